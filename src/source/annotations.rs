//! `@renamed from=OLD` annotations: which object each one's line defines.
//!
//! The splitter keeps every comment holding `@renamed` with its statement
//! ([`SourceStatement::annotations`]); here the statement's tokens say what
//! the annotated line defines: the statement's own object (`CREATE TABLE`,
//! `VIEW`, `MATERIALIZED VIEW`, `SEQUENCE`, `INDEX`, `TYPE`, `DOMAIN`,
//! `FUNCTION`, `PROCEDURE`, `SCHEMA`, `TRIGGER`, `POLICY`), or, on a line of
//! a table's body, the column or named constraint defined there; on a line
//! of an enum's labels, the label; of a composite type's attributes, the
//! attribute; of an `ALTER TABLE ... ADD`, the column or constraint it adds.
//! Anything else is an error at the annotation's position: an annotation
//! is never ignored.

use crate::model::scan::{self, Token};

use super::files::{Annotated, SourceError, SourceStatement};
use crate::model::rename::{Annotation, ObjectKind, PartKind, Target};

/// The annotations of all statements, in file order.
pub fn read(statements: &[SourceStatement]) -> Result<Vec<Annotation>, SourceError> {
    let mut out = Vec::new();
    for stmt in statements.iter().filter(|s| !s.annotations.is_empty()) {
        let tokens = tokens(stmt);
        for a in &stmt.annotations {
            let fail = |message: String| SourceError::Syntax {
                path: stmt.file.clone(),
                line: a.line,
                column: a.column,
                message,
            };
            let old = old_name(a).map_err(&fail)?;
            let target = target(&tokens, (a.line, a.column)).map_err(&fail)?;
            let old = match (&target, old) {
                (Target::Part { kind, .. }, Old::Label(l)) if *kind == PartKind::Label => vec![l],
                (Target::Part { kind, .. }, Old::Name(n)) if *kind == PartKind::Label => {
                    vec![n.join(".")]
                }
                (_, Old::Name(n)) => n,
                (_, Old::Label(_)) => {
                    return Err(fail("a quoted string names an enum label only".into()));
                }
            };
            out.push(Annotation {
                target,
                old,
                location: format!("{}:{}:{}", stmt.file.display(), a.line, a.column),
            });
        }
    }
    Ok(out)
}

/// The renames a migration's own statements make (`ALTER ... RENAME`,
/// `ALTER ... SET SCHEMA`), as annotations would declare them, so that
/// `migrate lint` reads a migration that renames as renames, not as a drop
/// and a create. A statement of another shape gives nothing.
///
/// Renames of one object in a row become one (`a` to `b`, then `b` to
/// `c`: `a` to `c`), and a part renamed before its table is renamed is
/// named under the table's last name: annotations describe the end state.
/// Unqualified names are read in `public`, a migration's search path.
pub fn rename_statements(statements: &[SourceStatement]) -> Vec<Annotation> {
    let qualify = |name: Vec<String>| match name.as_slice() {
        [n] => vec!["public".to_string(), n.clone()],
        _ => name,
    };
    let mut out: Vec<Annotation> = Vec::new();
    for stmt in statements {
        let Some((target, old)) = rename_statement(&tokens(stmt)) else {
            continue;
        };
        let target = match target {
            Target::Object { kind, name } => Target::Object {
                kind,
                name: qualify(name),
            },
            Target::Part { kind, owner, name } => Target::Part {
                kind,
                owner: qualify(owner),
                name,
            },
            schema => schema,
        };
        // The object's name before this statement, qualified.
        let before = match (&target, old.as_slice()) {
            (Target::Object { name, .. }, [o]) => Some(vec![name[0].clone(), o.clone()]),
            (Target::Object { .. }, _) => Some(old.clone()),
            _ => None,
        };
        let mut merged = false;
        for earlier in &mut out {
            match (&mut earlier.target, &target) {
                (Target::Object { name, .. }, Target::Object { name: new, .. })
                    if Some(&*name) == before.as_ref() =>
                {
                    *name = new.clone();
                    merged = true;
                }
                (Target::Part { owner, .. }, Target::Object { name: new, .. })
                    if Some(&*owner) == before.as_ref() =>
                {
                    *owner = new.clone();
                }
                (
                    Target::Part { kind, owner, name },
                    Target::Part {
                        kind: k,
                        owner: o,
                        name: n,
                    },
                ) if kind == k && owner == o && old.as_slice() == [name.clone()] => {
                    *name = n.clone();
                    merged = true;
                }
                (Target::Schema(name), Target::Schema(new)) if old.as_slice() == [name.clone()] => {
                    *name = new.clone();
                    merged = true;
                }
                _ => {}
            }
        }
        if !merged {
            out.push(Annotation {
                target,
                old,
                location: stmt.location(),
            });
        }
    }
    out
}

