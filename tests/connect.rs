//! Connecting like psql: `PG*` variables without `--url`, passwords from
//! `PGPASSWORD`, a password file and a service file, certificate checks
//! against a private CA, and errors that name the parameter or the host,
//! never the password.
//!
//! Password authentication needs a rule in the local server's
//! `pg_hba.conf`: [`password_role`] adds one for a dedicated role (and
//! that role only) ahead of the trust rules, once, and reloads. The server
//! certificate is Debian's snakeoil one, issued to `localhost`.

mod support;

use std::process::{Command, Output, Stdio};

use support::{TestDb, output_text as text};

const ROLE: &str = "driftless_pw_test";
const PASSWORD: &str = "pw-Zq8;x:secret";
const SNAKEOIL: &str = "/etc/ssl/certs/ssl-cert-snakeoil.pem";

/// `driftless check --schema DIR` with exactly the environment given
/// (besides PATH and HOME).
fn check(schema: &std::path::Path, url: Option<&str>, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_driftless"));
    cmd.arg("check").arg("--schema").arg(schema);
    if let Some(u) = url {
        cmd.args(["--url", u]);
    }
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", std::env::temp_dir())
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("run driftless")
}

/// Host and port of the test server, from `DATABASE_URL`.
fn host_port() -> (String, String) {
    let url = support::server_url();
    let rest = url.split("://").nth(1).expect("DATABASE_URL is a URL");
    let authority = rest.split('/').next().unwrap();
    let hostport = authority.rsplit('@').next().unwrap();
    match hostport.rsplit_once(':') {
        Some((h, p)) => (h.to_string(), p.to_string()),
        None => (hostport.to_string(), "5432".to_string()),
    }
}

/// A database holding `CREATE TABLE t (id int)`, and a schema folder
/// saying the same, so that `check` answers "no drift" once connected.
fn matching(tag: &str) -> (TestDb, tempfile::TempDir) {
    let db = TestDb::create(tag);
    db.exec("CREATE TABLE t (id int);");
    let dir = support::schema_dir(tag, "CREATE TABLE t (id int);\n");
    (db, dir)
}

#[track_caller]
fn assert_no_drift(o: &Output) {
    assert_eq!(o.status.code(), Some(0), "{}", text(o));
    assert!(text(o).contains("no drift"), "{}", text(o));
}

