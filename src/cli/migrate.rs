//! `driftless migrate ...`: versioned migration files written from schema
//! edits by the same engine as `plan` (temporary database, diff, planner,
//! renderer), checked by `driftless.sum`, applied with a history table.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use driftless::migrate::{self, Migration, SUM_FILE};
use driftless::source::{self, connect::DbUrl};
use driftless::{diff, render};

use super::commands::{Manage, make_plan, privileges_policy};
use driftless::model::rename;

#[derive(Subcommand)]
pub enum MigrateCommand {
    /// Write a migration from the directory's head to the schema files.
    #[command(after_help = "Example:
  driftless migrate diff add_orders --schema schema --dev-url postgres://postgres@localhost/postgres")]
    Diff(DiffArgs),
    /// Rewrite driftless.sum (after a deliberate edit, or to adopt a hand-written directory).
    #[command(after_help = "Example:
  driftless migrate hash --dir migrations")]
    Hash(DirArgs),
    /// Check the sum, replay every file, and (with --schema) that the head equals the files.
    #[command(after_help = "Example:
  driftless migrate validate --schema schema")]
    Validate(ValidateArgs),
    /// Show the hazards of the newest migrations, computed by replaying them.
    #[command(after_help = "Example:
  driftless migrate lint --latest 1")]
    Lint(LintArgs),
    /// Apply pending migrations, each in its own transaction where possible.
    #[command(after_help = "Example:
  driftless migrate apply --url postgres://deploy@db.internal/app")]
    Apply(ApplyArgs),
    /// Go back to an earlier version: plan from the database to the
    /// directory's state at that version, apply it, forget the newer migrations.
    #[command(after_help = "Examples:
  driftless migrate down --dry-run
  driftless migrate down --steps 2 --allow-destructive --yes
  driftless migrate down --to 20261201120000 --allow-destructive --yes")]
    Down(DownArgs),
    /// List applied and pending migrations; exit 1 when something is pending or changed.
    #[command(after_help = "Example:
  driftless migrate status --url postgres://deploy@db.internal/app")]
    Status(StatusArgs),
}

#[derive(Args)]
pub struct DirArgs {
    /// The migration directory.
    #[arg(long, default_value = "migrations")]
    dir: PathBuf,
}

#[derive(Args)]
pub struct DevArgs {
    /// Server for temporary databases (defaults to $DRIFTLESS_DEV_URL;
    /// without it, the server psql would connect to). Never
    /// $DATABASE_URL, which always names a target.
    #[arg(long, env = "DRIFTLESS_DEV_URL", hide_env_values = true)]
    dev_url: Option<String>,
}

impl DevArgs {
    /// The server for temporary databases, said on stderr when it was not
    /// named.
    fn server(&self) -> anyhow::Result<DbUrl> {
        super::commands::dev_server_without_target(self.dev_url.as_deref())
    }
}

#[derive(Args)]
pub struct DiffArgs {
    /// A short name for the migration (`add_users`).
    name: String,
    #[command(flatten)]
    dir: DirArgs,
    /// Schema files or folders: the desired state.
    #[arg(long, required = true, num_args = 1..)]
    schema: Vec<PathBuf>,
    #[command(flatten)]
    dev: DevArgs,
    /// Include steps that drop objects or may lose data.
    #[arg(long)]
    allow_destructive: bool,
    /// Manage privileges even when the files contain no GRANT or REVOKE.
    #[arg(long)]
    privileges: bool,
}

#[derive(Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    dir: DirArgs,
    /// Schema files the directory must reach.
    #[arg(long, num_args = 1..)]
    schema: Vec<PathBuf>,
    #[command(flatten)]
    dev: DevArgs,
}

#[derive(Args)]
pub struct LintArgs {
    #[command(flatten)]
    dir: DirArgs,
    /// How many of the newest migrations to lint.
    #[arg(long, default_value_t = 1, conflicts_with = "base")]
    latest: usize,
    /// Lint the migrations added since this git revision instead.
    #[arg(long, value_name = "REF")]
    base: Option<String>,
    /// Hazard codes that do not fail the lint (comma-separated, or `all`);
    /// any other hazard found exits 1.
    #[arg(long, value_delimiter = ',', value_name = "CODE,...")]
    allow_hazards: Vec<String>,
    #[command(flatten)]
    dev: DevArgs,
}

