//! The tables' catalog rows, as the catalog reader's `relations`,
//! `columns` and `constraints` documents spell them, and what each
//! becomes. The reader (`source::catalog::decode`) puts a table's columns
//! and constraints into the table its `relations` row made; what is not
//! schema (an identity's sequence name, its last value) goes beside the
//! model.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::model::{
    Column, ColumnSettings, ColumnStorage, Constraint, ConstraintKind, ForeignKeyCopy,
    ForeignTable, Identity, IdentityKind, ReplicaIdentity, Table,
};
use crate::model::{Grant, QualName, SequenceOptions};

/// One relation (`pg_class` row of a table, view, sequence...).
#[derive(Deserialize)]
pub struct RelationRow {
    schema: String,
    name: String,
    relkind: String,
    unlogged: bool,
    options: Vec<String>,
    comment: Option<String>,
    partition_by: Option<String>,
    partition_of: Option<(String, String, String)>,
    inherits: Vec<(String, String)>,
    row_security: bool,
    force_row_security: bool,
    acl: Vec<Grant>,
    foreign: Option<ForeignTable>,
    owner: Option<String>,
    #[serde(default)]
    of_type: Option<String>,
    #[serde(default)]
    replica_identity: Option<ReplicaIdentity>,
    #[serde(default)]
    clustered_on: Option<String>,
    #[serde(default)]
    access_method: Option<String>,
}

/// What a relation row is.
// Made once per row and taken apart at once: boxing the table would buy
// nothing.
#[allow(clippy::large_enum_variant)]
pub enum Relation {
    /// A table (plain, partitioned or foreign), without its columns and
    /// constraints yet.
    Table(Table),
    /// A relation another kind reads from its own document: a sequence, a
    /// view or materialized view, a composite type's row type.
    Elsewhere,
    /// A relation of a kind driftless does not manage (named as such).
    Unmanaged(QualName),
}

impl From<RelationRow> for Relation {
    fn from(r: RelationRow) -> Relation {
        let name = QualName::new(r.schema, r.name);
        match r.relkind.as_str() {
            "r" | "p" | "f" => {}
            "S" | "v" | "m" | "c" => return Relation::Elsewhere,
            _ => return Relation::Unmanaged(name),
        }
        Relation::Table(Table {
            owner: r.owner,
            name,
            unlogged: r.unlogged,
            options: r.options,
            comment: r.comment,
            row_security: r.row_security,
            force_row_security: r.force_row_security,
            of_type: r.of_type,
            partition_by: r.partition_by,
            partition_of: r
                .partition_of
                .map(|(s, t, bound)| (QualName::new(s, t), bound)),
            inherits: r
                .inherits
                .into_iter()
                .map(|(s, t)| QualName::new(s, t))
                .collect(),
            acl: Some(r.acl),
            columns: Vec::new(),
            constraints: BTreeMap::new(),
            foreign: r.foreign,
            replica_identity: r.replica_identity,
            clustered_on: r.clustered_on,
            access_method: r.access_method,
        })
    }
}

/// One column of a relation.
#[derive(Deserialize)]
pub struct ColumnRow {
    schema: String,
    table: String,
    name: String,
    data_type: String,
    not_null: bool,
    default: Option<String>,
    generated: Option<String>,
    generated_virtual: bool,
    identity: String,
    identity_options: Option<SequenceOptions>,
    #[serde(default)]
    identity_sequence: Option<(String, String)>,
    identity_last_value: Option<i64>,
    identity_acl: Option<Vec<Grant>>,
    #[serde(default)]
    fdw_options: Vec<(String, String)>,
    /// Name, validated, declared here, `NO INHERIT` (PostgreSQL 18).
    not_null_constraint: Option<(String, bool, bool, bool)>,
    #[serde(default)]
    storage: Option<ColumnStorage>,
    #[serde(default)]
    compression: Option<String>,
    #[serde(default)]
    statistics: Option<i32>,
    #[serde(default)]
    options: Option<Vec<String>>,
    collation: Option<String>,
    comment: Option<String>,
    inherited: bool,
    acl: Vec<Grant>,
}

