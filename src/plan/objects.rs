//! The dispatch of every change to the kind that plans it, and the
//! privilege changes every kind shares.

use super::privileges;
use super::{Models, Step};
use crate::diff::Change;
use crate::kinds::PrivilegeChange;

pub(super) fn steps_for(ctx: &Models, change: &Change, out: &mut Vec<Step>) {
    let first = out.len();
    change.steps(ctx, out);
    // Privileges of an object changed in place (a recreated object got
    // its privileges with its create step).
    let version = ctx.current.version;
    let Some(change): Option<PrivilegeChange> = change.privilege_change(version) else {
        return;
    };
    if out[first..].iter().any(|s| s.drops.contains(&change.key)) {
        return;
    }
    let what = match change.column {
        Some(c) => format!("column {c} of {}", change.on.to_lowercase()),
        None => change.on.to_lowercase(),
    };
    let step = Step::new(format!("change privileges on {what}")).creates(change.key);
    let step = privileges::add(
        step,
        change.kind,
        &change.on,
        change.column,
        Some(change.from),
        change.to,
    );
    if !step.sql.is_empty() {
        out.push(step);
    }
}
