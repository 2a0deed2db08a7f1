//! TLS as libpq sets it up from `sslmode`, `sslrootcert`, `sslcert` and
//! `sslkey`.
//!
//! - `disable`: no TLS. `allow` and `prefer`: TLS when the server offers
//!   it, the server not authenticated. `require`: TLS, not authenticated —
//!   unless a root certificate file exists (named, or the default
//!   `~/.postgresql/root.crt`), when it is `verify-ca`, as in libpq.
//! - `verify-ca`: the server's certificate must chain to the roots;
//!   `verify-full`: and name the host connected to.
//! - Roots: `sslrootcert` (a PEM file, or `system` for the operating
//!   system's store, which requires `verify-full`), else
//!   `~/.postgresql/root.crt`; verifying without either is an error saying
//!   so.
//! - A client certificate: `sslcert` and `sslkey`, else
//!   `~/.postgresql/postgresql.crt` and `.key` when they exist.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use postgres::config::SslMode;
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};

use super::conninfo::Params;

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error(
        "invalid sslmode value `{0}` (disable, allow, prefer, require, verify-ca or verify-full)"
    )]
    Mode(String),
    #[error(
        "root certificate file \"{0}\" does not exist: provide it, use the system's trusted roots with sslrootcert=system, or choose an sslmode that does not verify the server"
    )]
    NoRoots(String),
    #[error("weak sslmode `{0}` may not be used with sslrootcert=system (use verify-full)")]
    WeakSystem(String),
    #[error("cannot read {what} \"{file}\": {cause}")]
    Read {
        what: &'static str,
        file: String,
        cause: String,
    },
    #[error(
        "the system has no trusted root certificates (looked in SSL_CERT_FILE and the usual bundles)"
    )]
    NoSystemRoots,
}

/// How to connect: the driver's mode, and the TLS configuration (none for
/// `disable`).
#[derive(Clone)]
pub struct TlsSetup {
    pub mode: SslMode,
    pub config: Option<Arc<rustls::ClientConfig>>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Verify {
    None,
    Ca,
    Full,
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The TLS setup the resolved parameters `p` ask for.
pub fn setup(p: &Params, home: Option<&Path>) -> Result<TlsSetup, TlsError> {
    let sslmode = p.get("sslmode").map_or("prefer", String::as_str);
    let postgresql_dir = home.map(|h| h.join(".postgresql"));
    let default_file = |name: &str| postgresql_dir.as_ref().map(|d| d.join(name));
    let rootcert = p.get("sslrootcert").cloned();
    let root_file: Option<PathBuf> = match rootcert.as_deref() {
        Some("system") => None,
        Some(f) => Some(PathBuf::from(f)),
        None => default_file("root.crt"),
    };
    let root_exists = root_file.as_ref().is_some_and(|f| f.is_file());
    let (mode, verify) = match sslmode {
        "disable" => {
            return Ok(TlsSetup {
                mode: SslMode::Disable,
                config: None,
            });
        }
        "allow" | "prefer" => (SslMode::Prefer, Verify::None),
        "require" if root_exists || rootcert.as_deref() == Some("system") => {
            (SslMode::Require, Verify::Ca)
        }
        "require" => (SslMode::Require, Verify::None),
        "verify-ca" => (SslMode::Require, Verify::Ca),
        "verify-full" => (SslMode::Require, Verify::Full),
        other => return Err(TlsError::Mode(other.to_string())),
    };
    if rootcert.as_deref() == Some("system") && sslmode != "verify-full" {
        return Err(TlsError::WeakSystem(sslmode.to_string()));
    }
    let provider = provider();
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .expect("ring supports the default protocol versions");
    let builder = match verify {
        Verify::None => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Lenient {
                provider,
                chain: None,
            })),
        Verify::Ca | Verify::Full => {
            let roots = match rootcert.as_deref() {
                Some("system") => system_roots()?,
                _ => match root_file {
                    Some(file) if root_exists => roots_from(&file)?,
                    file => {
                        return Err(TlsError::NoRoots(file.map_or_else(
                            || "~/.postgresql/root.crt".into(),
                            |f| f.display().to_string(),
                        )));
                    }
                },
            };
            let webpki =
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
                    .build()
                    .map_err(|e| TlsError::Read {
                        what: "root certificates",
                        file: p.get("sslrootcert").cloned().unwrap_or_default(),
                        cause: e.to_string(),
                    })?;
            if verify == Verify::Full {
                builder.with_webpki_verifier(webpki)
            } else {
                builder
                    .dangerous()
                    .with_custom_certificate_verifier(Arc::new(Lenient {
                        provider,
                        chain: Some(webpki),
                    }))
            }
        }
    };
    let cert = p
        .get("sslcert")
        .map(PathBuf::from)
        .or_else(|| default_file("postgresql.crt").filter(|f| f.is_file()));
    let config = match cert {
        Some(cert) => {
            let key = p
                .get("sslkey")
                .map(PathBuf::from)
                .or_else(|| default_file("postgresql.key"))
                .unwrap_or_else(|| cert.with_extension("key"));
            let chain = CertificateDer::pem_file_iter(&cert)
                .and_then(|it| it.collect::<Result<Vec<_>, _>>())
                .map_err(|e| read_error("client certificate", &cert, e))?;
            let key_der = PrivateKeyDer::from_pem_file(&key)
                .map_err(|e| read_error("client key", &key, e))?;
            builder
                .with_client_auth_cert(chain, key_der)
                .map_err(|e| TlsError::Read {
                    what: "client certificate",
                    file: cert.display().to_string(),
                    cause: e.to_string(),
                })?
        }
        None => builder.with_no_client_auth(),
    };
    Ok(TlsSetup {
        mode,
        config: Some(Arc::new(config)),
    })
}

