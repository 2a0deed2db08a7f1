//! Command-line interface: clap definitions and one function per command.

mod commands;
mod migrate;
mod progress;
mod project;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "driftless",
    version,
    about = "Declarative schema management for PostgreSQL"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Use the settings of environment NAME of the project file
    /// (`[env.NAME]` in driftless.toml).
    #[arg(long = "env", value_name = "NAME", global = true)]
    env_name: Option<String>,
    /// The project file (default: driftless.toml here or in a parent folder).
    #[arg(long, value_name = "FILE", global = true)]
    config: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the migration that turns the database into the schema files.
    #[command(after_help = "Example:
  driftless plan --schema schema --url postgres://app@db.internal/app --format sql > migration.sql")]
    Plan(PlanArgs),
    /// Plan, confirm, and apply the migration in one transaction.
    #[command(after_help = "Example:
  driftless apply --schema schema --url postgres://app@db.internal/app --allow-hazards index_build")]
    Apply(ApplyArgs),
    /// Exit 1 with a report when the database differs from the schema files.
    #[command(after_help = "Example:
  driftless check --schema schema --env prod   # exit 1 and a report on drift")]
    Check(CheckArgs),
    /// Write the database's schema as SQL that rebuilds it.
    #[command(after_help = "Example:
  driftless inspect --url postgres://app@db.internal/app --split schema")]
    Inspect(InspectArgs),
    /// Print the SQL that turns FROM into TO (each: schema paths or a postgres URL).
    #[command(after_help = "Example:
  driftless diff postgres://app@staging/app postgres://app@prod/app")]
    Diff(DiffArgs),
    /// Versioned migration files: diff, hash, validate, lint, apply, status.
    #[command(subcommand)]
    Migrate(migrate::MigrateCommand),
    /// Write a commented starter project file, driftless.toml, here.
    #[command(after_help = "Example:
  driftless init --from postgres://app@db.internal/app")]
    Init(InitArgs),
    /// Print a shell completion script (e.g. `driftless completions bash >
    /// ~/.local/share/bash-completion/completions/driftless`).
    #[command(after_help = "Example:
  driftless completions zsh > ~/.zfunc/_driftless")]
    Completions(CompletionsArgs),
}

#[derive(Args)]
struct InitArgs {
    /// Adopt this database: write its schema as a tree of files under
    /// schema/ (as `inspect --split`) and a project file pointing at them.
    #[arg(long, value_name = "URL")]
    from: Option<String>,
}

#[derive(Args)]
struct CompletionsArgs {
    /// The shell to complete for.
    shell: clap_complete::Shell,
}

#[derive(Args)]
struct Target {
    /// Database to compare with: a postgres:// URL or key=value pairs, as
    /// for psql (defaults to $DATABASE_URL; without either, the PG*
    /// variables, the service and password files and the local socket,
    /// as psql would connect).
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    url: Option<String>,
}

/// The schema files and how they are loaded and compared: `plan`,
/// `check` and `apply` (where `--schema` is required, or for `apply` a
/// saved `--plan` instead: see [`command`]).
#[derive(Args)]
struct Desired {
    /// Schema files or folders (a folder means every *.sql below it, sorted by path).
    #[arg(long, num_args = 1..)]
    schema: Vec<PathBuf>,
    /// Server for the temporary database that loads the schema files
    /// (defaults to $DRIFTLESS_DEV_URL, else the target's server).
    #[arg(long, env = "DRIFTLESS_DEV_URL", hide_env_values = true)]
    dev_url: Option<String>,
    /// Use a dev server of another PostgreSQL major than the target's (its
    /// canonical forms may differ and plan spurious changes).
    #[arg(long)]
    allow_major_mismatch: bool,
    /// Manage privileges (GRANT/REVOKE) even when the files contain none.
    #[arg(long)]
    privileges: bool,
    /// Manage owners (ALTER ... OWNER TO) even when the files contain none.
    #[arg(long)]
    owners: bool,
    /// Load the schema files every time: neither read nor write the cache
    /// of what they load into ($DRIFTLESS_CACHE_DIR, else
    /// $XDG_CACHE_HOME/driftless or ~/.cache/driftless).
    #[arg(long)]
    no_cache: bool,
    /// Refuse to plan (exit 2) while either side holds an object of a kind
    /// driftless does not manage yet.
    #[arg(long)]
    strict: bool,
    #[command(flatten)]
    filter: SchemaFilter,
}

