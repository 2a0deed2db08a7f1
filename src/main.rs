//! The `driftless` binary: argument parsing, I/O glue and exit codes
//! (0 success, 1 drift or pending changes, 2 error). All logic lives in
//! the library; errors become one line on stderr.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    // Ctrl-C: drop any temporary database before leaving.
    let _ = ctrlc::set_handler(|| {
        driftless::source::scratch::drop_all();
        std::process::exit(130);
    });
    match cli::run() {
        Ok(code) => code,
        Err(e) => {
            // One line: the chain of causes, outermost first.
            let msg = e
                .chain()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(": ");
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}
