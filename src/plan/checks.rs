//! Pre-flight checks: the questions to ask the target's rows before a plan
//! runs, one per step that can fail on existing data. A plan is rehearsed
//! on an empty copy of the schema, so `SET NOT NULL` over NULLs, a unique
//! constraint over duplicates, a foreign key over orphans, a check
//! constraint over violating rows, a new `NOT NULL` column without a
//! default on a table with rows, a conversion over values that do not
//! convert (an enum label removed while rows use it among them) pass the
//! rehearsal and fail halfway through a deploy. Each [`Check`] is a
//! read-only query built from the models; `apply::preflight` runs them.
//!
//! Pure: the SQL is built here, never run. Tables the plan drops (or
//! recreates) and tables it creates have no rows to check.

use std::collections::BTreeSet;

use super::{Plan, Step};
use crate::kinds::table::bounds::bound_condition;
use crate::model::scan::{first_group, first_list, has_top_level_space, split_top_level};
use crate::model::{ConstraintKind, Database, ObjKey, QualName, quote_literal};

/// One question for the target's rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// The step (0-based) that would fail.
    pub step: usize,
    /// What the step does that the rows may refuse (`SET NOT NULL on
    /// public.users.email`), for "not checked" notes.
    pub what: String,
    pub query: Query,
}

/// How a check asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// `count` returns one `int8`: the offending rows (or groups); when
    /// above zero, `samples` returns up to five texts naming some of them
    /// and the finding reads `{count} {finding} ({key} {samples})`.
    Rows {
        count: String,
        samples: String,
        finding: Counted,
    },
    /// The statement fails exactly when the step would (a conversion of
    /// every value); the finding is `{finding}: {the error}`.
    Fails { sql: String, finding: String },
    /// A step that can fail on the rows, of a kind not checked yet: named,
    /// never silently passed.
    Unchecked { why: String },
    /// Rows the step keeps but changes (a [`Query::Rows`]): data it loses
    /// by design (it carries a `data_loss` hazard), counted for the
    /// reviewer; never a reason to refuse.
    Loses(Box<Query>),
}

/// What offending rows are, said of one and of several: `row of public.t
/// has NULL in c` / `rows of public.t have NULL in c`, and what names them
/// in the samples (`id`, `(a, b)`, `ctid`, `values`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    pub one: String,
    pub many: String,
    pub key: String,
}

impl Counted {
    /// `noun` (`row`, `value`) `subject`, then the verb for one or many,
    /// then `rest`.
    fn new(noun: &str, subject: &str, verbs: (&str, &str), rest: &str, key: String) -> Counted {
        Counted {
            one: format!("{noun} {subject} {} {rest}", verbs.0),
            many: format!("{noun}s {subject} {} {rest}", verbs.1),
            key,
        }
    }

    /// The finding for `n` rows, with the sample keys shown.
    pub fn say(&self, n: i64, samples: &[String]) -> String {
        let more = if (samples.len() as i64) < n {
            ", ..."
        } else {
            ""
        };
        let what = if n == 1 { &self.one } else { &self.many };
        format!("{n} {what} ({} {}{more})", self.key, samples.join(", "))
    }
}

/// At most this many sample keys per finding.
pub const SAMPLES: usize = 5;

