//! What an unset connection parameter becomes, in libpq's order: the
//! connection string, then the service file's section (`service=` or
//! `PGSERVICE`), then the `PG*` environment variables, then the built-in
//! defaults (a local socket directory when the server listens there,
//! else `localhost`; port 5432; the OS user; a database named like the
//! user); and, when no password is set, the password file (`passfile`,
//! `PGPASSFILE` or `~/.pgpass`) with libpq's matching and permission
//! rules. The environment is passed in, so that every rule is tested
//! without touching the process's.

use std::path::{Path, PathBuf};

use super::conninfo::{ConninfoError, Params, check_key};

/// Where defaults come from: the process's environment, or a test's.
pub trait Environment {
    fn var(&self, name: &str) -> Option<String>;
    fn home(&self) -> Option<PathBuf>;
    /// Whether a server socket `.s.PGSQL.<port>` exists in `dir`.
    fn socket_exists(&self, dir: &str, port: &str) -> bool;
}

/// The running process's environment.
pub struct ProcessEnv;

impl Environment for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }

    fn home(&self) -> Option<PathBuf> {
        std::env::home_dir()
    }

    fn socket_exists(&self, dir: &str, port: &str) -> bool {
        Path::new(dir).join(format!(".s.PGSQL.{port}")).exists()
    }
}

/// Why the parameters cannot be completed. Never holds a password.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    #[error("definition of service \"{0}\" not found")]
    ServiceNotFound(String),
    #[error("{file}:{line}: {cause}")]
    ServiceFile {
        file: String,
        line: usize,
        cause: String,
    },
    #[error(transparent)]
    Conninfo(#[from] ConninfoError),
}

/// Each parameter's environment variable, as libpq reads them.
const ENV_VARS: &[(&str, &str)] = &[
    ("host", "PGHOST"),
    ("hostaddr", "PGHOSTADDR"),
    ("port", "PGPORT"),
    ("dbname", "PGDATABASE"),
    ("user", "PGUSER"),
    ("password", "PGPASSWORD"),
    ("passfile", "PGPASSFILE"),
    ("options", "PGOPTIONS"),
    ("application_name", "PGAPPNAME"),
    ("client_encoding", "PGCLIENTENCODING"),
    ("connect_timeout", "PGCONNECT_TIMEOUT"),
    ("target_session_attrs", "PGTARGETSESSIONATTRS"),
    ("load_balance_hosts", "PGLOADBALANCEHOSTS"),
    ("channel_binding", "PGCHANNELBINDING"),
    ("gssencmode", "PGGSSENCMODE"),
    ("sslmode", "PGSSLMODE"),
    ("sslrootcert", "PGSSLROOTCERT"),
    ("sslcert", "PGSSLCERT"),
    ("sslkey", "PGSSLKEY"),
    ("sslsni", "PGSSLSNI"),
];

/// The socket directories a local server is looked for in, in order
/// (Debian's, then PostgreSQL's own default).
const SOCKET_DIRS: &[&str] = &["/var/run/postgresql", "/tmp"];

/// Completes `given` (see the module documentation). Warnings (a password
/// file readable by others, which is then ignored) go to `warn`.
pub fn resolve(
    given: &Params,
    env: &dyn Environment,
    warn: &mut dyn FnMut(String),
) -> Result<Params, ResolveError> {
    let mut p = given.clone();
    let service = p.get("service").cloned().or_else(|| env.var("PGSERVICE"));
    if let Some(name) = service {
        for (k, v) in service_section(&name, env)? {
            p.entry(k).or_insert(v);
        }
    }
    for (key, var) in ENV_VARS {
        if !p.contains_key(*key)
            && let Some(v) = env.var(var)
        {
            p.insert(key.to_string(), v);
        }
    }
    let port = p
        .entry("port".into())
        .or_insert_with(|| "5432".into())
        .clone();
    let first_port = port.split(',').next().unwrap_or("5432").to_string();
    let first_port = if first_port.is_empty() {
        "5432".to_string()
    } else {
        first_port
    };
    if !p.contains_key("host") && !p.contains_key("hostaddr") {
        let host = SOCKET_DIRS
            .iter()
            .find(|d| env.socket_exists(d, &first_port))
            .map_or("localhost", |d| *d);
        p.insert("host".into(), host.into());
    }
    if !p.contains_key("user") {
        let user = env
            .var("USER")
            .or_else(|| env.var("LOGNAME"))
            .unwrap_or_else(|| "postgres".into());
        p.insert("user".into(), user);
    }
    if !p.contains_key("dbname") {
        let user = p["user"].clone();
        p.insert("dbname".into(), user);
    }
    p.entry("sslmode".into()).or_insert_with(|| "prefer".into());
    if !p.contains_key("password") {
        let file = match p.get("passfile") {
            Some(f) => Some(PathBuf::from(f)),
            None => env.home().map(|h| h.join(".pgpass")),
        };
        if let Some(file) = file
            && let Some(pw) = password_from_file(&file, &p, &first_port, warn)
        {
            p.insert("password".into(), pw);
        }
    }
    Ok(p)
}

