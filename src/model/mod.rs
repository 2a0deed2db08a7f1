//! The schema model: what driftless knows about one database.
//!
//! Both sides of a comparison end up here through the *same* code path: the
//! desired files are loaded into a temporary database and read back by the
//! catalog reader, exactly like the target. So every text field below holds
//! PostgreSQL's own canonical rendering (`format_type`, `pg_get_expr`,
//! `pg_get_constraintdef`, `pg_get_indexdef`), read with `search_path` set to
//! `pg_catalog` so that every user object is schema-qualified. Comparing two
//! models is then plain equality, and `int` vs `integer` can never differ.
//!
//! The model depends on nothing else in the crate, does no I/O and is
//! serde-serializable (the JSON output and snapshots use it).

pub mod delta;
pub mod ident;
pub mod rename;
pub mod scan;
pub mod version;

pub use crate::kinds::collation::Collation;
pub use crate::kinds::function::{Function, FunctionId};
pub use crate::kinds::index::{Index, IndexPart};
pub use crate::kinds::table::model::{
    Column, ColumnSettings, ColumnStorage, Constraint, ConstraintKind, ForeignKeyCopy,
    ForeignTable, Identity, IdentityKind, IndexUse, ReplicaIdentity, Table,
};
pub use crate::kinds::types::composite::{Attribute, CompositeType};
pub use crate::kinds::types::domain::Domain;
pub use crate::kinds::types::enums::EnumType;
pub use crate::kinds::types::range::RangeType;
pub use crate::kinds::view::{View, ViewKind};

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

pub use crate::kinds::ddl::{DdlId, DdlKind, DdlObject};
pub use crate::kinds::default_privileges::{
    DefaultObjects, DefaultPrivileges, DefaultPrivilegesId,
};
pub use ident::{quote_ident, quote_literal, reloption};
pub use version::PgVersion;

/// A schema-qualified name, e.g. `public.users`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct QualName {
    pub schema: String,
    pub name: String,
}

impl QualName {
    pub fn new(schema: impl Into<String>, name: impl Into<String>) -> Self {
        QualName {
            schema: schema.into(),
            name: name.into(),
        }
    }
}

/// Displays as SQL: both parts quoted where PostgreSQL would quote them.
impl fmt::Display for QualName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}.{}",
            quote_ident(&self.schema),
            quote_ident(&self.name)
        )
    }
}

/// Identity of any object the planner orders. Sub-objects (columns,
/// constraints) carry their table so that dependencies recorded by
/// `pg_depend` on a single column can be followed precisely.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "object", rename_all = "snake_case")]
pub enum ObjKey {
    Schema {
        name: String,
    },
    Extension {
        name: String,
    },
    Type {
        name: QualName,
    },
    Sequence {
        name: QualName,
    },
    /// The `OWNED BY` link of a sequence, ordered separately from the
    /// sequence itself: a column default needs the sequence, and the link
    /// needs the column.
    SequenceOwner {
        name: QualName,
    },
    Table {
        name: QualName,
    },
    Column {
        table: QualName,
        name: String,
    },
    Constraint {
        table: QualName,
        name: String,
    },
    /// A column's default (or generation) expression: what it calls must
    /// exist before it is set, and it must go before what it calls goes.
    Default {
        table: QualName,
        column: String,
    },
    Index {
        name: QualName,
    },
    /// A view or materialized view.
    View {
        name: QualName,
    },
    /// A function or procedure: overloads are distinct objects.
    Function {
        name: QualName,
        args: String,
    },
    Trigger {
        table: QualName,
        name: String,
    },
    EventTrigger {
        name: String,
    },
    Subscription {
        name: String,
    },
    Collation {
        name: QualName,
    },
    /// The `PARTITION OF` link of a table, attached and detached on its own.
    Partition {
        name: QualName,
    },
    Policy {
        table: QualName,
        name: String,
    },
    /// An object compared by its DDL (an aggregate, an operator, a
    /// rule...): see `kinds::ddl`.
    Ddl {
        kind: DdlKind,
        name: String,
    },
    /// The default privileges of a role's new objects of one kind.
    DefaultPrivileges {
        id: DefaultPrivilegesId,
    },
    /// What a table uses one of its indexes for (its replica identity,
    /// clustering), which PostgreSQL keeps on the index: set after the
    /// index exists, and again when the plan recreates it.
    IndexUse {
        table: QualName,
        what: IndexUse,
    },
    /// The index a materialized view is clustered on (`CLUSTER ON`): a
    /// part of the view with a key of its own, as a table's index uses,
    /// but never the same key as a table's of the same name.
    ViewCluster {
        view: QualName,
    },
    /// An object of a kind driftless does not manage yet (a view, a
    /// function...), kept so that dependencies through it are still known.
    Unmanaged {
        kind: String,
        name: String,
    },
}

