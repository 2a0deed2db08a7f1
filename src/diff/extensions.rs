//! Extensions: their schema and version are part of the desired state.

use super::{Change, whole};
use crate::model::Database;

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    out.extend(whole(
        &current.extensions,
        &desired.extensions,
        Change::Extension,
    ));
}
