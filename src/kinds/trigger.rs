//! Triggers on tables and views (`CREATE TRIGGER`), keyed by their
//! relation and name, compared on `pg_get_triggerdef` (the whole
//! statement) and their enabled state. A changed definition is dropped
//! and created again; the enabled state and comment change in place. A
//! trigger needs its relation (its container), and one on a relation the
//! model does not hold is unmanaged (the catalog reader says so).

use serde::{Deserialize, Serialize};

use super::Kind;
use crate::model::delta::Delta;
use crate::model::{Database, ObjKey, OnRelation, QualName, quote_ident};
use crate::step::sql::{comment, enable_word};
use crate::step::{Models, Step};

/// A trigger's identity: its table (or view) and its name.
pub type TriggerId = super::OnTable;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    pub id: TriggerId,
    /// `pg_get_triggerdef`: the complete `CREATE TRIGGER` statement.
    pub definition: String,
    /// `O` enabled, `D` disabled, `R` replica, `A` always.
    pub enabled: String,
    pub comment: Option<String>,
}

/// One trigger as the catalog reader's `triggers` document spells it.
#[derive(Deserialize)]
pub struct Row {
    schema: String,
    table: String,
    name: String,
    definition: String,
    enabled: String,
    comment: Option<String>,
}

impl From<Row> for Trigger {
    fn from(r: Row) -> Trigger {
        Trigger {
            id: TriggerId {
                table: QualName::new(r.schema, r.table),
                name: r.name,
            },
            definition: r.definition,
            enabled: r.enabled,
            comment: r.comment,
        }
    }
}

/// The kind.
pub struct Triggers;

impl Kind for Triggers {
    type Object = Trigger;
    type Id = TriggerId;
    type Change = Delta<Trigger>;
    const NAME: &'static str = "trigger";
    const FILE: &'static str = "triggers";

    fn id(t: &Trigger) -> TriggerId {
        t.id.clone()
    }

    fn key(id: &TriggerId) -> ObjKey {
        ObjKey::Trigger {
            table: id.table.clone(),
            name: id.name.clone(),
        }
    }

    fn id_of(key: &ObjKey) -> Option<TriggerId> {
        match key {
            ObjKey::Trigger { table, name } => Some(TriggerId {
                table: table.clone(),
                name: name.clone(),
            }),
            _ => None,
        }
    }

    /// A `trigger` row, when the model holds the trigger.
    fn catalog_key(db: &Database, row: &super::ObjectRow) -> Option<ObjKey> {
        row.held(db, "trigger", |r| ObjKey::Trigger {
            table: r.qualified(),
            name: r.sub(),
        })
    }

    /// A part of the table (or view) it is on.
    fn on_relation(_: &Database, id: &TriggerId, _: &ObjKey) -> Option<OnRelation> {
        Some(OnRelation::PartOf(id.table.clone()))
    }

    fn schema(t: &Trigger) -> Option<&str> {
        Some(&t.id.table.schema)
    }

    fn container(db: &Database, t: &Trigger) -> Option<ObjKey> {
        db.relation_key(&t.id.table)
    }

    fn steps(_: &Models, delta: &Delta<Trigger>, out: &mut Vec<Step>) {
        steps(delta, out)
    }

    fn recreate(models: &Models, id: &TriggerId, _: &ObjKey) -> Option<Vec<Step>> {
        Some(vec![
            drop_step(models.current.kinds.triggers.get(id)?),
            create_step(models.desired.kinds.triggers.get(id)?),
        ])
    }
}

fn trigger_key(t: &Trigger) -> ObjKey {
    ObjKey::Trigger {
        table: t.id.table.clone(),
        name: t.id.name.clone(),
    }
}

fn trigger_target(t: &Trigger) -> String {
    format!("{} ON {}", quote_ident(&t.id.name), t.id.table)
}

fn enable_sql(t: &Trigger) -> String {
    let how = enable_word(&t.enabled);
    format!(
        "ALTER TABLE {} {how} TRIGGER {}",
        t.id.table,
        quote_ident(&t.id.name)
    )
}

fn create_step(t: &Trigger) -> Step {
    let mut s = Step::new(format!(
        "create trigger {}",
        trigger_target(t).replace(" ON ", " on ")
    ))
    .sql(t.definition.clone())
    .creates(trigger_key(t));
    if t.enabled != "O" {
        s = s.sql(enable_sql(t));
    }
    if t.comment.is_some() {
        s = s.sql(comment("TRIGGER", &trigger_target(t), t.comment.as_deref()));
    }
    s
}

fn drop_step(t: &Trigger) -> Step {
    Step::new(format!(
        "drop trigger {}",
        trigger_target(t).replace(" ON ", " on ")
    ))
    .sql(format!("DROP TRIGGER IF EXISTS {}", trigger_target(t)))
    .drops(trigger_key(t))
}

fn steps(d: &Delta<Trigger>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => out.push(create_step(to)),
        Delta::Drop { from } => out.push(drop_step(from)),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            if from.definition != to.definition {
                out.push(drop_step(from));
                out.push(create_step(to));
                return;
            }
            let mut s = Step::new(format!(
                "alter trigger {}",
                trigger_target(to).replace(" ON ", " on ")
            ))
            .creates(trigger_key(to));
            if from.enabled != to.enabled {
                s = s.sql(enable_sql(to));
            }
            if from.comment != to.comment {
                s = s.sql(comment(
                    "TRIGGER",
                    &trigger_target(to),
                    to.comment.as_deref(),
                ));
            }
            out.push(s);
        }
    }
}
