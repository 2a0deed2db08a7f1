//! Domains, composite types and range types (collations: `kinds/collation.rs`).
//!
//! Domains change in place (`ALTER DOMAIN`: default, NOT NULL, named
//! checks); a new base type has no ALTER and recreates the domain.
//! Composite types add, drop and retype attributes in place when the kept
//! attributes stay in order; anything else recreates the type. Range types
//! and collations have nothing to alter and are recreated.

use std::collections::BTreeMap;

use super::sql::{column_target, comment, old_name};
use super::tables::column_key;
use super::{HazardCode, Models, Statement, Step};
use crate::diff::Delta;
use crate::model::{
    Attribute, CompositeType, Domain, ObjKey, QualName, RangeType, quote_ident, quote_literal,
};
use crate::step::convert::{columns_keeping_type, convert_column};

/// The tables of `db` typed by composite type `name` (`CREATE TABLE ...
/// OF`).
fn typed_tables<'a>(db: &'a crate::model::Database, name: &QualName) -> Vec<&'a QualName> {
    let name = name.to_string();
    db.tables
        .values()
        .filter(|t| t.of_type.as_ref() == Some(&name))
        .map(|t| &t.name)
        .collect()
}

/// The tables typed by composite type `name` on both sides: their columns
/// change with the type.
pub(super) fn kept_typed_tables<'a>(ctx: &Models<'a>, name: &QualName) -> Vec<&'a QualName> {
    typed_tables(ctx.current, name)
        .into_iter()
        .filter(|t| typed_tables(ctx.desired, name).contains(t))
        .collect()
}

/// The key of the composite type a typed table names (`of`, as
/// `format_type` writes it) in `db`.
pub(super) fn of_type_key(db: &crate::model::Database, of: &str) -> Option<ObjKey> {
    db.composites
        .values()
        .find(|t| t.name.to_string() == of)
        .map(|t| type_key(&t.name))
}

pub(super) fn type_key(name: &QualName) -> ObjKey {
    ObjKey::Type { name: name.clone() }
}

/// What replaces a type whose name stays but whose kind changes (an enum
/// becomes a domain) while columns keep it: the word that names the old
/// kind and the new type's statements. Its drop becomes a rebuild that
/// converts the columns through `text` (see [`rebuild_step`]); its create
/// is left out.
fn kind_change(ctx: &Models, name: &QualName) -> Option<(&'static str, Vec<Statement>)> {
    #[derive(PartialEq)]
    enum TypeKind {
        Enum,
        Domain,
        Composite,
        Range,
    }
    let kind = |db: &crate::model::Database| {
        [
            (TypeKind::Enum, db.enums.contains_key(name)),
            (TypeKind::Domain, db.domains.contains_key(name)),
            (TypeKind::Composite, db.composites.contains_key(name)),
            (TypeKind::Range, db.ranges.contains_key(name)),
        ]
        .into_iter()
        .find_map(|(k, here)| here.then_some(k))
    };
    let (old, new) = (kind(ctx.current)?, kind(ctx.desired)?);
    if old == new || !has_users(ctx, name) {
        return None;
    }
    let word = if old == TypeKind::Domain {
        "DOMAIN"
    } else {
        "TYPE"
    };
    let create = match new {
        TypeKind::Enum => super::enums::create_step(ctx.desired.enums.get(name)?).sql,
        TypeKind::Domain => domain_create_step(ctx.desired.domains.get(name)?).sql,
        TypeKind::Composite => composite_create_step(ctx.desired.composites.get(name)?).sql,
        TypeKind::Range => range_create_step(ctx.desired.ranges.get(name)?).sql,
    };
    Some((word, create))
}

/// The step dropping type `name` (`word`: `TYPE` or `DOMAIN`), or the
/// rebuild that turns it into a type of another kind of the same name.
pub(super) fn drop_or_replace_type(ctx: &Models, name: &QualName, word: &str) -> Step {
    match kind_change(ctx, name) {
        Some((old_word, create)) => rebuild_step(
            ctx,
            name,
            old_word,
            format!(
                "replace {} {name} with a type of another kind",
                word.to_lowercase()
            ),
            create,
            "text",
        )
        .destructive(format!(
            "converts every column of type {name} through its text form"
        )),
        None => drop_type_step(name, word),
    }
}

