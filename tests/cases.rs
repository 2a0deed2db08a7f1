//! The convergence contract, case by case, against a live server.
//!
//! For every `testdata/cases/<name>/` (current.sql, desired.sql):
//! load current into a fresh database, plan towards the files (destructive
//! steps allowed), snapshot the plan beside the case (`plan.snap`), apply
//! it with driftless's own applier, then check that the catalog equals a
//! fresh build of desired.sql and that planning again yields nothing; and
//! that `inspect` of the desired database rebuilds it exactly.
//!
//! The suite runs on any supported major (`scripts/pg-matrix test`). A case
//! that uses a feature of a later major says so in a file `min_major` (one
//! number) and is left out, by name, on older servers; one whose files a
//! later major refuses, in `max_major`. Plans are the same
//! text on every major except where PostgreSQL's canonical forms differ:
//! there a case keeps `plan@pgNN.snap` beside `plan.snap` (the reference,
//! PostgreSQL 15) for that major only.

mod support;

use std::path::{Path, PathBuf};

use driftless::model::Database;
use driftless::model::rename;
use driftless::plan::Options;
use driftless::{apply, diff, plan, render, source};
use support::TestDb;

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/cases");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("testdata/cases exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("desired.sql").exists())
        .collect();
    dirs.sort();
    // `DRIFTLESS_CASES=a,b` runs only those cases (to update their
    // snapshots on one major, say); the full suite is the default.
    if let Ok(only) = std::env::var("DRIFTLESS_CASES") {
        let only: Vec<&str> = only.split(',').map(str::trim).collect();
        dirs.retain(|d| only.iter().any(|n| d.ends_with(n)));
        eprintln!("DRIFTLESS_CASES: a partial run of {} cases", dirs.len());
    }
    dirs
}

/// The model with what a fresh build may legitimately order differently
/// (column order, for columns added later) put in a canonical order.
fn canonical(mut db: Database) -> Database {
    // Where the files left the search_path is not schema (psql's load
    // does not record it).
    db.files_search_path = None;
    for t in db.kinds.tables.values_mut() {
        t.columns.sort_by(|a, b| a.name.cmp(&b.name));
        // Whether a column or check inherited from a parent was also
        // declared locally (attislocal) depends on history: a table that
        // joined its parent later keeps its own copy. It changes nothing
        // until the parent drops the column, and the planner handles that.
        for c in &mut t.columns {
            c.inherited = false;
        }
        for c in t.constraints.values_mut() {
            c.inherited = false;
        }
    }
    db.dependencies.clear();
    // Sequence values are data, not schema.
    db.sequence_values.clear();
    db.identity_sequences.clear();
    db
}

fn first_difference(a: &Database, b: &Database) -> String {
    let a = serde_json::to_string_pretty(a).unwrap();
    let b = serde_json::to_string_pretty(b).unwrap();
    similar::TextDiff::from_lines(&a, &b)
        .unified_diff()
        .context_radius(3)
        .to_string()
        .lines()
        .take(40)
        .collect::<Vec<_>>()
        .join("\n")
}

/// `got` must be `built`, up to what [`canonical`] leaves out; else the
/// first difference, after `what`.
fn same(what: &str, got: &Database, built: &Database) -> Result<(), String> {
    // The catalog lists default privileges in the order their rows were
    // last written; a fresh build has the files' order.
    let order = |db: &Database| {
        let mut all: Vec<_> = db.kinds.default_privileges.values().collect();
        all.sort_by_key(|p| p.position);
        all.into_iter()
            .map(|p| p.id().to_string())
            .collect::<Vec<_>>()
    };
    if order(got) != order(built) {
        return Err(format!(
            "{what}: default privileges in another order: {:?} != {:?}",
            order(got),
            order(built)
        ));
    }
    let (got, built) = (canonical(got.clone()), canonical(built.clone()));
    if got == built {
        Ok(())
    } else {
        Err(format!("{what}:\n{}", first_difference(&got, &built)))
    }
}

/// The plan snapshot `text` of a case on a server of major `major`:
/// `plan.snap` unless this major's plan differs from it, then `plan@pgNN`.
fn assert_plan_snapshot(dir: &Path, name: &str, major: u32, text: &str) {
    let per_major = format!("plan@pg{major}");
    let own = major != 15
        && (dir.join(format!("{per_major}.snap")).exists()
            || reference_plan(dir).is_none_or(|r| r.trim_end() != text.trim_end()));
    let snapshot = if own { per_major } else { "plan".to_string() };
    insta::with_settings!({
        snapshot_path => dir,
        prepend_module_to_snapshot => false,
        omit_expression => true,
        description => format!("plan for testdata/cases/{name}"),
    }, {
        insta::assert_snapshot!(snapshot, text);
    });
}

