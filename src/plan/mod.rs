//! Changes → ordered steps with hazards.
//!
//! Each change becomes one or more [`Step`]s (one file per object kind
//! decides the strategy: alter in place, drop and re-add, rebuild). A step
//! declares which model keys it *creates or alters* and which it *drops*;
//! [`order`] turns those declarations plus the dependencies both models
//! recorded from `pg_depend` into a graph and sorts it. No step generator
//! knows about any other: ordering is entirely the graph's business.
//!
//! Destructive steps (data may be lost) are kept out of the plan unless the
//! caller allows them; they are returned in [`Plan::skipped`] so renderers
//! can show what was held back.

pub mod checks;
mod dependents;
mod fresh;
mod objects;
mod online;
pub mod order;
mod owners;
use crate::step::privileges;
pub mod renames;
pub mod sizes;

use serde::Serialize;

use crate::diff::Change;
pub(crate) use crate::step::Models;
pub use crate::step::sql;
pub use crate::step::statement::{Op, Statement};
pub use crate::step::{Conversion, Hazard, HazardCode, HazardRefusal, Step, UnknownHazard};

use crate::model::{Database, ObjKey, QualName};

#[derive(Debug, Clone, Default, Serialize)]
pub struct Plan {
    /// Session settings the steps need, run before them
    /// (`SET check_function_bodies = false`, so functions can be created
    /// before the tables their bodies name, as `pg_dump` does; the
    /// `search_path` the schema files left, for the bodies the steps run).
    pub session: Vec<String>,
    pub steps: Vec<Step>,
    /// Destructive steps held back (no `--allow-destructive`).
    pub skipped: Vec<Step>,
    /// Things a reviewer must know that are not steps: unmanaged objects in
    /// the way of a change, say.
    pub warnings: Vec<String>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// `2 destructive steps held back`, or, when steps that belong to
    /// those changes are held back with them, `5 steps held back (2
    /// destructive)`.
    pub fn held_back_summary(&self) -> String {
        let n = self.skipped.len();
        let destructive = self.skipped.iter().filter(|s| s.destructive).count();
        let s = if n == 1 { "" } else { "s" };
        if destructive == n {
            format!("{n} destructive step{s} held back")
        } else {
            format!("{n} step{s} held back ({destructive} destructive)")
        }
    }

    /// Refuses the plan if one of its steps carries a hazard whose code is
    /// not in `allowed`.
    pub fn check_hazards(&self, allowed: &[HazardCode]) -> Result<(), HazardRefusal> {
        let refused = self.unallowed_hazards(allowed);
        if refused.is_empty() {
            Ok(())
        } else {
            Err(HazardRefusal(refused))
        }
    }

    /// Hazards of the plan's steps whose codes are not in `allowed`, each
    /// with the 1-based numbers of the steps carrying it, in code order.
    pub fn unallowed_hazards(&self, allowed: &[HazardCode]) -> Vec<(HazardCode, Vec<usize>)> {
        let mut found: std::collections::BTreeMap<HazardCode, Vec<usize>> = Default::default();
        for (i, step) in self.steps.iter().enumerate() {
            for h in &step.hazards {
                if !allowed.contains(&h.code) {
                    let steps = found.entry(h.code).or_default();
                    if steps.last() != Some(&(i + 1)) {
                        steps.push(i + 1);
                    }
                }
            }
        }
        found.into_iter().collect()
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub allow_destructive: bool,
    /// Prefer DDL that does not block writes: see `online`.
    pub online: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("cannot order the plan: these steps depend on each other in a cycle: {0}")]
    Cycle(String),
    /// A change PostgreSQL cannot make in place, refused before anything
    /// is shown or applied.
    #[error("{0}")]
    Refused(String),
}

/// Refuses what PostgreSQL cannot do in place and the plan would only
/// discover at apply time: each kind says what of its own
/// ([`crate::kinds::Kind::refusal`]).
fn refuse(ctx: &Models, steps: &[Step]) -> Result<(), PlanError> {
    match crate::kinds::refusal(ctx, steps) {
        Some(why) => Err(PlanError::Refused(why)),
        None => Ok(()),
    }
}

/// A relation created without USING is heap, as the model holds it,
/// whatever the target's (`target`) database or role sets: the session
/// line that says so, when `steps` create one (a relation of `desired`).
fn heap_by_default(target: &Database, desired: &Database, steps: &[Step]) -> Option<String> {
    let creates_relation = steps.iter().flat_map(|s| &s.creates).any(|k| {
        matches!(
            crate::kinds::on_relation(desired, k),
            Some(crate::model::OnRelation::Is(_))
        )
    });
    (target.default_table_access_method.is_some() && creates_relation)
        .then(|| "SET default_table_access_method = heap".to_string())
}

