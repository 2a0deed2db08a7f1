//! The steps of a column: added, dropped, or altered in place (type,
//! default, generation, identity, `NOT NULL`, storage, compression,
//! statistics target and options, comment), through its table's parents and partitions where PostgreSQL
//! recurses; a default or a generated column set again around a
//! dependency.

use super::keys::{column_key, default_key, has_default, table_key};
use super::table::identity_privileges;
use crate::model::delta::Delta;
use crate::model::{
    Column, ColumnSettings, ObjKey, PgVersion, QualName, SharedName, Table, quote_ident,
};
use crate::step::convert::{is_widening, keeps_storage};
use crate::step::privileges::{self, Kind};
use crate::step::sql::{
    add_not_null, column_definition, column_target, comment, identity_kind, options_change,
    sequence_option_changes, sequence_options,
};
use crate::step::{HazardCode, Models, Op, Step};

pub fn column(ctx: &Models, table: &QualName, d: &Delta<Column>, out: &mut Vec<Step>) {
    let of_type =
        |db: &crate::model::Database| db.kinds.tables.get(table).and_then(|t| t.of_type.clone());
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
        .kinds
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
        if ctx.current.kinds.tables.contains_key(table) {
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
    for stmt in storage_sql(ctx, table, None, to)
        .into_iter()
        .chain(tuning_sql(table, None, to))
    {
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
            let children_keep = ctx.desired.kinds.tables.values().any(|t| {
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
            // The partitions and children that lose the column with it:
            // what stands on theirs goes first too.
            for child in descendants(ctx.current, table) {
                let keeps = |db: &crate::model::Database| {
                    db.kinds
                        .tables
                        .get(child)
                        .and_then(|t| t.column(&from.name))
                        .is_some()
                };
                if keeps(ctx.current) && !keeps(ctx.desired) {
                    s = s.drops(column_key(child, &from.name));
                }
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

/// The `ALTER COLUMN` clauses `SET STORAGE` and `SET COMPRESSION` taking a
/// column from `from` to `to` on a server of `version`; from its type's
/// defaults when `from` is `None` (a column just created, or retyped,
/// which resets both).
pub fn storage_clauses(
    version: PgVersion,
    from: Option<&ColumnSettings>,
    to: &ColumnSettings,
) -> Vec<String> {
    let none = ColumnSettings::default();
    let from = from.unwrap_or(&none);
    let mut clauses = Vec::new();
    if to.storage != from.storage {
        let strategy = match (&to.storage, &from.storage) {
            (Some(own), _) => Some(&own.strategy),
            (None, Some(before)) => Some(&before.type_default),
            (None, None) => None,
        };
        clauses.extend(strategy.map(|s| format!("SET STORAGE {s}")));
    }
    if to.compression != from.compression && version.has_column_compression() {
        let method = to.compression.as_deref().unwrap_or("DEFAULT");
        clauses.push(format!("SET COMPRESSION {method}"));
    }
    clauses
}

/// The `ALTER COLUMN` clauses `SET STATISTICS` and `SET (n_distinct =
/// ...)` / `RESET (...)` taking a column from `from` to `to`; from the
/// server's defaults when `from` is `None`.
pub fn tuning_clauses(from: Option<&ColumnSettings>, to: &ColumnSettings) -> Vec<String> {
    let none = ColumnSettings::default();
    let from = from.unwrap_or(&none);
    let mut clauses = Vec::new();
    if to.statistics != from.statistics {
        clauses.push(format!("SET STATISTICS {}", to.statistics.unwrap_or(-1)));
    }
    let name = |o: &String| o.split_once('=').map_or(o.clone(), |(k, _)| k.to_string());
    let reset: Vec<String> = from
        .options
        .iter()
        .map(name)
        .filter(|k| !to.options.iter().any(|o| name(o) == *k))
        .collect();
    if !reset.is_empty() {
        clauses.push(format!("RESET ({})", reset.join(", ")));
    }
    let set: Vec<String> = to
        .options
        .iter()
        .filter(|o| !from.options.contains(o))
        .map(|o| crate::model::reloption(o))
        .collect();
    if !set.is_empty() {
        clauses.push(format!("SET ({})", set.join(", ")));
    }
    clauses
}

/// `SET STORAGE` and `SET COMPRESSION` taking a table's column from `from`
/// to `to` ([`storage_clauses`]).
pub(super) fn storage_sql(
    ctx: &Models,
    table: &QualName,
    from: Option<&Column>,
    to: &Column,
) -> Vec<String> {
    let col = quote_ident(&to.name);
    storage_clauses(ctx.current.version, from.map(|f| &f.settings), &to.settings)
        .into_iter()
        .map(|clause| format!("ALTER TABLE {table} ALTER COLUMN {col} {clause}"))
        .collect()
}

/// [`tuning_clauses`] for a table's column. `ONLY`: neither a parent's
/// `ADD COLUMN`, `CREATE TABLE ... PARTITION OF` nor `INHERITS` copies
/// them, a table's children are set by their own steps (`SET STATISTICS`
/// would recurse to them), and a type change keeps both.
pub(super) fn tuning_sql(table: &QualName, from: Option<&Column>, to: &Column) -> Vec<String> {
    let col = quote_ident(&to.name);
    tuning_clauses(from.map(|f| &f.settings), &to.settings)
        .into_iter()
        .map(|clause| format!("ALTER TABLE ONLY {table} ALTER COLUMN {col} {clause}"))
        .collect()
}

fn add_column_step(ctx: &Models, table: &QualName, c: &Column) -> Step {
    let mut s = Step::new(format!("add column {}", column_target(table, &c.name)))
        .sql(format!(
            "ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {}",
            column_definition(c)
        ))
        .creates(column_key(table, &c.name));
    if let Some(stmt) = not_valid_not_null(table, c) {
        s = s.sql(stmt);
    }
    for stmt in storage_sql(ctx, table, None, c)
        .into_iter()
        .chain(tuning_sql(table, None, c))
    {
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
    if c.not_null
        && !c.not_null_not_valid
        && c.default.is_none()
        && c.generated.is_none()
        && c.identity.is_none()
    {
        let has_table = ctx.current.kinds.tables.contains_key(table);
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
            .kinds
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
pub(super) fn owned_sequences_dropped(
    ctx: &Models,
    table: &QualName,
    column: Option<&str>,
) -> Vec<ObjKey> {
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
pub(super) fn parent_column<'a>(ctx: &'a Models, t: &Table, c: &Column) -> Option<&'a Column> {
    t.parents()
        .filter(|_| c.inherited)
        .filter_map(|p| ctx.desired.kinds.tables.get(p))
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

/// `SET NOT NULL` in step `s` without a scan hazard: on a table the step
/// creates, or a column arriving from a parent.
pub(super) fn set_not_null_quietly(s: Step, table: &QualName, column: &str) -> Step {
    s.sql(Op::SetNotNull {
        table: table.clone(),
        column: column.to_string(),
    })
}

/// The `ADD NOT NULL ... NOT VALID` a column needs after it is created
/// (PostgreSQL 18: `CREATE TABLE` and `ADD COLUMN` cannot say `NOT
/// VALID`).
pub(super) fn not_valid_not_null(table: &QualName, c: &Column) -> Option<String> {
    (c.not_null && c.not_null_not_valid).then(|| add_not_null(table, c))
}

/// A column's `NOT NULL` as PostgreSQL 18 tells them apart: none, or
/// whether it is `NOT VALID` and whether `NO INHERIT`.
pub(super) fn not_null_of(c: &Column) -> Option<(bool, bool)> {
    c.not_null
        .then_some((c.not_null_not_valid, c.not_null_no_inherit))
}

/// The statements in step `s` that take a column's `NOT NULL` from
/// `from`'s to `to`'s: `SET NOT NULL` (through `set`) where it says all
/// (it validates a `NOT VALID` one), `DROP NOT NULL`, or, for a `NO
/// INHERIT` or `NOT VALID` one, `ADD NOT NULL` (after dropping one of
/// another kind).
pub(super) fn not_null_change(
    ctx: &Models,
    s: Step,
    table: &QualName,
    from: &Column,
    to: &Column,
    set: fn(Step, &QualName, &str) -> Step,
) -> Step {
    let (was, will) = (not_null_of(from), not_null_of(to));
    match (was, will) {
        _ if was == will => s,
        (_, None) => drop_not_null(ctx, s, table, &to.name),
        (was, Some((false, false))) if was.is_none_or(|(_, no_inherit)| !no_inherit) => {
            set(s, table, &to.name)
        }
        (was, Some((not_valid, _))) => {
            let s = if was.is_some() {
                drop_not_null(ctx, s, table, &to.name)
            } else {
                s
            };
            let s = s.sql(add_not_null(table, to));
            if not_valid {
                s
            } else {
                s.hazard(
                    HazardCode::ValidationScan,
                    format!("scans {table} to check for NULLs while writes wait"),
                )
            }
        }
    }
}

/// `DROP NOT NULL` in step `s`. On a parent it reaches every table below
/// it: those that keep their own `NOT NULL` have it set again.
fn drop_not_null(ctx: &Models, mut s: Step, table: &QualName, column: &str) -> Step {
    s = s.sql(format!(
        "ALTER TABLE {table} ALTER COLUMN {} DROP NOT NULL",
        quote_ident(column)
    ));
    // A column of the replica identity's index keeps its NOT NULL until
    // the table's identity moves elsewhere.
    s.needs.extend(super::table::identity_released(ctx, table));
    let keeps = |db: &crate::model::Database, t: &QualName| {
        db.kinds
            .tables
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
pub fn descendants<'a>(db: &'a crate::model::Database, table: &QualName) -> Vec<&'a QualName> {
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
    db.kinds
        .tables
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
    if let Some(stmt) = not_valid_not_null(table, to) {
        s = s.sql(stmt);
    }
    for stmt in storage_sql(ctx, table, None, to)
        .into_iter()
        .chain(tuning_sql(table, None, to))
    {
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
        ctx.current.kinds.tables.get(table)?,
        ctx.desired.kinds.tables.get(table)?,
    );
    cur.inherits
        .iter()
        .filter(|p| des.inherits.contains(p))
        .find(|p| {
            let (Some(a), Some(b)) = (
                ctx.current
                    .kinds
                    .tables
                    .get(*p)
                    .and_then(|t| t.column(&to.name)),
                ctx.desired
                    .kinds
                    .tables
                    .get(*p)
                    .and_then(|t| t.column(&to.name)),
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
                    db.kinds
                        .tables
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
    if let Some(t) = ctx.desired.kinds.tables.get(table) {
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
            .kinds
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
    }
    if not_null_of(from) != not_null_of(to) {
        s = not_null_change(ctx, s, table, from, to, set_not_null_quietly);
    }
    if from.comment != to.comment {
        s = s.sql(comment("COLUMN", &target, to.comment.as_deref()));
    }
    for stmt in storage_sql(ctx, table, Some(from), to)
        .into_iter()
        .chain(tuning_sql(table, Some(from), to))
    {
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
    // Views and triggers on the column must be dropped around it, and
    // those on the same column of the partitions and children below,
    // which the retype reaches too.
    s.invalidates.push(column_key(table, &to.name));
    for child in descendants(ctx.current, table) {
        s.invalidates.push(column_key(child, &to.name));
    }
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
    // (A column a partition or child inherits is dropped and added again
    // through its parent, which reaches it: never on its own, unless its
    // generation differs from its parents' (PostgreSQL 18 lets a
    // partition have its own expression), which is still tried on it, and
    // refused by PostgreSQL, rather than left as it is.)
    let through_parents = from.inherited
        && to.inherited
        && ctx.desired.kinds.tables.get(table).is_some_and(|t| {
            t.parents().all(|p| {
                ctx.desired
                    .kinds
                    .tables
                    .get(p)
                    .and_then(|p| p.column(&to.name))
                    .is_some_and(|c| {
                        c.generated == to.generated && c.generated_virtual == to.generated_virtual
                    })
            })
        });
    let regenerate = !through_parents
        && ((to.generated.is_some()
            && (from.generated != to.generated || from.generated_virtual != to.generated_virtual))
            || (from.generated_virtual && to.generated.is_none())
            || (from.generated.is_some()
                && to.generated.is_some()
                && from.data_type != to.data_type
                && reads_retyped_column(ctx, table, &to.name)));
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
            d.frees.push(SharedName::Relation(seq.clone()));
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
    if not_null_of(from) != not_null_of(to) {
        s = not_null_change(ctx, s, table, from, to, set_not_null);
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
    for stmt in storage_sql(ctx, table, (!retype).then_some(from), to)
        .into_iter()
        .chain(tuning_sql(table, Some(from), to))
    {
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
    if let Some(mut d) = drop_identity {
        // Held back with the rest of the change, never without it (its
        // data loss is the rest's hazard); still a step of its own, so a
        // new sequence taking the identity's name comes between the two.
        d.destructive = s.destructive;
        out.push(d);
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

/// The columns `step` drops, but for those of a table it drops whole (its
/// rows say how much goes).
pub fn dropped_in(step: &Step, current: &crate::model::Database) -> Vec<(QualName, String)> {
    let whole = |t: &QualName| {
        step.drops
            .iter()
            .any(|k| matches!(k, ObjKey::Table { name } if name == t))
    };
    step.drops
        .iter()
        .filter_map(|k| match k {
            ObjKey::Column { table, name }
                if !whole(table)
                    && current
                        .kinds
                        .tables
                        .get(table)
                        .is_some_and(|t| t.column(name).is_some()) =>
            {
                Some((table.clone(), name.clone()))
            }
            _ => None,
        })
        .collect()
}
