//! The keys written away from their server during an outage, in memory shared by every process of
//! the host: what [`crate::client::failback`] makes a returning server forget before it serves
//! any process again.
//!
//! Why shared: a list per process left the other processes reading a returned server's older
//! values until the writing process happened to use that server again (an idle process: never).
//! With one list, whichever process first uses the returned server works through every process's
//! writes, and every other process treats the server as down meanwhile.
//!
//! One mapping, made before the host forks: a header (a lock, a bit per server that has keys
//! listed, a lease per server for the process working through its keys), then the keys' hashes in
//! one array (a lookup scans those 8 bytes per key, not whole records), then the records. Records
//! are kept packed (a removal moves the last one into the gap), so that the scan stops at `len`.
//!
//! The lock is a [`PidLock`]: what it guards is memory only. A holder killed while holding it
//! leaves at most one record half-written, whose key then fails back as some other key would (a
//! delete of a key that was not listed: a miss, never an older value).

use std::io;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use crate::shared::lock::{PidGuard, PidLock};
use crate::shared::{map_shared, unmap_shared, SERVER_SLOTS};

/// The longest wire key: memcached's 250 bytes (the module hashes longer keys to 32).
pub const KEY_MAX: usize = 250;

/// When a value written away from its server dies, as the writing process knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expiry {
    Never,
    /// Unix seconds.
    At(u64),
    /// An `incr` or `decr` of a counter not created by the write listed: its expiry is the
    /// creator's.
    Unknown,
}

/// What was last written to a key away from its server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrote {
    Value(Expiry),
    /// A counter changed in place: the value is the holder's, the expiry the one known before.
    Counter,
    Deleted,
}

/// A listed key's record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The server the write went to.
    pub holder: usize,
    pub wrote: Wrote,
    /// Monotonic ms by which the holder's copy is surely gone (`failover_expire` after the write).
    pub copy_gone_ms: u64,
    /// Changes with every write of the key: a failback forgets a key only as it found it.
    pub version: u64,
}

#[repr(C)]
struct Header {
    lock: PidLock,
    len: AtomicU32,
    /// One bit per server (its index in the list) that has keys listed: the one load an
    /// operation pays for all this.
    pending: AtomicU64,
    /// Bumped by every write listed.
    version: AtomicU64,
    /// Per server: 0, or the monotonic ms until which one process works through its keys.
    leases: [AtomicU64; SERVER_SLOTS],
    /// Per server: how many keys are listed.
    counts: [AtomicU32; SERVER_SLOTS],
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Record {
    version: u64,
    copy_gone_ms: u64,
    /// Unix seconds for `WROTE_AT`; else unused.
    expiry_at: u64,
    home: u16,
    holder: u16,
    key_len: u16,
    wrote: u8,
    key: [u8; KEY_MAX],
}

// What a listed key takes in the mapping, as docs/parameters.md says (failover_keys).
const _: () = assert!(std::mem::size_of::<Record>() + std::mem::size_of::<u64>() == 296);

const WROTE_NEVER: u8 = 0;
const WROTE_AT: u8 = 1;
const WROTE_UNKNOWN: u8 = 2;
const WROTE_DELETED: u8 = 3;

impl Record {
    fn wrote(&self) -> Wrote {
        match self.wrote {
            WROTE_NEVER => Wrote::Value(Expiry::Never),
            WROTE_AT => Wrote::Value(Expiry::At(self.expiry_at)),
            WROTE_DELETED => Wrote::Deleted,
            _ => Wrote::Value(Expiry::Unknown),
        }
    }

    fn set_wrote(&mut self, wrote: Wrote) {
        (self.wrote, self.expiry_at) = match wrote {
            Wrote::Value(Expiry::Never) => (WROTE_NEVER, 0),
            Wrote::Value(Expiry::At(at)) => (WROTE_AT, at),
            Wrote::Value(Expiry::Unknown) | Wrote::Counter => (WROTE_UNKNOWN, 0),
            Wrote::Deleted => (WROTE_DELETED, 0),
        };
    }

    fn key(&self) -> &[u8] {
        &self.key[..usize::from(self.key_len).min(KEY_MAX)]
    }

