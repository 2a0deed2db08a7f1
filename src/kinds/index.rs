//! Indexes (`CREATE INDEX`) that do not implement a constraint (those are
//! their constraints', planned with the tables). An index is compared on
//! `pg_get_indexdef` after its name, so equal bodies under another name
//! are a rename (`ALTER INDEX ... RENAME`), not a rebuild; any other
//! change rebuilds it, with an `index_build` hazard when its table exists
//! before the plan (`--online` builds it `CONCURRENTLY`, reading the
//! step's `Op`). An index of a dropped table goes with it.
//!
//! ## The indexes of a partitioned table's partitions
//!
//! PostgreSQL makes those itself, with a name it chooses
//! (`ev_2024_kind_idx`), when the parent's index is created or a partition
//! is created or attached; unless an equal index on the partition existed
//! first, which is then attached under its own name. A schema file that
//! creates `ev_2024_kind_custom` before `CREATE INDEX ev_kind ON ev` gets
//! that name, and the plan must too. They are parts of the parent's index
//! ([`IndexPart`]): a part on both sides under another name is renamed; a
//! part the plan makes (a new index, a new or newly attached partition) is
//! named and commented through a lookup of the index PostgreSQL attached
//! (its name is not known before): only when the desired name does not
//! look like PostgreSQL's own choice (`<table>_..._idx[N]`) or it has a
//! comment.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Kind;
use crate::model::delta::{Delta, delta_of, pair_by_key, pair_renames};
use crate::model::scan::{first_group, first_list, has_top_level_space, split_top_level};
use crate::model::{
    Database, ObjKey, OnRelation, QualName, SharedName, quote_ident, quote_literal,
};
use crate::step::check::{Check, Checking, Query};
use crate::step::sql::{comment, create_index};
use crate::step::statement::Op;
use crate::step::{HazardCode, Models, Step};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    pub name: QualName,
    pub table: QualName,
    pub unique: bool,
    /// `false` for an index left behind by a failed `CREATE INDEX
    /// CONCURRENTLY`: it never equals a desired one, so it is rebuilt.
    pub valid: bool,
    /// `pg_get_indexdef` after the index name: `ON public.t USING btree (a)`.
    pub body: String,
    pub comment: Option<String>,
    /// A partitioned table's index: the partitions' indexes attached to it
    /// (at every level), by partition. They come and go with the index and
    /// the partitions; only their names and comments are their own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<IndexPart>,
    /// The statistics targets set on its (expression) columns, as
    /// `(column number, target)`, by column number (`ALTER INDEX ... ALTER
    /// COLUMN n SET STATISTICS`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statistics: Vec<(i16, i32)>,
}

/// A partition's index attached to its parent table's index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexPart {
    pub name: QualName,
    /// The partition.
    pub table: QualName,
    pub comment: Option<String>,
}

/// One index as the catalog reader's `indexes` document spells it.
#[derive(Deserialize)]
pub struct Row {
    schema: String,
    name: String,
    table_schema: String,
    table: String,
    unique: bool,
    valid: bool,
    definition: String,
    comment: Option<String>,
    parts: Option<Vec<PartRow>>,
    #[serde(default)]
    statistics: Option<Vec<(i16, i32)>>,
}

#[derive(Deserialize)]
struct PartRow {
    schema: String,
    name: String,
    table_schema: String,
    table: String,
    comment: Option<String>,
}

impl Row {
    /// The table (or materialized view) the index is on.
    pub fn table(&self) -> QualName {
        QualName::new(&self.table_schema, &self.table)
    }
}

impl TryFrom<Row> for Index {
    /// The definition, when it is not `CREATE [UNIQUE] INDEX name ...`.
    type Error = String;

