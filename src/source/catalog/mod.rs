//! Catalog → model: the only place that reads a database's schema.
//!
//! A fixed set of queries (one per object family, see `queries/`), run in
//! one repeatable-read, read-only transaction with `search_path` set to
//! `pg_catalog` so that every rendered expression names user objects with
//! their schema. Each query returns a single JSON document (together: a
//! [`CatalogDocuments`]): the number of round trips does not grow with the schema. This
//! module does the I/O; `decode.rs` turns a `CatalogDocuments` into the model, without
//! a server.
//!
//! The same reader serves the target database and the temporary database
//! that holds the desired files, which is what makes the two models
//! comparable by plain equality.

pub mod casts;
mod decode;
pub mod sizes;
mod version;

use postgres::Client;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::model::{Database, PgVersion};

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

/// A column's storage strategy when not its type's, as JSON (`strategy`,
/// and the type's `type_default` it returns to), for an attribute `a` of
/// type `t`; NULL when it is the type's.
const COLUMN_STORAGE: &str = "CASE WHEN a.attstorage <> t.typstorage THEN json_build_object(\
'strategy', CASE a.attstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END, \
'type_default', CASE t.typstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END) END";

/// Expands the templates of a query: `{{ddl_objects}}` (the `ddl` CTE),
/// `{{column_storage}}` (see [`COLUMN_STORAGE`]),
/// `{{opfamily_members FAMILY}}`, `{{options ARRAY}}`, the `{{v:NAME}}`
/// fragments that differ between majors (see `version`) and
/// `{{acl_json ACL | OWNER}}`.
fn expand(sql: &str, v: PgVersion) -> String {
    let mut sql = sql
        .replace("{{ddl_objects}}", &ddl_cte())
        .replace("{{column_storage}}", COLUMN_STORAGE);
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
const SUBSCRIPTION_NAMES: &str = include_str!("queries/subscription_names.sql");
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
pub fn read_raw(client: &mut Client) -> Result<CatalogDocuments, CatalogError> {
    read_raw_with(client, None)
}

/// The catalog queries, by name, with the half of the work they go to
/// when a second connection helps ([`read_raw_with`]): the halves take
/// about the same time at 1,000 tables.
const QUERIES: [(&str, &str, bool); 18] = [
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
    (
        "subscriptions",
        include_str!("queries/subscriptions.sql"),
        false,
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
    conninfo: bool,
    second: Option<bool>,
) -> Result<Vec<(&'static str, Box<RawValue>)>, CatalogError> {
    let mut out = Vec::new();
    for (name, sql, half) in QUERIES {
        if second.is_some_and(|second| second != half) {
            continue;
        }
        let sql = if name == "dependencies" {
            expand(&format!("{OBJECTS}{DEPENDENCIES}"), version)
        } else if name == "subscriptions" && !conninfo {
            // A role that may not read a connection string may not read
            // most of pg_subscription either (PostgreSQL 13).
            SUBSCRIPTION_NAMES.to_string()
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
) -> Result<CatalogDocuments, CatalogError> {
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
    // What a relation created without USING gets here (a database's or
    // role's setting), before SETTINGS.
    // And whether it may read subscriptions' connection strings.
    let session = tx
        .query_one(
            "SELECT nullif(current_setting('default_table_access_method'), 'heap'), \
             has_column_privilege('pg_catalog.pg_subscription', 'subconninfo', 'SELECT')",
            &[],
        )
        .map_err(|e| query_error("default table access method", &e))?;
    let default_table_access_method: Option<String> = session.get(0);
    let conninfo: bool = session.get(1);
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
                let docs = run_queries(&mut tx, version, conninfo, Some(true))?;
                tx.commit().map_err(|e| query_error("commit", &e))?;
                Ok::<_, CatalogError>(docs)
            });
            let mut docs = run_queries(&mut tx, version, conninfo, Some(false))?;
            docs.extend(
                second
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?,
            );
            Ok::<_, CatalogError>(docs)
        })?,
        _ => run_queries(&mut tx, version, conninfo, None)?,
    };
    tx.commit().map_err(|e| query_error("commit", &e))?;
    let mut take = |name: &str| {
        let at = docs
            .iter()
            .position(|(n, _)| *n == name)
            .expect("every query ran");
        docs.swap_remove(at).1
    };
    Ok(CatalogDocuments {
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
        subscriptions: Some(take("subscriptions")),
        files_search_path: None,
        default_table_access_method,
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
pub struct CatalogDocuments {
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
    /// Absent from documents saved before subscriptions were managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Box<RawValue>>,
    /// Schema files only (set by the loader, kept in the cache): see
    /// `Database::files_search_path`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files_search_path: Option<String>,
    /// The reading session's `default_table_access_method`, unless
    /// `heap`: see `Database::default_table_access_method`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_table_access_method: Option<String>,
}

pub use decode::decode;

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
