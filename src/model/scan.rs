//! The one SQL scanner: sqlparser's tokenizer (PostgreSQL dialect), for
//! every place that must find structure in SQL text.
//!
//! Schema files are split into statements with it (`source::files`), the
//! objects a `@renamed` comment names are found with it
//! (`source::annotations`), and the planner takes the catalog's own
//! renderings apart with it (a partition bound's values, a key's columns,
//! an array of constants to cast, a type's modifiers). Each of those once
//! had a scanner of its own, each with its own idea of string literals,
//! quoted identifiers and dollar quotes; this one has PostgreSQL's.
//!
//! What it adds to the tokenizer: text it rejects although PostgreSQL
//! accepts it (`(row)._field`, `1._x`) is tokenized anyway, in time linear
//! in its length; a panic inside the third-party tokenizer becomes an
//! error; and [`lexemes`] gives each token the byte range it was read
//! from, so callers slice the original text instead of printing tokens
//! back. This is the only module that runs sqlparser's tokenizer.

use std::ops::Range;
use std::panic::{AssertUnwindSafe, catch_unwind};

use sqlparser::dialect::PostgreSqlDialect;
pub use sqlparser::tokenizer::{Location, Token, TokenWithSpan, TokenizerError};
use sqlparser::tokenizer::{Tokenizer, Whitespace};

/// Tokenizes `sql` into `buf` (whitespace and comments included), with
/// each token's line and column.
///
/// sqlparser rejects a `_` right after a `.` unless a word precedes it,
/// and after a number: `(row)._field` and `1._x` are valid PostgreSQL.
/// The tokens are those of a copy where each such `_` is replaced by
/// another ASCII character (positions are unchanged; callers slice the
/// original text). Every `._` is patched at once, so that tokenizing stays
/// linear (a same-length `.x`: as a boundary it is the same, inside a
/// string or comment it changes nothing that matters); the loop remains
/// for what this does not foresee.
pub fn tokenize(sql: &str, buf: &mut Vec<TokenWithSpan>) -> Result<(), TokenizerError> {
    let mut patched: Option<String> = sql.contains("._").then(|| sql.replace("._", ".x"));
    loop {
        buf.clear();
        let text = patched.as_deref().unwrap_or(sql);
        let result = tokenize_once(text, buf);
        let Err(err) = &result else {
            return result;
        };
        if err.message != "Unexpected character '_'" {
            return result;
        }
        let Some(at) = byte_at(text, err.location) else {
            return result;
        };
        let replacement = match text.as_bytes().get(at) {
            Some(b'.') => ",",
            Some(b'_') => "x",
            _ => return result,
        };
        let mut fixed = text.to_string();
        fixed.replace_range(at..at + 1, replacement);
        patched = Some(fixed);
    }
}

fn tokenize_once(sql: &str, buf: &mut Vec<TokenWithSpan>) -> Result<(), TokenizerError> {
    let dialect = PostgreSqlDialect {};
    // sqlparser should never panic, but it is a third-party parser fed with
    // arbitrary user input: degrade to an error instead of crashing.
    catch_unwind(AssertUnwindSafe(|| {
        Tokenizer::new(&dialect, sql).tokenize_with_location_into_buf(buf)
    }))
    .unwrap_or_else(|_| {
        Err(TokenizerError {
            message: "sqlparser's tokenizer panicked".to_string(),
            location: Location::empty(),
        })
    })
}

/// Byte offset of the character at a tokenizer location (1-based line and
/// character column; only `\n` starts a line, as in the tokenizer).
fn byte_at(text: &str, at: Location) -> Option<usize> {
    let (line, column) = (
        usize::try_from(at.line).ok()?,
        usize::try_from(at.column).ok()?,
    );
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    text[line_start..]
        .char_indices()
        .nth(column.checked_sub(1)?)
        .map(|(i, _)| line_start + i)
}

/// A token and the bytes of the text it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Lexeme {
    pub token: Token,
    pub range: Range<usize>,
}

