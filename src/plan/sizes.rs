//! Sizes in hazards: the table each hazard of a step is about, and the
//! hazard's text with that table's estimated rows and size added
//! (`rewrites public.orders (public.orders: ~4.2M rows, 1.3 GB)`). Pure:
//! the CLI reads the figures from the target
//! ([`crate::source::catalog::sizes`]) and passes them in.

use std::collections::{BTreeMap, BTreeSet};

use super::{HazardCode, Plan, Step};
use crate::kinds;
use crate::model::{Database, OnRelation, QualName};
use crate::source::catalog::sizes::TableSize;

/// Hazards whose cost or loss grows with the table.
fn sized(code: HazardCode) -> bool {
    code.is_long_running() || code == HazardCode::DataLoss
}

/// The tables a step works on, as `current` holds them (a table the plan
/// creates has no rows yet).
fn step_tables(step: &Step, current: &Database, desired: &Database) -> BTreeSet<QualName> {
    step.creates
        .iter()
        .chain(&step.drops)
        .chain(&step.invalidates)
        // A part (column, constraint, index...) is its relation's.
        .filter_map(|key| {
            kinds::on_relation(current, key)
                .or_else(|| kinds::on_relation(desired, key))
                .map(OnRelation::relation)
        })
        .filter(|t| {
            current
                .relation_key(t)
                .is_some_and(|key| kinds::stores_rows(current, &key))
        })
        .collect()
}

/// Every existing table some sized hazard of the plan is about: what to
/// ask the target the sizes of.
pub fn tables(plan: &Plan, current: &Database, desired: &Database) -> Vec<QualName> {
    let all: BTreeSet<QualName> = plan
        .steps
        .iter()
        .chain(&plan.skipped)
        .filter(|s| s.hazards.iter().any(|h| sized(h.code)))
        .flat_map(|s| step_tables(s, current, desired))
        .collect();
    all.into_iter().collect()
}

/// The existing columns some step drops with a `data_loss` hazard: what
/// to ask the target how many values each holds.
pub fn dropped_columns(plan: &Plan, current: &Database) -> Vec<(QualName, String)> {
    let all: BTreeSet<(QualName, String)> = plan
        .steps
        .iter()
        .chain(&plan.skipped)
        .filter(|s| s.hazards.iter().any(|h| h.code == HazardCode::DataLoss))
        .flat_map(|s| kinds::table::column::dropped_in(s, current))
        .collect();
    all.into_iter().collect()
}

/// `~1,234 non-NULL values in bio`.
fn values(column: &str, estimate: Option<f64>) -> String {
    let count = rows(estimate);
    match count
        .strip_suffix(" rows")
        .or_else(|| count.strip_suffix(" row"))
    {
        Some(n) if estimate.is_some() => {
            let s = if n == "~1" { "" } else { "s" };
            format!("{n} non-NULL value{s} in {column}")
        }
        _ => format!("non-NULL values in {column} unknown (never analyzed)"),
    }
}

/// `~1,234 rows`, `~4.2M rows`; "not analyzed" without statistics.
fn rows(estimate: Option<f64>) -> String {
    let Some(n) = estimate else {
        return "rows unknown (never analyzed)".into();
    };
    let n = n.round();
    let (value, unit) = if n >= 1e9 {
        (n / 1e9, "G")
    } else if n >= 1e6 {
        (n / 1e6, "M")
    } else if n >= 1e4 {
        (n / 1e3, "k")
    } else {
        let whole = n as u64;
        let text = whole.to_string();
        let mut grouped = String::new();
        for (i, c) in text.chars().enumerate() {
            if i > 0 && (text.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        let s = if whole == 1 { "" } else { "s" };
        return format!("~{grouped} row{s}");
    };
    format!("~{value:.1}{unit} rows")
}

/// Adds each table's figures to the sized hazards of the steps about it,
/// and to a `data_loss` hazard the values of the columns its step drops.
pub fn annotate(
    plan: &mut Plan,
    current: &Database,
    desired: &Database,
    sizes: &BTreeMap<QualName, TableSize>,
    column_values: &BTreeMap<(QualName, String), Option<f64>>,
) {
    for step in plan.steps.iter_mut().chain(plan.skipped.iter_mut()) {
        let figures: Vec<String> = step_tables(step, current, desired)
            .iter()
            .filter_map(|t| {
                let size = sizes.get(t)?;
                Some(format!("{t}: {}, {}", rows(size.rows), size.size))
            })
            .collect();
        let lost: Vec<String> = kinds::table::column::dropped_in(step, current)
            .iter()
            .filter_map(|key| {
                let estimate = column_values.get(key)?;
                Some(values(&crate::model::quote_ident(&key.1), *estimate))
            })
            .collect();
        for hazard in step.hazards.iter_mut().filter(|h| sized(h.code)) {
            let mut notes = figures.clone();
            if hazard.code == HazardCode::DataLoss {
                notes.extend(lost.iter().cloned());
            }
            if !notes.is_empty() {
                hazard.message.push_str(&format!(" ({})", notes.join("; ")));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{rows, values};

    #[test]
    fn row_counts_read_at_a_glance() {
        assert_eq!(rows(None), "rows unknown (never analyzed)");
        assert_eq!(rows(Some(0.0)), "~0 rows");
        assert_eq!(rows(Some(1.0)), "~1 row");
        assert_eq!(rows(Some(9_999.4)), "~9,999 rows");
        assert_eq!(rows(Some(12_345.0)), "~12.3k rows");
        assert_eq!(rows(Some(4_200_000.0)), "~4.2M rows");
        assert_eq!(rows(Some(3.1e9)), "~3.1G rows");
        assert_eq!(values("bio", Some(1.0)), "~1 non-NULL value in bio");
        assert_eq!(values("bio", Some(1.2e6)), "~1.2M non-NULL values in bio");
        assert_eq!(
            values("bio", None),
            "non-NULL values in bio unknown (never analyzed)"
        );
    }
}
