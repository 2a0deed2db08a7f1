//! A plan as JSON: a stable document for scripts (`version` changes when
//! a field's meaning does). Each step carries its SQL, summary, hazards,
//! and whether it is destructive; the document carries fingerprints of the
//! state the plan starts from and the state it reaches, so a saved plan
//! can refuse to run against a database that has moved.

use serde::Serialize;

use crate::model::Database;
use crate::plan::{Hazard, Plan, Step};

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    source_fingerprint: String,
    desired_fingerprint: String,
    session: &'a [String],
    steps: &'a [Step],
    skipped: &'a [Step],
    warnings: &'a [String],
}

/// A SHA-256 of the model's canonical JSON: every object's keys sorted,
/// so the fingerprint depends on what the model holds, not on the order
/// its fields are declared in (a kind moving into `kinds/` leaves it
/// alone), and a kind the model holds no object of is left out (a kind
/// added to driftless leaves it alone); dependencies left out, as they
/// are derived from the rest.
pub fn fingerprint(db: &Database) -> String {
    crate::migrate::checksum(&canonical(db).to_string())
}

/// The JSON [`fingerprint`] hashes.
fn canonical(db: &Database) -> serde_json::Value {
    let mut copy = db.clone();
    copy.dependencies.clear();
    let mut value = serde_json::to_value(&copy).expect("a model always serializes");
    if let serde_json::Value::Object(fields) = &mut value {
        fields.retain(|_, v| match v {
            serde_json::Value::Array(items) => !items.is_empty(),
            serde_json::Value::Object(o) => !o.is_empty(),
            _ => true,
        });
    }
    value.sort_all_objects();
    value
}

/// `source` and `desired` are the fingerprints of the two states, taken
/// before any filtering (see [`fingerprint`]).
pub fn render(plan: &Plan, source: &str, desired: &str) -> String {
    let doc = Document {
        version: 1,
        source_fingerprint: source.to_string(),
        desired_fingerprint: desired.to_string(),
        session: &plan.session,
        steps: &plan.steps,
        skipped: &plan.skipped,
        warnings: &plan.warnings,
    };
    let mut s = serde_json::to_string_pretty(&doc).expect("a plan always serializes");
    s.push('\n');
    s
}

/// Reads the parts of a saved document `apply --plan` needs.
#[derive(Debug, serde::Deserialize)]
pub struct SavedPlan {
    pub version: u32,
    pub source_fingerprint: String,
    pub desired_fingerprint: String,
    #[serde(default)]
    pub session: Vec<String>,
    pub steps: Vec<SavedStep>,
}

#[derive(Debug, serde::Deserialize)]
pub struct SavedStep {
    pub summary: String,
    pub sql: Vec<String>,
    #[serde(default)]
    pub hazards: Vec<Hazard>,
    #[serde(default)]
    pub commit_after: bool,
    #[serde(default = "yes")]
    pub transactional: bool,
}

fn yes() -> bool {
    true
}

impl SavedPlan {
    pub fn parse(text: &str) -> Result<SavedPlan, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The plan to run, rebuilt from the saved steps.
    pub fn to_plan(&self) -> Plan {
        Plan {
            session: self.session.clone(),
            steps: self
                .steps
                .iter()
                .map(|s| {
                    Step::saved(
                        &s.summary,
                        &s.sql,
                        &s.hazards,
                        s.commit_after,
                        s.transactional,
                    )
                })
                .collect(),
            skipped: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_without_objects_leaves_the_fingerprint_alone() {
        let empty = canonical(&Database::default());
        let fields = empty.as_object().unwrap();
        assert!(!fields.contains_key("subscriptions"), "{empty}");
        assert!(!fields.contains_key("tables"), "{empty}");
        let mut db = Database::default();
        let t = crate::model::Table::empty(crate::model::QualName::new("public", "t"));
        db.kinds.tables.insert(t.name.clone(), t);
        assert!(canonical(&db).as_object().unwrap().contains_key("tables"));
        assert_ne!(fingerprint(&db), fingerprint(&Database::default()));
    }
}
