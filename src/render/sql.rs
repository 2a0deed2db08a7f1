//! A plan as a SQL script: each step's statements preceded by a `-- `
//! line saying what it changes and what it risks. Held-back destructive
//! steps follow as comments only, so the script never runs them.

use crate::plan::{Plan, Step};

fn step_header(out: &mut String, n: usize, step: &Step) {
    out.push_str(&format!("-- {n}. {}\n", step.summary));
    if !step.transactional {
        out.push_str("--    runs outside a transaction, statement by statement\n");
    }
    for h in &step.hazards {
        out.push_str(&format!(
            "--    hazard {}: {}\n",
            h.code.as_str(),
            h.message
        ));
    }
}

pub fn render(plan: &Plan) -> String {
    let mut out = String::new();
    if plan.steps.is_empty() && plan.skipped.is_empty() {
        out.push_str("-- driftless: no changes\n");
        return out;
    }
    out.push_str(&format!(
        "-- driftless plan: {} step{}",
        plan.steps.len(),
        if plan.steps.len() == 1 { "" } else { "s" }
    ));
    if !plan.skipped.is_empty() {
        out.push_str(&format!(", {}", plan.held_back_summary()));
    }
    out.push('\n');
    for w in &plan.warnings {
        out.push_str(&format!("-- warning: {w}\n"));
    }
    if !plan.session.is_empty() {
        out.push('\n');
        for stmt in &plan.session {
            out.push_str(stmt);
            out.push_str(";\n");
        }
    }
    for (i, step) in plan.steps.iter().enumerate() {
        out.push('\n');
        step_header(&mut out, i + 1, step);
        for stmt in &step.sql {
            out.push_str(stmt);
            out.push_str(";\n");
        }
    }
    if !plan.skipped.is_empty() {
        out.push_str("\n-- Held back: destructive steps (run again with --allow-destructive to include them)\n");
        for step in &plan.skipped {
            out.push_str(&format!("--\n-- {}\n", step.summary));
            if !step.destructive {
                out.push_str(
                    "--    (part of a destructive change held back: it runs only with it)\n",
                );
            }
            for h in &step.hazards {
                out.push_str(&format!(
                    "--    hazard {}: {}\n",
                    h.code.as_str(),
                    h.message
                ));
            }
            for stmt in &step.sql {
                for line in stmt.lines() {
                    out.push_str(&format!("--   {line}\n"));
                }
            }
        }
    }
    out
}
