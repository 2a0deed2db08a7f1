//! Objects compared by their DDL (see `model::ddl`): equal statements,
//! equal objects.

use super::{Change, whole_object_changes};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    out.extend(whole_object_changes(
        &current.ddl_objects,
        &desired.ddl_objects,
        Change::Ddl,
    ));
}