/// Which schemas a run manages (shell globs: `*`, `?`, `[abc]`, `{a,b}`;
/// repeatable).
#[derive(Args, Clone, Default)]
pub struct SchemaFilter {
    /// Manage only schemas matching this pattern.
    #[arg(long = "include-schema", value_name = "GLOB", value_parser = glob)]
    pub include: Vec<globset::Glob>,
    /// Leave schemas matching this pattern alone.
    #[arg(long = "exclude-schema", value_name = "GLOB", value_parser = glob)]
    pub exclude: Vec<globset::Glob>,
}

/// A schema-name pattern, checked when the arguments are read.
fn glob(pattern: &str) -> Result<globset::Glob, globset::Error> {
    globset::Glob::new(pattern)
}

fn glob_set(globs: &[globset::Glob]) -> anyhow::Result<globset::GlobSet> {
    let mut set = globset::GlobSetBuilder::new();
    for g in globs {
        set.add(g.clone());
    }
    Ok(set.build()?)
}

impl SchemaFilter {
    pub fn apply(&self, db: &mut driftless::model::Database) -> anyhow::Result<()> {
        if self.include.is_empty() && self.exclude.is_empty() {
            return Ok(());
        }
        let (include, exclude) = (glob_set(&self.include)?, glob_set(&self.exclude)?);
        db.retain_schemas(|schema| {
            (self.include.is_empty() || include.is_match(schema)) && !exclude.is_match(schema)
        });
        Ok(())
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// For a person at a terminal (the default there).
    Human,
    /// The SQL script only, with `--` comments (the default elsewhere).
    Sql,
    /// A stable document for scripts.
    Json,
    /// For a pull-request comment.
    Markdown,
}

impl Format {
    /// The format asked for, or the default for where stdout goes.
    fn or_default(f: Option<Format>) -> Format {
        use std::io::IsTerminal;
        f.unwrap_or(if std::io::stdout().is_terminal() {
            Format::Human
        } else {
            Format::Sql
        })
    }
}

#[derive(Args)]
struct PlanArgs {
    #[command(flatten)]
    desired: Desired,
    #[command(flatten)]
    target: Target,
    /// Output format (default: human on a terminal, sql otherwise).
    #[arg(long, value_enum)]
    format: Option<Format>,
    #[command(flatten)]
    shape: PlanShape,
    /// Exit 1 when the plan has steps, 0 when it is empty (2 on error).
    #[arg(long)]
    exit_code: bool,
    /// Rehearse the plan on a temporary copy of the target's schema and
    /// fail if it does not converge.
    #[arg(long)]
    verify: bool,
    /// Ask the target's rows whether a step would fail on them (NULLs
    /// under a new NOT NULL, duplicates under a new key, orphans, values
    /// that do not convert) and exit 2 if one would; read-only.
    #[arg(long)]
    check_data: bool,
    #[command(flatten)]
    checks: CheckLimits,
}

/// What a plan may hold and how it is spelled: `plan`, `apply`, `diff`.
#[derive(Args, Clone, Copy)]
struct PlanShape {
    /// Include steps that drop objects or may lose data.
    #[arg(long)]
    allow_destructive: bool,
    /// Prefer DDL that does not block writes (CONCURRENTLY, NOT VALID then
    /// VALIDATE); such steps run outside a transaction.
    #[arg(long)]
    online: bool,
}

/// Limits of the pre-flight checks on the target's rows.
#[derive(Args, Clone)]
struct CheckLimits {
    /// statement_timeout of each pre-flight check (a PostgreSQL interval);
    /// a check that takes longer is reported as not checked.
    #[arg(long, value_name = "INTERVAL", default_value = "30s")]
    check_timeout: String,
    /// Refuse to go on when a pre-flight check could not be run (timed
    /// out, or failed), not only when one finds rows that would fail.
    #[arg(long)]
    strict_checks: bool,
}

#[derive(Args)]
struct ApplyArgs {
    /// Apply a plan saved with `plan --format json`, only if the database
    /// is still in the state it was computed from (no --schema needed).
    #[arg(long, value_name = "FILE", conflicts_with = "schema")]
    plan: Option<PathBuf>,
    #[command(flatten)]
    desired: Desired,
    #[command(flatten)]
    target: Target,
    /// Apply without asking.
    #[arg(long, short = 'y')]
    yes: bool,
    #[command(flatten)]
    shape: PlanShape,
    /// Hazard codes the plan may carry (comma-separated, or `all`): apply
    /// refuses a plan with any other. `data_loss` is implied by
    /// --allow-destructive.
    #[arg(long, value_name = "CODE,...", value_delimiter = ',')]
    allow_hazards: Vec<String>,
    /// How long a statement may wait for a lock before the step is retried
    /// (a PostgreSQL interval).
    #[arg(long, default_value = driftless::apply::DEFAULT_LOCK_TIMEOUT)]
    lock_timeout: String,
    /// statement_timeout for steps that only change the catalog (0: none).
    #[arg(long, default_value = driftless::apply::DEFAULT_STATEMENT_TIMEOUT)]
    statement_timeout: String,
    /// statement_timeout for steps that scan, rewrite or index a table
    /// (0: none).
    #[arg(long, default_value = driftless::apply::DEFAULT_LONG_STATEMENT_TIMEOUT)]
    long_statement_timeout: String,
    /// How long to wait for another driftless apply to finish.
    #[arg(long, default_value = driftless::apply::DEFAULT_LOCK_WAIT)]
    lock_wait: String,
    /// Skip the rehearsal on a temporary copy of the target's schema.
    #[arg(long)]
    no_verify: bool,
    /// Before applying, write to FILE the plan that returns the database to
    /// its current schema (rows the plan deletes are not restored).
    #[arg(long, value_name = "FILE")]
    rollback_file: Option<PathBuf>,
    /// Skip the pre-flight checks of the target's rows (by default apply
    /// refuses, before any step runs, a plan a step of which would fail on
    /// them).
    #[arg(long)]
    no_check_data: bool,
    #[command(flatten)]
    checks: CheckLimits,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    desired: Desired,
    #[command(flatten)]
    target: Target,
    /// Report format (default: human on a terminal, sql-style text otherwise).
    #[arg(long, value_enum)]
    format: Option<Format>,
}

#[derive(Args)]
struct InspectArgs {
    #[command(flatten)]
    target: Target,
    /// Write to this file instead of stdout.
    #[arg(short = 'o', long, conflicts_with = "split")]
    output: Option<PathBuf>,
    /// Write a tree of files into this new folder instead: one per schema
    /// and object kind (`app/tables.sql`), loadable in any order.
    #[arg(long, value_name = "DIR", conflicts_with = "raw")]
    split: Option<PathBuf>,
    /// Write the catalog documents as read (JSON) instead of SQL: what
    /// driftless saw, for a bug report or a test fixture.
    #[arg(long)]
    raw: bool,
    /// Write owners too (`ALTER ... OWNER TO`), which ties the script to
    /// the roles of this cluster.
    #[arg(long)]
    owners: bool,
}

#[derive(Args)]
struct DiffArgs {
    /// Schema paths (comma-separated for several) or a postgres URL.
    from: String,
    /// Schema paths (comma-separated for several) or a postgres URL.
    to: String,
    /// Server for temporary databases (defaults to $DRIFTLESS_DEV_URL,
    /// else the server of a side given as a URL, else the server psql
    /// would connect to).
    #[arg(long, env = "DRIFTLESS_DEV_URL", hide_env_values = true)]
    dev_url: Option<String>,
    /// Manage privileges even when neither side's files contain GRANT or REVOKE.
    #[arg(long)]
    privileges: bool,
    /// Manage owners even when neither side's files contain OWNER TO.
    #[arg(long)]
    owners: bool,
    #[command(flatten)]
    filter: SchemaFilter,
    /// Output format (default: human on a terminal, sql otherwise).
    #[arg(long, value_enum)]
    format: Option<Format>,
    #[command(flatten)]
    shape: PlanShape,
}

/// The command line's definition: the derived one, with `--schema`
/// required by `plan` and `check`, and by `apply` unless it is given a
/// saved `--plan` (one [`Desired`] serves the three).
fn command() -> clap::Command {
    use clap::CommandFactory;
    let required = |c: clap::Command| c.mut_arg("schema", |a| a.required(true));
    Cli::command()
        .mut_subcommand("plan", required)
        .mut_subcommand("check", required)
        .mut_subcommand("apply", |c| {
            c.mut_arg("schema", |a| a.required_unless_present("plan"))
        })
}

pub fn run() -> anyhow::Result<ExitCode> {
    use clap::FromArgMatches;
    let cwd = std::env::current_dir()?;
    let cmd = command();
    let args = project::with_project_settings(std::env::args_os().collect(), &cmd, &cwd, &|k| {
        std::env::var(k).ok()
    })?;
    let parsed = cmd
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version are successes; usage errors exit 2.
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return Ok(ExitCode::from(code));
        }
    };
    match cli.command {
        Command::Plan(a) => commands::plan(a),
        Command::Apply(a) => commands::apply(a),
        Command::Check(a) => commands::check(a),
        Command::Inspect(a) => commands::inspect(a),
        Command::Diff(a) => commands::diff(a),
        Command::Migrate(c) => migrate::run(c),
        Command::Init(a) => commands::init(&cwd, a.from.as_deref()),
        Command::Completions(a) => {
            let mut cmd = command();
            clap_complete::generate(a.shell, &mut cmd, "driftless", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
    }
}
