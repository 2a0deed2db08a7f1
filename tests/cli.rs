//! The command-line contract: exit codes, messages, and what each command
//! does to a live database.

mod support;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use support::{TestDb, driftless};

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A folder of schema files, removed on drop.
struct Files(tempfile::TempDir);

impl Files {
    fn new(tag: &str, files: &[(&str, &str)]) -> Files {
        let dir = tempfile::Builder::new()
            .prefix(&format!("driftless_cli_{tag}_"))
            .tempdir()
            .expect("a temporary folder");
        for (name, text) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        Files(dir)
    }

    fn path(&self) -> &str {
        self.0.path().to_str().unwrap()
    }

    fn file(&self, name: &str) -> String {
        self.0.path().join(name).to_str().unwrap().to_string()
    }
}

/// `driftless VERB --schema FILES --url URL EXTRA...`.
fn run(verb: &str, files: &Files, url: &str, extra: &[&str]) -> Output {
    driftless(&[&[verb, "--schema", files.path(), "--url", url][..], extra].concat())
}

/// Fails the test, with the command's stderr, unless it succeeded.
#[track_caller]
fn assert_ok(out: &Output) {
    assert!(out.status.success(), "{}", stderr(out));
}

/// Planning `files` against `url` again finds nothing to do.
#[track_caller]
fn assert_converged(files: &Files, url: &str) {
    let out = run("plan", files, url, &[]);
    assert!(executable(&stdout(&out)).is_empty(), "{}", stdout(&out));
}

/// `apply` of `files` to `url`, destructive steps and every hazard
/// allowed, writing the rollback file `back.sql` beside the files: the
/// output and the file's path.
fn apply_keeping_the_way_back(files: &Files, url: &str) -> (Output, std::path::PathBuf) {
    let back = files.0.path().join("back.sql");
    let args = [
        "--yes",
        "--allow-destructive",
        "--allow-hazards",
        "all",
        "--rollback-file",
        back.to_str().unwrap(),
    ];
    (run("apply", files, url, &args), back)
}

/// Statements that are not comments.
fn executable(sql: &str) -> Vec<&str> {
    sql.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with("--"))
        .collect()
}

