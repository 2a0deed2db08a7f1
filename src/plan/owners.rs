//! Owners (`ALTER ... OWNER TO`), when managed: one pass over the desired
//! model once every other step is known. An object whose owner differs, or
//! that the plan creates (or recreates: a new object belongs to the role
//! that applies the plan), gets a step setting its owner, ordered after its
//! creation. Sequences owned by a column follow their
//! table, as PostgreSQL requires.

use std::collections::BTreeSet;

use super::Step;
use crate::kinds::Slot;
use crate::model::{Database, ObjKey};

/// Every object of `db` that has an owner: its key, how `ALTER ... OWNER
/// TO` names it, and the owner.
fn owned(db: &Database) -> Vec<(ObjKey, String, String)> {
    let mut out = Vec::new();
    let mut push = |key: ObjKey, target: String, owner: &Option<String>| {
        if let Some(o) = owner {
            out.push((key, target, o.clone()));
        }
    };
    for (key, target, owner) in db.kinds.owners(Slot::Schemas) {
        push(key, target, &Some(owner));
    }
    for (key, target, owner) in db.kinds.owners(Slot::Sequences) {
        push(key, target, &Some(owner));
    }
    for (key, target, owner) in db.kinds.owners(Slot::Types) {
        push(key, target, &Some(owner));
    }
    for (key, target, owner) in db.kinds.owners(Slot::Tables) {
        push(key, target, &Some(owner));
    }
    for (key, target, owner) in db.kinds.owners(Slot::Views) {
        push(key, target, &Some(owner));
    }
    for (key, target, owner) in db.kinds.owners(Slot::Functions) {
        push(key, target, &Some(owner));
    }
    for (key, target, owner) in db.kinds.owners(Slot::Triggers) {
        push(key, target, &Some(owner));
    }
    for (key, target, owner) in db.kinds.owners(Slot::Ddl) {
        push(key, target, &Some(owner));
    }
    out
}

/// Appends the owner steps to a plan's steps (before ordering).
pub(super) fn set(current: &Database, desired: &Database, steps: &mut Vec<Step>) {
    let now: std::collections::BTreeMap<ObjKey, String> =
        owned(current).into_iter().map(|(k, _, o)| (k, o)).collect();
    let recreated: BTreeSet<ObjKey> = steps
        .iter()
        .filter(|s| !s.keeps)
        .flat_map(|s| s.drops.iter().cloned())
        .collect();
    for (key, target, owner) in owned(desired) {
        let kept = current.contains(&key) && !recreated.contains(&key);
        if kept && now.get(&key) == Some(&owner) {
            continue;
        }
        // After the object exists (its creation, if the plan creates it),
        // without counting as its creation: what the object holds (a
        // table's columns) is created by the same step as the object.
        let mut step = Step::new(format!("set owner of {key}"))
            .sql(format!("ALTER {target} OWNER TO {owner}"));
        step.needs.push(key);
        if kept {
            step = step.hazard(
                super::HazardCode::Authorization,
                format!("gives {target} to {owner}"),
            );
        }
        steps.push(step);
    }
}
