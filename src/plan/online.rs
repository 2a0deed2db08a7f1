//! Online mode (`--online`): the same changes with DDL that does not block
//! writes for long.
//!
//! - indexes are built and dropped `CONCURRENTLY`, outside a transaction;
//! - foreign keys and checks on existing tables are added `NOT VALID`, then
//!   validated in a second transaction (validation takes a lock that lets
//!   writes through);
//! - `SET NOT NULL` on an existing column goes through a validated check,
//!   which PostgreSQL uses to skip its own scan.
//!
//! Such steps are marked non-transactional: `apply` runs their statements
//! one by one, each in its own transaction.

use super::{HazardCode, Step};

/// `is_partitioned`: whether a table (as SQL, `public.t`) is partitioned:
/// PostgreSQL builds no index concurrently there, nor NOT VALID keys.
pub(super) fn rewrite(step: &mut Step, is_partitioned: &dyn Fn(&str) -> bool) {
    let existing_table = step
        .hazards
        .iter()
        .any(|h| matches!(h.code, HazardCode::IndexBuild | HazardCode::ValidationScan));
    let mut changed = false;
    let mut sql = Vec::with_capacity(step.sql.len());
    for stmt in std::mem::take(&mut step.sql) {
        let partitioned = stmt.contains(" ON ONLY ")
            || stmt
                .split_once(" ON ")
                .map(|(_, rest)| rest.split(' ').next().unwrap_or(""))
                .is_some_and(is_partitioned)
            || stmt
                .strip_prefix("ALTER TABLE ")
                .and_then(|r| r.split(' ').next())
                .is_some_and(is_partitioned);
        // `CREATE [UNIQUE] INDEX IF NOT EXISTS ...`: the head and the rest.
        let create_index = ["CREATE INDEX ", "CREATE UNIQUE INDEX "]
            .into_iter()
            .find_map(|head| {
                Some((
                    head,
                    stmt.strip_prefix(head)?.strip_prefix("IF NOT EXISTS ")?,
                ))
            });
        if let Some((head, rest)) = create_index
            && existing_table
            && !partitioned
        {
            sql.push(format!("{head}CONCURRENTLY IF NOT EXISTS {rest}"));
            changed = true;
        } else if let Some(rest) = stmt.strip_prefix("DROP INDEX IF EXISTS ")
            && !is_partitioned(rest)
        {
            sql.push(format!("DROP INDEX CONCURRENTLY IF EXISTS {rest}"));
            changed = true;
        } else if let Some((table, constraint, def)) = added_check_or_fk(&stmt)
            && existing_table
            && !partitioned
            && !references_partitioned(def, is_partitioned)
        {
            sql.push(format!("{stmt} NOT VALID"));
            sql.push(format!(
                "ALTER TABLE {table} VALIDATE CONSTRAINT {constraint}"
            ));
            changed = true;
        } else if let Some((prefix, column)) = set_not_null(&stmt) {
            let table = prefix.trim_end();
            let check = format!("{}_not_null_driftless", column.trim_matches('"'));
            let check = crate::model::quote_ident(&check);
            sql.push(format!(
                "ALTER TABLE {table} ADD CONSTRAINT {check} CHECK ({column} IS NOT NULL) NOT VALID"
            ));
            sql.push(format!("ALTER TABLE {table} VALIDATE CONSTRAINT {check}"));
            sql.push(stmt.clone());
            sql.push(format!("ALTER TABLE {table} DROP CONSTRAINT {check}"));
            changed = true;
        } else {
            sql.push(stmt);
        }
    }
    step.sql = sql;
    if changed {
        step.transactional = false;
        // The scan or build still happens, and may take long, but writes
        // go on meanwhile: the hazard stays, with what it means now.
        for h in &mut step.hazards {
            match h.code {
                HazardCode::IndexBuild => {
                    h.message = "online: built CONCURRENTLY, without blocking writes, \
                         outside a transaction (a failed build leaves an invalid index, \
                         which the next plan rebuilds)"
                        .into()
                }
                HazardCode::ValidationScan => {
                    h.message = "online: validated by VALIDATE CONSTRAINT, without \
                         blocking writes, outside a transaction"
                        .into()
                }
                _ => {}
            }
        }
        step.hazards.dedup();
    }
}

