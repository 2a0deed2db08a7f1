//! Schemas: created, dropped, or commented; nothing else to alter.

use super::{Change, whole_object_changes};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    out.extend(whole_object_changes(
        &current.schemas,
        &desired.schemas,
        Change::Schema,
    ));
}
