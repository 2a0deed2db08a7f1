//! Hazards that cannot happen on an object the plan itself creates.
//!
//! A step generator sees one change and does not know what the rest of the
//! plan does, so it flags an index build, a validation scan or a change of
//! privileges whenever the table (or function, or schema) may hold rows or
//! be in use. Once the plan is ordered, the answer is known: an object
//! created by an earlier step (or by the step itself), and absent from the
//! current database or dropped before, is empty: nothing waits for it, so
//! a step that touches only such objects carries no lock, rewrite or scan
//! hazard (a materialized view built `WITH DATA` is the exception: it
//! holds rows at once). One absent from the current database has no users
//! either, so its grants and policies carry no authorization hazard; one
//! dropped and created again keeps that hazard, since its users' access
//! may change. Data loss, enum labels, extension versions and untracked
//! dependencies are always kept: they do not depend on what the object
//! holds.

use std::collections::BTreeSet;

use super::{HazardCode, Step};
use crate::model::{Database, ObjKey};

/// The hazards that exist only because an object holds rows (the
/// authorization hazard exists because it has users).
fn needs_existing(code: HazardCode) -> bool {
    matches!(
        code,
        HazardCode::TableRewrite | HazardCode::ValidationScan | HazardCode::IndexBuild
    )
}

/// The object whose contents or users a step on `key` affects: a table's
/// parts belong to the table, an index to its table or materialized view.
fn owner(key: &ObjKey, current: &Database, desired: &Database) -> ObjKey {
    let table = |name: &crate::model::QualName| {
        if desired.kinds.views.contains_key(name) || current.kinds.views.contains_key(name) {
            ObjKey::View { name: name.clone() }
        } else {
            ObjKey::Table { name: name.clone() }
        }
    };
    match super::order::part_of(key, desired).or_else(|| super::order::part_of(key, current)) {
        Some(relation) => table(&relation),
        None => key.clone(),
    }
}

/// Removes, from each step of the ordered `steps`, the hazards that need
/// an existing object when every object the step touches is new.
pub(super) fn relax(steps: &mut [Step], current: &Database, desired: &Database) {
    let mut created: BTreeSet<ObjKey> = BTreeSet::new();
    let mut dropped: BTreeSet<ObjKey> = BTreeSet::new();
    for step in steps.iter_mut() {
        created.extend(step.creates.iter().cloned());
        // A materialized view built WITH DATA is new but not empty: an
        // index on it still takes a build's time (and timeout).
        let holds_rows = |k: &ObjKey| crate::kinds::filled_when_created(desired, k);
        // Empty: nothing waits for it. Unknown to anyone: nobody's access
        // changes (an object dropped and created again had users, who may
        // find their privileges changed).
        let empty = |k: &ObjKey| {
            created.contains(k) && (!current.contains(k) || dropped.contains(k)) && !holds_rows(k)
        };
        let unknown = |k: &ObjKey| created.contains(k) && !current.contains(k);
        let touched: Vec<ObjKey> = step
            .creates
            .iter()
            .chain(&step.drops)
            .chain(&step.invalidates)
            .chain(&step.reads)
            .map(|k| owner(k, current, desired))
            .collect();
        if !touched.is_empty() {
            let (all_empty, all_unknown) = (touched.iter().all(empty), touched.iter().all(unknown));
            step.hazards.retain(|h| match h.code {
                HazardCode::Authorization => !all_unknown,
                code => !(all_empty && needs_existing(code)),
            });
        }
        // A renamed object (or one detached for a moment) keeps its rows.
        if !step.keeps {
            dropped.extend(step.drops.iter().cloned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QualName;

    fn table(name: &str) -> ObjKey {
        ObjKey::Table {
            name: QualName::new("public", name),
        }
    }

    fn index_on(name: &str, table: &str) -> crate::model::Index {
        crate::model::Index {
            name: QualName::new("public", name),
            table: QualName::new("public", table),
            unique: false,
            valid: true,
            parts: Vec::new(),
            body: format!("ON public.{table} USING btree (a)"),
            comment: None,
            statistics: Vec::new(),
        }
    }

    fn index_step(name: &str) -> Step {
        Step::new(format!("create index {name}"))
            .sql("CREATE INDEX ...")
            .creates(ObjKey::Index {
                name: QualName::new("public", name),
            })
            .hazard(HazardCode::IndexBuild, "blocks writes")
    }

    #[test]
    fn a_step_on_a_table_created_earlier_has_no_lock_or_authorization_hazard() {
        let current = Database::default();
        let mut desired = Database::default();
        let i = index_on("t_a", "t");
        desired.kinds.indexes.insert(i.name.clone(), i);
        let mut steps = vec![
            Step::new("create table public.t")
                .sql("CREATE TABLE ...")
                .creates(table("t"))
                .hazard(HazardCode::Authorization, "grants"),
            index_step("t_a"),
            Step::new("create policy p on public.t")
                .sql("CREATE POLICY ...")
                .creates(ObjKey::Policy {
                    table: QualName::new("public", "t"),
                    name: "p".into(),
                })
                .hazard(HazardCode::Authorization, "rows"),
        ];
        relax(&mut steps, &current, &desired);
        for s in &steps {
            assert!(s.hazards.is_empty(), "{}: {:?}", s.summary, s.hazards);
        }
    }

    #[test]
    fn a_step_on_an_existing_table_keeps_its_hazards_and_data_loss_is_always_kept() {
        let mut current = Database::default();
        let t = crate::model::Table::empty(QualName::new("public", "t"));
        current.kinds.tables.insert(t.name.clone(), t.clone());
        let mut desired = current.clone();
        let i = index_on("t_a", "t");
        desired.kinds.indexes.insert(i.name.clone(), i);
        let mut steps = vec![index_step("t_a")];
        relax(&mut steps, &current, &desired);
        assert_eq!(steps[0].hazards.len(), 1, "an existing table keeps it");

        // Dropped and created again in the same plan: the new table is
        // empty, but its users' access may change.
        let mut steps = vec![
            Step::new("drop table public.t")
                .sql("DROP TABLE ...")
                .drops(table("t"))
                .hazard(HazardCode::DataLoss, "rows are lost"),
            Step::new("create table public.t")
                .sql("CREATE TABLE ...")
                .creates(table("t"))
                .hazard(HazardCode::DataLoss, "kept")
                .hazard(HazardCode::Authorization, "grants"),
            index_step("t_a"),
        ];
        relax(&mut steps, &current, &desired);
        assert_eq!(steps[0].hazards[0].code, HazardCode::DataLoss);
        let codes: Vec<HazardCode> = steps[1].hazards.iter().map(|h| h.code).collect();
        assert_eq!(codes, vec![HazardCode::DataLoss, HazardCode::Authorization]);
        assert!(steps[2].hazards.is_empty());
    }
}
