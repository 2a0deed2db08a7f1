//! A table as the model holds it: its columns (in order) and its
//! constraints, with what makes it partitioned, inherited, typed or
//! foreign.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Acl, QualName, SequenceOptions};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub name: QualName,
    pub unlogged: bool,
    /// Storage parameters as `key=value`, in catalog order.
    pub options: Vec<String>,
    pub comment: Option<String>,
    pub row_security: bool,
    pub force_row_security: bool,
    /// `pg_get_partkeydef` of a partitioned table: `RANGE (created_at)`.
    pub partition_by: Option<String>,
    /// The parent and bound of a partition: `FOR VALUES FROM (...) TO (...)`.
    pub partition_of: Option<(QualName, String)>,
    /// Parents of a table using `INHERITS`, in order.
    pub inherits: Vec<QualName>,
    /// In `attnum` order.
    pub columns: Vec<Column>,
    pub constraints: BTreeMap<String, Constraint>,
    pub acl: Acl,
    /// A foreign table's server and options (its rows live elsewhere).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreign: Option<ForeignTable>,
    /// The composite type of a typed table (`CREATE TABLE t OF type`), as
    /// `format_type` writes it: its columns are the type's attributes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of_type: Option<String>,
    /// The owning role, as SQL; `None` when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// `REPLICA IDENTITY`, unless `DEFAULT` (a plain or partitioned
    /// table's; a foreign table has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replica_identity: Option<ReplicaIdentity>,
    /// The index `CLUSTER` orders the table by (`CLUSTER ON`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clustered_on: Option<String>,
    /// Its table access method (`USING`), as SQL, unless `heap`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_method: Option<String>,
}

/// A table's `REPLICA IDENTITY` other than `DEFAULT`: what logical
/// decoding records of an updated or deleted row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplicaIdentity {
    /// Every column.
    Full,
    /// None (also what an identity index that was dropped leaves).
    Nothing,
    /// The columns of this unique index of the table.
    Index(String),
}

/// What a table uses one of its indexes for, beyond the index itself:
/// PostgreSQL keeps it on the index, so an index dropped and created again
/// loses it (`ObjKey::IndexUse`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexUse {
    /// `REPLICA IDENTITY USING INDEX`.
    ReplicaIdentity,
    /// `CLUSTER ON`.
    Cluster,
}

impl std::fmt::Display for IndexUse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            IndexUse::ReplicaIdentity => "replica identity",
            IndexUse::Cluster => "clustering",
        })
    }
}

/// What makes a table foreign: `SERVER` and `OPTIONS`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForeignTable {
    /// The server, as SQL.
    pub server: String,
    /// Options (`name`, `value`) in their order.
    pub options: Vec<(String, String)>,
}

impl Table {
    /// The index the table uses for `what`, if any.
    pub fn index_for(&self, what: IndexUse) -> Option<&str> {
        match what {
            IndexUse::ReplicaIdentity => match &self.replica_identity {
                Some(ReplicaIdentity::Index(name)) => Some(name),
                _ => None,
            },
            IndexUse::Cluster => self.clustered_on.as_deref(),
        }
    }

    /// Each use the table makes of one of its indexes, with the index.
    pub fn index_uses(&self) -> impl Iterator<Item = (IndexUse, &str)> {
        [IndexUse::ReplicaIdentity, IndexUse::Cluster]
            .into_iter()
            .filter_map(|what| Some((what, self.index_for(what)?)))
    }

