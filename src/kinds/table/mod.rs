//! Tables (plain, partitioned, foreign, typed), their columns and their
//! constraints: the diff (`diff.rs`: a created or dropped table is one
//! change carrying its columns and constraints; for a table on both
//! sides, table-level attributes, each column and each constraint are
//! compared separately, so the planner can order them independently: a
//! foreign key after the table it references), the steps (`table.rs`,
//! `column.rs`, `constraint.rs`),
//! the names of a foreign key's copies on partitions
//! (`partition_copies.rs`) and partition bounds as conditions
//! (`bounds.rs`).
//!
//! The model (`model.rs`) and, here, the kind ([`Tables`]): a kind of the
//! registry like the others, with two particulars. Its changes are of
//! three shapes ([`TableChange`]: a table's, a column's, a constraint's),
//! which answer the drivers themselves ([`ChangeOf`]) and tag themselves
//! in JSON. Its keys name its parts as well (a partition's link, a
//! column, a constraint, a column's default: [`Kind::holds`]), and a part
//! is what gets recreated around a dependency (a constraint, a default).

pub mod bounds;
pub mod checks;
pub mod column;
pub mod constraint;
pub mod diff;
mod hints;
mod keys;
pub mod model;
pub mod partition_copies;
pub mod rows;
// The table's own steps beside its columns' and constraints'.
#[allow(clippy::module_inception)]
pub mod table;

use std::collections::BTreeMap;

use serde::{Serialize, Serializer};
use serde_json::Value;

use super::{ChangeOf, Kind, PrivilegeChange};
use crate::model::delta::Delta;
use crate::model::{
    Acl, Column, Constraint, Database, ObjKey, OnRelation, PgVersion, QualName, SharedName, Table,
    quote_ident,
};
use crate::step::check::{Check, Checking};
use crate::step::privileges::Kind as Privileges;
use crate::step::{Models, Step};

/// The tables, a kind of the registry whose changes are of three shapes
/// ([`TableChange`]) and whose keys name its parts too: a table's
/// `PARTITION OF` link, columns, constraints, columns' defaults and what
/// it uses an index for (`ObjKey::IndexUse`).
pub struct Tables;

impl Kind for Tables {
    type Object = Table;
    type Id = QualName;
    type Change = TableChange;
    const NAME: &'static str = "table";

    fn id(t: &Table) -> QualName {
        t.name.clone()
    }

    fn key(id: &QualName) -> ObjKey {
        ObjKey::Table { name: id.clone() }
    }

    /// A table's key and its parts' (a partition's link to its parent, a
    /// column, a constraint, a column's default, an index's use) name the
    /// table.
    fn id_of(key: &ObjKey) -> Option<QualName> {
        match key {
            ObjKey::Table { name } | ObjKey::Partition { name } => Some(name.clone()),
            ObjKey::Column { table, .. }
            | ObjKey::Constraint { table, .. }
            | ObjKey::Default { table, .. }
            | ObjKey::IndexUse { table, .. } => Some(table.clone()),
            _ => None,
        }
    }

    /// A row of a table the model holds, or of its column, constraint or
    /// column's default.
    fn catalog_key(db: &Database, row: &super::ObjectRow) -> Option<ObjKey> {
        let table = row.qualified();
        if !db.kinds.tables.contains_key(&table) {
            return None;
        }
        match row.word.as_str() {
            "table" => Some(ObjKey::Table { name: table }),
            "column" => Some(ObjKey::Column {
                table,
                name: row.sub(),
            }),
            "constraint" => Some(ObjKey::Constraint {
                table,
                name: row.sub(),
            }),
            "default" => Some(ObjKey::Default {
                table,
                column: row.sub(),
            }),
            _ => None,
        }
    }

    fn refusal(models: &Models, steps: &[Step]) -> Option<String> {
        table::refusal(models, steps)
    }

    fn checks(at: &Checking, table: &QualName, key: &ObjKey, out: &mut Vec<Check>) {
        checks::checks(at, table, key, out)
    }

    fn step_checks(at: &Checking, step: &Step, out: &mut Vec<Check>) {
        checks::conversion_checks(at, step, out)
    }

    /// A constraint, as PostgreSQL rebuilds it
    /// ([`constraint::rebuilt_by_retype`]).
    fn rebuilt_by_retype(
        models: &Models,
        table: &QualName,
        key: &ObjKey,
        retyped: &[&ObjKey],
    ) -> bool {
        match key {
            ObjKey::Constraint { name, .. } => {
                constraint::rebuilt_by_retype(models, table, name, retyped)
            }
            _ => false,
        }
    }

