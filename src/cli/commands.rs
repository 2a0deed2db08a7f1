//! One function per command: read the sources, run the pipeline, print,
//! and choose the exit code.

use std::collections::BTreeSet;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};
use driftless::diff::{self, Change};
use driftless::model::rename::{self, Rename};
use driftless::model::{Database, Unmanaged};
use driftless::plan::{self, HazardCode, Options, Plan};
use driftless::render;
use driftless::source::{self, connect::DbUrl};

use super::{ApplyArgs, CheckArgs, Desired, DiffArgs, Format, InspectArgs, PlanArgs, Target};

fn target_url(t: &Target) -> anyhow::Result<DbUrl> {
    database(t.url.as_deref())
}

/// The database `url` names, or without one the database psql would
/// connect to (PG* variables, service and password files, local socket).
pub(super) fn database(url: Option<&str>) -> anyhow::Result<DbUrl> {
    Ok(DbUrl::parse(url.unwrap_or(""))?)
}

/// The two sides of a comparison.
pub(super) struct Sides {
    /// The target, as the pending `@renamed` renames leave it: what the
    /// rest of the plan is computed from.
    pub current: Database,
    pub desired: Database,
    /// The pending renames, to run first.
    pub renames: Vec<Rename>,
    /// The target before the renames (there are some): what a rehearsal
    /// of the whole plan starts from.
    pub before: Option<Database>,
}

impl Sides {
    /// The state the whole plan (renames included) starts from.
    pub fn start(&self) -> &Database {
        self.before.as_ref().unwrap_or(&self.current)
    }
}

/// The schema files' model, the dev server that loaded it and the
/// target's `search_path` it was loaded under.
fn load_files(d: &Desired, target: &DbUrl) -> anyhow::Result<(source::Loaded, DbUrl, String)> {
    let dev = dev_server(d, target)?;
    // Unqualified names in the files resolve as on the target.
    let path = source::search_path(target)?;
    let cache = (!d.no_cache)
        .then(|| source::cache::Cache::default_dir(|v| std::env::var(v).ok()))
        .flatten()
        .map(source::cache::Cache::at);
    let loaded = source::from_files(&d.schema, &dev, Some(&path), cache.as_ref())?;
    Ok((loaded, dev, path))
}

/// The desired model, loaded on the dev server or else the target's; the
/// renames the files declare, run on a copy of `current`; the privileges
/// policy applied to both sides: privileges are managed when the files
/// contain GRANT or REVOKE, or with `--privileges`.
///
/// `current` reads the target: it runs on a thread of its own while the
/// files load, as the two wait on different servers (or on different
/// backends of one).
fn desired_pair(
    d: &Desired,
    target: &DbUrl,
    current: impl FnOnce() -> anyhow::Result<Database> + Send,
) -> anyhow::Result<Sides> {
    let (current, loaded) = std::thread::scope(|s| {
        let reader = s.spawn(current);
        let loaded = load_files(d, target);
        let current = reader
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (current, loaded)
    });
    // The target's failure first: it is what the command is about, and
    // an unreachable target usually fails the load too.
    let current = current?;
    let (loaded, dev, path) = loaded?;
    if d.dev_url.is_some() {
        let (target_v, dev_v) = (current.version, source::server_version(&dev)?);
        check_same_major(target_v, dev_v, d.allow_major_mismatch)?;
    }
    let renames = rename::resolve(
        &loaded.annotations,
        &current,
        &loaded.model,
        &rename::search_path_schemas(&path),
    )?;
    let manage = Manage {
        privileges: d.privileges || loaded.declares_privileges,
        owners: d.owners || loaded.declares_owners,
    };
    let (mut current, mut desired, mut before, mut renames) =
        (current, loaded.model, None, renames);
    if !renames.is_empty() {
        let after = driftless::apply::after_renames(&current, &mut renames, &desired, &dev)?;
        before = Some(std::mem::replace(&mut current, after));
    }
    d.filter.apply(&mut current)?;
    d.filter.apply(&mut desired)?;
    if let Some(before) = &mut before {
        d.filter.apply(before)?;
        if !manage.owners {
            before.forget_owners();
        }
        if !manage.privileges {
            before.forget_privileges();
        }
    }
    let (current, desired) = privileges_policy(current, desired, manage);
    Ok(Sides {
        current,
        desired,
        renames,
        before,
    })
}

