//! Collations, domains, composite types and range types (enums have their
//! own file: their labels need more care).

use super::{Change, pair, simple};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    for (from, to) in pair(&current.collations, &desired.collations) {
        out.extend(simple(from, to).map(Change::Collation));
    }
    for (from, to) in pair(&current.domains, &desired.domains) {
        out.extend(simple(from, to).map(Change::Domain));
    }
    for (from, to) in pair(&current.composites, &desired.composites) {
        out.extend(simple(from, to).map(Change::Composite));
    }
    for (from, to) in pair(&current.ranges, &desired.ranges) {
        out.extend(simple(from, to).map(Change::Range));
    }
}
