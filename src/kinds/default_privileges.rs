//! Default privileges (`ALTER DEFAULT PRIVILEGES`): the privileges that
//! objects of one kind get when a role creates them, in one schema or in
//! any. They are privileges and nothing else, so they are managed exactly
//! when privileges are ([`Kind::ONLY_PRIVILEGES`]). A set is changed in
//! place by `GRANT` and `REVOKE` from what it holds (a missing set being
//! the built-in defaults), and the plan keeps the sets in the files' order
//! ([`keep_order`]): the catalog lists them in the order they were last
//! touched.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Kind;
use crate::model::delta::Delta;
use crate::model::{Database, Grant, ObjKey, quote_ident};
use crate::step::privileges::{Kind as Privileges, Spelling, defaults};
use crate::step::{HazardCode, Models, Step};

/// The kinds of objects default privileges apply to
/// (`pg_default_acl.defaclobjtype`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DefaultObjects {
    #[serde(rename = "r")]
    Tables,
    #[serde(rename = "S")]
    Sequences,
    #[serde(rename = "f")]
    Functions,
    #[serde(rename = "T")]
    Types,
    #[serde(rename = "n")]
    Schemas,
    /// From PostgreSQL 18.
    #[serde(rename = "L")]
    LargeObjects,
}

impl DefaultObjects {
    /// As `ALTER DEFAULT PRIVILEGES ... ON` writes it.
    pub fn keyword(self) -> &'static str {
        match self {
            DefaultObjects::Tables => "TABLES",
            DefaultObjects::Sequences => "SEQUENCES",
            DefaultObjects::Functions => "FUNCTIONS",
            DefaultObjects::Types => "TYPES",
            DefaultObjects::Schemas => "SCHEMAS",
            DefaultObjects::LargeObjects => "LARGE OBJECTS",
        }
    }
}

/// Identity of one set of default privileges.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DefaultPrivilegesId {
    /// The creating role, as SQL.
    pub role: String,
    /// `None`: objects created in any schema.
    pub schema: Option<String>,
    pub objects: DefaultObjects,
}

impl fmt::Display for DefaultPrivilegesId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "for role {}", self.role)?;
        if let Some(s) = &self.schema {
            write!(f, " in schema {}", quote_ident(s))?;
        }
        write!(f, " on {}", self.objects.keyword().to_lowercase())
    }
}

/// A row of `pg_default_acl`. Without a schema the list replaces the
/// kind's built-in defaults (the owner holds everything, PUBLIC may execute
/// functions and use types); with one it adds to them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DefaultPrivileges {
    pub role: String,
    pub schema: Option<String>,
    pub objects: DefaultObjects,
    /// `@owner` is the creating role.
    pub acl: Vec<Grant>,
    /// Where the row sits in `pg_default_acl` (1 is first): each
    /// `ALTER DEFAULT PRIVILEGES` moves its row to the end, so a fresh
    /// build lists them in the order the files last touched them, and the
    /// plan leaves them in that order ([`keep_order`]).
    /// Not compared, not serialized.
    #[serde(default, skip_serializing)]
    pub position: u32,
}

impl PartialEq for DefaultPrivileges {
    fn eq(&self, other: &Self) -> bool {
        (&self.role, &self.schema, self.objects, &self.acl)
            == (&other.role, &other.schema, other.objects, &other.acl)
    }
}

impl Eq for DefaultPrivileges {}

impl DefaultPrivileges {
    pub fn id(&self) -> DefaultPrivilegesId {
        DefaultPrivilegesId {
            role: self.role.clone(),
            schema: self.schema.clone(),
            objects: self.objects,
        }
    }
}

/// The kind.
pub struct DefaultPrivilegeSets;

impl Kind for DefaultPrivilegeSets {
    type Object = DefaultPrivileges;
    type Id = DefaultPrivilegesId;
    type Change = Delta<DefaultPrivileges>;
    const NAME: &'static str = "default privileges";
    const FILE: &'static str = "privileges";
    const ONLY_PRIVILEGES: bool = true;

    fn id(p: &DefaultPrivileges) -> DefaultPrivilegesId {
        p.id()
    }

    fn key(id: &DefaultPrivilegesId) -> ObjKey {
        ObjKey::DefaultPrivileges { id: id.clone() }
    }

    fn id_of(key: &ObjKey) -> Option<DefaultPrivilegesId> {
        match key {
            ObjKey::DefaultPrivileges { id } => Some(id.clone()),
            _ => None,
        }
    }

    /// The schema the set is for; `None` for a set for any schema, which
    /// no schema filter leaves out.
    fn schema(p: &DefaultPrivileges) -> Option<&str> {
        p.schema.as_deref()
    }

    /// `inspect --split` writes every set to the global `privileges.sql`.
    fn file(_: &DefaultPrivileges) -> (Option<&str>, String) {
        (None, Self::FILE.to_string())
    }

    fn steps(models: &Models, delta: &Delta<DefaultPrivileges>, out: &mut Vec<Step>) {
        steps(models, delta, out)
    }
}

