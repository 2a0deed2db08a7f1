//! The temporary database that turns schema files into a model.
//!
//! driftless never interprets the user's SQL itself: it runs it in a fresh
//! database (from `template0`) and reads the catalog back, so the desired
//! model gets PostgreSQL's canonical forms for free. Files may be written in
//! any order, so [`load`] retries a statement that failed for a missing
//! object after the others, until nothing more succeeds.
//!
//! Every temporary database is dropped on every path: the guard's `Drop`,
//! and [`drop_all`] for Ctrl-C (called from the binary's signal handler).
//! A process killed outright (`kill -9`) cannot clean up, so each name
//! records its maker (a hash of the host name, the process id and the
//! process's start time): every later run on the same server drops those
//! whose maker is gone and that nobody is connected to ([`sweep`]).

use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use postgres::Client;
use postgres::error::{ErrorPosition, SqlState};

use crate::source::connect::{ConnectError, DbUrl, describe};
use crate::source::files::{SourceStatement, StatementKind};

#[derive(Debug, thiserror::Error)]
pub enum ScratchError {
    #[error(transparent)]
    Connect(#[from] ConnectError),
    #[error(
        "cannot create a temporary database on {target}: {cause} (driftless needs CREATEDB there, or --dev-url naming a server where it may)"
    )]
    Create { target: String, cause: String },
    #[error("interrupted")]
    Interrupted,
    /// A statement of the schema files failed; `location` is `path:line:col`.
    #[error("{location}: {message}")]
    Statement { location: String, message: String },
}

/// Temporary databases alive in this process, for the Ctrl-C handler.
static ACTIVE: Mutex<Vec<(DbUrl, String)>> = Mutex::new(Vec::new());

/// Held while a `CREATE DATABASE` is sent and runs, so that [`drop_all`]
/// waits for it instead of racing it; `CLOSED` (set by `drop_all`) then
/// refuses any later one.
static CREATING: Mutex<bool> = Mutex::new(false);

/// A temporary database, dropped when the guard is.
pub struct ScratchDb {
    server: DbUrl,
    name: String,
    client: Option<Client>,
}

impl ScratchDb {
    /// Creates an empty database on the server `server` points at (the
    /// connection goes to `server`'s own database to issue `CREATE DATABASE`).
    pub fn create(server: &DbUrl) -> Result<ScratchDb, ScratchError> {
        let mut admin = server.connect()?;
        sweep(&mut admin);
        let name = Maker::this_process().fresh_name();
        let created = {
            let closed = CREATING.lock().unwrap_or_else(|e| e.into_inner());
            if *closed {
                return Err(ScratchError::Interrupted);
            }
            // Registered before creating: a signal meanwhile waits for the
            // lock, then drops it.
            register(server, &name);
            admin.batch_execute(&format!(
                "CREATE DATABASE {} TEMPLATE template0",
                crate::model::quote_ident(&name)
            ))
        };
        if let Err(e) = created {
            unregister(&name);
            return Err(ScratchError::Create {
                target: server.target(),
                cause: describe(&e),
            });
        }
        let mut guard = ScratchDb {
            server: server.clone(),
            name,
            client: None,
        };
        guard.client = Some(guard.server.with_dbname(&guard.name).connect()?);
        Ok(guard)
    }

    pub fn client(&mut self) -> &mut Client {
        self.client
            .as_mut()
            .expect("the client lives as long as the guard")
    }

    pub fn url(&self) -> DbUrl {
        self.server.with_dbname(&self.name)
    }
}

impl Drop for ScratchDb {
    fn drop(&mut self) {
        // Close our own session first so the drop does not have to force it.
        self.client.take();
        let (server, name) = (self.server.clone(), std::mem::take(&mut self.name));
        let drop_it = move || {
            drop_database(&server, &name);
            unregister(&name);
        };
        let mut deferred = DEFERRED.lock().unwrap_or_else(|e| e.into_inner());
        match deferred.as_mut() {
            Some(running) => running.push(std::thread::spawn(drop_it)),
            None => drop_it(),
        }
    }
}

/// Drops that run on threads of their own while the command goes on (a
/// `DROP DATABASE` of a loaded schema takes about a second at 1,000
/// tables): `Some` once [`defer_drops`] is called.
static DEFERRED: Mutex<Option<Vec<std::thread::JoinHandle<()>>>> = Mutex::new(None);

/// From now on, a temporary database is dropped on a thread of its own
/// when its guard goes; [`finish_drops`] waits for those drops. For the
/// binary, which calls `finish_drops` before it exits (a signal drops
/// whatever is left through [`drop_all`]).
pub fn defer_drops() {
    let mut deferred = DEFERRED.lock().unwrap_or_else(|e| e.into_inner());
    deferred.get_or_insert_with(Vec::new);
}

