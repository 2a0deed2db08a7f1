//! A plan for a person at a terminal: counts, then one line per step with
//! a sign (`+` create, `-` drop, `~` change) and its hazards, then what
//! changes in each altered object (a line diff for long definitions, from
//! `similar`), then the SQL. Colour only when the output is a terminal that
//! wants it (the CLI prints through anstream, which strips it otherwise).

use owo_colors::OwoColorize;

use crate::diff::Change;
use crate::diff::unmanaged::NotCompared;
use crate::plan::{Plan, Step};

/// Colours one line of a report or attribute diff by its leading sign.
fn colour(line: &str) -> String {
    let t = line.trim_start();
    if t.starts_with("+++") || t.starts_with("---") {
        line.bold().to_string()
    } else if t.starts_with('+') {
        line.green().to_string()
    } else if t.starts_with('-') {
        line.red().to_string()
    } else if t.starts_with('~') {
        line.yellow().to_string()
    } else if t.starts_with('?') {
        line.magenta().to_string()
    } else if t.starts_with("@@") {
        line.cyan().to_string()
    } else {
        line.to_string()
    }
}

/// `check`'s drift report, coloured.
pub fn drift(
    renames: &[crate::model::rename::Rename],
    changes: &[Change],
    not_compared: &[NotCompared],
) -> String {
    super::report::render(renames, changes, not_compared)
        .lines()
        .map(|l| colour(l) + "\n")
        .collect()
}

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

/// `changes` are those the plan was made from: the altered ones are shown
/// attribute by attribute.
pub fn render(plan: &Plan, changes: &[Change]) -> String {
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
        out.push_str(&format!(", {}", plan.held_back_summary()));
    }
    out.push_str(".\n\n");
    for w in &plan.warnings {
        out.push_str(&format!("{} {w}\n", "warning:".yellow().bold()));
    }
    // Numbered as in the SQL below and in `apply`'s question and progress.
    for (i, step) in plan.steps.iter().enumerate() {
        out.push_str(&colour(&format!(
            "{} {}. {}",
            sign(step),
            i + 1,
            step.summary
        )));
        out.push('\n');
        for h in &step.hazards {
            out.push_str(&format!(
                "    hazard {}: {}\n",
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
    let altered: Vec<(String, Vec<String>)> = changes
        .iter()
        .map(|c| (c.subject(), super::report::altered_attributes(c)))
        .filter(|(_, lines)| !lines.is_empty())
        .collect();
    if !altered.is_empty() {
        out.push_str("\nChanged:\n");
        for (subject, lines) in altered {
            out.push_str(&format!("{}\n", colour(&format!("~ {subject}"))));
            for line in lines {
                out.push_str(&format!("    {}\n", colour(&line)));
            }
        }
    }
    out.push('\n');
    out.push_str(&super::sql::render(plan));
    out
}
