//! Schemas (`CREATE SCHEMA`): created, dropped (destructive), commented;
//! their privileges (`GRANT ... ON SCHEMA`) and owner as every kind's.
//! A schema's name is all that identifies it and what contains every
//! object in it; it is in no container itself. A schema renamed by a
//! `@renamed` annotation is `model::rename`'s.

use serde::{Deserialize, Serialize};

use super::{Kind, Name};
use crate::model::delta::Delta;
use crate::model::{Acl, Database, ObjKey, PgVersion, quote_ident};
use crate::step::privileges::{self, Kind as Privileges};
use crate::step::sql::comment;
use crate::step::{Models, Step};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schema {
    pub name: String,
    pub comment: Option<String>,
    pub acl: Acl,
    /// The owning role, as SQL; `None` when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// One schema as the catalog reader's `namespaces` document spells it.
#[derive(Deserialize)]
pub struct Row {
    name: String,
    comment: Option<String>,
    acl: Vec<crate::model::Grant>,
    owner: Option<String>,
}

impl From<Row> for Schema {
    fn from(r: Row) -> Schema {
        Schema {
            name: r.name,
            comment: r.comment,
            acl: Some(r.acl),
            owner: r.owner,
        }
    }
}

/// The kind.
pub struct Schemas;

impl Kind for Schemas {
    type Object = Schema;
    type Id = Name;
    type Change = Delta<Schema>;
    const NAME: &'static str = "schema";
    const FILE: &'static str = "schemas";

    fn id(n: &Schema) -> Name {
        Name(n.name.clone())
    }

    fn key(id: &Name) -> ObjKey {
        ObjKey::Schema { name: id.0.clone() }
    }

    fn id_of(key: &ObjKey) -> Option<Name> {
        match key {
            ObjKey::Schema { name } => Some(Name(name.clone())),
            _ => None,
        }
    }

    /// A `schema` row, whether or not the model holds it.
    fn catalog_key(_: &Database, row: &super::ObjectRow) -> Option<ObjKey> {
        (row.word == "schema").then(|| ObjKey::Schema { name: row.name() })
    }

    /// A schema filter keeps or leaves out the schema by its own name.
    fn schema(n: &Schema) -> Option<&str> {
        Some(&n.name)
    }

    fn container(_: &crate::model::Database, _: &Schema) -> Option<ObjKey> {
        None
    }

    fn file(_: &Schema) -> (Option<&str>, String) {
        (None, Self::FILE.to_string())
    }

    fn owner(n: &Schema) -> Option<(String, &str)> {
        Some((
            format!("SCHEMA {}", quote_ident(&n.name)),
            n.owner.as_deref()?,
        ))
    }

    fn forget_owner(n: &mut Schema) {
        n.owner = None;
    }

    fn privileges(_: PgVersion, n: &Schema) -> Option<(Privileges, String, &Acl)> {
        Some((
            Privileges::Schema,
            format!("SCHEMA {}", quote_ident(&n.name)),
            &n.acl,
        ))
    }

    fn forget_privileges(n: &mut Schema) {
        n.acl = None;
    }

    fn steps(_: &Models, delta: &Delta<Schema>, out: &mut Vec<Step>) {
        steps(delta, out)
    }
}

fn steps(d: &Delta<Schema>, out: &mut Vec<Step>) {
    let key = |n: &Schema| ObjKey::Schema {
        name: n.name.clone(),
    };
    let target = |n: &Schema| quote_ident(&n.name);
    match d {
        Delta::Create { to } => {
            let mut s = Step::new(format!("create schema {}", target(to)))
                .sql(format!("CREATE SCHEMA IF NOT EXISTS {}", target(to)))
                .creates(key(to));
            if to.comment.is_some() {
                s = s.sql(comment("SCHEMA", &target(to), to.comment.as_deref()));
            }
            let on = format!("SCHEMA {}", target(to));
            out.push(privileges::add(
                s,
                Privileges::Schema,
                &on,
                None,
                None,
                &to.acl,
            ));
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
