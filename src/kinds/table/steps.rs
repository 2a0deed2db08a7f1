//! The steps of tables, columns and constraints, and those that
//! recreate a constraint or a default around a dependency.
//!
//! A new table is created with its columns and every constraint but its
//! foreign keys, which are separate steps: that is what lets two tables
//! reference each other. A dropped table's foreign keys are dropped first
//! for the same reason.

use super::partition_copies;
use crate::model::delta::Delta;
use crate::model::{Column, Constraint, ConstraintKind, ObjKey, QualName, Table, quote_ident};
use crate::step::convert::{is_widening, keeps_storage};
use crate::step::privileges::{self, Kind};
use crate::step::sql::{
    add_constraint, column_definition, column_target, comment, constraint_comment,
    constraint_index_comment, create_table, drop_constraint, identity_kind, options_change,
    replace_options, sequence_option_changes, sequence_options,
};
use crate::step::{HazardCode, Models, Op, Statement, Step};

fn table_key(t: &QualName) -> ObjKey {
    ObjKey::Table { name: t.clone() }
}

pub use crate::step::sql::column_key;

fn default_key(t: &QualName, c: &str) -> ObjKey {
    ObjKey::Default {
        table: t.clone(),
        column: c.to_string(),
    }
}

fn has_default(c: &Column) -> bool {
    c.default.is_some() || c.generated.is_some()
}

fn constraint_key(t: &QualName, c: &str) -> ObjKey {
    ObjKey::Constraint {
        table: t.clone(),
        name: c.to_string(),
    }
}

