//! Catalog → model: the only place that reads a database's schema.
//!
//! A fixed set of queries (one per object family, see `queries/`), run in
//! one repeatable-read, read-only transaction with `search_path` set to
//! `pg_catalog` so that every rendered expression names user objects with
//! their schema. Each query returns a single JSON document, decoded here by
//! serde: the number of round trips does not grow with the schema.
//!
//! The same reader serves the target database and the temporary database
//! that holds the desired files, which is what makes the two models
//! comparable by plain equality.

use std::collections::BTreeMap;

pub mod casts;
pub mod sizes;
mod version;

use postgres::Client;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::model::{
    Attribute, Collation, Column, ColumnStorage, CompositeType, Constraint, ConstraintKind,
    Database, DdlId, DdlKind, DdlObject, DefaultPrivileges, Domain, EnumType, EventTrigger,
    Extension, ForeignKeyCopy, ForeignTable, Function, FunctionId, Grant, Identity, IdentityKind,
    Index, IndexPart, Namespace, ObjKey, PgVersion, Policy, PolicyId, QualName, RangeType,
    Sequence, SequenceOptions, Table, Trigger, TriggerId, Unmanaged, View, ViewKind, quote_ident,
};

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("reading the catalog ({query}): {cause}")]
    Query { query: &'static str, cause: String },
    #[error("decoding the catalog ({query}): {cause}")]
    Decode { query: &'static str, cause: String },
    #[error(
        "PostgreSQL {0} is not supported: driftless supports PostgreSQL {oldest} to {newest}",
        oldest = crate::model::version::OLDEST_MAJOR,
        newest = crate::model::version::NEWEST_MAJOR
    )]
    Unsupported(PgVersion),
}

/// The privileges of an object as a JSON list of `[grantee, privilege,
/// grantable]`, sorted, the owner spelled `@owner` and `PUBLIC` as such;
/// `{acl}` is the object's ACL (with its default filled in) and `{owner}`
/// its owner. Queries write `{{acl_json ACL | OWNER}}` for it.
const ACL_JSON: &str = "(SELECT coalesce(json_agg(json_build_array(g.grantee, g.privilege_type, g.is_grantable) \
ORDER BY g.grantee, g.privilege_type, g.is_grantable), '[]') \
FROM (SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' WHEN a.grantee = {owner} THEN '@owner' \
ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS grantee, a.privilege_type, a.is_grantable \
FROM (SELECT {acl} AS acl) x, aclexplode(CASE WHEN cardinality(x.acl) > 0 THEN x.acl END) a) g)";

/// The fragments of `ddl_objects.sql`, one per kind of `model::DdlKind`.
const DDL_KINDS: [&str; 20] = [
    include_str!("queries/kinds/access_method.sql"),
    include_str!("queries/kinds/language.sql"),
    include_str!("queries/kinds/base_type.sql"),
    include_str!("queries/kinds/transform.sql"),
    include_str!("queries/kinds/foreign_data_wrapper.sql"),
    include_str!("queries/kinds/server.sql"),
    include_str!("queries/kinds/user_mapping.sql"),
    include_str!("queries/kinds/text_search_parser.sql"),
    include_str!("queries/kinds/text_search_template.sql"),
    include_str!("queries/kinds/text_search_dictionary.sql"),
    include_str!("queries/kinds/text_search_configuration.sql"),
    include_str!("queries/kinds/conversion.sql"),
    include_str!("queries/kinds/operator.sql"),
    include_str!("queries/kinds/operator_family.sql"),
    include_str!("queries/kinds/operator_class.sql"),
    include_str!("queries/kinds/aggregate.sql"),
    include_str!("queries/kinds/cast.sql"),
    include_str!("queries/kinds/statistics.sql"),
    include_str!("queries/kinds/rule.sql"),
    include_str!("queries/kinds/publication.sql"),
];

/// The `ddl` CTE: every fragment's rows, extension members left out (they
/// are the extension's), as are objects internal to another (the casts
/// between a range type and its multirange are the type's).
fn ddl_cte() -> String {
    let union = DDL_KINDS
        .iter()
        .map(|f| format!("({f})"))
        .collect::<Vec<_>>()
        .join("\nUNION ALL\n");
    format!(
        "ddl AS (\n\
         SELECT * FROM ({union}) k(kind, classid, objid, schema, name, signature, \"create\", comment, acl, options, owner, settings)\n\
         WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = k.classid AND d.objid = k.objid\n\
         AND d.deptype IN ('e', 'i')))"
    )
}

