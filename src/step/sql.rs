//! DDL text for the planner's steps: one function per clause, so every
//! step kind spells columns, options and names the same way.

use crate::model::{
    Column, Constraint, IdentityKind, Index, ObjKey, QualName, SequenceOptions, Table, quote_ident,
    quote_literal, reloption,
};

use super::statement::{Op, Statement};
use crate::model::scan::{self, Token};

pub fn comment(kind: &str, target: &str, text: Option<&str>) -> String {
    let value = text.map_or_else(|| "NULL".to_string(), quote_literal);
    format!("COMMENT ON {kind} {target} IS {value}")
}

/// The model key of a column.
/// The `ALTER ... TRIGGER` word for a `pg_trigger.tgenabled` (or
/// `pg_event_trigger.evtenabled`) code.
pub fn enable_word(code: &str) -> &'static str {
    match code {
        "D" => "DISABLE",
        "R" => "ENABLE REPLICA",
        "A" => "ENABLE ALWAYS",
        _ => "ENABLE",
    }
}

pub fn column_key(table: &QualName, column: &str) -> ObjKey {
    ObjKey::Column {
        table: table.clone(),
        name: column.to_string(),
    }
}

/// The name an object that is replaced is renamed to while its
/// replacement is created beside it (and dropped after).
pub fn old_name(name: &QualName) -> QualName {
    QualName::new(name.schema.clone(), format!("{}__driftless_old", name.name))
}

pub fn column_target(table: &QualName, column: &str) -> String {
    format!("{table}.{}", quote_ident(column))
}

pub fn reloptions(opts: &[String]) -> String {
    opts.iter()
        .map(|o| reloption(o))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn option_key(opt: &str) -> &str {
    opt.split_once('=').map_or(opt, |(k, _)| k)
}

/// `ALTER {target} RESET (...)` of every current storage parameter, then
/// `SET (...)` of the desired list: PostgreSQL keeps parameters in the
/// order they were set, so this reproduces a fresh build exactly.
/// `target` is e.g. `TABLE public.t`.
pub fn replace_options(target: &str, from: &[String], to: &[String]) -> Vec<String> {
    let mut stmts = Vec::new();
    if !from.is_empty() {
        let keys: Vec<&str> = from.iter().map(|o| option_key(o)).collect();
        stmts.push(format!("ALTER {target} RESET ({})", keys.join(", ")));
    }
    if !to.is_empty() {
        stmts.push(format!("ALTER {target} SET ({})", reloptions(to)));
    }
    stmts
}

/// Sequence options in `CREATE SEQUENCE` order; `with_type` adds `AS type`
/// (identity columns take their type from the column).
pub fn sequence_options(o: &SequenceOptions, with_type: bool) -> String {
    let mut parts = Vec::new();
    if with_type {
        parts.push(format!("AS {}", o.data_type));
    }
    parts.push(format!("INCREMENT BY {}", o.increment));
    parts.push(format!("MINVALUE {}", o.min));
    parts.push(format!("MAXVALUE {}", o.max));
    parts.push(format!("START WITH {}", o.start));
    parts.push(format!("CACHE {}", o.cache));
    parts.push(if o.cycle { "CYCLE" } else { "NO CYCLE" }.to_string());
    parts.join(" ")
}

/// A `RESTART` a sequence needs (see [`restart_for_bounds`]).
pub enum Restart {
    /// Never used, or restarting ahead of its value: no value repeats.
    Harmless,
    /// Restarting at or behind a value already handed out: why.
    ReusesValues(String),
}

/// The `RESTART` a sequence needs when its value (`last`, `None` for a
/// sequence never used, whose value is its start) falls outside the new
/// bounds, which PostgreSQL refuses: it restarts at the new `START`, as a
/// fresh build has it.
pub fn restart_for_bounds(
    from: &SequenceOptions,
    to: &SequenceOptions,
    last: Option<i64>,
) -> Option<Restart> {
    let value = last.unwrap_or(from.start);
    if (to.min..=to.max).contains(&value) {
        return None;
    }
    let backwards = |v: i64| {
        if to.increment > 0 {
            to.start <= v
        } else {
            to.start >= v
        }
    };
    Some(match last.filter(|&v| backwards(v)) {
        Some(v) => Restart::ReusesValues(format!(
            "restarts at {} (its value {v} is outside the new bounds): values may be handed out again",
            to.start
        )),
        None => Restart::Harmless,
    })
}

/// The options that differ, as `ALTER SEQUENCE` clauses.
pub fn sequence_option_changes(
    from: &SequenceOptions,
    to: &SequenceOptions,
    with_type: bool,
) -> Vec<String> {
    let mut parts = Vec::new();
    if with_type && from.data_type != to.data_type {
        parts.push(format!("AS {}", to.data_type));
    }
    if from.increment != to.increment {
        parts.push(format!("INCREMENT BY {}", to.increment));
    }
    if from.min != to.min || (with_type && from.data_type != to.data_type) {
        parts.push(format!("MINVALUE {}", to.min));
    }
    if from.max != to.max || (with_type && from.data_type != to.data_type) {
        parts.push(format!("MAXVALUE {}", to.max));
    }
    if from.start != to.start {
        parts.push(format!("START WITH {}", to.start));
    }
    if from.cache != to.cache {
        parts.push(format!("CACHE {}", to.cache));
    }
    if from.cycle != to.cycle {
        parts.push(if to.cycle { "CYCLE" } else { "NO CYCLE" }.to_string());
    }
    parts
}

pub fn identity_kind(kind: IdentityKind) -> &'static str {
    match kind {
        IdentityKind::Always => "ALWAYS",
        IdentityKind::ByDefault => "BY DEFAULT",
    }
}

