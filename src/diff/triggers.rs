//! Triggers (compared on `pg_get_triggerdef` and their enabled state) and
//! event triggers.

use super::{Change, whole_object_changes};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    out.extend(whole_object_changes(
        &current.triggers,
        &desired.triggers,
        Change::Trigger,
    ));
    out.extend(whole_object_changes(
        &current.event_triggers,
        &desired.event_triggers,
        Change::EventTrigger,
    ));
}
