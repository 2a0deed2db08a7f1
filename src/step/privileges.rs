//! `GRANT` and `REVOKE`: the difference between two privilege lists as
//! statements, grouped by grantee for a reader.
//!
//! A new object starts with PostgreSQL's default privileges for its kind
//! (the owner holds everything; PUBLIC may execute functions and use
//! types), so its grants are planned from those defaults. The owner is
//! `@owner` in the model and `CURRENT_USER` in SQL: driftless creates
//! objects as the connecting role, which then owns them.

use std::collections::{BTreeMap, BTreeSet};

use super::{HazardCode, Step};
use crate::model::{Acl, Grant, PgVersion};

/// Object kinds, by their defaults (`acldefault`). A table's (or
/// view's) depend on the target's major: `MAINTAIN` from 17.
#[derive(Clone, Copy)]
pub enum Kind {
    Table(PgVersion),
    Sequence,
    Function,
    Schema,
    Type,
    Column,
    /// Foreign-data wrappers and servers.
    ForeignData,
    Language,
    LargeObject,
}

pub(crate) fn defaults(kind: Kind) -> Vec<Grant> {
    let g = |grantee: &str, privilege: &str| Grant {
        grantee: grantee.into(),
        privilege: privilege.into(),
        grantable: false,
    };
    let owner = |privs: &[&str]| privs.iter().map(|p| g("@owner", p)).collect::<Vec<_>>();
    let mut acl = match kind {
        Kind::Table(version) => {
            let mut a = owner(&[
                "SELECT",
                "INSERT",
                "UPDATE",
                "DELETE",
                "TRUNCATE",
                "REFERENCES",
                "TRIGGER",
            ]);
            if version.has_maintain_privilege() {
                a.push(g("@owner", "MAINTAIN"));
            }
            a
        }
        Kind::Sequence => owner(&["SELECT", "UPDATE", "USAGE"]),
        Kind::Function => {
            let mut a = owner(&["EXECUTE"]);
            a.push(g("PUBLIC", "EXECUTE"));
            a
        }
        Kind::Schema => owner(&["USAGE", "CREATE"]),
        Kind::Type | Kind::Language => {
            let mut a = owner(&["USAGE"]);
            a.push(g("PUBLIC", "USAGE"));
            a
        }
        Kind::Column => Vec::new(),
        Kind::ForeignData => owner(&["USAGE"]),
        Kind::LargeObject => owner(&["SELECT", "UPDATE"]),
    };
    acl.sort();
    acl
}

/// Statements turning `from` (or the kind's defaults, for a new object)
/// into `to`. `on` is the object as SQL after `ON` (`TABLE public.t`);
/// `column` makes them column privileges of that table.
pub(crate) fn statements(
    kind: Kind,
    on: &str,
    column: Option<&str>,
    from: Option<&Acl>,
    to: &Acl,
) -> Vec<String> {
    let Some(to) = to else { return Vec::new() };
    let from = match from {
        Some(None) => return Vec::new(),
        Some(Some(f)) => f.clone(),
        None => defaults(kind),
    };
    let cols = column
        .map(|c| format!(" ({})", crate::model::quote_ident(c)))
        .unwrap_or_default();
    Spelling {
        prefix: "",
        on,
        columns: &cols,
        owner: "CURRENT_USER",
    }
    .statements(&from, to)
}

/// How the GRANT and REVOKE statements of one privilege list are written.
pub(crate) struct Spelling<'a> {
    /// Before `GRANT`/`REVOKE` (`ALTER DEFAULT PRIVILEGES FOR ROLE r `).
    pub prefix: &'a str,
    /// After `ON` (`TABLE public.t`, `TABLES`).
    pub on: &'a str,
    /// After each privilege (` (col)` for column privileges).
    pub columns: &'a str,
    /// What `@owner` is in SQL.
    pub owner: &'a str,
}

