//! The near cache inside the module, against a real memcached: read-through, staleness bounded by
//! cache_ttl and by the item's own expiry, read-your-writes, negative entries, reload, and a hit
//! that allocates nothing (counted by a global allocator of this test binary). The tests of what a
//! read sees after writes run again through twemproxy (nutcracker) in front of two memcached,
//! which does not know the meta get (docs/proxies.md).

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::Duration;

use common::nutcracker::{Nutcracker, Store};
use common::Memcached;
use sip_memcached::engine::params::Mode;
use sip_memcached::near::{cost, lru};
use sip_memcached::{Engine, Params, Pv, ScriptValue, ValueRef};

/// Counts the allocations of the thread that asked for counting, and the heap they hold: what
/// malloc really gives each block (its usable size and its 8-byte header).
struct CountingAllocator;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
/// Heap bytes held by the blocks of the counting threads (freed blocks subtracted).
static HELD: AtomicI64 = AtomicI64::new(0);

thread_local! {
    static COUNTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn counting() -> bool {
    COUNTING.try_with(|c| c.get()).unwrap_or(false)
}

/// The heap a block of the system allocator takes.
///
/// # Safety
/// `ptr` is NULL or a live block of the system allocator (malloc: every layout here has an
/// alignment malloc gives by itself).
unsafe fn block_size(ptr: *mut u8) -> i64 {
    if ptr.is_null() {
        return 0;
    }
    // SAFETY: a live malloc block, by this function's contract.
    unsafe { libc::malloc_usable_size(ptr.cast()) as i64 + 8 }
}

// SAFETY: forwards every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let ptr = unsafe { System.alloc(layout) };
        if counting() {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
            // SAFETY: just allocated (or NULL).
            HELD.fetch_add(unsafe { block_size(ptr) }, Ordering::Relaxed);
        }
        ptr
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if counting() {
            // SAFETY: the caller hands back a live block.
            HELD.fetch_sub(unsafe { block_size(ptr) }, Ordering::Relaxed);
        }
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let counted = counting();
        let old = if counted {
            // SAFETY: the caller hands back a live block.
            unsafe { block_size(ptr) }
        } else {
            0
        };
        // SAFETY: same contract as the caller's.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if counted {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
            // On failure the old block stays.
            let size = if new.is_null() {
                old
            } else {
                // SAFETY: the new block is live.
                unsafe { block_size(new) }
            };
            HELD.fetch_add(size - old, Ordering::Relaxed);
        }
        new
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

fn cached_module(mc: &dyn Store, extra: &[(&str, &str)]) -> Engine {
    let mut p = Params::default();
    p.set("servers", &mc.server()).unwrap();
    p.set("timeout", "1000").unwrap();
    p.set("cache_size", "100").unwrap();
    for (k, v) in extra {
        p.set(k, v).unwrap();
    }
    Engine::new(p).unwrap()
}

fn read(m: &Engine, key: &str) -> (ScriptValue, Vec<u8>) {
    let mut out = Vec::new();
    let got = Pv::Mct
        .get(m, key.as_bytes(), usize::MAX, &mut out)
        .unwrap();
    (got, out)
}

#[test]
fn a_hit_allocates_nothing() {
    let mc = Memcached::start();
    let m = cached_module(&mc, &[("cache_ttl", "60000")]);
    Pv::Mct.set(&m, b"hot", ValueRef::Str(&[b'v'; 32])).unwrap();
    Pv::Mct.set(&m, b"n", ValueRef::Int(42)).unwrap();
    let mut out = Vec::with_capacity(64);
    Pv::Mct.get(&m, b"hot", usize::MAX, &mut out).unwrap(); // miss: fills the cache
    Pv::Mct.get(&m, b"n", usize::MAX, &mut out).unwrap();
    let before = m.report().counters;
    COUNTING.with(|c| c.set(true));
    for _ in 0..1000 {
        assert_eq!(
            Pv::Mct.get(&m, b"hot", usize::MAX, &mut out).unwrap(),
            ScriptValue::Str
        );
        assert_eq!(
            Pv::Mct.get(&m, b"n", usize::MAX, &mut out).unwrap(),
            ScriptValue::Int(42)
        );
    }
    COUNTING.with(|c| c.set(false));
    assert_eq!(
        ALLOCATIONS.load(Ordering::Relaxed),
        0,
        "allocations on the hit path"
    );
    let after = m.report().counters;
    assert_eq!(after.cache_hits - before.cache_hits, 2000);
    assert_eq!(
        after.operations, before.operations,
        "no memcached operation"
    );
}

fn serves_within_cache_ttl_then_reads_memcached_again(mc: &dyn Store) {
    let m = cached_module(mc, &[("cache_ttl", "300")]);
    mc.raw_set("k", 1, b"old");
    assert_eq!(read(&m, "k").1, b"old");
    mc.raw_set("k", 1, b"new");
    assert_eq!(
        read(&m, "k").1,
        b"old",
        "within cache_ttl: the cached value"
    );
    std::thread::sleep(Duration::from_millis(350));
    assert_eq!(read(&m, "k").1, b"new", "after cache_ttl: memcached again");
}

fn an_entry_never_outlives_the_item(mc: &dyn Store) {
    let m = cached_module(mc, &[("cache_ttl", "60000")]);
    Pv::Mct.set(&m, b"short=>3", ValueRef::Str(b"v")).unwrap();
    assert_eq!(read(&m, "short").1, b"v");
    std::thread::sleep(Duration::from_millis(3200));
    assert_eq!(
        read(&m, "short").0,
        ScriptValue::Null,
        "the item expired in memcached; the cache must not serve it"
    );
}

