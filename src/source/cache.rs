//! What schema files load into, kept: planning again on unchanged files
//! skips the temporary database.
//!
//! # Why
//! Loading the files into a temporary database is most of a plan's time
//! (PostgreSQL creating every object), and CI checks drift on every push
//! although the files rarely change. The entry is the catalog documents
//! ([`CatalogDocuments`]) read back from the temporary database: decoding them is
//! cheap, and the decoder is the same on a hit as on a miss.
//!
//! # The key
//! A hash of everything that can change what a load gives:
//! - the statements, in order, with the file and position each comes from;
//! - the `search_path` the files start under (the target's);
//! - the server's facts, asked in one query: its version, encoding and
//!   `template0`'s locale, the settings a session starts with that shape
//!   what a statement stores (time zone, date style, text search
//!   configuration...), the role that loads (it owns what it creates), the
//!   roles that exist (grants name them), and the extensions available
//!   with their default versions;
//! - driftless's own build (its version and the executable's size and
//!   modification time: a rebuilt reader may read differently).
//!
//! An entry records its key; one that does not parse, or records another
//! key, is ignored and written again. A failed load is never cached.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::catalog::CatalogDocuments;
use super::files::SourceStatement;

/// Bumped when an entry's layout changes.
const FORMAT: u32 = 1;

/// The server's facts that shape a load (see the module docs), as text.
const FACTS: &str = "SELECT jsonb_build_object(\
  'version', current_setting('server_version_num'), \
  'encoding', current_setting('server_encoding'), \
  'template0', (SELECT jsonb_object_agg(key, value) FROM pg_database d, jsonb_each(to_jsonb(d)) \
     WHERE d.datname = 'template0' AND key IN ('encoding', 'datcollate', 'datctype', \
     'datlocprovider', 'daticulocale', 'datlocale', 'daticurules', 'datcollversion')), \
  'settings', (SELECT jsonb_object_agg(name, setting) FROM pg_settings WHERE name IN \
     ('TimeZone', 'DateStyle', 'IntervalStyle', 'default_text_search_config', 'lc_monetary', \
      'lc_numeric', 'lc_time', 'standard_conforming_strings', 'default_table_access_method', \
      'default_toast_compression', 'default_tablespace', 'extra_float_digits', 'bytea_output')), \
  'role', current_user, \
  'roles', (SELECT jsonb_agg(rolname ORDER BY rolname) FROM pg_roles), \
  'extensions', (SELECT jsonb_object_agg(name, default_version) FROM pg_available_extensions))::text";

/// The server's facts for the key: one query.
pub fn server_facts(client: &mut postgres::Client) -> Result<String, postgres::Error> {
    Ok(client.query_one(FACTS, &[])?.get(0))
}

/// This build of driftless: its version, and its executable's size and
/// modification time (a rebuild changes them).
pub fn build_id() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(&exe).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!(
        "{} {} {} {}",
        env!("CARGO_PKG_VERSION"),
        exe.display(),
        meta.len(),
        modified.as_nanos()
    ))
}

