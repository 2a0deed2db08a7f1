//! What `apply` shows while it runs: a line per finished step with its
//! elapsed time, the total at the end, and, on a terminal, a live counter
//! for a step that runs longer than a second (with the index build's phase
//! and blocks or tuples done, from `pg_stat_progress_create_index` read on
//! a second connection). Not on a terminal, output stays plain lines.
//!
//! The counter is an `indicatif` spinner owned by a watcher thread; the
//! main thread, which runs the steps, only records which step started.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use driftless::apply::Event;
use driftless::source::connect::DbUrl;
use indicatif::{ProgressBar, ProgressStyle};

/// A step shows a live counter once it has run this long.
const QUIET: Duration = Duration::from_secs(1);
/// How often the watcher looks at the running step.
const TICK: Duration = Duration::from_millis(100);
/// How often it asks the server how far an index build has come.
const POLL: Duration = Duration::from_millis(500);

/// The step running now, as the watcher sees it.
struct Running {
    label: String,
    started: Instant,
    bar: Option<ProgressBar>,
    /// The steps sent in the same round trip as this one.
    batch_first: usize,
    batch_last: usize,
}

pub struct Progress {
    total: usize,
    began: Instant,
    /// The attempt of the transaction running now (0: the first).
    attempt: std::cell::Cell<u32>,
    running: Arc<Mutex<Option<Running>>>,
    stop: Arc<AtomicBool>,
    watcher: Option<JoinHandle<()>>,
}

impl Progress {
    /// `live`: stderr is a terminal (counters are drawn); `url` and `pid`
    /// name the server and the backend that runs the steps.
    pub fn new(total: usize, live: bool, url: &DbUrl, pid: Option<i32>) -> Progress {
        let running: Arc<Mutex<Option<Running>>> = Arc::new(Mutex::new(None));
        let stop = Arc::new(AtomicBool::new(false));
        let watcher = live.then(|| {
            let (running, stop, url) = (running.clone(), stop.clone(), url.clone());
            std::thread::spawn(move || watch(&running, &stop, &url, pid))
        });
        Progress {
            total,
            began: Instant::now(),
            attempt: Default::default(),
            running,
            stop,
            watcher,
        }
    }

    pub fn on(&self, event: Event) {
        match event {
            Event::Started {
                number,
                last,
                step,
                attempt,
            } => {
                if attempt > self.attempt.replace(attempt) {
                    eprintln!(
                        "a lock timeout rolled the transaction back: running it again from step {number} (attempt {})",
                        attempt + 1
                    );
                }
                // Steps sent together: the counter names the whole batch,
                // by the first step's summary.
                let label = if last > number {
                    format!(
                        "[{number}-{last}/{}] {} and the next {} steps",
                        self.total,
                        step.summary,
                        last - number
                    )
                } else {
                    format!("[{number}/{}] {}", self.total, step.summary)
                };
                if let Ok(mut r) = self.running.lock() {
                    if r.as_ref()
                        .is_some_and(|r| r.batch_first < number && r.batch_last >= number)
                    {
                        return;
                    }
                    *r = Some(Running {
                        label,
                        started: Instant::now(),
                        bar: None,
                        batch_first: number,
                        batch_last: last,
                    });
                }
            }
            Event::Finished {
                number,
                first,
                last,
                step,
                elapsed,
            } => {
                self.clear();
                let total = self.total;
                let summary = &step.summary;
                if first == last {
                    eprintln!("[{number}/{total}] {summary} ({})", duration(elapsed));
                } else if number == last {
                    eprintln!(
                        "[{number}/{total}] {summary} (steps {first}-{last} in one round trip: {})",
                        duration(elapsed)
                    );
                } else {
                    eprintln!("[{number}/{total}] {summary} (sent with steps {first}-{last})");
                }
            }
        }
    }

    /// The time since the first step, as the last line prints it.
    pub fn total_time(&self) -> String {
        duration(self.began.elapsed())
    }

    /// Removes the counter of the running step, if one is drawn.
    fn clear(&self) {
        if let Ok(mut r) = self.running.lock()
            && let Some(running) = r.take()
            && let Some(bar) = running.bar
        {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.clear();
        if let Some(w) = self.watcher.take() {
            let _ = w.join();
        }
    }
}

/// The watcher thread: draws a counter for a step past [`QUIET`], and
/// adds the index build's progress when the server reports one.
fn watch(running: &Mutex<Option<Running>>, stop: &AtomicBool, url: &DbUrl, pid: Option<i32>) {
    let mut monitor: Option<postgres::Client> = None;
    let mut tried = false;
    let mut last_poll: Option<Instant> = None;
    while !stop.load(Ordering::SeqCst) {
        std::thread::sleep(TICK);
        let (label, started, shown) = match running.lock() {
            Ok(r) => match r.as_ref() {
                Some(r) if r.started.elapsed() >= QUIET => {
                    (r.label.clone(), r.started, r.bar.is_some())
                }
                _ => continue,
            },
            Err(_) => return,
        };
        // The index build's progress, at most every POLL, on a second
        // connection opened the first time a step runs long.
        let mut detail = None;
        if let Some(pid) = pid
            && last_poll.is_none_or(|t| t.elapsed() >= POLL)
        {
            last_poll = Some(Instant::now());
            if monitor.is_none() && !tried {
                tried = true;
                monitor = url.connect().ok();
            }
            if let Some(m) = monitor.as_mut() {
                detail = driftless::apply::index_progress(m, pid).ok().flatten();
            }
        }
        let Ok(mut r) = running.lock() else { return };
        // The step may have finished, or another started, meanwhile.
        let Some(current) = r.as_mut().filter(|c| c.started == started) else {
            continue;
        };
        if !shown {
            // One line, cut to the terminal's width: a wrapped line
            // would not be redrawn in place.
            let bar = ProgressBar::new_spinner()
                .with_style(
                    ProgressStyle::with_template("{spinner} {elapsed:>3} {wide_msg}")
                        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                )
                .with_elapsed(started.elapsed());
            bar.set_message(label);
            bar.enable_steady_tick(TICK);
            current.bar = Some(bar);
        }
        if let (Some(d), Some(bar)) = (detail, current.bar.as_ref()) {
            bar.set_message(format!("{}: {d}", current.label));
        }
    }
}

/// `12 ms`, `3.4 s`, `2 min 5 s`.
pub fn duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms < 1000 {
        format!("{ms} ms")
    } else if ms < 60_000 {
        format!("{:.1} s", d.as_secs_f64())
    } else {
        let s = d.as_secs();
        format!("{} min {} s", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::duration;
    use std::time::Duration;

    #[test]
    fn durations_read_at_a_glance() {
        assert_eq!(duration(Duration::from_millis(12)), "12 ms");
        assert_eq!(duration(Duration::from_millis(3_449)), "3.4 s");
        assert_eq!(duration(Duration::from_secs(125)), "2 min 5 s");
    }
}