fn a_process_reads_its_own_writes(mc: &dyn Store) {
    let m = cached_module(mc, &[("cache_ttl", "60000")]);
    Pv::Mct.set(&m, b"k", ValueRef::Str(b"one")).unwrap();
    assert_eq!(read(&m, "k").1, b"one");
    Pv::Mct.set(&m, b"k", ValueRef::Str(b"two")).unwrap();
    assert_eq!(read(&m, "k").1, b"two");
    Pv::McInc.set(&m, b"c", ValueRef::Int(1)).unwrap();
    assert_eq!(read(&m, "c").0, ScriptValue::Int(1));
    Pv::McInc.set(&m, b"c", ValueRef::Int(1)).unwrap();
    assert_eq!(read(&m, "c").0, ScriptValue::Int(2));
    Pv::McDec.set(&m, b"c", ValueRef::Int(2)).unwrap();
    assert_eq!(read(&m, "c").0, ScriptValue::Int(0));
    Pv::Mct.set(&m, b"k", ValueRef::Null).unwrap();
    assert_eq!(read(&m, "k").0, ScriptValue::Null);
    Pv::Mct.set(&m, b"k", ValueRef::Str(b"three")).unwrap();
    Pv::McTex.set(&m, b"k", ValueRef::Int(100)).unwrap();
    assert_eq!(read(&m, "k").1, b"three");
}

fn misses_are_cached_only_with_cache_negative(mc: &dyn Store) {
    let plain = cached_module(mc, &[("cache_ttl", "60000")]);
    let negative = cached_module(mc, &[("cache_ttl", "60000"), ("cache_negative", "1")]);
    assert_eq!(read(&plain, "later").0, ScriptValue::Null);
    assert_eq!(read(&negative, "later").0, ScriptValue::Null);
    mc.raw_set("later", 1, b"here");
    assert_eq!(read(&plain, "later").1, b"here", "a miss is not remembered");
    assert_eq!(
        read(&negative, "later").0,
        ScriptValue::Null,
        "a remembered miss"
    );
    negative.reload();
    assert_eq!(read(&negative, "later").1, b"here");
}

fn reload_flushes_the_cache(mc: &dyn Store) {
    let m = cached_module(mc, &[("cache_ttl", "60000")]);
    mc.raw_set("k", 1, b"old");
    assert_eq!(read(&m, "k").1, b"old");
    mc.raw_set("k", 1, b"new");
    assert_eq!(read(&m, "k").1, b"old");
    m.reload();
    assert_eq!(read(&m, "k").1, b"new");
}

#[test]
fn bounds_hold_and_evictions_are_counted() {
    let mc = Memcached::start();
    let m = cached_module(&mc, &[("cache_ttl", "60000"), ("cache_size", "10")]);
    for i in 0..50 {
        let key = format!("k{i}");
        mc.raw_set(&key, 1, b"0123456789");
        read(&m, &key);
    }
    let s = m.report().counters;
    assert_eq!(s.cache_entries, 10);
    assert_eq!(s.cache_evictions, 40);
    // Ten entries of a 3-byte key and a 10-byte value, and the tables of ten slots.
    let expected = 10 * cost::entry(3, Some(10)) + lru::tables_bytes(10);
    assert_eq!(s.cache_bytes, expected as u64);

    let small = cached_module(&mc, &[("cache_ttl", "60000"), ("cache_memory", "100")]);
    for i in 10..50 {
        read(&small, &format!("k{i}"));
    }
    assert!(
        small.report().counters.cache_bytes <= 100,
        "{:?}",
        small.report().counters
    );
}

#[test]
fn an_entry_lives_cache_ttl_from_when_it_was_asked_for() {
    // A read that waits 800 ms for its reply (memcached frozen meanwhile): the entry it fills may
    // be served until cache_ttl after the request was sent, not after the reply came.
    let mc = Memcached::start();
    let m = cached_module(&mc, &[("cache_ttl", "1000"), ("timeout", "3000")]);
    mc.raw_set("k", 1, b"old");
    mc.freeze();
    let pid = mc.pid();
    let thaw = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(800));
        // SAFETY: resumes the memcached this test started and stopped.
        unsafe { libc::kill(pid, libc::SIGCONT) };
    });
    let asked = std::time::Instant::now();
    assert_eq!(read(&m, "k").1, b"old");
    thaw.join().unwrap();
    assert!(asked.elapsed() >= Duration::from_millis(800));
    mc.raw_set("k", 1, b"new");
    std::thread::sleep(Duration::from_millis(1250).saturating_sub(asked.elapsed()));
    assert_eq!(
        read(&m, "k").1,
        b"new",
        "1.25 s after the request: the entry is over"
    );
}

