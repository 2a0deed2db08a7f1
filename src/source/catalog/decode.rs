//! The catalog's documents → model: pure (no I/O), so a model can be
//! built from saved documents (`tests/catalog_fixture.rs`) and the cache
//! can keep documents rather than models. One function per document, in
//! the order [`decode`] calls them: later ones find what earlier ones put
//! in (columns their table, dependencies every key).

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::{CatalogDocuments, CatalogError};
use crate::kinds::Name;
use crate::kinds::event_trigger::EventTrigger;
use crate::kinds::extension::Extension;
use crate::kinds::function::{self, Function};
use crate::kinds::index::{self, Index};
use crate::kinds::policy::{self, Policy};
use crate::kinds::schema::Schema;
use crate::kinds::sequence::Sequence;
use crate::kinds::trigger::{self, Trigger};
use crate::kinds::types::enums;
use crate::kinds::view::{self, View};
use crate::model::{
    Collation, Column, ColumnStorage, CompositeType, Constraint, ConstraintKind, Database, DdlId,
    DdlKind, DdlObject, DefaultPrivileges, Domain, EnumType, ForeignKeyCopy, ForeignTable, Grant,
    Identity, IdentityKind, ObjKey, PgVersion, QualName, RangeType, SequenceOptions, Table,
    Unmanaged, quote_ident,
};

fn parse<T: DeserializeOwned>(query: &'static str, json: &RawValue) -> Result<T, CatalogError> {
    serde_json::from_str(json.get()).map_err(|e| CatalogError::Decode {
        query,
        cause: e.to_string(),
    })
}

#[derive(Deserialize)]
struct NamespaceRow {
    name: String,
    comment: Option<String>,
    acl: Vec<Grant>,
    owner: Option<String>,
}

#[derive(Deserialize)]
struct RelationRow {
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
}

#[derive(Deserialize)]
struct SequenceRow {
    schema: String,
    name: String,
    #[serde(flatten)]
    options: SequenceOptions,
    owned_by: Option<(String, String, String)>,
    last_value: Option<i64>,
    comment: Option<String>,
    acl: Vec<Grant>,
    owner: Option<String>,
}

#[derive(Deserialize)]
struct ColumnRow {
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
    not_null_constraint: Option<(String, bool, bool)>,
    #[serde(default)]
    storage: Option<ColumnStorage>,
    #[serde(default)]
    compression: Option<String>,
    collation: Option<String>,
    comment: Option<String>,
    inherited: bool,
    acl: Vec<Grant>,
}

