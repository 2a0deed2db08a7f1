//! Model × model → changes.
//!
//! The diff says *what* differs, object by object, and nothing about *how*
//! to get there: strategies (alter in place, rebuild, drop and re-add) and
//! ordering belong to the planner. It is pure and deterministic: it walks
//! `BTreeMap`s, so changes come out sorted by kind, then name.
//!
//! Every kind diffs itself in `kinds/`, reached through the registry
//! (`kinds::diff`) one `Slot` at a time.

pub mod hints;
pub mod unmanaged;

use crate::kinds::Slot;
use crate::model::Database;

pub use crate::kinds::KindChange as Change;
pub use crate::model::delta::Delta;

/// The slots in the order their changes come out: what the plan's order
/// leaves free (steps that do not depend on one another) follows it.
const ORDER: [Slot; 13] = [
    Slot::Schemas,
    Slot::Extensions,
    Slot::Ddl,
    Slot::Collations,
    Slot::Types,
    Slot::Enums,
    Slot::Sequences,
    Slot::Tables,
    Slot::Indexes,
    Slot::Functions,
    Slot::Views,
    Slot::Triggers,
    Slot::DefaultPrivileges,
];

/// Everything that differs between `current` and `desired`.
pub fn diff(current: &Database, desired: &Database) -> Vec<Change> {
    ORDER
        .into_iter()
        .flat_map(|slot| crate::kinds::diff(current, desired, slot))
        .collect()
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
        let [Change::Collation(delta)] = changes.as_slice() else {
            panic!("one collation change expected, got {changes:?}");
        };
        assert_eq!(changes[0].subject(), "collation app.new");
        // Tagged by its kind, then the delta's own fields.
        let json = serde_json::to_value(&changes[0]).unwrap();
        assert_eq!(json["object"], "collation");
        let mut tagged = serde_json::to_value(delta).unwrap();
        tagged["object"] = "collation".into();
        assert_eq!(json, tagged);
        assert_eq!(json["op"], "create");
    }
}
