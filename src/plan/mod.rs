//! Changes → ordered steps with hazards.
//!
//! Each change becomes one or more [`Step`]s (one file per object kind
//! decides the strategy: alter in place, drop and re-add, rebuild). A step
//! declares which model keys it *creates or alters* and which it *drops*;
//! [`order`] turns those declarations plus the dependencies both models
//! recorded from `pg_depend` into a graph and sorts it. No step generator
//! knows about any other: ordering is entirely the graph's business.
//!
//! Destructive steps (data may be lost) are kept out of the plan unless the
//! caller allows them; they are returned in [`Plan::skipped`] so renderers
//! can show what was held back.

pub mod checks;
mod ddl;
mod dependents;
mod enums;
mod fresh;
mod indexes;
mod objects;
mod online;
pub mod order;
mod owners;
mod partition_copies;
mod policies;
mod privileges;
pub mod renames;
mod routines;
mod schemas;
mod sequences;
pub mod sizes;
pub mod sql;
mod statement;
mod tables;
mod types;
mod views;

use serde::{Deserialize, Serialize};

use crate::diff::Change;
pub use statement::{Op, Statement};

use crate::model::{Database, ObjKey, QualName};

/// A risk a step carries, for reviewers and for `apply`'s gate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hazard {
    pub code: HazardCode,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
}

impl HazardCode {
    pub const ALL: [HazardCode; 9] = [
        HazardCode::DataLoss,
        HazardCode::TableRewrite,
        HazardCode::ValidationScan,
        HazardCode::IndexBuild,
        HazardCode::EnumLabel,
        HazardCode::UntrackedDependency,
        HazardCode::ExtensionVersion,
        HazardCode::Authorization,
        HazardCode::Rename,
    ];

