//! Composite types (`CREATE TYPE ... AS (...)`). PostgreSQL adds, drops
//! and retypes attributes in place when the kept attributes stay in order
//! and new ones come at the end ([`rebuilds`] says when not): then the
//! type is rebuilt (`super::rebuild_step`, converting each value by
//! attribute name where names, number or order change) when columns or
//! other types use it, else dropped and created. The tables typed by it
//! (`CREATE TABLE ... OF`) change with it, in place only.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::delta::Delta;
use crate::model::{Acl, Grant, ObjKey, QualName, quote_ident};
use crate::step::convert::is_widening;
use crate::step::privileges;
use crate::step::sql::{column_key, column_target, comment};
use crate::step::{HazardCode, Models, Step};

/// An attribute of a composite type. Read and written as the catalog
/// query gives it, `[name, format_type, collation]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    from = "(String, String, Option<String>)",
    into = "(String, String, Option<String>)"
)]
pub struct Attribute {
    pub name: String,
    /// As `format_type` spells it.
    pub data_type: String,
    /// Its collation, when not its type's default, as SQL.
    pub collation: Option<String>,
}

impl From<(String, String, Option<String>)> for Attribute {
    fn from((name, data_type, collation): (String, String, Option<String>)) -> Attribute {
        Attribute {
            name,
            data_type,
            collation,
        }
    }
}

impl From<Attribute> for (String, String, Option<String>) {
    fn from(a: Attribute) -> Self {
        (a.name, a.data_type, a.collation)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompositeType {
    pub name: QualName,
    /// In order.
    pub attributes: Vec<Attribute>,
    pub comment: Option<String>,
    /// The comments on its attributes (`COMMENT ON COLUMN type.attribute`),
    /// by attribute name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attribute_comments: BTreeMap<String, String>,
    pub acl: Acl,
    /// The owning role, as SQL; `None` when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// One composite type as the catalog reader's `types` document spells it.
#[derive(Deserialize)]
pub struct Row {
    schema: String,
    name: String,
    attributes: Vec<Attribute>,
    comment: Option<String>,
    #[serde(default)]
    attribute_comments: Option<BTreeMap<String, String>>,
    acl: Vec<Grant>,
    owner: Option<String>,
}

impl From<Row> for CompositeType {
    fn from(r: Row) -> CompositeType {
        CompositeType {
            name: QualName::new(r.schema, r.name),
            attributes: r.attributes,
            comment: r.comment,
            attribute_comments: r.attribute_comments.unwrap_or_default(),
            acl: Some(r.acl),
            owner: r.owner,
        }
    }
}

/// The kind.
pub struct Composites;

type_kind!(Composites, CompositeType, "type", "TYPE", refusal: refusal);

/// A typed table keeps its type's attributes as its columns: the type can
/// only be altered in place (CASCADE), never rebuilt under it.
fn refusal(ctx: &Models) -> Option<String> {
    ctx.desired.kinds.composites.iter().find_map(|(name, to)| {
        let from = ctx.current.kinds.composites.get(name)?;
        let t = kept_typed_tables(ctx, name).into_iter().next()?;
        rebuilds(ctx, from, to).then(|| {
            format!(
                "cannot change type {name} this way: table {t} is a table of that type, and \
                 PostgreSQL changes such a type only by adding attributes at the end, dropping \
                 or retyping them; keep the attributes' order, or make it a plain table first \
                 (its CREATE TABLE without OF, applied before the type changes)"
            )
        })
    })
}

/// The tables of `db` typed by composite type `name` (`CREATE TABLE ...
/// OF`).
fn typed_tables<'a>(db: &'a crate::model::Database, name: &QualName) -> Vec<&'a QualName> {
    let name = name.to_string();
    db.kinds
        .tables
        .values()
        .filter(|t| t.of_type.as_ref() == Some(&name))
        .map(|t| &t.name)
        .collect()
}

/// The tables typed by composite type `name` on both sides: their columns
/// change with the type.
pub fn kept_typed_tables<'a>(ctx: &Models<'a>, name: &QualName) -> Vec<&'a QualName> {
    typed_tables(ctx.current, name)
        .into_iter()
        .filter(|t| typed_tables(ctx.desired, name).contains(t))
        .collect()
}

