//! Steps for indexes (those behind constraints are the constraints':
//! see `tables.rs`).

use super::sql::{comment, create_index};
use super::{HazardCode, Models, Op, Step, partition_copies};
use crate::diff::Delta;
use crate::model::{Index, ObjKey, quote_ident};

pub(super) fn index(ctx: &Models, d: &Delta<Index>, out: &mut Vec<Step>) {
    let key = |i: &Index| ObjKey::Index {
        name: i.name.clone(),
    };
    match d {
        Delta::Create { to } => {
            out.push(create_index_step(
                to,
                ctx.current.tables.contains_key(&to.table),
            ));
            partition_copies::index_parts(None, to, out);
        }
        Delta::Drop { from } => {
            // An index of a dropped table (or materialized view) goes with
            // it; one of a relation that stays is dropped on its own.
            if ctx.desired.tables.contains_key(&from.table)
                || ctx.desired.kinds.views.contains_key(&from.table)
            {
                out.push(drop_index_step(from));
            }
        }
        Delta::Alter { from, to } => {
            if from.body != to.body || from.unique != to.unique || from.valid != to.valid {
                out.push(drop_index_step(from));
                out.push(create_index_step(to, true));
                partition_copies::index_parts(None, to, out);
                return;
            }
            if from.comment != to.comment {
                out.push(
                    Step::new(format!("change comment on index {}", to.name))
                        .sql(comment(
                            "INDEX",
                            &to.name.to_string(),
                            to.comment.as_deref(),
                        ))
                        .creates(key(to)),
                );
            }
            partition_copies::index_parts(Some(from), to, out);
        }
        Delta::Rename { from, to } => {
            let mut s = Step::new(format!(
                "rename index {} to {}",
                from.name,
                quote_ident(&to.name.name)
            ))
            .sql(format!(
                "ALTER INDEX IF EXISTS {} RENAME TO {}",
                from.name,
                quote_ident(&to.name.name)
            ))
            .drops(key(from))
            .creates(key(to))
            .keeping();
            if from.comment != to.comment {
                s = s.sql(comment(
                    "INDEX",
                    &to.name.to_string(),
                    to.comment.as_deref(),
                ));
            }
            out.push(s);
            partition_copies::index_parts(Some(from), to, out);
        }
    }
}

/// `existing`: whether the table exists before the plan (only then does
/// the build block anyone).
pub(super) fn create_index_step(i: &Index, existing: bool) -> Step {
    let mut s = Step::new(format!("create index {} on {}", i.name, i.table))
        .sql(create_index(i))
        .creates(ObjKey::Index {
            name: i.name.clone(),
        });
    if existing {
        s = s.hazard(
            HazardCode::IndexBuild,
            format!("building the index blocks writes to {}", i.table),
        );
    }
    if i.comment.is_some() {
        s = s.sql(comment("INDEX", &i.name.to_string(), i.comment.as_deref()));
    }
    s
}

pub(super) fn drop_index_step(i: &Index) -> Step {
    Step::new(format!("drop index {}", i.name))
        .sql(Op::DropIndex {
            concurrently: false,
            name: i.name.clone(),
        })
        .drops(ObjKey::Index {
            name: i.name.clone(),
        })
}
