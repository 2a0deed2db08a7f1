//! Row-level security policies (`CREATE POLICY`), keyed by their table
//! and name; `ALTER POLICY` for roles and expressions, drop and create for
//! what it cannot change (command, permissiveness, a removed expression).
//! A policy that only changed its name is renamed. Every step that changes
//! one carries an `authorization` hazard: it changes who may see or change
//! rows. A policy needs its table (its container), not its schema.

use serde::{Deserialize, Serialize};

use super::Kind;
use crate::model::delta::{Delta, delta_of, pair_by_key, pair_renames};
use crate::model::{Database, ObjKey, OnRelation, QualName, quote_ident};
use crate::step::sql::comment;
use crate::step::{HazardCode, Models, Step};

/// A policy's identity: its table and its name.
pub type PolicyId = super::OnTable;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub id: PolicyId,
    pub permissive: bool,
    /// `ALL`, `SELECT`, `INSERT`, `UPDATE` or `DELETE`.
    pub command: String,
    /// Role names as SQL (`PUBLIC`, `app_user`), in stored order.
    pub roles: Vec<String>,
    pub using: Option<String>,
    pub check: Option<String>,
    pub comment: Option<String>,
}

/// One policy as the catalog reader's `policies` document spells it.
#[derive(Deserialize)]
pub struct Row {
    schema: String,
    table: String,
    name: String,
    permissive: bool,
    command: String,
    roles: Vec<String>,
    using: Option<String>,
    check: Option<String>,
    comment: Option<String>,
}

impl From<Row> for Policy {
    fn from(r: Row) -> Policy {
        Policy {
            id: PolicyId {
                table: QualName::new(r.schema, r.table),
                name: r.name,
            },
            permissive: r.permissive,
            command: r.command,
            roles: r.roles,
            using: r.using,
            check: r.check,
            comment: r.comment,
        }
    }
}

/// The kind.
pub struct Policies;

impl Kind for Policies {
    type Object = Policy;
    type Id = PolicyId;
    type Change = Delta<Policy>;
    const NAME: &'static str = "policy";
    const FILE: &'static str = "policies";

    fn id(p: &Policy) -> PolicyId {
        p.id.clone()
    }

    fn key(id: &PolicyId) -> ObjKey {
        ObjKey::Policy {
            table: id.table.clone(),
            name: id.name.clone(),
        }
    }

    fn id_of(key: &ObjKey) -> Option<PolicyId> {
        match key {
            ObjKey::Policy { table, name } => Some(PolicyId {
                table: table.clone(),
                name: name.clone(),
            }),
            _ => None,
        }
    }

    /// A `policy` row, when the model holds the policy.
    fn catalog_key(db: &Database, row: &super::ObjectRow) -> Option<ObjKey> {
        row.held(db, "policy", |r| ObjKey::Policy {
            table: r.qualified(),
            name: r.sub(),
        })
    }

    /// A part of the table (or view) it is on.
    fn on_relation(_: &Database, id: &PolicyId, _: &ObjKey) -> Option<OnRelation> {
        Some(OnRelation::PartOf(id.table.clone()))
    }

    fn schema(p: &Policy) -> Option<&str> {
        Some(&p.id.table.schema)
    }

    fn container(_: &crate::model::Database, p: &Policy) -> Option<ObjKey> {
        Some(ObjKey::Table {
            name: p.id.table.clone(),
        })
    }

    /// Each policy created, dropped or altered; a drop and a create of the
    /// same policy under another name on one table, a rename.
    fn diff(
        current: &std::collections::BTreeMap<PolicyId, Policy>,
        desired: &std::collections::BTreeMap<PolicyId, Policy>,
    ) -> Vec<Delta<Policy>> {
        let mut deltas: Vec<Delta<Policy>> = pair_by_key(current, desired)
            .into_iter()
            .filter_map(|(f, t)| delta_of(f, t))
            .collect();
        pair_renames(&mut deltas, |a, b| {
            a.id.table == b.id.table
                && a.permissive == b.permissive
                && a.command == b.command
                && a.roles == b.roles
                && a.using == b.using
                && a.check == b.check
        });
        deltas
    }

