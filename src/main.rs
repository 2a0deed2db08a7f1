//! The `driftless` binary: argument parsing, I/O glue and exit codes
//! (0 success, 1 drift or pending changes, 2 error, 130 interrupted). All
//! logic lives in the library; errors become one line on stderr.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    // SIGINT and SIGTERM: cancel running statements, drop temporary
    // databases; the main thread then reports the interruption. If it is
    // not waiting on the server (a prompt, say), leave at once.
    let _ = ctrlc::set_handler(|| {
        let cancelled = driftless::interrupt::on_signal();
        if !cancelled {
            if driftless::interrupt::first_to_report() {
                eprintln!("\ninterrupted: nothing was applied");
            }
            std::process::exit(130);
        }
        // The cancelled statement's error reaches the main thread, which
        // reports what was applied. Should it not, leave anyway.
        std::thread::sleep(std::time::Duration::from_secs(30));
        if driftless::interrupt::first_to_report() {
            eprintln!("\ninterrupted");
        }
        std::process::exit(130);
    });
    // Temporary databases are dropped while the command goes on.
    driftless::source::scratch::defer_drops();
    let result = cli::run();
    driftless::source::scratch::finish_drops();
    if driftless::interrupt::interrupted() {
        if driftless::interrupt::first_to_report() {
            match result {
                Ok(_) => eprintln!(
                    "interrupted after the last step: everything above was applied and committed"
                ),
                // An apply that was cancelled says what it had applied.
                Err(e) if e.downcast_ref::<driftless::apply::ApplyError>().is_some() => {
                    eprintln!("interrupted: {}", chain(&e))
                }
                // Anything else failed because of the interruption (a load
                // cut short is not an error in the user's files).
                Err(_) => eprintln!("interrupted: nothing was applied"),
            }
        }
        return ExitCode::from(130);
    }
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", chain(&e));
            ExitCode::from(2)
        }
    }
}

/// One line: the chain of causes, outermost first.
fn chain(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain().map(|c| c.to_string()) {
        // An error whose message already ends with its cause's (a file's
        // `{path}: {source}`) would say it twice.
        if line.ends_with(&cause) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&cause);
    }
    line
}
