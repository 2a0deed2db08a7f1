//! Renames the schema files declare: `-- @renamed from=OLD` (or
//! `/* @renamed from=OLD */`) on the line that defines an object.
//!
//! # Why
//! A rename, and a drop followed by a create, reach the same catalog; only
//! the rename keeps the rows. Schema files hold the desired state and
//! nothing else, so the user's word is the only way to tell one from the
//! other: the annotation, in sqldef's syntax so teams can move over.
//!
//! The source stage reads the annotations ([`Annotation`]: what the line
//! defines, as written). [`resolve`] decides, against the current and the
//! desired models, which renames are pending ([`Rename`], with its SQL):
//! - the old name gone from the database: inert (applied already, or never
//!   there), nothing is planned;
//! - the old and the new name both there, or two annotations claiming one
//!   old name: an error naming the file and line;
//! - otherwise the rename runs first, and the rest of the plan is computed
//!   from the state the renames leave (the applier rehearses them on a copy,
//!   so every definition that names the object reads as PostgreSQL writes it
//!   after the rename).
//!
//! Old names are names in the current database, before any rename: an
//! unqualified one is in the schema the object's new name is in, as that
//! schema was called before (a schema renamed in the same plan).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{Database, ObjKey, QualName, ViewKind, quote_ident, quote_literal};
use crate::kinds::policy::PolicyId;
use crate::kinds::trigger::TriggerId;

/// An object a statement creates, by the keyword that created it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ObjectKind {
    Table,
    View,
    MaterializedView,
    Sequence,
    Index,
    /// `CREATE TYPE`: an enum, composite or range type.
    Type,
    Domain,
    Function,
    Procedure,
}

impl ObjectKind {
    /// The keyword of its `ALTER` statement.
    pub fn keyword(self) -> &'static str {
        match self {
            ObjectKind::Table => "TABLE",
            ObjectKind::View => "VIEW",
            ObjectKind::MaterializedView => "MATERIALIZED VIEW",
            ObjectKind::Sequence => "SEQUENCE",
            ObjectKind::Index => "INDEX",
            ObjectKind::Type => "TYPE",
            ObjectKind::Domain => "DOMAIN",
            ObjectKind::Function => "FUNCTION",
            ObjectKind::Procedure => "PROCEDURE",
        }
    }

    fn word(self) -> &'static str {
        match self {
            ObjectKind::MaterializedView => "materialized view",
            k => match k.keyword() {
                "TABLE" => "table",
                "VIEW" => "view",
                "SEQUENCE" => "sequence",
                "INDEX" => "index",
                "TYPE" => "type",
                "DOMAIN" => "domain",
                "FUNCTION" => "function",
                _ => "procedure",
            },
        }
    }

    /// Relations share one namespace (`pg_class`), types another.
    fn namespace(self) -> Namespace {
        match self {
            ObjectKind::Table
            | ObjectKind::View
            | ObjectKind::MaterializedView
            | ObjectKind::Sequence
            | ObjectKind::Index => Namespace::Relation,
            ObjectKind::Type | ObjectKind::Domain => Namespace::Type,
            ObjectKind::Function | ObjectKind::Procedure => Namespace::Routine,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Namespace {
    Relation,
    Type,
    Routine,
}

/// A part of a table (column, constraint, trigger, policy) or of a type
/// (enum label, composite attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    Column,
    Constraint,
    Trigger,
    Policy,
    Label,
    Attribute,
}

impl PartKind {
    fn word(self) -> &'static str {
        match self {
            PartKind::Column => "column",
            PartKind::Constraint => "constraint",
            PartKind::Trigger => "trigger",
            PartKind::Policy => "policy",
            PartKind::Label => "enum label",
            PartKind::Attribute => "attribute",
        }
    }
}

/// What the annotated line defines, named as written in the files
/// (identifiers folded as PostgreSQL folds them; a label as its string).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Schema(String),
    /// Schema-qualified (two parts) or not (one).
    Object {
        kind: ObjectKind,
        name: Vec<String>,
    },
    Part {
        kind: PartKind,
        /// The table or type, qualified or not.
        owner: Vec<String>,
        name: String,
    },
}

/// One `@renamed from=OLD` annotation of the schema files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    pub target: Target,
    /// The old name: one part, or schema and name (an object moved to
    /// another schema).
    pub old: Vec<String>,
    /// `file:line:column` of the annotation.
    pub location: String,
}