    fn try_from(r: Row) -> Result<Index, String> {
        let prefix = format!(
            "CREATE {}INDEX {} ",
            if r.unique { "UNIQUE " } else { "" },
            quote_ident(&r.name)
        );
        let body = r
            .definition
            .strip_prefix(&prefix)
            .map(str::to_string)
            .ok_or_else(|| format!("unexpected index definition: {}", r.definition))?;
        Ok(Index {
            table: QualName::new(r.table_schema, r.table),
            name: QualName::new(r.schema, r.name),
            unique: r.unique,
            valid: r.valid,
            body,
            comment: r.comment,
            statistics: r.statistics.unwrap_or_default(),
            parts: r
                .parts
                .unwrap_or_default()
                .into_iter()
                .map(|p| IndexPart {
                    name: QualName::new(p.schema, p.name),
                    table: QualName::new(p.table_schema, p.table),
                    comment: p.comment,
                })
                .collect(),
        })
    }
}

/// The kind.
pub struct Indexes;

impl Kind for Indexes {
    type Object = Index;
    type Id = QualName;
    type Change = Delta<Index>;
    const NAME: &'static str = "index";
    const FILE: &'static str = "indexes";

    fn id(i: &Index) -> QualName {
        i.name.clone()
    }

    fn key(id: &QualName) -> ObjKey {
        ObjKey::Index { name: id.clone() }
    }

    fn id_of(key: &ObjKey) -> Option<QualName> {
        match key {
            ObjKey::Index { name } => Some(name.clone()),
            _ => None,
        }
    }

    /// A `index` row, whether or not the model holds it.
    fn catalog_key(_: &Database, row: &super::ObjectRow) -> Option<ObjKey> {
        (row.word == "index").then(|| ObjKey::Index {
            name: row.qualified(),
        })
    }

    fn names_taken(_: &Database, id: &QualName, _: &ObjKey) -> Vec<SharedName> {
        vec![SharedName::Relation(id.clone())]
    }

    /// An index is a part of the table or materialized view it is on.
    fn on_relation(db: &Database, id: &QualName, _: &ObjKey) -> Option<OnRelation> {
        db.kinds
            .indexes
            .get(id)
            .map(|i| OnRelation::PartOf(i.table.clone()))
    }

    /// A partition's index the plan names (`kinds::index`'s parts).
    fn file_of_id(id: &QualName) -> Option<(Option<String>, String)> {
        Some((Some(id.schema.clone()), Self::FILE.to_string()))
    }

    fn schema(i: &Index) -> Option<&str> {
        Some(&i.name.schema)
    }

    /// Its table or materialized view, whichever the model holds.
    fn container(db: &Database, i: &Index) -> Option<ObjKey> {
        db.relation_key(&i.table)
    }

    fn diff(
        current: &BTreeMap<QualName, Index>,
        desired: &BTreeMap<QualName, Index>,
    ) -> Vec<Delta<Index>> {
        let mut deltas: Vec<Delta<Index>> = pair_by_key(current, desired)
            .into_iter()
            .filter_map(|(from, to)| delta_of(from, to))
            .collect();
        pair_renames(&mut deltas, same_but_name);
        deltas
    }

    fn steps(models: &Models, delta: &Delta<Index>, out: &mut Vec<Step>) {
        steps(models, delta, out)
    }

    /// PostgreSQL rebuilds an index whose column changes type without its
    /// statistics targets: they are set again.
    /// (Under its current name: one the plan renames is renamed after,
    /// as the new name needs the changed column.)
    fn after_rebuild(models: &Models, name: &QualName, _: &ObjKey) -> Vec<String> {
        let (current, desired) = (&models.current.kinds.indexes, &models.desired.kinds.indexes);
        let Some(from) = current.get(name) else {
            return Vec::new();
        };
        let renamed = || {
            desired
                .values()
                .find(|d| !current.contains_key(&d.name) && same_but_name(from, d))
        };
        desired
            .get(name)
            .or_else(renamed)
            .map_or_else(Vec::new, |to| statistics_sql(name, &[], &to.statistics))
    }

