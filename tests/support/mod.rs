//! Test support: a live PostgreSQL server and throwaway databases.
//!
//! Tests read `DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`),
//! create uniquely named databases and drop them when done, so they run in
//! parallel and leave nothing behind. No server is a test failure with a
//! message saying how to start one, never a silent pass.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};

use driftless::source::connect::DbUrl;

pub fn server_url() -> String {
    std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

pub fn server() -> DbUrl {
    let url = DbUrl::parse(&server_url()).expect("DATABASE_URL parses");
    if let Err(e) = url.connect() {
        panic!(
            "these tests need a PostgreSQL server ({e}).\nStart one with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\nor point DATABASE_URL at a server where the user may CREATE DATABASE."
        );
    }
    url
}

/// Runs the driftless binary with `args`, no `DATABASE_URL` and no
/// terminal on stdin.
pub fn driftless(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_driftless"))
        .args(args)
        .env_remove("DATABASE_URL")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run driftless")
}

/// A command's stdout then stderr, for assertions and their messages.
pub fn output_text(o: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// A temporary folder holding one schema file, `s.sql`, with `text`;
/// `tag` names the test. Removed when dropped.
pub fn schema_dir(tag: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix(&format!("driftless_test_{tag}_"))
        .tempdir()
        .expect("a temporary folder");
    std::fs::write(dir.path().join("s.sql"), text).unwrap();
    dir
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A database that exists for the lifetime of the value.
pub struct TestDb {
    pub server: DbUrl,
    pub name: String,
    pub url: DbUrl,
}

impl TestDb {
    pub fn create(tag: &str) -> TestDb {
        let server = server();
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let tag: String = tag
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .take(30)
            .collect();
        let name = format!("dl_test_{}_{n}_{tag}", std::process::id());
        let mut admin = server.connect().expect("connect");
        admin
            .batch_execute(&format!("CREATE DATABASE \"{name}\" TEMPLATE template0"))
            .expect("create test database");
        let url = server.with_dbname(&name);
        TestDb { server, name, url }
    }

    pub fn client(&self) -> postgres::Client {
        self.url.connect().expect("connect to test database")
    }

    /// Runs a script (several statements) in the database.
    pub fn exec(&self, sql: &str) {
        if sql.trim().is_empty() {
            return;
        }
        self.client()
            .batch_execute(sql)
            .unwrap_or_else(|e| panic!("loading SQL into {}: {e:?}", self.name));
    }

    /// A `postgres://` URL of this database.
    pub fn url_string(&self) -> String {
        let base = server_url();
        let (prefix, _) = base.rsplit_once('/').expect("URL has a database part");
        let prefix = prefix.split('?').next().unwrap_or(prefix);
        format!("{prefix}/{}", self.name)
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        // Subscriptions a test created go first (PostgreSQL refuses to drop
        // a database that has any), as for driftless's own databases.
        driftless::source::scratch::drop_database(&self.server, &self.name);
    }
}
