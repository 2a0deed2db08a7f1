//! A drop and a create among the tables' changes that look like one
//! column or one table renamed: the `@renamed` line that would keep its
//! data (`Kind::rename_hints`; hints, never actions).

use super::TableChange;
use crate::model::delta::Delta;
use crate::model::quote_ident;

/// A column dropped and one of the same type added to the same table; a
/// table dropped and one with the same columns created in the same
/// schema.
pub(super) fn rename_hints(changes: &[&TableChange]) -> Vec<String> {
    let mut hints = Vec::new();
    let dropped = changes.iter().filter_map(|c| match c {
        TableChange::Column {
            table,
            delta: Delta::Drop { from },
        } => Some((table, from)),
        _ => None,
    });
    let mut used = Vec::new();
    for (table, from) in dropped {
        let created = changes.iter().find_map(|c| match c {
            TableChange::Column {
                table: t,
                delta: Delta::Create { to },
            } if t == table && to.data_type == from.data_type && !used.contains(&to.name) => {
                Some(to)
            }
            _ => None,
        });
        if let Some(to) = created {
            used.push(to.name.clone());
            hints.push(format!(
                "hint: if column {table}.{} was renamed to {}, end the line defining {} with `-- @renamed from={}`: the column keeps its data",
                quote_ident(&from.name),
                quote_ident(&to.name),
                quote_ident(&to.name),
                quote_ident(&from.name)
            ));
        }
    }
    let columns = |t: &crate::model::Table| -> Vec<(String, String)> {
        t.columns
            .iter()
            .map(|c| (c.name.clone(), c.data_type.clone()))
            .collect()
    };
    // A table created anew (dropped and created under its name) is no
    // rename, from or to another.
    let named = |create: bool| -> Vec<&crate::model::QualName> {
        changes
            .iter()
            .filter_map(|c| match c {
                TableChange::Table(Delta::Create { to }) if create => Some(&to.name),
                TableChange::Table(Delta::Drop { from }) if !create => Some(&from.name),
                _ => None,
            })
            .collect()
    };
    let (created_names, dropped_names) = (named(true), named(false));
    for c in changes {
        let TableChange::Table(Delta::Drop { from }) = c else {
            continue;
        };
        if created_names.contains(&&from.name) {
            continue;
        }
        let created = changes.iter().find_map(|c| match c {
            TableChange::Table(Delta::Create { to })
                if to.name.schema == from.name.schema
                    && !dropped_names.contains(&&to.name)
                    && !to.columns.is_empty()
                    && columns(to) == columns(from) =>
            {
                Some(to)
            }
            _ => None,
        });
        if let Some(to) = created {
            hints.push(format!(
                "hint: if table {} was renamed to {}, end the line `CREATE TABLE {} (` with `-- @renamed from={}`: the table keeps its rows",
                from.name,
                to.name,
                to.name,
                quote_ident(&from.name.name)
            ));
        }
    }
    hints
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::KindChange;
    use crate::model::{Column, QualName, Table};

    fn column(name: &str, ty: &str) -> Column {
        Column::plain(name, ty)
    }

    #[test]
    fn a_dropped_and_an_added_column_of_one_type_hint_at_a_rename() {
        let t = QualName::new("public", "t");
        let changes = vec![
            KindChange::Table(TableChange::Column {
                table: t.clone(),
                delta: Delta::Drop {
                    from: column("body", "text"),
                },
            }),
            KindChange::Table(TableChange::Column {
                table: t.clone(),
                delta: Delta::Create {
                    to: column("n", "integer"),
                },
            }),
            KindChange::Table(TableChange::Column {
                table: t.clone(),
                delta: Delta::Create {
                    to: column("description", "text"),
                },
            }),
        ];
        assert_eq!(
            crate::kinds::rename_hints(&changes),
            vec![
                "hint: if column public.t.body was renamed to description, end the line defining description with `-- @renamed from=body`: the column keeps its data"
            ]
        );
        let mut a = Table::empty(QualName::new("public", "people"));
        a.columns.push(column("id", "integer"));
        let mut b = a.clone();
        b.name = QualName::new("public", "users");
        let mut elsewhere = a.clone();
        elsewhere.name = QualName::new("other", "users");
        let tables = vec![
            KindChange::Table(TableChange::Table(Delta::Drop { from: a })),
            KindChange::Table(TableChange::Table(Delta::Create { to: elsewhere })),
            KindChange::Table(TableChange::Table(Delta::Create { to: b })),
        ];
        assert_eq!(crate::kinds::rename_hints(&tables).len(), 1);
        assert!(
            crate::kinds::rename_hints(&tables)[0]
                .contains("table public.people was renamed to public.users")
        );
    }

    #[test]
    fn tables_created_anew_under_their_names_hint_at_no_rename() {
        // A partitioned table and its partition, both dropped and created
        // again (a new partition key): same columns, no rename.
        let mut p = Table::empty(QualName::new("public", "p"));
        p.columns.push(column("a", "integer"));
        let mut p1 = p.clone();
        p1.name = QualName::new("public", "p1");
        let changes: Vec<KindChange> = [&p, &p1]
            .into_iter()
            .flat_map(|t| {
                [
                    KindChange::Table(TableChange::Table(Delta::Drop { from: t.clone() })),
                    KindChange::Table(TableChange::Table(Delta::Create { to: t.clone() })),
                ]
            })
            .collect();
        assert!(crate::kinds::rename_hints(&changes).is_empty());
    }
}
