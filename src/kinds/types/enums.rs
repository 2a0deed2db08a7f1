//! Enum types (`CREATE TYPE ... AS ENUM`): created whole, labels added
//! in place (`ADD VALUE ... BEFORE/AFTER`), or rebuilt when labels are
//! removed or reordered ([`needs_rebuild`]).
//!
//! A rebuild (`super::rebuild_step`) renames the old type away, creates
//! the new one, converts every column that uses it through `text`, and
//! drops the old type: data is kept wherever its label still exists.
//! Defaults, constraints and indexes that name a label depend on the old
//! type, so `plan::dependents` drops them before and sets them again
//! after.

use serde::{Deserialize, Serialize};

use crate::model::delta::Delta;
use crate::model::{Acl, Grant, ObjKey, QualName, quote_ident, quote_literal};
use crate::step::privileges;
use crate::step::sql::comment;
use crate::step::{HazardCode, Models, Step};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnumType {
    pub name: QualName,
    pub labels: Vec<String>,
    pub comment: Option<String>,
    pub acl: Acl,
    /// The owning role, as SQL; `None` when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// One enum type as the catalog reader's `enums` document spells it.
#[derive(Deserialize)]
pub struct Row {
    schema: String,
    name: String,
    labels: Vec<String>,
    comment: Option<String>,
    acl: Vec<Grant>,
    owner: Option<String>,
}

impl From<Row> for EnumType {
    fn from(r: Row) -> EnumType {
        EnumType {
            name: QualName::new(r.schema, r.name),
            labels: r.labels,
            comment: r.comment,
            acl: Some(r.acl),
            owner: r.owner,
        }
    }
}

/// The kind.
pub struct Enums;

type_kind!(Enums, EnumType, "type", "TYPE"; hints: rename_hints);

/// An enum dropped and one with the same labels created in the same
/// schema: the `@renamed` line that keeps its columns' values.
fn rename_hints(changes: &[&Delta<EnumType>]) -> Vec<String> {
    let mut hints = Vec::new();
    for c in changes {
        let Delta::Drop { from } = c else {
            continue;
        };
        let created = changes.iter().find_map(|c| match c {
            Delta::Create { to }
                if to.name.schema == from.name.schema && to.labels == from.labels =>
            {
                Some(to)
            }
            _ => None,
        });
        if let Some(to) = created {
            hints.push(format!(
                "hint: if type {} was renamed to {}, end the line `CREATE TYPE {} ...` with `-- @renamed from={}`: its columns keep their values",
                from.name,
                to.name,
                to.name,
                quote_ident(&from.name.name)
            ));
        }
    }
    hints
}

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

fn steps(ctx: &Models, d: &Delta<EnumType>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } if super::created_by_kind_change(ctx, &to.name) => {}
        Delta::Create { to } => out.push(create_step(to)),
        Delta::Drop { from } if super::created_by_kind_change(ctx, &from.name) => {
            out.push(super::drop_or_replace_type(ctx, &from.name, "TYPE"))
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
    privileges::add(s, privileges::Kind::Type, &on, None, None, &to.acl)
}

fn rebuild(ctx: &Models, from: &EnumType, to: &EnumType) -> Step {
    let s = super::rebuild_step(
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

/// True when `to` cannot be reached from `from` with `ALTER TYPE ... ADD
/// VALUE`: a label was removed, or two kept labels swapped places.
pub(super) fn needs_rebuild(from: &EnumType, to: &EnumType) -> bool {
    let kept: Vec<&String> = to
        .labels
        .iter()
        .filter(|l| from.labels.contains(l))
        .collect();
    kept.len() != from.labels.len() || kept.iter().zip(&from.labels).any(|(a, b)| *a != b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(labels: &[&str]) -> EnumType {
        EnumType {
            name: QualName::new("public", "e"),
            labels: labels.iter().map(|s| s.to_string()).collect(),
            comment: None,
            acl: None,
            owner: None,
        }
    }

    #[test]
    fn adding_labels_anywhere_is_in_place() {
        assert!(!needs_rebuild(&e(&["a", "c"]), &e(&["a", "b", "c", "d"])));
        assert!(!needs_rebuild(&e(&["a"]), &e(&["z", "a"])));
    }

    #[test]
    fn removing_or_reordering_rebuilds() {
        assert!(needs_rebuild(&e(&["a", "b"]), &e(&["a"])));
        assert!(needs_rebuild(&e(&["a", "b"]), &e(&["b", "a"])));
        assert!(needs_rebuild(&e(&["a", "b"]), &e(&["b", "x", "a"])));
    }
}
