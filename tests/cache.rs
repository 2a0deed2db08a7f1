//! The cache of what schema files load into, through the command line:
//! an unchanged load is read from it, an edit misses it, a corrupt entry
//! is ignored, `--no-cache` neither reads nor writes it.

mod support;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use support::{TestDb, output_text, schema_dir};

fn plan(cache: &Path, schema: &Path, url: &str, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_driftless"))
        .args(["plan", "--schema", schema.to_str().unwrap(), "--url", url])
        .args(extra)
        .env_remove("DATABASE_URL")
        .env("DRIFTLESS_CACHE_DIR", cache)
        .stdin(Stdio::null())
        .output()
        .expect("run driftless")
}

fn entries(cache: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(cache)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn an_unchanged_load_is_read_from_the_cache() {
    let db = TestDb::create("cache");
    let url = db.url_string();
    let cache = tempfile::tempdir().unwrap();
    let dir = schema_dir("cache", "CREATE TABLE kept (id int);\n");
    let schema = dir.path().join("s.sql");

    let first = plan(cache.path(), &schema, &url, &[]);
    assert!(first.status.success(), "{}", output_text(&first));
    assert!(output_text(&first).contains("TABLE IF NOT EXISTS public.kept"));
    let stored = entries(cache.path());
    assert_eq!(stored.len(), 1, "one entry after the first plan");

    // The entry is what the second plan reads: doctored to name another
    // table, the plan follows it.
    let text = std::fs::read_to_string(&stored[0]).unwrap();
    assert!(text.contains("\"kept\""), "{text}");
    std::fs::write(&stored[0], text.replace("\"kept\"", "\"doctored\"")).unwrap();
    let second = plan(cache.path(), &schema, &url, &[]);
    assert!(
        output_text(&second).contains("TABLE IF NOT EXISTS public.doctored"),
        "{}",
        output_text(&second)
    );
    // --no-cache loads the files (and leaves the cache as it was).
    let uncached = plan(cache.path(), &schema, &url, &["--no-cache"]);
    assert!(
        output_text(&uncached).contains("TABLE IF NOT EXISTS public.kept"),
        "{}",
        output_text(&uncached)
    );
    assert_eq!(entries(cache.path()).len(), 1);

    // A corrupt entry is ignored and written again.
    std::fs::write(&stored[0], "{\"key\":").unwrap();
    let third = plan(cache.path(), &schema, &url, &[]);
    assert!(output_text(&third).contains("TABLE IF NOT EXISTS public.kept"));
    assert!(
        std::fs::read_to_string(&stored[0])
            .unwrap()
            .contains("\"kept\"")
    );

    // An edit misses: a second entry.
    std::fs::write(&schema, "CREATE TABLE kept (id bigint);\n").unwrap();
    let edited = plan(cache.path(), &schema, &url, &[]);
    assert!(
        output_text(&edited).contains("id bigint"),
        "{}",
        output_text(&edited)
    );
    assert_eq!(entries(cache.path()).len(), 2);

    // The same files under another search path (the target's) miss.
    std::fs::write(&schema, "CREATE SCHEMA app;\nCREATE TABLE kept (id int);\n").unwrap();
    let in_public = plan(cache.path(), &schema, &url, &[]);
    assert!(
        output_text(&in_public).contains("TABLE IF NOT EXISTS public.kept"),
        "{}",
        output_text(&in_public)
    );
    assert_eq!(entries(cache.path()).len(), 3);
    db.exec(&format!(
        "ALTER DATABASE {} SET search_path = app, public;",
        db.name
    ));
    let in_app = plan(cache.path(), &schema, &url, &[]);
    assert!(
        output_text(&in_app).contains("TABLE IF NOT EXISTS app.kept"),
        "{}",
        output_text(&in_app)
    );
    assert_eq!(entries(cache.path()).len(), 4);
}
