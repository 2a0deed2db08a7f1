//! A difference of one object between two models: what the diff finds,
//! what each kind's steps are planned from.

use serde::Serialize;

/// A difference of one object between the current and the desired model.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Delta<T> {
    Create {
        to: T,
    },
    Drop {
        from: T,
    },
    Alter {
        from: T,
        to: T,
    },
    /// The same object under another name (an index or constraint whose
    /// definition is unchanged).
    Rename {
        from: T,
        to: T,
    },
}

impl<T> Delta<T> {
    pub fn from(&self) -> Option<&T> {
        match self {
            Delta::Create { .. } => None,
            Delta::Drop { from } | Delta::Alter { from, .. } | Delta::Rename { from, .. } => {
                Some(from)
            }
        }
    }

    pub fn to(&self) -> Option<&T> {
        match self {
            Delta::Drop { .. } => None,
            Delta::Create { to } | Delta::Alter { to, .. } | Delta::Rename { to, .. } => Some(to),
        }
    }

    /// `+`, `-`, `~` or `>` (rename), for reports.
    pub fn sign(&self) -> char {
        match self {
            Delta::Create { .. } => '+',
            Delta::Drop { .. } => '-',
            Delta::Alter { .. } => '~',
            Delta::Rename { .. } => '>',
        }
    }
}
