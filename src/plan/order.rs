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
//!    share a name in one schema (an index and a constraint's index).
//! 4. **Emission order per key** — several in-place steps on one key keep
//!    the order the planner emitted them in.
//!
//! Among steps whose predecessors are done, pure drops come first, then
//! the rest in emission order (which the diff made sorted by kind and
//! name): the output is the same on every run.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap};

use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};

use super::{PlanError, Step};
use crate::model::{ConstraintKind, Database, ObjKey, QualName};

/// The pg_class name a key occupies, if any: relations in one schema share
/// a namespace, so dropping one frees the name for another.
fn relation_name(key: &ObjKey, db: &Database) -> Option<QualName> {
    match key {
        ObjKey::Table { name } | ObjKey::Sequence { name } | ObjKey::Index { name } => {
            Some(name.clone())
        }
        ObjKey::Constraint { table, name } => {
            let c = db.tables.get(table)?.constraints.get(name)?;
            matches!(
                c.kind,
                ConstraintKind::PrimaryKey | ConstraintKind::Unique | ConstraintKind::Exclusion
            )
            .then(|| QualName::new(table.schema.clone(), name.clone()))
        }
        _ => None,
    }
}

pub fn order(
    steps: Vec<Step>,
    current: &Database,
    desired: &Database,
) -> Result<Vec<Step>, PlanError> {
    let n = steps.len();
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
    let mut edges: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut edge = |a: usize, b: usize| {
        if a != b {
            edges.insert((a, b));
        }
    };
    for (s, step) in steps.iter().enumerate() {
        // Rule 1.
        for k in &step.creates {
            for d in desired.dependencies_of(k) {
                for &t in creators.get(d).into_iter().flatten() {
                    edge(t, s);
                }
            }
        }
        for k in &step.needs {
            for &t in creators.get(k).into_iter().flatten() {
                edge(t, s);
            }
        }
        // Rule 2 (an invalidated key counts as dropped for its users).
        for k in step.drops.iter().chain(&step.invalidates) {
            for r in dependents.get(k).into_iter().flatten() {
                for &t in droppers.get(r).into_iter().flatten() {
                    edge(t, s);
                }
                // An in-place alter of a user goes first only if it stops
                // the use (a column's type changes away from a dropped type).
                let still_uses = desired.dependencies.contains(&((*r).clone(), k.clone()));
                if !droppers.contains_key(r) && !still_uses {
                    for &t in creators.get(r).into_iter().flatten() {
                        edge(t, s);
                    }
                }
            }
        }
        // Rule 3.
        for k in &step.drops {
            for &t in creators.get(k).into_iter().flatten() {
                edge(s, t);
            }
        }
    }
    // Rule 3, relation names.
    let mut freed: BTreeMap<QualName, Vec<usize>> = BTreeMap::new();
    for (i, s) in steps.iter().enumerate() {
        for k in &s.drops {
            if let Some(name) = relation_name(k, current) {
                freed.entry(name).or_default().push(i);
            }
        }
    }
    for (i, s) in steps.iter().enumerate() {
        for k in &s.creates {
            if let Some(name) = relation_name(k, desired) {
                for &d in freed.get(&name).into_iter().flatten() {
                    edge(d, i);
                }
            }
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
            edge(w[0], w[1]);
        }
    }

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
