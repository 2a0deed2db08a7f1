//! Running a plan against the target: the only stage that writes.
//!
//! Everything runs in one transaction, so a failing step leaves the
//! database as it was. The exceptions: a step marked `commit_after` (new
//! enum labels) commits before the rest, because PostgreSQL refuses to use
//! a label in the transaction that added it; and online-mode steps that
//! cannot run in a transaction (`CREATE INDEX CONCURRENTLY`) run on their
//! own. `lock_timeout` bounds how long any DDL waits for a lock, and
//! `statement_timeout` is set per step: short for steps that only touch
//! the catalog, long for steps that scan, rewrite or index a table (see
//! [`Timeouts`]). A session advisory lock, taken by [`lock`] before the
//! target is read, keeps two driftless runs from interleaving.

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
    #[error("{file} failed: {cause}\n  statement: {statement}\n{note}")]
    Migration {
        file: String,
        statement: String,
        cause: String,
        note: String,
    },
    #[error("{0}")]
    Database(String),
}

fn db(e: postgres::Error) -> ApplyError {
    ApplyError::Database(describe(&e))
}

/// Per-statement limits `apply` sets, as PostgreSQL intervals (`10s`,
/// `5min`; `0` means no limit).
#[derive(Debug, Clone)]
pub struct Timeouts {
    /// How long a statement may wait for a lock before it is retried.
    pub lock: String,
    /// `statement_timeout` for steps that only change the catalog.
    pub statement: String,
    /// `statement_timeout` for steps that scan, rewrite or index a table.
    pub long_statement: String,
}

/// The defaults of [`Timeouts`] and of the command line.
pub const DEFAULT_LOCK_TIMEOUT: &str = "10s";
pub const DEFAULT_STATEMENT_TIMEOUT: &str = "5min";
pub const DEFAULT_LONG_STATEMENT_TIMEOUT: &str = "0";
/// How long to wait for another apply's advisory lock, by default.
pub const DEFAULT_LOCK_WAIT: &str = "60s";

impl Default for Timeouts {
    fn default() -> Timeouts {
        Timeouts {
            lock: DEFAULT_LOCK_TIMEOUT.into(),
            statement: DEFAULT_STATEMENT_TIMEOUT.into(),
            long_statement: DEFAULT_LONG_STATEMENT_TIMEOUT.into(),
        }
    }
}

impl Timeouts {
    fn for_step(&self, step: &Step) -> &str {
        if step.is_long_running() {
            &self.long_statement
        } else {
            &self.statement
        }
    }
}

/// Takes the session advisory lock, waiting at most `wait` (a PostgreSQL
/// interval such as `10s`).
pub fn lock(client: &mut Client, wait: &str) -> Result<(), ApplyError> {
    client
        .batch_execute(&set("lock_timeout", wait, false))
        .map_err(db)?;
    match client.execute("SELECT pg_advisory_lock($1)", &[&ADVISORY_LOCK_KEY]) {
        Ok(_) => Ok(()),
        Err(e) if is_lock_timeout(&e) => Err(ApplyError::Locked { wait: wait.into() }),
        Err(e) => Err(db(e)),
    }
}

pub fn unlock(client: &mut Client) {
    let _ = client.execute("SELECT pg_advisory_unlock($1)", &[&ADVISORY_LOCK_KEY]);
}

/// How often a step that timed out waiting for a lock is tried again.
pub const LOCK_RETRIES: u32 = 3;

fn is_lock_timeout(e: &postgres::Error) -> bool {
    e.code() == Some(&postgres::error::SqlState::LOCK_NOT_AVAILABLE)
}

/// `SET [LOCAL] name = 'value'`.
fn set(name: &str, value: &str, local: bool) -> String {
    format!(
        "SET {}{name} = {}",
        if local { "LOCAL " } else { "" },
        crate::model::quote_literal(value)
    )
}

