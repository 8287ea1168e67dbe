//! The near cache as the module uses it: one per process, in front of memcached reads.
//!
//! Entries live at most `cache_ttl`, and never longer than the item itself (the read asks memcached
//! for the item's time left). A write through the module is written through: once memcached has
//! confirmed it (`STORED`, a counter's new value, `TOUCHED`, a delete), the writing process keeps
//! what memcached now holds, bounded and timed as a read fill is; a write whose outcome it cannot
//! know (a failure, a timeout, `NOT_STORED`) drops the key's entry. Either way a process reads
//! its own writes, and the next read after a write in the same request costs no round trip.
//! Other processes see the write when their own entry expires, within `cache_ttl`, as before.
//!
//! An entry read in the last quarter of its `cache_ttl` is due for a refresh: the next read that
//! misses asks memcached for due keys of its server in the same round trip ([`NearCache::take_due`],
//! [`NearCache::refreshed`]), so that a set of keys read all the time costs each process a round
//! trip per `cache_ttl`, not one per key. A refresh is a fill like any other (timed from when it was
//! asked, dropped when a write or a reload came in between), so the bounds above hold for it.
//!
//! A reload anywhere bumps the shared epoch; each process empties its
//! cache at its next access when it sees a new epoch, so that no entry cached before a reload is
//! served after it. With `check_every` (the cluster's looks, `engine::cluster`), the cache serves
//! nothing past a deadline until its owner has checked it: a lookup past it reports the check due
//! instead, once per interval. The counters go to this process's own slot of the shared region.

pub mod cost;
pub mod lru;

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::near::lru::{Lookup, Lru, DUE_MAX};
use crate::protocol::key::WireKey;
use crate::shared::fork_guard;
use crate::shared::{CacheSlot, SharedRegion};

/// What the cache knows about a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cached {
    /// The value (copied into the caller's buffer) and its memcached flags.
    Value(u32),
    /// The key is known to be missing (`cache_negative`).
    Missing,
}

/// Handed out by a miss, taken back by `fill`: a fill is dropped when a write or a reload came in
/// between, so that a value read before a write never lands in the cache after it.
#[derive(Debug, Clone, Copy)]
pub struct FillToken {
    writes: u64,
    epoch: u64,
    /// When the miss was seen, just before memcached is asked: the entry's lifetime counts from
    /// here, so that the time the reply took is part of the staleness bound, not added to it.
    asked: Instant,
    /// The owner's check is due ([`NearCache::lookup_at`]): nothing was looked up.
    check_due: bool,
}

impl FillToken {
    /// The lookup found the owner's check due, and claimed it: the caller checks, calls
    /// [`NearCache::check_done`], and looks up again.
    pub fn check_due(&self) -> bool {
        self.check_due
    }
}

struct State {
    cache: Lru,
    /// The reload epoch the contents belong to.
    epoch: u64,
    /// The process generation the contents and the slot belong to.
    fork_generation: u64,
    slot: usize,
    /// Bumped by every invalidation.
    writes: u64,
    /// The cache's eviction count already added to the slot.
    evictions_published: u64,
    /// When the owner's next check is due (`check_every`); None: never.
    check_at: Option<Instant>,
    /// A check was claimed and is not done yet: the others go on serving meanwhile.
    checking: bool,
}

/// A write on its way to memcached: taken before the request, so that a read that misses while
/// it is on its way cannot fill the entry with the value from before it.
#[derive(Debug, Clone, Copy)]
pub struct PendingWrite {
    token: FillToken,
    /// What was cached for the key when the write started (see [`Lru::peek`]).
    prior: Option<(Option<(u32, usize)>, Instant)>,
}

