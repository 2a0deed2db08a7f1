//! A plan as Markdown for a pull-request comment: a summary, a table of the
//! steps with their hazards, and the SQL in a collapsible block.

use crate::plan::Plan;

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub fn render(plan: &Plan, title: &str) -> String {
    let mut out = format!("### {title}\n\n");
    if plan.steps.is_empty() && plan.skipped.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    let hazardous = plan.steps.iter().filter(|s| !s.hazards.is_empty()).count();
    out.push_str(&format!(
        "**{} step{}**, {hazardous} with hazards",
        plan.steps.len(),
        if plan.steps.len() == 1 { "" } else { "s" }
    ));
    if !plan.skipped.is_empty() {
        out.push_str(&format!(
            ", **{} destructive step{} held back** (needs `--allow-destructive`)",
            plan.skipped.len(),
            if plan.skipped.len() == 1 { "" } else { "s" }
        ));
    }
    out.push_str(".\n\n");
    for w in &plan.warnings {
        out.push_str(&format!("> ⚠️ {}\n", cell(w)));
    }
    out.push_str("| # | step | hazards |\n|---|---|---|\n");
    // Held-back steps are listed but not numbered: they are not steps.
    let rows = plan
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| ((i + 1).to_string(), "", s))
        .chain(
            plan.skipped
                .iter()
                .map(|s| ("—".to_string(), "held back: ", s)),
        );
    for (number, prefix, step) in rows {
        let hazards = if step.hazards.is_empty() {
            "—".to_string()
        } else {
            step.hazards
                .iter()
                .map(|h| format!("`{}` {}", h.code.as_str(), cell(&h.message)))
                .collect::<Vec<_>>()
                .join("<br>")
        };
        out.push_str(&format!(
            "| {number} | {prefix}{} | {hazards} |\n",
            cell(&step.summary)
        ));
    }
    out.push_str("\n<details><summary>SQL</summary>\n\n```sql\n");
    out.push_str(&super::sql::render(plan));
    out.push_str("```\n\n</details>\n");
    out
}
