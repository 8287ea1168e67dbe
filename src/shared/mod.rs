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
    /// Entries refreshed ahead of their expiry, in the round trip of another key's read.
    pub refreshes: AtomicU64,
    /// Set (not added) by the owner: its cache's size now.
    pub entries: AtomicU64,
    pub bytes: AtomicU64,
    /// The owner's pid; 0: free; [`GIVING_BACK`]: being given back. See [`SharedRegion::claim_cache_slot`].
    owner: AtomicU64,
    /// When the owner started (clock ticks after boot, as /proc/PID/stat says), so that a pid the
    /// system gave to another process since is not taken for the owner; 0: not known (yet).
    owner_start: AtomicU64,
}

/// The cumulative counters of the slots given back: what exited processes did stays counted.
#[repr(C)]
struct Retired {
    hits: AtomicU64,
    misses: AtomicU64,
    evictions: AtomicU64,
    stale: AtomicU64,
    refreshes: AtomicU64,
}

/// Slots a process owns at a time, and one more: processes beyond share that last slot (their hits
/// and misses still add up; its entries and bytes are then approximate). A slot is given back when
/// its process is gone, so only the processes living at once count towards it.
pub const CACHE_SLOTS: usize = 1024;

/// The slot shared by the processes that found no free one.
const OVERFLOW_SLOT: usize = CACHE_SLOTS - 1;

/// `owner` of a slot that one process is giving back (zeroing it): no one else touches it.
const GIVING_BACK: u64 = u64::MAX;

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
    retired: Retired,
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
    pub cache_refreshes: u64,
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
    ///
    /// A free slot, else one whose process is gone, given back first: before, slots were handed
    /// out in turn and never given back, so that after 50 workers had each cached 10 keys and
    /// exited `cache_entries` still read 500, and after 1,023 processes every new one shared
    /// the last slot. The pid and start time recorded here tell whether the owner still lives
    /// ([`owner_lives`]).
    pub fn claim_cache_slot(&self) -> usize {
        let me = Owner::current();
        for round in 0..2 {
            if round == 1 && self.give_back_slots_of_the_gone() == 0 {
                break;
            }
            for (i, slot) in self.layout().slots[..OVERFLOW_SLOT].iter().enumerate() {
                if slot.owner.load(Ordering::Relaxed) == 0
                    && slot
                        .owner
                        .compare_exchange(0, me.pid, Ordering::AcqRel, Ordering::Relaxed)
                        .is_ok()
                {
                    slot.owner_start.store(me.start, Ordering::Release);
                    return i;
                }
            }
        }
        OVERFLOW_SLOT
    }

    /// Gives back the slot at `index` when this process owns it (an engine dropped).
    pub fn release_cache_slot(&self, index: usize) {
        if index < OVERFLOW_SLOT {
            self.give_back(&self.layout().slots[index], Owner::current().pid);
        }
    }

    /// Gives back every slot whose process is gone; how many.
    fn give_back_slots_of_the_gone(&self) -> usize {
        let mut given = 0;
        for slot in &self.layout().slots[..OVERFLOW_SLOT] {
            let pid = slot.owner.load(Ordering::Acquire);
            if pid == 0 || pid == GIVING_BACK {
                continue;
            }
            let owner = Owner {
                pid,
                start: slot.owner_start.load(Ordering::Acquire),
            };
            if !owner_lives(owner) && self.give_back(slot, pid) {
                given += 1;
            }
        }
        given
    }

    /// Zeroes `slot` if `pid` owns it, its cumulative counters added to the retired ones first;
    /// whether it did. One process wins the exchange, so that nothing is added twice.
    fn give_back(&self, slot: &CacheSlot, pid: u64) -> bool {
        if slot
            .owner
            .compare_exchange(pid, GIVING_BACK, Ordering::AcqRel, Ordering::Relaxed)
            .is_err()
        {
            return false;
        }
        let retired = &self.layout().retired;
        for (from, to) in [
            (&slot.hits, &retired.hits),
            (&slot.misses, &retired.misses),
            (&slot.evictions, &retired.evictions),
            (&slot.stale, &retired.stale),
            (&slot.refreshes, &retired.refreshes),
        ] {
            to.fetch_add(from.swap(0, Ordering::AcqRel), Ordering::AcqRel);
        }
        slot.entries.store(0, Ordering::Relaxed);
        slot.bytes.store(0, Ordering::Relaxed);
        slot.owner_start.store(0, Ordering::Relaxed);
        slot.owner.store(0, Ordering::Release);
        true
    }

    /// The health of the server at `index` in the `servers` list.
    pub fn server_health(&self, index: usize) -> &ServerHealth {
        &self.layout().servers[index.min(SERVER_SLOTS - 1)]
    }

    pub fn cache_slot(&self, index: usize) -> &CacheSlot {
        &self.layout().slots[index.min(CACHE_SLOTS - 1)]
    }

    /// The counters now. The near cache's are summed over the slots, the slots of processes that
    /// are gone given back first: `cache_entries` and `cache_bytes` are those of the living
    /// processes, the others keep what the gone ones counted (a slot being given back while this
    /// runs may be missed or counted twice in this one snapshot).
    pub fn snapshot(&self) -> Stats {
        self.give_back_slots_of_the_gone();
        let c = self.counters();
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let (slots, retired) = (&self.layout().slots, &self.layout().retired);
        let sum = |f: fn(&CacheSlot) -> &AtomicU64| slots.iter().map(|s| get(f(s))).sum::<u64>();
        Stats {
            cache_hits: sum(|s| &s.hits) + get(&retired.hits),
            cache_misses: sum(|s| &s.misses) + get(&retired.misses),
            cache_evictions: sum(|s| &s.evictions) + get(&retired.evictions),
            cache_stale: sum(|s| &s.stale) + get(&retired.stale),
            cache_refreshes: sum(|s| &s.refreshes) + get(&retired.refreshes),
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

/// A process, as a slot records it: its pid, and when it started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Owner {
    pid: u64,
    /// 0: not known.
    start: u64,
}

impl Owner {
    fn current() -> Owner {
        // SAFETY: getpid has no preconditions and cannot fail.
        let pid = unsafe { libc::getpid() };
        let start = process_state(pid)
            .ok()
            .flatten()
            .map_or(0, |(_, start)| start);
        Owner {
            pid: pid as u64,
            start,
        }
    }
}

/// A process's state letter and start time (field 22, clock ticks after boot) from
/// /proc/PID/stat; `None` when there is no such process.
fn process_state(pid: i32) -> io::Result<Option<(char, u64)>> {
    let text = match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(text) => text,
        // No /proc at all (a host in a chroot without it, as Debian's roots run in the tests,
        // or Kamailio's own `chroot` setting): that says nothing about the pid, so the caller
        // falls back to asking the kernel. Seen: every slot taken for dead, cache_entries 0.
        Err(e) if e.kind() == io::ErrorKind::NotFound && proc_is_mounted() => return Ok(None),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(io::Error::new(io::ErrorKind::Unsupported, "no /proc"));
        }
        Err(e) => return Err(e),
    };
    // The command name, in parentheses, may hold spaces and parentheses: the fields follow the
    // last ')', the state first (field 3), the start time 19 fields after it.
    let bad = || io::Error::new(io::ErrorKind::InvalidData, "unexpected /proc/PID/stat");
    let mut fields = text.rsplit_once(')').ok_or_else(bad)?.1.split_whitespace();
    let state = fields
        .next()
        .and_then(|f| f.chars().next())
        .ok_or_else(bad)?;
    let start = fields
        .nth(18)
        .and_then(|f| f.parse().ok())
        .ok_or_else(bad)?;
    Ok(Some((state, start)))
}

