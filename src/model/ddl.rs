//! Objects known by the DDL that creates them.
//!
//! Many kinds have no state but their definition and few attributes worth
//! altering one by one: aggregates, operators, casts, text search objects,
//! rules, statistics, foreign-data wrappers... For each, one catalog query
//! fragment (`source/catalog/queries/kinds/<kind>.sql`) spells the object as
//! the statements that create it exactly, built from the catalog with
//! PostgreSQL's own renderings. Two such objects are the same when those
//! statements are; a difference in anything but the comment, the
//! privileges, the options or the settings (parts PostgreSQL alters in
//! place, see [`DdlObject::settings`]) rebuilds the object (drop and create
//! in one transaction), and the planner recreates what depends on it.
//!
//! Adding a kind of this family is a fragment and a variant here.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Acl, ObjKey};

/// The kinds compared by their DDL, in the order their changes are
/// emitted (ties of the plan's ordering): what others are built with
/// first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DdlKind {
    #[serde(rename = "access method")]
    AccessMethod,
    #[serde(rename = "language")]
    Language,
    #[serde(rename = "base type")]
    BaseType,
    #[serde(rename = "transform")]
    Transform,
    #[serde(rename = "foreign-data wrapper")]
    ForeignDataWrapper,
    #[serde(rename = "server")]
    Server,
    #[serde(rename = "user mapping")]
    UserMapping,
    #[serde(rename = "text search parser")]
    TextSearchParser,
    #[serde(rename = "text search template")]
    TextSearchTemplate,
    #[serde(rename = "text search dictionary")]
    TextSearchDictionary,
    #[serde(rename = "text search configuration")]
    TextSearchConfiguration,
    #[serde(rename = "conversion")]
    Conversion,
    #[serde(rename = "operator")]
    Operator,
    #[serde(rename = "operator family")]
    OperatorFamily,
    #[serde(rename = "operator class")]
    OperatorClass,
    #[serde(rename = "aggregate")]
    Aggregate,
    #[serde(rename = "cast")]
    Cast,
    #[serde(rename = "statistics")]
    Statistics,
    #[serde(rename = "rule")]
    Rule,
    #[serde(rename = "publication")]
    Publication,
}

impl DdlKind {
    pub const ALL: [DdlKind; 20] = [
        DdlKind::AccessMethod,
        DdlKind::Language,
        DdlKind::BaseType,
        DdlKind::Transform,
        DdlKind::ForeignDataWrapper,
        DdlKind::Server,
        DdlKind::UserMapping,
        DdlKind::TextSearchParser,
        DdlKind::TextSearchTemplate,
        DdlKind::TextSearchDictionary,
        DdlKind::TextSearchConfiguration,
        DdlKind::Conversion,
        DdlKind::Operator,
        DdlKind::OperatorFamily,
        DdlKind::OperatorClass,
        DdlKind::Aggregate,
        DdlKind::Cast,
        DdlKind::Statistics,
        DdlKind::Rule,
        DdlKind::Publication,
    ];

