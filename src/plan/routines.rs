//! Functions and procedures.
//!
//! A function is replaced in place (`CREATE OR REPLACE`, PostgreSQL's own
//! `pg_get_functiondef` text) unless its argument list or result type
//! changes, which PostgreSQL only allows by dropping it — together with
//! what depends on it (the triggers and event triggers of `kinds/` among
//! them), which `dependents` recreates.

use super::Step;
use super::sql::comment;
use crate::diff::Delta;
use crate::model::{Function, ObjKey};

pub(super) fn function_key(f: &Function) -> ObjKey {
    ObjKey::Function {
        name: f.id.name.clone(),
        args: f.id.args.clone(),
    }
}

pub(super) fn function_word(f: &Function) -> &'static str {
    if f.is_procedure {
        "PROCEDURE"
    } else {
        "FUNCTION"
    }
}

pub(super) fn function_target(f: &Function) -> String {
    format!("{}({})", f.id.name, f.id.args)
}

pub(super) fn create_function_step(f: &Function) -> Step {
    let mut s = Step::new(format!(
        "create {} {}",
        function_word(f).to_lowercase(),
        function_target(f)
    ))
    .sql(f.definition.trim_end())
    .creates(function_key(f));
    if f.comment.is_some() {
        s = s.sql(comment(
            function_word(f),
            &function_target(f),
            f.comment.as_deref(),
        ));
    }
    let on = format!("{} {}", function_word(f), function_target(f));
    super::privileges::add(
        s,
        super::privileges::Kind::Function,
        &on,
        None,
        None,
        &f.acl,
    )
}

pub(super) fn drop_function_step(f: &Function) -> Step {
    Step::new(format!(
        "drop {} {}",
        function_word(f).to_lowercase(),
        function_target(f)
    ))
    .sql(format!(
        "DROP {} IF EXISTS {}",
        function_word(f),
        function_target(f)
    ))
    .drops(function_key(f))
}

pub(super) fn function_steps(d: &Delta<Function>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => out.push(create_function_step(to)),
        Delta::Drop { from } => out.push(drop_function_step(from)),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            if from.is_procedure != to.is_procedure
                || from.arguments != to.arguments
                || from.result != to.result
            {
                out.push(drop_function_step(from));
                out.push(create_function_step(to));
                return;
            }
            let mut s = Step::new(format!(
                "replace {} {}",
                function_word(to).to_lowercase(),
                function_target(to)
            ))
            .creates(function_key(to));
            if from.definition != to.definition {
                s = s.sql(to.definition.trim_end());
            }
            if from.comment != to.comment {
                s = s.sql(comment(
                    function_word(to),
                    &function_target(to),
                    to.comment.as_deref(),
                ));
            }
            if !s.sql.is_empty() {
                out.push(s);
            }
        }
    }
}
