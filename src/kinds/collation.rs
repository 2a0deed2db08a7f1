//! Collations (`CREATE COLLATION`): the first kind in `kinds/`.
//!
//! A collation is compared whole. Its options cannot be altered: one
//! nothing uses is dropped and created again; one that columns use is
//! renamed away, created anew, the columns moved to it (their indexes
//! rebuilt), and the old one dropped, so no column loses its data.

use serde::{Deserialize, Serialize};

use super::Kind;
use crate::model::delta::Delta;
use crate::model::{Database, ObjKey, QualName, quote_ident};
use crate::step::sql::{column_key, column_target, comment, old_name};
use crate::step::{HazardCode, Models, Step};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Collation {
    pub name: QualName,
    /// `CREATE COLLATION` options: `provider = icu, locale = 'de-DE'`.
    pub options: Vec<String>,
    pub comment: Option<String>,
    /// The owning role, as SQL; `None` when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// One collation as the catalog reader's `types` document spells it.
#[derive(Deserialize)]
pub struct Row {
    schema: String,
    name: String,
    options: Vec<String>,
    comment: Option<String>,
    owner: Option<String>,
}

impl From<Row> for Collation {
    fn from(r: Row) -> Collation {
        Collation {
            name: QualName::new(r.schema, r.name),
            options: r.options,
            comment: r.comment,
            owner: r.owner,
        }
    }
}

/// The kind.
pub struct Collations;

impl Kind for Collations {
    type Object = Collation;
    type Id = QualName;
    type Change = Delta<Collation>;
    const NAME: &'static str = "collation";

    fn id(c: &Collation) -> QualName {
        c.name.clone()
    }

    fn key(id: &QualName) -> ObjKey {
        ObjKey::Collation { name: id.clone() }
    }

    fn id_of(key: &ObjKey) -> Option<QualName> {
        match key {
            ObjKey::Collation { name } => Some(name.clone()),
            _ => None,
        }
    }

    /// A `collation` row, when the model holds the collation.
    fn catalog_key(db: &Database, row: &super::ObjectRow) -> Option<ObjKey> {
        row.held(db, "collation", |r| ObjKey::Collation {
            name: r.qualified(),
        })
    }

    fn schema(c: &Collation) -> Option<&str> {
        Some(&c.name.schema)
    }

    const FILE: &'static str = "types";

    fn owner(c: &Collation) -> Option<(String, &str)> {
        Some((format!("COLLATION {}", c.name), c.owner.as_deref()?))
    }

    fn forget_owner(c: &mut Collation) {
        c.owner = None;
    }

    fn steps(models: &Models, delta: &Delta<Collation>, out: &mut Vec<Step>) {
        steps(models, delta, out)
    }
}

fn steps(ctx: &Models, d: &Delta<Collation>, out: &mut Vec<Step>) {
    let key = |c: &Collation| ObjKey::Collation {
        name: c.name.clone(),
    };
    let create = |c: &Collation| {
        let mut s = Step::new(format!("create collation {}", c.name))
            .sql(format!(
                "CREATE COLLATION IF NOT EXISTS {} ({})",
                c.name,
                c.options.join(", ")
            ))
            .creates(key(c));
        if c.comment.is_some() {
            s = s.sql(comment(
                "COLLATION",
                &c.name.to_string(),
                c.comment.as_deref(),
            ));
        }
        s
    };
    let drop = |c: &Collation| {
        Step::new(format!("drop collation {}", c.name))
            .sql(format!("DROP COLLATION IF EXISTS {}", c.name))
            .drops(key(c))
    };
    match d {
        Delta::Create { to } => out.push(create(to)),
        Delta::Drop { from } => out.push(drop(from)),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            if from.options != to.options {
                let users = collation_users(ctx, &to.name);
                if users.is_empty() {
                    out.push(drop(from));
                    out.push(create(to));
                    return;
                }
                // Columns keep their data: the old collation is renamed
                // away, the columns moved to the new one, the old dropped.
                let old = old_name(&to.name);
                let mut s = Step::new(format!("replace collation {}", to.name))
                    .sql(format!(
                        "ALTER COLLATION {} RENAME TO {}",
                        from.name,
                        quote_ident(&old.name)
                    ))
                    .creates(key(to))
                    .drops(key(from));
                for stmt in create(to).sql {
                    s = s.sql(stmt);
                }
                for (table, column, data_type) in users {
                    s = s
                        .sql(format!(
                            "ALTER TABLE {table} ALTER COLUMN {} TYPE {data_type} COLLATE {}",
                            quote_ident(&column),
                            to.name
                        ))
                        .hazard(
                            HazardCode::TableRewrite,
                            format!(
                                "rebuilds indexes of {table} on {}",
                                column_target(&table, &column)
                            ),
                        );
                    let ck = column_key(&table, &column);
                    s.invalidates.push(ck.clone());
                    s = s.creates(ck);
                }
                out.push(s.sql(format!("DROP COLLATION {old}")));
            } else if from.comment != to.comment {
                out.push(
                    Step::new(format!("change comment on collation {}", to.name))
                        .sql(comment(
                            "COLLATION",
                            &to.name.to_string(),
                            to.comment.as_deref(),
                        ))
                        .creates(key(to)),
                );
            }
        }
    }
}

/// Columns whose collation is `name` on both sides.
fn collation_users(ctx: &Models, name: &QualName) -> Vec<(QualName, String, String)> {
    let target = Some(name.to_string());
    let mut found = Vec::new();
    for (tname, table) in &ctx.desired.kinds.tables {
        let Some(current) = ctx.current.kinds.tables.get(tname) else {
            continue;
        };
        for col in table
            .columns
            .iter()
            .filter(|c| c.collation == target && !c.inherited)
        {
            if current
                .column(&col.name)
                .is_some_and(|o| o.collation == target)
            {
                found.push((tname.clone(), col.name.clone(), col.data_type.clone()));
            }
        }
    }
    found
}