    fn entry(&self) -> Entry {
        Entry {
            holder: usize::from(self.holder),
            wrote: self.wrote(),
            copy_gone_ms: self.copy_gone_ms,
            version: self.version,
        }
    }
}

/// FNV-1a: cheap, and only a filter before the key itself is compared.
fn hash(home: usize, key: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ home as u64;
    for &b in key {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The shared list: at most `capacity` keys over every server and every process.
pub struct Failback {
    base: NonNull<u8>,
    map_len: usize,
    capacity: usize,
}

// SAFETY: the header is atomics; the hashes and records are read and written only by the holder
// of the header's lock (see `Locked`). The mapping is owned by this value and unmapped once.
unsafe impl Send for Failback {}
// SAFETY: as above.
unsafe impl Sync for Failback {}

fn records_offset(capacity: usize) -> usize {
    let hashes = std::mem::size_of::<Header>() + capacity * std::mem::size_of::<u64>();
    hashes.next_multiple_of(std::mem::align_of::<Record>())
}

impl Failback {
    /// Maps the list for `capacity` keys. Pages are given memory only when touched: an unused
    /// list costs its header.
    pub fn new(capacity: usize) -> io::Result<Failback> {
        let map_len = records_offset(capacity) + capacity * std::mem::size_of::<Record>();
        Ok(Failback {
            base: map_shared(map_len)?,
            map_len,
            capacity,
        })
    }

    fn header(&self) -> &Header {
        // SAFETY: the mapping starts with a Header (page aligned, zero-filled: a valid Header,
        // only atomics) and stays mapped while self lives.
        unsafe { self.base.cast::<Header>().as_ref() }
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Keys listed now, over every server.
    pub fn len(&self) -> usize {
        self.header().len.load(Ordering::Relaxed) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether `home` has keys listed (one relaxed load).
    pub fn has(&self, home: usize) -> bool {
        self.header().pending.load(Ordering::Acquire) & (1u64 << home) != 0
    }

    /// Claims `home`'s keys for this process until `until_ms`, unless another process holds an
    /// unexpired claim. A process that dies holding it leaves the keys listed: the claim expires.
    pub fn claim(&self, home: usize, now_ms: u64, until_ms: u64) -> bool {
        let lease = &self.header().leases[home];
        let held = lease.load(Ordering::Acquire);
        if held != 0 && now_ms < held {
            return false;
        }
        lease
            .compare_exchange(held, until_ms, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// Gives up a claim made with [`Failback::claim`] (unless it expired and another took it).
    pub fn release(&self, home: usize, until_ms: u64) {
        let _ = self.header().leases[home].compare_exchange(
            until_ms,
            0,
            Ordering::AcqRel,
            Ordering::Relaxed,
        );
    }

    /// Lists a write of `key` (whose server is `home`) sent to `holder`; false when the list is
    /// full and the key is not in it: the write must not be sent.
    pub fn note(&self, home: usize, key: &[u8], holder: usize, wrote: Wrote, gone: u64) -> bool {
        if key.len() > KEY_MAX {
            return false;
        }
        let h = hash(home, key);
        let mut list = self.lock();
        let version = self.header().version.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(i) = list.find(h, home, key) {
            let record = &mut list.records()[i];
            let wrote = match (wrote, record.wrote()) {
                // A counter keeps the expiry its creating write gave it.
                (Wrote::Counter, Wrote::Value(e)) => Wrote::Value(e),
                _ => wrote,
            };
            record.set_wrote(wrote);
            record.holder = holder as u16;
            record.copy_gone_ms = record.copy_gone_ms.max(gone);
            record.version = version;
            return true;
        }
        let len = list.len();
        if len >= self.capacity {
            return false;
        }
        let mut record = Record {
            version,
            copy_gone_ms: gone,
            expiry_at: 0,
            home: home as u16,
            holder: holder as u16,
            key_len: key.len() as u16,
            wrote: 0,
            key: [0; KEY_MAX],
        };
        record.key[..key.len()].copy_from_slice(key);
        record.set_wrote(wrote);
        list.records()[len] = record;
        list.hashes()[len] = h;
        list.set_len(len + 1);
        let header = self.header();
        header.counts[home].fetch_add(1, Ordering::Relaxed);
        header.pending.fetch_or(1u64 << home, Ordering::Release);
        true
    }

    /// Copies every key listed for `home`, `first` (the operation's own key) at the front. They
    /// stay listed until [`Failback::done`].
    pub fn listed(&self, home: usize, first: &[u8]) -> Vec<(Box<[u8]>, Entry)> {
        let mut list = self.lock();
        let len = list.len();
        let mut keys: Vec<(Box<[u8]>, Entry)> = list.records()[..len]
            .iter()
            .filter(|r| usize::from(r.home) == home)
            .map(|r| (r.key().into(), r.entry()))
            .collect();
        drop(list);
        if let Some(at) = keys.iter().position(|(k, _)| &**k == first) {
            keys.swap(0, at);
        }
        keys
    }

    /// Forgets a key dealt with, unless it was written again since it was copied (its version
    /// moved): that newer write is dealt with later.
    pub fn done(&self, home: usize, key: &[u8], version: u64) {
        let h = hash(home, key);
        let mut list = self.lock();
        let Some(i) = list.find(h, home, key) else {
            return;
        };
        if list.records()[i].version != version {
            return;
        }
        let last = list.len() - 1;
        let (moved_hash, moved) = (list.hashes()[last], list.records()[last]);
        list.hashes()[i] = moved_hash;
        list.records()[i] = moved;
        list.set_len(last);
        let header = self.header();
        if header.counts[home].fetch_sub(1, Ordering::Relaxed) == 1 {
            header.pending.fetch_and(!(1u64 << home), Ordering::Release);
        }
    }

    fn lock(&self) -> Locked<'_> {
        Locked {
            _held: self.header().lock.lock(),
            list: self,
        }
    }
}

impl Drop for Failback {
    fn drop(&mut self) {
        unmap_shared(self.base, self.map_len);
    }
}

/// The list, locked: its hashes and records may be read and written.
struct Locked<'a> {
    _held: PidGuard<'a>,
    list: &'a Failback,
}

impl Locked<'_> {
    fn len(&self) -> usize {
        (self.list.header().len.load(Ordering::Relaxed) as usize).min(self.list.capacity)
    }

    fn set_len(&mut self, len: usize) {
        self.list.header().len.store(len as u32, Ordering::Relaxed);
    }

    fn hashes(&mut self) -> &mut [u64] {
        // SAFETY: `capacity` hashes follow the header in the mapping (see `new`), u64-aligned
        // (the header's size is a multiple of 8); only the lock holder makes this slice, and
        // `&mut self` keeps it to one at a time.
        unsafe {
            let at = self.list.base.as_ptr().add(std::mem::size_of::<Header>());
            std::slice::from_raw_parts_mut(at.cast::<u64>(), self.list.capacity)
        }
    }

    fn records(&mut self) -> &mut [Record] {
        // SAFETY: `capacity` records at `records_offset`, aligned for Record (see `new`);
        // zero-filled memory is a valid Record (plain integers and bytes); only the lock holder
        // makes this slice, and `&mut self` keeps it to one at a time.
        unsafe {
            let at = self
                .list
                .base
                .as_ptr()
                .add(records_offset(self.list.capacity));
            std::slice::from_raw_parts_mut(at.cast::<Record>(), self.list.capacity)
        }
    }

    fn find(&mut self, h: u64, home: usize, key: &[u8]) -> Option<usize> {
        for i in 0..self.len() {
            if self.hashes()[i] != h {
                continue;
            }
            let r = &self.records()[i];
            if usize::from(r.home) == home && r.key() == key {
                return Some(i);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fork_and_wait(child: impl FnOnce()) {
        // SAFETY: the child runs `child`, which only touches the shared mapping (and the heap,
        // which glibc's fork handlers keep usable), then _exit()s without running destructors.
        let pid = unsafe { libc::fork() };
        assert!(pid >= 0);
        if pid == 0 {
            child();
            // SAFETY: ends the child at once, as intended after fork.
            unsafe { libc::_exit(0) };
        }
        let mut status = 0;
        // SAFETY: waits for the child created above; status is a valid out pointer.
        unsafe { libc::waitpid(pid, &mut status, 0) };
        assert_eq!(status, 0);
    }

    #[test]
    fn a_key_listed_by_one_process_is_seen_and_forgotten_by_another() {
        let list = Failback::new(100).unwrap();
        fork_and_wait(|| {
            list.note(2, b"k", 1, Wrote::Deleted, 5);
        });
        assert!(list.has(2) && !list.has(0));
        let listed = list.listed(2, b"");
        assert_eq!(listed.len(), 1);
        assert_eq!(
            (&*listed[0].0, listed[0].1.wrote),
            (&b"k"[..], Wrote::Deleted)
        );
        list.done(2, b"k", listed[0].1.version);
        assert!(!list.has(2) && list.is_empty());
    }

    #[test]
    fn removing_a_key_keeps_the_others_found() {
        let list = Failback::new(10).unwrap();
        for key in [&b"a"[..], b"b", b"c"] {
            assert!(list.note(0, key, 1, Wrote::Deleted, 0));
        }
        let a = list.listed(0, b"a")[0].1.version;
        list.done(0, b"a", a);
        let left: Vec<_> = list.listed(0, b"").into_iter().map(|(k, _)| k).collect();
        assert_eq!(left.len(), 2);
        assert!(left.iter().any(|k| &**k == b"b") && left.iter().any(|k| &**k == b"c"));
        assert!(list.note(0, b"c", 1, Wrote::Value(Expiry::Never), 0));
        assert_eq!(list.len(), 2, "c found again, not listed twice");
    }

    #[test]
    fn one_process_at_a_time_works_through_a_servers_keys_until_its_claim_expires() {
        let list = Failback::new(1).unwrap();
        assert!(list.claim(0, 1_000, 2_000));
        assert!(!list.claim(0, 1_500, 2_500), "held");
        assert!(list.claim(1, 1_500, 2_500), "another server's keys");
        assert!(list.claim(0, 2_000, 3_000), "expired: its holder died");
        list.release(0, 2_000);
        assert!(
            !list.claim(0, 2_100, 3_100),
            "not released by the old holder"
        );
        list.release(0, 3_000);
        assert!(list.claim(0, 2_100, 3_100));
    }
}
