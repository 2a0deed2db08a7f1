//! Object kinds as vertical slices: everything driftless knows about one
//! kind of object in one file (its model, its catalog rows, how two of
//! them differ, the steps that create, drop and alter one, its owner),
//! behind the [`Kind`] trait, and one registry ([`registry!`] below)
//! through which the drivers reach every kind without naming it: the
//! model's bookkeeping ([`KindObjects`]: containment, schema edges,
//! filters, owners), the diff ([`diff`]), the planner and the reports
//! ([`KindChange`]).
//!
//! Kinds moved here one at a time from the stage folders (`diff/`,
//! `plan/`, `source/catalog/`); collations came first, then event triggers (a kind in no schema), policies (a
//! kind contained by a table, renamed by equal definitions, no owner),
//! triggers (contained by a relation the model holds), extensions
//! (emitted right after the schemas), schemas (the first kind with
//! privileges), sequences (a kind with a part of its own: the `OWNED
//! BY` link), functions (a kind whose objects are named by more than one
//! noun: procedures among them), views (whose privileges depend on the
//! server's major), indexes (contained by a table or materialized
//! view, renamed by equal bodies, with parts PostgreSQL names: the
//! partitions' indexes), default privileges (privileges and nothing
//! else), the DDL-compared family (one kind whose objects each carry
//! their own kind's noun and file: aggregates, operators, casts...) and
//! the type kinds (`types/`: enums, domains, composite and range types,
//! four kinds sharing one key and the rebuild that keeps columns' data)
//! and, last, the tables (`table/`: a kind whose changes come in three
//! shapes, [`Kind::Change`], and whose keys name its parts too).
//!
//! Part of the pure foundation, like `model` and `step`: a kind plans
//! with `step`'s vocabulary and never does I/O.
//!
//! Adding a kind: a file here implementing [`Kind`], its line in the
//! registry (with its [`Slot`]), its rows in a catalog query (decoded by
//! the kind's own row type) and in `objects.sql` (read by
//! [`Kind::catalog_key`]), an `ObjKey` variant, and cases.

pub mod collation;
pub mod ddl;
pub mod default_privileges;
pub mod event_trigger;
pub mod extension;
pub mod function;
pub mod index;
pub mod policy;
pub mod schema;
pub mod sequence;
pub mod subscription;
pub mod table;
pub mod trigger;
pub mod types;
pub mod view;

use std::collections::BTreeMap;
use std::fmt::Display;

use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::model::delta::{Delta, delta_of, pair_by_key};
use crate::model::{Acl, Database, ObjKey, OnRelation, PgVersion, QualName, SharedName};
use crate::step::check::{Check, Checking};
use crate::step::{Models, Step, privileges};