    /// The code spelled as in output and in `--allow-hazards`.
    pub fn parse(s: &str) -> Option<HazardCode> {
        HazardCode::ALL.into_iter().find(|c| c.as_str() == s)
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

    pub fn as_str(self) -> &'static str {
        match self {
            HazardCode::DataLoss => "data_loss",
            HazardCode::TableRewrite => "table_rewrite",
            HazardCode::ValidationScan => "validation_scan",
            HazardCode::IndexBuild => "index_build",
            HazardCode::EnumLabel => "enum_label",
            HazardCode::UntrackedDependency => "untracked_dependency",
            HazardCode::ExtensionVersion => "extension_version",
            HazardCode::Authorization => "authorization",
            HazardCode::Rename => "rename",
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("--allow-hazards: unknown hazard code {0:?} (known: {known}, all)", known = HazardCode::ALL.map(HazardCode::as_str).join(", "))]
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
    pub(crate) frees: Vec<(&'static str, QualName)>,
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

#[derive(Debug, Clone, Default, Serialize)]
pub struct Plan {
    /// Session settings the steps need, run before them
    /// (`SET check_function_bodies = false`, so functions can be created
    /// before the tables their bodies name, as `pg_dump` does; the
    /// `search_path` the schema files left, for the bodies the steps run).
    pub session: Vec<String>,
    pub steps: Vec<Step>,
    /// Destructive steps held back (no `--allow-destructive`).
    pub skipped: Vec<Step>,
    /// Things a reviewer must know that are not steps: unmanaged objects in
    /// the way of a change, say.
    pub warnings: Vec<String>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// `2 destructive steps held back`, or, when steps that belong to
    /// those changes are held back with them, `5 steps held back (2
    /// destructive)`.
    pub fn held_back_summary(&self) -> String {
        let n = self.skipped.len();
        let destructive = self.skipped.iter().filter(|s| s.destructive).count();
        let s = if n == 1 { "" } else { "s" };
        if destructive == n {
            format!("{n} destructive step{s} held back")
        } else {
            format!("{n} step{s} held back ({destructive} destructive)")
        }
    }

    /// Refuses the plan if one of its steps carries a hazard whose code is
    /// not in `allowed`.
    pub fn check_hazards(&self, allowed: &[HazardCode]) -> Result<(), HazardRefusal> {
        let refused = self.unallowed_hazards(allowed);
        if refused.is_empty() {
            Ok(())
        } else {
            Err(HazardRefusal(refused))
        }
    }

    /// Hazards of the plan's steps whose codes are not in `allowed`, each
    /// with the 1-based numbers of the steps carrying it, in code order.
    pub fn unallowed_hazards(&self, allowed: &[HazardCode]) -> Vec<(HazardCode, Vec<usize>)> {
        let mut found: std::collections::BTreeMap<HazardCode, Vec<usize>> = Default::default();
        for (i, step) in self.steps.iter().enumerate() {
            for h in &step.hazards {
                if !allowed.contains(&h.code) {
                    let steps = found.entry(h.code).or_default();
                    if steps.last() != Some(&(i + 1)) {
                        steps.push(i + 1);
                    }
                }
            }
        }
        found.into_iter().collect()
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub allow_destructive: bool,
    /// Prefer DDL that does not block writes: see `online`.
    pub online: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("cannot order the plan: these steps depend on each other in a cycle: {0}")]
    Cycle(String),
    /// A change PostgreSQL cannot make in place, refused before anything
    /// is shown or applied.
    #[error("{0}")]
    Refused(String),
}

/// Refuses what PostgreSQL cannot do in place and the plan would only
/// discover at apply time: changing the type of a partition key column
/// (the whole partitioned table would have to be rebuilt with its rows),
/// and of a column of a table whose row type another table's column
/// stores.
fn refuse(ctx: &Models, steps: &[Step]) -> Result<(), PlanError> {
    // A typed table keeps its type's attributes as its columns: the type
    // can only be altered in place (CASCADE), never rebuilt under it.
    for (name, to) in &ctx.desired.composites {
        let Some(from) = ctx.current.composites.get(name) else {
            continue;
        };
        if let Some(t) = types::kept_typed_tables(ctx, name).first()
            && types::composite_rebuilds(ctx, from, to)
        {
            return Err(PlanError::Refused(format!(
                "cannot change type {name} this way: table {t} is a table of that type, and \
                 PostgreSQL changes such a type only by adding attributes at the end, dropping \
                 or retyping them; keep the attributes' order, or make it a plain table first \
                 (its CREATE TABLE without OF, applied before the type changes)"
            )));
        }
    }
    for step in steps {
        for key in &step.invalidates {
            let ObjKey::Column { table, name } = key else {
                continue;
            };
            let Some(t) = ctx.current.tables.get(table) else {
                continue;
            };
            let col = crate::model::quote_ident(name);
            // The table's own key, or its parents' (a partition shares it).
            let mut keyed = Some(t);
            while let Some(k) = keyed {
                if let Some(by) = &k.partition_by
                    && checks::partition_key_columns(by).contains(&col.as_str())
                {
                    return Err(PlanError::Refused(format!(
                        "cannot change the type of {table}.{col}: it is in the partition key of {} ({by}), \
                         and PostgreSQL cannot retype a partition key column; \
                         keep its type, or create a new partitioned table, move the rows and swap the names",
                        k.name
                    )));
                }
                keyed = k
                    .partition_of
                    .as_ref()
                    .and_then(|(p, _)| ctx.current.tables.get(p));
            }
            let row_type = table.to_string();
            // A column that keeps storing those rows (one the plan drops or
            // converts first is no obstacle).
            let stores = |db: &Database, t: &QualName, c: &str| {
                db.tables
                    .get(t)
                    .and_then(|t| t.column(c))
                    .is_some_and(|c| c.data_type.trim_end_matches("[]") == row_type)
            };
            let user = ctx.current.tables.values().find_map(|u| {
                u.columns
                    .iter()
                    .find(|c| {
                        stores(ctx.current, &u.name, &c.name)
                            && stores(ctx.desired, &u.name, &c.name)
                    })
                    .map(|c| format!("{}.{}", u.name, crate::model::quote_ident(&c.name)))
            });
            if let Some(user) = user {
                return Err(PlanError::Refused(format!(
                    "cannot change the type of {table}.{col}: column {user} stores {table} rows, \
                     and PostgreSQL cannot alter a table whose row type a column uses; \
                     keep its type, or change {user} to another type first"
                )));
            }
        }
    }
    Ok(())
}

/// Builds the ordered plan that turns `current` into `desired`.
pub fn plan(
    current: &Database,
    desired: &Database,
    changes: &[Change],
    options: Options,
) -> Result<Plan, PlanError> {
    let mut steps = Vec::new();
    let mut warnings = Vec::new();
    let ctx = Models { current, desired };
    for change in changes {
        objects::steps_for(&ctx, change, &mut steps);
    }
    // A change may leave a generator with nothing to say (a function whose
    // only difference was its privileges, planned separately).
    steps.retain(|s| !s.sql.is_empty());
    refuse(&ctx, &steps)?;
    for s in &mut steps {
        s.sql = std::mem::take(&mut s.sql)
            .into_iter()
            .map(|stmt| stmt.map_text(sql::reparseable))
            .collect();
    }
    dependents::recreate(&ctx, &mut steps, &mut warnings);
    dependents::flag_untracked(&ctx, &mut steps);
    owners::set(current, desired, &mut steps);
    if options.online {
        let tables: std::collections::BTreeSet<&QualName> = current
            .tables
            .values()
            .chain(desired.tables.values())
            .filter(|t| t.partition_by.is_some())
            .map(|t| &t.name)
            .collect();
        let indexes: std::collections::BTreeSet<&QualName> = current
            .indexes
            .values()
            .chain(desired.indexes.values())
            .filter(|i| {
                current
                    .tables
                    .get(&i.table)
                    .or(desired.tables.get(&i.table))
                    .is_some_and(|t| t.partition_by.is_some())
            })
            .map(|i| &i.name)
            .collect();
        let partitioned = online::Partitioned {
            table: &|t| tables.contains(t),
            index: &|i| indexes.contains(i),
        };
        for s in &mut steps {
            online::rewrite(s, &partitioned);
        }
    }
    let mut ordered = order::order(steps, current, desired)?;
    fresh::relax(&mut ordered, current, desired);
    // A destructive step held back takes along every step that exists only
    // with it: the plan without it is a safe subset, never half a change.
    let (steps, skipped) = order::hold_back(ordered, current, desired, |s| {
        !options.allow_destructive && s.destructive
    });
    let mut steps = steps;
    steps.extend(privileges::keep_order(current, desired, &steps));
    let mut session = Vec::new();
    if steps.iter().any(|s| {
        s.creates
            .iter()
            .any(|k| matches!(k, ObjKey::Function { .. }))
    }) {
        session.push("SET check_function_bodies = false".to_string());
    }
    // Steps may run the files' function bodies (a materialized view filled,
    // a default computed for existing rows, a check validated): under the
    // search_path the files left, as in a fresh build of them.
    if let Some(path) = desired
        .files_search_path
        .as_deref()
        .filter(|_| !steps.is_empty())
    {
        session.push(format!(
            "SELECT pg_catalog.set_config('search_path', {}, false)",
            crate::model::quote_literal(path)
        ));
    }
    Ok(Plan {
        session,
        steps,
        skipped,
        warnings,
    })
}

pub(crate) struct Models<'a> {
    pub current: &'a Database,
    pub desired: &'a Database,
}

/// The plan back: from `desired` (the state `forward` reaches) to `current`
/// (the state it starts from), destructive steps included, for
/// `apply --rollback-file`. A step that brings back what `forward` drops
/// brings back the object, not its rows: it says so as a `data_loss`
/// hazard.
pub fn rollback(forward: &Plan, current: &Database, desired: &Database) -> Result<Plan, PlanError> {
    let changes = crate::diff::diff(desired, current);
    let mut back = plan(
        desired,
        current,
        &changes,
        Options {
            allow_destructive: true,
            online: false,
        },
    )?;
    let dropped: std::collections::BTreeSet<&ObjKey> = forward
        .steps
        .iter()
        .filter(|s| s.destructive && !s.keeps)
        .flat_map(|s| &s.drops)
        .collect();
    for step in &mut back.steps {
        if step.creates.iter().any(|k| dropped.contains(k)) {
            step.hazards.push(Hazard {
                code: HazardCode::DataLoss,
                message: "comes back empty: the rows the forward plan deleted are not restored"
                    .into(),
            });
        }
    }
    Ok(back)
}