#[derive(Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    dir: DirArgs,
    /// Database to migrate (defaults to $DATABASE_URL; without it, as psql would
    /// connect).
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    url: Option<String>,
    /// How long a statement may wait for a lock (a PostgreSQL interval).
    #[arg(long, default_value = driftless::apply::DEFAULT_LOCK_TIMEOUT)]
    lock_timeout: String,
    /// How long to wait for another driftless run to finish.
    #[arg(long, default_value = driftless::apply::DEFAULT_LOCK_WAIT)]
    lock_wait: String,
}

#[derive(Args)]
pub struct DownArgs {
    #[command(flatten)]
    dir: DirArgs,
    /// Database to migrate (defaults to $DATABASE_URL; without it, as psql would
    /// connect).
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    url: Option<String>,
    /// The version to go back to (`0`: before the first migration).
    #[arg(long, value_name = "VERSION", conflicts_with = "steps")]
    to: Option<String>,
    /// How many of the newest applied migrations to undo (default 1).
    #[arg(long, value_name = "N")]
    steps: Option<usize>,
    /// Print the plan back and stop.
    #[arg(long)]
    dry_run: bool,
    /// Apply without asking.
    #[arg(long, short = 'y')]
    yes: bool,
    /// Include steps that drop objects or may lose data (going back over
    /// a migration that created a table drops it).
    #[arg(long)]
    allow_destructive: bool,
    /// Hazard codes the plan back may carry (comma-separated, or `all`).
    #[arg(long, value_name = "CODE,...", value_delimiter = ',')]
    allow_hazards: Vec<String>,
    /// How long a statement may wait for a lock (a PostgreSQL interval).
    #[arg(long, default_value = driftless::apply::DEFAULT_LOCK_TIMEOUT)]
    lock_timeout: String,
    /// How long to wait for another driftless run to finish.
    #[arg(long, default_value = driftless::apply::DEFAULT_LOCK_WAIT)]
    lock_wait: String,
    /// Skip the rehearsal on a temporary copy of the target's schema.
    #[arg(long)]
    no_verify: bool,
    #[command(flatten)]
    dev: DevArgs,
}

#[derive(Args)]
pub struct StatusArgs {
    #[command(flatten)]
    dir: DirArgs,
    /// Database to inspect (defaults to $DATABASE_URL; without it, as psql would
    /// connect).
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    url: Option<String>,
}

pub fn run(cmd: MigrateCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        MigrateCommand::Diff(a) => diff_cmd(a),
        MigrateCommand::Hash(a) => hash(a),
        MigrateCommand::Validate(a) => validate(a),
        MigrateCommand::Lint(a) => lint(a),
        MigrateCommand::Apply(a) => apply(a),
        MigrateCommand::Down(a) => down(a),
        MigrateCommand::Status(a) => status(a),
    }
}

/// The directory's migrations, in order (an absent directory is empty).
fn read_dir(dir: &Path) -> anyhow::Result<Vec<Migration>> {
    let mut files = Vec::new();
    if dir.exists() {
        for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
            let path = entry?.path();
            if path.extension().and_then(|e| e.to_str()) != Some("sql") {
                continue;
            }
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            files.push((name, text));
        }
    }
    migrate::migrations(files).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))
}

/// Reads the directory and checks it against its sum file.
fn read_verified(dir: &Path) -> anyhow::Result<Vec<Migration>> {
    let migrations = read_dir(dir)?;
    let sum_path = dir.join(SUM_FILE);
    match std::fs::read_to_string(&sum_path) {
        Ok(sum) => migrate::verify(&migrations, &sum)
            .map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?,
        Err(_) if migrations.is_empty() => {}
        Err(_) => bail!(
            "{}: no {SUM_FILE} (run `driftless migrate hash --dir {}` to adopt the directory)",
            dir.display(),
            dir.display()
        ),
    }
    Ok(migrations)
}