/// Whether creating type `name` is left to the rebuild that replaces a
/// type of another kind of the same name.
pub(super) fn created_by_kind_change(ctx: &Models, name: &QualName) -> bool {
    kind_change(ctx, name).is_some()
}

fn drop_type_step(name: &QualName, word: &str) -> Step {
    Step::new(format!("drop {} {name}", word.to_lowercase()))
        .sql(format!("DROP {word} IF EXISTS {name}"))
        .drops(type_key(name))
        .destructive(format!(
            "drops {} {name}; columns using it must go first",
            word.to_lowercase()
        ))
}

fn domain_create_step(d: &Domain) -> Step {
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
        .creates(type_key(&d.name));
    for (name, def) in not_valid {
        s = s.sql(format!(
            "ALTER DOMAIN {} ADD CONSTRAINT {} {def}",
            d.name,
            quote_ident(name)
        ));
    }
    if d.comment.is_some() {
        s = s.sql(comment("DOMAIN", &d.name.to_string(), d.comment.as_deref()));
    }
    let on = format!("DOMAIN {}", d.name);
    super::privileges::add(s, super::privileges::Kind::Type, &on, None, None, &d.acl)
}

pub(super) fn domain_steps(ctx: &Models, d: &Delta<Domain>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } if created_by_kind_change(ctx, &to.name) => {}
        Delta::Create { to } => out.push(domain_create_step(to)),
        Delta::Drop { from } => out.push(drop_or_replace_type(ctx, &from.name, "DOMAIN")),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            if in_rebuilt_cluster(ctx, &to.name) {
                return;
            }
            if from.base_type != to.base_type || from.collation != to.collation {
                if has_users_or_dependents(ctx, &to.name) {
                    out.push(
                        rebuild_step(
                            ctx,
                            &to.name,
                            "DOMAIN",
                            format!("rebuild domain {} on {}", to.name, to.base_type),
                            domain_create_step(to).sql,
                            &to.base_type,
                        )
                        .destructive(format!(
                            "converts every column of type {} from {} to {}",
                            to.name, from.base_type, to.base_type
                        )),
                    );
                } else {
                    out.push(drop_type_step(&from.name, "DOMAIN"));
                    out.push(domain_create_step(to));
                }
                return;
            }
            out.push(through_containers(
                ctx,
                from,
                to,
                domain_alter_step(from, to),
            ));
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
    let domains = &ctx.desired.domains;
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
    for (tname, table) in &ctx.desired.tables {
        let Some(current) = ctx.current.tables.get(tname) else {
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

fn attribute(a: &Attribute) -> String {
    let mut s = format!("{} {}", quote_ident(&a.name), a.data_type);
    if let Some(c) = &a.collation {
        s.push_str(&format!(" COLLATE {c}"));
    }
    s
}

/// The names of `a`'s attributes that `b` has too, in `a`'s order.
fn attributes_kept<'a>(a: &'a CompositeType, b: &CompositeType) -> Vec<&'a String> {
    a.attributes
        .iter()
        .map(|x| &x.name)
        .filter(|n| b.attributes.iter().any(|y| &y.name == *n))
        .collect()
}

/// PostgreSQL alters a composite type in place only when the kept
/// attributes stay in order, new ones are appended, and no attribute is
/// retyped while the type is in use.
pub(super) fn composite_rebuilds(ctx: &Models, from: &CompositeType, to: &CompositeType) -> bool {
    let (kept_from, kept_to) = (attributes_kept(from, to), attributes_kept(to, from));
    let appended_only = to.attributes[..kept_to.len()]
        .iter()
        .map(|a| &a.name)
        .eq(kept_to.iter().copied());
    let retyped = from
        .attributes
        .iter()
        .any(|a| to.attributes.iter().any(|b| b.name == a.name && b != a));
    kept_from != kept_to || !appended_only || (retyped && has_users_or_dependents(ctx, &to.name))
}

fn domain_rebuilds(ctx: &Models, from: &Domain, to: &Domain) -> bool {
    (from.base_type != to.base_type || from.collation != to.collation)
        && has_users_or_dependents(ctx, &to.name)
}

