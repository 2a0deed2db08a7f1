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

use std::sync::Mutex;
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
    /// A statement of the schema files failed; `location` is `path:line:col`.
    #[error("{location}: {message}")]
    Statement { location: String, message: String },
}

/// Temporary databases alive in this process, for the Ctrl-C handler.
static ACTIVE: Mutex<Vec<(DbUrl, String)>> = Mutex::new(Vec::new());

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
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let name = format!("driftless_tmp_{}_{:08x}", std::process::id(), nanos);
        // Register before creating: a Ctrl-C in between still cleans up.
        register(server, &name);
        let created = admin.batch_execute(&format!(
            "CREATE DATABASE {} TEMPLATE template0",
            crate::model::quote_ident(&name)
        ));
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
        drop_database(&self.server, &self.name);
        unregister(&self.name);
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

fn drop_database(server: &DbUrl, name: &str) {
    if let Ok(mut admin) = server.connect() {
        let _ = admin.batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            crate::model::quote_ident(name)
        ));
    }
}

/// Drops every temporary database still alive (for a signal handler).
pub fn drop_all() {
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

/// Runs the statements in a fresh database, each on its own (autocommit),
/// in file order, retrying those that failed for a missing object once the
/// others have run. Transaction control statements in the files are skipped.
pub fn load(client: &mut Client, statements: &[SourceStatement]) -> Result<(), ScratchError> {
    // The database is thrown away: no need to wait for WAL flushes.
    client
        .batch_execute("SET synchronous_commit = off")
        .map_err(|e| ScratchError::Statement {
            location: "session setup".into(),
            message: describe(&e),
        })?;
    let mut search_path = show_search_path(client)?;
    let mut pending: Vec<(&SourceStatement, String)> = statements
        .iter()
        .filter(|s| s.kind != StatementKind::TransactionControl)
        .map(|s| (s, String::new()))
        .collect();
    let mut first_round = true;
    loop {
        let mut failed: Vec<(&SourceStatement, String, postgres::Error)> = Vec::new();
        let mut progressed = false;
        for (stmt, saved_path) in pending {
            // A retried statement runs with the search_path it was written under.
            if !first_round && saved_path != search_path {
                set_search_path(client, &saved_path)?;
                search_path = saved_path.clone();
            }
            match client.batch_execute(&stmt.text) {
                Ok(()) => {
                    progressed = true;
                    if may_change_search_path(&stmt.text) {
                        search_path = show_search_path(client)?;
                    }
                }
                Err(e) => match e.code() {
                    Some(code) if is_missing_dependency(code) => {
                        failed.push((stmt, search_path.clone(), e))
                    }
                    _ => return Err(statement_error(stmt, &e)),
                },
            }
        }
        first_round = false;
        if failed.is_empty() {
            return Ok(());
        }
        if !progressed {
            let (stmt, _, e) = &failed[0];
            return Err(statement_error(stmt, e));
        }
        pending = failed.into_iter().map(|(s, p, _)| (s, p)).collect();
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
        client
            .batch_execute(&stmt.text)
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
