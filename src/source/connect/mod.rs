//! Opening connections the way libpq (and so psql) does.
//!
//! A connection string (`--url`, `DATABASE_URL`: a `postgres://` URL or
//! `key=value` pairs, possibly empty) is read by [`conninfo`], completed by
//! [`resolve`] (service file, `PG*` variables, defaults, password file),
//! and given TLS by [`tls`]. Errors are one line naming the server or the
//! parameter, never a password.

mod conninfo;
mod resolve;
mod tls;

use std::fmt;
use std::time::Duration;

use postgres::config::{ChannelBinding, Host, LoadBalanceHosts, TargetSessionAttrs};
use postgres::{Client, Config};

pub use conninfo::ConninfoError;
pub use resolve::ResolveError;
pub use tls::TlsError;

/// Why a connection could not be made. Display is one line naming the
/// server or the parameter, never the password.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("invalid connection string: {0}")]
    InvalidUrl(String),
    #[error("cannot connect to {target}: {cause}")]
    Connect { target: String, cause: String },
}

impl From<ConninfoError> for ConnectError {
    fn from(e: ConninfoError) -> Self {
        ConnectError::InvalidUrl(e.to_string())
    }
}

impl From<ResolveError> for ConnectError {
    fn from(e: ResolveError) -> Self {
        ConnectError::InvalidUrl(e.to_string())
    }
}

impl From<TlsError> for ConnectError {
    fn from(e: TlsError) -> Self {
        ConnectError::InvalidUrl(e.to_string())
    }
}

/// A resolved connection: where, as whom, and how to secure it.
#[derive(Clone)]
pub struct DbUrl {
    config: Config,
    tls: tls::TlsSetup,
}

impl fmt::Debug for DbUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DbUrl({})", self.target())
    }
}

fn invalid(key: &str, value: &str, expected: &str) -> ConnectError {
    // Values of these parameters are never secret.
    ConnectError::InvalidUrl(format!(
        "invalid value `{value}` for connection parameter `{key}` ({expected})"
    ))
}

fn seconds(key: &str, value: &str) -> Result<u64, ConnectError> {
    value
        .trim()
        .parse::<i64>()
        .map(|n| n.max(0) as u64)
        .map_err(|_| invalid(key, value, "a number of seconds"))
}

impl DbUrl {
    /// Reads a connection string as libpq does, completing it from the
    /// process's environment (see the module documentation).
    pub fn parse(url: &str) -> Result<DbUrl, ConnectError> {
        let given = conninfo::parse(url)?;
        let env = resolve::ProcessEnv;
        let p = resolve::resolve(&given, &env, &mut |w| eprintln!("warning: {w}"))?;
        let tls = tls::setup(&p, resolve::Environment::home(&env).as_deref())?;
        let mut config = Config::new();
        config.ssl_mode(tls.mode);
        for host in p["host"].split(',').filter(|h| !h.is_empty()) {
            #[cfg(unix)]
            if host.starts_with('/') {
                config.host_path(host);
                continue;
            }
            config.host(host);
        }
        if let Some(addrs) = p.get("hostaddr") {
            for a in addrs.split(',').filter(|a| !a.is_empty()) {
                config.hostaddr(
                    a.parse()
                        .map_err(|_| invalid("hostaddr", a, "a numeric IP address"))?,
                );
            }
        }
        for port in p["port"].split(',') {
            let port = if port.is_empty() { "5432" } else { port };
            config.port(
                port.parse()
                    .map_err(|_| invalid("port", port, "a port number"))?,
            );
        }
        config.user(&p["user"]);
        config.dbname(&p["dbname"]);
        if let Some(pw) = p.get("password") {
            config.password(pw);
        }
        if let Some(o) = p.get("options") {
            config.options(o);
        }
        if let Some(name) = p
            .get("application_name")
            .or_else(|| p.get("fallback_application_name"))
        {
            config.application_name(name);
        }
        if let Some(t) = p.get("connect_timeout") {
            let secs = seconds("connect_timeout", t)?;
            if secs > 0 {
                // libpq waits at least 2 seconds.
                config.connect_timeout(Duration::from_secs(secs.max(2)));
            }
        }
        if let Some(k) = p.get("keepalives") {
            config.keepalives(k.trim() != "0");
        }
        if let Some(v) = p.get("keepalives_idle") {
            config.keepalives_idle(Duration::from_secs(seconds("keepalives_idle", v)?));
        }
        if let Some(v) = p.get("keepalives_interval") {
            config.keepalives_interval(Duration::from_secs(seconds("keepalives_interval", v)?));
        }
        if let Some(v) = p.get("keepalives_count") {
            config.keepalives_retries(
                v.trim()
                    .parse()
                    .map_err(|_| invalid("keepalives_count", v, "a number"))?,
            );
        }
        if let Some(v) = p.get("target_session_attrs") {
            config.target_session_attrs(match v.as_str() {
                "any" => TargetSessionAttrs::Any,
                "read-write" => TargetSessionAttrs::ReadWrite,
                _ => {
                    return Err(invalid(
                        "target_session_attrs",
                        v,
                        "driftless supports any and read-write",
                    ));
                }
            });
        }
        if let Some(v) = p.get("load_balance_hosts") {
            config.load_balance_hosts(match v.as_str() {
                "disable" => LoadBalanceHosts::Disable,
                "random" => LoadBalanceHosts::Random,
                _ => return Err(invalid("load_balance_hosts", v, "disable or random")),
            });
        }
        if let Some(v) = p.get("channel_binding") {
            config.channel_binding(match v.as_str() {
                "disable" => ChannelBinding::Disable,
                "prefer" => ChannelBinding::Prefer,
                "require" => ChannelBinding::Require,
                _ => return Err(invalid("channel_binding", v, "disable, prefer or require")),
            });
        }
        if let Some(v) = p.get("client_encoding")
            && !matches!(v.to_ascii_uppercase().as_str(), "UTF8" | "UTF-8" | "AUTO")
        {
            return Err(invalid("client_encoding", v, "driftless speaks UTF8 only"));
        }
        if let Some(v) = p.get("gssencmode")
            && !matches!(v.as_str(), "disable" | "prefer")
        {
            return Err(invalid(
                "gssencmode",
                v,
                "driftless does not use GSSAPI: disable or prefer",
            ));
        }
        Ok(DbUrl { config, tls })
    }

