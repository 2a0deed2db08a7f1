//! How big the tables a plan's hazards are about: estimated rows
//! (`pg_class.reltuples`, summed over the leaves of a partitioned table)
//! and the size on disk with indexes and TOAST, read from the target in
//! one query so a reviewer sees whether "rewrites public.orders" means ten
//! rows or four hundred million.

use std::collections::BTreeMap;

use postgres::Client;

use super::CatalogError;
use crate::model::QualName;

/// A table's size as the statistics know it.
#[derive(Debug, Clone, PartialEq)]
pub struct TableSize {
    /// Estimated rows; `None` when the table was never vacuumed or
    /// analyzed (PostgreSQL 14 and later say so with -1).
    pub rows: Option<f64>,
    /// Heap, indexes and TOAST, as `pg_size_pretty` prints them (`16 kB`).
    pub size: String,
}

/// The sizes of `tables` that exist (others are left out).
pub fn table_sizes(
    client: &mut Client,
    tables: &[QualName],
) -> Result<BTreeMap<QualName, TableSize>, CatalogError> {
    if tables.is_empty() {
        return Ok(BTreeMap::new());
    }
    let schemas: Vec<&str> = tables.iter().map(|t| t.schema.as_str()).collect();
    let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
    let rows = client
        .query(
            "SELECT n.nspname::text, c.relname::text, \
                    CASE WHEN bool_and(l.reltuples >= 0) THEN sum(greatest(l.reltuples, 0))::float8 END, \
                    pg_size_pretty(sum(pg_total_relation_size(l.oid))::bigint) \
             FROM unnest($1::text[], $2::text[]) AS w(schema, name) \
             JOIN pg_namespace n ON n.nspname = w.schema \
             JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = w.name \
             LEFT JOIN LATERAL (SELECT relid FROM pg_partition_tree(c.oid) WHERE isleaf) p ON true \
             JOIN pg_class l ON l.oid = coalesce(p.relid, c.oid) \
             WHERE c.relkind IN ('r', 'p', 'm') \
             GROUP BY n.nspname, c.relname",
            &[&schemas, &names],
        )
        .map_err(|e| super::query_error("table sizes", &e))?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                QualName {
                    schema: r.get(0),
                    name: r.get(1),
                },
                TableSize {
                    rows: r.get(2),
                    size: r.get(3),
                },
            )
        })
        .collect())
}

/// Estimated non-NULL values of each column (`reltuples` × (1 −
/// `pg_stats.null_frac`)); `None` without statistics. Columns that do not
/// exist are left out.
pub fn column_values(
    client: &mut Client,
    columns: &[(QualName, String)],
) -> Result<BTreeMap<(QualName, String), Option<f64>>, CatalogError> {
    if columns.is_empty() {
        return Ok(BTreeMap::new());
    }
    let schemas: Vec<&str> = columns.iter().map(|(t, _)| t.schema.as_str()).collect();
    let tables: Vec<&str> = columns.iter().map(|(t, _)| t.name.as_str()).collect();
    let names: Vec<&str> = columns.iter().map(|(_, c)| c.as_str()).collect();
    let rows = client
        .query(
            "SELECT w.schema, w.tbl, w.col, \
                    CASE WHEN c.reltuples >= 0 AND s.null_frac IS NOT NULL \
                         THEN (c.reltuples * (1 - s.null_frac))::float8 END \
             FROM unnest($1::text[], $2::text[], $3::text[]) AS w(schema, tbl, col) \
             JOIN pg_namespace n ON n.nspname = w.schema \
             JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = w.tbl \
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = w.col AND NOT a.attisdropped \
             LEFT JOIN pg_stats s ON s.schemaname = w.schema AND s.tablename = w.tbl \
                  AND s.attname = w.col AND NOT s.inherited",
            &[&schemas, &tables, &names],
        )
        .map_err(|e| super::query_error("column statistics", &e))?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                (
                    QualName {
                        schema: r.get(0),
                        name: r.get(1),
                    },
                    r.get(2),
                ),
                r.get(3),
            )
        })
        .collect())
}
