//! A bounded LRU map from keys to memcached items with an expiry each: the store behind the
//! near cache ([`super::NearCache`]), so that a hot key costs a hash lookup instead of a round trip.
//!
//! A pure data structure: no clock (the caller passes `now`, so that a hit makes no system call),
//! no lock (the caller holds one), no I/O. Two bounds, entry count and heap bytes (each entry's
//! own block and the tables' share, [`cost`](super::cost)); when either is hit, the least
//! recently used entries go first.
//!
//! Laid out for a hit inside a busy host, whose own work between two lookups pushes the cache's
//! memory out of the CPU's caches: the map holds slot numbers (4 bytes a bucket), a slot is one
//! 64-byte line, and an entry's key and value are one block, so that a hit reads the map's
//! control bytes and bucket, one slot and one block. (With the key and the value in blocks of
//! their own and the key in the map's buckets, `perf` inside Kamailio put most of a hit's time on
//! the bucket's load and on the key's first byte.)
//!
//! With a refresh window ([`Lru::refreshing_ahead`]), an entry read in the last stretch of its
//! life is marked due: [`Lru::take_due`] hands such keys to the caller, which asks memcached for
//! them in the round trip of another read, so that a key read all the time is not each time
//! missed once it expires.

use std::hash::BuildHasher;
use std::mem::size_of;
use std::time::{Duration, Instant};

use hashbrown::HashTable;

use super::cost::{self, Tables};

/// No slot: the end of a list.
const NIL: usize = usize::MAX;

/// What the cache knows about a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<'a> {
    /// memcached held this item when it was cached.
    Hit { flags: u32, value: &'a [u8] },
    /// memcached did not hold the key when it was cached: asking again would be wasted.
    NegativeHit,
    /// Not cached, or expired: ask memcached.
    Miss,
}

struct Entry {
    /// The key, then the item's value: one block, allocated to their exact length.
    data: Box<[u8]>,
    key_len: u32,
    /// The item's flags; `None`: memcached does not hold the key (no value follows the key).
    flags: Option<u32>,
    expires_at: Instant,
    /// On the due list ([`Lru::take_due`]).
    due: bool,
}

impl Entry {
    fn new(key: &[u8], value: Option<(u32, &[u8])>, expires_at: Instant) -> Entry {
        let mut data = Vec::with_capacity(key.len() + value.map_or(0, |(_, v)| v.len()));
        data.extend_from_slice(key);
        if let Some((_, v)) = value {
            data.extend_from_slice(v);
        }
        Entry {
            data: data.into_boxed_slice(),
            key_len: key.len() as u32,
            flags: value.map(|(flags, _)| flags),
            expires_at,
            due: false,
        }
    }

    fn key(&self) -> &[u8] {
        &self.data[..self.key_len as usize]
    }

    /// The item's flags and value; `None` for a negative entry.
    fn item(&self) -> Option<(u32, &[u8])> {
        let flags = self.flags?;
        Some((flags, &self.data[self.key_len as usize..]))
    }

    /// What the entry's block takes (see [`cost::entry`]).
    fn weight(&self) -> usize {
        cost::entry(self.key_len as usize, self.item().map(|(_, v)| v.len()))
    }
}

/// A slot of the slab. A live slot is on the recency list; a free one is on the free list,
/// chained through `next`.
struct Slot {
    entry: Option<Entry>,
    prev: usize,
    next: usize,
}

/// A slot is one cache line: a hit reads one.
const _: () = assert!(size_of::<Slot>() <= 64);

/// A slot number in the map (the slab never holds 2^32 slots: `cache_size` is far below).
type SlotIndex = u32;

/// What the slab and the map cost, from the sizes of their elements.
const TABLES: Tables = Tables::new(size_of::<Slot>(), size_of::<SlotIndex>());

/// What the near cache's tables count for when `slots` slots were in use at most since the
/// cache was last empty (about 140 bytes a slot, and the due list's block); each entry's own
/// block comes on top ([`cost::entry`]).
pub fn tables_bytes(slots: usize) -> usize {
    match slots {
        0 => 0,
        _ => TABLES.bytes(slots) + DUE_BYTES,
    }
}

/// The cache. Entries live in a slab indexed by the map, so that neither a hit nor an eviction
/// allocates or searches: a hit relinks its slot at the head of the recency list, an eviction
/// unlinks the tail.
pub struct Lru {
    max_entries: usize,
    max_bytes: usize,
    /// Slot numbers, hashed by their entry's key. foldhash with a random seed per cache: several
    /// times faster than SipHash on short keys, and keys that come from SIP messages still cannot
    /// be chosen to collide.
    map: HashTable<SlotIndex>,
    hasher: foldhash::fast::RandomState,
    slots: Vec<Slot>,
    /// Most recently used.
    head: usize,
    /// Least recently used: the next to be evicted.
    tail: usize,
    /// The first free slot, reused before the slab grows.
    free: usize,
    /// The entries' own blocks; the tables are charged on top, by the slab's length.
    entry_bytes: usize,
    evictions: u64,
    /// How long past its expiry an entry stays, for [`Lru::stale`]; zero: it leaves at its
    /// first lookup after it expired.
    grace: Duration,
    /// How long before its expiry a hit marks an entry due; zero: never.
    refresh_ahead: Duration,
    /// The slots of the entries marked due, the earliest marked first; at most [`DUE_MAX`], so
    /// that its one block has a fixed size, charged with the tables.
    due: Vec<usize>,
}

/// Entries due at most at a time: a hit finds the list full, the entry is not marked (it is read
/// again after it expires, as without a refresh window).
pub const DUE_MAX: usize = 64;

/// The due list's one block, once the tables exist.
const DUE_BYTES: usize = cost::block(DUE_MAX * size_of::<usize>());