#[test]
fn the_heap_the_near_cache_holds_stays_under_cache_memory() {
    const BOUND: usize = 1 << 20;
    let mc = Memcached::start();
    // Every block the engine allocates from its creation on is counted, so that blocks that
    // grow later (the cache's tables) are counted whole.
    COUNTING.with(|c| c.set(true));
    let m = cached_module(
        &mc,
        &[
            ("cache_ttl", "60000"),
            ("cache_size", "1000000"),
            ("cache_memory", &BOUND.to_string()),
            ("cache_negative", "1"),
        ],
    );
    let mut out = Vec::with_capacity(64);
    // Written by another client, so that what the cache holds from here on is counted whole.
    for i in 0..2000 {
        mc.raw_set(&format!("value{i}"), 0, b"0123456789");
    }
    // The connection, its buffers; the tables, with one entry.
    Pv::Mct.get(&m, b"value0", usize::MAX, &mut out).unwrap();
    let before = HELD.load(Ordering::Relaxed);
    // Short keys and short values, where the bookkeeping weighs the most: 2,000 values and
    // 18,000 remembered misses, several times what the bound can hold.
    for i in 0..2000 {
        Pv::Mct
            .get(&m, format!("value{i}").as_bytes(), usize::MAX, &mut out)
            .unwrap();
    }
    for i in 0..18_000 {
        Pv::Mct
            .get(&m, format!("miss{i}").as_bytes(), usize::MAX, &mut out)
            .unwrap();
    }
    let held = (HELD.load(Ordering::Relaxed) - before) as usize;
    COUNTING.with(|c| c.set(false));
    let s = m.report().counters;
    eprintln!(
        "near cache: {} entries, cache_bytes {}, heap held {held} bytes (bound {BOUND})",
        s.cache_entries, s.cache_bytes
    );
    assert!(s.cache_evictions > 0, "the bound was reached: {s:?}");
    assert!(held <= BOUND, "{held} bytes held, bound {BOUND}: {s:?}");
    assert!(
        s.cache_bytes as usize <= BOUND && s.cache_bytes as usize >= held,
        "cache_bytes counts at least what the heap holds: {held}, {s:?}"
    );
    assert!(
        held >= BOUND / 2,
        "the bound is used, not wasted: {held} bytes held, {s:?}"
    );
}

/// The C API's value buffer: a large value's memory is given back at the next read of a small
/// one, not kept for the life of the thread.
#[test]
fn the_c_api_gives_a_large_values_buffer_back_at_the_next_read() {
    use sip_memcached::ffi::{sipmc_mod_init, sipmc_param_set, sipmc_pv_get, sipmc_value};
    let mc = Memcached::start();
    mc.raw_set("large", 1, &vec![b'x'; 900_000]);
    mc.raw_set("small", 1, b"tiny");
    let server = std::ffi::CString::new(mc.server()).unwrap();
    let mut out = sipmc_value {
        r#type: 0,
        n: 0,
        s: std::ptr::null(),
        len: 0,
    };
    // SAFETY: the C API with valid NUL-terminated strings and a value to fill.
    unsafe {
        assert_eq!(sipmc_param_set(c"servers".as_ptr(), server.as_ptr()), 0);
        assert_eq!(sipmc_mod_init(), 0);
        COUNTING.with(|c| c.set(true));
        let before = HELD.load(Ordering::Relaxed);
        assert_eq!(
            sipmc_pv_get(c"mct".as_ptr(), c"large".as_ptr().cast(), 5, &mut out),
            0
        );
        assert_eq!(out.len, 900_000);
        let with_large = HELD.load(Ordering::Relaxed) - before;
        assert_eq!(
            sipmc_pv_get(c"mct".as_ptr(), c"small".as_ptr().cast(), 5, &mut out),
            0
        );
        assert_eq!(out.len, 4);
        let after_small = HELD.load(Ordering::Relaxed) - before;
        COUNTING.with(|c| c.set(false));
        assert!(with_large >= 900_000, "{with_large}");
        assert!(
            after_small < 100_000,
            "still held after a small read: {after_small} bytes"
        );
    }
}

/// (hits, memcached operations) so far.
fn served(m: &Engine) -> (u64, u64) {
    let s = m.report().counters;
    (s.cache_hits, s.operations)
}

/// Reads `key` and checks it came from the near cache, without a round trip.
fn read_cached(m: &Engine, key: &str) -> (ScriptValue, Vec<u8>) {
    let (hits, ops) = served(m);
    let got = read(m, key);
    assert_eq!(
        served(m),
        (hits + 1, ops),
        "{key}: served by the near cache"
    );
    got
}

fn a_confirmed_write_is_read_back_without_a_round_trip(mc: &dyn Store) {
    let m = cached_module(mc, &[("cache_ttl", "60000"), ("cache_negative", "1")]);
    Pv::Mct.set(&m, b"s", ValueRef::Str(b"mine")).unwrap();
    assert_eq!(read_cached(&m, "s"), (ScriptValue::Str, b"mine".to_vec()));
    Pv::Mct.set(&m, b"i", ValueRef::Int(-7)).unwrap();
    assert_eq!(read_cached(&m, "i").0, ScriptValue::Int(-7));

    // A counter created by $mcinc, then changed: what memcached holds, padding included.
    Pv::McInc.set(&m, b"c", ValueRef::Int(100)).unwrap();
    assert_eq!(read_cached(&m, "c").0, ScriptValue::Int(100));
    Pv::McInc.set(&m, b"c", ValueRef::Int(5)).unwrap();
    assert_eq!(read_cached(&m, "c").0, ScriptValue::Int(105));
    Pv::McDec.set(&m, b"c", ValueRef::Int(100)).unwrap();
    assert_eq!(read_cached(&m, "c").0, ScriptValue::Int(5));
    Pv::Mct.set(&m, b"sc", ValueRef::Str(b"100")).unwrap();
    Pv::McDec.set(&m, b"sc", ValueRef::Int(95)).unwrap();
    let (got, bytes) = read_cached(&m, "sc");
    assert_eq!(
        got,
        ScriptValue::Str,
        "a counter stored as a string keeps its flags"
    );
    assert_eq!(
        bytes,
        mc.meta("sc").unwrap().2,
        "byte for byte what memcached holds"
    );

    // Touch keeps the value; a delete is remembered as missing (cache_negative).
    Pv::McTex.set(&m, b"s", ValueRef::Int(100)).unwrap();
    assert_eq!(read_cached(&m, "s").1, b"mine");
    Pv::Mct.set(&m, b"s", ValueRef::Null).unwrap();
    assert_eq!(read_cached(&m, "s").0, ScriptValue::Null);

    // The key-value face (OpenSIPS) writes through too.
    m.store(b"kv", b"stored", 0, 0, Mode::Set).unwrap();
    let (hits, ops) = served(&m);
    let mut out = Vec::new();
    assert!(m.get(b"kv", 1024, &mut out).unwrap().is_some());
    assert_eq!(
        (out.as_slice(), served(&m)),
        (&b"stored"[..], (hits + 1, ops))
    );
}

