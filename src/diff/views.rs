//! Views and materialized views, compared on PostgreSQL's rendering of
//! their query (`pg_get_viewdef`), never on the file's text.

use super::{Change, pair, simple};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    for (from, to) in pair(&current.views, &desired.views) {
        out.extend(simple(from, to).map(Change::View));
    }
}
