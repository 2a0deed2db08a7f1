//! `driftless migrate`: generated directories, the sum, apply and status
//! against a live server.

mod support;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use support::TestDb;

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_driftless"))
        .args(args)
        .current_dir(dir)
        .env("DATABASE_URL", support::server_url())
        .env("DRIFTLESS_DEV_URL", support::server_url())
        .stdin(Stdio::null())
        .output()
        .expect("run driftless")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A scratch project folder with `schema/` and `migrations/`.
struct Project(tempfile::TempDir);

impl Project {
    fn new(tag: &str) -> Project {
        let dir = tempfile::Builder::new()
            .prefix(&format!("driftless_mig_{tag}_"))
            .tempdir()
            .expect("a temporary folder");
        std::fs::create_dir_all(dir.path().join("schema")).unwrap();
        Project(dir)
    }

    fn schema(&self, sql: &str) {
        std::fs::write(self.0.path().join("schema/app.sql"), sql).unwrap();
    }

    fn write(&self, rel: &str, sql: &str) {
        let p = self.0.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, sql).unwrap();
    }

    fn migrations(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(self.0.path().join("migrations"))
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".sql"))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }

    fn run(&self, args: &[&str]) -> Output {
        run(self.0.path(), args)
    }

    fn ok(&self, args: &[&str]) -> Output {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        out
    }
}

fn history_rows(db: &TestDb) -> i64 {
    db.client()
        .query_one("SELECT count(*) FROM driftless.driftless_migrations", &[])
        .unwrap()
        .get(0)
}

#[test]
fn three_edits_make_three_files_that_apply_and_match() {
    let p = Project::new("three");
    p.schema("CREATE TABLE users (id int PRIMARY KEY);");
    p.ok(&["migrate", "diff", "init", "--schema", "schema"]);
    p.schema(
        "CREATE TABLE users (id int PRIMARY KEY, email text);\nCREATE INDEX ON users (email);",
    );
    p.ok(&["migrate", "diff", "add_email", "--schema", "schema"]);
    p.schema(
        "CREATE TYPE status AS ENUM ('active', 'gone');\n\
         CREATE TABLE users (id int PRIMARY KEY, email text, status status NOT NULL DEFAULT 'active');\n\
         CREATE INDEX ON users (email);",
    );
    p.ok(&["migrate", "diff", "add_status", "--schema", "schema"]);
    let files = p.migrations();
    assert_eq!(files.len(), 3, "{files:?}");
    assert!(
        files[0].ends_with("_init.sql") && files[2].ends_with("_add_status.sql"),
        "{files:?}"
    );
    let third = std::fs::read_to_string(p.0.path().join("migrations").join(&files[2])).unwrap();
    assert!(
        third.contains("CREATE TYPE public.status AS ENUM ('active', 'gone');"),
        "{third}"
    );

    // Nothing more to do: no file.
    let out = p.ok(&["migrate", "diff", "again", "--schema", "schema"]);
    assert!(text(&out.stderr).contains("no changes"));
    assert_eq!(p.migrations().len(), 3);

    p.ok(&["migrate", "validate", "--schema", "schema"]);
    // A hazard not allowed fails the lint (exit 1), naming the flag.
    let lint = p.run(&["migrate", "lint", "--latest", "2"]);
    assert_eq!(lint.status.code(), Some(1), "{}", text(&lint.stderr));
    assert!(
        text(&lint.stdout).contains("index_build"),
        "{}",
        text(&lint.stdout)
    );
    assert!(
        text(&lint.stderr).contains("--allow-hazards index_build"),
        "{}",
        text(&lint.stderr)
    );
    p.ok(&[
        "migrate",
        "lint",
        "--latest",
        "2",
        "--allow-hazards",
        "index_build",
    ]);
    p.ok(&["migrate", "lint", "--latest", "2", "--allow-hazards", "all"]);

    let db = TestDb::create("mig_three");
    let url = db.url_string();
    let status = p.run(&["migrate", "status", "--url", &url]);
    assert_eq!(status.status.code(), Some(1));
    assert!(
        text(&status.stdout).contains("0 applied, 3 pending"),
        "{}",
        text(&status.stdout)
    );
    p.ok(&["migrate", "apply", "--url", &url]);
    let status = p.ok(&["migrate", "status", "--url", &url]);
    assert!(
        text(&status.stdout).contains("3 applied, 0 pending"),
        "{}",
        text(&status.stdout)
    );
    assert_eq!(history_rows(&db), 3);
    // The history table is never part of a plan or a drift report.
    p.ok(&["check", "--schema", "schema", "--url", &url]);
    let plan = p.ok(&[
        "plan",
        "--allow-destructive",
        "--schema",
        "schema",
        "--url",
        &url,
    ]);
    assert_eq!(text(&plan.stdout), "-- driftless: no changes\n");
}

