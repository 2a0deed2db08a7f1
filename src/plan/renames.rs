//! The steps of the renames the schema files declare (`@renamed`).
//!
//! They come first, in the order [`crate::model::rename::resolve`] gives
//! (schemas, objects, their parts, `serial` sequences): the rest of the
//! plan is computed from the state they leave, so nothing else in the
//! plan has to know about them. A rename keeps the rows: it is never
//! destructive, and its hazard names what loses the old name.

use super::{Hazard, HazardCode, Plan, Statement, Step};
use crate::model::rename::Rename;

/// Puts the renames' steps before the plan's own.
pub fn prepend(plan: &mut Plan, renames: &[Rename]) {
    let steps = renames.iter().map(|r| {
        let mut step = Step::new(r.summary());
        step.sql = r.sql().into_iter().map(Statement::from).collect();
        step.keeps = true;
        step.hazards.push(Hazard {
            code: HazardCode::Rename,
            message: format!(
                "{} is gone once this runs: queries and function bodies that use it fail",
                r.old_name()
            ),
        });
        step
    });
    plan.steps.splice(0..0, steps);
}