/// `(what the statement names afterwards, its old name)`.
fn rename_statement(tokens: &[Tok]) -> Option<(Target, Vec<String>)> {
    let mut i = 0;
    if !skip(tokens, &mut i, &["ALTER"]) {
        return None;
    }
    let kind = if skip(tokens, &mut i, &["MATERIALIZED", "VIEW"]) {
        "MATERIALIZED VIEW".to_string()
    } else if skip(tokens, &mut i, &["FOREIGN", "TABLE"]) {
        "TABLE".to_string()
    } else {
        let k = keyword(tokens.get(i))?;
        i += 1;
        k
    };
    skip(tokens, &mut i, &["IF", "EXISTS"]);
    skip(tokens, &mut i, &["ONLY"]);
    if kind == "TRIGGER" || kind == "POLICY" {
        let old = ident(tokens.get(i))?;
        i += 1;
        if !skip(tokens, &mut i, &["ON"]) {
            return None;
        }
        let table = qualified(tokens, &mut i)?;
        if !skip(tokens, &mut i, &["RENAME", "TO"]) {
            return None;
        }
        let part = if kind == "TRIGGER" {
            PartKind::Trigger
        } else {
            PartKind::Policy
        };
        let name = ident(tokens.get(i))?;
        return Some((
            Target::Part {
                kind: part,
                owner: table,
                name,
            },
            vec![old],
        ));
    }
    if kind == "SCHEMA" {
        let old = ident(tokens.get(i))?;
        i += 1;
        skip(tokens, &mut i, &["RENAME", "TO"]).then_some(())?;
        return Some((Target::Schema(ident(tokens.get(i))?), vec![old]));
    }
    let object = match kind.as_str() {
        "TABLE" => ObjectKind::Table,
        "VIEW" => ObjectKind::View,
        "MATERIALIZED VIEW" => ObjectKind::MaterializedView,
        "SEQUENCE" => ObjectKind::Sequence,
        "INDEX" => ObjectKind::Index,
        "TYPE" => ObjectKind::Type,
        "DOMAIN" => ObjectKind::Domain,
        "FUNCTION" => ObjectKind::Function,
        "PROCEDURE" => ObjectKind::Procedure,
        _ => return None,
    };
    let name = qualified(tokens, &mut i)?;
    if matches!(object, ObjectKind::Function | ObjectKind::Procedure)
        && matches!(tokens.get(i), Some((Token::LParen, _, _)))
    {
        i = elements(tokens, i).1 + 1;
    }
    let last = name.last()?.clone();
    let with_name = |n: String| -> Vec<String> {
        let mut q = name.clone();
        *q.last_mut().expect("a name has a part") = n;
        q
    };
    if skip(tokens, &mut i, &["SET", "SCHEMA"]) {
        let schema = ident(tokens.get(i))?;
        // An unqualified old name would be read in the new schema: it is
        // in the first schema of a migration's search path.
        let old = match name.as_slice() {
            [n] => vec!["public".to_string(), n.clone()],
            _ => name,
        };
        return Some((
            Target::Object {
                kind: object,
                name: vec![schema, last],
            },
            old,
        ));
    }
    if !skip(tokens, &mut i, &["RENAME"]) {
        return None;
    }
    let part = match keyword(tokens.get(i)).as_deref() {
        Some("TO") => None,
        Some("COLUMN") if object == ObjectKind::Table => {
            i += 1;
            Some(PartKind::Column)
        }
        Some("CONSTRAINT") if matches!(object, ObjectKind::Table) => {
            i += 1;
            Some(PartKind::Constraint)
        }
        Some("VALUE") if object == ObjectKind::Type => {
            i += 1;
            Some(PartKind::Label)
        }
        Some("ATTRIBUTE") if object == ObjectKind::Type => {
            i += 1;
            Some(PartKind::Attribute)
        }
        _ if object == ObjectKind::Table => Some(PartKind::Column),
        _ => return None,
    };
    let Some(part) = part else {
        i += 1;
        return Some((
            Target::Object {
                kind: object,
                name: with_name(ident(tokens.get(i))?),
            },
            vec![last],
        ));
    };
    let text = |t: Option<&Tok>| match (part, t) {
        (PartKind::Label, Some((Token::SingleQuotedString(l), _, _))) => Some(l.clone()),
        (PartKind::Label, _) => None,
        (_, t) => ident(t),
    };
    let old = text(tokens.get(i))?;
    i += 1;
    skip(tokens, &mut i, &["TO"]).then_some(())?;
    let new = text(tokens.get(i))?;
    Some((
        Target::Part {
            kind: part,
            owner: name,
            name: new,
        },
        vec![old],
    ))
}

