//! Functions and procedures, keyed by schema, name and identity argument
//! types (overloads are separate objects), compared on
//! `pg_get_functiondef`.

use super::{Change, pair, simple};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    for (from, to) in pair(&current.functions, &desired.functions) {
        out.extend(simple(from, to).map(Change::Function));
    }
}