/// ` OPTIONS (name 'value', ...)`, or nothing.
pub fn options_clause(options: &[(String, String)]) -> String {
    if options.is_empty() {
        return String::new();
    }
    let items: Vec<String> = options
        .iter()
        .map(|(k, v)| format!("{} {}", quote_ident(k), quote_literal(v)))
        .collect();
    format!(" OPTIONS ({})", items.join(", "))
}

/// The `OPTIONS (...)` items turning `from` into `to`, order included:
/// options that keep their place are set, the rest dropped and added
/// again in the desired order.
pub fn options_change(from: &[(String, String)], to: &[(String, String)]) -> Vec<String> {
    let kept = from
        .iter()
        .zip(to)
        .take_while(|((a, _), (b, _))| a == b)
        .count();
    let mut items = Vec::new();
    for ((k, old), (_, new)) in from[..kept].iter().zip(&to[..kept]) {
        if old != new {
            items.push(format!("SET {} {}", quote_ident(k), quote_literal(new)));
        }
    }
    for (k, _) in &from[kept..] {
        items.push(format!("DROP {}", quote_ident(k)));
    }
    for (k, v) in &to[kept..] {
        items.push(format!("ADD {} {}", quote_ident(k), quote_literal(v)));
    }
    items
}

/// A column as written in `CREATE TABLE` or `ADD COLUMN`.
pub fn column_definition(c: &Column) -> String {
    let mut s = format!("{} {}", quote_ident(&c.name), c.data_type);
    s.push_str(&options_clause(&c.fdw_options));
    if let Some(coll) = &c.collation {
        s.push_str(&format!(" COLLATE {coll}"));
    }
    s.push_str(&column_clauses(c));
    s
}

/// A column of a typed table, whose name, type and collation are its
/// type's: `name WITH OPTIONS ...`, if it has any.
fn typed_column_definition(c: &Column) -> Option<String> {
    let clauses = column_clauses(c);
    (!clauses.is_empty()).then(|| format!("{} WITH OPTIONS{clauses}", quote_ident(&c.name)))
}

