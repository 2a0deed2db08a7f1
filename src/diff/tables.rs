//! Tables, their columns and their constraints.
//!
//! A created or dropped table is one change carrying its columns and
//! constraints; for a table on both sides, table-level attributes, each
//! column and each constraint are compared separately, so the planner can
//! order them independently (a foreign key after the table it references).

use std::collections::BTreeMap;

use super::indexes::pair_renames;
use super::{Change, Delta, pair, simple};
use crate::model::{Constraint, Database, Table};

pub fn diff(current: &Database, desired: &Database, out: &mut Vec<Change>) {
    for (from, to) in pair(&current.tables, &desired.tables) {
        match (from, to) {
            (None, Some(t)) => out.push(Change::Table(Delta::Create { to: t.clone() })),
            (Some(f), None) => out.push(Change::Table(Delta::Drop { from: f.clone() })),
            (Some(f), Some(t)) => alter(f, t, out),
            (None, None) => {}
        }
    }
}

fn shell(t: &Table) -> Table {
    Table {
        columns: Vec::new(),
        constraints: BTreeMap::new(),
        ..t.clone()
    }
}

fn alter(from: &Table, to: &Table, out: &mut Vec<Change>) {
    if shell(from) != shell(to) {
        out.push(Change::Table(Delta::Alter {
            from: shell(from),
            to: shell(to),
        }));
    }
    let name = &to.name;
    // Columns, in the desired order, then the dropped ones.
    for c in &to.columns {
        let delta = match from.column(&c.name) {
            None => Some(Delta::Create { to: c.clone() }),
            Some(f) if f != c => Some(Delta::Alter {
                from: f.clone(),
                to: c.clone(),
            }),
            Some(_) => None,
        };
        if let Some(delta) = delta {
            out.push(Change::Column {
                table: name.clone(),
                delta,
            });
        }
    }
    for c in &from.columns {
        if to.column(&c.name).is_none() {
            out.push(Change::Column {
                table: name.clone(),
                delta: Delta::Drop { from: c.clone() },
            });
        }
    }
    let mut deltas: Vec<Delta<Constraint>> = pair(&from.constraints, &to.constraints)
        .into_iter()
        .filter_map(|(f, t)| simple(f, t))
        .collect();
    // pg_get_constraintdef does not contain the constraint's own name.
    pair_renames(&mut deltas, |a, b| {
        a.kind == b.kind && a.definition == b.definition
    });
    out.extend(deltas.into_iter().map(|delta| Change::Constraint {
        table: name.clone(),
        delta,
    }));
}
