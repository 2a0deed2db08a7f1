//! Domains (`CREATE DOMAIN`). A domain changes in place (`ALTER DOMAIN`:
//! default, `NOT NULL`, named checks, renamed checks); a new base type or
//! collation has no `ALTER` and rebuilds it (`super::rebuild_step`) when
//! columns or other types use it, else drops and creates it. A domain
//! whose default or checks call something the plan recreates is detached
//! from them around it ([`reattach_steps`], its way of being recreated).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::kinds::table::checks::has_rows;
use crate::model::delta::Delta;
use crate::model::scan::first_group;
use crate::model::{Acl, Grant, QualName, quote_ident};
use crate::step::check::{Check, Checking};
use crate::step::privileges;
use crate::step::sql::{column_key, comment};
use crate::step::{HazardCode, Models, Statement, Step};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Domain {
    pub name: QualName,
    /// `format_type` of the base type.
    pub base_type: String,
    pub collation: Option<String>,
    pub default: Option<String>,
    pub not_null: bool,
    /// The name of the `NOT NULL` constraint, where the server names it
    /// (PostgreSQL 17 and later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_null_name: Option<String>,
    /// Named `CHECK` constraints: name → `pg_get_constraintdef`.
    pub checks: BTreeMap<String, String>,
    /// The comments on those checks (`COMMENT ON CONSTRAINT ... ON
    /// DOMAIN`): name → comment.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub check_comments: BTreeMap<String, String>,
    pub comment: Option<String>,
    pub acl: Acl,
    /// The owning role, as SQL; `None` when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// One domain as the catalog reader's `types` document spells it.
#[derive(Deserialize)]
pub struct Row {
    schema: String,
    name: String,
    base_type: String,
    collation: Option<String>,
    default: Option<String>,
    not_null: bool,
    not_null_name: Option<String>,
    checks: BTreeMap<String, String>,
    #[serde(default)]
    check_comments: BTreeMap<String, String>,
    comment: Option<String>,
    acl: Vec<Grant>,
    owner: Option<String>,
}

impl From<Row> for Domain {
    fn from(r: Row) -> Domain {
        Domain {
            name: QualName::new(r.schema, r.name),
            base_type: r.base_type,
            collation: r.collation,
            default: r.default,
            not_null: r.not_null,
            not_null_name: r.not_null_name,
            checks: r.checks,
            check_comments: r.check_comments,
            comment: r.comment,
            acl: Some(r.acl),
            owner: r.owner,
        }
    }
}

/// The kind.
pub struct Domains;

type_kind!(Domains, Domain, "domain", "DOMAIN", recreate: reattach_steps, checks: domain_checks);

pub(super) fn create_step(d: &Domain) -> Step {
    let mut sql = format!("CREATE DOMAIN {} AS {}", d.name, d.base_type);
    if let Some(c) = &d.collation {
        sql.push_str(&format!(" COLLATE {c}"));
    }
    if let Some(x) = &d.default {
        sql.push_str(&format!(" DEFAULT {x}"));
    }
    if d.not_null {
        // Named where the server names it (17 and later): a rebuild creates
        // the domain while the old one still holds the default name.
        if let Some(n) = &d.not_null_name {
            sql.push_str(&format!(" CONSTRAINT {}", quote_ident(n)));
        }
        sql.push_str(" NOT NULL");
    }
    // NOT VALID is only accepted by ALTER DOMAIN.
    let (valid, not_valid): (Vec<_>, Vec<_>) = d
        .checks
        .iter()
        .partition(|(_, def)| !def.ends_with(" NOT VALID"));
    for (name, def) in valid {
        sql.push_str(&format!(" CONSTRAINT {} {def}", quote_ident(name)));
    }
    let mut s = Step::new(format!("create domain {}", d.name))
        .sql(sql)
        .creates(super::type_key(&d.name));
    for (name, def) in not_valid {
        s = s.sql(format!(
            "ALTER DOMAIN {} ADD CONSTRAINT {} {def}",
            d.name,
            quote_ident(name)
        ));
    }
    for (check, text) in &d.check_comments {
        s = s.sql(check_comment(d, check, Some(text)));
    }
    if d.comment.is_some() {
        s = s.sql(comment("DOMAIN", &d.name.to_string(), d.comment.as_deref()));
    }
    let on = format!("DOMAIN {}", d.name);
    privileges::add(s, privileges::Kind::Type, &on, None, None, &d.acl)
}

fn steps(ctx: &Models, d: &Delta<Domain>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } if super::created_by_kind_change(ctx, &to.name) => {}
        Delta::Create { to } => out.push(create_step(to)),
        Delta::Drop { from } => out.push(super::drop_or_replace_type(ctx, &from.name, "DOMAIN")),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            if super::in_rebuilt_cluster(ctx, &to.name) {
                return;
            }
            if from.base_type != to.base_type || from.collation != to.collation {
                let how = super::Replacement {
                    word: "DOMAIN",
                    in_use: super::has_users_or_dependents(ctx, &to.name),
                    summary: format!("rebuild domain {} on {}", to.name, to.base_type),
                    via: &to.base_type,
                    converts: format!(
                        "converts every column of type {} from {} to {}",
                        to.name, from.base_type, to.base_type
                    ),
                };
                super::replace(ctx, &from.name, &to.name, create_step(to), how, out);
                return;
            }
            out.push(through_containers(ctx, from, to, alter_step(from, to)));
        }
    }
}