#[derive(Deserialize)]
struct ConstraintRow {
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

#[derive(Deserialize)]
struct TriggersDoc {
    triggers: Vec<trigger::Row>,
    event_triggers: Vec<EventTrigger>,
}

#[derive(Deserialize)]
struct TypesDoc {
    domains: Vec<crate::kinds::types::domain::Row>,
    composites: Vec<crate::kinds::types::composite::Row>,
    ranges: Vec<crate::kinds::types::range::Row>,
    collations: Vec<crate::kinds::collation::Row>,
}

/// Turns the query results into a model. Pure: unit-testable without a server.
pub fn decode(raw: &CatalogDocuments) -> Result<Database, CatalogError> {
    let mut db = Database {
        version: PgVersion::from_num(raw.server_version_num),
        files_search_path: raw.files_search_path.clone(),
        ..Database::default()
    };
    schemas(&mut db, raw)?;
    extensions(&mut db, raw)?;
    enums(&mut db, raw)?;
    relations(&mut db, raw)?;
    sequences(&mut db, raw)?;
    columns(&mut db, raw)?;
    constraints(&mut db, raw)?;
    views(&mut db, raw)?;
    functions(&mut db, raw)?;
    triggers(&mut db, raw)?;
    policies(&mut db, raw)?;
    types(&mut db, raw)?;
    indexes(&mut db, raw)?;
    others(&mut db, raw)?;
    dependencies(&mut db, raw)?;
    // driftless's own migration history is never part of a schema.
    db.retain_schemas(|s| s != crate::migrate::HISTORY_SCHEMA);
    db.add_implicit_dependencies();
    Ok(db)
}

/// The schemas (namespaces).
fn schemas(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for n in parse::<Vec<NamespaceRow>>("namespaces", &raw.namespaces)? {
        db.kinds.schemas.insert(
            Name(n.name.clone()),
            Schema {
                owner: n.owner,
                name: n.name,
                comment: n.comment,
                acl: Some(n.acl),
            },
        );
    }
    Ok(())
}

/// The extensions.
fn extensions(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for x in parse::<Vec<Extension>>("extensions", &raw.extensions)? {
        db.kinds.extensions.insert(Name(x.name.clone()), x);
    }
    Ok(())
}

/// The enum types.
fn enums(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for row in parse::<Vec<enums::Row>>("enums", &raw.enums)? {
        let e = EnumType::from(row);
        db.kinds.enums.insert(e.name.clone(), e);
    }
    Ok(())
}

/// Tables (plain, partitioned, foreign), empty: their columns and constraints come next; relations of other kinds are named as unmanaged.
fn relations(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for r in parse::<Vec<RelationRow>>("relations", &raw.relations)? {
        let name = QualName::new(r.schema, r.name);
        let kind = match r.relkind.as_str() {
            "r" | "p" | "f" | "S" | "v" | "m" | "c" => None,
            _ => Some("relation"),
        };
        if let Some(kind) = kind {
            db.unmanaged.insert(Unmanaged {
                kind: kind.into(),
                name: name.to_string(),
            });
            continue;
        }
        if r.relkind == "r" || r.relkind == "p" || r.relkind == "f" {
            db.kinds.tables.insert(
                name.clone(),
                Table {
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
                },
            );
        }
        // Sequences are read with their options by sequences.sql.
    }
    Ok(())
}

/// The sequences, with the last value of each used one.
fn sequences(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for s in parse::<Vec<SequenceRow>>("sequences", &raw.sequences)? {
        let name = QualName::new(s.schema, s.name);
        if let Some(v) = s.last_value {
            db.sequence_values
                .insert(ObjKey::Sequence { name: name.clone() }, v);
        }
        db.kinds.sequences.insert(
            name.clone(),
            Sequence {
                owner: s.owner,
                name,
                options: s.options,
                owned_by: s.owned_by.map(|(ts, t, c)| (QualName::new(ts, t), c)),
                comment: s.comment,
                acl: Some(s.acl),
            },
        );
    }
    Ok(())
}

/// The columns of the tables read by [`relations`].
fn columns(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for c in parse::<Vec<ColumnRow>>("columns", &raw.columns)? {
        let Some(table) = db.kinds.tables.get_mut(&QualName::new(&c.schema, &c.table)) else {
            continue;
        };
        // PostgreSQL 18 lets a NOT NULL constraint be NOT VALID. The model
        // keeps NOT NULL as a column property (validated): a NOT VALID one
        // is reported, never taken for a validated one. (Its name is not
        // compared: a table that left its parent keeps the parent's names,
        // where a fresh build names them after the table.)
        if let Some((name, false, true)) = &c.not_null_constraint {
            db.unmanaged.insert(Unmanaged {
                kind: "not-null constraint".into(),
                name: format!("{} on {} (NOT VALID)", quote_ident(name), table.name),
            });
        }
        if let Some((schema, name)) = &c.identity_sequence {
            db.identity_sequences.insert(
                ObjKey::Column {
                    table: table.name.clone(),
                    name: c.name.clone(),
                },
                QualName::new(schema, name),
            );
        }
        if let Some(v) = c.identity_last_value {
            db.sequence_values.insert(
                ObjKey::Column {
                    table: table.name.clone(),
                    name: c.name.clone(),
                },
                v,
            );
        }
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
        table.columns.push(Column {
            name: c.name,
            data_type: c.data_type,
            not_null: c.not_null,
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
            storage: c.storage,
            compression: c.compression,
        });
    }
    Ok(())
}

/// The constraints of the tables read by [`relations`].
fn constraints(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for c in parse::<Vec<ConstraintRow>>("constraints", &raw.constraints)? {
        let Some(table) = db.kinds.tables.get_mut(&QualName::new(&c.schema, &c.table)) else {
            continue;
        };
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
        table.constraints.insert(
            c.name.clone(),
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
            },
        );
    }
    Ok(())
}