/// Schema files normalized on one major are compared with a target of
/// another only when the user says so.
fn check_same_major(
    target_v: driftless::model::PgVersion,
    dev_v: driftless::model::PgVersion,
    allowed: bool,
) -> anyhow::Result<()> {
    if target_v.major() != dev_v.major() && !allowed {
        bail!(
            "the dev server runs PostgreSQL {dev_v} but the target runs PostgreSQL {target_v}: \
             schema files normalized by another major may plan spurious changes; \
             use a dev server of major {}, or pass --allow-major-mismatch",
            target_v.major()
        );
    }
    Ok(())
}

/// The server for temporary databases of a command without a target:
/// `--dev-url` (or `DRIFTLESS_DEV_URL`), else the server psql would
/// connect to, which is then named on stderr.
pub(super) fn dev_server_without_target(dev_url: Option<&str>) -> anyhow::Result<DbUrl> {
    Ok(match dev_url {
        Some(u) => DbUrl::parse(u)?,
        None => {
            let url = database(None)?;
            eprintln!(
                "note: temporary databases go to {}: no --dev-url or DRIFTLESS_DEV_URL, so the server psql would connect to",
                url.target()
            );
            url
        }
    })
}

/// The server for temporary databases: `--dev-url`, else the target's.
fn dev_server(d: &Desired, target: &DbUrl) -> anyhow::Result<DbUrl> {
    Ok(match &d.dev_url {
        Some(u) => DbUrl::parse(u)?,
        None => target.clone(),
    })
}

/// What driftless manages only when the files declare it (or a flag asks).
#[derive(Debug, Clone, Copy)]
pub(super) struct Manage {
    /// GRANT, REVOKE, ALTER DEFAULT PRIVILEGES.
    pub privileges: bool,
    /// ALTER ... OWNER TO.
    pub owners: bool,
}

impl Manage {
    pub(super) fn of(loaded: &source::Loaded) -> Manage {
        Manage {
            privileges: loaded.declares_privileges,
            owners: loaded.declares_owners,
        }
    }
}

/// Forgets privileges and owners on both sides where they are not managed,
/// with a note when that hides a difference.
pub(super) fn privileges_policy(
    mut current: Database,
    mut desired: Database,
    manage: Manage,
) -> (Database, Database) {
    // Each policy notes when forgetting what it leaves alone hides a
    // difference: the count of changes before and after.
    let mut count = None;
    let changes = |current: &Database, desired: &Database| diff::diff(current, desired).len();
    if !manage.owners {
        let with = *count.get_or_insert_with(|| changes(&current, &desired));
        current.forget_owners();
        desired.forget_owners();
        let without = changes(&current, &desired);
        if without != with {
            eprintln!(
                "note: owners differ but are not managed: the schema files hold no OWNER TO (pass --owners to manage them)"
            );
        }
        count = Some(without);
    }
    if !manage.privileges {
        let with = *count.get_or_insert_with(|| changes(&current, &desired));
        current.forget_privileges();
        desired.forget_privileges();
        if changes(&current, &desired) != with {
            eprintln!(
                "note: privileges differ but are not managed: the schema files hold no GRANT or REVOKE (pass --privileges to manage them)"
            );
        }
    }
    (current, desired)
}

/// Prints `not managed yet: kind name` for everything either side holds
/// that driftless leaves alone.
fn report_unmanaged(models: &[&Database]) {
    let all: BTreeSet<&Unmanaged> = models.iter().flat_map(|m| m.unmanaged.iter()).collect();
    for u in all {
        eprintln!("not managed yet: {} {}", u.kind, u.name);
    }
}

/// [`report_unmanaged`], and under `--strict` a refusal to go on while
/// anything is unmanaged. Returns what is not compared.
fn unmanaged_gate(
    current: &Database,
    desired: &Database,
    strict: bool,
) -> anyhow::Result<Vec<diff::unmanaged::NotCompared>> {
    report_unmanaged(&[current, desired]);
    let not_compared = diff::unmanaged::not_compared(current, desired);
    let n = not_compared.len();
    if strict && n > 0 {
        bail!(
            "--strict: {n} object{} of kinds driftless does not manage yet (listed above); nothing was planned",
            if n == 1 { "" } else { "s" }
        );
    }
    Ok(not_compared)
}