/// A logged table may not reference an unlogged one, nor an unlogged one
/// be referenced by a logged one: tables whose persistence changes
/// together change in foreign-key order. The tables `to` must wait for.
fn persistence_needs(ctx: &Models, to: &Table) -> Vec<ObjKey> {
    let changes_to = |name: &QualName, unlogged: bool| {
        ctx.current
            .tables
            .get(name)
            .is_some_and(|t| t.unlogged != unlogged)
            && ctx
                .desired
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
            .tables
            .iter()
            .filter(|(name, t)| references(t, &to.name) && changes_to(name, true))
            .map(|(name, _)| table_key(name))
            .collect()
    } else {
        // Tables this one references go logged first. (The delta's tables
        // carry no constraints: those are diffed on their own.)
        let Some(this) = ctx.desired.tables.get(&to.name) else {
            return Vec::new();
        };
        ctx.desired
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

/// `ALTER TABLE ... OF type`: once the table's columns are the type's
/// attributes (names, types, order), which the column steps make them.
fn typed_step(ctx: &Models, table: &QualName, of: &str) -> Step {
    let mut s = Step::new(format!("make {table} a table of type {of}"))
        .sql(format!("ALTER TABLE {table} OF {of}"));
    if let Some(key) = crate::kinds::types::composite::of_type_key(ctx.desired, of) {
        s = s.needs(key);
    }
    if let Some(t) = ctx.desired.tables.get(table) {
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
        || db.tables.get(table).is_some_and(|t| {
            t.constraints.values().any(|c| {
                matches!(
                    c.kind,
                    ConstraintKind::PrimaryKey | ConstraintKind::Unique | ConstraintKind::Exclusion
                )
            })
        })
}

/// Whether `table` has foreign keys (its partitions then hold copies of
/// them, which a detached partition keeps as its own).
fn has_foreign_keys(db: &crate::model::Database, table: &QualName) -> bool {
    db.tables.get(table).is_some_and(|t| {
        t.constraints
            .values()
            .any(|c| c.kind == ConstraintKind::ForeignKey)
    })
}

/// `INHERIT` checks that the table already has each new parent's columns
/// (of the same types) and checks: the steps that add or change those on
/// the table come first.
fn new_parents_needs(ctx: &Models, from: &Table, to: &Table) -> Vec<ObjKey> {
    let parents: Vec<&Table> = to
        .inherits
        .iter()
        .filter(|p| !from.inherits.contains(p))
        .filter_map(|p| ctx.desired.tables.get(p))
        .collect();
    let Some(table) = ctx.desired.tables.get(&to.name) else {
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
            a.needs.extend(attach_needs);
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
        out.push(
            Step::new(format!("attach partition {} to {parent}", to.name))
                .sql(format!(
                    "ALTER TABLE {parent} ATTACH PARTITION {} {bound}",
                    to.name
                ))
                .creates(link)
                .hazard(
                    HazardCode::ValidationScan,
                    format!("scans {} to check its rows fit the bound", to.name),
                ),
        );
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
pub(super) struct RowsMove {
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
        .tables
        .get(&default.name)
        .is_some_and(|d| d.partition_of == default.partition_of);
    let referenced = ctx.current.tables.values().any(|t| {
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
    if bound == "DEFAULT" || ctx.current.tables.contains_key(&t.name) {
        return None;
    }
    let partition_by = ctx.current.tables.get(parent)?.partition_by.as_deref()?;
    let default = default_partition(ctx, parent)?;
    let cond = super::bounds::bound_condition(partition_by, bound, parent)?;
    let columns: Vec<String> = ctx
        .current
        .tables
        .get(parent)?
        .columns
        .iter()
        .filter(|c| c.generated.is_none())
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

fn create(ctx: &Models, t: &Table, out: &mut Vec<Step>) {
    // Foreign keys go after every table exists; a NOT VALID constraint
    // written inside CREATE TABLE would be created valid.
    let inline = |c: &Constraint| c.kind != ConstraintKind::ForeignKey && c.validity().1;
    let mut s = Step::new(format!("create {} {}", t.keyword().to_lowercase(), t.name))
        .sql(create_table(t, inline))
        .creates(table_key(&t.name));
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
        for stmt in storage_sql(ctx, &t.name, parent_col, c) {
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
        if c.not_null && !pc.not_null {
            s = s.sql(Op::SetNotNull {
                table: t.name.clone(),
                column: c.name.clone(),
            });
        }
    }
    if let Some(moving) = default_rows_move(ctx, t) {
        // The rows go back through the parent, into the new partition.
        s.sql.extend(moving.after.into_iter().map(Statement::from));
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
    for c in t
        .constraints
        .values()
        .filter(|c| !inline(c) && !c.inherited)
    {
        out.push(add_constraint_step(&t.name, c, false));
        out.extend(partition_copies::foreign_key_copies(&t.name, None, c));
    }
}

fn drop(ctx: &Models, t: &Table, out: &mut Vec<Step>) {
    // Foreign keys go first, on their own: tables that reference each
    // other can then be dropped in any order.
    let mut s = Step::new(format!("drop {} {}", t.keyword().to_lowercase(), t.name))
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
    for i in ctx
        .current
        .kinds
        .indexes
        .values()
        .filter(|i| i.table == t.name)
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
fn identity_privileges(
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

pub fn column(ctx: &Models, table: &QualName, d: &Delta<Column>, out: &mut Vec<Step>) {
    let of_type =
        |db: &crate::model::Database| db.tables.get(table).and_then(|t| t.of_type.clone());
    let (was, will) = (of_type(ctx.current), of_type(ctx.desired));
    if was.is_some() && was == will {
        typed_column(ctx, table, d, out);
        return;
    }
    let first = out.len();
    plain_column(ctx, table, d, out);
    if was.is_some() {
        // After the table stops being typed (`NOT OF`, in its own step).
        for s in &mut out[first..] {
            s.needs.push(table_key(table));
        }
    }
}

/// A column of a table typed by the same composite type on both sides:
/// the type's steps add, drop and retype it (`ALTER TYPE ... CASCADE`);
/// what is the table's own (default, `NOT NULL`, comment, privileges,
/// storage) is set here.
fn typed_column(ctx: &Models, table: &QualName, d: &Delta<Column>, out: &mut Vec<Step>) {
    match d {
        Delta::Drop { .. } => {}
        Delta::Create { to } => out.extend(typed_column_arrives(ctx, table, to)),
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            // Its type (and collation) come with the attribute's.
            let from = Column {
                data_type: to.data_type.clone(),
                collation: to.collation.clone(),
                ..from.clone()
            };
            if from != *to {
                alter_column(ctx, table, &from, to, out);
            }
        }
    }
}

/// A column new to a typed table (its type's new attribute): what the
/// table sets on it. As `ADD COLUMN ... DEFAULT` would, the rows the table
/// holds take the default, before a `NOT NULL` applies.
fn typed_column_arrives(ctx: &Models, table: &QualName, to: &Column) -> Option<Step> {
    let col = quote_ident(&to.name);
    let target = column_target(table, &to.name);
    let alter = |clause: String| format!("ALTER TABLE {table} ALTER COLUMN {col} {clause}");
    let mut s = Step::new(format!("set up column {target}")).creates(column_key(table, &to.name));
    // After the type's step adds it (held back with it).
    let of = ctx
        .desired
        .tables
        .get(table)
        .and_then(|t| t.of_type.as_deref());
    if let Some(key) =
        of.and_then(|of| crate::kinds::types::composite::of_type_key(ctx.desired, of))
    {
        s = s.needs(key);
    }
    if let Some(d) = &to.default {
        s = s.sql(alter(format!("SET DEFAULT {d}")));
        if ctx.current.tables.contains_key(table) {
            s = s.sql(format!("UPDATE {table} SET {col} = DEFAULT")).hazard(
                HazardCode::TableRewrite,
                format!("fills the new column {target} in every row of {table}"),
            );
        }
    }
    if to.not_null {
        s = set_not_null(s, table, &to.name);
    }
    if to.comment.is_some() {
        s = s.sql(comment("COLUMN", &target, to.comment.as_deref()));
    }
    for stmt in storage_sql(ctx, table, None, to) {
        s = s.sql(stmt);
    }
    let on = format!("TABLE {table}");
    s = privileges::add(s, Kind::Column, &on, Some(&to.name), None, &to.acl);
    (!s.sql.is_empty()).then_some(s)
}

fn plain_column(ctx: &Models, table: &QualName, d: &Delta<Column>, out: &mut Vec<Step>) {
    let key = |c: &Column| column_key(table, &c.name);
    let target = |c: &Column| column_target(table, &c.name);
    match d {
        Delta::Create { to } => out.push(add_column_step(ctx, table, to)),
        Delta::Drop { from } => {
            // Children that keep the column as their own: drop it from
            // this table ONLY, which leaves theirs in place.
            let children_keep = ctx.desired.tables.values().any(|t| {
                t.inherits.contains(table) && t.column(&from.name).is_some_and(|c| !c.inherited)
            });
            let mut s = Step::new(format!("drop column {}", target(from)))
                .sql(format!(
                    "ALTER TABLE {}{table} DROP COLUMN IF EXISTS {}",
                    if children_keep { "ONLY " } else { "" },
                    quote_ident(&from.name)
                ))
                .drops(key(from))
                .destructive(format!("drops column {} and its data", target(from)));
            if has_default(from) {
                s = s.drops(default_key(table, &from.name));
            }
            for seq in owned_sequences_dropped(ctx, table, Some(&from.name)) {
                s = s.drops(seq);
            }
            if from.inherited {
                // Only once the table has left the parent (NO INHERIT).
                s.needs.push(table_key(table));
            }
            out.push(s)
        }
        Delta::Alter { from, to } | Delta::Rename { from, to } => {
            alter_column(ctx, table, from, to, out)
        }
    }
}

/// `SET STORAGE` and `SET COMPRESSION` taking a column from `from` to
/// `to`; from its type's defaults when `from` is `None` (a column just
/// created, or retyped, which resets both).
fn storage_sql(ctx: &Models, table: &QualName, from: Option<&Column>, to: &Column) -> Vec<String> {
    let col = quote_ident(&to.name);
    let alter = |clause: String| format!("ALTER TABLE {table} ALTER COLUMN {col} {clause}");
    let (storage, compression) = from.map_or((None, None), |f| {
        (f.storage.as_ref(), f.compression.as_ref())
    });
    let mut sql = Vec::new();
    if to.storage.as_ref() != storage {
        let strategy = match (&to.storage, storage) {
            (Some(own), _) => Some(&own.strategy),
            (None, Some(before)) => Some(&before.type_default),
            (None, None) => None,
        };
        sql.extend(strategy.map(|s| alter(format!("SET STORAGE {s}"))));
    }
    if to.compression.as_ref() != compression && ctx.current.version.has_column_compression() {
        let method = to.compression.as_deref().unwrap_or("DEFAULT");
        sql.push(alter(format!("SET COMPRESSION {method}")));
    }
    sql
}

fn add_column_step(ctx: &Models, table: &QualName, c: &Column) -> Step {
    let mut s = Step::new(format!("add column {}", column_target(table, &c.name)))
        .sql(format!(
            "ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {}",
            column_definition(c)
        ))
        .creates(column_key(table, &c.name));
    for stmt in storage_sql(ctx, table, None, c) {
        s = s.sql(stmt);
    }
    if has_default(c) {
        s = s.creates(default_key(table, &c.name));
    }
    let on = format!("TABLE {table}");
    s = privileges::add(s, Kind::Column, &on, Some(&c.name), None, &c.acl);
    s = identity_privileges(ctx, table, None, c, s);
    if c.comment.is_some() {
        s = s.sql(comment(
            "COLUMN",
            &column_target(table, &c.name),
            c.comment.as_deref(),
        ));
    }
    if (c.generated.is_some() && !c.generated_virtual) || c.identity.is_some() {
        s = s.hazard(
            HazardCode::TableRewrite,
            format!("rewrites {table} to compute the new column for every row"),
        );
    }
    if c.not_null && c.default.is_none() && c.generated.is_none() && c.identity.is_none() {
        let has_table = ctx.current.tables.contains_key(table);
        if has_table {
            s = s.hazard(
                HazardCode::ValidationScan,
                "NOT NULL without a default fails if the table has rows",
            );
        }
    }
    s
}

/// `ALTER COLUMN ... DROP DEFAULT` as a step of its own: what the default
/// calls may then be dropped (and recreated) before the default is set
/// again.
/// `reaching`: the change reaches the tables below (a retype, which
/// PostgreSQL makes on them too, casting each one's default).
pub fn drop_default_step(ctx: &Models, table: &QualName, column: &str, reaching: bool) -> Step {
    Step::new(format!("drop default of {}", column_target(table, column)))
        .sql(default_sql(ctx, table, column, None, reaching))
        .drops(default_key(table, column))
}

/// `ALTER TABLE ... ALTER COLUMN ... SET DEFAULT expr` (or `DROP DEFAULT`),
/// `ONLY` on a parent unless the change is `reaching` its children: each
/// child keeps the default it has (copied from the parent when it was
/// created, or its own), which the child's own steps change where it
/// differs.
pub fn default_sql(
    ctx: &Models,
    table: &QualName,
    column: &str,
    expr: Option<&str>,
    reaching: bool,
) -> String {
    let only = if reaching {
        ""
    } else {
        only_if_parent(ctx, table)
    };
    let clause = match expr {
        Some(e) => format!("SET DEFAULT {e}"),
        None => "DROP DEFAULT".into(),
    };
    format!(
        "ALTER TABLE {only}{table} ALTER COLUMN {} {clause}",
        quote_ident(column)
    )
}

/// After a parent's default reached the tables below it (a retype), those
/// whose own default differs from the parent's get it back.
fn own_defaults_below(ctx: &Models, table: &QualName, column: &str) -> Vec<String> {
    let default_of = |t: &QualName| {
        ctx.desired
            .tables
            .get(t)
            .and_then(|t| t.column(column))
            .map(|c| c.default.clone())
    };
    let parent_default = default_of(table).flatten();
    descendants(ctx.current, table)
        .into_iter()
        .filter_map(|child| match default_of(child) {
            Some(own) if own != parent_default => {
                Some(default_sql(ctx, child, column, own.as_deref(), false))
            }
            _ => None,
        })
        .collect()
}

/// The sequences owned by a column of `table` (`column`, or any) that the
/// files drop: dropping the column (or table) drops them at once, so what
/// else uses them (another table's default) must let go first.
fn owned_sequences_dropped(ctx: &Models, table: &QualName, column: Option<&str>) -> Vec<ObjKey> {
    ctx.current
        .kinds
        .sequences
        .values()
        .filter(|q| {
            q.owned_by
                .as_ref()
                .is_some_and(|(t, c)| t == table && column.is_none_or(|col| c == col))
        })
        .filter(|q| !ctx.desired.kinds.sequences.contains_key(&q.name))
        .map(|q| ObjKey::Sequence {
            name: q.name.clone(),
        })
        .collect()
}

/// Whether (and how) an identity column's sequence restarts: when its
/// value leaves the new bounds.
fn identity_restarts(
    ctx: &Models,
    table: &QualName,
    to: &Column,
    from: &crate::model::Identity,
    into: &crate::model::Identity,
) -> Option<crate::step::sql::Restart> {
    let mut old = from.options.clone();
    old.data_type.clone_from(&into.options.data_type);
    let last = ctx
        .current
        .sequence_values
        .get(&column_key(table, &to.name))
        .copied();
    crate::step::sql::restart_for_bounds(&old, &into.options, last)
}

/// The desired column of a parent that an inherited column of `t` comes
/// from (`None` for a column of its own).
fn parent_column<'a>(ctx: &'a Models, t: &Table, c: &Column) -> Option<&'a Column> {
    t.parents()
        .filter(|_| c.inherited)
        .filter_map(|p| ctx.desired.tables.get(p))
        .find_map(|p| p.column(&c.name))
}

/// `SET NOT NULL` on a column of a table with rows, in step `s`.
fn set_not_null(s: Step, table: &QualName, column: &str) -> Step {
    s.sql(Op::SetNotNull {
        table: table.clone(),
        column: column.to_string(),
    })
    .hazard(
        HazardCode::ValidationScan,
        format!("scans {table} to check for NULLs while writes wait"),
    )
}

/// `DROP NOT NULL` in step `s`. On a parent it reaches every table below
/// it: those that keep their own `NOT NULL` have it set again.
fn drop_not_null(ctx: &Models, mut s: Step, table: &QualName, column: &str) -> Step {
    s = s.sql(format!(
        "ALTER TABLE {table} ALTER COLUMN {} DROP NOT NULL",
        quote_ident(column)
    ));
    let keeps = |db: &crate::model::Database, t: &QualName| {
        db.tables
            .get(t)
            .and_then(|t| t.column(column))
            .is_some_and(|c| c.not_null)
    };
    let again: Vec<&QualName> = descendants(ctx.current, table)
        .into_iter()
        .filter(|t| keeps(ctx.current, t) && keeps(ctx.desired, t))
        .collect();
    if !again.is_empty() {
        s = s.hazard(
            HazardCode::ValidationScan,
            format!("scans the tables below {table} to set NOT NULL on them again"),
        );
    }
    for t in again {
        s = s.sql(Op::SetNotNull {
            table: t.clone(),
            column: column.to_string(),
        });
    }
    s
}

/// Every table below `table` (its partitions and inheritance children,
/// theirs, and so on), parents before their children.
fn descendants<'a>(db: &'a crate::model::Database, table: &QualName) -> Vec<&'a QualName> {
    let mut found: Vec<&QualName> = Vec::new();
    let mut next = 0;
    let mut parent = table;
    loop {
        found.extend(children(db, parent).into_iter().map(|c| &c.name));
        let Some(t) = found.get(next) else { break };
        parent = t;
        next += 1;
    }
    found
}

/// The tables whose parent (`PARTITION OF` or `INHERITS`) is `table`.
fn children<'a>(db: &'a crate::model::Database, table: &QualName) -> Vec<&'a Table> {
    db.tables
        .values()
        .filter(|t| t.parents().any(|p| p == table))
        .collect()
}

/// `ONLY ` for a table with children on either side: a parent's default
/// is its own, and each child keeps the one it has (copied from the
/// parent when it was created, or its own), which the child's own steps
/// change where it differs.
fn only_if_parent(ctx: &Models, table: &QualName) -> &'static str {
    if children(ctx.current, table).is_empty() && children(ctx.desired, table).is_empty() {
        ""
    } else {
        "ONLY "
    }
}

/// A generated column whose expression changes (or a plain column that
/// becomes generated, or one whose expression calls something recreated):
/// PostgreSQL 15 cannot alter the expression, so the column is dropped and
/// added again, in two steps, so that what the old expression calls may be
/// dropped and recreated in between.
pub fn regenerate_steps(ctx: &Models, table: &QualName, from: &Column, to: &Column) -> [Step; 2] {
    let col = quote_ident(&to.name);
    let target = column_target(table, &to.name);
    let key = column_key(table, &to.name);
    let mut drop = Step::new(format!("drop column {target} to recreate it"))
        .sql(format!("ALTER TABLE {table} DROP COLUMN IF EXISTS {col}"))
        .drops(key.clone());
    if has_default(from) {
        drop = drop.drops(default_key(table, &to.name));
    }
    let what = if to.generated.is_some() {
        "generated column"
    } else {
        "column"
    };
    let mut s = Step::new(format!("recreate {what} {target}"))
        .sql(format!(
            "ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {}",
            column_definition(to)
        ))
        .creates(key)
        .creates(default_key(table, &to.name));
    for stmt in storage_sql(ctx, table, None, to) {
        s = s.sql(stmt);
    }
    // A virtual column (or a plain one, without a default) is added to the
    // catalog only; a stored one is computed for every row.
    if to.generated.is_some() && !to.generated_virtual {
        s = s.hazard(
            HazardCode::TableRewrite,
            format!("rewrites {table} to compute the column"),
        );
    }
    if to.comment.is_some() {
        s = s.sql(comment("COLUMN", &target, to.comment.as_deref()));
    }
    // The new column starts without column privileges.
    let on = format!("TABLE {table}");
    s = privileges::add(s, Kind::Column, &on, Some(&to.name), None, &to.acl);
    if from.generated.is_none() || to.generated.is_none() {
        // Held back together: the add alone would find the old column.
        let why = if to.generated.is_none() {
            format!("replaces the computed values of {target} by NULL")
        } else {
            format!("replaces the data of {target} by a computed value")
        };
        drop = drop.destructive(why.clone());
        s = s.destructive(why);
    }
    [drop, s]
}

/// The column of a parent the table keeps that carries `to`'s change of
/// type to it: PostgreSQL retypes an inherited column only there.
fn retyping_parent(ctx: &Models, table: &QualName, to: &Column) -> Option<ObjKey> {
    let (cur, des) = (
        ctx.current.tables.get(table)?,
        ctx.desired.tables.get(table)?,
    );
    cur.inherits
        .iter()
        .filter(|p| des.inherits.contains(p))
        .find(|p| {
            let (Some(a), Some(b)) = (
                ctx.current.tables.get(*p).and_then(|t| t.column(&to.name)),
                ctx.desired.tables.get(*p).and_then(|t| t.column(&to.name)),
            ) else {
                return false;
            };
            a.data_type != b.data_type && b.data_type == to.data_type
        })
        .map(|p| column_key(p, &to.name))
}

/// Whether the default or generation expression of `table.column` reads a
/// column whose type the plan changes.
fn reads_retyped_column(ctx: &Models, table: &QualName, column: &str) -> bool {
    let expression = default_key(table, column);
    ctx.current
        .dependencies
        .iter()
        .filter(|(from, _)| *from == expression)
        .any(|(_, on)| match on {
            // (The expression's own column is recorded as its dependency.)
            ObjKey::Column { table: t, name } if t == table && name == column => false,
            ObjKey::Column { table, name } => {
                let type_of = |db: &crate::model::Database| {
                    db.tables
                        .get(table)
                        .and_then(|t| t.column(name))
                        .map(|c| c.data_type.clone())
                };
                matches!((type_of(ctx.current), type_of(ctx.desired)), (Some(a), Some(b)) if a != b)
            }
            _ => false,
        })
}
/// The change of a column that comes from a parent (on both sides): its
/// type follows the parent; its default, NOT NULL, comment, storage and
/// privileges are its own. `s` is the column's step, still empty; `None`
/// when nothing of its own changes.
fn inherited_column_step(
    ctx: &Models,
    table: &QualName,
    from: &Column,
    to: &Column,
    mut s: Step,
) -> Option<Step> {
    let col = quote_ident(&to.name);
    let target = column_target(table, &to.name);
    // After the parent has the column (a column new on the parent
    // reaches this table through it).
    if let Some(t) = ctx.desired.tables.get(table) {
        for parent in t.parents() {
            s.needs.push(column_key(parent, &to.name));
        }
    }
    // A column that comes from a parent: its type follows the parent;
    // its default, NOT NULL, comment and privileges are its own.
    if from.default != to.default {
        s = s.sql(default_sql(
            ctx,
            table,
            &to.name,
            to.default.as_deref(),
            false,
        ));
    }
    if from.not_null != to.not_null {
        // A column arriving from the parent holds NULL in every row:
        // like ADD COLUMN ... NOT NULL DEFAULT, rows take this table's
        // default before the NOT NULL applies.
        let arriving = ctx
            .current
            .tables
            .get(table)
            .is_some_and(|t| t.column(&to.name).is_none());
        if to.not_null && arriving && to.default.is_some() {
            s = s
                .sql(format!(
                    "UPDATE {table} SET {col} = DEFAULT WHERE {col} IS NULL"
                ))
                .hazard(
                    HazardCode::TableRewrite,
                    format!("fills the new column {target} in every row of {table}"),
                );
        }
        s = if to.not_null {
            s.sql(Op::SetNotNull {
                table: table.clone(),
                column: to.name.clone(),
            })
        } else {
            drop_not_null(ctx, s, table, &to.name)
        };
    }
    if from.comment != to.comment {
        s = s.sql(comment("COLUMN", &target, to.comment.as_deref()));
    }
    for stmt in storage_sql(ctx, table, Some(from), to) {
        s = s.sql(stmt);
    }
    (!s.sql.is_empty()).then_some(s)
}

/// `ALTER COLUMN ... TYPE` on `s`: through text between enums, without
/// `USING` for a generated column (its values are computed again), with
/// the conversion for the pre-flight checks and the hazards it carries.
fn retype_column(ctx: &Models, table: &QualName, from: &Column, to: &Column, mut s: Step) -> Step {
    let col = quote_ident(&to.name);
    let target = column_target(table, &to.name);
    let alter = |clause: String| format!("ALTER TABLE {table} ALTER COLUMN {col} {clause}");
    let collate = to
        .collation
        .as_ref()
        .map(|c| format!(" COLLATE {c}"))
        .unwrap_or_default();
    // Enums have no casts between each other: go through text.
    let is_enum = |db: &crate::model::Database, t: &str| {
        let base = t.trim_end_matches("[]");
        db.kinds.enums.keys().any(|q| q.to_string() == base)
    };
    let via =
        (is_enum(ctx.current, &from.data_type) || is_enum(ctx.desired, &to.data_type)).then(|| {
            if to.data_type.ends_with("[]") {
                "text[]"
            } else {
                "text"
            }
        });
    let through = via.map(|v| format!("::{v}")).unwrap_or_default();
    // A generated column's values are computed again from its
    // expression: PostgreSQL takes no USING there, and nothing of the
    // old values is converted.
    let computed = from.generated.is_some() && to.generated.is_some();
    s = s.sql(alter(if computed {
        format!("TYPE {}{collate}", to.data_type)
    } else {
        format!(
            "TYPE {}{collate} USING {col}{through}::{}",
            to.data_type, to.data_type
        )
    }));
    if !computed {
        s.conversions.push(crate::step::Conversion {
            column: target.to_string(),
            table: table.clone(),
            name: to.name.clone(),
            from: from.data_type.clone(),
            via: via.map(str::to_string),
            to: to.data_type.clone(),
        });
    }
    if from.collation != to.collation || !keeps_storage(&from.data_type, &to.data_type) {
        s = s.hazard(
            HazardCode::TableRewrite,
            format!("may rewrite {table} and rebuild its indexes"),
        );
    }
    // Views and triggers on the column must be dropped around it.
    s.invalidates.push(column_key(table, &to.name));
    if !computed && !is_widening(&from.data_type, &to.data_type) {
        s = s.destructive(format!(
            "converts {target} from {} to {}: values may not convert, or lose precision",
            from.data_type, to.data_type
        ));
    }
    s
}

/// An identity added (its sequence moved past the values the column
/// holds), or changed in place (kind, options, a restart); dropping one
/// is a step of its own (see [`alter_column`]).
fn identity_change(
    ctx: &Models,
    table: &QualName,
    from: &Column,
    to: &Column,
    mut s: Step,
) -> Step {
    let col = quote_ident(&to.name);
    let target = column_target(table, &to.name);
    let alter = |clause: String| format!("ALTER TABLE {table} ALTER COLUMN {col} {clause}");
    match (&from.identity, &to.identity) {
        (None, Some(id)) => {
            s = s.sql(alter(format!(
                "ADD GENERATED {} AS IDENTITY ({})",
                identity_kind(id.kind),
                sequence_options(&id.options, false)
            )));
            // The new sequence starts afresh: move it past the values the
            // column already holds (a serial's sequence had), or the next
            // insert collides with an existing row.
            let seq = format!(
                "pg_get_serial_sequence({}, {})",
                crate::model::quote_literal(&table.to_string()),
                crate::model::quote_literal(&to.name)
            );
            s = s.sql(setval_past_rows(&seq, table, &col));
        }
        (Some(a), Some(b)) => {
            let mut clauses = Vec::new();
            if a.kind != b.kind {
                clauses.push(format!("SET GENERATED {}", identity_kind(b.kind)));
            }
            // The identity sequence follows the column type by itself.
            let mut old = a.options.clone();
            old.data_type.clone_from(&b.options.data_type);
            clauses.extend(
                sequence_option_changes(&old, &b.options, false)
                    .into_iter()
                    .map(|c| format!("SET {c}")),
            );
            if let Some(restart) = identity_restarts(ctx, table, to, a, b) {
                clauses.push("RESTART".into());
                if let crate::step::sql::Restart::ReusesValues(why) = restart {
                    s = s.destructive(format!("the identity sequence of {target} {why}"));
                }
            }
            if !clauses.is_empty() {
                s = s.sql(alter(clauses.join(" ")));
            }
        }
        _ => {}
    }
    s
}

/// The steps that turn column `from` into `to` on a table both sides
/// keep: a generated column added again where PostgreSQL cannot alter it,
/// a default or an identity dropped in steps of their own where what
/// comes next needs them gone, then one step for the rest.
fn alter_column(ctx: &Models, table: &QualName, from: &Column, to: &Column, out: &mut Vec<Step>) {
    let col = quote_ident(&to.name);
    let target = column_target(table, &to.name);
    let key = column_key(table, &to.name);
    // A generated expression cannot be altered (PostgreSQL 15): the column
    // is dropped and added again. Turning a plain column into a generated
    // one loses its data.
    // A virtual column (PostgreSQL 18) has no stored values to keep: it
    // cannot become stored, nor plain, in place either.
    // A generated column retyped while a column its expression reads is
    // retyped too: PostgreSQL retypes neither while the other holds the
    // expression's dependency, so it is added again with its new type.
    let regenerate = (to.generated.is_some()
        && (from.generated != to.generated || from.generated_virtual != to.generated_virtual))
        || (from.generated_virtual && to.generated.is_none())
        || (from.generated.is_some()
            && to.generated.is_some()
            && from.data_type != to.data_type
            && reads_retyped_column(ctx, table, &to.name));
    if regenerate {
        out.extend(regenerate_steps(ctx, table, from, to));
        return;
    }
    let alter = |clause: String| format!("ALTER TABLE {table} ALTER COLUMN {col} {clause}");
    let mut s = Step::new(format!("alter column {target}")).creates(key.clone());
    if from.inherited && to.inherited {
        out.extend(inherited_column_step(ctx, table, from, to, s));
        return;
    }
    // (A column of an enum type that is rebuilt is converted by the
    // rebuild step itself.)
    // A column a kept parent also has is retyped through the parent
    // (PostgreSQL refuses to alter an inherited column on its own).
    let parent_retypes = retyping_parent(ctx, table, to);
    let retype = (from.data_type != to.data_type || from.collation != to.collation)
        && parent_retypes.is_none();
    s.needs.extend(parent_retypes);
    let identity_changes_kind = from.identity.is_some() != to.identity.is_some();
    // Defaults first out of the way: a type change cannot always cast them,
    // and an identity cannot be added to a column with a default.
    // It is a step of its own: what the old default calls may be dropped
    // (and recreated) between it and the rest of the change.
    let split_default = from.default.is_some()
        && (from.default != to.default
            || retype
            || (to.identity.is_some() && identity_changes_kind));
    if split_default {
        out.push(drop_default_step(ctx, table, &to.name, retype));
    }
    // Dropping an identity drops its sequence and frees that name, which a
    // new sequence (a serial's `t_id_seq`) may take: a step of its own, so
    // the new sequence can be created between it and the rest.
    let drop_identity = (from.identity.is_some() && to.identity.is_none()).then(|| {
        let mut d = Step::new(format!("drop identity of column {target}"))
            .sql(alter("DROP IDENTITY IF EXISTS".into()))
            .creates(key.clone());
        if let Some(seq) = ctx.current.identity_sequences.get(&key) {
            d.frees.push(("pg_class", seq.clone()));
        }
        d
    });
    if from.generated.is_some() && to.generated.is_none() {
        s = s.sql(alter("DROP EXPRESSION IF EXISTS".into()));
    }
    if retype
        && let (Some(a), Some(b)) = (&from.identity, &to.identity)
        && identity_restarts(ctx, table, to, a, b).is_some()
    {
        // The identity sequence takes the new type with the column: its
        // value must fit it first (it restarts anyway, below).
        s = s.sql(alter(format!("RESTART WITH {}", b.options.start)));
    }
    if retype {
        s = retype_column(ctx, table, from, to, s);
    }
    // (An identity column is always NOT NULL, and must be before it
    // becomes one: this comes before ADD GENERATED.)
    if from.not_null != to.not_null {
        s = if to.not_null {
            set_not_null(s, table, &to.name)
        } else {
            drop_not_null(ctx, s, table, &to.name)
        };
    }
    s = identity_change(ctx, table, from, to, s);
    s = identity_privileges(ctx, table, Some(from), to, s);
    if let Some(d) = &to.default
        && (from.default.as_ref() != Some(d) || retype || identity_changes_kind)
    {
        s = s.sql(default_sql(ctx, table, &to.name, Some(d), retype));
        // An identity that becomes a serial: its new sequence starts
        // afresh; move it past the values the column holds, or the next
        // insert collides with an existing row.
        if from.identity.is_some() && to.identity.is_none() {
            let owned = ctx.desired.kinds.sequences.values().find(|q| {
                q.owned_by
                    .as_ref()
                    .is_some_and(|(t, c)| t == table && *c == to.name)
            });
            if let Some(q) = owned {
                let seq = crate::model::quote_literal(&q.name.to_string());
                s = s.sql(setval_past_rows(&seq, table, &col));
            }
        }
    }
    // The retype dropped the defaults of the tables below too (their
    // casts could fail) and the parent's new default reached them: their
    // own come back now.
    if retype && (split_default || to.default.is_some()) {
        for stmt in own_defaults_below(ctx, table, &to.name) {
            s = s.sql(stmt);
        }
    }
    if from.comment != to.comment {
        s = s.sql(comment("COLUMN", &target, to.comment.as_deref()));
    }
    // A new type resets the column's storage and compression to its own.
    for stmt in storage_sql(ctx, table, (!retype).then_some(from), to) {
        s = s.sql(stmt);
    }
    let items = options_change(&from.fdw_options, &to.fdw_options);
    if !items.is_empty() {
        s = s.sql(format!(
            "ALTER FOREIGN TABLE {table} ALTER COLUMN {col} OPTIONS ({})",
            items.join(", ")
        ));
    }
    // The default (or generation expression) is set again by this step.
    let default_touched = from.default != to.default
        || from.generated != to.generated
        || from.generated_virtual != to.generated_virtual
        || (retype && has_default(from));
    if default_touched {
        if has_default(from) && !split_default {
            s = s.drops(default_key(table, &to.name));
        }
        if has_default(to) {
            s = s.creates(default_key(table, &to.name));
        }
    }
    if let Some(d) = drop_identity {
        if s.destructive {
            // Held back with the rest of the change, never without it: one
            // step (a new sequence of the same name is then created before
            // it, which `IF NOT EXISTS` would not notice; rare: a retype).
            s.sql.splice(0..0, d.sql);
        } else {
            out.push(d);
        }
    }
    if !s.sql.is_empty() {
        out.push(s);
    }
}

/// Moves sequence `seq` (an expression naming it) past the values column
/// `col` of `table` holds, when they reach its start: a sequence new to a
/// column with rows would otherwise hand out values already taken.
fn setval_past_rows(seq: &str, table: &QualName, col: &str) -> String {
    format!(
        "SELECT setval({seq}, max({col})) FROM {table} \
         HAVING max({col}) >= (SELECT seqstart FROM pg_sequence WHERE seqrelid = {seq}::regclass)"
    )
}

/// `existing`: whether the table holds rows already (it is not created by
/// this plan); only then do validation and index builds cost anything.
pub fn add_constraint_step(table: &QualName, c: &Constraint, existing: bool) -> Step {
    let mut s = Step::new(format!(
        "add constraint {} on {table}",
        quote_ident(&c.name)
    ))
    .sql(add_constraint(table, c))
    .creates(constraint_key(table, &c.name));
    s = match c.kind {
        _ if !existing => s,
        ConstraintKind::Check | ConstraintKind::ForeignKey if c.validity().1 && c.enforced() => s
            .hazard(
                HazardCode::ValidationScan,
                format!("scans {table} to validate existing rows while writes wait"),
            ),
        ConstraintKind::PrimaryKey | ConstraintKind::Unique | ConstraintKind::Exclusion => s
            .hazard(
                HazardCode::IndexBuild,
                format!("builds an index, blocking writes to {table}"),
            ),
        _ => s,
    };
    if c.comment.is_some() {
        s = s.sql(constraint_comment(table, c));
    }
    if c.index_comment.is_some() {
        s = s.sql(constraint_index_comment(table, c));
    }
    s
}

pub fn drop_constraint_step(table: &QualName, c: &Constraint) -> Step {
    Step::new(format!(
        "drop constraint {} on {table}",
        quote_ident(&c.name)
    ))
    .sql(drop_constraint(table, &c.name))
    .drops(constraint_key(table, &c.name))
}

pub fn constraint(table: &QualName, d: &Delta<Constraint>, out: &mut Vec<Step>) {
    match d {
        Delta::Create { to } => {
            out.push(add_constraint_step(table, to, true));
            out.extend(partition_copies::foreign_key_copies(table, None, to));
        }
        Delta::Drop { from } => {
            let mut s = drop_constraint_step(table, from);
            if from.inherited {
                s.needs.push(table_key(table));
            }
            out.push(s)
        }
        Delta::Alter { from, to } => {
            let (from_def, from_valid) = from.validity();
            let (to_def, to_valid) = to.validity();
            if from_def == to_def && from_valid == to_valid {
                out.extend(partition_copies::foreign_key_copies(table, Some(from), to));
                if from.comment == to.comment && from.index_comment == to.index_comment {
                    return;
                }
                let mut s = Step::new(format!(
                    "change comment on constraint {} on {table}",
                    quote_ident(&to.name)
                ))
                .creates(constraint_key(table, &to.name));
                if from.comment != to.comment {
                    s = s.sql(constraint_comment(table, to));
                }
                if from.index_comment != to.index_comment {
                    s = s.sql(constraint_index_comment(table, to));
                }
                out.push(s);
            } else if from_def == to_def && !from_valid && to_valid {
                let mut s = Step::new(format!(
                    "validate constraint {} on {table}",
                    quote_ident(&to.name)
                ))
                .sql(format!(
                    "ALTER TABLE {table} VALIDATE CONSTRAINT {}",
                    quote_ident(&to.name)
                ))
                .creates(constraint_key(table, &to.name))
                .hazard(
                    HazardCode::ValidationScan,
                    format!("scans {table} to validate existing rows"),
                );
                if from.comment != to.comment {
                    s = s.sql(constraint_comment(table, to));
                }
                out.push(s);
                out.extend(partition_copies::foreign_key_copies(table, Some(from), to));
            } else {
                out.push(drop_constraint_step(table, from));
                out.push(add_constraint_step(table, to, true));
                out.extend(partition_copies::foreign_key_copies(table, None, to));
            }
        }
        Delta::Rename { from, to } => {
            let mut s = Step::new(format!(
                "rename constraint {} on {table} to {}",
                quote_ident(&from.name),
                quote_ident(&to.name)
            ))
            .sql(format!(
                "ALTER TABLE {table} RENAME CONSTRAINT {} TO {}",
                quote_ident(&from.name),
                quote_ident(&to.name)
            ))
            .drops(constraint_key(table, &from.name))
            .creates(constraint_key(table, &to.name))
            .keeping();
            if from.comment != to.comment {
                s = s.sql(constraint_comment(table, to));
            }
            out.push(s);
            out.extend(partition_copies::foreign_key_copies(table, Some(from), to));
        }
    }
}
