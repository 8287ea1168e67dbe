//! How cost grows (`make bench`): three curves, each row a ratio to the smallest case of the same
//! run, so that a step that grows faster than it should shows.
//!
//! 1. Servers in the list (1, 4, 16, 64): the ketama placement lookup alone (pure, no I/O), and a
//!    whole `get` against one real memcached process that listens on 64 loopback ports, each a
//!    server of its own in the list (64 memcached processes would not fit on 2 CPUs; one process
//!    on 64 ports keeps every name, continuum point and connection real, and the server side the
//!    same for every row).
//! 2. Value size (32 B to 512 KiB): `get` and `set` against a real memcached, ns/op and ns/byte;
//!    "step" is how much faster than the size the time grew since the row before (1.00: exactly
//!    as the size; more than 1.25 from 16 KiB on is flagged).
//! 3. NearCache-cache entries (1,000 to 1,000,000) with `cache_size` set to each and the cache full:
//!    a hit (random keys over the whole cache, and one hot key), next to a plain hash map holding
//!    the same entries (what memory itself costs at that size); a miss-and-fill through the engine
//!    (memcached round trip included, each fill evicting the least recently used entry) next to a
//!    round trip with the near cache off; and the fill alone (the near cache's own miss and fill,
//!    no I/O).
//!
//! memcached is pinned to CPU 0, this process to CPU 1 where the machine has two.
//! Environment (optional): BENCH_RUNS (5), CURVES_MAX_ENTRIES (1000000), CURVES (a comma list
//! of servers, values, near: only those curves).

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::HashMap;
use std::hint::black_box;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{env_usize as env, median, pin, Memcached};
use sip_memcached::client::distribution::{ketama_hash, Distribution, Member, Placement};
use sip_memcached::near::{NearCache, NearConfig};
use sip_memcached::protocol::key::WireKey;
use sip_memcached::shared::SharedRegion;
use sip_memcached::{Engine, Params, Pv, ValueRef};

const VALUE: &[u8; 32] = b"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";

/// `n` operations timed one by one: the p50 in ns.
fn p50(n: usize, mut f: impl FnMut(usize)) -> f64 {
    let mut lat = Vec::with_capacity(n);
    let mut before = Instant::now();
    for i in 0..n {
        f(i);
        let after = Instant::now();
        lat.push((after - before).as_nanos() as u64);
        before = after;
    }
    lat.sort_unstable();
    lat[n / 2] as f64
}

/// `n` operations timed together: ns per operation.
fn per_op(n: usize, mut f: impl FnMut(usize)) -> f64 {
    let start = Instant::now();
    for i in 0..n {
        f(i);
    }
    start.elapsed().as_nanos() as f64 / n as f64
}

/// The key of entry `i`: `n` and nine digits, ten bytes, made on the stack.
fn key(i: usize) -> [u8; 10] {
    let mut k = *b"n000000000";
    let mut v = i;
    for b in k[1..].iter_mut().rev() {
        *b = b'0' + (v % 10) as u8;
        v /= 10;
    }
    k
}

/// A permutation of 0..n (xorshift, fixed seed: the same order every run).
fn shuffled(n: usize) -> Vec<u32> {
    let mut v: Vec<u32> = (0..n as u32).collect();
    let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in (1..n).rev() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        v.swap(i, (s % (i as u64 + 1)) as usize);
    }
    v
}

fn engine(servers: &str, cache_size: usize) -> Engine {
    let mut p = Params::default();
    p.set("servers", servers).unwrap();
    p.set("cache_size", &cache_size.to_string()).unwrap();
    p.set("cache_memory", &(4usize << 30).to_string()).unwrap();
    p.set("cache_ttl", "3600000").unwrap();
    Engine::new(p).unwrap()
}

fn get(e: &Engine, k: &[u8], out: &mut Vec<u8>) {
    Pv::Mct.get(e, k, usize::MAX, out).unwrap();
    assert!(!out.is_empty(), "missing {}", String::from_utf8_lossy(k));
}

fn ratio_row(label: &str, cells: &[String]) {
    println!("| {label} | {} |", cells.join(" | "));
}

