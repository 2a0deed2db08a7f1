//! Views and materialized views (`CREATE VIEW`, `CREATE MATERIALIZED
//! VIEW`), compared on PostgreSQL's rendering of their query
//! (`pg_get_viewdef`) and output columns, never on the file's text.
//!
//! A view whose output columns only grow at the end is replaced in place
//! (`CREATE OR REPLACE VIEW`, which also sets its options); any other
//! change to its columns, and any change to a materialized view's query,
//! drops and recreates it, with everything that depends on it, which
//! `plan::dependents` recreates around it through [`Kind::recreate`].
//! Column defaults (for inserts through the view), comments and column
//! privileges are altered in place.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::Kind;
use super::table::column::{storage_clauses, tuning_clauses};
use crate::model::delta::Delta;
use crate::model::{
    Acl, ColumnSettings, Database, Grant, ObjKey, OnRelation, PgVersion, QualName, SharedName,
    quote_ident,
};
use crate::step::privileges::{self, Kind as Privileges};
use crate::step::sql::{column_target, comment, reloptions, replace_options, set_access_method};
use crate::step::{HazardCode, Models, Step};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ViewKind {
    View,
    Materialized,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct View {
    pub name: QualName,
    pub kind: ViewKind,
    /// `pg_get_viewdef`: the query, without `CREATE VIEW`.
    pub definition: String,
    /// Output columns as `(name, format_type)`, in order; a collation other
    /// than the type's follows the type (`text COLLATE pg_catalog."C"`).
    pub columns: Vec<(String, String)>,
    /// `reloptions`: `security_barrier`, `check_option`, `fillfactor`...
    pub options: Vec<String>,
    /// Materialized views: whether it holds data (`WITH [NO] DATA`).
    pub populated: bool,
    pub comment: Option<String>,
    /// Comments on columns, by column name.
    pub column_comments: BTreeMap<String, String>,
    /// Defaults of columns (`ALTER VIEW ... ALTER COLUMN ... SET DEFAULT`,
    /// for inserts through the view), by column name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub column_defaults: BTreeMap<String, String>,
    pub acl: Acl,
    /// Column privileges, by column name (columns without any left out);
    /// `None` when privileges are not managed.
    #[serde(default, skip_serializing_if = "no_column_acls")]
    pub column_acls: Option<BTreeMap<String, Vec<Grant>>>,
    /// The owning role, as SQL; `None` when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// A materialized view's table access method (`USING`), as SQL,
    /// unless `heap`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_method: Option<String>,
    /// The index `CLUSTER` orders a materialized view by (`CLUSTER ON`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clustered_on: Option<String>,
    /// A materialized view's columns' own settings (as a table's columns
    /// keep them), by column name (those with none left out).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub column_settings: BTreeMap<String, ColumnSettings>,
}

fn no_column_acls(acls: &Option<BTreeMap<String, Vec<Grant>>>) -> bool {
    acls.as_ref().is_none_or(|m| m.is_empty())
}

/// One view as the catalog reader's `views` document spells it.
#[derive(Deserialize)]
pub struct Row {
    schema: String,
    name: String,
    relkind: String,
    definition: String,
    columns: Vec<(String, String)>,
    options: Vec<String>,
    populated: bool,
    comment: Option<String>,
    column_comments: BTreeMap<String, String>,
    #[serde(default)]
    column_defaults: BTreeMap<String, String>,
    #[serde(default)]
    column_acls: BTreeMap<String, Vec<Grant>>,
    acl: Vec<Grant>,
    owner: Option<String>,
    #[serde(default)]
    access_method: Option<String>,
    #[serde(default)]
    clustered_on: Option<String>,
    #[serde(default)]
    column_settings: Option<BTreeMap<String, ColumnSettings>>,
}

impl From<Row> for View {
    fn from(r: Row) -> View {
        View {
            name: QualName::new(r.schema, r.name),
            kind: if r.relkind == "m" {
                ViewKind::Materialized
            } else {
                ViewKind::View
            },
            definition: r.definition,
            columns: r.columns,
            options: r.options,
            populated: r.populated,
            comment: r.comment,
            column_comments: r.column_comments,
            column_defaults: r.column_defaults,
            acl: Some(r.acl),
            // A column whose privileges were all revoked has none.
            column_acls: Some(
                r.column_acls
                    .into_iter()
                    .filter(|(_, acl)| !acl.is_empty())
                    .collect(),
            ),
            owner: r.owner,
            access_method: r.access_method,
            clustered_on: r.clustered_on,
            column_settings: r.column_settings.unwrap_or_default(),
        }
    }
}

/// The kind.
pub struct Views;

/// The materialized view `key` names (the view itself, not a part), in
/// `db`.
fn materialized<'a>(db: &'a Database, name: &QualName, key: &ObjKey) -> Option<&'a View> {
    let ObjKey::View { .. } = key else {
        return None;
    };
    db.kinds
        .views
        .get(name)
        .filter(|v| v.kind == ViewKind::Materialized)
}

