//! The steps of a table as a whole: created with its columns and every
//! constraint but its foreign keys, which are separate steps (that is what
//! lets two tables reference each other; a dropped table's foreign keys
//! are dropped first for the same reason); altered in place (persistence,
//! options, row security, parents, partition bounds: a partition whose
//! rows sit in the default partition takes them over), or recreated where
//! no `ALTER` reaches.

use super::column::{owned_sequences_dropped, parent_column, storage_sql, tuning_sql};
use super::constraint::{add_constraint_step, drop_constraint_step};
use super::keys::{column_key, constraint_key, default_key, has_default, table_key};
use super::partition_copies;
use crate::model::delta::Delta;
use crate::model::{
    Column, Constraint, ConstraintKind, IndexUse, ObjKey, QualName, ReplicaIdentity, Table,
    quote_ident,
};
use crate::step::privileges::{self, Kind};
use crate::step::sql::{
    column_target, comment, constraint_comment, constraint_index_comment, create_table,
    options_change, replace_options,
};
use crate::step::{HazardCode, Models, Statement, Step};

/// A logged table may not reference an unlogged one, nor an unlogged one
/// be referenced by a logged one: tables whose persistence changes
/// together change in foreign-key order. The tables `to` must wait for.
fn persistence_needs(ctx: &Models, to: &Table) -> Vec<ObjKey> {
    let changes_to = |name: &QualName, unlogged: bool| {
        ctx.current
            .kinds
            .tables
            .get(name)
            .is_some_and(|t| t.unlogged != unlogged)
            && ctx
                .desired
                .kinds
                .tables
                .get(name)
                .is_some_and(|t| t.unlogged == unlogged)
    };
    let references = |t: &Table, other: &QualName| {
        t.constraints
            .values()
            .any(|c| c.references.as_ref() == Some(other) && t.name != *other)
    };
    if to.unlogged {
        // Tables referencing this one go unlogged first.
        ctx.current
            .kinds
            .tables
            .iter()
            .filter(|(name, t)| references(t, &to.name) && changes_to(name, true))
            .map(|(name, _)| table_key(name))
            .collect()
    } else {
        // Tables this one references go logged first. (The delta's tables
        // carry no constraints: those are diffed on their own.)
        let Some(this) = ctx.desired.kinds.tables.get(&to.name) else {
            return Vec::new();
        };
        ctx.desired
            .kinds
            .tables
            .keys()
            .filter(|name| references(this, name) && changes_to(name, false))
            .map(table_key)
            .collect()
    }
}