fn servers_curve(runs: usize) {
    const COUNTS: [usize; 4] = [1, 4, 16, 64];
    let keys: Vec<[u8; 10]> = (0..4096).map(key).collect();
    // 1. The placement lookup alone.
    let placements: Vec<Placement> = COUNTS
        .iter()
        .map(|&n| {
            let members: Vec<Member> = (0..n)
                .map(|i| Member {
                    host: "127.0.0.1".into(),
                    port: 20000 + i as u16,
                    weight: 1,
                })
                .collect();
            Placement::new(Distribution::Ketama, &members)
        })
        .collect();
    const LOOKUPS: usize = 300_000;
    let mut lookup = Rounds::new(runs, COUNTS.len());
    let mut hash = Vec::new();
    for r in 0..runs {
        for (i, p) in placements.iter().enumerate() {
            lookup.0[r][i] = per_op(LOOKUPS, |j| {
                black_box(p.primary(black_box(&keys[j % keys.len()])));
            });
        }
        hash.push(per_op(LOOKUPS, |j| {
            black_box(ketama_hash(black_box(&keys[j % keys.len()])));
        }));
    }
    let hash = median(hash);

    // 2. A whole get: one memcached on 64 ports, the first n of them in the list.
    let (mc, ports) = Memcached::start_ports(64, &[]);
    pin(mc.pid(), 0);
    let engines: Vec<Engine> = COUNTS
        .iter()
        .map(|&n| {
            let list: Vec<String> = ports[..n]
                .iter()
                .map(|p| format!("127.0.0.1:{p}"))
                .collect();
            engine(&list.join(","), 0)
        })
        .collect();
    const KEYS: usize = 1024;
    for k in &keys[..KEYS] {
        Pv::Mct.set(&engines[0], k, ValueRef::Str(VALUE)).unwrap();
    }
    let mut out = Vec::with_capacity(64);
    for e in &engines {
        for k in &keys[..KEYS] {
            get(e, k, &mut out); // opens every server's connection
        }
    }
    const GETS: usize = 5_000;
    let mut gets = Rounds::new(runs, COUNTS.len());
    for r in 0..runs {
        for j in 0..COUNTS.len() {
            let i = (j + r) % COUNTS.len(); // rotated, so that none always runs first
            gets.0[r][i] = p50(GETS, |n| get(&engines[i], &keys[(n * 7) % KEYS], &mut out));
        }
    }
    drop(engines);
    drop(mc);

    println!();
    println!(
        "Servers in the list: ketama placement lookup (pure, {LOOKUPS} lookups per round) and a \
         whole get of a 32-byte value (one memcached process on 64 loopback ports, the first n in \
         the list; p50 of {GETS} gets per round), medians of {runs} rounds, ratios within a round"
    );
    println!(
        "| servers | continuum points | lookup ns | lookup ÷ 1 server | lookup ÷ 4 servers | ring \
         search ns (lookup − key MD5) | search ÷ 4 servers | get p50 µs | get ÷ 1 server |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let search = |i: usize| (lookup.median(i) - hash).max(0.1);
    for (i, &n) in COUNTS.iter().enumerate() {
        let ketama = |text: String| if n == 1 { "–".to_string() } else { text };
        ratio_row(
            &n.to_string(),
            &[
                (if n == 1 { 0 } else { 160 * n }).to_string(),
                format!("{:.1}", lookup.median(i)),
                format!("{:.1}", lookup.ratio(i, 0)),
                ketama(format!("{:.2}", lookup.ratio(i, 1))),
                ketama(format!("{:.1}", search(i))),
                ketama(format!("{:.2}", search(i) / search(1))),
                format!("{:.1}", gets.median(i) / 1e3),
                format!("{:.2}", gets.ratio(i, 0)),
            ],
        );
    }
    println!("(the key's MD5 alone: {hash:.1} ns; one server takes no hash at all)");
}

fn value_curve(runs: usize) {
    const SIZES: [usize; 5] = [32, 1024, 16 * 1024, 128 * 1024, 512 * 1024];
    let ops = |size: usize| match size {
        0..=1024 => 4000,
        1025..=16384 => 2000,
        16385..=131072 => 600,
        _ => 200,
    };
    let mc = Memcached::start();
    pin(mc.pid(), 0);
    let e = engine(&mc.server(), 0);
    let values: Vec<Vec<u8>> = SIZES.iter().map(|&s| vec![b'v'; s]).collect();
    let keys: Vec<String> = SIZES.iter().map(|s| format!("value_{s}")).collect();
    let mut out = Vec::new();
    for (k, v) in keys.iter().zip(&values) {
        Pv::Mct.set(&e, k.as_bytes(), ValueRef::Str(v)).unwrap();
        for _ in 0..ops(v.len()) / 10 {
            get(&e, k.as_bytes(), &mut out);
        }
    }
    let (mut gets, mut sets) = (
        Rounds::new(runs, SIZES.len()),
        Rounds::new(runs, SIZES.len()),
    );
    for r in 0..runs {
        for j in 0..SIZES.len() {
            let i = (j + r) % SIZES.len();
            let (k, v) = (keys[i].as_bytes(), &values[i][..]);
            gets.0[r][i] = p50(ops(v.len()), |_| {
                get(&e, k, &mut out);
                assert_eq!(out.len(), v.len());
            });
            sets.0[r][i] = p50(ops(v.len()), |_| {
                Pv::Mct.set(&e, k, ValueRef::Str(v)).unwrap()
            });
        }
    }
    drop(e);
    drop(mc);
    println!();
    println!(
        "Value size: get and set against memcached (near cache off, one connection), p50 per op, \
         medians of {runs} rounds, ratios within a round; step = (time ÷ time of the row before) \
         ÷ (size ÷ size of the row before): 1.00 grows exactly as the size, less is sub-linear"
    );
    println!(
        "| value | get p50 µs | get ns/byte | get MB/s | get ÷ 32 B | get step | set p50 µs | set \
         ns/byte | set MB/s | set ÷ 32 B | set step |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut flagged = Vec::new();
    for (i, &size) in SIZES.iter().enumerate() {
        let mut cells = Vec::new();
        for (op, t) in [("get", &gets), ("set", &sets)] {
            let step = if i == 0 {
                "–".to_string()
            } else {
                let s = t.ratio(i, i - 1) / (size as f64 / SIZES[i - 1] as f64);
                if size >= 16 * 1024 && s > 1.25 {
                    flagged.push(format!("{op} {size} B: step {s:.2}"));
                    format!("**{s:.2} faster than size**")
                } else {
                    format!("{s:.2}")
                }
            };
            let m = t.median(i);
            cells.extend([
                format!("{:.1}", m / 1e3),
                format!("{:.2}", m / size as f64),
                format!("{:.0}", size as f64 / m * 1e3),
                format!("{:.2}", t.ratio(i, 0)),
                step,
            ]);
        }
        let label = if size >= 1024 {
            format!("{} KiB", size / 1024)
        } else {
            format!("{size} B")
        };
        ratio_row(&label, &cells);
    }
    if flagged.is_empty() {
        println!("no step from 16 KiB on grows faster than the size (step ≤ 1.25)");
    } else {
        println!("growing faster than the size: {}", flagged.join(", "));
    }
}

/// Stores keys `0..n` with 32-byte values, pipelined with `noreply` (a few seconds for a
/// million), then waits for memcached to have read them all.
fn populate(mc: &Memcached, n: usize) {
    let mut s = TcpStream::connect(mc.server()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut buf = Vec::with_capacity(1 << 20);
    for i in 0..n {
        buf.extend_from_slice(b"set ");
        buf.extend_from_slice(&key(i));
        buf.extend_from_slice(b" 1 0 32 noreply\r\n");
        buf.extend_from_slice(VALUE);
        buf.extend_from_slice(b"\r\n");
        if buf.len() > (1 << 20) - 100 {
            s.write_all(&buf).unwrap();
            buf.clear();
        }
    }
    buf.extend_from_slice(b"mn\r\n");
    s.write_all(&buf).unwrap();
    let mut reply = [0u8; 4];
    s.read_exact(&mut reply).unwrap();
    assert_eq!(&reply, b"MN\r\n");
}

/// Per-round measurements: `[round][case]`.
struct Rounds(Vec<Vec<f64>>);

impl Rounds {
    fn new(runs: usize, cases: usize) -> Rounds {
        Rounds(vec![vec![0.0; cases]; runs])
    }

    fn median(&self, i: usize) -> f64 {
        median(self.0.iter().map(|r| r[i]).collect())
    }

    /// The median over the rounds of case `i` ÷ case `base` in the same round.
    fn ratio(&self, i: usize, base: usize) -> f64 {
        median(self.0.iter().map(|r| r[i] / r[base]).collect())
    }

    /// The median over the rounds of `self[i] ÷ other[i]` in the same round.
    fn over(&self, other: &Rounds, i: usize) -> f64 {
        median(
            self.0
                .iter()
                .zip(&other.0)
                .map(|(a, b)| a[i] / b[i])
                .collect(),
        )
    }
}

/// The near cache by itself, as the engine drives it: a lookup that misses, then the fill.
fn near_miss_and_fill(near: &NearCache, i: usize, out: &mut Vec<u8>) {
    let k = key(i);
    let wk = WireKey::from_script_key(&k).unwrap();
    match near.lookup(&wk, out) {
        Err(token) => near.fill(&wk, token, Some((1, VALUE, -1))),
        Ok(_) => panic!("a hit for a new key"),
    }
}

fn near_curve(runs: usize) {
    let max = env("CURVES_MAX_ENTRIES", 1_000_000);
    let sizes: Vec<usize> = [1_000, 10_000, 100_000, 1_000_000]
        .into_iter()
        .filter(|&n| n <= max)
        .collect();
    const MISSES: usize = 1_000;
    const HITS: usize = 200_000;
    const FILLS: usize = 50_000;
    let largest = *sizes.last().unwrap();
    let mc = Memcached::start_tcp("127.0.0.1", &["-m", "1024"]);
    pin(mc.pid(), 0);
    populate(&mc, largest + runs * MISSES);
    let plain = engine(&mc.server(), 0);
    let mut out = Vec::with_capacity(64);

    // Every size's engine, filled, and a plain map with the same entries: all alive at once, so
    // that each round measures every size (rotated) and ratios are taken within a round.
    let engines: Vec<Engine> = sizes
        .iter()
        .map(|&n| {
            let e = engine(&mc.server(), n);
            // Four threads (on this one CPU) overlap their round trips.
            std::thread::scope(|s| {
                let threads = env("CURVES_FILL_THREADS", 4);
                for t in 0..threads {
                    let e = &e;
                    s.spawn(move || {
                        let mut out = Vec::with_capacity(64);
                        for i in (t..n).step_by(threads) {
                            get(e, &key(i), &mut out);
                        }
                    });
                }
            });
            assert_eq!(
                e.report().counters.cache_entries,
                n as u64,
                "the cache is full"
            );
            per_op(HITS / 10, |j| get(&e, &key(j % n), &mut out)); // warm up
            e
        })
        .collect();
    let orders: Vec<Vec<u32>> = sizes.iter().map(|&n| shuffled(n)).collect();
    let maps: Vec<HashMap<Vec<u8>, Vec<u8>, foldhash::fast::RandomState>> = sizes
        .iter()
        .map(|&n| (0..n).map(|i| (key(i).to_vec(), VALUE.to_vec())).collect())
        .collect();
    let cases = sizes.len();
    let (mut random, mut hot, mut map_random) = (
        Rounds::new(runs, cases),
        Rounds::new(runs, cases),
        Rounds::new(runs, cases),
    );
    let (mut miss_fill, mut round_trip) = (Rounds::new(runs, cases), Rounds::new(runs, cases));
    for r in 0..runs {
        for j in 0..cases {
            let i = (j + r) % cases;
            let (n, e, order) = (sizes[i], &engines[i], &orders[i]);
            let at = |j: usize| key(order[(j + r * 7919) % n] as usize);
            random.0[r][i] = per_op(HITS, |j| get(e, &at(j), &mut out));
            let k = key(n / 2);
            hot.0[r][i] = per_op(HITS, |_| get(e, &k, &mut out));
            map_random.0[r][i] = per_op(HITS, |j| {
                out.clear();
                out.extend_from_slice(maps[i].get(&at(j)[..]).unwrap());
                black_box(&out);
            });
        }
    }
    for e in &engines {
        assert_eq!(
            e.report().counters.cache_misses,
            e.report().counters.cache_entries,
            "every read a hit"
        );
    }
    drop(maps);
    // Then the misses (after the hits: the fills evict entries the hits would miss): keys
    // memcached has and the cache does not, new ones each round; every fill evicts the least
    // recently used entry.
    for r in 0..runs {
        for j in 0..cases {
            let i = (j + r) % cases;
            let (n, e) = (sizes[i], &engines[i]);
            let before = e.report().counters;
            let first = n + r * MISSES;
            miss_fill.0[r][i] = p50(MISSES, |j| get(e, &key(first + j), &mut out));
            let after = e.report().counters;
            assert_eq!(after.cache_misses - before.cache_misses, MISSES as u64);
            assert_eq!(
                after.cache_evictions - before.cache_evictions,
                MISSES as u64,
                "every fill evicted one entry"
            );
            round_trip.0[r][i] = p50(MISSES, |j| get(&plain, &key(first + j), &mut out));
        }
    }
    drop(engines);

    // The near cache alone, filled with keys 0..n.
    let nears: Vec<NearCache> = sizes
        .iter()
        .map(|&n| {
            let config = NearConfig {
                entries: n,
                bytes: 4 << 30,
                ttl: Duration::from_secs(3600),
                negative: false,
                stale_on_error: Duration::ZERO,
                check_every: None,
            };
            let near = NearCache::new(&config, Arc::new(SharedRegion::new().unwrap())).unwrap();
            for i in 0..n {
                near_miss_and_fill(&near, i, &mut out);
            }
            near
        })
        .collect();
    // Hits first: each cache holds exactly keys 0..n until the fills below evict some.
    let mut hit_alone = Rounds::new(runs, cases);
    for r in 0..runs {
        for j in 0..cases {
            let i = (j + r) % cases;
            let (n, order) = (sizes[i], &orders[i]);
            hit_alone.0[r][i] = per_op(HITS, |j| {
                let k = key(order[(j + r * 7919) % n] as usize);
                let wk = WireKey::from_script_key(&k).unwrap();
                assert!(
                    nears[i].lookup(&wk, &mut out).is_ok(),
                    "a cached key missed"
                );
            });
        }
    }
    let mut fill_alone = Rounds::new(runs, cases);
    let mut next: Vec<usize> = sizes.clone();
    for r in 0..runs {
        for j in 0..cases {
            let i = (j + r) % cases;
            fill_alone.0[r][i] = per_op(FILLS, |_| {
                near_miss_and_fill(&nears[i], next[i], &mut out);
                next[i] += 1;
            });
        }
    }
    drop(nears);
    drop(plain);
    drop(mc);

    println!();
    println!(
        "NearCache-cache entries (cache_size = entries, the cache full, 10-byte keys, 32-byte values), \
         every size in every round, medians of {runs} rounds, ratios within a round: engine get \
         hits ({HITS} per round, random keys over the whole cache, and one hot key) next to a \
         plain hash map holding the same entries (random keys: what memory costs at that size); \
         miss-and-fill through the engine ({MISSES} new keys per round, p50, each fill evicting \
         one entry) and a round trip with the near cache off; the near cache alone (a random \
         hit, and a lookup miss + fill evicting one entry, {FILLS} per round)"
    );
    println!(
        "| entries | hit, random ns | ÷ 1,000 | hit ÷ hash map | hit, hot key ns | ÷ 1,000 | \
         miss-and-fill p50 µs | ÷ 1,000 | round trip p50 µs | near hit alone ns | ÷ 1,000 | \
         fill alone ns | ÷ 1,000 |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (i, &n) in sizes.iter().enumerate() {
        ratio_row(
            &n.to_string(),
            &[
                format!("{:.0}", random.median(i)),
                format!("{:.2}", random.ratio(i, 0)),
                format!("{:.2}", random.over(&map_random, i)),
                format!("{:.0}", hot.median(i)),
                format!("{:.2}", hot.ratio(i, 0)),
                format!("{:.1}", miss_fill.median(i) / 1e3),
                format!("{:.2}", miss_fill.ratio(i, 0)),
                format!("{:.1}", round_trip.median(i) / 1e3),
                format!("{:.0}", hit_alone.median(i)),
                format!("{:.2}", hit_alone.ratio(i, 0)),
                format!("{:.0}", fill_alone.median(i)),
                format!("{:.2}", fill_alone.ratio(i, 0)),
            ],
        );
    }
}

fn main() {
    let runs = env("BENCH_RUNS", 5);
    pin(0, 1);
    let start = Instant::now();
    let only = std::env::var("CURVES").unwrap_or_default();
    let wanted = |name: &str| only.is_empty() || only.split(',').any(|c| c == name);
    if wanted("servers") {
        servers_curve(runs);
    }
    if wanted("values") {
        value_curve(runs);
    }
    if wanted("near") {
        near_curve(runs);
    }
    println!(
        "(curves measured in {:.0} s)",
        start.elapsed().as_secs_f64()
    );
}