/// What a kind says about itself.
pub trait Kind {
    /// One object of the kind, as the model holds it.
    type Object: Clone + PartialEq + Serialize;
    /// What tells two objects of the kind apart (their name).
    type Id: Ord + Clone + Display;
    /// One difference the kind's diff finds: for most kinds
    /// `Delta<Self::Object>`, an object created, dropped or altered as a
    /// whole (stable Rust has no default for an associated type, so each
    /// kind says so); the tables' are of three shapes (a table's, a
    /// column's, a constraint's). A whole object's delta is always one.
    type Change: std::fmt::Debug + Clone + PartialEq + From<Delta<Self::Object>> + ChangeOf<Self>;
    /// The kind in messages (`collation public.c`).
    const NAME: &'static str;
    /// The kind as one object of it is named in messages: [`Kind::NAME`],
    /// unless the kind covers several (a procedure among functions).
    fn noun(object: &Self::Object) -> &'static str {
        let _ = object;
        Self::NAME
    }
    fn id(object: &Self::Object) -> Self::Id;
    /// The object's model key, for ordering and dependencies.
    fn key(id: &Self::Id) -> ObjKey;
    /// The id a model key names, if it is one of this kind's (its own
    /// key, or a key of a part of it: a sequence's `OWNED BY` link).
    fn id_of(key: &ObjKey) -> Option<Self::Id>;
    /// Whether the object holds the part `key` names (`key` one of the
    /// object's by [`Kind::id_of`]): by default every key of the object is
    /// the object itself.
    fn holds(object: &Self::Object, key: &ObjKey) -> bool {
        let _ = (object, key);
        true
    }
    /// The schema an object lives in (`None` for a kind of the whole
    /// database, as event triggers are: no schema filter leaves one out).
    fn schema(object: &Self::Object) -> Option<&str>;
    /// The file `inspect --split` writes the kind's objects to: `FILE.sql`,
    /// in the object's schema's folder when it has one (see [`Kind::file`]).
    const FILE: &'static str;
    /// The folder (a schema's) and file stem `inspect --split` writes the
    /// object to: by default its schema's folder and [`Kind::FILE`] (an
    /// extension, whose schema is only where its objects go, says none).
    fn file(object: &Self::Object) -> (Option<&str>, String) {
        (Self::schema(object), Self::FILE.to_string())
    }
    /// The folder and file stem for an object of the kind that a step
    /// makes but the model does not hold (a partition's index PostgreSQL
    /// attaches to a parent's index, which the plan names): read from its
    /// id alone; `None` (the default) leaves it to `inspect`'s catch-all
    /// file.
    fn file_of_id(id: &Self::Id) -> Option<(Option<String>, String)> {
        let _ = id;
        None
    }
    /// What an object needs to exist first, besides what `pg_depend`
    /// records, in the model `db` that holds it: its schema, by default (a
    /// policy says its table, a trigger its table or view).
    fn container(db: &Database, object: &Self::Object) -> Option<ObjKey> {
        let _ = db;
        Self::schema(object).map(|s| ObjKey::Schema {
            name: s.to_string(),
        })
    }
    /// Edges `pg_depend` does not record between the parts of an object
    /// and what they need, besides the object's [`Kind::container`] (a
    /// sequence's `OWNED BY` link needs the sequence and the column), in
    /// the model `db` that holds it.
    fn part_edges(db: &Database, object: &Self::Object) -> Vec<(ObjKey, ObjKey)> {
        let _ = (db, object);
        Vec::new()
    }
    /// The key of an object a `pg_depend` row names, read from its row of
    /// `objects.sql` (`source::catalog`), when it is one of the kind's
    /// the model `db` can name; `None` leaves it to another kind, or
    /// unmanaged.
    fn catalog_key(db: &Database, row: &ObjectRow) -> Option<ObjKey> {
        let _ = (db, row);
        None
    }
    /// The key that depends on `referenced` when `pg_depend` says the
    /// object of `key` (one of the kind's) does, with dependency type
    /// `deptype` (`a`, `n`, `i`...): by default `key` itself (a
    /// sequence's `OWNED BY` link, not the sequence, needs its column).
    fn dependent_key(key: ObjKey, deptype: &str, referenced: &ObjKey) -> ObjKey {
        let _ = (deptype, referenced);
        key
    }
    /// The names the object of `key` (or the part of it `key` names) takes
    /// in the catalogs' shared namespaces, in the model `db`: a dropped
    /// object frees them for a created one (`plan::order`). None by default.
    fn names_taken(db: &Database, id: &Self::Id, key: &ObjKey) -> Vec<SharedName> {
        let _ = (db, id, key);
        Vec::new()
    }
    /// How `key` (one of the kind's) stands to a table or view, in the
    /// model `db`: it is one, or a part of one. `None` by default.
    fn on_relation(db: &Database, id: &Self::Id, key: &ObjKey) -> Option<OnRelation> {
        let _ = (db, id, key);
        None
    }
    /// The object's owner for `ALTER ... OWNER TO`: the object as that
    /// statement names it (`COLLATION public.c`) and the role, as SQL.
    /// `None` while owners are not managed, and for a kind without owners
    /// (the default: policies).
    fn owner(object: &Self::Object) -> Option<(String, &str)> {
        let _ = object;
        None
    }
    /// Leaves the object's owner out of the model (owners not managed).
    fn forget_owner(object: &mut Self::Object) {
        let _ = object;
    }
    /// The object's privileges for `GRANT` and `REVOKE` on a server of
    /// `version`: the kind whose defaults a new object starts from, the
    /// `ON` target (`SCHEMA app`) and the list. `None` for a kind without privileges (the default).
    /// A change of the list alone is planned by the planner's privilege
    /// pass; a kind's create step grants them itself
    /// (`step::privileges::add`).
    fn privileges(
        version: PgVersion,
        object: &Self::Object,
    ) -> Option<(privileges::Kind, String, &Acl)> {
        let _ = (version, object);
        None
    }
    /// Whether the kind's objects are privileges and nothing else (default
    /// privileges): they leave the model when privileges are not managed.
    const ONLY_PRIVILEGES: bool = false;
    /// Leaves the object's privileges out of the model (not managed).
    fn forget_privileges(object: &mut Self::Object) {
        let _ = object;
    }
    /// The differences between the two sides' objects: by default each
    /// object created, dropped or altered as a whole, in id order.
    fn diff(
        current: &BTreeMap<Self::Id, Self::Object>,
        desired: &BTreeMap<Self::Id, Self::Object>,
    ) -> Vec<Self::Change> {
        pair_by_key(current, desired)
            .into_iter()
            .filter_map(|(from, to)| delta_of(from, to))
            .map(Self::Change::from)
            .collect()
    }
    /// The steps of one difference (ordered later, by their keys).
    fn steps(models: &Models, change: &Self::Change, out: &mut Vec<Step>);
    /// The steps that drop an object the plan keeps, or the part of it
    /// `key` names (a table's constraint), and create it again, around a
    /// change of something it depends on (`plan::dependents`), when the
    /// kind can be recreated: `None` leaves the object to the dependents'
    /// warning (an `untracked_dependency`).
    fn recreate(models: &Models, id: &Self::Id, key: &ObjKey) -> Option<Vec<Step>> {
        let _ = (models, id, key);
        None
    }
    /// The statements that set again what PostgreSQL's own rebuild of the
    /// object of `key` loses, when it rebuilds it around a column whose
    /// type changes (an index's statistics targets): run right after the
    /// change. None by default (nothing is lost).
    fn after_rebuild(models: &Models, id: &Self::Id, key: &ObjKey) -> Vec<String> {
        let _ = (models, id, key);
        Vec::new()
    }
    /// The pre-flight checks (`step::check`) of the step `at` creating or
    /// altering `key`: the questions for the target's rows that the step
    /// may fail on (a unique index over duplicates). Asked once per key,
    /// at the first step that creates it. None by default.
    fn checks(at: &Checking, id: &Self::Id, key: &ObjKey, out: &mut Vec<Check>) {
        let _ = (at, id, key, out);
    }
    /// The pre-flight checks of what the step `at` converts
    /// ([`Step::conversions`]: a column's values to another type). None
    /// by default.
    fn step_checks(at: &Checking, step: &Step, out: &mut Vec<Check>) {
        let _ = (at, step, out);
    }
    /// Whether PostgreSQL rebuilds the object of `key` by itself when
    /// columns it rests on change type (`retyped`: each key of the plan's
    /// retypes it depends on), as it does an index or a constraint; the
    /// plan then leaves it be (and sets again what the rebuild loses,
    /// [`Kind::after_rebuild`]) instead of dropping and creating it around
    /// the change. No by default.
    fn rebuilt_by_retype(
        models: &Models,
        id: &Self::Id,
        key: &ObjKey,
        retyped: &[&ObjKey],
    ) -> bool {
        let _ = (models, id, key, retyped);
        false
    }
    /// The keys PostgreSQL changes the type of along with `key`'s (a
    /// column of a parent: the same column of its partitions and
    /// children), whose dependents it rebuilds as well. None by default.
    fn retyped_along(models: &Models, id: &Self::Id, key: &ObjKey) -> Vec<ObjKey> {
        let _ = (models, id, key);
        Vec::new()
    }
    /// Whether the object of `key` lets go of `dropped` by itself when
    /// the plan drops that for good (a publication of a table), instead
    /// of being dropped and created around it. No by default.
    fn released_by_drop(id: &Self::Id, key: &ObjKey, dropped: &ObjKey) -> bool {
        let _ = (id, key, dropped);
        false
    }
    /// How a function body names the object of `key` (PostgreSQL does not
    /// record that use): what to call it in a hazard, and the words that
    /// all appear in a body that may use it. `None` by default (nothing
    /// to look for).
    fn named_in_bodies(id: &Self::Id, key: &ObjKey) -> Option<(String, Vec<String>)> {
        let _ = (id, key);
        None
    }
    /// The relations a new object of `key` takes parts from when it is
    /// created, in the model `db` (a table its parents' columns and
    /// constraints): a plan that holds back a change of theirs holds its
    /// creation back too. None by default.
    fn copies_from(db: &Database, id: &Self::Id, key: &ObjKey) -> Vec<QualName> {
        let _ = (db, id, key);
        Vec::new()
    }
    /// Whether the object of `key`, as the model `db` holds it, stores
    /// rows (a table, a materialized view): the sizes of hazards are
    /// asked of it. No by default.
    fn stores_rows(db: &Database, id: &Self::Id, key: &ObjKey) -> bool {
        let _ = (db, id, key);
        false
    }
    /// Whether the object of `key`, as the model `db` holds it, has rows
    /// as soon as it is created (a materialized view built `WITH DATA`):
    /// building an index on it still takes time. No by default.
    fn filled_when_created(db: &Database, id: &Self::Id, key: &ObjKey) -> bool {
        let _ = (db, id, key);
        false
    }
    /// A setting the plan's session needs when a step creates or alters
    /// the object of `key` (a function's body is not checked until the
    /// objects it uses exist). None by default.
    fn session(id: &Self::Id, key: &ObjKey) -> Option<&'static str> {
        let _ = (id, key);
        None
    }
    /// Why the plan cannot be made, when it asks of the kind's objects what
    /// PostgreSQL cannot do in place and would refuse only at apply time
    /// (one line, naming the object and a way out); `steps` are the
    /// plan's, unordered. `None` by default.
    fn refusal(models: &Models, steps: &[Step]) -> Option<String> {
        let _ = (models, steps);
        None
    }
    /// Hints, never actions: a drop and a create among the kind's changes
    /// that look like one object renamed (a column of the same type in
    /// the same table, an enum with the same labels), each told the
    /// `@renamed` line that would keep its data; one line each, for
    /// stderr. None by default (an index or a constraint with the same
    /// definition is renamed already).
    fn rename_hints(changes: &[&Self::Change]) -> Vec<String> {
        let _ = changes;
        Vec::new()
    }
}

