//! Functions and procedures (`CREATE FUNCTION`, `CREATE PROCEDURE`),
//! keyed by schema, name and identity argument types (overloads are
//! separate objects), compared on PostgreSQL's own rendering
//! (`pg_get_functiondef`), never on the file's text.
//!
//! A function is replaced in place (`CREATE OR REPLACE`, with that
//! rendering) unless its argument list, result type or kind changes, which
//! PostgreSQL only allows by dropping it, together with what depends on
//! it (triggers, event triggers, views, defaults), which
//! `plan::dependents` recreates around it through [`Kind::recreate`].

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Kind;
use crate::model::delta::Delta;
use crate::model::{Acl, Database, Grant, ObjKey, PgVersion, QualName};
use crate::step::privileges::{self, Kind as Privileges};
use crate::step::sql::comment;
use crate::step::{Models, Step};

/// A function's identity: schema, name and identity argument types.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FunctionId {
    pub name: QualName,
    /// `pg_get_function_identity_arguments`.
    pub args: String,
}

impl fmt::Display for FunctionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({})", self.name, self.args)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Function {
    pub id: FunctionId,
    pub is_procedure: bool,
    /// `pg_get_functiondef`: a complete `CREATE OR REPLACE` statement.
    pub definition: String,
    /// `pg_get_function_arguments` (names, modes, defaults): a change here
    /// or in `result` cannot be made with `CREATE OR REPLACE`.
    pub arguments: String,
    pub result: Option<String>,
    pub comment: Option<String>,
    pub acl: Acl,
    /// The owning role, as SQL; `None` when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// One function as the catalog reader's `functions` document spells it.
#[derive(Deserialize)]
pub struct Row {
    schema: String,
    name: String,
    args: String,
    is_procedure: bool,
    definition: String,
    arguments: String,
    result: Option<String>,
    comment: Option<String>,
    acl: Vec<Grant>,
    owner: Option<String>,
}

impl From<Row> for Function {
    fn from(r: Row) -> Function {
        Function {
            id: FunctionId {
                name: QualName::new(r.schema, r.name),
                args: r.args,
            },
            is_procedure: r.is_procedure,
            definition: r.definition,
            arguments: r.arguments,
            result: r.result,
            comment: r.comment,
            acl: Some(r.acl),
            owner: r.owner,
        }
    }
}

/// The kind.
pub struct Functions;

impl Kind for Functions {
    type Object = Function;
    type Id = FunctionId;
    type Change = Delta<Function>;
    const NAME: &'static str = "function";
    const FILE: &'static str = "functions";

    fn noun(f: &Function) -> &'static str {
        if f.is_procedure {
            "procedure"
        } else {
            "function"
        }
    }

    fn id(f: &Function) -> FunctionId {
        f.id.clone()
    }

    fn key(id: &FunctionId) -> ObjKey {
        ObjKey::Function {
            name: id.name.clone(),
            args: id.args.clone(),
        }
    }

    fn id_of(key: &ObjKey) -> Option<FunctionId> {
        match key {
            ObjKey::Function { name, args } => Some(FunctionId {
                name: name.clone(),
                args: args.clone(),
            }),
            _ => None,
        }
    }

    /// A `function` row, when the model holds the function (or procedure, or aggregate...).
    fn catalog_key(db: &Database, row: &super::ObjectRow) -> Option<ObjKey> {
        row.held(db, "function", |r| ObjKey::Function {
            name: r.qualified(),
            args: r.sub(),
        })
    }

    fn file_of_id(id: &FunctionId) -> Option<(Option<String>, String)> {
        Some((Some(id.name.schema.clone()), Self::FILE.to_string()))
    }

    fn schema(f: &Function) -> Option<&str> {
        Some(&f.id.name.schema)
    }

    fn owner(f: &Function) -> Option<(String, &str)> {
        Some((target(f), f.owner.as_deref()?))
    }

    fn forget_owner(f: &mut Function) {
        f.owner = None;
    }

    fn privileges(_: PgVersion, f: &Function) -> Option<(Privileges, String, &Acl)> {
        Some((Privileges::Function, target(f), &f.acl))
    }

    fn forget_privileges(f: &mut Function) {
        f.acl = None;
    }

    fn steps(_: &Models, delta: &Delta<Function>, out: &mut Vec<Step>) {
        steps(delta, out)
    }

    /// Bodies are checked when the function is called, not when it is
    /// created: what a body uses may come later in the plan.
    fn session(_: &FunctionId, _: &ObjKey) -> Option<&'static str> {
        Some("SET check_function_bodies = false")
    }

    fn recreate(models: &Models, id: &FunctionId, _: &ObjKey) -> Option<Vec<Step>> {
        Some(vec![
            drop_step(models.current.kinds.functions.get(id)?),
            create_step(models.desired.kinds.functions.get(id)?),
        ])
    }
}