pub fn table(ctx: &Models, d: &Delta<Table>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => create(ctx, to, out),
        Delta::Drop { from } => drop(ctx, from, out),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            let mut s = Step::new(format!("alter table {}", to.name)).creates(table_key(&to.name));
            if from.unlogged != to.unlogged {
                s = s
                    .sql(format!(
                        "ALTER TABLE {} SET {}",
                        to.name,
                        if to.unlogged { "UNLOGGED" } else { "LOGGED" }
                    ))
                    .hazard(
                        HazardCode::TableRewrite,
                        format!("rewrites {} to change its persistence", to.name),
                    );
                s.needs.extend(persistence_needs(ctx, to));
                // The table's owned sequences follow it (15 and later):
                // one that stays as it was, or goes the other way, is set
                // back to its own.
                if ctx.current.version.has_unlogged_sequences() {
                    // (Owned before this step or after it.)
                    for q in owned_sequences(ctx, &to.name).filter(|q| q.unlogged != to.unlogged) {
                        s = s.sql(crate::kinds::sequence::persistence_sql(q)).needs(
                            ObjKey::Sequence {
                                name: q.name.clone(),
                            },
                        );
                    }
                }
            }
            // (Refused before 15: `plan::refuse`.)
            if from.access_method != to.access_method {
                let (mut sql, rewrite) = crate::step::sql::set_access_method(
                    "TABLE",
                    &to.name,
                    to.access_method.as_deref(),
                );
                // A partitioned table without a method of its own (17 and
                // later) has none, not heap: its partitions take the
                // session's default.
                if to.partition_by.is_some() && to.access_method.is_none() {
                    sql = format!("ALTER TABLE {} SET ACCESS METHOD DEFAULT", to.name);
                }
                s = s.sql(sql);
                // A partitioned table has no storage: only its new
                // partitions take the method.
                if to.partition_by.is_none() {
                    s = s.hazard(HazardCode::TableRewrite, rewrite);
                }
            }
            if from.options != to.options {
                let target = format!("TABLE {}", to.name);
                for stmt in replace_options(&target, &from.options, &to.options) {
                    s = s.sql(stmt);
                }
            }
            if let (Some(a), Some(b)) = (&from.foreign, &to.foreign) {
                let items = options_change(&a.options, &b.options);
                if !items.is_empty() {
                    s = s.sql(format!(
                        "ALTER FOREIGN TABLE {} OPTIONS ({})",
                        to.name,
                        items.join(", ")
                    ));
                }
            }
            if from.comment != to.comment {
                s = s.sql(comment(
                    to.keyword(),
                    &to.name.to_string(),
                    to.comment.as_deref(),
                ));
            }
            // (The delta's tables carry no constraints: the desired table
            // knows whether an index is a constraint's.)
            let whole = ctx.desired.kinds.tables.get(&to.name).unwrap_or(to);
            if from.replica_identity != to.replica_identity {
                match replica_identity_sql(to) {
                    Some(sql) => s = s.sql(sql),
                    None => out.extend(index_use_step(ctx, whole, IndexUse::ReplicaIdentity)),
                }
            }
            if from.clustered_on != to.clustered_on {
                match &to.clustered_on {
                    Some(_) => out.extend(index_use_step(ctx, whole, IndexUse::Cluster)),
                    None => s = s.sql(format!("ALTER TABLE {} SET WITHOUT CLUSTER", to.name)),
                }
            }
            if from.of_type != to.of_type {
                // (`OF` replaces a type the table had: `NOT OF` only where
                // it ends typed by none.)
                if from.of_type.is_some() && to.of_type.is_none() {
                    s = s.sql(format!("ALTER TABLE {} NOT OF", to.name));
                }
                if let Some(of) = &to.of_type {
                    out.push(typed_step(ctx, &to.name, of));
                }
            }
            let attach_needs = new_parents_needs(ctx, from, to);
            let parent_copied = from.partition_of.as_ref().is_some_and(|(parent, _)| {
                has_indexes(ctx.current, parent) || has_foreign_keys(ctx.current, parent)
            });
            security_and_parents(from, to, s, attach_needs, parent_copied, out);
        }
    }
}

/// `ALTER TABLE ... REPLICA IDENTITY` for an identity that names no
/// index (`DEFAULT`, `FULL`, `NOTHING`); `None` for one that does (see
/// [`index_use_step`]).
fn replica_identity_sql(t: &Table) -> Option<String> {
    let identity = match &t.replica_identity {
        None => "DEFAULT",
        Some(ReplicaIdentity::Full) => "FULL",
        Some(ReplicaIdentity::Nothing) => "NOTHING",
        Some(ReplicaIdentity::Index(_)) => return None,
    };
    Some(format!(
        "ALTER TABLE {} REPLICA IDENTITY {identity}",
        t.name
    ))
}

/// The step that makes table `t` (desired) use its index for `what`
/// (`REPLICA IDENTITY USING INDEX`, `CLUSTER ON`), once the index exists;
/// `None` when `t` uses none for it.
pub(super) fn index_use_step(ctx: &Models, t: &Table, what: IndexUse) -> Option<Step> {
    let index = t.index_for(what)?;
    let clause = match what {
        IndexUse::ReplicaIdentity => "REPLICA IDENTITY USING INDEX",
        IndexUse::Cluster => "CLUSTER ON",
    };
    let mut s = Step::new(format!(
        "set {what} of {} to index {}",
        t.name,
        quote_ident(index)
    ))
    .sql(format!(
        "ALTER TABLE {} {clause} {}",
        t.name,
        quote_ident(index)
    ))
    .creates(ObjKey::IndexUse {
        table: t.name.clone(),
        what,
    })
    .needs(super::index_key(ctx.desired, t, index));
    // An identity index's columns must be NOT NULL first: after the
    // columns the plan makes NOT NULL.
    if what == IndexUse::ReplicaIdentity {
        let was = ctx.current.kinds.tables.get(&t.name);
        for c in t.columns.iter().filter(|c| c.not_null) {
            if was
                .and_then(|w| w.column(&c.name))
                .is_some_and(|w| !w.not_null)
            {
                s = s.needs(column_key(&t.name, &c.name));
            }
        }
    }
    Some(s)
}

