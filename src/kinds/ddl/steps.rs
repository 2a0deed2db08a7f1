//! Steps for objects compared by their DDL: created by their statements,
//! dropped by name, rebuilt (drop and create, in the plan's one
//! transaction) when anything but the comment, the privileges, the
//! options or the settings differs. What depends on a rebuilt object is
//! recreated around it by `plan::dependents`, through the kind's
//! `recreate` (the two step constructors here).

use std::collections::BTreeSet;

use super::{DdlKind, DdlObject};
use crate::model::delta::Delta;
use crate::model::{QualName, quote_ident};
use crate::step::convert::{columns_keeping_type, convert_column};
use crate::step::privileges::{self, Kind};
use crate::step::sql::{comment, options_change, options_clause};
use crate::step::{Models, Step};

/// The privilege defaults of a kind that has privileges.
pub(super) fn privilege_kind(kind: DdlKind) -> Kind {
    match kind {
        DdlKind::Language => Kind::Language,
        DdlKind::BaseType => Kind::Type,
        DdlKind::ForeignDataWrapper | DdlKind::Server => Kind::ForeignData,
        _ => Kind::Function,
    }
}

fn summary(verb: &str, o: &DdlObject) -> String {
    format!("{verb} {} {}", o.kind, o.name)
}

fn comment_sql(o: &DdlObject) -> String {
    comment(o.kind.keyword(), &o.signature, o.comment.as_deref())
}

pub(super) fn create_step(o: &DdlObject) -> Step {
    let mut s = Step::new(summary("create", o)).creates(o.key());
    for (i, stmt) in o.create.iter().enumerate() {
        match &o.options {
            Some(options) if i == 0 => s = s.sql(format!("{stmt}{}", options_clause(options))),
            _ => s = s.sql(stmt.clone()),
        }
    }
    for (name, value) in &o.settings {
        if created_with(o.kind, name) == Some(value.as_str()) {
            continue;
        }
        for stmt in setting_sql(o, name, None, Some(value)).unwrap_or_default() {
            s = s.sql(stmt);
        }
    }
    if o.comment.is_some() && o.kind.takes_comment() {
        s = s.sql(comment_sql(o));
    }
    match o.grant_target() {
        Some(on) => privileges::add(s, privilege_kind(o.kind), &on, None, None, &o.acl),
        None => s,
    }
}

/// The value a setting has when the object is created without it.
fn created_with(kind: DdlKind, setting: &str) -> Option<&'static str> {
    match (kind, setting) {
        (DdlKind::Publication, "publish") => Some("'insert, update, delete, truncate'"),
        (DdlKind::Publication, "publish_via_partition_root") => Some("false"),
        (DdlKind::Publication, "publish_generated_columns") => Some("none"),
        _ => None,
    }
}

/// The statements taking setting `name` of `o` (see
/// [`DdlObject::settings`]) from `old` to `new` in place; `None` for a
/// setting the kind cannot alter (the object is rebuilt).
fn setting_sql(
    o: &DdlObject,
    name: &str,
    old: Option<&str>,
    new: Option<&str>,
) -> Option<Vec<String>> {
    let (what, subject) = name.split_once(' ').unwrap_or((name, ""));
    let alter = format!("ALTER {}", o.target());
    let sql = match (o.kind, what, old, new) {
        (DdlKind::Statistics, "statistics", _, _) => {
            vec![format!("{alter} SET STATISTICS {}", new.unwrap_or("-1"))]
        }
        (DdlKind::Server, "version", _, _) => {
            vec![format!("{alter} VERSION {}", new.unwrap_or("NULL"))]
        }
        (DdlKind::TextSearchConfiguration, "mapping", None, Some(dicts)) => {
            vec![format!("{alter} ADD MAPPING FOR {subject} WITH {dicts}")]
        }
        (DdlKind::TextSearchConfiguration, "mapping", Some(_), Some(dicts)) => {
            vec![format!("{alter} ALTER MAPPING FOR {subject} WITH {dicts}")]
        }
        (DdlKind::TextSearchConfiguration, "mapping", _, None) => {
            vec![format!("{alter} DROP MAPPING IF EXISTS FOR {subject}")]
        }
        (
            DdlKind::Publication,
            "publish" | "publish_via_partition_root" | "publish_generated_columns",
            _,
            Some(value),
        ) => {
            vec![format!("{alter} SET ({what} = {value})")]
        }
        (DdlKind::Publication, "table", old, new) => {
            let mut sql = Vec::new();
            if old.is_some() {
                sql.push(format!("{alter} DROP TABLE {subject}"));
            }
            if let Some(extras) = new {
                sql.push(format!("{alter} ADD TABLE {subject}{extras}"));
            }
            sql
        }
        (DdlKind::Publication, "schema", _, new) => {
            let verb = if new.is_some() { "ADD" } else { "DROP" };
            vec![format!("{alter} {verb} TABLES IN SCHEMA {subject}")]
        }
        _ => return None,
    };
    Some(sql)
}

