//! Tables (plain, partitioned, foreign, typed), their columns and their
//! constraints: the diff (`diff.rs`: a created or dropped table is one
//! change carrying its columns and constraints; for a table on both
//! sides, table-level attributes, each column and each constraint are
//! compared separately, so the planner can order them independently: a
//! foreign key after the table it references), the steps (`table.rs`,
//! `column.rs`, `constraint.rs`),
//! the names of a foreign key's copies on partitions
//! (`partition_copies.rs`) and partition bounds as conditions
//! (`bounds.rs`).
//!
//! The model (`model.rs`) and, here, the bookkeeping the registry does
//! for its kinds, as functions the drivers call: which keys the tables
//! hold ([`contains`]), the edges to what contains a table or a part of it
//! ([`containment_edges`]), owners, privileges and owners forgotten,
//! `inspect --split`'s file, a constraint or a default recreated around a
//! dependency ([`recreate`]).
//!
//! Not yet a kind of the registry: its changes are of three shapes (a
//! table's, a column's and a constraint's), which [`TableChange`] holds;
//! `diff::Change` wraps it beside the registry's `KindChange`.

pub mod bounds;
pub mod column;
pub mod constraint;
mod diff;
mod keys;
pub mod model;
pub mod partition_copies;
// The table's own steps beside its columns' and constraints'.
#[allow(clippy::module_inception)]
pub mod table;

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::PrivilegeChange;
use crate::model::delta::Delta;
use crate::model::{Column, Constraint, Database, ObjKey, PgVersion, QualName, Table, quote_ident};
use crate::step::privileges::Kind as Privileges;
use crate::step::{Models, Step};

/// The model's tables, by name.
pub type Tables = BTreeMap<QualName, Table>;

/// Whether the tables hold the object of `key` (a table, a partition's
/// link to its parent, a column, a constraint, a column's default), if it
/// is a key of theirs.
pub fn contains(tables: &Tables, key: &ObjKey) -> Option<bool> {
    Some(match key {
        ObjKey::Partition { name } => tables.get(name).is_some_and(|t| t.partition_of.is_some()),
        ObjKey::Table { name } => tables.contains_key(name),
        ObjKey::Column { table, name } => {
            tables.get(table).is_some_and(|t| t.column(name).is_some())
        }
        ObjKey::Constraint { table, name } => tables
            .get(table)
            .is_some_and(|t| t.constraints.contains_key(name)),
        ObjKey::Default { table, column } => tables
            .get(table)
            .and_then(|t| t.column(column))
            .is_some_and(|c| c.default.is_some() || c.generated.is_some()),
        _ => return None,
    })
}

/// The edges `pg_depend` does not record: a table needs its schema and
/// its parents, a column its table (and a column from a parent the
/// parent's), a partition's link both tables, a default its column, a
/// constraint its table.
pub fn containment_edges(tables: &Tables) -> Vec<(ObjKey, ObjKey)> {
    let mut edges = Vec::new();
    let schema = |q: &QualName| ObjKey::Schema {
        name: q.schema.clone(),
    };
    for (q, t) in tables {
        let table = ObjKey::Table { name: q.clone() };
        edges.push((table.clone(), schema(q)));
        // A partition or child table needs its parents.
        for parent in t
            .inherits
            .iter()
            .chain(t.partition_of.as_ref().map(|(p, _)| p))
        {
            edges.push((
                table.clone(),
                ObjKey::Table {
                    name: parent.clone(),
                },
            ));
        }
        // A column from a parent is set up after the parent's (whose
        // ALTER COLUMN recurses to it).
        for c in t.columns.iter().filter(|c| c.inherited) {
            for parent in t
                .inherits
                .iter()
                .chain(t.partition_of.as_ref().map(|(p, _)| p))
            {
                edges.push((
                    ObjKey::Column {
                        table: q.clone(),
                        name: c.name.clone(),
                    },
                    ObjKey::Column {
                        table: parent.clone(),
                        name: c.name.clone(),
                    },
                ));
            }
        }
        if let Some((parent, _)) = &t.partition_of {
            let link = ObjKey::Partition { name: q.clone() };
            edges.push((link.clone(), table.clone()));
            edges.push((
                link,
                ObjKey::Table {
                    name: parent.clone(),
                },
            ));
        }
        for c in &t.columns {
            let column = ObjKey::Column {
                table: q.clone(),
                name: c.name.clone(),
            };
            if c.default.is_some() || c.generated.is_some() {
                edges.push((
                    ObjKey::Default {
                        table: q.clone(),
                        column: c.name.clone(),
                    },
                    column.clone(),
                ));
            }
            edges.push((column, table.clone()));
        }
        for c in t.constraints.values() {
            edges.push((
                ObjKey::Constraint {
                    table: q.clone(),
                    name: c.name.clone(),
                },
                table.clone(),
            ));
        }
    }
    edges
}

/// Leaves the tables' and columns' privileges out (not managed).
pub fn forget_privileges(tables: &mut Tables) {
    for t in tables.values_mut() {
        t.acl = None;
        for c in &mut t.columns {
            c.acl = None;
            c.identity_acl = None;
        }
    }
}

