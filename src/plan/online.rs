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

use super::{HazardCode, Op, Statement, Step};
use crate::model::{QualName, quote_ident};

/// The partitioned tables and their indexes, on which PostgreSQL builds
/// no index concurrently, nor adds keys `NOT VALID`.
pub(super) struct Partitioned<'a> {
    pub table: &'a dyn Fn(&QualName) -> bool,
    pub index: &'a dyn Fn(&QualName) -> bool,
}

pub(super) fn rewrite(step: &mut Step, partitioned: &Partitioned) {
    let existing_table = step
        .hazards
        .iter()
        .any(|h| matches!(h.code, HazardCode::IndexBuild | HazardCode::ValidationScan));
    let mut changed = false;
    let mut sql: Vec<Statement> = Vec::with_capacity(step.sql.len());
    for stmt in std::mem::take(&mut step.sql) {
        match stmt.op().cloned() {
            Some(Op::CreateIndex {
                unique,
                concurrently: false,
                name,
                table,
                body,
            }) if existing_table && !(partitioned.table)(&table) => {
                sql.push(
                    Op::CreateIndex {
                        unique,
                        concurrently: true,
                        name,
                        table,
                        body,
                    }
                    .into(),
                );
                changed = true;
            }
            Some(Op::DropIndex {
                concurrently: false,
                name,
            }) if !(partitioned.index)(&name) => {
                sql.push(
                    Op::DropIndex {
                        concurrently: true,
                        name,
                    }
                    .into(),
                );
                changed = true;
            }
            Some(Op::AddConstraint {
                table,
                name,
                definition,
                validatable: true,
                references,
            }) if existing_table
                && !(partitioned.table)(&table)
                && !references.as_ref().is_some_and(partitioned.table) =>
            {
                // A foreign key to a partitioned table is validated through
                // clones on its partitions, which a separate VALIDATE does
                // not reach (hence the last condition).
                sql.push(
                    Op::AddConstraint {
                        table: table.clone(),
                        name: name.clone(),
                        definition: format!("{definition} NOT VALID"),
                        validatable: false,
                        references,
                    }
                    .into(),
                );
                sql.push(Op::ValidateConstraint { table, name }.into());
                changed = true;
            }
            Some(Op::SetNotNull { table, column }) => {
                let check = format!("{column}_not_null_driftless");
                sql.push(
                    Op::AddConstraint {
                        table: table.clone(),
                        name: check.clone(),
                        definition: format!(
                            "CHECK ({} IS NOT NULL) NOT VALID",
                            quote_ident(&column)
                        ),
                        validatable: false,
                        references: None,
                    }
                    .into(),
                );
                sql.push(
                    Op::ValidateConstraint {
                        table: table.clone(),
                        name: check.clone(),
                    }
                    .into(),
                );
                sql.push(stmt);
                sql.push(Op::DropConstraint { table, name: check }.into());
                changed = true;
            }
            _ => sql.push(stmt),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn name(schema: &str, name: &str) -> QualName {
        QualName {
            schema: schema.into(),
            name: name.into(),
        }
    }

    fn step(sql: Vec<Statement>, hazard: HazardCode) -> Step {
        let mut s = Step::new("x");
        s.sql = sql;
        s.hazard_mut(hazard, "h".into());
        s
    }

    const NONE: Partitioned = Partitioned {
        table: &|_| false,
        index: &|_| false,
    };

    fn index_on(table: QualName) -> Statement {
        Op::CreateIndex {
            unique: false,
            concurrently: false,
            name: "i".into(),
            body: format!("ON {table} USING btree (a)"),
            table,
        }
        .into()
    }

    fn foreign_key(table: QualName, references: QualName) -> Statement {
        Op::AddConstraint {
            table,
            name: "T fk".into(),
            definition: format!("FOREIGN KEY (a) REFERENCES {references}(id)"),
            validatable: true,
            references: Some(references),
        }
        .into()
    }

    #[test]
    fn indexes_go_concurrent() {
        let mut s = step(vec![index_on(name("public", "t"))], HazardCode::IndexBuild);
        rewrite(&mut s, &NONE);
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
            vec![foreign_key(name("public", "t"), name("public", "u"))],
            HazardCode::ValidationScan,
        );
        rewrite(&mut s, &NONE);
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
        let not_null = Statement::from(Op::SetNotNull {
            table: name("public", "t"),
            column: "A".into(),
        });
        let mut s = step(vec![not_null], HazardCode::ValidationScan);
        rewrite(&mut s, &NONE);
        assert_eq!(
            s.sql,
            [
                "ALTER TABLE public.t ADD CONSTRAINT \"A_not_null_driftless\" CHECK (\"A\" IS NOT NULL) NOT VALID",
                "ALTER TABLE public.t VALIDATE CONSTRAINT \"A_not_null_driftless\"",
                "ALTER TABLE public.t ALTER COLUMN \"A\" SET NOT NULL",
                "ALTER TABLE public.t DROP CONSTRAINT \"A_not_null_driftless\"",
            ]
        );
    }

    #[test]
    fn new_tables_are_left_alone() {
        let mut s = Step::new("create table");
        s.sql = vec![index_on(name("public", "t"))];
        rewrite(&mut s, &NONE);
        assert!(s.transactional);
        assert_eq!(
            s.sql,
            ["CREATE INDEX IF NOT EXISTS i ON public.t USING btree (a)"]
        );
    }

    /// Names holding the words the text rewrite used to look for: the
    /// partitioned table is recognised, the plain one is rewritten.
    #[test]
    fn names_are_read_from_the_operation_not_the_text() {
        let odd = name("public", "a ON b");
        let partitioned = Partitioned {
            table: &|t| t.name == "a ON b",
            index: &|_| false,
        };
        let mut s = step(
            vec![
                index_on(odd.clone()),
                foreign_key(name("public", "ADD CONSTRAINT x"), odd.clone()),
                foreign_key(name("public", "plain"), name("public", "u")),
            ],
            HazardCode::IndexBuild,
        );
        rewrite(&mut s, &partitioned);
        assert_eq!(
            s.sql,
            [
                "CREATE INDEX IF NOT EXISTS i ON public.\"a ON b\" USING btree (a)",
                "ALTER TABLE public.\"ADD CONSTRAINT x\" ADD CONSTRAINT \"T fk\" FOREIGN KEY (a) REFERENCES public.\"a ON b\"(id)",
                "ALTER TABLE public.plain ADD CONSTRAINT \"T fk\" FOREIGN KEY (a) REFERENCES public.u(id) NOT VALID",
                "ALTER TABLE public.plain VALIDATE CONSTRAINT \"T fk\"",
            ]
        );
        // Text that merely reads like an operation is never rewritten.
        let mut s = step(
            vec!["CREATE INDEX IF NOT EXISTS i ON public.t USING btree (a)".into()],
            HazardCode::IndexBuild,
        );
        rewrite(&mut s, &NONE);
        assert!(s.transactional);
    }
}