/// What the drivers ask of one change of the kind `K` (`Kind::Change`):
/// answered once here for the kinds whose objects differ as a whole
/// (`Delta<K::Object>`), by the tables for theirs.
pub trait ChangeOf<K: Kind + ?Sized> {
    /// The kind and name of the object (`collation public.c`).
    fn subject(&self) -> String;
    /// Its sign and both sides as JSON, for the drift report.
    fn values(&self) -> (char, Option<Value>, Option<Value>);
    /// For an object altered in place, of a kind with privileges: their
    /// change (their kind on a server of `version`).
    fn privilege_change(&self, version: PgVersion) -> Option<PrivilegeChange<'_>>;
    /// The change as JSON, tagged by its kind (`"object": tag`) unless it
    /// tags itself (a table's change says `table`, `column` or
    /// `constraint`).
    fn serialize_tagged<T: Serialize, S: Serializer>(
        &self,
        tag: T,
        s: S,
    ) -> Result<S::Ok, S::Error>;
}

impl<K: Kind + ?Sized> ChangeOf<K> for Delta<K::Object> {
    fn subject(&self) -> String {
        let object = self.to().or(self.from());
        format!(
            "{} {}",
            object.map_or(K::NAME, K::noun),
            object.map(|o| K::id(o).to_string()).unwrap_or_default()
        )
    }

    fn values(&self) -> (char, Option<Value>, Option<Value>) {
        self.sign_and_values()
    }

    fn privilege_change(&self, version: PgVersion) -> Option<PrivilegeChange<'_>> {
        let Delta::Alter { from, to } = self else {
            return None;
        };
        let (kind, on, to_acl) = K::privileges(version, to)?;
        let (_, _, from_acl) = K::privileges(version, from)?;
        Some(PrivilegeChange {
            kind,
            on,
            column: None,
            key: K::key(&K::id(to)),
            from: from_acl,
            to: to_acl,
        })
    }

    fn serialize_tagged<T: Serialize, S: Serializer>(
        &self,
        tag: T,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        /// The kind's tag first, then the delta's fields (`op`, `from`,
        /// `to`): the JSON an internally tagged enum writes.
        #[derive(Serialize)]
        struct Tagged<'a, T, D> {
            object: T,
            #[serde(flatten)]
            change: &'a D,
        }
        Tagged {
            object: tag,
            change: self,
        }
        .serialize(s)
    }
}

/// A row of the catalog's list of objects (`objects.sql`), by which
/// `pg_depend`'s rows are read as model keys: the catalog's word for the
/// object's kind (`table`, `column`, `trigger`, `ddl:operator`...), its
/// schema (empty for an object in none), its name and the name of the
/// part it is (a column's, a trigger's; else empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectRow {
    pub word: String,
    pub schema: String,
    pub name: String,
    pub sub: String,
}

impl ObjectRow {
    /// The object's (or its relation's) schema-qualified name.
    pub fn qualified(&self) -> crate::model::QualName {
        crate::model::QualName::new(self.schema.clone(), self.name.clone())
    }

    /// The object's name alone (a schema's, an extension's).
    pub fn name(&self) -> String {
        self.name.clone()
    }

    /// The name of the part it is.
    pub fn sub(&self) -> String {
        self.sub.clone()
    }

    /// `key` of the row when it is a `word` row and the model `db` holds
    /// the object (a kind whose objects may be left out of the model).
    pub fn held(
        &self,
        db: &Database,
        word: &str,
        key: impl FnOnce(&Self) -> ObjKey,
    ) -> Option<ObjKey> {
        (self.word == word)
            .then(|| key(self))
            .filter(|k| db.kinds.contains(k) == Some(true))
    }
}

/// The name of an object of a kind outside schemas, or whose name alone
/// identifies it (an event trigger, an extension), shown quoted where
/// needed (`event trigger "Audit"`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Name(pub String);

impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::model::quote_ident(&self.0))
    }
}

/// The identity of an object that lives on a table (a policy, a
/// trigger): the table and the object's name, shown as `name on table`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
pub struct OnTable {
    pub table: crate::model::QualName,
    pub name: String,
}

impl Display for OnTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} on {}",
            crate::model::quote_ident(&self.name),
            self.table
        )
    }
}

/// The privileges of an object altered in place, for the planner's
/// privilege pass: their kind, the `ON` target of `GRANT` (`TABLE
/// public.t`), the column for a column's privileges, the object's key and
/// both lists.
pub struct PrivilegeChange<'a> {
    pub kind: privileges::Kind,
    pub on: String,
    pub column: Option<&'a str>,
    pub key: ObjKey,
    pub from: &'a Acl,
    pub to: &'a Acl,
}

/// Where a kind's changes and owner steps are emitted among those of the
/// other kinds.
/// Ordering is by keys (`plan::order`);
/// emission order breaks ties between steps that do not depend on one
/// another, so a kind keeps the place it had before it moved here and no
/// plan changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// First: the schemas' changes and owner steps.
    Schemas,
    /// Changes after the extensions', owners last.
    Ddl,
    /// Changes after the enums (before the tables); owner steps right
    /// after the schemas'.
    Sequences,
    /// After the schemas: changes first among the others (no owner steps).
    Extensions,
    /// The collations' changes, after the DDL-compared objects'.
    Collations,
    /// Domains, composite and range types: changes after the collations'.
    /// The owner steps of every type kind and the collations, after the
    /// sequences'.
    Types,
    /// The enums' changes, after the range types' (their owner steps are
    /// at [`Slot::Types`]).
    Enums,
    /// The tables' changes (with their columns' and constraints'), after
    /// the sequences'; their owner steps after the types'.
    Tables,
    /// Changes after the tables' (no owner steps).
    Indexes,
    /// Changes after the functions', owners after the tables'.
    Views,
    /// Changes after the indexes, owners after the views'.
    Functions,
    /// Changes after the views, owners after the functions'.
    Triggers,
    /// Last: changes after every other kind's (no owner steps).
    DefaultPrivileges,
}