/// Whether this process sees a mounted /proc (its own entry is there).
fn proc_is_mounted() -> bool {
    std::path::Path::new("/proc/self/stat").exists()
}

/// Whether `owner` still lives: its pid names a process that is neither a zombie nor one that
/// started at another time (the pid given to a new process since). Without /proc, whether the
/// pid exists (`kill(pid, 0)`).
fn owner_lives(owner: Owner) -> bool {
    let Ok(pid) = i32::try_from(owner.pid) else {
        return false;
    };
    match process_state(pid) {
        Ok(None) => false,
        Ok(Some((state, start))) => {
            !matches!(state, 'Z' | 'X') && (owner.start == 0 || start == owner.start)
        }
        Err(_) => {
            // SAFETY: signal 0 sends nothing: it only asks whether the pid exists.
            let rc = unsafe { libc::kill(pid, 0) };
            rc == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
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
        // The child is gone: its entries no longer count, its hits still do.
        let stats = region.snapshot();
        assert_eq!((stats.cache_entries, stats.cache_hits), (3, 2));
        assert_eq!(
            region.claim_cache_slot(),
            mine + 1,
            "its slot is free again"
        );
    }

    #[test]
    fn a_slot_whose_pid_now_names_another_process_is_given_back() {
        let region = SharedRegion::new().unwrap();
        let mine = region.claim_cache_slot();
        let slot = region.cache_slot(mine);
        slot.entries.store(5, Ordering::Relaxed);
        slot.misses.store(6, Ordering::Relaxed);
        assert_eq!(region.snapshot().cache_entries, 5, "this process lives");
        // As if the slot's process had exited and its pid were this process's now.
        slot.owner_start.fetch_add(1, Ordering::Relaxed);
        let stats = region.snapshot();
        assert_eq!((stats.cache_entries, stats.cache_misses), (0, 6));
        assert_eq!(slot.owner.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn this_process_is_found_living_with_its_start_time() {
        let me = Owner::current();
        assert!(me.start > 0, "{me:?}");
        assert!(owner_lives(me));
        assert!(!owner_lives(Owner {
            pid: me.pid,
            start: me.start + 1
        }));
        assert!(!owner_lives(Owner {
            pid: i32::MAX as u64,
            start: 0
        }));
    }
}
