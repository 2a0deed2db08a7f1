//! Collations, domains, composite types and range types (enums have their
//! own file: their labels need more care).

use super::{Change, whole};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    out.extend(whole(
        &current.collations,
        &desired.collations,
        Change::Collation,
    ));
    out.extend(whole(&current.domains, &desired.domains, Change::Domain));
    out.extend(whole(
        &current.composites,
        &desired.composites,
        Change::Composite,
    ));
    out.extend(whole(&current.ranges, &desired.ranges, Change::Range));
}
