//! `apply` sends a transaction's steps in batches, many statements per
//! round trip: the steps still run in order, a failure inside a batch
//! names the statement that failed and leaves nothing behind.

mod support;

use driftless::apply::{self, ApplyError, Event};
use driftless::model::Database;
use driftless::plan::Plan;
use driftless::{diff, plan, source};
use support::TestDb;

fn model(db: &TestDb) -> Database {
    source::catalog::read(&mut db.client()).expect("catalog reads")
}

/// A target with nothing, files with `n` tables and a view over each:
/// a plan of catalog-only steps (no scans), all sent together.
fn many_steps(tag: &str, n: usize) -> (TestDb, Database, Database, Plan) {
    let target = TestDb::create(&format!("{tag}_target"));
    let wanted = TestDb::create(&format!("{tag}_desired"));
    let mut sql = String::new();
    for i in 0..n {
        sql.push_str(&format!(
            "CREATE TABLE t{i} (id int PRIMARY KEY, name text DEFAULT 'x{i}');\n\
             CREATE VIEW v{i} AS SELECT id, name FROM t{i};\n"
        ));
    }
    wanted.exec(&sql);
    let (current, desired) = (model(&target), model(&wanted));
    let changes = diff::diff(&current, &desired);
    let full = plan::plan(&current, &desired, &changes, Default::default()).unwrap();
    assert!(full.steps.len() >= 2 * n, "{} steps", full.steps.len());
    (target, current, desired, full)
}

#[derive(Debug, PartialEq)]
enum Told {
    Started(usize, usize),
    Finished(usize, usize, usize),
}

fn run(target: &TestDb, plan: &Plan) -> (Result<usize, ApplyError>, Vec<Told>) {
    let mut told = Vec::new();
    let outcome = apply::apply(
        &mut target.client(),
        plan,
        &apply::Timeouts::default(),
        |e| {
            told.push(match e {
                Event::Started { number, last, .. } => Told::Started(number, last),
                Event::Finished {
                    number,
                    first,
                    last,
                    ..
                } => Told::Finished(number, first, last),
            })
        },
    );
    (outcome, told)
}

#[test]
fn steps_go_in_batches_and_converge() {
    let (target, _, desired, full) = many_steps("batched", 60);
    let (outcome, told) = run(&target, &full);
    assert_eq!(outcome.unwrap(), full.steps.len());
    // Every step is told once, in order, and most share a round trip.
    let finished: Vec<usize> = told
        .iter()
        .filter_map(|t| match t {
            Told::Finished(n, ..) => Some(*n),
            _ => None,
        })
        .collect();
    assert_eq!(finished, (1..=full.steps.len()).collect::<Vec<_>>());
    let round_trips = told
        .iter()
        .filter(|t| matches!(t, Told::Finished(n, _, last) if n == last))
        .count();
    let statements: usize = full.steps.iter().map(|s| s.sql.len()).sum();
    assert!(
        round_trips * apply::BATCH_STATEMENTS >= statements && round_trips <= 3,
        "{round_trips} round trips for {statements} statements"
    );
    assert!(model(&target) == desired, "the plan converges");
}

#[test]
fn a_failure_inside_a_batch_names_its_step_and_statement() {
    let (target, current, _, mut broken) = many_steps("batch_fails", 40);
    let bad = broken.steps.len() / 2;
    broken.steps[bad].sql.push("SELECT 1 / 0".into());
    let (outcome, told) = run(&target, &broken);
    match outcome {
        Err(ApplyError::Step {
            number,
            statement,
            cause,
            partial,
            ..
        }) => {
            assert_eq!(number, bad + 1);
            assert_eq!(statement, "SELECT 1 / 0");
            assert!(cause.contains("division by zero"), "{cause}");
            assert_eq!(partial, "", "nothing was committed");
        }
        other => panic!("expected step {} to fail, got {other:?}", bad + 1),
    }
    // The replay tells the steps of the failed batch once more, one at a
    // time, up to the failing one; nothing before the batch twice.
    let told_alone = told
        .iter()
        .filter(|t| matches!(t, Told::Started(n, last) if n == last && *n <= bad + 1))
        .count();
    assert_eq!(told_alone, bad + 1, "{told:?}");
    assert!(model(&target) == current, "the target is untouched");
}

#[test]
fn a_statement_ending_in_a_line_comment_keeps_the_next_one() {
    let (target, _, desired, mut plan) = many_steps("batch_comment", 3);
    let last = plan.steps.len() - 1;
    plan.steps[0].sql[0] = format!("{} -- a trailing comment", plan.steps[0].sql[0]).into();
    plan.steps[last]
        .sql
        .push("CREATE TABLE extra (id int) -- no newline".into());
    let (outcome, _) = run(&target, &plan);
    assert_eq!(outcome.unwrap(), plan.steps.len());
    assert!(
        model(&target)
            .kinds
            .tables
            .keys()
            .any(|k| k.name == "extra")
    );
    target.exec("DROP TABLE extra");
    assert!(model(&target) == desired, "the other steps all ran");
}
