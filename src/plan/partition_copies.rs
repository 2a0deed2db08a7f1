//! The names of what PostgreSQL copies for each partition: the
//! partitions' indexes attached to a partitioned table's index, and a
//! foreign key's copies for each partition of the table it references.
//!
//! ## Indexes
//!
//! PostgreSQL makes those indexes itself, with a name it chooses
//! (`ev_2024_kind_idx`), when the parent's index is created or a partition
//! is created or attached; unless an equal index on the partition existed
//! first, which is then attached under its own name. A schema file that
//! creates `ev_2024_kind_custom` before `CREATE INDEX ev_kind ON ev` gets
//! that name, and the plan must too.
//!
//! A part on both sides under another name is renamed. A part the plan
//! makes (a new index, a new or newly attached partition) is named and
//! commented through a lookup of the index PostgreSQL attached (its name
//! is not known before): only when the desired name does not look like
//! PostgreSQL's own choice (`<table>_..._idx[N]`) or it has a comment.
//!
//! ## Foreign keys
//!
//! A foreign key referencing a partitioned table has a copy for each of
//! its partitions, on the referencing table, named `<key>1`, `<key>2`...
//! in the order the partitions were attached; so a detach and an attach
//! (or a key made before its partitions in the files) leave other numbers
//! than a fresh build. One step renames them all by lookup, through
//! temporary names (the numbers may swap), after every partition is
//! attached: when the key is kept and its copies' names differ, or when
//! the plan makes the key and the names are not `<key>1` alone.

use super::Step;
use super::sql::comment;
use crate::model::{
    Constraint, ForeignKeyCopy, Index, IndexPart, ObjKey, QualName, quote_ident, quote_literal,
};

/// Steps that give `to`'s parts their names and comments. `from`: the same
/// index before the plan, when the plan keeps it (altered in place or
/// renamed); `None` when the plan creates it.
pub(super) fn index_parts(from: Option<&Index>, to: &Index, out: &mut Vec<Step>) {
    for part in &to.parts {
        let before = from.and_then(|f| f.parts.iter().find(|p| p.table == part.table));
        let step = match before {
            Some(b) => rename_known(to, b, part),
            None => name_new(to, part),
        };
        out.extend(step);
    }
}

/// A part present before the plan, under its current name.
fn rename_known(index: &Index, before: &IndexPart, part: &IndexPart) -> Option<Step> {
    if before.name == part.name && before.comment == part.comment {
        return None;
    }
    let mut s = Step::new(format!(
        "name the index of partition {} of index {}",
        part.table, index.name
    ))
    .needs(index_key(&index.name))
    .needs(ObjKey::Table {
        name: part.table.clone(),
    });
    if before.name != part.name {
        s = s
            .sql(format!(
                "ALTER INDEX {} RENAME TO {}",
                before.name,
                quote_ident(&part.name.name)
            ))
            .drops(index_key(&before.name))
            .creates(index_key(&part.name))
            .keeping();
    }
    if before.comment != part.comment {
        s = s.sql(comment(
            "INDEX",
            &part.name.to_string(),
            part.comment.as_deref(),
        ));
    }
    Some(s)
}

/// A part the plan makes: PostgreSQL names it; renamed and commented by
/// lookup when the desired name or comment is the files' own.
fn name_new(index: &Index, part: &IndexPart) -> Option<Step> {
    let generated = looks_generated(&part.name.name, &part.table.name);
    if generated && part.comment.is_none() {
        return None;
    }
    let mut body = String::new();
    if !generated {
        body.push_str(&format!(
            "  EXECUTE format('ALTER INDEX %s RENAME TO %I', part, {});\n",
            quote_literal(&part.name.name)
        ));
    }
    if let Some(c) = &part.comment {
        body.push_str(&format!(
            "  EXECUTE format('COMMENT ON INDEX %s IS %L', part, {});\n",
            quote_literal(c)
        ));
    }
    let sql = format!(
        "DO $driftless$\n\
         DECLARE part regclass;\n\
         BEGIN\n\
         \x20 SELECT t.relid INTO STRICT part\n\
         \x20   FROM pg_partition_tree({}::regclass) t JOIN pg_index i ON i.indexrelid = t.relid\n\
         \x20  WHERE t.level > 0 AND i.indrelid = {}::regclass;\n\
         {body}\
         END\n$driftless$",
        quote_literal(&index.name.to_string()),
        quote_literal(&part.table.to_string()),
    );
    Some(
        Step::new(format!(
            "name the index of partition {} of index {}",
            part.table, index.name
        ))
        .sql(sql)
        .needs(index_key(&index.name))
        .needs(ObjKey::Table {
            name: part.table.clone(),
        })
        .needs(ObjKey::Partition {
            name: part.table.clone(),
        })
        .creates(index_key(&part.name)),
    )
}

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

fn index_key(name: &QualName) -> ObjKey {
    ObjKey::Index { name: name.clone() }
}

/// Whether `name` can be PostgreSQL's own choice for an index on `table`:
/// the table's name (cut to fit, as PostgreSQL cuts the longer part),
/// then `_`, columns, `_idx` and maybe a number.
fn looks_generated(name: &str, table: &str) -> bool {
    let keep = table.len().min(28);
    let prefix = match table.get(..keep) {
        Some(p) => p,
        None => return false,
    };
    let Some(rest) = name.strip_prefix(prefix) else {
        return false;
    };
    let rest = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    rest.ends_with("_idx")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_postgresql_chooses_are_told_apart_from_the_files_own() {
        assert!(looks_generated("ev_2024_kind_idx", "ev_2024"));
        assert!(looks_generated("ev_2024_kind_at_idx1", "ev_2024"));
        assert!(looks_generated(
            "a_very_long_partition_name_th_kind_idx",
            "a_very_long_partition_name_that_goes_on"
        ));
        assert!(!looks_generated("ev_2024_kind_custom", "ev_2024"));
        assert!(!looks_generated("kind_2024_idx", "ev_2024"));
        assert!(!looks_generated("ev_2024_idx_by_kind", "ev_2024"));
    }
}
