//! Versioned migration directories: file names, checksums and the
//! `driftless.sum` integrity file. Pure: the CLI reads and writes the
//! files, the applier records what ran.
//!
//! A migration is `<version>_<name>.sql` with a numeric version (driftless
//! writes UTC timestamps, `20261121093000`; hand-written directories may
//! use `1`, `2`, ...). `driftless.sum` holds a SHA-256 of every file and a
//! chained total on its first line, so two branches that each add a
//! migration conflict in git instead of silently interleaving.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

pub const SUM_FILE: &str = "driftless.sum";
/// Schema and table of the history `migrate apply` keeps in the target.
pub const HISTORY_SCHEMA: &str = "driftless";
pub const HISTORY_TABLE: &str = "driftless_migrations";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migration {
    /// The numeric prefix, as written.
    pub version: String,
    pub name: String,
    /// The file name (`<version>_<name>.sql`).
    pub file: String,
    pub checksum: String,
    pub text: String,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MigrateError {
    #[error("{file}: not a migration name (expected <number>_<name>.sql)")]
    BadName { file: String },
    #[error("{0}: two migrations have this version")]
    DuplicateVersion(String),
    #[error(
        "{file}: changed since {sum} was written (run `driftless migrate hash` after a deliberate edit)"
    )]
    Edited { file: String, sum: String },
    #[error("{file}: listed in {sum} but missing")]
    Missing { file: String, sum: String },
    #[error(
        "{file}: not listed in {sum} (run `driftless migrate hash` to add a hand-written file)"
    )]
    Extra { file: String, sum: String },
    #[error("{sum}: the total does not match its lines (edited by hand, or a bad merge)")]
    BadTotal { sum: String },
    #[error("{sum}: line {line}: cannot read it")]
    BadSumLine { sum: String, line: usize },
}

