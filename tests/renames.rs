//! `@renamed` annotations through the command line: a rename keeps the
//! rows, needs no `--allow-destructive`, and leaves nothing to plan.
//!
//! Every `testdata/cases/renamed_*` case has a `kept.sql`: one query, in
//! the desired names, that is true when the rows `current.sql` inserted
//! survived the plan. (`tests/cases.rs` checks the same cases converge.)

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use support::{TestDb, driftless, output_text, schema_dir};

/// `driftless ARGS... --schema s.sql --url DB`, `s.sql` holding `text`.
fn with_schema(db: &TestDb, text: &str, args: &[&str]) -> Output {
    let dir = schema_dir(&db.name, text);
    let schema = dir.path().join("s.sql");
    let tail = [
        "--schema",
        schema.to_str().unwrap(),
        "--url",
        &db.url_string(),
    ];
    driftless(&[args, &tail[..]].concat())
}

fn rename_cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/cases");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("renamed_")
                && p.join("kept.sql").exists()
        })
        .collect();
    cases.sort();
    cases
}

fn run_case(dir: &Path) -> Result<(), String> {
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    let db = TestDb::create(&format!("r_{name}"));
    db.exec(&read("current.sql"));
    let url = db.url_string();
    let desired = dir.join("desired.sql");
    let desired = desired.to_str().unwrap();

    // Without --allow-destructive: the renames, nothing held back, no data
    // loss.
    let out = driftless(&[
        "plan", "--format", "json", "--schema", desired, "--url", &url,
    ]);
    if !out.status.success() {
        return Err(format!("{name}: plan failed: {}", output_text(&out)));
    }
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let steps = plan["steps"].as_array().unwrap();
    let codes = |s: &serde_json::Value| -> Vec<String> {
        s["hazards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["code"].as_str().unwrap().to_string())
            .collect()
    };
    if !steps.iter().any(|s| codes(s).contains(&"rename".into())) {
        return Err(format!("{name}: no rename step in {plan:#}"));
    }
    if let Some(s) = steps
        .iter()
        .find(|s| codes(s).contains(&"data_loss".into()))
    {
        return Err(format!("{name}: a step loses data: {s:#}"));
    }
    // Nothing is dropped, not even to be recreated: a view over a renamed
    // column has its column renamed too.
    if let Some(drop) = steps
        .iter()
        .flat_map(|s| s["sql"].as_array().unwrap())
        .filter_map(|q| q.as_str())
        .find(|q| q.contains("DROP "))
    {
        return Err(format!("{name}: the plan drops: {drop}"));
    }
    if plan["skipped"].as_array().is_some_and(|s| !s.is_empty()) {
        return Err(format!("{name}: steps held back: {:#}", plan["skipped"]));
    }

    let out = driftless(&[
        "apply",
        "--yes",
        "--allow-hazards",
        "all",
        "--schema",
        desired,
        "--url",
        &url,
    ]);
    if !out.status.success() {
        return Err(format!("{name}: apply failed: {}", output_text(&out)));
    }
    let kept: bool = db
        .client()
        .query_one(&read("kept.sql"), &[])
        .map_err(|e| format!("{name}: kept.sql: {e}"))?
        .get(0);
    if !kept {
        return Err(format!(
            "{name}: the rows did not survive (kept.sql is false)"
        ));
    }
    // The annotations are inert now: nothing to plan, no drift.
    let out = driftless(&["check", "--schema", desired, "--url", &url]);
    if out.status.code() != Some(0) {
        return Err(format!("{name}: check after apply: {}", output_text(&out)));
    }
    Ok(())
}

#[test]
fn renames_keep_rows_without_allow_destructive() {
    let cases = rename_cases();
    assert!(cases.len() >= 3, "the renamed_* cases are found");
    let failures: Vec<String> = cases.iter().filter_map(|c| run_case(c).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn check_reports_a_pending_rename_and_plan_names_it() {
    let db = TestDb::create("rename_check");
    db.exec("CREATE TABLE t (id int, body text); INSERT INTO t VALUES (1, 'x');");
    let text = "CREATE TABLE t (\n  id int,\n  description text -- @renamed from=body\n);\n";
    let out = with_schema(&db, text, &["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", output_text(&out));
    assert!(
        output_text(&out)
            .contains("> rename column public.t.body to description (pending @renamed)"),
        "{}",
        output_text(&out)
    );
    let out = with_schema(&db, text, &["plan"]);
    let text = output_text(&out);
    assert!(
        text.contains("ALTER TABLE public.t RENAME COLUMN body TO description;")
            && !text.contains("DROP COLUMN")
            && !text.contains("ADD COLUMN"),
        "{text}"
    );
}

#[test]
fn an_annotation_whose_old_name_is_gone_is_inert() {
    let db = TestDb::create("rename_inert");
    db.exec("CREATE TABLE users (id int, description text);");
    let out = with_schema(
        &db,
        "CREATE TABLE users ( -- @renamed from=people\n  id int,\n  description text -- @renamed from=body\n);\n",
        &["plan", "--exit-code"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", output_text(&out));
}

#[test]
fn old_and_new_names_both_present_or_claimed_twice_are_errors_at_the_line() {
    let db = TestDb::create("rename_errors");
    db.exec("CREATE TABLE t (a int, b int); CREATE TABLE u (x int);");
    let cases = [
        (
            "CREATE TABLE t (\n  a int,\n  b int -- @renamed from=a\n);\nCREATE TABLE u (x int);\n",
            "s.sql:3:9: @renamed from=a: column a and b of public.t both exist in the database",
        ),
        (
            "CREATE TABLE t2 (a int, b int); -- @renamed from=t\nCREATE TABLE t3 (a int, b int); -- @renamed from=t\nCREATE TABLE u (x int);\n",
            "s.sql:2:33: @renamed from=t: table public.t is claimed by another @renamed annotation",
        ),
    ];
    for (text, message) in cases {
        let out = with_schema(&db, text, &["apply", "--yes", "--allow-hazards", "all"]);
        assert_eq!(out.status.code(), Some(2), "{}", output_text(&out));
        let text = output_text(&out);
        assert!(text.contains(message), "{text}");
        assert_eq!(text.lines().count(), 1, "one line: {text}");
    }
    // Nothing was applied.
    let n: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM pg_class WHERE relname IN ('t', 'u') AND relkind = 'r'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(n, 2);
}

#[test]
fn a_drop_and_an_add_of_one_shape_print_a_hint_and_no_rename() {
    let db = TestDb::create("rename_hint");
    db.exec("CREATE TABLE t (id int, body text);");
    let out = with_schema(
        &db,
        "CREATE TABLE t (id int, description text);\n",
        &["plan"],
    );
    let text = output_text(&out);
    assert!(
        text.contains("hint: if column public.t.body was renamed to description, end the line defining description with `-- @renamed from=body`"),
        "{text}"
    );
    assert!(!text.contains("RENAME"), "a hint, never an action: {text}");
}