/// Names of the types in both maps for which `rebuilds(current, desired)`.
fn rebuilt<'a, T>(
    current: &'a BTreeMap<QualName, T>,
    desired: &'a BTreeMap<QualName, T>,
    rebuilds: impl Fn(&T, &T) -> bool + 'a,
) -> impl Iterator<Item = &'a QualName> + 'a {
    desired
        .iter()
        .filter(move |(n, to)| current.get(*n).is_some_and(|from| rebuilds(from, to)))
        .map(|(n, _)| n)
}

/// Whether `name` is rebuilt as part of another type's rebuild (it is
/// built on that type on both sides): its own change is then covered by
/// the rebuild, which creates it from its desired definition.
/// The in-place changes from one domain to another of the same base type.
fn domain_alter_step(from: &Domain, to: &Domain) -> Step {
    let name = &to.name;
    let mut s = Step::new(format!("alter domain {name}")).creates(type_key(name));
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
            s = s
                .sql(format!(
                    "ALTER DOMAIN {name} ADD CONSTRAINT {} {def}",
                    quote_ident(c)
                ))
                .hazard(
                    HazardCode::ValidationScan,
                    format!("scans every column of type {name} to validate {c}"),
                );
        }
    }
    if from.comment != to.comment {
        s = s.sql(comment("DOMAIN", &name.to_string(), to.comment.as_deref()));
    }
    s
}

/// A domain whose default or checks call something the plan drops and
/// creates again (a function whose arguments change): detached from it
/// first (default and checks dropped), attached again after (the desired
/// default and checks). The domain lives on: columns of its type are not
/// touched. `None` for a domain that is rebuilt anyway.
pub(super) fn domain_reattach_steps(ctx: &Models, name: &QualName) -> Option<Vec<Step>> {
    let (from, to) = (
        ctx.current.domains.get(name)?,
        ctx.desired.domains.get(name)?,
    );
    if from.base_type != to.base_type
        || from.collation != to.collation
        || in_rebuilt_cluster(ctx, name)
        || (from.default.is_none() && from.checks.is_empty())
    {
        return None;
    }
    let mut detach = Step::new(format!("detach domain {name} from its default and checks"))
        .drops(type_key(name))
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
        ..from.clone()
    };
    let mut attach = through_containers(ctx, &detached, to, domain_alter_step(&detached, to));
    attach.summary = format!("attach domain {name} to its default and checks");
    let mut steps = vec![detach];
    if !attach.sql.is_empty() {
        steps.push(attach);
    }
    Some(steps)
}

fn in_rebuilt_cluster(ctx: &Models, name: &QualName) -> bool {
    let (cur, des) = (ctx.current, ctx.desired);
    rebuilt(&cur.enums, &des.enums, crate::diff::needs_rebuild)
        .chain(rebuilt(&cur.domains, &des.domains, |f, t| {
            domain_rebuilds(ctx, f, t)
        }))
        .chain(rebuilt(&cur.composites, &des.composites, |f, t| {
            composite_rebuilds(ctx, f, t)
        }))
        .any(|root| root != name && dependent_types(ctx, root).iter().any(|d| &d.name == name))
}

fn composite_create_step(t: &CompositeType) -> Step {
    let attrs: Vec<String> = t.attributes.iter().map(attribute).collect();
    let mut s = Step::new(format!("create type {}", t.name))
        .sql(format!("CREATE TYPE {} AS ({})", t.name, attrs.join(", ")))
        .creates(type_key(&t.name));
    if t.comment.is_some() {
        s = s.sql(comment("TYPE", &t.name.to_string(), t.comment.as_deref()));
    }
    let on = format!("TYPE {}", t.name);
    super::privileges::add(s, super::privileges::Kind::Type, &on, None, None, &t.acl)
}

