//! Steps for objects compared by their DDL (see `model::ddl`): created by
//! their statements, dropped by name, rebuilt (drop and create, in the
//! plan's one transaction) when anything but the comment or the privileges
//! differs. What depends on a rebuilt object is recreated around it by
//! `dependents`, which uses the two step constructors here.

use super::privileges::{self, Kind};
use super::sql::comment;
use super::{Ctx, Step};
use crate::diff::Delta;
use crate::model::{DdlObject, quote_ident, quote_literal};

fn summary(verb: &str, o: &DdlObject) -> String {
    format!("{verb} {} {}", o.kind, o.name)
}

fn comment_sql(o: &DdlObject) -> String {
    comment(o.kind.keyword(), &o.signature, o.comment.as_deref())
}

/// ` OPTIONS (name 'value', ...)`, or nothing.
fn options_clause(options: &[(String, String)]) -> String {
    if options.is_empty() {
        return String::new();
    }
    let items: Vec<String> = options
        .iter()
        .map(|(k, v)| format!("{} {}", quote_ident(k), quote_literal(v)))
        .collect();
    format!(" OPTIONS ({})", items.join(", "))
}

/// The `OPTIONS (...)` items turning `from` into `to`, order included:
/// options that keep their place are set, the rest dropped and added
/// again in the desired order.
fn options_change(from: &[(String, String)], to: &[(String, String)]) -> Vec<String> {
    let kept = from
        .iter()
        .zip(to)
        .take_while(|((a, _), (b, _))| a == b)
        .count();
    let mut items = Vec::new();
    for ((k, old), (_, new)) in from[..kept].iter().zip(&to[..kept]) {
        if old != new {
            items.push(format!("SET {} {}", quote_ident(k), quote_literal(new)));
        }
    }
    for (k, _) in &from[kept..] {
        items.push(format!("DROP {}", quote_ident(k)));
    }
    for (k, v) in &to[kept..] {
        items.push(format!("ADD {} {}", quote_ident(k), quote_literal(v)));
    }
    items
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
        Some(on) => privileges::add(s, Kind::Function, &on, None, None, &o.acl),
        None => s,
    }
}

pub(super) fn drop_step(o: &DdlObject) -> Step {
    Step::new(summary("drop", o))
        .sql(format!("DROP {}", o.target()))
        .drops(o.key())
}

pub(super) fn steps(_ctx: &Ctx, d: &Delta<DdlObject>, out: &mut Vec<Step>) {
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

#[cfg(test)]
mod tests {
    use super::options_change;

    fn opts(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn options_keep_their_order() {
        let from = opts(&[("host", "a"), ("port", "1"), ("db", "x")]);
        assert_eq!(
            options_change(&from, &opts(&[("host", "b"), ("port", "1")])),
            ["SET host 'b'", "DROP db"]
        );
        assert_eq!(
            options_change(&from, &opts(&[("host", "a"), ("db", "x"), ("port", "1")])),
            ["DROP port", "DROP db", "ADD db 'x'", "ADD port '1'"]
        );
        assert!(options_change(&from, &from).is_empty());
    }
}