/// A column's generation, identity, default and `NOT NULL`, each after a
/// space.
fn column_clauses(c: &Column) -> String {
    let mut s = String::new();
    if let Some(expr) = &c.generated {
        let kind = if c.generated_virtual {
            "VIRTUAL"
        } else {
            "STORED"
        };
        s.push_str(&format!(" GENERATED ALWAYS AS ({expr}) {kind}"));
    }
    if let Some(id) = &c.identity {
        s.push_str(&format!(
            " GENERATED {} AS IDENTITY ({})",
            identity_kind(id.kind),
            sequence_options(&id.options, false)
        ));
    }
    if let Some(d) = &c.default {
        s.push_str(&format!(" DEFAULT {d}"));
    }
    // A NOT VALID one is added after (`kinds::table::column`).
    if c.not_null && !c.not_null_not_valid {
        s.push_str(" NOT NULL");
        if c.not_null_no_inherit {
            s.push_str(" NO INHERIT");
        }
    }
    s
}

/// `ADD NOT NULL` for a column whose `NOT NULL` (PostgreSQL 18) is `NO
/// INHERIT` or `NOT VALID`, which `SET NOT NULL` cannot say.
pub fn add_not_null(table: &QualName, c: &Column) -> String {
    format!(
        "ALTER TABLE {table} ADD NOT NULL {}{}{}",
        quote_ident(&c.name),
        if c.not_null_no_inherit {
            " NO INHERIT"
        } else {
            ""
        },
        if c.not_null_not_valid {
            " NOT VALID"
        } else {
            ""
        }
    )
}

pub fn constraint_definition(c: &Constraint) -> String {
    format!("CONSTRAINT {} {}", quote_ident(&c.name), c.definition)
}

pub fn add_constraint(table: &QualName, c: &Constraint) -> Statement {
    use crate::model::ConstraintKind;
    Op::AddConstraint {
        table: table.clone(),
        name: c.name.clone(),
        definition: c.definition.clone(),
        validatable: matches!(c.kind, ConstraintKind::Check | ConstraintKind::ForeignKey)
            && c.validity().1
            && c.enforced(),
        references: c.references.clone(),
    }
    .into()
}

pub fn drop_constraint(table: &QualName, name: &str) -> String {
    format!(
        "ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {}",
        quote_ident(name)
    )
}

pub fn constraint_comment(table: &QualName, c: &Constraint) -> String {
    comment(
        "CONSTRAINT",
        &format!("{} ON {table}", quote_ident(&c.name)),
        c.comment.as_deref(),
    )
}

pub fn constraint_index_comment(table: &QualName, c: &Constraint) -> String {
    comment(
        "INDEX",
        &QualName::new(table.schema.clone(), c.name.clone()).to_string(),
        c.index_comment.as_deref(),
    )
}

/// `CREATE TABLE` with every column and the constraints for which
/// `inline` holds (foreign keys are added by later steps).
/// Columns and constraints that come from a parent are left out: the
/// parent (`INHERITS`, `PARTITION OF`) brings them.
pub fn create_table(t: &Table, inline: impl Fn(&Constraint) -> bool) -> String {
    let mut items: Vec<String> = if t.partition_of.is_some() {
        Vec::new()
    } else if t.of_type.is_some() {
        t.columns
            .iter()
            .filter_map(typed_column_definition)
            .collect()
    } else {
        t.columns
            .iter()
            .filter(|c| !c.inherited)
            .map(column_definition)
            .collect()
    };
    items.extend(
        t.constraints
            .values()
            .filter(|c| !c.inherited && inline(c))
            .map(constraint_definition),
    );
    let body = if items.is_empty() {
        String::new()
    } else {
        format!("\n    {}\n", items.join(",\n    "))
    };
    let mut s = format!(
        "CREATE {}{} IF NOT EXISTS {}",
        if t.unlogged { "UNLOGGED " } else { "" },
        t.keyword(),
        t.name
    );
    match (&t.partition_of, &t.of_type) {
        (Some((parent, bound)), _) => {
            s.push_str(&format!(" PARTITION OF {parent}"));
            if !body.is_empty() {
                s.push_str(&format!(" ({body})"));
            }
            s.push_str(&format!(" {bound}"));
        }
        (None, Some(of)) => {
            s.push_str(&format!(" OF {of}"));
            if !body.is_empty() {
                s.push_str(&format!(" ({body})"));
            }
        }
        (None, None) => s.push_str(&format!(" ({body})")),
    }
    if !t.inherits.is_empty() {
        let parents: Vec<String> = t.inherits.iter().map(|p| p.to_string()).collect();
        s.push_str(&format!(" INHERITS ({})", parents.join(", ")));
    }
    if let Some(key) = &t.partition_by {
        s.push_str(&format!(" PARTITION BY {key}"));
    }
    if let Some(am) = &t.access_method {
        s.push_str(&format!(" USING {am}"));
    }
    if !t.options.is_empty() {
        s.push_str(&format!(" WITH ({})", reloptions(&t.options)));
    }
    if let Some(f) = &t.foreign {
        s.push_str(&format!(
            " SERVER {}{}",
            f.server,
            options_clause(&f.options)
        ));
    }
    s
}

