//! The tables' pre-flight checks ([`Kind::checks`](crate::kinds::Kind::checks)):
//! the questions a step on a table asks of the rows it stands on before
//! the plan runs. `SET NOT NULL` over NULLs, a new `NOT NULL` column
//! without a default, labels an enum loses while a column holds them, a
//! constraint over rows that break it, a table attached as a partition
//! (or a new partition beside a default one holding its rows), a column
//! converted to a type its values do not convert to. Also the helpers
//! other kinds ask rows with (a unique index's duplicates, a domain's
//! new check): every question is over a table's rows.
//!
//! Pure: the SQL is built here, never run. Tables the plan drops (or
//! recreates) and tables it creates have no rows to check.

use crate::kinds::table::bounds::bound_condition;
use crate::model::scan::{first_group, first_list, has_top_level_space, split_top_level};
use crate::model::{ConstraintKind, Database, ObjKey, QualName, quote_literal};
use crate::step::Step;
use crate::step::check::{Check, Checking, Counted, Query, SAMPLES};

/// Whether `table` holds rows a step may meet: it stands in the target
/// and no step drops it (a table dropped and created again starts empty).
pub fn has_rows(at: &Checking, table: &QualName) -> bool {
    at.models.current.kinds.tables.contains_key(table)
        && !at.dropped.contains(&ObjKey::Table {
            name: table.clone(),
        })
}

/// The checks of a step creating or altering `key`, a part of `table`
/// (its column, its constraint, its link to a parent).
pub(super) fn checks(at: &Checking, table: &QualName, key: &ObjKey, out: &mut Vec<Check>) {
    match key {
        ObjKey::Column { name, .. } if has_rows(at, table) => column_checks(at, table, name, out),
        // A partition attached, or created already attached.
        ObjKey::Partition { .. } | ObjKey::Table { .. } => partition_checks(at, table, out),
        ObjKey::Constraint { name, .. } if has_rows(at, table) => {
            let Some(c) = at
                .models
                .desired
                .kinds
                .tables
                .get(table)
                .and_then(|t| t.constraints.get(name))
            else {
                return;
            };
            if c.definition.ends_with("NOT VALID") || c.inherited {
                return;
            }
            let referenced_empty = c.references.as_ref().is_some_and(|r| !has_rows(at, r));
            out.extend(constraint_check(
                at.step,
                table,
                c,
                at.models.current,
                referenced_empty,
            ));
        }
        _ => {}
    }
}

/// The text that names a row of `table` in samples: its primary key's
/// columns (`id`, or `(a, b)`), else its `ctid`.
fn row_key(table: &QualName, current: &Database) -> (String, String) {
    let pk = current.kinds.tables.get(table).and_then(|t| {
        t.constraints
            .values()
            .find(|c| c.kind == ConstraintKind::PrimaryKey)
            .and_then(|c| first_list(&c.definition))
    });
    match pk {
        Some(cols) if split_top_level(cols).len() == 1 => {
            (cols.to_string(), format!("{cols}::text"))
        }
        Some(cols) => (format!("({cols})"), format!("ROW({cols})::text")),
        None => ("ctid".into(), "ctid::text".into()),
    }
}

/// `count` and `samples` queries over the rows of `table` matching `cond`;
/// the finding says `rows of {table} {verb} {rest}`.
pub fn rows_matching(
    table: &QualName,
    cond: &str,
    current: &Database,
    verbs: (&str, &str),
    rest: &str,
) -> Query {
    let (label, key) = row_key(table, current);
    Query::Rows {
        count: format!("SELECT count(*) FROM {table} WHERE {cond}"),
        samples: format!("SELECT {key} FROM {table} WHERE {cond} ORDER BY 1 LIMIT {SAMPLES}"),
        finding: Counted::new("row", &format!("of {table}"), verbs, rest, label),
    }
}