fn a_written_entry_lives_cache_ttl_and_never_past_the_item(mc: &dyn Store) {
    let m = cached_module(mc, &[("cache_ttl", "300")]);
    Pv::Mct.set(&m, b"k", ValueRef::Str(b"mine")).unwrap();
    mc.raw_set("k", 1, b"another client's");
    assert_eq!(read_cached(&m, "k").1, b"mine", "within cache_ttl");
    std::thread::sleep(Duration::from_millis(350));
    assert_eq!(read(&m, "k").1, b"another client's", "after cache_ttl");

    // An item that lives 2 s is kept a second at most (memcached counts whole seconds).
    let long = cached_module(mc, &[("cache_ttl", "60000")]);
    Pv::Mct
        .set(&long, b"short=>2", ValueRef::Str(b"v"))
        .unwrap();
    assert_eq!(read_cached(&long, "short").1, b"v");
    std::thread::sleep(Duration::from_millis(1100));
    let (_, ops) = served(&long);
    read(&long, "short");
    assert_eq!(served(&long).1, ops + 1, "asked memcached again");
}

fn a_racing_write_from_another_process_is_seen_within_cache_ttl(mc: &dyn Store) {
    // Two engines: two processes' near caches, as two SIP workers have.
    let a = cached_module(mc, &[("cache_ttl", "400")]);
    let b = cached_module(mc, &[("cache_ttl", "400")]);
    std::thread::scope(|s| {
        for (m, v) in [(&a, "from a"), (&b, "from b")] {
            s.spawn(move || {
                for _ in 0..200 {
                    Pv::Mct.set(m, b"k", ValueRef::Str(v.as_bytes())).unwrap();
                }
            });
        }
    });
    let on_server = mc.meta("k").unwrap().2;
    // Each process reads its own last write; the loser of the race sees the winner's value once
    // its entry has lived cache_ttl.
    assert_eq!(read(&a, "k").1, b"from a");
    assert_eq!(read(&b, "k").1, b"from b");
    std::thread::sleep(Duration::from_millis(450));
    assert_eq!(read(&a, "k").1, on_server);
    assert_eq!(read(&b, "k").1, on_server);
}

#[test]
fn a_write_whose_outcome_is_unknown_drops_the_entry() {
    let mut mc = Memcached::start();
    // mode 1: a store that finds the key says NOT_STORED: what memcached holds is not ours.
    let adding = cached_module(&mc, &[("cache_ttl", "60000"), ("mode", "1")]);
    mc.raw_set("k", 1, b"old");
    assert_eq!(read(&adding, "k").1, b"old");
    mc.raw_set("k", 1, b"newer");
    assert!(Pv::Mct.set(&adding, b"k", ValueRef::Str(b"ours")).is_err());
    assert_eq!(read(&adding, "k").1, b"newer", "asked memcached");

    // A failed write (the server is gone): the entry goes, and memcached is asked next time.
    let m = cached_module(&mc, &[("cache_ttl", "60000"), ("retry_interval", "50")]);
    assert_eq!(read(&m, "k").1, b"newer");
    mc.kill();
    assert!(Pv::Mct.set(&m, b"k", ValueRef::Str(b"lost")).is_err());
    mc.restart();
    mc.raw_set("k", 1, b"after the restart");
    std::thread::sleep(Duration::from_millis(60));
    assert_eq!(read(&m, "k").1, b"after the restart");
}