/// Waits for the drops [`defer_drops`] let run on their own.
pub fn finish_drops() {
    let running = DEFERRED
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .as_mut()
        .map(std::mem::take)
        .unwrap_or_default();
    for handle in running {
        let _ = handle.join();
    }
}

fn register(server: &DbUrl, name: &str) {
    if let Ok(mut active) = ACTIVE.lock() {
        active.push((server.clone(), name.to_string()));
    }
}

fn unregister(name: &str) {
    if let Ok(mut active) = ACTIVE.lock() {
        active.retain(|(_, n)| n != name);
    }
}

/// Drops a database's subscriptions (schema files may hold one, created
/// `WITH (connect = false)`): PostgreSQL refuses to drop a database that
/// has any. Detached from their replication slots first, so that nothing
/// on a publisher is touched.
const DROP_SUBSCRIPTIONS: &str = "DO $$ DECLARE s record; BEGIN \
FOR s IN SELECT subname FROM pg_subscription WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database()) LOOP \
EXECUTE format('ALTER SUBSCRIPTION %I DISABLE', s.subname); \
EXECUTE format('ALTER SUBSCRIPTION %I SET (slot_name = NONE)', s.subname); \
EXECUTE format('DROP SUBSCRIPTION %I', s.subname); \
END LOOP; END $$";

/// Drops database `name` of `server`, its sessions and subscriptions
/// with it (best effort: a failure is not reported).
pub fn drop_database(server: &DbUrl, name: &str) {
    // No `CREATE DATABASE` of ours is in flight here: [`drop_all`] holds
    // `CREATING`, and the guard exists only once its create returned.
    if let Ok(mut admin) = server.connect() {
        let has_subscriptions = admin
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM pg_subscription s JOIN pg_database d ON d.oid = s.subdbid \
                 WHERE d.datname = $1)",
                &[&name],
            )
            .is_ok_and(|row| row.get::<_, bool>(0));
        if has_subscriptions && let Ok(mut own) = server.with_dbname(name).connect() {
            let _ = own.batch_execute(DROP_SUBSCRIPTIONS);
        }
        let _ = admin.batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            crate::model::quote_ident(name)
        ));
    }
}

/// Who made a temporary database, as written in its name:
/// `driftless_tmp_<host>_<pid>_<start>_<nanos>` (`host`: 8 hex digits of a
/// hash of the host name; `start`: the process's start time, in clock
/// ticks since boot, so a reused pid is not taken for the maker).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Maker {
    host: String,
    pid: u32,
    start: u64,
}

impl Maker {
    fn this_process() -> Maker {
        let pid = std::process::id();
        Maker {
            host: host_tag(),
            pid,
            start: process_start(pid).unwrap_or(0),
        }
    }

    fn prefix(&self) -> String {
        format!("driftless_tmp_{}_{}_{:x}", self.host, self.pid, self.start)
    }

    /// A name no other temporary database of this maker has: the clock's
    /// nanoseconds alone are not enough (threads of one process may read
    /// the same value where the clock is coarse), so a counter of this
    /// process follows them.
    fn fresh_name(&self) -> String {
        // 32 bits, so that the name stays within 63 bytes.
        static MADE: AtomicU32 = AtomicU32::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let made = MADE.fetch_add(1, Ordering::Relaxed);
        format!("{}_{nanos:08x}{made:x}", self.prefix())
    }

    /// The maker recorded in a temporary database's name, if it has one.
    fn parse(name: &str) -> Option<Maker> {
        let mut parts = name.strip_prefix("driftless_tmp_")?.split('_');
        let host = parts.next()?.to_string();
        let pid = parts.next()?.parse().ok()?;
        let start = u64::from_str_radix(parts.next()?, 16).ok()?;
        parts.next()?;
        (host.len() == 8 && parts.next().is_none()).then_some(Maker { host, pid, start })
    }

    /// The maker is a process of this host that no longer runs.
    fn is_gone(&self) -> bool {
        self.host == host_tag() && process_start(self.pid) != Some(self.start)
    }
}

/// This host's name, hashed (FNV-1a) to 8 hex digits.
fn host_tag() -> String {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .unwrap_or_default();
    let mut h: u32 = 0x811c_9dc5;
    for b in name.trim().bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// A running process's start time (field 22 of `/proc/PID/stat`).
fn process_start(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    rest.split_whitespace().nth(19)?.parse().ok()
}

/// Drops the temporary databases on this server whose maker is gone (a
/// process of this host that was killed) and to which nobody is
/// connected. Never one of a run still alive, of another host, or in use.
pub fn sweep(admin: &mut Client) {
    let Ok(rows) = admin.query(
        "SELECT d.datname FROM pg_database d WHERE d.datname LIKE 'driftless\\_tmp\\_%' \
         AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datid = d.oid)",
        &[],
    ) else {
        return;
    };
    for row in rows {
        let name: String = row.get(0);
        if Maker::parse(&name).is_some_and(|m| m.is_gone()) {
            // Without FORCE: a session that connects meanwhile keeps it.
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {}",
                crate::model::quote_ident(&name)
            ));
        }
    }
}