/// Builds the ordered plan that turns `current` into `desired`.
pub fn plan(
    current: &Database,
    desired: &Database,
    changes: &[Change],
    options: Options,
) -> Result<Plan, PlanError> {
    let mut steps = Vec::new();
    let mut warnings = Vec::new();
    let ctx = Models { current, desired };
    for change in changes {
        objects::steps_for(&ctx, change, &mut steps);
    }
    // A change may leave a generator with nothing to say (a function whose
    // only difference was its privileges, planned separately).
    steps.retain(|s| !s.sql.is_empty());
    refuse(&ctx, &steps)?;
    for s in &mut steps {
        s.sql = std::mem::take(&mut s.sql)
            .into_iter()
            .map(|stmt| stmt.map_text(sql::reparseable))
            .collect();
    }
    dependents::recreate(&ctx, &mut steps, &mut warnings);
    dependents::flag_untracked(&ctx, &mut steps);
    owners::set(current, desired, &mut steps);
    if options.online {
        let tables: std::collections::BTreeSet<&QualName> = current
            .kinds
            .tables
            .values()
            .chain(desired.kinds.tables.values())
            .filter(|t| t.partition_by.is_some())
            .map(|t| &t.name)
            .collect();
        let indexes: std::collections::BTreeSet<&QualName> = current
            .kinds
            .indexes
            .values()
            .chain(desired.kinds.indexes.values())
            .filter(|i| {
                current
                    .kinds
                    .tables
                    .get(&i.table)
                    .or(desired.kinds.tables.get(&i.table))
                    .is_some_and(|t| t.partition_by.is_some())
            })
            .map(|i| &i.name)
            .collect();
        let partitioned = online::Partitioned {
            table: &|t| tables.contains(t),
            index: &|i| indexes.contains(i),
        };
        for s in &mut steps {
            online::rewrite(s, &partitioned);
        }
    }
    let mut ordered = order::order(steps, current, desired)?;
    fresh::relax(&mut ordered, current, desired);
    // A destructive step held back takes along every step that exists only
    // with it: the plan without it is a safe subset, never half a change.
    let (steps, skipped) = order::hold_back(ordered, current, desired, |s| {
        !options.allow_destructive && s.destructive
    });
    let mut steps = steps;
    steps.extend(crate::kinds::default_privileges::keep_order(
        current, desired, &steps,
    ));
    let mut session = crate::kinds::session(&steps);
    session.extend(heap_by_default(current, desired, &steps));
    // Steps may run the files' function bodies (a materialized view filled,
    // a default computed for existing rows, a check validated): under the
    // search_path the files left, as in a fresh build of them.
    if let Some(path) = desired
        .files_search_path
        .as_deref()
        .filter(|_| !steps.is_empty())
    {
        session.push(format!(
            "SELECT pg_catalog.set_config('search_path', {}, false)",
            crate::model::quote_literal(path)
        ));
    }
    Ok(Plan {
        session,
        steps,
        skipped,
        warnings,
    })
}

/// The plan back: from `desired` (the state `forward` reaches) to `current`
/// (the state it starts from), destructive steps included, for
/// `apply --rollback-file`. A step that brings back what `forward` drops
/// brings back the object, not its rows: it says so as a `data_loss`
/// hazard.
pub fn rollback(forward: &Plan, current: &Database, desired: &Database) -> Result<Plan, PlanError> {
    let changes = crate::diff::diff(desired, current);
    // Run on the same target as the forward plan, with its settings.
    let after = Database {
        default_table_access_method: current.default_table_access_method.clone(),
        ..desired.clone()
    };
    let mut back = plan(
        &after,
        current,
        &changes,
        Options {
            allow_destructive: true,
            online: false,
        },
    )?;
    let dropped: std::collections::BTreeSet<&ObjKey> = forward
        .steps
        .iter()
        .filter(|s| s.destructive && !s.keeps)
        .flat_map(|s| &s.drops)
        .collect();
    for step in &mut back.steps {
        if step.creates.iter().any(|k| dropped.contains(k)) {
            step.hazards.push(Hazard {
                code: HazardCode::DataLoss,
                message: "comes back empty: the rows the forward plan deleted are not restored"
                    .into(),
            });
        }
    }
    Ok(back)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PgVersion, Table};

    #[test]
    fn a_table_changes_access_method_in_place_from_15_and_is_refused_before() {
        let t = QualName::new("public", "t");
        let side = |major: u32, am: Option<&str>| {
            let mut db = Database {
                version: PgVersion::major_only(major),
                ..Database::default()
            };
            let mut table = Table::empty(t.clone());
            table.access_method = am.map(str::to_string);
            db.kinds.tables.insert(t.clone(), table);
            db
        };
        let options = Options {
            allow_destructive: true,
            online: false,
        };
        let (current, desired) = (side(15, None), side(15, Some("heap2")));
        let changes = crate::diff::diff(&current, &desired);
        let planned = super::plan(&current, &desired, &changes, options).unwrap();
        let sql: Vec<&str> = planned
            .steps
            .iter()
            .flat_map(|s| &s.sql)
            .map(|s| s.as_str())
            .collect();
        assert_eq!(sql, ["ALTER TABLE public.t SET ACCESS METHOD heap2"]);
        let (current, desired) = (side(14, Some("heap2")), side(14, None));
        let changes = crate::diff::diff(&current, &desired);
        let err = super::plan(&current, &desired, &changes, options).unwrap_err();
        assert!(
            err.to_string().starts_with(
                "cannot change the access method of table public.t to heap on PostgreSQL 14"
            ),
            "{err}"
        );
    }
}
