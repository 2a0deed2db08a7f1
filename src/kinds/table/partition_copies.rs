//! The names of what PostgreSQL copies for a foreign key referencing a
//! partitioned table: one copy for each of its partitions. (The
//! partitions' indexes attached to a partitioned table's index are the
//! index kind's: `kinds/index.rs`.)
//!
//! The copies are on the referencing table, named `<key>1`, `<key>2`...
//! in the order the partitions were attached; so a detach and an attach
//! (or a key made before its partitions in the files) leave other numbers
//! than a fresh build. One step renames them all by lookup, through
//! temporary names (the numbers may swap), after every partition is
//! attached: when the key is kept and its copies' names differ, or when
//! the plan makes the key and the names are not `<key>1` alone.

use crate::model::{Constraint, ForeignKeyCopy, ObjKey, QualName, quote_ident, quote_literal};
use crate::step::Step;

/// The step that names `to`'s copies (a foreign key of `table`), if one is
/// needed. `from`: the key before the plan, when the plan keeps it.
pub(super) fn foreign_key_copies(
    table: &QualName,
    from: Option<&Constraint>,
    to: &Constraint,
) -> Option<Step> {
    let needed = match from {
        Some(f) => f.copies != to.copies,
        None => match to.copies.as_slice() {
            [] => false,
            // `<key>1` (PostgreSQL 18: `<key>_1`): what PostgreSQL names it.
            [one] => one.name != format!("{}1", to.name) && one.name != format!("{}_1", to.name),
            _ => true,
        },
    };
    if !needed {
        return None;
    }
    let wanted: Vec<String> = to
        .copies
        .iter()
        .map(|ForeignKeyCopy { references, name }| {
            format!(
                "({}::regclass, {})",
                quote_literal(&references.to_string()),
                quote_literal(name)
            )
        })
        .collect();
    let t = quote_literal(&table.to_string());
    let sql = format!(
        "DO $driftless$\n\
         DECLARE\n\
         \x20 r record;\n\
         \x20 renamed text[] := '{{}}';\n\
         BEGIN\n\
         \x20 -- each copy named otherwise goes under a temporary name first (the numbers may swap)\n\
         \x20 FOR r IN WITH RECURSIVE copies AS (\n\
         \x20     SELECT c.oid FROM pg_constraint c JOIN pg_constraint k ON c.conparentid = k.oid\n\
         \x20      WHERE k.conrelid = {t}::regclass AND k.conparentid = 0 AND k.conname = {k}\n\
         \x20        AND c.conrelid = k.conrelid\n\
         \x20     UNION ALL\n\
         \x20     SELECT c.oid FROM pg_constraint c JOIN copies ON c.conparentid = copies.oid\n\
         \x20      WHERE c.conrelid = {t}::regclass)\n\
         \x20   SELECT c.oid, c.conname, w.name FROM copies JOIN pg_constraint c USING (oid)\n\
         \x20     JOIN (VALUES {values}) w (rel, name) ON w.rel = c.confrelid\n\
         \x20    WHERE c.conname <> w.name\n\
         \x20 LOOP\n\
         \x20   EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', {t}, r.conname, 'driftless_' || r.oid);\n\
         \x20   renamed := renamed || ARRAY['driftless_' || r.oid, r.name];\n\
         \x20 END LOOP;\n\
         \x20 FOR i IN 1 .. cardinality(renamed) / 2 LOOP\n\
         \x20   EXECUTE format('ALTER TABLE %s RENAME CONSTRAINT %I TO %I', {t}, renamed[2 * i - 1], renamed[2 * i]);\n\
         \x20 END LOOP;\n\
         END\n$driftless$",
        k = quote_literal(&to.name),
        values = wanted.join(", "),
    );
    let mut s = Step::new(format!(
        "name the copies of foreign key {} on {table} for the partitions of {}",
        quote_ident(&to.name),
        to.references
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    ))
    .sql(sql)
    .needs(ObjKey::Constraint {
        table: table.clone(),
        name: to.name.clone(),
    });
    for c in &to.copies {
        s = s
            .needs(ObjKey::Table {
                name: c.references.clone(),
            })
            .needs(ObjKey::Partition {
                name: c.references.clone(),
            });
    }
    Some(s)
}