pub(super) fn composite_steps(ctx: &Models, d: &Delta<CompositeType>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } if created_by_kind_change(ctx, &to.name) => {}
        Delta::Create { to } => out.push(composite_create_step(to)),
        Delta::Drop { from } => out.push(drop_or_replace_type(ctx, &from.name, "TYPE")),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            let name = &to.name;
            if in_rebuilt_cluster(ctx, name) {
                return;
            }
            if composite_rebuilds(ctx, from, to) {
                if has_users_or_dependents(ctx, name) {
                    out.push(
                        rebuild_step(
                            ctx,
                            name,
                            "TYPE",
                            format!("rebuild type {name} with new attributes"),
                            composite_create_step(to).sql,
                            "text",
                        )
                        .destructive(format!(
                            "converts every column of type {name} through its text form"
                        )),
                    );
                } else {
                    out.push(drop_type_step(&from.name, "TYPE"));
                    out.push(composite_create_step(to));
                }
                return;
            }
            let kept_to = attributes_kept(to, from);
            let mut clauses = Vec::new();
            for a in &from.attributes {
                match to.attributes.iter().find(|b| b.name == a.name) {
                    None => {
                        clauses.push(format!("DROP ATTRIBUTE IF EXISTS {}", quote_ident(&a.name)))
                    }
                    Some(b) if b != a => {
                        let collate = b
                            .collation
                            .as_ref()
                            .map(|c| format!(" COLLATE {c}"))
                            .unwrap_or_default();
                        clauses.push(format!(
                            "ALTER ATTRIBUTE {} TYPE {}{collate}",
                            quote_ident(&b.name),
                            b.data_type
                        ));
                    }
                    Some(_) => {}
                }
            }
            for b in &to.attributes[kept_to.len()..] {
                clauses.push(format!("ADD ATTRIBUTE {}", attribute(b)));
            }
            let mut s = Step::new(format!("alter type {name}")).creates(type_key(name));
            // Tables typed by it change with it (CASCADE); those typed by it
            // on both sides have their columns changed by this step, those
            // that stop being typed by it do so first (`NOT OF`, in their
            // own step).
            let typed_now = typed_tables(ctx.current, name);
            let typed = kept_typed_tables(ctx, name);
            for t in &typed_now {
                if !typed.contains(t) && ctx.desired.tables.contains_key(*t) {
                    s.needs.push(super::tables::table_key(t));
                }
            }
            if !clauses.is_empty() {
                if !typed_now.is_empty() {
                    for c in &mut clauses {
                        c.push_str(" CASCADE");
                    }
                }
                s = s.sql(format!("ALTER TYPE {name} {}", clauses.join(", ")));
            }
            for table in &typed {
                for a in &from.attributes {
                    let column = column_target(table, &a.name);
                    match to.attributes.iter().find(|b| b.name == a.name) {
                        None => {
                            s = s.drops(column_key(table, &a.name)).destructive(format!(
                                "drops column {column} of typed table {table} and its values"
                            ))
                        }
                        Some(b) if b != a => {
                            s = s.creates(column_key(table, &a.name)).hazard(
                                HazardCode::TableRewrite,
                                format!("rewrites {table} to convert column {column}"),
                            );
                            if !crate::step::convert::is_widening(&a.data_type, &b.data_type) {
                                s = s.destructive(format!(
                                    "converts {column} from {} to {}: values may not convert, or lose precision",
                                    a.data_type, b.data_type
                                ));
                            }
                            s.invalidates.push(column_key(table, &a.name));
                        }
                        Some(_) => {}
                    }
                }
                for b in &to.attributes[kept_to.len()..] {
                    s = s.creates(column_key(table, &b.name));
                }
            }
            // What uses an attribute that goes or changes type (a view
            // selecting it, a function building the row) cannot survive
            // it: PostgreSQL records those uses on the attribute, which the
            // model folds into the type, so all its users are dropped
            // before and created again after.
            if from.attributes.iter().any(|a| !to.attributes.contains(a)) {
                s.invalidates.push(type_key(name));
            }
            if from.comment != to.comment {
                s = s.sql(comment("TYPE", &name.to_string(), to.comment.as_deref()));
            }
            out.push(s);
        }
    }
}

fn range_create_step(r: &RangeType) -> Step {
    let mut opts = vec![format!("SUBTYPE = {}", r.subtype)];
    opts.extend(r.options.iter().cloned());
    let mut s = Step::new(format!("create type {}", r.name))
        .sql(format!(
            "CREATE TYPE {} AS RANGE ({})",
            r.name,
            opts.join(", ")
        ))
        .creates(type_key(&r.name));
    if r.comment.is_some() {
        s = s.sql(comment("TYPE", &r.name.to_string(), r.comment.as_deref()));
    }
    let on = format!("TYPE {}", r.name);
    super::privileges::add(s, super::privileges::Kind::Type, &on, None, None, &r.acl)
}

