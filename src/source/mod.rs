//! Sources: where a model comes from. Schema files (through a temporary
//! database) or a live database (through the catalog reader). This is the
//! only stage that talks to PostgreSQL before `apply`.

pub mod annotations;
pub mod cache;
pub mod catalog;
pub mod connect;
pub mod files;
pub mod scratch;

use std::path::PathBuf;

use crate::model::Database;
use connect::{ConnectError, DbUrl};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Files(#[from] files::SourceError),
    #[error(transparent)]
    Connect(#[from] ConnectError),
    #[error(transparent)]
    Scratch(#[from] scratch::ScratchError),
    #[error(transparent)]
    Catalog(#[from] catalog::CatalogError),
}

/// The model of a live database, read over two connections at once (see
/// [`catalog::read_raw_with`]); over one when the second cannot be had.
pub fn from_database(url: &DbUrl) -> Result<Database, Error> {
    let (client, helper) = std::thread::scope(|s| {
        let helper = s.spawn(|| url.connect().ok());
        let client = url.connect();
        (client, helper.join().ok().flatten())
    });
    let (mut client, mut helper) = (client?, helper);
    Ok(catalog::read_with(&mut client, helper.as_mut())?)
}

/// The version of the server `url` names.
pub fn server_version(url: &DbUrl) -> Result<crate::model::PgVersion, Error> {
    let mut client = url.connect()?;
    Ok(catalog::server_version(&mut client)?)
}

/// The model a migration directory builds: each file replayed in order
/// into a temporary database on `server`. `dir` names files in errors.
pub fn from_migrations(
    dir: &std::path::Path,
    migrations: &[crate::migrate::Migration],
    server: &DbUrl,
) -> Result<Database, Error> {
    let mut scratch = scratch::ScratchDb::create(server)?;
    let mut all = Vec::new();
    for m in migrations {
        let statements = files::split(&dir.join(&m.file), &m.text)?;
        scratch::run_in_order(scratch.client(), &statements)?;
        all.extend(statements);
    }
    let mut model = catalog::read(scratch.client())?;
    subscription_intents(&mut model, &all);
    Ok(model)
}

/// What the statements on subscriptions asked for that the temporary
/// database did not run (see `kinds::subscription`).
fn subscription_intents(model: &mut Database, statements: &[files::SourceStatement]) {
    crate::kinds::subscription::apply_intents(
        model,
        statements
            .iter()
            .filter_map(|s| s.loading.as_ref().map(|l| &l.intent)),
    );
}

/// Schema files, read into a model.
#[derive(Debug)]
pub struct Loaded {
    pub model: Database,
    /// The files contain `GRANT` or `REVOKE`: privileges are part of the
    /// desired state.
    pub declares_privileges: bool,
    /// The files contain `ALTER ... OWNER TO`: owners are part of the
    /// desired state.
    pub declares_owners: bool,
    /// The `@renamed` annotations, in file order.
    pub annotations: Vec<crate::model::rename::Annotation>,
}

/// The `search_path` a new session of `url` starts with: the database's
/// and the role's settings (`ALTER DATABASE ... SET search_path`), or the
/// URL's `options`. Unqualified names in the schema files must resolve as
/// they do there.
pub fn search_path(url: &DbUrl) -> Result<String, Error> {
    let mut client = url.connect()?;
    Ok(catalog::search_path(&mut client)?)
}

/// The model of schema files: they are loaded into a temporary database on
/// `server` (dropped before this returns) and read back. `search_path`,
/// when given, is the one the files start under (the target's, see
/// [`search_path`]); otherwise the server's default. With a `cache`, an
/// unchanged load is read from it instead (see [`cache`]).
pub fn from_files(
    paths: &[PathBuf],
    server: &DbUrl,
    search_path: Option<&str>,
    cache: Option<&cache::Cache>,
) -> Result<Loaded, Error> {
    let statements = files::read_paths(paths)?;
    let loaded = |mut model| -> Result<Loaded, Error> {
        subscription_intents(&mut model, &statements);
        Ok(Loaded {
            model,
            declares_privileges: files::declares_privileges(&statements),
            declares_owners: files::declares_owners(&statements),
            annotations: annotations::read(&statements)?,
        })
    };
    // A server that cannot say its facts is loaded every time.
    let key = match (cache, cache::build_id()) {
        (Some(_), Some(build)) => cache::server_facts(&mut server.connect()?)
            .ok()
            .map(|facts| cache::key(&statements, search_path, &facts, &build)),
        _ => None,
    };
    if let (Some(cache), Some(key)) = (cache, &key)
        && let Some(raw) = cache.get(key)
        && let Ok(model) = catalog::decode(&raw)
    {
        return loaded(model);
    }
    let mut scratch = scratch::ScratchDb::create(server)?;
    if let Some(path) = search_path {
        scratch::start_search_path(scratch.client(), path)?;
    }
    let ended_under = scratch::load(scratch.client(), &statements)?;
    // Read back over two connections, as a target is (see from_database).
    let mut helper = scratch.url().connect().ok();
    let mut raw = catalog::read_raw_with(scratch.client(), helper.as_mut())?;
    raw.files_search_path = ended_under;
    drop(helper);
    let model = catalog::decode(&raw)?;
    drop(scratch);
    if let (Some(cache), Some(key)) = (cache, &key) {
        cache.put(key, raw);
    }
    loaded(model)
}