/// A statement's tokens other than whitespace and comments, each with
/// its line in the file (and its column, in [`Tok`]).
fn tokens(stmt: &SourceStatement) -> Vec<Tok> {
    let mut tokens = Vec::new();
    if scan::tokenize(&stmt.text, &mut tokens).is_err() {
        return Vec::new();
    }
    tokens
        .into_iter()
        .filter(|t| !matches!(t.token, Token::Whitespace(_)))
        .map(|t| {
            let line = usize::try_from(t.span.start.line).unwrap_or(1).max(1);
            let column = usize::try_from(t.span.start.column).unwrap_or(1);
            // Columns of the statement's first line start at its column.
            let column = if line == 1 {
                column + stmt.column - 1
            } else {
                column
            };
            (t.token, stmt.line + line - 1, column)
        })
        .collect()
}

/// A token, its line and column in the file.
type Tok = (Token, usize, usize);

enum Old {
    Name(Vec<String>),
    Label(String),
}

/// The name after `from=`: identifiers (unquoted ones folded to lower
/// case) separated by dots, or one single-quoted string (a label).
fn old_name(a: &Annotated) -> Result<Old, String> {
    let rest = a.text[a.text.find("@renamed").unwrap_or(0) + "@renamed".len()..].trim_start();
    let Some(spec) = rest.strip_prefix("from=") else {
        return Err("expected `@renamed from=OLD_NAME`".into());
    };
    let mut chars = spec.chars().peekable();
    if chars.peek() == Some(&'\'') {
        chars.next();
        let mut label = String::new();
        loop {
            match chars.next() {
                Some('\'') if chars.peek() == Some(&'\'') => {
                    chars.next();
                    label.push('\'');
                }
                Some('\'') => return Ok(Old::Label(label)),
                Some(c) => label.push(c),
                None => return Err("unterminated quoted label after `from=`".into()),
            }
        }
    }
    let mut parts = Vec::new();
    loop {
        let mut part = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        part.push('"');
                    }
                    Some('"') => break,
                    Some(c) => part.push(c),
                    None => return Err("unterminated quoted name after `from=`".into()),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '.' || c == '"' || c == '*' {
                    break;
                }
                part.extend(c.to_lowercase());
                chars.next();
            }
        }
        if part.is_empty() {
            return Err("expected a name after `from=`".into());
        }
        parts.push(part);
        if chars.peek() == Some(&'.') {
            chars.next();
        } else {
            break;
        }
    }
    if parts.len() > 2 {
        return Err("an old name has at most two parts (schema and name)".into());
    }
    Ok(Old::Name(parts))
}

/// An unquoted word, upper-cased.
fn keyword(t: Option<&Tok>) -> Option<String> {
    match t {
        Some((Token::Word(w), _, _)) if w.quote_style.is_none() => Some(w.value.to_uppercase()),
        _ => None,
    }
}

/// An identifier, folded as PostgreSQL folds it.
fn ident(t: Option<&Tok>) -> Option<String> {
    match t {
        Some((Token::Word(w), _, _)) if w.quote_style.is_none() => Some(w.value.to_lowercase()),
        Some((Token::Word(w), _, _)) => Some(w.value.clone()),
        _ => None,
    }
}

/// A possibly qualified name starting at `*i`; `*i` moves past it.
fn qualified(tokens: &[Tok], i: &mut usize) -> Option<Vec<String>> {
    let mut parts = vec![ident(tokens.get(*i))?];
    *i += 1;
    while matches!(tokens.get(*i), Some((Token::Period, _, _))) {
        parts.push(ident(tokens.get(*i + 1))?);
        *i += 2;
    }
    Some(parts)
}