/// The key of the composite type a typed table names (`of`, as
/// `format_type` writes it) in `db`.
pub fn of_type_key(db: &crate::model::Database, of: &str) -> Option<ObjKey> {
    db.kinds
        .composites
        .values()
        .find(|t| t.name.to_string() == of)
        .map(|t| super::type_key(&t.name))
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
pub fn rebuilds(ctx: &Models, from: &CompositeType, to: &CompositeType) -> bool {
    let (kept_from, kept_to) = (attributes_kept(from, to), attributes_kept(to, from));
    let appended_only = to.attributes[..kept_to.len()]
        .iter()
        .map(|a| &a.name)
        .eq(kept_to.iter().copied());
    let retyped = from
        .attributes
        .iter()
        .any(|a| to.attributes.iter().any(|b| b.name == a.name && b != a));
    kept_from != kept_to
        || !appended_only
        || (retyped && super::has_users_or_dependents(ctx, &to.name))
}

pub(super) fn create_step(t: &CompositeType) -> Step {
    let attrs: Vec<String> = t.attributes.iter().map(attribute).collect();
    let mut s = Step::new(format!("create type {}", t.name))
        .sql(format!("CREATE TYPE {} AS ({})", t.name, attrs.join(", ")))
        .creates(super::type_key(&t.name));
    if t.comment.is_some() {
        s = s.sql(comment("TYPE", &t.name.to_string(), t.comment.as_deref()));
    }
    s = attribute_comments(s, &t.name, &BTreeMap::new(), &t.attribute_comments);
    let on = format!("TYPE {}", t.name);
    privileges::add(s, privileges::Kind::Type, &on, None, None, &t.acl)
}

fn steps(ctx: &Models, d: &Delta<CompositeType>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } if super::created_by_kind_change(ctx, &to.name) => {}
        Delta::Create { to } => out.push(create_step(to)),
        Delta::Drop { from } => out.push(super::drop_or_replace_type(ctx, &from.name, "TYPE")),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            let name = &to.name;
            if super::in_rebuilt_cluster(ctx, name) {
                return;
            }
            if rebuilds(ctx, from, to) {
                let how = super::Replacement {
                    word: "TYPE",
                    in_use: super::has_users_or_dependents(ctx, name),
                    summary: format!("rebuild type {name} with new attributes"),
                    via: "text",
                    converts: format!("converts every column of type {name} through its text form"),
                };
                super::replace(ctx, &from.name, name, create_step(to), how, out);
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
            let mut s = Step::new(format!("alter type {name}")).creates(super::type_key(name));
            // Tables typed by it change with it (CASCADE); those typed by it
            // on both sides have their columns changed by this step, those
            // that stop being typed by it do so first (`NOT OF`, in their
            // own step).
            let typed_now = typed_tables(ctx.current, name);
            let typed = kept_typed_tables(ctx, name);
            for t in &typed_now {
                if !typed.contains(t) && ctx.desired.kinds.tables.contains_key(*t) {
                    s.needs.push(ObjKey::Table { name: (*t).clone() });
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
                            if !is_widening(&a.data_type, &b.data_type) {
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
                s.invalidates.push(super::type_key(name));
            }
            if from.comment != to.comment {
                s = s.sql(comment("TYPE", &name.to_string(), to.comment.as_deref()));
            }
            // A dropped attribute's comment goes with it.
            let mut before = from.attribute_comments.clone();
            before.retain(|a, _| to.attributes.iter().any(|b| &b.name == a));
            s = attribute_comments(s, name, &before, &to.attribute_comments);
            out.push(s);
        }
    }
}

/// `s` with the statements that take a type's attribute comments from
/// `from` to `to` (set, changed, removed), in attribute name order.
fn attribute_comments(
    mut s: Step,
    name: &QualName,
    from: &BTreeMap<String, String>,
    to: &BTreeMap<String, String>,
) -> Step {
    let names: std::collections::BTreeSet<&String> = from.keys().chain(to.keys()).collect();
    for a in names {
        let wanted = to.get(a);
        if from.get(a) != wanted {
            s = s.sql(comment(
                "COLUMN",
                &column_target(name, a),
                wanted.map(String::as_str),
            ));
        }
    }
    s
}

/// An attribute of a composite type's new definition, read from a value
/// of its old one.
pub(super) enum Field<'a> {
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
pub(super) fn attributes_by_name<'a>(ctx: &'a Models, name: &QualName) -> Option<Vec<Field<'a>>> {
    let (from, to) = (
        ctx.current.kinds.composites.get(name)?,
        ctx.desired.kinds.composites.get(name)?,
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
pub(super) fn row_by_name(fields: &[Field], value: &str, name: &QualName) -> String {
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