    /// `TABLE` or `FOREIGN TABLE`, as `DROP` and `COMMENT ON` need it.
    pub fn keyword(&self) -> &'static str {
        if self.foreign.is_some() {
            "FOREIGN TABLE"
        } else {
            "TABLE"
        }
    }

    /// A table with no columns, constraints, options or privileges.
    pub fn empty(name: QualName) -> Table {
        Table {
            name,
            unlogged: false,
            options: vec![],
            comment: None,
            row_security: false,
            force_row_security: false,
            of_type: None,
            partition_by: None,
            partition_of: None,
            inherits: vec![],
            columns: vec![],
            constraints: BTreeMap::new(),
            acl: None,
            foreign: None,
            owner: None,
            replica_identity: None,
            clustered_on: None,
            access_method: None,
        }
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// The tables this one takes columns from: its partitioned parent, or
    /// the parents it `INHERITS`.
    pub fn parents(&self) -> impl Iterator<Item = &QualName> {
        self.partition_of
            .iter()
            .map(|(p, _)| p)
            .chain(&self.inherits)
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
    /// Its `NOT NULL` constraint is `NOT VALID` (PostgreSQL 18): rows
    /// already there were not checked.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_null_not_valid: bool,
    /// Its `NOT NULL` constraint is `NO INHERIT` (PostgreSQL 18): tables
    /// below it do not get it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_null_no_inherit: bool,
    /// `pg_get_expr` of the default; `None` for generated columns.
    pub default: Option<String>,
    pub identity: Option<Identity>,
    /// The expression of a `GENERATED ALWAYS AS (...)` column.
    pub generated: Option<String>,
    /// The generated column is `VIRTUAL` (PostgreSQL 18), not `STORED`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub generated_virtual: bool,
    /// A collation other than the type's default, as SQL (`pg_catalog."C"`).
    pub collation: Option<String>,
    pub comment: Option<String>,
    /// Comes from a parent (`INHERITS` or partitioning) and is not also
    /// declared locally: created and dropped with the parent.
    pub inherited: bool,
    pub acl: Acl,
    /// Privileges on the sequence behind an identity column (whose name is
    /// PostgreSQL's choice, see `Database::identity_sequences`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_acl: Acl,
    /// A foreign table column's options (`name`, `value`), in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fdw_options: Vec<(String, String)>,
    /// What it keeps of its own beside its type (storage, compression,
    /// statistics target, planner options).
    #[serde(flatten)]
    pub settings: ColumnSettings,
}

/// What a column (of a table or a materialized view) keeps of its own
/// beside its type: each `None` or empty where the type's or the server's
/// default holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnSettings {
    /// A storage strategy other than its type's (`SET STORAGE`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<ColumnStorage>,
    /// A compression method set on the column (`pglz`, `lz4`; 14), rather
    /// than the server's `default_toast_compression`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compression: Option<String>,
    /// A statistics target set on the column (`SET STATISTICS`), rather
    /// than the server's `default_statistics_target`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<i32>,
    /// The planner's options set on the column (`SET (n_distinct =
    /// ...)`), as `name=value`, sorted: `n_distinct` and
    /// `n_distinct_inherited`, the only ones PostgreSQL defines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
}

impl Column {
    /// A plain column of `data_type`: nullable, without a default or any
    /// setting of its own (what `ADD COLUMN name data_type` makes).
    pub fn plain(name: &str, data_type: &str) -> Column {
        Column {
            name: name.to_string(),
            data_type: data_type.to_string(),
            not_null: false,
            not_null_not_valid: false,
            not_null_no_inherit: false,
            default: None,
            identity: None,
            generated: None,
            generated_virtual: false,
            collation: None,
            comment: None,
            inherited: false,
            acl: None,
            identity_acl: None,
            fdw_options: vec![],
            settings: ColumnSettings::default(),
        }
    }
}

/// A column's own storage strategy, and its type's, to which `SET
/// STORAGE` returns it (`SET STORAGE DEFAULT` exists only from 16).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnStorage {
    /// `PLAIN`, `EXTERNAL`, `EXTENDED` or `MAIN`.
    pub strategy: String,
    pub type_default: String,
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
    /// A comment on the index behind a primary key, unique or exclusion
    /// constraint (the index has the constraint's name).
    pub index_comment: Option<String>,
    /// Comes from a parent table and is not also declared locally.
    pub inherited: bool,
    /// A foreign key referencing a partitioned table: PostgreSQL's copies
    /// of it for each partition (at every level), on the same table. They
    /// come and go with the key and the partitions; only their names,
    /// numbered in the order partitions were attached, are their own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<ForeignKeyCopy>,
}

/// A foreign key's copy for one partition of the table it references.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForeignKeyCopy {
    /// The partition.
    pub references: QualName,
    pub name: String,
}

impl ConstraintKind {
    /// A primary key, unique or exclusion constraint: one PostgreSQL
    /// backs with an index of its name.
    pub fn has_index(self) -> bool {
        matches!(
            self,
            ConstraintKind::PrimaryKey | ConstraintKind::Unique | ConstraintKind::Exclusion
        )
    }
}

impl Constraint {
    /// The definition without a trailing ` NOT VALID`, and whether it had one.
    pub fn validity(&self) -> (&str, bool) {
        match self.definition.strip_suffix(" NOT VALID") {
            Some(def) => (def, false),
            None => (&self.definition, true),
        }
    }

    /// `false` for a `NOT ENFORCED` constraint (PostgreSQL 18): declared,
    /// never checked, so adding it reads no rows.
    pub fn enforced(&self) -> bool {
        !self.definition.ends_with(" NOT ENFORCED")
    }
}