/// Runs `run` (told the attempt number, from 0) until it succeeds, fails
/// other than by `timed_out`, or has timed out [`LOCK_RETRIES`] + 1 times,
/// pausing a little longer before each new attempt.
fn with_lock_retries<T, E>(
    mut run: impl FnMut(u32) -> Result<T, E>,
    timed_out: impl Fn(&E) -> bool,
) -> Result<T, E> {
    let mut attempt = 0;
    loop {
        match run(attempt) {
            Err(e) if timed_out(&e) && attempt < LOCK_RETRIES => {
                attempt += 1;
                std::thread::sleep(std::time::Duration::from_millis(500 * u64::from(attempt)));
            }
            outcome => return outcome,
        }
    }
}

/// At most this many statements are sent to the server in one round trip.
pub const BATCH_STATEMENTS: usize = 200;
/// At most this many bytes of SQL are sent in one round trip (a batch
/// closes after the statement that crosses it).
pub const BATCH_BYTES: usize = 1 << 20;

/// How a group of transactional steps failed: at a statement (the index
/// of its step, the statement, the error), somewhere in the batch that
/// starts at a step (the group is then replayed statement by statement to
/// name it), or around them.
enum GroupFailure {
    At(usize, String, postgres::Error),
    InBatch(usize, postgres::Error),
    Other(ApplyError),
}

impl GroupFailure {
    fn timed_out(&self) -> bool {
        match self {
            GroupFailure::At(_, _, e) | GroupFailure::InBatch(_, e) => is_lock_timeout(e),
            GroupFailure::Other(_) => false,
        }
    }
}

/// What [`apply`] tells its caller as it goes, for progress lines.
#[derive(Debug, Clone, Copy)]
pub enum Event<'a> {
    /// Step `number` (1-based) starts, sent to the server together with
    /// the steps up to `last` (`last == number`: alone). `attempt` is above
    /// 0 when its transaction runs again after a lock timeout.
    Started {
        number: usize,
        last: usize,
        step: &'a Step,
        attempt: u32,
    },
    /// Step `number`'s statements ran; `elapsed` is the time of the round
    /// trip that carried steps `first` to `last` (a step in a transaction
    /// is committed with the rest of it).
    Finished {
        number: usize,
        first: usize,
        last: usize,
        step: &'a Step,
        elapsed: std::time::Duration,
    },
}

/// A failed batch is not run again to name the failing statement when the
/// user interrupted the apply, or when a cancel (a statement timeout) hit a
/// batch of one step: running it again would only wait as long again.
fn needs_no_replay(e: &postgres::Error, start: usize, ranges: &[std::ops::Range<usize>]) -> bool {
    let alone = ranges.iter().any(|r| r.start == start && r.len() == 1);
    crate::interrupt::interrupted()
        || (alone && e.code() == Some(&postgres::error::SqlState::QUERY_CANCELED))
}

/// Splits a run of transactional steps into the ranges sent in one round
/// trip each: consecutive steps up to [`BATCH_STATEMENTS`] statements or
/// [`BATCH_BYTES`]; a long-running step (scan, rewrite, index build) goes
/// alone, so its progress can be watched and its timeout is its own.
fn batches(steps: &[Step]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let (mut statements, mut bytes) = (0, 0);
    for (i, step) in steps.iter().enumerate() {
        let size: usize = step.sql.iter().map(|s| s.len()).sum();
        let full = statements + step.sql.len() > BATCH_STATEMENTS || bytes >= BATCH_BYTES;
        if i > start && (step.is_long_running() || full) {
            out.push(start..i);
            start = i;
            (statements, bytes) = (0, 0);
        }
        statements += step.sql.len();
        bytes += size;
        if step.is_long_running() {
            out.push(start..i + 1);
            start = i + 1;
            (statements, bytes) = (0, 0);
        }
    }
    if start < steps.len() {
        out.push(start..steps.len());
    }
    out
}