/// The key of a load: see the module docs.
pub fn key(
    statements: &[SourceStatement],
    search_path: Option<&str>,
    facts: &str,
    build: &str,
) -> String {
    let mut h = Sha256::new();
    let mut field = |bytes: &[u8]| {
        // Length-prefixed: no two sequences of fields hash alike.
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    field(&FORMAT.to_le_bytes());
    field(build.as_bytes());
    field(facts.as_bytes());
    field(search_path.unwrap_or("\0default").as_bytes());
    for s in statements {
        field(s.file.to_string_lossy().as_bytes());
        field(&(s.line as u64).to_le_bytes());
        field(&(s.column as u64).to_le_bytes());
        field(s.text.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// A folder of entries.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Entry {
    key: String,
    raw: CatalogDocuments,
}

impl Cache {
    pub fn at(dir: PathBuf) -> Cache {
        Cache { dir }
    }

    /// `$DRIFTLESS_CACHE_DIR`, else `$XDG_CACHE_HOME/driftless`, else
    /// `~/.cache/driftless`; `var` reads the environment.
    pub fn default_dir(var: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
        let set = |name: &str| var(name).filter(|v| !v.is_empty());
        if let Some(dir) = set("DRIFTLESS_CACHE_DIR") {
            return Some(PathBuf::from(dir));
        }
        if let Some(dir) = set("XDG_CACHE_HOME") {
            return Some(Path::new(&dir).join("driftless"));
        }
        set("HOME").map(|home| Path::new(&home).join(".cache").join("driftless"))
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// The entry for `key`, unless missing, corrupt or foreign. A hit is
    /// marked used (its modification time), for [`Cache::prune`].
    pub fn get(&self, key: &str) -> Option<CatalogDocuments> {
        let path = self.path(key);
        let text = std::fs::read_to_string(&path).ok()?;
        let entry: Entry = serde_json::from_str(&text).ok()?;
        if entry.key != key {
            return None;
        }
        if let Ok(f) = std::fs::File::options().append(true).open(&path) {
            let _ = f.set_modified(std::time::SystemTime::now());
        }
        Some(entry.raw)
    }

    /// Keeps the folder small: entries unused for 30 days go, and beyond
    /// the 200 most recently used, the others.
    fn prune(&self) {
        let Ok(dir) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let mut entries: Vec<(std::time::SystemTime, PathBuf)> = dir
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
            .collect();
        entries.sort_by_key(|e| std::cmp::Reverse(e.0));
        let month = std::time::Duration::from_secs(30 * 24 * 3600);
        let now = std::time::SystemTime::now();
        for (i, (used, path)) in entries.iter().enumerate() {
            if i >= 200 || now.duration_since(*used).is_ok_and(|age| age > month) {
                let _ = std::fs::remove_file(path);
            }
        }
    }

    /// Stores an entry (best effort: a cache that cannot be written only
    /// costs time). Written aside, then renamed: a reader never sees half
    /// an entry.
    pub fn put(&self, key: &str, raw: CatalogDocuments) {
        let entry = Entry {
            key: key.to_string(),
            raw,
        };
        let Ok(text) = serde_json::to_string(&entry) else {
            return;
        };
        if std::fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        let tmp = self.dir.join(format!(".{key}.{}.tmp", std::process::id()));
        if std::fs::write(&tmp, text).is_ok() && std::fs::rename(&tmp, self.path(key)).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        self.prune();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::files::split;

    fn statements(file: &str, text: &str) -> Vec<SourceStatement> {
        split(Path::new(file), text).unwrap()
    }

    #[test]
    fn every_part_of_the_key_changes_it() {
        let base = statements("a.sql", "CREATE TABLE t (a int);\nCREATE TABLE u ();");
        let k = |s: &[SourceStatement], path: Option<&str>, facts: &str, build: &str| {
            key(s, path, facts, build)
        };
        let reference = k(&base, Some("public"), "{}", "0.1 x 1 1");
        assert_eq!(
            reference,
            k(&base, Some("public"), "{}", "0.1 x 1 1"),
            "deterministic"
        );
        let variants = [
            // A statement's text, their order, the file, a position.
            k(
                &statements("a.sql", "CREATE TABLE t (a bigint);\nCREATE TABLE u ();"),
                Some("public"),
                "{}",
                "0.1 x 1 1",
            ),
            k(
                &statements("a.sql", "CREATE TABLE u ();\nCREATE TABLE t (a int);"),
                Some("public"),
                "{}",
                "0.1 x 1 1",
            ),
            k(
                &statements("b.sql", "CREATE TABLE t (a int);\nCREATE TABLE u ();"),
                Some("public"),
                "{}",
                "0.1 x 1 1",
            ),
            k(
                &statements("a.sql", "CREATE TABLE t (a int);\n\nCREATE TABLE u ();"),
                Some("public"),
                "{}",
                "0.1 x 1 1",
            ),
            // The search path, the server's facts, the build.
            k(&base, Some("app, public"), "{}", "0.1 x 1 1"),
            k(&base, None, "{}", "0.1 x 1 1"),
            k(
                &base,
                Some("public"),
                "{\"version\": \"160000\"}",
                "0.1 x 1 1",
            ),
            k(&base, Some("public"), "{}", "0.1 x 1 2"),
        ];
        for (i, v) in variants.iter().enumerate() {
            assert_ne!(*v, reference, "variant {i} must change the key");
        }
    }

    #[test]
    fn an_entry_under_another_key_or_corrupt_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::at(dir.path().join("c"));
        let raw: CatalogDocuments =
            serde_json::from_str(include_str!("../../testdata/catalog/example.json")).unwrap();
        assert!(cache.get("k1").is_none(), "nothing yet");
        cache.put("k1", raw);
        assert!(cache.get("k1").is_some());
        // Copied under another key: foreign.
        std::fs::copy(cache.path("k1"), cache.path("k2")).unwrap();
        assert!(cache.get("k2").is_none());
        std::fs::write(cache.path("k1"), "{\"key\": \"k1\", \"raw\": ").unwrap();
        assert!(cache.get("k1").is_none());
    }

    #[test]
    fn the_folder_comes_from_the_environment() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Cache::default_dir(env(&[("DRIFTLESS_CACHE_DIR", "/c"), ("HOME", "/h")])),
            Some(PathBuf::from("/c"))
        );
        assert_eq!(
            Cache::default_dir(env(&[("XDG_CACHE_HOME", "/x"), ("HOME", "/h")])),
            Some(PathBuf::from("/x/driftless"))
        );
        assert_eq!(
            Cache::default_dir(env(&[("HOME", "/h")])),
            Some(PathBuf::from("/h/.cache/driftless"))
        );
        assert_eq!(Cache::default_dir(env(&[])), None);
    }
}
