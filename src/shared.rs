//! State shared by every process of the host: memory mapped (anonymous, shared) before the host
//! forks its workers, so that counters are summed over all processes and a reload in one process
//! (Kamailio runs RPC commands in a process of their own) reaches every other.

use std::io;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};

/// The counters and the reload epoch. Every field is an atomic in shared memory.
#[repr(C)]
#[derive(Default)]
pub struct SharedCounters {
    /// Bumped by every reload; a process that sees a new epoch drops its connections.
    pub epoch: AtomicU64,
    pub operations: AtomicU64,
    pub hits: AtomicU64,
    pub misses: AtomicU64,
    pub errors: AtomicU64,
    pub timeouts: AtomicU64,
    pub connects: AtomicU64,
    pub reconnects: AtomicU64,
    pub reloads: AtomicU64,
}

/// A plain copy of the counters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub operations: u64,
    pub hits: u64,
    pub misses: u64,
    pub errors: u64,
    pub timeouts: u64,
    pub connects: u64,
    pub reconnects: u64,
    pub reloads: u64,
}

impl Stats {
    /// The counters as `name: value` lines, the text `sipmc_mi_stats` returns.
    pub fn to_text(&self) -> String {
        let rows = [
            ("operations", self.operations),
            ("hits", self.hits),
            ("misses", self.misses),
            ("errors", self.errors),
            ("timeouts", self.timeouts),
            ("connects", self.connects),
            ("reconnects", self.reconnects),
            ("reloads", self.reloads),
        ];
        rows.iter().map(|(k, v)| format!("{k}: {v}\n")).collect()
    }
}

/// One page of anonymous shared memory holding [`SharedCounters`].
pub struct SharedRegion {
    ptr: NonNull<SharedCounters>,
    len: usize,
}

// SAFETY: the region holds only atomics, which are safe to use from any thread; the mapping is
// owned by this value and unmapped once, in Drop.
unsafe impl Send for SharedRegion {}
// SAFETY: as above: every access goes through `&SharedCounters`, whose fields are atomics.
unsafe impl Sync for SharedRegion {}

impl SharedRegion {
    pub fn new() -> io::Result<SharedRegion> {
        let len = std::mem::size_of::<SharedCounters>().max(4096);
        // SAFETY: an anonymous mapping with no address hint and no file; the result is checked
        // against MAP_FAILED before use.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let ptr = ptr.cast::<SharedCounters>();
        // SAFETY: the mapping is page aligned, at least size_of::<SharedCounters>() long, writable,
        // and not yet visible to anyone else.
        unsafe { ptr.write(SharedCounters::default()) };
        Ok(SharedRegion {
            ptr: NonNull::new(ptr).expect("mmap returned a non-null address"),
            len,
        })
    }

    pub fn counters(&self) -> &SharedCounters {
        // SAFETY: the pointer was initialised in new() and stays mapped until self is dropped.
        unsafe { self.ptr.as_ref() }
    }

    pub fn snapshot(&self) -> Stats {
        let c = self.counters();
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        Stats {
            operations: get(&c.operations),
            hits: get(&c.hits),
            misses: get(&c.misses),
            errors: get(&c.errors),
            timeouts: get(&c.timeouts),
            connects: get(&c.connects),
            reconnects: get(&c.reconnects),
            reloads: get(&c.reloads),
        }
    }
}

impl Drop for SharedRegion {
    fn drop(&mut self) {
        // SAFETY: ptr/len are exactly what mmap returned, and nothing borrows the region once
        // its owner is being dropped.
        unsafe {
            libc::munmap(self.ptr.as_ptr().cast(), self.len);
        }
    }
}

/// Adds one to a counter.
pub fn bump(counter: &AtomicU64) {
    counter.fetch_add(1, Ordering::Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_are_shared_across_fork() {
        let region = SharedRegion::new().unwrap();
        bump(&region.counters().operations);
        // SAFETY: the child only touches atomics in the shared mapping, then _exit()s without
        // running any destructor or test-harness code.
        let pid = unsafe { libc::fork() };
        assert!(pid >= 0);
        if pid == 0 {
            for _ in 0..10 {
                bump(&region.counters().operations);
            }
            region.counters().epoch.fetch_add(1, Ordering::SeqCst);
            // SAFETY: ends the child at once, as intended after fork.
            unsafe { libc::_exit(0) };
        }
        let mut status = 0;
        // SAFETY: waits for the child created above; status is a valid out pointer.
        unsafe { libc::waitpid(pid, &mut status, 0) };
        assert_eq!(region.snapshot().operations, 11);
        assert_eq!(region.counters().epoch.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn text_has_every_counter() {
        let text = Stats {
            operations: 3,
            timeouts: 1,
            ..Stats::default()
        }
        .to_text();
        for name in [
            "operations: 3",
            "hits: 0",
            "misses",
            "errors",
            "timeouts: 1",
            "reconnects",
        ] {
            assert!(text.contains(name), "{text}");
        }
    }
}
