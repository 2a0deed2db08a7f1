//! Ordering steps: a dependency graph (petgraph) sorted deterministically.
//!
//! Edges come from four rules, stated in terms of the keys each step
//! creates (or alters in place) and drops:
//!
//! 1. **Needs before use** — if a created key depends, in the *desired*
//!    model, on a key another step creates, that step goes first.
//! 2. **Users before removal** — if a dropped key has dependents in the
//!    *current* model, the steps dropping those dependents (or altering
//!    them in place, which removes the use) go first.
//! 3. **Drop before re-create** — a key dropped by one step and created by
//!    another: the drop goes first. The same holds for two relations that
//!    share a name in one schema (an index and a constraint's index), and
//!    for a table leaving a parent's partitions and one joining them.
//! 4. **Emission order per key** — several in-place steps on one key keep
//!    the order the planner emitted them in.
//! 5. **Event triggers quiet first** — a step that drops or disables an
//!    event trigger ([`Step::before_all`]) goes before every other step
//!    ordered here (`renames::prepend` puts the renames in front later),
//!    so the trigger cannot fire on the plan's own DDL. It orders without
//!    needing, like rule 4.
//!
//! Among steps whose predecessors are done, pure drops come first, then
//! the rest in emission order (which the diff made sorted by kind and
//! name): the output is the same on every run.
//!
//! The same edges decide what a held-back step takes with it
//! ([`hold_back`]): whatever needs it (rules 1 and 2), whatever re-creates
//! a name it would free, and whatever frees a name only for it to re-create
//! (rule 3, both ways). Rule 4 orders without needing.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap};

use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};

use super::{PlanError, Step};
use crate::kinds;
use crate::model::{Database, ObjKey, OnRelation, QualName, SharedName};

/// Why one step goes before another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Why {
    /// Rules 1 and 2: the later step cannot run without the earlier one.
    Needs,
    /// Rule 3: the earlier step frees a key or name the later one takes.
    Frees,
    /// Rules 4 and 5: emission order of in-place steps on one key; steps
    /// that quiet event triggers first.
    Sequence,
}

/// The ordering edges `(before, after, why)` between `steps`.
fn edges(steps: &[Step], current: &Database, desired: &Database) -> BTreeSet<(usize, usize, Why)> {
    let mut creators: HashMap<&ObjKey, Vec<usize>> = HashMap::new();
    let mut droppers: HashMap<&ObjKey, Vec<usize>> = HashMap::new();
    for (i, s) in steps.iter().enumerate() {
        for k in &s.creates {
            creators.entry(k).or_default().push(i);
        }
        for k in &s.drops {
            droppers.entry(k).or_default().push(i);
        }
    }
    let mut dependents: HashMap<&ObjKey, Vec<&ObjKey>> = HashMap::new();
    for (d, r) in &current.dependencies {
        dependents.entry(r).or_default().push(d);
    }
    let mut edges: BTreeSet<(usize, usize, Why)> = BTreeSet::new();
    let mut edge = |a: usize, b: usize, why: Why| {
        if a != b {
            edges.insert((a, b, why));
        }
    };
    for (s, step) in steps.iter().enumerate() {
        // Rule 1.
        for k in &step.creates {
            for d in desired.dependencies_of(k) {
                for &t in creators.get(d).into_iter().flatten() {
                    edge(t, s, Why::Needs);
                }
            }
        }
        for k in &step.needs {
            for &t in creators.get(k).into_iter().flatten() {
                edge(t, s, Why::Needs);
            }
        }
        // Rule 2 (an invalidated key counts as dropped for its users; a
        // renamed one is not dropped: its users keep it).
        let dropped = step.drops.iter().filter(|_| !step.keeps);
        for k in dropped.chain(&step.invalidates) {
            let invalidated = step.invalidates.contains(k);
            for r in dependents.get(k).into_iter().flatten() {
                // (Around an invalidated key, a user that lives on (an
                // index renamed, which PostgreSQL rebuilds with the column)
                // need not go first.)
                for &t in droppers.get(r).into_iter().flatten() {
                    if !(invalidated && steps[t].keeps) {
                        edge(t, s, Why::Needs);
                    }
                }
                // An in-place alter of a user goes first only if it stops
                // the use (a column's type changes away from a dropped type).
                let still_uses = desired.dependencies.contains(&((*r).clone(), k.clone()));
                if !droppers.contains_key(r) && !still_uses {
                    for &t in creators.get(r).into_iter().flatten() {
                        edge(t, s, Why::Needs);
                    }
                }
            }
        }
        // Rule 3.
        for k in &step.drops {
            for &t in creators.get(k).into_iter().flatten() {
                edge(s, t, Why::Frees);
            }
        }
    }
    // Rule 3, names in the shared namespaces.
    let mut freed: BTreeMap<SharedName, Vec<usize>> = BTreeMap::new();
    for (i, s) in steps.iter().enumerate() {
        for k in &s.drops {
            for name in kinds::names_taken(current, k) {
                freed.entry(name).or_default().push(i);
            }
        }
        for name in &s.frees {
            freed.entry(name.clone()).or_default().push(i);
        }
    }
    for (i, s) in steps.iter().enumerate() {
        for k in &s.creates {
            for name in kinds::names_taken(desired, k) {
                for &d in freed.get(&name).into_iter().flatten() {
                    edge(d, i, Why::Frees);
                }
            }
        }
    }
    // Rule 3, partitions' bounds: a table that stops being a partition of
    // a parent makes room for one that starts being one where their bounds
    // may overlap (a default partition has one place only).
    let joins = crate::kinds::table::bounds::joins;
    let mut leaving: Vec<(QualName, String, usize)> = Vec::new();
    for (i, s) in steps.iter().enumerate() {
        for k in &s.drops {
            if let Some((p, bound)) = joins(k, desired, current) {
                leaving.push((p, bound, i));
            }
        }
    }
    for (i, s) in steps.iter().enumerate() {
        for k in &s.creates {
            if let Some((p, bound)) = joins(k, current, desired) {
                for (q, old, d) in &leaving {
                    if *q == p && crate::kinds::table::bounds::may_overlap(old, &bound) {
                        edge(*d, i, Why::Frees);
                    }
                }
            }
        }
    }
    // Rule 5: what quiets an event trigger goes before everything else.
    let first: Vec<usize> = (0..steps.len()).filter(|&i| steps[i].before_all).collect();
    for &i in &first {
        for j in (0..steps.len()).filter(|&j| !steps[j].before_all) {
            edge(i, j, Why::Sequence);
        }
    }
    // Rule 4.
    for list in creators.values() {
        let in_place: Vec<usize> = list
            .iter()
            .copied()
            .filter(|&i| steps[i].drops.is_empty())
            .collect();
        for w in in_place.windows(2) {
            edge(w[0], w[1], Why::Sequence);
        }
    }
    edges
}

