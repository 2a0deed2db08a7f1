//! The project file: a project with `driftless.toml` and two environments
//! plans, applies and checks with `--env`, from its folder or below;
//! flags override the file; `init` writes a starter that loads.

mod support;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use support::{TestDb, output_text as text};

fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_driftless"))
        .args(args)
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .env_remove("DRIFTLESS_DEV_URL")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("run driftless")
}

#[test]
fn two_environments_plan_apply_and_check() {
    let staging = TestDb::create("project_staging");
    let prod = TestDb::create("project_prod");
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("db/schema")).unwrap();
    std::fs::create_dir_all(root.join("app/src")).unwrap();
    std::fs::write(
        root.join("db/schema/app.sql"),
        "CREATE TABLE items (id int PRIMARY KEY, name text);\n",
    )
    .unwrap();
    std::fs::write(
        root.join("driftless.toml"),
        format!(
            "# the project\nschema = [\"db/schema\"]\n\n[env.staging]\nurl = \"${{STAGING_URL}}\"\n\n[env.prod]\nurl = \"{}\"\n",
            prod.url_string()
        ),
    )
    .unwrap();
    let env = [("STAGING_URL", staging.url_string())];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();

    let out = run(root, &["plan", "--env", "staging", "--format", "sql"], &env);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains("CREATE TABLE IF NOT EXISTS public.items"),
        "{}",
        text(&out)
    );

    // From a subfolder, the file is found; paths are the file's.
    let sub = root.join("app/src");
    let out = run(&sub, &["apply", "--env=staging", "--yes"], &env);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let out = run(&sub, &["check", "--env", "staging"], &env);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));

    // The other environment still differs.
    let out = run(root, &["check", "--env", "prod"], &env);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    // A flag overrides the file.
    let out = run(
        root,
        &["check", "--env", "prod", "--url", &staging.url_string()],
        &env,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));

    // A missing variable and an unknown environment are named.
    let out = run(root, &["check", "--env", "staging"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("driftless.toml:5: environment variable `STAGING_URL` is not set"),
        "{}",
        text(&out)
    );
    let out = run(root, &["check", "--env", "qa"], &env);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("no environment `qa` (it has: prod, staging)"),
        "{}",
        text(&out)
    );
}

#[test]
fn unknown_keys_are_errors_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("driftless.toml"),
        "schema = [\"schema\"]\nallow_destructve = true\n",
    )
    .unwrap();
    let out = run(dir.path(), &["plan"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("driftless.toml:2: unknown field `allow_destructve`"),
        "{}",
        text(&out)
    );
}

#[test]
fn init_writes_a_starter_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["init"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let written = std::fs::read_to_string(dir.path().join("driftless.toml")).unwrap();
    assert!(written.contains("[env.local]"), "{written}");
    let out = run(dir.path(), &["init"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("already exists"), "{}", text(&out));
    // The starter's settings are accepted by the commands.
    std::fs::create_dir_all(dir.path().join("schema")).unwrap();
    std::fs::write(
        dir.path().join("schema/s.sql"),
        "CREATE TABLE t (id int);\n",
    )
    .unwrap();
    let db = TestDb::create("project_init");
    let out = run(
        dir.path(),
        &[
            "plan",
            "--env",
            "local",
            "--url",
            &db.url_string(),
            "--format",
            "sql",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains("CREATE TABLE IF NOT EXISTS public.t"),
        "{}",
        text(&out)
    );
}

const ADOPTED: &str = "
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'meh');
CREATE TABLE app.events (id bigint GENERATED ALWAYS AS IDENTITY, at date NOT NULL, mood app.mood,
  PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE app.events_2026 PARTITION OF app.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX events_at ON app.events (at);
CREATE FUNCTION app.recent(d date) RETURNS SETOF app.events LANGUAGE sql STABLE
  AS $$ SELECT * FROM app.events WHERE at >= d $$;
CREATE VIEW app.happy AS SELECT id, at FROM app.recent('2026-01-01') WHERE mood = 'ok';
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER events_touch BEFORE INSERT ON app.events_2026 FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE TABLE public.notes (id serial PRIMARY KEY, body text);
COMMENT ON TABLE public.notes IS 'kept';
";

/// All the `.sql` files under `dir`, sorted.
fn sql_files(dir: &Path) -> Vec<String> {
    fn walk(d: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "sql") {
                out.push(p.to_str().unwrap().to_string());
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

#[test]
fn inspect_split_writes_a_tree_that_loads_in_any_order_and_plans_nothing() {
    let db = TestDb::create("split");
    db.exec(ADOPTED);
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("schema");
    let url = db.url_string();
    let split = || {
        run(
            dir.path(),
            &["inspect", "--url", &url, "--split", tree.to_str().unwrap()],
            &[],
        )
    };
    let out = split();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let files = sql_files(&tree);
    let rel: Vec<String> = files
        .iter()
        .map(|f| {
            f.strip_prefix(&format!("{}/", tree.display()))
                .unwrap()
                .to_string()
        })
        .collect();
    for expected in [
        "schemas.sql",
        "app/types.sql",
        "app/tables.sql",
        "app/indexes.sql",
        "app/functions.sql",
        "app/views.sql",
        "app/triggers.sql",
        "public/tables.sql",
    ] {
        assert!(
            rel.contains(&expected.to_string()),
            "{expected} missing from {rel:?}"
        );
    }
    // Loaded backwards (views before the functions and tables they use),
    // the tree plans nothing against the database it came from.
    let mut args = vec!["plan", "--url", &url, "--exit-code", "--schema"];
    let backwards: Vec<&str> = files.iter().rev().map(String::as_str).collect();
    args.extend(backwards);
    let out = run(dir.path(), &args, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));

    // A second run refuses to mix into a tree that exists.
    let out = split();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("is not empty"), "{}", text(&out));
}

#[test]
fn init_from_a_database_adopts_it() {
    let db = TestDb::create("adopt");
    db.exec(ADOPTED);
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["init", "--from", &db.url_string()], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let project = std::fs::read_to_string(dir.path().join("driftless.toml")).unwrap();
    assert!(project.contains("[env.source]"), "{project}");
    let out = run(dir.path(), &["check", "--env", "source"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));

    // A password in the URL is never written to the file.
    let other = tempfile::tempdir().unwrap();
    let with_password = db
        .url_string()
        .replacen("postgres@", "postgres:s3cr3t-pw@", 1);
    let out = run(other.path(), &["init", "--from", &with_password], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let project = std::fs::read_to_string(other.path().join("driftless.toml")).unwrap();
    assert!(!project.contains("s3cr3t-pw"), "{project}");
    assert!(project.contains("${DATABASE_URL}"), "{project}");
}