/// The body of a case's reference snapshot, `plan.snap`.
fn reference_plan(dir: &Path) -> Option<String> {
    let file = std::fs::read_to_string(dir.join("plan.snap")).ok()?;
    // An insta file: a `---` header block, then the snapshot itself.
    let body = file.strip_prefix("---\n")?.split_once("\n---\n")?.1;
    Some(body.to_string())
}

/// The oldest major a case loads on (`min_major`), 13 when it has none.
fn min_major(dir: &Path) -> u32 {
    major_file(dir, "min_major").unwrap_or(13)
}

/// The newest major a case loads on (`max_major`: a later one refuses
/// its files), none when it has none.
fn max_major(dir: &Path) -> u32 {
    major_file(dir, "max_major").unwrap_or(u32::MAX)
}

fn major_file(dir: &Path, name: &str) -> Option<u32> {
    let text = std::fs::read_to_string(dir.join(name)).ok()?;
    Some(
        text.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{}/{name}: not a number", dir.display())),
    )
}

/// The database `inspect` output was loaded into holds what the source
/// did, but for the kinds driftless does not manage (reported, not
/// rendered).
fn inspect_rebuilds(
    rebuilt: &TestDb,
    built: &Database,
    policy: &dyn Fn(&mut Database),
) -> Result<(), String> {
    let mut reread = source::from_database(&rebuilt.url).map_err(|e| e.to_string())?;
    policy(&mut reread);
    // Objects of kinds driftless does not manage are reported, not
    // rendered: the rebuild lacks exactly those.
    let mut built = built.clone();
    if !reread.unmanaged.is_subset(&built.unmanaged) {
        return Err(format!(
            "inspect output holds objects of unmanaged kinds the source lacks: {:?}",
            reread
                .unmanaged
                .difference(&built.unmanaged)
                .collect::<Vec<_>>()
        ));
    }
    reread.unmanaged.clear();
    built.unmanaged.clear();
    same(
        "inspect output rebuilds a different catalog",
        &reread,
        &built,
    )
}

