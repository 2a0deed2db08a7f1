//! A plan as JSON: a stable document for scripts (`version` changes when
//! a field's meaning does).

use serde::Serialize;

use crate::plan::{Plan, Step};

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    steps: &'a [Step],
    skipped: &'a [Step],
    warnings: &'a [String],
}

pub fn render(plan: &Plan) -> String {
    let doc = Document {
        version: 1,
        steps: &plan.steps,
        skipped: &plan.skipped,
        warnings: &plan.warnings,
    };
    let mut s = serde_json::to_string_pretty(&doc).expect("a plan always serializes");
    s.push('\n');
    s
}
