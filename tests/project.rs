//! The project file: a project with `driftless.toml` and two environments
//! plans, applies and checks with `--env`, from its folder or below;
//! flags override the file; `init` writes a starter that loads.

mod support;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use support::TestDb;

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

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
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