impl Lru {
    /// `max_entries == 0` disables the cache: every operation is a miss or does nothing.
    /// Nothing is allocated up front, so generous bounds cost nothing until they are used.
    pub fn new(max_entries: usize, max_bytes: usize) -> Lru {
        Lru {
            max_entries: max_entries.min(SlotIndex::MAX as usize),
            max_bytes,
            map: HashTable::new(),
            hasher: foldhash::fast::RandomState::default(),
            slots: Vec::new(),
            head: NIL,
            tail: NIL,
            free: NIL,
            entry_bytes: 0,
            evictions: 0,
            grace: Duration::ZERO,
            refresh_ahead: Duration::ZERO,
            due: Vec::new(),
        }
    }

    /// Keeps an expired entry for `grace` past its expiry, for [`Lru::stale`]; a lookup still
    /// misses it. It counts against the bounds as long as it stays, like any entry.
    pub fn keeping_expired_for(mut self, grace: Duration) -> Lru {
        self.grace = grace;
        self
    }

    /// Marks an entry due when a hit finds it less than `window` from its expiry.
    pub fn refreshing_ahead(mut self, window: Duration) -> Lru {
        self.refresh_ahead = window;
        self
    }

    /// Entries held, counting expired ones not yet looked up (they leave on lookup or eviction).
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The heap the cache holds, as counted against its byte bound: every entry's block, and
    /// the tables for the most slots in use since the cache was last empty.
    pub fn bytes(&self) -> usize {
        self.entry_bytes + self.tables_bytes(self.slots.len())
    }

    /// What `bytes` would be with one more entry of `weight` (in a free slot if there is one).
    fn bytes_with(&self, weight: usize) -> usize {
        let slots = self.slots.len() + usize::from(self.free == NIL);
        self.entry_bytes + weight + self.tables_bytes(slots)
    }

    /// The tables with `slots` slots in use at most, and the due list with them when there is
    /// one (it is made with the tables' first due entry, and freed with them).
    fn tables_bytes(&self, slots: usize) -> usize {
        let due = if self.refresh_ahead.is_zero() || slots == 0 {
            0
        } else {
            DUE_BYTES
        };
        TABLES.bytes(slots) + due
    }

    /// Entries dropped to make room under a bound. An entry that was already expired still
    /// counts when a bound pushes it out: without a clock, insert cannot tell.
    pub fn evictions(&self) -> u64 {
        self.evictions
    }

    /// The slot holding `key`'s entry.
    fn find(&self, key: &[u8]) -> Option<usize> {
        let hash = self.hasher.hash_one(key);
        let slots = &self.slots;
        self.map
            .find(hash, |&idx| entry_at(slots, idx as usize).key() == key)
            .map(|&idx| idx as usize)
    }

