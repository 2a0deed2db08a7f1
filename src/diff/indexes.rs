//! Indexes that do not implement a constraint. An index whose definition is
//! unchanged but whose name differs is a rename, not a rebuild.

use std::collections::BTreeSet;

use super::{Change, Delta, delta_of, pair_by_key};
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

/// Turns a drop and a create of equal objects (by `same`) into renames.
/// Pairs are matched in name order, each object at most once.
pub(crate) fn pair_renames<T: Clone>(deltas: &mut Vec<Delta<T>>, same: impl Fn(&T, &T) -> bool) {
    let mut used = BTreeSet::new();
    let mut renames = Vec::new();
    for (i, d) in deltas.iter().enumerate() {
        let Delta::Drop { from } = d else { continue };
        if let Some(j) = deltas.iter().enumerate().position(|(j, c)| {
            !used.contains(&j) && matches!(c, Delta::Create { to } if same(from, to))
        }) {
            used.insert(i);
            used.insert(j);
            if let Delta::Create { to } = &deltas[j] {
                renames.push((i, from.clone(), to.clone()));
            }
        }
    }
    for (i, from, to) in renames.into_iter().rev() {
        deltas[i] = Delta::Rename { from, to };
    }
    let mut idx = 0;
    deltas.retain(|d| {
        let keep = !(matches!(d, Delta::Create { .. }) && used.contains(&idx));
        idx += 1;
        keep
    });
}
