//! The steps of a constraint: added (with the scans and index builds that
//! costs on a table with rows), dropped, renamed, validated, or dropped
//! and added again; a foreign key's partition copies named as a fresh
//! build names them.

use super::keys::{constraint_key, table_key};
use super::partition_copies;
use crate::model::delta::Delta;
use std::collections::BTreeSet;

use crate::model::{Constraint, ConstraintKind, Database, ObjKey, QualName, quote_ident};
use crate::step::sql::{
    add_constraint, constraint_comment, constraint_index_comment, drop_constraint,
};
use crate::step::{HazardCode, Models, Step};

/// `existing`: whether the table holds rows already (it is not created by
/// this plan); only then do validation and index builds cost anything.
pub fn add_constraint_step(table: &QualName, c: &Constraint, existing: bool) -> Step {
    let mut s = Step::new(format!(
        "add constraint {} on {table}",
        quote_ident(&c.name)
    ))
    .sql(add_constraint(table, c))
    .creates(constraint_key(table, &c.name));
    s = match c.kind {
        _ if !existing => s,
        ConstraintKind::Check | ConstraintKind::ForeignKey if c.validity().1 && c.enforced() => s
            .hazard(
                HazardCode::ValidationScan,
                format!("scans {table} to validate existing rows while writes wait"),
            ),
        ConstraintKind::PrimaryKey | ConstraintKind::Unique | ConstraintKind::Exclusion => s
            .hazard(
                HazardCode::IndexBuild,
                format!("builds an index, blocking writes to {table}"),
            ),
        _ => s,
    };
    if c.comment.is_some() {
        s = s.sql(constraint_comment(table, c));
    }
    if c.index_comment.is_some() {
        s = s.sql(constraint_index_comment(table, c));
    }
    s
}

pub fn drop_constraint_step(table: &QualName, c: &Constraint) -> Step {
    Step::new(format!(
        "drop constraint {} on {table}",
        quote_ident(&c.name)
    ))
    .sql(drop_constraint(table, &c.name))
    .drops(constraint_key(table, &c.name))
}

pub fn constraint(table: &QualName, d: &Delta<Constraint>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => {
            out.push(add_constraint_step(table, to, true));
            out.extend(partition_copies::foreign_key_copies(table, None, to));
        }
        Delta::Drop { from } => {
            let mut s = drop_constraint_step(table, from);
            if from.inherited {
                s.needs.push(table_key(table));
            }
            out.push(s)
        }
        Delta::Alter { from, to } => {
            let (from_def, from_valid) = from.validity();
            let (to_def, to_valid) = to.validity();
            if from_def == to_def && from_valid == to_valid {
                out.extend(partition_copies::foreign_key_copies(table, Some(from), to));
                if from.comment == to.comment && from.index_comment == to.index_comment {
                    return;
                }
                let mut s = Step::new(format!(
                    "change comment on constraint {} on {table}",
                    quote_ident(&to.name)
                ))
                .creates(constraint_key(table, &to.name));
                if from.comment != to.comment {
                    s = s.sql(constraint_comment(table, to));
                }
                if from.index_comment != to.index_comment {
                    s = s.sql(constraint_index_comment(table, to));
                }
                out.push(s);
            } else if from_def == to_def && !from_valid && to_valid {
                let mut s = Step::new(format!(
                    "validate constraint {} on {table}",
                    quote_ident(&to.name)
                ))
                .sql(format!(
                    "ALTER TABLE {table} VALIDATE CONSTRAINT {}",
                    quote_ident(&to.name)
                ))
                .creates(constraint_key(table, &to.name))
                .hazard(
                    HazardCode::ValidationScan,
                    format!("scans {table} to validate existing rows"),
                );
                if from.comment != to.comment {
                    s = s.sql(constraint_comment(table, to));
                }
                out.push(s);
                out.extend(partition_copies::foreign_key_copies(table, Some(from), to));
            } else {
                out.push(drop_constraint_step(table, from));
                out.push(add_constraint_step(table, to, true));
                out.extend(partition_copies::foreign_key_copies(table, None, to));
            }
        }
        Delta::Rename { from, to } => {
            let mut s = Step::new(format!(
                "rename constraint {} on {table} to {}",
                quote_ident(&from.name),
                quote_ident(&to.name)
            ))
            .sql(format!(
                "ALTER TABLE {table} RENAME CONSTRAINT {} TO {}",
                quote_ident(&from.name),
                quote_ident(&to.name)
            ))
            .drops(constraint_key(table, &from.name))
            .creates(constraint_key(table, &to.name))
            .keeping();
            if from.comment != to.comment {
                s = s.sql(constraint_comment(table, to));
            }
            out.push(s);
            out.extend(partition_copies::foreign_key_copies(table, Some(from), to));
        }
    }
}

