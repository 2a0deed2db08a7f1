//! The vocabulary of plans: a [`Step`], its hazards and statements, and
//! the DDL clauses steps are spelled with (`sql`).
//!
//! Pure, like the model: every stage after the model may use it, and each
//! kind in `kinds/` builds its steps with it. What turns changes into
//! ordered steps (strategies, dependents, the graph) is `plan`'s.

pub mod check;
pub mod convert;
pub mod privileges;
pub mod sql;
pub mod statement;

use serde::{Deserialize, Serialize};

use crate::model::{Database, ObjKey, SharedName};
pub use statement::{Op, Statement};

/// A risk a step carries, for reviewers and for `apply`'s gate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hazard {
    pub code: HazardCode,
    pub message: String,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum HazardCode {
    /// Data is deleted or may not survive a conversion.
    DataLoss,
    /// The table (and its indexes) are rewritten under an ACCESS EXCLUSIVE lock.
    TableRewrite,
    /// The table is scanned to validate a constraint while writes wait.
    ValidationScan,
    /// An index build blocks writes to the table.
    IndexBuild,
    /// A new enum label cannot be used in the transaction that adds it.
    EnumLabel,
    /// An object driftless does not manage depends on what the step changes.
    UntrackedDependency,
    /// An extension's version changes.
    ExtensionVersion,
    /// Who may read or change data changes (RLS, policies, grants).
    Authorization,
    /// An object is renamed: what uses the old name (applications,
    /// function bodies) no longer finds it.
    Rename,
    /// The step connects to another server, a subscription's publisher: it
    /// makes or drops a replication slot there, copies rows from it, or
    /// starts replicating.
    Replication,
}

impl HazardCode {
    /// Every code, in declaration order.
    pub const ALL: &'static [HazardCode] = <HazardCode as strum::VariantArray>::VARIANTS;

    /// The code spelled as in output and in `--allow-hazards`.
    pub fn parse(s: &str) -> Option<HazardCode> {
        s.parse().ok()
    }

    /// The codes an `--allow-hazards` list names (`all` for every code),
    /// plus `data_loss` when destructive steps are allowed.
    pub fn parse_allowed(
        codes: &[String],
        destructive: bool,
    ) -> Result<Vec<HazardCode>, UnknownHazard> {
        let mut allowed = Vec::new();
        for code in codes.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
            if code == "all" {
                return Ok(HazardCode::ALL.to_vec());
            }
            allowed.push(HazardCode::parse(code).ok_or_else(|| UnknownHazard(code.into()))?);
        }
        if destructive {
            allowed.push(HazardCode::DataLoss);
        }
        Ok(allowed)
    }

    /// Steps with this hazard may run long (they scan or rewrite a table),
    /// so `apply` gives them the long statement timeout.
    pub fn is_long_running(self) -> bool {
        matches!(
            self,
            HazardCode::TableRewrite | HazardCode::ValidationScan | HazardCode::IndexBuild
        )
    }

    /// The code as output spells it (`data_loss`), as serde does.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

#[derive(Debug, thiserror::Error)]
#[error("--allow-hazards: unknown hazard code {0:?} (known: {known}, all)", known = HazardCode::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", "))]
pub struct UnknownHazard(pub String);

/// `apply`'s refusal of a plan with hazards it was not allowed: each code
/// with the 1-based numbers of the steps carrying it.
#[derive(Debug, thiserror::Error)]
pub struct HazardRefusal(pub Vec<(HazardCode, Vec<usize>)>);

impl std::fmt::Display for HazardRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what: Vec<String> = self
            .0
            .iter()
            .map(|(code, steps)| {
                let n: Vec<String> = steps.iter().map(|n| n.to_string()).collect();
                let s = if n.len() == 1 { "" } else { "s" };
                format!("{} (step{s} {})", code.as_str(), n.join(", "))
            })
            .collect();
        let codes: Vec<&str> = self.0.iter().map(|(code, _)| code.as_str()).collect();
        write!(
            f,
            "refusing to apply: the plan has hazards not allowed: {}; review the plan, then pass --allow-hazards {}",
            what.join(", "),
            codes.join(",")
        )
    }
}

/// One reviewable unit of a plan: a few statements that together make one
/// change to one object.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    /// What the step does, in words (`create table public.t`).
    pub summary: String,
    pub sql: Vec<Statement>,
    pub hazards: Vec<Hazard>,
    /// Held back unless destructive changes are allowed.
    pub destructive: bool,
    /// `apply` commits right after this step (a new enum label must be
    /// committed before later steps may use it).
    pub commit_after: bool,
    /// `false`: the statements run one by one outside any transaction
    /// (`CREATE INDEX CONCURRENTLY`, a constraint added `NOT VALID` and
    /// validated in a second transaction).
    pub transactional: bool,
    #[serde(skip)]
    pub(crate) creates: Vec<ObjKey>,
    #[serde(skip)]
    pub(crate) drops: Vec<ObjKey>,
    /// Keys altered in a way their dependent views and triggers cannot
    /// survive (a column's type): those are dropped before and created
    /// again after, like dependents of a dropped key.
    #[serde(skip)]
    pub(crate) invalidates: Vec<ObjKey>,
    /// Keys that must be created or altered before this step although it
    /// neither creates nor drops anything depending on them (a column
    /// inherited from a parent can only be dropped once the table has left
    /// that parent).
    #[serde(skip)]
    pub(crate) needs: Vec<ObjKey>,
    /// Existing objects whose rows the step reads or moves besides what it
    /// creates or drops (a default partition giving up rows to a new
    /// partition): its scan hazards stay even when the rest is new.
    #[serde(skip)]
    pub(crate) reads: Vec<ObjKey>,
    /// What the step drops lives on (a rename: under the name it creates;
    /// a domain detached from a function for a moment): nothing that
    /// depends on it is dropped, recreated or reordered, and it holds its
    /// rows.
    #[serde(skip)]
    pub(crate) keeps: bool,
    /// Names (`pg_class`, `pg_type`) the step frees without dropping a
    /// model key: an identity's sequence goes with `DROP IDENTITY`.
    #[serde(skip)]
    pub(crate) frees: Vec<SharedName>,
    /// The column conversions the step makes, for the check that
    /// PostgreSQL has a cast for each (not kept in a saved plan).
    #[serde(skip)]
    pub conversions: Vec<Conversion>,
    /// Runs before every step that is not itself such a step: an event
    /// trigger dropped or disabled, which would otherwise fire on (and
    /// perhaps refuse) the plan's own DDL.
    #[serde(skip)]
    pub(crate) before_all: bool,
}