#[test]
fn sum_catches_edits_and_extra_files() {
    let p = Project::new("sum");
    p.schema("CREATE TABLE t (id int);");
    p.ok(&["migrate", "diff", "init", "--schema", "schema"]);
    let file = p.0.path().join("migrations").join(&p.migrations()[0]);
    let original = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        format!("{original}\nCREATE TABLE sneaky (id int);\n"),
    )
    .unwrap();
    let out = p.run(&["migrate", "validate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("changed since driftless.sum was written"),
        "{}",
        text(&out.stderr)
    );
    // A deliberate edit is accepted after `migrate hash`.
    p.ok(&["migrate", "hash"]);
    p.ok(&["migrate", "validate"]);
    p.write("migrations/99999999999999_extra.sql", "SELECT 1;");
    let out = p.run(&["migrate", "validate"]);
    assert!(
        text(&out.stderr).contains("99999999999999_extra.sql: not listed"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn branches_adding_migrations_conflict_in_the_sum() {
    let base = Project::new("merge_base");
    base.schema("CREATE TABLE t (id int);");
    base.ok(&["migrate", "diff", "init", "--schema", "schema"]);
    let base_sum = std::fs::read_to_string(base.0.path().join("migrations/driftless.sum")).unwrap();
    let branch = |tag: &str, sql: &str| {
        let p = Project::new(tag);
        for f in base
            .migrations()
            .iter()
            .chain(["driftless.sum".to_string()].iter())
        {
            let content =
                std::fs::read_to_string(base.0.path().join("migrations").join(f)).unwrap();
            p.write(&format!("migrations/{f}"), &content);
        }
        p.schema(sql);
        p.ok(&["migrate", "diff", tag, "--schema", "schema"]);
        std::fs::read_to_string(p.0.path().join("migrations/driftless.sum")).unwrap()
    };
    let ours = branch("ours", "CREATE TABLE t (id int, a text);");
    let theirs = branch("theirs", "CREATE TABLE t (id int, b text);");
    // What git does on merge: a three-way merge of the sum file.
    let dir = Project::new("merge");
    dir.write("ours", &ours);
    dir.write("base", &base_sum);
    dir.write("theirs", &theirs);
    let merged = Command::new("git")
        .args(["merge-file", "-p", "ours", "base", "theirs"])
        .current_dir(&dir.0)
        .output()
        .expect("git merge-file");
    assert!(
        merged.status.code().is_some_and(|c| c > 0),
        "the sum merged cleanly:\n{}",
        text(&merged.stdout)
    );
}

#[test]
fn apply_refuses_an_edited_applied_file() {
    let p = Project::new("edited");
    p.schema("CREATE TABLE t (id int);");
    p.ok(&["migrate", "diff", "init", "--schema", "schema"]);
    let db = TestDb::create("mig_edited");
    let url = db.url_string();
    p.ok(&["migrate", "apply", "--url", &url]);
    let file = p.0.path().join("migrations").join(&p.migrations()[0]);
    let original = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        original.replace("(\n    id integer\n)", "(\n    id bigint\n)"),
    )
    .unwrap();
    p.ok(&["migrate", "hash"]);
    let out = p.run(&["migrate", "apply", "--url", &url]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("changed since it was applied"),
        "{}",
        text(&out.stderr)
    );
    let status = p.run(&["migrate", "status", "--url", &url]);
    assert_eq!(status.status.code(), Some(1));
    assert!(
        text(&status.stdout).contains("changed"),
        "{}",
        text(&status.stdout)
    );
}

#[test]
fn hand_written_directory_with_concurrent_index() {
    let p = Project::new("hand");
    p.write(
        "migrations/1_tables.sql",
        "CREATE TABLE t (id int, a text);\nINSERT INTO t VALUES (1, 'x');\n",
    );
    p.write(
        "migrations/2_index.sql",
        "CREATE INDEX CONCURRENTLY t_a_idx ON t (a);\n",
    );
    // Adopting it: no sum yet.
    let out = p.run(&["migrate", "validate"]);
    assert!(
        text(&out.stderr).contains("migrate hash"),
        "{}",
        text(&out.stderr)
    );
    p.ok(&["migrate", "hash"]);
    p.ok(&["migrate", "validate"]);
    let db = TestDb::create("mig_hand");
    let url = db.url_string();
    p.ok(&["migrate", "apply", "--url", &url]);
    let valid: bool = db
        .client()
        .query_one(
            "SELECT indisvalid FROM pg_index WHERE indexrelid = 't_a_idx'::regclass",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(valid);
    assert_eq!(history_rows(&db), 2);
}

#[test]
fn concurrent_applies_do_not_interleave() {
    let p = Project::new("concurrent");
    p.write(
        "migrations/1_slow.sql",
        "CREATE TABLE t (id int);\nSELECT pg_sleep(1);\nINSERT INTO t VALUES (1);\n",
    );
    p.write("migrations/2_more.sql", "INSERT INTO t VALUES (2);\n");
    p.ok(&["migrate", "hash"]);
    let db = TestDb::create("mig_concurrent");
    let url = db.url_string();
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_driftless"))
            .args(["migrate", "apply", "--url", &url])
            .current_dir(&p.0)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    assert!(a.status.success(), "{}", text(&a.stderr));
    assert!(b.status.success(), "{}", text(&b.stderr));
    assert_eq!(history_rows(&db), 2);
    let rows: i64 = db
        .client()
        .query_one("SELECT count(*) FROM t", &[])
        .unwrap()
        .get(0);
    assert_eq!(rows, 2, "each migration ran exactly once");
}

#[test]
fn validate_reports_a_directory_that_no_longer_reaches_the_schema() {
    let p = Project::new("behind");
    p.schema("CREATE TABLE t (id int);");
    p.ok(&["migrate", "diff", "init", "--schema", "schema"]);
    p.schema("CREATE TABLE t (id int, added text);");
    let out = p.run(&["migrate", "validate", "--schema", "schema"]);
    assert_eq!(out.status.code(), Some(1));
    let report = text(&out.stdout);
    assert!(report.contains("+ column public.t.added"), "{report}");
    assert!(report.contains("driftless migrate diff"), "{report}");
}

#[test]
fn lint_since_a_git_revision() {
    let p = Project::new("lint_base");
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args(args)
            .current_dir(&p.0)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.com")
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
    };
    p.schema("CREATE TABLE t (id int);");
    p.ok(&["migrate", "diff", "init", "--schema", "schema"]);
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-qm", "base"]);
    p.schema("CREATE TABLE t (id int, a text);\nCREATE INDEX ON t (a);");
    p.ok(&["migrate", "diff", "index", "--schema", "schema"]);
    let out = p.ok(&[
        "migrate",
        "lint",
        "--base",
        "HEAD",
        "--allow-hazards",
        "index_build",
    ]);
    let report = text(&out.stdout);
    assert!(
        report.contains("_index.sql") && !report.contains("_init.sql"),
        "{report}"
    );
    assert!(report.contains("index_build"), "{report}");
}

#[test]
fn diff_never_writes_part_of_a_change() {
    let p = Project::new("partial");
    p.schema("CREATE TABLE t (id int PRIMARY KEY, old text);");
    p.ok(&["migrate", "diff", "init", "--schema", "schema"]);
    // Dropping `old` is destructive; adding `new` is not. Without
    // --allow-destructive no file is written, and the step is named.
    p.schema("CREATE TABLE t (id int PRIMARY KEY, new text);");
    let out = p.run(&["migrate", "diff", "swap", "--schema", "schema"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("drop column public.t.old"), "{err}");
    assert!(err.contains("--allow-destructive"), "{err}");
    assert_eq!(p.migrations().len(), 1, "no partial migration written");
    p.ok(&["migrate", "validate"]);
    p.ok(&[
        "migrate",
        "diff",
        "swap",
        "--schema",
        "schema",
        "--allow-destructive",
    ]);
    assert_eq!(p.migrations().len(), 2);
    p.ok(&["migrate", "validate", "--schema", "schema"]);
}

/// `DATABASE_URL` names a target, never the server for temporary
/// databases: `migrate diff` without `--dev-url` or `DRIFTLESS_DEV_URL`
/// connects as psql would (here through `PG*` variables) and says where.
#[test]
fn migrate_diff_never_takes_database_url_for_its_temporary_databases() {
    let p = Project::new("devserver");
    p.schema("CREATE TABLE t (id int);\n");
    let server = support::server();
    let target = server.target();
    let (hostport, _) = target.split_once('/').unwrap();
    let (host, port) = hostport.rsplit_once(':').unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_driftless"))
        .args(["migrate", "diff", "init", "--schema", "schema"])
        .current_dir(p.0.path())
        .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/unreachable")
        .env_remove("DRIFTLESS_DEV_URL")
        .env("PGHOST", host)
        .env("PGPORT", port)
        .env("PGUSER", "postgres")
        .env("PGDATABASE", "postgres")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains(&format!(
            "note: temporary databases go to {host}:{port}/postgres: no --dev-url or DRIFTLESS_DEV_URL"
        )),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(p.migrations().len(), 1);
}

#[test]
fn renames_are_written_and_linted_as_renames() {
    let p = Project::new("renames");
    p.schema("CREATE TABLE posts (id int PRIMARY KEY, body text);");
    p.ok(&["migrate", "diff", "init", "--schema", "schema"]);
    // Annotated in the files: the new migration renames, and needs no
    // --allow-destructive.
    p.schema(
        "CREATE TABLE posts (\n  id int PRIMARY KEY,\n  description text -- @renamed from=body\n);",
    );
    p.ok(&["migrate", "diff", "rename_body", "--schema", "schema"]);
    let files = p.migrations();
    assert_eq!(files.len(), 2, "{files:?}");
    let second = std::fs::read_to_string(p.0.path().join("migrations").join(&files[1])).unwrap();
    assert!(
        second.contains("ALTER TABLE public.posts RENAME COLUMN body TO description;")
            && !second.contains("DROP COLUMN"),
        "{second}"
    );
    // A hand-written rename lints as a rename, not as data loss.
    p.write(
        "migrations/99990101000000_by_hand.sql",
        "ALTER TABLE posts RENAME TO articles;\n",
    );
    p.ok(&["migrate", "hash"]);
    let lint = p.run(&["migrate", "lint", "--latest", "2"]);
    let out = text(&lint.stdout);
    assert_eq!(lint.status.code(), Some(1), "{out}{}", text(&lint.stderr));
    assert!(
        out.contains("- rename column public.articles.body to description")
            && out.contains("- rename table public.posts to public.articles")
            && out.contains("rename: ")
            && !out.contains("data_loss"),
        "{out}"
    );
    p.ok(&[
        "migrate",
        "lint",
        "--latest",
        "2",
        "--allow-hazards",
        "rename",
    ]);
}

#[test]
fn down_returns_to_each_earlier_version() {
    let steps = [
        (
            "20260101000000_one.sql",
            "CREATE TABLE a (id int PRIMARY KEY, name text);\n",
        ),
        (
            "20260102000000_two.sql",
            "ALTER TABLE a ADD COLUMN email text;\nCREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));\n",
        ),
        (
            "20260103000000_three.sql",
            "CREATE INDEX a_email ON a (email);\nCREATE VIEW v AS SELECT id, email FROM a;\n",
        ),
    ];
    let p = Project::new("down");
    for (file, sql) in steps {
        p.write(&format!("migrations/{file}"), sql);
    }
    p.ok(&["migrate", "hash"]);
    let db = TestDb::create("down");
    let url = db.url_string();
    p.ok(&["migrate", "apply", "--url", &url]);
    db.exec("INSERT INTO a VALUES (1, 'one', 'one@x');");
    // A fresh build of each version, to compare the catalog with.
    let fresh = |n: usize| {
        let f = TestDb::create(&format!("down_fresh_{n}"));
        for (_, sql) in &steps[..n] {
            f.exec(sql);
        }
        driftless::source::catalog::read(&mut f.client()).unwrap()
    };
    let now = || driftless::source::catalog::read(&mut db.client()).unwrap();
    let same = |n: usize| {
        let (a, b) = (now(), fresh(n));
        let changes = driftless::diff::diff(&a, &b);
        assert!(changes.is_empty(), "version {n}: {changes:#?}");
        // The models match but for the dependencies of the history table.
        a.kinds.tables == b.kinds.tables
            && a.kinds.views == b.kinds.views
            && a.kinds.indexes == b.kinds.indexes
    };
    let down = |extra: &[&str]| {
        let mut args = vec!["migrate", "down", "--url", url.as_str()];
        args.extend(extra);
        p.run(&args)
    };

    // --dry-run shows the way back and changes nothing.
    let out = down(&["--dry-run"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("DROP VIEW"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(history_rows(&db), 3);
    assert!(same(3));

    // One back: the view and index go; nothing destructive.
    let out = down(&["--yes"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(same(2));
    assert_eq!(history_rows(&db), 2);

    // The next one drops a column and a table: refused without the flag.
    let out = down(&["--steps", "1", "--yes"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("--allow-destructive"));
    assert!(same(2));
    let out = down(&["--to", "20260101000000", "--allow-destructive", "--yes"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(same(1));
    assert_eq!(history_rows(&db), 1);
    let name: String = db
        .client()
        .query_one("SELECT name FROM a WHERE id = 1", &[])
        .unwrap()
        .get(0);
    assert_eq!(name, "one", "rows of what stays are kept");

    // Back to before the first, then forward again.
    let out = down(&["--to", "0", "--allow-destructive", "--yes"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(same(0));
    assert_eq!(history_rows(&db), 0);
    p.ok(&["migrate", "apply", "--url", &url]);
    assert!(same(3));
    assert_eq!(history_rows(&db), 3);
}