/// What a step dropping `NOT NULL` from a column of `table` waits for:
/// the step that moves the table's replica identity off an index (which
/// keeps its columns `NOT NULL`), when the plan moves it.
pub(super) fn identity_released(ctx: &Models, table: &QualName) -> Option<ObjKey> {
    let from = ctx.current.kinds.tables.get(table)?;
    let to = ctx.desired.kinds.tables.get(table)?;
    if from.index_for(IndexUse::ReplicaIdentity).is_none()
        || from.replica_identity == to.replica_identity
    {
        return None;
    }
    Some(match to.index_for(IndexUse::ReplicaIdentity) {
        // Its own step.
        Some(_) => ObjKey::IndexUse {
            table: table.clone(),
            what: IndexUse::ReplicaIdentity,
        },
        // The table's own step.
        None => table_key(table),
    })
}

/// The desired sequences `table` owns (`OWNED BY` one of its columns).
fn owned_sequences<'a>(
    ctx: &'a Models,
    table: &'a QualName,
) -> impl Iterator<Item = &'a crate::kinds::sequence::Sequence> {
    ctx.desired
        .kinds
        .sequences
        .values()
        .filter(move |q| q.owned_by.as_ref().is_some_and(|(t, _)| t == table))
}

/// `ALTER TABLE ... OF type`: once the table's columns are the type's
/// attributes (names, types, order), which the column steps make them.
fn typed_step(ctx: &Models, table: &QualName, of: &str) -> Step {
    let mut s = Step::new(format!("make {table} a table of type {of}"))
        .sql(format!("ALTER TABLE {table} OF {of}"));
    if let Some(key) = crate::kinds::types::composite::of_type_key(ctx.desired, of) {
        s = s.needs(key);
    }
    if let Some(t) = ctx.desired.kinds.tables.get(table) {
        for c in &t.columns {
            s = s.needs(column_key(table, &c.name));
        }
    }
    s
}

/// Whether `table` has indexes, its keys' included (its partitions then
/// hold copies of them).
fn has_indexes(db: &crate::model::Database, table: &QualName) -> bool {
    db.kinds.indexes.values().any(|i| &i.table == table)
        || db
            .kinds
            .tables
            .get(table)
            .is_some_and(|t| t.constraints.values().any(|c| c.kind.has_index()))
}

/// Whether `table` has foreign keys (its partitions then hold copies of
/// them, which a detached partition keeps as its own).
fn has_foreign_keys(db: &crate::model::Database, table: &QualName) -> bool {
    db.kinds.tables.get(table).is_some_and(|t| {
        t.constraints
            .values()
            .any(|c| c.kind == ConstraintKind::ForeignKey)
    })
}

/// `INHERIT` checks that the table already has each new parent's columns
/// (of the same types) and checks: the steps that add or change those on
/// the table come first.
fn new_parents_needs(ctx: &Models, from: &Table, to: &Table) -> Vec<ObjKey> {
    let parent_of = |t: &Table| t.partition_of.as_ref().map(|(p, _)| p.clone());
    let new_partition_parent = parent_of(to).filter(|p| parent_of(from).as_ref() != Some(p));
    let parents: Vec<&Table> = to
        .inherits
        .iter()
        .filter(|p| !from.inherits.contains(p))
        .chain(new_partition_parent.as_ref())
        .filter_map(|p| ctx.desired.kinds.tables.get(p))
        .collect();
    let Some(table) = ctx.desired.kinds.tables.get(&to.name) else {
        return Vec::new();
    };
    let columns = table
        .columns
        .iter()
        .filter(|c| parents.iter().any(|p| p.column(&c.name).is_some()))
        .map(|c| column_key(&to.name, &c.name));
    let checks = table
        .constraints
        .keys()
        .filter(|n| parents.iter().any(|p| p.constraints.contains_key(*n)))
        .map(|n| constraint_key(&to.name, n));
    columns.chain(checks).collect()
}