/// `TOUCHED` proves the key exists, not its value. A process that touches a key more often than
/// `cache_ttl` (`$mctex(loc) = 3600` next to `$mct(loc)`) still reads, within `cache_ttl` of its
/// fill, what another process (here an engine of its own, as a process has) wrote meanwhile.
#[test]
fn a_touch_never_keeps_serving_a_value_another_process_changed() {
    let mc = Memcached::start();
    let toucher = cached_module(&mc, &[("cache_ttl", "500")]);
    let writer = cached_module(&mc, &[]);
    Pv::Mct.set(&writer, b"loc", ValueRef::Str(b"old")).unwrap();
    assert_eq!(read(&toucher, "loc").1, b"old");
    Pv::Mct.set(&writer, b"loc", ValueRef::Str(b"new")).unwrap();
    let started = std::time::Instant::now();
    let mut stale = 0;
    loop {
        Pv::McTex
            .set(&toucher, b"loc", ValueRef::Int(3600))
            .unwrap();
        if read(&toucher, "loc").1 == b"new" {
            break;
        }
        stale += 1;
        // Before the fix every touch re-timed the entry and "old" was served for ever.
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "still 'old' after {stale} touches and reads over {:?} (cache_ttl 500 ms)",
            started.elapsed()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    eprintln!(
        "read 'new' after {:?} and {stale} stale reads (cache_ttl 500 ms)",
        started.elapsed()
    );
    let ttl = mc.meta("loc").unwrap().1;
    assert!(
        (3590..=3600).contains(&ttl),
        "touched in memcached: {ttl} s left"
    );
}

/// A negative entry says the key is missing; a touch that found it proves otherwise: the entry
/// goes, and the next read asks memcached.
#[test]
fn a_touch_that_finds_the_key_drops_the_entry_that_said_it_was_missing() {
    let mc = Memcached::start();
    let toucher = cached_module(&mc, &[("cache_negative", "1"), ("cache_ttl", "60000")]);
    let writer = cached_module(&mc, &[]);
    assert_eq!(
        read(&toucher, "neg").0,
        ScriptValue::Null,
        "cached as missing"
    );
    assert_eq!(read_cached(&toucher, "neg").0, ScriptValue::Null);
    Pv::Mct
        .set(&writer, b"neg", ValueRef::Str(b"here"))
        .unwrap();
    Pv::McTex.set(&toucher, b"neg", ValueRef::Int(100)).unwrap();
    assert_eq!(read(&toucher, "neg"), (ScriptValue::Str, b"here".to_vec()));
}

/// A touch shortens a cached value's life to the item's new one when that comes sooner: an item
/// touched to expire in a second is not served from the cache after it is gone.
#[test]
fn a_touch_to_a_shorter_expiry_shortens_the_entry_too() {
    let mc = Memcached::start();
    let m = cached_module(&mc, &[("cache_ttl", "60000")]);
    Pv::Mct.set(&m, b"short", ValueRef::Str(b"v")).unwrap();
    assert_eq!(read_cached(&m, "short").1, b"v");
    // An item with 1 s or less left is not cached at all (memcached counts whole seconds).
    Pv::McTex.set(&m, b"short", ValueRef::Int(1)).unwrap();
    let (hits, ops) = served(&m);
    assert_eq!(read(&m, "short").1, b"v");
    assert_eq!(
        served(&m),
        (hits, ops + 1),
        "asked memcached, not the cache"
    );
}

/// `cache_stale_on_error`: a read whose server cannot be reached (frozen: timeouts, then marked
/// down) serves the expired entry the process holds, no longer than that past its expiry, and
/// counts it; a server that answers is never overridden; off by default, the read fails.
#[test]
fn an_unreachable_server_serves_an_expired_entry_only_within_cache_stale_on_error() {
    let mc = Memcached::start();
    let short = [("cache_ttl", "100"), ("timeout", "200")];
    let stale_ok = [short.as_slice(), &[("cache_stale_on_error", "1500")]].concat();
    let m = cached_module(&mc, &stale_ok);
    let plain = cached_module(&mc, &short);
    Pv::Mct.set(&m, b"route", ValueRef::Str(b"gw-a")).unwrap();
    assert_eq!(read(&plain, "route").1, b"gw-a");

    // A server that answers is never overridden: once the entry expired, the change is read.
    mc.raw_set("route", 1, b"gw-b");
    std::thread::sleep(Duration::from_millis(150));
    assert_eq!(read(&m, "route").1, b"gw-b");
    assert_eq!(read(&plain, "route").1, b"gw-b");
    let filled = std::time::Instant::now();
    std::thread::sleep(Duration::from_millis(150));

    mc.freeze();
    let mut out = Vec::new();
    let got = Pv::Mct.get(&m, b"route", usize::MAX, &mut out);
    assert_eq!(
        (got.unwrap(), out.as_slice()),
        (ScriptValue::Str, &b"gw-b"[..])
    );
    assert_eq!(m.report().counters.cache_stale, 1);
    assert!(
        Pv::Mct.get(&plain, b"route", usize::MAX, &mut out).is_err(),
        "off by default: the read fails"
    );
    assert_eq!(plain.report().counters.cache_stale, 0);

    // Past cache_ttl + cache_stale_on_error since the fill, nothing is served.
    let past = Duration::from_millis(100 + 1500 + 200);
    std::thread::sleep(past.saturating_sub(filled.elapsed()));
    assert!(Pv::Mct.get(&m, b"route", usize::MAX, &mut out).is_err());
    assert_eq!(m.report().counters.cache_stale, 1);
    mc.signal(libc::SIGCONT);
}

/// The tests above of what a read sees after writes, each run against one memcached
/// (`memcached::NAME`) and through twemproxy in front of two (`through_nutcracker::NAME`), which
/// does not know the meta get and closes the connection in answer to it: the same assertions
/// hold, because the entries they look at are bounded by what the module wrote, or by cache_ttl.
macro_rules! against_memcached_and_through_nutcracker {
    ($($name:ident)*) => {
        mod memcached {
            $(
                #[test]
                fn $name() {
                    super::$name(&super::Memcached::start());
                }
            )*
        }

        mod through_nutcracker {
            $(
                #[test]
                fn $name() {
                    if let Some(proxy) = super::Nutcracker::start() {
                        super::$name(&proxy);
                    }
                }
            )*
        }
    };
}

against_memcached_and_through_nutcracker! {
    serves_within_cache_ttl_then_reads_memcached_again
    an_entry_never_outlives_the_item
    a_process_reads_its_own_writes
    misses_are_cached_only_with_cache_negative
    reload_flushes_the_cache
    a_confirmed_write_is_read_back_without_a_round_trip
    a_written_entry_lives_cache_ttl_and_never_past_the_item
    a_racing_write_from_another_process_is_seen_within_cache_ttl
}

/// The keys of [`script`], each read back after the write that changed it.
const SCRIPT_KEYS: [&str; 11] = [
    "s",
    "i",
    "missing",
    "e",
    "word",
    "nothere",
    "num_str",
    "newcounter",
    "key with space",
    "once",
    "spread",
];

/// Writes and reads through the module's pseudo-variables; what each returned, the server's
/// name taken out of error messages.
fn script(m: &Engine, server: &str) -> Vec<String> {
    let long = "L".repeat(260);
    let mut shown = Vec::new();
    let mut show = |what: String| shown.push(what.replace(server, "SERVER"));
    let mut out = Vec::new();
    let mut get = |key: &str, show: &mut dyn FnMut(String)| {
        let got = Pv::Mct.get(m, key.as_bytes(), usize::MAX, &mut out);
        let text = String::from_utf8_lossy(&out).into_owned();
        show(format!("get {key}: {got:?} {text:?}"));
    };
    let write = |pv: Pv, key: &str, value: ValueRef, show: &mut dyn FnMut(String)| {
        let done = pv.set(m, key.as_bytes(), value);
        let value = match value {
            ValueRef::Str(bytes) => format!("{:?}", String::from_utf8_lossy(bytes)),
            other => format!("{other:?}"),
        };
        show(format!("{pv:?} {key} = {value}: {done:?}"));
    };
    write(Pv::Mct, "s", ValueRef::Str(b"hello world"), &mut show);
    get("s", &mut show);
    write(Pv::Mct, "i", ValueRef::Int(41), &mut show);
    write(Pv::McInc, "i", ValueRef::Int(1), &mut show);
    get("i", &mut show);
    write(Pv::McDec, "i", ValueRef::Int(2), &mut show);
    get("i", &mut show);
    get("missing", &mut show);
    write(Pv::Mct, "s", ValueRef::Null, &mut show);
    get("s", &mut show);
    write(Pv::Mct, "e=>100", ValueRef::Str(b"with-expiry"), &mut show);
    write(Pv::McTex, "e", ValueRef::Int(50), &mut show);
    get("e", &mut show);
    write(Pv::Mct, "word", ValueRef::Str(b"abc"), &mut show);
    write(Pv::McInc, "word", ValueRef::Int(1), &mut show);
    get("word", &mut show);
    write(Pv::McTex, "nothere", ValueRef::Int(10), &mut show);
    write(Pv::Mct, "num_str", ValueRef::Str(b"12"), &mut show);
    write(Pv::McInc, "num_str", ValueRef::Int(1), &mut show);
    get("num_str", &mut show);
    write(Pv::McInc, "newcounter", ValueRef::Int(5), &mut show);
    get("newcounter", &mut show);
    write(
        Pv::Mct,
        "key with space",
        ValueRef::Str(b"spaced"),
        &mut show,
    );
    get("key with space", &mut show);
    write(Pv::Mct, &long, ValueRef::Str(b"long"), &mut show);
    get(&long, &mut show);
    write(Pv::McDec, "i", ValueRef::Int(100), &mut show);
    get("i", &mut show);
    write(Pv::Mct, "once", ValueRef::Str(b"first"), &mut show);
    write(Pv::Mct, "once", ValueRef::Str(b"second"), &mut show);
    get("once", &mut show);
    for i in 0..20 {
        let key = format!("spread{i}");
        write(Pv::Mct, &key, ValueRef::Int(i), &mut show);
        get(&key, &mut show);
    }
    write(Pv::Mct, "spread", ValueRef::Str(b"last"), &mut show);
    get("spread", &mut show);
    shown
}

/// Whether two items are the same, their time left within 2 s of each other.
/// The same flags, value and time left (within 2 s). A counter's trailing spaces do not count:
/// memcached pads a number that `decr` shortened in place only when no other request holds the
/// item at that moment (`do_add_delta`: `it->refcount == 2`), else it makes a new item of the
/// exact length; which one happens is memcached's timing (seen under `make test`'s load: "0 " on
/// one server, "0" on the other), and a read gives the same number either way.
fn same_item(a: &Option<(u32, i64, Vec<u8>)>, b: &Option<(u32, i64, Vec<u8>)>) -> bool {
    let unpadded = |v: &[u8]| v.len() - v.iter().rev().take_while(|&&c| c == b' ').count();
    match (a, b) {
        (None, None) => true,
        (Some((fa, ta, va)), Some((fb, tb, vb))) => {
            fa == fb && va[..unpadded(va)] == vb[..unpadded(vb)] && (ta - tb).abs() <= 2
        }
        _ => false,
    }
}

#[test]
fn through_nutcracker_every_operation_gives_what_it_gives_on_memcached() {
    // Near cache off, on, and on with mode 1 (a store never overwrites): the same script through
    // twemproxy in front of two memcached, and on one memcached, gives the same values, leaves
    // the same items, and counts the same errors; twemproxy's closed connections in answer to
    // the meta get cost nothing.
    let cache_on = [("cache_size", "1000"), ("cache_ttl", "60000")];
    let mode_1 = [cache_on[0], cache_on[1], ("mode", "1")];
    for extra in [&[("cache_size", "0")][..], &cache_on, &mode_1] {
        let Some(proxy) = Nutcracker::start() else {
            return;
        };
        let mc = Memcached::start();
        let (plain, proxied) = (cached_module(&mc, extra), cached_module(&proxy, extra));
        let on_memcached = script(&plain, &mc.server());
        let through_proxy = script(&proxied, &Store::server(&proxy));
        assert_eq!(through_proxy, on_memcached, "{extra:?}");
        let long = "L".repeat(260);
        for key in SCRIPT_KEYS.iter().copied().chain([long.as_str()]) {
            let wire = common::kamailio::scenario::wire_key(key);
            let (a, b) = (mc.meta(&wire), Store::meta(&proxy, &wire));
            assert!(
                same_item(&a, &b),
                "{key}: {a:?} on memcached, {b:?} behind nutcracker"
            );
        }
        let (a, b) = (plain.report().counters, proxied.report().counters);
        assert_eq!(
            (b.errors, b.timeouts, b.cache_hits, b.misses),
            (a.errors, a.timeouts, a.cache_hits, a.misses),
            "{extra:?}: {b:?} behind nutcracker, {a:?} on memcached"
        );
        let [first, second] = proxy.items_on_each();
        assert!(
            first > 0 && second > 0,
            "both memcached hold keys: {first}, {second}"
        );
    }
}

/// Forks a worker that runs `body`, then ends with `_exit` (0 when `body` returned, 1 when it
/// panicked): no destructor or test-harness code runs twice.
fn fork_worker(body: impl FnOnce()) -> i32 {
    // SAFETY: the test runs alone in its process (`common::alone`), so no other thread holds a
    // lock the child would need; the child ends with `_exit`.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0, "fork: {}", std::io::Error::last_os_error());
    if pid == 0 {
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)).is_ok();
        // SAFETY: ends the child at once, as intended after fork.
        unsafe { libc::_exit(if ran { 0 } else { 1 }) };
    }
    pid
}