/// Views and materialized views.
fn views(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for row in parse::<Vec<view::Row>>("views", &raw.views)? {
        let v = View::from(row);
        db.kinds.views.insert(v.name.clone(), v);
    }
    Ok(())
}

/// Functions and procedures.
fn functions(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for row in parse::<Vec<function::Row>>("functions", &raw.functions)? {
        let f = Function::from(row);
        db.kinds.functions.insert(f.id.clone(), f);
    }
    Ok(())
}

/// Triggers (those on relations the model does not hold are unmanaged) and event triggers.
fn triggers(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    let triggers = parse::<TriggersDoc>("triggers", &raw.triggers)?;
    for row in triggers.triggers {
        let t = Trigger::from(row);
        if db.relation_key(&t.id.table).is_none() {
            db.unmanaged.insert(Unmanaged {
                kind: "trigger".into(),
                name: t.id.to_string(),
            });
            continue;
        }
        db.kinds.triggers.insert(t.id.clone(), t);
    }
    for e in triggers.event_triggers {
        db.kinds.event_triggers.insert(Name(e.name.clone()), e);
    }
    Ok(())
}

/// Row-level security policies.
fn policies(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for row in parse::<Vec<policy::Row>>("policies", &raw.policies)? {
        let p = Policy::from(row);
        db.kinds.policies.insert(p.id.clone(), p);
    }
    Ok(())
}

/// Domains, composite and range types, collations.
fn types(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    let types = parse::<TypesDoc>("types", &raw.types)?;
    for row in types.domains {
        let d = Domain::from(row);
        db.kinds.domains.insert(d.name.clone(), d);
    }
    for row in types.composites {
        let c = CompositeType::from(row);
        db.kinds.composites.insert(c.name.clone(), c);
    }
    for row in types.ranges {
        let r = RangeType::from(row);
        db.kinds.ranges.insert(r.name.clone(), r);
    }
    for row in types.collations {
        let c = Collation::from(row);
        db.kinds.collations.insert(c.name.clone(), c);
    }
    Ok(())
}

/// Indexes.
fn indexes(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for row in parse::<Vec<index::Row>>("indexes", &raw.indexes)? {
        if db.relation_key(&row.table()).is_none() {
            // An index of an unmanaged relation goes with it.
            continue;
        }
        let i = Index::try_from(row).map_err(|cause| CatalogError::Decode {
            query: "indexes",
            cause,
        })?;
        db.kinds.indexes.insert(i.name.clone(), i);
    }
    Ok(())
}

/// What is named but not managed, the objects compared by their DDL and the default privileges.
fn others(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for (kind, name) in parse::<Vec<(String, String)>>("unmanaged", &raw.unmanaged)? {
        db.unmanaged.insert(Unmanaged { kind, name });
    }
    for o in parse::<Vec<DdlObject>>("ddl objects", &raw.ddl_objects)? {
        db.kinds.ddl_objects.insert(o.id(), o);
    }
    for d in parse::<Vec<DefaultPrivileges>>("default privileges", &raw.default_privileges)? {
        db.kinds.default_privileges.insert(d.id(), d);
    }
    Ok(())
}