impl fmt::Display for ObjKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ObjKey::Schema { name } => write!(f, "schema {}", quote_ident(name)),
            ObjKey::Extension { name } => write!(f, "extension {}", quote_ident(name)),
            ObjKey::Type { name } => write!(f, "type {name}"),
            ObjKey::Sequence { name } => write!(f, "sequence {name}"),
            ObjKey::SequenceOwner { name } => write!(f, "owner of sequence {name}"),
            ObjKey::Table { name } => write!(f, "table {name}"),
            ObjKey::Column { table, name } => write!(f, "column {table}.{}", quote_ident(name)),
            ObjKey::Constraint { table, name } => {
                write!(f, "constraint {} on {table}", quote_ident(name))
            }
            ObjKey::Default { table, column } => {
                write!(f, "default of {table}.{}", quote_ident(column))
            }
            ObjKey::Index { name } => write!(f, "index {name}"),
            ObjKey::View { name } => write!(f, "view {name}"),
            ObjKey::Function { name, args } => write!(f, "function {name}({args})"),
            ObjKey::Trigger { table, name } => {
                write!(f, "trigger {} on {table}", quote_ident(name))
            }
            ObjKey::EventTrigger { name } => write!(f, "event trigger {}", quote_ident(name)),
            ObjKey::Subscription { name } => write!(f, "subscription {}", quote_ident(name)),
            ObjKey::Collation { name } => write!(f, "collation {name}"),
            ObjKey::Partition { name } => write!(f, "partition link of {name}"),
            ObjKey::Policy { table, name } => {
                write!(f, "policy {} on {table}", quote_ident(name))
            }
            ObjKey::Ddl { kind, name } => write!(f, "{kind} {name}"),
            ObjKey::DefaultPrivileges { id } => write!(f, "default privileges {id}"),
            ObjKey::IndexUse { table, what } => write!(f, "{what} of {table}"),
            ObjKey::ViewCluster { view } => write!(f, "clustering of materialized view {view}"),
            ObjKey::Unmanaged { kind, name } => write!(f, "{kind} {name}"),
        }
    }
}

/// A name in one of the catalogs' namespaces that objects of several
/// kinds share: the relations of a schema share `pg_class` names (tables,
/// views, sequences, indexes, a key's index, a composite type's row
/// relation), and types share `pg_type` names with the row types of
/// tables and views. Dropping an object frees its names for another
/// (`plan::order`'s rule 3).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SharedName {
    /// A `pg_class` name.
    Relation(QualName),
    /// A `pg_type` name.
    Type(QualName),
}

/// How an object's key stands to a relation (a table or a view of any
/// kind): it is the relation, or a part of it (a column, a constraint, an
/// index, a trigger, a policy, a partition's link to its parent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnRelation {
    Is(QualName),
    PartOf(QualName),
}

impl OnRelation {
    /// The relation the key is a part of (not the relation itself).
    pub fn part_of(self) -> Option<QualName> {
        match self {
            OnRelation::PartOf(r) => Some(r),
            OnRelation::Is(_) => None,
        }
    }

    /// The relation, whether the key is it or a part of it.
    pub fn relation(self) -> QualName {
        match self {
            OnRelation::Is(r) | OnRelation::PartOf(r) => r,
        }
    }
}

