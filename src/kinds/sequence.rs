//! Sequences (`CREATE SEQUENCE`): their options, `OWNED BY` link,
//! comment, privileges and owner. An option change is an `ALTER SEQUENCE`
//! (with a `RESTART` when new bounds leave the last value outside, which
//! is destructive when it may reuse values); the `OWNED BY` link is a
//! part of its own (`ObjKey::SequenceOwner`), ordered after the column it
//! names. A sequence owned by a column takes its owner from the table, so
//! only the others get an owner step. An identity's sequence is its
//! column's (`kinds/table/`), not one of these.

use serde::{Deserialize, Serialize};

use super::Kind;
use crate::model::delta::Delta;
use crate::model::{Acl, Database, ObjKey, PgVersion, QualName, SequenceOptions, SharedName};
use crate::step::privileges::{self, Kind as Privileges};
use crate::step::sql::{self, comment, sequence_option_changes, sequence_options};
use crate::step::{Models, Step};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sequence {
    pub name: QualName,
    pub options: SequenceOptions,
    /// `OWNED BY table.column`.
    pub owned_by: Option<(QualName, String)>,
    pub comment: Option<String>,
    pub acl: Acl,
    /// The owning role, as SQL; `None` when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// `UNLOGGED` (15 and later; a table's owned sequences follow its
    /// `SET LOGGED` and `SET UNLOGGED`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unlogged: bool,
}

/// One sequence as the catalog reader's `sequences` document spells it,
/// with its last value when it has been used (live data the planner
/// reads, kept beside the model: see [`Row::last_value`]).
#[derive(Deserialize)]
pub struct Row {
    schema: String,
    name: String,
    #[serde(flatten)]
    options: SequenceOptions,
    owned_by: Option<(String, String, String)>,
    last_value: Option<i64>,
    comment: Option<String>,
    acl: Vec<crate::model::Grant>,
    owner: Option<String>,
    #[serde(default)]
    unlogged: bool,
}

impl Row {
    /// The last value `nextval` or `setval` gave, if any.
    pub fn last_value(&self) -> Option<i64> {
        self.last_value
    }
}

impl From<Row> for Sequence {
    fn from(s: Row) -> Sequence {
        Sequence {
            name: QualName::new(s.schema, s.name),
            options: s.options,
            owned_by: s.owned_by.map(|(ts, t, c)| (QualName::new(ts, t), c)),
            comment: s.comment,
            acl: Some(s.acl),
            owner: s.owner,
            unlogged: s.unlogged,
        }
    }
}

/// The kind.
pub struct Sequences;

impl Kind for Sequences {
    type Object = Sequence;
    type Id = QualName;
    type Change = Delta<Sequence>;
    const NAME: &'static str = "sequence";
    const FILE: &'static str = "sequences";

    fn id(s: &Sequence) -> QualName {
        s.name.clone()
    }

    fn key(id: &QualName) -> ObjKey {
        ObjKey::Sequence { name: id.clone() }
    }

    fn id_of(key: &ObjKey) -> Option<QualName> {
        match key {
            ObjKey::Sequence { name } | ObjKey::SequenceOwner { name } => Some(name.clone()),
            _ => None,
        }
    }

    /// A `sequence` row, whether or not the model holds it.
    fn catalog_key(_: &Database, row: &super::ObjectRow) -> Option<ObjKey> {
        (row.word == "sequence").then(|| ObjKey::Sequence {
            name: row.qualified(),
        })
    }

    /// `OWNED BY` (an automatic dependency on a column): the link, not
    /// the sequence, needs the column.
    fn dependent_key(key: ObjKey, deptype: &str, referenced: &ObjKey) -> ObjKey {
        match (key, referenced, deptype) {
            (ObjKey::Sequence { name }, ObjKey::Column { .. }, "a") => {
                ObjKey::SequenceOwner { name }
            }
            (key, _, _) => key,
        }
    }

    /// A sequence takes its name among relations (its `OWNED BY` link
    /// takes none).
    fn names_taken(_: &Database, id: &QualName, key: &ObjKey) -> Vec<SharedName> {
        match key {
            ObjKey::Sequence { .. } => vec![SharedName::Relation(id.clone())],
            _ => Vec::new(),
        }
    }

    /// The `OWNED BY` link exists only while the sequence has one.
    fn holds(s: &Sequence, key: &ObjKey) -> bool {
        !matches!(key, ObjKey::SequenceOwner { .. }) || s.owned_by.is_some()
    }

    fn schema(s: &Sequence) -> Option<&str> {
        Some(&s.name.schema)
    }

    fn part_edges(_: &crate::model::Database, s: &Sequence) -> Vec<(ObjKey, ObjKey)> {
        let Some((table, column)) = &s.owned_by else {
            return Vec::new();
        };
        let link = ObjKey::SequenceOwner {
            name: s.name.clone(),
        };
        vec![
            (
                link.clone(),
                ObjKey::Sequence {
                    name: s.name.clone(),
                },
            ),
            (
                link,
                ObjKey::Column {
                    table: table.clone(),
                    name: column.clone(),
                },
            ),
        ]
    }

