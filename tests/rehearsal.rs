//! Rehearsal: a plan is run on a copy of the target's schema first, and a
//! plan that fails or leaves differences behind is caught there.

mod support;

use driftless::apply::{RehearsalError, rehearse};
use driftless::model::Database;
use driftless::{diff, plan, source};
use support::TestDb;

fn model(db: &TestDb) -> Database {
    source::catalog::read(&mut db.client()).expect("catalog reads")
}

#[test]
fn rehearsal_passes_a_sound_plan_and_reports_what_a_broken_one_leaves() {
    let target = TestDb::create("rehearse_target");
    target.exec("CREATE TABLE t (id int PRIMARY KEY, name text);");
    let wanted = TestDb::create("rehearse_desired");
    wanted.exec(
        "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL);\
         CREATE INDEX t_name_idx ON t (name);\
         CREATE TABLE p (id int PRIMARY KEY);\
         CREATE TABLE u (id int REFERENCES p);",
    );
    let (current, desired) = (model(&target), model(&wanted));
    let changes = diff::diff(&current, &desired);
    let full = plan::plan(&current, &desired, &changes, Default::default()).unwrap();
    rehearse(&current, Some(&desired), &full, &target.server).expect("a sound plan converges");

    // Without the index step the plan still runs, but does not converge.
    let mut partial = full.clone();
    partial.steps.retain(|s| !s.summary.contains("t_name_idx"));
    assert_eq!(partial.steps.len(), full.steps.len() - 1);
    match rehearse(&current, Some(&desired), &partial, &target.server) {
        Err(RehearsalError::Residual(report)) => {
            assert!(report.contains("t_name_idx"), "{report}")
        }
        other => panic!("expected a residual difference, got {other:?}"),
    }

    // Steps out of order fail on the copy.
    let mut reversed = full.clone();
    reversed.steps.reverse();
    match rehearse(&current, Some(&desired), &reversed, &target.server) {
        Err(RehearsalError::Failed(e)) => assert!(e.to_string().contains("failed"), "{e}"),
        other => panic!("expected the rehearsal to fail, got {other:?}"),
    }

    // None of it touched the target.
    assert_eq!(model(&target), current);
}