fn column_checks(at: &Checking, table: &QualName, name: &str, out: &mut Vec<Check>) {
    let (step, current, desired) = (at.step, at.models.current, at.models.desired);
    let Some(to) = desired.kinds.tables.get(table).and_then(|t| t.column(name)) else {
        return;
    };
    let col = crate::model::quote_ident(name);
    match current.kinds.tables.get(table).and_then(|t| t.column(name)) {
        // A NOT VALID one (PostgreSQL 18) checks no row there; one made
        // valid checks them all.
        Some(from)
            if (!from.not_null || from.not_null_not_valid)
                && to.not_null
                && !to.not_null_not_valid
                && to.generated.is_none() =>
        {
            out.push(Check {
                step,
                what: format!("SET NOT NULL on {table}.{col}"),
                query: rows_matching(
                    table,
                    &format!("{col} IS NULL"),
                    current,
                    ("has", "have"),
                    &format!("NULL in {col}"),
                ),
            });
        }
        None if to.not_null
            && !to.not_null_not_valid
            && to.default.is_none()
            && to.identity.is_none()
            && to.generated.is_none()
            && !to.inherited =>
        {
            out.push(Check {
                step,
                what: format!("a new NOT NULL column {table}.{col} without a default"),
                query: rows_matching(
                    table,
                    "true",
                    current,
                    ("would have", "would have"),
                    &format!("NULL in the new NOT NULL column {col}, which has no default"),
                ),
            });
        }
        _ => {}
    }
    // A column of an enum that loses labels (the type is rebuilt and the
    // column converted): rows must not hold them.
    let Some(from) = current.kinds.tables.get(table).and_then(|t| t.column(name)) else {
        return;
    };
    let base = from.data_type.trim_end_matches("[]");
    let array = base.len() != from.data_type.len();
    let lost: Vec<String> = match (
        current
            .kinds
            .enums
            .iter()
            .find(|(q, _)| q.to_string() == base),
        desired
            .kinds
            .enums
            .iter()
            .find(|(q, _)| q.to_string() == base),
    ) {
        (Some((_, old)), Some((_, new))) => old
            .labels
            .iter()
            .filter(|l| !new.labels.contains(l))
            .map(|l| quote_literal(l))
            .collect(),
        _ => return,
    };
    if lost.is_empty() {
        return;
    }
    let lost = format!("ARRAY[{}]::text[]", lost.join(", "));
    let cond = if array {
        format!("{col}::text[] && {lost}")
    } else {
        format!("{col}::text = ANY ({lost})")
    };
    out.push(Check {
        step,
        what: format!("removing labels of {base} used by {table}.{col}"),
        query: rows_matching(
            table,
            &cond,
            current,
            ("holds", "hold"),
            &format!("in {col} a label the files remove from {base}"),
        ),
    });
}