fn run_case(dir: &Path) -> Result<(), String> {
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap_or_default();
    let cur = TestDb::create(&format!("c_{name}"));
    let want = TestDb::create(&format!("w_{name}"));
    // setup.sql holds cluster-wide prerequisites (roles); it ran once for
    // all cases before they started.
    cur.exec(&read("current.sql"));
    want.exec(&read("desired.sql"));
    let desired_files = vec![dir.join("desired.sql")];

    let mut current = source::from_database(&cur.url).map_err(|e| format!("read current: {e}"))?;
    let loaded = source::from_files(&desired_files, &cur.server, None, None)
        .map_err(|e| format!("load desired: {e}"))?;
    // `@renamed` annotations: the renames run first, the rest of the plan
    // is made from the state they leave.
    let path = ["public".to_string()];
    let mut renames = rename::resolve(&loaded.annotations, &current, &loaded.model, &path)
        .map_err(|e| e.to_string())?;
    if !renames.is_empty() {
        current = apply::after_renames(&current, &mut renames, &loaded.model, &cur.server)
            .map_err(|e| format!("renames: {e}"))?;
    }
    let mut desired = loaded.model.clone();
    let mut built = source::from_database(&want.url).map_err(|e| format!("read want: {e}"))?;
    // Privileges are managed when the files hold GRANT or REVOKE, owners
    // when they hold OWNER TO.
    let policy = |db: &mut driftless::model::Database| {
        if !loaded.declares_privileges {
            db.forget_privileges();
        }
        if !loaded.declares_owners {
            db.forget_owners();
        }
    };
    policy(&mut current);
    policy(&mut desired);
    policy(&mut built);
    same(
        "loading the files differs from psql loading them",
        &desired,
        &built,
    )?;

    let changes = diff::diff(&current, &desired);
    let options = Options {
        allow_destructive: true,
        ..Default::default()
    };
    let mut plan = plan::plan(&current, &desired, &changes, options).map_err(|e| e.to_string())?;
    plan::renames::prepend(&mut plan, &renames);
    let text = render::sql::render(&plan);
    assert_plan_snapshot(dir, &name, current.version.major(), &text);

    let mut client = cur.client();
    apply::apply(&mut client, &plan, &apply::Timeouts::default(), |_| {})
        .map_err(|e| format!("apply: {e}"))?;
    // `kept.sql`, where a case has one: a query over the rows current.sql
    // inserted, true when the plan kept them.
    if dir.join("kept.sql").exists() {
        let kept: bool = client
            .query_one(read("kept.sql").as_str(), &[])
            .map_err(|e| format!("kept.sql: {e}"))?
            .get(0);
        if !kept {
            return Err("kept.sql: the rows current.sql inserted were not kept".into());
        }
    }
    drop(client);

    let mut after = source::from_database(&cur.url).map_err(|e| e.to_string())?;
    // Once applied, the annotations are inert.
    let pending = rename::resolve(&loaded.annotations, &after, &loaded.model, &path)
        .map_err(|e| format!("after apply: {e}"))?;
    if !pending.is_empty() {
        return Err(format!("renames still pending after apply: {pending:?}"));
    }
    policy(&mut after);
    same(
        "after apply the catalog differs from a fresh build",
        &after,
        &built,
    )?;
    // As a versioned migration (the rendered plan written to a file after
    // current.sql), replayed from empty, it reaches the same catalog.
    let dir = dir.to_path_buf();
    let files = vec![
        ("1_current.sql".to_string(), read("current.sql")),
        ("2_plan.sql".to_string(), text.clone()),
    ];
    let migrations = driftless::migrate::migrations(files).map_err(|e| e.to_string())?;
    let mut replayed = source::from_migrations(&dir, &migrations, &cur.server)
        .map_err(|e| format!("replaying the plan as a migration file: {e}"))?;
    policy(&mut replayed);
    same(
        "the plan replayed as a migration file differs from a fresh build",
        &replayed,
        &built,
    )?;

    // `inspect` of the desired database rebuilds it exactly; or, where a
    // case has `inspect_fails`, stops at the error that file names: what a
    // database's catalog cannot tell (pg_dump has the same limit). Once it
    // loads, the file goes.
    let script = render::inspect::render(&built, &name).map_err(|e| e.to_string())?;
    let rebuilt = TestDb::create(&format!("i_{name}"));
    let loads = rebuilt.client().batch_execute(&script);
    match std::fs::read_to_string(dir.join("inspect_fails")) {
        Ok(expected) => match loads {
            Err(e) if driftless::source::connect::describe(&e).contains(expected.trim()) => {}
            Err(e) => {
                return Err(format!(
                    "inspect output fails otherwise than inspect_fails says: {e:?}"
                ));
            }
            Ok(()) => return Err("inspect output loads: remove inspect_fails".to_string()),
        },
        Err(_) => {
            loads.map_err(|e| format!("inspect output does not load: {e:?}\n{script}"))?;
            inspect_rebuilds(&rebuilt, &built, &policy)?;
        }
    }

    let again = diff::diff(&after, &desired);
    let replan = plan::plan(&after, &desired, &again, options).map_err(|e| e.to_string())?;
    if !replan.steps.is_empty() || !replan.skipped.is_empty() {
        return Err(format!(
            "planning again is not empty:\n{}",
            render::sql::render(&replan)
        ));
    }
    Ok(())
}

#[test]
fn every_case_converges() {
    let server = support::server();
    let major = source::server_version(&server)
        .expect("a supported server version")
        .major();
    let (cases, too_new): (Vec<PathBuf>, Vec<PathBuf>) = cases()
        .into_iter()
        .partition(|dir| (min_major(dir)..=max_major(dir)).contains(&major));
    if !too_new.is_empty() {
        eprintln!(
            "PostgreSQL {major}: {} cases need another major and are left out: {}",
            too_new.len(),
            too_new
                .iter()
                .map(|d| d.file_name().unwrap().to_string_lossy().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    // Roles are shared by the whole cluster: create them once, serially.
    for dir in &cases {
        if let Ok(setup) = std::fs::read_to_string(dir.join("setup.sql")) {
            let mut admin = server.connect().expect("connect");
            admin
                .batch_execute(&setup)
                .unwrap_or_else(|e| panic!("{}/setup.sql: {e:?}", dir.display()));
        }
    }
    assert!(
        cases.len() >= 60 || std::env::var("DRIFTLESS_CASES").is_ok(),
        "expected at least 60 cases, found {}",
        cases.len()
    );
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let Some(dir) = cases.get(i) else { break };
                    let outcome = std::panic::catch_unwind(|| run_case(dir)).unwrap_or_else(|p| {
                        Err(p
                            .downcast_ref::<String>()
                            .cloned()
                            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                            .unwrap_or_else(|| "panicked".into()))
                    });
                    if let Err(e) = outcome {
                        let name = dir.file_name().unwrap().to_string_lossy().to_string();
                        failures.lock().unwrap().push(format!("{name}: {e}"));
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
