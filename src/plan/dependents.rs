//! Closing a plan under dependencies.
//!
//! An object that depends (in the current database) on something the plan
//! drops — or alters in a way dependents cannot survive, like a column's
//! type under a view — but that exists in the desired state, is dropped and
//! created again around it: a foreign key on a replaced primary key, a view
//! chain over a retyped column, a trigger on a replaced function. Objects
//! driftless does not manage are reported instead, never cascaded.

use std::collections::BTreeSet;

use super::{Hazard, HazardCode, Models, Step};
use crate::model::{ConstraintKind, DdlKind, FunctionId, ObjKey};

/// Drop-and-create steps for `r`, if it exists on both sides and is of a
/// kind that can be recreated without losing data.
fn recreate_steps(ctx: &Models, r: &ObjKey) -> Option<Vec<Step>> {
    // The object's kind says how.
    crate::kinds::KindObjects::recreate(ctx, r)
}

pub(super) fn recreate(ctx: &Models, steps: &mut Vec<Step>, warnings: &mut Vec<String>) {
    let mut handled: BTreeSet<ObjKey> = steps.iter().flat_map(|s| s.drops.clone()).collect();
    // What the plan drops for good or creates anew (not what it renames).
    let mut gone: BTreeSet<ObjKey> = steps
        .iter()
        .filter(|s| !s.keeps)
        .flat_map(|s| s.drops.clone())
        .collect();
    // A renamed object keeps its dependents (a foreign key on a renamed
    // primary key still holds), as does one detached for a moment: only
    // real drops take them along.
    let mut queue: Vec<(ObjKey, bool)> = steps
        .iter()
        .filter(|s| !s.keeps)
        .flat_map(|s| s.drops.iter().map(|k| (k.clone(), true)))
        .collect();
    for s in steps.iter() {
        queue.extend(s.invalidates.iter().map(|k| (k.clone(), false)));
    }
    // A foreign key over two retyped columns (its own and the one it
    // references) cannot survive the first retype: PostgreSQL checks the
    // pair's types at once. It is dropped before and added back after.
    let invalidated: BTreeSet<&ObjKey> = steps.iter().flat_map(|s| &s.invalidates).collect();
    // The retyped columns each foreign key rests on.
    let mut retyped_under: std::collections::BTreeMap<&ObjKey, Vec<&ObjKey>> = Default::default();
    for (from, to) in &ctx.current.dependencies {
        if invalidated.contains(to) {
            retyped_under.entry(from).or_default().push(to);
        }
    }
    let is_foreign_key = |r: &ObjKey| {
        matches!(r, ObjKey::Constraint { table, name }
            if ctx.current.kinds.tables.get(table)
                .and_then(|t| t.constraints.get(name))
                .is_some_and(|c| c.kind == ConstraintKind::ForeignKey))
    };
    // PostgreSQL carries the key across when every type involved, before
    // and after, compares with the others (`integer` and `bigint`); a key
    // whose types leave that family (`varchar` to `smallint`) is not.
    let column_type = |db: &crate::model::Database, k: &ObjKey| match k {
        ObjKey::Column { table, name } => db
            .kinds
            .tables
            .get(table)
            .and_then(|t| t.column(name))
            .map(|c| comparison_family(&c.data_type)),
        _ => None,
    };
    let spanning: BTreeSet<ObjKey> = retyped_under
        .into_iter()
        .filter(|(r, columns)| {
            let families: BTreeSet<Option<String>> = columns
                .iter()
                .flat_map(|k| [column_type(ctx.current, k), column_type(ctx.desired, k)])
                .collect();
            columns.len() >= 2 && is_foreign_key(r) && families.len() > 1
        })
        .map(|(r, _)| r.clone())
        .collect();
    let mut warned = BTreeSet::new();
    // Indexes and constraints PostgreSQL rebuilds around a retyped column,
    // with that column.
    let mut rebuilt: BTreeSet<(ObjKey, ObjKey)> = BTreeSet::new();
    while let Some((k, dropped)) = queue.pop() {
        let dependents: Vec<ObjKey> = ctx.current.dependents_of(&k).cloned().collect();
        for r in dependents {
            // PostgreSQL rebuilds indexes and constraints itself when a
            // column's type changes; only a drop takes them along (one
            // renamed is rebuilt too).
            if !dropped
                && matches!(r, ObjKey::Index { .. } | ObjKey::Constraint { .. })
                && !spanning.contains(&r)
            {
                rebuilt.insert((r, k.clone()));
                continue;
            }
            if handled.contains(&r) {
                continue;
            }
            if let ObjKey::Unmanaged { .. } = r {
                if warned.insert((r.clone(), k.clone())) {
                    warnings.push(format!(
                        "{r} depends on {k}, which this plan {}; driftless does not manage {r} yet, so PostgreSQL will refuse the step until it is removed",
                        if dropped { "drops or replaces" } else { "alters" }
                    ));
                    for s in steps
                        .iter_mut()
                        .filter(|s| s.drops.contains(&k) || s.invalidates.contains(&k))
                    {
                        s.hazards.push(Hazard {
                            code: HazardCode::UntrackedDependency,
                            message: format!("{r} depends on {k}"),
                        });
                    }
                }
                continue;
            }
            if !ctx.desired.contains(&r) {
                continue;
            }
            // A table or schema dropped for good leaves its publications
            // by itself; their other changes are altered in place.
            if dropped
                && matches!(
                    r,
                    ObjKey::Ddl {
                        kind: DdlKind::Publication,
                        ..
                    }
                )
                && matches!(k, ObjKey::Table { .. } | ObjKey::Schema { .. })
                && !ctx.desired.contains(&k)
            {
                continue;
            }
            if let Some(new_steps) = recreate_steps(ctx, &r) {
                // Steps that altered it in place are superseded.
                steps.retain(|s| !(s.creates.contains(&r) && s.drops.is_empty()));
                handled.insert(r.clone());
                gone.insert(r.clone());
                queue.push((r.clone(), true));
                // What else they drop (a recreated generated column's
                // column) takes its own dependents along.
                for k in new_steps.iter().flat_map(|s| &s.drops) {
                    if handled.insert(k.clone()) {
                        queue.push((k.clone(), true));
                    }
                }
                steps.extend(new_steps);
            }
        }
    }
    // A parent's column retyped is retyped on its partitions and children
    // too (at every level), whose own indexes PostgreSQL rebuilds as well.
    for k in steps.iter().flat_map(|s| &s.invalidates) {
        let ObjKey::Column { table, name } = k else {
            continue;
        };
        for child in crate::kinds::table::column::descendants(ctx.current, table) {
            let column = ObjKey::Column {
                table: child.clone(),
                name: name.clone(),
            };
            for r in ctx.current.dependents_of(&column) {
                if matches!(r, ObjKey::Index { .. }) {
                    rebuilt.insert((r.clone(), k.clone()));
                }
            }
        }
    }
    // What PostgreSQL's rebuild loses is set again by each step that
    // changes the column, unless the plan drops or recreates the object.
    for (r, k) in rebuilt.iter().filter(|(r, _)| !gone.contains(r)) {
        let sql = crate::kinds::after_rebuild(ctx, r);
        for s in steps.iter_mut().filter(|s| s.invalidates.contains(k)) {
            for stmt in &sql {
                let stmt: super::Statement = stmt.clone().into();
                if !s.sql.contains(&stmt) {
                    s.sql.push(stmt);
                }
            }
        }
    }
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

/// Function bodies name tables and columns without PostgreSQL recording
/// it: a step that drops a table or column a body mentions gets a hazard.
pub(super) fn flag_untracked(ctx: &Models, steps: &mut [Step]) {
    // Bodies lowercased once: a body is searched for every dropped key.
    let bodies: Vec<(&FunctionId, String)> = ctx
        .current
        .kinds
        .functions
        .values()
        .chain(ctx.desired.kinds.functions.values())
        .map(|f| (&f.id, f.definition.to_lowercase()))
        .collect();
    let mentions = |body: &str, word: &str| {
        let word = word.to_lowercase();
        body.match_indices(&word).any(|(i, _)| {
            let before = body[..i].chars().next_back();
            let after = body[i + word.len()..].chars().next();
            let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            boundary(before) && boundary(after)
        })
    };
    for step in steps.iter_mut() {
        let mut found = Vec::new();
        for k in &step.drops {
            let (table, column) = match k {
                ObjKey::Table { name } => (name, None),
                ObjKey::Column { table, name } => (table, Some(name)),
                _ => continue,
            };
            for (id, body) in &bodies {
                let hit = mentions(body, &table.name) && column.is_none_or(|c| mentions(body, c));
                if hit {
                    let what = match column {
                        Some(c) => format!("column {}.{c}", table),
                        None => format!("table {table}"),
                    };
                    found.push(format!(
                        "the body of {id} mentions {what}; PostgreSQL does not track that, check it still works"
                    ));
                }
            }
        }
        found.sort();
        found.dedup();
        for message in found {
            step.hazards.push(Hazard {
                code: HazardCode::UntrackedDependency,
                message,
            });
        }
    }
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