/// The members of an operator family `{family}` as they are written in
/// `CREATE OPERATOR CLASS ... AS` and `ALTER OPERATOR FAMILY ... ADD`:
/// rows `(item, sort, in_class)`, `in_class` the class that owns the
/// member or 0 for a loose one.
const OPFAMILY_MEMBERS: &str = "SELECT 'OPERATOR ' || ao.amopstrategy || ' ' || quote_ident(opn.nspname) || '.' || op.oprname \
|| '(' || format_type(ao.amoplefttype, NULL) || ', ' || format_type(ao.amoprighttype, NULL) || ')' \
|| CASE WHEN ao.amoppurpose = 'o' THEN ' FOR ORDER BY ' || (SELECT quote_ident(sn.nspname) || '.' || quote_ident(sf.opfname) \
FROM pg_opfamily sf JOIN pg_namespace sn ON sn.oid = sf.opfnamespace WHERE sf.oid = ao.amopsortfamily) ELSE '' END AS item, \
'1 ' || lpad(ao.amopstrategy::text, 5, '0') || ' ' || format_type(ao.amoplefttype, NULL) || ' ' || format_type(ao.amoprighttype, NULL) AS sort, \
coalesce((SELECT d.refobjid FROM pg_depend d WHERE d.classid = 'pg_amop'::regclass AND d.objid = ao.oid \
AND d.refclassid = 'pg_opclass'::regclass AND d.deptype = 'i'), 0) AS in_class \
FROM pg_amop ao JOIN pg_operator op ON op.oid = ao.amopopr JOIN pg_namespace opn ON opn.oid = op.oprnamespace \
WHERE ao.amopfamily = {family} \
UNION ALL \
SELECT 'FUNCTION ' || ap.amprocnum || ' (' || format_type(ap.amproclefttype, NULL) || ', ' || format_type(ap.amprocrighttype, NULL) \
|| ') ' || ap.amproc::regprocedure::text, \
'2 ' || lpad(ap.amprocnum::text, 5, '0') || ' ' || format_type(ap.amproclefttype, NULL) || ' ' || format_type(ap.amprocrighttype, NULL), \
coalesce((SELECT d.refobjid FROM pg_depend d WHERE d.classid = 'pg_amproc'::regclass AND d.objid = ap.oid \
AND d.refclassid = 'pg_opclass'::regclass AND d.deptype = 'i'), 0) \
FROM pg_amproc ap WHERE ap.amprocfamily = {family}";

/// A foreign-data options array `{options}` as a JSON list of `[name,
/// value]`, in its order. Mostly NULL: answered without the subquery then
/// (10,000 columns: 40 ms less).
const OPTIONS: &str = "CASE WHEN ({options}) IS NULL THEN '[]'::json ELSE \
(SELECT coalesce(json_agg(json_build_array(o.k, o.v) ORDER BY o.i), '[]') \
FROM pg_options_to_table({options}) WITH ORDINALITY o(k, v, i)) END";

