//! Objects known by the DDL that creates them: one kind in the registry
//! covering a family of PostgreSQL's kinds ([`DdlKind`]), each named by
//! its own noun (`aggregate public.median(integer)`).
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
//! Adding a kind of this family is a fragment and a variant here. The
//! steps (create, drop, alter settings and options in place, rebuild) are
//! in `steps.rs`.

mod steps;

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::Kind;
use crate::model::delta::Delta;
use crate::model::{Acl, Database, ObjKey, PgVersion};
use crate::step::privileges::Kind as Privileges;
use crate::step::{Models, Step};

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

    /// The file stem `inspect --split` writes the kind's objects to: its
    /// name in the plural, in snake case (`operator_classes`).
    pub fn file_stem(self) -> String {
        let singular = self.as_str().replace([' ', '-'], "_");
        if let Some(stem) = singular.strip_suffix('y') {
            format!("{stem}ies")
        } else if singular.ends_with("ss") {
            format!("{singular}es")
        } else if singular.ends_with('s') {
            singular
        } else {
            format!("{singular}s")
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

/// The identity alone, as messages show it after the kind's noun
/// ([`DdlKind`]'s, by [`Kind::noun`]).
impl fmt::Display for DdlId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
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
    /// `table NAME` (column list and row filter), `schema NAME`, `publish`,
    /// `publish_via_partition_root` and (18) `publish_generated_columns`.
    /// `plan::ddl` writes each.
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
        DdlObjects::key(&self.id())
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

/// The kind.
pub struct DdlObjects;

impl Kind for DdlObjects {
    type Object = DdlObject;
    type Id = DdlId;
    type Change = Delta<DdlObject>;
    /// Never shown: each object is named by its own kind's noun.
    const NAME: &'static str = "object";
    const FILE: &'static str = "other";

    fn noun(o: &DdlObject) -> &'static str {
        o.kind.as_str()
    }

    fn id(o: &DdlObject) -> DdlId {
        o.id()
    }

    fn key(id: &DdlId) -> ObjKey {
        ObjKey::Ddl {
            kind: id.kind,
            name: id.name.clone(),
        }
    }

    fn id_of(key: &ObjKey) -> Option<DdlId> {
        match key {
            ObjKey::Ddl { kind, name } => Some(DdlId {
                kind: *kind,
                name: name.clone(),
            }),
            _ => None,
        }
    }

    /// A `ddl:KIND` row (`ddl_objects.sql`'s kind), when the model holds
    /// the object.
    fn catalog_key(db: &Database, row: &super::ObjectRow) -> Option<ObjKey> {
        let kind = DdlKind::parse(row.word.strip_prefix("ddl:")?)?;
        let id = DdlId {
            kind,
            name: row.name(),
        };
        db.kinds.ddl_objects.contains_key(&id).then(|| ObjKey::Ddl {
            kind,
            name: row.name(),
        })
    }

    /// `None` for the global kinds (casts, access methods, foreign-data
    /// wrappers...), which no schema filter leaves out.
    fn schema(o: &DdlObject) -> Option<&str> {
        o.schema.as_deref()
    }

    /// A file per kind of the family (`app/operator_classes.sql`,
    /// `casts.sql`).
    fn file(o: &DdlObject) -> (Option<&str>, String) {
        (o.schema.as_deref(), o.kind.file_stem())
    }

    /// Without the object, its kind's file at the top.
    fn file_of_id(id: &DdlId) -> Option<(Option<String>, String)> {
        Some((None, id.kind.file_stem()))
    }

    fn owner(o: &DdlObject) -> Option<(String, &str)> {
        Some((o.target(), o.owner.as_deref()?))
    }

    fn forget_owner(o: &mut DdlObject) {
        o.owner = None;
    }

    fn privileges(_: PgVersion, o: &DdlObject) -> Option<(Privileges, String, &Acl)> {
        Some((steps::privilege_kind(o.kind), o.grant_target()?, &o.acl))
    }

    fn forget_privileges(o: &mut DdlObject) {
        o.acl = None;
    }

    fn steps(models: &Models, delta: &Delta<DdlObject>, out: &mut Vec<Step>) {
        steps::steps(models, delta, out)
    }

    /// A table or schema dropped for good leaves its publications by
    /// itself (their other changes are altered in place).
    fn released_by_drop(id: &DdlId, _: &ObjKey, dropped: &ObjKey) -> bool {
        id.kind == DdlKind::Publication
            && matches!(dropped, ObjKey::Table { .. } | ObjKey::Schema { .. })
    }

    fn recreate(models: &Models, id: &DdlId, _: &ObjKey) -> Option<Vec<Step>> {
        Some(vec![
            steps::drop_step(models.current.kinds.ddl_objects.get(id)?),
            steps::create_step(models.desired.kinds.ddl_objects.get(id)?),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::{KindChange, Slot};
    use crate::model::Database;

    fn object(kind: DdlKind, signature: &str, schema: Option<&str>) -> DdlObject {
        DdlObject {
            kind,
            name: signature.into(),
            schema: schema.map(str::to_string),
            signature: signature.into(),
            create: vec![format!("CREATE {} {signature} (...)", kind.keyword())],
            comment: None,
            acl: Some(vec![]),
            options: None,
            owner: Some("app".into()),
            settings: BTreeMap::new(),
        }
    }

    #[test]
    fn each_object_is_named_by_its_own_kind() {
        let median = object(DdlKind::Aggregate, "app.median(integer)", Some("app"));
        let cast = object(DdlKind::Cast, "(app.t AS text)", None);
        let mut desired = Database::default();
        for o in [&median, &cast] {
            desired.kinds.ddl_objects.insert(o.id(), o.clone());
        }
        let changes = crate::kinds::diff(&Database::default(), &desired, Slot::Ddl);
        let subjects: Vec<String> = changes.iter().map(KindChange::subject).collect();
        assert_eq!(
            subjects,
            ["aggregate app.median(integer)", "cast (app.t AS text)"]
        );
        assert_eq!(
            DdlObjects::file(&median),
            (Some("app"), "aggregates".to_string())
        );
        assert_eq!(DdlObjects::file(&cast), (None, "casts".to_string()));
        assert_eq!(
            DdlObjects::owner(&median),
            Some(("AGGREGATE app.median(integer)".into(), "app"))
        );
        // An aggregate's privileges are a function's; a cast has none.
        let v = PgVersion::default();
        let (_, on, _) = DdlObjects::privileges(v, &median).unwrap();
        assert_eq!(on, "FUNCTION app.median(integer)");
        assert!(DdlObjects::privileges(v, &cast).is_none());
        // A global kind stays under any schema filter.
        desired.kinds.retain_schemas(&|_| false);
        assert_eq!(desired.kinds.ddl_objects.len(), 1);
    }

    #[test]
    fn plural_file_stems() {
        let stems: Vec<String> = [
            DdlKind::OperatorClass,
            DdlKind::OperatorFamily,
            DdlKind::Statistics,
            DdlKind::ForeignDataWrapper,
            DdlKind::AccessMethod,
        ]
        .into_iter()
        .map(DdlKind::file_stem)
        .collect();
        assert_eq!(
            stems,
            [
                "operator_classes",
                "operator_families",
                "statistics",
                "foreign_data_wrappers",
                "access_methods"
            ]
        );
    }
}
