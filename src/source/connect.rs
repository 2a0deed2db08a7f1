//! Opening connections: URL parsing, TLS, and error messages that never
//! show a password.
//!
//! `sslmode` follows libpq: `disable`, `prefer` (the default: TLS when the
//! server offers it, without certificate checks), `require` (TLS, without
//! certificate checks), `verify-ca` / `verify-full` (TLS with the web PKI
//! roots and, for `verify-full`, the host name checked).

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use postgres::config::{Host, SslMode};
use postgres::{Client, Config};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

/// Why a connection could not be made. Display is one line naming the
/// server, never the password.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("invalid database URL: {0}")]
    InvalidUrl(String),
    #[error("cannot connect to {target}: {cause}")]
    Connect { target: String, cause: String },
}

/// A parsed database address.
#[derive(Clone)]
pub struct DbUrl {
    config: Config,
    verify: Verify,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Verify {
    None,
    Ca,
    Full,
}

impl fmt::Debug for DbUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DbUrl({})", self.target())
    }
}

impl DbUrl {
    /// Parses a `postgres://` URL or a `key=value` connection string.
    pub fn parse(url: &str) -> Result<DbUrl, ConnectError> {
        // tokio-postgres knows sslmode disable/prefer/require only; take the
        // verifying modes out before it sees them.
        let mut verify = Verify::None;
        let mut cleaned = url.to_string();
        for (mode, v) in [("verify-full", Verify::Full), ("verify-ca", Verify::Ca)] {
            let needle = format!("sslmode={mode}");
            if cleaned.contains(&needle) {
                cleaned = cleaned.replace(&needle, "sslmode=require");
                verify = v;
            }
        }
        let mut config = Config::from_str(&cleaned).map_err(|e| {
            // The parser's messages quote keys, never values.
            ConnectError::InvalidUrl(e.to_string())
        })?;
        if config.get_hosts().is_empty() {
            config.host("localhost");
        }
        if config.get_user().is_none() {
            let user = std::env::var("PGUSER")
                .or_else(|_| std::env::var("USER"))
                .unwrap_or_else(|_| "postgres".into());
            config.user(&user);
        }
        Ok(DbUrl { config, verify })
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
            None => "localhost".into(),
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        format!("{host}:{port}/{}", self.dbname())
    }

    /// Asks the server to cancel the statement running on the connection
    /// `token` belongs to (best effort: a failure is not reported).
    pub fn cancel(&self, token: &postgres::CancelToken) {
        let _ = if self.config.get_ssl_mode() == SslMode::Disable {
            token.cancel_query(postgres::NoTls)
        } else {
            token.cancel_query(tls_connector(self.verify))
        };
    }

    pub fn connect(&self) -> Result<Client, ConnectError> {
        let result = if self.config.get_ssl_mode() == SslMode::Disable {
            self.config.connect(postgres::NoTls)
        } else {
            self.config.connect(tls_connector(self.verify))
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

fn tls_connector(verify: Verify) -> tokio_postgres_rustls::MakeRustlsConnect {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .expect("ring supports the default protocol versions");
    let config = match verify {
        Verify::None => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerify(provider)))
            .with_no_client_auth(),
        Verify::Ca | Verify::Full => {
            let roots =
                rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            builder.with_root_certificates(roots).with_no_client_auth()
        }
    };
    tokio_postgres_rustls::MakeRustlsConnect::new(config)
}

/// libpq's `prefer` and `require`: encrypt, but do not authenticate the server.
#[derive(Debug)]
struct NoVerify(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for NoVerify {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
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
    fn verify_modes_are_accepted() {
        let url = DbUrl::parse("postgres://u@h/db?sslmode=verify-full").unwrap();
        assert_eq!(url.verify, Verify::Full);
        assert_eq!(url.config.get_ssl_mode(), SslMode::Require);
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