/// A pending rename, with the names it runs under: after the schema
/// renames before it (a table of a renamed schema is found in the schema's
/// new name), and for a part, under its table's or type's new name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "object", rename_all = "snake_case")]
pub enum Rename {
    Schema {
        from: String,
        to: String,
    },
    Object {
        kind: ObjectKind,
        from: QualName,
        to: QualName,
        /// A routine's identity arguments.
        #[serde(skip_serializing_if = "Option::is_none")]
        args: Option<String>,
    },
    Part {
        kind: PartKind,
        owner: QualName,
        from: String,
        to: String,
    },
}

impl Rename {
    /// The statements that make the rename, in order.
    pub fn sql(&self) -> Vec<String> {
        match self {
            Rename::Schema { from, to } => vec![format!(
                "ALTER SCHEMA {} RENAME TO {}",
                quote_ident(from),
                quote_ident(to)
            )],
            Rename::Object {
                kind,
                from,
                to,
                args,
            } => {
                let args = args.as_ref().map(|a| format!("({a})")).unwrap_or_default();
                let mut sql = Vec::new();
                let mut at = from.clone();
                if at.schema != to.schema {
                    sql.push(format!(
                        "ALTER {} {at}{args} SET SCHEMA {}",
                        kind.keyword(),
                        quote_ident(&to.schema)
                    ));
                    at.schema = to.schema.clone();
                }
                if at.name != to.name {
                    sql.push(format!(
                        "ALTER {} {at}{args} RENAME TO {}",
                        kind.keyword(),
                        quote_ident(&to.name)
                    ));
                }
                sql
            }
            Rename::Part {
                kind,
                owner,
                from,
                to,
            } => {
                let (a, b) = (quote_ident(from), quote_ident(to));
                vec![match kind {
                    PartKind::Column => format!("ALTER TABLE {owner} RENAME COLUMN {a} TO {b}"),
                    PartKind::Constraint => {
                        format!("ALTER TABLE {owner} RENAME CONSTRAINT {a} TO {b}")
                    }
                    PartKind::Trigger => format!("ALTER TRIGGER {a} ON {owner} RENAME TO {b}"),
                    PartKind::Policy => format!("ALTER POLICY {a} ON {owner} RENAME TO {b}"),
                    PartKind::Label => format!(
                        "ALTER TYPE {owner} RENAME VALUE {} TO {}",
                        quote_literal(from),
                        quote_literal(to)
                    ),
                    PartKind::Attribute => {
                        format!("ALTER TYPE {owner} RENAME ATTRIBUTE {a} TO {b} CASCADE")
                    }
                }]
            }
        }
    }

    /// A column rename's table, old and new name.
    pub fn column(&self) -> Option<(&QualName, &str, &str)> {
        match self {
            Rename::Part {
                kind: PartKind::Column,
                owner,
                from,
                to,
            } => Some((owner, from, to)),
            _ => None,
        }
    }

    /// The rename that undoes this part's (an object's is not needed).
    pub fn reversed_part(&self) -> Option<Rename> {
        match self {
            Rename::Part {
                kind,
                owner,
                from,
                to,
            } => Some(Rename::Part {
                kind: *kind,
                owner: owner.clone(),
                from: to.clone(),
                to: from.clone(),
            }),
            _ => None,
        }
    }

    /// In words: `rename column public.users.body to description`.
    pub fn summary(&self) -> String {
        match self {
            Rename::Schema { from, to } => {
                format!("rename schema {} to {}", quote_ident(from), quote_ident(to))
            }
            Rename::Object {
                kind,
                from,
                to,
                args,
            } => {
                let verb = match (from.schema == to.schema, from.name == to.name) {
                    (true, _) => "rename",
                    (false, true) => "move",
                    (false, false) => "move and rename",
                };
                let args = args.as_ref().map(|a| format!("({a})")).unwrap_or_default();
                format!("{verb} {} {from}{args} to {to}", kind.word())
            }
            Rename::Part {
                kind: PartKind::Label,
                owner,
                from,
                to,
            } => format!(
                "rename enum label {} of {owner} to {}",
                quote_literal(from),
                quote_literal(to)
            ),
            Rename::Part {
                kind,
                owner,
                from,
                to,
            } => format!(
                "rename {} {owner}.{} to {}",
                kind.word(),
                quote_ident(from),
                quote_ident(to)
            ),
        }
    }

