//! Tables, their columns and their constraints.
//!
//! A created or dropped table is one change carrying its columns and
//! constraints; for a table on both sides, table-level attributes, each
//! column and each constraint are compared separately, so the planner can
//! order them independently (a foreign key after the table it references).

use std::collections::BTreeMap;

use super::TableChange as Change;
use crate::model::delta::{Delta, delta_of, pair_by_key, pair_renames};
use crate::model::{Column, Constraint, ConstraintKind, QualName, Table};

/// One side's tables, by name.
type ByName = BTreeMap<QualName, Table>;

/// The tables on both sides the plan drops and creates anew: those no
/// ALTER can turn into their desired selves ([`created_anew`]), and with
/// them their partitions (at every level) that stay partitions of the
/// same parent (dropping a partitioned table drops them; one that leaves
/// it is detached first, keeping its rows).
pub fn tables_created_anew<'a>(
    current: &'a ByName,
    desired: &'a ByName,
) -> std::collections::BTreeSet<&'a QualName> {
    let mut anew: std::collections::BTreeSet<&QualName> = pair_by_key(current, desired)
        .into_iter()
        .filter_map(|(f, t)| Some((f?, t?)))
        .filter(|(f, t)| created_anew(f, t))
        .map(|(f, _)| &f.name)
        .collect();
    let parent = |t: &'a Table| t.partition_of.as_ref().map(|(p, _)| p);
    loop {
        let more: Vec<&QualName> = current
            .values()
            .filter(|t| !anew.contains(&t.name))
            .filter(|t| {
                parent(t).is_some_and(|p| {
                    anew.contains(p) && desired.get(&t.name).and_then(parent) == Some(p)
                })
            })
            .map(|t| &t.name)
            .collect();
        if more.is_empty() {
            break;
        }
        anew.extend(more);
    }
    anew
}

pub(super) fn diff(current: &ByName, desired: &ByName, out: &mut Vec<Change>) {
    let anew = tables_created_anew(current, desired);
    for (from, to) in pair_by_key(current, desired) {
        match (from, to) {
            (None, Some(t)) => out.push(Change::Table(Delta::Create { to: t.clone() })),
            (Some(f), None) => out.push(Change::Table(Delta::Drop { from: f.clone() })),
            (Some(f), Some(t)) if anew.contains(&f.name) => {
                out.push(Change::Table(Delta::Drop { from: f.clone() }));
                out.push(Change::Table(Delta::Create { to: t.clone() }));
            }
            (Some(f), Some(t)) => alter(f, t, desired, out),
            (None, None) => {}
        }
    }
}

/// No ALTER turns a plain table into a partitioned one, changes a
/// partition key or a foreign table's server, or makes a table foreign or
/// local: the table is created anew.
pub fn created_anew(from: &Table, to: &Table) -> bool {
    from.partition_by != to.partition_by
        || from.foreign.as_ref().map(|x| &x.server) != to.foreign.as_ref().map(|x| &x.server)
}

/// Equal but for where the column comes from: a table attached to a parent
/// keeps its own copy of the column, a fresh build inherits it.
fn same_column(a: &Column, b: &Column) -> bool {
    Column {
        inherited: false,
        ..a.clone()
    } == Column {
        inherited: false,
        ..b.clone()
    }
}

fn same_constraint(a: &Constraint, b: &Constraint) -> bool {
    Constraint {
        inherited: false,
        ..a.clone()
    } == Constraint {
        inherited: false,
        ..b.clone()
    }
}

/// The column `c` of table `t` as a parent's `ADD COLUMN` creates it:
/// the parent's default and NOT NULL, no comment, the server's statistics
/// target and no options (`ALTER COLUMN ... SET` sets them table by
/// table).
fn arriving(t: &Table, c: &Column, desired: &ByName) -> Option<Column> {
    let parent = t.parents().find_map(|p| desired.get(p)?.column(&c.name))?;
    let mut arrives = Column {
        default: parent.default.clone(),
        not_null: parent.not_null,
        comment: None,
        ..c.clone()
    };
    arrives.settings.statistics = None;
    arrives.settings.options = Vec::new();
    Some(arrives)
}