/// `ALTER <target> SET ACCESS METHOD` to `am` (heap for none), and what
/// its rewrite of the relation's rows says as a hazard.
pub fn set_access_method(target: &str, name: &QualName, am: Option<&str>) -> (String, String) {
    let am = am.unwrap_or("heap");
    (
        format!("ALTER {target} {name} SET ACCESS METHOD {am}"),
        format!("rewrites {name} into access method {am}"),
    )
}

/// `pg_get_indexdef` prints an index of a partitioned table as `ON ONLY`;
/// created that way it would cover no partition. Without `ONLY`, PostgreSQL
/// builds (or attaches) the partitions' indexes too, as a fresh build does.
pub fn create_index(i: &Index) -> Statement {
    let body = match i.body.strip_prefix("ON ONLY ") {
        Some(rest) => format!("ON {rest}"),
        None => i.body.clone(),
    };
    Op::CreateIndex {
        unique: i.unique,
        concurrently: false,
        name: i.name.name.clone(),
        table: i.table.clone(),
        body,
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reloptions_quote_only_when_needed() {
        assert_eq!(reloption("fillfactor=70"), "fillfactor=70");
        assert_eq!(
            reloption("autovacuum_enabled=false"),
            "autovacuum_enabled=false"
        );
        assert_eq!(reloption("x=a b"), "x='a b'");
    }

    #[test]
    fn column_definition_orders_clauses() {
        let c = Column {
            not_null: true,
            default: Some("'x'::text".into()),
            collation: Some("pg_catalog.\"C\"".into()),
            ..Column::plain("Name", "text")
        };
        assert_eq!(
            column_definition(&c),
            "\"Name\" text COLLATE pg_catalog.\"C\" DEFAULT 'x'::text NOT NULL"
        );
    }

    fn opts(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn options_keep_their_order() {
        let from = opts(&[("host", "a"), ("port", "1"), ("db", "x")]);
        assert_eq!(
            options_change(&from, &opts(&[("host", "b"), ("port", "1")])),
            ["SET host 'b'", "DROP db"]
        );
        assert_eq!(
            options_change(&from, &opts(&[("host", "a"), ("db", "x"), ("port", "1")])),
            ["DROP port", "DROP db", "ADD db 'x'", "ADD port '1'"]
        );
        assert!(options_change(&from, &from).is_empty());
    }
}

/// Rewrites PostgreSQL's printed form of an array of constants coerced to
/// another array type so that it parses back to the same expression.
///
/// `varchar_col IN ('a', 'b')` is stored as
/// `(ARRAY['a'::character varying, 'b'::character varying])::text[]`;
/// executed again, that text coerces each element instead of the array and
/// prints differently, so the catalog would never match a fresh build.
/// Casting the array to its element type first,
/// `((ARRAY[...])::character varying[])::text[]`, keeps the original shape.
/// String literals and dollar-quoted bodies are left untouched.
pub fn reparseable(stmt: &str) -> String {
    if !stmt.contains("ARRAY[") {
        return stmt.to_string();
    }
    let Some(lexemes) = scan::lexemes(stmt) else {
        return stmt.to_string();
    };
    let token = |i: usize| lexemes.get(i).map(|l| &l.token);
    let mut out = String::with_capacity(stmt.len() + 32);
    let mut copied = 0;
    let mut i = 0;
    while i < lexemes.len() {
        let is_array = matches!(token(i), Some(Token::Word(w)) if w.quote_style.is_none() && w.value == "ARRAY")
            && token(i + 1) == Some(&Token::LBracket);
        let Some(close) = is_array.then(|| scan::matching(&lexemes, i + 1)).flatten() else {
            i += 1;
            continue;
        };
        // `(ARRAY[...])::t[]` (plain) or `ARRAY[...]::t[]` (pretty).
        let paren = i > 0
            && token(i - 1) == Some(&Token::LParen)
            && token(close + 1) == Some(&Token::RParen)
            && token(close + 2) == Some(&Token::DoubleColon);
        let bare = token(close + 1) == Some(&Token::DoubleColon);
        let elements = &lexemes[i + 2..close];
        let Some(ty) = (paren || bare)
            .then(|| common_constant_type(stmt, elements))
            .flatten()
        else {
            i += 1;
            continue;
        };
        let (first, last) = if paren {
            (i - 1, close + 1)
        } else {
            (i, close)
        };
        let (start, end) = (lexemes[first].range.start, lexemes[last].range.end);
        out.push_str(&stmt[copied..start]);
        out.push_str(&format!("({}::{ty}[])", &stmt[start..end]));
        copied = end;
        i = last + 1;
    }
    out.push_str(&stmt[copied..]);
    out
}

/// When every top-level element is `'literal'::type` with the same type,
/// that type.
fn common_constant_type(stmt: &str, elements: &[scan::Lexeme]) -> Option<String> {
    let mut ty: Option<&str> = None;
    for element in scan::split_lexemes(elements) {
        let mut solid = element.iter().filter(|l| !l.is_blank());
        let (literal, cast) = (solid.next()?, solid.next()?);
        if !matches!(literal.token, Token::SingleQuotedString(_))
            || cast.token != Token::DoubleColon
        {
            return None;
        }
        let end = element.last()?.range.end;
        let this = stmt[cast.range.end..end].trim();
        if this.is_empty() || this.contains(['(', ')']) && !this.starts_with("character varying(") {
            return None;
        }
        match ty {
            None => ty = Some(this),
            Some(t) if t == this => {}
            Some(_) => return None,
        }
    }
    ty.map(str::to_string)
}

#[cfg(test)]
mod reparse_tests {
    use super::reparseable;

    #[test]
    fn varchar_in_list_keeps_its_shape() {
        let s = "ALTER TABLE t ADD CONSTRAINT c CHECK (((s)::text = ANY ((ARRAY['a'::character varying, 'b''x'::character varying])::text[])))";
        assert_eq!(
            reparseable(s),
            "ALTER TABLE t ADD CONSTRAINT c CHECK (((s)::text = ANY (((ARRAY['a'::character varying, 'b''x'::character varying])::character varying[])::text[])))"
        );
    }

    #[test]
    fn pretty_form_too() {
        assert_eq!(
            reparseable("WHERE s::text = ANY (ARRAY['a'::character varying]::text[])"),
            "WHERE s::text = ANY ((ARRAY['a'::character varying]::character varying[])::text[])"
        );
    }

    #[test]
    fn a_quote_inside_a_quoted_identifier_starts_no_literal() {
        let s = "CHECK (((\"it's\")::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))";
        assert_eq!(
            reparseable(s),
            "CHECK (((\"it's\")::text = ANY (((ARRAY['a'::character varying, 'b'::character varying])::character varying[])::text[])))"
        );
    }

    #[test]
    fn leaves_other_text_alone() {
        for s in [
            "CHECK ((n = ANY (ARRAY[1, 2])))",
            "SELECT '(ARRAY[''a''::character varying])::text[]'",
            "CREATE FUNCTION f() AS $function$ SELECT (ARRAY['a'::character varying])::text[] $function$",
            "CHECK ((s = ANY ((ARRAY[x, 'a'::text])::text[])))",
        ] {
            assert_eq!(reparseable(s), s);
        }
    }
}
