//! The type kinds: enums, domains, composite and range types, one file
//! each, and what they share here. Collations are a kind of their own
//! (`kinds/collation.rs`).
//!
//! The four share one key (`ObjKey::Type`: PostgreSQL keeps them all in
//! `pg_type`, in one namespace), and one machine: the rebuild of a type
//! PostgreSQL cannot alter while columns use it ([`rebuild_step`]: the old
//! type renamed away, the new one created, every column converted, the
//! old one dropped; [`replace`] chooses it for a type in use, and drops
//! and creates an unused one), which takes along the types built on it
//! ([`dependent_types`]: a domain over it, a composite with an attribute
//! of it) and replaces a type whose kind changes under the same name (an
//! enum that becomes a domain: [`drop_or_replace_type`]).
//!
//! Invariant: a type in a rebuilt cluster plans nothing of its own
//! ([`in_rebuilt_cluster`]): the rebuild creates it from its desired
//! definition, so a type is created once per plan.

use std::collections::BTreeMap;

use crate::model::{ObjKey, QualName, quote_ident};
use crate::step::convert::{columns_keeping_type, convert_column};
use crate::step::sql::{column_target, old_name};
use crate::step::{Models, Statement, Step};

/// The [`Kind`](super::Kind) of a type kind: all but its steps (and how
/// it is recreated around a dependency) is the same for the four: a name
/// in a schema under the type key, written to its schema's `types.sql`,
/// with type privileges and an owner, named by `$word` in `ALTER ...
/// OWNER TO` and `GRANT ... ON`.
macro_rules! type_kind {
    ($kind:ident, $object:ty, $noun:literal, $word:literal $(, recreate: $recreate:path)? $(, checks: $checks:path)? $(, refusal: $refusal:path)? $(; hints: $hints:path)?) => {
        impl crate::kinds::Kind for $kind {
            type Object = $object;
            type Id = crate::model::QualName;
            type Change = crate::model::delta::Delta<$object>;
            const NAME: &'static str = $noun;

            fn id(t: &$object) -> crate::model::QualName {
                t.name.clone()
            }

            fn key(id: &crate::model::QualName) -> crate::model::ObjKey {
                super::type_key(id)
            }

            fn id_of(key: &crate::model::ObjKey) -> Option<crate::model::QualName> {
                match key {
                    crate::model::ObjKey::Type { name } => Some(name.clone()),
                    _ => None,
                }
            }

            fn schema(t: &$object) -> Option<&str> {
                Some(&t.name.schema)
            }

            /// A `type` row (an enum, domain, composite, range or
            /// multirange type), whether or not the model holds it.
            fn catalog_key(
                _: &crate::model::Database,
                row: &crate::kinds::ObjectRow,
            ) -> Option<crate::model::ObjKey> {
                (row.word == "type").then(|| super::type_key(&row.qualified()))
            }

            fn names_taken(
                db: &crate::model::Database,
                id: &crate::model::QualName,
                _: &crate::model::ObjKey,
            ) -> Vec<crate::model::SharedName> {
                super::names_taken(db, id)
            }

            const FILE: &'static str = "types";

            fn file_of_id(id: &crate::model::QualName) -> Option<(Option<String>, String)> {
                Some((Some(id.schema.clone()), Self::FILE.to_string()))
            }

            fn owner(t: &$object) -> Option<(String, &str)> {
                Some((format!("{} {}", $word, t.name), t.owner.as_deref()?))
            }

            fn forget_owner(t: &mut $object) {
                t.owner = None;
            }

            fn privileges(
                _: crate::model::PgVersion,
                t: &$object,
            ) -> Option<(crate::step::privileges::Kind, String, &crate::model::Acl)> {
                Some((
                    crate::step::privileges::Kind::Type,
                    format!("{} {}", $word, t.name),
                    &t.acl,
                ))
            }

            fn forget_privileges(t: &mut $object) {
                t.acl = None;
            }

            fn steps(
                models: &crate::step::Models,
                delta: &crate::model::delta::Delta<$object>,
                out: &mut Vec<crate::step::Step>,
            ) {
                steps(models, delta, out)
            }

            $(
                fn recreate(
                    models: &crate::step::Models,
                    id: &crate::model::QualName,
                    _: &crate::model::ObjKey,
                ) -> Option<Vec<crate::step::Step>> {
                    $recreate(models, id)
                }
            )?

            $(
                fn checks(
                    at: &crate::step::check::Checking,
                    id: &crate::model::QualName,
                    _: &crate::model::ObjKey,
                    out: &mut Vec<crate::step::check::Check>,
                ) {
                    $checks(at, id, out)
                }
            )?

            $(
                fn refusal(
                    models: &crate::step::Models,
                    _: &[crate::step::Step],
                ) -> Option<String> {
                    $refusal(models)
                }
            )?

            $(
                fn rename_hints(
                    changes: &[&crate::model::delta::Delta<$object>],
                ) -> Vec<String> {
                    $hints(changes)
                }
            )?
        }
    };
}

