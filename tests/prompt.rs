//! `apply` at a terminal, driven through a pseudo-terminal: the plan in the
//! human format, one question naming the hazards the user accepts (no
//! `--allow-hazards` needed), a refusal or Ctrl-C that leaves the database
//! as it was, and progress (elapsed times, a live counter with the index
//! build's phase, the total).

mod support;

use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession as Session;
use expectrl::{ControlCode, Eof, Expect, Regex};
use support::{TestDb, schema_dir};

/// `driftless apply` on a pseudo-terminal (stdin, stdout and stderr).
fn apply_at_terminal(db: &TestDb, dir: &std::path::Path, extra: &[&str]) -> Session {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_driftless"));
    cmd.args(["apply", "--schema", dir.to_str().unwrap(), "--url"])
        .arg(db.url_string())
        .args(extra)
        .env_remove("DATABASE_URL")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "200");
    let mut session = expectrl::Session::spawn(cmd).expect("spawn driftless on a pseudo-terminal");
    session.get_process_mut().set_window_size(200, 50).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(60)));
    session
}

/// Everything the program prints until it exits, and its exit code.
fn finish(mut session: Session) -> (String, i32) {
    let rest = session.expect(Eof).expect("driftless exits");
    let text = String::from_utf8_lossy(rest.before()).into_owned()
        + &String::from_utf8_lossy(rest.get(0).unwrap_or_default());
    let code = match session.get_process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("driftless did not exit normally: {other:?}\n{text}"),
    };
    (text, code)
}

/// Whether a line of `text` is `line`, then a time in parentheses whose
/// unit ends with `unit`: `[1/4] create table public.n (3 ms)`.
fn timed(text: &str, line: &str, unit: &str) -> bool {
    plain(text).split(['\r', '\n']).any(|l| {
        l.trim_start()
            .strip_prefix(line)
            .and_then(|rest| rest.strip_prefix(" ("))
            .and_then(|rest| rest.strip_suffix(unit))
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
    })
}

/// `text` without terminal control sequences (`ESC [ ... letter`).
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn count(db: &TestDb, sql: &str) -> i64 {
    db.client().query_one(sql, &[]).unwrap().get(0)
}

const CURRENT: &str = "CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1, 100);";
/// An index on a table with rows (a hazard), and a new table with its own
/// index and policy (none: nothing reads a table that does not exist yet).
const DESIRED: &str = "CREATE TABLE t (id int);\n\
     CREATE INDEX t_id ON t (id);\n\
     CREATE TABLE n (id int, owner text);\n\
     CREATE INDEX n_id ON n (id);\n\
     ALTER TABLE n ENABLE ROW LEVEL SECURITY;\n\
     CREATE POLICY mine ON n USING (owner = current_user);\n";

#[test]
fn the_prompt_names_the_hazards_and_yes_applies_them_without_a_flag() {
    let db = TestDb::create("prompt_yes");
    db.exec(CURRENT);
    let dir = schema_dir("yes", DESIRED);
    let mut s = apply_at_terminal(&db, dir.path(), &[]);
    let asked = s
        .expect(Regex(r"Apply \d+ steps to [^?]+\?[^\[]*\[y/N\]"))
        .expect("the question");
    let before = String::from_utf8_lossy(asked.before()).into_owned();
    let question = String::from_utf8_lossy(&asked[0]).into_owned();
    // The plan was shown as `plan` shows it at a terminal, numbered.
    assert!(before.contains("Plan: 4 to add"), "{before}");
    assert!(before.contains("+ 1. create table public.n"), "{before}");
    assert!(
        before.contains("hazard index_build: building the index blocks writes to public.t"),
        "{before}"
    );
    // Only the index on the table with rows is a hazard; the question names
    // it with its step number.
    let step = before
        .lines()
        .find_map(|l| {
            l.strip_prefix("+ ")?
                .strip_suffix(". create index public.t_id on public.t")
        })
        .unwrap_or_else(|| panic!("no step for t_id: {before}"))
        .to_string();
    assert_eq!(
        question,
        format!(
            "Apply 4 steps to {}? hazards: index_build (step {step}) [y/N]",
            db.url.target()
        )
    );
    s.send_line("y").unwrap();
    let (after, code) = finish(s);
    assert_eq!(code, 0, "{after}");
    // Each step prints its time, or the round trip it shared with the
    // steps sent with it (an index build goes alone); the last line gives
    // the total.
    assert!(
        after.contains("[1/4] create table public.n (sent with steps 1-2)"),
        "{after}"
    );
    assert!(
        after.contains("[2/4] create index public.n_id on public.n (steps 1-2 in one round trip: "),
        "{after}"
    );
    assert!(
        timed(&after, "[3/4] create index public.t_id on public.t", " ms)"),
        "{after}"
    );
    assert!(
        after.contains(&format!("applied 4 steps to {} in ", db.url.target())),
        "{after}"
    );
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM pg_indexes WHERE indexname IN ('t_id', 'n_id')"
        ),
        2
    );
    assert_eq!(count(&db, "SELECT count(*) FROM pg_policies"), 1);
}

#[test]
fn enter_or_ctrl_c_at_the_prompt_applies_nothing() {
    let db = TestDb::create("prompt_no");
    db.exec(CURRENT);
    let dir = schema_dir("no", DESIRED);

    let mut s = apply_at_terminal(&db, dir.path(), &[]);
    s.expect(Regex(r"\[y/N\]")).expect("the question");
    s.send_line("").unwrap();
    let (out, code) = finish(s);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("not applied"), "{out}");

    let mut s = apply_at_terminal(&db, dir.path(), &[]);
    s.expect(Regex(r"\[y/N\]")).expect("the question");
    s.send(ControlCode::EndOfText).unwrap();
    let (out, code) = finish(s);
    assert_eq!(code, 130, "{out}");
    assert!(out.contains("interrupted: nothing was applied"), "{out}");

    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM pg_class WHERE relname IN ('n', 't_id')"
        ),
        0
    );
}

#[test]
fn a_long_index_build_shows_a_live_counter_with_its_phase() {
    let db = TestDb::create("prompt_progress");
    // Each row takes 10 ms to index: a build of about 3 s.
    let slow = "CREATE FUNCTION slow(i int) RETURNS int LANGUAGE plpgsql IMMUTABLE \
                AS $$ BEGIN PERFORM pg_sleep(0.01); RETURN i; END $$;\n";
    db.exec(&format!(
        "{slow}CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1, 300);"
    ));
    let dir = schema_dir(
        "progress",
        &format!("{slow}CREATE TABLE t (id int);\nCREATE INDEX t_slow ON t (slow(id));\n"),
    );
    let s = apply_at_terminal(
        &db,
        dir.path(),
        &["--yes", "--allow-hazards", "index_build"],
    );
    let (out, code) = finish(s);
    assert_eq!(code, 0, "{out}");
    // The counter, redrawn while the step runs, carries the build's phase
    // from pg_stat_progress_create_index.
    assert!(
        plain(&out).contains(
            "[1/1] create index public.t_slow on public.t: building index: scanning table, blocks "
        ),
        "{out}"
    );
    assert!(
        timed(&out, "[1/1] create index public.t_slow on public.t", " s)"),
        "{out}"
    );
}
