//! Connection strings as libpq reads them: `postgresql://` URLs and
//! `key=value` strings, into a map of libpq's parameter names.
//!
//! Only the syntax is handled here; what an unset parameter defaults to
//! (a service file, `PG*` variables, the password file) is `resolve`'s.
//! Every parameter name is checked against libpq's list, so a typo is an
//! error naming it rather than a setting silently ignored; values never
//! appear in an error (one of them may be a password).

use std::collections::BTreeMap;

/// libpq's connection parameters that driftless honours.
const SUPPORTED: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "passfile",
    "service",
    "connect_timeout",
    "options",
    "application_name",
    "fallback_application_name",
    "client_encoding",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "target_session_attrs",
    "load_balance_hosts",
    "channel_binding",
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslsni",
    "sslcompression",
    "gssencmode",
];

/// libpq's parameters driftless does not implement: named as such.
const UNSUPPORTED: &[&str] = &[
    "require_auth",
    "tcp_user_timeout",
    "replication",
    "sslnegotiation",
    "sslpassword",
    "sslcertmode",
    "sslcrl",
    "sslcrldir",
    "requirepeer",
    "ssl_min_protocol_version",
    "ssl_max_protocol_version",
    "krbsrvname",
    "gsslib",
    "gssdelegation",
];

/// Why a connection string cannot be read. Never holds a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConninfoError {
    #[error("unknown connection parameter `{0}`")]
    Unknown(String),
    #[error("connection parameter `{0}` is not supported by driftless")]
    Unsupported(String),
    #[error("malformed connection string: {0}")]
    Syntax(&'static str),
    #[error("invalid percent-encoding in the connection URL")]
    Percent,
}

/// Parameters by libpq name, as given.
pub type Params = BTreeMap<String, String>;

/// Checks a parameter name: known and implemented.
pub fn check_key(key: &str) -> Result<(), ConninfoError> {
    if SUPPORTED.contains(&key) {
        Ok(())
    } else if UNSUPPORTED.contains(&key) {
        Err(ConninfoError::Unsupported(key.to_string()))
    } else {
        Err(ConninfoError::Unknown(key.to_string()))
    }
}

/// Reads a URL (`postgres://`, `postgresql://`) or a `key=value` string.
/// An empty string is no parameters at all (everything from defaults).
pub fn parse(s: &str) -> Result<Params, ConninfoError> {
    let t = s.trim();
    if let Some(rest) = t
        .strip_prefix("postgresql://")
        .or_else(|| t.strip_prefix("postgres://"))
    {
        parse_url(rest)
    } else {
        parse_keywords(t)
    }
}

fn insert(p: &mut Params, key: &str, value: String) -> Result<(), ConninfoError> {
    // `ssl=true` is the JDBC spelling libpq accepts in URLs.
    if key == "ssl" {
        return match value.as_str() {
            "true" => {
                p.insert("sslmode".into(), "require".into());
                Ok(())
            }
            _ => Err(ConninfoError::Syntax("`ssl` takes only the value `true`")),
        };
    }
    check_key(key)?;
    p.insert(key.to_string(), value);
    Ok(())
}

fn decode(s: &str) -> Result<String, ConninfoError> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3).ok_or(ConninfoError::Percent)?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| ConninfoError::Percent)?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| ConninfoError::Percent)
}

/// `[user[:password]@][host[:port][,...]][/dbname][?key=value&...]`.
fn parse_url(rest: &str) -> Result<Params, ConninfoError> {
    let mut p = Params::new();
    let (main, query) = match rest.split_once('?') {
        Some((m, q)) => (m, Some(q)),
        None => (rest, None),
    };
    let (authority, dbname) = match main.split_once('/') {
        Some((a, d)) => (a, Some(d)),
        None => (main, None),
    };
    let hosts = match authority.rsplit_once('@') {
        Some((userinfo, hosts)) => {
            let (user, password) = match userinfo.split_once(':') {
                Some((u, pw)) => (u, Some(pw)),
                None => (userinfo, None),
            };
            if !user.is_empty() {
                p.insert("user".into(), decode(user)?);
            }
            if let Some(pw) = password {
                p.insert("password".into(), decode(pw)?);
            }
            hosts
        }
        None => authority,
    };
    if !hosts.is_empty() {
        let (mut names, mut ports) = (Vec::new(), Vec::new());
        for spec in hosts.split(',') {
            let (host, port) = if let Some(v6) = spec.strip_prefix('[') {
                let (addr, after) = v6
                    .split_once(']')
                    .ok_or(ConninfoError::Syntax("unterminated `[` in an IPv6 host"))?;
                let port = match after {
                    "" => "",
                    _ => after
                        .strip_prefix(':')
                        .ok_or(ConninfoError::Syntax("unexpected text after an IPv6 host"))?,
                };
                (addr.to_string(), port)
            } else {
                match spec.rsplit_once(':') {
                    Some((h, port)) => (decode(h)?, port),
                    None => (decode(spec)?, ""),
                }
            };
            names.push(host);
            ports.push(decode(port)?);
        }
        if names.iter().any(|h| !h.is_empty()) {
            p.insert("host".into(), names.join(","));
        }
        if ports.iter().any(|port| !port.is_empty()) {
            p.insert("port".into(), ports.join(","));
        }
    }
    if let Some(d) = dbname.filter(|d| !d.is_empty()) {
        p.insert("dbname".into(), decode(d)?);
    }
    for pair in query.into_iter().flat_map(|q| q.split('&')) {
        if pair.is_empty() {
            continue;
        }
        let (k, v) = pair
            .split_once('=')
            .ok_or(ConninfoError::Syntax("a URL parameter without `=`"))?;
        insert(&mut p, &decode(k)?, decode(v)?)?;
    }
    Ok(p)
}