/// The checks of `plan`'s steps, in step order.
pub fn checks(plan: &Plan, current: &Database, desired: &Database) -> Vec<Check> {
    // Tables some step drops: recreated ones start empty.
    let dropped: BTreeSet<&QualName> = plan
        .steps
        .iter()
        .flat_map(|s| &s.drops)
        .filter_map(|k| match k {
            ObjKey::Table { name } => Some(name),
            _ => None,
        })
        .collect();
    let has_rows = |t: &QualName| current.kinds.tables.contains_key(t) && !dropped.contains(t);
    let mut seen = BTreeSet::new();
    let mut partitions = BTreeSet::new();
    let mut out = Vec::new();
    for (index, step) in plan.steps.iter().enumerate() {
        for key in &step.creates {
            if !seen.insert(key.clone()) {
                continue;
            }
            match key {
                ObjKey::Column { table, name } if has_rows(table) => {
                    column_checks(index, table, name, current, desired, &mut out)
                }
                ObjKey::Index { name } => {
                    if let Some(i) = desired.kinds.indexes.get(name)
                        && i.unique
                        && has_rows(&i.table)
                    {
                        out.push(unique_index_check(index, i).unwrap_or_else(|| Check {
                            step: index,
                            what: format!("unique index {} on {}", i.name, i.table),
                            query: Query::Unchecked {
                                why: "keys with an operator class or a collation of their own are not checked yet".into(),
                            },
                        }));
                    }
                }
                // A partition attached, or created already attached.
                ObjKey::Partition { name } | ObjKey::Table { name }
                    if partitions.insert(name.clone()) =>
                {
                    partition_checks(index, name, &has_rows, current, desired, &mut out)
                }
                ObjKey::Type { name } => {
                    domain_checks(index, name, &has_rows, current, desired, &mut out)
                }
                ObjKey::Constraint { table, name } if has_rows(table) => {
                    let Some(c) = desired
                        .kinds
                        .tables
                        .get(table)
                        .and_then(|t| t.constraints.get(name))
                    else {
                        continue;
                    };
                    if c.definition.ends_with("NOT VALID") || c.inherited {
                        continue;
                    }
                    let referenced_empty = c.references.as_ref().is_some_and(|r| !has_rows(r));
                    if let Some(check) =
                        constraint_check(index, table, c, current, referenced_empty)
                    {
                        out.push(check);
                    }
                }
                _ => {}
            }
        }
        conversion_checks(index, step, &dropped, current, desired, &mut out);
    }
    out
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
fn rows_matching(
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

fn column_checks(
    step: usize,
    table: &QualName,
    name: &str,
    current: &Database,
    desired: &Database,
    out: &mut Vec<Check>,
) {
    let Some(to) = desired.kinds.tables.get(table).and_then(|t| t.column(name)) else {
        return;
    };
    let col = crate::model::quote_ident(name);
    match current.kinds.tables.get(table).and_then(|t| t.column(name)) {
        Some(from) if !from.not_null && to.not_null && to.generated.is_none() => {
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

/// A new unique index: no two rows (the index's predicate holding) may
/// share its key. Keys with an operator class or a collation of their own
/// are not compared here (equality may differ): not checked.
fn unique_index_check(step: usize, i: &crate::model::Index) -> Option<Check> {
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
        query: duplicates(
            table,
            &keys,
            &filter,
            &format!("so the unique index {name} cannot be built"),
        ),
    })
}

/// Keys (`keys`, a column or expression list) that more than one row of
/// `table` holds, among the rows `filter` (`WHERE ...` or empty) keeps.
fn duplicates(table: &QualName, keys: &str, filter: &str, consequence: &str) -> Query {
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

/// A domain that gains a check or `NOT NULL`: every column of that domain
/// in a table with rows must satisfy it. `VALUE` in the check reads the
/// column through a one-row subquery whose column is named `value`.
fn domain_checks(
    step: usize,
    name: &QualName,
    has_rows: &dyn Fn(&QualName) -> bool,
    current: &Database,
    desired: &Database,
    out: &mut Vec<Check>,
) {
    let (Some(from), Some(to)) = (
        current.kinds.domains.get(name),
        desired.kinds.domains.get(name),
    ) else {
        return;
    };
    let new_checks: Vec<(&String, &String)> = to
        .checks
        .iter()
        .filter(|(n, def)| from.checks.get(*n) != Some(*def) && !def.ends_with("NOT VALID"))
        .collect();
    let not_null = to.not_null && !from.not_null;
    if new_checks.is_empty() && !not_null {
        return;
    }
    let domain = name.to_string();
    for t in current.kinds.tables.values().filter(|t| has_rows(&t.name)) {
        for c in t
            .columns
            .iter()
            .filter(|c| c.data_type == domain && !c.inherited)
        {
            let table = &t.name;
            let col = crate::model::quote_ident(&c.name);
            if not_null {
                out.push(Check {
                    step,
                    what: format!("NOT NULL on domain {domain}, used by {table}.{col}"),
                    query: rows_matching(
                        table,
                        &format!("{col} IS NULL"),
                        current,
                        ("has", "have"),
                        &format!("NULL in {col}, of domain {domain}, which becomes NOT NULL"),
                    ),
                });
            }
            for (check_name, def) in &new_checks {
                let Some(expr) = def.strip_prefix("CHECK ").and_then(first_group) else {
                    continue;
                };
                out.push(Check {
                    step,
                    what: format!("check {check_name} of domain {domain}, used by {table}.{col}"),
                    query: rows_matching(
                        table,
                        &format!(
                            "(SELECT ({expr}) FROM (SELECT {table}.{col} AS value) v) IS FALSE"
                        ),
                        current,
                        ("violates", "violate"),
                        &format!(
                            "in {col} the check {} of domain {domain}",
                            crate::model::quote_ident(check_name)
                        ),
                    ),
                });
            }
        }
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
fn partition_checks(
    step: usize,
    name: &QualName,
    has_rows: &dyn Fn(&QualName) -> bool,
    current: &Database,
    desired: &Database,
    out: &mut Vec<Check>,
) {
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
    let ctx = super::Models { current, desired };
    let moved = condition.is_some()
        && !current.kinds.tables.contains_key(name)
        && current.kinds.tables.contains_key(parent)
        && crate::kinds::table::table::default_partition(&ctx, parent).is_some();
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
fn conversion_checks(
    step: usize,
    s: &Step,
    dropped: &BTreeSet<&QualName>,
    current: &Database,
    desired: &Database,
    out: &mut Vec<Check>,
) {
    for c in &s.conversions {
        let (table, name) = (&c.table, &c.name);
        if !current.kinds.tables.contains_key(table) || dropped.contains(table) {
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

/// Whether two partition bounds of one parent (`pg_get_expr` of
/// `relpartbound`) may share a row, so that the second cannot be created
/// while the first exists. Unsure is yes: list values and single-column
/// range ends compared as PostgreSQL prints them (numbers, or quoted
/// values of one length such as ISO dates), hash remainders by modulus.
pub(super) fn bounds_may_overlap(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a == "DEFAULT" || b == "DEFAULT" {
        return false;
    }
    if let (Some(x), Some(y)) = (
        a.strip_prefix("FOR VALUES IN "),
        b.strip_prefix("FOR VALUES IN "),
    ) {
        let (Some(x), Some(y)) = (first_group(x), first_group(y)) else {
            return true;
        };
        let ys = split_top_level(y);
        return split_top_level(x).iter().any(|v| ys.contains(v));
    }
    if let (Some(x), Some(y)) = (range_ends(a), range_ends(b)) {
        let before = |end: &str, start: &str| at_or_below(end, start);
        return !(before(x.1, y.0) || before(y.1, x.0));
    }
    if let (Some(x), Some(y)) = (hash_bound(a), hash_bound(b)) {
        let gcd = |mut m: u64, mut n: u64| {
            while n != 0 {
                (m, n) = (n, m % n);
            }
            m
        };
        let g = gcd(x.0, y.0);
        return g == 0 || x.1 % g == y.1 % g;
    }
    true
}

/// A single-column range bound's `(from, to)` values.
fn range_ends(bound: &str) -> Option<(&str, &str)> {
    let rest = bound.strip_prefix("FOR VALUES FROM ")?;
    let from = first_group(rest)?;
    let rest = rest[from.len() + 2..].strip_prefix(" TO ")?;
    let to = first_group(rest)?;
    (split_top_level(from).len() == 1 && split_top_level(to).len() == 1).then_some((from, to))
}

/// `FOR VALUES WITH (modulus m, remainder r)`: `(m, r)`.
fn hash_bound(bound: &str) -> Option<(u64, u64)> {
    let inner = first_group(bound.strip_prefix("FOR VALUES WITH ")?)?;
    let mut modulus = None;
    let mut remainder = None;
    for part in split_top_level(inner) {
        match part.split_once(' ') {
            Some(("modulus", n)) => modulus = n.parse().ok(),
            Some(("remainder", n)) => remainder = n.parse().ok(),
            _ => {}
        }
    }
    Some((modulus?, remainder?))
}

/// Whether range end `end` is at or below start `start` (the ranges then
/// meet at most: a range's end is exclusive), when that can be told.
fn at_or_below(end: &str, start: &str) -> bool {
    if end == "MINVALUE" || start == "MAXVALUE" {
        return true;
    }
    if end == "MAXVALUE" || start == "MINVALUE" {
        return false;
    }
    if let (Ok(e), Ok(s)) = (end.parse::<f64>(), start.parse::<f64>()) {
        return e <= s;
    }
    fn quoted(v: &str) -> Option<&str> {
        v.strip_prefix('\'')?.strip_suffix('\'')
    }
    match (quoted(end), quoted(start)) {
        (Some(e), Some(s)) if e.len() == s.len() && !e.contains('\'') => e <= s,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partition_bounds_overlap_where_they_may() {
        let list = |v: &str| format!("FOR VALUES IN ({v})");
        assert!(bounds_may_overlap(&list("1, 2"), &list("2, 3")));
        assert!(!bounds_may_overlap(&list("1, 2"), &list("3")));
        assert!(!bounds_may_overlap(&list("'a,b'"), &list("'a'")));
        let range = |a: &str, b: &str| format!("FOR VALUES FROM ({a}) TO ({b})");
        let jan = range("'2024-01-01'", "'2024-02-01'");
        assert!(!bounds_may_overlap(
            &jan,
            &range("'2024-02-01'", "'2024-03-01'")
        ));
        assert!(bounds_may_overlap(
            &jan,
            &range("'2024-01-15'", "'2024-03-01'")
        ));
        assert!(bounds_may_overlap(
            &jan,
            &range("'2024-01-01'", "'2025-01-01'")
        ));
        assert!(!bounds_may_overlap(
            &range("0", "100"),
            &range("100", "200")
        ));
        assert!(bounds_may_overlap(
            &range("MINVALUE", "10"),
            &range("5", "MAXVALUE")
        ));
        // Values it cannot compare: they may.
        assert!(bounds_may_overlap(&jan, &range("'2024-1-1'", "'2024-2-1'")));
        let hash = |m: u32, r: u32| format!("FOR VALUES WITH (modulus {m}, remainder {r})");
        assert!(!bounds_may_overlap(&hash(4, 1), &hash(4, 2)));
        assert!(bounds_may_overlap(&hash(4, 1), &hash(2, 1)));
        assert!(!bounds_may_overlap(&hash(4, 1), &hash(2, 0)));
        assert!(bounds_may_overlap("DEFAULT", "DEFAULT"));
        assert!(!bounds_may_overlap("DEFAULT", &list("1")));
    }

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