/// Skips the words of `words` at `*i`, in order, if all are there.
fn skip(tokens: &[Tok], i: &mut usize, words: &[&str]) -> bool {
    let all = words
        .iter()
        .enumerate()
        .all(|(k, w)| keyword(tokens.get(*i + k)).as_deref() == Some(*w));
    if all {
        *i += words.len();
    }
    all
}

/// The elements of a parenthesized list opening at `open`, separated by
/// top-level commas: their token ranges (start, end inclusive), and the
/// index of the closing parenthesis.
fn elements(tokens: &[Tok], open: usize) -> (Vec<(usize, usize)>, usize) {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = open + 1;
    for (k, (t, _, _)) in tokens.iter().enumerate().skip(open) {
        match t {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    if k > start {
                        out.push((start, k - 1));
                    }
                    return (out, k);
                }
            }
            Token::Comma if depth == 1 => {
                if k > start {
                    out.push((start, k - 1));
                }
                start = k + 1;
            }
            _ => {}
        }
    }
    (out, tokens.len())
}

/// The element whose lines hold the annotation at `at` (the last one,
/// when several do), if the annotation comes before `close` (the list's
/// closing parenthesis): one after it is about the whole statement.
fn element_on(tokens: &[Tok], elements: &[(usize, usize)], at: Pos, close: usize) -> Option<usize> {
    let before_close = tokens.get(close).is_none_or(|t| at < (t.1, t.2));
    elements
        .iter()
        .rev()
        .find(|(s, e)| before_close && tokens[*s].1 <= at.0 && at.0 <= tokens[*e].1)
        .map(|(s, _)| *s)
}

/// A (line, column) position in the file.
type Pos = (usize, usize);

const CONSTRAINT_STARTS: [&str; 7] = [
    "CONSTRAINT",
    "PRIMARY",
    "UNIQUE",
    "CHECK",
    "FOREIGN",
    "EXCLUDE",
    "LIKE",
];

/// The column or named constraint a table element (or an `ADD` action)
/// starting at `i` defines.
fn table_part(tokens: &[Tok], mut i: usize, table: &[String]) -> Result<Target, String> {
    let part = |kind, name| Target::Part {
        kind,
        owner: table.to_vec(),
        name,
    };
    if skip(tokens, &mut i, &["CONSTRAINT"]) {
        return ident(tokens.get(i))
            .map(|n| part(PartKind::Constraint, n))
            .ok_or_else(|| "expected a constraint name".into());
    }
    if let Some(k) = keyword(tokens.get(i))
        && CONSTRAINT_STARTS.contains(&k.as_str())
    {
        return Err(
            "a constraint without a name cannot be renamed: name it (CONSTRAINT name ...)".into(),
        );
    }
    ident(tokens.get(i))
        .map(|n| part(PartKind::Column, n))
        .ok_or_else(|| "expected a column definition".into())
}

