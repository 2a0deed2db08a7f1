//! Views and materialized views.
//!
//! A view whose output columns only grow at the end is replaced in place
//! (`CREATE OR REPLACE VIEW`, which also sets its options); any other
//! change to its columns, and any change to a materialized view's query,
//! drops and recreates it — with everything that depends on it, which
//! `dependents` takes care of.

use std::collections::BTreeMap;

use super::sql::{column_target, comment, reloptions, replace_options};
use super::{Models, Step};
use crate::diff::Delta;
use crate::model::{ObjKey, View, ViewKind, quote_ident};

fn key(v: &View) -> ObjKey {
    ObjKey::View {
        name: v.name.clone(),
    }
}

pub(super) fn word(v: &View) -> &'static str {
    match v.kind {
        ViewKind::View => "VIEW",
        ViewKind::Materialized => "MATERIALIZED VIEW",
    }
}

fn query(v: &View) -> &str {
    v.definition.trim().trim_end_matches(';').trim_end()
}

fn create_sql(v: &View, or_replace: bool) -> String {
    let with = if v.options.is_empty() {
        String::new()
    } else {
        format!(" WITH ({})", reloptions(&v.options))
    };
    let mut s = format!(
        "CREATE {}{} {}{with} AS\n{}",
        if or_replace { "OR REPLACE " } else { "" },
        word(v),
        v.name,
        query(v)
    );
    if v.kind == ViewKind::Materialized {
        s.push_str(if v.populated {
            "\nWITH DATA"
        } else {
            "\nWITH NO DATA"
        });
    }
    s
}

fn comments(v: &View, from: Option<&View>, mut s: Step) -> Step {
    if from.map(|f| &f.comment) != Some(&v.comment) && (from.is_some() || v.comment.is_some()) {
        s = s.sql(comment(word(v), &v.name.to_string(), v.comment.as_deref()));
    }
    let old = from.map(|f| f.column_comments.clone()).unwrap_or_default();
    for (col, text) in &v.column_comments {
        if old.get(col) != Some(text) {
            s = s.sql(comment("COLUMN", &column_target(&v.name, col), Some(text)));
        }
    }
    for col in old.keys() {
        if !v.column_comments.contains_key(col) && v.columns.iter().any(|(c, _)| c == col) {
            s = s.sql(comment("COLUMN", &column_target(&v.name, col), None));
        }
    }
    s
}

/// Column defaults of `to` (from `from`'s, or from none for a new view).
fn column_defaults(from: Option<&View>, to: &View, mut s: Step) -> Step {
    let none = BTreeMap::new();
    let old = from.map_or(&none, |f| &f.column_defaults);
    let alter = |col: &str, clause: String| {
        format!(
            "ALTER VIEW {} ALTER COLUMN {} {clause}",
            to.name,
            quote_ident(col)
        )
    };
    for (col, expr) in &to.column_defaults {
        if old.get(col) != Some(expr) {
            s = s.sql(alter(col, format!("SET DEFAULT {expr}")));
        }
    }
    for col in old.keys() {
        if !to.column_defaults.contains_key(col) && to.columns.iter().any(|(c, _)| c == col) {
            s = s.sql(alter(col, "DROP DEFAULT".into()));
        }
    }
    s
}

pub(super) fn create_step(ctx: &Models, v: &View) -> Step {
    let s = Step::new(format!("create {} {}", word(v).to_lowercase(), v.name))
        .sql(create_sql(v, false))
        .creates(key(v));
    let s = column_defaults(None, v, s);
    let s = comments(v, None, s);
    let on = format!("TABLE {}", v.name);
    let kind = super::privileges::Kind::Table(ctx.current.version);
    let s = super::privileges::add(s, kind, &on, None, None, &v.acl);
    column_privileges(None, v, s)
}

/// Column privileges of `to` (from `from`'s, or from none for a new view).
fn column_privileges(from: Option<&View>, to: &View, mut s: Step) -> Step {
    use super::privileges::{Kind, add};
    let Some(new) = &to.column_acls else { return s };
    let old = match from {
        Some(f) => match &f.column_acls {
            Some(old) => old.clone(),
            None => return s,
        },
        None => Default::default(),
    };
    let on = format!("TABLE {}", to.name);
    let columns: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for col in columns {
        if !to.columns.iter().any(|(c, _)| c == col) {
            continue;
        }
        let before = Some(old.get(col).cloned().unwrap_or_default());
        let after = Some(new.get(col).cloned().unwrap_or_default());
        if before != after {
            s = add(s, Kind::Column, &on, Some(col), Some(&before), &after);
        }
    }
    s
}

pub(super) fn drop_step(v: &View) -> Step {
    Step::new(format!("drop {} {}", word(v).to_lowercase(), v.name))
        .sql(format!("DROP {} IF EXISTS {}", word(v), v.name))
        .drops(key(v))
}

/// Whether `CREATE OR REPLACE VIEW` can turn `from` into `to`: the old
/// columns, same names and types, must start the new list.
fn replaceable(from: &View, to: &View) -> bool {
    from.kind == ViewKind::View
        && to.kind == ViewKind::View
        && to.columns.len() >= from.columns.len()
        && to.columns[..from.columns.len()] == from.columns[..]
}

pub(super) fn steps(ctx: &Models, d: &Delta<View>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => out.push(create_step(ctx, to)),
        Delta::Drop { from } => out.push(drop_step(from)),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            let query_changed = from.definition != to.definition || from.columns != to.columns;
            if from.kind != to.kind || (query_changed && !replaceable(from, to)) {
                out.push(drop_step(from));
                out.push(create_step(ctx, to));
                return;
            }
            let mut s = Step::new(format!("alter {} {}", word(to).to_lowercase(), to.name))
                .creates(key(to));
            match to.kind {
                ViewKind::View => {
                    if query_changed || from.options != to.options {
                        s = s.sql(create_sql(to, true));
                    }
                }
                ViewKind::Materialized => {
                    if from.options != to.options {
                        let target = format!("MATERIALIZED VIEW {}", to.name);
                        for stmt in replace_options(&target, &from.options, &to.options) {
                            s = s.sql(stmt);
                        }
                    }
                    if from.populated != to.populated {
                        s = s.sql(format!(
                            "REFRESH MATERIALIZED VIEW {}{}",
                            to.name,
                            if to.populated { "" } else { " WITH NO DATA" }
                        ));
                    }
                }
            }
            s = column_defaults(Some(from), to, s);
            s = comments(to, Some(from), s);
            s = column_privileges(Some(from), to, s);
            if !s.sql.is_empty() {
                out.push(s);
            }
        }
    }
}