/// Waits for a worker that ends by itself; asserts it ran to its end.
fn reap(pid: i32) {
    let mut status = 0;
    // SAFETY: waits for the child this test forked; status is a valid out pointer.
    assert_eq!(unsafe { libc::waitpid(pid, &mut status, 0) }, pid);
    assert_eq!(status, 0, "worker {pid} failed");
}

/// A worker that lives until it is dropped: killed by its pid, and waited for, also when the test
/// fails (a worker left behind would hold the test's output open).
struct Living(i32);

impl Drop for Living {
    fn drop(&mut self) {
        // SAFETY: signals and waits for the child this test forked; a null status is allowed.
        unsafe {
            libc::kill(self.0, libc::SIGKILL);
            libc::waitpid(self.0, std::ptr::null_mut(), 0);
        }
    }
}

/// A worker that caches `keys` of the first keys, says so on a socket, and lives until it is
/// dropped.
fn living_worker(m: &Engine, keys: usize) -> Living {
    let (mut ready, mut theirs) = std::os::unix::net::UnixStream::pair().unwrap();
    // Moved into the worker: the parent keeps no copy of its end, so that a worker that fails
    // before it is ready ends the read below.
    let pid = fork_worker(move || {
        for i in 0..keys {
            read(m, &format!("k{i}"));
        }
        std::io::Write::write_all(&mut theirs, b"+").unwrap();
        loop {
            // SAFETY: waits for a signal; nothing else.
            unsafe { libc::pause() };
        }
    });
    let worker = Living(pid);
    let mut byte = [0u8];
    std::io::Read::read_exact(&mut ready, &mut byte).expect("the worker cached its keys");
    worker
}