    /// A unique index built on a table with rows: no two rows may share
    /// its key.
    fn checks(at: &Checking, name: &QualName, _: &ObjKey, out: &mut Vec<Check>) {
        if let Some(i) = at.models.desired.kinds.indexes.get(name)
            && i.unique
            && crate::kinds::table::checks::has_rows(at, &i.table)
        {
            out.push(unique_index_check(at.step, i).unwrap_or_else(|| Check {
                step: at.step,
                what: format!("unique index {} on {}", i.name, i.table),
                query: Query::Unchecked {
                    why: "keys with an operator class or a collation of their own are not checked yet".into(),
                },
            }));
        }
    }

    /// PostgreSQL rebuilds an index on a column whose type changes.
    fn rebuilt_by_retype(_: &Models, _: &QualName, _: &ObjKey, _: &[&ObjKey]) -> bool {
        true
    }

    fn recreate(models: &Models, name: &QualName, _: &ObjKey) -> Option<Vec<Step>> {
        Some(vec![
            drop_step(models.current.kinds.indexes.get(name)?),
            create_step(models, models.desired.kinds.indexes.get(name)?, true),
        ])
    }
}

fn key(i: &Index) -> ObjKey {
    Indexes::key(&i.name)
}

fn steps(ctx: &Models, d: &Delta<Index>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => {
            out.push(create_step(
                ctx,
                to,
                ctx.current.kinds.tables.contains_key(&to.table)
                    || ctx.current.kinds.views.contains_key(&to.table),
            ));
            name_parts(None, to, out);
        }
        Delta::Drop { from } => {
            // An index of a dropped table (or materialized view), or of
            // one the plan creates anew, goes with it; one of a relation
            // that stays is dropped on its own.
            if (ctx.desired.kinds.tables.contains_key(&from.table)
                || ctx.desired.kinds.views.contains_key(&from.table))
                && !relation_created_anew(ctx, &from.table)
            {
                out.push(drop_step(from));
            }
        }
        Delta::Alter { from, to } => {
            if from.body != to.body || from.unique != to.unique || from.valid != to.valid {
                out.push(drop_step(from));
                out.push(create_step(ctx, to, true));
                name_parts(None, to, out);
                return;
            }
            if from.comment != to.comment {
                out.push(
                    Step::new(format!("change comment on index {}", to.name))
                        .sql(comment(
                            "INDEX",
                            &to.name.to_string(),
                            to.comment.as_deref(),
                        ))
                        .creates(key(to)),
                );
            }
            if from.statistics != to.statistics {
                let mut s =
                    Step::new(format!("set statistics on index {}", to.name)).creates(key(to));
                for stmt in statistics_sql(&to.name, &from.statistics, &to.statistics) {
                    s = s.sql(stmt);
                }
                out.push(s);
            }
            name_parts(Some(from), to, out);
        }
        // Under a relation the plan creates anew, an index is not renamed:
        // the old one goes with the old relation, the new one is built.
        Delta::Rename { from, to } if relation_created_anew(ctx, &to.table) => {
            steps(ctx, &Delta::Drop { from: from.clone() }, out);
            steps(ctx, &Delta::Create { to: to.clone() }, out);
        }
        Delta::Rename { from, to } => {
            let mut s = Step::new(format!(
                "rename index {} to {}",
                from.name,
                quote_ident(&to.name.name)
            ))
            .sql(format!(
                "ALTER INDEX IF EXISTS {} RENAME TO {}",
                from.name,
                quote_ident(&to.name.name)
            ))
            .drops(key(from))
            .creates(key(to))
            .keeping();
            if from.comment != to.comment {
                s = s.sql(comment(
                    "INDEX",
                    &to.name.to_string(),
                    to.comment.as_deref(),
                ));
            }
            for stmt in statistics_sql(&to.name, &from.statistics, &to.statistics) {
                s = s.sql(stmt);
            }
            out.push(s);
            name_parts(Some(from), to, out);
        }
    }
}

/// One index under another name: `body` starts after the name, so equal
/// bodies (on one table, equally unique) mean equal indexes.
fn same_but_name(a: &Index, b: &Index) -> bool {
    a.table == b.table && a.unique == b.unique && a.body == b.body
}