// After the macro, which they use.
pub mod composite;
pub mod domain;
pub mod enums;
pub mod range;

/// The key of a type of any of the four kinds.
pub(super) fn type_key(name: &QualName) -> ObjKey {
    ObjKey::Type { name: name.clone() }
}

/// The names a type of any of the four kinds takes (the answer of each,
/// as they share one key): its name among types, and a composite type's
/// among relations too (PostgreSQL keeps its attributes as a relation's).
fn names_taken(db: &crate::model::Database, name: &QualName) -> Vec<crate::model::SharedName> {
    let mut names = vec![crate::model::SharedName::Type(name.clone())];
    if db.kinds.composites.contains_key(name) {
        names.push(crate::model::SharedName::Relation(name.clone()));
    }
    names
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
            (TypeKind::Enum, db.kinds.enums.contains_key(name)),
            (TypeKind::Domain, db.kinds.domains.contains_key(name)),
            (TypeKind::Composite, db.kinds.composites.contains_key(name)),
            (TypeKind::Range, db.kinds.ranges.contains_key(name)),
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
        TypeKind::Enum => enums::create_step(ctx.desired.kinds.enums.get(name)?).sql,
        TypeKind::Domain => domain::create_step(ctx.desired.kinds.domains.get(name)?).sql,
        TypeKind::Composite => composite::create_step(ctx.desired.kinds.composites.get(name)?).sql,
        TypeKind::Range => range::create_step(ctx.desired.kinds.ranges.get(name)?).sql,
    };
    Some((word, create))
}