    /// The name applications used and lose (for the hazard).
    pub fn old_name(&self) -> String {
        match self {
            Rename::Schema { from, .. } => quote_ident(from),
            Rename::Object { from, .. } => from.to_string(),
            Rename::Part {
                kind: PartKind::Label,
                owner,
                from,
                ..
            } => format!("label {} of {owner}", quote_literal(from)),
            Rename::Part { owner, from, .. } => format!("{owner}.{}", quote_ident(from)),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{location}: @renamed from={old}: {message}")]
pub struct RenameError {
    pub location: String,
    pub old: String,
    pub message: String,
}

/// The schemas of a `search_path` setting, in order (`"$user"` and
/// `pg_catalog` left out: schema files do not create objects there).
pub fn search_path_schemas(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in path.split(',') {
        let part = part.trim();
        let name = match part.strip_prefix('"').and_then(|p| p.strip_suffix('"')) {
            Some(quoted) => quoted.replace("\"\"", "\""),
            None => part.to_lowercase(),
        };
        if !name.is_empty() && name != "$user" && name != "pg_catalog" {
            out.push(name);
        }
    }
    out
}

/// The pending renames the annotations ask for, in the order they must
/// run: schemas, then objects, then parts of tables and types (under the
/// new names of their owners), then the sequences of `serial` columns
/// whose table or column was renamed (PostgreSQL names those after them,
/// and no line of the files defines them).
pub fn resolve(
    annotations: &[Annotation],
    current: &Database,
    desired: &Database,
    search_path: &[String],
) -> Result<Vec<Rename>, RenameError> {
    let mut r = Resolver {
        current,
        desired,
        search_path,
        claimed: BTreeSet::new(),
        schemas: BTreeMap::new(),
        objects: Vec::new(),
        routines_done: BTreeSet::new(),
        out: Vec::new(),
    };
    let order = |a: &&Annotation| match a.target {
        Target::Schema(_) => 0,
        Target::Object { .. } => 1,
        Target::Part { .. } => 2,
    };
    let mut sorted: Vec<&Annotation> = annotations.iter().collect();
    sorted.sort_by_key(order);
    for a in sorted {
        match &a.target {
            Target::Schema(name) => r.schema(a, name)?,
            Target::Object { kind, name } => r.object(a, *kind, name)?,
            Target::Part { kind, owner, name } => r.part(a, *kind, owner, name)?,
        }
    }
    r.serial_sequences();
    Ok(r.out)
}

struct Resolver<'a> {
    current: &'a Database,
    desired: &'a Database,
    search_path: &'a [String],
    /// Old names already claimed, as `kind name`.
    claimed: BTreeSet<String>,
    /// Renamed schemas: new name → old name.
    schemas: BTreeMap<String, String>,
    /// Renamed objects: (namespace, new name, old name).
    objects: Vec<(Namespace, QualName, QualName)>,
    /// Routine renames resolved: (old name, new name).
    routines_done: BTreeSet<(QualName, QualName)>,
    out: Vec<Rename>,
}

fn error(a: &Annotation, message: impl Into<String>) -> RenameError {
    RenameError {
        location: a.location.clone(),
        old: a.old.join("."),
        message: message.into(),
    }
}

impl Resolver<'_> {
    /// A schema's name in the current database.
    fn was_schema<'s>(&'s self, schema: &'s str) -> &'s str {
        self.schemas.get(schema).map_or(schema, String::as_str)
    }

    /// A schema's name once the schema renames have run.
    fn now_schema(&self, schema: &str) -> String {
        self.schemas
            .iter()
            .find(|(_, old)| old.as_str() == schema)
            .map_or_else(|| schema.to_string(), |(new, _)| new.clone())
    }

    /// An object's name in the current database (the old name of a
    /// pending rename, or its own in the schema's old name).
    fn was_object(&self, ns: Namespace, name: &QualName) -> QualName {
        self.objects
            .iter()
            .find(|(n, new, _)| *n == ns && new == name)
            .map_or_else(
                || QualName::new(self.was_schema(&name.schema), name.name.clone()),
                |(_, _, old)| old.clone(),
            )
    }

    fn claim(&mut self, a: &Annotation, what: String) -> Result<(), RenameError> {
        if self.claimed.insert(what.clone()) {
            Ok(())
        } else {
            Err(error(
                a,
                format!("{what} is claimed by another @renamed annotation"),
            ))
        }
    }

    fn schema(&mut self, a: &Annotation, name: &str) -> Result<(), RenameError> {
        let [old] = a.old.as_slice() else {
            return Err(error(a, "a schema's old name has one part"));
        };
        self.claim(a, format!("schema {}", quote_ident(old)))?;
        let (has_old, has_new) = (
            self.current.kinds.schemas.contains_key(old.as_str()),
            self.current.kinds.schemas.contains_key(name),
        );
        if has_old && has_new && old != name {
            return Err(error(
                a,
                format!(
                    "schemas {} and {} both exist in the database; drop one or remove the annotation",
                    quote_ident(old),
                    quote_ident(name)
                ),
            ));
        }
        if has_old && old != name {
            self.schemas.insert(name.to_string(), old.clone());
            self.out.push(Rename::Schema {
                from: old.clone(),
                to: name.to_string(),
            });
        }
        Ok(())
    }

    /// The qualified name of `name` (as written) among the files' objects:
    /// an unqualified one in the first schema of the search path that has
    /// it, or else in the one schema that has it (an index is in its
    /// table's schema, whatever the path).
    fn qualify(
        &self,
        a: &Annotation,
        name: &[String],
        exists: impl Fn(&QualName) -> bool,
        what: &str,
    ) -> Result<QualName, RenameError> {
        let found = match name {
            [schema, name] => Some(QualName::new(schema.clone(), name.clone())),
            [name] => self
                .search_path
                .iter()
                .map(|s| QualName::new(s.clone(), name.clone()))
                .find(|q| exists(q))
                .or_else(|| {
                    let mut anywhere = self
                        .desired
                        .kinds
                        .schemas
                        .keys()
                        .map(|s| QualName::new(s.0.clone(), name.clone()))
                        .filter(|q| exists(q));
                    match (anywhere.next(), anywhere.next()) {
                        (Some(q), None) => Some(q),
                        _ => None,
                    }
                }),
            _ => None,
        };
        found.filter(|q| exists(q)).ok_or_else(|| {
            error(
                a,
                format!(
                    "no {what} {} in the schema files (on the search path)",
                    name.join(".")
                ),
            )
        })
    }

    fn object(
        &mut self,
        a: &Annotation,
        kind: ObjectKind,
        name: &[String],
    ) -> Result<(), RenameError> {
        let desired = self.desired;
        let to = self.qualify(a, name, |q| has_object(desired, kind, q), kind.word())?;
        let from = match a.old.as_slice() {
            [old] => QualName::new(self.was_schema(&to.schema), old.clone()),
            [schema, old] => QualName::new(schema.clone(), old.clone()),
            _ => return Err(error(a, "an old name has one or two parts")),
        };
        if kind == ObjectKind::Index && from.schema != self.was_schema(&to.schema) {
            return Err(error(a, "an index stays in its table's schema"));
        }
        let to_was = QualName::new(self.was_schema(&to.schema), to.name.clone());
        if from == to_was {
            return Ok(());
        }
        let ns = kind.namespace();
        if ns == Namespace::Routine {
            return self.routines(a, kind, from, to);
        }
        self.claim(a, format!("{} {from}", kind.word()))?;
        let has_old = has_in_namespace(self.current, ns, &from);
        if has_old && has_in_namespace(self.current, ns, &to_was) {
            return Err(error(
                a,
                format!(
                    "{from} and {to_was} both exist in the database; drop one or remove the annotation"
                ),
            ));
        }
        if !has_object(self.current, kind, &from) {
            return Ok(());
        }
        self.objects.push((ns, to.clone(), from.clone()));
        self.out.push(Rename::Object {
            kind,
            from: QualName::new(self.now_schema(&from.schema), from.name),
            to,
            args: None,
        });
        Ok(())
    }

    /// Each overload of the routine named in the files whose old name has
    /// the same arguments in the database.
    fn routines(
        &mut self,
        a: &Annotation,
        kind: ObjectKind,
        from: QualName,
        to: QualName,
    ) -> Result<(), RenameError> {
        // One annotation per overload names the same rename: done once.
        if !self.routines_done.insert((from.clone(), to.clone())) {
            return Ok(());
        }
        let to_was = QualName::new(self.was_schema(&to.schema), to.name.clone());
        for id in self
            .desired
            .kinds
            .functions
            .keys()
            .filter(|id| id.name == to)
        {
            let old = super::FunctionId {
                name: from.clone(),
                args: id.args.clone(),
            };
            self.claim(a, format!("routine {}({})", old.name, old.args))?;
            if !self.current.kinds.functions.contains_key(&old) {
                continue;
            }
            let new = super::FunctionId {
                name: to_was.clone(),
                args: id.args.clone(),
            };
            if self.current.kinds.functions.contains_key(&new) {
                return Err(error(
                    a,
                    format!(
                        "{}({}) and {}({}) both exist in the database; drop one or remove the annotation",
                        old.name, old.args, new.name, new.args
                    ),
                ));
            }
            self.out.push(Rename::Object {
                kind,
                from: QualName::new(self.now_schema(&from.schema), from.name.clone()),
                to: to.clone(),
                args: Some(id.args.clone()),
            });
        }
        Ok(())
    }

    fn part(
        &mut self,
        a: &Annotation,
        kind: PartKind,
        owner: &[String],
        name: &str,
    ) -> Result<(), RenameError> {
        let [old] = a.old.as_slice() else {
            return Err(error(
                a,
                format!("a {}'s old name has one part", kind.word()),
            ));
        };
        let desired = self.desired;
        let (owner, ns) = match kind {
            PartKind::Label => (
                self.qualify(
                    a,
                    owner,
                    |q| desired.kinds.enums.contains_key(q),
                    "enum type",
                )?,
                Namespace::Type,
            ),
            PartKind::Attribute => (
                self.qualify(
                    a,
                    owner,
                    |q| desired.kinds.composites.contains_key(q),
                    "type",
                )?,
                Namespace::Type,
            ),
            _ => (
                self.qualify(a, owner, |q| desired.kinds.tables.contains_key(q), "table")?,
                Namespace::Relation,
            ),
        };
        let was = self.was_object(ns, &owner);
        self.claim(a, format!("{} {} of {was}", kind.word(), quote_ident(old)))?;
        let c = self.current;
        let has = |n: &str| -> Option<bool> {
            Some(match kind {
                PartKind::Column => c.kinds.tables.get(&was)?.column(n).is_some(),
                PartKind::Constraint => c.kinds.tables.get(&was)?.constraints.contains_key(n),
                PartKind::Trigger => c.kinds.triggers.contains_key(&TriggerId {
                    table: was.clone(),
                    name: n.to_string(),
                }),
                PartKind::Policy => c.kinds.policies.contains_key(&PolicyId {
                    table: was.clone(),
                    name: n.to_string(),
                }),
                PartKind::Label => c.kinds.enums.get(&was)?.labels.iter().any(|l| l == n),
                PartKind::Attribute => c
                    .kinds
                    .composites
                    .get(&was)?
                    .attributes
                    .iter()
                    .any(|a| a.name == *n),
            })
        };
        if old == name || has(old) != Some(true) {
            return Ok(());
        }
        if has(name) == Some(true) {
            return Err(error(
                a,
                format!(
                    "{} {} and {} of {was} both exist in the database; drop one or remove the annotation",
                    kind.word(),
                    quote_ident(old),
                    quote_ident(name)
                ),
            ));
        }
        self.out.push(Rename::Part {
            kind,
            owner,
            from: old.clone(),
            to: name.to_string(),
        });
        Ok(())
    }

    /// A `serial` column's sequence is named after its table and column:
    /// when either is renamed, the files' sequence has the new name and
    /// the database's the old one, and no line defines it to annotate.
    fn serial_sequences(&mut self) {
        let mut found = Vec::new();
        for (new_name, seq) in &self.desired.kinds.sequences {
            let Some((table, column)) = &seq.owned_by else {
                continue;
            };
            let old_column = self
                .out
                .iter()
                .filter_map(Rename::column)
                .find(|(t, _, to)| *t == table && to == column)
                .map_or_else(|| column.clone(), |(_, from, _)| from.to_string());
            let was_table = self.was_object(Namespace::Relation, table);
            let table_renamed =
                was_table != QualName::new(self.was_schema(&table.schema), table.name.clone());
            let new_was = QualName::new(self.was_schema(&new_name.schema), new_name.name.clone());
            if !(table_renamed || old_column != *column)
                || has_in_namespace(self.current, Namespace::Relation, &new_was)
            {
                continue;
            }
            // The database's sequence owned by the same column, under its
            // old names.
            let owned_by = Some((was_table, old_column));
            let old = self
                .current
                .kinds
                .sequences
                .values()
                .find(|s| s.owned_by == owned_by);
            if let Some(old) = old
                && !self.claimed.contains(&format!("sequence {}", old.name))
            {
                found.push(Rename::Object {
                    kind: ObjectKind::Sequence,
                    from: QualName::new(self.now_schema(&old.name.schema), old.name.name.clone()),
                    to: new_name.clone(),
                    args: None,
                });
            }
        }
        self.out.extend(found);
    }
}

fn has_object(db: &Database, kind: ObjectKind, name: &QualName) -> bool {
    match kind {
        ObjectKind::Table => db.kinds.tables.contains_key(name),
        ObjectKind::View => db
            .kinds
            .views
            .get(name)
            .is_some_and(|v| v.kind != ViewKind::Materialized),
        ObjectKind::MaterializedView => db
            .kinds
            .views
            .get(name)
            .is_some_and(|v| v.kind == ViewKind::Materialized),
        ObjectKind::Sequence => db.kinds.sequences.contains_key(name),
        ObjectKind::Index => db.kinds.indexes.contains_key(name),
        ObjectKind::Type => {
            db.kinds.enums.contains_key(name)
                || db.kinds.composites.contains_key(name)
                || db.kinds.ranges.contains_key(name)
        }
        ObjectKind::Domain => db.kinds.domains.contains_key(name),
        ObjectKind::Function | ObjectKind::Procedure => {
            db.kinds.functions.keys().any(|id| &id.name == name)
        }
    }
}

/// Whether `name` is taken in the namespace (a table's name by an index,
/// say: the rename would fail).
fn has_in_namespace(db: &Database, ns: Namespace, name: &QualName) -> bool {
    match ns {
        Namespace::Relation => {
            db.kinds.tables.contains_key(name)
                || db.kinds.views.contains_key(name)
                || db.kinds.sequences.contains_key(name)
                || db.kinds.indexes.contains_key(name)
        }
        Namespace::Type => {
            has_object(db, ObjectKind::Type, name)
                || db.kinds.domains.contains_key(name)
                || db.kinds.tables.contains_key(name)
                || db.kinds.views.contains_key(name)
        }
        Namespace::Routine => db.kinds.functions.keys().any(|id| &id.name == name),
    }
}

/// Columns of a view that keep their place and type but not their name,
/// once the renames have run: a view over a renamed column still calls
/// it by its old name (PostgreSQL fixes a view's column names when it is
/// created). Renaming the view's column keeps the view (and what depends
/// on it) instead of recreating it; the caller keeps only those that make
/// the view's definition the files' (see `apply::after_renames`).
pub fn view_column_renames(after: &Database, desired: &Database) -> Vec<Rename> {
    let mut out = Vec::new();
    for (name, view) in &after.kinds.views {
        let Some(want) = desired.kinds.views.get(name) else {
            continue;
        };
        if want.kind != view.kind || want.columns.len() != view.columns.len() {
            continue;
        }
        let differ: Vec<(&String, &String)> = view
            .columns
            .iter()
            .zip(&want.columns)
            .filter(|((a, ta), (b, tb))| a != b && ta == tb)
            .map(|((a, _), (b, _))| (a, b))
            .collect();
        let same_types = view
            .columns
            .iter()
            .zip(&want.columns)
            .all(|((_, ta), (_, tb))| ta == tb);
        // A new name another column still has would collide.
        let free = differ
            .iter()
            .all(|(_, b)| !view.columns.iter().any(|(c, _)| c == *b));
        if differ.is_empty() || !same_types || !free {
            continue;
        }
        out.extend(differ.into_iter().map(|(a, b)| Rename::Part {
            kind: PartKind::Column,
            owner: name.clone(),
            from: a.clone(),
            to: b.clone(),
        }));
    }
    out
}

/// A key of the current database under the names the renames give.
pub fn renamed_key(renames: &[Rename], key: &ObjKey) -> ObjKey {
    let schema = |s: &str| -> String {
        renames
            .iter()
            .find_map(|r| match r {
                Rename::Schema { from, to } if from == s => Some(to.clone()),
                _ => None,
            })
            .unwrap_or_else(|| s.to_string())
    };
    let relation = |q: &QualName| -> QualName {
        let q = QualName::new(schema(&q.schema), q.name.clone());
        renames
            .iter()
            .find_map(|r| match r {
                Rename::Object { kind, from, to, .. }
                    if kind.namespace() == Namespace::Relation && *from == q =>
                {
                    Some(to.clone())
                }
                _ => None,
            })
            .unwrap_or(q)
    };
    match key {
        ObjKey::Sequence { name } => ObjKey::Sequence {
            name: relation(name),
        },
        ObjKey::Column { table, name } => {
            let table = relation(table);
            let name = renames
                .iter()
                .filter_map(Rename::column)
                .find(|(t, from, _)| **t == table && from == name)
                .map_or_else(|| name.clone(), |(_, _, to)| to.to_string());
            ObjKey::Column { table, name }
        }
        other => other.clone(),
    }
}
