//! Steps for schemas, extensions, sequences and indexes, and the dispatch
//! of every change to the file that plans its kind.

use super::privileges::{self, Kind};
use super::sql::{self, comment, create_index, sequence_option_changes, sequence_options};
use super::{HazardCode, Models, Op, Step, partition_copies};
use crate::diff::{Change, Delta};
use crate::model::{
    Acl, Extension, Index, Namespace, ObjKey, QualName, Sequence, quote_ident, quote_literal,
};

pub(super) fn steps_for(ctx: &Models, change: &Change, out: &mut Vec<Step>) {
    let first = out.len();
    kind_steps(ctx, change, out);
    // Privileges of an object changed in place (a recreated object got
    // its privileges with its create step).
    let Some(change) = privilege_change(ctx, change) else {
        return;
    };
    if out[first..].iter().any(|s| s.drops.contains(&change.key)) {
        return;
    }
    let what = match change.column {
        Some(c) => format!("column {c} of {}", change.on.to_lowercase()),
        None => change.on.to_lowercase(),
    };
    let step = Step::new(format!("change privileges on {what}")).creates(change.key);
    let step = privileges::add(
        step,
        change.kind,
        &change.on,
        change.column,
        Some(change.from),
        change.to,
    );
    if !step.sql.is_empty() {
        out.push(step);
    }
}

/// The privileges of an object altered in place.
struct PrivilegeChange<'a> {
    kind: Kind,
    /// The `ON` target of `GRANT` (`TABLE public.t`).
    on: String,
    /// For column privileges, the column.
    column: Option<&'a str>,
    key: ObjKey,
    from: &'a Acl,
    to: &'a Acl,
}

/// For an object altered in place: its privilege kind, `ON` target, column
/// (for column privileges), key and both privilege lists.
fn privilege_change<'a>(ctx: &Models, change: &'a Change) -> Option<PrivilegeChange<'a>> {
    use super::routines::{function_key, function_target, function_word};
    use super::tables::column_key;
    use super::types::type_key;
    /// A privilege change of a whole object.
    fn whole<'a>(
        kind: Kind,
        on: String,
        key: ObjKey,
        from: &'a Acl,
        to: &'a Acl,
    ) -> PrivilegeChange<'a> {
        PrivilegeChange {
            kind,
            on,
            column: None,
            key,
            from,
            to,
        }
    }
    let ty = |word: &str, name: &QualName, from, to| {
        whole(
            Kind::Type,
            format!("{word} {name}"),
            type_key(name),
            from,
            to,
        )
    };
    Some(match change {
        Change::Schema(Delta::Alter { from, to }) => whole(
            Kind::Schema,
            format!("SCHEMA {}", quote_ident(&to.name)),
            ObjKey::Schema {
                name: to.name.clone(),
            },
            &from.acl,
            &to.acl,
        ),
        Change::Sequence(Delta::Alter { from, to }) => whole(
            Kind::Sequence,
            format!("SEQUENCE {}", to.name),
            ObjKey::Sequence {
                name: to.name.clone(),
            },
            &from.acl,
            &to.acl,
        ),
        Change::Table(Delta::Alter { from, to }) => whole(
            Kind::Table(ctx.current.version),
            format!("TABLE {}", to.name),
            ObjKey::Table {
                name: to.name.clone(),
            },
            &from.acl,
            &to.acl,
        ),
        Change::View(Delta::Alter { from, to }) => whole(
            Kind::Table(ctx.current.version),
            format!("TABLE {}", to.name),
            ObjKey::View {
                name: to.name.clone(),
            },
            &from.acl,
            &to.acl,
        ),
        Change::Function(Delta::Alter { from, to }) => whole(
            Kind::Function,
            format!("{} {}", function_word(to), function_target(to)),
            function_key(to),
            &from.acl,
            &to.acl,
        ),
        Change::Enum(Delta::Alter { from, to }) => ty("TYPE", &to.name, &from.acl, &to.acl),
        Change::Domain(Delta::Alter { from, to }) => ty("DOMAIN", &to.name, &from.acl, &to.acl),
        Change::Composite(Delta::Alter { from, to }) => ty("TYPE", &to.name, &from.acl, &to.acl),
        Change::Range(Delta::Alter { from, to }) => ty("TYPE", &to.name, &from.acl, &to.acl),
        Change::Column {
            table,
            delta: Delta::Alter { from, to },
        } => PrivilegeChange {
            kind: Kind::Column,
            on: format!("TABLE {table}"),
            column: Some(to.name.as_str()),
            key: column_key(table, &to.name),
            from: &from.acl,
            to: &to.acl,
        },
        Change::Ddl(Delta::Alter { from, to }) => whole(
            super::ddl::privilege_kind(to.kind),
            to.grant_target()?,
            to.key(),
            &from.acl,
            &to.acl,
        ),
        _ => return None,
    })
}