fn read_error(what: &'static str, file: &Path, e: impl std::fmt::Display) -> TlsError {
    TlsError::Read {
        what,
        file: file.display().to_string(),
        cause: e.to_string(),
    }
}

fn roots_from(file: &Path) -> Result<RootCertStore, TlsError> {
    let mut roots = RootCertStore::empty();
    let certs = CertificateDer::pem_file_iter(file)
        .and_then(|it| it.collect::<Result<Vec<_>, _>>())
        .map_err(|e| read_error("root certificate file", file, e))?;
    for c in certs {
        roots
            .add(c)
            .map_err(|e| read_error("root certificate file", file, e))?;
    }
    Ok(roots)
}

/// The operating system's trusted roots, where OpenSSL finds them:
/// `SSL_CERT_FILE`, else the usual bundle files.
fn system_roots() -> Result<RootCertStore, TlsError> {
    let candidates = std::env::var("SSL_CERT_FILE")
        .ok()
        .into_iter()
        .map(PathBuf::from)
        .chain(
            [
                "/etc/ssl/certs/ca-certificates.crt",
                "/etc/pki/tls/certs/ca-bundle.crt",
                "/etc/ssl/cert.pem",
                "/etc/ssl/ca-bundle.pem",
            ]
            .map(PathBuf::from),
        );
    for file in candidates {
        if file.is_file() {
            let roots = roots_from(&file)?;
            if !roots.is_empty() {
                return Ok(roots);
            }
        }
    }
    Err(TlsError::NoSystemRoots)
}

/// The server checks short of `verify-full`: none (`prefer`, `require`),
/// or the chain without the host name (`verify-ca`). The handshake's
/// signatures are always checked, with the provider's algorithms.
#[derive(Debug)]
struct Lenient {
    provider: Arc<rustls::crypto::CryptoProvider>,
    /// `verify-ca`: the verifier whose chain check is kept.
    chain: Option<Arc<WebPkiServerVerifier>>,
}

impl ServerCertVerifier for Lenient {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some(chain) = &self.chain else {
            return Ok(ServerCertVerified::assertion());
        };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
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
            &self.provider.signature_verification_algorithms,
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
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::super::conninfo::params;
    use super::*;

    #[test]
    fn modes() {
        let home = tempfile::tempdir().unwrap();
        let h = Some(home.path());
        assert_eq!(
            setup(&params(&[("sslmode", "disable")]), h).unwrap().mode,
            SslMode::Disable
        );
        assert_eq!(
            setup(&params(&[("sslmode", "prefer")]), h).unwrap().mode,
            SslMode::Prefer
        );
        assert_eq!(
            setup(&params(&[("sslmode", "require")]), h).unwrap().mode,
            SslMode::Require
        );
        let e = setup(&params(&[("sslmode", "verify-full")]), h)
            .err()
            .unwrap();
        assert!(e.to_string().contains("root.crt\" does not exist"), "{e}");
        let e = setup(
            &params(&[("sslmode", "verify-ca"), ("sslrootcert", "system")]),
            h,
        )
        .err()
        .unwrap();
        assert_eq!(
            e.to_string(),
            "weak sslmode `verify-ca` may not be used with sslrootcert=system (use verify-full)"
        );
        let e = setup(&params(&[("sslmode", "sometimes")]), h)
            .err()
            .unwrap();
        assert!(
            e.to_string()
                .starts_with("invalid sslmode value `sometimes`"),
            "{e}"
        );
    }
}