pub(super) fn range_steps(ctx: &Models, d: &Delta<RangeType>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } if created_by_kind_change(ctx, &to.name) => {}
        Delta::Create { to } => out.push(range_create_step(to)),
        Delta::Drop { from } => out.push(drop_or_replace_type(ctx, &from.name, "TYPE")),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            if from.subtype != to.subtype || from.options != to.options {
                if has_users(ctx, &to.name) {
                    out.push(
                        rebuild_step(
                            ctx,
                            &to.name,
                            "TYPE",
                            format!("rebuild range type {}", to.name),
                            range_create_step(to).sql,
                            "text",
                        )
                        .destructive(format!(
                            "converts every column of type {} through its text form",
                            to.name
                        )),
                    );
                } else {
                    out.push(drop_type_step(&from.name, "TYPE"));
                    out.push(range_create_step(to));
                }
            } else if from.comment != to.comment {
                out.push(
                    Step::new(format!("change comment on type {}", to.name))
                        .sql(comment("TYPE", &to.name.to_string(), to.comment.as_deref()))
                        .creates(type_key(&to.name)),
                );
            }
        }
    }
}

/// Renaming a range type renames neither its constructor functions nor
/// its multirange type (and that type's constructors), whose names a new
/// range of the same name takes again: they follow the range's new name,
/// found through their internal dependencies on it, and go when it goes.
fn range_companions_renamed(renamed: &QualName, multiranges: bool) -> String {
    let range = quote_literal(&renamed.to_string());
    let owners = if multiranges {
        format!(
            "SELECT {range}::regtype UNION ALL \
             SELECT rngmultitypid FROM pg_catalog.pg_range WHERE rngtypid = {range}::regtype"
        )
    } else {
        format!("SELECT {range}::regtype")
    };
    let multirange = if multiranges {
        format!(
            "\n  FOR r IN SELECT t.oid::regtype AS t, t.typname FROM pg_catalog.pg_range g \
             JOIN pg_catalog.pg_type t ON t.oid = g.rngmultitypid WHERE g.rngtypid = {range}::regtype LOOP\n    \
             EXECUTE format('ALTER TYPE %s RENAME TO %I', r.t, r.typname || '__driftless_old');\n  \
             END LOOP;"
        )
    } else {
        String::new()
    };
    format!(
        "DO $driftless$\nDECLARE r record;\nBEGIN\n  \
         FOR r IN SELECT p.oid::regprocedure AS f, p.proname FROM pg_catalog.pg_depend d \
         JOIN pg_catalog.pg_proc p ON p.oid = d.objid \
         WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.deptype = 'i' \
         AND d.refclassid = 'pg_catalog.pg_type'::regclass AND d.refobjid IN ({owners}) LOOP\n    \
         EXECUTE format('ALTER FUNCTION %s RENAME TO %I', r.f, r.proname || '__driftless_old');\n  \
         END LOOP;{multirange}\nEND\n$driftless$"
    )
}

/// Columns whose type is `name` (or an array of it) on both sides.
fn users(ctx: &Models, name: &QualName) -> Vec<(QualName, String, bool)> {
    columns_keeping_type(ctx, &name.to_string())
}

fn has_users(ctx: &Models, name: &QualName) -> bool {
    !users(ctx, name).is_empty()
}

/// A type built on a type being rebuilt: a domain over it, a composite
/// with an attribute of it (or of an array of it).
struct Dependent {
    name: QualName,
    word: &'static str,
    /// The desired definition.
    create: Vec<Statement>,
    /// The cluster members it is built on.
    bases: Vec<QualName>,
}

