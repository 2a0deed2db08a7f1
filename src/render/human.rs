//! A plan for a person at a terminal: counts, then one line per step with
//! a sign (`+` create, `-` drop, `~` change) and its hazards, then the SQL.
//! Colour only when the output is a terminal that wants it (anstream).

use owo_colors::OwoColorize;

use crate::plan::{Plan, Step};

fn sign(step: &Step) -> char {
    let s = step.summary.as_str();
    if s.starts_with("create") || s.starts_with("add") {
        '+'
    } else if s.starts_with("drop") {
        '-'
    } else {
        '~'
    }
}

pub fn render(plan: &Plan) -> String {
    let mut out = String::new();
    if plan.steps.is_empty() && plan.skipped.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    let count = |c: char| plan.steps.iter().filter(|s| sign(s) == c).count();
    out.push_str(&format!(
        "Plan: {} to add, {} to change, {} to drop",
        count('+'),
        count('~'),
        count('-')
    ));
    if !plan.skipped.is_empty() {
        out.push_str(&format!(", {} destructive held back", plan.skipped.len()));
    }
    out.push_str(".\n\n");
    for w in &plan.warnings {
        out.push_str(&format!("{} {w}\n", "warning:".yellow().bold()));
    }
    for step in &plan.steps {
        let line = format!("{} {}", sign(step), step.summary);
        let line = match sign(step) {
            '+' => line.green().to_string(),
            '-' => line.red().to_string(),
            _ => line.yellow().to_string(),
        };
        out.push_str(&line);
        out.push('\n');
        for h in &step.hazards {
            out.push_str(&format!(
                "    {} {}\n",
                h.code.as_str().magenta(),
                h.message
            ));
        }
    }
    for step in &plan.skipped {
        out.push_str(&format!(
            "{}\n",
            format!("  (held back) {}", step.summary).dimmed()
        ));
    }
    out.push('\n');
    out.push_str(&super::sql::render(plan));
    out
}
