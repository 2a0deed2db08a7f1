//! The project file, `driftless.toml`: what every run of a project would
//! otherwise repeat (schema paths, the migrations directory, the servers,
//! schema filters, the privileges and owners policy, online mode, allowed
//! hazards), and named environments (`[env.staging]`, chosen with `--env
//! staging`) that override it.
//!
//! It is found in the working directory or a parent, or named with
//! `--config FILE`. Its settings become command-line options, added only
//! where the command takes them and the command line does not already
//! give them: flags override the file, and the file overrides environment
//! variables such as `DATABASE_URL`. `${VAR}` in a value is taken from the
//! environment (passwords stay there or in the password file). An unknown
//! key, a malformed value or a missing variable is an error naming the
//! file and line.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;

pub const FILE_NAME: &str = "driftless.toml";

/// One level of settings: the file's top, or one environment.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// `--schema`: files and folders of the desired schema.
    pub schema: Option<Vec<String>>,
    /// `--dir` of `migrate`: the migrations directory.
    pub migrations: Option<String>,
    /// `--url`: the target database.
    pub url: Option<String>,
    /// `--dev-url`: the server for temporary databases.
    pub dev_url: Option<String>,
    /// `--include-schema` and `--exclude-schema` globs.
    pub include_schemas: Option<Vec<String>>,
    pub exclude_schemas: Option<Vec<String>>,
    /// `--privileges` and `--owners`: manage them even when the files say
    /// nothing (pins the policy so it never flips with the files).
    pub privileges: Option<bool>,
    pub owners: Option<bool>,
    /// `--online`.
    pub online: Option<bool>,
    /// `--strict`.
    pub strict: Option<bool>,
    /// `--allow-hazards` of `apply`.
    pub allow_hazards: Option<Vec<String>>,
    /// `--lock-timeout`, `--statement-timeout`, `--long-statement-timeout`.
    pub lock_timeout: Option<String>,
    pub statement_timeout: Option<String>,
    pub long_statement_timeout: Option<String>,
}

/// The file's shape, read once to check keys and types with their lines:
/// the top level's settings and each environment's.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(flatten)]
    _top: Settings,
    #[serde(default)]
    env: BTreeMap<String, Settings>,
}