fn write_sum(dir: &Path, migrations: &[Migration]) -> anyhow::Result<()> {
    let path = dir.join(SUM_FILE);
    std::fs::write(&path, migrate::sum_file(migrations))
        .with_context(|| format!("writing {}", path.display()))
}

fn diff_cmd(a: DiffArgs) -> anyhow::Result<ExitCode> {
    let dir = &a.dir.dir;
    let dev = a.dev.server()?;
    let mut migrations = read_verified(dir)?;
    let head = source::from_migrations(dir, &migrations, &dev)?;
    let loaded = source::from_files(&a.schema, &dev, None, None)?;
    // `@renamed` annotations: the migration renames first.
    let mut renames = rename::resolve(
        &loaded.annotations,
        &head,
        &loaded.model,
        &["public".to_string()],
    )?;
    let head = if renames.is_empty() {
        head
    } else {
        driftless::apply::after_renames(&head, &mut renames, &loaded.model, &dev)?
    };
    let (head, desired) = privileges_policy(
        head,
        loaded.model,
        Manage {
            privileges: a.privileges || loaded.declares_privileges,
            owners: loaded.declares_owners,
        },
    );
    let (changes, mut plan) = make_plan(&head, &desired, a.allow_destructive, false)?;
    driftless::plan::renames::prepend(&mut plan, &renames);
    for h in driftless::diff::hints::rename_hints(&changes) {
        eprintln!("{h}");
    }
    if !plan.skipped.is_empty() {
        // A migration file is the whole change or nothing: a partial one
        // would be committed and replayed as if it were complete.
        eprintln!(
            "not written: the change needs {} step{} held back without --allow-destructive:",
            plan.skipped.len(),
            if plan.skipped.len() == 1 { "" } else { "s" }
        );
        for s in &plan.skipped {
            eprintln!("  - {}", s.summary);
        }
        eprintln!("review them, then run again with --allow-destructive");
        return Ok(ExitCode::from(1));
    }
    if plan.steps.is_empty() {
        eprintln!("no changes: the migrations already reach the schema files");
        return Ok(ExitCode::SUCCESS);
    }
    let name: String = a
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let mut now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    // A version strictly after the newest one, even within one second.
    let newest: u64 = migrations
        .last()
        .and_then(|m| m.version.parse().ok())
        .unwrap_or(0);
    let mut version = migrate::timestamp(now);
    while version.parse::<u64>().unwrap_or(0) <= newest {
        now += 1;
        version = migrate::timestamp(now);
    }
    let file = format!("{version}_{name}.sql");
    let text = format!(
        "-- {file}: written by `driftless migrate diff`\n{}",
        render::sql::render(&plan)
    );
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let path = dir.join(&file);
    std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
    migrations.push(Migration {
        version,
        name,
        checksum: migrate::checksum(&text),
        file,
        text,
    });
    write_sum(dir, &migrations)?;
    println!("{}", path.display());
    eprintln!(
        "wrote {} ({} step{}) and {}",
        path.display(),
        plan.steps.len(),
        if plan.steps.len() == 1 { "" } else { "s" },
        dir.join(SUM_FILE).display()
    );
    Ok(ExitCode::SUCCESS)
}

fn hash(a: DirArgs) -> anyhow::Result<ExitCode> {
    let migrations = read_dir(&a.dir)?;
    std::fs::create_dir_all(&a.dir)?;
    write_sum(&a.dir, &migrations)?;
    eprintln!(
        "wrote {} ({} migration{})",
        a.dir.join(SUM_FILE).display(),
        migrations.len(),
        if migrations.len() == 1 { "" } else { "s" }
    );
    Ok(ExitCode::SUCCESS)
}

