//! State shared by every process of the host: memory mapped (anonymous, shared) before the host
//! forks its workers, so that counters are summed over all processes and a reload in one process
//! (Kamailio runs RPC commands in a process of their own) reaches every other.

pub mod failback;
pub mod fork_guard;
pub mod latency;
pub mod lock;

use std::io;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};

/// The counters and the reload epoch. Every field is an atomic in shared memory.
#[repr(C)]
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
    /// Operations refused before or after the server (bad key, expiry or number, a value too
    /// large for memcached or for the host).
    pub refused: AtomicU64,
    /// Writes not stored: `mode=1` and the key existed.
    pub not_stored: AtomicU64,
    /// Keys written to a failover server that their own server forgot when it served again.
    pub failback_keys: AtomicU64,
    /// Writes that did not fail over because the process's list of such keys was full.
    pub failback_overflows: AtomicU64,
}

/// One process's near-cache counters. Each process writes only its own slot, so that a cache hit
/// never contends for a cache line with another process.
#[repr(C, align(64))]
pub struct CacheSlot {
    pub hits: AtomicU64,
    pub misses: AtomicU64,
    pub evictions: AtomicU64,
    /// Expired entries served because their server was unreachable (`cache_stale_on_error`).
    pub stale: AtomicU64,
    /// Set (not added) by the owner: its cache's size now.
    pub entries: AtomicU64,
    pub bytes: AtomicU64,
}

/// Processes beyond this share the last slot (their hits and misses still add up; entries and
/// bytes of that slot are then approximate).
pub const CACHE_SLOTS: usize = 1024;

/// The most servers a `servers` list may name (one health slot each).
pub const SERVER_SLOTS: usize = 64;

/// One server's health, shared by every process, so that one worker's discovery that a server is
/// down protects every worker.
#[repr(C, align(64))]
pub struct ServerHealth {
    /// Failures in a row; a success resets it.
    pub consecutive_failures: AtomicU64,
    /// 0 while the server is up; else the monotonic time (ms) until which it is down.
    pub down_until_ms: AtomicU64,
    pub operations: AtomicU64,
    pub failures: AtomicU64,
    pub timeouts: AtomicU64,
    /// How many times it was marked down.
    pub marked_down: AtomicU64,
    /// How long its requests took.
    pub latency: latency::Latency,
}

/// The whole shared mapping. All zeroes is its initial state (a fresh anonymous mapping).
#[repr(C)]
struct Layout {
    counters: SharedCounters,
    next_slot: AtomicU64,
    slots: [CacheSlot; CACHE_SLOTS],
    servers: [ServerHealth; SERVER_SLOTS],
}

/// A plain copy of the counters: what [`crate::engine::report::COUNTERS`] lists and reads.
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
    pub refused: u64,
    pub not_stored: u64,
    pub failback_keys: u64,
    pub failback_overflows: u64,
    pub cache_hits: u64,
    pub cache_misses: u64,
    pub cache_evictions: u64,
    pub cache_stale: u64,
    pub cache_entries: u64,
    pub cache_bytes: u64,
}

/// Anonymous shared memory holding the counters, the reload epoch and the cache slots.
pub struct SharedRegion {
    ptr: NonNull<Layout>,
    len: usize,
}

// SAFETY: the region holds only atomics, which are safe to use from any thread; the mapping is
// owned by this value and unmapped once, in Drop.
unsafe impl Send for SharedRegion {}
// SAFETY: as above: every access goes through `&SharedCounters`, whose fields are atomics.
unsafe impl Sync for SharedRegion {}

impl SharedRegion {
    pub fn new() -> io::Result<SharedRegion> {
        let len = std::mem::size_of::<Layout>();
        Ok(SharedRegion {
            ptr: map_shared(len)?.cast::<Layout>(),
            len,
        })
    }

    fn layout(&self) -> &Layout {
        // SAFETY: the mapping is page aligned, large enough, zero-filled (a valid Layout: only
        // atomics), and stays mapped until self is dropped.
        unsafe { self.ptr.as_ref() }
    }

    pub fn counters(&self) -> &SharedCounters {
        &self.layout().counters
    }

