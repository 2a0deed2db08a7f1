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

pub mod ident;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

pub use ident::{quote_ident, quote_literal};

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
    Index {
        name: QualName,
    },
    /// An object of a kind driftless does not manage yet (a view, a
    /// function...), kept so that dependencies through it are still known.
    Unmanaged {
        kind: String,
        name: String,
    },
}

impl ObjKey {
    /// The table a sub-object belongs to.
    pub fn table(&self) -> Option<&QualName> {
        match self {
            ObjKey::Table { name } => Some(name),
            ObjKey::Column { table, .. } | ObjKey::Constraint { table, .. } => Some(table),
            _ => None,
        }
    }
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
            ObjKey::Index { name } => write!(f, "index {name}"),
            ObjKey::Unmanaged { kind, name } => write!(f, "{kind} {name}"),
        }
    }
}

/// One database's schema.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Database {
    pub schemas: BTreeMap<String, Namespace>,
    pub extensions: BTreeMap<String, Extension>,
    pub enums: BTreeMap<QualName, EnumType>,
    pub sequences: BTreeMap<QualName, Sequence>,
    pub tables: BTreeMap<QualName, Table>,
    pub indexes: BTreeMap<QualName, Index>,
    /// `dependent -> referenced`, from `pg_depend` plus the implicit
    /// containment edges (a column needs its table, everything its schema).
    pub dependencies: BTreeSet<(ObjKey, ObjKey)>,
    /// Objects found but not managed: reported, never touched.
    pub unmanaged: BTreeSet<Unmanaged>,
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Namespace {
    pub name: String,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extension {
    pub name: String,
    pub schema: String,
    pub version: String,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnumType {
    pub name: QualName,
    pub labels: Vec<String>,
    pub comment: Option<String>,
}

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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sequence {
    pub name: QualName,
    pub options: SequenceOptions,
    /// `OWNED BY table.column`.
    pub owned_by: Option<(QualName, String)>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub name: QualName,
    pub unlogged: bool,
    /// Storage parameters as `key=value`, sorted.
    pub options: Vec<String>,
    pub comment: Option<String>,
    /// In `attnum` order.
    pub columns: Vec<Column>,
    pub constraints: BTreeMap<String, Constraint>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityKind {
    Always,
    ByDefault,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    pub kind: IdentityKind,
    pub options: SequenceOptions,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    /// `format_type` output, e.g. `character varying(20)`, `public.mood[]`.
    pub data_type: String,
    pub not_null: bool,
    /// `pg_get_expr` of the default; `None` for generated columns.
    pub default: Option<String>,
    pub identity: Option<Identity>,
    /// The expression of a `GENERATED ALWAYS AS (...) STORED` column.
    pub generated: Option<String>,
    /// A collation other than the type's default, as SQL (`pg_catalog."C"`).
    pub collation: Option<String>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConstraintKind {
    PrimaryKey,
    Unique,
    Check,
    ForeignKey,
    Exclusion,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Constraint {
    pub name: String,
    pub kind: ConstraintKind,
    /// `pg_get_constraintdef`, e.g. `FOREIGN KEY (a) REFERENCES public.t(id)`.
    pub definition: String,
    /// The table a foreign key references.
    pub references: Option<QualName>,
    pub comment: Option<String>,
}

impl Constraint {
    /// The definition without a trailing ` NOT VALID`, and whether it had one.
    pub fn validity(&self) -> (&str, bool) {
        match self.definition.strip_suffix(" NOT VALID") {
            Some(def) => (def, false),
            None => (&self.definition, true),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    pub name: QualName,
    pub table: QualName,
    pub unique: bool,
    /// `pg_get_indexdef` after the index name: `ON public.t USING btree (a)`.
    pub body: String,
    pub comment: Option<String>,
}

impl Database {
    /// Every key the model holds, for dependency bookkeeping.
    pub fn contains(&self, key: &ObjKey) -> bool {
        match key {
            ObjKey::Schema { name } => self.schemas.contains_key(name),
            ObjKey::Extension { name } => self.extensions.contains_key(name),
            ObjKey::Type { name } => self.enums.contains_key(name),
            ObjKey::Sequence { name } => self.sequences.contains_key(name),
            ObjKey::SequenceOwner { name } => self
                .sequences
                .get(name)
                .is_some_and(|s| s.owned_by.is_some()),
            ObjKey::Table { name } => self.tables.contains_key(name),
            ObjKey::Column { table, name } => self
                .tables
                .get(table)
                .is_some_and(|t| t.column(name).is_some()),
            ObjKey::Constraint { table, name } => self
                .tables
                .get(table)
                .is_some_and(|t| t.constraints.contains_key(name)),
            ObjKey::Index { name } => self.indexes.contains_key(name),
            ObjKey::Unmanaged { .. } => false,
        }
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
        let mut edges = Vec::new();
        let schema = |q: &QualName| ObjKey::Schema {
            name: q.schema.clone(),
        };
        for e in self.extensions.values() {
            edges.push((
                ObjKey::Extension {
                    name: e.name.clone(),
                },
                ObjKey::Schema {
                    name: e.schema.clone(),
                },
            ));
        }
        for q in self.enums.keys() {
            edges.push((ObjKey::Type { name: q.clone() }, schema(q)));
        }
        for (q, s) in &self.sequences {
            edges.push((ObjKey::Sequence { name: q.clone() }, schema(q)));
            if let Some((t, c)) = &s.owned_by {
                let owner = ObjKey::SequenceOwner { name: q.clone() };
                edges.push((owner.clone(), ObjKey::Sequence { name: q.clone() }));
                edges.push((
                    owner,
                    ObjKey::Column {
                        table: t.clone(),
                        name: c.clone(),
                    },
                ));
            }
        }
        for (q, t) in &self.tables {
            let table = ObjKey::Table { name: q.clone() };
            edges.push((table.clone(), schema(q)));
            for c in &t.columns {
                edges.push((
                    ObjKey::Column {
                        table: q.clone(),
                        name: c.name.clone(),
                    },
                    table.clone(),
                ));
            }
            for c in t.constraints.values() {
                edges.push((
                    ObjKey::Constraint {
                        table: q.clone(),
                        name: c.name.clone(),
                    },
                    table.clone(),
                ));
            }
        }
        for (q, i) in &self.indexes {
            edges.push((
                ObjKey::Index { name: q.clone() },
                ObjKey::Table {
                    name: i.table.clone(),
                },
            ));
        }
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
        db.tables.insert(
            t.clone(),
            Table {
                name: t.clone(),
                unlogged: false,
                options: vec![],
                comment: None,
                columns: vec![],
                constraints: BTreeMap::new(),
            },
        );
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
