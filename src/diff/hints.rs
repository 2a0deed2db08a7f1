//! Hints, never actions: a drop and a create that look like a rename.
//!
//! The files cannot say "renamed" without an annotation, and guessing
//! would be an action the user did not ask for. When a change drops an
//! object and creates one of the same kind and shape in the same place (a
//! column of the same type in the same table; a table with the same
//! columns in the same schema; an enum with the same labels), the user is
//! told which `@renamed` line would keep the data. Each kind says what
//! looks like a rename of its objects (`Kind::rename_hints`). Indexes and
//! constraints need no hint: the same definition under another name is
//! renamed already.

use super::Change;

/// One line per likely rename, for stderr: the kinds' in registry order.
pub fn rename_hints(changes: &[Change]) -> Vec<String> {
    crate::kinds::rename_hints(changes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::diff;
    use crate::model::{Column, Database, EnumType, QualName, Table};

    fn with(table: &[(&str, &str)], enums: &[(&str, &[&str])]) -> Database {
        let mut db = Database::default();
        let mut t = Table::empty(QualName::new("app", "t"));
        for (name, ty) in table {
            t.columns.push(Column::plain(name, ty));
        }
        db.kinds.tables.insert(t.name.clone(), t);
        for (name, labels) in enums {
            let e = EnumType {
                name: QualName::new("app", *name),
                labels: labels.iter().map(|l| l.to_string()).collect(),
                comment: None,
                acl: None,
                owner: None,
            };
            db.kinds.enums.insert(e.name.clone(), e);
        }
        db
    }

    #[test]
    fn each_kind_hints_at_its_own_renames_in_registry_order() {
        let current = with(&[("body", "text")], &[("mood", &["sad", "ok"])]);
        let desired = with(
            &[("description", "text")],
            &[("feeling", &["sad", "ok"]), ("other", &["x"])],
        );
        let hints = rename_hints(&diff(&current, &desired));
        assert_eq!(hints.len(), 2, "{hints:?}");
        assert!(hints[0].starts_with("hint: if column app.t.body was renamed to description"));
        assert!(hints[1].starts_with("hint: if type app.mood was renamed to app.feeling"));
        // Nothing alike: no hint.
        let desired = with(&[("n", "integer")], &[("mood", &["ok"])]);
        assert!(rename_hints(&diff(&current, &desired)).is_empty());
    }
}
