//! Enum types. Labels can only be added in place; removing or reordering
//! labels needs a rebuild of the type, decided by [`needs_rebuild`] (the
//! planner asks too, and the table diff uses it to touch every column of a
//! rebuilt type).

use super::{Change, whole_object_changes};
use crate::model::{Database, EnumType};

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    out.extend(whole_object_changes(
        &current.enums,
        &desired.enums,
        Change::Enum,
    ));
}

/// True when `to` cannot be reached from `from` with `ALTER TYPE ... ADD
/// VALUE`: a label was removed, or two kept labels swapped places.
pub fn needs_rebuild(from: &EnumType, to: &EnumType) -> bool {
    let kept: Vec<&String> = to
        .labels
        .iter()
        .filter(|l| from.labels.contains(l))
        .collect();
    kept.len() != from.labels.len() || kept.iter().zip(&from.labels).any(|(a, b)| *a != b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QualName;

    fn e(labels: &[&str]) -> EnumType {
        EnumType {
            name: QualName::new("public", "e"),
            labels: labels.iter().map(|s| s.to_string()).collect(),
            comment: None,
            acl: None,
            owner: None,
        }
    }

    #[test]
    fn adding_labels_anywhere_is_in_place() {
        assert!(!needs_rebuild(&e(&["a", "c"]), &e(&["a", "b", "c", "d"])));
        assert!(!needs_rebuild(&e(&["a"]), &e(&["z", "a"])));
    }

    #[test]
    fn removing_or_reordering_rebuilds() {
        assert!(needs_rebuild(&e(&["a", "b"]), &e(&["a"])));
        assert!(needs_rebuild(&e(&["a", "b"]), &e(&["b", "a"])));
        assert!(needs_rebuild(&e(&["a", "b"]), &e(&["b", "x", "a"])));
    }
}
