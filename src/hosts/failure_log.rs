//! Logging a failed operation for a host adapter. A server failure repeats on every operation
//! while the server is down, and the client already logged the change of state once, so those
//! lines are rate-limited here; every other failure is logged as it comes.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use once_cell::sync::Lazy;

use crate::error::Error;

/// At most one server-failure line per this period and process.
const RATE_LIMIT: Duration = Duration::from_secs(10);

fn is_server_failure(e: &Error) -> bool {
    crate::client::is_server_failure(e) || matches!(e, Error::ServerDown { .. })
}

/// Logs `what: e`, at most once per [`RATE_LIMIT`] when `e` is a server failure (the others are
/// counted and said with the next line that is written).
pub fn log_failure(what: &str, e: &Error) {
    static LAST: AtomicU64 = AtomicU64::new(0);
    static SUPPRESSED: AtomicU64 = AtomicU64::new(0);
    static START: Lazy<Instant> = Lazy::new(Instant::now);
    if !is_server_failure(e) {
        log::error!("{what}: {e}");
        return;
    }
    let now = START.elapsed().as_secs() + 1;
    let last = LAST.load(Ordering::Relaxed);
    if now.saturating_sub(last) >= RATE_LIMIT.as_secs() {
        LAST.store(now, Ordering::Relaxed);
        let n = SUPPRESSED.swap(0, Ordering::Relaxed);
        if n > 0 {
            log::error!("{what}: {e} ({n} similar errors in the last seconds not logged)");
        } else {
            log::error!("{what}: {e}");
        }
    } else {
        SUPPRESSED.fetch_add(1, Ordering::Relaxed);
        log::debug!("{what}: {e}");
    }
}
