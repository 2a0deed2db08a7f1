//! Range types (`CREATE TYPE ... AS RANGE`). Nothing of one can be
//! altered but its comment: a new subtype or option rebuilds it
//! (`super::rebuild_step`, through `text`) when columns use it, else drops
//! and creates it. Its companions (constructor functions, the multirange
//! type) follow it when it is renamed away ([`range_companions_renamed`]).

use serde::{Deserialize, Serialize};

use crate::model::delta::Delta;
use crate::model::{Acl, Grant, QualName, quote_literal};
use crate::step::privileges;
use crate::step::sql::comment;
use crate::step::{Models, Step};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RangeType {
    pub name: QualName,
    pub subtype: String,
    /// Non-default parts of the definition, as `CREATE TYPE ... AS RANGE`
    /// options (`SUBTYPE_OPCLASS = ...`, `MULTIRANGE_TYPE_NAME = ...`).
    pub options: Vec<String>,
    pub comment: Option<String>,
    pub acl: Acl,
    /// The owning role, as SQL; `None` when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// One range type as the catalog reader's `types` document spells it.
#[derive(Deserialize)]
pub struct Row {
    schema: String,
    name: String,
    subtype: String,
    options: Vec<String>,
    comment: Option<String>,
    acl: Vec<Grant>,
    owner: Option<String>,
}

impl From<Row> for RangeType {
    fn from(r: Row) -> RangeType {
        RangeType {
            name: QualName::new(r.schema, r.name),
            subtype: r.subtype,
            options: r.options,
            comment: r.comment,
            acl: Some(r.acl),
            owner: r.owner,
        }
    }
}

/// The kind.
pub struct Ranges;

type_kind!(Ranges, RangeType, "type", "TYPE");

pub(super) fn create_step(r: &RangeType) -> Step {
    let mut opts = vec![format!("SUBTYPE = {}", r.subtype)];
    opts.extend(r.options.iter().cloned());
    let mut s = Step::new(format!("create type {}", r.name))
        .sql(format!(
            "CREATE TYPE {} AS RANGE ({})",
            r.name,
            opts.join(", ")
        ))
        .creates(super::type_key(&r.name));
    if r.comment.is_some() {
        s = s.sql(comment("TYPE", &r.name.to_string(), r.comment.as_deref()));
    }
    let on = format!("TYPE {}", r.name);
    privileges::add(s, privileges::Kind::Type, &on, None, None, &r.acl)
}

fn steps(ctx: &Models, d: &Delta<RangeType>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } if super::created_by_kind_change(ctx, &to.name) => {}
        Delta::Create { to } => out.push(create_step(to)),
        Delta::Drop { from } => out.push(super::drop_or_replace_type(ctx, &from.name, "TYPE")),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            // Built on a type the plan rebuilds: that rebuild creates it
            // from its desired definition.
            if super::in_rebuilt_cluster(ctx, &to.name) {
                return;
            }
            if from.subtype != to.subtype || from.options != to.options {
                let how = super::Replacement {
                    word: "TYPE",
                    in_use: super::has_users(ctx, &to.name),
                    summary: format!("rebuild range type {}", to.name),
                    via: "text",
                    converts: format!(
                        "converts every column of type {} through its text form",
                        to.name
                    ),
                };
                super::replace(ctx, &from.name, &to.name, create_step(to), how, out);
            } else if from.comment != to.comment {
                out.push(
                    Step::new(format!("change comment on type {}", to.name))
                        .sql(comment("TYPE", &to.name.to_string(), to.comment.as_deref()))
                        .creates(super::type_key(&to.name)),
                );
            }
        }
    }
}

/// Renaming a range type renames neither its constructor functions nor
/// its multirange type (and that type's constructors), whose names a new
/// range of the same name takes again: they follow the range's new name,
/// found through their internal dependencies on it, and go when it goes.
pub(super) fn range_companions_renamed(renamed: &QualName, multiranges: bool) -> String {
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
