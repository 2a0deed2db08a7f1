//! Interruption (SIGINT, SIGTERM): what the signal handler does, and how the
//! rest of the process learns of it.
//!
//! The handler runs on its own thread. It sends PostgreSQL a cancel request
//! for every statement a guard registered (an `apply` in progress: the
//! server stops the statement and rolls the transaction back, instead of
//! finishing an index build for a client that left), drops every temporary
//! database, and raises a flag. The main thread then fails on its own, sees
//! [`interrupted`], and reports an interruption, never an error in the
//! user's files.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use postgres::{CancelToken, Client};

use crate::source::connect::DbUrl;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static RUNNING: Mutex<Vec<(u64, DbUrl, CancelToken)>> = Mutex::new(Vec::new());
static NEXT: AtomicU64 = AtomicU64::new(0);
static REPORTED: AtomicBool = AtomicBool::new(false);

/// A signal arrived.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// The first caller (the handler or the main thread) reports the
/// interruption; later ones stay silent.
pub fn first_to_report() -> bool {
    !REPORTED.swap(true, Ordering::SeqCst)
}

/// Registers `client`'s running statements for cancellation until the
/// guard is dropped.
pub fn guard(url: &DbUrl, client: &Client) -> CancelGuard {
    let id = NEXT.fetch_add(1, Ordering::SeqCst);
    if let Ok(mut running) = RUNNING.lock() {
        running.push((id, url.clone(), client.cancel_token()));
    }
    CancelGuard(id)
}

pub struct CancelGuard(u64);

impl Drop for CancelGuard {
    fn drop(&mut self) {
        if let Ok(mut running) = RUNNING.lock() {
            running.retain(|(id, _, _)| *id != self.0);
        }
    }
}

/// What the signal handler does. Returns whether a statement was
/// cancelled (the main thread is then finishing and reports it).
pub fn on_signal() -> bool {
    INTERRUPTED.store(true, Ordering::SeqCst);
    let running = RUNNING.lock().map(|r| r.clone()).unwrap_or_default();
    for (_, url, token) in &running {
        url.cancel(token);
    }
    crate::source::scratch::drop_all();
    !running.is_empty()
}
