//! Model × model → changes.
//!
//! The diff says *what* differs, object by object, and nothing about *how*
//! to get there: strategies (alter in place, rebuild, drop and re-add) and
//! ordering belong to the planner. It is pure and deterministic: it walks
//! `BTreeMap`s, so changes come out sorted by kind, then name.
//!
//! Every kind diffs itself in `kinds/`: the registry's are reached
//! through `kinds::diff` at their `Slot`; tables, with their columns and
//! constraints, through `kinds::table::diff`.

pub mod hints;
pub mod unmanaged;

use serde::Serialize;

use crate::kinds::table::TableChange;
use crate::kinds::{KindChange, Slot};
use crate::model::Database;

pub use crate::model::delta::Delta;

/// A difference of one object, tagged by its kind (`object`) in JSON.
// A plan holds a few of these, built once: boxing the larger variant (a
// table altered, both sides) would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Change {
    /// A table's, a column's or a constraint's.
    Table(TableChange),
    /// A change of a kind of the registry.
    Kind(KindChange),
}

impl Change {
    /// What the change is about, e.g. `column public.t.a`.
    pub fn subject(&self) -> String {
        match self {
            Change::Table(t) => t.subject(),
            Change::Kind(k) => k.subject(),
        }
    }

    /// Its sign and both sides as JSON, for the drift report.
    pub fn values(&self) -> (char, Option<serde_json::Value>, Option<serde_json::Value>) {
        match self {
            Change::Table(t) => t.values(),
            Change::Kind(k) => k.values(),
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
    changes.extend(
        crate::kinds::table::diff(current, desired)
            .into_iter()
            .map(Change::Table),
    );
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
    fn a_kinds_change_reads_as_a_tables_change_does() {
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