/// Whether the plan drops relation `name` and creates it anew (of another
/// kind, or as its kind's steps say).
fn relation_created_anew(ctx: &Models, name: &QualName) -> bool {
    let (cur, des) = (&ctx.current.kinds, &ctx.desired.kinds);
    match (
        cur.tables.get(name),
        des.tables.get(name),
        cur.views.get(name),
        des.views.get(name),
    ) {
        (Some(_), Some(_), _, _) => {
            super::table::diff::tables_created_anew(&cur.tables, &des.tables).contains(name)
        }
        (_, _, Some(from), Some(to)) => super::view::created_anew(ctx, from, to),
        (Some(_), None, None, Some(_)) | (None, Some(_), Some(_), None) => true,
        _ => false,
    }
}

/// `existing`: whether the table exists before the plan (only then does
/// the build block anyone: writers of a table, refreshes of a
/// materialized view).
fn create_step(models: &Models, i: &Index, existing: bool) -> Step {
    let mut s = Step::new(format!("create index {} on {}", i.name, i.table))
        .sql(create_index(i))
        .creates(key(i));
    if existing {
        let blocked = if models.desired.kinds.views.contains_key(&i.table) {
            "refreshes of the materialized view"
        } else {
            "writes to"
        };
        s = s.hazard(
            HazardCode::IndexBuild,
            format!("building the index blocks {blocked} {}", i.table),
        );
    }
    if i.comment.is_some() {
        s = s.sql(comment("INDEX", &i.name.to_string(), i.comment.as_deref()));
    }
    for stmt in statistics_sql(&i.name, &[], &i.statistics) {
        s = s.sql(stmt);
    }
    s
}

/// The statements that take index `name`'s statistics targets from
/// `from` to `to` (set, changed, reset with -1), by column number. On a
/// partitioned table's index they reach the partitions' indexes too.
fn statistics_sql(name: &QualName, from: &[(i16, i32)], to: &[(i16, i32)]) -> Vec<String> {
    let columns: std::collections::BTreeSet<i16> = from.iter().chain(to).map(|(n, _)| *n).collect();
    let target = |list: &[(i16, i32)], n: i16| list.iter().find(|(c, _)| *c == n).map(|(_, t)| *t);
    columns
        .into_iter()
        .filter_map(|n| {
            let wanted = target(to, n);
            (target(from, n) != wanted).then(|| {
                format!(
                    "ALTER INDEX {name} ALTER COLUMN {n} SET STATISTICS {}",
                    wanted.unwrap_or(-1)
                )
            })
        })
        .collect()
}

fn drop_step(i: &Index) -> Step {
    Step::new(format!("drop index {}", i.name))
        .sql(Op::DropIndex {
            concurrently: false,
            name: i.name.clone(),
        })
        .drops(key(i))
}

/// Steps that give `to`'s parts their names and comments. `from`: the same
/// index before the plan, when the plan keeps it (altered in place or
/// renamed); `None` when the plan creates it.
fn name_parts(from: Option<&Index>, to: &Index, out: &mut Vec<Step>) {
    for part in &to.parts {
        let before = from.and_then(|f| f.parts.iter().find(|p| p.table == part.table));
        let step = match before {
            Some(b) => rename_known(to, b, part),
            None => name_new(to, part),
        };
        out.extend(step);
    }
}

/// A part present before the plan, under its current name.
fn rename_known(index: &Index, before: &IndexPart, part: &IndexPart) -> Option<Step> {
    if before.name == part.name && before.comment == part.comment {
        return None;
    }
    let mut s = Step::new(format!(
        "name the index of partition {} of index {}",
        part.table, index.name
    ))
    .needs(Indexes::key(&index.name))
    .needs(ObjKey::Table {
        name: part.table.clone(),
    });
    if before.name != part.name {
        s = s
            .sql(format!(
                "ALTER INDEX {} RENAME TO {}",
                before.name,
                quote_ident(&part.name.name)
            ))
            .drops(Indexes::key(&before.name))
            .creates(Indexes::key(&part.name))
            .keeping();
    }
    if before.comment != part.comment {
        s = s.sql(comment(
            "INDEX",
            &part.name.to_string(),
            part.comment.as_deref(),
        ));
    }
    Some(s)
}

