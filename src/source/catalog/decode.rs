//! The catalog's documents → model: pure (no I/O), so a model can be
//! built from saved documents (`tests/catalog_fixture.rs`) and the cache
//! can keep documents rather than models. One function per document, in
//! the order [`decode`] calls them: later ones find what earlier ones put
//! in (columns their table, dependencies every key).

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::{CatalogDocuments, CatalogError};
use crate::kinds::event_trigger::EventTrigger;
use crate::kinds::extension::Extension;
use crate::kinds::function::{self, Function};
use crate::kinds::index::{self, Index};
use crate::kinds::policy::{self, Policy};
use crate::kinds::schema::{self, Schema};
use crate::kinds::sequence::{self, Sequence};
use crate::kinds::table::rows::{ColumnFacts, ColumnRow, ConstraintRow, Relation, RelationRow};
use crate::kinds::trigger::{self, Trigger};
use crate::kinds::types::enums;
use crate::kinds::view::{self, View};
use crate::kinds::{self, Name, ObjectRow};
use crate::model::{
    Collation, CompositeType, Constraint, Database, DdlObject, DefaultPrivileges, Domain, EnumType,
    ObjKey, PgVersion, QualName, RangeType, Unmanaged, quote_ident,
};

fn parse<T: DeserializeOwned>(query: &'static str, json: &RawValue) -> Result<T, CatalogError> {
    serde_json::from_str(json.get()).map_err(|e| CatalogError::Decode {
        query,
        cause: e.to_string(),
    })
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
        default_table_access_method: raw.default_table_access_method.clone(),
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
    subscriptions(&mut db, raw)?;
    dependencies(&mut db, raw)?;
    // driftless's own migration history is never part of a schema.
    db.retain_schemas(|s| s != crate::migrate::HISTORY_SCHEMA);
    db.add_implicit_dependencies();
    Ok(db)
}

/// The schemas (namespaces).
fn schemas(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for row in parse::<Vec<schema::Row>>("namespaces", &raw.namespaces)? {
        let n = Schema::from(row);
        db.kinds.schemas.insert(Name(n.name.clone()), n);
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

/// Tables (plain, partitioned, foreign), empty: their columns and
/// constraints come next; relations of other kinds are named as
/// unmanaged (sequences, views and row types are read from their own
/// documents).
fn relations(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for row in parse::<Vec<RelationRow>>("relations", &raw.relations)? {
        match Relation::from(row) {
            Relation::Table(t) => {
                db.kinds.tables.insert(t.name.clone(), t);
            }
            Relation::Elsewhere => {}
            Relation::Unmanaged(name) => {
                db.unmanaged.insert(Unmanaged {
                    kind: "relation".into(),
                    name: name.to_string(),
                });
            }
        }
    }
    Ok(())
}

/// The sequences, with the last value of each used one.
fn sequences(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for row in parse::<Vec<sequence::Row>>("sequences", &raw.sequences)? {
        let last_value = row.last_value();
        let s = Sequence::from(row);
        if let Some(v) = last_value {
            db.sequence_values.insert(
                ObjKey::Sequence {
                    name: s.name.clone(),
                },
                v,
            );
        }
        db.kinds.sequences.insert(s.name.clone(), s);
    }
    Ok(())
}

/// The columns of the tables read by [`relations`].
fn columns(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for row in parse::<Vec<ColumnRow>>("columns", &raw.columns)? {
        let Some(table) = db.kinds.tables.get_mut(&row.table()) else {
            continue;
        };
        let facts = ColumnFacts::from(row);
        let key = ObjKey::Column {
            table: table.name.clone(),
            name: facts.column.name.clone(),
        };
        // (A NOT NULL constraint's name, PostgreSQL 18, is not compared:
        // a table that left its parent keeps the parent's names, where a
        // fresh build names them after the table.)
        if let Some(sequence) = facts.identity_sequence {
            db.identity_sequences.insert(key.clone(), sequence);
        }
        if let Some(v) = facts.identity_last_value {
            db.sequence_values.insert(key, v);
        }
        table.columns.push(facts.column);
    }
    Ok(())
}

/// The constraints of the tables read by [`relations`].
fn constraints(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    for row in parse::<Vec<ConstraintRow>>("constraints", &raw.constraints)? {
        let Some(table) = db.kinds.tables.get_mut(&row.table()) else {
            continue;
        };
        let c = Constraint::from(row);
        table.constraints.insert(c.name.clone(), c);
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

/// Subscriptions; one whose connection string the reader may not see is
/// not managed.
fn subscriptions(db: &mut Database, raw: &CatalogDocuments) -> Result<(), CatalogError> {
    let Some(doc) = &raw.subscriptions else {
        return Ok(());
    };
    for row in parse::<Vec<kinds::subscription::Row>>("subscriptions", doc)? {
        match row.decode() {
            Ok(s) => {
                db.kinds.subscriptions.insert(Name(s.name.clone()), s);
            }
            Err(name) => {
                db.unmanaged.insert(Unmanaged {
                    kind: "subscription".into(),
                    name,
                });
            }
        }
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
        let b = key(db, &bk, bsch, bn, bsub);
        let a = kinds::dependent_key(key(db, &ak, asch, an, asub), &deptype, &b);
        if a != b {
            db.dependencies.insert((a, b));
        }
    }
    Ok(())
}

/// The model key for a row of `objects.sql`: its kind's
/// ([`kinds::catalog_key`]), else an unmanaged object's.
fn key(db: &Database, kind: &str, schema: String, name: String, sub: String) -> ObjKey {
    let row = ObjectRow {
        word: kind.to_string(),
        schema,
        name,
        sub,
    };
    if let Some(key) = kinds::catalog_key(db, &row) {
        return key;
    }
    let ObjectRow {
        schema, name, sub, ..
    } = row;
    // A `ddl:KIND` row the model does not hold.
    if let Some(spelled) = kind.strip_prefix("ddl:") {
        return ObjKey::Unmanaged {
            kind: spelled.into(),
            name,
        };
    }
    let q = QualName::new(schema, name);
    match kind {
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
