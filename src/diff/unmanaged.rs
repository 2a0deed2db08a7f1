//! Objects driftless does not manage yet, side by side: which exist on
//! only one side, and which exist on both and cannot be compared. `check`
//! never calls a database without drift while either list is non-empty.

use serde::Serialize;

use crate::model::{Database, Unmanaged};

/// Where an unmanaged object was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// Only in the database (`current`).
    Database,
    /// Only in the schema files (`desired`).
    Files,
    /// On both sides: its definitions are not compared.
    Both,
}

/// An object neither diffed nor planned, and where it is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct NotCompared {
    pub kind: String,
    pub name: String,
    pub present_in: Presence,
}

impl NotCompared {
    /// `cast (public.mood AS text) (not managed yet: only in the database)`.
    pub fn describe(&self) -> String {
        let where_ = match self.present_in {
            Presence::Database => "only in the database",
            Presence::Files => "only in the schema files",
            Presence::Both => "on both sides, not compared",
        };
        format!("{} {} (not managed yet: {where_})", self.kind, self.name)
    }
}

/// Every unmanaged object of either side, by kind and name.
pub fn not_compared(current: &Database, desired: &Database) -> Vec<NotCompared> {
    let entry = |u: &Unmanaged, present_in| NotCompared {
        kind: u.kind.clone(),
        name: u.name.clone(),
        present_in,
    };
    let mut out: Vec<NotCompared> = current
        .unmanaged
        .iter()
        .map(|u| {
            entry(
                u,
                if desired.unmanaged.contains(u) {
                    Presence::Both
                } else {
                    Presence::Database
                },
            )
        })
        .chain(
            desired
                .unmanaged
                .iter()
                .filter(|u| !current.unmanaged.contains(u))
                .map(|u| entry(u, Presence::Files)),
        )
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(items: &[(&str, &str)]) -> Database {
        let mut db = Database::default();
        for (kind, name) in items {
            db.unmanaged.insert(Unmanaged {
                kind: kind.to_string(),
                name: name.to_string(),
            });
        }
        db
    }

    #[test]
    fn each_unmanaged_object_is_placed_on_its_sides() {
        let current = with(&[("cast", "(a AS b)"), ("aggregate", "public.m(integer)")]);
        let desired = with(&[
            ("aggregate", "public.m(integer)"),
            ("operator", "public.~<<(t, t)"),
        ]);
        let found: Vec<(String, Presence)> = not_compared(&current, &desired)
            .into_iter()
            .map(|n| (n.name, n.present_in))
            .collect();
        assert_eq!(
            found,
            vec![
                ("public.m(integer)".to_string(), Presence::Both),
                ("(a AS b)".to_string(), Presence::Database),
                ("public.~<<(t, t)".to_string(), Presence::Files),
            ]
        );
        assert!(not_compared(&Database::default(), &Database::default()).is_empty());
    }
}