fn tables(db: &TestDb) -> Vec<String> {
    db.client()
        .query(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables \
             WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

#[test]
fn plan_orders_files_written_in_any_order() {
    let db = TestDb::create("plan_order");
    // posts.sql sorts before users.sql but references it.
    let files = Files::new(
        "order",
        &[
            (
                "a_posts.sql",
                "CREATE TABLE posts (id int PRIMARY KEY, author int REFERENCES users (id));",
            ),
            (
                "b_users.sql",
                "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);",
            ),
            ("notes.txt", "not sql, ignored"),
        ],
    );
    let out = run("plan", &files, &db.url_string(), &[]);
    assert_ok(&out);
    let sql = stdout(&out);
    let users = sql
        .find("CREATE TABLE IF NOT EXISTS public.users")
        .expect(&sql);
    let posts = sql
        .find("CREATE TABLE IF NOT EXISTS public.posts")
        .expect(&sql);
    let fk = sql.find("ADD CONSTRAINT posts_author_fkey").expect(&sql);
    assert!(users < fk && posts < fk, "{sql}");
    // The plan is plain SQL: it applies as printed.
    db.exec(&sql);
    assert_eq!(tables(&db), ["public.posts", "public.users"]);
    assert_converged(&files, &db.url_string());
}

#[test]
fn syntax_error_names_file_line_and_column() {
    let db = TestDb::create("syntax");
    let files = Files::new(
        "syntax",
        &[(
            "s.sql",
            "CREATE TABLE ok (id int);\n\nCREATE TABLE bad (id int,, name text);\n",
        )],
    );
    let out = run("plan", &files, &db.url_string(), &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!("{}:3:", files.file("s.sql"))),
        "{err}"
    );
    assert!(err.contains("syntax error"), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn a_missing_schema_file_is_one_line_naming_it_and_its_cause_once() {
    let db = TestDb::create("nofile");
    let missing = format!("{}/no_such_schema.sql", env!("CARGO_TARGET_TMPDIR"));
    let out = driftless(&["plan", "--schema", &missing, "--url", &db.url_string()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.starts_with(&format!("error: {missing}: ")), "{err}");
    assert_eq!(err.matches("No such file or directory").count(), 1, "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn unresolvable_reference_names_the_statement() {
    let db = TestDb::create("missing");
    let files = Files::new(
        "missing",
        &[(
            "m.sql",
            "CREATE TABLE a (id int);\nCREATE TABLE b (id int REFERENCES nowhere (id));\n",
        )],
    );
    let out = run("plan", &files, &db.url_string(), &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}:2:", files.file("m.sql"))),
        "{err}"
    );
    assert!(err.contains("\"nowhere\" does not exist"), "{err}");
}

#[test]
fn unreachable_server_is_one_line_without_password() {
    let files = Files::new("unreach", &[("s.sql", "CREATE TABLE t (id int);")]);
    let out = run(
        "plan",
        &files,
        "postgres://someone:hunter2@127.0.0.1:1/app",
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("127.0.0.1:1/app"), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
}

#[test]
fn missing_database_is_an_error() {
    let files = Files::new("nodb", &[("s.sql", "CREATE TABLE t (id int);")]);
    let base = support::server_url();
    let (prefix, _) = base.rsplit_once('/').unwrap();
    let url = format!("{prefix}/driftless_no_such_db");
    let out = run("check", &files, &url, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("driftless_no_such_db"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn check_reports_drift_then_passes_after_apply() {
    let db = TestDb::create("check");
    db.exec("CREATE TABLE t (id int PRIMARY KEY, name varchar(10));");
    let files = Files::new(
        "check",
        &[(
            "s.sql",
            "CREATE TABLE t (id int PRIMARY KEY, name varchar(20), email text);",
        )],
    );
    let out = run("check", &files, &db.url_string(), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = stdout(&out);
    assert!(report.contains("+ column public.t.email"), "{report}");
    assert!(report.contains("~ column public.t.name"), "{report}");
    assert!(
        report.contains("character varying(10) -> character varying(20)"),
        "{report}"
    );

    let out = run("apply", &files, &db.url_string(), &["--yes"]);
    assert_ok(&out);
    assert!(stderr(&out).contains("applied 2 steps"), "{}", stderr(&out));

    let out = run("check", &files, &db.url_string(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn apply_refuses_without_terminal_or_yes() {
    let db = TestDb::create("noyes");
    let files = Files::new("noyes", &[("s.sql", "CREATE TABLE t (id int);")]);
    let out = run("apply", &files, &db.url_string(), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    assert!(tables(&db).is_empty());
}

#[test]
fn failed_apply_leaves_database_untouched() {
    let db = TestDb::create("atomic");
    db.exec("CREATE TABLE t (id int); INSERT INTO t VALUES (1);");
    // The new table comes first in the plan; the NOT NULL column without a
    // default then fails on the existing row.
    let files = Files::new(
        "atomic",
        &[(
            "s.sql",
            "CREATE TABLE a_new (id int);\nCREATE TABLE t (id int, must text NOT NULL);",
        )],
    );
    let out = run(
        "apply",
        &files,
        &db.url_string(),
        &["--yes", "--allow-hazards", "validation_scan"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("nothing was applied"),
        "{}",
        stderr(&out)
    );
    assert_eq!(tables(&db), ["public.t"]);
}

#[test]
fn destructive_steps_need_the_flag() {
    let db = TestDb::create("destructive");
    db.exec("CREATE TABLE t (id int, old text); CREATE TABLE gone (id int);");
    let files = Files::new("destructive", &[("s.sql", "CREATE TABLE t (id int);")]);
    let out = run("plan", &files, &db.url_string(), &[]);
    assert!(out.status.success());
    let sql = stdout(&out);
    assert!(executable(&sql).is_empty(), "{sql}");
    assert!(
        sql.contains("--   DROP TABLE IF EXISTS public.gone"),
        "{sql}"
    );
    assert!(
        stderr(&out).contains("--allow-destructive"),
        "{}",
        stderr(&out)
    );

    let out = run("apply", &files, &db.url_string(), &["--yes"]);
    assert_ok(&out);
    assert_eq!(tables(&db), ["public.gone", "public.t"]);

    let out = run(
        "apply",
        &files,
        &db.url_string(),
        &["--yes", "--allow-destructive"],
    );
    assert_ok(&out);
    assert_eq!(tables(&db), ["public.t"]);
}

/// A subscription that connects nowhere (`connect = false`).
fn subscription(name: &str) -> String {
    format!(
        "CREATE SUBSCRIPTION {name} CONNECTION 'host=127.0.0.1 port=1 dbname=nowhere' \
         PUBLICATION elsewhere WITH (connect = false);\n"
    )
}

/// A role that may create databases (to load schema files) but is no
/// superuser: it cannot read a subscription's connection string.
fn plain_reader(db: &TestDb) -> String {
    db.server
        .connect()
        .unwrap()
        .batch_execute(
            "DO $$ BEGIN CREATE ROLE dl_plain_reader LOGIN CREATEDB; \
             EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        )
        .unwrap();
    format!("{}?user=dl_plain_reader", db.url_string())
}

/// What driftless cannot compare (here a subscription whose connection
/// string the reading role may not see) is named and left alone.
#[test]
fn unmanaged_objects_are_reported_and_left_alone() {
    let db = TestDb::create("unmanaged");
    db.exec(&format!(
        "CREATE TABLE t (id int, n int);{}",
        subscription("dl_left_alone")
    ));
    let files = Files::new("unmanaged", &[("s.sql", "CREATE TABLE t (id int, n int);")]);
    let out = run("plan", &files, &plain_reader(&db), &["--allow-destructive"]);
    assert_ok(&out);
    let err = stderr(&out);
    assert!(
        err.contains("not managed yet: subscription dl_left_alone (its connection string is readable only by superusers)"),
        "{err}"
    );
    assert!(executable(&stdout(&out)).is_empty(), "{}", stdout(&out));
}

/// Owners are managed when the files say `OWNER TO` (or with `--owners`),
/// never otherwise: a database whose objects belong to another role than
/// the one loading the files has no drift for it.
#[test]
fn owners_are_managed_only_when_declared() {
    let db = TestDb::create("owners");
    db.exec(
        "DO $$ BEGIN CREATE ROLE dl_owner_role; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\
         CREATE TABLE t (id int);\
         ALTER TABLE t OWNER TO dl_owner_role;",
    );
    let url = db.url_string();
    let plain = Files::new("owners_plain", &[("s.sql", "CREATE TABLE t (id int);")]);
    let out = run("check", &plain, &url, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("note: owners differ but are not managed"),
        "{}",
        stderr(&out)
    );
    let out = run("check", &plain, &url, &["--owners"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("~ table public.t"),
        "{}",
        stdout(&out)
    );

    let declared = Files::new(
        "owners_declared",
        &[(
            "s.sql",
            "CREATE TABLE t (id int);\nALTER TABLE t OWNER TO dl_owner_role;\nCREATE TABLE u (id int);\nALTER TABLE u OWNER TO dl_owner_role;\n",
        )],
    );
    let out = run("plan", &declared, &url, &[]);
    assert_ok(&out);
    let plan = executable(&stdout(&out)).join("\n");
    assert!(
        plan.contains("ALTER TABLE public.u OWNER TO dl_owner_role"),
        "{plan}"
    );
    assert!(!plan.contains("public.t OWNER"), "{plan}");
    let out = run("apply", &declared, &url, &["--yes"]);
    assert_ok(&out);
    let out = run("check", &declared, &url, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn json_format_lists_steps() {
    let db = TestDb::create("json");
    let files = Files::new("json", &[("s.sql", "CREATE TABLE t (id int PRIMARY KEY);")]);
    let out = run("plan", &files, &db.url_string(), &["--format", "json"]);
    assert_ok(&out);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["steps"][0]["summary"], "create table public.t");
    assert!(
        doc["steps"][0]["sql"][0]
            .as_str()
            .unwrap()
            .starts_with("CREATE TABLE")
    );
}

#[test]
fn example_schema_applies_and_inspect_round_trips() {
    let db = TestDb::create("inspect");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
    let example = example.to_str().unwrap();
    let out = driftless(&[
        "apply",
        "--yes",
        "--schema",
        example,
        "--url",
        &db.url_string(),
    ]);
    assert_ok(&out);
    let out = driftless(&["check", "--schema", example, "--url", &db.url_string()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    let out_dir = Files::new("inspect", &[]);
    let out_file = out_dir.file("inspected.sql");
    let out = driftless(&["inspect", "--url", &db.url_string(), "-o", &out_file]);
    assert_ok(&out);
    // It loads into an empty database...
    let fresh = TestDb::create("inspect_fresh");
    fresh.exec(&std::fs::read_to_string(&out_file).unwrap());
    assert_eq!(tables(&fresh), tables(&db));
    // ...and plans nothing against the original.
    let out = driftless(&[
        "plan",
        "--allow-destructive",
        "--schema",
        &out_file,
        "--url",
        &db.url_string(),
    ]);
    assert_ok(&out);
    assert!(executable(&stdout(&out)).is_empty(), "{}", stdout(&out));
}

#[test]
fn diff_between_file_sets() {
    let a = Files::new("diff_a", &[("s.sql", "CREATE TABLE t (id int);")]);
    let b = Files::new(
        "diff_b",
        &[("s.sql", "CREATE TABLE t (id int, name text);")],
    );
    let out = Command::new(env!("CARGO_BIN_EXE_driftless"))
        .args([
            "diff",
            a.path(),
            b.path(),
            "--dev-url",
            &support::server_url(),
        ])
        .output()
        .unwrap();
    assert_ok(&out);
    assert!(
        stdout(&out).contains("ALTER TABLE public.t ADD COLUMN IF NOT EXISTS name text;"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn no_temporary_database_is_left_behind() {
    let db = TestDb::create("leftover");
    let files = Files::new(
        "leftover",
        &[("s.sql", "CREATE TABLE t (id int);\nCREATE TABLE broken (;")],
    );
    let child = Command::new(env!("CARGO_BIN_EXE_driftless"))
        .args(["plan", "--schema", files.path(), "--url", &db.url_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Temporary databases are named after the process that made them.
    let prefix = format!("driftless_tmp_{}_", child.id());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let mut admin = support::server().connect().unwrap();
    let left: i64 = admin
        .query_one(
            "SELECT count(*) FROM pg_database WHERE starts_with(datname, $1)",
            &[&prefix],
        )
        .unwrap()
        .get(0);
    assert_eq!(left, 0, "a temporary database was left behind");
}

#[test]
fn schema_filters_limit_what_is_managed() {
    let db = TestDb::create("filters");
    db.exec(
        "CREATE SCHEMA app; CREATE TABLE app.t (id int);\
         CREATE SCHEMA legacy_a; CREATE TABLE legacy_a.old (id int);",
    );
    let files = Files::new(
        "filters",
        &[(
            "s.sql",
            "CREATE SCHEMA app; CREATE TABLE app.t (id int, name text);",
        )],
    );
    let url = db.url_string();
    // Without a filter, legacy_a is not in the files: it would be dropped.
    let out = run("plan", &files, &url, &["--allow-destructive"]);
    assert!(
        stdout(&out).contains("DROP SCHEMA IF EXISTS legacy_a"),
        "{}",
        stdout(&out)
    );
    for args in [
        vec!["--exclude-schema", "legacy_*"],
        vec!["--include-schema", "app"],
        vec!["--include-schema", "a?p", "--include-schema", "public"],
        vec!["--include-schema", "{app,public}"],
        vec!["--exclude-schema", "legacy_[a-c]"],
    ] {
        let mut all = vec![
            "plan",
            "--allow-destructive",
            "--schema",
            files.path(),
            "--url",
            &url,
        ];
        all.extend(args.iter().copied());
        let out = driftless(&all);
        assert_ok(&out);
        let sql = stdout(&out);
        assert!(!sql.contains("legacy_a"), "{args:?}: {sql}");
        assert!(
            sql.contains("ADD COLUMN IF NOT EXISTS name text"),
            "{args:?}: {sql}"
        );
    }
    // A pattern that is not a glob is bad input, named before any work.
    let out = run("plan", &files, &url, &["--include-schema", "app[0-"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("--include-schema") && err.contains("app[0-"),
        "{err}"
    );
}

#[test]
fn privileges_are_managed_only_when_declared() {
    let db = TestDb::create("privs");
    db.exec(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_cli_reader') \
         THEN CREATE ROLE dl_cli_reader; END IF; END $$;\
         CREATE TABLE t (id int); GRANT SELECT ON t TO dl_cli_reader;",
    );
    let url = db.url_string();
    // Files without GRANT/REVOKE: the grant is left alone, with a note.
    let plain = Files::new("privs_plain", &[("s.sql", "CREATE TABLE t (id int);")]);
    let out = run("plan", &plain, &url, &[]);
    assert!(executable(&stdout(&out)).is_empty(), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("privileges differ but are not managed"),
        "{}",
        stderr(&out)
    );
    // --privileges: the files' (absent) grants win.
    let out = run("plan", &plain, &url, &["--privileges"]);
    assert!(
        stdout(&out).contains("REVOKE SELECT ON TABLE public.t FROM dl_cli_reader"),
        "{}",
        stdout(&out)
    );
    // Files that grant: managed.
    let granting = Files::new(
        "privs_grant",
        &[(
            "s.sql",
            "CREATE TABLE t (id int);\nGRANT SELECT, INSERT ON t TO dl_cli_reader;",
        )],
    );
    let out = run("plan", &granting, &url, &[]);
    assert!(
        stdout(&out).contains("GRANT INSERT ON TABLE public.t TO dl_cli_reader"),
        "{}",
        stdout(&out)
    );
    // A grant to a role that does not exist stops before anything runs.
    let bad = Files::new(
        "privs_bad",
        &[(
            "s.sql",
            "CREATE TABLE t (id int);\nGRANT SELECT ON t TO dl_no_such_role;",
        )],
    );
    let out = run("apply", &bad, &url, &["--yes"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("s.sql:2:") && err.contains("dl_no_such_role"),
        "{err}"
    );
}

#[test]
fn plan_formats_exit_code_and_saved_plans() {
    let db = TestDb::create("formats");
    db.exec("CREATE TABLE t (id int PRIMARY KEY, old text);");
    let files = Files::new(
        "formats",
        &[(
            "s.sql",
            "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL DEFAULT '');\nCREATE INDEX ON t (name);",
        )],
    );
    let url = db.url_string();

    let out = run("plan", &files, &url, &["--exit-code"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));

    let out = run("plan", &files, &url, &["--format", "markdown"]);
    let md = stdout(&out);
    assert!(md.starts_with("### driftless plan for "), "{md}");
    assert!(md.contains("| # | step | hazards |"), "{md}");
    assert!(md.contains("`index_build`"), "{md}");
    assert!(md.contains("held back: drop column public.t.old"), "{md}");
    assert!(md.contains("<details><summary>SQL</summary>"), "{md}");

    let out = run("plan", &files, &url, &["--format", "human"]);
    let human = stdout(&out);
    assert!(
        human.starts_with("Plan: 2 to add, 0 to change, 0 to drop, 1 destructive step held back."),
        "{human}"
    );
    // Steps are numbered as in the SQL, as apply's question names them.
    assert!(
        human.contains("\n+ 1. ") && human.contains("\n+ 2. "),
        "{human}"
    );

    let out = run("plan", &files, &url, &["--verify"]);
    assert_ok(&out);
    assert!(stderr(&out).contains("verified"), "{}", stderr(&out));

    // A saved plan applies while the database is unchanged...
    let out = run("plan", &files, &url, &["--format", "json"]);
    let dir = Files::new("formats_saved", &[("plan.json", &stdout(&out))]);
    let saved = dir.file("plan.json");
    // ...and is refused once it moved.
    db.exec("CREATE TABLE moved (id int);");
    let out = driftless(&["apply", "--yes", "--plan", &saved, "--url", &url]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("has changed since"),
        "{}",
        stderr(&out)
    );
    db.exec("DROP TABLE moved;");
    // The saved steps keep their hazards: the gate applies to them too.
    let out = driftless(&["apply", "--yes", "--plan", &saved, "--url", &url]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("hazards not allowed: index_build (step 2)"),
        "{}",
        stderr(&out)
    );
    let out = driftless(&[
        "apply",
        "--yes",
        "--plan",
        &saved,
        "--url",
        &url,
        "--allow-hazards",
        "index_build",
    ]);
    assert_ok(&out);
    // Only the held-back drop of `old` remains: still a difference for CI.
    let out = run("plan", &files, &url, &["--exit-code"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("only held-back steps remain"),
        "{}",
        stderr(&out)
    );
    assert_ok(&run(
        "apply",
        &files,
        &url,
        &["--yes", "--allow-destructive"],
    ));
    let out = run("plan", &files, &url, &["--exit-code"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

/// The plan without `--allow-destructive` runs nothing and names `step`
/// among what it holds back.
#[track_caller]
fn assert_nothing_but_held_back(files: &Files, url: &str, step: &str) {
    let out = run("plan", files, url, &[]);
    assert_ok(&out);
    assert!(executable(&stdout(&out)).is_empty(), "{}", stdout(&out));
    assert!(
        stderr(&out).contains(&format!("  - {step}\n")),
        "{}",
        stderr(&out)
    );
}

/// With `--allow-destructive` the held-back change applies whole, and
/// planning again finds nothing.
#[track_caller]
fn assert_applies_whole(files: &Files, url: &str) {
    assert_ok(&run(
        "apply",
        files,
        url,
        &["--yes", "--allow-destructive", "--allow-hazards", "all"],
    ));
    assert_converged(files, url);
}

#[test]
fn a_held_back_change_is_held_back_whole() {
    // A narrowing type change is destructive; the default dropped only to
    // make way for it must not run without it.
    let db = TestDb::create("held_whole");
    db.exec(
        "CREATE TABLE tasks (id int PRIMARY KEY, priority int NOT NULL DEFAULT 0);\
         CREATE TABLE data (id int);\
         CREATE VIEW report AS SELECT id FROM data;",
    );
    let files = Files::new(
        "held_whole",
        &[(
            "s.sql",
            // `data` becomes a view over a new table: the table's drop is
            // held back, so the view that would take its name is too.
            "CREATE TABLE tasks (id int PRIMARY KEY, priority smallint NOT NULL DEFAULT 0);\n\
             CREATE TABLE t_data (id int);\n\
             CREATE VIEW data AS SELECT id FROM t_data;\n\
             CREATE VIEW report AS SELECT id FROM data;\n",
        )],
    );
    let url = db.url_string();
    let out = run("plan", &files, &url, &["--format", "sql"]);
    assert_ok(&out);
    let plan = executable(&stdout(&out)).join("\n");
    assert!(!plan.contains("DROP DEFAULT"), "{plan}");
    assert!(
        !plan.contains("CREATE OR REPLACE VIEW public.data"),
        "{plan}"
    );
    assert!(!plan.contains("DROP VIEW"), "{plan}");
    let held = stdout(&out);
    assert!(held.contains("-- Held back"), "{held}");
    assert!(
        held.contains("part of a destructive change held back"),
        "{held}"
    );
    assert_ok(&run("apply", &files, &url, &["--yes"]));
    let default: Option<String> = db
        .client()
        .query_one(
            "SELECT column_default FROM information_schema.columns \
             WHERE table_name = 'tasks' AND column_name = 'priority'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(default.as_deref(), Some("0"));
    // The held-back change applies whole with --allow-destructive.
    assert_applies_whole(&files, &url);
}

/// A table the plan makes anew is made whole or not at all: when its
/// policy is held back (it reads an enum whose rebuild drops a label), so
/// is the table. Created with row security on and no policy, it would let
/// only its owner see rows, a state neither side has.
#[test]
fn a_new_table_is_held_back_with_its_held_back_policy() {
    let db = TestDb::create("held_new");
    db.exec(
        "CREATE TYPE state AS ENUM ('open', 'closed', 'lost');\
         CREATE TABLE orders (id int PRIMARY KEY, state state NOT NULL);\
         INSERT INTO orders VALUES (1, 'open');",
    );
    let files = Files::new(
        "held_new",
        &[(
            "s.sql",
            "CREATE TYPE state AS ENUM ('open', 'closed');\n\
             CREATE TABLE orders (id int PRIMARY KEY, state state NOT NULL);\n\
             CREATE TABLE invoices (order_id int PRIMARY KEY REFERENCES orders (id), amount int NOT NULL);\n\
             ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;\n\
             CREATE POLICY open_only ON invoices\n\
             USING (EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id AND o.state <> 'closed'));\n",
        )],
    );
    let url = db.url_string();
    assert_nothing_but_held_back(&files, &url, "create table public.invoices");
    assert_ok(&run("apply", &files, &url, &["--yes"]));
    assert_eq!(tables(&db), ["public.orders"]);
    assert_applies_whole(&files, &url);
}

/// A new partition takes its parent's columns as they are when it is
/// made: while the parent's column drop is held back, so is the partition
/// (made now, it would have the column the files drop).
#[test]
fn a_new_partition_is_held_back_with_its_parents_held_back_change() {
    let db = TestDb::create("held_part");
    db.exec(
        "CREATE TABLE events (k int, note text, gone int) PARTITION BY RANGE (k);\
         CREATE TABLE events_1 PARTITION OF events FOR VALUES FROM (0) TO (10);\
         INSERT INTO events VALUES (1, 'x', 5);",
    );
    let files = Files::new(
        "held_part",
        &[(
            "s.sql",
            "CREATE TABLE events (k int, note text) PARTITION BY RANGE (k);\n\
             CREATE TABLE events_1 PARTITION OF events FOR VALUES FROM (0) TO (10);\n\
             CREATE TABLE events_2 PARTITION OF events FOR VALUES FROM (10) TO (20);\n",
        )],
    );
    let url = db.url_string();
    assert_nothing_but_held_back(&files, &url, "create table public.events_2");
    assert_applies_whole(&files, &url);
}

#[test]
fn online_apply_under_concurrent_inserts_loses_nothing() {
    let db = TestDb::create("online");
    db.exec(
        "CREATE TABLE parent (id int PRIMARY KEY); INSERT INTO parent VALUES (1);\
         CREATE TABLE t (id serial PRIMARY KEY, parent_id int, note text);\
         INSERT INTO t (parent_id, note) SELECT 1, 'x' FROM generate_series(1, 2000);",
    );
    let files = Files::new(
        "online",
        &[(
            "s.sql",
            "CREATE TABLE parent (id int PRIMARY KEY);\n\
             CREATE TABLE t (id serial PRIMARY KEY, parent_id int NOT NULL REFERENCES parent (id), note text);\n\
             CREATE INDEX ON t (note);",
        )],
    );
    let url = db.url_string();
    let out = run("plan", &files, &url, &["--online"]);
    let sql = stdout(&out);
    assert!(
        sql.contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS t_note_idx"),
        "{sql}"
    );
    assert!(
        sql.contains("NOT VALID;") && sql.contains("VALIDATE CONSTRAINT t_parent_id_fkey"),
        "{sql}"
    );
    assert!(
        sql.contains("CHECK (parent_id IS NOT NULL) NOT VALID"),
        "{sql}"
    );

    // Another connection inserts while the plan is applied.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let stop = stop.clone();
        let url = db.url.clone();
        std::thread::spawn(move || {
            let mut c = url.connect().unwrap();
            let mut n = 0_i64;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) && n < 20_000 {
                c.execute("INSERT INTO t (parent_id, note) VALUES (1, 'w')", &[])
                    .unwrap();
                n += 1;
            }
            n
        })
    };
    let out = run(
        "apply",
        &files,
        &url,
        &[
            "--yes",
            "--online",
            "--allow-hazards",
            "validation_scan,index_build",
        ],
    );
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let inserted = writer.join().expect("the writer never failed");
    assert_ok(&out);
    let rows: i64 = db
        .client()
        .query_one("SELECT count(*) FROM t", &[])
        .unwrap()
        .get(0);
    assert_eq!(rows, 2000 + inserted, "no row lost");
    assert_converged(&files, &url);
}

#[test]
fn lock_timeouts_are_retried_then_fail_cleanly() {
    let db = TestDb::create("locks");
    db.exec("CREATE TABLE t (id int);");
    let files = Files::new(
        "locks",
        &[("s.sql", "CREATE TABLE t (id int, extra text);")],
    );
    let url = db.url_string();
    let hold = |seconds: f64| {
        let url = db.url.clone();
        let (tx, rx) = std::sync::mpsc::channel();
        let h = std::thread::spawn(move || {
            let mut c = url.connect().unwrap();
            let mut t = c.transaction().unwrap();
            t.batch_execute("LOCK TABLE t IN ACCESS EXCLUSIVE MODE")
                .unwrap();
            tx.send(()).unwrap();
            std::thread::sleep(std::time::Duration::from_secs_f64(seconds));
            t.rollback().unwrap();
        });
        rx.recv().unwrap();
        h
    };
    // Held briefly: the first attempts time out, a retry succeeds.
    let h = hold(1.2);
    let out = run(
        "apply",
        &files,
        &url,
        &["--yes", "--no-verify", "--lock-timeout", "200ms"],
    );
    h.join().unwrap();
    assert_ok(&out);
    // Held too long: fails after the retries, nothing applied.
    let files2 = Files::new(
        "locks2",
        &[("s.sql", "CREATE TABLE t (id int, extra text, more text);")],
    );
    let h = hold(8.0);
    let out = run(
        "apply",
        &files2,
        &url,
        &["--yes", "--no-verify", "--lock-timeout", "200ms"],
    );
    h.join().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("lock timeout"), "{}", stderr(&out));
    let cols: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 't'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(cols, 2);
}

#[test]
fn apply_refuses_hazards_not_allowed() {
    let db = TestDb::create("hazards");
    db.exec("CREATE TABLE t (id int, note text); INSERT INTO t VALUES (1, 'a');");
    let files = Files::new(
        "hazards",
        &[(
            "s.sql",
            "CREATE TABLE t (id bigint, note text CHECK (note <> ''));\nCREATE INDEX ON t (note);",
        )],
    );
    let url = db.url_string();
    let apply = |extra: &[&str]| run("apply", &files, &url, &[&["--yes"][..], extra].concat());
    let columns = || -> Vec<String> {
        db.client()
            .query(
                "SELECT format_type(atttypid, atttypmod) FROM pg_attribute \
                 WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect()
    };

    let out = apply(&[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("refusing to apply: the plan has hazards not allowed: "),
        "{err}"
    );
    for code in ["table_rewrite", "validation_scan", "index_build"] {
        assert!(err.contains(code), "{err}");
    }
    assert!(err.contains("--allow-hazards "), "{err}");
    assert_eq!(columns(), ["integer", "text"], "nothing applied");

    // Allowing only some of them is still a refusal, naming the rest.
    let out = apply(&["--allow-hazards", "table_rewrite,index_build"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("validation_scan"), "{err}");
    assert!(!err.contains("index_build ("), "{err}");

    let out = apply(&["--allow-hazards", "no_such_code"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown hazard code \"no_such_code\""),
        "{}",
        stderr(&out)
    );

    let out = apply(&[
        "--allow-hazards",
        "table_rewrite,validation_scan,index_build",
    ]);
    assert_ok(&out);
    assert_eq!(columns(), ["bigint", "text"]);
}

#[test]
fn statement_timeouts_are_set_per_step() {
    let db = TestDb::create("stmt_timeout");
    db.exec("CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);");
    // Validating the check calls slow() once per row: 0.9 s in all, in a
    // step that scans the table (a long-running step).
    let files = Files::new(
        "stmt_timeout",
        &[(
            "s.sql",
            "CREATE FUNCTION slow(x int) RETURNS boolean LANGUAGE plpgsql AS $$\n\
             BEGIN PERFORM pg_sleep(0.3); RETURN true; END $$;\n\
             CREATE TABLE t (a int CONSTRAINT t_slow CHECK (slow(a)));",
        )],
    );
    let url = db.url_string();
    let apply = |extra: &[&str]| {
        let args = [&["--yes", "--allow-hazards", "validation_scan"][..], extra].concat();
        run("apply", &files, &url, &args)
    };
    let has_check = || {
        db.client()
            .query("SELECT 1 FROM pg_constraint WHERE conname = 't_slow'", &[])
            .unwrap()
            .len()
            == 1
    };

    let out = apply(&["--long-statement-timeout", "200ms"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("statement timeout"),
        "{}",
        stderr(&out)
    );
    assert!(!has_check(), "nothing applied");

    // The short limit applies to the other steps only.
    let out = apply(&["--statement-timeout", "200ms"]);
    assert_ok(&out);
    assert!(has_check());
}

#[test]
fn rehearsal_catches_a_broken_saved_plan() {
    let db = TestDb::create("rehearse_cli");
    db.exec("CREATE TABLE t (id int PRIMARY KEY);");
    let files = Files::new(
        "rehearse_cli",
        &[(
            "s.sql",
            "CREATE TABLE t (id int PRIMARY KEY);\n\
             CREATE TABLE parent (id int PRIMARY KEY);\n\
             CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id));",
        )],
    );
    let url = db.url_string();
    let out = run("plan", &files, &url, &["--format", "json"]);
    assert_ok(&out);
    // Break the plan: leave out the step that creates the parent table.
    let mut doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let steps = doc["steps"].as_array_mut().unwrap();
    let before = steps.len();
    steps.retain(|s| s["summary"] != "create table public.parent");
    assert_eq!(steps.len(), before - 1, "{doc}");
    let broken = Files::new("rehearse_cli_plan", &[("plan.json", &doc.to_string())]);

    let out = driftless(&[
        "apply",
        "--yes",
        "--plan",
        &broken.file("plan.json"),
        "--url",
        &url,
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("rehearsal: the plan fails on a copy of the target's schema"),
        "{err}"
    );
    assert!(err.contains("parent"), "{err}");
    assert_eq!(tables(&db), ["public.t"], "the target was not touched");
}

/// The review formats, as a reviewer sees them. The database name varies
/// per run and is replaced by `DB`.
#[test]
fn review_formats_snapshots() {
    let db = TestDb::create("review");
    db.exec(
        "CREATE TABLE accounts (id int PRIMARY KEY, email varchar(50), legacy text);\
         CREATE TABLE gone (id int);\
         CREATE VIEW reachable AS SELECT id, email FROM accounts;",
    );
    let files = Files::new(
        "review",
        &[(
            "s.sql",
            "CREATE TYPE plan AS ENUM ('free', 'pro');\n\
             CREATE TABLE accounts (\n  id bigint PRIMARY KEY,\n  email varchar(100) NOT NULL,\n  plan plan NOT NULL DEFAULT 'free'\n);\n\
             CREATE UNIQUE INDEX ON accounts (lower(email));\n\
             COMMENT ON TABLE accounts IS 'one row per customer';\n\
             CREATE VIEW reachable AS SELECT id, email FROM accounts WHERE email LIKE '%@%';",
        )],
    );
    let url = db.url_string();
    let render = |format: &str| {
        let out = run("plan", &files, &url, &["--format", format]);
        assert_ok(&out);
        stdout(&out).replace(&db.name, "DB")
    };
    insta::assert_snapshot!("review_markdown", render("markdown"));
    insta::assert_snapshot!("review_json", render("json"));
    insta::assert_snapshot!("review_human", render("human"));
}

#[test]
fn serial_to_identity_keeps_counting_after_existing_rows() {
    let db = TestDb::create("serial_identity");
    db.exec(
        "CREATE TABLE items (id serial PRIMARY KEY, name text);\
         INSERT INTO items (name) VALUES ('a'), ('b'), ('c');",
    );
    let files = Files::new(
        "serial_identity",
        &[(
            "s.sql",
            "CREATE TABLE items (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text);",
        )],
    );
    let url = db.url_string();
    let out = run("apply", &files, &url, &["--yes", "--allow-destructive"]);
    assert_ok(&out);
    // The next insert takes the next free value, not 1.
    let id: i32 = db
        .client()
        .query_one("INSERT INTO items (name) VALUES ('d') RETURNING id", &[])
        .unwrap()
        .get(0);
    assert_eq!(id, 4);
    assert_converged(&files, &url);
}

#[test]
fn other_sessions_temporary_objects_are_not_drift() {
    let db = TestDb::create("temp_objects");
    db.exec("CREATE TABLE t (id int PRIMARY KEY);");
    let files = Files::new(
        "temp_objects",
        &[("s.sql", "CREATE TABLE t (id int PRIMARY KEY);")],
    );
    // Another session holds a temporary table with a serial column (so a
    // temporary sequence) and a trigger while driftless reads the catalog.
    let mut other = db.client();
    other
        .batch_execute(
            "CREATE TEMP TABLE scratch (id serial, n int);\
             CREATE FUNCTION pg_temp.noop() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';\
             CREATE TRIGGER scratch_noop BEFORE INSERT ON scratch FOR EACH ROW EXECUTE FUNCTION pg_temp.noop();",
        )
        .unwrap();
    let out = run("check", &files, &db.url_string(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    drop(other);
}

/// An object driftless cannot compare (a subscription whose connection
/// string the reading role may not see): `check` names it and never says
/// "no drift".
#[test]
fn check_never_says_no_drift_over_what_it_does_not_manage() {
    let db = TestDb::create("unmanaged");
    db.exec(&subscription("dl_sub_unread"));
    let files = Files::new("unmanaged", &[("s.sql", "CREATE TABLE t (id int);")]);
    db.exec("CREATE TABLE t (id int);");
    let url = plain_reader(&db);
    let out = run("check", &files, &url, &[]);
    let (report, err) = (stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(1), "{report}{err}");
    assert!(
        err.contains("not managed yet: subscription dl_sub_unread"),
        "{err}"
    );
    assert!(
        report.contains("? subscription dl_sub_unread (its connection string is readable only by superusers) (not managed yet: only in the database)"),
        "{report}"
    );
    assert!(!report.contains("no drift"), "{report}");
    assert!(report.starts_with("not verified: 1 object"), "{report}");

    let out = run("check", &files, &url, &["--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["changes"], serde_json::json!([]));
    assert_eq!(doc["not_compared"][0]["kind"], "subscription", "{doc}");

    // plan --exit-code agrees; --strict refuses to plan at all.
    let out = run("plan", &files, &url, &["--exit-code"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("not verified"), "{}", stderr(&out));
    let out = run("plan", &files, &url, &["--strict"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--strict: 1 object of kinds driftless does not manage yet"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout(&out), "");
}

/// Subscriptions are managed: one in the files is drift until applied, and
/// loading the files never reaches its publisher, even when the files ask
/// to connect (the publisher here does not exist). A creation that would
/// connect carries the `replication` hazard, runs outside a transaction,
/// and `apply` refuses it unless that hazard is allowed. No temporary
/// database keeps a subscription behind.
#[test]
fn subscriptions_are_managed_without_reaching_the_publisher() {
    let db = TestDb::create("subscriptions");
    let quiet = subscription("dl_sub_quiet");
    let files = Files::new("subscriptions", &[("s.sql", &quiet)]);
    let url = db.url_string();
    let out = run("check", &files, &url, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("+ subscription dl_sub_quiet"),
        "{}",
        stdout(&out)
    );
    assert_ok(&run("apply", &files, &url, &["--yes"]));
    let out = run("check", &files, &url, &[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert_converged(&files, &url);

    let loud = "CREATE SUBSCRIPTION dl_sub_loud CONNECTION 'host=127.0.0.1 port=1 dbname=nowhere' \
                PUBLICATION elsewhere;\n";
    let files = Files::new("subscriptions", &[("s.sql", &format!("{quiet}{loud}"))]);
    let out = run("plan", &files, &url, &[]);
    assert_ok(&out);
    let plan = stdout(&out);
    assert!(
        plan.contains("--    runs outside a transaction, statement by statement\n\
             --    hazard replication: connects to the publisher, creates a replication slot there, \
             copies the published tables' rows, starts replicating\n\
             CREATE SUBSCRIPTION dl_sub_loud CONNECTION 'host=127.0.0.1 port=1 dbname=nowhere' \
             PUBLICATION elsewhere WITH (enabled = true, create_slot = true, copy_data = true);"),
        "{plan}"
    );
    let out = run("apply", &files, &url, &["--yes"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("hazards not allowed: replication (step 1)"),
        "{}",
        stderr(&out)
    );

    // A flag it cannot read as PostgreSQL would stops the load, naming it.
    let unsure = "CREATE SUBSCRIPTION dl_sub_unsure CONNECTION 'host=127.0.0.1 port=1 dbname=nowhere' \
                  PUBLICATION elsewhere WITH (connect = maybe);\n";
    let files = Files::new("subscriptions", &[("s.sql", unsure)]);
    let out = run("plan", &files, &url, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("s.sql:1:1: driftless cannot read connect = maybe as true or false"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");

    let mut admin = db.server.connect().unwrap();
    let names: Vec<String> = admin
        .query(
            "SELECT subname::text FROM pg_subscription WHERE subname LIKE 'dl_sub_%' ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(!names.contains(&"dl_sub_loud".to_string()), "{names:?}");
    assert_eq!(
        names.iter().filter(|n| *n == "dl_sub_quiet").count(),
        1,
        "{names:?}"
    );
}

/// What a drift check exists for: an object of a kind compared by its DDL
/// (danbooru's custom operator, MusicBrainz's aggregate) missing from the
/// database, or different there, is drift; once applied there is none.
#[test]
fn check_reports_drift_in_operators_aggregates_and_rules() {
    let db = TestDb::create("ddl_drift");
    db.exec(
        "CREATE TABLE t (id int, n int);\
         CREATE AGGREGATE total(int) (sfunc = int4pl, stype = int);",
    );
    let schema = "CREATE TABLE t (id int, n int);\n\
         CREATE AGGREGATE total(int) (sfunc = int4pl, stype = int, initcond = '0');\n\
         CREATE OPERATOR ~<< (LEFTARG = int, RIGHTARG = int, FUNCTION = int4lt);\n\
         CREATE RULE t_keep AS ON DELETE TO t DO INSTEAD NOTHING;\n";
    let files = Files::new("ddl_drift", &[("s.sql", schema)]);
    let url = db.url_string();
    let out = run("check", &files, &url, &[]);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{report}{}", stderr(&out));
    for line in [
        "+ operator public.~<<(integer, integer)",
        "+ rule t_keep on public.t",
        "~ aggregate public.total(integer)",
    ] {
        assert!(report.contains(line), "{line}: {report}");
    }
    assert!(!stderr(&out).contains("not managed"), "{}", stderr(&out));
    let out = run("apply", &files, &url, &["--yes"]);
    assert_ok(&out);
    let out = run("check", &files, &url, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("no drift"), "{}", stdout(&out));
}

#[test]
fn unqualified_names_resolve_as_on_the_target() {
    let db = TestDb::create("search_path");
    db.exec(&format!(
        "CREATE SCHEMA app; ALTER DATABASE \"{}\" SET search_path TO app, public;",
        db.name
    ));
    // A new session, as an application's migrations would run: the table
    // lands in app.
    db.exec("CREATE TABLE items (id int PRIMARY KEY, name text);");
    let files = Files::new(
        "search_path",
        &[(
            "s.sql",
            "CREATE SCHEMA app;\nCREATE TABLE items (id int PRIMARY KEY, name text, price numeric);\n",
        )],
    );
    let url = db.url_string();
    let out = run("plan", &files, &url, &["--allow-destructive"]);
    assert_ok(&out);
    let sql = stdout(&out);
    // The files' items is the target's app.items: one column added,
    // nothing moved, created or dropped in public.
    assert!(
        sql.contains("ALTER TABLE app.items ADD COLUMN IF NOT EXISTS price numeric"),
        "{sql}"
    );
    assert!(!sql.contains("public.items"), "{sql}");
    assert!(!sql.contains("DROP TABLE"), "{sql}");
    let out = run("apply", &files, &url, &["--yes"]);
    assert_ok(&out);
    let out = run("check", &files, &url, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn an_identity_turned_serial_continues_after_the_existing_ids() {
    let db = TestDb::create("identity_serial");
    db.exec(
        "CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100) PRIMARY KEY, label text);\
         INSERT INTO items (label) VALUES ('x'), ('y');",
    );
    let files = Files::new(
        "identity_serial",
        &[(
            "s.sql",
            "CREATE TABLE items (id bigserial PRIMARY KEY, label text);",
        )],
    );
    let url = db.url_string();
    assert_ok(&run("apply", &files, &url, &["--yes"]));
    let next: i64 = db
        .client()
        .query_one("INSERT INTO items (label) VALUES ('z') RETURNING id", &[])
        .unwrap()
        .get(0);
    assert_eq!(next, 102, "the serial's sequence restarted under the rows");
    let out = run("check", &files, &url, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

/// A column converted between types PostgreSQL has no cast for is refused
/// when planning, naming the column, instead of failing halfway through an
/// apply; a conversion PostgreSQL can make is planned as before.
#[test]
fn type_change_without_a_cast_is_refused_at_plan_time() {
    let db = TestDb::create("no_cast");
    db.exec("CREATE TABLE t (id int, seen bigint, n int); INSERT INTO t VALUES (1, 2, 3);");
    let files = Files::new(
        "no_cast",
        &[("s.sql", "CREATE TABLE t (id int, seen timestamp, n text);")],
    );
    for (verb, extra) in [
        ("plan", &["--allow-destructive"][..]),
        ("apply", &["--allow-destructive", "--yes"][..]),
    ] {
        let out = run(verb, &files, &db.url_string(), extra);
        assert_eq!(out.status.code(), Some(2), "{verb}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(
                "cannot convert public.t.seen from bigint to timestamp without time zone: PostgreSQL has no cast"
            ),
            "{verb}: {err}"
        );
        assert_eq!(err.trim().lines().count(), 1, "{verb}: {err}");
        assert_eq!(stdout(&out), "", "{verb}");
    }
    let types: Vec<String> = db
        .client()
        .query(
            "SELECT format_type(atttypid, NULL) FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(types, ["integer", "bigint", "integer"]);

    let files = Files::new(
        "no_cast_ok",
        &[("s.sql", "CREATE TABLE t (id int, seen bigint, n text);")],
    );
    let out = run("plan", &files, &db.url_string(), &["--allow-destructive"]);
    assert_ok(&out);
    assert!(
        stdout(&out).contains("ALTER TABLE public.t ALTER COLUMN n TYPE text USING n::text"),
        "{}",
        stdout(&out)
    );
}

/// Completion scripts name the commands and their options.
#[test]
fn completions_cover_commands_and_options() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = driftless(&["completions", shell]);
        assert_ok(&out);
        let script = stdout(&out);
        for word in [
            "plan",
            "apply",
            "check",
            "migrate",
            "allow-destructive",
            "dev-url",
        ] {
            assert!(script.contains(word), "{shell}: {word} missing");
        }
    }
    let out = driftless(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Every command's help ends with an example.
#[test]
fn every_command_has_an_example_in_its_help() {
    for cmd in [
        &["plan"][..],
        &["apply"],
        &["check"],
        &["inspect"],
        &["diff"],
        &["init"],
        &["completions"],
        &["migrate", "diff"],
        &["migrate", "hash"],
        &["migrate", "validate"],
        &["migrate", "lint"],
        &["migrate", "apply"],
        &["migrate", "status"],
    ] {
        let out = driftless(&[cmd, &["--help"]].concat());
        assert_ok(&out);
        let help = stdout(&out);
        let example = format!("Example:\n  driftless {}", cmd.join(" "));
        assert!(help.contains(&example), "{cmd:?}: {help}");
    }
}

#[test]
fn hazards_name_the_tables_rows_and_size() {
    let db = TestDb::create("sizes");
    db.exec(
        "CREATE TABLE orders (id int PRIMARY KEY, note text, bio text);
         INSERT INTO orders SELECT g, 'n' || g, CASE WHEN g % 2 = 0 THEN 'b' END
             FROM generate_series(1, 2500) g;
         ANALYZE orders;
         CREATE TABLE small (id int);",
    );
    let files = Files::new(
        "sizes",
        &[(
            "s.sql",
            "CREATE TABLE orders (id int PRIMARY KEY, note varchar(40));
             CREATE INDEX orders_note ON orders (note);
             CREATE TABLE small (id int);
             CREATE TABLE created (id int);
             CREATE INDEX created_id ON created (id);",
        )],
    );
    let out = run(
        "plan",
        &files,
        &db.url_string(),
        &["--format", "sql", "--allow-destructive"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let sql = stdout(&out);
    let hazard = |needle: &str| {
        sql.lines()
            .find(|l| l.contains("hazard") && l.contains(needle))
            .unwrap_or_else(|| panic!("no hazard line with {needle:?} in\n{sql}"))
            .to_string()
    };
    for line in [
        hazard("may rewrite public.orders"),
        hazard("building the index"),
    ] {
        assert!(line.contains("(public.orders: ~2,500 rows, "), "{line}");
        assert!(line.trim_end().ends_with("kB)"), "{line}");
    }
    // A dropped column says how many values go with it.
    let dropped = hazard("drops column public.orders.bio");
    assert!(
        dropped.contains("(public.orders: ~2,500 rows, ")
            && dropped.contains("; ~1,250 non-NULL values in bio)"),
        "{dropped}"
    );
    // A table the plan creates has no rows to count.
    assert!(
        sql.contains("CREATE INDEX IF NOT EXISTS created_id"),
        "{sql}"
    );
    assert!(!sql.contains("public.created: "), "{sql}");
}

#[test]
fn rollback_file_gives_back_the_earlier_schema() {
    let db = TestDb::create("rollback");
    db.exec(
        "CREATE TABLE t (id int PRIMARY KEY, old text, n int);
         CREATE TABLE gone (id int);
         CREATE VIEW v AS SELECT id, old FROM t;
         INSERT INTO t VALUES (1, 'a', 1), (2, 'b', 2);",
    );
    let before = driftless::source::catalog::read(&mut db.client()).unwrap();
    let files = Files::new(
        "rollback",
        &[(
            "s.sql",
            "CREATE TABLE t (id int PRIMARY KEY, n bigint, fresh text DEFAULT 'x');
             CREATE INDEX t_n ON t (n);
             CREATE TABLE newt (id int);",
        )],
    );
    let (out, back) = apply_keeping_the_way_back(&files, &db.url_string());
    assert_ok(&out);
    let text = std::fs::read_to_string(&back).unwrap();
    assert!(
        text.starts_with("-- The way back from the apply of "),
        "{text}"
    );
    assert!(text.contains("comes back empty"), "{text}");
    assert!(
        !driftless::diff::diff(
            &driftless::source::catalog::read(&mut db.client()).unwrap(),
            &before
        )
        .is_empty()
    );
    let psql = std::process::Command::new("psql")
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-f"])
        .arg(&back)
        .arg(db.url_string())
        .output()
        .expect("psql runs");
    assert!(psql.status.success(), "{}", stderr(&psql));
    let after = driftless::source::catalog::read(&mut db.client()).unwrap();
    let left = driftless::diff::diff(&after, &before);
    assert!(left.is_empty(), "{left:#?}");
    let ids: i64 = db
        .client()
        .query_one("SELECT count(*) FROM t", &[])
        .unwrap()
        .get(0);
    assert_eq!(ids, 2, "the rows of what stayed are still there");
}

#[test]
fn what_postgresql_cannot_do_in_place_is_refused_when_planning() {
    for (tag, current, desired, expected) in [
        (
            "refuse_key",
            "CREATE TABLE shards (id int NOT NULL, tenant int NOT NULL, PRIMARY KEY (tenant, id)) PARTITION BY HASH (tenant);
             CREATE TABLE shards_0 PARTITION OF shards FOR VALUES WITH (MODULUS 2, REMAINDER 0);
             CREATE TABLE shards_1 PARTITION OF shards FOR VALUES WITH (MODULUS 2, REMAINDER 1);
             INSERT INTO shards VALUES (1, 1);",
            "CREATE TABLE shards (id int NOT NULL, tenant bigint NOT NULL, PRIMARY KEY (tenant, id)) PARTITION BY HASH (tenant);
             CREATE TABLE shards_0 PARTITION OF shards FOR VALUES WITH (MODULUS 2, REMAINDER 0);
             CREATE TABLE shards_1 PARTITION OF shards FOR VALUES WITH (MODULUS 2, REMAINDER 1);",
            "cannot change the type of public.shards.tenant: it is in the partition key of public.shards (HASH (tenant))",
        ),
        (
            "refuse_enum_key",
            "CREATE TYPE region AS ENUM ('eu', 'us', 'mars');
             CREATE TABLE sales (id int, r region NOT NULL) PARTITION BY LIST (r);
             CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
             CREATE TABLE sales_rest PARTITION OF sales FOR VALUES IN ('us', 'mars');",
            "CREATE TYPE region AS ENUM ('eu', 'us');
             CREATE TABLE sales (id int, r region NOT NULL) PARTITION BY LIST (r);
             CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
             CREATE TABLE sales_rest PARTITION OF sales FOR VALUES IN ('us');",
            "cannot change the type of public.sales.r: it is in the partition key of public.sales (LIST (r))",
        ),
        (
            "refuse_sub_key",
            "CREATE TABLE readings (site int NOT NULL, at int NOT NULL) PARTITION BY LIST (site);
             CREATE TABLE readings_1 PARTITION OF readings FOR VALUES IN (1) PARTITION BY RANGE (at);
             CREATE TABLE readings_1_early PARTITION OF readings_1 FOR VALUES FROM (0) TO (100);
             INSERT INTO readings VALUES (1, 5);",
            "CREATE TABLE readings (site int NOT NULL, at bigint NOT NULL) PARTITION BY LIST (site);
             CREATE TABLE readings_1 PARTITION OF readings FOR VALUES IN (1) PARTITION BY RANGE (at);
             CREATE TABLE readings_1_early PARTITION OF readings_1 FOR VALUES FROM (0) TO (100);",
            "cannot change the type of public.readings.at: it is in the partition key of public.readings_1 (RANGE (at))",
        ),
        (
            "refuse_rowtype",
            "CREATE TABLE address (street text, city text);
             CREATE TABLE person (id int PRIMARY KEY, home address);
             INSERT INTO person VALUES (1, ROW('s', 'c'));",
            "CREATE TABLE address (street text, city varchar(80));
             CREATE TABLE person (id int PRIMARY KEY, home address);",
            "cannot change the type of public.address.city: column public.person.home stores public.address rows",
        ),
        (
            "refuse_typed_reorder",
            "CREATE TYPE person AS (name text, age int);
             CREATE TABLE people OF person;
             INSERT INTO people VALUES ('ann', 30);",
            "CREATE TYPE person AS (age int, name text);
             CREATE TABLE people OF person;",
            "cannot change type public.person this way: table public.people is a table of that type",
        ),
    ] {
        let db = TestDb::create(tag);
        db.exec(current);
        let files = Files::new(tag, &[("s.sql", desired)]);
        for (verb, extra) in [
            ("plan", &["--allow-destructive"][..]),
            (
                "apply",
                &["--yes", "--allow-destructive", "--allow-hazards", "all"][..],
            ),
        ] {
            let out = run(verb, &files, &db.url_string(), extra);
            assert_eq!(out.status.code(), Some(2), "{tag} {verb}: {}", stderr(&out));
            let err = stderr(&out);
            assert!(err.contains(expected), "{tag} {verb}: {err}");
            assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        }
    }
    // Dropping the column that stores the rows first is no obstacle.
    let db = TestDb::create("rowtype_dropped");
    db.exec(
        "CREATE TABLE address (street text, city text);
         CREATE TABLE person (id int PRIMARY KEY, home address);",
    );
    let files = Files::new(
        "rowtype_dropped",
        &[(
            "s.sql",
            "CREATE TABLE address (street text, city varchar(80));
             CREATE TABLE person (id int PRIMARY KEY);",
        )],
    );
    let out = run(
        "apply",
        &files,
        &db.url_string(),
        &["--yes", "--allow-destructive", "--allow-hazards", "all"],
    );
    assert_ok(&out);
}

#[test]
fn new_relations_are_heap_whatever_the_target_database_defaults_to() {
    let db = TestDb::create("default_am");
    db.exec(
        "CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
         CREATE TABLE kept (a int) USING heap2;",
    );
    db.exec(&format!(
        "ALTER DATABASE \"{}\" SET default_table_access_method = heap2",
        db.name
    ));
    let files = Files::new(
        "default_am",
        &[(
            "schema.sql",
            "CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
             CREATE TABLE kept (a int) USING heap2;
             CREATE TABLE fresh (a int);
             CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n FROM fresh;",
        )],
    );
    let url = db.url_string();
    let planned = run("plan", &files, &url, &[]);
    assert_ok(&planned);
    assert!(
        stdout(&planned).contains("SET default_table_access_method = heap;"),
        "{}",
        stdout(&planned)
    );
    assert_ok(&run("apply", &files, &url, &["--yes"]));
    let check = run("check", &files, &url, &[]);
    assert!(check.status.success(), "{}", stdout(&check));
    assert_converged(&files, &url);
    // The rows' home: heap for the new ones, heap2 for the one that says so.
    let methods: Vec<(String, String)> = db
        .client()
        .query(
            "SELECT c.relname::text, a.amname::text FROM pg_class c JOIN pg_am a ON a.oid = c.relam
             WHERE c.relname IN ('kept', 'fresh', 'totals') ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let expected = [("fresh", "heap"), ("kept", "heap2"), ("totals", "heap")];
    assert_eq!(
        methods,
        expected.map(|(r, a)| (r.to_string(), a.to_string()))
    );
    // The way back from dropping them creates them heap too.
    let fewer = Files::new(
        "default_am_fewer",
        &[(
            "schema.sql",
            "CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
             CREATE TABLE kept (a int) USING heap2;",
        )],
    );
    let (out, back) = apply_keeping_the_way_back(&fewer, &url);
    assert_ok(&out);
    let text = std::fs::read_to_string(&back).unwrap();
    assert!(
        text.contains("SET default_table_access_method = heap;"),
        "{text}"
    );
}