/// A column converted to another type (`ALTER COLUMN ... TYPE ... USING`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    /// The column, as a reader names it (`public.t.c`).
    pub column: String,
    /// Its table and name.
    pub table: crate::model::QualName,
    pub name: String,
    /// The types as `format_type` spells them.
    pub from: String,
    /// The type the value goes through first (`text` for enums), if any.
    pub via: Option<String>,
    pub to: String,
}

impl Step {
    pub(crate) fn new(summary: impl Into<String>) -> Step {
        Step {
            summary: summary.into(),
            sql: Vec::new(),
            hazards: Vec::new(),
            destructive: false,
            commit_after: false,
            transactional: true,
            creates: Vec::new(),
            drops: Vec::new(),
            invalidates: Vec::new(),
            needs: Vec::new(),
            reads: Vec::new(),
            keeps: false,
            frees: Vec::new(),
            conversions: Vec::new(),
            before_all: false,
        }
    }

    /// A step read back from a saved plan: what `apply` needs, without
    /// the keys used for ordering (a saved plan is already ordered).
    pub fn saved(
        summary: &str,
        sql: &[String],
        hazards: &[Hazard],
        commit_after: bool,
        transactional: bool,
    ) -> Step {
        let mut s = Step::new(summary);
        s.sql = sql.iter().map(|t| Statement::from(t.as_str())).collect();
        s.hazards = hazards.to_vec();
        s.destructive = hazards.iter().any(|h| h.code == HazardCode::DataLoss);
        s.commit_after = commit_after;
        s.transactional = transactional;
        s
    }

    /// Whether any statement of the step may run long (see
    /// [`HazardCode::is_long_running`]).
    pub fn is_long_running(&self) -> bool {
        self.hazards.iter().any(|h| h.code.is_long_running())
    }

    pub(crate) fn sql(mut self, s: impl Into<Statement>) -> Step {
        self.sql.push(s.into());
        self
    }

    pub(crate) fn creates(mut self, k: ObjKey) -> Step {
        self.creates.push(k);
        self
    }

    /// Marks what the step drops as living on (see [`Step::keeps`]).
    pub(crate) fn invalidates(mut self, k: ObjKey) -> Step {
        self.invalidates.push(k);
        self
    }

    pub(crate) fn needs(mut self, k: ObjKey) -> Step {
        self.needs.push(k);
        self
    }

    pub(crate) fn before_all(mut self) -> Step {
        self.before_all = true;
        self
    }

    pub(crate) fn keeping(mut self) -> Step {
        self.keeps = true;
        self
    }

    pub(crate) fn drops(mut self, k: ObjKey) -> Step {
        self.drops.push(k);
        self
    }

    pub(crate) fn hazard(mut self, code: HazardCode, message: impl Into<String>) -> Step {
        self.hazards.push(Hazard {
            code,
            message: message.into(),
        });
        self
    }

    #[cfg(test)]
    pub(crate) fn hazard_mut(&mut self, code: HazardCode, message: String) {
        self.hazards.push(Hazard { code, message });
    }

    pub(crate) fn destructive(mut self, why: impl Into<String>) -> Step {
        self.destructive = true;
        self.hazard(HazardCode::DataLoss, why)
    }
}

/// The two models a plan is computed between, as every step generator
/// reads them.
pub struct Models<'a> {
    pub current: &'a Database,
    pub desired: &'a Database,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hazard_code_is_spelled_alike_in_output_json_and_allow_hazards() {
        assert_eq!(HazardCode::ALL.len(), 10);
        for &code in HazardCode::ALL {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json, code.as_str(), "{code:?}");
            assert_eq!(HazardCode::parse(code.as_str()), Some(code));
        }
        assert_eq!(HazardCode::TableRewrite.as_str(), "table_rewrite");
        assert_eq!(HazardCode::parse("TableRewrite"), None);
        let allowed = HazardCode::parse_allowed(&[" rename ".into(), String::new()], true).unwrap();
        assert_eq!(allowed, [HazardCode::Rename, HazardCode::DataLoss]);
        assert_eq!(
            HazardCode::parse_allowed(&["all".into()], false).unwrap(),
            HazardCode::ALL
        );
        let err = HazardCode::parse_allowed(&["nope".into()], false).unwrap_err();
        assert_eq!(
            err.to_string(),
            "--allow-hazards: unknown hazard code \"nope\" (known: data_loss, table_rewrite, \
             validation_scan, index_build, enum_label, untracked_dependency, extension_version, \
             authorization, rename, replication, all)"
        );
    }
}