    fn steps(_: &Models, delta: &Delta<Policy>, out: &mut Vec<Step>) {
        steps(delta, out)
    }

    fn recreate(models: &Models, id: &PolicyId, _: &ObjKey) -> Option<Vec<Step>> {
        Some(vec![
            drop_step(models.current.kinds.policies.get(id)?),
            create_step(models.desired.kinds.policies.get(id)?),
        ])
    }
}

fn key(p: &Policy) -> ObjKey {
    ObjKey::Policy {
        table: p.id.table.clone(),
        name: p.id.name.clone(),
    }
}

fn target(p: &Policy) -> String {
    format!("{} ON {}", quote_ident(&p.id.name), p.id.table)
}

fn roles(p: &Policy) -> String {
    if p.roles.is_empty() {
        "PUBLIC".into()
    } else {
        p.roles.join(", ")
    }
}

fn create_step(p: &Policy) -> Step {
    let mut sql = format!(
        "CREATE POLICY {} AS {} FOR {} TO {}",
        target(p),
        if p.permissive {
            "PERMISSIVE"
        } else {
            "RESTRICTIVE"
        },
        p.command,
        roles(p)
    );
    if let Some(u) = &p.using {
        sql.push_str(&format!(" USING ({u})"));
    }
    if let Some(c) = &p.check {
        sql.push_str(&format!(" WITH CHECK ({c})"));
    }
    let mut s = Step::new(format!(
        "create policy {}",
        target(p).replace(" ON ", " on ")
    ))
    .sql(sql)
    .creates(key(p))
    .hazard(
        HazardCode::Authorization,
        format!("changes who may see or change rows of {}", p.id.table),
    );
    if p.comment.is_some() {
        s = s.sql(comment("POLICY", &target(p), p.comment.as_deref()));
    }
    s
}

fn drop_step(p: &Policy) -> Step {
    Step::new(format!("drop policy {}", target(p).replace(" ON ", " on ")))
        .sql(format!("DROP POLICY IF EXISTS {}", target(p)))
        .drops(key(p))
        .hazard(
            HazardCode::Authorization,
            format!("changes who may see or change rows of {}", p.id.table),
        )
}

fn steps(d: &Delta<Policy>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => out.push(create_step(to)),
        Delta::Drop { from } => out.push(drop_step(from)),
        Delta::Rename { from, to } => {
            let mut s = Step::new(format!(
                "rename policy {} to {}",
                target(from).replace(" ON ", " on "),
                quote_ident(&to.id.name)
            ))
            .sql(format!(
                "ALTER POLICY {} RENAME TO {}",
                target(from),
                quote_ident(&to.id.name)
            ))
            .drops(key(from))
            .creates(key(to))
            .keeping();
            if from.comment != to.comment {
                s = s.sql(comment("POLICY", &target(to), to.comment.as_deref()));
            }
            out.push(s);
        }
        Delta::Alter { from, to } => {
            let recreate = from.permissive != to.permissive
                || from.command != to.command
                || (from.using.is_some() && to.using.is_none())
                || (from.check.is_some() && to.check.is_none());
            if recreate {
                out.push(drop_step(from));
                out.push(create_step(to));
                return;
            }
            let mut clauses = Vec::new();
            if from.roles != to.roles {
                clauses.push(format!("TO {}", roles(to)));
            }
            if from.using != to.using
                && let Some(u) = &to.using
            {
                clauses.push(format!("USING ({u})"));
            }
            if from.check != to.check
                && let Some(c) = &to.check
            {
                clauses.push(format!("WITH CHECK ({c})"));
            }
            let mut s = Step::new(format!(
                "alter policy {}",
                target(to).replace(" ON ", " on ")
            ))
            .creates(key(to));
            if !clauses.is_empty() {
                s = s
                    .sql(format!("ALTER POLICY {} {}", target(to), clauses.join(" ")))
                    .hazard(
                        HazardCode::Authorization,
                        format!("changes who may see or change rows of {}", to.id.table),
                    );
            }
            if from.comment != to.comment {
                s = s.sql(comment("POLICY", &target(to), to.comment.as_deref()));
            }
            out.push(s);
        }
    }
}
