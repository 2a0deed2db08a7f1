//! A partition's bound as a condition on its parent's rows: which rows of
//! a default partition a new partition takes (the step moving them), and
//! which rows the pre-flight checks count; and whether two bounds of one
//! parent may share a row (the one leaving makes room for the other).

use crate::model::scan::{first_group, first_list, has_top_level_space, split_top_level};
use crate::model::{Database, ObjKey, QualName, quote_literal};

/// The plain columns of a partition key (`RANGE (a, lower(b))`: `a`), as
/// SQL identifiers.
pub fn partition_key_columns(partition_by: &str) -> Vec<&str> {
    first_list(partition_by)
        .map(split_top_level)
        .unwrap_or_default()
        .into_iter()
        .map(|k| k.split(' ').next().unwrap_or(k))
        .filter(|k| !k.contains('('))
        .collect()
}

/// SQL that is true for a row of `parent`'s partitions fitting `bound`
/// (`FOR VALUES FROM (0) TO (100)`, `FOR VALUES IN (1, NULL)`, `FOR VALUES
/// WITH (modulus 4, remainder 1)`), from the parent's key
/// (`RANGE (k)`). `None` for a default partition, or a form not read here.
pub fn bound_condition(partition_by: &str, bound: &str, parent: &QualName) -> Option<String> {
    let strategy = partition_by.split_whitespace().next()?;
    let keys: Vec<String> = split_top_level(first_list(partition_by)?)
        .into_iter()
        .map(key_expression)
        .collect::<Option<_>>()?;
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    let row = |keys: &[&str]| format!("ROW({})", keys.join(", "));
    match strategy {
        "LIST" if keys.len() == 1 => {
            let values = split_top_level(first_list(bound.strip_prefix("FOR VALUES IN ")?)?);
            let listed: Vec<&str> = values.iter().copied().filter(|v| *v != "NULL").collect();
            let mut any = Vec::new();
            if !listed.is_empty() {
                any.push(format!("{} IN ({})", keys[0], listed.join(", ")));
            }
            if listed.len() < values.len() {
                any.push(format!("{} IS NULL", keys[0]));
            }
            Some(format!("({})", any.join(" OR ")))
        }
        "RANGE" => {
            // `FOR VALUES FROM (...) TO (...)`: the TO list is read after
            // the FROM list ends (a literal in it may say " TO ").
            let rest = bound.strip_prefix("FOR VALUES FROM ")?;
            let from_list = first_group(rest)?;
            let rest = rest[from_list.len() + 2..].strip_prefix(" TO ")?;
            let from = split_top_level(from_list);
            let to = split_top_level(first_group(rest)?);
            let mut all = vec![
                keys.iter()
                    .map(|k| format!("{k} IS NOT NULL"))
                    .collect::<Vec<_>>()
                    .join(" AND "),
            ];
            // A bound's MINVALUE/MAXVALUE ends what it says about the keys.
            let side = |values: &[&str], lower: bool| -> Option<String> {
                let n = values
                    .iter()
                    .position(|v| *v == "MINVALUE" || *v == "MAXVALUE")
                    .unwrap_or(values.len());
                if n == 0 {
                    return None;
                }
                let open_end = values.get(n).copied();
                let op = match (lower, open_end) {
                    (true, Some("MAXVALUE")) => ">",
                    (true, _) => ">=",
                    (false, Some("MAXVALUE")) => "<=",
                    (false, _) => "<",
                };
                Some(format!("{} {op} {}", row(&keys[..n]), row(&values[..n])))
            };
            all.extend(side(&from, true));
            all.extend(side(&to, false));
            Some(format!("({})", all.join(" AND ")))
        }
        "HASH" => {
            let inner = first_list(bound.strip_prefix("FOR VALUES WITH ")?)?;
            let mut modulus = None;
            let mut remainder = None;
            for part in split_top_level(inner) {
                match part.split_once(' ') {
                    Some(("modulus", n)) => modulus = Some(n),
                    Some(("remainder", n)) => remainder = Some(n),
                    _ => {}
                }
            }
            Some(format!(
                "satisfies_hash_partition({}::regclass::oid, {}, {}, {})",
                quote_literal(&parent.to_string()),
                modulus?,
                remainder?,
                keys.join(", ")
            ))
        }
        _ => None,
    }
}

/// A partition key element as an expression its bound's values compare
/// with: a column or expression, with the collation it names (`surname
/// COLLATE "C"` → `(surname COLLATE "C")`). `None` for one with an
/// operator class of its own, whose comparisons are not `<` and `>`.
fn key_expression(key: &str) -> Option<String> {
    if !has_top_level_space(key) {
        return Some(key.to_string());
    }
    let (expr, collation) = key.split_once(" COLLATE ")?;
    (!has_top_level_space(expr) && !has_top_level_space(collation))
        .then(|| format!("({expr} COLLATE {collation})"))
}