/// What memcached holds after a confirmed write, as far as the writer knows.
#[derive(Debug, Clone, Copy)]
pub enum Written<'a> {
    /// The item, with its flags and its seconds to live (-1: never).
    Value {
        flags: u32,
        data: &'a [u8],
        ttl: i64,
    },
    /// A counter's new digits. memcached keeps the item's flags and expiry, and rewrites its value
    /// in place (padded with spaces to its old length when shorter): known from the entry cached
    /// before, if there was one.
    Counter { digits: &'a [u8] },
    /// A touch: the same item, with a new time to live.
    Touched { ttl: i64 },
    /// A delete: memcached holds nothing.
    Deleted,
    /// The outcome is not known (a failure, a timeout, `NOT_STORED`).
    Unknown,
}

/// How long an entry of an item with `ttl` seconds left (-1: never expires) may live: `cache_ttl`
/// at most. memcached counts whole seconds, so an item with t seconds left may be gone a second
/// sooner; one with a second or less left is not cached at all.
fn lifetime(cache_ttl: Duration, ttl: i64) -> Option<Duration> {
    match ttl {
        -1 => Some(cache_ttl),
        t if t > 1 => Some(cache_ttl.min(Duration::from_secs(t as u64 - 1))),
        _ => None,
    }
}

/// The near cache's bounds, per process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NearConfig {
    /// Entries at most; 0 turns the cache off.
    pub entries: usize,
    /// Heap bytes at most: each entry's blocks and its share of the tables (see `cost`).
    pub bytes: usize,
    /// How long an entry may be served without asking memcached.
    pub ttl: Duration,
    /// Also remember misses.
    pub negative: bool,
    /// How long past its expiry an entry may still be served while its server is unreachable.
    pub stale_on_error: Duration,
    /// How often the owner checks the contents (the cluster's look); None: never.
    pub check_every: Option<Duration>,
}

/// An entry is due for a refresh in the last 1/4 of its `cache_ttl`: early enough that a key
/// read a few times a second is refreshed before it expires, late enough that it is refreshed at
/// most once per `cache_ttl`, and at most a quarter of it early.
const REFRESH_AHEAD_DIVISOR: u32 = 4;

/// The keys and cached values one round trip refreshes at most, in bytes: the replies come in
/// one buffer, which this keeps small.
const REFRESH_BYTES: usize = 64 * 1024;

pub struct NearCache {
    ttl: Duration,
    negative: bool,
    check_every: Option<Duration>,
    shared: Arc<SharedRegion>,
    state: Mutex<State>,
}

impl NearCache {
    /// The near cache the configuration asks for; `None` when its size is 0 (off).
    pub fn new(config: &NearConfig, shared: Arc<SharedRegion>) -> Option<NearCache> {
        if config.entries == 0 {
            return None;
        }
        let state = State {
            cache: Lru::new(config.entries, config.bytes)
                .keeping_expired_for(config.stale_on_error)
                .refreshing_ahead(config.ttl / REFRESH_AHEAD_DIVISOR),
            epoch: shared.counters().epoch.load(Ordering::Acquire),
            fork_generation: fork_guard::generation(),
            slot: shared.claim_cache_slot(),
            writes: 0,
            evictions_published: 0,
            // Due at once: the first read checks.
            check_at: config.check_every.map(|_| Instant::now()),
            checking: false,
        };
        Some(NearCache {
            ttl: config.ttl,
            negative: config.negative,
            check_every: config.check_every,
            shared,
            state: Mutex::new(state),
        })
    }

    fn slot(&self, state: &State) -> &CacheSlot {
        self.shared.cache_slot(state.slot)
    }

    /// Empties the cache when it belongs to another process (inherited through a fork) or to an
    /// earlier reload epoch.
    fn sync(&self, state: &mut State) {
        let generation = fork_guard::generation();
        if state.fork_generation != generation {
            state.fork_generation = generation;
            state.slot = self.shared.claim_cache_slot();
            state.cache.clear();
            state.evictions_published = state.cache.evictions();
            // The child checks at its first read (a check the parent had claimed is not its).
            state.check_at = self.check_every.map(|_| Instant::now());
            state.checking = false;
        }
        let epoch = self.shared.counters().epoch.load(Ordering::Acquire);
        if state.epoch != epoch {
            state.epoch = epoch;
            state.cache.clear();
            state.writes += 1;
        }
    }