impl Kind for Views {
    type Object = View;
    type Id = QualName;
    type Change = Delta<View>;
    const NAME: &'static str = "view";
    const FILE: &'static str = "views";

    fn id(v: &View) -> QualName {
        v.name.clone()
    }

    fn key(id: &QualName) -> ObjKey {
        ObjKey::View { name: id.clone() }
    }

    /// A view's key, and a materialized view's clustering (held only
    /// while the view is clustered, [`Kind::holds`]).
    fn id_of(key: &ObjKey) -> Option<QualName> {
        match key {
            ObjKey::View { name } | ObjKey::ViewCluster { view: name } => Some(name.clone()),
            _ => None,
        }
    }

    fn holds(v: &View, key: &ObjKey) -> bool {
        match key {
            ObjKey::ViewCluster { .. } => v.clustered_on.is_some(),
            _ => true,
        }
    }

    /// A materialized view's clustering needs the view and the index.
    fn part_edges(_: &Database, v: &View) -> Vec<(ObjKey, ObjKey)> {
        let Some(index) = cluster_index(v) else {
            return Vec::new();
        };
        let using = cluster_key(v);
        vec![(using.clone(), key(v)), (using, index)]
    }

    /// A `view` row, when the model holds the view; a `default` row of a
    /// view's column (for inserts through it), which is part of the view.
    fn catalog_key(db: &Database, row: &super::ObjectRow) -> Option<ObjKey> {
        let view = |r: &super::ObjectRow| ObjKey::View {
            name: r.qualified(),
        };
        row.held(db, "view", view).or_else(|| {
            (row.word == "default" && db.kinds.views.contains_key(&row.qualified()))
                .then(|| view(row))
        })
    }

    /// A view (of any kind) takes its name among relations and types.
    fn names_taken(_: &Database, id: &QualName, key: &ObjKey) -> Vec<SharedName> {
        match key {
            ObjKey::View { .. } => vec![
                SharedName::Relation(id.clone()),
                SharedName::Type(id.clone()),
            ],
            _ => Vec::new(),
        }
    }

    /// The view's key is the view (its clustering answers nothing, as a
    /// table's does).
    fn on_relation(_: &Database, id: &QualName, key: &ObjKey) -> Option<OnRelation> {
        matches!(key, ObjKey::View { .. }).then(|| OnRelation::Is(id.clone()))
    }

    fn file_of_id(id: &QualName) -> Option<(Option<String>, String)> {
        Some((Some(id.schema.clone()), Self::FILE.to_string()))
    }

    fn schema(v: &View) -> Option<&str> {
        Some(&v.name.schema)
    }

    fn owner(v: &View) -> Option<(String, &str)> {
        Some((format!("{} {}", word(v), v.name), v.owner.as_deref()?))
    }

    fn forget_owner(v: &mut View) {
        v.owner = None;
    }

    fn privileges(version: PgVersion, v: &View) -> Option<(Privileges, String, &Acl)> {
        Some((
            Privileges::Table(version),
            format!("TABLE {}", v.name),
            &v.acl,
        ))
    }

    fn forget_privileges(v: &mut View) {
        v.acl = None;
        v.column_acls = None;
    }

    fn steps(models: &Models, delta: &Delta<View>, out: &mut Vec<Step>) {
        steps(models, delta, out)
    }

    /// A materialized view stores its rows.
    fn stores_rows(db: &Database, name: &QualName, key: &ObjKey) -> bool {
        materialized(db, name, key).is_some()
    }

    /// A materialized view built `WITH DATA` holds its rows at once.
    fn filled_when_created(db: &Database, name: &QualName, key: &ObjKey) -> bool {
        materialized(db, name, key).is_some_and(|v| v.populated)
    }