/// `pg_depend`, in model keys (see [`key`]).
fn dependencies(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    type DepRow = (
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
    );
    for (deptype, ak, asch, an, asub, bk, bsch, bn, bsub) in
        parse::<Vec<DepRow>>("dependencies", &raw.dependencies)?
    {
        let mut a = key(db, &ak, asch, an, asub);
        let b = key(db, &bk, bsch, bn, bsub);
        if let (ObjKey::Sequence { name }, ObjKey::Column { .. }, "a") = (&a, &b, deptype.as_str())
        {
            // OWNED BY: the link, not the sequence, needs the column.
            a = ObjKey::SequenceOwner { name: name.clone() };
        }
        if a != b {
            db.dependencies.insert((a, b));
        }
    }
    Ok(())
}

/// Puts `WITH (...)` where PostgreSQL expects it in a primary key or
/// unique constraint: after the columns and `INCLUDE`, before the
/// deferrability clauses.
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

/// The model key for a row of `objects.sql`.
fn key(db: &Database, kind: &str, schema: String, name: String, sub: String) -> ObjKey {
    // `ddl:KIND` rows name objects compared by their DDL by identity.
    if let Some(spelled) = kind.strip_prefix("ddl:") {
        if let Some(kind) = DdlKind::parse(spelled) {
            let id = DdlId {
                kind,
                name: name.clone(),
            };
            if db.kinds.ddl_objects.contains_key(&id) {
                return ObjKey::Ddl { kind, name };
            }
        }
        return ObjKey::Unmanaged {
            kind: spelled.into(),
            name,
        };
    }
    let q = QualName::new(schema, name);
    // An object of a kind in `kinds/` that the model may not hold: its key
    // when it does (a policy or trigger on an unmanaged relation stands for
    // the relation, below; anything else left out is unmanaged).
    let held = match kind {
        "policy" => Some(ObjKey::Policy {
            table: q.clone(),
            name: sub.clone(),
        }),
        "trigger" => Some(ObjKey::Trigger {
            table: q.clone(),
            name: sub.clone(),
        }),
        "collation" => Some(ObjKey::Collation { name: q.clone() }),
        "view" => Some(ObjKey::View { name: q.clone() }),
        "function" => Some(ObjKey::Function {
            name: q.clone(),
            args: sub.clone(),
        }),
        _ => None,
    };
    if let Some(key) = held.filter(|k| db.kinds.contains(k) == Some(true)) {
        return key;
    }
    match kind {
        "schema" => ObjKey::Schema { name: q.name },
        "extension" => ObjKey::Extension { name: q.name },
        "type" => ObjKey::Type { name: q },
        "sequence" => ObjKey::Sequence { name: q },
        "table" if db.kinds.tables.contains_key(&q) => ObjKey::Table { name: q },
        "column" if db.kinds.tables.contains_key(&q) => ObjKey::Column {
            table: q,
            name: sub,
        },
        "constraint" if db.kinds.tables.contains_key(&q) => ObjKey::Constraint {
            table: q,
            name: sub,
        },
        "default" if db.kinds.tables.contains_key(&q) => ObjKey::Default {
            table: q,
            column: sub,
        },
        // A view column's default (for inserts through the view) is part
        // of the view.
        "default" if db.kinds.views.contains_key(&q) => ObjKey::View { name: q },
        "index" => ObjKey::Index { name: q },
        "event trigger" => ObjKey::EventTrigger { name: q.name },

        // A part of an unmanaged relation stands for the relation.
        "table" | "column" | "constraint" | "default" => ObjKey::Unmanaged {
            kind: "table".into(),
            name: q.to_string(),
        },
        _ => ObjKey::Unmanaged {
            kind: kind.into(),
            name: match (sub.is_empty(), kind) {
                (true, _) => q.to_string(),
                (false, "function" | "aggregate" | "window function") => format!("{q}({sub})"),
                (false, "trigger" | "policy" | "rule") => format!("{} on {q}", quote_ident(&sub)),
                (false, _) => format!("{q}.{}", quote_ident(&sub)),
            },
        },
    }
}
