//! Schemas: created, dropped, or commented; nothing else to alter.

use super::{Change, pair, simple};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    for (from, to) in pair(&current.schemas, &desired.schemas) {
        out.extend(simple(from, to).map(Change::Schema));
    }
}
