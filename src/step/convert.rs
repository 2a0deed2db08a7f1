//! Columns converted from one type to another, as the steps that rebuild
//! a type (an enum, a domain, a composite, a base type) do: which columns
//! keep a type on both sides, and the `ALTER COLUMN ... TYPE ... USING`
//! that converts one; and which changes of a type keep every value
//! ([`is_widening`]) or the stored bytes ([`keeps_storage`]), as a column
//! retyped and a composite type's attribute retyped both ask.

use crate::model::{QualName, quote_ident};
use crate::step::sql::column_key;
use crate::step::{HazardCode, Models, Step};

/// The columns of type `type_name` (`public.t`, as `format_type` writes
/// it), or of an array of it, on both sides: `(table, column, is array)`.
pub fn columns_keeping_type(ctx: &Models, type_name: &str) -> Vec<(QualName, String, bool)> {
    let array_name = format!("{type_name}[]");
    let mut found = Vec::new();
    for (tname, table) in &ctx.desired.kinds.tables {
        let Some(current) = ctx.current.kinds.tables.get(tname) else {
            continue;
        };
        for col in table.columns.iter().filter(|c| !c.inherited) {
            let Some(old) = current.column(&col.name) else {
                continue;
            };
            if old.data_type == col.data_type
                && (col.data_type == type_name || col.data_type == array_name)
            {
                found.push((tname.clone(), col.name.clone(), col.data_type == array_name));
            }
        }
    }
    found
}

/// `ALTER TABLE table ALTER COLUMN column TYPE target USING using` added
/// to `s`: what uses the column is dropped around the step (it is
/// invalidated), and the rewrite is a hazard, saying `why`.
pub fn convert_column(
    s: Step,
    table: &QualName,
    column: &str,
    target: &str,
    using: &str,
    why: String,
) -> Step {
    let key = column_key(table, column);
    let mut s = s.sql(format!(
        "ALTER TABLE {table} ALTER COLUMN {} TYPE {target} USING {using}",
        quote_ident(column)
    ));
    s.invalidates.push(key.clone());
    s.creates(key).hazard(HazardCode::TableRewrite, why)
}

/// `typmods("numeric(10,2)", "numeric")` is `Some([10, 2])`; a type
/// without modifiers gives `Some([])`, another type `None`.
fn typmods(t: &str, base: &str) -> Option<Vec<u32>> {
    let rest = t.strip_prefix(base)?;
    if rest.is_empty() {
        return Some(vec![]);
    }
    let inner = rest.strip_prefix('(')?.strip_suffix(')')?;
    inner.split(',').map(|n| n.trim().parse().ok()).collect()
}

/// For two `varchar` or two `bit varying` types: whether the length limit
/// only grows (or goes).
fn length_grows(from: &str, to: &str) -> Option<bool> {
    ["character varying", "bit varying"]
        .into_iter()
        .find_map(|base| {
            let (a, b) = (typmods(from, base)?, typmods(to, base)?);
            Some(b.is_empty() || (!a.is_empty() && b[0] >= a[0]))
        })
}

/// For two time types of one kind (`timestamp(3) with time zone`,
/// `interval`...): whether the fractional precision only grows (or goes).
fn precision_grows(from: &str, to: &str) -> Option<bool> {
    [
        ("timestamp", " without time zone"),
        ("timestamp", " with time zone"),
        ("time", " without time zone"),
        ("interval", ""),
    ]
    .into_iter()
    .find_map(|(head, tail)| {
        let precision = |t: &str| -> Option<Option<u32>> {
            let rest = t.strip_prefix(head)?.strip_suffix(tail)?;
            if rest.is_empty() {
                return Some(None);
            }
            rest.strip_prefix('(')?
                .strip_suffix(')')?
                .parse()
                .ok()
                .map(Some)
        };
        Some(match (precision(from)?, precision(to)?) {
            (_, None) => true,
            (Some(x), Some(y)) => y >= x,
            (None, Some(_)) => false,
        })
    })
}

/// Whether `ALTER COLUMN ... TYPE` from `from` to `to` leaves the stored
/// values as they are, so PostgreSQL rewrites neither the table nor its
/// indexes: a binary-coercible type, or a length or precision that only
/// grows (measured by comparing `relfilenode` before and after on
/// PostgreSQL 15). Conservative: anything else counts as a rewrite.
pub fn keeps_storage(from: &str, to: &str) -> bool {
    if from == to {
        return true;
    }
    let is_varchar = |t: &str| typmods(t, "character varying").is_some();
    if (is_varchar(from) && to == "text") || (from == "text" && to == "character varying") {
        return true;
    }
    if let Some(grows) = length_grows(from, to) {
        return grows;
    }
    if let (Some(a), Some(b)) = (typmods(from, "numeric"), typmods(to, "numeric")) {
        let scale = |m: &[u32]| m.get(1).copied().unwrap_or(0);
        return b.is_empty() || (!a.is_empty() && scale(&a) == scale(&b) && b[0] >= a[0]);
    }
    precision_grows(from, to).unwrap_or(false)
}

