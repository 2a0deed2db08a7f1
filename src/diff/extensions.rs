//! Extensions: their schema and version are part of the desired state.

use super::{Change, pair, simple};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    for (from, to) in pair(&current.extensions, &desired.extensions) {
        out.extend(simple(from, to).map(Change::Extension));
    }
}