    /// Publishes the cache's size and new evictions to this process's slot.
    fn publish(&self, state: &mut State) {
        let slot = self.slot(state);
        slot.entries
            .store(state.cache.len() as u64, Ordering::Relaxed);
        slot.bytes
            .store(state.cache.bytes() as u64, Ordering::Relaxed);
        let evictions = state.cache.evictions();
        if evictions != state.evictions_published {
            slot.evictions
                .fetch_add(evictions - state.evictions_published, Ordering::Relaxed);
            state.evictions_published = evictions;
        }
    }

    /// A hit copies the value into `out` (no allocation once `out` has grown, no system call);
    /// a miss returns the token to fill the entry with.
    pub fn lookup(&self, key: &WireKey, out: &mut Vec<u8>) -> Result<Cached, FillToken> {
        self.lookup_at(key, out, Instant::now())
    }

    /// [`NearCache::lookup`] at `now`: the one clock read of a lookup, taken by `lookup` (and
    /// given by the tests, which step through the cluster's intervals).
    fn lookup_at(
        &self,
        key: &WireKey,
        out: &mut Vec<u8>,
        now: Instant,
    ) -> Result<Cached, FillToken> {
        let mut state = self.state.lock();
        self.sync(&mut state);
        // Between checks, one comparison of instants: no clock of its own, no system call.
        if Self::claim_check(&mut state, now) {
            return Err(FillToken {
                writes: state.writes,
                epoch: state.epoch,
                asked: now,
                check_due: true,
            });
        }
        let found = match state.cache.get(key.as_bytes(), now) {
            Lookup::Hit { flags, value } => {
                out.clear();
                out.extend_from_slice(value);
                Some(Cached::Value(flags))
            }
            Lookup::NegativeHit => Some(Cached::Missing),
            Lookup::Miss => None,
        };
        let slot = self.slot(&state);
        match found {
            Some(cached) => {
                slot.hits.fetch_add(1, Ordering::Relaxed);
                Ok(cached)
            }
            None => {
                slot.misses.fetch_add(1, Ordering::Relaxed);
                // An expired entry may have been dropped by the lookup.
                self.publish(&mut state);
                Err(FillToken {
                    writes: state.writes,
                    epoch: state.epoch,
                    asked: now,
                    check_due: false,
                })
            }
        }
    }

    /// An expired entry's value, copied into `out`, and its flags, for a read whose server is
    /// unreachable: only within `cache_stale_on_error` of its expiry, and counted as `cache_stale`.
    /// A reload empties the cache, so nothing cached before a reload is served after it, stale
    /// or not; a write whose outcome is unknown drops its key's entry, so no value a failed write
    /// may have replaced is served either.
    pub fn stale(&self, key: &WireKey, out: &mut Vec<u8>) -> Option<u32> {
        let now = Instant::now();
        let mut state = self.state.lock();
        self.sync(&mut state);
        let (flags, value) = state.cache.stale(key.as_bytes(), now)?;
        out.clear();
        out.extend_from_slice(value);
        self.slot(&state).stale.fetch_add(1, Ordering::Relaxed);
        Some(flags)
    }

    /// Caches what memcached answered for a key that missed: its flags, value and seconds left
    /// (-1: never expires), or `None` when memcached has no such key.
    pub fn fill(&self, key: &WireKey, token: FillToken, found: Option<(u32, &[u8], i64)>) {
        self.settle(key, token, found, false);
    }

    /// Keys due for a refresh that `accept` takes (those of the server a read goes to): at most
    /// [`DUE_MAX`], and within [`REFRESH_BYTES`]; each to be given to [`NearCache::refreshed`]
    /// with the token of the read's miss.
    pub fn take_due(&self, accept: impl FnMut(&[u8]) -> bool) -> Vec<Vec<u8>> {
        let mut state = self.state.lock();
        self.sync(&mut state);
        state.cache.take_due(DUE_MAX, REFRESH_BYTES, accept)
    }