/// Drops every temporary database still alive, and refuses new ones (for
/// a signal handler). A `CREATE DATABASE` in progress is waited for.
pub fn drop_all() {
    let mut closed = CREATING.lock().unwrap_or_else(|e| e.into_inner());
    *closed = true;
    let active = match ACTIVE.lock() {
        Ok(mut a) => std::mem::take(&mut *a),
        Err(_) => return,
    };
    for (server, name) in active {
        drop_database(&server, &name);
    }
}

/// Errors that mean "something this statement needs is not there yet".
fn is_missing_dependency(code: &SqlState) -> bool {
    [
        SqlState::UNDEFINED_TABLE,
        SqlState::UNDEFINED_OBJECT,
        SqlState::INVALID_SCHEMA_NAME,
        SqlState::UNDEFINED_FUNCTION,
        SqlState::UNDEFINED_COLUMN,
        SqlState::INVALID_FOREIGN_KEY,
        SqlState::UNDEFINED_SCHEMA,
    ]
    .contains(code)
}

fn may_change_search_path(text: &str) -> bool {
    let lower = text.trim_start().to_ascii_lowercase();
    lower.starts_with("set") || lower.starts_with("reset") || lower.contains("set_config")
}

/// Sets the `search_path` the files start under (a parameter: the value is
/// never spliced into SQL).
pub fn start_search_path(client: &mut Client, path: &str) -> Result<(), ScratchError> {
    client
        .execute("SELECT set_config('search_path', $1, false)", &[&path])
        .map(|_| ())
        .map_err(|e| ScratchError::Statement {
            location: "session setup (search_path)".into(),
            message: describe(&e),
        })
}

/// How many statements go to the server in one round trip when loading.
const BATCH: usize = 100;

/// Runs the statements in a fresh database, in file order, retrying those
/// that failed for a missing object once the others have run. Transaction
/// control statements in the files are skipped.
///
/// The first round sends runs of up to [`BATCH`] statements in one round
/// trip (PostgreSQL runs them in one implicit transaction). A run that
/// fails is rolled back whole and run again statement by statement, each on
/// its own (autocommit), which is also how later rounds, statements that
/// may change the `search_path` and those PostgreSQL refuses in a
/// transaction block go: so the retries, and the `file:line:column` of an
/// error, are those of one statement at a time.
///
/// Returns the `search_path` the statements leave, in file order, when it
/// is not the one they started under (see `Database::files_search_path`).
pub fn load(
    client: &mut Client,
    statements: &[SourceStatement],
) -> Result<Option<String>, ScratchError> {
    // The database is thrown away: no need to wait for WAL flushes.
    client
        .batch_execute("SET synchronous_commit = off")
        .map_err(|e| ScratchError::Statement {
            location: "session setup".into(),
            message: describe(&e),
        })?;
    if let Some(stmt) = statements.iter().find(|s| refusal(s).is_some()) {
        return Err(refused(stmt));
    }
    let mut search_path = show_search_path(client)?;
    let started_under = search_path.clone();
    let mut ended_under = None;
    let mut pending: Vec<(&SourceStatement, String)> = statements
        .iter()
        .filter(|s| s.kind != StatementKind::TransactionControl && s.to_load().is_some())
        .map(|s| (s, String::new()))
        .collect();
    let mut first_round = true;
    loop {
        let mut failed: Vec<(&SourceStatement, String, postgres::Error)> = Vec::new();
        let mut progressed = false;
        let mut i = 0;
        while i < pending.len() {
            if first_round {
                let alone =
                    |s: &SourceStatement| s.outside_transaction || may_change_search_path(&s.text);
                let run = pending[i..]
                    .iter()
                    .take(BATCH)
                    .take_while(|(s, _)| !alone(s))
                    .count();
                if run >= 2 {
                    let joined: Vec<&str> = pending[i..i + run]
                        .iter()
                        .filter_map(|(s, _)| s.to_load())
                        .collect();
                    if client.batch_execute(&joined.join(";\n")).is_ok() {
                        progressed = true;
                        i += run;
                        continue;
                    }
                    // Rolled back whole: one by one below.
                    for (stmt, _) in &pending[i..i + run] {
                        run_one(client, stmt, &mut search_path, &mut failed, &mut progressed)?;
                    }
                    i += run;
                    continue;
                }
            }
            let (stmt, saved_path) = &pending[i];
            // A retried statement runs with the search_path it was written under.
            if !first_round && *saved_path != search_path {
                set_search_path(client, saved_path)?;
                search_path = saved_path.clone();
            }
            run_one(client, stmt, &mut search_path, &mut failed, &mut progressed)?;
            i += 1;
        }
        if first_round {
            ended_under = Some(search_path.clone()).filter(|p| *p != started_under);
        }
        first_round = false;
        if failed.is_empty() {
            return Ok(ended_under);
        }
        if !progressed {
            let (stmt, _, e) = &failed[0];
            return Err(statement_error(stmt, e));
        }
        pending = failed.into_iter().map(|(s, p, _)| (s, p)).collect();
    }
}