pub fn checksum(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut hex = String::with_capacity(64);
    for b in digest {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

/// Parses `<version>_<name>.sql`.
pub fn parse_name(file: &str) -> Result<(String, String), MigrateError> {
    let bad = || MigrateError::BadName { file: file.into() };
    let stem = file.strip_suffix(".sql").ok_or_else(bad)?;
    let (version, name) = stem.split_once('_').ok_or_else(bad)?;
    if version.is_empty() || !version.chars().all(|c| c.is_ascii_digit()) || name.is_empty() {
        return Err(bad());
    }
    Ok((version.into(), name.into()))
}

/// Orders versions numerically (`2` before `10`), then by name.
fn version_key(m: &Migration) -> (usize, String, String) {
    let v = m.version.trim_start_matches('0').to_string();
    (v.len(), v, m.name.clone())
}

/// Migrations from `(file name, contents)` pairs, in apply order.
pub fn migrations(files: Vec<(String, String)>) -> Result<Vec<Migration>, MigrateError> {
    let mut out = Vec::new();
    for (file, text) in files {
        let (version, name) = parse_name(&file)?;
        out.push(Migration {
            checksum: checksum(&text),
            version,
            name,
            file,
            text,
        });
    }
    out.sort_by_key(version_key);
    for w in out.windows(2) {
        if version_key(&w[0]).1 == version_key(&w[1]).1 {
            return Err(MigrateError::DuplicateVersion(w[1].version.clone()));
        }
    }
    Ok(out)
}

fn total(migrations: &[(String, String)]) -> String {
    let mut acc = String::new();
    for (file, sum) in migrations {
        acc = checksum(&format!("{acc}\n{file} {sum}"));
    }
    acc
}

/// The text of `driftless.sum` for these migrations.
pub fn sum_file(migrations: &[Migration]) -> String {
    let lines: Vec<(String, String)> = migrations
        .iter()
        .map(|m| (m.file.clone(), m.checksum.clone()))
        .collect();
    let mut out = format!("total {}\n", total(&lines));
    for (file, sum) in &lines {
        out.push_str(&format!("{file} {sum}\n"));
    }
    out
}

/// Checks the directory against its sum file: every file listed, none
/// edited, none extra, and a total that matches.
pub fn verify(migrations: &[Migration], sum_text: &str) -> Result<(), MigrateError> {
    let sum = SUM_FILE.to_string();
    let mut lines = sum_text.lines().enumerate();
    let stated_total = match lines.next() {
        Some((_, l)) => l
            .strip_prefix("total ")
            .ok_or(MigrateError::BadSumLine {
                sum: sum.clone(),
                line: 1,
            })?
            .trim()
            .to_string(),
        None => String::new(),
    };
    let mut listed: Vec<(String, String)> = Vec::new();
    for (i, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let (file, hash) = line.rsplit_once(' ').ok_or(MigrateError::BadSumLine {
            sum: sum.clone(),
            line: i + 1,
        })?;
        listed.push((file.to_string(), hash.trim().to_string()));
    }
    for (file, hash) in &listed {
        match migrations.iter().find(|m| &m.file == file) {
            None => {
                return Err(MigrateError::Missing {
                    file: file.clone(),
                    sum,
                });
            }
            Some(m) if &m.checksum != hash => {
                return Err(MigrateError::Edited {
                    file: file.clone(),
                    sum,
                });
            }
            Some(_) => {}
        }
    }
    if let Some(m) = migrations
        .iter()
        .find(|m| !listed.iter().any(|(f, _)| f == &m.file))
    {
        return Err(MigrateError::Extra {
            file: m.file.clone(),
            sum,
        });
    }
    if total(&listed) != stated_total {
        return Err(MigrateError::BadTotal { sum });
    }
    Ok(())
}

/// `YYYYMMDDHHMMSS` in UTC for a Unix time, for new file names.
pub fn timestamp(unix_seconds: u64) -> String {
    let seconds = i64::try_from(unix_seconds).unwrap_or(i64::MAX);
    let at = jiff::Timestamp::from_second(seconds).unwrap_or(jiff::Timestamp::MAX);
    at.strftime("%Y%m%d%H%M%S").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(files: &[(&str, &str)]) -> Vec<Migration> {
        migrations(
            files
                .iter()
                .map(|(f, t)| (f.to_string(), t.to_string()))
                .collect(),
        )
        .unwrap()
    }

    #[test]
    fn names_and_order() {
        assert_eq!(
            parse_name("12_add_users.sql").unwrap(),
            ("12".into(), "add_users".into())
        );
        assert!(parse_name("add_users.sql").is_err());
        assert!(parse_name("1a_x.sql").is_err());
        assert!(parse_name("1_x.txt").is_err());
        let m = dir(&[("10_c.sql", ""), ("2_b.sql", ""), ("1_a.sql", "")]);
        let order: Vec<&str> = m.iter().map(|m| m.file.as_str()).collect();
        assert_eq!(order, ["1_a.sql", "2_b.sql", "10_c.sql"]);
        assert!(
            migrations(vec![
                ("1_a.sql".into(), String::new()),
                ("01_b.sql".into(), String::new())
            ])
            .is_err()
        );
    }

    #[test]
    fn sum_round_trip_and_tampering() {
        let m = dir(&[
            ("1_a.sql", "CREATE TABLE a ();"),
            ("2_b.sql", "CREATE TABLE b ();"),
        ]);
        let sum = sum_file(&m);
        assert_eq!(verify(&m, &sum), Ok(()));
        let edited = dir(&[
            ("1_a.sql", "CREATE TABLE a (id int);"),
            ("2_b.sql", "CREATE TABLE b ();"),
        ]);
        assert!(
            matches!(verify(&edited, &sum), Err(MigrateError::Edited { file, .. }) if file == "1_a.sql")
        );
        let missing = dir(&[("1_a.sql", "CREATE TABLE a ();")]);
        assert!(
            matches!(verify(&missing, &sum), Err(MigrateError::Missing { file, .. }) if file == "2_b.sql")
        );
        let extra = dir(&[
            ("1_a.sql", "CREATE TABLE a ();"),
            ("2_b.sql", "CREATE TABLE b ();"),
            ("3_c.sql", ""),
        ]);
        assert!(
            matches!(verify(&extra, &sum), Err(MigrateError::Extra { file, .. }) if file == "3_c.sql")
        );
        // A line edited by hand to match an edited file still breaks the total.
        let forged = sum.replace(&m[0].checksum, &edited[0].checksum);
        assert_eq!(
            verify(&edited, &forged),
            Err(MigrateError::BadTotal {
                sum: SUM_FILE.into()
            })
        );
    }

    #[test]
    fn timestamps_are_utc_calendar_dates() {
        assert_eq!(timestamp(0), "19700101000000");
        assert_eq!(timestamp(951_782_400), "20000229000000");
        assert_eq!(timestamp(1_795_000_000 + 3_661), "20261118120741");
    }
}