pub(super) fn make_plan(
    current: &Database,
    desired: &Database,
    allow_destructive: bool,
    online: bool,
) -> anyhow::Result<(Vec<Change>, Plan)> {
    let changes = diff::diff(current, desired);
    let options = Options {
        allow_destructive,
        online,
    };
    let plan = plan::plan(current, desired, &changes, options)?;
    Ok((changes, plan))
}

/// Adds the target's estimated rows and size of each table to the hazards
/// about it, and the values of dropped columns to their data-loss hazards
/// (see `plan::sizes`): two queries, only when some hazard scans, rewrites,
/// indexes or loses rows of an existing table.
fn size_hazards(
    target: &DbUrl,
    plan: &mut Plan,
    current: &Database,
    desired: &Database,
) -> anyhow::Result<()> {
    let tables = plan::sizes::tables(plan, current, desired);
    if tables.is_empty() {
        return Ok(());
    }
    let columns = plan::sizes::dropped_columns(plan, current);
    let mut client = target.connect()?;
    let sizes = source::catalog::sizes::table_sizes(&mut client, &tables)?;
    let values = source::catalog::sizes::column_values(&mut client, &columns)?;
    plan::sizes::annotate(plan, current, desired, &sizes, &values);
    Ok(())
}

/// Runs the pre-flight checks of `plan` on the target's rows, prints what
/// they found, and fails (exit 2) when a step would fail on them, or, with
/// `--strict-checks`, when a check could not be run.
fn check_data(
    client: &mut postgres::Client,
    plan: &Plan,
    current: &Database,
    desired: &Database,
    limits: &super::CheckLimits,
    target: &str,
) -> anyhow::Result<()> {
    let checks = plan::checks::checks(plan, current, desired);
    let findings = driftless::apply::preflight(client, &checks, &limits.check_timeout)?;
    let (mut failing, mut unchecked) = (std::collections::BTreeSet::new(), 0);
    for f in &findings {
        eprintln!("{f}");
        match f {
            driftless::apply::Finding::Fails { step, .. } => {
                failing.insert(*step);
            }
            driftless::apply::Finding::NotChecked { .. } => unchecked += 1,
            driftless::apply::Finding::Loses { .. } => {}
        }
    }
    let fails = failing.len();
    if fails > 0 {
        bail!(
            "pre-flight checks: {fails} step{} would fail on the rows of {target}; nothing was applied",
            if fails == 1 { "" } else { "s" }
        );
    }
    if unchecked > 0 && limits.strict_checks {
        bail!(
            "pre-flight checks: {unchecked} check{} could not be run (--strict-checks); nothing was applied",
            if unchecked == 1 { "" } else { "s" }
        );
    }
    if !checks.is_empty() {
        eprintln!(
            "checked the rows of {target}: {} check{} passed{}",
            checks.len() - unchecked,
            if checks.len() - unchecked == 1 {
                ""
            } else {
                "s"
            },
            if unchecked > 0 {
                format!(", {unchecked} not run")
            } else {
                String::new()
            }
        );
    }
    Ok(())
}

/// Refuses a plan that converts a column between types PostgreSQL has no
/// cast for (`bigint` to `timestamp`): asked of the target before anything
/// is shown or applied, so the step never fails halfway through an apply.
fn check_conversions(target: &DbUrl, plan: &Plan) -> anyhow::Result<()> {
    let all: Vec<&driftless::plan::Conversion> =
        plan.steps.iter().flat_map(|s| &s.conversions).collect();
    if all.is_empty() {
        return Ok(());
    }
    let asked: Vec<source::catalog::casts::Conversion> = all
        .iter()
        .map(|c| source::catalog::casts::Conversion {
            from: &c.from,
            via: c.via.as_deref(),
            to: &c.to,
        })
        .collect();
    let mut client = target.connect()?;
    let missing = source::catalog::casts::missing(&mut client, &asked)?;
    if let Some(&first) = missing.first() {
        let c = all[first];
        let more = match missing.len() {
            1 => String::new(),
            n => format!(
                " (and {} more column{})",
                n - 1,
                if n == 2 { "" } else { "s" }
            ),
        };
        bail!(
            "cannot convert {} from {} to {}{more}: PostgreSQL has no cast between them, so nothing was planned; \
             change it in steps the files can express (add a column of the new type, fill it, drop the old one) \
             or drop and add the column",
            c.column,
            c.from,
            c.to
        );
    }
    Ok(())
}