    /// A parent's column retyped is retyped on its partitions and
    /// children too, at every level.
    fn retyped_along(models: &Models, table: &QualName, key: &ObjKey) -> Vec<ObjKey> {
        let ObjKey::Column { name, .. } = key else {
            return Vec::new();
        };
        column::descendants(models.current, table)
            .into_iter()
            .map(|child| ObjKey::Column {
                table: child.clone(),
                name: name.clone(),
            })
            .collect()
    }

    /// A table by its name; a column by its table's name and its own.
    fn named_in_bodies(table: &QualName, key: &ObjKey) -> Option<(String, Vec<String>)> {
        match key {
            ObjKey::Table { .. } => Some((format!("table {table}"), vec![table.name.clone()])),
            ObjKey::Column { name, .. } => Some((
                format!("column {table}.{name}"),
                vec![table.name.clone(), name.clone()],
            )),
            _ => None,
        }
    }

    fn holds(t: &Table, key: &ObjKey) -> bool {
        match key {
            ObjKey::Partition { .. } => t.partition_of.is_some(),
            ObjKey::Column { name, .. } => t.column(name).is_some(),
            ObjKey::Constraint { name, .. } => t.constraints.contains_key(name),
            ObjKey::Default { column, .. } => t
                .column(column)
                .is_some_and(|c| c.default.is_some() || c.generated.is_some()),
            ObjKey::IndexUse { what, .. } => t.index_for(*what).is_some(),
            _ => true,
        }
    }

    fn schema(t: &Table) -> Option<&str> {
        Some(&t.name.schema)
    }

    const FILE: &'static str = "tables";

    /// A table's part the model does not hold goes with its table.
    fn file_of_id(id: &QualName) -> Option<(Option<String>, String)> {
        Some((Some(id.schema.clone()), Self::FILE.to_string()))
    }