#[test]
fn the_near_cache_counts_living_processes_only_and_slots_of_exited_ones_are_reused() {
    // Run alone: it forks, and counts the slots of the processes it forked.
    if !common::alone(
        "the_near_cache_counts_living_processes_only_and_slots_of_exited_ones_are_reused",
    ) {
        return;
    }
    let mc = Memcached::start();
    let m = cached_module(&mc, &[("cache_ttl", "60000")]);
    // Written through: the parent caches these ten.
    for i in 0..10 {
        Pv::Mct
            .set(&m, format!("k{i}").as_bytes(), ValueRef::Int(i))
            .unwrap();
    }
    let entries = || m.report().counters.cache_entries;
    assert_eq!(entries(), 10);

    // 50 workers at once, each caching the ten keys, then gone.
    let workers: Vec<i32> = (0..50)
        .map(|_| {
            fork_worker(|| {
                for i in 0..10 {
                    read(&m, &format!("k{i}"));
                }
            })
        })
        .collect();
    for pid in workers {
        reap(pid);
    }
    let living = living_worker(&m, 4);
    assert_eq!(entries(), 10 + 4, "the parent's and the living worker's");
    drop(living);
    assert_eq!(entries(), 10);
    let misses = m.report().counters.cache_misses;
    assert!(
        misses >= 50 * 10 + 4,
        "an exited worker's misses still count: {misses}"
    );

    // 2,000 workers one after another: their slots are given back, so two living ones at the
    // end each have a slot of their own.
    for _ in 0..2000 {
        let pid = fork_worker(|| {
            read(&m, "k0");
        });
        reap(pid);
    }
    let (a, b) = (living_worker(&m, 3), living_worker(&m, 4));
    assert_eq!(
        entries(),
        10 + 3 + 4,
        "each living worker in a slot of its own"
    );
    drop((a, b));
    assert_eq!(entries(), 10);
    assert!(m.report().counters.cache_misses >= misses + 2000 + 7);
}