    /// Whether a connection string itself holds a password (not the
    /// environment or the password file): such a string must not be
    /// written to a file.
    pub fn holds_password(spec: &str) -> bool {
        conninfo::parse(spec).map_or(true, |p| p.contains_key("password"))
    }

    /// The same server, another database.
    pub fn with_dbname(&self, dbname: &str) -> DbUrl {
        let mut other = self.clone();
        other.config.dbname(dbname);
        other
    }

    pub fn dbname(&self) -> &str {
        self.config
            .get_dbname()
            .or(self.config.get_user())
            .unwrap_or("postgres")
    }

    /// `host:port/dbname`, for messages.
    pub fn target(&self) -> String {
        let host = match self.config.get_hosts().first() {
            Some(Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(Host::Unix(p)) => p.display().to_string(),
            None => match self.config.get_hostaddrs().first() {
                Some(a) => a.to_string(),
                None => "localhost".into(),
            },
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        format!("{host}:{port}/{}", self.dbname())
    }

    fn connector(&self) -> Option<tokio_postgres_rustls::MakeRustlsConnect> {
        self.tls
            .config
            .as_ref()
            .map(|c| tokio_postgres_rustls::MakeRustlsConnect::new((**c).clone()))
    }

    /// Asks the server to cancel the statement running on the connection
    /// `token` belongs to (best effort: a failure is not reported).
    pub fn cancel(&self, token: &postgres::CancelToken) {
        let _ = match self.connector() {
            None => token.cancel_query(postgres::NoTls),
            Some(tls) => token.cancel_query(tls),
        };
    }

    pub fn connect(&self) -> Result<Client, ConnectError> {
        let result = match self.connector() {
            None => self.config.connect(postgres::NoTls),
            Some(tls) => self.config.connect(tls),
        };
        result.map_err(|e| ConnectError::Connect {
            target: self.target(),
            cause: describe(&e),
        })
    }
}

/// The most specific one-line cause of a postgres error.
pub fn describe(e: &postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return db.message().to_string();
    }
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    let text = cause.to_string();
    if text.is_empty() { e.to_string() } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_never_contains_password() {
        let url = DbUrl::parse("postgres://alice:s3cret@db.example:6543/app").unwrap();
        assert_eq!(url.target(), "db.example:6543/app");
        assert!(!format!("{url:?}").contains("s3cret"));
    }

    #[test]
    fn verify_modes_need_roots() {
        let err =
            DbUrl::parse("postgres://u@h/db?sslmode=verify-full&sslrootcert=/nonexistent/root.pem")
                .unwrap_err();
        assert!(
            err.to_string()
                .contains("/nonexistent/root.pem\" does not exist"),
            "{err}"
        );
    }

    #[test]
    fn bad_url_message_does_not_echo_it() {
        let err = DbUrl::parse("postgres://u:pw@h:notaport/db").unwrap_err();
        assert!(!err.to_string().contains("pw"), "{err}");
    }

    #[test]
    fn with_dbname_keeps_server() {
        let url = DbUrl::parse("postgres://u@h:1234/a").unwrap();
        assert_eq!(url.with_dbname("b").target(), "h:1234/b");
    }
}