/// Runs one statement on its own: a failure for a missing object is kept
/// for the next round (with the `search_path` it ran under), any other
/// failure is the load's error.
fn run_one<'s>(
    client: &mut Client,
    stmt: &'s SourceStatement,
    search_path: &mut String,
    failed: &mut Vec<(&'s SourceStatement, String, postgres::Error)>,
    progressed: &mut bool,
) -> Result<(), ScratchError> {
    match client.batch_execute(stmt.to_load().unwrap_or_default()) {
        Ok(()) => {
            *progressed = true;
            if may_change_search_path(&stmt.text) {
                *search_path = show_search_path(client)?;
            }
            Ok(())
        }
        Err(e) => match e.code() {
            Some(code) if is_missing_dependency(code) => {
                failed.push((stmt, search_path.clone(), e));
                Ok(())
            }
            _ => Err(statement_error(stmt, &e)),
        },
    }
}

/// Runs statements exactly in order, each on its own (autocommit), stopping
/// at the first error: how a migration directory is replayed.
pub fn run_in_order(
    client: &mut Client,
    statements: &[SourceStatement],
) -> Result<(), ScratchError> {
    for stmt in statements
        .iter()
        .filter(|s| s.kind != StatementKind::TransactionControl)
    {
        if refusal(stmt).is_some() {
            return Err(refused(stmt));
        }
        let Some(text) = stmt.to_load() else {
            continue;
        };
        client
            .batch_execute(text)
            .map_err(|e| statement_error(stmt, &e))?;
    }
    Ok(())
}

fn show_search_path(client: &mut Client) -> Result<String, ScratchError> {
    client
        .query_one("SHOW search_path", &[])
        .map(|row| row.get::<_, String>(0))
        .map_err(|e| ScratchError::Statement {
            location: "search_path".into(),
            message: describe(&e),
        })
}

fn set_search_path(client: &mut Client, path: &str) -> Result<(), ScratchError> {
    let value = if path.trim().is_empty() { "''" } else { path };
    client
        .batch_execute(&format!("SET search_path = {value}"))
        .map_err(|e| ScratchError::Statement {
            location: "search_path".into(),
            message: describe(&e),
        })
}

/// Why a statement cannot be loaded at all (see `kinds::subscription`).
fn refusal(stmt: &SourceStatement) -> Option<&str> {
    stmt.loading.as_ref()?.refusal.as_deref()
}

/// The error of a statement [`refusal`] refuses.
fn refused(stmt: &SourceStatement) -> ScratchError {
    ScratchError::Statement {
        location: stmt.location(),
        message: refusal(stmt).unwrap_or_default().to_string(),
    }
}

fn statement_error(stmt: &SourceStatement, e: &postgres::Error) -> ScratchError {
    let (line, column) = match e.as_db_error().and_then(|d| d.position()) {
        Some(ErrorPosition::Original(pos)) => stmt.position(*pos as usize),
        _ => (stmt.line, stmt.column),
    };
    let mut message = describe(e);
    if let Some(hint) = stmt
        .parse_error
        .as_ref()
        .filter(|_| e.code() == Some(&SqlState::SYNTAX_ERROR))
    {
        message = format!("{message} (sqlparser: {hint})");
    }
    ScratchError::Statement {
        location: format!("{}:{line}:{column}", stmt.file.display()),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_records_its_maker() {
        let me = Maker::this_process();
        assert_eq!(me.host.len(), 8);
        assert!(me.start > 0, "start time read from /proc");
        let name = me.fresh_name();
        assert!(name.len() <= 63, "{name}");
        assert_eq!(Maker::parse(&name), Some(me.clone()));
        let many: std::collections::BTreeSet<String> = (0..1000).map(|_| me.fresh_name()).collect();
        assert_eq!(many.len(), 1000, "each name is new, however fast they come");
        assert!(!me.is_gone(), "this process runs");
        let dead = Maker {
            start: me.start + 1,
            ..me.clone()
        };
        assert!(dead.is_gone(), "same pid, other start: another process");
        let elsewhere = Maker {
            host: "00000000".into(),
            start: 1,
            ..me
        };
        assert!(!elsewhere.is_gone(), "another host's runs are never judged");
        assert_eq!(Maker::parse("driftless_tmp_123_0000abcd"), None);
        assert_eq!(Maker::parse("other"), None);
    }
}