fn validate(a: ValidateArgs) -> anyhow::Result<ExitCode> {
    let dir = &a.dir.dir;
    let dev = a.dev.server()?;
    let migrations = read_verified(dir)?;
    let head = source::from_migrations(dir, &migrations, &dev)?;
    eprintln!(
        "{}: {} migration{} match {SUM_FILE} and replay cleanly",
        dir.display(),
        migrations.len(),
        if migrations.len() == 1 { "" } else { "s" }
    );
    if a.schema.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    let loaded = source::from_files(&a.schema, &dev, None, None)?;
    let manage = Manage::of(&loaded);
    let (head, desired) = privileges_policy(head, loaded.model, manage);
    let changes = diff::diff(&head, &desired);
    let unseen = diff::unmanaged::not_compared(&head, &desired);
    if changes.is_empty() && unseen.is_empty() {
        eprintln!("the migrations reach the schema files");
        return Ok(ExitCode::SUCCESS);
    }
    print!("{}", render::report::render(&[], &changes, &unseen));
    if changes.is_empty() {
        println!(
            "not verified: the migrations may not reach the schema files (objects of kinds driftless does not manage yet are not compared)"
        );
    } else {
        println!(
            "the migrations do not reach the schema files: run `driftless migrate diff <name> --dir {}` to write the missing migration",
            dir.display()
        );
    }
    Ok(ExitCode::from(1))
}

fn lint(a: LintArgs) -> anyhow::Result<ExitCode> {
    let dir = &a.dir.dir;
    let dev = a.dev.server()?;
    let migrations = read_verified(dir)?;
    let latest = match &a.base {
        None => a.latest,
        Some(rev) => {
            // Files of the directory that exist at `rev` are old; the
            // rest are new. Lint the new tail.
            let out = std::process::Command::new("git")
                .args(["ls-tree", "--name-only", rev, "--"])
                .arg(format!("{}/", dir.display()))
                .output()
                .context("running git ls-tree")?;
            if !out.status.success() {
                bail!(
                    "git ls-tree {rev}: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                );
            }
            let listing = String::from_utf8_lossy(&out.stdout);
            let old: Vec<&str> = listing
                .lines()
                .filter_map(|l| l.rsplit('/').next())
                .collect();
            migrations
                .iter()
                .rev()
                .take_while(|m| !old.contains(&m.file.as_str()))
                .count()
        }
    };
    let split = migrations.len().saturating_sub(latest);
    let (base, new) = migrations.split_at(split);
    if new.is_empty() {
        println!("nothing to lint");
        return Ok(ExitCode::SUCCESS);
    }
    let before = source::from_migrations(dir, base, &dev)?;
    let after = source::from_migrations(dir, &migrations, &dev)?;
    let allowed = driftless::plan::HazardCode::parse_allowed(&a.allow_hazards, false)?;
    // The migrations' own `ALTER ... RENAME` statements are renames, not
    // a drop and a create.
    let mut statements = Vec::new();
    for m in new {
        statements.extend(source::files::split(&dir.join(&m.file), &m.text)?);
    }
    let annotations = source::annotations::rename_statements(&statements);
    let mut renames = match rename::resolve(&annotations, &before, &after, &["public".to_string()])
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("note: renames not recognised ({e}): linted as drops and creates");
            Vec::new()
        }
    };
    let before = if renames.is_empty() {
        before
    } else {
        driftless::apply::after_renames(&before, &mut renames, &after, &dev)?
    };
    let (_, mut plan) = make_plan(&before, &after, true, false)?;
    driftless::plan::renames::prepend(&mut plan, &renames);
    let names: Vec<&str> = new.iter().map(|m| m.file.as_str()).collect();
    println!(
        "lint of {}: {} change{}",
        names.join(", "),
        plan.steps.len(),
        if plan.steps.len() == 1 { "" } else { "s" }
    );
    let mut hazards = 0;
    for s in &plan.steps {
        println!("- {}", s.summary);
        for h in &s.hazards {
            hazards += 1;
            println!("    {}: {}", h.code.as_str(), h.message);
        }
    }
    println!("{hazards} hazard{}", if hazards == 1 { "" } else { "s" });
    let refused = plan.unallowed_hazards(&allowed);
    if refused.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    let codes: Vec<&str> = refused.iter().map(|(c, _)| c.as_str()).collect();
    eprintln!(
        "lint failed: hazards not allowed: {}; pass --allow-hazards {} once reviewed",
        codes.join(", "),
        codes.join(",")
    );
    Ok(ExitCode::from(1))
}