impl Lexeme {
    /// Whitespace or a comment.
    pub fn is_blank(&self) -> bool {
        matches!(self.token, Token::Whitespace(_))
    }

    fn is_space(&self) -> bool {
        matches!(
            self.token,
            Token::Whitespace(Whitespace::Space | Whitespace::Newline | Whitespace::Tab)
        )
    }
}

/// The tokens of `sql`, whitespace and comments included, each with its
/// byte range: the ranges cover the text end to end. `None` when the text
/// does not tokenize (an unterminated string, say).
pub fn lexemes(sql: &str) -> Option<Vec<Lexeme>> {
    let mut buf = Vec::new();
    tokenize(sql, &mut buf).ok()?;
    // Token starts are in text order: one walk turns them into offsets.
    let mut starts = Vec::with_capacity(buf.len());
    let mut chars = sql.char_indices();
    let (mut line, mut column, mut byte) = (1u64, 1u64, 0usize);
    for t in &buf {
        let at = (t.span.start.line, t.span.start.column);
        while (line, column) < at {
            let Some((_, c)) = chars.next() else { break };
            byte += c.len_utf8();
            if c == '\n' {
                (line, column) = (line + 1, 1);
            } else {
                column += 1;
            }
        }
        starts.push(byte);
    }
    let ends = starts.iter().skip(1).copied().chain([sql.len()]);
    Some(
        buf.into_iter()
            .zip(starts.iter().copied().zip(ends))
            .map(|(t, (start, end))| Lexeme {
                token: t.token,
                range: start..end,
            })
            .collect(),
    )
}

fn opens(t: &Token) -> bool {
    matches!(t, Token::LParen | Token::LBracket)
}

fn closes(t: &Token) -> bool {
    matches!(t, Token::RParen | Token::RBracket)
}