/// The rest of a table's own attributes: row-level security, `INHERITS`
/// parents, and the partition it is attached to.
fn security_and_parents(
    from: &Table,
    to: &Table,
    mut s: Step,
    attach_needs: Vec<ObjKey>,
    parent_copied: bool,
    out: &mut Vec<Step>,
) {
    if from.row_security != to.row_security {
        s = s
            .sql(format!(
                "ALTER TABLE {} {} ROW LEVEL SECURITY",
                to.name,
                if to.row_security { "ENABLE" } else { "DISABLE" }
            ))
            .hazard(
                HazardCode::Authorization,
                format!("changes who may see rows of {}", to.name),
            );
    }
    if from.force_row_security != to.force_row_security {
        s = s
            .sql(format!(
                "ALTER TABLE {} {} ROW LEVEL SECURITY",
                to.name,
                if to.force_row_security {
                    "FORCE"
                } else {
                    "NO FORCE"
                }
            ))
            .hazard(
                HazardCode::Authorization,
                format!(
                    "changes whether the owner of {} bypasses its policies",
                    to.name
                ),
            );
    }
    if from.inherits != to.inherits {
        // Parents are ordered: detach from those after the common prefix,
        // then attach the desired ones in order.
        let keep = from
            .inherits
            .iter()
            .zip(&to.inherits)
            .take_while(|(a, b)| a == b)
            .count();
        for p in &from.inherits[keep..] {
            s = s.sql(format!("ALTER TABLE {} NO INHERIT {p}", to.name));
        }
        // Attaching is a step of its own, after the table has the new
        // parents' columns and checks (which need the table).
        let attach = &to.inherits[keep..];
        if !attach.is_empty() {
            let names: Vec<String> = attach.iter().map(|p| p.to_string()).collect();
            let mut a = Step::new(format!("make {} inherit {}", to.name, names.join(", ")));
            for p in attach {
                a = a.sql(format!("ALTER TABLE {} INHERIT {p}", to.name));
                a.needs.push(table_key(p));
            }
            a.needs.push(table_key(&to.name));
            a.needs.extend(attach_needs.iter().cloned());
            out.push(a);
        }
    }
    if !s.sql.is_empty() {
        out.push(s);
    }
    if from.partition_of == to.partition_of {
        return;
    }
    let link = ObjKey::Partition {
        name: to.name.clone(),
    };
    if let Some((parent, _)) = &from.partition_of {
        let detach = Step::new(format!("detach partition {} from {parent}", to.name));
        out.push(if to.partition_of.is_none() && parent_copied {
            // A detached partition keeps the copies of its parent's keys,
            // indexes and foreign keys, under names the model does not
            // hold (they were the parent's): they go with the detach, and
            // the table's own, as the files declare them, are created
            // after it.
            detach
                .sql(detach_keeping_nothing(parent, &to.name))
                .drops(link.clone())
                .creates(table_key(&to.name))
        } else {
            detach
                .sql(format!("ALTER TABLE {parent} DETACH PARTITION {}", to.name))
                .drops(link.clone())
        });
    }
    if let Some((parent, bound)) = &to.partition_of {
        // After the table's columns and checks match the new parent's
        // (its NOT NULLs, its generated columns).
        let mut a = Step::new(format!("attach partition {} to {parent}", to.name))
            .sql(format!(
                "ALTER TABLE {parent} ATTACH PARTITION {} {bound}",
                to.name
            ))
            .creates(link)
            .hazard(
                HazardCode::ValidationScan,
                format!("scans {} to check its rows fit the bound", to.name),
            );
        a.needs.extend(attach_needs);
        out.push(a);
    }
}

