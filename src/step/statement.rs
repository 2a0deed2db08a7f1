//! A step's statements: SQL text, and for the statements a later pass must
//! understand (online mode), the operation they perform.
//!
//! Why: the online rewrite turns `CREATE INDEX` into `CREATE INDEX
//! CONCURRENTLY`, a new foreign key or check into `NOT VALID` plus
//! `VALIDATE`, `SET NOT NULL` into a validated check first. Done on text,
//! it had to read the planner's own output back (`split_once(" ON ")`,
//! `strip_prefix("ALTER TABLE ")`), which a quoted name or a string literal
//! holding those words could mislead. A [`Statement`] built from an [`Op`]
//! keeps what it does next to its text; passes read the operation, and the
//! SQL of every operation is rendered here, in [`Op::render`], only.
//!
//! A statement derefs to its text, so renderers, `apply` and reports read
//! it as the `&str` it always was.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use serde::{Serialize, Serializer};

use crate::model::{QualName, quote_ident};

/// One SQL statement of a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    text: String,
    op: Option<Op>,
}

/// What a statement does, for the statements passes rewrite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// `CREATE [UNIQUE] INDEX [CONCURRENTLY] IF NOT EXISTS name ON ...`.
    CreateIndex {
        unique: bool,
        concurrently: bool,
        /// The index's own name (it lives in its table's schema).
        name: String,
        table: QualName,
        /// `pg_get_indexdef` from `ON` on, without `ONLY`.
        body: String,
    },
    /// `DROP INDEX [CONCURRENTLY] IF EXISTS name`.
    DropIndex { concurrently: bool, name: QualName },
    /// `ALTER TABLE table ADD CONSTRAINT name definition`.
    AddConstraint {
        table: QualName,
        name: String,
        /// `pg_get_constraintdef`, ` NOT VALID` included when it has one.
        definition: String,
        /// A check or a foreign key, valid and enforced as written: added
        /// `NOT VALID` and validated after, it ends the same.
        validatable: bool,
        /// The table a foreign key references.
        references: Option<QualName>,
    },
    /// `ALTER TABLE table VALIDATE CONSTRAINT name`.
    ValidateConstraint { table: QualName, name: String },
    /// `ALTER TABLE table DROP CONSTRAINT name`.
    DropConstraint { table: QualName, name: String },
    /// `ALTER TABLE table ALTER COLUMN column SET NOT NULL`.
    SetNotNull { table: QualName, column: String },
}

impl Op {
    /// The operation's SQL: the one place each is spelled.
    pub fn render(&self) -> String {
        let concurrently = |yes: bool| if yes { "CONCURRENTLY " } else { "" };
        match self {
            Op::CreateIndex {
                unique,
                concurrently: c,
                name,
                body,
                ..
            } => format!(
                "CREATE {}INDEX {}IF NOT EXISTS {} {body}",
                if *unique { "UNIQUE " } else { "" },
                concurrently(*c),
                quote_ident(name),
            ),
            Op::DropIndex {
                concurrently: c,
                name,
            } => format!("DROP INDEX {}IF EXISTS {name}", concurrently(*c)),
            Op::AddConstraint {
                table,
                name,
                definition,
                ..
            } => format!(
                "ALTER TABLE {table} ADD CONSTRAINT {} {definition}",
                quote_ident(name)
            ),
            Op::ValidateConstraint { table, name } => format!(
                "ALTER TABLE {table} VALIDATE CONSTRAINT {}",
                quote_ident(name)
            ),
            Op::DropConstraint { table, name } => {
                format!("ALTER TABLE {table} DROP CONSTRAINT {}", quote_ident(name))
            }
            Op::SetNotNull { table, column } => format!(
                "ALTER TABLE {table} ALTER COLUMN {} SET NOT NULL",
                quote_ident(column)
            ),
        }
    }

    /// The operation with its free text (an index body, a constraint
    /// definition: expressions PostgreSQL printed) passed through `f`.
    fn map_text(self, f: impl Fn(&str) -> String) -> Op {
        match self {
            Op::CreateIndex {
                unique,
                concurrently,
                name,
                table,
                body,
            } => Op::CreateIndex {
                unique,
                concurrently,
                name,
                table,
                body: f(&body),
            },
            Op::AddConstraint {
                table,
                name,
                definition,
                validatable,
                references,
            } => Op::AddConstraint {
                table,
                name,
                definition: f(&definition),
                validatable,
                references,
            },
            other => other,
        }
    }
}

impl Statement {
    /// The operation, if the statement was built from one.
    pub fn op(&self) -> Option<&Op> {
        self.op.as_ref()
    }

    /// The statement's text passed through `f`; an operation's own words
    /// stay, only the expressions it carries are passed.
    pub fn map_text(self, f: impl Fn(&str) -> String) -> Statement {
        match self.op {
            Some(op) => op.map_text(f).into(),
            None => Statement::from(f(&self.text)),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl From<Op> for Statement {
    fn from(op: Op) -> Statement {
        Statement {
            text: op.render(),
            op: Some(op),
        }
    }
}

impl From<String> for Statement {
    fn from(text: String) -> Statement {
        Statement { text, op: None }
    }
}

impl From<&str> for Statement {
    fn from(text: &str) -> Statement {
        Statement::from(text.to_string())
    }
}

impl Deref for Statement {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl Borrow<str> for Statement {
    fn borrow(&self) -> &str {
        &self.text
    }
}

impl AsRef<str> for Statement {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Statement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl PartialEq<str> for Statement {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Statement {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl PartialEq<String> for Statement {
    fn eq(&self, other: &String) -> bool {
        &self.text == other
    }
}

/// Saved and printed plans hold the text only.
impl Serialize for Statement {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t() -> QualName {
        QualName {
            schema: "public".into(),
            name: "T x".into(),
        }
    }

    #[test]
    fn operations_render_as_postgresql_reads_them() {
        let create = Op::CreateIndex {
            unique: true,
            concurrently: true,
            name: "I".into(),
            table: t(),
            body: "ON public.\"T x\" USING btree (a)".into(),
        };
        assert_eq!(
            create.render(),
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"I\" ON public.\"T x\" USING btree (a)"
        );
        let add = Op::AddConstraint {
            table: t(),
            name: "c".into(),
            definition: "CHECK ((a > 0))".into(),
            validatable: true,
            references: None,
        };
        assert_eq!(
            add.render(),
            "ALTER TABLE public.\"T x\" ADD CONSTRAINT c CHECK ((a > 0))"
        );
        let not_null = Op::SetNotNull {
            table: t(),
            column: "a\"b".into(),
        };
        assert_eq!(
            not_null.render(),
            "ALTER TABLE public.\"T x\" ALTER COLUMN \"a\"\"b\" SET NOT NULL"
        );
    }

    #[test]
    fn text_passes_reach_expressions_only() {
        let s: Statement = Op::AddConstraint {
            table: t(),
            name: "ARRAY[".into(),
            definition: "CHECK (x)".into(),
            validatable: true,
            references: None,
        }
        .into();
        let s = s.map_text(|text| text.replace('x', "y"));
        assert_eq!(
            s,
            "ALTER TABLE public.\"T x\" ADD CONSTRAINT \"ARRAY[\" CHECK (y)"
        );
        assert!(matches!(s.op(), Some(Op::AddConstraint { .. })));
        let plain = Statement::from("SELECT x").map_text(|text| text.replace('x', "y"));
        assert_eq!(plain, "SELECT y");
        assert_eq!(serde_json::to_string(&plain).unwrap(), "\"SELECT y\"");
    }
}