    /// A table takes its name among relations and types; a primary key,
    /// unique or exclusion constraint its index's name among relations
    /// (in the table's schema).
    fn names_taken(db: &Database, id: &QualName, key: &ObjKey) -> Vec<SharedName> {
        match key {
            ObjKey::Table { .. } => vec![
                SharedName::Relation(id.clone()),
                SharedName::Type(id.clone()),
            ],
            ObjKey::Constraint { name, .. } => db
                .kinds
                .tables
                .get(id)
                .and_then(|t| t.constraints.get(name))
                .filter(|c| c.kind.has_index())
                .map(|_| SharedName::Relation(QualName::new(id.schema.clone(), name.clone())))
                .into_iter()
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The table's key is the table; its columns, constraints, defaults
    /// and partition link are parts of it. What it uses an index for
    /// answers nothing (the index is the part).
    fn on_relation(_: &Database, id: &QualName, key: &ObjKey) -> Option<OnRelation> {
        match key {
            ObjKey::Table { .. } => Some(OnRelation::Is(id.clone())),
            ObjKey::Partition { .. }
            | ObjKey::Column { .. }
            | ObjKey::Constraint { .. }
            | ObjKey::Default { .. } => Some(OnRelation::PartOf(id.clone())),
            _ => None,
        }
    }

    /// Besides its schema: a table needs its parents, a column its table
    /// (and a column from a parent the parent's), a partition's link both
    /// tables, a default its column, a constraint its table.
    fn part_edges(db: &Database, t: &Table) -> Vec<(ObjKey, ObjKey)> {
        let q = &t.name;
        let mut edges = Vec::new();
        let table = ObjKey::Table { name: q.clone() };
        // A partition or child table needs its parents.
        for parent in t.parents() {
            edges.push((
                table.clone(),
                ObjKey::Table {
                    name: parent.clone(),
                },
            ));
        }
        // A column from a parent is set up after the parent's (whose
        // ALTER COLUMN recurses to it).
        for c in t.columns.iter().filter(|c| c.inherited) {
            for parent in t.parents() {
                edges.push((
                    ObjKey::Column {
                        table: q.clone(),
                        name: c.name.clone(),
                    },
                    ObjKey::Column {
                        table: parent.clone(),
                        name: c.name.clone(),
                    },
                ));
            }
        }
        if let Some((parent, _)) = &t.partition_of {
            let link = ObjKey::Partition { name: q.clone() };
            edges.push((link.clone(), table.clone()));
            edges.push((
                link,
                ObjKey::Table {
                    name: parent.clone(),
                },
            ));
        }
        for c in &t.columns {
            let column = ObjKey::Column {
                table: q.clone(),
                name: c.name.clone(),
            };
            if c.default.is_some() || c.generated.is_some() {
                edges.push((
                    ObjKey::Default {
                        table: q.clone(),
                        column: c.name.clone(),
                    },
                    column.clone(),
                ));
            }
            edges.push((column, table.clone()));
        }
        for c in t.constraints.values() {
            let key = ObjKey::Constraint {
                table: q.clone(),
                name: c.name.clone(),
            };
            // A foreign key to a partitioned table holds a copy for each
            // of its partitions, which PostgreSQL will not drop under it.
            for copy in &c.copies {
                edges.push((
                    key.clone(),
                    ObjKey::Table {
                        name: copy.references.clone(),
                    },
                ));
            }
            edges.push((key, table.clone()));
        }
        // What the table uses an index for needs the table and the index.
        for (what, index) in t.index_uses() {
            let using = ObjKey::IndexUse {
                table: q.clone(),
                what,
            };
            edges.push((using.clone(), table.clone()));
            edges.push((using, index_key(db, t, index)));
        }
        edges
    }

    fn owner(t: &Table) -> Option<(String, &str)> {
        Some((format!("{} {}", t.keyword(), t.name), t.owner.as_deref()?))
    }

    fn forget_owner(t: &mut Table) {
        t.owner = None;
    }

    /// The table's own privileges; its columns' are the change's
    /// ([`TableChange::privilege_change`]).
    fn privileges(version: PgVersion, t: &Table) -> Option<(Privileges, String, &Acl)> {
        Some((
            Privileges::Table(version),
            format!("TABLE {}", t.name),
            &t.acl,
        ))
    }

    /// The table's and its columns' privileges.
    fn forget_privileges(t: &mut Table) {
        t.acl = None;
        for c in &mut t.columns {
            c.acl = None;
            c.identity_acl = None;
        }
    }

    fn diff(
        current: &BTreeMap<QualName, Table>,
        desired: &BTreeMap<QualName, Table>,
    ) -> Vec<TableChange> {
        let mut out = Vec::new();
        diff::diff(current, desired, &mut out);
        out
    }

    fn steps(models: &Models, change: &TableChange, out: &mut Vec<Step>) {
        match change {
            TableChange::Table(d) => table::table(models, d, out),
            TableChange::Column { table, delta } => column::column(models, table, delta, out),
            TableChange::Constraint { table, delta } => constraint::constraint(table, delta, out),
        }
    }

    fn rename_hints(changes: &[&TableChange]) -> Vec<String> {
        hints::rename_hints(changes)
    }

    /// A new table takes its parents' columns and constraints.
    fn copies_from(db: &Database, table: &QualName, key: &ObjKey) -> Vec<QualName> {
        match (key, db.kinds.tables.get(table)) {
            (ObjKey::Table { .. }, Some(t)) => t.parents().cloned().collect(),
            _ => Vec::new(),
        }
    }

    /// A table stores rows (a foreign table's live elsewhere, but its
    /// size is asked all the same).
    fn stores_rows(db: &Database, table: &QualName, key: &ObjKey) -> bool {
        matches!(key, ObjKey::Table { .. }) && db.kinds.tables.contains_key(table)
    }

    /// A constraint or a column's default the plan keeps, dropped and set
    /// again; what the table uses an index for, set again once the plan
    /// has recreated the index: `None` for the table itself or a column,
    /// or when the part is missing on a side.
    fn recreate(ctx: &Models, table: &QualName, key: &ObjKey) -> Option<Vec<Step>> {
        let (cur, des) = (ctx.current, ctx.desired);
        Some(match key {
            ObjKey::Constraint { name, .. } => vec![
                constraint::drop_constraint_step(
                    table,
                    cur.kinds.tables.get(table)?.constraints.get(name)?,
                ),
                constraint::add_constraint_step(
                    table,
                    des.kinds.tables.get(table)?.constraints.get(name)?,
                    true,
                ),
            ],
            ObjKey::Default { column, .. } => {
                let from = cur.kinds.tables.get(table)?.column(column)?;
                let to = des.kinds.tables.get(table)?.column(column)?;
                if from.generated.is_some() && to.generated.is_some() {
                    return Some(column::regenerate_steps(ctx, table, from, to).to_vec());
                }
                let (Some(_), Some(expr)) = (&from.default, &to.default) else {
                    return None;
                };
                let target = crate::step::sql::column_target(table, column);
                vec![
                    column::drop_default_step(ctx, table, column, false),
                    Step::new(format!("set default of {target}"))
                        .sql(column::default_sql(ctx, table, column, Some(expr), false))
                        .creates(key.clone()),
                ]
            }
            ObjKey::IndexUse { what, .. } => {
                vec![table::index_use_step(
                    ctx,
                    des.kinds.tables.get(table)?,
                    *what,
                )?]
            }
            _ => return None,
        })
    }
}

/// A difference of a table, one of its columns or one of its constraints.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "object", rename_all = "snake_case")]
pub enum TableChange {
    /// Table-level attributes only (persistence, storage parameters,
    /// comment); a created table carries its columns and constraints.
    Table(Delta<Table>),
    Column {
        table: QualName,
        delta: Delta<Column>,
    },
    Constraint {
        table: QualName,
        delta: Delta<Constraint>,
    },
}

/// The key of the step that makes `t`'s index `name` in the model `db`:
/// its own index's, its primary key's, unique or exclusion constraint's,
/// or, for an index PostgreSQL made on a partition (a parent's index's
/// part, a parent's key's copy), the parent's index or constraint.
pub fn index_key(db: &Database, t: &Table, name: &str) -> ObjKey {
    let own = QualName::new(&t.name.schema, name);
    let is_key = |c: &Constraint| c.kind.has_index();
    if let Some(c) = t.constraints.get(name).filter(|c| is_key(c)) {
        if c.inherited {
            // A parent's key's copy: made with the parent's key.
            let parent = t.parents().find_map(|p| {
                db.kinds
                    .tables
                    .get(p)?
                    .constraints
                    .values()
                    .find(|pc| is_key(pc) && pc.kind == c.kind && pc.definition == c.definition)
                    .map(|pc| ObjKey::Constraint {
                        table: p.clone(),
                        name: pc.name.clone(),
                    })
            });
            if let Some(key) = parent {
                return key;
            }
        }
        return ObjKey::Constraint {
            table: t.name.clone(),
            name: name.to_string(),
        };
    }
    if let Some(i) = db.kinds.indexes.get(&own).filter(|i| i.table == t.name) {
        return ObjKey::Index {
            name: i.name.clone(),
        };
    }
    // A part of a parent's index: made with it.
    if let Some(i) = db
        .kinds
        .indexes
        .values()
        .find(|i| i.parts.iter().any(|p| p.name == own && p.table == t.name))
    {
        return ObjKey::Index {
            name: i.name.clone(),
        };
    }
    ObjKey::Index { name: own }
}

/// A created or dropped table, as a whole.
impl From<Delta<Table>> for TableChange {
    fn from(d: Delta<Table>) -> TableChange {
        TableChange::Table(d)
    }
}

impl ChangeOf<Tables> for TableChange {
    /// What the change is about, e.g. `column public.t.a`.
    fn subject(&self) -> String {
        fn name<T>(d: &Delta<T>, f: impl Fn(&T) -> String) -> String {
            d.to().or(d.from()).map(f).unwrap_or_default()
        }
        match self {
            TableChange::Table(d) => ChangeOf::<Tables>::subject(d),
            TableChange::Column { table, delta } => {
                format!("column {table}.{}", name(delta, |c| quote_ident(&c.name)))
            }
            TableChange::Constraint { table, delta } => format!(
                "constraint {} on {table}",
                name(delta, |c| quote_ident(&c.name))
            ),
        }
    }

    /// Its sign and both sides as JSON, for the drift report.
    fn values(&self) -> (char, Option<Value>, Option<Value>) {
        match self {
            TableChange::Table(d) => ChangeOf::<Tables>::values(d),
            TableChange::Column { delta, .. } => delta.sign_and_values(),
            TableChange::Constraint { delta, .. } => delta.sign_and_values(),
        }
    }

    /// The privileges of a table or a column altered in place, on a
    /// server of `version`.
    fn privilege_change(&self, version: PgVersion) -> Option<PrivilegeChange<'_>> {
        match self {
            TableChange::Table(d) => ChangeOf::<Tables>::privilege_change(d, version),
            TableChange::Column {
                table,
                delta: Delta::Alter { from, to },
            } => Some(PrivilegeChange {
                kind: Privileges::Column,
                on: format!("TABLE {table}"),
                column: Some(to.name.as_str()),
                key: keys::column_key(table, &to.name),
                from: &from.acl,
                to: &to.acl,
            }),
            _ => None,
        }
    }

    /// Tagged by its own shape (`table`, `column`, `constraint`), not by
    /// the registry's tag.
    fn serialize_tagged<T: Serialize, S: Serializer>(&self, _: T, s: S) -> Result<S::Ok, S::Error> {
        self.serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::{KindChange, KindObjects, Slot};
    use crate::model::{Database, Grant, IndexUse};

    fn column(name: &str, acl: Option<Vec<Grant>>) -> Column {
        Column {
            acl,
            ..Column::plain(name, "integer")
        }
    }

    fn with_table(columns: Vec<Column>) -> Database {
        let mut t = Table::empty(QualName::new("app", "t"));
        t.columns = columns;
        let mut db = Database::default();
        db.kinds.tables.insert(t.name.clone(), t);
        db
    }

    #[test]
    fn a_tables_changes_come_in_three_shapes_tagged_by_their_object() {
        let current = with_table(vec![column("a", None), column("gone", None)]);
        let desired = with_table(vec![column("a", None), column("b", None)]);
        let changes = crate::kinds::diff(&current, &desired, Slot::Tables);
        let subjects: Vec<String> = changes.iter().map(KindChange::subject).collect();
        assert_eq!(subjects, ["column app.t.b", "column app.t.gone"]);
        let json = serde_json::to_value(&changes[0]).unwrap();
        assert_eq!(json["object"], "column");
        assert_eq!(json["table"]["name"], "t");
        assert_eq!(json["delta"]["op"], "create");
        let (sign, from, to) = changes[1].values();
        assert_eq!((sign, to), ('-', None));
        assert_eq!(from.unwrap()["name"], "gone");
        // A new table is one change, carrying its columns.
        let created = crate::kinds::diff(&Database::default(), &desired, Slot::Tables);
        assert_eq!(created.len(), 1);
        assert_eq!(created[0].subject(), "table app.t");
        assert!(created[0].privilege_change(PgVersion::default()).is_none());
    }

    #[test]
    fn a_columns_privileges_are_granted_on_its_table_for_the_column() {
        let change = TableChange::Column {
            table: QualName::new("app", "t"),
            delta: Delta::Alter {
                from: column("a", Some(vec![])),
                to: column("a", None),
            },
        };
        let p = change.privilege_change(PgVersion::default()).unwrap();
        assert_eq!((p.on.as_str(), p.column), ("TABLE app.t", Some("a")));
        assert_eq!(
            p.key,
            ObjKey::Column {
                table: QualName::new("app", "t"),
                name: "a".into()
            }
        );
        assert_eq!((p.from, p.to), (&Some(vec![]), &None));
    }

    #[test]
    fn the_tables_keep_the_books_of_their_parts() {
        let mut db = with_table(vec![column("a", None)]);
        let t = QualName::new("app", "t");
        let check = Constraint {
            name: "t_a_check".into(),
            kind: crate::model::ConstraintKind::Check,
            definition: "CHECK ((a > 0))".into(),
            references: None,
            comment: None,
            index_comment: None,
            inherited: false,
            copies: vec![],
        };
        let t_mut = db.kinds.tables.get_mut(&t).unwrap();
        t_mut.constraints.insert(check.name.clone(), check);
        t_mut.owner = Some("app".into());
        let column_key = ObjKey::Column {
            table: t.clone(),
            name: "a".into(),
        };
        let constraint_key = ObjKey::Constraint {
            table: t.clone(),
            name: "t_a_check".into(),
        };
        assert_eq!(db.kinds.contains(&column_key), Some(true));
        assert_eq!(db.kinds.contains(&constraint_key), Some(true));
        // A column without a default holds none; a key of another kind is
        // not the tables'.
        let default = ObjKey::Default {
            table: t.clone(),
            column: "a".into(),
        };
        assert_eq!(db.kinds.contains(&default), Some(false));
        assert_eq!(
            db.kinds.contains(&ObjKey::Schema { name: "app".into() }),
            Some(false)
        );
        let edges = db.kinds.containment_edges(&db);
        assert!(edges.contains(&(column_key.clone(), ObjKey::Table { name: t.clone() })));
        assert!(edges.contains(&(constraint_key.clone(), ObjKey::Table { name: t.clone() })));
        assert!(edges.contains(&(
            ObjKey::Table { name: t.clone() },
            ObjKey::Schema { name: "app".into() }
        )));
        assert_eq!(
            db.kinds.file(&constraint_key),
            Some((Some("app".into()), "tables".into()))
        );
        assert_eq!(
            db.kinds.owners(Slot::Tables),
            [(
                ObjKey::Table { name: t.clone() },
                "TABLE app.t".into(),
                "app".into()
            )]
        );
        // Recreated around a dependency: dropped, then added back.
        let models = Models {
            current: &db,
            desired: &db,
        };
        let steps = KindObjects::recreate(&models, &constraint_key).unwrap();
        assert_eq!(steps.len(), 2);
        assert_eq!(steps[0].drops, std::slice::from_ref(&constraint_key));
        assert_eq!(steps[1].creates, [constraint_key]);
        assert!(KindObjects::recreate(&models, &default).is_none());
        assert!(KindObjects::recreate(&models, &ObjKey::Table { name: t.clone() }).is_none());
        let mut db = db.clone();
        db.kinds.forget_owners();
        assert!(db.kinds.owners(Slot::Tables).is_empty());
    }

    #[test]
    fn a_columns_statistics_target_and_options_are_set_on_the_table_only() {
        let t = QualName::new("app", "t");
        let mut from = column("a", None);
        from.settings.statistics = Some(400);
        from.settings.options = vec!["n_distinct=-0.5".into()];
        let mut to = column("a", None);
        to.settings.options = vec!["n_distinct_inherited=7".into()];
        assert_eq!(
            column::tuning_sql(&t, Some(&from), &to),
            [
                "ALTER TABLE ONLY app.t ALTER COLUMN a SET STATISTICS -1",
                "ALTER TABLE ONLY app.t ALTER COLUMN a RESET (n_distinct)",
                "ALTER TABLE ONLY app.t ALTER COLUMN a SET (n_distinct_inherited=7)",
            ]
        );
        // A new column starts from the server's defaults; the same
        // settings on both sides need nothing.
        assert_eq!(
            column::tuning_sql(&t, None, &from),
            [
                "ALTER TABLE ONLY app.t ALTER COLUMN a SET STATISTICS 400",
                "ALTER TABLE ONLY app.t ALTER COLUMN a SET (n_distinct='-0.5')",
            ]
        );
        assert!(column::tuning_sql(&t, Some(&from), &from).is_empty());
    }

    #[test]
    fn what_a_table_uses_an_index_for_is_a_part_that_needs_the_index() {
        let mut db = with_table(vec![column("a", None)]);
        let t = QualName::new("app", "t");
        let table = db.kinds.tables.get_mut(&t).unwrap();
        table.replica_identity = Some(crate::model::ReplicaIdentity::Index("t_a".into()));
        table.clustered_on = Some("t_pkey".into());
        table.constraints.insert(
            "t_pkey".into(),
            Constraint {
                name: "t_pkey".into(),
                kind: crate::model::ConstraintKind::PrimaryKey,
                definition: "PRIMARY KEY (a)".into(),
                references: None,
                comment: None,
                index_comment: None,
                inherited: false,
                copies: vec![],
            },
        );
        let identity = ObjKey::IndexUse {
            table: t.clone(),
            what: IndexUse::ReplicaIdentity,
        };
        let cluster = ObjKey::IndexUse {
            table: t.clone(),
            what: IndexUse::Cluster,
        };
        assert_eq!(db.kinds.contains(&identity), Some(true));
        let edges = db.kinds.containment_edges(&db);
        // An index of its own, or a constraint's.
        assert!(edges.contains(&(
            identity.clone(),
            ObjKey::Index {
                name: QualName::new("app", "t_a")
            }
        )));
        assert!(edges.contains(&(
            cluster.clone(),
            ObjKey::Constraint {
                table: t.clone(),
                name: "t_pkey".into()
            }
        )));
        // Set again around a rebuilt index, after it.
        let models = Models {
            current: &db,
            desired: &db,
        };
        let steps = KindObjects::recreate(&models, &identity).unwrap();
        assert_eq!(steps.len(), 1);
        assert_eq!(
            steps[0].sql[0].to_string(),
            "ALTER TABLE app.t REPLICA IDENTITY USING INDEX t_a"
        );
        assert_eq!(steps[0].creates, std::slice::from_ref(&identity));
        // FULL names no index: no part.
        db.kinds.tables.get_mut(&t).unwrap().replica_identity =
            Some(crate::model::ReplicaIdentity::Full);
        assert_eq!(db.kinds.contains(&identity), Some(false));
        assert_eq!(db.kinds.contains(&cluster), Some(true));
    }
}