    /// The kind as the catalog query and reports spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            DdlKind::AccessMethod => "access method",
            DdlKind::Language => "language",
            DdlKind::BaseType => "base type",
            DdlKind::Transform => "transform",
            DdlKind::ForeignDataWrapper => "foreign-data wrapper",
            DdlKind::Server => "server",
            DdlKind::UserMapping => "user mapping",
            DdlKind::TextSearchParser => "text search parser",
            DdlKind::TextSearchTemplate => "text search template",
            DdlKind::TextSearchDictionary => "text search dictionary",
            DdlKind::TextSearchConfiguration => "text search configuration",
            DdlKind::Conversion => "conversion",
            DdlKind::Operator => "operator",
            DdlKind::OperatorFamily => "operator family",
            DdlKind::OperatorClass => "operator class",
            DdlKind::Aggregate => "aggregate",
            DdlKind::Cast => "cast",
            DdlKind::Statistics => "statistics",
            DdlKind::Rule => "rule",
            DdlKind::Publication => "publication",
        }
    }

    /// The kind's keyword in `DROP` and `COMMENT ON`.
    pub fn keyword(self) -> &'static str {
        match self {
            DdlKind::AccessMethod => "ACCESS METHOD",
            DdlKind::Language => "LANGUAGE",
            DdlKind::BaseType => "TYPE",
            DdlKind::Transform => "TRANSFORM",
            DdlKind::ForeignDataWrapper => "FOREIGN DATA WRAPPER",
            DdlKind::Server => "SERVER",
            DdlKind::UserMapping => "USER MAPPING",
            DdlKind::TextSearchParser => "TEXT SEARCH PARSER",
            DdlKind::TextSearchTemplate => "TEXT SEARCH TEMPLATE",
            DdlKind::TextSearchDictionary => "TEXT SEARCH DICTIONARY",
            DdlKind::TextSearchConfiguration => "TEXT SEARCH CONFIGURATION",
            DdlKind::Conversion => "CONVERSION",
            DdlKind::Operator => "OPERATOR",
            DdlKind::OperatorFamily => "OPERATOR FAMILY",
            DdlKind::OperatorClass => "OPERATOR CLASS",
            DdlKind::Aggregate => "AGGREGATE",
            DdlKind::Cast => "CAST",
            DdlKind::Statistics => "STATISTICS",
            DdlKind::Rule => "RULE",
            DdlKind::Publication => "PUBLICATION",
        }
    }

    pub fn parse(s: &str) -> Option<DdlKind> {
        DdlKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether objects of the kind can have a comment (a user mapping
    /// cannot).
    pub fn takes_comment(self) -> bool {
        self != DdlKind::UserMapping
    }
}

impl fmt::Display for DdlKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Identity of a DDL object: its kind and PostgreSQL's identity for it
/// (`public.median(integer)`, `(public.pt AS text)`, `r on public.t`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DdlId {
    pub kind: DdlKind,
    pub name: String,
}

/// One object of a kind compared by its DDL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DdlObject {
    pub kind: DdlKind,
    /// The identity, unique within the kind.
    pub name: String,
    /// The schema it lives in, for schema filters; `None` for global
    /// kinds (casts, access methods, foreign-data wrappers...).
    pub schema: Option<String>,
    /// The object as `DROP`, `COMMENT ON` and `GRANT` name it after the
    /// kind's keyword (`public.median(integer)`, `r ON public.t`).
    pub signature: String,
    /// The statements that create it as it is, in order.
    pub create: Vec<String>,
    pub comment: Option<String>,
    /// Privileges, for kinds that have them (aggregates, as functions).
    pub acl: Acl,
    /// Options (`name`, `value`) in their order, for kinds that take
    /// `OPTIONS (...)` (foreign-data wrappers, servers, user mappings):
    /// not part of `create`, so that they are altered in place.
    pub options: Option<Vec<(String, String)>>,
    /// The owning role, as SQL; `None` for kinds without one, or when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Parts altered one at a time in place, not part of `create`: name
    /// (`WHAT` or `WHAT SUBJECT`) → value as SQL. A text search
    /// configuration's `mapping ALIAS` (its dictionaries), a statistics
    /// object's `statistics` target, a server's `version`, a publication's
    /// `table NAME` (column list and row filter), `schema NAME`, `publish`
    /// and `publish_via_partition_root`. `plan::ddl` writes each.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub settings: BTreeMap<String, String>,
}

impl DdlObject {
    pub fn id(&self) -> DdlId {
        DdlId {
            kind: self.kind,
            name: self.name.clone(),
        }
    }

    pub fn key(&self) -> ObjKey {
        ObjKey::Ddl {
            kind: self.kind,
            name: self.name.clone(),
        }
    }

    /// The object as `DROP` and `COMMENT ON` name it.
    pub fn target(&self) -> String {
        format!("{} {}", self.kind.keyword(), self.signature)
    }

    /// The statement that drops it. A base type takes its input and output
    /// functions with it (they depend on it as it depends on them).
    pub fn drop_sql(&self) -> String {
        match self.kind {
            DdlKind::BaseType => format!("DROP {} CASCADE", self.target()),
            _ => format!("DROP {}", self.target()),
        }
    }

    /// The object as `GRANT ... ON` names it, for kinds with privileges
    /// (an aggregate's are a function's).
    pub fn grant_target(&self) -> Option<String> {
        let keyword = match self.kind {
            DdlKind::Aggregate => "FUNCTION",
            DdlKind::Language => "LANGUAGE",
            DdlKind::BaseType => "TYPE",
            DdlKind::ForeignDataWrapper => "FOREIGN DATA WRAPPER",
            DdlKind::Server => "FOREIGN SERVER",
            _ => return None,
        };
        Some(format!("{keyword} {}", self.signature))
    }
}
