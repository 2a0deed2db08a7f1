//! Sizes in hazards: the table each hazard of a step is about, and the
//! hazard's text with that table's estimated rows and size added
//! (`rewrites public.orders (public.orders: ~4.2M rows, 1.3 GB)`). Pure:
//! the CLI reads the figures from the target
//! ([`crate::source::catalog::sizes`]) and passes them in.

use std::collections::{BTreeMap, BTreeSet};

use super::{HazardCode, Plan, Step};
use crate::model::{Database, ObjKey, QualName};
use crate::source::catalog::sizes::TableSize;

/// Hazards whose cost or loss grows with the table.
fn sized(code: HazardCode) -> bool {
    code.is_long_running() || code == HazardCode::DataLoss
}

/// The tables a step works on, as `current` holds them (a table the plan
/// creates has no rows yet).
fn step_tables(step: &Step, current: &Database, desired: &Database) -> BTreeSet<QualName> {
    let index_table = |name: &QualName| {
        current
            .indexes
            .get(name)
            .or_else(|| desired.indexes.get(name))
            .map(|i| i.table.clone())
    };
    step.creates
        .iter()
        .chain(&step.drops)
        .chain(&step.invalidates)
        .filter_map(|key| match key {
            ObjKey::Table { name } | ObjKey::Partition { name } | ObjKey::View { name } => {
                Some(name.clone())
            }
            ObjKey::Column { table, .. }
            | ObjKey::Constraint { table, .. }
            | ObjKey::Default { table, .. } => Some(table.clone()),
            ObjKey::Index { name } => index_table(name),
            _ => None,
        })
        .filter(|t| {
            current.tables.contains_key(t)
                || current
                    .views
                    .get(t)
                    .is_some_and(|v| v.kind == crate::model::ViewKind::Materialized)
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

/// Adds each table's figures to the sized hazards of the steps about it.
pub fn annotate(
    plan: &mut Plan,
    current: &Database,
    desired: &Database,
    sizes: &BTreeMap<QualName, TableSize>,
) {
    for step in plan.steps.iter_mut().chain(plan.skipped.iter_mut()) {
        let figures: Vec<String> = step_tables(step, current, desired)
            .iter()
            .filter_map(|t| {
                let size = sizes.get(t)?;
                Some(format!("{t}: {}, {}", rows(size.rows), size.size))
            })
            .collect();
        if figures.is_empty() {
            continue;
        }
        let note = format!(" ({})", figures.join("; "));
        for hazard in step.hazards.iter_mut().filter(|h| sized(h.code)) {
            hazard.message.push_str(&note);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::rows;

    #[test]
    fn row_counts_read_at_a_glance() {
        assert_eq!(rows(None), "rows unknown (never analyzed)");
        assert_eq!(rows(Some(0.0)), "~0 rows");
        assert_eq!(rows(Some(1.0)), "~1 row");
        assert_eq!(rows(Some(9_999.4)), "~9,999 rows");
        assert_eq!(rows(Some(12_345.0)), "~12.3k rows");
        assert_eq!(rows(Some(4_200_000.0)), "~4.2M rows");
        assert_eq!(rows(Some(3.1e9)), "~3.1G rows");
    }
}