/// `key = value` pairs separated by spaces; values may be single-quoted,
/// with `\'` and `\\` inside.
fn parse_keywords(s: &str) -> Result<Params, ConninfoError> {
    let mut p = Params::new();
    let mut chars = s.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.peek().is_none() {
            return Ok(p);
        }
        let mut key = String::new();
        while let Some(c) = chars.next_if(|c| *c != '=' && !c.is_whitespace()) {
            key.push(c);
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.next() != Some('=') {
            // Not `key=value`: name the word only if it is a parameter
            // name, never what may be a password.
            return Err(match check_key(&key) {
                Ok(()) => ConninfoError::Syntax("a parameter without `=` and a value"),
                Err(_) => ConninfoError::Syntax("expected `key=value` pairs or a postgres:// URL"),
            });
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'\'').is_some() {
            loop {
                match chars.next() {
                    Some('\\') => value.push(
                        chars
                            .next()
                            .ok_or(ConninfoError::Syntax("unterminated quoted value"))?,
                    ),
                    Some('\'') => break,
                    Some(c) => value.push(c),
                    None => return Err(ConninfoError::Syntax("unterminated quoted value")),
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                if c == '\\' {
                    if let Some(n) = chars.next() {
                        value.push(n);
                    }
                } else {
                    value.push(c);
                }
            }
        }
        insert(&mut p, &key, value)?;
    }
}

/// Parameters from pairs, for tests.
#[cfg(test)]
pub(super) fn params(pairs: &[(&str, &str)]) -> Params {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(
            parse("postgres://al%40ice:p%3Aw@db.example:6543/app?sslmode=verify-full&application_name=ci")
                .unwrap(),
            params(&[
                ("user", "al@ice"),
                ("password", "p:w"),
                ("host", "db.example"),
                ("port", "6543"),
                ("dbname", "app"),
                ("sslmode", "verify-full"),
                ("application_name", "ci"),
            ])
        );
        assert_eq!(
            parse("postgresql://h1:5433,[::1]:5434,h3/db?target_session_attrs=read-write").unwrap(),
            params(&[
                ("host", "h1,::1,h3"),
                ("port", "5433,5434,"),
                ("dbname", "db"),
                ("target_session_attrs", "read-write"),
            ])
        );
        assert_eq!(
            parse("postgresql://%2Fvar%2Frun%2Fpostgresql/app").unwrap(),
            params(&[("host", "/var/run/postgresql"), ("dbname", "app")])
        );
        assert_eq!(parse("postgres://").unwrap(), Params::new());
        assert_eq!(
            parse("postgres:///app?host=/tmp&ssl=true").unwrap(),
            params(&[("dbname", "app"), ("host", "/tmp"), ("sslmode", "require")])
        );
    }

    #[test]
    fn keywords() {
        assert_eq!(
            parse(r"host=localhost  port = 5433 dbname='my app' password='it\'s' options='-c search_path=a\\b'")
                .unwrap(),
            params(&[
                ("host", "localhost"),
                ("port", "5433"),
                ("dbname", "my app"),
                ("password", "it's"),
                ("options", r"-c search_path=a\b"),
            ])
        );
        assert_eq!(parse("").unwrap(), Params::new());
    }

    #[test]
    fn unknown_and_unsupported_parameters_are_named_values_never() {
        let e = parse("postgres://u:secret@h/db?sslrootcrt=/x").unwrap_err();
        assert_eq!(e.to_string(), "unknown connection parameter `sslrootcrt`");
        let e = parse("host=h sslcrl=/secret/path").unwrap_err();
        assert_eq!(
            e.to_string(),
            "connection parameter `sslcrl` is not supported by driftless"
        );
        let e = parse("host=h password='unterminated").unwrap_err();
        assert!(!e.to_string().contains("unterminated'"), "{e}");
        let e = parse("just-a-password-by-mistake").unwrap_err();
        assert!(!e.to_string().contains("just-a"), "{e}");
        assert_eq!(
            parse("postgres://u@h/db?x=%zz").unwrap_err(),
            ConninfoError::Percent
        );
    }
}