fn apply(a: ApplyArgs) -> anyhow::Result<ExitCode> {
    let dir = &a.dir.dir;
    let migrations = read_verified(dir)?;
    let url = super::commands::database(a.url.as_deref())?;
    let mut client = url.connect()?;
    driftless::apply::lock(&mut client, &a.lock_wait)?;
    driftless::apply::ensure_history(&mut client)?;
    let applied = driftless::apply::applied(&mut client)?;
    for done in &applied {
        match migrations.iter().find(|m| m.version == done.version) {
            Some(m) if m.checksum != done.checksum => bail!(
                "{}: changed since it was applied to {} (checksum differs); refusing to continue",
                dir.join(&m.file).display(),
                url.target()
            ),
            Some(_) => {}
            None => eprintln!(
                "warning: {}_{} is applied to {} but not in {}",
                done.version,
                done.name,
                url.target(),
                dir.display()
            ),
        }
    }
    let pending: Vec<&Migration> = migrations
        .iter()
        .filter(|m| !applied.iter().any(|d| d.version == m.version))
        .collect();
    if pending.is_empty() {
        eprintln!("nothing to apply: {} is up to date", url.target());
    }
    for m in pending {
        let statements: Vec<_> = driftless::source::files::split(&dir.join(&m.file), &m.text)?
            .into_iter()
            .filter(|s| s.kind != driftless::source::files::StatementKind::TransactionControl)
            .collect();
        let ms = driftless::apply::apply_migration(&mut client, m, &statements, &a.lock_timeout)?;
        eprintln!("applied {} ({ms} ms)", m.file);
    }
    driftless::apply::unlock(&mut client);
    Ok(ExitCode::SUCCESS)
}

