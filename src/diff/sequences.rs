//! Standalone sequences (identity sequences belong to their column).

use super::{Change, pair, simple};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    for (from, to) in pair(&current.sequences, &desired.sequences) {
        out.extend(simple(from, to).map(Change::Sequence));
    }
}