/// Type changes that can never lose data or fail on existing values.
pub fn is_widening(from: &str, to: &str) -> bool {
    if from == to {
        return true;
    }
    let rank = |t: &str| match t {
        "smallint" => Some(1),
        "integer" => Some(2),
        "bigint" => Some(3),
        _ => None,
    };
    if let (Some(a), Some(b)) = (rank(from), rank(to)) {
        return a <= b;
    }
    if rank(from).is_some() && to == "numeric" {
        return true;
    }
    if from == "real" && to == "double precision" {
        return true;
    }
    // Every value renders as text; only padding of character(n) changes.
    if to == "text" && !from.ends_with("[]") {
        return true;
    }
    if let Some(grows) = length_grows(from, to) {
        return grows;
    }
    if let (Some(_), Some(b)) = (typmods(from, "character"), typmods(to, "character varying")) {
        return b.is_empty();
    }
    if let (Some(a), Some(b)) = (typmods(from, "numeric"), typmods(to, "numeric")) {
        // numeric(p,s) → numeric(p',s') keeps every value when the integer
        // digits and the scale do not shrink.
        return match (a.as_slice(), b.as_slice()) {
            (_, []) => true,
            ([p1, s1], [p2, s2]) => s2 >= s1 && p2 - s2 >= p1 - s1,
            ([p1], [p2, s2]) => p2 - s2 >= *p1,
            ([p1, s1], [p2]) => *s1 == 0 && p2 >= p1,
            ([p1], [p2]) => p2 >= p1,
            _ => false,
        };
    }
    precision_grows(from, to).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::{is_widening, keeps_storage};

    #[test]
    fn widenings() {
        for (a, b) in [
            ("integer", "bigint"),
            ("smallint", "integer"),
            ("character varying(10)", "character varying(50)"),
            ("character varying(10)", "text"),
            ("character varying(10)", "character varying"),
            ("numeric(10,2)", "numeric(12,2)"),
            ("numeric(10,2)", "numeric"),
            ("integer", "numeric"),
            (
                "timestamp(3) without time zone",
                "timestamp without time zone",
            ),
            ("timestamp(3) with time zone", "timestamp(6) with time zone"),
            ("public.mood", "text"),
        ] {
            assert!(is_widening(a, b), "{a} -> {b}");
        }
    }

    #[test]
    fn narrowings() {
        for (a, b) in [
            ("bigint", "integer"),
            ("character varying(50)", "character varying(10)"),
            ("text", "character varying(10)"),
            ("numeric(12,2)", "numeric(10,2)"),
            ("numeric(10,2)", "numeric(10,3)"),
            ("text", "integer"),
            ("timestamp with time zone", "timestamp(3) with time zone"),
            ("integer[]", "text"),
        ] {
            assert!(!is_widening(a, b), "{a} -> {b}");
        }
    }
    #[test]
    fn storage_kept_only_by_binary_coercible_changes() {
        for (a, b) in [
            ("character varying(10)", "character varying(20)"),
            ("character varying(10)", "character varying"),
            ("character varying(10)", "text"),
            ("text", "character varying"),
            ("bit varying(4)", "bit varying(8)"),
            ("numeric(8,2)", "numeric(10,2)"),
            ("numeric(8,2)", "numeric"),
            ("numeric(8)", "numeric(9,0)"),
            (
                "timestamp(3) without time zone",
                "timestamp(6) without time zone",
            ),
            ("timestamp(3) with time zone", "timestamp with time zone"),
            ("time(2) without time zone", "time(4) without time zone"),
        ] {
            assert!(keeps_storage(a, b), "{a} -> {b}");
        }
        for (a, b) in [
            ("character varying(20)", "character varying(10)"),
            ("text", "character varying(10)"),
            ("integer", "bigint"),
            ("numeric(8,2)", "numeric(10,3)"),
            ("numeric", "numeric(10,2)"),
            ("timestamp without time zone", "timestamp with time zone"),
            (
                "timestamp without time zone",
                "timestamp(3) without time zone",
            ),
            ("interval", "interval(3)"),
            ("character(5)", "text"),
        ] {
            assert!(!keeps_storage(a, b), "{a} -> {b}");
        }
    }
}