impl Settings {
    /// The settings as `(long option, values)`: one value for an option
    /// that takes one, none for a flag. Paths are relative to `base`.
    fn options(&self, base: &Path) -> Vec<(&'static str, Vec<String>)> {
        let path = |p: &String| {
            let p = Path::new(p);
            if p.is_absolute() {
                p.display().to_string()
            } else {
                base.join(p).display().to_string()
            }
        };
        let mut out = Vec::new();
        if let Some(v) = &self.schema {
            out.push(("schema", v.iter().map(path).collect()));
        }
        if let Some(v) = &self.migrations {
            out.push(("dir", vec![path(v)]));
        }
        let one = |out: &mut Vec<(&'static str, Vec<String>)>, k, v: &Option<String>| {
            if let Some(v) = v {
                out.push((k, vec![v.clone()]));
            }
        };
        one(&mut out, "url", &self.url);
        one(&mut out, "dev-url", &self.dev_url);
        one(&mut out, "lock-timeout", &self.lock_timeout);
        one(&mut out, "statement-timeout", &self.statement_timeout);
        one(
            &mut out,
            "long-statement-timeout",
            &self.long_statement_timeout,
        );
        for (k, v) in [
            ("include-schema", &self.include_schemas),
            ("exclude-schema", &self.exclude_schemas),
        ] {
            for glob in v.iter().flatten() {
                out.push((k, vec![glob.clone()]));
            }
        }
        if let Some(v) = &self.allow_hazards {
            out.push(("allow-hazards", vec![v.join(",")]));
        }
        for (k, v) in [
            ("privileges", self.privileges),
            ("owners", self.owners),
            ("online", self.online),
            ("strict", self.strict),
        ] {
            if v == Some(true) {
                out.push((k, Vec::new()));
            }
        }
        out
    }
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// `${VAR}` in `value` replaced from the environment; a missing variable
/// is an error naming `file` and the line where it is written.
fn expand(
    value: &str,
    text: &str,
    file: &Path,
    env: &dyn Fn(&str) -> Option<String>,
) -> anyhow::Result<String> {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('}')
            .map(|e| start + e)
            .with_context(|| format!("{}: `${{` without a closing `}}`", file.display()))?;
        let name = &rest[start + 2..end];
        let Some(v) = env(name) else {
            let line = text
                .find(&format!("${{{name}}}"))
                .map_or(1, |o| line_of(text, o));
            bail!(
                "{}:{line}: environment variable `{name}` is not set",
                file.display()
            );
        };
        out.push_str(&v);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Reads `file` and returns the settings for environment `env_name` (the
/// top level alone when `None`).
pub fn load(
    file: &Path,
    env_name: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> anyhow::Result<Settings> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let parsed: File = toml::from_str(&text).map_err(|e| {
        let message = e.message().to_string();
        // A top-level key is read through `flatten`, which loses its
        // span: find the line that writes it.
        let unknown_key_line = message
            .strip_prefix("unknown field `")
            .and_then(|m| m.split('`').next())
            .and_then(|key| {
                text.lines().position(|l| {
                    l.trim_start()
                        .strip_prefix(key)
                        .is_some_and(|r| r.trim_start().starts_with('='))
                })
            })
            .map(|i| i + 1);
        let line = unknown_key_line
            .or_else(|| e.span().map(|s| line_of(&text, s.start)))
            .unwrap_or(1);
        anyhow::anyhow!("{}:{line}: {message}", file.display())
    })?;
    // Validated whole above (unknown keys and types, with their lines);
    // read again as a table: the environment's keys replace the top
    // level's, then `${VAR}` is expanded in every string.
    let mut table: toml::Table = toml::from_str(&text)?;
    let envs = table.remove("env");
    if let Some(name) = env_name {
        let chosen = envs
            .as_ref()
            .and_then(|e| e.get(name))
            .and_then(toml::Value::as_table);
        let Some(chosen) = chosen else {
            let known: Vec<&str> = parsed.env.keys().map(String::as_str).collect();
            bail!(
                "{}: no environment `{name}` (it has: {})",
                file.display(),
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            );
        };
        table.extend(chosen.clone());
    }
    let mut merged = toml::Value::Table(table);
    expand_strings(&mut merged, &text, file, env)?;
    Ok(merged.try_into()?)
}

/// `${VAR}` expanded in every string of `value` (see [`expand`]).
fn expand_strings(
    value: &mut toml::Value,
    text: &str,
    file: &Path,
    env: &dyn Fn(&str) -> Option<String>,
) -> anyhow::Result<()> {
    match value {
        toml::Value::String(s) => *s = expand(s, text, file, env)?,
        toml::Value::Array(items) => {
            for item in items {
                expand_strings(item, text, file, env)?;
            }
        }
        toml::Value::Table(t) => {
            for (_, item) in t.iter_mut() {
                expand_strings(item, text, file, env)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// The project file: `--config FILE`, else `driftless.toml` in `dir` or
/// the nearest parent.
pub fn find(config: Option<&Path>, dir: &Path) -> Option<PathBuf> {
    if let Some(c) = config {
        return Some(c.to_path_buf());
    }
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|f| f.is_file())
}

/// `--env NAME` and `--config FILE` (also `--env=NAME`), wherever they
/// are on the command line.
fn global_options(args: &[OsString]) -> (Option<String>, Option<PathBuf>) {
    let (mut env, mut config) = (None, None);
    let mut it = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--env=") {
            env = Some(v.to_string());
        } else if a == "--env" {
            env = it.next();
        } else if let Some(v) = a.strip_prefix("--config=") {
            config = Some(PathBuf::from(v));
        } else if a == "--config" {
            config = it.next().map(PathBuf::from);
        }
    }
    (env, config)
}

/// The command line with the project file's settings added: after the
/// (sub)command's name, each option the command takes and the command line
/// does not give. Without a project file (and without `--env`), the
/// command line as it is.
pub fn with_project_settings(
    args: Vec<OsString>,
    cmd: &clap::Command,
    cwd: &Path,
    env: &dyn Fn(&str) -> Option<String>,
) -> anyhow::Result<Vec<OsString>> {
    let (env_name, config) = global_options(&args);
    let Some(file) = find(config.as_deref(), cwd) else {
        if config.is_none() && env_name.is_some() {
            bail!("--env needs a project file: no {FILE_NAME} here or in a parent folder");
        }
        return Ok(args);
    };
    let settings = load(&file, env_name.as_deref(), env)?;
    let base = file.parent().unwrap_or(Path::new(".")).to_path_buf();
    // The (sub)command the line runs, and where its name ends.
    let words: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut current = cmd;
    let mut insert_at = None;
    let mut i = 1;
    while i < words.len() {
        let w = &words[i];
        if w == "--env" || w == "--config" {
            i += 2;
            continue;
        }
        if let Some(sub) = current.find_subcommand(w) {
            current = sub;
            insert_at = Some(i + 1);
            if !sub.has_subcommands() {
                break;
            }
        } else if !w.starts_with('-') {
            break;
        }
        i += 1;
    }
    let Some(at) = insert_at else {
        return Ok(args);
    };
    let takes = |long: &str| current.get_arguments().any(|a| a.get_long() == Some(long));
    let given = |long: &str| {
        let flag = format!("--{long}");
        let eq = format!("--{long}=");
        words[at..].iter().any(|w| *w == flag || w.starts_with(&eq))
    };
    let mut added: Vec<OsString> = Vec::new();
    for (long, values) in settings.options(&base) {
        if !takes(long) || given(long) {
            continue;
        }
        added.push(format!("--{long}").into());
        added.extend(values.into_iter().map(OsString::from));
    }
    let mut out = args[..at].to_vec();
    out.extend(added);
    out.extend(args[at..].iter().cloned());
    Ok(out)
}

/// The commented top of a starter file, for `driftless init`.
const STARTER_HEAD: &str = r#"# driftless project file: what every run would otherwise repeat.
# Command-line flags override it; it overrides environment variables such
# as DATABASE_URL. ${VAR} is taken from the environment: keep passwords
# there or in ~/.pgpass, never here.

# The desired schema: files and folders (a folder means every *.sql below
# it, sorted by path). Relative paths are relative to this file.
schema = ["schema"]

# The directory of `driftless migrate`.
migrations = "migrations"

# The server for temporary databases (loading the schema files, replaying
# migrations); by default the target's server.
# dev_url = "postgres://postgres@localhost:5432/postgres"

# Only these schemas, or all but these (globs with * and ?).
# include_schemas = ["app", "app_*"]
# exclude_schemas = ["legacy"]

# Manage privileges and owners even when the files say nothing about them,
# so the policy never flips when the last GRANT or OWNER TO goes.
# privileges = true
# owners = true

# Build indexes CONCURRENTLY and validate constraints separately.
# online = false

# Hazards `apply` accepts without asking (e.g. ["index_build"]).
# allow_hazards = []

# Named environments, chosen with --env NAME; each may set any key above.
"#;

/// A commented starter file whose one environment, `name`, has `url`
/// (`None`: `${DATABASE_URL}`, the password then staying in the
/// environment or the password file).
pub fn starter(name: &str, url: Option<&str>) -> String {
    let url = match url {
        Some(u) => toml::Value::String(u.to_string()).to_string(),
        None => {
            "\"${DATABASE_URL}\"   # the password stays in the environment or ~/.pgpass".to_string()
        }
    };
    format!(
        "{STARTER_HEAD}[env.{name}]\nurl = {url}\n\n# [env.staging]\n# url = \"${{STAGING_DATABASE_URL}}\"\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, text: &str) -> PathBuf {
        let f = dir.join(FILE_NAME);
        std::fs::write(&f, text).unwrap();
        f
    }

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn environments_override_the_top_level_and_variables_expand() {
        let dir = tempfile::tempdir().unwrap();
        let f = write(
            dir.path(),
            "schema = [\"db\"]\nprivileges = true\n[env.staging]\nurl = \"postgres://app@${STAGING_HOST}/app\"\nprivileges = false\n",
        );
        let env = |k: &str| (k == "STAGING_HOST").then(|| "db.internal".to_string());
        let s = load(&f, Some("staging"), &env).unwrap();
        assert_eq!(s.url.as_deref(), Some("postgres://app@db.internal/app"));
        assert_eq!(s.schema, Some(vec!["db".to_string()]));
        assert_eq!(s.privileges, Some(false));
        let top = load(&f, None, &env).unwrap();
        assert_eq!((top.url, top.privileges), (None, Some(true)));
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let f = write(
            dir.path(),
            "schema = [\"db\"]\n\n[env.prod]\nurll = \"x\"\n",
        );
        let e = load(&f, Some("prod"), &no_env).unwrap_err().to_string();
        assert!(
            e.starts_with(&format!("{}:4: unknown field `urll`", f.display())),
            "{e}"
        );

        let f = write(
            dir.path(),
            "schema = [\"db\"]\n[env.prod]\nurl = \"${NOT_SET_ANYWHERE}\"\n",
        );
        let e = load(&f, Some("prod"), &no_env).unwrap_err().to_string();
        assert_eq!(
            e,
            format!(
                "{}:3: environment variable `NOT_SET_ANYWHERE` is not set",
                f.display()
            )
        );
        let e = load(&f, Some("qa"), &no_env).unwrap_err().to_string();
        assert_eq!(
            e,
            format!("{}: no environment `qa` (it has: prod)", f.display())
        );
        let f = write(dir.path(), "schema = [\"db\"]\n\nshema = [\"typo\"]\n");
        let e = load(&f, None, &no_env).unwrap_err().to_string();
        assert!(
            e.starts_with(&format!("{}:3: unknown field `shema`", f.display())),
            "{e}"
        );
        let f = write(dir.path(), "privileges = \"yes\"\n");
        let e = load(&f, None, &no_env).unwrap_err().to_string();
        assert!(e.starts_with(&format!("{}:1: ", f.display())), "{e}");
    }

    #[test]
    fn the_starter_file_loads() {
        let dir = tempfile::tempdir().unwrap();
        let f = write(
            dir.path(),
            &starter("local", Some("postgres://postgres@localhost:5432/postgres")),
        );
        let s = load(&f, Some("local"), &no_env).unwrap();
        assert_eq!(s.schema, Some(vec!["schema".to_string()]));
        assert!(s.url.is_some());
    }

    #[test]
    fn found_in_a_parent_folder() {
        let dir = tempfile::tempdir().unwrap();
        let f = write(dir.path(), "schema = [\"s\"]\n");
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        assert_eq!(find(None, &sub), Some(f));
    }
}