/// A part the plan makes: PostgreSQL names it; renamed and commented by
/// lookup when the desired name or comment is the files' own.
fn name_new(index: &Index, part: &IndexPart) -> Option<Step> {
    let generated = looks_generated(&part.name.name, &part.table.name);
    if generated && part.comment.is_none() {
        return None;
    }
    let mut body = String::new();
    if !generated {
        body.push_str(&format!(
            "  EXECUTE format('ALTER INDEX %s RENAME TO %I', part, {});\n",
            quote_literal(&part.name.name)
        ));
    }
    if let Some(c) = &part.comment {
        body.push_str(&format!(
            "  EXECUTE format('COMMENT ON INDEX %s IS %L', part, {});\n",
            quote_literal(c)
        ));
    }
    let sql = format!(
        "DO $driftless$\n\
         DECLARE part regclass;\n\
         BEGIN\n\
         \x20 SELECT t.relid INTO STRICT part\n\
         \x20   FROM pg_partition_tree({}::regclass) t JOIN pg_index i ON i.indexrelid = t.relid\n\
         \x20  WHERE t.level > 0 AND i.indrelid = {}::regclass;\n\
         {body}\
         END\n$driftless$",
        quote_literal(&index.name.to_string()),
        quote_literal(&part.table.to_string()),
    );
    Some(
        Step::new(format!(
            "name the index of partition {} of index {}",
            part.table, index.name
        ))
        .sql(sql)
        .needs(Indexes::key(&index.name))
        .needs(ObjKey::Table {
            name: part.table.clone(),
        })
        .needs(ObjKey::Partition {
            name: part.table.clone(),
        })
        .creates(Indexes::key(&part.name)),
    )
}

/// Whether `name` can be PostgreSQL's own choice for an index on `table`:
/// the table's name (cut to fit, as PostgreSQL cuts the longer part),
/// then `_`, columns, `_idx` and maybe a number.
fn looks_generated(name: &str, table: &str) -> bool {
    let keep = table.len().min(28);
    let prefix = match table.get(..keep) {
        Some(p) => p,
        None => return false,
    };
    let Some(rest) = name.strip_prefix(prefix) else {
        return false;
    };
    let rest = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    rest.ends_with("_idx")
}