fn kind_steps(ctx: &Models, change: &Change, out: &mut Vec<Step>) {
    match change {
        Change::Schema(d) => schema(d, out),
        Change::Extension(d) => extension(d, out),
        Change::Enum(d) => super::enums::steps(ctx, d, out),
        Change::Sequence(d) => sequence(ctx, d, out),
        Change::Table(d) => super::tables::table(ctx, d, out),
        Change::Column { table, delta } => super::tables::column(ctx, table, delta, out),
        Change::Constraint { table, delta } => super::tables::constraint(table, delta, out),
        Change::Index(d) => index(ctx, d, out),
        Change::View(d) => super::views::steps(ctx, d, out),
        Change::Function(d) => super::routines::function_steps(d, out),
        Change::Trigger(d) => super::routines::trigger_steps(d, out),
        Change::EventTrigger(d) => super::routines::event_trigger_steps(d, out),
        Change::Policy(d) => super::policies::steps(d, out),
        Change::Domain(d) => super::types::domain_steps(ctx, d, out),
        Change::Composite(d) => super::types::composite_steps(ctx, d, out),
        Change::Range(d) => super::types::range_steps(ctx, d, out),
        Change::Collation(d) => super::types::collation_steps(ctx, d, out),
        Change::Ddl(d) => super::ddl::steps(ctx, d, out),
        Change::DefaultPrivileges(d) => super::privileges::default_privileges_steps(ctx, d, out),
    }
}

fn schema(d: &Delta<Namespace>, out: &mut Vec<Step>) {
    let key = |n: &Namespace| ObjKey::Schema {
        name: n.name.clone(),
    };
    let target = |n: &Namespace| quote_ident(&n.name);
    match d {
        Delta::Create { to } => {
            let mut s = Step::new(format!("create schema {}", target(to)))
                .sql(format!("CREATE SCHEMA IF NOT EXISTS {}", target(to)))
                .creates(key(to));
            if to.comment.is_some() {
                s = s.sql(comment("SCHEMA", &target(to), to.comment.as_deref()));
            }
            let on = format!("SCHEMA {}", target(to));
            out.push(privileges::add(s, Kind::Schema, &on, None, None, &to.acl));
        }
        Delta::Drop { from } => out.push(
            Step::new(format!("drop schema {}", target(from)))
                .sql(format!("DROP SCHEMA IF EXISTS {}", target(from)))
                .drops(key(from))
                .destructive("drops the schema"),
        ),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            if from.comment != to.comment {
                out.push(
                    Step::new(format!("change comment on schema {}", target(to)))
                        .sql(comment("SCHEMA", &target(to), to.comment.as_deref()))
                        .creates(key(to)),
                );
            }
        }
    }
}