/// PostgreSQL validates a domain's new check or `NOT NULL` only in columns
/// of the domain itself (or of domains over it): a column holding it in a
/// container (an array of it, a domain over such an array) makes `ALTER
/// DOMAIN ... ADD CONSTRAINT` fail ("cannot alter type because column ...
/// uses it"). Those columns leave the domain for the step (retyped to the
/// same values without it) and come back after it, which validates their
/// values: a rewrite of their tables.
fn through_containers(ctx: &Models, from: &Domain, to: &Domain, step: Step) -> Step {
    let validates = (to.not_null && !from.not_null)
        || to.checks.iter().any(|(name, def)| {
            from.checks.get(name) != Some(def)
                && !from.checks.values().any(|d| d == def)
                && !def.ends_with(" NOT VALID")
        });
    if !validates {
        return step;
    }
    let columns = container_columns(ctx, &to.name);
    if columns.is_empty() {
        return step;
    }
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut out = step;
    for (table, column, data_type, without) in &columns {
        let col = quote_ident(column);
        before.push(Statement::from(format!(
            "ALTER TABLE {table} ALTER COLUMN {col} TYPE {without}"
        )));
        after.push(Statement::from(format!(
            "ALTER TABLE {table} ALTER COLUMN {col} TYPE {data_type} USING {col}::{data_type}"
        )));
        out = out
            .invalidates(column_key(table, column))
            .hazard(
                HazardCode::TableRewrite,
                format!(
                    "rewrites {table} twice: column {col} of type {data_type} leaves domain {} for the step and comes back",
                    to.name
                ),
            );
    }
    before.append(&mut out.sql);
    before.append(&mut after);
    out.sql = before;
    out
}

/// Adds to `types` (type → the same type without domains) every domain
/// over one of them, until none is left.
fn with_domains_over(types: &mut BTreeMap<String, String>, domains: &BTreeMap<QualName, Domain>) {
    loop {
        let more: Vec<(String, String)> = domains
            .values()
            .filter(|x| !types.contains_key(&x.name.to_string()))
            .filter_map(|x| Some((x.name.to_string(), types.get(&x.base_type)?.clone())))
            .collect();
        if more.is_empty() {
            return;
        }
        types.extend(more);
    }
}

/// The columns (on both sides, of the same type) whose type holds domain
/// `name`, or a domain over it, in an array, directly or through a domain
/// over the array: `(table, column, type, the same type without domains)`.
fn container_columns(ctx: &Models, name: &QualName) -> Vec<(QualName, String, String, String)> {
    let domains = &ctx.desired.kinds.domains;
    // `name` and the domains over it, each with the type under them all.
    let mut held: BTreeMap<String, String> = BTreeMap::new();
    let Some(d) = domains.get(name) else {
        return Vec::new();
    };
    held.insert(name.to_string(), d.base_type.clone());
    with_domains_over(&mut held, domains);
    // Containers: arrays of those, and domains over such arrays (or over
    // domains over them), each with the same type without domains.
    let mut containers: BTreeMap<String, String> = held
        .iter()
        .map(|(n, base)| (format!("{n}[]"), format!("{base}[]")))
        .collect();
    with_domains_over(&mut containers, domains);
    let mut found = Vec::new();
    for (tname, table) in &ctx.desired.kinds.tables {
        let Some(current) = ctx.current.kinds.tables.get(tname) else {
            continue;
        };
        for col in table.columns.iter().filter(|c| !c.inherited) {
            let (Some(old), Some(without)) =
                (current.column(&col.name), containers.get(&col.data_type))
            else {
                continue;
            };
            if old.data_type == col.data_type {
                found.push((
                    tname.clone(),
                    col.name.clone(),
                    col.data_type.clone(),
                    without.clone(),
                ));
            }
        }
    }
    found
}

