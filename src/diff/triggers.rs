//! Triggers (compared on `pg_get_triggerdef` and their enabled state).

use super::{Change, whole_object_changes};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    out.extend(whole_object_changes(
        &current.triggers,
        &desired.triggers,
        Change::Trigger,
    ));
}
