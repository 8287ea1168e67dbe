//! How long a server takes, as an operator reads it: per server, a histogram of request times in
//! log-spaced buckets (below 50 µs, then 50 to 100 µs, 100 to 200 µs, … doubling up to an hour),
//! kept in the shared region (beside the server's health) so that every process adds to one
//! histogram, and the count of
//! requests that took `timeout` or longer. The report shows p50, p99 and p999 read from it.
//!
//! Why buckets: a request adds one to one counter (no allocation, no lock, no sorting), and a
//! quantile read from them is within a factor of two of the true one, which is what tells an
//! operator "this server answers in about 200 µs, and one request in a thousand takes 50 ms".
//! The report gives each quantile as its bucket's upper bound: "p99 ≤ 400 µs".

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Buckets: below 50 µs, then one per doubling; the last holds everything from
/// 50 µs × 2^27 (1.9 hours) on, past the longest `timeout` (an hour).
pub const BUCKETS: usize = 29;

/// The upper bound of the first bucket.
const FIRST_US: u64 = 50;

/// One server's histogram, in the shared region.
#[repr(C)]
pub struct Latency {
    buckets: [AtomicU64; BUCKETS],
    /// Requests that took `timeout` or longer (timed out, mostly).
    pub over_timeout: AtomicU64,
}

/// The bucket of a request that took `us` microseconds.
pub fn bucket(us: u64) -> usize {
    let doublings = 64 - (us / FIRST_US).leading_zeros() as usize;
    doublings.min(BUCKETS - 1)
}

/// The upper bound, in microseconds, of bucket `i` (the last one has none: `u64::MAX`).
pub fn upper_us(i: usize) -> u64 {
    if i + 1 >= BUCKETS {
        u64::MAX
    } else {
        FIRST_US << i
    }
}

impl Latency {
    /// Adds a request that took `took`, with `timeout` the bound it had.
    pub fn record(&self, took: Duration, timeout: Duration) {
        let us = took.as_micros().min(u128::from(u64::MAX)) as u64;
        self.buckets[bucket(us)].fetch_add(1, Ordering::Relaxed);
        if took >= timeout {
            self.over_timeout.fetch_add(1, Ordering::Relaxed);
        }
    }

    pub fn counts(&self) -> [u64; BUCKETS] {
        std::array::from_fn(|i| self.buckets[i].load(Ordering::Relaxed))
    }
}

/// The upper bound (µs) of the bucket holding the request at quantile `q` (0.5 for the median);
/// 0 when there is none.
pub fn quantile_us(counts: &[u64; BUCKETS], q: f64) -> u64 {
    let total: u64 = counts.iter().sum();
    if total == 0 {
        return 0;
    }
    // The rank of the request at q, counting from 1: the median of 4 is the 2nd.
    let rank = ((q * total as f64).ceil() as u64).clamp(1, total);
    let mut seen = 0;
    for (i, &n) in counts.iter().enumerate() {
        seen += n;
        if seen >= rank {
            return upper_us(i);
        }
    }
    upper_us(BUCKETS - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_lands_in_the_bucket_of_its_doubling() {
        assert_eq!(bucket(0), 0);
        assert_eq!(bucket(49), 0);
        assert_eq!(bucket(50), 1);
        assert_eq!(bucket(99), 1);
        assert_eq!(bucket(100), 2);
        assert_eq!(bucket(199), 2);
        assert_eq!(bucket(200), 3);
        assert_eq!(bucket(u64::MAX), BUCKETS - 1);
        for us in [1, 49, 50, 77, 150, 10_000, 3_600_000_000] {
            let i = bucket(us);
            assert!(us < upper_us(i), "{us} below its bucket's bound");
            assert!(i == 0 || us >= upper_us(i - 1), "{us} above the one before");
        }
        assert!(
            upper_us(BUCKETS - 2) >= 3_600_000_000,
            "an hour's timeout fits"
        );
    }

    #[test]
    fn quantiles_are_read_as_their_buckets_upper_bounds() {
        let mut counts = [0; BUCKETS];
        assert_eq!(quantile_us(&counts, 0.5), 0, "no request");
        counts[bucket(120)] = 990; // 100..200 µs
        counts[bucket(30_000)] = 9; // 25.6..51.2 ms
        counts[bucket(3_000_000)] = 1; // 1.6..3.3 s
        assert_eq!(quantile_us(&counts, 0.5), 200);
        assert_eq!(quantile_us(&counts, 0.99), 200, "the 990th of 1000");
        assert_eq!(quantile_us(&counts, 0.995), 51_200);
        assert_eq!(quantile_us(&counts, 0.999), 51_200, "the 999th");
        assert_eq!(quantile_us(&counts, 1.0), 3_276_800);
    }

    #[test]
    fn a_request_that_reaches_the_timeout_is_counted_over_it() {
        let l = Latency {
            buckets: std::array::from_fn(|_| AtomicU64::new(0)),
            over_timeout: AtomicU64::new(0),
        };
        let timeout = Duration::from_millis(100);
        l.record(Duration::from_micros(80), timeout);
        l.record(Duration::from_millis(100), timeout);
        l.record(Duration::from_millis(101), timeout);
        assert_eq!(l.over_timeout.load(Ordering::Relaxed), 2);
        assert_eq!(l.counts().iter().sum::<u64>(), 3);
        assert_eq!(l.counts()[bucket(80)], 1);
    }
}
