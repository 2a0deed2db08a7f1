//! Pre-flight checks, as plans carry them: a [`Check`] is a read-only
//! question for the target's rows before a step that can fail on them
//! runs (a plan is rehearsed on an empty copy of the schema, so `SET NOT
//! NULL` over NULLs or a unique constraint over duplicates pass the
//! rehearsal and fail halfway through a deploy). The kinds ask them
//! ([`crate::kinds::Kind::checks`]), `plan::checks` collects them in step
//! order and `apply::preflight` runs them.
//!
//! Pure: the vocabulary only; no query is built or run here.

use std::collections::BTreeSet;

use super::Models;
use crate::model::ObjKey;

/// One question for the target's rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// The step (0-based) that would fail.
    pub step: usize,
    /// What the step does that the rows may refuse (`SET NOT NULL on
    /// public.users.email`), for "not checked" notes.
    pub what: String,
    pub query: Query,
}

/// How a check asks.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Query {
    /// `count` returns one `int8`: the offending rows (or groups); when
    /// above zero, `samples` returns up to five texts naming some of them
    /// and the finding reads `{count} {finding} ({key} {samples})`.
    Rows {
        count: String,
        samples: String,
        finding: Counted,
    },
    /// The statement fails exactly when the step would (a conversion of
    /// every value); the finding is `{finding}: {the error}`.
    Fails { sql: String, finding: String },
    /// A step that can fail on the rows, of a kind not checked yet: named,
    /// never silently passed.
    Unchecked { why: String },
    /// Rows the step keeps but changes (a [`Query::Rows`]): data it loses
    /// by design (it carries a `data_loss` hazard), counted for the
    /// reviewer; never a reason to refuse.
    Loses(Box<Query>),
}

/// What offending rows are, said of one and of several: `row of public.t
/// has NULL in c` / `rows of public.t have NULL in c`, and what names them
/// in the samples (`id`, `(a, b)`, `ctid`, `values`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Counted {
    pub one: String,
    pub many: String,
    pub key: String,
}

impl Counted {
    /// `noun` (`row`, `value`) `subject`, then the verb for one or many,
    /// then `rest`.
    pub fn new(noun: &str, subject: &str, verbs: (&str, &str), rest: &str, key: String) -> Counted {
        Counted {
            one: format!("{noun} {subject} {} {rest}", verbs.0),
            many: format!("{noun}s {subject} {} {rest}", verbs.1),
            key,
        }
    }

    /// The finding for `n` rows, with the sample keys shown.
    pub fn say(&self, n: i64, samples: &[String]) -> String {
        let more = if (samples.len() as i64) < n {
            ", ..."
        } else {
            ""
        };
        let what = if n == 1 { &self.one } else { &self.many };
        format!("{n} {what} ({} {}{more})", self.key, samples.join(", "))
    }
}

/// At most this many sample keys per finding.
pub const SAMPLES: usize = 5;

/// Where a kind is asked for its checks: at step `step` of a plan from
/// `models.current` to `models.desired`, whose steps drop `dropped`
/// (what they drop and create again starts empty).
pub struct Checking<'a> {
    pub step: usize,
    pub models: Models<'a>,
    pub dropped: &'a BTreeSet<ObjKey>,
}
