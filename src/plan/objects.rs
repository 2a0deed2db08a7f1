//! The dispatch of every change to the file that plans its kind, and the
//! privilege changes every kind shares.

use super::privileges::{self, Kind};
use super::{Models, Step};
use crate::diff::{Change, Delta};
use crate::model::{Acl, ObjKey};

pub(super) fn steps_for(ctx: &Models, change: &Change, out: &mut Vec<Step>) {
    let first = out.len();
    kind_steps(ctx, change, out);
    // Privileges of an object changed in place (a recreated object got
    // its privileges with its create step).
    let Some(change) = privilege_change(ctx, change) else {
        return;
    };
    if out[first..].iter().any(|s| s.drops.contains(&change.key)) {
        return;
    }
    let what = match change.column {
        Some(c) => format!("column {c} of {}", change.on.to_lowercase()),
        None => change.on.to_lowercase(),
    };
    let step = Step::new(format!("change privileges on {what}")).creates(change.key);
    let step = privileges::add(
        step,
        change.kind,
        &change.on,
        change.column,
        Some(change.from),
        change.to,
    );
    if !step.sql.is_empty() {
        out.push(step);
    }
}

/// The privileges of an object altered in place.
struct PrivilegeChange<'a> {
    kind: Kind,
    /// The `ON` target of `GRANT` (`TABLE public.t`).
    on: String,
    /// For column privileges, the column.
    column: Option<&'a str>,
    key: ObjKey,
    from: &'a Acl,
    to: &'a Acl,
}

/// For an object altered in place: its privilege kind, `ON` target, column
/// (for column privileges), key and both privilege lists.
fn privilege_change<'a>(ctx: &Models, change: &'a Change) -> Option<PrivilegeChange<'a>> {
    use super::tables::column_key;
    /// A privilege change of a whole object.
    fn whole<'a>(
        kind: Kind,
        on: String,
        key: ObjKey,
        from: &'a Acl,
        to: &'a Acl,
    ) -> PrivilegeChange<'a> {
        PrivilegeChange {
            kind,
            on,
            column: None,
            key,
            from,
            to,
        }
    }
    Some(match change {
        Change::Kind(k) => {
            let (kind, on, key, from, to) = k.privilege_change(ctx.current.version)?;
            whole(kind, on, key, from, to)
        }
        Change::Table(Delta::Alter { from, to }) => whole(
            Kind::Table(ctx.current.version),
            format!("TABLE {}", to.name),
            ObjKey::Table {
                name: to.name.clone(),
            },
            &from.acl,
            &to.acl,
        ),
        Change::Column {
            table,
            delta: Delta::Alter { from, to },
        } => PrivilegeChange {
            kind: Kind::Column,
            on: format!("TABLE {table}"),
            column: Some(to.name.as_str()),
            key: column_key(table, &to.name),
            from: &from.acl,
            to: &to.acl,
        },
        _ => return None,
    })
}

fn kind_steps(ctx: &Models, change: &Change, out: &mut Vec<Step>) {
    match change {
        Change::Table(d) => super::tables::table(ctx, d, out),
        Change::Column { table, delta } => super::tables::column(ctx, table, delta, out),
        Change::Constraint { table, delta } => super::tables::constraint(table, delta, out),
        Change::Kind(k) => k.steps(ctx, out),
    }
}