/// A new unique index: no two rows (the index's predicate holding) may
/// share its key. Keys with an operator class or a collation of their own
/// are not compared here (equality may differ): not checked.
fn unique_index_check(step: usize, i: &Index) -> Option<Check> {
    // `ON public.t USING btree (a, lower(b)) [INCLUDE (c)] [NULLS NOT DISTINCT] [WHERE pred]`
    let using = i.body.find(" USING ")?;
    let rest = &i.body[using + " USING ".len()..];
    let list = first_list(rest)?;
    let after = &rest[rest.find('(')? + list.len() + 2..];
    let mut keys = Vec::new();
    for element in split_top_level(list) {
        let element = ["DESC", "ASC", "NULLS FIRST", "NULLS LAST"]
            .iter()
            .fold(element, |e, suffix| {
                e.strip_suffix(suffix).map(str::trim_end).unwrap_or(e)
            });
        // An operator class or a COLLATE clause follows the key after a space.
        let bare = element.starts_with('(')
            && first_group(element) == Some(&element[1..element.len() - 1])
            || !has_top_level_space(element);
        if !bare {
            return None;
        }
        keys.push(element);
    }
    let keys = keys.join(", ");
    let table = &i.table;
    let mut filter = Vec::new();
    if !after.contains("NULLS NOT DISTINCT") {
        filter.push(format!("ROW({keys}) IS NOT NULL"));
    }
    if let Some(at) = after.find(" WHERE ") {
        filter.push(format!("({})", &after[at + " WHERE ".len()..]));
    }
    let filter = if filter.is_empty() {
        String::new()
    } else {
        format!("WHERE {} ", filter.join(" AND "))
    };
    let name = crate::model::quote_ident(&i.name.name);
    Some(Check {
        step,
        what: format!("unique index {} on {table}", i.name),
        query: crate::kinds::table::checks::duplicates(
            table,
            &keys,
            &filter,
            &format!("so the unique index {name} cannot be built"),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_postgresql_chooses_are_told_apart_from_the_files_own() {
        assert!(looks_generated("ev_2024_kind_idx", "ev_2024"));
        assert!(looks_generated("ev_2024_kind_at_idx1", "ev_2024"));
        assert!(looks_generated(
            "a_very_long_partition_name_th_kind_idx",
            "a_very_long_partition_name_that_goes_on"
        ));
        assert!(!looks_generated("ev_2024_kind_custom", "ev_2024"));
        assert!(!looks_generated("kind_2024_idx", "ev_2024"));
        assert!(!looks_generated("ev_2024_idx_by_kind", "ev_2024"));
    }

    fn index(name: &str, body: &str) -> Index {
        Index {
            name: QualName::new("app", name),
            table: QualName::new("app", "t"),
            unique: false,
            valid: true,
            body: body.into(),
            comment: None,
            parts: vec![],
            statistics: vec![],
        }
    }

    #[test]
    fn an_equal_body_under_another_name_is_a_rename() {
        let one = |i: Index| BTreeMap::from([(i.name.clone(), i)]);
        let deltas = Indexes::diff(
            &one(index("t_a", "ON app.t USING btree (a)")),
            &one(index("t_by_a", "ON app.t USING btree (a)")),
        );
        assert!(matches!(deltas.as_slice(), [Delta::Rename { from, to }]
            if from.name.name == "t_a" && to.name.name == "t_by_a"));
        // Another body: one dropped, one created.
        let deltas = Indexes::diff(
            &one(index("t_a", "ON app.t USING btree (a)")),
            &one(index("t_by_a", "ON app.t USING hash (a)")),
        );
        assert_eq!(deltas.len(), 2);
    }

    fn i_part() -> Index {
        index("t_2024_a_custom", "ON app.t_2024 USING btree (a)")
    }

    #[test]
    fn an_index_goes_with_its_dropped_table_and_blocks_writes_to_a_kept_one() {
        use crate::model::Table;
        let i = index("t_a", "ON app.t USING btree (a)");
        let mut with_table = Database::default();
        with_table
            .kinds
            .tables
            .insert(i.table.clone(), Table::empty(i.table.clone()));
        let without = Database::default();
        let plan = |current: &Database, desired: &Database, d: Delta<Index>| {
            let mut out = Vec::new();
            steps(&Models { current, desired }, &d, &mut out);
            out
        };
        let dropped = Delta::Drop { from: i.clone() };
        assert!(plan(&with_table, &without, dropped.clone()).is_empty());
        assert_eq!(plan(&with_table, &with_table, dropped).len(), 1);
        let created = plan(&with_table, &with_table, Delta::Create { to: i.clone() });
        assert_eq!(created[0].hazards[0].code, HazardCode::IndexBuild);
        let on_new_table = plan(&without, &with_table, Delta::Create { to: i });
        assert!(on_new_table[0].hazards.is_empty());
        // A partition's index the plan names is not in the model: its
        // file is still its schema's indexes.sql.
        assert_eq!(
            without.kinds.file(&key(&i_part())),
            Some((Some("app".to_string()), "indexes".to_string()))
        );
    }

    #[test]
    fn a_definition_of_another_shape_is_a_decode_error() {
        let row: Row = serde_json::from_value(serde_json::json!({
            "schema": "app", "name": "t_a", "table_schema": "app", "table": "t",
            "unique": true, "valid": true, "comment": null, "parts": null,
            "definition": "CREATE INDEX t_a ON app.t USING btree (a)",
        }))
        .unwrap();
        assert_eq!(
            Index::try_from(row).unwrap_err(),
            "unexpected index definition: CREATE INDEX t_a ON app.t USING btree (a)"
        );
    }
}
