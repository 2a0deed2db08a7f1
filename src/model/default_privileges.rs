//! Default privileges (`ALTER DEFAULT PRIVILEGES`): the privileges that
//! objects of one kind get when a role creates them, in one schema or in
//! any. They are privileges, so they are managed exactly when privileges
//! are (see `Database::forget_privileges`).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Grant;

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
            write!(f, " in schema {}", super::quote_ident(s))?;
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
    /// plan leaves them in that order (`plan::privileges::keep_order`).
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