    /// A cache slot of its own for the calling process (call again after a fork): its index.
    pub fn claim_cache_slot(&self) -> usize {
        let i = self.layout().next_slot.fetch_add(1, Ordering::Relaxed) as usize;
        i.min(CACHE_SLOTS - 1)
    }

    /// The health of the server at `index` in the `servers` list.
    pub fn server_health(&self, index: usize) -> &ServerHealth {
        &self.layout().servers[index.min(SERVER_SLOTS - 1)]
    }

    pub fn cache_slot(&self, index: usize) -> &CacheSlot {
        &self.layout().slots[index.min(CACHE_SLOTS - 1)]
    }

    pub fn snapshot(&self) -> Stats {
        let c = self.counters();
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let used = (self.layout().next_slot.load(Ordering::Relaxed) as usize).min(CACHE_SLOTS);
        let slots = &self.layout().slots[..used];
        let sum = |f: fn(&CacheSlot) -> &AtomicU64| slots.iter().map(|s| get(f(s))).sum();
        Stats {
            cache_hits: sum(|s| &s.hits),
            cache_misses: sum(|s| &s.misses),
            cache_evictions: sum(|s| &s.evictions),
            cache_stale: sum(|s| &s.stale),
            cache_entries: sum(|s| &s.entries),
            cache_bytes: sum(|s| &s.bytes),
            operations: get(&c.operations),
            hits: get(&c.hits),
            misses: get(&c.misses),
            errors: get(&c.errors),
            timeouts: get(&c.timeouts),
            connects: get(&c.connects),
            reconnects: get(&c.reconnects),
            reloads: get(&c.reloads),
            refused: get(&c.refused),
            not_stored: get(&c.not_stored),
            failback_keys: get(&c.failback_keys),
            failback_overflows: get(&c.failback_overflows),
        }
    }
}

impl Drop for SharedRegion {
    fn drop(&mut self) {
        unmap_shared(self.ptr.cast(), self.len);
    }
}

/// `len` bytes of anonymous memory shared with the processes this one forks, zero-filled (the
/// initial state of everything kept there), page aligned. Pages get memory when first touched
/// (`MAP_NORESERVE`: a large bound that is never reached costs nothing).
pub fn map_shared(len: usize) -> io::Result<NonNull<u8>> {
    let len = len.next_multiple_of(4096);
    // SAFETY: an anonymous mapping with no address hint and no file; the result is checked
    // against MAP_FAILED before use.
    let ptr = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_SHARED | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if ptr == libc::MAP_FAILED {
        return Err(io::Error::last_os_error());
    }
    Ok(NonNull::new(ptr.cast::<u8>()).expect("mmap returned a non-null address"))
}

/// Unmaps what [`map_shared`] mapped; its owner calls it once, when nothing borrows it any more.
pub fn unmap_shared(ptr: NonNull<u8>, len: usize) {
    // SAFETY: ptr and the rounded len are exactly what map_shared mapped, and the caller owns
    // the mapping and drops it once.
    unsafe {
        libc::munmap(ptr.as_ptr().cast(), len.next_multiple_of(4096));
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
    fn cache_slots_are_summed_over_processes() {
        let region = SharedRegion::new().unwrap();
        let mine = region.claim_cache_slot();
        region.cache_slot(mine).entries.store(3, Ordering::Relaxed);
        // SAFETY: the child only touches atomics in the shared mapping, then _exit()s.
        let pid = unsafe { libc::fork() };
        assert!(pid >= 0);
        if pid == 0 {
            let child = region.claim_cache_slot();
            region.cache_slot(child).entries.store(4, Ordering::Relaxed);
            region
                .cache_slot(child)
                .hits
                .fetch_add(2, Ordering::Relaxed);
            // SAFETY: ends the child at once.
            unsafe { libc::_exit(0) };
        }
        let mut status = 0;
        // SAFETY: waits for the child created above.
        unsafe { libc::waitpid(pid, &mut status, 0) };
        let stats = region.snapshot();
        assert_eq!((stats.cache_entries, stats.cache_hits), (7, 2));
    }
}