/// Detaches `child` from `parent` and drops the keys and indexes it had
/// as copies of the parent's (found before the detach, through
/// `pg_inherits`, which the detach empties).
fn detach_keeping_nothing(parent: &QualName, child: &QualName) -> String {
    let lit = crate::model::quote_literal(&child.to_string());
    format!(
        "DO $driftless$\n\
         DECLARE\n  idx text[];\n  con text[];\n\
         BEGIN\n\
         \x20 SELECT coalesce(array_agg(i.indexrelid::regclass::text) FILTER (WHERE co.oid IS NULL), '{{}}'),\n\
         \x20        coalesce(array_agg(quote_ident(co.conname)) FILTER (WHERE co.oid IS NOT NULL), '{{}}')\n\
         \x20   INTO idx, con\n\
         \x20   FROM pg_index i JOIN pg_inherits ih ON ih.inhrelid = i.indexrelid\n\
         \x20   LEFT JOIN pg_constraint co ON co.conindid = i.indexrelid AND co.conrelid = i.indrelid\n\
         \x20  WHERE i.indrelid = {lit}::regclass;\n\
         \x20 SELECT con || coalesce(array_agg(quote_ident(f.conname)), '{{}}') INTO con\n\
         \x20   FROM pg_constraint f\n\
         \x20  WHERE f.conrelid = {lit}::regclass AND f.contype = 'f' AND f.conparentid <> 0;\n\
         \x20 ALTER TABLE {parent} DETACH PARTITION {child};\n\
         \x20 FOR n IN 1 .. cardinality(con) LOOP\n\
         \x20   EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %s', {lit}, con[n]);\n\
         \x20 END LOOP;\n\
         \x20 FOR n IN 1 .. cardinality(idx) LOOP\n\
         \x20   EXECUTE 'DROP INDEX ' || idx[n];\n\
         \x20 END LOOP;\n\
         END\n$driftless$"
    )
}

/// Statements around the creation of a partition whose rows may sit in
/// the parent's default partition (PostgreSQL refuses to create it while
/// they do): before, they are copied to a temporary table and deleted from
/// the default partition; after, inserted again through the parent, which
/// routes them into the new partition.
struct RowsMove {
    pub default: QualName,
    pub before: Vec<String>,
    pub after: Vec<String>,
    pub why: String,
}

/// The default partition of `parent` in both states, when rows of it may
/// have to move into a new partition of `parent`: not when something
/// references the parent or the default partition (deleting a referenced
/// row would fail, or cascade).
pub fn default_partition<'a>(ctx: &'a Models, parent: &QualName) -> Option<&'a Table> {
    let default = ctx.current.default_partition(parent)?;
    let stays = ctx
        .desired
        .kinds
        .tables
        .get(&default.name)
        .is_some_and(|d| d.partition_of == default.partition_of);
    let referenced = ctx.current.kinds.tables.values().any(|t| {
        t.constraints.values().any(|c| {
            c.references
                .as_ref()
                .is_some_and(|r| r == parent || *r == default.name)
        })
    });
    (stays && !referenced).then_some(default)
}

fn default_rows_move(ctx: &Models, t: &Table) -> Option<RowsMove> {
    let (parent, bound) = t.partition_of.as_ref()?;
    if bound == "DEFAULT" || ctx.current.kinds.tables.contains_key(&t.name) {
        return None;
    }
    let partition_by = ctx
        .current
        .kinds
        .tables
        .get(parent)?
        .partition_by
        .as_deref()?;
    let default = default_partition(ctx, parent)?;
    let cond = super::bounds::bound_condition(partition_by, bound, parent)?;
    // The columns both sides keep (a column the plan drops may be gone by
    // the time the rows are copied), but the computed ones.
    let kept = ctx.desired.kinds.tables.get(parent)?;
    let columns: Vec<String> = ctx
        .current
        .kinds
        .tables
        .get(parent)?
        .columns
        .iter()
        .filter(|c| c.generated.is_none())
        .filter(|c| kept.column(&c.name).is_some_and(|k| k.generated.is_none()))
        .map(|c| quote_ident(&c.name))
        .collect();
    let columns = columns.join(", ");
    let hold = quote_ident(&format!("driftless_moving_{}", t.name.name));
    let hold = format!("pg_temp.{hold}");
    let def = &default.name;
    Some(RowsMove {
        default: def.clone(),
        before: vec![
            format!("CREATE TABLE {hold} AS SELECT {columns} FROM {def} WHERE {cond} IS TRUE"),
            format!("DELETE FROM {def} WHERE {cond} IS TRUE"),
        ],
        after: vec![
            format!(
                "INSERT INTO {parent} ({columns}) OVERRIDING SYSTEM VALUE SELECT {columns} FROM {hold}"
            ),
            format!("DROP TABLE {hold}"),
        ],
        why: format!(
            "scans {def} and moves its rows that belong in {} there (their row triggers fire)",
            t.name
        ),
    })
}

