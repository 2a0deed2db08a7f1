//! Pre-flight checks: before any step runs, `apply` asks the target's rows
//! whether a step would fail on them, and refuses with the counts and
//! sample keys; the same tables without offending rows apply.

mod support;

use driftless::model::Database;
use driftless::source;
use support::{TestDb, driftless, output_text, schema_dir};

fn model(db: &TestDb) -> Database {
    source::catalog::read(&mut db.client()).expect("catalog reads")
}

const BEFORE: &str = "
    CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
    CREATE TABLE users (id int PRIMARY KEY, email text, code text, m mood);
    CREATE TABLE orders (id int PRIMARY KEY, user_id int, qty int);
    CREATE TABLE pairs (a int, b int, PRIMARY KEY (a, b), tag text);";

const ROWS: &str = "
    INSERT INTO users VALUES (1, 'a@x', '1', 'happy'), (2, NULL, '2', 'meh'),
                             (3, 'a@x', 'x3', 'sad'), (4, NULL, '4', 'happy');
    INSERT INTO orders VALUES (10, 1, 5), (11, 99, -1), (12, 98, 3);
    INSERT INTO pairs VALUES (1, 1, 't'), (1, 2, 't'), (2, 1, 'u'), (2, 2, 'u'), (3, 1, NULL);";

const FILES: &str = "
    CREATE TYPE mood AS ENUM ('happy', 'sad');
    CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL UNIQUE, code int, m mood,
                        extra text NOT NULL);
    CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users (id),
                         qty int CHECK (qty > 0));
    CREATE TABLE pairs (a int, b int, PRIMARY KEY (a, b), tag text NOT NULL UNIQUE);";

fn apply(db: &TestDb, dir: &tempfile::TempDir, extra: &[&str]) -> std::process::Output {
    let url = db.url_string();
    let mut args = vec![
        "apply",
        "--schema",
        dir.path().to_str().unwrap(),
        "--url",
        &url,
        "--yes",
        "--allow-hazards",
        "all",
        "--allow-destructive",
    ];
    args.extend(extra);
    driftless(&args)
}

