//! Standalone sequences (identity sequences belong to their column).

use super::{Change, whole_object_changes};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    out.extend(whole_object_changes(
        &current.sequences,
        &desired.sequences,
        Change::Sequence,
    ));
}