pub(super) fn create(ctx: &Models, t: &Table, out: &mut Vec<Step>) {
    // Foreign keys go after every table exists; a NOT VALID constraint
    // written inside CREATE TABLE would be created valid.
    let inline = |c: &Constraint| c.kind != ConstraintKind::ForeignKey && c.validity().1;
    let mut s = Step::new(format!("create {} {}", t.keyword().to_lowercase(), t.name))
        .sql(create_table(t, inline))
        .creates(table_key(&t.name));
    for c in t.columns.iter().filter(|c| !c.inherited) {
        if let Some(stmt) = super::column::not_valid_not_null(&t.name, c) {
            s = s.sql(stmt);
        }
    }
    for c in &t.columns {
        s = s.creates(column_key(&t.name, &c.name));
        if has_default(c) {
            s = s.creates(default_key(&t.name, &c.name));
        }
    }
    for c in t.constraints.values().filter(|c| inline(c) || c.inherited) {
        s = s.creates(constraint_key(&t.name, &c.name));
    }
    // A child copies its parents' defaults when it is created: after
    // they are set (a parent's own is set `ONLY` on it).
    for c in t.columns.iter().filter(|c| c.inherited) {
        for p in t.parents() {
            s = s.needs(default_key(p, &c.name));
        }
    }
    if t.row_security {
        s = s.sql(format!("ALTER TABLE {} ENABLE ROW LEVEL SECURITY", t.name));
    }
    // A new table's identity is DEFAULT: only another needs a statement
    // (one naming an index is a step of its own, after the index).
    if t.replica_identity.is_some()
        && let Some(sql) = replica_identity_sql(t)
    {
        s = s.sql(sql);
    }
    for (what, _) in t.index_uses() {
        out.extend(index_use_step(ctx, t, what));
    }
    if t.force_row_security {
        s = s.sql(format!("ALTER TABLE {} FORCE ROW LEVEL SECURITY", t.name));
    }
    if t.comment.is_some() {
        s = s.sql(comment(
            t.keyword(),
            &t.name.to_string(),
            t.comment.as_deref(),
        ));
    }
    for c in t.columns.iter().filter(|c| c.comment.is_some()) {
        s = s.sql(comment(
            "COLUMN",
            &column_target(&t.name, &c.name),
            c.comment.as_deref(),
        ));
    }
    for c in &t.columns {
        // A column from a parent comes with the parent's storage.
        let parent_col = parent_column(ctx, t, c);
        for stmt in storage_sql(ctx, &t.name, parent_col, c)
            .into_iter()
            .chain(tuning_sql(&t.name, None, c))
        {
            s = s.sql(stmt);
        }
    }
    for c in t.constraints.values().filter(|c| inline(c) && !c.inherited) {
        if c.comment.is_some() {
            s = s.sql(constraint_comment(&t.name, c));
        }
        if c.index_comment.is_some() {
            s = s.sql(constraint_index_comment(&t.name, c));
        }
    }
    // Columns from a parent come with the parent's default and NOT NULL;
    // where this table's own differ, set them.
    for c in t.columns.iter().filter(|c| c.inherited) {
        let Some(pc) = parent_column(ctx, t, c) else {
            continue;
        };
        let col = quote_ident(&c.name);
        if pc.default != c.default {
            s = s.sql(match &c.default {
                Some(d) => format!("ALTER TABLE {} ALTER COLUMN {col} SET DEFAULT {d}", t.name),
                None => format!("ALTER TABLE {} ALTER COLUMN {col} DROP DEFAULT", t.name),
            });
        }
        // What the parent's NOT NULL gives it (not one NO INHERIT).
        let mut given = c.clone();
        given.not_null = pc.not_null && !pc.not_null_no_inherit;
        given.not_null_not_valid = given.not_null && pc.not_null_not_valid;
        given.not_null_no_inherit = false;
        if super::column::not_null_of(&given) != super::column::not_null_of(c) {
            s = super::column::not_null_change(
                ctx,
                s,
                &t.name,
                &given,
                c,
                super::column::set_not_null_quietly,
            );
        }
    }
    let mut moved_back = None;
    if let Some(moving) = default_rows_move(ctx, t) {
        // The rows go back through the parent, into the new partition;
        // into a partitioned one once its own partitions exist.
        if t.partition_by.is_some() {
            let mut back = Step::new(format!(
                "move the rows of {} that belong in {} there",
                moving.default, t.name
            ))
            .needs(table_key(&t.name));
            // Each created, or attached when it existed before.
            for d in super::column::descendants(ctx.desired, &t.name) {
                back = back
                    .needs(table_key(d))
                    .needs(ObjKey::Partition { name: d.clone() });
            }
            for stmt in moving.after {
                back = back.sql(stmt);
            }
            moved_back = Some(back);
        } else {
            s.sql.extend(moving.after.into_iter().map(Statement::from));
        }
        let mut before: Vec<Statement> = moving.before.into_iter().map(Statement::from).collect();
        before.append(&mut s.sql);
        s.sql = before;
        s = s.hazard(HazardCode::ValidationScan, moving.why);
        s.reads.push(table_key(&moving.default));
    }
    let on = format!("TABLE {}", t.name);
    s = privileges::add(s, Kind::Table(ctx.current.version), &on, None, None, &t.acl);
    for c in &t.columns {
        s = privileges::add(s, Kind::Column, &on, Some(&c.name), None, &c.acl);
        s = identity_privileges(ctx, &t.name, None, c, s);
    }
    out.push(s);
    out.extend(moved_back);
    for c in t
        .constraints
        .values()
        .filter(|c| !inline(c) && !c.inherited)
    {
        out.push(add_constraint_step(&t.name, c, false));
        out.extend(partition_copies::foreign_key_copies(&t.name, None, c));
    }
}