    /// What memcached answered for a key taken from [`NearCache::take_due`], asked with `token`
    /// (the miss of the read whose round trip carried it): filled as that read's miss is; and
    /// when it cannot be cached (memcached no longer holds it, or it expires within a second),
    /// what was cached for it is dropped.
    pub fn refreshed(&self, key: &WireKey, token: FillToken, found: Option<(u32, &[u8], i64)>) {
        self.settle(key, token, found, true);
    }

    /// [`NearCache::fill`], and for a refresh, the drop of an entry the answer cannot replace.
    fn settle(
        &self,
        key: &WireKey,
        token: FillToken,
        found: Option<(u32, &[u8], i64)>,
        refresh: bool,
    ) {
        let lifetime = match found {
            Some((_, _, ttl)) => lifetime(self.ttl, ttl),
            None if self.negative => Some(self.ttl),
            None => None,
        };
        // None when the reply took longer than the entry may live: nothing to cache.
        let expires_at = lifetime
            .map(|lifetime| token.asked + lifetime)
            .filter(|&at| at > Instant::now());
        if expires_at.is_none() && !refresh {
            return;
        }
        let mut state = self.state.lock();
        self.sync(&mut state);
        if refresh {
            self.slot(&state).refreshes.fetch_add(1, Ordering::Relaxed);
        }
        if state.writes != token.writes || state.epoch != token.epoch {
            return;
        }
        match expires_at {
            Some(at) => state.cache.insert(
                key.as_bytes(),
                found.map(|(flags, value, _)| (flags, value)),
                at,
            ),
            None => state.cache.remove(key.as_bytes()),
        }
        self.publish(&mut state);
    }

    /// Starts a write of `key`: reads of it that missed before now will not fill.
    pub fn begin_write(&self, key: &WireKey) -> PendingWrite {
        let now = Instant::now();
        let mut state = self.state.lock();
        self.sync(&mut state);
        state.writes += 1;
        PendingWrite {
            token: FillToken {
                writes: state.writes,
                epoch: state.epoch,
                asked: now,
                check_due: false,
            },
            prior: state.cache.peek(key.as_bytes()),
        }
    }

    /// Ends a write of `key` with what memcached now holds: kept, timed from when the write
    /// started, as a fill is timed from when its read started; or the entry dropped, when the
    /// outcome is unknown, when the entry cannot be timed, or when another write or a reload came
    /// in between (their order is not known).
    pub fn finish_write(&self, key: &WireKey, pending: PendingWrite, written: Written<'_>) {
        let PendingWrite { token, prior } = pending;
        let until = |ttl| lifetime(self.ttl, ttl).map(|l| token.asked + l);
        let mut state = self.state.lock();
        self.sync(&mut state);
        let in_step = state.writes == token.writes && state.epoch == token.epoch;
        // Reads that missed while the write was on its way hold the same count: not theirs now.
        state.writes += 1;
        let key = key.as_bytes();
        let now = Instant::now();
        // The entry's expiry, when it is still ahead.
        let live_until = |ttl| until(ttl).filter(|&at| at > now);
        let kept = in_step
            && match written {
                Written::Value { flags, data, ttl } => match live_until(ttl) {
                    Some(at) => {
                        state.cache.insert(key, Some((flags, data)), at);
                        true
                    }
                    None => false,
                },
                Written::Counter { digits } => match prior {
                    Some((Some((flags, old_len)), at)) if at > now => {
                        let mut value = digits.to_vec();
                        if value.len() < old_len {
                            value.resize(old_len, b' ');
                        }
                        state.cache.insert(key, Some((flags, &value)), at);
                        true
                    }
                    _ => false,
                },
                // `TOUCHED` proves the key exists, not its value: a cached value keeps the expiry
                // of its fill (or the item's new one, when that comes sooner), so that touching a
                // key more often than `cache_ttl` never keeps serving what another process
                // changed meanwhile. A negative entry is wrong now: dropped.
                Written::Touched { ttl } => match (prior, live_until(ttl)) {
                    (Some((Some(_), filled_until)), Some(item_until)) if filled_until > now => {
                        state.cache.retime(key, filled_until.min(item_until))
                    }
                    _ => false,
                },
                Written::Deleted if self.negative => {
                    state.cache.insert(key, None, token.asked + self.ttl);
                    true
                }
                Written::Deleted | Written::Unknown => false,
            };
        if !kept {
            state.cache.remove(key);
        }
        self.publish(&mut state);
    }