/// Leaves the tables' owners out (not managed).
pub fn forget_owners(tables: &mut Tables) {
    for t in tables.values_mut() {
        t.owner = None;
    }
}

/// Each table's key, its name for `ALTER ... OWNER TO` and its owner.
pub fn owners(tables: &Tables) -> Vec<(ObjKey, String, String)> {
    tables
        .iter()
        .filter_map(|(q, t)| {
            Some((
                ObjKey::Table { name: q.clone() },
                format!("{} {q}", t.keyword()),
                t.owner.clone()?,
            ))
        })
        .collect()
}

/// The schema and file stem `inspect --split` puts the object of `key`
/// in, if it is a table's or a part of one: its schema's `tables.sql`.
pub fn file(key: &ObjKey) -> Option<(String, &'static str)> {
    match key {
        ObjKey::Table { name } | ObjKey::Partition { name } => {
            Some((name.schema.clone(), "tables"))
        }
        ObjKey::Column { table, .. }
        | ObjKey::Constraint { table, .. }
        | ObjKey::Default { table, .. } => Some((table.schema.clone(), "tables")),
        _ => None,
    }
}

/// The steps that drop a constraint or a column's default the plan keeps
/// and set it again, around a change of what it depends on: `None` when
/// `key` is neither, or the object is missing on a side.
pub fn recreate(ctx: &Models, key: &ObjKey) -> Option<Vec<Step>> {
    let (cur, des) = (ctx.current, ctx.desired);
    Some(match key {
        ObjKey::Constraint { table, name } => vec![
            constraint::drop_constraint_step(table, cur.tables.get(table)?.constraints.get(name)?),
            constraint::add_constraint_step(
                table,
                des.tables.get(table)?.constraints.get(name)?,
                true,
            ),
        ],
        ObjKey::Default { table, column } => {
            let from = cur.tables.get(table)?.column(column)?;
            let to = des.tables.get(table)?.column(column)?;
            if from.generated.is_some() && to.generated.is_some() {
                return Some(column::regenerate_steps(ctx, table, from, to).to_vec());
            }
            let (Some(_), Some(expr)) = (&from.default, &to.default) else {
                return None;
            };
            let target = crate::step::sql::column_target(table, column);
            vec![
                column::drop_default_step(ctx, table, column, false),
                Step::new(format!("set default of {target}"))
                    .sql(column::default_sql(ctx, table, column, Some(expr), false))
                    .creates(key.clone()),
            ]
        }
        _ => return None,
    })
}

/// A difference of a table, one of its columns or one of its constraints.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "object", rename_all = "snake_case")]
pub enum TableChange {
    /// Table-level attributes only (persistence, storage parameters,
    /// comment); a created table carries its columns and constraints.
    Table(Delta<Table>),
    Column {
        table: QualName,
        delta: Delta<Column>,
    },
    Constraint {
        table: QualName,
        delta: Delta<Constraint>,
    },
}

/// The tables' changes between two models, table by table in name order.
pub fn diff(current: &Database, desired: &Database) -> Vec<TableChange> {
    let mut out = Vec::new();
    diff::diff(current, desired, &mut out);
    out
}

impl TableChange {
    /// What the change is about, e.g. `column public.t.a`.
    pub fn subject(&self) -> String {
        fn name<T>(d: &Delta<T>, f: impl Fn(&T) -> String) -> String {
            d.to().or(d.from()).map(f).unwrap_or_default()
        }
        match self {
            TableChange::Table(d) => format!("table {}", name(d, |n| n.name.to_string())),
            TableChange::Column { table, delta } => {
                format!("column {table}.{}", name(delta, |c| quote_ident(&c.name)))
            }
            TableChange::Constraint { table, delta } => format!(
                "constraint {} on {table}",
                name(delta, |c| quote_ident(&c.name))
            ),
        }
    }

    /// Its sign and both sides as JSON, for the drift report.
    pub fn values(&self) -> (char, Option<Value>, Option<Value>) {
        match self {
            TableChange::Table(d) => d.sign_and_values(),
            TableChange::Column { delta, .. } => delta.sign_and_values(),
            TableChange::Constraint { delta, .. } => delta.sign_and_values(),
        }
    }

