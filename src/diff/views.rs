//! Views and materialized views, compared on PostgreSQL's rendering of
//! their query (`pg_get_viewdef`), never on the file's text.

use super::{Change, whole_object_changes};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    out.extend(whole_object_changes(
        &current.views,
        &desired.views,
        Change::View,
    ));
}