/// The section `name` of the user's service file (`PGSERVICEFILE` or
/// `~/.pg_service.conf`) or, failing that, of the system's
/// (`$PGSYSCONFDIR/pg_service.conf`, by default in `/etc/postgresql-common`).
fn service_section(name: &str, env: &dyn Environment) -> Result<Params, ResolveError> {
    let user_file = env
        .var("PGSERVICEFILE")
        .map(PathBuf::from)
        .or_else(|| env.home().map(|h| h.join(".pg_service.conf")));
    let system_file = PathBuf::from(
        env.var("PGSYSCONFDIR")
            .unwrap_or_else(|| "/etc/postgresql-common".into()),
    )
    .join("pg_service.conf");
    for file in user_file.into_iter().chain([system_file]) {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        if let Some(section) = parse_service_file(&text, name, &file)? {
            return Ok(section);
        }
    }
    Err(ResolveError::ServiceNotFound(name.to_string()))
}

/// The parameters of section `[name]` of a service file, if it has one.
fn parse_service_file(text: &str, name: &str, file: &Path) -> Result<Option<Params>, ResolveError> {
    let at = |line: usize, cause: String| ResolveError::ServiceFile {
        file: file.display().to_string(),
        line,
        cause,
    };
    let mut current: Option<String> = None;
    let mut found: Option<Params> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(section) = line.strip_prefix('[') {
            let section = section
                .strip_suffix(']')
                .ok_or_else(|| at(i + 1, "a section name without `]`".into()))?;
            if found.is_some() {
                break;
            }
            current = Some(section.to_string());
            if section == name {
                found = Some(Params::new());
            }
            continue;
        }
        let (k, v) = line
            .split_once('=')
            .ok_or_else(|| at(i + 1, "expected `key=value`".into()))?;
        let k = k.trim();
        if current.as_deref() != Some(name) {
            continue;
        }
        if k == "service" {
            return Err(at(
                i + 1,
                "nested service specifications are not supported".into(),
            ));
        }
        check_key(k).map_err(|e| at(i + 1, e.to_string()))?;
        if let Some(f) = found.as_mut() {
            f.insert(k.to_string(), v.trim().to_string());
        }
    }
    Ok(found)
}

/// The password the password file gives for the connection, as libpq
/// matches it: `host:port:database:user:password` lines, `*` matching
/// anything, `\` escaping `:` and `\`, the first match winning; a socket
/// directory matches as `localhost`. A file others may read is ignored
/// with a warning, as libpq does.
fn password_from_file(
    file: &Path,
    p: &Params,
    port: &str,
    warn: &mut dyn FnMut(String),
) -> Option<String> {
    let meta = std::fs::metadata(file).ok()?;
    if !meta.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            warn(format!(
                "password file \"{}\" has group or world access; permissions should be u=rw (0600) or less: ignored",
                file.display()
            ));
            return None;
        }
    }
    let text = std::fs::read_to_string(file).ok()?;
    let host = p
        .get("host")
        .and_then(|h| h.split(',').next())
        .filter(|h| !h.is_empty())
        .or_else(|| p.get("hostaddr").map(String::as_str))
        .unwrap_or("localhost");
    let host = if host.starts_with('/') || host.starts_with('@') {
        "localhost"
    } else {
        host
    };
    let wanted = [host, port, p["dbname"].as_str(), p["user"].as_str()];
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .find_map(|line| {
            let fields = split_pgpass(line);
            if fields.len() < 5 {
                return None;
            }
            let matches = fields[..4]
                .iter()
                .zip(wanted)
                .all(|(f, w)| f == "*" || f == w);
            matches.then(|| fields[4..].join(":"))
        })
}