impl Spelling<'_> {
    /// Statements turning the list `from` into `to`, grouped by grantee.
    pub(crate) fn statements(&self, from: &[Grant], to: &[Grant]) -> Vec<String> {
        let (prefix, on, cols) = (self.prefix, self.on, self.columns);
        let role = |grantee: &str| -> String {
            if grantee == "@owner" {
                self.owner.to_string()
            } else {
                grantee.to_string()
            }
        };
        // grantee → (privileges to revoke, grant options to revoke, grants, grants with option)
        let mut by_grantee: BTreeMap<&str, [Vec<&str>; 4]> = BTreeMap::new();
        // Grantees losing a privilege they could grant: what they granted
        // others goes too (`CASCADE`; PostgreSQL refuses the revoke while
        // such grants exist). Default privileges grant nothing onwards.
        let mut could_grant: BTreeSet<&str> = BTreeSet::new();
        for g in from {
            match to
                .iter()
                .find(|t| t.grantee == g.grantee && t.privilege == g.privilege)
            {
                None => {
                    if g.grantable && prefix.is_empty() {
                        could_grant.insert(&g.grantee);
                    }
                    by_grantee.entry(&g.grantee).or_default()[0].push(&g.privilege)
                }
                Some(t) if g.grantable && !t.grantable => {
                    if prefix.is_empty() {
                        could_grant.insert(&g.grantee);
                    }
                    by_grantee.entry(&g.grantee).or_default()[1].push(&g.privilege)
                }
                _ => {}
            }
        }
        for t in to {
            match from
                .iter()
                .find(|g| g.grantee == t.grantee && g.privilege == t.privilege)
            {
                None
                | Some(Grant {
                    grantable: false, ..
                }) if t.grantable => {
                    by_grantee.entry(&t.grantee).or_default()[3].push(&t.privilege)
                }
                None => by_grantee.entry(&t.grantee).or_default()[2].push(&t.privilege),
                _ => {}
            }
        }
        let list = |v: &[&str]| {
            v.iter()
                .map(|p| format!("{p}{cols}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // Per grantee: what goes, then what comes.
        let mut per_grantee: Vec<(Vec<String>, Vec<String>)> = Vec::new();
        for (grantee, [revoke, revoke_option, grant, grant_option]) in &by_grantee {
            let cascade = if could_grant.contains(grantee) {
                " CASCADE"
            } else {
                ""
            };
            let (mut revokes, mut grants) = (Vec::new(), Vec::new());
            if !revoke.is_empty() {
                revokes.push(format!(
                    "{prefix}REVOKE {} ON {on} FROM {}{cascade}",
                    list(revoke),
                    role(grantee)
                ));
            }
            if !revoke_option.is_empty() {
                revokes.push(format!(
                    "{prefix}REVOKE GRANT OPTION FOR {} ON {on} FROM {}{cascade}",
                    list(revoke_option),
                    role(grantee)
                ));
            }
            if !grant.is_empty() {
                grants.push(format!(
                    "{prefix}GRANT {} ON {on} TO {}",
                    list(grant),
                    role(grantee)
                ));
            }
            if !grant_option.is_empty() {
                grants.push(format!(
                    "{prefix}GRANT {} ON {on} TO {} WITH GRANT OPTION",
                    list(grant_option),
                    role(grantee)
                ));
            }
            per_grantee.push((revokes, grants));
        }
        if could_grant.is_empty() {
            return per_grantee
                .into_iter()
                .flat_map(|(revokes, grants)| revokes.into_iter().chain(grants))
                .collect();
        }
        // A cascading revoke may take from other grantees what the files
        // give them (the model does not say who granted it): every revoke
        // first, then what the files give other grantees, granted again
        // where this plan does not grant it anyway (a privilege held
        // already is left as it is).
        let mut out: Vec<String> = per_grantee.iter().flat_map(|(r, _)| r.clone()).collect();
        out.extend(per_grantee.into_iter().flat_map(|(_, g)| g));
        let mut again: BTreeMap<(&str, bool), Vec<&str>> = BTreeMap::new();
        for t in to
            .iter()
            .filter(|t| t.grantee != "@owner" && !could_grant.contains(t.grantee.as_str()))
        {
            let planned =
                by_grantee
                    .get(t.grantee.as_str())
                    .is_some_and(|[_, _, grant, grant_option]| {
                        let list = if t.grantable { grant_option } else { grant };
                        list.contains(&t.privilege.as_str())
                    });
            if !planned {
                again
                    .entry((&t.grantee, t.grantable))
                    .or_default()
                    .push(&t.privilege);
            }
        }
        for ((grantee, grantable), privileges) in again {
            out.push(format!(
                "{prefix}GRANT {} ON {on} TO {}{}",
                list(&privileges),
                role(grantee),
                if grantable { " WITH GRANT OPTION" } else { "" }
            ));
        }
        out
    }
}

/// Adds the statements to a step, with the authorization hazard.
pub(crate) fn add(
    mut step: Step,
    kind: Kind,
    on: &str,
    column: Option<&str>,
    from: Option<&Acl>,
    to: &Acl,
) -> Step {
    let stmts = statements(kind, on, column, from, to);
    if stmts.is_empty() {
        return step;
    }
    for s in stmts {
        step = step.sql(s);
    }
    if !step
        .hazards
        .iter()
        .any(|h| h.code == HazardCode::Authorization)
    {
        step = step.hazard(
            HazardCode::Authorization,
            format!("changes privileges on {on}"),
        );
    }
    step
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(grantee: &str, privilege: &str, grantable: bool) -> Grant {
        Grant {
            grantee: grantee.into(),
            privilege: privilege.into(),
            grantable,
        }
    }

    #[test]
    fn new_table_grants_from_defaults() {
        let mut to = defaults(Kind::Table(PgVersion::major_only(15)));
        to.push(g("reader", "SELECT", false));
        let s = statements(
            Kind::Table(PgVersion::major_only(15)),
            "TABLE public.t",
            None,
            None,
            &Some(to.clone()),
        );
        assert_eq!(s, ["GRANT SELECT ON TABLE public.t TO reader"]);
        // From 17 the owner also holds MAINTAIN by default: a list without
        // it revokes it.
        let s = statements(
            Kind::Table(PgVersion::major_only(17)),
            "TABLE public.t",
            None,
            None,
            &Some(to),
        );
        assert_eq!(
            s,
            [
                "REVOKE MAINTAIN ON TABLE public.t FROM CURRENT_USER",
                "GRANT SELECT ON TABLE public.t TO reader"
            ]
        );
    }

    #[test]
    fn revoke_public_execute_and_grant_option() {
        let from = Some(vec![
            g("@owner", "EXECUTE", false),
            g("PUBLIC", "EXECUTE", false),
            g("admin", "EXECUTE", true),
        ]);
        let to = Some(vec![
            g("@owner", "EXECUTE", false),
            g("admin", "EXECUTE", false),
        ]);
        let s = statements(
            Kind::Function,
            "FUNCTION public.f()",
            None,
            Some(&from),
            &to,
        );
        assert_eq!(
            s,
            [
                "REVOKE EXECUTE ON FUNCTION public.f() FROM PUBLIC",
                "REVOKE GRANT OPTION FOR EXECUTE ON FUNCTION public.f() FROM admin CASCADE",
            ]
        );
    }

    #[test]
    fn unmanaged_privileges_plan_nothing() {
        let to: Acl = None;
        assert!(
            statements(
                Kind::Table(PgVersion::default()),
                "TABLE t",
                None,
                None,
                &to
            )
            .is_empty()
        );
        let from: Acl = None;
        let to = Some(vec![g("x", "SELECT", false)]);
        assert!(
            statements(
                Kind::Table(PgVersion::default()),
                "TABLE t",
                None,
                Some(&from),
                &to
            )
            .is_empty()
        );
    }

    #[test]
    fn column_privileges() {
        let to = Some(vec![g("reader", "SELECT", false)]);
        let s = statements(Kind::Column, "TABLE public.t", Some("Name"), None, &to);
        assert_eq!(s, ["GRANT SELECT (\"Name\") ON TABLE public.t TO reader"]);
    }
}