/// The index of the lexeme that closes the parenthesis or bracket
/// `lexemes[open]` opens.
pub fn matching(lexemes: &[Lexeme], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, l) in lexemes.iter().enumerate().skip(open) {
        if opens(&l.token) {
            depth += 1;
        } else if closes(&l.token) {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

/// `s` split at its commas outside parentheses and brackets, each part
/// trimmed (commas in literals and quoted identifiers are no separators).
/// Text that does not tokenize is one part.
pub fn split_top_level(s: &str) -> Vec<&str> {
    let Some(lexemes) = lexemes(s) else {
        return vec![s.trim()];
    };
    split_lexemes(&lexemes)
        .into_iter()
        .map(|part| match (part.first(), part.last()) {
            (Some(a), Some(b)) => s[a.range.start..b.range.end].trim(),
            _ => "",
        })
        .collect()
}

/// Lexemes split at their commas outside parentheses and brackets (the
/// commas left out): the parts of a list already tokenized.
pub fn split_lexemes(lexemes: &[Lexeme]) -> Vec<&[Lexeme]> {
    let (mut out, mut start, mut depth) = (Vec::new(), 0, 0usize);
    for (i, l) in lexemes.iter().enumerate() {
        if opens(&l.token) {
            depth += 1;
        } else if closes(&l.token) {
            depth = depth.saturating_sub(1);
        } else if l.token == Token::Comma && depth == 0 {
            out.push(&lexemes[start..i]);
            start = i + 1;
        }
    }
    out.push(&lexemes[start..]);
    out
}

/// When `s` starts with `(`: the text inside it and its matching `)`.
pub fn first_group(s: &str) -> Option<&str> {
    if !s.starts_with('(') {
        return None;
    }
    let lexemes = lexemes(s)?;
    let close = matching(&lexemes, 0)?;
    Some(&s[1..lexemes[close].range.start])
}

/// Whether `s` has a space, tab or newline outside parentheses, brackets,
/// literals and quoted identifiers (an expression rather than one name or
/// call). Text that does not tokenize is taken to have one.
pub fn has_top_level_space(s: &str) -> bool {
    let Some(lexemes) = lexemes(s) else {
        return true;
    };
    let mut depth = 0usize;
    lexemes.iter().any(|l| {
        if opens(&l.token) {
            depth += 1;
        } else if closes(&l.token) {
            depth = depth.saturating_sub(1);
        }
        depth == 0 && l.is_space()
    })
}

/// `s` without what is inside parentheses (and the parentheses):
/// `timestamp(3) with time zone` → `timestamp with time zone`. Text that
/// does not tokenize is returned whole.
pub fn without_groups(s: &str) -> String {
    let Some(lexemes) = lexemes(s) else {
        return s.to_string();
    };
    let mut depth = 0usize;
    let mut out = String::with_capacity(s.len());
    for l in &lexemes {
        match l.token {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push_str(&s[l.range.clone()]),
            _ => {}
        }
    }
    out
}

/// The text inside the first parentheses of `s` (quoted identifiers may
/// hold parentheses).
pub fn first_list(s: &str) -> Option<&str> {
    first_group(&s[s.find('(')?..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexemes_cover_the_text_and_slice_each_token() {
        let sql = "SELECT 'é''s', \"Ü\"\"x\" -- ü\n FROM t /* ß */ WHERE a::text = $q$ $ $q$";
        let lexemes = lexemes(sql).unwrap();
        let mut at = 0;
        for l in &lexemes {
            assert_eq!(l.range.start, at);
            at = l.range.end;
        }
        assert_eq!(at, sql.len());
        let words: Vec<&str> = lexemes
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| &sql[l.range.clone()])
            .collect();
        assert_eq!(
            words,
            [
                "SELECT",
                "'é''s'",
                ",",
                "\"Ü\"\"x\"",
                "FROM",
                "t",
                "WHERE",
                "a",
                "::",
                "text",
                "=",
                "$q$ $ $q$"
            ]
        );
    }

    #[test]
    fn what_the_tokenizer_rejects_but_postgresql_accepts() {
        let sql = "SELECT (r)._f, 1._x";
        let lexemes = lexemes(sql).unwrap();
        assert_eq!(lexemes.last().unwrap().range.end, sql.len());
        assert!(lexemes.iter().any(|l| &sql[l.range.clone()] == "_f"));
    }

    #[test]
    fn split_at_top_level_commas_only() {
        assert_eq!(split_top_level("a, \"b,c\", d"), ["a", "\"b,c\"", "d"]);
        assert_eq!(
            split_top_level("'a,b', 'it''s', f(1, 2), ARRAY[1, 2], $$x,y$$"),
            ["'a,b'", "'it''s'", "f(1, 2)", "ARRAY[1, 2]", "$$x,y$$"]
        );
        assert_eq!(split_top_level(" one "), ["one"]);
        assert_eq!(split_top_level("'unterminated, x"), ["'unterminated, x"]);
    }

    #[test]
    fn first_group_ends_at_its_own_parenthesis() {
        assert_eq!(
            first_group("((price > (0)::numeric) AND (note <> ')'::text)) NO INHERIT"),
            Some("(price > (0)::numeric) AND (note <> ')'::text)")
        );
        assert_eq!(first_group("(\")\", b) x"), Some("\")\", b"));
        assert_eq!(first_group("a (b)"), None);
        assert_eq!(first_group("(a"), None);
    }

    #[test]
    fn space_outside_groups_and_literals() {
        assert!(!has_top_level_space("lower((a || ' '::text))"));
        assert!(!has_top_level_space("\"my col\""));
        assert!(has_top_level_space("a COLLATE \"C\""));
        assert!(has_top_level_space("(a) + 1"));
    }

    #[test]
    fn groups_left_out() {
        assert_eq!(
            without_groups("timestamp(3) with time zone"),
            "timestamp with time zone"
        );
        assert_eq!(
            without_groups("character varying(20)[]"),
            "character varying[]"
        );
        assert_eq!(without_groups("numeric"), "numeric");
    }

    #[test]
    fn matching_skips_literals_and_nests() {
        let sql = "[a, ']', [b]] c";
        let lexemes = lexemes(sql).unwrap();
        let close = matching(&lexemes, 0).unwrap();
        assert_eq!(lexemes[close].range, 12..13);
    }
}