/// A role that must give a password over TCP to 127.0.0.1: created with
/// `CREATEDB` (to load schema files), and a `scram-sha-256` rule for it
/// alone placed before the server's trust rules.
fn password_role() {
    let mut admin = support::server().connect().unwrap();
    admin
        .batch_execute(&format!(
            "DO $$ BEGIN CREATE ROLE {ROLE} LOGIN CREATEDB; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\
             SET password_encryption = 'scram-sha-256';\
             ALTER ROLE {ROLE} PASSWORD '{}';",
            PASSWORD.replace('\'', "''")
        ))
        .unwrap();
    let hba: String = admin.query_one("SHOW hba_file", &[]).unwrap().get(0);
    let rule = format!("host all {ROLE} 127.0.0.1/32 scram-sha-256");
    let current = std::fs::read_to_string(&hba).unwrap_or_else(|e| {
        panic!("these tests add a password rule to {hba}, which cannot be read: {e}")
    });
    if !current.lines().any(|l| l.trim() == rule) {
        std::fs::write(
            &hba,
            format!("# added by driftless's tests/connect.rs\n{rule}\n{current}"),
        )
        .unwrap_or_else(|e| {
            panic!("these tests add a password rule to {hba}, which cannot be written: {e}")
        });
        admin.batch_execute("SELECT pg_reload_conf()").unwrap();
    }
    // The postmaster reloads asynchronously: wait until the role can no
    // longer connect without its password.
    let (_, port) = host_port();
    let no_password = driftless::source::connect::DbUrl::parse(&format!(
        "postgres://{ROLE}@127.0.0.1:{port}/postgres?sslmode=disable"
    ))
    .unwrap();
    for _ in 0..100 {
        if no_password.connect().is_err() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("the password rule for {ROLE} in {hba} did not take effect after a reload");
}

#[test]
fn pg_variables_without_url_connect_like_psql() {
    let (db, dir) = matching("pgvars");
    let (host, port) = host_port();
    let out = check(
        dir.path(),
        None,
        &[
            ("PGHOST", &host),
            ("PGPORT", &port),
            ("PGUSER", "postgres"),
            ("PGDATABASE", &db.name),
        ],
    );
    assert_no_drift(&out);
    // key=value strings, completed by the environment.
    let out = check(
        dir.path(),
        Some(&format!("dbname={}", db.name)),
        &[("PGHOST", &host), ("PGPORT", &port), ("PGUSER", "postgres")],
    );
    assert_no_drift(&out);
}

#[test]
fn passwords_come_from_the_environment_a_password_file_or_a_service_file() {
    password_role();
    let (db, dir) = matching("passwords");
    let (_, port) = host_port();
    let url = format!("postgres://{ROLE}@127.0.0.1:{port}/{}", db.name);

    // No password anywhere: refused, one line naming the server.
    let out = check(dir.path(), Some(&url), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains(&format!("cannot connect to 127.0.0.1:{port}/{}", db.name)),
        "{}",
        text(&out)
    );

    // A wrong password: refused, and never printed.
    let out = check(
        dir.path(),
        Some(&url),
        &[("PGPASSWORD", "not-the-Password")],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(!text(&out).contains("not-the-Password"), "{}", text(&out));
    assert_eq!(text(&out).trim().lines().count(), 1, "{}", text(&out));

    assert_no_drift(&check(dir.path(), Some(&url), &[("PGPASSWORD", PASSWORD)]));

    let files = tempfile::tempdir().unwrap();
    let pgpass = files.path().join("pgpass");
    let escaped = PASSWORD.replace('\\', "\\\\").replace(':', "\\:");
    std::fs::write(&pgpass, format!("127.0.0.1:{port}:*:{ROLE}:{escaped}\n")).unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    assert_no_drift(&check(
        dir.path(),
        Some(&url),
        &[("PGPASSFILE", pgpass.to_str().unwrap())],
    ));

    let services = files.path().join("pg_service.conf");
    std::fs::write(
        &services,
        format!(
            "[reporting]\nhost=127.0.0.1\nport={port}\nuser={ROLE}\ndbname={}\n",
            db.name
        ),
    )
    .unwrap();
    assert_no_drift(&check(
        dir.path(),
        Some("service=reporting"),
        &[
            ("PGSERVICEFILE", services.to_str().unwrap()),
            ("PGPASSFILE", pgpass.to_str().unwrap()),
        ],
    ));
    // PGSERVICE alone, without --url.
    assert_no_drift(&check(
        dir.path(),
        None,
        &[
            ("PGSERVICE", "reporting"),
            ("PGSERVICEFILE", services.to_str().unwrap()),
            ("PGPASSWORD", PASSWORD),
        ],
    ));
}

#[test]
fn verify_full_checks_the_host_name_against_a_private_ca() {
    let (db, dir) = matching("verify");
    let (_, port) = host_port();
    assert!(
        std::path::Path::new(SNAKEOIL).exists(),
        "this test needs the server's certificate at {SNAKEOIL} (Debian's ssl-cert package)"
    );
    let url = |host: &str, mode: &str| {
        format!(
            "postgres://postgres@{host}:{port}/{}?sslmode={mode}&sslrootcert={SNAKEOIL}",
            db.name
        )
    };
    assert_no_drift(&check(
        dir.path(),
        Some(&url("localhost", "verify-full")),
        &[],
    ));
    let out = check(dir.path(), Some(&url("127.0.0.1", "verify-full")), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("certificate not valid for name \"127.0.0.1\""),
        "{}",
        text(&out)
    );
    // verify-ca checks the chain only.
    assert_no_drift(&check(
        dir.path(),
        Some(&url("127.0.0.1", "verify-ca")),
        &[],
    ));
    // Verifying without a root certificate says what is missing.
    let out = check(
        dir.path(),
        Some(&format!(
            "postgres://postgres@localhost:{port}/{}?sslmode=verify-full",
            db.name
        )),
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("root.crt\" does not exist"),
        "{}",
        text(&out)
    );
}

#[test]
fn unknown_parameters_are_named() {
    let dir = support::schema_dir("unknown_param", "CREATE TABLE t (id int);\n");
    let out = check(
        dir.path(),
        Some("postgres://postgres:hunter2@127.0.0.1/postgres?sslrootcrt=/etc/x.pem"),
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert_eq!(
        text(&out).trim(),
        "error: invalid connection string: unknown connection parameter `sslrootcrt`"
    );
    let out = check(dir.path(), Some("host=127.0.0.1 sslcrl=/x"), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("connection parameter `sslcrl` is not supported by driftless"),
        "{}",
        text(&out)
    );
}
