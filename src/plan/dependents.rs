//! Closing a plan under dependencies.
//!
//! An object that depends (in the current database) on something the plan
//! drops — or alters in a way dependents cannot survive, like a column's
//! type under a view — but that exists in the desired state, is dropped and
//! created again around it: a foreign key on a replaced primary key, a view
//! chain over a retyped column, a trigger on a replaced function. Objects
//! driftless does not manage are reported instead, never cascaded.

use std::collections::BTreeSet;

use super::{Hazard, HazardCode, Models, Step};
use crate::model::{FunctionId, ObjKey};

/// Drop-and-create steps for `r`, if it exists on both sides and is of a
/// kind that can be recreated without losing data.
fn recreate_steps(ctx: &Models, r: &ObjKey) -> Option<Vec<Step>> {
    // The object's kind says how.
    crate::kinds::KindObjects::recreate(ctx, r)
}

pub(super) fn recreate(ctx: &Models, steps: &mut Vec<Step>, warnings: &mut Vec<String>) {
    let mut handled: BTreeSet<ObjKey> = steps.iter().flat_map(|s| s.drops.clone()).collect();
    // What the plan drops for good or creates anew (not what it renames).
    let mut gone: BTreeSet<ObjKey> = steps
        .iter()
        .filter(|s| !s.keeps)
        .flat_map(|s| s.drops.clone())
        .collect();
    // A renamed object keeps its dependents (a foreign key on a renamed
    // primary key still holds), as does one detached for a moment: only
    // real drops take them along.
    let mut queue: Vec<(ObjKey, bool)> = steps
        .iter()
        .filter(|s| !s.keeps)
        .flat_map(|s| s.drops.iter().map(|k| (k.clone(), true)))
        .collect();
    for s in steps.iter() {
        queue.extend(s.invalidates.iter().map(|k| (k.clone(), false)));
    }
    // The retyped keys (columns) each dependent rests on: PostgreSQL
    // rebuilds some dependents around them by itself, not all (a foreign
    // key over two of them).
    let invalidated: BTreeSet<&ObjKey> = steps.iter().flat_map(|s| &s.invalidates).collect();
    let mut retyped_under: std::collections::BTreeMap<&ObjKey, Vec<&ObjKey>> = Default::default();
    for (from, to) in &ctx.current.dependencies {
        if invalidated.contains(to) {
            retyped_under.entry(from).or_default().push(to);
        }
    }
    let mut warned = BTreeSet::new();
    // Indexes and constraints PostgreSQL rebuilds around a retyped column,
    // with that column.
    let mut rebuilt: BTreeSet<(ObjKey, ObjKey)> = BTreeSet::new();
    while let Some((k, dropped)) = queue.pop() {
        let dependents: Vec<ObjKey> = ctx.current.dependents_of(&k).cloned().collect();
        for r in dependents {
            // PostgreSQL rebuilds indexes and constraints itself when a
            // column's type changes; only a drop takes them along (one
            // renamed is rebuilt too).
            let under = retyped_under.get(&r).map(Vec::as_slice).unwrap_or_default();
            if !dropped && crate::kinds::rebuilt_by_retype(ctx, &r, under) {
                rebuilt.insert((r, k.clone()));
                continue;
            }
            if handled.contains(&r) {
                continue;
            }
            if let ObjKey::Unmanaged { .. } = r {
                if warned.insert((r.clone(), k.clone())) {
                    warnings.push(format!(
                        "{r} depends on {k}, which this plan {}; driftless does not manage {r} yet, so PostgreSQL will refuse the step until it is removed",
                        if dropped { "drops or replaces" } else { "alters" }
                    ));
                    for s in steps
                        .iter_mut()
                        .filter(|s| s.drops.contains(&k) || s.invalidates.contains(&k))
                    {
                        s.hazards.push(Hazard {
                            code: HazardCode::UntrackedDependency,
                            message: format!("{r} depends on {k}"),
                        });
                    }
                }
                continue;
            }
            if !ctx.desired.contains(&r) {
                continue;
            }
            // A table or schema dropped for good leaves its publications
            // by itself; their other changes are altered in place.
            if dropped && !ctx.desired.contains(&k) && crate::kinds::released_by_drop(&r, &k) {
                continue;
            }
            if let Some(new_steps) = recreate_steps(ctx, &r) {
                // Steps that altered it in place are superseded.
                steps.retain(|s| !(s.creates.contains(&r) && s.drops.is_empty()));
                handled.insert(r.clone());
                gone.insert(r.clone());
                queue.push((r.clone(), true));
                // What else they drop (a recreated generated column's
                // column) takes its own dependents along.
                for k in new_steps.iter().flat_map(|s| &s.drops) {
                    if handled.insert(k.clone()) {
                        queue.push((k.clone(), true));
                    }
                }
                steps.extend(new_steps);
            }
        }
    }
    // A parent's column retyped is retyped on its partitions and children
    // too (at every level), whose own indexes PostgreSQL rebuilds as well.
    // (A table's own retype step invalidates those columns itself, so the
    // loop above met them already; this is for the other steps that
    // invalidate a parent's column: a type's or collation's change.)
    for k in steps.iter().flat_map(|s| &s.invalidates) {
        for along in crate::kinds::retyped_along(ctx, k) {
            for r in ctx.current.dependents_of(&along) {
                if crate::kinds::rebuilt_by_retype(ctx, r, &[&along]) {
                    rebuilt.insert((r.clone(), k.clone()));
                }
            }
        }
    }
    // What PostgreSQL's rebuild loses is set again by each step that
    // changes the column, unless the plan drops or recreates the object.
    for (r, k) in rebuilt.iter().filter(|(r, _)| !gone.contains(r)) {
        let sql = crate::kinds::after_rebuild(ctx, r);
        for s in steps.iter_mut().filter(|s| s.invalidates.contains(k)) {
            for stmt in &sql {
                let stmt: super::Statement = stmt.clone().into();
                if !s.sql.contains(&stmt) {
                    s.sql.push(stmt);
                }
            }
        }
    }
}

/// Function bodies name tables and columns without PostgreSQL recording
/// it: a step that drops a table or column a body mentions gets a hazard.
pub(super) fn flag_untracked(ctx: &Models, steps: &mut [Step]) {
    // Bodies lowercased once: a body is searched for every dropped key.
    let bodies: Vec<(&FunctionId, String)> = ctx
        .current
        .kinds
        .functions
        .values()
        .chain(ctx.desired.kinds.functions.values())
        .map(|f| (&f.id, f.definition.to_lowercase()))
        .collect();
    let mentions = |body: &str, word: &str| {
        let word = word.to_lowercase();
        body.match_indices(&word).any(|(i, _)| {
            let before = body[..i].chars().next_back();
            let after = body[i + word.len()..].chars().next();
            let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            boundary(before) && boundary(after)
        })
    };
    for step in steps.iter_mut() {
        let mut found = Vec::new();
        for k in &step.drops {
            let Some((what, words)) = crate::kinds::named_in_bodies(k) else {
                continue;
            };
            for (id, body) in &bodies {
                if words.iter().all(|w| mentions(body, w)) {
                    found.push(format!(
                        "the body of {id} mentions {what}; PostgreSQL does not track that, check it still works"
                    ));
                }
            }
        }
        found.sort();
        found.dedup();
        for message in found {
            step.hazards.push(Hazard {
                code: HazardCode::UntrackedDependency,
                message,
            });
        }
    }
}