#[test]
fn apply_refuses_before_any_step_with_counts_and_sample_keys() {
    let db = TestDb::create("preflight");
    db.exec(BEFORE);
    db.exec(ROWS);
    let before = model(&db);
    let dir = schema_dir("preflight", FILES);
    let out = apply(&db, &dir, &[]);
    let text = output_text(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    for expected in [
        "1 row of public.users holds in m a label the files remove from public.mood (id 2)",
        "1 row of public.orders violates orders_qty_check CHECK ((qty > 0)) (id 11)",
        "2 rows of public.orders reference no row of public.users, so orders_user_id_fkey cannot be made (id 11, 12)",
        "2 rows of public.users have NULL in email (id 2, 4)",
        "values of public.users.code do not convert to integer: invalid input syntax for type integer: \"x3\"",
        "4 rows of public.users would have NULL in the new NOT NULL column extra, which has no default (id 1, 2, 3, 4)",
        "1 value of (email) in public.users is duplicated, so users_email_key cannot be made (duplicated: (a@x))",
        "2 values of (tag) in public.pairs are duplicated, so pairs_tag_key cannot be made (duplicated: (t), (u))",
        "1 row of public.pairs has NULL in tag ((a, b) (3,1))",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(text.contains("nothing was applied"), "{text}");
    assert!(
        text.lines().all(|l| !l.starts_with('[')),
        "no step ran: {text}"
    );
    assert!(model(&db) == before, "the target is unchanged");

    // `plan --check-data` says the same, read-only; plain `plan` does not ask.
    let url = db.url_string();
    let schema = dir.path().to_str().unwrap();
    let out = driftless(&["plan", "--schema", schema, "--url", &url, "--check-data"]);
    assert_eq!(out.status.code(), Some(2), "{}", output_text(&out));
    assert!(output_text(&out).contains("2 rows of public.users have NULL in email (id 2, 4)"));
    let out = driftless(&["plan", "--schema", schema, "--url", &url]);
    assert_eq!(out.status.code(), Some(0), "{}", output_text(&out));
}

#[test]
fn the_same_tables_without_offending_rows_apply() {
    let db = TestDb::create("preflight_clean");
    db.exec(BEFORE);
    db.exec(
        "INSERT INTO users VALUES (1, 'a@x', '1', 'happy'), (2, 'b@x', '2', 'sad');
         INSERT INTO orders VALUES (10, 1, 5), (11, NULL, 2);
         INSERT INTO pairs VALUES (1, 1, 't'), (1, 2, 'u'), (2, 1, 'v');",
    );
    // A NOT NULL column without a default can only join an empty table.
    let files = FILES.replace("extra text NOT NULL", "extra text NOT NULL DEFAULT ''");
    let dir = schema_dir("preflight_clean", &files);
    let out = apply(&db, &dir, &[]);
    let text = output_text(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("checked the rows of "), "{text}");
    assert!(!text.contains("would fail"), "{text}");
    let url = db.url_string();
    let out = driftless(&[
        "check",
        "--schema",
        dir.path().to_str().unwrap(),
        "--url",
        &url,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", output_text(&out));
}

#[test]
fn a_check_that_cannot_run_is_named_and_blocks_only_when_strict() {
    let db = TestDb::create("preflight_unchecked");
    // The check calls a function the plan creates: it cannot be asked of
    // the target before the plan runs.
    db.exec("CREATE TABLE t (id int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 5);");
    let dir = schema_dir(
        "preflight_unchecked",
        "CREATE FUNCTION positive(int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 > 0';
         CREATE TABLE t (id int PRIMARY KEY, v int CHECK (positive(v)));",
    );
    let out = apply(&db, &dir, &["--strict-checks"]);
    let text = output_text(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("not checked (constraint t_v_check on public.t)"),
        "{text}"
    );
    assert!(
        text.contains("could not be run (--strict-checks)"),
        "{text}"
    );
    let out = apply(&db, &dir, &[]);
    let text = output_text(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("1 not run"), "{text}");
}

#[test]
fn domains_unique_indexes_and_what_is_not_checked_yet() {
    let db = TestDb::create("preflight_more");
    db.exec(
        "CREATE DOMAIN posint AS int;
         CREATE TABLE w (id int PRIMARY KEY, a text, b text, p posint, q posint);
         INSERT INTO w VALUES (1, 'x', 'Y', 1, NULL), (2, 'x', 'y', -1, 2),
                              (3, 'z', 'Q', -5, 3), (4, 'z', 'q', 4, 4);
         CREATE TABLE parent (k int) PARTITION BY RANGE (k);
         CREATE TABLE loose (k int);
         INSERT INTO loose VALUES (500);",
    );
    let before = model(&db);
    let dir = schema_dir(
        "preflight_more",
        "CREATE DOMAIN posint AS int NOT NULL CHECK (VALUE > 0);
         CREATE TABLE w (id int PRIMARY KEY, a text, b text, p posint, q posint);
         CREATE UNIQUE INDEX w_a ON w (a);
         CREATE UNIQUE INDEX w_lb ON w (lower(b)) WHERE id > 1;
         CREATE UNIQUE INDEX w_ab ON w (b text_pattern_ops);
         CREATE TABLE parent (k int) PARTITION BY RANGE (k);
         CREATE TABLE loose PARTITION OF parent FOR VALUES FROM (0) TO (100);",
    );
    let out = apply(&db, &dir, &[]);
    let text = output_text(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    for expected in [
        "2 rows of public.w violate in p the check posint_check of domain public.posint (id 2, 3)",
        "1 row of public.w has NULL in q, of domain public.posint, which becomes NOT NULL (id 1)",
        "2 values of (a) in public.w are duplicated, so the unique index w_a cannot be built (duplicated: (x), (z))",
        "1 value of (lower(b)) in public.w is duplicated, so the unique index w_lb cannot be built (duplicated: (q))",
        "not checked (unique index public.w_ab on public.w): keys with an operator class",
        "1 row of public.loose falls outside FOR VALUES FROM (0) TO (100) of public.parent (ctid (0,1))",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(model(&db) == before, "the target is unchanged");
}

#[test]
fn partitions_and_exclusion_constraints() {
    let db = TestDb::create("preflight_parts");
    db.exec(
        "CREATE EXTENSION IF NOT EXISTS btree_gist;
         CREATE TABLE events (k int, note text, PRIMARY KEY (k, note)) PARTITION BY LIST (k);
         CREATE TABLE events_rest PARTITION OF events DEFAULT;
         INSERT INTO events VALUES (1, 'one'), (2, 'two'), (2, 'again'), (7, 'seven');
         CREATE TABLE refs (k int, note text, FOREIGN KEY (k, note) REFERENCES events);
         CREATE TABLE booking (id int PRIMARY KEY, room int, during int4range);
         INSERT INTO booking VALUES (1, 10, '[1,5)'), (2, 10, '[4,8)'), (3, 11, '[4,8)'), (4, 10, '[8,9)');",
    );
    let before = model(&db);
    let dir = schema_dir(
        "preflight_parts",
        "CREATE EXTENSION IF NOT EXISTS btree_gist;
         CREATE TABLE events (k int, note text, PRIMARY KEY (k, note)) PARTITION BY LIST (k);
         CREATE TABLE events_rest PARTITION OF events DEFAULT;
         CREATE TABLE events_two PARTITION OF events FOR VALUES IN (2, 3);
         CREATE TABLE refs (k int, note text, FOREIGN KEY (k, note) REFERENCES events);
         CREATE TABLE booking (id int PRIMARY KEY, room int, during int4range,
                               EXCLUDE USING gist (room WITH =, during WITH &&));",
    );
    let out = apply(&db, &dir, &[]);
    let text = output_text(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    for expected in [
        // Referenced rows are not moved by the plan (deleting them from
        // the default partition would fail, or cascade): refused.
        "2 rows of public.events_rest belong in the new partition public.events_two (FOR VALUES IN (2, 3))",
        "1 pair of rows of public.booking conflicts under booking_room_during_excl, so it cannot be made (id 1 and 2)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(model(&db) == before, "the target is unchanged");
    // Without the offending rows, the same files apply.
    db.exec("DELETE FROM events WHERE k = 2; DELETE FROM booking WHERE id = 2;");
    let out = apply(&db, &dir, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", output_text(&out));
}

#[test]
fn conversions_that_keep_rows_but_change_values_are_counted_not_refused() {
    let db = TestDb::create("preflight_loses");
    db.exec(
        "CREATE TABLE t (id int PRIMARY KEY, name text, price numeric(10,2));
         INSERT INTO t VALUES (1, 'abcdef', 1.25), (2, 'ab', 1.20), (3, NULL, NULL);",
    );
    let dir = schema_dir(
        "preflight_loses",
        "CREATE TABLE t (id int PRIMARY KEY, name varchar(3), price numeric(10,1));",
    );
    let out = apply(&db, &dir, &[]);
    let text = output_text(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    for expected in [
        "loses data: 1 row of public.t changes in name when converted to character varying(3) (truncated or rounded) (id 1)",
        "loses data: 1 row of public.t changes in price when converted to numeric(10,1) (truncated or rounded) (id 1)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    let name: String = db
        .client()
        .query_one("SELECT name FROM t WHERE id = 1", &[])
        .unwrap()
        .get(0);
    assert_eq!(name, "abc", "the loss the hazard warned of, as counted");
}

#[test]
fn a_check_that_times_out_is_not_checked_and_blocks_only_when_strict() {
    let db = TestDb::create("preflight_timeout");
    let slow = "CREATE FUNCTION slow_positive(int) RETURNS bool LANGUAGE plpgsql IMMUTABLE
                AS $$ BEGIN PERFORM pg_sleep(0.2); RETURN $1 > 0; END $$;";
    db.exec(&format!(
        "{slow} CREATE TABLE t (id int PRIMARY KEY, v int);
         INSERT INTO t SELECT g, g FROM generate_series(1, 5) g;"
    ));
    let dir = schema_dir(
        "preflight_timeout",
        &format!("{slow} CREATE TABLE t (id int PRIMARY KEY, v int CHECK (slow_positive(v)));"),
    );
    let out = apply(&db, &dir, &["--check-timeout", "100ms", "--strict-checks"]);
    let text = output_text(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("not checked (constraint t_v_check on public.t): timed out after 100ms"),
        "{text}"
    );
    let out = apply(&db, &dir, &["--check-timeout", "100ms"]);
    let text = output_text(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("timed out after 100ms"), "{text}");
}