pub(super) fn drop(ctx: &Models, t: &Table, out: &mut Vec<Step>) {
    // Foreign keys go first, on their own: tables that reference each
    // other can then be dropped in any order.
    let mut s = Step::new(format!("drop {} {}", t.keyword().to_lowercase(), t.name));
    // Created anew (or a view takes its name): its indexes of the same
    // names, and what it uses them for, are dropped and created again
    // around it (`plan::dependents`), as around a view rebuilt; the
    // sequences its columns own and the files keep are let go first (a
    // table's drop would take them), and owned again after.
    let again = ctx.desired.kinds.tables.contains_key(&t.name)
        || ctx.desired.kinds.views.contains_key(&t.name);
    for q in ctx.current.kinds.sequences.values().filter(|q| {
        again
            && q.owned_by.as_ref().is_some_and(|(o, _)| *o == t.name)
            && ctx.desired.kinds.sequences.contains_key(&q.name)
    }) {
        let link = ObjKey::SequenceOwner {
            name: q.name.clone(),
        };
        s = s
            .sql(format!("ALTER SEQUENCE {} OWNED BY NONE", q.name))
            .drops(link.clone());
        let to = &ctx.desired.kinds.sequences[&q.name];
        // (Owned elsewhere now: the sequence's own change says so.)
        if to.owned_by.is_some() && to.owned_by == q.owned_by {
            out.push(
                Step::new(format!("set owner column of sequence {}", q.name))
                    .sql(crate::kinds::sequence::owner_sql(to))
                    .creates(link),
            );
        }
    }
    s = s
        .sql(format!("DROP {} IF EXISTS {}", t.keyword(), t.name))
        .drops(table_key(&t.name));
    // A foreign table's rows live on its server: dropping it loses none.
    if t.foreign.is_none() {
        s = s.destructive(format!("drops table {} and all its rows", t.name));
    }
    for c in t.constraints.values() {
        if c.kind == ConstraintKind::ForeignKey {
            let mut fk = drop_constraint_step(&t.name, c);
            // Part of the table drop: held back with it.
            fk.destructive = true;
            out.push(fk);
        } else {
            s = s.drops(constraint_key(&t.name, &c.name));
        }
    }
    for c in &t.columns {
        s = s.drops(column_key(&t.name, &c.name));
        if has_default(c) {
            s = s.drops(default_key(&t.name, &c.name));
        }
    }
    for seq in owned_sequences_dropped(ctx, &t.name, None) {
        s = s.drops(seq);
    }
    // Its indexes go with it, and what it uses them for (unless created
    // again, above).
    for (what, _) in t.index_uses().filter(|_| !again) {
        s = s.drops(ObjKey::IndexUse {
            table: t.name.clone(),
            what,
        });
    }
    for i in ctx
        .current
        .kinds
        .indexes
        .values()
        .filter(|i| i.table == t.name && !again)
    {
        s = s.drops(ObjKey::Index {
            name: i.name.clone(),
        });
    }
    out.push(s);
}