/// The relation a key is a part of (a column, constraint, default,
/// trigger, policy or index of a table), in `db`.
pub(super) fn part_of(key: &ObjKey, db: &Database) -> Option<QualName> {
    kinds::on_relation(db, key).and_then(OnRelation::part_of)
}

/// Splits ordered `steps` into those to run and those held back: every
/// step `hold` picks, and, until nothing changes, every step that needs a
/// held-back one, re-creates a name it would free, or frees a name only
/// for it to re-create (a default dropped before a held-back type change,
/// a view dropped to be recreated over a column that keeps its type), and
/// every step that drops a part of a relation whose drop is held back (its
/// triggers, policies, indexes: the relation stays as it is), and every
/// step that creates a relation a held-back step makes a part of (a new
/// table without its policy would be neither side's).
/// What runs is then a whole change or nothing of it. Order is kept.
pub fn hold_back(
    steps: Vec<Step>,
    current: &Database,
    desired: &Database,
    hold: impl Fn(&Step) -> bool,
) -> (Vec<Step>, Vec<Step>) {
    let mut held: Vec<bool> = steps.iter().map(&hold).collect();
    if held.iter().any(|&h| h) {
        let edges = edges(&steps, current, desired);
        let parts: Vec<Vec<QualName>> = steps
            .iter()
            .map(|s| s.drops.iter().filter_map(|k| part_of(k, current)).collect())
            .collect();
        loop {
            let mut changed = false;
            let kept_relations: BTreeSet<QualName> = steps
                .iter()
                .zip(&held)
                .filter(|(_, h)| **h)
                .flat_map(|(s, _)| &s.drops)
                .filter_map(|k| match kinds::on_relation(current, k) {
                    Some(OnRelation::Is(name)) => Some(name),
                    _ => None,
                })
                .collect();
            for (i, p) in parts.iter().enumerate() {
                if !held[i] && p.iter().any(|t| kept_relations.contains(t)) {
                    held[i] = true;
                    changed = true;
                }
            }
            // A relation the plan makes anew is made whole or not at all:
            // with a part of it held back (a policy, a foreign key), its
            // creation is held back too; and so is one that takes parts of
            // a relation (a new partition or child: its parent's columns)
            // while a change of that relation is held back (made now, it
            // would take them as they are).
            let is_new = |r: &QualName| {
                desired
                    .relation_key(r)
                    .is_some_and(|key| !current.contains(&key))
            };
            let held_steps = || steps.iter().zip(&held).filter(|(_, h)| **h).map(|(s, _)| s);
            let unfinished: BTreeSet<QualName> = held_steps()
                .flat_map(|s| &s.creates)
                .filter_map(|k| part_of(k, desired))
                .filter(is_new)
                .collect();
            let changing: BTreeSet<QualName> = held_steps()
                .flat_map(|s| s.creates.iter().chain(&s.drops).chain(&s.invalidates))
                .filter_map(|k| part_of(k, current).or_else(|| part_of(k, desired)))
                .collect();
            let makes_unfinished = |s: &Step| {
                s.creates
                    .iter()
                    .any(|k| match kinds::on_relation(desired, k) {
                        Some(OnRelation::Is(r)) if is_new(&r) => {
                            unfinished.contains(&r)
                                || kinds::copies_from(desired, k)
                                    .iter()
                                    .any(|p| changing.contains(p))
                        }
                        _ => false,
                    })
            };
            let pulled: Vec<usize> = (0..steps.len())
                .filter(|&i| !held[i] && makes_unfinished(&steps[i]))
                .collect();
            for i in pulled {
                held[i] = true;
                changed = true;
            }
            for &(a, b, why) in &edges {
                let pulled = match why {
                    Why::Needs => held[a] && !held[b],
                    Why::Frees => held[a] != held[b],
                    Why::Sequence => false,
                };
                if pulled {
                    held[a] = true;
                    held[b] = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }
    let (mut kept, mut back) = (Vec::new(), Vec::new());
    for (s, h) in steps.into_iter().zip(held) {
        if h { back.push(s) } else { kept.push(s) }
    }
    (kept, back)
}

pub fn order(
    steps: Vec<Step>,
    current: &Database,
    desired: &Database,
) -> Result<Vec<Step>, PlanError> {
    let n = steps.len();
    let edges: BTreeSet<(usize, usize)> = edges(&steps, current, desired)
        .into_iter()
        .map(|(a, b, _)| (a, b))
        .collect();

    let mut graph: DiGraph<usize, ()> = DiGraph::with_capacity(n, edges.len());
    let nodes: Vec<NodeIndex> = (0..n).map(|i| graph.add_node(i)).collect();
    for &(a, b) in &edges {
        graph.add_edge(nodes[a], nodes[b], ());
    }

    // Kahn's algorithm with a priority: pure drops first, then emission order.
    let priority = |i: usize| {
        (
            usize::from(!steps[i].creates.is_empty() || steps[i].drops.is_empty()),
            i,
        )
    };
    let mut indegree: Vec<usize> = nodes
        .iter()
        .map(|&v| graph.neighbors_directed(v, petgraph::Incoming).count())
        .collect();
    let mut ready: BinaryHeap<Reverse<(usize, usize)>> = (0..n)
        .filter(|&i| indegree[i] == 0)
        .map(|i| Reverse(priority(i)))
        .collect();
    let mut sorted = Vec::with_capacity(n);
    while let Some(Reverse((_, i))) = ready.pop() {
        sorted.push(i);
        for next in graph.neighbors_directed(nodes[i], petgraph::Outgoing) {
            let j = graph[next];
            indegree[j] -= 1;
            if indegree[j] == 0 {
                ready.push(Reverse(priority(j)));
            }
        }
    }
    if sorted.len() < n {
        let cycle = tarjan_scc(&graph)
            .into_iter()
            .find(|scc| scc.len() > 1)
            .unwrap_or_default();
        let names: Vec<&str> = cycle
            .iter()
            .map(|&v| steps[graph[v]].summary.as_str())
            .collect();
        return Err(PlanError::Cycle(names.join(" -> ")));
    }
    let mut slots: Vec<Option<Step>> = steps.into_iter().map(Some).collect();
    Ok(sorted.into_iter().filter_map(|i| slots[i].take()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Database, ObjKey, QualName};

    fn t(name: &str) -> ObjKey {
        ObjKey::Table {
            name: QualName::new("public", name),
        }
    }

    fn step(name: &str) -> Step {
        Step::new(name)
    }

    #[test]
    fn creates_follow_desired_dependencies() {
        let mut desired = Database::default();
        desired.dependencies.insert((t("child"), t("parent")));
        let steps = vec![
            step("create child").creates(t("child")),
            step("create parent").creates(t("parent")),
        ];
        let out = order(steps, &Database::default(), &desired).unwrap();
        let names: Vec<_> = out.iter().map(|s| s.summary.as_str()).collect();
        assert_eq!(names, ["create parent", "create child"]);
    }

    #[test]
    fn drops_run_in_reverse_dependency_order() {
        let mut current = Database::default();
        current.dependencies.insert((t("child"), t("parent")));
        let steps = vec![
            step("drop parent").drops(t("parent")),
            step("drop child").drops(t("child")),
        ];
        let out = order(steps, &current, &Database::default()).unwrap();
        let names: Vec<_> = out.iter().map(|s| s.summary.as_str()).collect();
        assert_eq!(names, ["drop child", "drop parent"]);
    }

    #[test]
    fn drop_comes_before_recreate_and_drops_first_overall() {
        let steps = vec![
            step("create other").creates(t("other")),
            step("create x").creates(t("x")),
            step("drop x").drops(t("x")),
        ];
        let out = order(steps, &Database::default(), &Database::default()).unwrap();
        let names: Vec<_> = out.iter().map(|s| s.summary.as_str()).collect();
        assert_eq!(names, ["drop x", "create other", "create x"]);
    }

    fn names(steps: &[Step]) -> Vec<&str> {
        steps.iter().map(|s| s.summary.as_str()).collect()
    }

    fn col(table: &str, name: &str) -> ObjKey {
        ObjKey::Column {
            table: QualName::new("public", table),
            name: name.into(),
        }
    }

    fn default_of(table: &str, column: &str) -> ObjKey {
        ObjKey::Default {
            table: QualName::new("public", table),
            column: column.into(),
        }
    }

    #[test]
    fn a_held_back_step_takes_what_belongs_to_it() {
        let (mut current, mut desired) = (Database::default(), Database::default());
        let v = ObjKey::View {
            name: QualName::new("public", "v"),
        };
        let trigger = ObjKey::Trigger {
            table: QualName::new("public", "gone"),
            name: "trg".into(),
        };
        current.dependencies.insert((v.clone(), col("t", "a")));
        desired.dependencies.insert((v.clone(), col("t", "a")));
        let steps = vec![
            // A default dropped only for the retype to set it again.
            step("drop default").drops(default_of("t", "a")),
            // A view dropped and recreated around the retype.
            step("drop view").drops(v.clone()),
            step("retype")
                .creates(col("t", "a"))
                .creates(default_of("t", "a")),
            step("create view").creates(v.clone()),
            // A view taking the name of a table whose drop is held back.
            step("drop table gone").drops(t("gone")),
            step("drop trigger on gone").drops(trigger),
            step("create view gone").creates(ObjKey::View {
                name: QualName::new("public", "gone"),
            }),
            // Unrelated: runs.
            step("create other").creates(t("other")),
        ];
        let held = ["retype", "drop table gone"];
        let (kept, back) = hold_back(steps, &current, &desired, |s| {
            held.contains(&s.summary.as_str())
        });
        assert_eq!(names(&kept), ["create other"]);
        assert_eq!(
            names(&back),
            [
                "drop default",
                "drop view",
                "retype",
                "create view",
                "drop table gone",
                "drop trigger on gone",
                "create view gone"
            ]
        );
    }

    #[test]
    fn nothing_held_back_keeps_every_step() {
        let steps = vec![
            step("drop x").drops(t("x")),
            step("create x").creates(t("x")),
        ];
        let (kept, back) = hold_back(steps, &Database::default(), &Database::default(), |_| false);
        assert_eq!(names(&kept), ["drop x", "create x"]);
        assert!(back.is_empty());
    }

    #[test]
    fn a_cycle_is_an_error_naming_the_steps() {
        let mut desired = Database::default();
        desired.dependencies.insert((t("a"), t("b")));
        desired.dependencies.insert((t("b"), t("a")));
        let steps = vec![
            step("create a").creates(t("a")),
            step("create b").creates(t("b")),
        ];
        let err = order(steps, &Database::default(), &desired).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("create a") && text.contains("create b"),
            "{text}"
        );
    }

    #[test]
    fn output_is_deterministic() {
        let mk = || {
            (0..50)
                .map(|i| step(&format!("create t{i}")).creates(t(&format!("t{i}"))))
                .collect::<Vec<_>>()
        };
        let a: Vec<String> = order(mk(), &Database::default(), &Database::default())
            .unwrap()
            .into_iter()
            .map(|s| s.summary)
            .collect();
        let b: Vec<String> = order(mk(), &Database::default(), &Database::default())
            .unwrap()
            .into_iter()
            .map(|s| s.summary)
            .collect();
        assert_eq!(a, b);
        assert_eq!(a[0], "create t0");
    }
}
