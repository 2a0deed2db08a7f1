//! Extensions (`CREATE EXTENSION`): their schema and version are part of
//! the desired state. A new version is an `ALTER EXTENSION ... UPDATE`
//! (with an `extension_version` hazard), a new schema a `SET SCHEMA`;
//! dropping one drops the objects it provides (destructive). An extension
//! needs the schema its objects go to, but `inspect --split` writes it
//! with the database's global objects (`extensions.sql`).

use serde::{Deserialize, Serialize};

use super::{Kind, Name};
use crate::model::delta::Delta;
use crate::model::{Database, ObjKey, quote_ident, quote_literal};
use crate::step::sql::comment;
use crate::step::{HazardCode, Models, Step};

/// One extension; the catalog reader's `extensions` document spells it so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extension {
    pub name: String,
    pub schema: String,
    pub version: String,
    pub comment: Option<String>,
}

/// The kind.
pub struct Extensions;

impl Kind for Extensions {
    type Object = Extension;
    type Id = Name;
    type Change = Delta<Extension>;
    const NAME: &'static str = "extension";
    const FILE: &'static str = "extensions";

    fn id(x: &Extension) -> Name {
        Name(x.name.clone())
    }

    fn key(id: &Name) -> ObjKey {
        ObjKey::Extension { name: id.0.clone() }
    }

    fn id_of(key: &ObjKey) -> Option<Name> {
        match key {
            ObjKey::Extension { name } => Some(Name(name.clone())),
            _ => None,
        }
    }

    /// A `extension` row, whether or not the model holds it.
    fn catalog_key(_: &Database, row: &super::ObjectRow) -> Option<ObjKey> {
        (row.word == "extension").then(|| ObjKey::Extension { name: row.name() })
    }

    fn schema(x: &Extension) -> Option<&str> {
        Some(&x.schema)
    }

    fn file(_: &Extension) -> (Option<&str>, String) {
        (None, Self::FILE.to_string())
    }

    fn steps(_: &Models, delta: &Delta<Extension>, out: &mut Vec<Step>) {
        steps(delta, out)
    }
}

fn steps(d: &Delta<Extension>, out: &mut Vec<Step>) {
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
