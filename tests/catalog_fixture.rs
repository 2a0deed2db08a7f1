//! The catalog reader's pure half, without a server: catalog documents
//! saved with `driftless inspect --raw` (from the quickstart's `schema/`
//! loaded on PostgreSQL 15) decode into the model, and that model renders
//! back as the SQL `inspect` printed from the live database.
//!
//! After a change to the queries' documents, save the fixture again:
//! load `schema/*.sql` into an empty database and run
//! `driftless inspect --raw --url ... > testdata/catalog/example.json`.

use driftless::model::{ObjKey, QualName};
use driftless::{render, source};

fn example() -> driftless::model::Database {
    let text = include_str!("../testdata/catalog/example.json");
    let raw: source::catalog::CatalogDocuments =
        serde_json::from_str(text).expect("the fixture parses");
    source::catalog::decode(&raw).expect("the fixture decodes")
}

#[test]
fn saved_catalog_documents_decode_without_a_server() {
    let db = example();
    assert_eq!(db.version.major(), 15);
    let accounts = &db.kinds.tables[&QualName::new("public", "accounts")];
    assert_eq!(
        accounts.comment.as_deref(),
        Some("One row per customer account")
    );
    assert!(db.kinds.schemas.contains_key("billing"));
    // Owners are read (and left out of `inspect` unless asked for).
    assert_eq!(
        db.kinds.schemas["billing"].owner.as_deref(),
        Some("postgres")
    );
    assert!(
        db.kinds
            .indexes
            .contains_key(&QualName::new("billing", "invoices_open_idx"))
    );
    // Dependencies come along: a part of the invoices (its foreign key)
    // needs the accounts.
    assert!(
        db.dependencies.iter().any(|(from, to)| {
            matches!(from, ObjKey::Constraint { table, .. } if *table == QualName::new("billing", "invoices"))
                && to.to_string().contains("public.accounts")
        }),
        "{:?}",
        db.dependencies
    );
}

#[test]
fn the_decoded_model_renders_as_inspect_printed_it() {
    let mut db = example();
    db.forget_owners();
    insta::assert_snapshot!(render::inspect::render(&db, "example").unwrap());
}