/// A password file line's fields, `\:` and `\\` unescaped.
fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    fields.last_mut().expect("never empty").push(n);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("never empty").push(c),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    struct TestEnv {
        vars: BTreeMap<&'static str, String>,
        home: Option<PathBuf>,
        sockets: Vec<(&'static str, &'static str)>,
    }

    impl Environment for TestEnv {
        fn var(&self, name: &str) -> Option<String> {
            self.vars.get(name).cloned()
        }
        fn home(&self) -> Option<PathBuf> {
            self.home.clone()
        }
        fn socket_exists(&self, dir: &str, port: &str) -> bool {
            self.sockets.contains(&(dir, port))
        }
    }

    fn env(vars: &[(&'static str, &str)]) -> TestEnv {
        TestEnv {
            vars: vars.iter().map(|(k, v)| (*k, v.to_string())).collect(),
            home: None,
            sockets: Vec::new(),
        }
    }

    /// `given` completed from `e`, and the warnings said.
    fn attempt(given: &str, e: &TestEnv) -> (Result<Params, ResolveError>, Vec<String>) {
        let mut warnings = Vec::new();
        let given = super::super::conninfo::parse(given).unwrap();
        let result = resolve(&given, e, &mut |w| warnings.push(w));
        (result, warnings)
    }

    fn run(given: &str, e: &TestEnv) -> Params {
        let (result, warnings) = attempt(given, e);
        assert_eq!(warnings, Vec::<String>::new());
        result.unwrap()
    }

    #[test]
    fn environment_fills_what_the_string_leaves_out() {
        let e = env(&[
            ("PGHOST", "db.internal"),
            ("PGPORT", "6432"),
            ("PGUSER", "app"),
            ("PGDATABASE", "shop"),
            ("PGSSLMODE", "require"),
            ("PGOPTIONS", "-c search_path=app"),
        ]);
        let p = run("", &e);
        assert_eq!(p["host"], "db.internal");
        assert_eq!(p["port"], "6432");
        assert_eq!(p["user"], "app");
        assert_eq!(p["dbname"], "shop");
        assert_eq!(p["sslmode"], "require");
        assert_eq!(p["options"], "-c search_path=app");
        // The string wins over the environment.
        let p = run("postgres://other@h2/db2", &e);
        assert_eq!((p["user"].as_str(), p["host"].as_str()), ("other", "h2"));
        assert_eq!(p["port"], "6432");
    }

    #[test]
    fn defaults_are_a_local_socket_or_localhost_and_the_os_user() {
        let mut e = env(&[("USER", "maria")]);
        let p = run("", &e);
        assert_eq!(p["host"], "localhost");
        assert_eq!((p["port"].as_str(), p["user"].as_str()), ("5432", "maria"));
        assert_eq!(
            (p["dbname"].as_str(), p["sslmode"].as_str()),
            ("maria", "prefer")
        );
        e.sockets.push(("/tmp", "5432"));
        assert_eq!(run("", &e)["host"], "/tmp");
        e.sockets.push(("/var/run/postgresql", "5432"));
        assert_eq!(run("", &e)["host"], "/var/run/postgresql");
        assert_eq!(run("port=5555", &e)["host"], "localhost");
    }

    #[test]
    fn service_file_sits_between_the_string_and_the_environment() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("services.conf");
        std::fs::write(
            &file,
            "# ours\n[other]\nhost=nowhere\n\n[reporting]\nhost=reports.internal\nport=6000\ndbname=reports\n",
        )
        .unwrap();
        let e = env(&[
            ("PGSERVICEFILE", file.to_str().unwrap()),
            ("PGPORT", "7000"),
            ("PGUSER", "envuser"),
        ]);
        let p = run("service=reporting dbname=override", &e);
        assert_eq!(p["host"], "reports.internal");
        assert_eq!(p["port"], "6000");
        assert_eq!(p["dbname"], "override");
        assert_eq!(p["user"], "envuser");

        let e2 = env(&[
            ("PGSERVICEFILE", file.to_str().unwrap()),
            ("PGSERVICE", "reporting"),
        ]);
        assert_eq!(run("", &e2)["host"], "reports.internal");

        let err = attempt("service=missing", &e).0.unwrap_err();
        assert_eq!(
            err.to_string(),
            "definition of service \"missing\" not found"
        );

        std::fs::write(&file, "[bad]\nhots=typo\n").unwrap();
        let err = attempt("service=bad", &e).0.unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("{}:2: unknown connection parameter `hots`", file.display())
        );
    }

    #[test]
    fn password_file_matches_like_libpq() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(
            &file,
            "# comment\nother:*:*:*:nope\nlocalhost:5432:shop:app:sock\\:et\ndb.internal:*:*:app:pa:ss\n*:*:*:*:fallback\n",
        )
        .unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        let mut e = env(&[("PGPASSFILE", file.to_str().unwrap()), ("PGUSER", "app")]);
        e.sockets.push(("/var/run/postgresql", "5432"));
        // A socket directory matches as localhost; `\:` is a colon.
        assert_eq!(run("dbname=shop", &e)["password"], "sock:et");
        // Unescaped colons after the fourth field belong to the password.
        assert_eq!(run("host=db.internal", &e)["password"], "pa:ss");
        assert_eq!(run("host=elsewhere user=x", &e)["password"], "fallback");
        // A password given otherwise wins.
        assert_eq!(
            run("host=db.internal password=given", &e)["password"],
            "given"
        );
        // The home directory's .pgpass when no file is named.
        let home = dir.path().join("home");
        std::fs::create_dir(&home).unwrap();
        std::fs::copy(&file, home.join(".pgpass")).unwrap();
        let mut e2 = env(&[("PGUSER", "app")]);
        e2.home = Some(home);
        assert_eq!(run("host=db.internal", &e2)["password"], "pa:ss");

        // Readable by others: ignored, with a warning.
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        let (p, warnings) = attempt("host=db.internal", &e);
        let p = p.unwrap();
        assert!(!p.contains_key("password"));
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0].contains("group or world access"),
            "{warnings:?}"
        );
    }
}