/// The step dropping type `name` (`word`: `TYPE` or `DOMAIN`), or the
/// rebuild that turns it into a type of another kind of the same name.
fn drop_or_replace_type(ctx: &Models, name: &QualName, word: &str) -> Step {
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
fn created_by_kind_change(ctx: &Models, name: &QualName) -> bool {
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
fn in_rebuilt_cluster(ctx: &Models, name: &QualName) -> bool {
    let (cur, des) = (ctx.current, ctx.desired);
    rebuilt(&cur.kinds.enums, &des.kinds.enums, enums::needs_rebuild)
        .chain(rebuilt(&cur.kinds.domains, &des.kinds.domains, |f, t| {
            domain::rebuilds(ctx, f, t)
        }))
        .chain(rebuilt(
            &cur.kinds.composites,
            &des.kinds.composites,
            |f, t| composite::rebuilds(ctx, f, t),
        ))
        .any(|root| root != name && dependent_types(ctx, root).iter().any(|d| &d.name == name))
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
        for (n, d) in &ctx.desired.kinds.domains {
            if members.contains(n) {
                continue;
            }
            let Some(cur) = ctx.current.kinds.domains.get(n) else {
                continue;
            };
            if let (Some(b), Some(_)) = (
                refers(&d.base_type, &members),
                refers(&cur.base_type, &members),
            ) {
                found.push(Dependent {
                    name: n.clone(),
                    word: "DOMAIN",
                    create: domain::create_step(d).sql,
                    bases: vec![b],
                });
                members.push(n.clone());
            }
        }
        for (n, t) in &ctx.desired.kinds.composites {
            if members.contains(n) {
                continue;
            }
            let Some(cur) = ctx.current.kinds.composites.get(n) else {
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
                    create: composite::create_step(t).sql,
                    bases,
                });
                members.push(n.clone());
            }
        }
        for (n, r) in &ctx.desired.kinds.ranges {
            if members.contains(n) {
                continue;
            }
            let Some(cur) = ctx.current.kinds.ranges.get(n) else {
                continue;
            };
            if let (Some(b), Some(_)) =
                (refers(&r.subtype, &members), refers(&cur.subtype, &members))
            {
                found.push(Dependent {
                    name: n.clone(),
                    word: "TYPE",
                    create: range::create_step(r).sql,
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
fn rebuild_step(
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
        if ctx.current.kinds.ranges.contains_key(type_name) {
            s = s.sql(range::range_companions_renamed(
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
    let by_name = composite::attributes_by_name(ctx, name);
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
                    let element = composite::row_by_name(fields, "$1[i]", name);
                    s = s.sql(format!(
                        "CREATE FUNCTION {f}({old}[]) RETURNS {name}[] LANGUAGE sql AS $f$ \
                         SELECT CASE WHEN $1 IS NULL THEN NULL ELSE coalesce((SELECT array_agg({element} ORDER BY i) \
                         FROM generate_subscripts($1, 1) AS i), '{{}}') END $f$",
                        old = old_name(name)
                    ));
                    format!("{f}({col})")
                }
                (Some(fields), true) => composite::row_by_name(fields, &col, name),
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

/// A type PostgreSQL cannot alter into its desired definition, and how it
/// is replaced ([`replace`]).
struct Replacement<'a> {
    /// `DOMAIN` or `TYPE`, as the type's statements name it.
    word: &'static str,
    /// Whether columns (or, for a domain or composite, types built on
    /// it) use the type: it is then rebuilt around them.
    in_use: bool,
    /// The rebuild's summary.
    summary: String,
    /// The type the columns pass through: a domain's base type, or
    /// `text`.
    via: &'a str,
    /// What the conversion does to the columns: the rebuild's hazard.
    converts: String,
}

/// Replaces type `from` by `to`, created by `create` (its desired
/// definition's create step): rebuilt around what uses it
/// ([`rebuild_step`]) when it is in use, else dropped and created again.
fn replace(
    ctx: &Models,
    from: &QualName,
    to: &QualName,
    create: Step,
    how: Replacement,
    out: &mut Vec<Step>,
) {
    if how.in_use {
        out.push(
            rebuild_step(ctx, to, how.word, how.summary, create.sql, how.via)
                .destructive(how.converts),
        );
    } else {
        out.push(drop_type_step(from, how.word));
        out.push(create);
    }
}

#[cfg(test)]
mod tests {
    use super::composite::CompositeType;
    use super::domain::Domain;
    use super::enums::EnumType;
    use super::range::RangeType;
    use crate::kinds::collation::Collation;
    use crate::kinds::{KindChange, KindObjects, Slot, diff};
    use crate::model::delta::Delta;
    use crate::model::{Database, ObjKey, PgVersion, QualName};
    use crate::step::Models;

    fn q(name: &str) -> QualName {
        QualName::new("app", name)
    }

    fn key(name: &str) -> ObjKey {
        ObjKey::Type { name: q(name) }
    }

    fn domain(default: Option<&str>) -> Domain {
        Domain {
            name: q("d"),
            base_type: "integer".into(),
            collation: None,
            default: default.map(str::to_string),
            not_null: false,
            not_null_name: None,
            checks: Default::default(),
            check_comments: Default::default(),
            comment: None,
            acl: None,
            owner: Some("app".into()),
        }
    }

    /// One object of each type kind and a collation, all owned by `app`.
    fn every_kind() -> Database {
        let mut db = Database::default();
        let owner = Some("app".to_string());
        db.kinds.enums.insert(
            q("mood"),
            EnumType {
                name: q("mood"),
                labels: vec!["ok".into()],
                comment: None,
                acl: None,
                owner: owner.clone(),
            },
        );
        db.kinds.domains.insert(q("d"), domain(None));
        db.kinds.composites.insert(
            q("pair"),
            CompositeType {
                name: q("pair"),
                attributes: vec![],
                comment: None,
                attribute_comments: Default::default(),
                acl: None,
                owner: owner.clone(),
            },
        );
        db.kinds.ranges.insert(
            q("span"),
            RangeType {
                name: q("span"),
                subtype: "integer".into(),
                options: vec![],
                comment: None,
                acl: None,
                owner: owner.clone(),
            },
        );
        db.kinds.collations.insert(
            q("c"),
            Collation {
                name: q("c"),
                options: vec!["locale = 'C'".into()],
                comment: None,
                owner,
            },
        );
        db
    }

    #[test]
    fn four_kinds_share_the_type_key_and_each_is_asked() {
        let db = every_kind();
        for name in ["mood", "d", "pair", "span"] {
            assert_eq!(db.kinds.contains(&key(name)), Some(true), "{name}");
            assert_eq!(
                db.kinds.file(&key(name)),
                Some((Some("app".into()), "types".into()))
            );
        }
        assert_eq!(db.kinds.contains(&key("gone")), Some(false));
        assert!(db.contains(&key("pair")) && !db.contains(&key("gone")));
        // A type the model does not hold (one a step names) still goes to
        // its schema's types file.
        assert_eq!(
            db.kinds.file(&key("gone")),
            Some((Some("app".into()), "types".into()))
        );
        assert!(
            db.kinds
                .containment_edges(&db)
                .contains(&(key("span"), ObjKey::Schema { name: "app".into() }))
        );
    }

    #[test]
    fn types_keep_their_places_among_the_changes_and_the_owners() {
        let db = every_kind();
        let empty = Database::default();
        let subjects = |slot| {
            diff(&db, &empty, slot)
                .iter()
                .map(KindChange::subject)
                .collect::<Vec<_>>()
        };
        // Collations first, then domains, composite and range types, and
        // the enums after them.
        assert_eq!(subjects(Slot::Collations), ["collation app.c"]);
        assert_eq!(
            subjects(Slot::Types),
            ["domain app.d", "type app.pair", "type app.span"]
        );
        assert_eq!(subjects(Slot::Enums), ["type app.mood"]);
        // Owners: enums first, then domains, composite and range types,
        // then collations, all at one slot.
        let owners: Vec<String> = db
            .kinds
            .owners(Slot::Types)
            .into_iter()
            .map(|(_, target, _)| target)
            .collect();
        assert_eq!(
            owners,
            [
                "TYPE app.mood",
                "DOMAIN app.d",
                "TYPE app.pair",
                "TYPE app.span",
                "COLLATION app.c"
            ]
        );
        assert!(db.kinds.owners(Slot::Enums).is_empty());
        assert!(db.kinds.owners(Slot::Collations).is_empty());
    }

    #[test]
    fn a_domains_privileges_are_granted_on_the_domain() {
        let change = KindChange::Domain(Delta::Alter {
            from: Domain {
                acl: Some(vec![]),
                ..domain(None)
            },
            to: domain(None),
        });
        let p = change.privilege_change(PgVersion::default()).unwrap();
        assert_eq!((p.on.as_str(), p.key), ("DOMAIN app.d", key("d")));
        assert_eq!((p.from, p.to), (&Some(vec![]), &None));
        let mut db = every_kind();
        db.kinds.domains.insert(
            q("d"),
            Domain {
                acl: Some(vec![]),
                ..domain(None)
            },
        );
        db.kinds.forget_privileges();
        db.kinds.forget_owners();
        assert_eq!(db.kinds.domains[&q("d")].acl, None);
        assert_eq!(db.kinds.enums[&q("mood")].owner, None);
    }

    #[test]
    fn only_a_domain_with_a_default_or_checks_is_recreated_around_a_dependency() {
        let mut current = every_kind();
        current.kinds.domains.insert(q("d"), domain(Some("0")));
        let mut desired = every_kind();
        desired.kinds.domains.insert(q("d"), domain(Some("1")));
        let models = Models {
            current: &current,
            desired: &desired,
        };
        let steps = KindObjects::recreate(&models, &key("d")).unwrap();
        assert_eq!(steps.len(), 2);
        assert_eq!(steps[0].drops, [key("d")]);
        assert!(steps[0].keeps);
        assert_eq!(
            steps[1].sql.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            ["ALTER DOMAIN app.d SET DEFAULT 1"]
        );
        // An enum, a domain without a default or checks: left to the
        // dependents' warning.
        assert!(KindObjects::recreate(&models, &key("mood")).is_none());
        let plain = every_kind();
        let models = Models {
            current: &plain,
            desired: &plain,
        };
        assert!(KindObjects::recreate(&models, &key("d")).is_none());
    }
}