fn constraint_check(
    step: usize,
    table: &QualName,
    c: &crate::model::Constraint,
    current: &Database,
    referenced_empty: bool,
) -> Option<Check> {
    let name = crate::model::quote_ident(&c.name);
    let what = format!("constraint {name} on {table}");
    let query = match c.kind {
        ConstraintKind::PrimaryKey | ConstraintKind::Unique => {
            let cols = first_list(&c.definition)?;
            let nulls_distinct = !c.definition.contains("NULLS NOT DISTINCT");
            let primary = c.kind == ConstraintKind::PrimaryKey;
            // NULLs never collide in a plain unique constraint; a primary
            // key refuses them, but its columns become NOT NULL in a step
            // of their own, checked there.
            let filter = if primary || nulls_distinct {
                format!("WHERE ROW({cols}) IS NOT NULL ")
            } else {
                String::new()
            };
            duplicates(table, cols, &filter, &format!("so {name} cannot be made"))
        }
        ConstraintKind::Check => {
            let body = c.definition.strip_prefix("CHECK ")?;
            let expr = first_group(body)?;
            rows_matching(
                table,
                &format!("({expr}) IS FALSE"),
                current,
                ("violates", "violate"),
                &format!("{name} {}", c.definition),
            )
        }
        ConstraintKind::ForeignKey => {
            let cols = split_top_level(first_list(&c.definition)?);
            let rest = &c.definition[c.definition.find(" REFERENCES ")? + " REFERENCES ".len()..];
            let open = rest.find('(')?;
            let parent = rest[..open].trim();
            let parent_cols = split_top_level(first_list(rest)?);
            if cols.len() != parent_cols.len() {
                return None;
            }
            let child: Vec<String> = cols.iter().map(|c| format!("c.{c}")).collect();
            let child = child.join(", ");
            let full = c.definition.contains("MATCH FULL");
            let present = format!("ROW({child}) IS NOT NULL");
            let orphan = if referenced_empty {
                present.clone()
            } else {
                let pairs: Vec<String> = cols
                    .iter()
                    .zip(&parent_cols)
                    .map(|(c, p)| format!("p.{p} = c.{c}"))
                    .collect();
                format!(
                    "{present} AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE {})",
                    pairs.join(" AND ")
                )
            };
            // MATCH FULL also refuses a key that is partly NULL.
            let cond = if full && cols.len() > 1 {
                format!("(({orphan}) OR NOT (ROW({child}) IS NULL OR {present}))")
            } else {
                format!("({orphan})")
            };
            let (label, key) = row_key(table, current);
            Query::Rows {
                count: format!("SELECT count(*) FROM {table} c WHERE {cond}"),
                samples: format!(
                    "SELECT {} FROM {table} c WHERE {cond} ORDER BY 1 LIMIT {SAMPLES}",
                    qualify_key(&key)
                ),
                finding: Counted::new(
                    "row",
                    &format!("of {table}"),
                    ("references", "reference"),
                    &format!("no row of {parent}, so {name} cannot be made"),
                    label,
                ),
            }
        }
        ConstraintKind::Exclusion => {
            exclusion_query(table, c, current).unwrap_or(Query::Unchecked {
                why: "exclusion elements with an operator class of their own are not checked yet"
                    .into(),
            })
        }
    };
    Some(Check { step, what, query })
}

/// Keys (`keys`, a column or expression list) that more than one row of
/// `table` holds, among the rows `filter` (`WHERE ...` or empty) keeps.
pub fn duplicates(table: &QualName, keys: &str, filter: &str, consequence: &str) -> Query {
    let groups = format!(
        "SELECT ROW({keys})::text AS k FROM {table} {filter}GROUP BY {keys} HAVING count(*) > 1"
    );
    each_row_of(
        &groups,
        "k",
        Counted::new(
            "value",
            &format!("of ({keys}) in {table}"),
            ("is", "are"),
            &format!("duplicated, {consequence}"),
            "duplicated:".into(),
        ),
    )
}

/// A [`Query::Rows`] over the rows of `query`: their count, and up to
/// [`SAMPLES`] values of its column `sample`.
fn each_row_of(query: &str, sample: &str, finding: Counted) -> Query {
    Query::Rows {
        count: format!("SELECT count(*) FROM ({query}) d"),
        samples: format!("SELECT {sample} FROM ({query}) d ORDER BY 1 LIMIT {SAMPLES}"),
        finding,
    }
}

