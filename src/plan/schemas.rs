//! Steps for schemas and extensions.

use super::privileges::{self, Kind};
use super::sql::comment;
use super::{HazardCode, Step};
use crate::diff::Delta;
use crate::model::{Extension, Namespace, ObjKey, quote_ident, quote_literal};

pub(super) fn schema(d: &Delta<Namespace>, out: &mut Vec<Step>) {
    let key = |n: &Namespace| ObjKey::Schema {
        name: n.name.clone(),
    };
    let target = |n: &Namespace| quote_ident(&n.name);
    match d {
        Delta::Create { to } => {
            let mut s = Step::new(format!("create schema {}", target(to)))
                .sql(format!("CREATE SCHEMA IF NOT EXISTS {}", target(to)))
                .creates(key(to));
            if to.comment.is_some() {
                s = s.sql(comment("SCHEMA", &target(to), to.comment.as_deref()));
            }
            let on = format!("SCHEMA {}", target(to));
            out.push(privileges::add(s, Kind::Schema, &on, None, None, &to.acl));
        }
        Delta::Drop { from } => out.push(
            Step::new(format!("drop schema {}", target(from)))
                .sql(format!("DROP SCHEMA IF EXISTS {}", target(from)))
                .drops(key(from))
                .destructive("drops the schema"),
        ),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            if from.comment != to.comment {
                out.push(
                    Step::new(format!("change comment on schema {}", target(to)))
                        .sql(comment("SCHEMA", &target(to), to.comment.as_deref()))
                        .creates(key(to)),
                );
            }
        }
    }
}

pub(super) fn extension(d: &Delta<Extension>, out: &mut Vec<Step>) {
    let key = |x: &Extension| ObjKey::Extension {
        name: x.name.clone(),
    };
    let name = |x: &Extension| quote_ident(&x.name);
    match d {
        Delta::Create { to } => {
            let mut s = Step::new(format!("create extension {}", name(to)))
                .sql(format!(
                    "CREATE EXTENSION IF NOT EXISTS {} WITH SCHEMA {} VERSION {}",
                    name(to),
                    quote_ident(&to.schema),
                    quote_literal(&to.version)
                ))
                .creates(key(to));
            if to.comment.is_some() {
                s = s.sql(comment("EXTENSION", &name(to), to.comment.as_deref()));
            }
            out.push(s);
        }
        Delta::Drop { from } => out.push(
            Step::new(format!("drop extension {}", name(from)))
                .sql(format!("DROP EXTENSION IF EXISTS {}", name(from)))
                .drops(key(from))
                .destructive("drops the extension and the objects it provides"),
        ),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            let mut s = Step::new(format!("alter extension {}", name(to))).creates(key(to));
            if from.schema != to.schema {
                s = s.sql(format!(
                    "ALTER EXTENSION {} SET SCHEMA {}",
                    name(to),
                    quote_ident(&to.schema)
                ));
            }
            if from.version != to.version {
                s = s
                    .sql(format!(
                        "ALTER EXTENSION {} UPDATE TO {}",
                        name(to),
                        quote_literal(&to.version)
                    ))
                    .hazard(
                        HazardCode::ExtensionVersion,
                        format!("updates from version {} to {}", from.version, to.version),
                    );
            }
            if from.comment != to.comment {
                s = s.sql(comment("EXTENSION", &name(to), to.comment.as_deref()));
            }
            out.push(s);
        }
    }
}