    /// The view dropped and created again; its clustering set again (its
    /// index was rebuilt).
    fn recreate(models: &Models, name: &QualName, key: &ObjKey) -> Option<Vec<Step>> {
        let to = models.desired.kinds.views.get(name)?;
        if let ObjKey::ViewCluster { .. } = key {
            return Some(vec![cluster_step(to)?]);
        }
        let mut steps = vec![
            drop_step(models.current.kinds.views.get(name)?),
            create_step(models, to),
        ];
        steps.extend(cluster_step(to));
        Some(steps)
    }
}

fn key(v: &View) -> ObjKey {
    Views::key(&v.name)
}

fn cluster_key(v: &View) -> ObjKey {
    ObjKey::ViewCluster {
        view: v.name.clone(),
    }
}

/// The key of the index a materialized view is clustered on (an index of
/// a materialized view is never a constraint's).
fn cluster_index(v: &View) -> Option<ObjKey> {
    let index = v.clustered_on.as_ref()?;
    Some(ObjKey::Index {
        name: QualName::new(v.name.schema.clone(), index.clone()),
    })
}

/// The step that clusters materialized view `v` (desired) on its index
/// once the index exists; `None` when it is clustered on none.
fn cluster_step(v: &View) -> Option<Step> {
    let index = v.clustered_on.as_ref()?;
    Some(
        Step::new(format!(
            "set clustering of {} to index {}",
            v.name,
            quote_ident(index)
        ))
        .sql(format!(
            "ALTER MATERIALIZED VIEW {} CLUSTER ON {}",
            v.name,
            quote_ident(index)
        ))
        .creates(cluster_key(v))
        .needs(cluster_index(v)?),
    )
}

/// The statements that take a materialized view's columns' own settings
/// from `from`'s (none for a new one) to `to`'s, column by column in
/// `to`'s order.
fn column_settings(ctx: &Models, from: Option<&View>, to: &View, mut s: Step) -> Step {
    for (col, _) in &to.columns {
        let before = from.and_then(|f| f.column_settings.get(col));
        let after = to.column_settings.get(col);
        if before == after {
            continue;
        }
        let none = ColumnSettings::default();
        let after = after.unwrap_or(&none);
        let clauses = storage_clauses(ctx.current.version, before, after)
            .into_iter()
            .chain(tuning_clauses(before, after));
        for clause in clauses {
            s = s.sql(format!(
                "ALTER MATERIALIZED VIEW {} ALTER COLUMN {} {clause}",
                to.name,
                quote_ident(col)
            ));
        }
    }
    s
}