    /// The privileges of a table or a column altered in place, on a
    /// server of `version`.
    pub fn privilege_change(&self, version: PgVersion) -> Option<PrivilegeChange<'_>> {
        match self {
            TableChange::Table(Delta::Alter { from, to }) => Some(PrivilegeChange {
                kind: Privileges::Table(version),
                on: format!("TABLE {}", to.name),
                column: None,
                key: ObjKey::Table {
                    name: to.name.clone(),
                },
                from: &from.acl,
                to: &to.acl,
            }),
            TableChange::Column {
                table,
                delta: Delta::Alter { from, to },
            } => Some(PrivilegeChange {
                kind: Privileges::Column,
                on: format!("TABLE {table}"),
                column: Some(to.name.as_str()),
                key: keys::column_key(table, &to.name),
                from: &from.acl,
                to: &to.acl,
            }),
            _ => None,
        }
    }

    pub fn steps(&self, models: &Models, out: &mut Vec<Step>) {
        match self {
            TableChange::Table(d) => table::table(models, d, out),
            TableChange::Column { table, delta } => column::column(models, table, delta, out),
            TableChange::Constraint { table, delta } => constraint::constraint(table, delta, out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Grant;

    fn column(name: &str, acl: Option<Vec<Grant>>) -> Column {
        Column {
            name: name.into(),
            data_type: "integer".into(),
            not_null: false,
            default: None,
            identity: None,
            generated: None,
            generated_virtual: false,
            collation: None,
            comment: None,
            inherited: false,
            acl,
            identity_acl: None,
            fdw_options: vec![],
            storage: None,
            compression: None,
        }
    }

    fn with_table(columns: Vec<Column>) -> Database {
        let mut t = Table::empty(QualName::new("app", "t"));
        t.columns = columns;
        let mut db = Database::default();
        db.tables.insert(t.name.clone(), t);
        db
    }

    #[test]
    fn a_tables_changes_come_in_three_shapes_tagged_by_their_object() {
        let current = with_table(vec![column("a", None), column("gone", None)]);
        let desired = with_table(vec![column("a", None), column("b", None)]);
        let changes = diff(&current, &desired);
        let subjects: Vec<String> = changes.iter().map(TableChange::subject).collect();
        assert_eq!(subjects, ["column app.t.b", "column app.t.gone"]);
        let json = serde_json::to_value(&changes[0]).unwrap();
        assert_eq!(json["object"], "column");
        assert_eq!(json["table"]["name"], "t");
        assert_eq!(json["delta"]["op"], "create");
        let (sign, from, to) = changes[1].values();
        assert_eq!((sign, to), ('-', None));
        assert_eq!(from.unwrap()["name"], "gone");
        // A new table is one change, carrying its columns.
        let created = diff(&Database::default(), &desired);
        assert_eq!(created.len(), 1);
        assert_eq!(created[0].subject(), "table app.t");
        assert!(created[0].privilege_change(PgVersion::default()).is_none());
    }

    #[test]
    fn a_columns_privileges_are_granted_on_its_table_for_the_column() {
        let change = TableChange::Column {
            table: QualName::new("app", "t"),
            delta: Delta::Alter {
                from: column("a", Some(vec![])),
                to: column("a", None),
            },
        };
        let p = change.privilege_change(PgVersion::default()).unwrap();
        assert_eq!((p.on.as_str(), p.column), ("TABLE app.t", Some("a")));
        assert_eq!(
            p.key,
            ObjKey::Column {
                table: QualName::new("app", "t"),
                name: "a".into()
            }
        );
        assert_eq!((p.from, p.to), (&Some(vec![]), &None));
    }

    #[test]
    fn the_tables_keep_the_books_of_their_parts() {
        let mut db = with_table(vec![column("a", None)]);
        let t = QualName::new("app", "t");
        let check = Constraint {
            name: "t_a_check".into(),
            kind: crate::model::ConstraintKind::Check,
            definition: "CHECK ((a > 0))".into(),
            references: None,
            comment: None,
            index_comment: None,
            inherited: false,
            copies: vec![],
        };
        let t_mut = db.tables.get_mut(&t).unwrap();
        t_mut.constraints.insert(check.name.clone(), check);
        t_mut.owner = Some("app".into());
        let tables = &db.tables;
        let column_key = ObjKey::Column {
            table: t.clone(),
            name: "a".into(),
        };
        let constraint_key = ObjKey::Constraint {
            table: t.clone(),
            name: "t_a_check".into(),
        };
        assert_eq!(contains(tables, &column_key), Some(true));
        assert_eq!(contains(tables, &constraint_key), Some(true));
        // A column without a default holds none; a key of another kind is
        // not the tables'.
        let default = ObjKey::Default {
            table: t.clone(),
            column: "a".into(),
        };
        assert_eq!(contains(tables, &default), Some(false));
        assert_eq!(
            contains(tables, &ObjKey::Schema { name: "app".into() }),
            None
        );
        let edges = containment_edges(tables);
        assert!(edges.contains(&(column_key.clone(), ObjKey::Table { name: t.clone() })));
        assert!(edges.contains(&(constraint_key.clone(), ObjKey::Table { name: t.clone() })));
        assert_eq!(file(&constraint_key), Some(("app".into(), "tables")));
        assert_eq!(
            owners(tables),
            [(
                ObjKey::Table { name: t.clone() },
                "TABLE app.t".into(),
                "app".into()
            )]
        );
        // Recreated around a dependency: dropped, then added back.
        let models = Models {
            current: &db,
            desired: &db,
        };
        let steps = recreate(&models, &constraint_key).unwrap();
        assert_eq!(steps.len(), 2);
        assert_eq!(steps[0].drops, std::slice::from_ref(&constraint_key));
        assert_eq!(steps[1].creates, [constraint_key]);
        assert!(recreate(&models, &default).is_none());
        let mut db = db.clone();
        forget_owners(&mut db.tables);
        assert!(owners(&db.tables).is_empty());
    }
}