    /// Looks a key up as of `now`. An entry expired at `now` is a miss, and is dropped unless
    /// it is within its grace; a hit makes the entry the most recently used. A hit neither
    /// allocates nor makes a system call.
    pub fn get(&mut self, key: &[u8], now: Instant) -> Lookup<'_> {
        let Some(idx) = self.find(key) else {
            return Lookup::Miss;
        };
        let expires_at = self.entry(idx).expires_at;
        if expires_at <= now {
            if !self.in_grace(expires_at, now) {
                self.release(idx);
            }
            return Lookup::Miss;
        }
        if self.head != idx {
            self.unlink(idx);
            self.push_front(idx);
        }
        // An addition rather than `expires_at - now`: Instant's subtraction is a call of some 40
        // instructions (callgrind), a tenth of a hit.
        if now
            .checked_add(self.refresh_ahead)
            .is_some_and(|due_from| due_from >= expires_at)
        {
            self.mark_due(idx);
        }
        match self.entry(idx).item() {
            Some((flags, value)) => Lookup::Hit { flags, value },
            None => Lookup::NegativeHit,
        }
    }

    /// An expired item's flags and value, while it is within its grace (see
    /// [`Lru::keeping_expired_for`]): what a reader may serve when memcached cannot be asked.
    /// Neither a live entry (a lookup serves it) nor one cached as missing.
    pub fn stale(&self, key: &[u8], now: Instant) -> Option<(u32, &[u8])> {
        let entry = self.entry(self.find(key)?);
        let item = entry.item()?;
        (entry.expires_at <= now && self.in_grace(entry.expires_at, now)).then_some(item)
    }

    /// Puts a live entry on the due list, unless it is on it or the list is full.
    fn mark_due(&mut self, idx: usize) {
        if self.due.len() == DUE_MAX {
            return;
        }
        let entry = self.slots[idx]
            .entry
            .as_mut()
            .expect("the map points at live slots only");
        if !entry.due {
            entry.due = true;
            if self.due.capacity() == 0 {
                self.due = Vec::with_capacity(DUE_MAX);
            }
            self.due.push(idx);
        }
    }

    /// Takes keys off the due list, the earliest marked first: at most `max`, of at most
    /// `max_bytes` of keys and cached values together, and only those `accept` takes (the others
    /// stay due). A key taken is no longer due; the caller asks memcached for it and fills it
    /// as a read's miss would.
    pub fn take_due(
        &mut self,
        max: usize,
        max_bytes: usize,
        mut accept: impl FnMut(&[u8]) -> bool,
    ) -> Vec<Vec<u8>> {
        let mut taken = Vec::new();
        let mut bytes = 0;
        let mut i = 0;
        while i < self.due.len() && taken.len() < max {
            let entry = self.slots[self.due[i]]
                .entry
                .as_mut()
                .expect("due slots are live");
            let size = entry.data.len();
            if bytes + size <= max_bytes && accept(entry.key()) {
                bytes += size;
                entry.due = false;
                taken.push(entry.key().to_vec());
                self.due.remove(i);
            } else {
                i += 1;
            }
        }
        taken
    }

    fn in_grace(&self, expires_at: Instant, now: Instant) -> bool {
        !self.grace.is_zero()
            && expires_at
                .checked_add(self.grace)
                .is_some_and(|end| now < end)
    }

    /// Caches what memcached said about `key` until `expires_at`: `Some((flags, value))` for an
    /// item, `None` for a missing key. Replaces what was cached for the key, and evicts least
    /// recently used entries until both bounds hold.
    pub fn insert(&mut self, key: &[u8], value: Option<(u32, &[u8])>, expires_at: Instant) {
        if self.max_entries == 0 {
            return;
        }
        // Whether or not the new entry fits, what was cached for the key is stale now. Dropped
        // rather than updated in place: its block then leaves the count like any other's.
        self.remove(key);
        let weight = cost::entry(key.len(), value.map(|(_, v)| v.len()));
        if weight + self.tables_bytes(1) > self.max_bytes {
            return; // too large to cache even alone
        }
        self.evict_until_room_for(weight);
        let idx = self.occupy_slot(Entry::new(key, value, expires_at));
        let hash = self.hasher.hash_one(key);
        let (slots, hasher) = (&self.slots, &self.hasher);
        self.map.insert_unique(hash, idx as SlotIndex, |&i| {
            hasher.hash_one(entry_at(slots, i as usize).key())
        });
        self.entry_bytes += weight;
        self.push_front(idx);
    }

    /// What is cached for `key`, expired or not, without making it recently used: its item's
    /// flags and value length (`None`: cached as missing) and when it expires. For a write that
    /// changes an item it does not send whole (a counter, a touch).
    pub fn peek(&self, key: &[u8]) -> Option<(Option<(u32, usize)>, Instant)> {
        let entry = self.entry(self.find(key)?);
        let item = entry.item().map(|(flags, value)| (flags, value.len()));
        Some((item, entry.expires_at))
    }

    /// Gives `key`'s entry a new expiry (a touch), keeping its value and its place in the
    /// recency list; `false` when nothing is cached for it.
    pub fn retime(&mut self, key: &[u8], expires_at: Instant) -> bool {
        let Some(idx) = self.find(key) else {
            return false;
        };
        if let Some(entry) = self.slots[idx].entry.as_mut() {
            entry.expires_at = expires_at;
        }
        true
    }

    pub fn remove(&mut self, key: &[u8]) {
        if let Some(idx) = self.find(key) {
            self.release(idx);
        }
    }

    /// Drops every entry. Not evictions: the counter keeps its value.
    pub fn clear(&mut self) {
        self.map.clear();
        self.entry_bytes = 0;
        self.free_tables();
    }

    /// Gives the tables' memory back once no entry is left: they keep the size of their busiest
    /// moment otherwise, which the byte count charges for.
    fn free_tables(&mut self) {
        debug_assert!(self.map.is_empty());
        self.map.shrink_to(0, |_| 0);
        self.slots = Vec::new();
        self.due = Vec::new();
        self.head = NIL;
        self.tail = NIL;
        self.free = NIL;
    }

    fn entry(&self, idx: usize) -> &Entry {
        entry_at(&self.slots, idx)
    }

    /// Evicts from the tail until one more entry of `weight` fits. The caller has checked that
    /// it fits alone, and an empty cache frees its tables, so an empty list always ends the loop
    /// within bounds.
    fn evict_until_room_for(&mut self, weight: usize) {
        while self.tail != NIL
            && (self.map.len() + 1 > self.max_entries || self.bytes_with(weight) > self.max_bytes)
        {
            self.release(self.tail);
            self.evictions += 1;
        }
    }

    /// Takes a live slot off the list and out of the map, and frees it.
    fn release(&mut self, idx: usize) {
        self.unlink(idx);
        let entry = self.slots[idx]
            .entry
            .take()
            .expect("only live slots are released");
        self.entry_bytes -= entry.weight();
        let hash = self.hasher.hash_one(entry.key());
        if let Ok(found) = self.map.find_entry(hash, |&i| i as usize == idx) {
            found.remove();
        }
        if entry.due {
            self.due.retain(|&due| due != idx);
        }
        self.slots[idx].next = self.free;
        self.free = idx;
        if self.map.is_empty() {
            self.free_tables();
        }
    }

    fn occupy_slot(&mut self, entry: Entry) -> usize {
        if self.free == NIL {
            self.slots.push(Slot {
                entry: Some(entry),
                prev: NIL,
                next: NIL,
            });
            return self.slots.len() - 1;
        }
        let idx = self.free;
        self.free = self.slots[idx].next;
        self.slots[idx].entry = Some(entry);
        idx
    }

    fn unlink(&mut self, idx: usize) {
        let Slot { prev, next, .. } = self.slots[idx];
        match prev {
            NIL => self.head = next,
            p => self.slots[p].next = next,
        }
        match next {
            NIL => self.tail = prev,
            n => self.slots[n].prev = prev,
        }
        self.slots[idx].prev = NIL;
        self.slots[idx].next = NIL;
    }

    fn push_front(&mut self, idx: usize) {
        self.slots[idx].prev = NIL;
        self.slots[idx].next = self.head;
        match self.head {
            NIL => self.tail = idx,
            h => self.slots[h].prev = idx,
        }
        self.head = idx;
    }
}