fn warn_plan(plan: &Plan, changes: &[Change]) {
    for w in &plan.warnings {
        eprintln!("warning: {w}");
    }
    for h in diff::hints::rename_hints(changes) {
        eprintln!("{h}");
    }
    if !plan.skipped.is_empty() {
        eprintln!(
            "warning: {} (shown as comments); pass --allow-destructive to include {}:",
            plan.held_back_summary(),
            if plan.skipped.len() == 1 {
                "it"
            } else {
                "them"
            }
        );
        for s in &plan.skipped {
            eprintln!("  - {}", s.summary);
        }
    }
}

/// Prints a plan; `fingerprints` are the source and desired states' (for
/// JSON), `title` heads the Markdown.
fn print_plan(
    plan: &Plan,
    changes: &[Change],
    format: Format,
    fingerprints: (&str, &str),
    title: &str,
) {
    let text = match format {
        Format::Sql => render::sql::render(plan),
        Format::Json => render::json::render(plan, fingerprints.0, fingerprints.1),
        Format::Markdown => render::markdown::render(plan, title),
        Format::Human => render::human::render(plan, changes),
    };
    anstream::print!("{text}");
}

pub fn plan(a: PlanArgs) -> anyhow::Result<ExitCode> {
    let url = target_url(&a.target)?;
    let format = super::Format::or_default(a.format);
    // Only a JSON plan carries the fingerprints (a whole model each).
    let json = matches!(format, Format::Json);
    let mut source_fp = None;
    let sides = desired_pair(&a.desired, &url, || {
        let current = source::from_database(&url)?;
        source_fp = json.then(|| render::json::fingerprint(&current));
        Ok(current)
    })?;
    let (current, desired) = (&sides.current, &sides.desired);
    let not_compared = unmanaged_gate(current, desired, a.desired.strict)?;
    let (changes, mut plan) =
        make_plan(current, desired, a.shape.allow_destructive, a.shape.online)?;
    plan::renames::prepend(&mut plan, &sides.renames);
    check_conversions(&url, &plan)?;
    size_hazards(&url, &mut plan, current, desired)?;
    if a.check_data {
        check_data(
            &mut url.connect()?,
            &plan,
            current,
            desired,
            &a.checks,
            &url.target(),
        )?;
    }
    warn_plan(&plan, &changes);
    if a.verify && !plan.is_empty() {
        driftless::apply::rehearse(
            sides.start(),
            Some(desired),
            &plan,
            &dev_server(&a.desired, &url)?,
        )?;
        eprintln!("verified: the plan converges on a rehearsal copy of the target's schema");
    }
    let desired_fp = json.then(|| render::json::fingerprint(desired));
    let title = format!("driftless plan for {}", url.target());
    print_plan(
        &plan,
        &changes,
        format,
        (
            source_fp.as_deref().unwrap_or_default(),
            desired_fp.as_deref().unwrap_or_default(),
        ),
        &title,
    );
    let no_steps = plan.is_empty() && plan.skipped.is_empty();
    if a.exit_code && plan.is_empty() && !plan.skipped.is_empty() {
        eprintln!("the database differs from the files: only held-back steps remain (exit 1)");
    }
    if a.exit_code && no_steps && !not_compared.is_empty() {
        eprintln!(
            "not verified: {} object{} of kinds driftless does not manage yet could not be compared (exit 1)",
            not_compared.len(),
            if not_compared.len() == 1 { "" } else { "s" }
        );
    }
    // Held-back steps are differences too, and what was not compared may
    // be: CI must not read either as none.
    Ok(if a.exit_code && !(no_steps && not_compared.is_empty()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

pub fn check(a: CheckArgs) -> anyhow::Result<ExitCode> {
    let url = target_url(&a.target)?;
    let sides = desired_pair(&a.desired, &url, || Ok(source::from_database(&url)?))?;
    let renames = &sides.renames;
    // Never "no drift" over what was not compared.
    let unseen = unmanaged_gate(&sides.current, &sides.desired, a.desired.strict)?;
    let changes = diff::diff(&sides.current, &sides.desired);
    match a.format {
        Some(Format::Json) => print!("{}", render::report::json(renames, &changes, &unseen)),
        Some(Format::Markdown) => print!(
            "{}",
            render::report::markdown(renames, &changes, &unseen, &url.target())
        ),
        Some(Format::Sql) => print!("{}", render::report::render(renames, &changes, &unseen)),
        Some(Format::Human) | None => {
            anstream::print!("{}", render::human::drift(renames, &changes, &unseen))
        }
    }
    Ok(
        if renames.is_empty() && changes.is_empty() && unseen.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        },
    )
}

pub fn apply(a: ApplyArgs) -> anyhow::Result<ExitCode> {
    let allowed = HazardCode::parse_allowed(&a.allow_hazards, a.shape.allow_destructive)?;
    let url = target_url(&a.target)?;
    let mut client = url.connect()?;
    // Hold the lock from reading the target to the last step, so the plan
    // is applied to the state it was computed from.
    driftless::apply::lock(&mut client, &a.lock_wait)?;
    let current = source::catalog::read(&mut client)?;
    // The plan, its changes, the state it starts from, the state it must
    // reach (a saved plan has neither at hand) and the server to rehearse
    // on.
    // The way back, when asked for: where to write it, and the plan.
    let mut rollback: Option<(PathBuf, Plan)> = None;
    if a.rollback_file.is_some() && a.plan.is_some() {
        bail!("--rollback-file needs --schema: a saved plan does not hold the state it leads to");
    }
    let (plan, changes, base, desired, server) = match &a.plan {
        Some(file) => {
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("reading {}", file.display()))?;
            let saved = render::json::SavedPlan::parse(&text).with_context(|| {
                format!("{}: not a plan saved with --format json", file.display())
            })?;
            let now = render::json::fingerprint(&current);
            if now != saved.source_fingerprint {
                bail!(
                    "{} has changed since {} was planned (fingerprint {} is now {}): plan again",
                    url.target(),
                    file.display(),
                    &saved.source_fingerprint[..12.min(saved.source_fingerprint.len())],
                    &now[..12]
                );
            }
            (saved.to_plan(), None, current, None, url.clone())
        }
        None => {
            let sides = desired_pair(&a.desired, &url, move || Ok(current))?;
            unmanaged_gate(&sides.current, &sides.desired, a.desired.strict)?;
            let (changes, mut plan) = make_plan(
                &sides.current,
                &sides.desired,
                a.shape.allow_destructive,
                a.shape.online,
            )?;
            plan::renames::prepend(&mut plan, &sides.renames);
            check_conversions(&url, &plan)?;
            size_hazards(&url, &mut plan, &sides.current, &sides.desired)?;
            if !a.no_check_data {
                check_data(
                    &mut client,
                    &plan,
                    &sides.current,
                    &sides.desired,
                    &a.checks,
                    &url.target(),
                )?;
            }
            if let Some(file) = &a.rollback_file {
                if !sides.renames.is_empty() {
                    bail!(
                        "--rollback-file: the plan renames objects (@renamed), and a way back over renames is not written yet; apply without it"
                    );
                }
                rollback = Some((
                    file.clone(),
                    plan::rollback(&plan, &sides.current, &sides.desired)?,
                ));
            }
            let server = dev_server(&a.desired, &url)?;
            let base = sides.start().clone();
            (plan, Some(changes), base, Some(sides.desired), server)
        }
    };
    warn_plan(&plan, changes.as_deref().unwrap_or(&[]));
    if plan.is_empty() {
        if plan.skipped.is_empty() {
            eprintln!(
                "nothing to apply: {} matches the schema files",
                url.target()
            );
        } else {
            eprintln!(
                "nothing to apply without --allow-destructive: {} still differs from the schema files",
                url.target()
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    // At a terminal the user confirms hazards at the prompt; otherwise
    // only --allow-hazards does, before anything runs.
    let ask = !a.yes && std::io::stdin().is_terminal();
    if !ask {
        plan.check_hazards(&allowed)?;
    }
    if !a.no_verify {
        driftless::apply::rehearse(&base, desired.as_ref(), &plan, &server)?;
        eprintln!("verified on a rehearsal copy of the target's schema");
    }
    if ask {
        anstream::print!(
            "{}",
            render::human::render(&plan, changes.as_deref().unwrap_or(&[]))
        );
    } else {
        print!("{}", render::sql::render(&plan));
    }
    std::io::stdout().flush().ok();
    if !a.yes {
        if !ask {
            bail!("refusing to apply without confirmation: no terminal to ask on (pass --yes)");
        }
        eprint!("{} ", question(&plan, &url.target()));
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes") {
            eprintln!("not applied: {} is unchanged", url.target());
            return Ok(ExitCode::from(1));
        }
    }
    if let Some((file, back)) = &rollback {
        let text = format!(
            "-- The way back from the apply of {} on {}: it returns the schema to\n\
             -- its state before that apply. It restores no rows: what the apply\n\
             -- deleted (dropped tables and columns, converted values) stays lost;\n\
             -- each step that brings back such an object says so as data_loss.\n\
             -- Review it like any plan; run it with psql -v ON_ERROR_STOP=1 -f FILE.\n{}",
            url.target(),
            jiff::Timestamp::now().strftime("%Y-%m-%d %H:%M:%S UTC"),
            render::sql::render(back)
        );
        std::fs::write(file, text).with_context(|| format!("writing {}", file.display()))?;
        eprintln!(
            "wrote the way back to {} ({} step{})",
            file.display(),
            back.steps.len(),
            if back.steps.len() == 1 { "" } else { "s" }
        );
    }
    let timeouts = driftless::apply::Timeouts {
        lock: a.lock_timeout.clone(),
        statement: a.statement_timeout.clone(),
        long_statement: a.long_statement_timeout.clone(),
    };
    let pid = driftless::apply::backend_pid(&mut client).ok();
    let progress = super::progress::Progress::new(
        plan.steps.len(),
        std::io::stderr().is_terminal(),
        &url,
        pid,
    );
    let cancel = driftless::interrupt::guard(&url, &client);
    let applied = driftless::apply::apply(&mut client, &plan, &timeouts, |e| progress.on(e))?;
    drop(cancel);
    driftless::apply::unlock(&mut client);
    eprintln!(
        "applied {applied} step{} to {} in {}",
        if applied == 1 { "" } else { "s" },
        url.target(),
        progress.total_time()
    );
    Ok(ExitCode::SUCCESS)
}

/// The one question `apply` asks at a terminal, naming what the user
/// accepts: `Apply 6 steps to db? hazards: index_build (step 3),
/// table_rewrite (steps 4, 5) [y/N]`.
fn question(plan: &Plan, target: &str) -> String {
    let n = plan.steps.len();
    let mut q = format!(
        "Apply {n} step{} to {target}?",
        if n == 1 { "" } else { "s" }
    );
    let hazards = plan.unallowed_hazards(&[]);
    if !hazards.is_empty() {
        let named: Vec<String> = hazards
            .iter()
            .map(|(code, steps)| {
                let numbers: Vec<String> = steps.iter().map(usize::to_string).collect();
                format!(
                    "{} (step{} {})",
                    code.as_str(),
                    if steps.len() == 1 { "" } else { "s" },
                    numbers.join(", ")
                )
            })
            .collect();
        q.push_str(&format!(" hazards: {}", named.join(", ")));
    }
    q.push_str(" [y/N]");
    q
}

/// Writes `files` (relative paths and texts) into `dir`, which must not
/// exist or be empty.
fn write_tree(dir: &std::path::Path, files: &[(String, String)]) -> anyhow::Result<()> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        bail!("{} is not empty: nothing was written", dir.display());
    }
    for (rel, text) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// The database's model as `inspect` writes it: owners only when asked.
fn inspected(url: &DbUrl, owners: bool) -> anyhow::Result<Database> {
    let mut db = source::from_database(url)?;
    if !owners {
        db.forget_owners();
    }
    report_unmanaged(&[&db]);
    Ok(db)
}

/// `init`: a starter project file, or with `from` the adoption of a
/// database (its schema as a tree under `schema/` and a project file
/// pointing at it and at the database).
pub fn init(cwd: &std::path::Path, from: Option<&str>) -> anyhow::Result<ExitCode> {
    let file = cwd.join(super::project::FILE_NAME);
    if file.exists() {
        bail!("{} already exists: nothing was written", file.display());
    }
    let text = match from {
        None => {
            super::project::starter("local", Some("postgres://postgres@localhost:5432/postgres"))
        }
        Some(spec) => {
            let url = DbUrl::parse(spec)?;
            let db = inspected(&url, false)?;
            let files = render::inspect::split(&db, &url.target())?;
            write_tree(&cwd.join("schema"), &files)?;
            eprintln!(
                "wrote {} files under {}",
                files.len(),
                cwd.join("schema").display()
            );
            // The adopted database is the `source` environment; a URL
            // holding a password is left out of the file.
            super::project::starter("source", (!DbUrl::holds_password(spec)).then_some(spec))
        }
    };
    std::fs::write(&file, text).with_context(|| format!("writing {}", file.display()))?;
    eprintln!("wrote {}", file.display());
    Ok(ExitCode::SUCCESS)
}

pub fn inspect(a: InspectArgs) -> anyhow::Result<ExitCode> {
    let url = target_url(&a.target)?;
    if let Some(dir) = &a.split {
        let db = inspected(&url, a.owners)?;
        let files = render::inspect::split(&db, &url.target())?;
        write_tree(dir, &files)?;
        eprintln!("wrote {} files under {}", files.len(), dir.display());
        return Ok(ExitCode::SUCCESS);
    }
    let raw = source::catalog::read_raw(&mut url.connect()?)?;
    let text = if a.raw {
        serde_json::to_string(&raw)? + "\n"
    } else {
        let mut db = source::catalog::decode(&raw)?;
        if !a.owners {
            db.forget_owners();
        }
        report_unmanaged(&[&db]);
        render::inspect::render(&db, &url.target())?
    };
    match a.output {
        Some(path) => {
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?
        }
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn is_url(s: &str) -> bool {
    s.starts_with("postgres://") || s.starts_with("postgresql://")
}

/// A side of `diff`, and whether it declares privileges. Files load under
/// the `search_path` of the other side when it is a database.
fn side(spec: &str, other: &str, dev: &DbUrl) -> anyhow::Result<(Database, Manage)> {
    if is_url(spec) {
        let none = Manage {
            privileges: false,
            owners: false,
        };
        return Ok((source::from_database(&DbUrl::parse(spec)?)?, none));
    }
    let paths: Vec<PathBuf> = spec.split(',').map(PathBuf::from).collect();
    let path = if is_url(other) {
        Some(source::search_path(&DbUrl::parse(other)?)?)
    } else {
        None
    };
    let loaded = source::from_files(&paths, dev, path.as_deref(), None)?;
    let manage = Manage::of(&loaded);
    Ok((loaded.model, manage))
}

pub fn diff(a: DiffArgs) -> anyhow::Result<ExitCode> {
    // Temporary databases: --dev-url, else a side's server, else the
    // server psql would connect to (only when a side is schema files).
    let dev = match (&a.dev_url, [&a.from, &a.to].into_iter().find(|s| is_url(s))) {
        (None, Some(side)) => DbUrl::parse(side)?,
        (dev_url, _) => dev_server_without_target(dev_url.as_deref())?,
    };
    let (mut from, from_manages) = side(&a.from, &a.to, &dev)?;
    let (mut to, to_manages) = side(&a.to, &a.from, &dev)?;
    a.filter.apply(&mut from)?;
    a.filter.apply(&mut to)?;
    let both_urls = is_url(&a.from) && is_url(&a.to);
    let (from, to) = privileges_policy(
        from,
        to,
        Manage {
            privileges: a.privileges
                || from_manages.privileges
                || to_manages.privileges
                || both_urls,
            owners: a.owners || from_manages.owners || to_manages.owners || both_urls,
        },
    );
    report_unmanaged(&[&from, &to]);
    let (changes, plan) = make_plan(&from, &to, a.shape.allow_destructive, a.shape.online)?;
    warn_plan(&plan, &changes);
    let fps = (
        render::json::fingerprint(&from),
        render::json::fingerprint(&to),
    );
    print_plan(
        &plan,
        &changes,
        Format::or_default(a.format),
        (&fps.0, &fps.1),
        "driftless diff",
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use driftless::model::PgVersion;

    use super::check_same_major;

    #[test]
    fn a_dev_server_of_another_major_is_refused_unless_allowed() {
        let (v15, v15b, v18) = (
            PgVersion::from_num(150_019),
            PgVersion::from_num(150_004),
            PgVersion::from_num(180_004),
        );
        let err = check_same_major(v15, v18, false).unwrap_err().to_string();
        assert!(
            err.contains("PostgreSQL 18.4") && err.contains("PostgreSQL 15.19"),
            "{err}"
        );
        assert!(err.contains("--allow-major-mismatch"), "{err}");
        assert!(check_same_major(v15, v18, true).is_ok());
        assert!(
            check_same_major(v15, v15b, false).is_ok(),
            "minor versions may differ"
        );
    }
}
