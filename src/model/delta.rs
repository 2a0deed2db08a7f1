//! A difference of one object between two models: what the diff finds,
//! what each kind's steps are planned from.

use serde::Serialize;
use serde_json::Value;

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

/// Pairs two sorted maps by key: `(None, Some)` is a create, `(Some, None)`
/// a drop, `(Some, Some)` a possible alter.
pub fn pair_by_key<'a, K: Ord, V>(
    current: &'a std::collections::BTreeMap<K, V>,
    desired: &'a std::collections::BTreeMap<K, V>,
) -> Vec<(Option<&'a V>, Option<&'a V>)> {
    let mut out: Vec<(&K, Option<&V>, Option<&V>)> = Vec::new();
    for (k, v) in current {
        out.push((k, Some(v), desired.get(k)));
    }
    for (k, v) in desired {
        if !current.contains_key(k) {
            out.push((k, None, Some(v)));
        }
    }
    out.sort_by(|a, b| a.0.cmp(b.0));
    out.into_iter().map(|(_, a, b)| (a, b)).collect()
}

/// The difference between one object on each side (`None`: absent).
pub fn delta_of<T: Clone + PartialEq>(from: Option<&T>, to: Option<&T>) -> Option<Delta<T>> {
    match (from, to) {
        (None, Some(t)) => Some(Delta::Create { to: t.clone() }),
        (Some(f), None) => Some(Delta::Drop { from: f.clone() }),
        (Some(f), Some(t)) if f != t => Some(Delta::Alter {
            from: f.clone(),
            to: t.clone(),
        }),
        _ => None,
    }
}

impl<T: Serialize> Delta<T> {
    /// Its sign and both sides as JSON, for the drift report.
    pub fn sign_and_values(&self) -> (char, Option<Value>, Option<Value>) {
        let v = |t: Option<&T>| t.and_then(|t| serde_json::to_value(t).ok());
        (self.sign(), v(self.from()), v(self.to()))
    }
}

/// Turns a drop and a create of equal objects (by `same`) into renames.
/// Pairs are matched in name order, each object at most once.
pub fn pair_renames<T: Clone>(deltas: &mut Vec<Delta<T>>, same: impl Fn(&T, &T) -> bool) {
    let mut used = std::collections::BTreeSet::new();
    let mut renames = Vec::new();
    for (i, d) in deltas.iter().enumerate() {
        let Delta::Drop { from } = d else { continue };
        if let Some(j) = deltas.iter().enumerate().position(|(j, c)| {
            !used.contains(&j) && matches!(c, Delta::Create { to } if same(from, to))
        }) {
            used.insert(i);
            used.insert(j);
            if let Delta::Create { to } = &deltas[j] {
                renames.push((i, from.clone(), to.clone()));
            }
        }
    }
    for (i, from, to) in renames.into_iter().rev() {
        deltas[i] = Delta::Rename { from, to };
    }
    let mut idx = 0;
    deltas.retain(|d| {
        let keep = !(matches!(d, Delta::Create { .. }) && used.contains(&idx));
        idx += 1;
        keep
    });
}