/// Types built on `root`, directly or through each other, on both sides
/// (a type whose desired definition no longer uses the cluster is left to
/// its own step), each after the members it is built on.
fn dependent_types(ctx: &Models, root: &QualName) -> Vec<Dependent> {
    let mut members: Vec<QualName> = vec![root.clone()];
    let mut found: Vec<Dependent> = Vec::new();
    let refers = |t: &str, members: &[QualName]| -> Option<QualName> {
        let t = t.trim_end_matches("[]");
        members.iter().find(|m| m.to_string() == t).cloned()
    };
    loop {
        let before = found.len();
        for (n, d) in &ctx.desired.domains {
            if members.contains(n) {
                continue;
            }
            let Some(cur) = ctx.current.domains.get(n) else {
                continue;
            };
            if let (Some(b), Some(_)) = (
                refers(&d.base_type, &members),
                refers(&cur.base_type, &members),
            ) {
                found.push(Dependent {
                    name: n.clone(),
                    word: "DOMAIN",
                    create: domain_create_step(d).sql,
                    bases: vec![b],
                });
                members.push(n.clone());
            }
        }
        for (n, t) in &ctx.desired.composites {
            if members.contains(n) {
                continue;
            }
            let Some(cur) = ctx.current.composites.get(n) else {
                continue;
            };
            let bases: Vec<QualName> = t
                .attributes
                .iter()
                .filter_map(|a| refers(&a.data_type, &members))
                .collect();
            let used_now = cur
                .attributes
                .iter()
                .any(|a| refers(&a.data_type, &members).is_some());
            if !bases.is_empty() && used_now {
                found.push(Dependent {
                    name: n.clone(),
                    word: "TYPE",
                    create: composite_create_step(t).sql,
                    bases,
                });
                members.push(n.clone());
            }
        }
        for (n, r) in &ctx.desired.ranges {
            if members.contains(n) {
                continue;
            }
            let Some(cur) = ctx.current.ranges.get(n) else {
                continue;
            };
            if let (Some(b), Some(_)) =
                (refers(&r.subtype, &members), refers(&cur.subtype, &members))
            {
                found.push(Dependent {
                    name: n.clone(),
                    word: "TYPE",
                    create: range_create_step(r).sql,
                    bases: vec![b],
                });
                members.push(n.clone());
            }
        }
        if found.len() == before {
            break;
        }
    }
    // A composite found early may use a member found later: order so that
    // each comes after every member it is built on.
    let mut ordered: Vec<Dependent> = Vec::new();
    let mut placed: Vec<QualName> = vec![root.clone()];
    while !found.is_empty() {
        let i = found
            .iter()
            .position(|d| d.bases.iter().all(|b| placed.contains(b)))
            .unwrap_or(0);
        let d = found.remove(i);
        placed.push(d.name.clone());
        ordered.push(d);
    }
    ordered
}

/// Whether rebuilding `name` means more than replacing the type itself:
/// columns or other types use it.
fn has_users_or_dependents(ctx: &Models, name: &QualName) -> bool {
    has_users(ctx, name) || !dependent_types(ctx, name).is_empty()
}

