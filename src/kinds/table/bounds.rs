//! A partition's bound as a condition on its parent's rows: which rows of
//! a default partition a new partition takes (the step moving them), and
//! which rows the pre-flight checks count.

use crate::model::scan::{first_group, first_list, has_top_level_space, split_top_level};
use crate::model::{QualName, quote_literal};

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
    let keys = split_top_level(first_list(partition_by)?);
    if keys.iter().any(|k| has_top_level_space(k)) {
        return None;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