/// The entry of a live slot (the map and the lists point at live slots only).
fn entry_at(slots: &[Slot], idx: usize) -> &Entry {
    slots[idx]
        .entry
        .as_ref()
        .expect("the map points at live slots only")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// The caller keeps the cache in a process-wide mutex, which needs it to be `Send`.
    const _: fn() = || {
        fn send<T: Send>() {}
        send::<Lru>();
    };

    fn later(t0: Instant, ms: u64) -> Instant {
        t0 + Duration::from_millis(ms)
    }

    #[test]
    fn peek_and_retime_leave_the_value_and_the_recency_alone() {
        let t0 = Instant::now();
        let mut c = Lru::new(2, 1 << 20);
        c.insert(b"a", Some((3, b"abc")), later(t0, 100));
        c.insert(b"b", None, later(t0, 100));
        assert_eq!(c.peek(b"a"), Some((Some((3, 3)), later(t0, 100))));
        assert_eq!(c.peek(b"b"), Some((None, later(t0, 100))));
        assert_eq!(c.peek(b"c"), None);
        assert!(c.retime(b"a", later(t0, 500)));
        assert!(!c.retime(b"c", later(t0, 500)));
        assert_eq!(
            c.get(b"a", later(t0, 200)),
            Lookup::Hit {
                flags: 3,
                value: b"abc"
            }
        );
        // "a" was used last; "b" (peeked, never used) is the one to go.
        c.insert(b"c", Some((0, b"x")), later(t0, 100));
        assert_eq!(c.get(b"b", t0), Lookup::Miss);
    }

    #[test]
    fn a_hit_in_the_refresh_window_marks_the_entry_due_once() {
        let t0 = Instant::now();
        let mut c = Lru::new(10, 1 << 20).refreshing_ahead(Duration::from_millis(25));
        c.insert(b"a", Some((1, b"x")), later(t0, 100));
        c.insert(b"b", None, later(t0, 100));
        c.insert(b"c", Some((0, b"y")), later(t0, 100));
        // 26 ms before the expiry: not yet.
        c.get(b"a", later(t0, 74));
        assert!(c.take_due(DUE_MAX, usize::MAX, |_| true).is_empty());
        // From 25 ms before it on, each hit marks it, once; a negative entry too.
        for _ in 0..3 {
            c.get(b"b", later(t0, 75));
            c.get(b"a", later(t0, 80));
        }
        let due = c.take_due(DUE_MAX, usize::MAX, |_| true);
        assert_eq!(
            due,
            [b"b".to_vec(), b"a".to_vec()],
            "the earliest marked first"
        );
        assert!(
            c.take_due(DUE_MAX, usize::MAX, |_| true).is_empty(),
            "taken: no longer due"
        );
        // Marked again by the next hit; an expired entry is a miss and marks nothing.
        c.get(b"a", later(t0, 90));
        assert_eq!(c.get(b"c", later(t0, 100)), Lookup::Miss);
        assert_eq!(c.take_due(DUE_MAX, usize::MAX, |_| true), [b"a".to_vec()]);
    }

    #[test]
    fn take_due_leaves_the_keys_it_is_not_to_take_and_stops_at_its_bounds() {
        let t0 = Instant::now();
        let mut c = Lru::new(10, 1 << 20).refreshing_ahead(Duration::from_millis(50));
        for key in [&b"a1"[..], b"b1", b"a2", b"a3"] {
            c.insert(key, Some((0, b"0123456789")), later(t0, 100));
            c.get(key, later(t0, 60));
        }
        // Other servers' keys stay due; at most 1 key here.
        assert_eq!(
            c.take_due(1, usize::MAX, |k| k[0] == b'a'),
            [b"a1".to_vec()]
        );
        // 12 bytes a key with its value: two fit in 25.
        assert_eq!(
            c.take_due(DUE_MAX, 25, |k| k[0] == b'a'),
            [b"a2".to_vec(), b"a3".to_vec()]
        );
        assert_eq!(c.take_due(DUE_MAX, usize::MAX, |_| true), [b"b1".to_vec()]);
    }

    #[test]
    fn an_entry_that_leaves_leaves_the_due_list_and_the_list_is_bounded() {
        let t0 = Instant::now();
        let mut c = Lru::new(3 * DUE_MAX, 1 << 20).refreshing_ahead(Duration::from_millis(50));
        let keys: Vec<Vec<u8>> = (0..2 * DUE_MAX)
            .map(|i| format!("k{i}").into_bytes())
            .collect();
        for key in &keys {
            c.insert(key, Some((0, b"v")), later(t0, 100));
            c.get(key, later(t0, 60));
        }
        // Replaced (a write), removed, evicted: none of them stays due.
        c.insert(&keys[0], Some((0, b"w")), later(t0, 100));
        c.remove(&keys[1]);
        let due = c.take_due(usize::MAX, usize::MAX, |_| true);
        let expected: Vec<Vec<u8>> = keys[2..DUE_MAX].to_vec();
        assert_eq!(
            due, expected,
            "the list held the first DUE_MAX marked, less those gone"
        );
        // The due list's block is charged with the tables, and freed with them.
        assert_eq!(c.bytes() - c.entry_bytes, t(c.slots.len()) + DUE_BYTES);
        c.clear();
        assert_eq!(c.bytes(), 0);
    }

    /// What an entry weighs by itself.
    fn w(key: &[u8], value: Option<&[u8]>) -> usize {
        cost::entry(key.len(), value.map(<[u8]>::len))
    }

    /// What the tables weigh with `slots` slots in use at most.
    fn t(slots: usize) -> usize {
        TABLES.bytes(slots)
    }

    /// One entry as plain data, comparable with the model's.
    #[derive(Debug, Clone, PartialEq)]
    struct Plain {
        key: Vec<u8>,
        /// `None`: a negative entry.
        item: Option<(u32, Vec<u8>)>,
        expires_at: Instant,
    }

    impl Plain {
        fn of(entry: &Entry) -> Plain {
            Plain {
                key: entry.key().to_vec(),
                item: entry.item().map(|(flags, value)| (flags, value.to_vec())),
                expires_at: entry.expires_at,
            }
        }

        fn weight(&self) -> usize {
            cost::entry(self.key.len(), self.item.as_ref().map(|(_, v)| v.len()))
        }

        /// Equality without copying the entry: the property test compares after every op.
        fn matches(&self, entry: &Entry) -> bool {
            self.key[..] == *entry.key()
                && self.expires_at == entry.expires_at
                && match (&self.item, entry.item()) {
                    (Some((flags, value)), Some((f, v))) => *flags == f && value[..] == *v,
                    (None, None) => true,
                    _ => false,
                }
        }
    }

    /// The cached entries, most recent first, after checking that the links, the map, the free
    /// list and the byte count all agree: every slot is on exactly one of the two lists, and the
    /// map points at each listed slot by its key.
    fn entries(cache: &Lru) -> Vec<&Entry> {
        let mut listed = vec![false; cache.slots.len()];
        let mut out = Vec::new();
        let mut prev = NIL;
        let mut idx = cache.head;
        let mut bytes = 0;
        while idx != NIL {
            assert!(!listed[idx], "slot {idx} is listed twice");
            listed[idx] = true;
            let slot = &cache.slots[idx];
            assert_eq!(slot.prev, prev, "back link of slot {idx}");
            let entry = slot.entry.as_ref().expect("a listed slot is live");
            bytes += entry.weight();
            out.push(entry);
            prev = idx;
            idx = slot.next;
        }
        assert_eq!(cache.tail, prev);
        assert_eq!(bytes, cache.entry_bytes);
        assert_eq!(cache.bytes(), bytes + t(cache.slots.len()));
        if cache.map.is_empty() {
            assert!(cache.slots.is_empty(), "an empty cache frees its tables");
        }
        assert_eq!(out.len(), cache.map.len());
        for &idx in &cache.map {
            let idx = idx as usize;
            assert!(listed[idx], "the map points at unlisted slot {idx}");
            let entry = cache.slots[idx]
                .entry
                .as_ref()
                .expect("a listed slot is live");
            assert_eq!(
                cache.find(entry.key()),
                Some(idx),
                "the map finds slot {idx} by its key"
            );
        }
        let mut idx = cache.free;
        while idx != NIL {
            assert!(!listed[idx], "slot {idx} is on a list twice");
            listed[idx] = true;
            assert!(cache.slots[idx].entry.is_none(), "a free slot is empty");
            idx = cache.slots[idx].next;
        }
        assert!(listed.iter().all(|&l| l), "a slot is on no list");
        out
    }

    fn keys(cache: &Lru) -> Vec<Vec<u8>> {
        entries(cache)
            .into_iter()
            .map(|e| e.key().to_vec())
            .collect()
    }

    #[test]
    fn entry_hits_before_its_expiry_and_misses_from_it_on() {
        let t0 = Instant::now();
        let mut cache = Lru::new(10, 1000);
        cache.insert(b"k", Some((7, b"v")), later(t0, 100));
        assert_eq!(
            cache.get(b"k", t0),
            Lookup::Hit {
                flags: 7,
                value: b"v"
            }
        );
        assert!(matches!(cache.get(b"k", later(t0, 99)), Lookup::Hit { .. }));
        assert_eq!(cache.get(b"k", later(t0, 100)), Lookup::Miss);
        assert_eq!(
            (cache.len(), cache.bytes()),
            (0, 0),
            "the expired entry is gone"
        );

        cache.insert(b"k", Some((7, b"v")), later(t0, 100));
        assert_eq!(cache.get(b"k", later(t0, 500)), Lookup::Miss);
        assert_eq!(cache.len(), 0);
        assert_eq!(cache.evictions(), 0, "expiry is not eviction");
        entries(&cache);
    }

    #[test]
    fn entry_bound_evicts_the_least_recently_inserted() {
        let t0 = Instant::now();
        let far = later(t0, 10_000);
        let mut cache = Lru::new(3, usize::MAX);
        for key in [b"a", b"b", b"c", b"d"] {
            cache.insert(key, Some((0, b"xx")), far);
        }
        assert_eq!(keys(&cache), [b"d", b"c", b"b"]);
        assert_eq!(cache.len(), 3);
        assert_eq!(cache.bytes(), 3 * w(b"a", Some(b"xx")) + t(3));
        assert_eq!(cache.evictions(), 1);
        assert_eq!(cache.get(b"a", t0), Lookup::Miss);
    }

    #[test]
    fn byte_bound_evicts_until_the_new_entry_fits() {
        let t0 = Instant::now();
        let far = later(t0, 10_000);
        let (big, small, bigger) = (vec![b'v'; 100], vec![b'v'; 40], vec![b'v'; 150]);
        let (wa, wb, we) = (
            w(b"a", Some(&big)),
            w(b"b", Some(&small)),
            w(b"e", Some(&bigger)),
        );
        assert_eq!((wa, wb, we), (112, 64, 160));
        let bound = t(3) + wa + 2 * wb;
        let mut cache = Lru::new(100, bound);
        cache.insert(b"a", Some((0, &big)), far);
        cache.insert(b"b", Some((0, &small)), far);
        cache.insert(b"c", Some((0, &small)), far); // exactly at the bound
        assert_eq!(
            (cache.len(), cache.bytes(), cache.evictions()),
            (3, bound, 0)
        );
        cache.insert(b"d", Some((0, &small)), far); // a alone makes room, and frees a slot
        assert_eq!(keys(&cache), [b"d", b"c", b"b"]);
        assert_eq!(
            (cache.len(), cache.bytes(), cache.evictions()),
            (3, 3 * wb + t(3), 1)
        );
        cache.insert(b"e", Some((0, &bigger)), far); // b and c must go
        assert_eq!(keys(&cache), [b"e", b"d"]);
        assert_eq!(
            (cache.len(), cache.bytes(), cache.evictions()),
            (2, we + wb + t(3), 3),
            "the slab keeps its three slots until the cache is empty"
        );
    }

    #[test]
    fn get_protects_an_entry_from_eviction() {
        let t0 = Instant::now();
        let far = later(t0, 10_000);
        let mut cache = Lru::new(3, usize::MAX);
        for key in [b"a", b"b", b"c"] {
            cache.insert(key, Some((0, b"v")), far);
        }
        assert!(matches!(cache.get(b"a", t0), Lookup::Hit { .. }));
        cache.insert(b"d", Some((0, b"v")), far);
        assert_eq!(keys(&cache), [b"d", b"a", b"c"], "b was least recent");
        assert!(matches!(cache.get(b"c", t0), Lookup::Hit { .. }));
        cache.insert(b"e", Some((0, b"v")), far);
        assert_eq!(keys(&cache), [b"e", b"c", b"d"], "a was least recent");
        assert_eq!(cache.evictions(), 2);
    }

    #[test]
    fn negative_entries_hit_expire_and_weigh_their_key_only() {
        let t0 = Instant::now();
        let mut cache = Lru::new(10, usize::MAX);
        cache.insert(b"gone", None, later(t0, 50));
        assert_eq!(cache.get(b"gone", t0), Lookup::NegativeHit);
        assert_eq!(
            w(b"gone", None),
            cost::block(16 + 4),
            "its key's block only"
        );
        assert_eq!((cache.len(), cache.bytes()), (1, w(b"gone", None) + t(1)));
        assert_eq!(cache.get(b"gone", later(t0, 50)), Lookup::Miss);
        assert_eq!((cache.len(), cache.bytes()), (0, 0));

        // Negative entries are evicted like positive ones.
        let bound = t(2) + w(b"n1", None) + w(b"p", Some(b"abcd"));
        let mut cache = Lru::new(10, bound);
        cache.insert(b"n1", None, later(t0, 50));
        cache.insert(b"n2", None, later(t0, 50));
        cache.insert(b"p", Some((1, b"abcd")), later(t0, 50));
        assert_eq!(keys(&cache), [&b"p"[..], b"n2"]);
        assert_eq!((cache.bytes(), cache.evictions()), (bound, 1));
    }

    #[test]
    fn replace_changes_value_and_bytes() {
        let t0 = Instant::now();
        let other = w(b"other", Some(b"x")) + t(2);
        let mut cache = Lru::new(10, usize::MAX);
        cache.insert(b"k", Some((1, b"short")), later(t0, 50));
        cache.insert(b"other", Some((1, b"x")), later(t0, 50));
        let longer = vec![b'l'; 60];
        cache.insert(b"k", Some((2, &longer)), later(t0, 80));
        assert_eq!(cache.len(), 2);
        assert_eq!(cache.bytes(), w(b"k", Some(&longer)) + other);
        assert_eq!(keys(&cache), [&b"k"[..], b"other"], "a replace is a use");
        assert_eq!(
            cache.get(b"k", later(t0, 60)),
            Lookup::Hit {
                flags: 2,
                value: &longer
            },
            "the new expiry applies"
        );
        cache.insert(b"k", Some((3, b"")), later(t0, 80));
        assert_eq!(cache.bytes(), w(b"k", Some(b"")) + other);
        assert_eq!(
            w(b"k", Some(b"")),
            w(b"k", None),
            "an empty value has no block"
        );
        cache.insert(b"k", None, later(t0, 80));
        assert_eq!(cache.get(b"k", t0), Lookup::NegativeHit);
        assert_eq!(cache.bytes(), w(b"k", None) + other);
        cache.insert(b"k", Some((4, b"back")), later(t0, 80));
        assert_eq!(cache.bytes(), w(b"k", Some(b"back")) + other);
        assert_eq!(cache.evictions(), 0);

        // Growing the least recent entry evicts others, never itself.
        let grown = vec![b'g'; 100];
        let mut cache = Lru::new(10, t(2) + 2 * w(b"a", Some(b"1")));
        cache.insert(b"a", Some((0, b"1")), later(t0, 50));
        cache.insert(b"b", Some((0, b"1")), later(t0, 50));
        cache.insert(b"a", Some((0, &grown)), later(t0, 50));
        assert_eq!(keys(&cache), [b"a"]);
        assert_eq!(
            (cache.bytes(), cache.evictions()),
            (w(b"a", Some(&grown)) + t(1), 1),
            "b went, and with the cache empty for a moment the tables started again"
        );
    }

    #[test]
    fn oversize_entry_is_not_cached_and_drops_the_old_one() {
        let t0 = Instant::now();
        let (fits, too_big) = (vec![b'f'; 100], vec![b'f'; 120]);
        let bound = t(1) + w(b"k", Some(&fits));
        assert!(w(b"k", Some(&too_big)) + t(1) > bound);
        let mut cache = Lru::new(10, bound);
        cache.insert(b"other", Some((0, b"1")), later(t0, 50));
        cache.insert(b"k", Some((0, &fits)), later(t0, 50)); // fits exactly, alone
        assert_eq!(cache.len(), 1, "other made room");
        assert_eq!((cache.bytes(), cache.evictions()), (bound, 1));
        cache.insert(b"k", Some((0, &too_big)), later(t0, 50));
        assert_eq!(
            cache.get(b"k", t0),
            Lookup::Miss,
            "the old entry is gone too"
        );
        assert_eq!((cache.len(), cache.bytes()), (0, 0));
        cache.insert(b"other", Some((0, b"1")), later(t0, 50));
        cache.insert(b"k", Some((0, &too_big)), later(t0, 50));
        assert_eq!(keys(&cache), [b"other"], "nothing was evicted for it");
        assert_eq!(
            (cache.bytes(), cache.evictions()),
            (w(b"other", Some(b"1")) + t(1), 1)
        );
        let long_key = vec![b'n'; 200];
        cache.insert(&long_key, None, later(t0, 50));
        assert_eq!(
            cache.get(&long_key, t0),
            Lookup::Miss,
            "a negative entry too"
        );
        assert_eq!(cache.len(), 1);
    }

    #[test]
    fn remove_and_clear() {
        let t0 = Instant::now();
        let far = later(t0, 10_000);
        let mut cache = Lru::new(3, usize::MAX);
        cache.insert(b"a", Some((0, b"1")), far);
        cache.insert(b"b", None, far);
        cache.insert(b"c", Some((0, b"123")), far);
        cache.remove(b"b");
        cache.remove(b"missing");
        assert_eq!(cache.get(b"b", t0), Lookup::Miss);
        assert_eq!(keys(&cache), [b"c", b"a"]);
        assert_eq!(
            cache.bytes(),
            w(b"a", Some(b"1")) + w(b"c", Some(b"123")) + t(3)
        );
        // The freed slot is reused.
        cache.insert(b"d", None, far);
        assert_eq!(cache.slots.len(), 3);
        assert_eq!(keys(&cache), [b"d", b"c", b"a"]);

        cache.insert(b"e", None, far);
        assert_eq!(cache.evictions(), 1);
        cache.clear();
        assert!(cache.is_empty());
        assert_eq!((cache.len(), cache.bytes(), cache.evictions()), (0, 0, 1));
        assert_eq!(cache.slots.capacity(), 0, "the slab's memory went back");
        assert_eq!(cache.get(b"c", t0), Lookup::Miss);
        cache.insert(b"a", Some((0, b"1")), far);
        assert_eq!(keys(&cache), [b"a"]);
    }

    #[test]
    fn evictions_count_only_entries_pushed_out_by_a_bound() {
        let t0 = Instant::now();
        let mut cache = Lru::new(2, usize::MAX);
        cache.insert(b"a", Some((0, b"1")), later(t0, 10));
        cache.insert(b"b", Some((0, b"1")), later(t0, 10));
        assert_eq!(cache.get(b"a", later(t0, 10)), Lookup::Miss); // expired
        cache.remove(b"b"); // removed
        cache.insert(b"b", Some((0, b"2")), later(t0, 10)); // replaced, then fresh
        cache.insert(b"b", Some((0, b"3")), later(t0, 10)); // replaced
        cache.insert(b"c", Some((0, b"1")), later(t0, 10));
        assert_eq!(cache.evictions(), 0);
        cache.insert(b"d", Some((0, b"1")), later(t0, 10));
        cache.insert(b"e", Some((0, b"1")), later(t0, 10));
        assert_eq!(cache.evictions(), 2);
    }

    #[test]
    fn zero_max_entries_disables_the_cache() {
        let t0 = Instant::now();
        let mut cache = Lru::new(0, 1000);
        cache.insert(b"k", Some((0, b"v")), later(t0, 100));
        cache.insert(b"n", None, later(t0, 100));
        assert_eq!(cache.get(b"k", t0), Lookup::Miss);
        assert_eq!(cache.get(b"n", t0), Lookup::Miss);
        cache.remove(b"k");
        cache.clear();
        assert_eq!((cache.len(), cache.bytes(), cache.evictions()), (0, 0, 0));
        assert!(cache.slots.is_empty());
    }

    /// xorshift64*: deterministic, so a failing seed reproduces.
    struct Rng(u64);

    impl Rng {
        fn new(seed: u64) -> Rng {
            Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
        }

        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        /// In `0..n`.
        fn below(&mut self, n: u64) -> u64 {
            (self.next() >> 32) % n
        }
    }

    /// The reference: entries most recent first, found by linear search, evicted from the end;
    /// the tables charged for the most entries held since the model was last empty.
    struct Model {
        max_entries: usize,
        max_bytes: usize,
        entries: Vec<Plain>,
        evictions: u64,
        /// The most entries held since the model was last empty.
        slots: usize,
    }

    impl Model {
        fn entry_bytes(&self) -> usize {
            self.entries.iter().map(Plain::weight).sum()
        }

        fn bytes(&self) -> usize {
            self.entry_bytes() + t(self.slots)
        }

        fn forget_slots_when_empty(&mut self) {
            if self.entries.is_empty() {
                self.slots = 0;
            }
        }

        fn position(&self, key: &[u8]) -> Option<usize> {
            self.entries.iter().position(|e| e.key == key)
        }

        fn get(&mut self, key: &[u8], now: Instant) -> Option<Option<(u32, Vec<u8>)>> {
            let i = self.position(key)?;
            let entry = self.entries.remove(i);
            if entry.expires_at <= now {
                self.forget_slots_when_empty();
                return None;
            }
            let found = entry.item.clone();
            self.entries.insert(0, entry);
            Some(found)
        }

        fn insert(&mut self, key: &[u8], value: Option<(u32, Vec<u8>)>, expires_at: Instant) {
            if self.max_entries == 0 {
                return;
            }
            self.remove(key);
            let entry = Plain {
                key: key.to_vec(),
                item: value,
                expires_at,
            };
            if entry.weight() + t(1) > self.max_bytes {
                return;
            }
            // Evicted before it goes in: one more entry takes a new slot only when every slot
            // ever used is taken.
            while !self.entries.is_empty() {
                let slots = self.slots.max(self.entries.len() + 1);
                let fits = self.entries.len() < self.max_entries
                    && self.entry_bytes() + entry.weight() + t(slots) <= self.max_bytes;
                if fits {
                    break;
                }
                self.entries.pop();
                self.evictions += 1;
                self.forget_slots_when_empty();
            }
            self.entries.insert(0, entry);
            self.slots = self.slots.max(self.entries.len());
        }

        fn remove(&mut self, key: &[u8]) {
            if let Some(i) = self.position(key) {
                self.entries.remove(i);
            }
            self.forget_slots_when_empty();
        }
    }

    #[test]
    fn random_operations_match_a_reference_model() {
        const SEEDS: u64 = 200;
        const OPS: usize = 2000;
        const KEYS: u64 = 16;
        let t0 = Instant::now();
        // What the run exercised, so that a generator gone degenerate fails instead of passing.
        let (mut hits, mut negative_hits, mut expired, mut oversize, mut evictions) =
            (0, 0, 0, 0, 0);
        for seed in 0..SEEDS {
            let mut rng = Rng::new(seed);
            // max_entries 0 now and then, to cover the disabled cache too.
            let max_entries = rng.below(9) as usize;
            // From "only small entries fit" to "room for the tables of 8 and several entries".
            let max_bytes = t(1 + rng.below(8) as usize) + rng.below(600) as usize;
            let mut cache = Lru::new(max_entries, max_bytes);
            let mut model = Model {
                max_entries,
                max_bytes,
                entries: Vec::new(),
                evictions: 0,
                slots: 0,
            };
            let mut now = t0;
            // Keys of different lengths, so that key bytes matter to the byte bound.
            let key_of = |k: u64| format!("key{}", "k".repeat(k as usize)).into_bytes();
            for op in 0..OPS {
                let key = key_of(rng.below(KEYS));
                let what = rng.below(100);
                // Formatted only when an assertion fails: formatting every op would dominate.
                let context = || {
                    format!(
                        "seed {seed}, op {op} ({what}), key {}, bounds {max_entries}/{max_bytes}",
                        String::from_utf8_lossy(&key)
                    )
                };
                match what {
                    0..=39 => {
                        let cached = model.position(&key).is_some();
                        let expected = model.get(&key, now);
                        match &expected {
                            Some(Some(_)) => hits += 1,
                            Some(None) => negative_hits += 1,
                            None if cached => expired += 1,
                            None => {}
                        }
                        let got = match cache.get(&key, now) {
                            Lookup::Hit { flags, value } => Some(Some((flags, value.to_vec()))),
                            Lookup::NegativeHit => Some(None),
                            Lookup::Miss => None,
                        };
                        assert_eq!(got, expected, "{}", context());
                    }
                    40..=79 => {
                        let value = if rng.below(5) == 0 {
                            None
                        } else {
                            let len = rng.below(64) as usize;
                            let byte = rng.below(256) as u8;
                            Some((rng.below(4) as u32, vec![byte; len]))
                        };
                        let weight = cost::entry(key.len(), value.as_ref().map(|(_, v)| v.len()));
                        if max_entries > 0 && weight + t(1) > max_bytes {
                            oversize += 1;
                        }
                        let expires_at = now + Duration::from_millis(rng.below(40));
                        cache.insert(&key, value.as_ref().map(|(f, v)| (*f, &v[..])), expires_at);
                        model.insert(&key, value, expires_at);
                    }
                    80..=87 => {
                        cache.remove(&key);
                        model.remove(&key);
                    }
                    88 => {
                        cache.clear();
                        model.entries.clear();
                        model.slots = 0;
                    }
                    _ => now += Duration::from_millis(rng.below(10)),
                }
                let cached = entries(&cache);
                if cached.len() != model.entries.len()
                    || !model.entries.iter().zip(&cached).all(|(m, c)| m.matches(c))
                {
                    let cached: Vec<Plain> = cached.into_iter().map(Plain::of).collect();
                    assert_eq!(cached, model.entries, "{}", context());
                }
                assert_eq!(cache.len(), model.entries.len(), "{}", context());
                assert_eq!(cache.bytes(), model.bytes(), "{}", context());
                assert_eq!(cache.evictions(), model.evictions, "{}", context());
                assert!(
                    cache.len() <= max_entries && cache.bytes() <= max_bytes,
                    "{}",
                    context()
                );
            }
            evictions += model.evictions;
        }
        let exercised = [hits, negative_hits, expired, oversize, evictions];
        assert!(
            exercised.iter().all(|&n| n > 1000),
            "hits, negative hits, expiries, oversize inserts, evictions: {exercised:?}"
        );
    }

    #[test]
    fn an_expired_entry_stays_for_its_grace_only_for_stale_and_a_lookup_still_misses_it() {
        let t0 = Instant::now();
        let at = |ms| t0 + Duration::from_millis(ms);
        let mut cache = Lru::new(10, usize::MAX).keeping_expired_for(Duration::from_millis(100));
        cache.insert(b"k", Some((3, b"v")), at(10));
        cache.insert(b"neg", None, at(10));
        assert_eq!(cache.stale(b"k", at(5)), None, "live: a lookup serves it");
        assert_eq!(
            cache.get(b"k", at(20)),
            Lookup::Miss,
            "expired: a lookup misses"
        );
        assert_eq!(
            cache.stale(b"k", at(20)),
            Some((3, &b"v"[..])),
            "kept for its grace"
        );
        assert_eq!(
            cache.stale(b"neg", at(20)),
            None,
            "a missing key is not served stale"
        );
        assert_eq!(cache.stale(b"k", at(110)), None, "past its grace");
        assert_eq!(cache.get(b"k", at(110)), Lookup::Miss);
        assert!(
            cache.peek(b"k").is_none(),
            "a lookup past its grace dropped it"
        );

        let mut plain = Lru::new(10, usize::MAX);
        plain.insert(b"k", Some((3, b"v")), at(10));
        assert_eq!(plain.get(b"k", at(20)), Lookup::Miss);
        assert!(
            plain.peek(b"k").is_none(),
            "without grace it leaves at once"
        );
        assert_eq!(plain.stale(b"k", at(20)), None);
    }
}
