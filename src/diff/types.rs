//! Domains, composite types and range types (enums have their own file:
//! their labels need more care; collations are in `kinds/`).

use super::{Change, whole_object_changes};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    out.extend(whole_object_changes(
        &current.domains,
        &desired.domains,
        Change::Domain,
    ));
    out.extend(whole_object_changes(
        &current.composites,
        &desired.composites,
        Change::Composite,
    ));
    out.extend(whole_object_changes(
        &current.ranges,
        &desired.ranges,
        Change::Range,
    ));
}
