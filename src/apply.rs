//! Running a plan against the target: the only stage that writes.
//!
//! Everything runs in one transaction, so a failing step leaves the
//! database as it was; the only exception is a step marked
//! `commit_after` (new enum labels), after which the transaction is
//! committed and a new one begun, because PostgreSQL refuses to use a
//! label in the transaction that added it. `lock_timeout` bounds how long
//! any DDL waits for a lock. A session advisory lock, taken by [`lock`]
//! before the target is read, keeps two driftless runs from interleaving.

use postgres::Client;

use crate::plan::{Plan, Step};
use crate::source::connect::describe;

/// Key of the advisory lock every driftless `apply` takes ("drift").
pub const ADVISORY_LOCK_KEY: i64 = 0x0064_7269_6674;

#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error("another driftless apply holds the lock on this database (waited {wait})")]
    Locked { wait: String },
    #[error(
        "step {number} ({summary}) failed: {cause}\n  statement: {statement}\nnothing was applied{partial}"
    )]
    Step {
        number: usize,
        summary: String,
        statement: String,
        cause: String,
        partial: String,
    },
    #[error("{0}")]
    Database(String),
}

fn db(e: postgres::Error) -> ApplyError {
    ApplyError::Database(describe(&e))
}

/// Takes the session advisory lock, waiting at most `wait` (a PostgreSQL
/// interval such as `10s`).
pub fn lock(client: &mut Client, wait: &str) -> Result<(), ApplyError> {
    client
        .batch_execute(&format!(
            "SET lock_timeout = {}",
            crate::model::quote_literal(wait)
        ))
        .map_err(db)?;
    match client.execute("SELECT pg_advisory_lock($1)", &[&ADVISORY_LOCK_KEY]) {
        Ok(_) => Ok(()),
        Err(e) if e.code() == Some(&postgres::error::SqlState::LOCK_NOT_AVAILABLE) => {
            Err(ApplyError::Locked { wait: wait.into() })
        }
        Err(e) => Err(db(e)),
    }
}

pub fn unlock(client: &mut Client) {
    let _ = client.execute("SELECT pg_advisory_unlock($1)", &[&ADVISORY_LOCK_KEY]);
}

/// Applies the plan's steps in order. `progress` is told about each step
/// before it runs. Returns the number of steps applied.
pub fn apply(
    client: &mut Client,
    plan: &Plan,
    lock_timeout: &str,
    mut progress: impl FnMut(usize, &Step),
) -> Result<usize, ApplyError> {
    let mut setup = format!(
        "SET LOCAL lock_timeout = {}",
        crate::model::quote_literal(lock_timeout)
    );
    for stmt in &plan.session {
        setup.push_str(";\n");
        setup.push_str(stmt);
    }
    let mut committed_steps = 0;
    let mut tx = client.transaction().map_err(db)?;
    tx.batch_execute(&setup).map_err(db)?;
    for (i, step) in plan.steps.iter().enumerate() {
        progress(i + 1, step);
        for statement in &step.sql {
            if let Err(e) = tx.batch_execute(statement) {
                let partial = if committed_steps > 0 {
                    format!(
                        " after step {committed_steps} (steps 1-{committed_steps} were committed: new enum labels)"
                    )
                } else {
                    String::new()
                };
                return Err(ApplyError::Step {
                    number: i + 1,
                    summary: step.summary.clone(),
                    statement: statement.clone(),
                    cause: describe(&e),
                    partial,
                });
            }
        }
        if step.commit_after && i + 1 < plan.steps.len() {
            tx.commit().map_err(db)?;
            committed_steps = i + 1;
            tx = client.transaction().map_err(db)?;
            tx.batch_execute(&setup).map_err(db)?;
        }
    }
    tx.commit().map_err(db)?;
    Ok(plan.steps.len())
}
