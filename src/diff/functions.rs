//! Functions and procedures, keyed by schema, name and identity argument
//! types (overloads are separate objects), compared on
//! `pg_get_functiondef`.

use super::{Change, whole_object_changes};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    out.extend(whole_object_changes(
        &current.functions,
        &desired.functions,
        Change::Function,
    ));
}