/// `migrate down`: the plan from the database to the directory replayed up
/// to the version asked for, gated like `apply` (destructive steps,
/// hazards, rehearsal), applied with the history rows of the undone
/// migrations removed in the same transaction where PostgreSQL allows.
fn down(a: DownArgs) -> anyhow::Result<ExitCode> {
    let dir = &a.dir.dir;
    let migrations = read_verified(dir)?;
    let url = super::commands::database(a.url.as_deref())?;
    let dev = a.dev.server()?;
    let allowed =
        driftless::plan::HazardCode::parse_allowed(&a.allow_hazards, a.allow_destructive)?;
    let mut client = url.connect()?;
    driftless::apply::lock(&mut client, &a.lock_wait)?;
    let mut applied: Vec<String> = driftless::apply::applied(&mut client)?
        .into_iter()
        .map(|d| d.version)
        .collect();
    applied.sort();
    let keep = match (&a.to, a.steps) {
        (Some(v), _) if v == "0" => 0,
        (Some(v), _) => {
            applied
                .iter()
                .position(|x| x == v)
                .with_context(|| format!("version {v} is not applied to {}", url.target()))?
                + 1
        }
        (None, steps) => {
            let n = steps.unwrap_or(1);
            if n > applied.len() {
                bail!(
                    "{} has {} applied migration{}: cannot undo {n}",
                    url.target(),
                    applied.len(),
                    if applied.len() == 1 { "" } else { "s" }
                );
            }
            applied.len() - n
        }
    };
    let undo = applied.split_off(keep);
    if undo.is_empty() {
        eprintln!("nothing to undo: {} is at that version", url.target());
        driftless::apply::unlock(&mut client);
        return Ok(ExitCode::SUCCESS);
    }
    // The state to return to: the directory's files up to that version,
    // each of which must be the one that was applied.
    let back_to: Vec<Migration> = applied
        .iter()
        .map(|v| {
            migrations
                .iter()
                .find(|m| &m.version == v)
                .cloned()
                .with_context(|| {
                    format!(
                        "migration {v} is applied to {} but not in {}: cannot rebuild that version",
                        url.target(),
                        dir.display()
                    )
                })
        })
        .collect::<anyhow::Result<_>>()?;
    for v in &undo {
        if !migrations.iter().any(|m| &m.version == v) {
            eprintln!(
                "warning: migration {v} is applied to {} but not in {}: its objects go too",
                url.target(),
                dir.display()
            );
        }
    }
    let desired = source::from_migrations(dir, &back_to, &dev)?;
    let current = source::catalog::read(&mut client)?;
    let statements = migrations
        .iter()
        .map(|m| source::files::split(&dir.join(&m.file), &m.text))
        .collect::<Result<Vec<_>, _>>()?
        .concat();
    let (current, desired) = privileges_policy(
        current,
        desired,
        Manage {
            privileges: source::files::declares_privileges(&statements),
            owners: source::files::declares_owners(&statements),
        },
    );
    let (_, plan) = make_plan(&current, &desired, a.allow_destructive, false)?;
    if !plan.skipped.is_empty() {
        eprintln!(
            "going back needs {} step{} held back without --allow-destructive:",
            plan.skipped.len(),
            if plan.skipped.len() == 1 { "" } else { "s" }
        );
        for s in &plan.skipped {
            eprintln!("  - {}", s.summary);
        }
        bail!("nothing was applied: review them, then run again with --allow-destructive");
    }
    print!("{}", render::sql::render(&plan));
    let version = applied.last().map(String::as_str).unwrap_or("0");
    if a.dry_run {
        eprintln!(
            "dry run: going back to version {version} undoes {}; nothing was applied",
            undo.join(", ")
        );
        driftless::apply::unlock(&mut client);
        return Ok(ExitCode::SUCCESS);
    }
    plan.check_hazards(&allowed)?;
    if !a.no_verify && !plan.is_empty() {
        driftless::apply::rehearse(&current, Some(&desired), &plan, &dev)?;
        eprintln!("verified on a rehearsal copy of the target's schema");
    }
    if !a.yes {
        bail!(
            "refusing to migrate down without --yes (or look first with --dry-run); nothing was applied"
        );
    }
    let timeouts = driftless::apply::Timeouts {
        lock: a.lock_timeout.clone(),
        ..Default::default()
    };
    driftless::apply::migrate_down(&mut client, &plan, &undo, &timeouts)?;
    driftless::apply::unlock(&mut client);
    eprintln!(
        "undid {} on {}: it is at version {version}",
        undo.join(", "),
        url.target()
    );
    Ok(ExitCode::SUCCESS)
}

fn status(a: StatusArgs) -> anyhow::Result<ExitCode> {
    let dir = &a.dir.dir;
    let migrations = read_verified(dir)?;
    let url = super::commands::database(a.url.as_deref())?;
    let mut client = url.connect()?;
    let applied = driftless::apply::applied(&mut client)?;
    let mut attention = false;
    for m in &migrations {
        match applied.iter().find(|d| d.version == m.version) {
            Some(d) if d.checksum != m.checksum => {
                attention = true;
                println!(
                    "changed  {}  (applied {}, file edited since)",
                    m.file, d.applied_at
                );
            }
            Some(d) => println!(
                "applied  {}  ({}, {} ms)",
                m.file, d.applied_at, d.duration_ms
            ),
            None => {
                attention = true;
                println!("pending  {}", m.file);
            }
        }
    }
    for d in &applied {
        if !migrations.iter().any(|m| m.version == d.version) {
            println!(
                "unknown  {}_{}  (applied, not in {})",
                d.version,
                d.name,
                dir.display()
            );
        }
    }
    let pending = migrations
        .iter()
        .filter(|m| !applied.iter().any(|d| d.version == m.version))
        .count();
    println!(
        "{}: {} applied, {pending} pending",
        url.target(),
        migrations.len() - pending
    );
    Ok(if attention {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