/// What the statement's annotated `line` defines.
fn target(tokens: &[Tok], at: Pos) -> Result<Target, String> {
    let unsupported = || {
        "@renamed goes on a line that defines a schema, table, column, named constraint, index, view, \
         materialized view, sequence, type, enum label, attribute, domain, function, procedure, trigger or policy"
            .to_string()
    };
    let mut i = 0;
    if skip(tokens, &mut i, &["ALTER", "TABLE"]) {
        skip(tokens, &mut i, &["IF", "EXISTS"]);
        skip(tokens, &mut i, &["ONLY"]);
        let table = qualified(tokens, &mut i).ok_or_else(unsupported)?;
        // Actions, separated by top-level commas.
        let mut actions = Vec::new();
        let (mut depth, mut start) = (0usize, i);
        for (k, (t, _, _)) in tokens.iter().enumerate().skip(i) {
            match t {
                Token::LParen => depth += 1,
                Token::RParen => depth = depth.saturating_sub(1),
                Token::Comma if depth == 0 => {
                    actions.push((start, k - 1));
                    start = k + 1;
                }
                _ => {}
            }
        }
        if start < tokens.len() {
            actions.push((start, tokens.len() - 1));
        }
        let mut a = element_on(tokens, &actions, at, tokens.len()).ok_or_else(unsupported)?;
        if !skip(tokens, &mut a, &["ADD"]) {
            return Err(unsupported());
        }
        let constraint =
            keyword(tokens.get(a)).is_some_and(|k| CONSTRAINT_STARTS.contains(&k.as_str()));
        if skip(tokens, &mut a, &["COLUMN"]) || !constraint {
            skip(tokens, &mut a, &["IF", "NOT", "EXISTS"]);
        }
        return table_part(tokens, a, &table);
    }
    if !skip(tokens, &mut i, &["CREATE"]) {
        return Err(unsupported());
    }
    skip(tokens, &mut i, &["OR", "REPLACE"]);
    let mut materialized = false;
    while let Some(k) = keyword(tokens.get(i)) {
        match k.as_str() {
            "UNIQUE" | "TEMP" | "TEMPORARY" | "UNLOGGED" | "GLOBAL" | "LOCAL" | "RECURSIVE"
            | "CONSTRAINT" | "FOREIGN" => i += 1,
            "MATERIALIZED" => {
                materialized = true;
                i += 1;
            }
            _ => break,
        }
    }
    let kind_word = keyword(tokens.get(i)).ok_or_else(unsupported)?;
    i += 1;
    skip(tokens, &mut i, &["CONCURRENTLY"]);
    skip(tokens, &mut i, &["IF", "NOT", "EXISTS"]);
    let object = |kind| -> Result<Target, String> {
        let mut j = i;
        qualified(tokens, &mut j)
            .map(|name| Target::Object { kind, name })
            .ok_or_else(|| "expected the object's name".to_string())
    };
    match kind_word.as_str() {
        "SCHEMA" => ident(tokens.get(i))
            .filter(|_| keyword(tokens.get(i)).as_deref() != Some("AUTHORIZATION"))
            .map(Target::Schema)
            .ok_or_else(|| "expected the schema's name".into()),
        "TABLE" => {
            let mut j = i;
            let name = qualified(tokens, &mut j).ok_or_else(unsupported)?;
            if matches!(tokens.get(j), Some((Token::LParen, _, _))) {
                let (list, close) = elements(tokens, j);
                if let Some(e) = element_on(tokens, &list, at, close) {
                    return table_part(tokens, e, &name);
                }
            }
            Ok(Target::Object {
                kind: ObjectKind::Table,
                name,
            })
        }
        "TYPE" => {
            let mut j = i;
            let name = qualified(tokens, &mut j).ok_or_else(unsupported)?;
            let mut k = j;
            let (open, kind) = if skip(tokens, &mut k, &["AS", "ENUM"]) {
                (k, PartKind::Label)
            } else {
                (j + 1, PartKind::Attribute)
            };
            let body = keyword(tokens.get(j)).as_deref() == Some("AS")
                && matches!(tokens.get(open), Some((Token::LParen, _, _)));
            let (list, close) = elements(tokens, open);
            if body && let Some(e) = element_on(tokens, &list, at, close) {
                let part = match (&tokens[e].0, kind) {
                    (Token::SingleQuotedString(l), PartKind::Label) => Some(l.clone()),
                    (_, PartKind::Attribute) => ident(tokens.get(e)),
                    _ => None,
                };
                return part
                    .map(|p| Target::Part {
                        kind,
                        owner: name,
                        name: p,
                    })
                    .ok_or_else(unsupported);
            }
            Ok(Target::Object {
                kind: ObjectKind::Type,
                name,
            })
        }
        "VIEW" if materialized => object(ObjectKind::MaterializedView),
        "VIEW" => object(ObjectKind::View),
        "SEQUENCE" => object(ObjectKind::Sequence),
        "INDEX" if keyword(tokens.get(i)).as_deref() == Some("ON") => {
            Err("an index without a name cannot be renamed: name it".into())
        }
        "INDEX" => object(ObjectKind::Index),
        "DOMAIN" => object(ObjectKind::Domain),
        "FUNCTION" => object(ObjectKind::Function),
        "PROCEDURE" => object(ObjectKind::Procedure),
        "TRIGGER" | "POLICY" => {
            let name = ident(tokens.get(i)).ok_or_else(unsupported)?;
            let on = (i..tokens.len())
                .find(|&k| keyword(tokens.get(k)).as_deref() == Some("ON"))
                .ok_or_else(unsupported)?;
            let mut j = on + 1;
            let table = qualified(tokens, &mut j).ok_or_else(unsupported)?;
            Ok(Target::Part {
                kind: if kind_word == "TRIGGER" {
                    PartKind::Trigger
                } else {
                    PartKind::Policy
                },
                owner: table,
                name,
            })
        }
        _ => Err(unsupported()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::files::split;
    use std::path::Path;

    fn read_one(sql: &str) -> Result<Vec<Annotation>, SourceError> {
        read(&split(Path::new("s.sql"), sql)?)
    }

    fn targets(sql: &str) -> Vec<(Target, Vec<String>)> {
        read_one(sql)
            .unwrap()
            .into_iter()
            .map(|a| (a.target, a.old))
            .collect()
    }

    /// What a migration's rename statements read as.
    fn renames_in(sql: &str) -> Vec<(Target, Vec<String>)> {
        rename_statements(&split(Path::new("m.sql"), sql).unwrap())
            .into_iter()
            .map(|a| (a.target, a.old))
            .collect()
    }

    fn obj(kind: ObjectKind, name: &[&str]) -> Target {
        Target::Object {
            kind,
            name: name.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn part(kind: PartKind, owner: &[&str], name: &str) -> Target {
        Target::Part {
            kind,
            owner: owner.iter().map(|s| s.to_string()).collect(),
            name: name.into(),
        }
    }

    fn v(parts: &[&str]) -> Vec<String> {
        parts.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_tables_line_names_the_table_and_a_body_line_its_column_or_constraint() {
        let sql = "CREATE TABLE app.Users ( -- @renamed from=people\n  \
                   id int,\n  \
                   \"Full Name\" text, -- @renamed from=\"name\"\n  \
                   CONSTRAINT users_ok CHECK (id > 0) /* @renamed from=OldCheck */\n);";
        assert_eq!(
            targets(sql),
            vec![
                (obj(ObjectKind::Table, &["app", "users"]), v(&["people"])),
                (
                    part(PartKind::Column, &["app", "users"], "Full Name"),
                    v(&["name"])
                ),
                (
                    part(PartKind::Constraint, &["app", "users"], "users_ok"),
                    v(&["oldcheck"])
                ),
            ]
        );
    }

    #[test]
    fn one_line_statements_take_the_annotation_after_their_semicolon() {
        let sql = "CREATE SCHEMA billing; -- @renamed from=payments\n\
                   CREATE INDEX users_email ON users (email); -- @renamed from=users_mail\n\
                   CREATE MATERIALIZED VIEW stats AS SELECT 1; -- @renamed from=other.totals\n\
                   CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'select a'; -- @renamed from=g\n\
                   CREATE TRIGGER t_audit AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION f(); -- @renamed from=audit\n\
                   CREATE POLICY mine ON users USING (true); -- @renamed from=own\n\
                   CREATE SEQUENCE s; -- @renamed from=s_old\n\
                   CREATE DOMAIN d AS int; -- @renamed from=d_old\n\
                   CREATE VIEW v AS SELECT 1; -- @renamed from=v_old";
        assert_eq!(
            targets(sql),
            vec![
                (Target::Schema("billing".into()), v(&["payments"])),
                (obj(ObjectKind::Index, &["users_email"]), v(&["users_mail"])),
                (
                    obj(ObjectKind::MaterializedView, &["stats"]),
                    v(&["other", "totals"])
                ),
                (obj(ObjectKind::Function, &["f"]), v(&["g"])),
                (
                    part(PartKind::Trigger, &["users"], "t_audit"),
                    v(&["audit"])
                ),
                (part(PartKind::Policy, &["users"], "mine"), v(&["own"])),
                (obj(ObjectKind::Sequence, &["s"]), v(&["s_old"])),
                (obj(ObjectKind::Domain, &["d"]), v(&["d_old"])),
                (obj(ObjectKind::View, &["v"]), v(&["v_old"])),
            ]
        );
    }

    #[test]
    fn a_field_of_a_row_read_with_an_underscore_hides_no_annotation() {
        // sqlparser's tokenizer alone rejects `(p)._x`; PostgreSQL does not.
        let sql = "CREATE VIEW w AS SELECT (p)._x FROM pts p; -- @renamed from=w_old";
        assert_eq!(
            targets(sql),
            vec![(obj(ObjectKind::View, &["w"]), v(&["w_old"]))]
        );
    }

    #[test]
    fn enum_labels_attributes_and_added_columns() {
        let sql = "CREATE TYPE mood AS ENUM (\n 'happy', -- @renamed from='glad'\n 'it''s ok' -- @renamed from=fine\n);\n\
                   CREATE TYPE pair AS (\n a int, -- @renamed from=x\n b int\n);\n\
                   ALTER TABLE ONLY t\n ADD COLUMN IF NOT EXISTS c int, -- @renamed from=d\n ADD CONSTRAINT k UNIQUE (c); -- @renamed from=k_old";
        assert_eq!(
            targets(sql),
            vec![
                (part(PartKind::Label, &["mood"], "happy"), v(&["glad"])),
                (part(PartKind::Label, &["mood"], "it's ok"), v(&["fine"])),
                (part(PartKind::Attribute, &["pair"], "a"), v(&["x"])),
                (part(PartKind::Column, &["t"], "c"), v(&["d"])),
                (part(PartKind::Constraint, &["t"], "k"), v(&["k_old"])),
            ]
        );
    }

    #[test]
    fn rename_statements_read_as_annotations() {
        let sql = "ALTER TABLE ONLY app.t RENAME COLUMN a TO \"B\";\n\
                   ALTER TABLE app.t RENAME TO u;\n\
                   ALTER TABLE t RENAME x TO y;\n\
                   ALTER INDEX IF EXISTS i RENAME TO j;\n\
                   ALTER TYPE mood RENAME VALUE 'a' TO 'b';\n\
                   ALTER FUNCTION f(int, text) RENAME TO g;\n\
                   ALTER TRIGGER tr ON t RENAME TO tr2;\n\
                   ALTER SCHEMA s RENAME TO s2;\n\
                   ALTER VIEW v SET SCHEMA other;\n\
                   ALTER TABLE t ADD COLUMN z int;\n\
                   ALTER TABLE t RENAME CONSTRAINT c1 TO c2;";
        assert_eq!(
            renames_in(sql),
            vec![
                // Renamed before its table: named under the table's new name.
                (part(PartKind::Column, &["app", "u"], "B"), v(&["a"])),
                (obj(ObjectKind::Table, &["app", "u"]), v(&["t"])),
                (part(PartKind::Column, &["public", "t"], "y"), v(&["x"])),
                (obj(ObjectKind::Index, &["public", "j"]), v(&["i"])),
                (part(PartKind::Label, &["public", "mood"], "b"), v(&["a"])),
                (obj(ObjectKind::Function, &["public", "g"]), v(&["f"])),
                (part(PartKind::Trigger, &["public", "t"], "tr2"), v(&["tr"])),
                (Target::Schema("s2".into()), v(&["s"])),
                (obj(ObjectKind::View, &["other", "v"]), v(&["public", "v"])),
                (
                    part(PartKind::Constraint, &["public", "t"], "c2"),
                    v(&["c1"])
                ),
            ]
        );
        // Two renames of one object are one.
        let chain = "ALTER TABLE a RENAME TO b;\nALTER TABLE b RENAME COLUMN x TO y;\n\
                     ALTER TABLE b RENAME TO c;\nALTER TABLE c RENAME COLUMN y TO z;";
        assert_eq!(
            renames_in(chain),
            vec![
                (obj(ObjectKind::Table, &["public", "c"]), v(&["a"])),
                (part(PartKind::Column, &["public", "c"], "z"), v(&["x"])),
            ]
        );
    }

    #[test]
    fn an_annotation_that_names_nothing_is_an_error_at_its_position() {
        let cases = [
            ("COMMENT ON TABLE t IS 'x'; -- @renamed from=u", 1, 28),
            (
                "CREATE TABLE t (\n  PRIMARY KEY (a), -- @renamed from=t_pk\n  a int);",
                2,
                20,
            ),
            ("CREATE INDEX ON t (a); -- @renamed from=i", 1, 24),
            ("CREATE TABLE t (a int); -- @renamed to=u", 1, 25),
            ("CREATE TABLE t (a int); -- @renamed from=a.b.c", 1, 25),
            (
                "CREATE TABLE t (a int);\n-- @renamed from=u\nCREATE TABLE u ();",
                2,
                1,
            ),
        ];
        for (sql, line, column) in cases {
            match read_one(sql) {
                Err(SourceError::Syntax {
                    line: l, column: c, ..
                }) => assert_eq!((l, c), (line, column), "{sql}"),
                other => panic!("{sql}: {other:?}"),
            }
        }
    }
}