/// Reads `key` and checks it cost one operation; returns what it read, and how many gets
/// memcached had counted before (`cmd_get`: each `mg` counts one).
fn read_with_one_round_trip(m: &Engine, mc: &Memcached, key: &str) -> (ScriptValue, u64) {
    let gets = mc.stat("cmd_get");
    let ops = m.report().counters.operations;
    let (got, _) = read(m, key);
    assert_eq!(
        m.report().counters.operations,
        ops + 1,
        "{key}: one operation"
    );
    (got, gets)
}

#[test]
fn keys_read_near_their_expiry_are_refreshed_in_the_round_trip_of_the_next_miss() {
    let mc = Memcached::start();
    // An entry is due in the last quarter of cache_ttl: from 1.5 s to 2 s after its fill.
    let m = cached_module(&mc, &[("cache_ttl", "2000")]);
    let keys: Vec<String> = (0..10).map(|i| format!("route_{i}")).collect();
    for key in &keys {
        mc.raw_set(key, 0, b"old");
        assert_eq!(read(&m, key).1, b"old");
    }
    let filled = std::time::Instant::now();
    // Read within the first three quarters: nothing is due yet.
    mc.raw_set("cold_0", 0, b"x");
    read(&m, &keys[0]);
    let (_, gets) = read_with_one_round_trip(&m, &mc, "cold_0");
    assert_eq!(mc.stat("cmd_get"), gets + 1, "the miss's mg alone");
    assert_eq!(m.report().counters.cache_refreshes, 0);

    std::thread::sleep(Duration::from_millis(1600).saturating_sub(filled.elapsed()));
    for key in &keys {
        assert_eq!(read_cached(&m, key).1, b"old", "{key}: still live");
    }
    assert!(
        filled.elapsed() < Duration::from_millis(1950),
        "the machine was too slow for this test's timing"
    );
    // Behind the module's back: nine keys change, one goes.
    for key in &keys[..9] {
        mc.raw_set(key, 5, b"new");
    }
    mc.command(format!("delete {}\r\n", keys[9]).as_bytes(), b"\r\n");

    // The next miss carries the ten due keys in its round trip.
    mc.raw_set("cold_1", 0, b"x");
    let (got, gets) = read_with_one_round_trip(&m, &mc, "cold_1");
    assert_eq!(got, ScriptValue::Str);
    assert_eq!(mc.stat("cmd_get"), gets + 11, "the miss's mg and ten more");
    assert_eq!(m.report().counters.cache_refreshes, 10);
    for key in &keys[..9] {
        assert_eq!(
            read_cached(&m, key).1,
            b"new",
            "{key}: the refreshed value, without a round trip"
        );
    }
    assert_eq!(
        read_with_one_round_trip(&m, &mc, &keys[9]).0,
        ScriptValue::Null,
        "a key memcached no longer holds is not served from the cache"
    );
    // Refreshed entries live cache_ttl from their refresh: past the first fill's expiry, they
    // are still served.
    std::thread::sleep(Duration::from_millis(2100).saturating_sub(filled.elapsed()));
    assert_eq!(read_cached(&m, &keys[0]).1, b"new");
}

/// An engine with a 2 s `cache_ttl` whose entry for "due" was filled from `store` ("old") and
/// then read in the last quarter of its life, which marks it due; and when it was filled.
fn with_a_due_entry(store: &dyn Store) -> (Engine, std::time::Instant) {
    let m = cached_module(store, &[("cache_ttl", "2000")]);
    store.raw_set("due", 0, b"old");
    read(&m, "due");
    let filled = std::time::Instant::now();
    std::thread::sleep(Duration::from_millis(1600).saturating_sub(filled.elapsed()));
    read_cached(&m, "due");
    assert!(
        filled.elapsed() < Duration::from_millis(1950),
        "the machine was too slow for this test's timing"
    );
    (m, filled)
}

#[test]
fn a_confirmed_write_replaces_a_due_entry_and_nothing_refreshes_over_it() {
    let mc = Memcached::start();
    let (m, _) = with_a_due_entry(&mc);
    // A write of the key through the module is confirmed: the process keeps what it wrote, and
    // the key is no longer due (its entry was replaced).
    Pv::Mct.set(&m, b"due", ValueRef::Str(b"mine")).unwrap();
    mc.raw_set("cold", 0, b"x");
    read(&m, "cold");
    assert_eq!(m.report().counters.cache_refreshes, 0, "nothing due");
    assert_eq!(read_cached(&m, "due").1, b"mine");
}

#[test]
fn through_nutcracker_nothing_is_refreshed_and_every_read_is_right() {
    let Some(proxy) = Nutcracker::start() else {
        return;
    };
    let (m, filled) = with_a_due_entry(&proxy);
    proxy.raw_set("due", 0, b"new");
    proxy.raw_set("cold", 0, b"x");
    assert_eq!(read(&m, "cold").1, b"x");
    assert_eq!(
        m.report().counters.cache_refreshes,
        0,
        "no meta get through twemproxy: no pipeline"
    );
    std::thread::sleep(Duration::from_millis(2050).saturating_sub(filled.elapsed()));
    assert_eq!(read(&m, "due").1, b"new", "read again once expired");
}
