//! Marking a server down after consecutive failures and bringing it back, with the state in the
//! shared region so that every process of the host agrees.
//!
//! After `failure_limit` failures in a row a server is down for `retry_interval`: its operations
//! fail at once (or, with failover, go to the next server) instead of each waiting for the
//! timeout. When the interval is over, exactly one operation (in any process) probes it: the
//! others keep treating it as down until the probe succeeds.

use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::shared::ServerHealth;

/// Milliseconds of the monotonic clock, which all processes share (vDSO: no system call).
pub fn monotonic_ms() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into the valid pointer it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    (ts.tv_sec as u64) * 1000 + (ts.tv_nsec as u64) / 1_000_000 + 1
}

/// Whether an operation may use a server now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    Up,
    /// Down, and its retry interval is over: this operation is the one probe.
    Probe,
    Down,
}

#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub failure_limit: u64,
    pub retry_interval: Duration,
}

impl Policy {
    /// `now_ms` is read only for a server marked down: an up server costs no clock read.
    pub fn gate(&self, health: &ServerHealth, now_ms: impl FnOnce() -> u64) -> Gate {
        let until = health.down_until_ms.load(Ordering::Acquire);
        if until == 0 {
            return Gate::Up;
        }
        let now_ms = now_ms();
        if now_ms < until {
            return Gate::Down;
        }
        // Claims the probe: whoever moves the deadline forward probes; everyone else still
        // sees the server down until the probe has succeeded.
        let next = now_ms + self.retry_interval.as_millis() as u64;
        match health.down_until_ms.compare_exchange(
            until,
            next,
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            Ok(_) => Gate::Probe,
            Err(_) => Gate::Down,
        }
    }

    /// Records a success; returns true when this brought the server back up.
    pub fn success(&self, health: &ServerHealth) -> bool {
        if health.consecutive_failures.load(Ordering::Relaxed) != 0 {
            health.consecutive_failures.store(0, Ordering::Relaxed);
        }
        health.down_until_ms.load(Ordering::Relaxed) != 0
            && health.down_until_ms.swap(0, Ordering::AcqRel) != 0
    }

    /// Records a failure; returns true when this marked the server down.
    pub fn failure(&self, health: &ServerHealth, now_ms: u64) -> bool {
        health.failures.fetch_add(1, Ordering::Relaxed);
        let in_a_row = health.consecutive_failures.fetch_add(1, Ordering::AcqRel) + 1;
        if in_a_row < self.failure_limit {
            return false;
        }
        let until = now_ms + self.retry_interval.as_millis() as u64;
        let was = health.down_until_ms.swap(until, Ordering::AcqRel);
        if was == 0 {
            health.marked_down.fetch_add(1, Ordering::Relaxed);
        }
        was == 0
    }

    /// Marks a server up again (reload).
    pub fn reset(&self, health: &ServerHealth) {
        health.consecutive_failures.store(0, Ordering::Relaxed);
        health.down_until_ms.store(0, Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::SharedRegion;

    fn policy() -> Policy {
        Policy {
            failure_limit: 3,
            retry_interval: Duration::from_millis(2000),
        }
    }

    #[test]
    fn down_after_the_limit_then_one_probe_then_up() {
        let region = SharedRegion::new().unwrap();
        let h = region.server_health(0);
        let p = policy();
        let t = 1_000_000;
        assert_eq!(p.gate(h, || t), Gate::Up);
        assert!(!p.failure(h, t));
        assert!(!p.failure(h, t));
        assert!(p.failure(h, t), "the third failure marks it down");
        assert!(!p.failure(h, t), "only once");
        assert_eq!(p.gate(h, || t + 1999), Gate::Down);
        assert_eq!(p.gate(h, || t + 2000), Gate::Probe);
        assert_eq!(p.gate(h, || t + 2001), Gate::Down, "one probe at a time");
        assert!(p.success(h), "the probe brings it back");
        assert_eq!(p.gate(h, || t + 2002), Gate::Up);
        assert!(!p.success(h));
        assert_eq!(h.marked_down.load(Ordering::Relaxed), 1);
    }

    #[test]
    fn a_success_resets_the_count() {
        let region = SharedRegion::new().unwrap();
        let h = region.server_health(1);
        let p = policy();
        p.failure(h, 1);
        p.failure(h, 1);
        p.success(h);
        assert!(!p.failure(h, 1));
        assert!(!p.failure(h, 1));
        assert_eq!(p.gate(h, || 2), Gate::Up);
    }

    #[test]
    fn a_failed_probe_keeps_it_down_for_another_interval() {
        let region = SharedRegion::new().unwrap();
        let h = region.server_health(2);
        let p = policy();
        for _ in 0..3 {
            p.failure(h, 10);
        }
        assert_eq!(p.gate(h, || 2010), Gate::Probe);
        p.failure(h, 2010);
        assert_eq!(p.gate(h, || 4009), Gate::Down);
        assert_eq!(p.gate(h, || 4010), Gate::Probe);
        p.reset(h);
        assert_eq!(p.gate(h, || 4011), Gate::Up);
    }
}