/// A column row read: the column, and what the model keeps beside it.
pub struct ColumnFacts {
    pub column: Column,
    /// The sequence behind an identity column: PostgreSQL's choice of
    /// name, never compared.
    pub identity_sequence: Option<QualName>,
    /// The last value an identity's sequence gave, if it has been used.
    pub identity_last_value: Option<i64>,
}

impl ColumnRow {
    /// The relation the column belongs to.
    pub fn table(&self) -> QualName {
        QualName::new(&self.schema, &self.table)
    }
}

impl From<ColumnRow> for ColumnFacts {
    fn from(c: ColumnRow) -> ColumnFacts {
        let identity = match (c.identity.as_str(), c.identity_options) {
            ("a", Some(options)) => Some(Identity {
                kind: IdentityKind::Always,
                options,
            }),
            ("d", Some(options)) => Some(Identity {
                kind: IdentityKind::ByDefault,
                options,
            }),
            _ => None,
        };
        ColumnFacts {
            identity_sequence: c
                .identity_sequence
                .map(|(schema, name)| QualName::new(schema, name)),
            identity_last_value: c.identity_last_value,
            column: Column {
                name: c.name,
                data_type: c.data_type,
                not_null: c.not_null,
                not_null_not_valid: c.not_null_constraint.as_ref().is_some_and(|n| !n.1),
                not_null_no_inherit: c.not_null_constraint.as_ref().is_some_and(|n| n.3),
                default: c.default,
                identity,
                generated: c.generated,
                generated_virtual: c.generated_virtual,
                collation: c.collation,
                comment: c.comment,
                inherited: c.inherited,
                acl: Some(c.acl),
                identity_acl: c.identity_acl,
                fdw_options: c.fdw_options,
                settings: ColumnSettings {
                    storage: c.storage,
                    compression: c.compression,
                    statistics: c.statistics,
                    options: c.options.unwrap_or_default(),
                },
            },
        }
    }
}

/// One constraint of a relation.
#[derive(Deserialize)]
pub struct ConstraintRow {
    schema: String,
    table: String,
    name: String,
    contype: String,
    definition: String,
    references: Option<(String, String)>,
    index_options: Option<Vec<String>>,
    comment: Option<String>,
    index_comment: Option<String>,
    inherited: bool,
    copies: Option<Vec<(String, String, String)>>,
}

impl ConstraintRow {
    /// The relation the constraint belongs to.
    pub fn table(&self) -> QualName {
        QualName::new(&self.schema, &self.table)
    }
}

impl From<ConstraintRow> for Constraint {
    fn from(c: ConstraintRow) -> Constraint {
        let kind = match c.contype.as_str() {
            "p" => ConstraintKind::PrimaryKey,
            "u" => ConstraintKind::Unique,
            "c" => ConstraintKind::Check,
            "f" => ConstraintKind::ForeignKey,
            _ => ConstraintKind::Exclusion,
        };
        let definition = match c.index_options {
            Some(opts) if !opts.is_empty() => with_index_options(&c.definition, &opts),
            _ => c.definition,
        };
        Constraint {
            name: c.name,
            kind,
            definition,
            references: c.references.map(|(s, t)| QualName::new(s, t)),
            comment: c.comment,
            index_comment: c.index_comment,
            inherited: c.inherited,
            copies: c
                .copies
                .unwrap_or_default()
                .into_iter()
                .map(|(s, t, name)| ForeignKeyCopy {
                    references: QualName::new(s, t),
                    name,
                })
                .collect(),
        }
    }
}

/// A primary key's, unique or exclusion constraint's definition with its
/// index's storage parameters, where `ALTER TABLE ... ADD` takes them:
/// before `DEFERRABLE`.
fn with_index_options(definition: &str, options: &[String]) -> String {
    let with = format!(
        " WITH ({})",
        options
            .iter()
            .map(|o| crate::model::reloption(o))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let tail = [" DEFERRABLE INITIALLY DEFERRED", " DEFERRABLE"]
        .into_iter()
        .find(|t| definition.ends_with(t))
        .unwrap_or("");
    let head = &definition[..definition.len() - tail.len()];
    format!("{head}{with}{tail}")
}