/// `ALTER TABLE t ADD CONSTRAINT c FOREIGN KEY|CHECK ...` (already valid):
/// the table, the constraint name and the definition.
fn added_check_or_fk(stmt: &str) -> Option<(&str, &str, &str)> {
    let rest = stmt.strip_prefix("ALTER TABLE ")?;
    let (table, rest) = rest.split_once(" ADD CONSTRAINT ")?;
    let (name, def) = split_ident(rest)?;
    let def = def.trim_start();
    ((def.starts_with("FOREIGN KEY") || def.starts_with("CHECK")) && !def.ends_with("NOT VALID"))
        .then_some((table, name, def))
}

/// A foreign key to a partitioned table is validated through clones on its
/// partitions, which a separate VALIDATE does not reach.
fn references_partitioned(def: &str, partitioned: &dyn Fn(&str) -> bool) -> bool {
    def.split_once(" REFERENCES ")
        .and_then(|(_, rest)| rest.split('(').next())
        .is_some_and(partitioned)
}

/// `ALTER TABLE t ALTER COLUMN c SET NOT NULL`: the `ALTER TABLE t` part's
/// table and the column.
fn set_not_null(stmt: &str) -> Option<(&str, &str)> {
    let rest = stmt.strip_prefix("ALTER TABLE ")?;
    let (table, rest) = rest.split_once(" ALTER COLUMN ")?;
    let (column, tail) = split_ident(rest)?;
    (tail.trim() == "SET NOT NULL").then_some((table, column))
}

/// Splits a leading (possibly quoted) identifier off `s`.
fn split_ident(s: &str) -> Option<(&str, &str)> {
    if let Some(body) = s.strip_prefix('"') {
        let mut i = 0;
        let bytes = body.as_bytes();
        while i < bytes.len() {
            if bytes[i] == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 2;
                    continue;
                }
                return Some((&s[..i + 2], &s[i + 2..]));
            }
            i += 1;
        }
        None
    } else {
        let end = s.find(' ').unwrap_or(s.len());
        Some((&s[..end], &s[end..]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(sql: &[&str], hazard: HazardCode) -> Step {
        let mut s = Step::new("x");
        s.sql = sql.iter().map(|s| s.to_string()).collect();
        s.hazard_mut(hazard, "h".into());
        s
    }

    #[test]
    fn indexes_go_concurrent() {
        let mut s = step(
            &["CREATE INDEX IF NOT EXISTS i ON public.t USING btree (a)"],
            HazardCode::IndexBuild,
        );
        rewrite(&mut s, &|_| false);
        assert_eq!(
            s.sql,
            ["CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON public.t USING btree (a)"]
        );
        assert!(!s.transactional);
        assert_eq!(s.hazards.len(), 1);
        assert_eq!(s.hazards[0].code, HazardCode::IndexBuild);
        assert!(
            s.hazards[0]
                .message
                .starts_with("online: built CONCURRENTLY")
        );
    }

    #[test]
    fn foreign_keys_are_validated_separately() {
        let mut s = step(
            &[
                "ALTER TABLE public.t ADD CONSTRAINT \"T fk\" FOREIGN KEY (a) REFERENCES public.u(id)",
            ],
            HazardCode::ValidationScan,
        );
        rewrite(&mut s, &|_| false);
        assert_eq!(
            s.sql,
            [
                "ALTER TABLE public.t ADD CONSTRAINT \"T fk\" FOREIGN KEY (a) REFERENCES public.u(id) NOT VALID",
                "ALTER TABLE public.t VALIDATE CONSTRAINT \"T fk\"",
            ]
        );
    }

    #[test]
    fn set_not_null_through_a_check() {
        let mut s = step(
            &["ALTER TABLE public.t ALTER COLUMN a SET NOT NULL"],
            HazardCode::ValidationScan,
        );
        rewrite(&mut s, &|_| false);
        assert_eq!(s.sql.len(), 4);
        assert!(s.sql[0].contains("CHECK (a IS NOT NULL) NOT VALID"));
        assert_eq!(s.sql[2], "ALTER TABLE public.t ALTER COLUMN a SET NOT NULL");
    }

    #[test]
    fn new_tables_are_left_alone() {
        let mut s = Step::new("create table");
        s.sql = vec!["CREATE INDEX IF NOT EXISTS i ON public.t USING btree (a)".into()];
        rewrite(&mut s, &|_| false);
        assert!(s.transactional);
    }
}