/// Applies the plan's steps in order, telling `progress` when each starts
/// and finishes. Returns the number of steps applied.
///
/// Transactional steps run together in one transaction (split only after a
/// step that must commit first), sent in batches of many statements per
/// round trip (see [`batches`]); when a batch fails, the transaction is
/// rolled back and run again statement by statement, so the error names
/// the statement that failed. A non-transactional step (online mode) runs
/// its statements one by one. A lock timeout is retried up to
/// [`LOCK_RETRIES`] times, with a growing pause, before the apply fails.
pub fn apply(
    client: &mut Client,
    plan: &Plan,
    timeouts: &Timeouts,
    mut progress: impl FnMut(Event),
) -> Result<usize, ApplyError> {
    let mut setup = set("lock_timeout", &timeouts.lock, false);
    for stmt in &plan.session {
        setup.push_str(";\n");
        setup.push_str(stmt);
    }
    client.batch_execute(&setup).map_err(db)?;
    let steps = &plan.steps;
    let mut done = 0;
    let failure =
        |number: usize, step: &Step, statement: &str, e: &postgres::Error, done: usize| {
            ApplyError::Step {
                number,
                summary: step.summary.clone(),
                statement: statement.to_string(),
                cause: describe(e),
                partial: if done > 0 {
                    format!(" after step {done} (steps 1-{done} were committed)")
                } else {
                    String::new()
                },
            }
        };
    while done < steps.len() {
        if !steps[done].transactional {
            let step = &steps[done];
            let number = done + 1;
            progress(Event::Started {
                number,
                last: number,
                step,
                attempt: 0,
            });
            let started = std::time::Instant::now();
            let limit = set("statement_timeout", timeouts.for_step(step), false);
            client.batch_execute(&limit).map_err(db)?;
            for statement in &step.sql {
                with_lock_retries(|_| client.batch_execute(statement), is_lock_timeout)
                    .map_err(|e| failure(number, step, statement, &e, done))?;
            }
            progress(Event::Finished {
                number,
                first: number,
                last: number,
                step,
                elapsed: started.elapsed(),
            });
            done += 1;
            continue;
        }
        // The longest run of transactional steps, ending after one that
        // must commit before the rest may use what it made.
        let mut end = done;
        while end < steps.len() && steps[end].transactional {
            end += 1;
            if steps[end - 1].commit_after {
                break;
            }
        }
        let ranges: Vec<std::ops::Range<usize>> = batches(&steps[done..end])
            .into_iter()
            .map(|r| r.start + done..r.end + done)
            .collect();
        // `one_by_one`: every statement in its own round trip, telling
        // progress only from step `quiet_before` on (what an earlier,
        // failed run of the group already told is not told twice).
        let mut group =
            |attempt: u32, one_by_one: bool, quiet_before: usize| -> Result<(), GroupFailure> {
                let mut tx = client
                    .transaction()
                    .map_err(|e| GroupFailure::Other(db(e)))?;
                let mut limit_set: Option<&str> = None;
                for range in &ranges {
                    let (first, last) = (range.start + 1, range.end);
                    let tell = range.start >= quiet_before;
                    let started = std::time::Instant::now();
                    if one_by_one {
                        for index in range.clone() {
                            let step = &steps[index];
                            if index >= quiet_before {
                                progress(Event::Started {
                                    number: index + 1,
                                    last: index + 1,
                                    step,
                                    attempt,
                                });
                            }
                            let step_started = std::time::Instant::now();
                            let limit = set("statement_timeout", timeouts.for_step(step), true);
                            let statements = step.sql.iter().map(|s| s.as_str());
                            for statement in std::iter::once(limit.as_str()).chain(statements) {
                                tx.batch_execute(statement).map_err(|e| {
                                    GroupFailure::At(index, statement.to_string(), e)
                                })?;
                            }
                            if index >= quiet_before {
                                progress(Event::Finished {
                                    number: index + 1,
                                    first: index + 1,
                                    last: index + 1,
                                    step,
                                    elapsed: step_started.elapsed(),
                                });
                            }
                        }
                        continue;
                    }
                    let mut text = String::new();
                    for (index, step) in steps[range.clone()].iter().enumerate() {
                        if tell {
                            progress(Event::Started {
                                number: range.start + index + 1,
                                last,
                                step,
                                attempt,
                            });
                        }
                        let limit = timeouts.for_step(step);
                        if limit_set != Some(limit) {
                            text.push_str(&set("statement_timeout", limit, true));
                            text.push_str(";\n");
                            limit_set = Some(limit);
                        }
                        for statement in &step.sql {
                            // On its own line: a statement ending in a `--`
                            // comment must not swallow the semicolon.
                            text.push_str(statement);
                            text.push_str("\n;\n");
                        }
                    }
                    tx.batch_execute(&text)
                        .map_err(|e| GroupFailure::InBatch(range.start, e))?;
                    let elapsed = started.elapsed();
                    if tell {
                        for (index, step) in steps[range.clone()].iter().enumerate() {
                            progress(Event::Finished {
                                number: range.start + index + 1,
                                first,
                                last,
                                step,
                                elapsed,
                            });
                        }
                    }
                }
                tx.commit().map_err(|e| GroupFailure::Other(db(e)))
            };
        let mut outcome = with_lock_retries(|a| group(a, false, 0), GroupFailure::timed_out);
        if let Err(GroupFailure::InBatch(batch_start, e)) = &outcome
            && !needs_no_replay(e, *batch_start, &ranges)
        {
            // Once more, statement by statement, to name the one that
            // failed; after lock timeouts, without retrying them again.
            let batch_start = *batch_start;
            outcome = if is_lock_timeout(e) {
                group(LOCK_RETRIES, true, batch_start)
            } else {
                with_lock_retries(|a| group(a, true, batch_start), GroupFailure::timed_out)
            };
        }
        match outcome {
            Ok(()) => {}
            Err(GroupFailure::Other(e)) => return Err(e),
            Err(GroupFailure::At(index, statement, e)) => {
                return Err(failure(index + 1, &steps[index], &statement, &e, done));
            }
            Err(GroupFailure::InBatch(index, e)) => {
                let statement = steps[index].sql.join(";\n");
                return Err(failure(index + 1, &steps[index], &statement, &e, done));
            }
        }
        done = end;
    }
    Ok(steps.len())
}

