//! Pre-flight checks: the questions to ask the target's rows before a plan
//! runs, one per step that can fail on existing data. A plan is rehearsed
//! on an empty copy of the schema, so `SET NOT NULL` over NULLs, a unique
//! constraint over duplicates, a foreign key over orphans, a check
//! constraint over violating rows, a new `NOT NULL` column without a
//! default on a table with rows, a conversion over values that do not
//! convert (an enum label removed while rows use it among them) pass the
//! rehearsal and fail halfway through a deploy. Each [`Check`] is a
//! read-only query built from the models by the kind of what the step
//! creates or alters ([`kinds::checks`]); this driver asks them step by
//! step, and `apply::preflight` runs them.
//!
//! Pure: the SQL is built by the kinds, never run.

use std::collections::{BTreeSet, HashSet};

use super::Plan;
use crate::kinds;
use crate::model::{Database, ObjKey};
use crate::step::Models;
pub use crate::step::check::{Check, Checking, Counted, Query, SAMPLES};

/// The checks of `plan`'s steps, in step order: each key's at the first
/// step that creates it, then what the step converts. A kind may be asked
/// of one object under two keys (a partition created as a table and then
/// attached, both asking for its rows to fit its bound): a check asked
/// again is kept once, at its first step.
pub fn checks(plan: &Plan, current: &Database, desired: &Database) -> Vec<Check> {
    let dropped: BTreeSet<ObjKey> = plan
        .steps
        .iter()
        .flat_map(|s| s.drops.iter().cloned())
        .collect();
    let mut seen = BTreeSet::new();
    let mut asked = HashSet::new();
    let mut out = Vec::new();
    for (index, step) in plan.steps.iter().enumerate() {
        let at = Checking {
            step: index,
            models: Models { current, desired },
            dropped: &dropped,
        };
        for key in &step.creates {
            if !seen.insert(key.clone()) {
                continue;
            }
            let mut found = Vec::new();
            kinds::checks(&at, key, &mut found);
            out.extend(
                found
                    .into_iter()
                    .filter(|c| asked.insert((c.what.clone(), c.query.clone()))),
            );
        }
        kinds::step_checks(&at, step, &mut out);
    }
    out
}
