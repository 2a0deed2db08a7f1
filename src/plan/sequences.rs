//! Steps for sequences (an identity's sequence is its column's: see
//! `tables.rs`).

use super::privileges::{self, Kind};
use super::sql::{self, comment, sequence_option_changes, sequence_options};
use super::{Models, Step};
use crate::diff::Delta;
use crate::model::{ObjKey, Sequence};

fn owner_sql(s: &Sequence) -> String {
    match &s.owned_by {
        Some((t, c)) => format!(
            "ALTER SEQUENCE {} OWNED BY {}",
            s.name,
            sql::column_target(t, c)
        ),
        None => format!("ALTER SEQUENCE {} OWNED BY NONE", s.name),
    }
}

pub(super) fn sequence(ctx: &Models, d: &Delta<Sequence>, out: &mut Vec<Step>) {
    let key = |s: &Sequence| ObjKey::Sequence {
        name: s.name.clone(),
    };
    let owner = |s: &Sequence| ObjKey::SequenceOwner {
        name: s.name.clone(),
    };
    match d {
        Delta::Create { to } => {
            let mut s = Step::new(format!("create sequence {}", to.name))
                .sql(format!(
                    "CREATE SEQUENCE IF NOT EXISTS {} {}",
                    to.name,
                    sequence_options(&to.options, true)
                ))
                .creates(key(to));
            if to.comment.is_some() {
                s = s.sql(comment(
                    "SEQUENCE",
                    &to.name.to_string(),
                    to.comment.as_deref(),
                ));
            }
            let on = format!("SEQUENCE {}", to.name);
            out.push(privileges::add(s, Kind::Sequence, &on, None, None, &to.acl));
            if to.owned_by.is_some() {
                out.push(
                    Step::new(format!("set owner column of sequence {}", to.name))
                        .sql(owner_sql(to))
                        .creates(owner(to)),
                );
            }
        }
        Delta::Drop { from } => out.push(
            Step::new(format!("drop sequence {}", from.name))
                .sql(format!("DROP SEQUENCE IF EXISTS {}", from.name))
                // Not the OWNED BY link: dropping the owning column drops
                // the sequence too, so that order must stay possible.
                .drops(key(from))
                .destructive("drops the sequence and its current value"),
        ),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            let mut changes = sequence_option_changes(&from.options, &to.options, true);
            let restart = super::sql::restart_for_bounds(
                &from.options,
                &to.options,
                ctx.current.sequence_values.get(&key(to)).copied(),
            );
            if restart.is_some() {
                changes.push("RESTART".into());
            }
            if !changes.is_empty() || from.comment != to.comment {
                let mut s = Step::new(format!("alter sequence {}", to.name)).creates(key(to));
                if let Some(super::sql::Restart::ReusesValues(why)) = &restart {
                    s = s.destructive(format!("{} {why}", to.name));
                }
                if !changes.is_empty() {
                    s = s.sql(format!("ALTER SEQUENCE {} {}", to.name, changes.join(" ")));
                }
                if from.comment != to.comment {
                    s = s.sql(comment(
                        "SEQUENCE",
                        &to.name.to_string(),
                        to.comment.as_deref(),
                    ));
                }
                out.push(s);
            }
            if from.owned_by != to.owned_by {
                let mut s = Step::new(format!("change owner column of sequence {}", to.name))
                    .sql(owner_sql(to));
                if from.owned_by.is_some() {
                    s = s.drops(owner(from));
                }
                if to.owned_by.is_some() {
                    s = s.creates(owner(to));
                }
                out.push(s);
            }
        }
    }
}