/// What a pre-flight check found (see [`preflight`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The step would fail on the rows as they are: `step 4 would fail:
    /// 12 rows of public.users have NULL in email (id 3, 7, 9, ...)`.
    Fails { step: usize, text: String },
    /// The step keeps the rows but changes some (values truncated or
    /// rounded by a conversion): said, never a refusal.
    Loses { step: usize, text: String },
    /// The check could not say: it timed out (`timed_out`), or its query
    /// failed (an object the plan renames, say).
    NotChecked {
        step: usize,
        what: String,
        why: String,
        timed_out: bool,
    },
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Finding::Fails { step, text } => write!(f, "step {} would fail: {text}", step + 1),
            Finding::Loses { step, text } => write!(f, "step {} loses data: {text}", step + 1),
            Finding::NotChecked {
                step, what, why, ..
            } => {
                write!(f, "step {} not checked ({what}): {why}", step + 1)
            }
        }
    }
}

/// Runs the pre-flight checks on the target's rows: one read-only,
/// repeatable-read transaction, each query bounded by `timeout` (a
/// PostgreSQL interval) and in a savepoint of its own, so one that fails
/// or times out does not stop the others. Nothing is written.
pub fn preflight(
    client: &mut Client,
    checks: &[crate::plan::checks::Check],
    timeout: &str,
) -> Result<Vec<Finding>, ApplyError> {
    use crate::plan::checks::Query;
    if checks.is_empty() {
        return Ok(Vec::new());
    }
    let mut tx = client
        .build_transaction()
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .map_err(db)?;
    tx.batch_execute(&set("statement_timeout", timeout, true))
        .map_err(db)?;
    let mut findings = Vec::new();
    let mut failing = std::collections::BTreeSet::new();
    for check in checks {
        let not_checked = |e: &postgres::Error| {
            let timed_out = e.code() == Some(&postgres::error::SqlState::QUERY_CANCELED);
            Finding::NotChecked {
                step: check.step,
                what: check.what.clone(),
                why: if timed_out {
                    format!("timed out after {timeout}")
                } else {
                    describe(e)
                },
                timed_out,
            }
        };
        // What a step found failing would lose is moot (and its query
        // would fail on the same values).
        if failing.contains(&check.step) && matches!(check.query, Query::Loses(_)) {
            continue;
        }
        let mut sub = tx.transaction().map_err(db)?;
        // The finding of a `Rows` query, if any rows answer it.
        let mut rows = |query: &Query| -> Result<Option<String>, postgres::Error> {
            let Query::Rows {
                count,
                samples,
                finding,
            } = query
            else {
                return Ok(None);
            };
            let n: i64 = sub.query_one(count.as_str(), &[])?.get(0);
            if n == 0 {
                return Ok(None);
            }
            let shown = sub
                .query(samples.as_str(), &[])?
                .iter()
                .map(|r| r.get::<_, Option<String>>(0).unwrap_or_default())
                .collect::<Vec<_>>();
            Ok(Some(finding.say(n, &shown)))
        };
        let found = match &check.query {
            Query::Rows { .. } => match rows(&check.query) {
                Err(e) => Some(not_checked(&e)),
                Ok(text) => text.map(|text| Finding::Fails {
                    step: check.step,
                    text,
                }),
            },
            Query::Loses(query) => match rows(query) {
                Err(e) => Some(not_checked(&e)),
                Ok(text) => text.map(|text| Finding::Loses {
                    step: check.step,
                    text,
                }),
            },
            Query::Unchecked { why } => Some(Finding::NotChecked {
                step: check.step,
                what: check.what.clone(),
                why: why.clone(),
                timed_out: false,
            }),
            Query::Fails { sql, finding } => match sub.query_one(sql.as_str(), &[]) {
                Ok(_) => None,
                Err(e) if e.code() == Some(&postgres::error::SqlState::QUERY_CANCELED) => {
                    Some(not_checked(&e))
                }
                Err(e) => match e.as_db_error() {
                    Some(d) if is_data_error(d.code()) => Some(Finding::Fails {
                        step: check.step,
                        text: format!("{finding}: {}", d.message()),
                    }),
                    _ => Some(not_checked(&e)),
                },
            },
        };
        // Rolled back whether or not it failed: nothing was written.
        drop(sub);
        if let Some(Finding::Fails { step, .. }) = &found {
            failing.insert(*step);
        }
        findings.extend(found);
    }
    tx.rollback().map_err(db)?;
    Ok(findings)
}