/// `FUNCTION` or `PROCEDURE`, as statements name the kind.
fn word(f: &Function) -> &'static str {
    if f.is_procedure {
        "PROCEDURE"
    } else {
        "FUNCTION"
    }
}

/// The function as `ALTER`, `GRANT` and `COMMENT` name it:
/// `FUNCTION app.f(integer)`.
fn target(f: &Function) -> String {
    format!("{} {}", word(f), f.id)
}

fn key(f: &Function) -> ObjKey {
    Functions::key(&f.id)
}

fn create_step(f: &Function) -> Step {
    let mut s = Step::new(format!("create {} {}", Functions::noun(f), f.id))
        .sql(f.definition.trim_end())
        .creates(key(f));
    if f.comment.is_some() {
        s = s.sql(comment(word(f), &f.id.to_string(), f.comment.as_deref()));
    }
    privileges::add(s, Privileges::Function, &target(f), None, None, &f.acl)
}

fn drop_step(f: &Function) -> Step {
    Step::new(format!("drop {} {}", Functions::noun(f), f.id))
        .sql(format!("DROP {} IF EXISTS {}", word(f), f.id))
        .drops(key(f))
}

fn steps(d: &Delta<Function>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => out.push(create_step(to)),
        Delta::Drop { from } => out.push(drop_step(from)),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            if from.is_procedure != to.is_procedure
                || from.arguments != to.arguments
                || from.result != to.result
            {
                out.push(drop_step(from));
                out.push(create_step(to));
                return;
            }
            let mut s =
                Step::new(format!("replace {} {}", Functions::noun(to), to.id)).creates(key(to));
            if from.definition != to.definition {
                s = s.sql(to.definition.trim_end());
            }
            if from.comment != to.comment {
                s = s.sql(comment(word(to), &to.id.to_string(), to.comment.as_deref()));
            }
            if !s.sql.is_empty() {
                out.push(s);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn function(args: &str, result: &str, body: &str) -> Function {
        Function {
            id: FunctionId {
                name: QualName::new("app", "f"),
                args: args.into(),
            },
            is_procedure: false,
            definition: format!(
                "CREATE OR REPLACE FUNCTION app.f({args})\n RETURNS {result}\n LANGUAGE sql\nAS $function${body}$function$\n"
            ),
            arguments: args.into(),
            result: Some(result.into()),
            comment: None,
            acl: None,
            owner: None,
        }
    }

    fn planned(from: &Function, to: &Function) -> Vec<Step> {
        let mut out = Vec::new();
        steps(
            &Delta::Alter {
                from: from.clone(),
                to: to.clone(),
            },
            &mut out,
        );
        out
    }

    #[test]
    fn a_new_body_replaces_the_function_in_place() {
        let from = function("x integer", "integer", "select x");
        let to = function("x integer", "integer", "select x + 1");
        let steps = planned(&from, &to);
        assert_eq!(steps.len(), 1);
        assert_eq!(steps[0].summary, "replace function app.f(x integer)");
        assert_eq!(steps[0].sql, [to.definition.trim_end()]);
        assert!(steps[0].drops.is_empty());
        // Equal sides plan nothing.
        assert!(planned(&to, &to).is_empty());
    }

    #[test]
    fn a_new_result_type_drops_and_creates_it() {
        let from = function("x integer", "integer", "select x");
        let to = function("x integer", "bigint", "select x");
        let steps = planned(&from, &to);
        let sql: Vec<&str> = steps
            .iter()
            .flat_map(|s| &s.sql)
            .map(|s| s.as_str())
            .collect();
        assert_eq!(sql[0], "DROP FUNCTION IF EXISTS app.f(x integer)");
        assert!(sql[1].contains("RETURNS bigint"));
        assert_eq!(steps[0].drops, [key(&from)]);
        assert_eq!(steps[1].creates, [key(&to)]);
    }

    #[test]
    fn a_procedure_is_named_as_one() {
        let mut p = function("", "void", "");
        p.is_procedure = true;
        p.result = None;
        p.owner = Some("app".into());
        assert_eq!(Functions::noun(&p), "procedure");
        assert_eq!(
            Functions::owner(&p),
            Some(("PROCEDURE app.f()".into(), "app"))
        );
        let mut out = Vec::new();
        steps(&Delta::Drop { from: p }, &mut out);
        assert_eq!(out[0].summary, "drop procedure app.f()");
        assert_eq!(out[0].sql, ["DROP PROCEDURE IF EXISTS app.f()"]);
    }
}
