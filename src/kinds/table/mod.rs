//! Tables (plain, partitioned, foreign, typed), their columns and their
//! constraints: the diff (`diff.rs`: a created or dropped table is one
//! change carrying its columns and constraints; for a table on both
//! sides, table-level attributes, each column and each constraint are
//! compared separately, so the planner can order them independently: a
//! foreign key after the table it references), the steps (`steps.rs`),
//! the names of a foreign key's copies on partitions
//! (`partition_copies.rs`) and partition bounds as conditions
//! (`bounds.rs`).
//!
//! Not yet a kind of the registry: its changes are of three shapes (a
//! table's, a column's and a constraint's), which [`TableChange`] holds;
//! `diff::Change` wraps it beside the registry's `KindChange`.

pub mod bounds;
mod diff;
pub mod partition_copies;
pub mod steps;

use serde::Serialize;
use serde_json::Value;

use super::PrivilegeChange;
use crate::model::delta::Delta;
use crate::model::{Column, Constraint, Database, ObjKey, PgVersion, QualName, Table, quote_ident};
use crate::step::privileges::Kind as Privileges;
use crate::step::{Models, Step};

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
                key: steps::column_key(table, &to.name),
                from: &from.acl,
                to: &to.acl,
            }),
            _ => None,
        }
    }

    pub fn steps(&self, models: &Models, out: &mut Vec<Step>) {
        match self {
            TableChange::Table(d) => steps::table(models, d, out),
            TableChange::Column { table, delta } => steps::column(models, table, delta, out),
            TableChange::Constraint { table, delta } => steps::constraint(table, delta, out),
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
}