/// One database's schema. Maps serialize as lists of their values (each
/// value carries its own name), so the model is plain JSON.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Database {
    /// Every kind's objects (`kinds/`), one map each (`tables`,
    /// `collations`): the model's JSON lists each under its own field.
    #[serde(flatten)]
    pub kinds: crate::kinds::KindObjects,
    /// `dependent -> referenced`, from `pg_depend` plus the implicit
    /// containment edges (a column needs its table, everything its schema).
    pub dependencies: BTreeSet<(ObjKey, ObjKey)>,
    /// Objects found but not managed: reported, never touched.
    pub unmanaged: BTreeSet<Unmanaged>,
    /// The last value of every sequence that has been used (`nextval` or
    /// `setval`): a `Sequence` key, or the `Column` key of an identity
    /// column. Live data, not schema: never compared nor serialized; the
    /// planner reads it to keep a sequence valid under new bounds.
    #[serde(skip)]
    pub sequence_values: BTreeMap<ObjKey, i64>,
    /// The sequence behind each identity column (by its `Column` key). Its
    /// name is PostgreSQL's choice, not part of the schema (never compared
    /// nor serialized): the planner reads it to know which name an identity
    /// that is dropped frees.
    #[serde(skip)]
    pub identity_sequences: BTreeMap<ObjKey, QualName>,
    /// The server the model was read from: the planner emits only what the
    /// target's major accepts. Not part of the schema (never serialized).
    #[serde(skip)]
    pub version: PgVersion,
    /// Schema files only: the `search_path` the files ended under, when
    /// their `SET search_path` left it other than the one they started
    /// under. Function bodies that name tables unqualified rely on it when
    /// the plan runs them (a materialized view filled, a default computed
    /// for existing rows), so the plan runs under it too. Never compared
    /// nor serialized.
    #[serde(skip)]
    pub files_search_path: Option<String>,
    /// The target session's `default_table_access_method` when not `heap`
    /// (a database's or role's setting): a table or materialized view the
    /// model holds without an access method is heap, so a plan that
    /// creates one sets it back to heap for its session. Never compared
    /// nor serialized.
    #[serde(skip)]
    pub default_table_access_method: Option<String>,
}

pub(crate) fn values<K, V: Serialize, S: serde::Serializer>(
    map: &BTreeMap<K, V>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(map.values())
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Unmanaged {
    pub kind: String,
    pub name: String,
}

impl fmt::Display for Unmanaged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.kind, self.name)
    }
}

/// One privilege held by one grantee, as `aclexplode` reports it. The
/// object's owner is `@owner`, whoever that is on either side, so that
/// ownership never shows up as a privilege difference.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "(String, String, bool)")]
pub struct Grant {
    /// A role as SQL, `PUBLIC`, or `@owner`.
    pub grantee: String,
    /// `SELECT`, `USAGE`, `EXECUTE`...
    pub privilege: String,
    pub grantable: bool,
}

impl From<(String, String, bool)> for Grant {
    fn from((grantee, privilege, grantable): (String, String, bool)) -> Grant {
        Grant {
            grantee,
            privilege,
            grantable,
        }
    }
}

/// Effective privileges (`None`: privileges are not managed in this run).
pub type Acl = Option<Vec<Grant>>;

/// Options shared by sequences and identity columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SequenceOptions {
    /// `smallint`, `integer` or `bigint`.
    pub data_type: String,
    pub start: i64,
    pub increment: i64,
    pub min: i64,
    pub max: i64,
    pub cache: i64,
    pub cycle: bool,
}

impl Database {
    /// The default partition of `parent`, if it has one.
    pub fn default_partition(&self, parent: &QualName) -> Option<&Table> {
        self.kinds.tables.values().find(|t| {
            t.partition_of
                .as_ref()
                .is_some_and(|(p, bound)| p == parent && bound == "DEFAULT")
        })
    }

