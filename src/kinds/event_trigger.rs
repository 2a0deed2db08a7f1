//! Event triggers (`CREATE EVENT TRIGGER`): objects of the whole
//! database, in no schema (a schema filter never leaves one out).
//!
//! An event trigger whose event, function or tags change is dropped and
//! created again; its enabled state and comment change in place. A drop,
//! or a change to disabled, goes before every other step of the plan
//! (`Step::before_all`), so the trigger cannot fire on the plan's own DDL
//! and refuse it. One whose function the plan replaces is recreated
//! around it.

use serde::{Deserialize, Serialize};

use super::{Kind, Name};
use crate::model::delta::Delta;
use crate::model::{Database, ObjKey, quote_ident, quote_literal};
use crate::step::sql::{comment, enable_word};
use crate::step::{Models, Step};

/// One event trigger; the catalog reader's `triggers` document spells it
/// so (its rows decode to this type directly).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventTrigger {
    pub name: String,
    pub event: String,
    /// The function, as SQL (`public.f`).
    pub function: String,
    pub tags: Vec<String>,
    /// `O` enabled, `D` disabled, `R` replica, `A` always
    /// (`pg_event_trigger.evtenabled`).
    pub enabled: String,
    pub comment: Option<String>,
    /// The owning role, as SQL; `None` when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// The kind.
pub struct EventTriggers;

impl Kind for EventTriggers {
    type Object = EventTrigger;
    type Id = Name;
    type Change = Delta<EventTrigger>;
    const NAME: &'static str = "event trigger";
    const FILE: &'static str = "event_triggers";

    fn id(e: &EventTrigger) -> Name {
        Name(e.name.clone())
    }

    fn key(id: &Name) -> ObjKey {
        ObjKey::EventTrigger { name: id.0.clone() }
    }

    fn id_of(key: &ObjKey) -> Option<Name> {
        match key {
            ObjKey::EventTrigger { name } => Some(Name(name.clone())),
            _ => None,
        }
    }

    /// A `event trigger` row, whether or not the model holds it.
    fn catalog_key(_: &Database, row: &super::ObjectRow) -> Option<ObjKey> {
        (row.word == "event trigger").then(|| ObjKey::EventTrigger { name: row.name() })
    }

    fn schema(_: &EventTrigger) -> Option<&str> {
        None
    }

    fn owner(e: &EventTrigger) -> Option<(String, &str)> {
        Some((
            format!("EVENT TRIGGER {}", quote_ident(&e.name)),
            e.owner.as_deref()?,
        ))
    }

    fn forget_owner(e: &mut EventTrigger) {
        e.owner = None;
    }

    fn steps(_: &Models, delta: &Delta<EventTrigger>, out: &mut Vec<Step>) {
        steps(delta, out)
    }

    fn recreate(models: &Models, id: &Name, _: &ObjKey) -> Option<Vec<Step>> {
        Some(vec![
            drop_step(models.current.kinds.event_triggers.get(id)?),
            create_step(models.desired.kinds.event_triggers.get(id)?),
        ])
    }
}

fn event_key(e: &EventTrigger) -> ObjKey {
    ObjKey::EventTrigger {
        name: e.name.clone(),
    }
}

fn event_enable_sql(e: &EventTrigger) -> String {
    let how = enable_word(&e.enabled);
    format!("ALTER EVENT TRIGGER {} {how}", quote_ident(&e.name))
}

fn create_step(e: &EventTrigger) -> Step {
    let when = if e.tags.is_empty() {
        String::new()
    } else {
        format!(
            " WHEN TAG IN ({})",
            e.tags
                .iter()
                .map(|t| quote_literal(t))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let mut s = Step::new(format!("create event trigger {}", quote_ident(&e.name)))
        .sql(format!(
            "CREATE EVENT TRIGGER {} ON {}{when} EXECUTE FUNCTION {}()",
            quote_ident(&e.name),
            quote_ident(&e.event),
            e.function
        ))
        .creates(event_key(e));
    if e.enabled != "O" {
        s = s.sql(event_enable_sql(e));
    }
    if e.comment.is_some() {
        s = s.sql(comment(
            "EVENT TRIGGER",
            &quote_ident(&e.name),
            e.comment.as_deref(),
        ));
    }
    s
}

fn drop_step(e: &EventTrigger) -> Step {
    Step::new(format!("drop event trigger {}", quote_ident(&e.name)))
        .sql(format!(
            "DROP EVENT TRIGGER IF EXISTS {}",
            quote_ident(&e.name)
        ))
        .drops(event_key(e))
        .before_all()
}

fn steps(d: &Delta<EventTrigger>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => out.push(create_step(to)),
        Delta::Drop { from } => out.push(drop_step(from)),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            if from.event != to.event || from.function != to.function || from.tags != to.tags {
                out.push(drop_step(from));
                out.push(create_step(to));
                return;
            }
            let mut s = Step::new(format!("alter event trigger {}", quote_ident(&to.name)))
                .creates(event_key(to));
            if from.enabled != to.enabled && to.enabled == "D" {
                // Before the plan's DDL, which it might otherwise refuse
                // (nothing is created: nothing needs to come first).
                out.push(
                    Step::new(format!("disable event trigger {}", quote_ident(&to.name)))
                        .sql(event_enable_sql(to))
                        .before_all(),
                );
            } else if from.enabled != to.enabled {
                s = s.sql(event_enable_sql(to));
            }
            if from.comment != to.comment {
                s = s.sql(comment(
                    "EVENT TRIGGER",
                    &quote_ident(&to.name),
                    to.comment.as_deref(),
                ));
            }
            out.push(s);
        }
    }
}
