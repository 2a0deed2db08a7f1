//! Interruptions: SIGINT and SIGTERM during `apply` cancel the running
//! statement on the server and roll back; at any point of `plan` or
//! `apply` they leave no temporary database and no half-applied plan; a
//! run killed outright (SIGKILL) leaves one that the next run on the
//! server drops.

mod support;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::{TestDb, schema_dir};

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
        dir.path().to_str().unwrap(),
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
fn big_plan(tag: &str) -> (TestDb, tempfile::TempDir, String) {
    let db = TestDb::create(&format!("int_{tag}"));
    let dir = schema_dir(tag, &big_schema());
    let url = db.url_string();
    (db, dir, url)
}

/// Tables in the database's `public` schema.
fn tables(db: &TestDb) -> i64 {
    db.client()
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .unwrap()
        .get(0)
}

/// Whether a session of another backend has a transaction that wrote in
/// `db`.
fn writing(db: &TestDb) -> bool {
    db.client()
        .query_one(
            "SELECT count(*) > 0 FROM pg_stat_activity WHERE datname = current_database() \
             AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0)
}

/// Runs `command` (plan or apply) against a fresh database and signals it
/// at each point; afterwards no temporary database of the run exists, and
/// the database holds nothing or everything of the plan.
fn interrupt_at_many_points(command: &[&str], points: &[(&str, u64)]) {
    for (round, (sig, after_ms)) in points.iter().enumerate() {
        let (db, dir, url) = big_plan(&format!("{}_{round}", command[0]));
        let mut args = command.to_vec();
        args.extend(["--schema", dir.path().to_str().unwrap(), "--url", &url]);
        let child = spawn(&args);
        let pid = child.id();
        // For apply, `after_ms` above 10 s counts from when the target's
        // transaction first wrote (the plan is being applied).
        let mut wait = *after_ms;
        if command[0] == "apply" && wait >= 10_000 {
            assert!(
                wait_for(120, || writing(&db)),
                "the apply never started writing"
            );
            wait -= 10_000;
        }
        std::thread::sleep(Duration::from_millis(wait));
        signal(&child, sig);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let at = if *after_ms >= 10_000 && command[0] == "apply" {
            format!(
                "{command:?}, {sig} {} ms after the first write",
                after_ms - 10_000
            )
        } else {
            format!("{command:?}, {sig} after {after_ms} ms")
        };
        // (A signal before the handler is installed ends the process
        // the default way, before it made anything.)
        if out.status.code().is_some_and(|c| c != 0) {
            assert_eq!(out.status.code(), Some(130), "{at}: {stderr}");
            assert!(stderr.contains("interrupted"), "{at}: {stderr}");
            assert!(
                !stderr.contains("s.sql:"),
                "{at}: blamed the file: {stderr}"
            );
        }
        assert_eq!(
            temporary_databases_of(&db, pid),
            Vec::<String>::new(),
            "{at} left a temporary database"
        );
        // All or nothing, and the message says which.
        let n = tables(&db);
        eprintln!("{at}: exit {:?}, {n} tables", out.status.code());
        if command[0] == "apply" {
            assert!(n == 0 || n == 400, "{at}: {n} tables: {stderr}");
            if n == 0 {
                assert!(
                    out.status.code() != Some(0),
                    "{at}: exit 0 without applying"
                );
            } else if out.status.code() == Some(130) {
                assert!(stderr.contains("committed"), "{at}: {stderr}");
            }
        } else {
            assert_eq!(n, 0, "{at}: plan changed the database");
        }
    }
}

#[test]
fn interrupted_plans_leave_no_temporary_database() {
    // At several points of the run: while connecting, creating the
    // temporary database, loading, reading.
    interrupt_at_many_points(
        &["plan"],
        &[
            ("INT", 0),
            ("INT", 60),
            ("TERM", 150),
            ("INT", 400),
            ("TERM", 900),
        ],
    );
}

#[test]
fn interrupted_applies_leave_nothing_half_done_and_no_temporary_database() {
    // Also while rehearsing on a second temporary database, and applying.
    interrupt_at_many_points(
        &["apply", "--yes", "--allow-hazards", "all"],
        &[
            ("TERM", 100),
            ("INT", 500),
            ("TERM", 1200),
            ("INT", 2000),
            ("TERM", 3000),
            ("INT", 4500),
            // While the plan is applied: at once, and later.
            ("INT", 10_000),
            ("TERM", 10_300),
            ("INT", 11_000),
        ],
    );
}

/// `command` killed outright (SIGKILL) while its temporary database
/// exists: the next run on the same server drops it.
fn killed_leaves_nothing_after_the_next_run(command: &[&str]) {
    let (db, dir, url) = big_plan(&format!("kill_{}", command[0]));
    let mut args = command.to_vec();
    args.extend(["--schema", dir.path().to_str().unwrap(), "--url", &url]);
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
    let small = schema_dir(
        &format!("kill_next_{}", command[0]),
        "CREATE TABLE x (id int);\n",
    );
    let out = spawn(&[
        "plan",
        "--schema",
        small.path().to_str().unwrap(),
        "--url",
        &url,
    ])
    .wait_with_output()
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(temporary_databases_of(&db, pid), Vec::<String>::new());
}

#[test]
fn a_killed_plan_leaves_nothing_after_the_next_run() {
    killed_leaves_nothing_after_the_next_run(&["plan"]);
}

#[test]
fn a_killed_apply_leaves_nothing_after_the_next_run() {
    killed_leaves_nothing_after_the_next_run(&["apply", "--yes", "--allow-hazards", "all"]);
}
