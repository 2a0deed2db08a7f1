//! Steps for objects compared by their DDL (see `model::ddl`): created by
//! their statements, dropped by name, rebuilt (drop and create, in the
//! plan's one transaction) when anything but the comment or the privileges
//! differs. What depends on a rebuilt object is recreated around it by
//! `dependents`, which uses the two step constructors here.

use super::Step;
use super::privileges::{self, Kind};
use super::sql::{comment, options_change, options_clause};
use crate::diff::Delta;
use crate::model::{DdlKind, DdlObject};

/// The privilege defaults of a kind that has privileges.
pub(super) fn privilege_kind(kind: DdlKind) -> Kind {
    match kind {
        DdlKind::Language => Kind::Language,
        DdlKind::ForeignDataWrapper | DdlKind::Server => Kind::ForeignData,
        _ => Kind::Function,
    }
}

fn summary(verb: &str, o: &DdlObject) -> String {
    format!("{verb} {} {}", o.kind, o.name)
}

fn comment_sql(o: &DdlObject) -> String {
    comment(o.kind.keyword(), &o.signature, o.comment.as_deref())
}

pub(super) fn create_step(o: &DdlObject) -> Step {
    let mut s = Step::new(summary("create", o)).creates(o.key());
    for (i, stmt) in o.create.iter().enumerate() {
        match &o.options {
            Some(options) if i == 0 => s = s.sql(format!("{stmt}{}", options_clause(options))),
            _ => s = s.sql(stmt.clone()),
        }
    }
    if o.comment.is_some() && o.kind.takes_comment() {
        s = s.sql(comment_sql(o));
    }
    match o.grant_target() {
        Some(on) => privileges::add(s, privilege_kind(o.kind), &on, None, None, &o.acl),
        None => s,
    }
}

pub(super) fn drop_step(o: &DdlObject) -> Step {
    Step::new(summary("drop", o))
        .sql(format!("DROP {}", o.target()))
        .drops(o.key())
}

pub(super) fn steps(d: &Delta<DdlObject>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => out.push(create_step(to)),
        Delta::Drop { from } => out.push(drop_step(from)),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            if from.create != to.create {
                out.push(drop_step(from));
                out.push(create_step(to));
                return;
            }
            let mut s = Step::new(summary("alter", to)).creates(to.key());
            if let (Some(old), Some(new)) = (&from.options, &to.options) {
                let items = options_change(old, new);
                if !items.is_empty() {
                    s = s.sql(format!(
                        "ALTER {} OPTIONS ({})",
                        to.target(),
                        items.join(", ")
                    ));
                }
            }
            if from.comment != to.comment && to.kind.takes_comment() {
                s = s.sql(comment_sql(to));
            }
            out.push(s);
        }
    }
}