/// Grants on the sequence of the identity column `to` (of a column that
/// was `from`, if any): from the sequence's defaults when the identity is
/// new, named as the desired database named it; from its privileges, named
/// as the target names it, when the identity stays.
pub(super) fn identity_privileges(
    ctx: &Models,
    table: &QualName,
    from: Option<&Column>,
    to: &Column,
    s: Step,
) -> Step {
    if to.identity.is_none() {
        return s;
    }
    let key = column_key(table, &to.name);
    let (before, names) = match from {
        Some(f) if f.identity.is_some() => {
            if f.identity_acl == to.identity_acl {
                return s;
            }
            (Some(&f.identity_acl), &ctx.current.identity_sequences)
        }
        _ => (None, &ctx.desired.identity_sequences),
    };
    let Some(seq) = names.get(&key) else {
        return s;
    };
    let on = format!("SEQUENCE {seq}");
    privileges::add(s, Kind::Sequence, &on, None, before, &to.identity_acl)
}

/// What PostgreSQL cannot do to a table in place, which the plan would
/// meet only at apply time (`Kind::refusal`): a new access method before
/// 15 (no `SET ACCESS METHOD`); retyping a partition key column (the whole
/// partitioned table would have to be rebuilt with its rows), or a column
/// of a table whose row type another table's column stores.
pub(super) fn refusal(ctx: &Models, steps: &[Step]) -> Option<String> {
    if !ctx.current.version.can_set_access_method() {
        for (name, to) in &ctx.desired.kinds.tables {
            if let Some(from) = ctx.current.kinds.tables.get(name)
                && from.access_method != to.access_method
            {
                return Some(format!(
                    "cannot change the access method of table {name} to {} on PostgreSQL {}: \
                     ALTER TABLE ... SET ACCESS METHOD needs PostgreSQL 15; keep its access method, \
                     or create a new table with it, move the rows and swap the names",
                    to.access_method.as_deref().unwrap_or("heap"),
                    ctx.current.version.major()
                ));
            }
        }
    }
    for step in steps {
        for key in &step.invalidates {
            let ObjKey::Column { table, name } = key else {
                continue;
            };
            let Some(t) = ctx.current.kinds.tables.get(table) else {
                continue;
            };
            let col = quote_ident(name);
            // The table's own key, its parents' (a partition shares it),
            // or a key of a partitioned partition or child below it (the
            // retype reaches them all).
            let mut keyed = vec![t];
            let mut parent = t.partition_of.as_ref();
            while let Some(p) = parent.and_then(|(p, _)| ctx.current.kinds.tables.get(p)) {
                keyed.push(p);
                parent = p.partition_of.as_ref();
            }
            keyed.extend(
                super::column::descendants(ctx.current, table)
                    .into_iter()
                    .filter_map(|d| ctx.current.kinds.tables.get(d)),
            );
            for k in keyed {
                if let Some(by) = &k.partition_by
                    && super::bounds::partition_key_columns(by).contains(&col.as_str())
                {
                    return Some(format!(
                        "cannot change the type of {table}.{col}: it is in the partition key of {} ({by}), \
                         and PostgreSQL cannot retype a partition key column; \
                         keep its type, or create a new partitioned table, move the rows and swap the names",
                        k.name
                    ));
                }
            }
            let row_type = table.to_string();
            // A column that keeps storing those rows (one the plan drops or
            // converts first is no obstacle).
            let stores = |db: &crate::model::Database, t: &QualName, c: &str| {
                db.kinds
                    .tables
                    .get(t)
                    .and_then(|t| t.column(c))
                    .is_some_and(|c| c.data_type.trim_end_matches("[]") == row_type)
            };
            let user = ctx.current.kinds.tables.values().find_map(|u| {
                u.columns
                    .iter()
                    .find(|c| {
                        stores(ctx.current, &u.name, &c.name)
                            && stores(ctx.desired, &u.name, &c.name)
                    })
                    .map(|c| format!("{}.{}", u.name, quote_ident(&c.name)))
            });
            if let Some(user) = user {
                return Some(format!(
                    "cannot change the type of {table}.{col}: column {user} stores {table} rows, \
                     and PostgreSQL cannot alter a table whose row type a column uses; \
                     keep its type, or change {user} to another type first"
                ));
            }
        }
    }
    None
}