/// The parent and bound `key` (a table, or its link to a parent) takes
/// in `to` when it is not a partition of that parent in `from`: a place
/// among the parent's partitions that one leaving it may have to free
/// first ([`may_overlap`]).
pub fn joins(key: &ObjKey, from: &Database, to: &Database) -> Option<(QualName, String)> {
    let (ObjKey::Table { name } | ObjKey::Partition { name }) = key else {
        return None;
    };
    let link = |db: &Database| {
        db.kinds
            .tables
            .get(name)
            .and_then(|t| t.partition_of.clone())
    };
    let (before, after) = (link(from), link(to));
    let parent = |l: &Option<(QualName, String)>| l.as_ref().map(|(p, _)| p.clone());
    (after.is_some() && parent(&after) != parent(&before))
        .then_some(after)
        .flatten()
}

/// Whether two partition bounds of one parent (`pg_get_expr` of
/// `relpartbound`) may share a row, so that the second cannot be created
/// while the first exists. Unsure is yes: list values and single-column
/// range ends compared as PostgreSQL prints them (numbers, or quoted
/// values of one length such as ISO dates), hash remainders by modulus.
pub fn may_overlap(a: &str, b: &str) -> bool {
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
        assert!(may_overlap(&list("1, 2"), &list("2, 3")));
        assert!(!may_overlap(&list("1, 2"), &list("3")));
        assert!(!may_overlap(&list("'a,b'"), &list("'a'")));
        let range = |a: &str, b: &str| format!("FOR VALUES FROM ({a}) TO ({b})");
        let jan = range("'2024-01-01'", "'2024-02-01'");
        assert!(!may_overlap(&jan, &range("'2024-02-01'", "'2024-03-01'")));
        assert!(may_overlap(&jan, &range("'2024-01-15'", "'2024-03-01'")));
        assert!(may_overlap(&jan, &range("'2024-01-01'", "'2025-01-01'")));
        assert!(!may_overlap(&range("0", "100"), &range("100", "200")));
        assert!(may_overlap(
            &range("MINVALUE", "10"),
            &range("5", "MAXVALUE")
        ));
        // Values it cannot compare: they may.
        assert!(may_overlap(&jan, &range("'2024-1-1'", "'2024-2-1'")));
        let hash = |m: u32, r: u32| format!("FOR VALUES WITH (modulus {m}, remainder {r})");
        assert!(!may_overlap(&hash(4, 1), &hash(4, 2)));
        assert!(may_overlap(&hash(4, 1), &hash(2, 1)));
        assert!(!may_overlap(&hash(4, 1), &hash(2, 0)));
        assert!(may_overlap("DEFAULT", "DEFAULT"));
        assert!(!may_overlap("DEFAULT", &list("1")));
    }

    #[test]
    fn partition_bounds_become_conditions() {
        let parent = QualName::new("public", "p");
        assert_eq!(
            bound_condition("RANGE (k)", "FOR VALUES FROM (0) TO (100)", &parent).unwrap(),
            "(k IS NOT NULL AND ROW(k) >= ROW(0) AND ROW(k) < ROW(100))"
        );
        assert_eq!(
            bound_condition(
                "RANGE (a, b)",
                "FOR VALUES FROM (1, MINVALUE) TO (1, MAXVALUE)",
                &parent
            )
            .unwrap(),
            "(a IS NOT NULL AND b IS NOT NULL AND ROW(a) >= ROW(1) AND ROW(a) <= ROW(1))"
        );
        assert_eq!(
            bound_condition(
                "RANGE (d)",
                "FOR VALUES FROM (MINVALUE) TO ('2024-01-01')",
                &parent
            )
            .unwrap(),
            "(d IS NOT NULL AND ROW(d) < ROW('2024-01-01'))"
        );
        assert_eq!(
            bound_condition("LIST (lower(c))", "FOR VALUES IN ('a,b', NULL)", &parent).unwrap(),
            "(lower(c) IN ('a,b') OR lower(c) IS NULL)"
        );
        assert_eq!(
            bound_condition(
                "HASH (id)",
                "FOR VALUES WITH (modulus 4, remainder 1)",
                &parent
            )
            .unwrap(),
            "satisfies_hash_partition('public.p'::regclass::oid, 4, 1, id)"
        );
        assert_eq!(
            bound_condition("RANGE (s)", "FOR VALUES FROM ('a TO b') TO ('z')", &parent).unwrap(),
            "(s IS NOT NULL AND ROW(s) >= ROW('a TO b') AND ROW(s) < ROW('z'))"
        );
        assert_eq!(bound_condition("LIST (c)", "DEFAULT", &parent), None);
        assert_eq!(
            bound_condition("RANGE (k int4_ops)", "FOR VALUES FROM (0) TO (1)", &parent),
            None
        );
        // A key's own collation is kept: the bound's order is its order.
        assert_eq!(
            bound_condition(
                "RANGE (s COLLATE \"C\")",
                "FOR VALUES FROM ('N') TO ('[')",
                &parent
            )
            .unwrap(),
            "((s COLLATE \"C\") IS NOT NULL AND ROW((s COLLATE \"C\")) >= ROW('N') AND ROW((s COLLATE \"C\")) < ROW('['))"
        );
        assert_eq!(
            bound_condition(
                "RANGE (s COLLATE \"C\" text_pattern_ops)",
                "FOR VALUES FROM ('N') TO ('[')",
                &parent
            ),
            None
        );
    }
}