fn extension(d: &Delta<Extension>, out: &mut Vec<Step>) {
    let key = |x: &Extension| ObjKey::Extension {
        name: x.name.clone(),
    };
    let name = |x: &Extension| quote_ident(&x.name);
    match d {
        Delta::Create { to } => {
            let mut s = Step::new(format!("create extension {}", name(to)))
                .sql(format!(
                    "CREATE EXTENSION IF NOT EXISTS {} WITH SCHEMA {} VERSION {}",
                    name(to),
                    quote_ident(&to.schema),
                    quote_literal(&to.version)
                ))
                .creates(key(to));
            if to.comment.is_some() {
                s = s.sql(comment("EXTENSION", &name(to), to.comment.as_deref()));
            }
            out.push(s);
        }
        Delta::Drop { from } => out.push(
            Step::new(format!("drop extension {}", name(from)))
                .sql(format!("DROP EXTENSION IF EXISTS {}", name(from)))
                .drops(key(from))
                .destructive("drops the extension and the objects it provides"),
        ),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            let mut s = Step::new(format!("alter extension {}", name(to))).creates(key(to));
            if from.schema != to.schema {
                s = s.sql(format!(
                    "ALTER EXTENSION {} SET SCHEMA {}",
                    name(to),
                    quote_ident(&to.schema)
                ));
            }
            if from.version != to.version {
                s = s
                    .sql(format!(
                        "ALTER EXTENSION {} UPDATE TO {}",
                        name(to),
                        quote_literal(&to.version)
                    ))
                    .hazard(
                        HazardCode::ExtensionVersion,
                        format!("updates from version {} to {}", from.version, to.version),
                    );
            }
            if from.comment != to.comment {
                s = s.sql(comment("EXTENSION", &name(to), to.comment.as_deref()));
            }
            out.push(s);
        }
    }
}

fn owner_sql(s: &Sequence) -> String {
    match &s.owned_by {
        Some((t, c)) => format!(
            "ALTER SEQUENCE {} OWNED BY {}",
            s.name,
            sql::column_target(t, c)
        ),
        None => format!("ALTER SEQUENCE {} OWNED BY NONE", s.name),
    }
}

fn sequence(ctx: &Models, d: &Delta<Sequence>, out: &mut Vec<Step>) {
    let key = |s: &Sequence| ObjKey::Sequence {
        name: s.name.clone(),
    };
    let owner = |s: &Sequence| ObjKey::SequenceOwner {
        name: s.name.clone(),
    };
    match d {
        Delta::Create { to } => {
            let mut s = Step::new(format!("create sequence {}", to.name))
                .sql(format!(
                    "CREATE SEQUENCE IF NOT EXISTS {} {}",
                    to.name,
                    sequence_options(&to.options, true)
                ))
                .creates(key(to));
            if to.comment.is_some() {
                s = s.sql(comment(
                    "SEQUENCE",
                    &to.name.to_string(),
                    to.comment.as_deref(),
                ));
            }
            let on = format!("SEQUENCE {}", to.name);
            out.push(privileges::add(s, Kind::Sequence, &on, None, None, &to.acl));
            if to.owned_by.is_some() {
                out.push(
                    Step::new(format!("set owner column of sequence {}", to.name))
                        .sql(owner_sql(to))
                        .creates(owner(to)),
                );
            }
        }
        Delta::Drop { from } => out.push(
            Step::new(format!("drop sequence {}", from.name))
                .sql(format!("DROP SEQUENCE IF EXISTS {}", from.name))
                // Not the OWNED BY link: dropping the owning column drops
                // the sequence too, so that order must stay possible.
                .drops(key(from))
                .destructive("drops the sequence and its current value"),
        ),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            let mut changes = sequence_option_changes(&from.options, &to.options, true);
            let restart = super::sql::restart_for_bounds(
                &from.options,
                &to.options,
                ctx.current.sequence_values.get(&key(to)).copied(),
            );
            if restart.is_some() {
                changes.push("RESTART".into());
            }
            if !changes.is_empty() || from.comment != to.comment {
                let mut s = Step::new(format!("alter sequence {}", to.name)).creates(key(to));
                if let Some(super::sql::Restart::ReusesValues(why)) = &restart {
                    s = s.destructive(format!("{} {why}", to.name));
                }
                if !changes.is_empty() {
                    s = s.sql(format!("ALTER SEQUENCE {} {}", to.name, changes.join(" ")));
                }
                if from.comment != to.comment {
                    s = s.sql(comment(
                        "SEQUENCE",
                        &to.name.to_string(),
                        to.comment.as_deref(),
                    ));
                }
                out.push(s);
            }
            if from.owned_by != to.owned_by {
                let mut s = Step::new(format!("change owner column of sequence {}", to.name))
                    .sql(owner_sql(to));
                if from.owned_by.is_some() {
                    s = s.drops(owner(from));
                }
                if to.owned_by.is_some() {
                    s = s.creates(owner(to));
                }
                out.push(s);
            }
        }
    }
}