/// Replaces a type that columns use and that PostgreSQL cannot alter: the
/// old type is renamed away, the new one created (`create`), every column
/// converted through `via` (`text`, or a domain's base type), and the old
/// type dropped. Types built on it (domains, composites; see
/// [`dependent_types`]) are replaced in the same step, in between: renamed
/// away, created anew on the new type, their columns converted through
/// `text`, and dropped before the old type. Data is kept wherever it
/// converts. Defaults, constraints, views and functions on the old types
/// are recreated around the step (it drops the types' keys; see
/// `dependents`).
pub(super) fn rebuild_step(
    ctx: &Models,
    name: &QualName,
    word: &str,
    summary: String,
    create: Vec<Statement>,
    via: &str,
) -> Step {
    let dependents = dependent_types(ctx, name);
    let renamed = std::iter::once((name, word)).chain(dependents.iter().map(|d| (&d.name, d.word)));
    let mut s = Step::new(summary);
    for (type_name, word) in renamed {
        s = s
            .sql(format!(
                "ALTER {word} {type_name} RENAME TO {}",
                quote_ident(&old_name(type_name).name)
            ))
            .creates(type_key(type_name))
            .drops(type_key(type_name));
        if ctx.current.ranges.contains_key(type_name) {
            s = s.sql(range_companions_renamed(
                &old_name(type_name),
                ctx.current.version.has_multiranges(),
            ));
        }
    }
    for stmt in create {
        s = s.sql(stmt);
    }
    for d in &dependents {
        for stmt in &d.create {
            s = s.sql(stmt.clone());
        }
    }
    let converted = std::iter::once((name, via))
        .chain(dependents.iter().map(|d| (&d.name, "text")))
        .collect::<Vec<_>>();
    let by_name = attributes_by_name(ctx, name);
    let mut helpers = 0;
    for (type_name, via) in converted {
        for (table, column, array) in users(ctx, type_name) {
            let col = quote_ident(&column);
            let (via, target) = if array {
                (format!("{via}[]"), format!("{type_name}[]"))
            } else {
                (via.to_string(), type_name.to_string())
            };
            let using = match (&by_name, type_name == name) {
                (Some(fields), true) if array => {
                    // USING admits no subquery: a temporary function
                    // converts the array element by element.
                    helpers += 1;
                    let f = format!("pg_temp.driftless_convert_{helpers}");
                    let element = row_by_name(fields, "$1[i]", name);
                    s = s.sql(format!(
                        "CREATE FUNCTION {f}({old}[]) RETURNS {name}[] LANGUAGE sql AS $f$ \
                         SELECT CASE WHEN $1 IS NULL THEN NULL ELSE coalesce((SELECT array_agg({element} ORDER BY i) \
                         FROM generate_subscripts($1, 1) AS i), '{{}}') END $f$",
                        old = old_name(name)
                    ));
                    format!("{f}({col})")
                }
                (Some(fields), true) => row_by_name(fields, &col, name),
                _ => format!("{col}::{via}::{target}"),
            };
            let why = format!(
                "rewrites {table} to convert {}",
                column_target(&table, &column)
            );
            s = convert_column(s, &table, &column, &target, &using, why);
        }
    }
    for i in 1..=helpers {
        s = s.sql(format!(
            "DROP FUNCTION pg_temp.driftless_convert_{i}({}[])",
            old_name(name)
        ));
    }
    for d in dependents.iter().rev() {
        s = s.sql(format!("DROP {} {}", d.word, old_name(&d.name)));
    }
    s.sql(format!("DROP {word} {}", old_name(name)))
}

/// An attribute of a composite type's new definition, read from a value
/// of its old one.
enum Field<'a> {
    /// The old attribute of that name, of the same type.
    Kept(&'a str),
    /// The old attribute of that name, cast to the new type.
    Cast(&'a str, &'a str),
    /// New: NULL of its type.
    New(&'a str),
}

/// For a composite type whose attributes change names, number or order:
/// each desired attribute as read from the old type, by name. `None`
/// where converting through text by position keeps the data (the same
/// attribute names in the same order).
fn attributes_by_name<'a>(ctx: &'a Models, name: &QualName) -> Option<Vec<Field<'a>>> {
    let (from, to) = (
        ctx.current.composites.get(name)?,
        ctx.desired.composites.get(name)?,
    );
    let names = |t: &'a CompositeType| {
        t.attributes
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>()
    };
    if names(from) == names(to) {
        return None;
    }
    Some(
        to.attributes
            .iter()
            .map(
                |new| match from.attributes.iter().find(|a| a.name == new.name) {
                    Some(old) if old.data_type == new.data_type => Field::Kept(&new.name),
                    Some(_) => Field::Cast(&new.name, &new.data_type),
                    None => Field::New(&new.data_type),
                },
            )
            .collect(),
    )
}

/// `value` (of the old composite type) as a row of the new type `name`,
/// attribute by attribute; NULL stays NULL.
fn row_by_name(fields: &[Field], value: &str, name: &QualName) -> String {
    let row = fields
        .iter()
        .map(|f| match f {
            Field::Kept(attr) => format!("({value}).{}", quote_ident(attr)),
            Field::Cast(attr, ty) => format!("({value}).{}::{ty}", quote_ident(attr)),
            Field::New(ty) => format!("NULL::{ty}"),
        })
        .collect::<Vec<_>>()
        .join(", ");
    format!("CASE WHEN num_nulls({value}) = 1 THEN NULL ELSE ROW({row})::{name} END")
}