/// An error about a value (class 22, data exception: invalid input,
/// out of range, string too long) rather than about the query.
fn is_data_error(code: &postgres::error::SqlState) -> bool {
    code.code().starts_with("22")
}

/// The server process that runs `client`'s statements, for
/// [`index_progress`] on another connection.
pub fn backend_pid(client: &mut Client) -> Result<i32, ApplyError> {
    Ok(client
        .query_one("SELECT pg_backend_pid()", &[])
        .map_err(db)?
        .get(0))
}

/// How far an index build has come: `pg_stat_progress_create_index` of
/// one backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexProgress {
    /// `building index: scanning table`, say.
    pub phase: String,
    /// Blocks done and total, when the phase counts blocks.
    pub blocks: Option<(i64, i64)>,
    /// Tuples done and total, when the phase counts tuples.
    pub tuples: Option<(i64, i64)>,
}

impl std::fmt::Display for IndexProgress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.phase)?;
        if let Some((done, total)) = self.blocks {
            write!(f, ", blocks {done}/{total}")?;
        }
        if let Some((done, total)) = self.tuples {
            write!(f, ", tuples {done}/{total}")?;
        }
        Ok(())
    }
}

/// The index build `pid` is running, read on another connection
/// (`monitor`): none when it builds no index.
pub fn index_progress(monitor: &mut Client, pid: i32) -> Result<Option<IndexProgress>, ApplyError> {
    let row = monitor
        .query_opt(
            "SELECT phase, blocks_done, blocks_total, tuples_done, tuples_total \
             FROM pg_stat_progress_create_index WHERE pid = $1",
            &[&pid],
        )
        .map_err(db)?;
    Ok(row.map(|r| {
        let pair = |done: i64, total: i64| (total > 0).then_some((done, total));
        IndexProgress {
            phase: r.get(0),
            blocks: pair(r.get(1), r.get(2)),
            tuples: pair(r.get(3), r.get(4)),
        }
    }))
}