fn index(ctx: &Models, d: &Delta<Index>, out: &mut Vec<Step>) {
    let key = |i: &Index| ObjKey::Index {
        name: i.name.clone(),
    };
    match d {
        Delta::Create { to } => {
            out.push(create_index_step(
                to,
                ctx.current.tables.contains_key(&to.table),
            ));
            partition_copies::index_parts(None, to, out);
        }
        Delta::Drop { from } => {
            // An index of a dropped table (or materialized view) goes with
            // it; one of a relation that stays is dropped on its own.
            if ctx.desired.tables.contains_key(&from.table)
                || ctx.desired.views.contains_key(&from.table)
            {
                out.push(drop_index_step(from));
            }
        }
        Delta::Alter { from, to } => {
            if from.body != to.body || from.unique != to.unique || from.valid != to.valid {
                out.push(drop_index_step(from));
                out.push(create_index_step(to, true));
                partition_copies::index_parts(None, to, out);
                return;
            }
            if from.comment != to.comment {
                out.push(
                    Step::new(format!("change comment on index {}", to.name))
                        .sql(comment(
                            "INDEX",
                            &to.name.to_string(),
                            to.comment.as_deref(),
                        ))
                        .creates(key(to)),
                );
            }
            partition_copies::index_parts(Some(from), to, out);
        }
        Delta::Rename { from, to } => {
            let mut s = Step::new(format!(
                "rename index {} to {}",
                from.name,
                quote_ident(&to.name.name)
            ))
            .sql(format!(
                "ALTER INDEX IF EXISTS {} RENAME TO {}",
                from.name,
                quote_ident(&to.name.name)
            ))
            .drops(key(from))
            .creates(key(to))
            .keeping();
            if from.comment != to.comment {
                s = s.sql(comment(
                    "INDEX",
                    &to.name.to_string(),
                    to.comment.as_deref(),
                ));
            }
            out.push(s);
            partition_copies::index_parts(Some(from), to, out);
        }
    }
}

/// `existing`: whether the table exists before the plan (only then does
/// the build block anyone).
pub(super) fn create_index_step(i: &Index, existing: bool) -> Step {
    let mut s = Step::new(format!("create index {} on {}", i.name, i.table))
        .sql(create_index(i))
        .creates(ObjKey::Index {
            name: i.name.clone(),
        });
    if existing {
        s = s.hazard(
            HazardCode::IndexBuild,
            format!("building the index blocks writes to {}", i.table),
        );
    }
    if i.comment.is_some() {
        s = s.sql(comment("INDEX", &i.name.to_string(), i.comment.as_deref()));
    }
    s
}

pub(super) fn drop_index_step(i: &Index) -> Step {
    Step::new(format!("drop index {}", i.name))
        .sql(Op::DropIndex {
            concurrently: false,
            name: i.name.clone(),
        })
        .drops(ObjKey::Index {
            name: i.name.clone(),
        })
}
