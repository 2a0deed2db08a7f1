//! Extensions: their schema and version are part of the desired state.

use super::{Change, whole_object_changes};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    out.extend(whole_object_changes(
        &current.extensions,
        &desired.extensions,
        Change::Extension,
    ));
}