/// A row of the migration history table.
#[derive(Debug, Clone)]
pub struct Applied {
    pub version: String,
    pub name: String,
    pub checksum: String,
    pub applied_at: String,
    pub duration_ms: i64,
}

fn history() -> String {
    crate::model::QualName::new(
        crate::migrate::HISTORY_SCHEMA,
        crate::migrate::HISTORY_TABLE,
    )
    .to_string()
}

/// Applies `plan` (the way back to an earlier version) and removes the
/// history rows of `versions` after its last step, in the same
/// transaction as the steps before it (all of them, unless one must commit
/// first or runs outside a transaction).
pub fn migrate_down(
    client: &mut Client,
    plan: &Plan,
    versions: &[String],
    timeouts: &Timeouts,
) -> Result<usize, ApplyError> {
    let mut plan = plan.clone();
    let list: Vec<String> = versions
        .iter()
        .map(|v| crate::model::quote_literal(v))
        .collect();
    plan.steps.push(
        Step::new(format!("forget migrations {}", versions.join(", "))).sql(format!(
            "DELETE FROM {} WHERE version IN ({})",
            history(),
            list.join(", ")
        )),
    );
    apply(client, &plan, timeouts, |_| {})
}

/// Creates the history table on first use.
pub fn ensure_history(client: &mut Client) -> Result<(), ApplyError> {
    client
        .batch_execute(&format!(
            "CREATE SCHEMA IF NOT EXISTS {schema};
             CREATE TABLE IF NOT EXISTS {table} (
                 version text PRIMARY KEY,
                 name text NOT NULL,
                 checksum text NOT NULL,
                 applied_at timestamptz NOT NULL DEFAULT now(),
                 duration_ms bigint NOT NULL
             )",
            schema = crate::model::quote_ident(crate::migrate::HISTORY_SCHEMA),
            table = history()
        ))
        .map_err(db)
}

/// What the history table records, in apply order; empty when it does not
/// exist yet.
pub fn applied(client: &mut Client) -> Result<Vec<Applied>, ApplyError> {
    let exists: bool = client
        .query_one("SELECT to_regclass($1) IS NOT NULL", &[&history()])
        .map_err(db)?
        .get(0);
    if !exists {
        return Ok(Vec::new());
    }
    let rows = client
        .query(
            &format!(
                "SELECT version, name, checksum, \
                 to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || ' UTC', duration_ms \
                 FROM {} ORDER BY applied_at, version",
                history()
            ),
            &[],
        )
        .map_err(db)?;
    Ok(rows
        .iter()
        .map(|r| Applied {
            version: r.get(0),
            name: r.get(1),
            checksum: r.get(2),
            applied_at: r.get(3),
            duration_ms: r.get(4),
        })
        .collect())
}