/// The slot of a registry line's owner steps: its own slot, or the one
/// after a `/`.
macro_rules! owner_slot {
    ($slot:ident) => {
        Slot::$slot
    };
    ($slot:ident, $owners:ident) => {
        Slot::$owners
    };
}

/// The kinds that live here: `field: KindType => ChangeVariant in Slot`,
/// or `in Slot / OwnerSlot` for a kind whose owner steps are emitted
/// elsewhere than its changes. The field names the kind's map in
/// [`KindObjects`] (and in the model's JSON), the variant its change in
/// [`KindChange`] (spelled in snake case in JSON, as the other changes
/// are). Within a slot, kinds are emitted in registry order.
macro_rules! registry {
    ($($field:ident: $kind:ty => $variant:ident in $slot:ident $(/ $owners:ident)?),* $(,)?) => {
        /// The objects of the kinds in `kinds/`, one map per kind; part of
        /// [`Database`] (flattened: each map is a field of the model's JSON).
        #[derive(Debug, Clone, Default, PartialEq, Serialize)]
        pub struct KindObjects {
            $(
                #[serde(serialize_with = "crate::model::values")]
                pub $field: BTreeMap<<$kind as Kind>::Id, <$kind as Kind>::Object>,
            )*
        }

        impl KindObjects {
            /// Whether `key` is an object of a kind in `kinds/` and here.
            /// Kinds may share a key (the type kinds: `ObjKey::Type`): each
            /// kind whose key it is is asked until one holds the object.
            pub fn contains(&self, key: &ObjKey) -> Option<bool> {
                let mut ours = false;
                $(
                    if let Some(id) = <$kind as Kind>::id_of(key) {
                        if self.$field.get(&id).is_some_and(|o| <$kind as Kind>::holds(o, key)) {
                            return Some(true);
                        }
                        ours = true;
                    }
                )*
                ours.then_some(false)
            }

            /// Each object's edge to what contains it (its schema, a
            /// policy's table), which `pg_depend` does not record; `db` is
            /// the model these objects are part of.
            pub fn containment_edges(&self, db: &Database) -> Vec<(ObjKey, ObjKey)> {
                let mut edges = Vec::new();
                $(
                    for (id, o) in &self.$field {
                        if let Some(container) = <$kind as Kind>::container(db, o) {
                            edges.push((<$kind as Kind>::key(id), container));
                        }
                        edges.extend(<$kind as Kind>::part_edges(db, o));
                    }
                )*
                edges
            }

            /// Keeps the objects of the schemas `keep` accepts, and those
            /// in no schema.
            pub fn retain_schemas(&mut self, keep: &impl Fn(&str) -> bool) {
                $( self.$field.retain(|_, o| <$kind as Kind>::schema(o).is_none_or(keep)); )*
            }

            /// The schema (if any) and file stem `inspect --split` puts
            /// the object of `key` in, if `key` is one of these kinds'.
            /// An object no kind of its key holds goes where the first of
            /// them puts it from its id alone.
            pub fn file(&self, key: &ObjKey) -> Option<(Option<String>, String)> {
                let mut by_id = None;
                $(
                    if let Some(id) = <$kind as Kind>::id_of(key) {
                        if let Some(o) = self.$field.get(&id) {
                            let (schema, stem) = <$kind as Kind>::file(o);
                            return Some((schema.map(str::to_string), stem));
                        }
                        by_id = by_id.or_else(|| <$kind as Kind>::file_of_id(&id));
                    }
                )*
                by_id
            }

            /// The steps recreating the object of `key` around a change of
            /// what it depends on; `None` when `key` is not one of these
            /// kinds', the object is missing on a side, or the kind cannot.
            pub fn recreate(models: &Models, key: &ObjKey) -> Option<Vec<Step>> {
                $(
                    if let Some(steps) = <$kind as Kind>::id_of(key)
                        .and_then(|id| <$kind as Kind>::recreate(models, &id, key))
                    {
                        return Some(steps);
                    }
                )*
                None
            }

            pub fn forget_privileges(&mut self) {
                $(
                    if <$kind as Kind>::ONLY_PRIVILEGES {
                        self.$field.clear();
                    } else {
                        self.$field.values_mut().for_each(<$kind as Kind>::forget_privileges);
                    }
                )*
            }

            pub fn forget_owners(&mut self) {
                $( self.$field.values_mut().for_each(<$kind as Kind>::forget_owner); )*
            }

            /// Each owned object's key, its name for `ALTER ... OWNER TO`,
            /// and its owner, for the kinds emitted at `slot`.
            pub fn owners(&self, slot: Slot) -> Vec<(ObjKey, String, String)> {
                let mut found = Vec::new();
                $(
                    for (id, o) in self.$field.iter().filter(|_| slot == owner_slot!($slot $(, $owners)?)) {
                        if let Some((target, owner)) = <$kind as Kind>::owner(o) {
                            found.push((<$kind as Kind>::key(id), target, owner.to_string()));
                        }
                    }
                )*
                found
            }
        }

        /// A difference of one object of a kind in `kinds/`, tagged by
        /// its kind (`object`) in JSON.
        // A plan holds a few of these, built once: boxing the larger
        // variants (a table altered, both sides) would buy nothing.
        #[allow(clippy::large_enum_variant)]
        #[derive(Debug, Clone, PartialEq)]
        pub enum KindChange {
            $( $variant(<$kind as Kind>::Change), )*
        }

        /// Each variant's tag in JSON: its name in snake case.
        #[derive(Serialize)]
        #[serde(rename_all = "snake_case")]
        enum Tag {
            $( $variant, )*
        }

        impl Serialize for KindChange {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( KindChange::$variant(c) => ChangeOf::<$kind>::serialize_tagged(c, Tag::$variant, s), )*
                }
            }
        }

        /// The differences of the kinds emitted at `slot`, kind by kind in
        /// registry order, each kind's in id order.
        pub fn diff(current: &Database, desired: &Database, slot: Slot) -> Vec<KindChange> {
            let mut out = Vec::new();
            $(
                if slot == Slot::$slot {
                    out.extend(
                        <$kind as Kind>::diff(&current.kinds.$field, &desired.kinds.$field)
                            .into_iter()
                            .map(KindChange::$variant),
                    );
                }
            )*
            out
        }

        /// The key of the object of `row` ([`Kind::catalog_key`]): the
        /// first kind, in registry order, that names it.
        pub fn catalog_key(db: &Database, row: &ObjectRow) -> Option<ObjKey> {
            $(
                if let Some(key) = <$kind as Kind>::catalog_key(db, row) {
                    return Some(key);
                }
            )*
            None
        }

        /// The key that depends on `referenced` for a `pg_depend` row
        /// whose dependent is `key` ([`Kind::dependent_key`], of the first
        /// kind whose key it is).
        pub fn dependent_key(key: ObjKey, deptype: &str, referenced: &ObjKey) -> ObjKey {
            $(
                if <$kind as Kind>::id_of(&key).is_some() {
                    return <$kind as Kind>::dependent_key(key, deptype, referenced);
                }
            )*
            key
        }

        /// The names `key` takes in the catalogs' shared namespaces, in
        /// `db` ([`Kind::names_taken`]): every kind whose key it is is
        /// asked (the type kinds share one), each name once.
        pub fn names_taken(db: &Database, key: &ObjKey) -> Vec<SharedName> {
            let mut names = std::collections::BTreeSet::new();
            $(
                if let Some(id) = <$kind as Kind>::id_of(key) {
                    names.extend(<$kind as Kind>::names_taken(db, &id, key));
                }
            )*
            names.into_iter().collect()
        }

        /// How `key` stands to a table or view, in `db`
        /// ([`Kind::on_relation`]): the first kind whose key it is that
        /// says.
        pub fn on_relation(db: &Database, key: &ObjKey) -> Option<OnRelation> {
            $(
                if let Some(r) = <$kind as Kind>::id_of(key)
                    .and_then(|id| <$kind as Kind>::on_relation(db, &id, key))
                {
                    return Some(r);
                }
            )*
            None
        }

        /// The statements setting again what PostgreSQL's rebuild of the
        /// object of `key` loses ([`Kind::after_rebuild`]).
        pub fn after_rebuild(models: &Models, key: &ObjKey) -> Vec<String> {
            let mut sql = Vec::new();
            $(
                if let Some(id) = <$kind as Kind>::id_of(key) {
                    sql.extend(<$kind as Kind>::after_rebuild(models, &id, key));
                }
            )*
            sql
        }

        /// The pre-flight checks of the step `at` creating or altering
        /// `key` ([`Kind::checks`]): every kind whose key it is is asked.
        pub fn checks(at: &Checking, key: &ObjKey, out: &mut Vec<Check>) {
            $(
                if let Some(id) = <$kind as Kind>::id_of(key) {
                    <$kind as Kind>::checks(at, &id, key, out);
                }
            )*
        }

        /// The pre-flight checks of what the step `at` converts
        /// ([`Kind::step_checks`]), kind by kind in registry order.
        pub fn step_checks(at: &Checking, step: &Step, out: &mut Vec<Check>) {
            $(
                <$kind as Kind>::step_checks(at, step, out);
            )*
        }

        /// Whether PostgreSQL rebuilds the object of `key` around the
        /// retyped keys it rests on ([`Kind::rebuilt_by_retype`]): any
        /// kind whose key it is that says so.
        pub fn rebuilt_by_retype(models: &Models, key: &ObjKey, retyped: &[&ObjKey]) -> bool {
            $(
                if <$kind as Kind>::id_of(key)
                    .is_some_and(|id| <$kind as Kind>::rebuilt_by_retype(models, &id, key, retyped))
                {
                    return true;
                }
            )*
            false
        }

        /// The keys retyped along with `key` ([`Kind::retyped_along`]).
        pub fn retyped_along(models: &Models, key: &ObjKey) -> Vec<ObjKey> {
            let mut keys = Vec::new();
            $(
                if let Some(id) = <$kind as Kind>::id_of(key) {
                    keys.extend(<$kind as Kind>::retyped_along(models, &id, key));
                }
            )*
            keys
        }

        /// Whether the object of `key` lets go of `dropped` by itself
        /// ([`Kind::released_by_drop`]).
        pub fn released_by_drop(key: &ObjKey, dropped: &ObjKey) -> bool {
            $(
                if <$kind as Kind>::id_of(key)
                    .is_some_and(|id| <$kind as Kind>::released_by_drop(&id, key, dropped))
                {
                    return true;
                }
            )*
            false
        }

        /// How a function body names the object of `key`
        /// ([`Kind::named_in_bodies`]): the first kind whose key it is
        /// that says.
        pub fn named_in_bodies(key: &ObjKey) -> Option<(String, Vec<String>)> {
            $(
                if let Some(named) = <$kind as Kind>::id_of(key)
                    .and_then(|id| <$kind as Kind>::named_in_bodies(&id, key))
                {
                    return Some(named);
                }
            )*
            None
        }

        /// The relations a new object of `key` takes parts from, in `db`
        /// ([`Kind::copies_from`]).
        pub fn copies_from(db: &Database, key: &ObjKey) -> Vec<QualName> {
            let mut found = Vec::new();
            $(
                if let Some(id) = <$kind as Kind>::id_of(key) {
                    found.extend(<$kind as Kind>::copies_from(db, &id, key));
                }
            )*
            found
        }

        /// Whether the object of `key` stores rows, in `db`
        /// ([`Kind::stores_rows`]).
        pub fn stores_rows(db: &Database, key: &ObjKey) -> bool {
            $(
                if <$kind as Kind>::id_of(key)
                    .is_some_and(|id| <$kind as Kind>::stores_rows(db, &id, key))
                {
                    return true;
                }
            )*
            false
        }

        /// Whether the object of `key` has rows once created, in `db`
        /// ([`Kind::filled_when_created`]).
        pub fn filled_when_created(db: &Database, key: &ObjKey) -> bool {
            $(
                if <$kind as Kind>::id_of(key)
                    .is_some_and(|id| <$kind as Kind>::filled_when_created(db, &id, key))
                {
                    return true;
                }
            )*
            false
        }

        /// The settings the plan's session needs for `steps`
        /// ([`Kind::session`]), each once, kind by kind in registry order.
        pub fn session(steps: &[Step]) -> Vec<String> {
            let mut settings = Vec::new();
            $(
                let wanted = steps.iter().flat_map(|s| &s.creates).find_map(|k| {
                    <$kind as Kind>::id_of(k).and_then(|id| <$kind as Kind>::session(&id, k))
                });
                settings.extend(wanted.map(String::from));
            )*
            settings
        }

        /// The first kind's refusal ([`Kind::refusal`]), in registry
        /// order.
        pub fn refusal(models: &Models, steps: &[Step]) -> Option<String> {
            $(
                if let Some(why) = <$kind as Kind>::refusal(models, steps) {
                    return Some(why);
                }
            )*
            None
        }

        /// Each kind's rename hints ([`Kind::rename_hints`]) among
        /// `changes`, kind by kind in registry order.
        pub fn rename_hints(changes: &[KindChange]) -> Vec<String> {
            let mut hints = Vec::new();
            $(
                let ours: Vec<&<$kind as Kind>::Change> = changes
                    .iter()
                    .filter_map(|c| match c {
                        KindChange::$variant(c) => Some(c),
                        _ => None,
                    })
                    .collect();
                hints.extend(<$kind as Kind>::rename_hints(&ours));
            )*
            hints
        }

        impl KindChange {
            /// What the change is about (`collation public.c`, `column
            /// public.t.a`).
            pub fn subject(&self) -> String {
                match self {
                    $( KindChange::$variant(c) => ChangeOf::<$kind>::subject(c), )*
                }
            }

            /// Its sign and both sides as JSON, for the drift report.
            pub fn values(&self) -> (char, Option<Value>, Option<Value>) {
                match self {
                    $( KindChange::$variant(c) => ChangeOf::<$kind>::values(c), )*
                }
            }

            /// For an object (or a column) altered in place, of a kind
            /// with privileges: their change (their kind on a server of
            /// `version`).
            pub fn privilege_change(&self, version: PgVersion) -> Option<PrivilegeChange<'_>> {
                match self {
                    $( KindChange::$variant(c) => ChangeOf::<$kind>::privilege_change(c, version), )*
                }
            }

            pub(crate) fn steps(&self, models: &Models, out: &mut Vec<Step>) {
                match self {
                    $( KindChange::$variant(c) => <$kind as Kind>::steps(models, c, out), )*
                }
            }
        }
    };
}