/// An exclusion constraint: no two rows (its predicate holding) may
/// conflict under all of its operators. Pairs are counted once.
fn exclusion_query(
    table: &QualName,
    c: &crate::model::Constraint,
    current: &Database,
) -> Option<Query> {
    // `EXCLUDE USING gist (room WITH =, during WITH &&) [INCLUDE (...)] [WHERE (pred)]`
    let rest = c.definition.strip_prefix("EXCLUDE USING ")?;
    let list = first_list(rest)?;
    let after = &rest[rest.find('(')? + list.len() + 2..];
    let mut columns = Vec::new();
    let mut conflicts = Vec::new();
    for (n, element) in split_top_level(list).into_iter().enumerate() {
        let (expr, op) = element.rsplit_once(" WITH ")?;
        if has_top_level_space(expr) {
            return None;
        }
        columns.push(format!("{expr} AS e{n}"));
        conflicts.push(format!("a.e{n} {op} b.e{n}"));
    }
    let filter = match after.find(" WHERE ") {
        Some(at) => format!(" WHERE {}", &after[at + " WHERE ".len()..]),
        None => String::new(),
    };
    let (label, key) = row_key(table, current);
    let pairs = format!(
        "WITH r AS (SELECT ctid AS id, {key} AS k, {} FROM {table}{filter}) \
         SELECT a.k || ' and ' || b.k AS pair FROM r a JOIN r b ON a.id < b.id AND {}",
        columns.join(", "),
        conflicts.join(" AND ")
    );
    let name = crate::model::quote_ident(&c.name);
    Some(each_row_of(
        &pairs,
        "pair",
        Counted::new(
            "pair",
            &format!("of rows of {table}"),
            ("conflicts", "conflict"),
            &format!("under {name}, so it cannot be made"),
            label,
        ),
    ))
}

/// A table attached as a partition (or given another bound): its rows must
/// fit the bound. A new partition of a parent whose default partition has
/// rows: none of them may fit it (PostgreSQL refuses to move them).
fn partition_checks(at: &Checking, name: &QualName, out: &mut Vec<Check>) {
    let (step, current, desired) = (at.step, at.models.current, at.models.desired);
    let has_rows = |t: &QualName| has_rows(at, t);
    let Some((parent, bound)) = desired
        .kinds
        .tables
        .get(name)
        .and_then(|t| t.partition_of.as_ref())
    else {
        return;
    };
    let Some(partition_by) = desired
        .kinds
        .tables
        .get(parent)
        .and_then(|p| p.partition_by.as_deref())
    else {
        return;
    };
    let before = current
        .kinds
        .tables
        .get(name)
        .and_then(|t| t.partition_of.as_ref());
    if before == Some(&(parent.clone(), bound.clone())) {
        return;
    }
    let hash_needs_parent =
        partition_by.starts_with("HASH") && !current.kinds.tables.contains_key(parent);
    let condition = if hash_needs_parent {
        None
    } else {
        bound_condition(partition_by, bound, parent)
    };
    let unchecked = |what: String, why: &str| Check {
        step,
        what,
        query: Query::Unchecked { why: why.into() },
    };
    if has_rows(name) {
        out.push(match &condition {
            Some(cond) => Check {
                step,
                what: format!("attaching {name} to {parent}"),
                query: rows_matching(
                    name,
                    &format!("{cond} IS NOT TRUE"),
                    current,
                    ("falls", "fall"),
                    &format!("outside {bound} of {parent}"),
                ),
            },
            None if bound == "DEFAULT" => unchecked(
                format!("attaching {name} to {parent} as its default partition"),
                "rows that belong in another partition are not checked yet",
            ),
            None => unchecked(
                format!("attaching {name} to {parent}"),
                "this partition bound is not read yet",
            ),
        });
    }
    // A new partition of a parent whose default partition holds rows: the
    // plan moves those that belong in it, unless something references
    // them (see `kinds::table::table::default_partition`).
    let moved = condition.is_some()
        && !current.kinds.tables.contains_key(name)
        && current.kinds.tables.contains_key(parent)
        && super::table::default_partition(&at.models, parent).is_some();
    if moved {
        return;
    }
    // The parent's default partition, as it stands, with rows.
    let Some(default) = current
        .default_partition(parent)
        .filter(|d| has_rows(&d.name) && &d.name != name)
    else {
        return;
    };
    if bound == "DEFAULT" {
        return;
    }
    out.push(match &condition {
        Some(cond) => Check {
            step,
            what: format!("partition {name} of {parent}"),
            query: rows_matching(
                &default.name,
                &format!("{cond} IS TRUE"),
                current,
                ("belongs", "belong"),
                &format!(
                    "in the new partition {name} ({bound}): PostgreSQL will not move them out of the default partition"
                ),
            ),
        },
        None => unchecked(
            format!("partition {name} of {parent}"),
            "rows of the default partition that belong in it are not checked yet",
        ),
    });
}