/// Applies one migration file and records it: in one transaction, or
/// statement by statement when it holds something PostgreSQL refuses in a
/// transaction (`CREATE INDEX CONCURRENTLY`) or that later statements may
/// not use before a commit (a new enum label).
pub fn apply_migration(
    client: &mut Client,
    migration: &crate::migrate::Migration,
    statements: &[crate::source::files::SourceStatement],
    lock_timeout: &str,
) -> Result<i64, ApplyError> {
    let started = std::time::Instant::now();
    let fail = |statement: &str, e: &postgres::Error, note: String| ApplyError::Migration {
        file: migration.file.clone(),
        statement: statement.to_string(),
        cause: describe(e),
        note,
    };
    if statements.iter().any(|s| s.outside_transaction) {
        client
            .batch_execute(&set("lock_timeout", lock_timeout, false))
            .map_err(db)?;
        for (i, s) in statements.iter().enumerate() {
            client.batch_execute(&s.text).map_err(|e| {
                fail(
                    &s.text,
                    &e,
                    format!(
                        "statements before #{} of this file ran (it cannot run in one transaction); it is not recorded as applied",
                        i + 1
                    ),
                )
            })?;
        }
        return record(client, migration, started);
    }
    let mut tx = client.transaction().map_err(db)?;
    tx.batch_execute(&set("lock_timeout", lock_timeout, true))
        .map_err(db)?;
    for s in statements {
        tx.batch_execute(&s.text)
            .map_err(|e| fail(&s.text, &e, "nothing of this file was applied".into()))?;
    }
    let ms = record(&mut tx, migration, started)?;
    tx.commit().map_err(db)?;
    Ok(ms)
}

/// Adds `migration` to the history, with the time since `started`.
fn record(
    client: &mut impl postgres::GenericClient,
    migration: &crate::migrate::Migration,
    started: std::time::Instant,
) -> Result<i64, ApplyError> {
    let ms = started.elapsed().as_millis() as i64;
    client
        .execute(
            &format!(
                "INSERT INTO {} (version, name, checksum, duration_ms) VALUES ($1, $2, $3, $4)",
                history()
            ),
            &[
                &migration.version,
                &migration.name,
                &migration.checksum,
                &ms,
            ],
        )
        .map_err(db)?;
    Ok(ms)
}

