//! Enum types: created whole, labels added in place (`ADD VALUE ...
//! BEFORE/AFTER`), or rebuilt when labels are removed or reordered.
//!
//! A rebuild renames the old type away, creates the new one, converts every
//! column that uses it through `text`, and drops the old type: data is kept
//! wherever its label still exists. Defaults, constraints and indexes that
//! name a label depend on the old type, so `dependents` drops them before
//! and sets them again after.

use super::sql::comment;
use super::{HazardCode, Models, Step};
use crate::diff::{Delta, needs_rebuild};
use crate::model::{EnumType, ObjKey, quote_literal};

fn key(e: &EnumType) -> ObjKey {
    ObjKey::Type {
        name: e.name.clone(),
    }
}

fn labels(e: &EnumType) -> String {
    e.labels
        .iter()
        .map(|l| quote_literal(l))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn steps(ctx: &Models, d: &Delta<EnumType>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } if super::types::created_by_kind_change(ctx, &to.name) => {}
        Delta::Create { to } => out.push(create_step(to)),
        Delta::Drop { from } if super::types::created_by_kind_change(ctx, &from.name) => {
            out.push(super::types::drop_or_replace_type(ctx, &from.name, "TYPE"))
        }
        Delta::Drop { from } => out.push(
            Step::new(format!("drop type {}", from.name))
                .sql(format!("DROP TYPE IF EXISTS {}", from.name))
                .drops(key(from))
                .destructive("drops the type"),
        ),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            if needs_rebuild(from, to) {
                out.push(rebuild(ctx, from, to));
                return;
            }
            let mut s = Step::new(format!("alter type {}", to.name)).creates(key(to));
            let mut present: Vec<&String> = from.labels.iter().collect();
            for (i, label) in to.labels.iter().enumerate() {
                if present.contains(&label) {
                    continue;
                }
                // The previous desired label is already in the type (kept
                // or just added); the first label goes before the old first.
                let position = match (i.checked_sub(1), present.first()) {
                    (Some(p), _) => format!(" AFTER {}", quote_literal(&to.labels[p])),
                    (None, Some(first)) => format!(" BEFORE {}", quote_literal(first)),
                    (None, None) => String::new(),
                };
                s = s.sql(format!(
                    "ALTER TYPE {} ADD VALUE IF NOT EXISTS {}{position}",
                    to.name,
                    quote_literal(label)
                ));
                present.push(label);
            }
            if from.labels != to.labels {
                s.commit_after = true;
                s = s.hazard(
                    HazardCode::EnumLabel,
                    "new labels cannot be used until the transaction that adds them commits",
                );
            }
            if from.comment != to.comment {
                s = s.sql(comment("TYPE", &to.name.to_string(), to.comment.as_deref()));
            }
            out.push(s);
        }
    }
}

pub(super) fn create_step(to: &EnumType) -> Step {
    let mut s = Step::new(format!("create type {}", to.name))
        .sql(format!("CREATE TYPE {} AS ENUM ({})", to.name, labels(to)))
        .creates(key(to));
    if to.comment.is_some() {
        s = s.sql(comment("TYPE", &to.name.to_string(), to.comment.as_deref()));
    }
    let on = format!("TYPE {}", to.name);
    super::privileges::add(s, super::privileges::Kind::Type, &on, None, None, &to.acl)
}

fn rebuild(ctx: &Models, from: &EnumType, to: &EnumType) -> Step {
    let s = super::types::rebuild_step(
        ctx,
        &to.name,
        "TYPE",
        format!("rebuild type {} with new labels", to.name),
        create_step(to).sql,
        "text",
    );
    let removed: Vec<&String> = from
        .labels
        .iter()
        .filter(|l| !to.labels.contains(l))
        .collect();
    if removed.is_empty() {
        s
    } else {
        let list = removed
            .iter()
            .map(|l| quote_literal(l))
            .collect::<Vec<_>>()
            .join(", ");
        s.destructive(format!(
            "removes label(s) {list}: rows holding them make the conversion fail"
        ))
    }
}
