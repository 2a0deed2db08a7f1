//! Row-level security policies: `ALTER POLICY` for roles and expressions,
//! drop and create for what it cannot change (command, permissiveness, a
//! removed expression).

use super::sql::comment;
use super::{HazardCode, Step};
use crate::diff::Delta;
use crate::model::{ObjKey, Policy, quote_ident};

fn key(p: &Policy) -> ObjKey {
    ObjKey::Policy {
        table: p.id.table.clone(),
        name: p.id.name.clone(),
    }
}

fn target(p: &Policy) -> String {
    format!("{} ON {}", quote_ident(&p.id.name), p.id.table)
}

fn roles(p: &Policy) -> String {
    if p.roles.is_empty() {
        "PUBLIC".into()
    } else {
        p.roles.join(", ")
    }
}

pub(super) fn create_step(p: &Policy) -> Step {
    let mut sql = format!(
        "CREATE POLICY {} AS {} FOR {} TO {}",
        target(p),
        if p.permissive {
            "PERMISSIVE"
        } else {
            "RESTRICTIVE"
        },
        p.command,
        roles(p)
    );
    if let Some(u) = &p.using {
        sql.push_str(&format!(" USING ({u})"));
    }
    if let Some(c) = &p.check {
        sql.push_str(&format!(" WITH CHECK ({c})"));
    }
    let mut s = Step::new(format!(
        "create policy {}",
        target(p).replace(" ON ", " on ")
    ))
    .sql(sql)
    .creates(key(p))
    .hazard(
        HazardCode::Authorization,
        format!("changes who may see or change rows of {}", p.id.table),
    );
    if p.comment.is_some() {
        s = s.sql(comment("POLICY", &target(p), p.comment.as_deref()));
    }
    s
}

pub(super) fn drop_step(p: &Policy) -> Step {
    Step::new(format!("drop policy {}", target(p).replace(" ON ", " on ")))
        .sql(format!("DROP POLICY IF EXISTS {}", target(p)))
        .drops(key(p))
        .hazard(
            HazardCode::Authorization,
            format!("changes who may see or change rows of {}", p.id.table),
        )
}

pub(super) fn steps(d: &Delta<Policy>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => out.push(create_step(to)),
        Delta::Drop { from } => out.push(drop_step(from)),
        Delta::Rename { from, to } => {
            let mut s = Step::new(format!(
                "rename policy {} to {}",
                target(from).replace(" ON ", " on "),
                quote_ident(&to.id.name)
            ))
            .sql(format!(
                "ALTER POLICY {} RENAME TO {}",
                target(from),
                quote_ident(&to.id.name)
            ))
            .drops(key(from))
            .creates(key(to))
            .keeping();
            if from.comment != to.comment {
                s = s.sql(comment("POLICY", &target(to), to.comment.as_deref()));
            }
            out.push(s);
        }
        Delta::Alter { from, to } => {
            let recreate = from.permissive != to.permissive
                || from.command != to.command
                || (from.using.is_some() && to.using.is_none())
                || (from.check.is_some() && to.check.is_none());
            if recreate {
                out.push(drop_step(from));
                out.push(create_step(to));
                return;
            }
            let mut clauses = Vec::new();
            if from.roles != to.roles {
                clauses.push(format!("TO {}", roles(to)));
            }
            if from.using != to.using
                && let Some(u) = &to.using
            {
                clauses.push(format!("USING ({u})"));
            }
            if from.check != to.check
                && let Some(c) = &to.check
            {
                clauses.push(format!("WITH CHECK ({c})"));
            }
            let mut s = Step::new(format!(
                "alter policy {}",
                target(to).replace(" ON ", " on ")
            ))
            .creates(key(to));
            if !clauses.is_empty() {
                s = s
                    .sql(format!("ALTER POLICY {} {}", target(to), clauses.join(" ")))
                    .hazard(
                        HazardCode::Authorization,
                        format!("changes who may see or change rows of {}", to.id.table),
                    );
            }
            if from.comment != to.comment {
                s = s.sql(comment("POLICY", &target(to), to.comment.as_deref()));
            }
            out.push(s);
        }
    }
}
