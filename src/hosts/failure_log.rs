//! Logging the failures of script operations for a host adapter, so that the log stays the
//! operator's: the first failure of each kind is logged at once at ERROR, then at most one line
//! per kind and [`RATE_LIMIT`] in each process, which says how many were left out. Every
//! failure is still logged at DEBUG and counted in the stats. A SIP sender can provoke most of
//! these (a bad expiry, a counter on a string, `mode=1` on an existing key) on every request, and
//! a dead server fails every operation: without a limit either would flood the log.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use once_cell::sync::Lazy;

use crate::error::{Error, Kind};

/// At most one line per kind of failure per this period and process.
pub const RATE_LIMIT: Duration = Duration::from_secs(10);

/// One kind's limit: when its last line was written, and how many were left out since.
pub struct RateLimit {
    /// Seconds since [`START`] plus one of the last line written; 0: never.
    last: AtomicU64,
    suppressed: AtomicU64,
}

impl RateLimit {
    pub const fn new() -> RateLimit {
        RateLimit {
            last: AtomicU64::new(0),
            suppressed: AtomicU64::new(0),
        }
    }

    /// At `now` (seconds, from 1): `Some(left out since the last line)` when a line is to be
    /// written, `None` when this one is left out (and counted).
    pub fn admit(&self, now: u64) -> Option<u64> {
        let last = self.last.load(Ordering::Relaxed);
        if last == 0 || now.saturating_sub(last) >= RATE_LIMIT.as_secs() {
            self.last.store(now, Ordering::Relaxed);
            Some(self.suppressed.swap(0, Ordering::Relaxed))
        } else {
            self.suppressed.fetch_add(1, Ordering::Relaxed);
            None
        }
    }
}

impl Default for RateLimit {
    fn default() -> RateLimit {
        RateLimit::new()
    }
}

static START: Lazy<Instant> = Lazy::new(Instant::now);
static LIMITS: [RateLimit; Kind::COUNT] = [const { RateLimit::new() }; Kind::COUNT];

/// The clock the limits count in: seconds since the first use in this process, from 1.
pub fn seconds_since_start() -> u64 {
    START.elapsed().as_secs() + 1
}

fn log_limited(kind: Kind, line: &str) {
    let now = seconds_since_start();
    match LIMITS[kind as usize].admit(now) {
        Some(0) => log::error!("{line}"),
        Some(n) => log::error!(
            "{line} ({n} more like it in the last {} s not logged)",
            RATE_LIMIT.as_secs()
        ),
        None => log::debug!("{line}"),
    }
}

/// Logs `what: e`, limited by the kind of `e`.
pub fn log_failure(what: &str, e: &Error) {
    log_limited(e.kind(), &format!("{what}: {e}"));
}

/// Logs a refusal of the adapter's own (a value that does not fit the host's buffer, a key it
/// cannot render), limited with the other refusals.
pub fn log_refused(why: &str) {
    log_limited(Kind::Refused, why);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_failure_is_logged_even_in_a_process_that_just_started() {
        let limit = RateLimit::new();
        assert_eq!(limit.admit(1), Some(0), "second 1 of the process");
    }

    #[test]
    fn then_one_line_per_period_says_how_many_were_left_out() {
        let limit = RateLimit::new();
        assert_eq!(limit.admit(5), Some(0));
        for now in 5..15 {
            assert_eq!(limit.admit(now), None, "{now}");
        }
        assert_eq!(limit.admit(15), Some(10));
        assert_eq!(limit.admit(16), None);
        assert_eq!(limit.admit(100), Some(1));
    }

    #[test]
    fn each_kind_has_its_own_limit() {
        let kinds = [
            Error::NotStored.kind(),
            Error::NotANumber("x".into()).kind(),
            Error::BadExpiry("x".into()).kind(),
            Error::NotFound.kind(),
            Error::ValueTooLarge { len: 2, max: 1 }.kind(),
            Error::EmptyKey.kind(),
            Error::ServerDown { server: "s".into() }.kind(),
            Error::Server {
                server: "s".into(),
                message: "SERVER_ERROR out of memory".into(),
            }
            .kind(),
        ];
        for (i, k) in kinds.iter().enumerate() {
            assert!((*k as usize) < Kind::COUNT);
            assert!(!kinds[..i].contains(k), "{k:?} twice");
        }
    }
}