/// Whether PostgreSQL rebuilds the constraint `name` of `table` by itself
/// when the columns `retyped` it rests on change type. It does, but for a
/// foreign key over two retyped columns (its own and the one it
/// references) whose types leave the family it compares across
/// ([`comparison_family`]; a temporal key's types stand alone):
/// PostgreSQL checks the pair's types at once, so
/// the key cannot survive the first retype; it is dropped before and
/// added back after.
pub fn rebuilt_by_retype(
    models: &Models,
    table: &QualName,
    name: &str,
    retyped: &[&ObjKey],
) -> bool {
    let Some(c) = models
        .current
        .kinds
        .tables
        .get(table)
        .and_then(|t| t.constraints.get(name))
    else {
        return true;
    };
    let foreign_key = c.kind == ConstraintKind::ForeignKey;
    // A temporal key (`PERIOD`, PostgreSQL 18) compares with GiST
    // operators, which have no cross-type equality: every type is its own.
    let temporal = c.definition.contains(" PERIOD ");
    // PostgreSQL carries the key across when every type involved, before
    // and after, compares with the others (`integer` and `bigint`); a key
    // whose types leave that family (`varchar` to `smallint`) is not.
    let column_type = |db: &Database, k: &ObjKey| match k {
        ObjKey::Column { table, name } => db
            .kinds
            .tables
            .get(table)
            .and_then(|t| t.column(name))
            .map(|c| {
                if temporal {
                    c.data_type.clone()
                } else {
                    comparison_family(&c.data_type)
                }
            }),
        _ => None,
    };
    let families: BTreeSet<Option<String>> = retyped
        .iter()
        .flat_map(|k| {
            [
                column_type(models.current, k),
                column_type(models.desired, k),
            ]
        })
        .collect();
    !(retyped.len() >= 2 && foreign_key && families.len() > 1)
}

/// The group of types whose values a foreign key compares across
/// (PostgreSQL's btree operator families with cross-type operators):
/// integers, character strings, date and time stamps, floats; any other
/// type is its own group.
fn comparison_family(data_type: &str) -> String {
    // Without type modifiers: `timestamp(3) with time zone` is a timestamp.
    let base = crate::model::scan::without_groups(data_type);
    match base.trim() {
        "smallint" | "integer" | "bigint" => "integer",
        "text" | "character varying" => "text",
        "date" | "timestamp without time zone" | "timestamp with time zone" => "datetime",
        "real" | "double precision" => "float",
        other => other,
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::comparison_family;

    #[test]
    fn types_compared_across_share_a_family() {
        assert_eq!(comparison_family("integer"), comparison_family("bigint"));
        assert_eq!(
            comparison_family("character varying(3)"),
            comparison_family("text")
        );
        assert_eq!(
            comparison_family("timestamp(3) with time zone"),
            comparison_family("date")
        );
        assert_ne!(
            comparison_family("character varying(3)"),
            comparison_family("smallint")
        );
        assert_ne!(comparison_family("integer"), comparison_family("integer[]"));
    }
}
