//! Interruptions: SIGINT and SIGTERM during `apply` cancel the running
//! statement on the server and roll back; during `plan` they leave no
//! temporary database; a plan killed outright (SIGKILL) leaves one that the
//! next run on the server drops.

mod support;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::TestDb;

fn schema_dir(tag: &str, text: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("driftless_interrupt_{}_{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("s.sql"), text).unwrap();
    dir
}

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_driftless"))
        .args(args)
        .env_remove("DATABASE_URL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run driftless")
}

fn signal(child: &Child, sig: &str) {
    let status = Command::new("kill")
        .args([&format!("-{sig}"), &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
}

/// Polls `f` every 50 ms for up to `secs` seconds.
fn wait_for(secs: u64, mut f: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < end {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// Statements running in `db` other than the asking session's.
fn active_statements(db: &TestDb) -> Vec<String> {
    db.client()
        .query(
            "SELECT query FROM pg_stat_activity WHERE datname = current_database() \
             AND pid <> pg_backend_pid() AND state <> 'idle'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

/// A schema whose index takes about `rows` × 10 ms to build.
const SLOW_FUNCTION: &str = "CREATE FUNCTION slow(i int) RETURNS int LANGUAGE plpgsql IMMUTABLE \
     AS $$ BEGIN PERFORM pg_sleep(0.01); RETURN i; END $$;\n";

fn cancel_index_build(sig: &str) {
    let db = TestDb::create(&format!("int_{sig}"));
    db.exec(&format!(
        "{SLOW_FUNCTION}CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1, 1500);"
    ));
    let dir = schema_dir(
        sig,
        &format!("{SLOW_FUNCTION}CREATE TABLE t (id int);\nCREATE INDEX t_slow ON t (slow(id));\n"),
    );
    let url = db.url_string();
    let child = spawn(&[
        "apply",
        "--schema",
        dir.to_str().unwrap(),
        "--url",
        &url,
        "--yes",
        "--allow-hazards",
        "all",
    ]);
    assert!(
        wait_for(60, || active_statements(&db)
            .iter()
            .any(|q| q.contains("CREATE INDEX"))),
        "the index build never started"
    );
    std::thread::sleep(Duration::from_millis(300));
    let asked = Instant::now();
    signal(&child, sig);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(
        asked.elapsed() < Duration::from_secs(10),
        "took {:?}",
        asked.elapsed()
    );
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert!(stderr.contains("nothing was applied"), "{stderr}");
    // Nothing of driftless still runs on the server, and nothing stayed.
    assert_eq!(active_statements(&db), Vec::<String>::new());
    let indexes: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM pg_indexes WHERE indexname = 't_slow'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(indexes, 0);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn sigint_cancels_an_index_build_and_rolls_back() {
    cancel_index_build("INT");
}

#[test]
fn sigterm_cancels_an_index_build_and_rolls_back() {
    cancel_index_build("TERM");
}

/// Temporary databases whose name records process `pid`.
fn temporary_databases_of(db: &TestDb, pid: u32) -> Vec<String> {
    db.client()
        .query(
            "SELECT datname FROM pg_database WHERE datname LIKE 'driftless\\_tmp\\_%'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get::<_, String>(0))
        .filter(|n| n.split('_').nth(3) == Some(pid.to_string().as_str()))
        .collect()
}

/// A schema that takes a while to load.
fn big_schema() -> String {
    (0..400)
        .map(|i| {
            format!(
                "CREATE TABLE t{i} (id int PRIMARY KEY, a text, b int REFERENCES t{} (id));\nCREATE INDEX ON t{i} (a);\n",
                if i == 0 { 0 } else { i - 1 }
            )
        })
        .collect()
}

/// A database and a folder with [`big_schema`] to plan against it.
fn big_plan(tag: &str) -> (TestDb, PathBuf, String) {
    let db = TestDb::create(&format!("int_{tag}"));
    let dir = schema_dir(tag, &big_schema());
    let url = db.url_string();
    (db, dir, url)
}

#[test]
fn interrupted_plans_leave_no_temporary_database() {
    let (db, dir, url) = big_plan("plan");
    let args = ["plan", "--schema", dir.to_str().unwrap(), "--url", &url];
    // At several points of the run: while connecting, creating the
    // temporary database, loading, reading.
    for (sig, after_ms) in [
        ("INT", 0),
        ("INT", 60),
        ("TERM", 150),
        ("INT", 400),
        ("TERM", 900),
    ] {
        let child = spawn(&args);
        let pid = child.id();
        std::thread::sleep(Duration::from_millis(after_ms));
        signal(&child, sig);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        // (A signal before the handler is installed ends the process
        // the default way, before it made anything.)
        if out.status.code().is_some_and(|c| c != 0) {
            assert_eq!(
                out.status.code(),
                Some(130),
                "{sig} after {after_ms} ms: {stderr}"
            );
            assert!(stderr.contains("interrupted"), "{stderr}");
            assert!(!stderr.contains("s.sql:"), "blamed the file: {stderr}");
        }
        assert_eq!(
            temporary_databases_of(&db, pid),
            Vec::<String>::new(),
            "{sig} after {after_ms} ms left a temporary database"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_killed_plan_leaves_nothing_after_the_next_run() {
    let (db, dir, url) = big_plan("kill");
    let args = ["plan", "--schema", dir.to_str().unwrap(), "--url", &url];
    let mut child = spawn(&args);
    let pid = child.id();
    assert!(
        wait_for(30, || !temporary_databases_of(&db, pid).is_empty()),
        "no temporary database appeared"
    );
    std::thread::sleep(Duration::from_millis(200));
    signal(&child, "KILL");
    child.wait().unwrap();
    // The killed run's database may outlive it: its backend ends shortly.
    assert!(wait_for(10, || db
        .client()
        .query_one(
            "SELECT count(*) = 0 FROM pg_stat_activity WHERE datname LIKE 'driftless\\_tmp\\_%' \
             AND datname LIKE '%\\_' || $1::text || '\\_%'",
            &[&pid.to_string()],
        )
        .unwrap()
        .get::<_, bool>(0)));
    // The next run on the same server drops it.
    let small = schema_dir("kill_next", "CREATE TABLE x (id int);\n");
    let out = spawn(&["plan", "--schema", small.to_str().unwrap(), "--url", &url])
        .wait_with_output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(temporary_databases_of(&db, pid), Vec::<String>::new());
    let _ = std::fs::remove_dir_all(dir);
    let _ = std::fs::remove_dir_all(small);
}