    fn owner(s: &Sequence) -> Option<(String, &str)> {
        if s.owned_by.is_some() {
            return None;
        }
        Some((format!("SEQUENCE {}", s.name), s.owner.as_deref()?))
    }

    fn forget_owner(s: &mut Sequence) {
        s.owner = None;
    }

    fn privileges(_: PgVersion, s: &Sequence) -> Option<(Privileges, String, &Acl)> {
        Some((Privileges::Sequence, format!("SEQUENCE {}", s.name), &s.acl))
    }

    fn forget_privileges(s: &mut Sequence) {
        s.acl = None;
    }

    fn steps(models: &Models, delta: &Delta<Sequence>, out: &mut Vec<Step>) {
        steps(models, delta, out)
    }
}

/// `ALTER SEQUENCE ... OWNED BY`, to `s`'s column or none.
pub fn owner_sql(s: &Sequence) -> String {
    match &s.owned_by {
        Some((t, c)) => format!(
            "ALTER SEQUENCE {} OWNED BY {}",
            s.name,
            sql::column_target(t, c)
        ),
        None => format!("ALTER SEQUENCE {} OWNED BY NONE", s.name),
    }
}

/// `ALTER SEQUENCE ... SET LOGGED` or `SET UNLOGGED`, to `s`'s.
pub fn persistence_sql(s: &Sequence) -> String {
    format!(
        "ALTER SEQUENCE {} SET {}",
        s.name,
        if s.unlogged { "UNLOGGED" } else { "LOGGED" }
    )
}

fn steps(ctx: &Models, d: &Delta<Sequence>, out: &mut Vec<Step>) {
    let key = |s: &Sequence| ObjKey::Sequence {
        name: s.name.clone(),
    };
    let owner = |s: &Sequence| ObjKey::SequenceOwner {
        name: s.name.clone(),
    };
    match d {
        Delta::Create { to } => {
            let mut s = Step::new(format!("create sequence {}", to.name))
                .sql(format!(
                    "CREATE {}SEQUENCE IF NOT EXISTS {} {}",
                    if to.unlogged { "UNLOGGED " } else { "" },
                    to.name,
                    sequence_options(&to.options, true)
                ))
                .creates(key(to));
            if to.comment.is_some() {
                s = s.sql(comment(
                    "SEQUENCE",
                    &to.name.to_string(),
                    to.comment.as_deref(),
                ));
            }
            let on = format!("SEQUENCE {}", to.name);
            out.push(privileges::add(
                s,
                Privileges::Sequence,
                &on,
                None,
                None,
                &to.acl,
            ));
            if to.owned_by.is_some() {
                out.push(
                    Step::new(format!("set owner column of sequence {}", to.name))
                        .sql(owner_sql(to))
                        .creates(owner(to)),
                );
            }
        }
        Delta::Drop { from } => out.push(
            Step::new(format!("drop sequence {}", from.name))
                .sql(format!("DROP SEQUENCE IF EXISTS {}", from.name))
                // Not the OWNED BY link: dropping the owning column drops
                // the sequence too, so that order must stay possible.
                .drops(key(from))
                .destructive("drops the sequence and its current value"),
        ),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            let mut changes = sequence_option_changes(&from.options, &to.options, true);
            let restart = sql::restart_for_bounds(
                &from.options,
                &to.options,
                ctx.current.sequence_values.get(&key(to)).copied(),
            );
            if restart.is_some() {
                changes.push("RESTART".into());
            }
            // A sequence whose table's persistence changes follows it
            // there (the table's step sets it back where it must not).
            let follows_table = match (&from.owned_by, &to.owned_by) {
                (Some((a, _)), Some((b, _))) if a == b => ctx
                    .current
                    .kinds
                    .tables
                    .get(a)
                    .zip(ctx.desired.kinds.tables.get(b))
                    .is_some_and(|(t, u)| t.unlogged != u.unlogged && u.unlogged == to.unlogged),
                _ => false,
            };
            let persistence =
                (from.unlogged != to.unlogged && !follows_table).then(|| persistence_sql(to));
            if !changes.is_empty() || from.comment != to.comment || persistence.is_some() {
                let mut s = Step::new(format!("alter sequence {}", to.name)).creates(key(to));
                if let Some(sql::Restart::ReusesValues(why)) = &restart {
                    s = s.destructive(format!("{} {why}", to.name));
                }
                if !changes.is_empty() {
                    s = s.sql(format!("ALTER SEQUENCE {} {}", to.name, changes.join(" ")));
                }
                if let Some(sql) = persistence {
                    s = s.sql(sql);
                }
                if from.comment != to.comment {
                    s = s.sql(comment(
                        "SEQUENCE",
                        &to.name.to_string(),
                        to.comment.as_deref(),
                    ));
                }
                out.push(s);
            }
            if from.owned_by != to.owned_by {
                let mut s = Step::new(format!("change owner column of sequence {}", to.name))
                    .sql(owner_sql(to));
                if from.owned_by.is_some() {
                    s = s.drops(owner(from));
                }
                if to.owned_by.is_some() {
                    s = s.creates(owner(to));
                }
                out.push(s);
            }
        }
    }
}