    /// Claims the owner's check when it is due at `now` and no other thread holds it.
    fn claim_check(state: &mut State, now: Instant) -> bool {
        let due = !state.checking && state.check_at.is_some_and(|at| now >= at);
        state.checking |= due;
        due
    }

    /// Claims the owner's check when it is due at `now`, outside a lookup: the caller checks and
    /// calls [`NearCache::check_done`].
    pub fn check_if_due(&self, now: Instant) -> bool {
        let mut state = self.state.lock();
        self.sync(&mut state);
        Self::claim_check(&mut state, now)
    }

    /// The claimed check ended at `ended` (done or failed): the next is due one interval later,
    /// so that a check that took long (a frozen server) is not followed at once by another.
    pub fn check_done(&self, ended: Instant) {
        let mut state = self.state.lock();
        state.checking = false;
        state.check_at = self.check_every.map(|every| ended + every);
    }

    /// Empties the cache (child init, reload in this process).
    pub fn clear(&self) {
        let mut state = self.state.lock();
        self.sync(&mut state);
        state.writes += 1;
        state.cache.clear();
        self.publish(&mut state);
    }
}

impl Drop for NearCache {
    /// Gives this process's slot back, so that a cache dropped (an engine made again) leaves no
    /// slot taken; a slot this process inherited through a fork is its parent's, and stays.
    fn drop(&mut self) {
        let state = self.state.get_mut();
        if state.fork_generation == fork_guard::generation() {
            self.shared.release_cache_slot(state.slot);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked_cache(every: Duration) -> NearCache {
        cache_checking(Some(every))
    }

    fn cache_checking(check_every: Option<Duration>) -> NearCache {
        let config = NearConfig {
            entries: 10,
            bytes: 1 << 20,
            ttl: Duration::from_secs(60),
            negative: false,
            stale_on_error: Duration::ZERO,
            check_every,
        };
        NearCache::new(&config, Arc::new(SharedRegion::new().unwrap())).unwrap()
    }

    #[test]
    fn a_check_is_due_once_per_interval_and_claimed_by_one_thread() {
        let every = Duration::from_millis(100);
        let near = checked_cache(every);
        let key = WireKey::from_script_key(b"k").unwrap();
        let mut out = Vec::new();
        let t0 = Instant::now();
        let first = near.lookup_at(&key, &mut out, t0).unwrap_err();
        assert!(first.check_due(), "the first read checks");
        let other = near.lookup_at(&key, &mut out, t0).unwrap_err();
        assert!(
            !other.check_due(),
            "claimed: another thread looks the key up meanwhile"
        );
        near.fill(&key, other, Some((0, b"v", -1)));
        near.check_done(t0);
        assert!(matches!(
            near.lookup_at(&key, &mut out, t0 + every / 2),
            Ok(Cached::Value(0))
        ));
        assert!(!near.check_if_due(t0 + every / 2));
        assert!(
            near.check_if_due(t0 + every),
            "due one interval after the last ended"
        );
        assert!(!near.check_if_due(t0 + every), "claimed");
        near.check_done(t0 + every);
        assert!(!near.check_if_due(t0 + every + every / 2));
    }

    #[test]
    fn without_checks_nothing_is_ever_due() {
        let near = cache_checking(None);
        let far = Instant::now() + Duration::from_secs(86_400);
        assert!(!near.check_if_due(far));
    }
}
