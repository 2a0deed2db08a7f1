//! Reading schema files is linear in their size (issue 17): one statement
//! of 1 and 2 MB, one file of 100,000 and 200,000 lines, split into
//! statements; the time per size and the ratio between the two sizes.
//!
//! `cargo bench --bench read`. Figures, not a pass/fail test.

use std::path::Path;
use std::time::{Duration, Instant};

use driftless::source::files::split;

/// The median of five splits of `text`, and the number of statements.
fn time_split(text: &str) -> (Duration, usize) {
    let mut times = Vec::new();
    let mut n = 0;
    for _ in 0..5 {
        let start = Instant::now();
        n = split(Path::new("bench.sql"), text).expect("splits").len();
        times.push(start.elapsed());
    }
    times.sort();
    (times[2], n)
}

fn row(what: &str, make: impl Fn(usize) -> String, sizes: [usize; 2]) {
    let (small, big) = (make(sizes[0]), make(sizes[1]));
    let (t1, n1) = time_split(&small);
    let (t2, n2) = time_split(&big);
    println!(
        "{what:<44} {:>9.1} KiB {:>8.1} ms ({n1} stmts) | {:>9.1} KiB {:>8.1} ms ({n2} stmts) | ratio {:.2} for size x{:.2}",
        small.len() as f64 / 1024.0,
        t1.as_secs_f64() * 1000.0,
        big.len() as f64 / 1024.0,
        t2.as_secs_f64() * 1000.0,
        t2.as_secs_f64() / t1.as_secs_f64(),
        big.len() as f64 / small.len() as f64
    );
}

fn main() {
    // One statement of about 1 and 2 MB: a long column list with `._`
    // (which once made the tokenizer start over) and strings.
    row(
        "one statement (1 MB, 2 MB)",
        |mb| {
            let unit = "1._x + (t)._f + 'a;b' + ";
            let n = mb * 1024 * 1024 / unit.len();
            format!("SELECT {}0;", unit.repeat(n))
        },
        [1, 2],
    );
    // A file of 100,000 and 200,000 lines: tables of ten lines each.
    row(
        "one file (100,000 lines, 200,000 lines)",
        |lines| {
            let mut s = String::new();
            for i in 0..lines / 10 {
                s.push_str(&format!(
                    "CREATE TABLE t{i} (\n  id bigint PRIMARY KEY,\n  a text DEFAULT 'x;y',\n  b int,\n  c jsonb,\n  d date,\n  e numeric(10, 2),\n  f boolean -- comment ;\n);\n\n"
                ));
            }
            s
        },
        [100_000, 200_000],
    );
}