    /// Keeps only the objects of schemas `keep` accepts (the part of the
    /// database a run manages: `--include-schema`, `--exclude-schema`).
    pub fn retain_schemas(&mut self, keep: impl Fn(&str) -> bool) {
        self.kinds.retain_schemas(&keep);
    }

    /// Forgets every privilege: used when privileges are not managed, so
    /// that neither side's grants show up as a difference.
    pub fn forget_privileges(&mut self) {
        self.kinds.forget_privileges();
    }

    /// Forgets every owner: used when owners are not managed (no `OWNER
    /// TO` in the files, no `--owners`), so that neither side's owners
    /// show up as a difference.
    pub fn forget_owners(&mut self) {
        self.kinds.forget_owners();
    }

    /// What a database created from `template0` already holds of this
    /// model (the `public` schema, `plpgsql`): the starting point against
    /// which `inspect` writes a schema out.
    pub fn baseline(&self) -> Database {
        let mut base = Database {
            version: self.version,
            ..Database::default()
        };
        if let Some(public) = self.kinds.schemas.get("public")
            && public.comment.as_deref() == Some("standard public schema")
        {
            base.kinds
                .schemas
                .insert(crate::kinds::Name("public".into()), public.clone());
        }
        let plpgsql = crate::kinds::Name("plpgsql".into());
        if let Some(x) = self.kinds.extensions.get(&plpgsql) {
            base.kinds.extensions.insert(plpgsql, x.clone());
        }
        base.add_implicit_dependencies();
        base
    }

    /// The relation key (table or view) of a name, if the model has it.
    pub fn relation_key(&self, name: &QualName) -> Option<ObjKey> {
        if self.kinds.tables.contains_key(name) {
            Some(ObjKey::Table { name: name.clone() })
        } else if self.kinds.views.contains_key(name) {
            Some(ObjKey::View { name: name.clone() })
        } else {
            None
        }
    }

    /// Every key the model holds, for dependency bookkeeping: each
    /// kind's objects and their parts (the registry's books); an
    /// unmanaged object is named, never held.
    pub fn contains(&self, key: &ObjKey) -> bool {
        self.kinds.contains(key).unwrap_or(false)
    }

    /// Objects `key` depends on.
    pub fn dependencies_of<'a>(&'a self, key: &'a ObjKey) -> impl Iterator<Item = &'a ObjKey> {
        self.dependencies
            .range(
                (
                    key.clone(),
                    ObjKey::Schema {
                        name: String::new(),
                    },
                )..,
            )
            .take_while(move |(d, _)| d == key)
            .map(|(_, r)| r)
    }

    /// Adds the containment edges `pg_depend` does not record: a sub-object
    /// needs its table, an index its table, a namespaced object its schema.
    /// Called by every source once the model is complete.
    pub fn add_implicit_dependencies(&mut self) {
        let edges = self.kinds.containment_edges(self);
        // The target of an edge may be a key the model does not hold (the
        // `public` schema of a filtered model, say); that is harmless.
        self.dependencies.extend(edges);
        self.dependencies.retain(|(a, b)| a != b);
    }

    /// `(dependent, referenced)` pairs whose referenced side is `key`.
    pub fn dependents_of<'a>(&'a self, key: &'a ObjKey) -> impl Iterator<Item = &'a ObjKey> {
        self.dependencies
            .iter()
            .filter(move |(_, r)| r == key)
            .map(|(d, _)| d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualname_display_quotes() {
        assert_eq!(QualName::new("public", "t").to_string(), "public.t");
        assert_eq!(
            QualName::new("My Schema", "user").to_string(),
            "\"My Schema\".\"user\""
        );
    }

    #[test]
    fn dependencies_of_returns_only_that_key() {
        let mut db = Database::default();
        let t = QualName::new("public", "t");
        db.kinds.tables.insert(t.clone(), Table::empty(t.clone()));
        db.add_implicit_dependencies();
        let key = ObjKey::Table { name: t };
        let deps: Vec<_> = db.dependencies_of(&key).collect();
        assert_eq!(
            deps,
            vec![&ObjKey::Schema {
                name: "public".into()
            }]
        );
    }
}