/// Expands the templates of a query: `{{ddl_objects}}` (the `ddl` CTE),
/// `{{opfamily_members FAMILY}}`, `{{options ARRAY}}`, the `{{v:NAME}}`
/// fragments that differ between majors (see `version`) and
/// `{{acl_json ACL | OWNER}}`.
fn expand(sql: &str, v: PgVersion) -> String {
    let mut sql = sql.replace("{{ddl_objects}}", &ddl_cte());
    for (template, body, slot) in [
        ("{{opfamily_members ", OPFAMILY_MEMBERS, "{family}"),
        ("{{options ", OPTIONS, "{options}"),
    ] {
        while let Some(start) = sql.find(template) {
            let end = sql[start..].find("}}").expect("a template is closed") + start;
            let argument = sql[start + template.len()..end].to_string();
            sql.replace_range(start..end + 2, &body.replace(slot, &argument));
        }
    }
    while let Some(start) = sql.find("{{v:") {
        let end = sql[start..].find("}}").expect("a fragment is closed") + start;
        let fragment = version::fragment(&sql[start + "{{v:".len()..end], v);
        sql.replace_range(start..end + 2, fragment);
    }
    let mut out = String::with_capacity(sql.len() * 2);
    let mut rest = sql.as_str();
    while let Some(start) = rest.find("{{acl_json ") {
        let end = rest[start..].find("}}").expect("a template is closed") + start;
        let (acl, owner) = rest[start + "{{acl_json ".len()..end]
            .split_once(" | ")
            .expect("a template names the ACL and the owner");
        out.push_str(&rest[..start]);
        out.push_str(&ACL_JSON.replace("{acl}", acl).replace("{owner}", owner));
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

const OBJECTS: &str = include_str!("queries/objects.sql");
const DEPENDENCIES: &str = include_str!("queries/dependencies.sql");

/// Reads the whole schema of the database `client` is connected to.
pub fn read(client: &mut Client) -> Result<Database, CatalogError> {
    read_with(client, None)
}

/// [`read`], sharing the queries with `helper` (see [`read_raw_with`]).
///
/// The `pg_get_*def` functions read the catalog as it is now, not as the
/// transaction's snapshot saw it: an object dropped by another session
/// while the queries run comes back half described (a NULL definition)
/// and fails to decode. The whole read is then done once more.
pub fn read_with(
    client: &mut Client,
    mut helper: Option<&mut Client>,
) -> Result<Database, CatalogError> {
    match decode(&read_raw_with(client, helper.as_deref_mut())?) {
        Err(CatalogError::Decode { .. }) => decode(&read_raw_with(client, helper)?),
        decoded => decoded,
    }
}

/// Runs the catalog queries: the I/O half of [`read`]. What it returns can
/// be saved (`inspect --raw`) and decoded later without a server.
pub fn read_raw(client: &mut Client) -> Result<Raw, CatalogError> {
    read_raw_with(client, None)
}

/// The catalog queries, by name, with the half of the work they go to
/// when a second connection helps ([`read_raw_with`]): the halves take
/// about the same time at 1,000 tables.
const QUERIES: [(&str, &str, bool); 17] = [
    ("namespaces", include_str!("queries/namespaces.sql"), false),
    ("extensions", include_str!("queries/extensions.sql"), false),
    ("enums", include_str!("queries/enums.sql"), false),
    ("relations", include_str!("queries/relations.sql"), false),
    ("sequences", include_str!("queries/sequences.sql"), false),
    ("columns", include_str!("queries/columns.sql"), true),
    (
        "constraints",
        include_str!("queries/constraints.sql"),
        false,
    ),
    ("indexes", include_str!("queries/indexes.sql"), true),
    ("views", include_str!("queries/views.sql"), false),
    ("functions", include_str!("queries/functions.sql"), true),
    ("triggers", include_str!("queries/triggers.sql"), true),
    ("policies", include_str!("queries/policies.sql"), true),
    ("types", include_str!("queries/types.sql"), true),
    ("dependencies", "", false),
    ("unmanaged", include_str!("queries/unmanaged.sql"), true),
    ("ddl objects", include_str!("queries/ddl_objects.sql"), true),
    (
        "default privileges",
        include_str!("queries/default_privileges.sql"),
        true,
    ),
];

/// Rendering depends on these: schema-qualify every user object, and print
/// constants (timestamptz partition bounds, defaults) the same way whatever
/// the server's or the role's settings. No JIT: the queries are large
/// enough to trigger it, and compiling them costs more than it saves (at
/// 1,000 tables, 0.7 s of a 0.9 s dependencies query).
const SETTINGS: &str = "SET LOCAL search_path = pg_catalog; SET LOCAL TimeZone = 'UTC'; \
     SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres'; \
     SET LOCAL extra_float_digits = 3; SET LOCAL jit = off";

/// A read-only, repeatable-read transaction: one snapshot for every query.
fn begin(client: &mut Client) -> Result<postgres::Transaction<'_>, CatalogError> {
    client
        .build_transaction()
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .map_err(|e| query_error("begin", &e))
}

/// Runs the queries of one half (`second`) in `tx`.
fn run_queries(
    tx: &mut postgres::Transaction<'_>,
    version: PgVersion,
    second: Option<bool>,
) -> Result<Vec<(&'static str, Box<RawValue>)>, CatalogError> {
    let mut out = Vec::new();
    for (name, sql, half) in QUERIES {
        if second.is_some_and(|second| second != half) {
            continue;
        }
        let sql = if name == "dependencies" {
            expand(&format!("{OBJECTS}{DEPENDENCIES}"), version)
        } else {
            expand(sql, version)
        };
        // The simple protocol: one round trip per query, not two (parse,
        // then bind and execute); the one text column is all there is.
        let text = tx
            .simple_query(&sql)
            .map_err(|e| query_error(name, &e))?
            .into_iter()
            .find_map(|m| match m {
                postgres::SimpleQueryMessage::Row(row) => Some(row.get(0).map(str::to_string)),
                _ => None,
            })
            .flatten()
            .ok_or(CatalogError::Decode {
                query: name,
                cause: "no row".into(),
            })?;
        let value = RawValue::from_string(text).map_err(|e| CatalogError::Decode {
            query: name,
            cause: e.to_string(),
        })?;
        out.push((name, value));
    }
    Ok(out)
}

/// [`read_raw`], sharing the queries with `helper` (another connection to
/// the same database) when one is given: both read one snapshot (exported
/// by the first, imported by the second), so the result is the same as
/// on one connection, in about half the time on a server with two cores
/// free. A standby, which cannot export a snapshot, is read on one.
pub fn read_raw_with(
    client: &mut Client,
    helper: Option<&mut Client>,
) -> Result<Raw, CatalogError> {
    let mut tx = begin(client)?;
    let version = server_version(&mut tx)?;
    let snapshot: Option<String> = match helper {
        Some(_) => tx
            .query_one(
                "SELECT CASE WHEN NOT pg_is_in_recovery() THEN pg_export_snapshot() END",
                &[],
            )
            .map_err(|e| query_error("export snapshot", &e))?
            .get(0),
        None => None,
    };
    tx.batch_execute(SETTINGS)
        .map_err(|e| query_error("session settings", &e))?;
    let mut docs = match (helper, snapshot) {
        (Some(helper), Some(snapshot)) => std::thread::scope(|s| {
            let second = s.spawn(move || {
                let mut tx = begin(helper)?;
                tx.batch_execute(&format!(
                    "SET TRANSACTION SNAPSHOT {}; {SETTINGS}",
                    crate::model::quote_literal(&snapshot)
                ))
                .map_err(|e| query_error("import snapshot", &e))?;
                let docs = run_queries(&mut tx, version, Some(true))?;
                tx.commit().map_err(|e| query_error("commit", &e))?;
                Ok::<_, CatalogError>(docs)
            });
            let mut docs = run_queries(&mut tx, version, Some(false))?;
            docs.extend(
                second
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?,
            );
            Ok::<_, CatalogError>(docs)
        })?,
        _ => run_queries(&mut tx, version, None)?,
    };
    tx.commit().map_err(|e| query_error("commit", &e))?;
    let mut take = |name: &str| {
        let at = docs
            .iter()
            .position(|(n, _)| *n == name)
            .expect("every query ran");
        docs.swap_remove(at).1
    };
    Ok(Raw {
        server_version_num: version.num(),
        namespaces: take("namespaces"),
        extensions: take("extensions"),
        enums: take("enums"),
        relations: take("relations"),
        sequences: take("sequences"),
        columns: take("columns"),
        constraints: take("constraints"),
        indexes: take("indexes"),
        views: take("views"),
        functions: take("functions"),
        triggers: take("triggers"),
        policies: take("policies"),
        types: take("types"),
        dependencies: take("dependencies"),
        unmanaged: take("unmanaged"),
        ddl_objects: take("ddl objects"),
        default_privileges: take("default privileges"),
        files_search_path: None,
    })
}

/// The server's version, checked against the majors driftless supports.
pub fn server_version(
    client: &mut impl postgres::GenericClient,
) -> Result<PgVersion, CatalogError> {
    let row = client
        .query_one("SELECT current_setting('server_version_num')::int4", &[])
        .map_err(|e| query_error("server version", &e))?;
    let version = PgVersion::from_num(row.get::<_, i32>(0) as u32);
    if !version.is_supported() {
        return Err(CatalogError::Unsupported(version));
    }
    Ok(version)
}

/// The session's `search_path`, as PostgreSQL prints it (`"$user", public`).
pub fn search_path(client: &mut impl postgres::GenericClient) -> Result<String, CatalogError> {
    let row = client
        .query_one("SELECT current_setting('search_path')", &[])
        .map_err(|e| query_error("search_path", &e))?;
    Ok(row.get(0))
}

pub(super) fn query_error(query: &'static str, e: &postgres::Error) -> CatalogError {
    CatalogError::Query {
        query,
        cause: crate::source::connect::describe(e),
    }
}

/// The JSON documents the queries return, one per query, and the
/// server's version: everything [`decode`] needs, and nothing else.
#[derive(Debug, Serialize, Deserialize)]
pub struct Raw {
    /// `server_version_num` of the server read (`150019`).
    pub server_version_num: u32,
    pub namespaces: Box<RawValue>,
    pub extensions: Box<RawValue>,
    pub enums: Box<RawValue>,
    pub relations: Box<RawValue>,
    pub sequences: Box<RawValue>,
    pub columns: Box<RawValue>,
    pub constraints: Box<RawValue>,
    pub indexes: Box<RawValue>,
    pub views: Box<RawValue>,
    pub functions: Box<RawValue>,
    pub triggers: Box<RawValue>,
    pub policies: Box<RawValue>,
    pub types: Box<RawValue>,
    pub dependencies: Box<RawValue>,
    pub unmanaged: Box<RawValue>,
    pub ddl_objects: Box<RawValue>,
    pub default_privileges: Box<RawValue>,
    /// Schema files only (set by the loader, kept in the cache): see
    /// `Database::files_search_path`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files_search_path: Option<String>,
}

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
struct EnumRow {
    schema: String,
    name: String,
    labels: Vec<String>,
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
struct ViewRow {
    schema: String,
    name: String,
    relkind: String,
    definition: String,
    columns: Vec<(String, String)>,
    options: Vec<String>,
    populated: bool,
    comment: Option<String>,
    column_comments: BTreeMap<String, String>,
    #[serde(default)]
    column_defaults: BTreeMap<String, String>,
    #[serde(default)]
    column_acls: BTreeMap<String, Vec<Grant>>,
    acl: Vec<Grant>,
    owner: Option<String>,
}

#[derive(Deserialize)]
struct FunctionRow {
    schema: String,
    name: String,
    args: String,
    is_procedure: bool,
    definition: String,
    arguments: String,
    result: Option<String>,
    comment: Option<String>,
    acl: Vec<Grant>,
    owner: Option<String>,
}

#[derive(Deserialize)]
struct TriggerRow {
    schema: String,
    table: String,
    name: String,
    definition: String,
    enabled: String,
    comment: Option<String>,
}

#[derive(Deserialize)]
struct TriggersDoc {
    triggers: Vec<TriggerRow>,
    event_triggers: Vec<EventTrigger>,
}

#[derive(Deserialize)]
struct PolicyRow {
    schema: String,
    table: String,
    name: String,
    permissive: bool,
    command: String,
    roles: Vec<String>,
    using: Option<String>,
    check: Option<String>,
    comment: Option<String>,
}

#[derive(Deserialize)]
struct NamedRow<T> {
    schema: String,
    name: String,
    #[serde(flatten)]
    rest: T,
}

#[derive(Deserialize)]
struct DomainRest {
    base_type: String,
    collation: Option<String>,
    default: Option<String>,
    not_null: bool,
    not_null_name: Option<String>,
    checks: BTreeMap<String, String>,
    comment: Option<String>,
    acl: Vec<Grant>,
    owner: Option<String>,
}

#[derive(Deserialize)]
struct CompositeRest {
    attributes: Vec<Attribute>,
    comment: Option<String>,
    acl: Vec<Grant>,
    owner: Option<String>,
}

#[derive(Deserialize)]
struct RangeRest {
    subtype: String,
    options: Vec<String>,
    comment: Option<String>,
    acl: Vec<Grant>,
    owner: Option<String>,
}

#[derive(Deserialize)]
struct CollationRest {
    options: Vec<String>,
    comment: Option<String>,
    owner: Option<String>,
}

#[derive(Deserialize)]
struct TypesDoc {
    domains: Vec<NamedRow<DomainRest>>,
    composites: Vec<NamedRow<CompositeRest>>,
    ranges: Vec<NamedRow<RangeRest>>,
    collations: Vec<NamedRow<CollationRest>>,
}

#[derive(Deserialize)]
struct IndexRow {
    schema: String,
    name: String,
    table_schema: String,
    table: String,
    unique: bool,
    valid: bool,
    definition: String,
    comment: Option<String>,
    parts: Option<Vec<IndexPartRow>>,
}

#[derive(Deserialize)]
struct IndexPartRow {
    schema: String,
    name: String,
    table_schema: String,
    table: String,
    comment: Option<String>,
}

/// Turns the query results into a model. Pure: unit-testable without a server.
pub fn decode(raw: &Raw) -> Result<Database, CatalogError> {
    let mut db = Database {
        version: PgVersion::from_num(raw.server_version_num),
        files_search_path: raw.files_search_path.clone(),
        ..Database::default()
    };
    for n in parse::<Vec<NamespaceRow>>("namespaces", &raw.namespaces)? {
        db.schemas.insert(
            n.name.clone(),
            Namespace {
                owner: n.owner,
                name: n.name,
                comment: n.comment,
                acl: Some(n.acl),
            },
        );
    }
    for x in parse::<Vec<Extension>>("extensions", &raw.extensions)? {
        db.extensions.insert(x.name.clone(), x);
    }
    for e in parse::<Vec<EnumRow>>("enums", &raw.enums)? {
        let name = QualName::new(e.schema, e.name);
        db.enums.insert(
            name.clone(),
            EnumType {
                owner: e.owner,
                name,
                labels: e.labels,
                comment: e.comment,
                acl: Some(e.acl),
            },
        );
    }
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
            db.tables.insert(
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
    for s in parse::<Vec<SequenceRow>>("sequences", &raw.sequences)? {
        let name = QualName::new(s.schema, s.name);
        if let Some(v) = s.last_value {
            db.sequence_values
                .insert(ObjKey::Sequence { name: name.clone() }, v);
        }
        db.sequences.insert(
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
    for c in parse::<Vec<ColumnRow>>("columns", &raw.columns)? {
        let Some(table) = db.tables.get_mut(&QualName::new(&c.schema, &c.table)) else {
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
    for c in parse::<Vec<ConstraintRow>>("constraints", &raw.constraints)? {
        let Some(table) = db.tables.get_mut(&QualName::new(&c.schema, &c.table)) else {
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
    for v in parse::<Vec<ViewRow>>("views", &raw.views)? {
        let name = QualName::new(v.schema, v.name);
        db.views.insert(
            name.clone(),
            View {
                owner: v.owner,
                name,
                kind: if v.relkind == "m" {
                    ViewKind::Materialized
                } else {
                    ViewKind::View
                },
                definition: v.definition,
                columns: v.columns,
                options: v.options,
                populated: v.populated,
                comment: v.comment,
                column_comments: v.column_comments,
                column_defaults: v.column_defaults,
                acl: Some(v.acl),
                // A column whose privileges were all revoked has none.
                column_acls: Some(
                    v.column_acls
                        .into_iter()
                        .filter(|(_, acl)| !acl.is_empty())
                        .collect(),
                ),
            },
        );
    }
    for f in parse::<Vec<FunctionRow>>("functions", &raw.functions)? {
        let id = FunctionId {
            name: QualName::new(f.schema, f.name),
            args: f.args,
        };
        db.functions.insert(
            id.clone(),
            Function {
                owner: f.owner,
                id,
                is_procedure: f.is_procedure,
                definition: f.definition,
                arguments: f.arguments,
                result: f.result,
                comment: f.comment,
                acl: Some(f.acl),
            },
        );
    }
    let triggers = parse::<TriggersDoc>("triggers", &raw.triggers)?;
    for t in triggers.triggers {
        let id = TriggerId {
            table: QualName::new(t.schema, t.table),
            name: t.name,
        };
        if db.relation_key(&id.table).is_none() {
            db.unmanaged.insert(Unmanaged {
                kind: "trigger".into(),
                name: format!("{} on {}", quote_ident(&id.name), id.table),
            });
            continue;
        }
        db.triggers.insert(
            id.clone(),
            Trigger {
                id,
                definition: t.definition,
                enabled: t.enabled,
                comment: t.comment,
            },
        );
    }
    for e in triggers.event_triggers {
        db.event_triggers.insert(e.name.clone(), e);
    }
    for p in parse::<Vec<PolicyRow>>("policies", &raw.policies)? {
        let id = PolicyId {
            table: QualName::new(p.schema, p.table),
            name: p.name,
        };
        db.policies.insert(
            id.clone(),
            Policy {
                id,
                permissive: p.permissive,
                command: p.command,
                roles: p.roles,
                using: p.using,
                check: p.check,
                comment: p.comment,
            },
        );
    }
    let types = parse::<TypesDoc>("types", &raw.types)?;
    for d in types.domains {
        let name = QualName::new(d.schema, d.name);
        let r = d.rest;
        db.domains.insert(
            name.clone(),
            Domain {
                owner: r.owner,
                name,
                base_type: r.base_type,
                collation: r.collation,
                default: r.default,
                not_null: r.not_null,
                not_null_name: r.not_null_name,
                checks: r.checks,
                comment: r.comment,
                acl: Some(r.acl),
            },
        );
    }
    for c in types.composites {
        let name = QualName::new(c.schema, c.name);
        db.composites.insert(
            name.clone(),
            CompositeType {
                owner: c.rest.owner,
                name,
                attributes: c.rest.attributes,
                comment: c.rest.comment,
                acl: Some(c.rest.acl),
            },
        );
    }
    for r in types.ranges {
        let name = QualName::new(r.schema, r.name);
        db.ranges.insert(
            name.clone(),
            RangeType {
                owner: r.rest.owner,
                name,
                subtype: r.rest.subtype,
                options: r.rest.options,
                comment: r.rest.comment,
                acl: Some(r.rest.acl),
            },
        );
    }
    for c in types.collations {
        let name = QualName::new(c.schema, c.name);
        db.collations.insert(
            name.clone(),
            Collation {
                owner: c.rest.owner,
                name,
                options: c.rest.options,
                comment: c.rest.comment,
            },
        );
    }
    for i in parse::<Vec<IndexRow>>("indexes", &raw.indexes)? {
        let table = QualName::new(i.table_schema, i.table);
        if db.relation_key(&table).is_none() {
            // An index of an unmanaged relation goes with it.
            continue;
        }
        let prefix = format!(
            "CREATE {}INDEX {} ",
            if i.unique { "UNIQUE " } else { "" },
            quote_ident(&i.name)
        );
        let body = i
            .definition
            .strip_prefix(&prefix)
            .map(str::to_string)
            .ok_or_else(|| CatalogError::Decode {
                query: "indexes",
                cause: format!("unexpected index definition: {}", i.definition),
            })?;
        let name = QualName::new(i.schema, i.name);
        db.indexes.insert(
            name.clone(),
            Index {
                name,
                table,
                unique: i.unique,
                valid: i.valid,
                body,
                comment: i.comment,
                parts: i
                    .parts
                    .unwrap_or_default()
                    .into_iter()
                    .map(|p| IndexPart {
                        name: QualName::new(p.schema, p.name),
                        table: QualName::new(p.table_schema, p.table),
                        comment: p.comment,
                    })
                    .collect(),
            },
        );
    }
    for (kind, name) in parse::<Vec<(String, String)>>("unmanaged", &raw.unmanaged)? {
        db.unmanaged.insert(Unmanaged { kind, name });
    }
    for o in parse::<Vec<DdlObject>>("ddl objects", &raw.ddl_objects)? {
        db.ddl_objects.insert(o.id(), o);
    }
    for d in parse::<Vec<DefaultPrivileges>>("default privileges", &raw.default_privileges)? {
        db.default_privileges.insert(d.id(), d);
    }
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
        let mut a = key(&db, &ak, asch, an, asub);
        let b = key(&db, &bk, bsch, bn, bsub);
        if let (ObjKey::Sequence { name }, ObjKey::Column { .. }, "a") = (&a, &b, deptype.as_str())
        {
            // OWNED BY: the link, not the sequence, needs the column.
            a = ObjKey::SequenceOwner { name: name.clone() };
        }
        if a != b {
            db.dependencies.insert((a, b));
        }
    }
    // driftless's own migration history is never part of a schema.
    db.retain_schemas(|s| s != crate::migrate::HISTORY_SCHEMA);
    db.add_implicit_dependencies();
    Ok(db)
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
            if db.ddl_objects.contains_key(&id) {
                return ObjKey::Ddl { kind, name };
            }
        }
        return ObjKey::Unmanaged {
            kind: spelled.into(),
            name,
        };
    }
    let q = QualName::new(schema, name);
    match kind {
        "schema" => ObjKey::Schema { name: q.name },
        "extension" => ObjKey::Extension { name: q.name },
        "type" => ObjKey::Type { name: q },
        "collation" if db.collations.contains_key(&q) => ObjKey::Collation { name: q },
        "policy"
            if db.policies.contains_key(&PolicyId {
                table: q.clone(),
                name: sub.clone(),
            }) =>
        {
            ObjKey::Policy {
                table: q,
                name: sub,
            }
        }
        "sequence" => ObjKey::Sequence { name: q },
        "table" if db.tables.contains_key(&q) => ObjKey::Table { name: q },
        "column" if db.tables.contains_key(&q) => ObjKey::Column {
            table: q,
            name: sub,
        },
        "constraint" if db.tables.contains_key(&q) => ObjKey::Constraint {
            table: q,
            name: sub,
        },
        "default" if db.tables.contains_key(&q) => ObjKey::Default {
            table: q,
            column: sub,
        },
        // A view column's default (for inserts through the view) is part
        // of the view.
        "default" if db.views.contains_key(&q) => ObjKey::View { name: q },
        "index" => ObjKey::Index { name: q },
        "view" if db.views.contains_key(&q) => ObjKey::View { name: q },
        "function"
            if db.functions.contains_key(&FunctionId {
                name: q.clone(),
                args: sub.clone(),
            }) =>
        {
            ObjKey::Function { name: q, args: sub }
        }
        "trigger"
            if db.triggers.contains_key(&TriggerId {
                table: q.clone(),
                name: sub.clone(),
            }) =>
        {
            ObjKey::Trigger {
                table: q,
                name: sub,
            }
        }
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

#[cfg(test)]
mod tests {
    #[test]
    fn acl_templates_expand_to_the_privileges_query() {
        assert_eq!(
            super::expand(
                "SELECT {{acl_json coalesce(n.nspacl, acldefault('n', n.nspowner)) | n.nspowner}} FROM x",
                crate::model::PgVersion::default()
            ),
            "SELECT (SELECT coalesce(json_agg(json_build_array(g.grantee, g.privilege_type, g.is_grantable) \
             ORDER BY g.grantee, g.privilege_type, g.is_grantable), '[]') FROM (SELECT CASE WHEN a.grantee = 0 \
             THEN 'PUBLIC' WHEN a.grantee = n.nspowner THEN '@owner' ELSE quote_ident(pg_get_userbyid(a.grantee)) \
             END AS grantee, a.privilege_type, a.is_grantable FROM (SELECT coalesce(n.nspacl, acldefault('n', \
             n.nspowner)) AS acl) x, aclexplode(CASE WHEN cardinality(x.acl) > 0 THEN x.acl END) a) g) FROM x"
        );
        // Every query's templates are well formed, on every major.
        for major in crate::model::version::OLDEST_MAJOR..=crate::model::version::NEWEST_MAJOR {
            for sql in [
                include_str!("queries/namespaces.sql"),
                include_str!("queries/columns.sql"),
                include_str!("queries/types.sql"),
                include_str!("queries/objects.sql"),
                include_str!("queries/ddl_objects.sql"),
            ] {
                let v = crate::model::PgVersion::major_only(major);
                assert!(!super::expand(sql, v).contains("{{"));
            }
        }
    }
}
