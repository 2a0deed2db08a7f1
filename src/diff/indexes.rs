//! Indexes that do not implement a constraint. An index whose definition is
//! unchanged but whose name differs is a rename, not a rebuild.

use super::{Change, Delta, delta_of, pair_by_key, pair_renames};
use crate::model::{Database, Index};

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    let mut deltas: Vec<Delta<Index>> = pair_by_key(&current.indexes, &desired.indexes)
        .into_iter()
        .filter_map(|(from, to)| delta_of(from, to))
        .collect();
    // `body` starts after the index name, so equal bodies mean equal indexes.
    pair_renames(&mut deltas, |a, b| {
        a.table == b.table && a.unique == b.unique && a.body == b.body
    });
    out.extend(deltas.into_iter().map(Change::Index));
}