pub(super) fn rebuilds(ctx: &Models, from: &Domain, to: &Domain) -> bool {
    (from.base_type != to.base_type || from.collation != to.collation)
        && super::has_users_or_dependents(ctx, &to.name)
}

/// The in-place changes from one domain to another of the same base type.
fn alter_step(from: &Domain, to: &Domain) -> Step {
    let name = &to.name;
    let mut s = Step::new(format!("alter domain {name}")).creates(super::type_key(name));
    if from.default != to.default {
        s = s.sql(match &to.default {
            Some(x) => format!("ALTER DOMAIN {name} SET DEFAULT {x}"),
            None => format!("ALTER DOMAIN {name} DROP DEFAULT"),
        });
    }
    // A check under another name with the same definition is renamed
    // (a domain renamed keeps `old_check`; the files say `new_check`):
    // nothing to validate again.
    let mut renamed: Vec<(&String, &String)> = Vec::new();
    for (c, def) in &from.checks {
        if to.checks.contains_key(c) {
            continue;
        }
        if let Some((n, _)) = to.checks.iter().find(|(n, d)| {
            *d == def && !from.checks.contains_key(*n) && !renamed.iter().any(|(_, r)| r == n)
        }) {
            renamed.push((c, n));
        }
    }
    for (c, def) in &from.checks {
        if to.checks.get(c) != Some(def) && !renamed.iter().any(|(r, _)| *r == c) {
            s = s.sql(format!(
                "ALTER DOMAIN {name} DROP CONSTRAINT IF EXISTS {}",
                quote_ident(c)
            ));
        }
    }
    for (a, b) in &renamed {
        s = s.sql(format!(
            "ALTER DOMAIN {name} RENAME CONSTRAINT {} TO {}",
            quote_ident(a),
            quote_ident(b)
        ));
    }
    if from.not_null != to.not_null {
        s = s.sql(format!(
            "ALTER DOMAIN {name} {} NOT NULL",
            if to.not_null { "SET" } else { "DROP" }
        ));
        // SET NOT NULL names the constraint after the domain.
        let default_name = format!("{}_not_null", to.name.name);
        if let Some(n) = to.not_null_name.as_ref().filter(|n| **n != default_name) {
            s = s.sql(format!(
                "ALTER DOMAIN {name} RENAME CONSTRAINT {} TO {}",
                quote_ident(&default_name),
                quote_ident(n)
            ));
        }
        if to.not_null {
            s = s.hazard(
                HazardCode::ValidationScan,
                format!("scans every column of type {name} for NULLs"),
            );
        }
    } else if let (true, Some(a), Some(b)) = (to.not_null, &from.not_null_name, &to.not_null_name)
        && a != b
    {
        s = s.sql(format!(
            "ALTER DOMAIN {name} RENAME CONSTRAINT {} TO {}",
            quote_ident(a),
            quote_ident(b)
        ));
    }
    for (c, def) in &to.checks {
        if from.checks.get(c) != Some(def) && !renamed.iter().any(|(_, r)| *r == c) {
            s = s.sql(format!(
                "ALTER DOMAIN {name} ADD CONSTRAINT {} {def}",
                quote_ident(c)
            ));
            // A check added NOT VALID holds for new values only: no scan.
            if !def.ends_with(" NOT VALID") {
                s = s.hazard(
                    HazardCode::ValidationScan,
                    format!("scans every column of type {name} to validate {c}"),
                );
            }
        }
    }
    // A check's comment: none on one added (or added again) here; a
    // renamed one keeps its old name's.
    for c in to.checks.keys() {
        let had = match renamed.iter().find(|(_, r)| *r == c) {
            Some((old, _)) => from.check_comments.get(*old),
            None if from.checks.get(c) == to.checks.get(c) => from.check_comments.get(c),
            None => None,
        };
        let wanted = to.check_comments.get(c);
        if had != wanted {
            s = s.sql(check_comment(to, c, wanted.map(String::as_str)));
        }
    }
    if from.comment != to.comment {
        s = s.sql(comment("DOMAIN", &name.to_string(), to.comment.as_deref()));
    }
    s
}