/// The table without its columns and constraints (compared one by one),
/// built field by field: cloning the whole table first would copy them.
fn shell(t: &Table) -> Table {
    let Table {
        name,
        unlogged,
        options,
        comment,
        row_security,
        force_row_security,
        partition_by,
        partition_of,
        inherits,
        columns: _,
        constraints: _,
        acl,
        foreign,
        owner,
        of_type,
        replica_identity,
        clustered_on,
        access_method,
    } = t;
    Table {
        name: name.clone(),
        unlogged: *unlogged,
        options: options.clone(),
        comment: comment.clone(),
        row_security: *row_security,
        force_row_security: *force_row_security,
        of_type: of_type.clone(),
        partition_by: partition_by.clone(),
        partition_of: partition_of.clone(),
        inherits: inherits.clone(),
        columns: Vec::new(),
        constraints: BTreeMap::new(),
        acl: acl.clone(),
        foreign: foreign.clone(),
        owner: owner.clone(),
        replica_identity: replica_identity.clone(),
        clustered_on: clustered_on.clone(),
        access_method: access_method.clone(),
    }
}

fn alter(from: &Table, to: &Table, desired: &ByName, out: &mut Vec<Change>) {
    if shell(from) != shell(to) {
        out.push(Change::Table(Delta::Alter {
            from: shell(from),
            to: shell(to),
        }));
    }
    let name = &to.name;
    // A parent the table gains (`INHERIT`) must find its columns and
    // checks on the table already: they are the table's own first.
    let new_parents: Vec<&Table> = to
        .inherits
        .iter()
        .filter(|p| !from.inherits.contains(p))
        .filter_map(|p| desired.get(p))
        .collect();
    let from_new_parent = |c: &Column| new_parents.iter().any(|p| p.column(&c.name).is_some());
    // Columns, in the desired order, then the dropped ones. A column that
    // comes from a parent is created, changed and dropped through it.
    for c in &to.columns {
        let delta = match from.column(&c.name) {
            None if c.inherited && from_new_parent(c) => Some(Delta::Create { to: c.clone() }),
            // A column new on the parent arrives with the parent's default
            // and NOT NULL; what this table sets itself (its own default,
            // NOT NULL, comment) is a change after that.
            None if c.inherited => {
                arriving(to, c, desired)
                    .filter(|f| !same_column(f, c))
                    .map(|f| Delta::Alter {
                        from: f,
                        to: c.clone(),
                    })
            }
            None => Some(Delta::Create { to: c.clone() }),
            Some(f) if !same_column(f, c) => Some(Delta::Alter {
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
    // Leaving a parent keeps its columns and checks as the table's own:
    // those the desired table lacks must then be dropped like any other.
    let leaves_parent = from.inherits.iter().any(|p| !to.inherits.contains(p))
        || (from.partition_of.is_some() && to.partition_of.is_none());
    for c in &from.columns {
        if to.column(&c.name).is_none() && (!c.inherited || leaves_parent) {
            out.push(Change::Column {
                table: name.clone(),
                delta: Delta::Drop { from: c.clone() },
            });
        }
    }
    let check_of_new_parent = |c: &Constraint| {
        new_parents.iter().any(|p| {
            p.constraints.values().any(|pc| {
                pc.name == c.name
                    && pc.kind == ConstraintKind::Check
                    && !pc.definition.ends_with(" NO INHERIT")
            })
        })
    };
    let mut deltas: Vec<Delta<Constraint>> = pair_by_key(&from.constraints, &to.constraints)
        .into_iter()
        .filter(|(f, t)| {
            leaves_parent
                || (f.is_none() && t.is_some_and(check_of_new_parent))
                || !(f.is_none_or(|c| c.inherited) && t.is_none_or(|c| c.inherited))
        })
        .filter_map(|(f, t)| match (f, t) {
            (Some(a), Some(b)) if same_constraint(a, b) => None,
            _ => delta_of(f, t),
        })
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
