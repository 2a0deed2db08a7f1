//! The catalog's differences between majors, as SQL fragments.
//!
//! Queries write `{{v:NAME}}` where a column exists only in some majors; the
//! fragment for the server at hand replaces it before the query runs, so
//! every query keeps one text and the reader its fixed number of round
//! trips. Which major has what is decided by `model::version` alone.

use crate::model::PgVersion;

/// The SQL that stands for `{{v:name}}` on a server of version `v`.
///
/// # Panics
/// On a name no query should use: a typo in a query, caught by the tests
/// that read every supported major.
pub fn fragment(name: &str, v: PgVersion) -> &'static str {
    match name {
        // An ICU (or, from 17, builtin) collation's locale.
        "collation_locale" if v.has_colllocale() => "co.colllocale",
        "collation_locale" if v.has_icu_locale_column() => "co.colliculocale",
        "collation_locale" => "co.collcollate",
        // ICU tailoring rules, NULL where there are none.
        "collation_rules" if v.has_icu_rules() => "co.collicurules",
        "collation_rules" => "NULL::text",
        // A column's own compression method (14), NULL for the default.
        "column_compression" if v.has_column_compression() => {
            "CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END"
        }
        "column_compression" => "NULL::text",
        // A range type's multirange type, 0 before multiranges existed.
        "range_multirange" if v.has_multiranges() => "r.rngmultitypid",
        "range_multirange" => "0::oid",
        // The name of a domain's NOT NULL constraint, a row of its own from 17.
        "domain_not_null_name" if v.has_domain_not_null_constraints() => {
            "(SELECT co.conname FROM pg_constraint co WHERE co.contypid = t.oid AND co.contype = 'n' LIMIT 1)"
        }
        "domain_not_null_name" => "NULL::name",
        // A column's NOT NULL constraint (name, validated, declared here
        // rather than inherited, NO INHERIT), a row of its own from 18.
        "not_null_constraint" if v.has_not_null_constraints() => {
            "(SELECT json_build_array(co.conname, co.convalidated, co.conislocal, co.connoinherit) FROM pg_constraint co \
             WHERE co.conrelid = c.oid AND co.contype = 'n' AND co.conkey[1] = a.attnum LIMIT 1)"
        }
        "not_null_constraint" => "NULL::json",
        // Before 14, a view over a function returning a table's rows
        // records no dependency on the columns it uses: count every column
        // of that table as used, so retyping one recreates the view.
        "function_result_columns" if v.records_function_result_columns() => "",
        "function_result_columns" => {
            "UNION ALL \
             SELECT d.classid, d.objid, d.objsubid, 'pg_class'::regclass, c.oid, a.attnum, 'n' \
             FROM pg_depend d \
             JOIN pg_proc p ON d.refclassid = 'pg_proc'::regclass AND p.oid = d.refobjid \
             JOIN pg_class c ON c.reltype = p.prorettype AND c.relkind IN ('r', 'p') \
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped \
             WHERE d.classid = 'pg_rewrite'::regclass AND d.deptype = 'n'"
        }
        // A base type's subscripting handler (14), in CREATE TYPE's list.
        "type_subscript" if v.has_type_subscript() => {
            "CASE WHEN t.typsubscript <> 0 THEN 'SUBSCRIPT = ' || t.typsubscript::regproc::text END"
        }
        "type_subscript" => "NULL::text",
        // A published table's column list and row filter (15), after `''`.
        "publication_table_extras" if v.has_publication_schemas() => {
            "|| coalesce(' (' || (SELECT string_agg(quote_ident(pa.attname), ', ' ORDER BY k.i) \
             FROM unnest(pr.prattrs::int2[]) WITH ORDINALITY k(n, i) \
             JOIN pg_attribute pa ON pa.attrelid = pr.prrelid AND pa.attnum = k.n) || ')', '') \
             || coalesce(' WHERE (' || pg_get_expr(pr.prqual, pr.prrelid) || ')', '')"
        }
        "publication_table_extras" => "",
        // Whether a publication publishes stored generated columns (18),
        // as the setting `publish_generated_columns`.
        "publication_generated_columns" if v.has_publication_generated_columns() => {
            "|| jsonb_build_object('publish_generated_columns', \
             CASE p.pubgencols WHEN 's' THEN 'stored' ELSE 'none' END)"
        }
        "publication_generated_columns" => "",
        // A subscription's options besides synchronous_commit, each
        // major's own as `|| jsonb_build_object(...)`: binary and
        // streaming (14; streaming a char from 16, `parallel` its third
        // value), two_phase and disable_on_error (15), origin,
        // password_required and run_as_owner (16), failover (17).
        "subscription_options_14" if v.has_subscription_origin() => {
            "|| jsonb_build_object('binary', s.subbinary::text, 'streaming', \
             CASE s.substream WHEN 't' THEN 'on' WHEN 'p' THEN 'parallel' ELSE 'off' END)"
        }
        "subscription_options_14" if v.has_subscription_streaming() => {
            "|| jsonb_build_object('binary', s.subbinary::text, \
             'streaming', CASE WHEN s.substream THEN 'on' ELSE 'off' END)"
        }
        "subscription_options_15" if v.has_subscription_two_phase() => {
            "|| jsonb_build_object('two_phase', (s.subtwophasestate <> 'd')::text, \
             'disable_on_error', s.subdisableonerr::text)"
        }
        "subscription_options_16" if v.has_subscription_origin() => {
            "|| jsonb_build_object('origin', quote_literal(s.suborigin), \
             'password_required', s.subpasswordrequired::text, 'run_as_owner', s.subrunasowner::text)"
        }
        "subscription_options_17" if v.has_subscription_failover() => {
            "|| jsonb_build_object('failover', s.subfailover::text)"
        }
        "subscription_options_14"
        | "subscription_options_15"
        | "subscription_options_16"
        | "subscription_options_17" => "",
        // A publication's whole schemas (15), as settings `schema NAME`.
        "publication_schemas" if v.has_publication_schemas() => {
            "(SELECT jsonb_object_agg('schema ' || quote_ident(pn.nspname), '') \
             FROM pg_publication_namespace pp JOIN pg_namespace pn ON pn.oid = pp.pnnspid WHERE pp.pnpubid = p.oid)"
        }
        "publication_schemas" => "NULL::jsonb",
        // A publication's schemas stand for the publication (15).
        "publication_namespace_objects" if v.has_publication_schemas() => {
            "UNION ALL \
             SELECT 'pg_publication_namespace'::regclass, pp.oid, 0, 'ddl:' || k.kind, '', k.name, '' \
             FROM pg_publication_namespace pp \
             JOIN ddl k ON k.classid = 'pg_publication'::regclass AND k.objid = pp.pnpubid"
        }
        "publication_namespace_objects" => "",
        _ => panic!("unknown catalog fragment {{{{v:{name}}}}}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_major_gets_its_columns() {
        let v = |m| PgVersion::major_only(m);
        assert_eq!(fragment("collation_locale", v(13)), "co.collcollate");
        assert_eq!(fragment("collation_locale", v(15)), "co.colliculocale");
        assert_eq!(fragment("collation_locale", v(16)), "co.colliculocale");
        assert_eq!(fragment("collation_locale", v(18)), "co.colllocale");
        assert_eq!(fragment("range_multirange", v(13)), "0::oid");
        assert_eq!(fragment("range_multirange", v(14)), "r.rngmultitypid");
        assert_eq!(fragment("collation_rules", v(15)), "NULL::text");
    }
}