/// The statements altering every setting that differs in place, or
/// `None` when one cannot be. A table leaving a publication leaves it
/// here even when the plan drops it (the alter is ordered first), so that
/// a plan holding the drop back still leaves the publication as desired.
/// Settings removed first, then those changed, then new ones: a
/// publication takes a schema only once no table of it with a column list
/// is left in it.
fn settings_change(from: &DdlObject, to: &DdlObject) -> Option<Vec<String>> {
    let names: BTreeSet<&String> = from.settings.keys().chain(to.settings.keys()).collect();
    let mut sql = Vec::new();
    for pass in [(true, false), (true, true), (false, true)] {
        for name in &names {
            let (old, new) = (from.settings.get(*name), to.settings.get(*name));
            if old == new || (old.is_some(), new.is_some()) != pass {
                continue;
            }
            sql.extend(setting_sql(
                to,
                name,
                old.map(String::as_str),
                new.map(String::as_str),
            )?);
        }
    }
    Some(sql)
}

pub(super) fn drop_step(o: &DdlObject) -> Step {
    Step::new(summary("drop", o))
        .sql(o.drop_sql())
        .drops(o.key())
}

/// Rebuilds a base type that columns keep: they are converted to text,
/// the type is dropped (with its input and output functions) and created
/// anew, and they are converted back, data kept wherever the new type
/// reads the old one's text. What else depends on the type (defaults,
/// indexes, views) is recreated around the step by `dependents`.
fn rebuild_used_base_type(
    from: &DdlObject,
    to: &DdlObject,
    columns: &[(QualName, String, bool)],
) -> Step {
    let mut s = Step::new(summary("rebuild", to))
        .drops(from.key())
        .creates(to.key());
    let spelled = |array: bool, t: &str| {
        if array {
            format!("{t}[]")
        } else {
            t.to_string()
        }
    };
    for (table, column, array) in columns {
        let col = quote_ident(column);
        let text = spelled(*array, "text");
        s = s.sql(format!(
            "ALTER TABLE {table} ALTER COLUMN {col} TYPE {text} USING {col}::{text}"
        ));
    }
    s = s.sql(from.drop_sql());
    for stmt in create_step(to).sql {
        s = s.sql(stmt);
    }
    for (table, column, array) in columns {
        let (text, target) = (spelled(*array, "text"), spelled(*array, &to.name));
        let using = format!("{}::{text}::{target}", quote_ident(column));
        let why = format!("rewrites {table} twice to convert {column} through text");
        s = convert_column(s, table, column, &target, &using, why);
    }
    s
}

pub(super) fn steps(ctx: &Models, d: &Delta<DdlObject>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => out.push(create_step(to)),
        Delta::Drop { from } => out.push(drop_step(from)),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            let columns = match to.kind {
                DdlKind::BaseType => columns_keeping_type(ctx, &to.name),
                _ => Vec::new(),
            };
            if from.create != to.create && !columns.is_empty() {
                out.push(rebuild_used_base_type(from, to, &columns));
                return;
            }
            if from.create != to.create {
                out.push(drop_step(from));
                out.push(create_step(to));
                return;
            }
            let Some(settings) = settings_change(from, to) else {
                out.push(drop_step(from));
                out.push(create_step(to));
                return;
            };
            let mut s = Step::new(summary("alter", to)).creates(to.key());
            for stmt in settings {
                s = s.sql(stmt);
            }
            if let (Some(old), Some(new)) = (&from.options, &to.options) {
                let items = options_change(old, new);
                if !items.is_empty() {
                    s = s.sql(format!(
                        "ALTER {} OPTIONS ({})",
                        to.target(),
                        items.join(", ")
                    ));
                }
            }
            if from.comment != to.comment && to.kind.takes_comment() {
                s = s.sql(comment_sql(to));
            }
            out.push(s);
        }
    }
}
