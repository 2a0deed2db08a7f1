//! Model × model → changes.
//!
//! The diff says *what* differs, object by object, and nothing about *how*
//! to get there: strategies (alter in place, rebuild, drop and re-add) and
//! ordering belong to the planner. It is pure and deterministic: it walks
//! `BTreeMap`s, so changes come out sorted by kind, then name.
//!
//! The kinds of `kinds/` diff themselves (reached through `kinds::diff`,
//! at their `Slot`); tables, with their columns and constraints, are
//! diffed in `tables.rs`.

pub mod hints;
mod tables;
pub mod unmanaged;

use serde::Serialize;

use crate::kinds::{KindChange, Slot};
use crate::model::{Column, Constraint, Database, QualName, Table};

pub use crate::model::delta::Delta;
pub(crate) use crate::model::delta::{delta_of, pair_by_key, pair_renames};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "object", rename_all = "snake_case")]
pub enum Change {
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
    /// A change of a kind in `kinds/` (tagged by its own `object`).
    #[serde(untagged)]
    Kind(KindChange),
}

impl Change {
    /// What the change is about, e.g. `column public.t.a`.
    pub fn subject(&self) -> String {
        use crate::model::quote_ident;
        fn name<T>(d: &Delta<T>, f: impl Fn(&T) -> String) -> String {
            d.to().or(d.from()).map(f).unwrap_or_default()
        }
        match self {
            Change::Kind(k) => k.subject(),
            Change::Table(d) => format!("table {}", name(d, |n| n.name.to_string())),
            Change::Column { table, delta } => {
                format!("column {table}.{}", name(delta, |c| quote_ident(&c.name)))
            }
            Change::Constraint { table, delta } => format!(
                "constraint {} on {table}",
                name(delta, |c| quote_ident(&c.name))
            ),
        }
    }
}

/// Everything that differs between `current` and `desired`.
pub fn diff(current: &Database, desired: &Database) -> Vec<Change> {
    // The changes of the kinds in `kinds/` emitted at one slot.
    let kinds = |slot| {
        crate::kinds::diff(current, desired, slot)
            .into_iter()
            .map(Change::Kind)
    };
    let mut changes = Vec::new();
    changes.extend(kinds(Slot::Schemas));
    changes.extend(kinds(Slot::Extensions));
    changes.extend(kinds(Slot::Ddl));
    changes.extend(kinds(Slot::Collations));
    changes.extend(kinds(Slot::Types));
    changes.extend(kinds(Slot::Enums));
    changes.extend(kinds(Slot::Sequences));
    tables::diff(current, desired, &mut changes);
    changes.extend(kinds(Slot::Indexes));
    changes.extend(kinds(Slot::Functions));
    changes.extend(kinds(Slot::Views));
    changes.extend(kinds(Slot::Triggers));
    changes.extend(kinds(Slot::DefaultPrivileges));
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::collation::Collation;
    use crate::model::QualName;

    #[test]
    fn a_kinds_change_reads_as_a_change_of_the_stage_folders() {
        let mut desired = Database::default();
        let c = Collation {
            name: QualName::new("app", "new"),
            options: vec!["locale = 'it-IT'".into()],
            comment: None,
            owner: None,
        };
        desired.kinds.collations.insert(c.name.clone(), c);
        let changes = diff(&Database::default(), &desired);
        let [Change::Kind(kind)] = changes.as_slice() else {
            panic!("one collation change expected, got {changes:?}");
        };
        assert_eq!(changes[0].subject(), "collation app.new");
        assert_eq!(changes[0].subject(), kind.subject());
        // Untagged: the same JSON as the kind's own change.
        let json = serde_json::to_value(&changes[0]).unwrap();
        assert_eq!(json, serde_json::to_value(kind).unwrap());
        assert_eq!(json["object"], "collation");
        assert_eq!(json["op"], "create");
    }
}