registry! {
    tables: table::Tables => Table in Tables,
    schemas: schema::Schemas => Schema in Schemas,
    extensions: extension::Extensions => Extension in Extensions,
    ddl_objects: ddl::DdlObjects => Ddl in Ddl,
    enums: types::enums::Enums => Enum in Enums / Types,
    domains: types::domain::Domains => Domain in Types,
    composites: types::composite::Composites => Composite in Types,
    ranges: types::range::Ranges => Range in Types,
    collations: collation::Collations => Collation in Collations / Types,
    sequences: sequence::Sequences => Sequence in Sequences,
    indexes: index::Indexes => Index in Indexes,
    views: view::Views => View in Views,
    functions: function::Functions => Function in Functions,
    triggers: trigger::Triggers => Trigger in Triggers,
    event_triggers: event_trigger::EventTriggers => EventTrigger in Triggers,
    policies: policy::Policies => Policy in Triggers,
    subscriptions: subscription::Subscriptions => Subscription in Triggers,
    default_privileges: default_privileges::DefaultPrivilegeSets => DefaultPrivileges in DefaultPrivileges,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::collation::Collation;
    use crate::kinds::event_trigger::EventTrigger;
    use crate::model::QualName;

    fn collation(schema: &str, name: &str, locale: &str) -> Collation {
        Collation {
            name: QualName::new(schema, name),
            options: vec!["provider = icu".into(), format!("locale = '{locale}'")],
            comment: None,
            owner: Some("app".into()),
        }
    }

    fn with(collations: &[Collation]) -> Database {
        let mut db = Database::default();
        for c in collations {
            db.kinds.collations.insert(c.name.clone(), c.clone());
        }
        db
    }

    #[test]
    fn the_registry_keeps_the_books_of_a_kinds_objects() {
        let mut db = with(&[
            collation("app", "de", "de-DE"),
            collation("x", "sv", "sv-SE"),
        ]);
        let de = ObjKey::Collation {
            name: QualName::new("app", "de"),
        };
        assert_eq!(db.kinds.contains(&de), Some(true));
        assert_eq!(
            db.kinds.contains(&ObjKey::Collation {
                name: QualName::new("app", "fr")
            }),
            Some(false)
        );
        assert_eq!(
            db.kinds.contains(&ObjKey::Schema { name: "app".into() }),
            Some(false)
        );
        // Every kind's key is the registry's: a table's too; a key of no
        // kind's (an unmanaged object's) is not.
        assert_eq!(
            db.kinds.contains(&ObjKey::Table {
                name: QualName::new("app", "t")
            }),
            Some(false)
        );
        assert_eq!(
            db.kinds.contains(&ObjKey::Unmanaged {
                kind: "subscription".into(),
                name: "s".into()
            }),
            None
        );
        assert!(
            db.kinds
                .containment_edges(&db)
                .contains(&(de.clone(), ObjKey::Schema { name: "app".into() }))
        );
        let owners = db.kinds.owners(Slot::Types);
        assert_eq!(
            owners[0],
            (de.clone(), "COLLATION app.de".into(), "app".into())
        );
        db.kinds.retain_schemas(&|s| s == "app");
        assert_eq!(db.kinds.collations.len(), 1);
        db.kinds.forget_owners();
        assert!(db.kinds.collations.values().all(|c| c.owner.is_none()));
    }

    #[test]
    fn every_key_but_an_unmanaged_objects_is_a_kinds() {
        use crate::model::{DdlKind, DefaultObjects, DefaultPrivilegesId};
        let q = || QualName::new("s", "n");
        let n = || "n".to_string();
        let keys = [
            ObjKey::Schema { name: n() },
            ObjKey::Extension { name: n() },
            ObjKey::Type { name: q() },
            ObjKey::Sequence { name: q() },
            ObjKey::SequenceOwner { name: q() },
            ObjKey::Table { name: q() },
            ObjKey::Column {
                table: q(),
                name: n(),
            },
            ObjKey::Constraint {
                table: q(),
                name: n(),
            },
            ObjKey::Default {
                table: q(),
                column: n(),
            },
            ObjKey::Index { name: q() },
            ObjKey::View { name: q() },
            ObjKey::Function {
                name: q(),
                args: String::new(),
            },
            ObjKey::Trigger {
                table: q(),
                name: n(),
            },
            ObjKey::EventTrigger { name: n() },
            ObjKey::Collation { name: q() },
            ObjKey::Partition { name: q() },
            ObjKey::Policy {
                table: q(),
                name: n(),
            },
            ObjKey::Ddl {
                kind: DdlKind::Cast,
                name: n(),
            },
            ObjKey::DefaultPrivileges {
                id: DefaultPrivilegesId {
                    role: n(),
                    schema: None,
                    objects: DefaultObjects::Tables,
                },
            },
            ObjKey::IndexUse {
                table: q(),
                what: crate::model::IndexUse::Cluster,
            },
            ObjKey::ViewCluster { view: q() },
            ObjKey::Subscription { name: n() },
            ObjKey::Unmanaged {
                kind: n(),
                name: n(),
            },
        ];
        let db = Database::default();
        for key in &keys {
            // Exhaustive: a new key is a compile error here until listed
            // (add a sample of it to `keys` above as well).
            let unmanaged = match key {
                ObjKey::Unmanaged { .. } => true,
                ObjKey::Schema { .. }
                | ObjKey::Extension { .. }
                | ObjKey::Type { .. }
                | ObjKey::Sequence { .. }
                | ObjKey::SequenceOwner { .. }
                | ObjKey::Table { .. }
                | ObjKey::Column { .. }
                | ObjKey::Constraint { .. }
                | ObjKey::Default { .. }
                | ObjKey::Index { .. }
                | ObjKey::View { .. }
                | ObjKey::Function { .. }
                | ObjKey::Trigger { .. }
                | ObjKey::EventTrigger { .. }
                | ObjKey::Subscription { .. }
                | ObjKey::Collation { .. }
                | ObjKey::Partition { .. }
                | ObjKey::Policy { .. }
                | ObjKey::Ddl { .. }
                | ObjKey::DefaultPrivileges { .. }
                | ObjKey::IndexUse { .. }
                | ObjKey::ViewCluster { .. } => false,
            };
            // Some kind of the registry answers for every other key.
            assert_eq!(
                db.kinds.contains(key),
                (!unmanaged).then_some(false),
                "{key}"
            );
        }
        assert_eq!(keys.len(), 23, "one sample of each key");
    }

    #[test]
    fn a_kinds_changes_read_as_the_other_changes_do() {
        let current = with(&[
            collation("app", "de", "de-DE"),
            collation("app", "old", "fr-FR"),
        ]);
        let desired = with(&[
            collation("app", "de", "de-AT"),
            collation("app", "new", "it-IT"),
        ]);
        let changes = diff(&current, &desired, Slot::Collations);
        let subjects: Vec<String> = changes.iter().map(KindChange::subject).collect();
        assert_eq!(
            subjects,
            ["collation app.de", "collation app.new", "collation app.old"]
        );
        // Tagged by the kind, as a table's change is.
        let json = serde_json::to_value(&changes[1]).unwrap();
        assert_eq!(json["object"], "collation");
        assert_eq!(json["op"], "create");
        assert_eq!(json["to"]["name"]["name"], "new");
        let (sign, from, to) = changes[2].values();
        assert_eq!((sign, to), ('-', None));
        assert_eq!(from.unwrap()["options"][1], "locale = 'fr-FR'");
        // The model's JSON holds the kind's map under its own field.
        let model = serde_json::to_value(&current).unwrap();
        assert_eq!(model["collations"][1]["name"]["name"], "old");
    }

    fn event_trigger(name: &str) -> EventTrigger {
        EventTrigger {
            name: name.into(),
            event: "ddl_command_end".into(),
            function: "public.audit".into(),
            tags: vec![],
            enabled: "O".into(),
            comment: None,
            owner: Some("admin".into()),
        }
    }

    #[test]
    fn a_kind_in_no_schema_is_kept_by_filters_and_emitted_at_its_slot() {
        let mut current = with(&[collation("app", "de", "de-DE")]);
        let e = event_trigger("Audit");
        current
            .kinds
            .event_triggers
            .insert(Name(e.name.clone()), e.clone());
        let key = ObjKey::EventTrigger {
            name: "Audit".into(),
        };
        assert_eq!(current.kinds.contains(&key), Some(true));
        // No schema: no schema edge, no filter leaves it out, a file of its own.
        assert_eq!(current.kinds.containment_edges(&current).len(), 1);
        assert_eq!(
            current.kinds.file(&key),
            Some((None, "event_triggers".into()))
        );
        assert_eq!(
            current.kinds.file(&ObjKey::Collation {
                name: QualName::new("app", "de")
            }),
            Some((Some("app".into()), "types".into()))
        );
        current.kinds.retain_schemas(&|_| false);
        assert!(current.kinds.collations.is_empty());
        assert_eq!(current.kinds.event_triggers.len(), 1);
        // Each kind's owners and changes come out at its own slot only.
        assert!(current.kinds.owners(Slot::Types).is_empty());
        assert_eq!(
            current.kinds.owners(Slot::Triggers),
            [(
                key.clone(),
                "EVENT TRIGGER \"Audit\"".into(),
                "admin".into()
            )]
        );
        let empty = Database::default();
        assert!(diff(&current, &empty, Slot::Collations).is_empty());
        let dropped = diff(&current, &empty, Slot::Triggers);
        assert_eq!(dropped.len(), 1);
        assert_eq!(dropped[0].subject(), "event trigger \"Audit\"");
        // Recreated around a dependency: dropped and created again.
        let models = Models {
            current: &current,
            desired: &current,
        };
        let steps = KindObjects::recreate(&models, &key).unwrap();
        assert_eq!(steps.len(), 2);
        assert_eq!(steps[0].drops, std::slice::from_ref(&key));
        assert_eq!(steps[1].creates, std::slice::from_ref(&key));
        // Missing on one side: nothing to recreate.
        let models = Models {
            current: &current,
            desired: &empty,
        };
        assert!(KindObjects::recreate(&models, &key).is_none());
    }

    #[test]
    fn a_kinds_privileges_changed_in_place_are_its_own() {
        use crate::kinds::schema::Schema;
        let schema = |acl: Acl| Schema {
            name: "app".into(),
            comment: None,
            acl,
            owner: None,
        };
        let change = KindChange::Schema(Delta::Alter {
            from: schema(Some(vec![])),
            to: schema(None),
        });
        let p = change.privilege_change(PgVersion::default()).unwrap();
        assert_eq!(p.on, "SCHEMA app");
        assert_eq!(p.key, ObjKey::Schema { name: "app".into() });
        assert_eq!((p.from, p.to, p.column), (&Some(vec![]), &None, None));
        // Created (its create step grants), or of a kind without privileges.
        let created = KindChange::Schema(Delta::Create { to: schema(None) });
        assert!(created.privilege_change(PgVersion::default()).is_none());
        let c = collation("app", "de", "de-DE");
        let altered = KindChange::Collation(Delta::Alter {
            from: c.clone(),
            to: c,
        });
        assert!(altered.privilege_change(PgVersion::default()).is_none());
        let mut db = Database::default();
        db.kinds
            .schemas
            .insert(Name("app".into()), schema(Some(vec![])));
        db.kinds.forget_privileges();
        assert_eq!(db.kinds.schemas["app"].acl, None);
    }

    #[test]
    fn a_part_of_an_object_is_held_only_while_the_object_has_it() {
        use crate::kinds::sequence::Sequence;
        use crate::model::SequenceOptions;
        let q = QualName::new("app", "ids");
        let sequence = |owned_by: Option<(QualName, String)>| Sequence {
            name: q.clone(),
            options: SequenceOptions {
                data_type: "bigint".into(),
                start: 1,
                increment: 1,
                min: 1,
                max: i64::MAX,
                cache: 1,
                cycle: false,
            },
            owned_by,
            comment: None,
            acl: None,
            owner: Some("app".into()),
            unlogged: false,
        };
        let link = ObjKey::SequenceOwner { name: q.clone() };
        let column = ObjKey::Column {
            table: QualName::new("app", "t"),
            name: "id".into(),
        };
        let mut db = Database::default();
        db.kinds.sequences.insert(q.clone(), sequence(None));
        assert_eq!(db.kinds.contains(&link), Some(false));
        assert_eq!(db.kinds.containment_edges(&db).len(), 1);
        // Free-standing: its own owner step; owned by a column: none.
        assert_eq!(db.kinds.owners(Slot::Sequences).len(), 1);
        db.kinds.sequences.insert(
            q.clone(),
            sequence(Some((QualName::new("app", "t"), "id".into()))),
        );
        assert_eq!(db.kinds.contains(&link), Some(true));
        assert_eq!(
            db.kinds.file(&link),
            Some((Some("app".into()), "sequences".into()))
        );
        let edges = db.kinds.containment_edges(&db);
        assert!(edges.contains(&(link.clone(), ObjKey::Sequence { name: q.clone() })));
        assert!(edges.contains(&(link, column)));
        assert!(db.kinds.owners(Slot::Sequences).is_empty());
    }

    #[test]
    fn the_names_a_key_takes_and_its_relation_are_its_kinds_answers() {
        use crate::model::{Constraint, ConstraintKind, Index, OnRelation, SharedName, Table};
        let t = QualName::new("app", "t");
        let mut table = Table::empty(t.clone());
        for (name, kind) in [
            ("t_pkey", ConstraintKind::PrimaryKey),
            ("t_a_check", ConstraintKind::Check),
        ] {
            table.constraints.insert(
                name.into(),
                Constraint {
                    name: name.into(),
                    kind,
                    definition: String::new(),
                    references: None,
                    comment: None,
                    index_comment: None,
                    inherited: false,
                    copies: Vec::new(),
                },
            );
        }
        let mut db = Database::default();
        db.kinds.tables.insert(t.clone(), table);
        let i = QualName::new("app", "t_a");
        db.kinds.indexes.insert(
            i.clone(),
            Index {
                name: i.clone(),
                table: t.clone(),
                unique: false,
                valid: true,
                parts: Vec::new(),
                body: "ON app.t USING btree (a)".into(),
                comment: None,
                statistics: Vec::new(),
            },
        );
        let constraint = |name: &str| ObjKey::Constraint {
            table: t.clone(),
            name: name.into(),
        };
        let table_key = ObjKey::Table { name: t.clone() };
        assert_eq!(
            names_taken(&db, &table_key),
            [SharedName::Relation(t.clone()), SharedName::Type(t.clone())]
        );
        // A key's index takes its name among relations; a check takes none.
        assert_eq!(
            names_taken(&db, &constraint("t_pkey")),
            [SharedName::Relation(QualName::new("app", "t_pkey"))]
        );
        assert!(names_taken(&db, &constraint("t_a_check")).is_empty());
        // A type: its name among types, whichever of the four kinds asks;
        // a composite type's among relations too.
        let ty = QualName::new("app", "pair");
        let type_key = ObjKey::Type { name: ty.clone() };
        assert_eq!(names_taken(&db, &type_key), [SharedName::Type(ty.clone())]);
        db.kinds.composites.insert(
            ty.clone(),
            crate::model::CompositeType {
                name: ty.clone(),
                attributes: Vec::new(),
                comment: None,
                attribute_comments: Default::default(),
                acl: None,
                owner: None,
            },
        );
        assert_eq!(
            names_taken(&db, &type_key),
            [
                SharedName::Relation(ty.clone()),
                SharedName::Type(ty.clone())
            ]
        );
        assert!(names_taken(&db, &ObjKey::Schema { name: "app".into() }).is_empty());
        // Relations: the table is one, its parts and its index are parts.
        assert_eq!(
            on_relation(&db, &table_key),
            Some(OnRelation::Is(t.clone()))
        );
        assert_eq!(
            on_relation(&db, &constraint("t_pkey")),
            Some(OnRelation::PartOf(t.clone()))
        );
        assert_eq!(
            on_relation(&db, &ObjKey::Index { name: i.clone() }),
            Some(OnRelation::PartOf(t.clone()))
        );
        let trigger = ObjKey::Trigger {
            table: t.clone(),
            name: "audit".into(),
        };
        assert_eq!(
            on_relation(&db, &trigger),
            Some(OnRelation::PartOf(t.clone()))
        );
        // An index the model does not hold is no known relation's part.
        let gone = ObjKey::Index {
            name: QualName::new("app", "gone"),
        };
        assert_eq!(on_relation(&db, &gone), None);
        assert_eq!(on_relation(&db, &type_key), None);
    }

    #[test]
    fn a_catalog_row_is_read_as_its_kinds_key() {
        use crate::model::Table;
        let row = |word: &str, schema: &str, name: &str, sub: &str| ObjectRow {
            word: word.into(),
            schema: schema.into(),
            name: name.into(),
            sub: sub.into(),
        };
        let t = QualName::new("app", "t");
        let mut db = Database::default();
        // Named whether or not the model holds them.
        assert_eq!(
            catalog_key(&db, &row("schema", "", "app", "")),
            Some(ObjKey::Schema { name: "app".into() })
        );
        assert_eq!(
            catalog_key(&db, &row("type", "app", "mood", "")),
            Some(ObjKey::Type {
                name: QualName::new("app", "mood")
            })
        );
        // Named only when held: else left to the caller (unmanaged).
        let column = row("column", "app", "t", "a");
        assert_eq!(catalog_key(&db, &column), None);
        assert_eq!(catalog_key(&db, &row("policy", "app", "t", "p")), None);
        assert_eq!(
            catalog_key(&db, &row("ddl:operator", "", "app.+(int,int)", "")),
            None
        );
        db.kinds.tables.insert(t.clone(), Table::empty(t.clone()));
        assert_eq!(
            catalog_key(&db, &column),
            Some(ObjKey::Column {
                table: t.clone(),
                name: "a".into()
            })
        );
        assert_eq!(
            catalog_key(&db, &row("default", "app", "t", "a")),
            Some(ObjKey::Default {
                table: t.clone(),
                column: "a".into()
            })
        );
        // A sequence's automatic dependency on a column is its link's.
        let seq = ObjKey::Sequence {
            name: QualName::new("app", "t_a_seq"),
        };
        let col = ObjKey::Column {
            table: t.clone(),
            name: "a".into(),
        };
        assert_eq!(
            dependent_key(seq.clone(), "a", &col),
            ObjKey::SequenceOwner {
                name: QualName::new("app", "t_a_seq")
            }
        );
        assert_eq!(dependent_key(seq.clone(), "n", &col), seq);
        assert_eq!(dependent_key(col.clone(), "a", &seq), col);
    }
}
