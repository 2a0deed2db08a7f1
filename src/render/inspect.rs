//! A whole model as a SQL script that rebuilds it in an empty database:
//! the plan from an empty database's baseline to the model, statements
//! only, ordered like any plan.

use crate::diff;
use crate::model::Database;
use crate::plan::{self, Options, PlanError};

pub fn render(db: &Database, source: &str) -> Result<String, PlanError> {
    let base = db.baseline();
    let changes = diff::diff(&base, db);
    let plan = plan::plan(
        &base,
        db,
        &changes,
        Options {
            allow_destructive: true,
            ..Default::default()
        },
    )?;
    let mut text = format!("-- driftless inspect of {source}\n");
    for u in &db.unmanaged {
        text.push_str(&format!("-- not managed yet (not included): {u}\n"));
    }
    for stmt in plan
        .session
        .iter()
        .chain(plan.steps.iter().flat_map(|s| &s.sql))
    {
        text.push('\n');
        text.push_str(stmt);
        text.push_str(";\n");
    }
    Ok(text)
}