/// `VIEW` or `MATERIALIZED VIEW`, as statements name the kind.
pub fn word(v: &View) -> &'static str {
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
    let using = v
        .access_method
        .as_ref()
        .map(|am| format!(" USING {am}"))
        .unwrap_or_default();
    let mut s = format!(
        "CREATE {}{} {}{using}{with} AS\n{}",
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

fn create_step(ctx: &Models, v: &View) -> Step {
    let s = Step::new(format!("create {} {}", word(v).to_lowercase(), v.name))
        .sql(create_sql(v, false))
        .creates(key(v));
    let s = column_defaults(None, v, s);
    let s = column_settings(ctx, None, v, s);
    let s = comments(v, None, s);
    let on = format!("TABLE {}", v.name);
    let kind = Privileges::Table(ctx.current.version);
    let s = privileges::add(s, kind, &on, None, None, &v.acl);
    column_privileges(None, v, s)
}

/// Column privileges of `to` (from `from`'s, or from none for a new view).
fn column_privileges(from: Option<&View>, to: &View, mut s: Step) -> Step {
    let Some(new) = &to.column_acls else { return s };
    let old = match from {
        Some(f) => match &f.column_acls {
            Some(old) => old.clone(),
            None => return s,
        },
        None => Default::default(),
    };
    let on = format!("TABLE {}", to.name);
    let columns: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for col in columns {
        if !to.columns.iter().any(|(c, _)| c == col) {
            continue;
        }
        let before = Some(old.get(col).cloned().unwrap_or_default());
        let after = Some(new.get(col).cloned().unwrap_or_default());
        if before != after {
            s = privileges::add(s, Privileges::Column, &on, Some(col), Some(&before), &after);
        }
    }
    s
}

fn drop_step(v: &View) -> Step {
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

/// Whether the plan drops view `from` and creates `to` anew (a query
/// `CREATE OR REPLACE` cannot take, a kind that changes, a materialized
/// view's new access method before 15), rather than altering it.
pub fn created_anew(ctx: &Models, from: &View, to: &View) -> bool {
    let query_changed = from.definition != to.definition || from.columns != to.columns;
    let rebuilt_for_method =
        from.access_method != to.access_method && !ctx.current.version.can_set_access_method();
    from.kind != to.kind || (query_changed && !replaceable(from, to)) || rebuilt_for_method
}

fn steps(ctx: &Models, d: &Delta<View>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => {
            out.push(create_step(ctx, to));
            out.extend(cluster_step(to));
        }
        Delta::Drop { from } => out.push(drop_step(from)),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            let query_changed = from.definition != to.definition || from.columns != to.columns;
            // (No `SET ACCESS METHOD` before 15: built again, from its query.)
            let new_method = from.access_method != to.access_method;
            if created_anew(ctx, from, to) {
                out.push(drop_step(from));
                out.push(create_step(ctx, to));
                out.extend(cluster_step(to));
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
                    if new_method {
                        let (sql, rewrite) = set_access_method(
                            "MATERIALIZED VIEW",
                            &to.name,
                            to.access_method.as_deref(),
                        );
                        s = s.sql(sql).hazard(HazardCode::TableRewrite, rewrite);
                    }
                    if from.clustered_on != to.clustered_on {
                        match &to.clustered_on {
                            Some(_) => out.extend(cluster_step(to)),
                            None => {
                                s = s.sql(format!(
                                    "ALTER MATERIALIZED VIEW {} SET WITHOUT CLUSTER",
                                    to.name
                                ))
                            }
                        }
                    }
                    s = column_settings(ctx, Some(from), to, s);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Database;

    fn view(columns: &[(&str, &str)], query: &str) -> View {
        View {
            name: QualName::new("app", "v"),
            kind: ViewKind::View,
            definition: format!(" {query};"),
            columns: columns
                .iter()
                .map(|(n, t)| (n.to_string(), t.to_string()))
                .collect(),
            options: vec![],
            populated: true,
            comment: None,
            column_comments: BTreeMap::new(),
            column_defaults: BTreeMap::new(),
            acl: None,
            column_acls: None,
            owner: None,
            access_method: None,
            clustered_on: None,
            column_settings: BTreeMap::new(),
        }
    }

    fn planned(from: &View, to: &View) -> Vec<Step> {
        let db = Database::default();
        let models = Models {
            current: &db,
            desired: &db,
        };
        let mut out = Vec::new();
        let delta = Delta::Alter {
            from: from.clone(),
            to: to.clone(),
        };
        steps(&models, &delta, &mut out);
        out
    }

    #[test]
    fn columns_added_at_the_end_replace_the_view_in_place() {
        let from = view(&[("id", "integer")], "SELECT 1 AS id");
        let to = view(
            &[("id", "integer"), ("name", "text")],
            "SELECT 1 AS id, 'x'::text AS name",
        );
        let steps = planned(&from, &to);
        assert_eq!(steps.len(), 1);
        assert_eq!(
            steps[0].sql,
            ["CREATE OR REPLACE VIEW app.v AS\nSELECT 1 AS id, 'x'::text AS name"]
        );
        assert!(steps[0].drops.is_empty());
    }

    #[test]
    fn a_column_renamed_or_retyped_drops_and_creates_the_view() {
        let from = view(&[("id", "integer")], "SELECT 1 AS id");
        for to in [
            view(&[("key", "integer")], "SELECT 1 AS key"),
            view(&[("id", "bigint")], "SELECT 1::bigint AS id"),
        ] {
            let steps = planned(&from, &to);
            assert_eq!(steps.len(), 2, "{to:?}");
            assert_eq!(steps[0].sql, ["DROP VIEW IF EXISTS app.v"]);
            assert_eq!(steps[0].drops, [key(&from)]);
            assert_eq!(steps[1].creates, [key(&to)]);
        }
    }

    #[test]
    fn a_materialized_view_keeps_its_rows_when_only_options_change() {
        let mut from = view(&[("id", "integer")], "SELECT 1 AS id");
        from.kind = ViewKind::Materialized;
        let mut to = from.clone();
        to.options = vec!["fillfactor=70".into()];
        to.populated = false;
        let steps = planned(&from, &to);
        assert_eq!(steps.len(), 1);
        assert_eq!(
            steps[0].sql,
            [
                "ALTER MATERIALIZED VIEW app.v SET (fillfactor=70)",
                "REFRESH MATERIALIZED VIEW app.v WITH NO DATA"
            ]
        );
        assert_eq!(
            Views::owner(&View {
                owner: Some("app".into()),
                ..to
            }),
            Some(("MATERIALIZED VIEW app.v".into(), "app"))
        );
    }
}