/// Why a rehearsal could not run or did not converge.
#[derive(Debug, thiserror::Error)]
pub enum RehearsalError {
    #[error("rehearsal: {0}")]
    Setup(String),
    #[error("rehearsal: the plan fails on a copy of the target's schema: {0}")]
    Failed(#[from] ApplyError),
    #[error("rehearsal: after the plan, the copy still differs from the schema files:\n{0}")]
    Residual(String),
    #[error("{0} fails on a copy of the target's schema: {1}")]
    Rename(String, String),
}

/// The state the renames leave: they run on a temporary database built
/// from `current` (as [`rehearse`] builds it) on `server`, which is then
/// read back, so every definition naming a renamed object (views, defaults,
/// constraints, indexes) reads as PostgreSQL writes it after the rename.
/// A view over a renamed column keeps the column's old name; renaming the
/// view's column too is added to `renames` where that makes the view the
/// one `desired` has (tried on the copy), so the view is kept, not
/// recreated. What the copy cannot hold is carried over from `current`:
/// unmanaged objects, and sequences' last values under their new keys.
pub fn after_renames(
    current: &crate::model::Database,
    renames: &mut Vec<crate::model::rename::Rename>,
    desired: &crate::model::Database,
    server: &crate::source::connect::DbUrl,
) -> Result<crate::model::Database, RehearsalError> {
    use crate::model::rename::{Rename, view_column_renames};
    let setup = |e: &dyn std::fmt::Display| RehearsalError::Setup(e.to_string());
    let script = crate::render::inspect::render(current, "renames").map_err(|e| setup(&e))?;
    let mut scratch = crate::source::scratch::ScratchDb::create(server).map_err(|e| setup(&e))?;
    let client = scratch.client();
    client
        .batch_execute(&script)
        .map_err(|e| setup(&describe(&e)))?;
    let run = |client: &mut postgres::Client, r: &Rename| -> Result<(), RehearsalError> {
        for stmt in r.sql() {
            client
                .batch_execute(&stmt)
                .map_err(|e| RehearsalError::Rename(r.summary(), describe(&e)))?;
        }
        Ok(())
    };
    for r in renames.iter() {
        run(client, r)?;
    }
    let read =
        |client: &mut postgres::Client| crate::source::catalog::read(client).map_err(|e| setup(&e));
    let mut after = read(client)?;
    let tried = view_column_renames(&after, desired);
    if !tried.is_empty() {
        for r in &tried {
            run(client, r)?;
        }
        let renamed = read(client)?;
        let fits = |r: &Rename| match r {
            Rename::Part { owner, .. } => {
                match (
                    renamed.kinds.views.get(owner),
                    desired.kinds.views.get(owner),
                ) {
                    (Some(v), Some(w)) => v.definition == w.definition && v.columns == w.columns,
                    _ => false,
                }
            }
            _ => false,
        };
        let (kept, undone): (Vec<Rename>, Vec<Rename>) = tried.into_iter().partition(fits);
        for back in undone.iter().filter_map(Rename::reversed_part) {
            run(client, &back)?;
        }
        after = if undone.is_empty() {
            renamed
        } else {
            read(client)?
        };
        renames.extend(kept);
    }
    after.unmanaged = current.unmanaged.clone();
    after.sequence_values = current
        .sequence_values
        .iter()
        .map(|(k, v)| (crate::model::rename::renamed_key(renames, k), *v))
        .collect();
    Ok(after)
}

/// Runs `plan` on a temporary database built from `current` (its schema
/// only, through `inspect`) on `server`, then, when `desired` is given,
/// compares the result with it: a plan that fails or does not converge is
/// caught before it touches the target. A saved plan has no desired model
/// at hand, so it is rehearsed for failure only. Data-dependent failures (a
/// NOT NULL over existing NULLs) and objects driftless does not manage are
/// not rehearsed.
pub fn rehearse(
    current: &crate::model::Database,
    desired: Option<&crate::model::Database>,
    plan: &Plan,
    server: &crate::source::connect::DbUrl,
) -> Result<(), RehearsalError> {
    let setup = |e: &dyn std::fmt::Display| RehearsalError::Setup(e.to_string());
    // Subscriptions are left out: a copy of the target that held them, or
    // a step that changed them, would reach their publishers.
    let mut current = current.clone();
    crate::kinds::subscription::strip(&mut current);
    let current = &current;
    let mut plan = plan.clone();
    plan.steps
        .retain(|s| !crate::kinds::subscription::touches(s));
    plan.skipped
        .retain(|s| !crate::kinds::subscription::touches(s));
    let plan = &plan;
    let script = crate::render::inspect::render(current, "rehearsal").map_err(|e| setup(&e))?;
    let mut scratch = crate::source::scratch::ScratchDb::create(server).map_err(|e| setup(&e))?;
    scratch
        .client()
        .batch_execute(&script)
        .map_err(|e| setup(&describe(&e)))?;
    apply(scratch.client(), plan, &Timeouts::default(), |_| {})?;
    let Some(desired) = desired else {
        return Ok(());
    };
    let mut after = crate::source::catalog::read(scratch.client()).map_err(|e| setup(&e))?;
    let mut desired = desired.clone();
    crate::kinds::subscription::strip(&mut desired);
    // Compare what the plan was computed over: privileges only if managed.
    if current.kinds.schemas.values().any(|n| n.acl.is_none()) {
        after.forget_privileges();
        desired.forget_privileges();
    }
    // Converged: planning again finds nothing but the destructive steps
    // that were held back.
    let residual = crate::diff::diff(&after, &desired);
    let again = crate::plan::plan(
        &after,
        &desired,
        &residual,
        crate::plan::Options {
            allow_destructive: false,
            ..Default::default()
        },
    )
    .map_err(|e| setup(&e))?;
    if again.steps.is_empty() && again.skipped.len() == plan.skipped.len() {
        Ok(())
    } else {
        Err(RehearsalError::Residual(crate::render::report::render(
            &[],
            &residual,
            &[],
        )))
    }
}