/// `COMMENT ON CONSTRAINT check ON DOMAIN d`.
fn check_comment(d: &Domain, check: &str, text: Option<&str>) -> String {
    comment(
        "CONSTRAINT",
        &format!("{} ON DOMAIN {}", quote_ident(check), d.name),
        text,
    )
}

/// A domain whose default or checks call something the plan drops and
/// creates again (a function whose arguments change): detached from it
/// first (default and checks dropped), attached again after (the desired
/// default and checks). The domain lives on: columns of its type are not
/// touched. `None` for a domain that is rebuilt anyway.
fn reattach_steps(ctx: &Models, name: &QualName) -> Option<Vec<Step>> {
    let (from, to) = (
        ctx.current.kinds.domains.get(name)?,
        ctx.desired.kinds.domains.get(name)?,
    );
    if from.base_type != to.base_type
        || from.collation != to.collation
        || super::in_rebuilt_cluster(ctx, name)
        || (from.default.is_none() && from.checks.is_empty())
    {
        return None;
    }
    let mut detach = Step::new(format!("detach domain {name} from its default and checks"))
        .drops(super::type_key(name))
        .keeping();
    if from.default.is_some() {
        detach = detach.sql(format!("ALTER DOMAIN {name} DROP DEFAULT"));
    }
    for c in from.checks.keys() {
        detach = detach.sql(format!(
            "ALTER DOMAIN {name} DROP CONSTRAINT IF EXISTS {}",
            quote_ident(c)
        ));
    }
    // Attached again: from the detached domain to the desired one, with
    // whatever else changes in place (NOT NULL, comment).
    let detached = Domain {
        default: None,
        checks: Default::default(),
        check_comments: Default::default(),
        ..from.clone()
    };
    let mut attach = through_containers(ctx, &detached, to, alter_step(&detached, to));
    attach.summary = format!("attach domain {name} to its default and checks");
    let mut steps = vec![detach];
    if !attach.sql.is_empty() {
        steps.push(attach);
    }
    Some(steps)
}
/// A domain that gains a check or `NOT NULL`: every column of that domain
/// in a table with rows must satisfy it. `VALUE` in the check reads the
/// column through a one-row subquery whose column is named `value`.
fn domain_checks(at: &Checking, name: &QualName, out: &mut Vec<Check>) {
    let (step, current, desired) = (at.step, at.models.current, at.models.desired);
    let has_rows = |t: &QualName| has_rows(at, t);
    let (Some(from), Some(to)) = (
        current.kinds.domains.get(name),
        desired.kinds.domains.get(name),
    ) else {
        return;
    };
    let new_checks: Vec<(&String, &String)> = to
        .checks
        .iter()
        .filter(|(n, def)| from.checks.get(*n) != Some(*def) && !def.ends_with("NOT VALID"))
        .collect();
    let not_null = to.not_null && !from.not_null;
    if new_checks.is_empty() && !not_null {
        return;
    }
    let domain = name.to_string();
    for t in current.kinds.tables.values().filter(|t| has_rows(&t.name)) {
        for c in t
            .columns
            .iter()
            .filter(|c| c.data_type == domain && !c.inherited)
        {
            let table = &t.name;
            let col = crate::model::quote_ident(&c.name);
            if not_null {
                out.push(Check {
                    step,
                    what: format!("NOT NULL on domain {domain}, used by {table}.{col}"),
                    query: crate::kinds::table::checks::rows_matching(
                        table,
                        &format!("{col} IS NULL"),
                        current,
                        ("has", "have"),
                        &format!("NULL in {col}, of domain {domain}, which becomes NOT NULL"),
                    ),
                });
            }
            for (check_name, def) in &new_checks {
                let Some(expr) = def.strip_prefix("CHECK ").and_then(first_group) else {
                    continue;
                };
                out.push(Check {
                    step,
                    what: format!("check {check_name} of domain {domain}, used by {table}.{col}"),
                    query: crate::kinds::table::checks::rows_matching(
                        table,
                        &format!(
                            "(SELECT ({expr}) FROM (SELECT {table}.{col} AS value) v) IS FALSE"
                        ),
                        current,
                        ("violates", "violate"),
                        &format!(
                            "in {col} the check {} of domain {domain}",
                            crate::model::quote_ident(check_name)
                        ),
                    ),
                });
            }
        }
    }
}
