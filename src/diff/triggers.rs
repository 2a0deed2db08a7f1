//! Triggers (compared on `pg_get_triggerdef` and their enabled state) and
//! event triggers.

use super::{Change, pair, simple};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    for (from, to) in pair(&current.triggers, &desired.triggers) {
        out.extend(simple(from, to).map(Change::Trigger));
    }
    for (from, to) in pair(&current.event_triggers, &desired.event_triggers) {
        out.extend(simple(from, to).map(Change::EventTrigger));
    }
}