/// A sample key expression read through the alias `c`.
fn qualify_key(key: &str) -> String {
    if key == "ctid::text" {
        return "c.ctid::text".into();
    }
    match key
        .strip_prefix("ROW(")
        .and_then(|k| k.strip_suffix(")::text"))
    {
        Some(cols) => {
            let cols: Vec<String> = split_top_level(cols)
                .iter()
                .map(|c| format!("c.{c}"))
                .collect();
            format!("ROW({})::text", cols.join(", "))
        }
        None => format!("c.{key}"),
    }
}

/// Conversions the step makes: every value must convert. A conversion to
/// an enum the plan (re)creates is asked as "which rows hold a label the
/// new type lacks", the type not existing yet.
pub(super) fn conversion_checks(at: &Checking, s: &Step, out: &mut Vec<Check>) {
    let (step, current, desired) = (at.step, at.models.current, at.models.desired);
    for c in &s.conversions {
        let (table, name) = (&c.table, &c.name);
        if !has_rows(at, table) {
            continue;
        }
        let col = crate::model::quote_ident(name);
        let what = format!("converting {table}.{col} to {}", c.to);
        let mut loses = None;
        let target_enum = desired
            .kinds
            .enums
            .iter()
            .find(|(q, _)| q.to_string() == c.to)
            .map(|(_, e)| e);
        let query = match target_enum {
            Some(e) => {
                let labels: Vec<String> = e.labels.iter().map(|l| quote_literal(l)).collect();
                rows_matching(
                    table,
                    &format!("{col}::text <> ALL (ARRAY[{}]::text[])", labels.join(", ")),
                    current,
                    ("holds", "hold"),
                    &format!("in {col} a label that {} does not have", c.to),
                )
            }
            None if desired
                .kinds
                .enums
                .keys()
                .any(|q| c.to.starts_with(&q.to_string())) =>
            {
                continue;
            }
            None => {
                let through = c
                    .via
                    .as_deref()
                    .map(|v| format!("::{v}"))
                    .unwrap_or_default();
                // Values that convert but come back different (truncated,
                // rounded): the data loss the step's hazard warns of, counted.
                if c.via.is_none() {
                    loses = Some(Check {
                        step,
                        what: format!("values of {table}.{col} kept by the conversion"),
                        query: Query::Loses(Box::new(rows_matching(
                            table,
                            &format!("{col} IS DISTINCT FROM ({col}::{})::{}", c.to, c.from),
                            current,
                            ("changes", "change"),
                            &format!("in {col} when converted to {} (truncated or rounded)", c.to),
                        ))),
                    });
                }
                Query::Fails {
                    sql: format!(
                        // count(v.x), not count(*): the cast must be evaluated.
                        "SELECT count(v.x) FROM (SELECT {col}{through}::{} AS x FROM {table}) v",
                        c.to
                    ),
                    finding: format!("values of {table}.{col} do not convert to {}", c.to),
                }
            }
        };
        // The conversion is asked before its losses.
        out.push(Check { step, what, query });
        out.extend(loses);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_read_from_definitions() {
        assert_eq!(first_list("PRIMARY KEY (id)"), Some("id"));
        assert_eq!(
            first_list("UNIQUE NULLS NOT DISTINCT (a, \"b)c\") INCLUDE (x)"),
            Some("a, \"b)c\"")
        );
        assert_eq!(qualify_key("ROW(a, b)::text"), "ROW(c.a, c.b)::text");
        assert_eq!(qualify_key("id::text"), "c.id::text");
    }
}
