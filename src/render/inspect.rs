//! A whole model as a SQL script that rebuilds it in an empty database:
//! the plan from an empty database's baseline to the model, statements
//! only, ordered like any plan ([`render`]), or as a tree of files, one
//! per schema and object kind ([`split`]).

use std::collections::BTreeMap;

use crate::diff;
use crate::model::{Database, ObjKey};
use crate::plan::{self, Options, Plan, PlanError};

fn plan_from_empty(db: &Database) -> Result<Plan, PlanError> {
    let base = db.baseline();
    let changes = diff::diff(&base, db);
    plan::plan(
        &base,
        db,
        &changes,
        Options {
            allow_destructive: true,
            ..Default::default()
        },
    )
}

/// A folder name for a schema: its name where a file system takes it as
/// is, `_` for anything else.
fn folder(schema: &str) -> String {
    schema
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The file of `split` an object goes to: `<schema>/<kind>.sql` for
/// objects in a schema, `<kind>.sql` for the rest.
fn file_for(db: &Database, key: Option<&ObjKey>) -> String {
    let in_schema = |schema: &str, kind: &str| format!("{}/{kind}.sql", folder(schema));
    let Some(key) = key else {
        return "other.sql".into();
    };
    match db.kinds.file(key) {
        Some((Some(schema), stem)) => in_schema(&schema, &stem),
        Some((None, stem)) => format!("{stem}.sql"),
        None => "privileges.sql".into(),
    }
}

/// The model as a tree of files a team would commit: one per schema and
/// object kind (`app/tables.sql`, `app/functions.sql`), global objects at
/// the top (`schemas.sql`, `extensions.sql`, `cast.sql`). Each file holds
/// its objects' statements in the plan's order; the files load in any
/// order (the loader retries what needs another file first). Paths are
/// relative, sorted.
pub fn split(db: &Database, source: &str) -> Result<Vec<(String, String)>, PlanError> {
    let plan = plan_from_empty(db)?;
    let mut files: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for step in &plan.steps {
        let key = step.creates.first().or(step.drops.first());
        let file = files.entry(file_for(db, key)).or_default();
        file.extend(step.sql.iter().map(|s| s.as_str()));
    }
    Ok(files
        .into_iter()
        .map(|(path, stmts)| {
            let mut text = format!("-- driftless inspect of {source}: {path}\n");
            for stmt in plan.session.iter().map(String::as_str).chain(stmts) {
                text.push('\n');
                text.push_str(stmt);
                text.push_str(";\n");
            }
            (path, text)
        })
        .collect())
}

pub fn render(db: &Database, source: &str) -> Result<String, PlanError> {
    let plan = plan_from_empty(db)?;
    let mut text = format!("-- driftless inspect of {source}\n");
    for u in &db.unmanaged {
        text.push_str(&format!("-- not managed yet (not included): {u}\n"));
    }
    let steps = plan
        .steps
        .iter()
        .flat_map(|s| s.sql.iter().map(|s| s.as_str()));
    for stmt in plan.session.iter().map(String::as_str).chain(steps) {
        text.push('\n');
        text.push_str(stmt);
        text.push_str(";\n");
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DdlKind, DdlObject, QualName};

    fn ddl(kind: DdlKind, name: &str, schema: Option<&str>) -> DdlObject {
        DdlObject {
            kind,
            name: name.into(),
            schema: schema.map(str::to_string),
            signature: name.into(),
            create: vec![],
            comment: None,
            acl: None,
            options: None,
            owner: None,
            settings: Default::default(),
        }
    }

    #[test]
    fn files_are_named_by_schema_and_kind() {
        let mut db = Database::default();
        for o in [
            ddl(DdlKind::OperatorClass, "app.c USING btree", Some("app")),
            ddl(DdlKind::OperatorFamily, "app.f USING btree", Some("app")),
            ddl(DdlKind::Statistics, "app.s", Some("app")),
            ddl(DdlKind::Cast, "(int AS text)", None),
        ] {
            db.kinds.ddl_objects.insert(o.id(), o);
        }
        let key = |o: &DdlObject| o.key();
        let named = |kind, name: &str, schema| file_for(&db, Some(&key(&ddl(kind, name, schema))));
        assert_eq!(
            named(DdlKind::OperatorClass, "app.c USING btree", Some("app")),
            "app/operator_classes.sql"
        );
        assert_eq!(
            named(DdlKind::OperatorFamily, "app.f USING btree", Some("app")),
            "app/operator_families.sql"
        );
        assert_eq!(
            named(DdlKind::Statistics, "app.s", Some("app")),
            "app/statistics.sql"
        );
        assert_eq!(named(DdlKind::Cast, "(int AS text)", None), "casts.sql");
        let table = ObjKey::Column {
            table: QualName::new("Odd Schema/x".to_string(), "t".to_string()),
            name: "c".into(),
        };
        assert_eq!(file_for(&db, Some(&table)), "Odd_Schema_x/tables.sql");
    }
}