/// `ALTER DEFAULT PRIVILEGES` turning one role's defaults into the desired
/// ones. A missing row is the built-in defaults (any schema) or nothing
/// (one schema); PostgreSQL removes a row that comes back to that.
fn steps(ctx: &Models, d: &Delta<DefaultPrivileges>, out: &mut Vec<Step>) {
    let Some(p) = d.to().or(d.from()) else { return };
    let id = p.id();
    let baseline = match (&id.schema, id.objects) {
        (Some(_), _) => Vec::new(),
        (None, DefaultObjects::Tables) => defaults(Privileges::Table(ctx.current.version)),
        (None, DefaultObjects::Sequences) => defaults(Privileges::Sequence),
        (None, DefaultObjects::Functions) => defaults(Privileges::Function),
        (None, DefaultObjects::Types) => defaults(Privileges::Type),
        (None, DefaultObjects::Schemas) => defaults(Privileges::Schema),
        (None, DefaultObjects::LargeObjects) => defaults(Privileges::LargeObject),
    };
    let from = d.from().map_or(&baseline, |p| &p.acl);
    let to = d.to().map_or(&baseline, |p| &p.acl);
    let prefix = default_prefix(&id);
    let statements = Spelling {
        prefix: &prefix,
        on: id.objects.keyword(),
        columns: "",
        owner: &id.role,
    }
    .statements(from, to);
    if statements.is_empty() {
        return;
    }
    let key = ObjKey::DefaultPrivileges { id: id.clone() };
    let mut step = Step::new(format!("change default privileges {id}"));
    step = if d.to().is_some() {
        step.creates(key)
    } else {
        step.drops(key)
    };
    for s in statements {
        step = step.sql(s);
    }
    out.push(step.hazard(
        HazardCode::Authorization,
        format!("changes the privileges of objects created later ({id})"),
    ));
}

/// `ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s] `.
fn default_prefix(id: &DefaultPrivilegesId) -> String {
    match &id.schema {
        Some(s) => format!(
            "ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} ",
            id.role,
            quote_ident(s)
        ),
        None => format!("ALTER DEFAULT PRIVILEGES FOR ROLE {} ", id.role),
    }
}

/// The last step of a plan whose default privileges would otherwise end
/// up in another order than a fresh build of the files has them (each
/// `ALTER DEFAULT PRIVILEGES` moves its `pg_default_acl` row last; the
/// catalog lists them in that order): every desired set touched again, in
/// the files' order, by a statement that changes nothing (a grant it
/// already holds). `None` when the steps leave the files' order.
pub fn keep_order(current: &Database, desired: &Database, steps: &[Step]) -> Option<Step> {
    let ordered = |db: &Database| -> Vec<DefaultPrivilegesId> {
        let mut all: Vec<&DefaultPrivileges> = db.kinds.default_privileges.values().collect();
        all.sort_by_key(|p| p.position);
        all.into_iter().map(DefaultPrivileges::id).collect()
    };
    let wanted = ordered(desired);
    if wanted.len() < 2 {
        return None;
    }
    let mut touched: Vec<&DefaultPrivilegesId> = Vec::new();
    for step in steps {
        for key in step.creates.iter().chain(&step.drops) {
            if let ObjKey::DefaultPrivileges { id } = key {
                touched.retain(|t| *t != id);
                touched.push(id);
            }
        }
    }
    // Rows no step touches stay where they are; touched ones go last.
    let untouched: Vec<DefaultPrivilegesId> = ordered(current)
        .into_iter()
        .filter(|id| desired.kinds.default_privileges.contains_key(id) && !touched.contains(&id))
        .collect();
    let left = untouched.iter().chain(
        touched
            .iter()
            .copied()
            .filter(|id| desired.kinds.default_privileges.contains_key(*id)),
    );
    if left.eq(wanted.iter()) {
        return None;
    }
    let mut step = Step::new("keep the default privileges in the files' order");
    for id in &wanted {
        let p = &desired.kinds.default_privileges[id];
        let on = p.objects.keyword();
        let prefix = default_prefix(id);
        step = step.sql(match p.acl.first() {
            Some(g) => {
                let grantee = if g.grantee == "@owner" {
                    &p.role
                } else {
                    &g.grantee
                };
                format!("{prefix}GRANT {} ON {on} TO {grantee}", g.privilege)
            }
            // Only a set for any schema can be empty (it takes every
            // privilege from the creating role itself).
            None => format!("{prefix}REVOKE ALL ON {on} FROM {}", p.role),
        });
    }
    Some(step)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::Slot;

    fn set(schema: Option<&str>, acl: &[(&str, &str)]) -> DefaultPrivileges {
        DefaultPrivileges {
            role: "app".into(),
            schema: schema.map(str::to_string),
            objects: DefaultObjects::Tables,
            acl: acl
                .iter()
                .map(|(grantee, privilege)| Grant {
                    grantee: grantee.to_string(),
                    privilege: privilege.to_string(),
                    grantable: false,
                })
                .collect(),
            position: 0,
        }
    }

    #[test]
    fn a_set_is_changed_from_what_it_holds_and_leaves_with_privileges() {
        let mut desired = Database::default();
        let reader = set(Some("s"), &[("reader", "SELECT")]);
        desired
            .kinds
            .default_privileges
            .insert(reader.id(), reader.clone());
        let current = Database::default();
        let changes = crate::kinds::diff(&current, &desired, Slot::DefaultPrivileges);
        assert_eq!(
            changes[0].subject(),
            "default privileges for role app in schema s on tables"
        );
        let mut out = Vec::new();
        steps(
            &Models {
                current: &current,
                desired: &desired,
            },
            &Delta::Create { to: reader },
            &mut out,
        );
        assert_eq!(
            out[0].sql,
            ["ALTER DEFAULT PRIVILEGES FOR ROLE app IN SCHEMA s GRANT SELECT ON TABLES TO reader"]
        );
        assert_eq!(out[0].hazards[0].code, HazardCode::Authorization);
        // A schema filter keeps a set for any schema; a set is nothing but
        // privileges, so it leaves when they are not managed.
        let any = set(None, &[("@owner", "SELECT")]);
        desired.kinds.default_privileges.insert(any.id(), any);
        desired.kinds.retain_schemas(&|s| s != "s");
        assert_eq!(desired.kinds.default_privileges.len(), 1);
        desired.kinds.forget_privileges();
        assert!(desired.kinds.default_privileges.is_empty());
    }
}
