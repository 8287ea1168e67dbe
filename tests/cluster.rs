//! One reload for the whole cluster (`cluster`, `cluster_check_interval`): several proxy nodes on
//! one memcached, a reload on one, and every process of every node stops serving what it cached
//! before it within an interval and a round trip.
//!
//! First with engines standing in for nodes (each `Engine` has its own shared region, as two
//! hosts on two machines have): the bound measured, memcached frozen during a look, the epoch
//! item deleted, set back, lost in a restart; a hit between looks counted with strace (no system
//! call). Then real hosts: two Kamailio nodes of each supported release (`release_suites!`,
//! `v5_6::…`: the Makefile runs them with the other release suites) and one OpenSIPS 3.6 on one
//! memcached, a reload over RPC on one Kamailio, the new value served by the others within the
//! bound, measured and printed.

mod common;
#[path = "common/syscalls.rs"]
mod syscalls;

use std::time::{Duration, Instant};

use common::kamailio::{Kamailio, KamailioHost};
use common::opensips::{config_for, Opensips, OpensipsHost};
use common::Memcached;
use sip_memcached::engine::cluster::Look;
use sip_memcached::{Engine, Params};

/// The interval the tests run with: short, and far below their cache_ttl (60 s), so that only a
/// look can explain a new value.
const INTERVAL_MS: u64 = 200;

fn node(mc: &Memcached, extra: &[(&str, &str)]) -> Engine {
    let mut p = Params::default();
    p.set("servers", &mc.server()).unwrap();
    p.set("timeout", "300").unwrap();
    p.set("cache_size", "100").unwrap();
    p.set("cache_ttl", "60000").unwrap();
    p.set("cluster", "edge").unwrap();
    p.set("cluster_check_interval", &INTERVAL_MS.to_string())
        .unwrap();
    for (k, v) in extra {
        p.set(k, v).unwrap();
    }
    Engine::new(p).unwrap()
}

fn read(m: &Engine, key: &str) -> Option<String> {
    let mut out = Vec::new();
    m.get(key.as_bytes(), usize::MAX, &mut out)
        .unwrap()
        .map(|_| String::from_utf8(out).unwrap())
}

/// Memcached operations of a node so far.
fn operations(m: &Engine) -> u64 {
    m.report().counters.operations
}

const EPOCH: &str = "sipmc:cluster:edge:epoch";

/// Reads `key` on `m` until it is `want`, at most `within`; how long that took.
fn until_served(m: &Engine, key: &str, want: &str, within: Duration) -> Option<Duration> {
    let start = Instant::now();
    while start.elapsed() < within {
        if read(m, key).as_deref() == Some(want) {
            return Some(start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    None
}

#[test]
fn a_reload_on_one_node_reaches_the_other_within_an_interval_and_a_round_trip() {
    let mc = Memcached::start();
    let (a, b) = (node(&mc, &[]), node(&mc, &[]));
    mc.raw_set("route", 0, b"gateway-a");
    assert_eq!(read(&a, "route").as_deref(), Some("gateway-a"));
    assert_eq!(read(&b, "route").as_deref(), Some("gateway-a"));
    // The operator changes the data in memcached: both nodes still serve their cached value,
    // looks included (the epoch did not move).
    mc.raw_set("route", 0, b"gateway-b");
    std::thread::sleep(Duration::from_millis(2 * INTERVAL_MS + 50));
    assert_eq!(read(&b, "route").as_deref(), Some("gateway-a"));
    assert_eq!(read(&a, "route").as_deref(), Some("gateway-a"));
    // A reload on A: A's own processes at once, B within an interval and a round trip.
    a.reload();
    let reloaded = Instant::now();
    assert_eq!(read(&a, "route").as_deref(), Some("gateway-b"));
    let seen = until_served(&b, "route", "gateway-b", Duration::from_secs(10))
        .expect("node B never served the new value");
    let since_reload = reloaded.elapsed().min(seen);
    println!(
        "node B served the new value {} ms after the reload on node A (bound: interval {} ms \
         and a round trip)",
        since_reload.as_millis(),
        INTERVAL_MS
    );
    assert!(
        since_reload < Duration::from_millis(3 * INTERVAL_MS),
        "{since_reload:?}"
    );
    // The item is memcached's own: a counter, never expiring.
    let (flags, ttl, value) = mc.meta(EPOCH).expect("the epoch item is there");
    assert_eq!((flags, ttl), (0, -1));
    assert!(
        String::from_utf8(value).unwrap().parse::<u64>().is_ok(),
        "a number"
    );
    // Every reload moves it, wherever it runs.
    b.reload();
    let after = mc.meta(EPOCH).unwrap().2;
    a.reload();
    let later: u64 = String::from_utf8(mc.meta(EPOCH).unwrap().2)
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        later,
        String::from_utf8(after).unwrap().parse::<u64>().unwrap() + 1
    );
}

#[test]
fn between_looks_a_read_asks_memcached_nothing() {
    let mc = Memcached::start();
    let b = node(&mc, &[("cluster_check_interval", "60000")]);
    mc.raw_set("k", 0, b"v");
    assert_eq!(read(&b, "k").as_deref(), Some("v")); // the first look, and the fill
    let before = operations(&b);
    for _ in 0..1000 {
        assert_eq!(read(&b, "k").as_deref(), Some("v"));
    }
    assert_eq!(operations(&b), before, "no look within the interval");
    assert_eq!(b.cluster_look(Instant::now()), Look::NotDue);
}

#[test]
fn a_frozen_memcached_costs_a_look_at_most_timeout_and_the_node_keeps_serving() {
    let mc = Memcached::start();
    let b = node(&mc, &[]);
    mc.raw_set("k", 0, b"v");
    assert_eq!(read(&b, "k").as_deref(), Some("v"));
    mc.freeze();
    std::thread::sleep(Duration::from_millis(INTERVAL_MS + 20));
    // The look is due: it fails within timeout (300 ms), and the cached value is served.
    let ops = operations(&b);
    let start = Instant::now();
    assert_eq!(read(&b, "k").as_deref(), Some("v"));
    let look = start.elapsed();
    println!(
        "a look at a frozen memcached took {} ms (timeout 300 ms)",
        look.as_millis()
    );
    assert!(look < Duration::from_millis(900), "{look:?}");
    assert_eq!(operations(&b), ops + 1, "the look was made, once");
    assert!(b.report().counters.timeouts >= 1);
    // Not tried again before the next interval: reads meanwhile are hits.
    for _ in 0..100 {
        assert_eq!(read(&b, "k").as_deref(), Some("v"));
    }
    assert_eq!(operations(&b), ops + 1, "no look before the next interval");
    // Retried at the next interval, and still the cache is served.
    std::thread::sleep(Duration::from_millis(INTERVAL_MS + 20));
    assert_eq!(b.cluster_look(Instant::now()), Look::Failed);
    assert_eq!(operations(&b), ops + 2, "retried at the next interval");
    assert_eq!(read(&b, "k").as_deref(), Some("v"));
    // memcached back: the next look succeeds; nothing moved, so the cache stays.
    mc.signal(libc::SIGCONT);
    std::thread::sleep(Duration::from_millis(INTERVAL_MS + 20));
    let look = b.cluster_look(Instant::now());
    assert_eq!(
        look,
        Look::Same,
        "the epoch did not move while memcached was frozen"
    );
    assert_eq!(read(&b, "k").as_deref(), Some("v"));
}

#[test]
fn a_reload_while_memcached_is_frozen_is_still_done_on_its_own_node() {
    let mc = Memcached::start();
    let a = node(&mc, &[]);
    mc.raw_set("k", 0, b"old");
    assert_eq!(read(&a, "k").as_deref(), Some("old"));
    mc.freeze();
    let start = Instant::now();
    a.reload();
    let took = start.elapsed();
    println!(
        "a reload whose bump met a frozen memcached returned after {} ms (timeout 300 ms)",
        took.as_millis()
    );
    assert!(took < Duration::from_millis(900), "{took:?}");
    mc.signal(libc::SIGCONT);
    mc.raw_set("k", 0, b"new");
    assert_eq!(
        read(&a, "k").as_deref(),
        Some("new"),
        "its own cache was emptied"
    );
}

#[test]
fn a_deleted_epoch_item_empties_every_node_s_cache() {
    let mc = Memcached::start();
    let (a, b) = (node(&mc, &[]), node(&mc, &[]));
    a.reload(); // the item exists
    mc.raw_set("k", 0, b"old");
    assert_eq!(read(&b, "k").as_deref(), Some("old"));
    mc.raw_set("k", 0, b"new");
    assert_eq!(
        mc.command(format!("delete {EPOCH}\r\n").as_bytes(), b"\r\n"),
        b"DELETED\r\n"
    );
    let seen =
        until_served(&b, "k", "new", Duration::from_secs(10)).expect("a missing epoch is a move");
    println!(
        "deleted epoch: new value served after {} ms",
        seen.as_millis()
    );
    assert!(seen < Duration::from_millis(3 * INTERVAL_MS), "{seen:?}");
    // Missing stays missing: no move, the cache is kept.
    mc.raw_set("k", 0, b"newer");
    std::thread::sleep(Duration::from_millis(INTERVAL_MS + 20));
    assert_eq!(read(&b, "k").as_deref(), Some("new"));
    // The next reload makes the item again: a move too.
    a.reload();
    assert!(mc.meta(EPOCH).is_some());
    assert!(until_served(&b, "k", "newer", Duration::from_secs(10)).is_some());
}

#[test]
fn an_epoch_item_set_back_to_an_older_value_is_a_move_too() {
    let mc = Memcached::start();
    let (a, b) = (node(&mc, &[]), node(&mc, &[]));
    a.reload();
    let old_epoch = mc.meta(EPOCH).unwrap().2;
    a.reload();
    mc.raw_set("k", 0, b"old");
    assert_eq!(read(&b, "k").as_deref(), Some("old"));
    mc.raw_set("k", 0, b"new");
    mc.raw_set(EPOCH, 0, &old_epoch);
    assert!(
        until_served(&b, "k", "new", Duration::from_secs(10)).is_some(),
        "a value different from the last seen, even an older one, is a move"
    );
}

#[test]
fn an_epoch_item_lost_with_a_memcached_restart_empties_the_caches_without_a_reload() {
    let mut mc = Memcached::start();
    let (a, b) = (node(&mc, &[]), node(&mc, &[]));
    a.reload();
    mc.raw_set("k", 0, b"old");
    assert_eq!(read(&b, "k").as_deref(), Some("old"));
    // memcached loses everything, the epoch item as an eviction would; the data is loaded again.
    mc.kill();
    mc.restart();
    mc.raw_set("k", 0, b"reloaded");
    let seen = until_served(&b, "k", "reloaded", Duration::from_secs(10))
        .expect("the item gone is a move");
    println!("restart: new value served after {} ms", seen.as_millis());
}

#[test]
fn a_hit_between_looks_makes_no_system_call() {
    let mc = Memcached::start();
    let b = node(&mc, &[("cluster_check_interval", "60000")]);
    mc.raw_set("k", 0, b"v");
    let mut out = Vec::with_capacity(64);
    b.get(b"k", usize::MAX, &mut out).unwrap(); // the first look, and the fill
                                                // The counters are read outside the count: reading them looks at which processes live
                                                // (/proc), which a hit never does.
    let before = b.report().counters.cache_hits;
    let ((), calls, summary) = syscalls::count(|| {
        let mut out = Vec::with_capacity(64);
        for _ in 0..100_000 {
            b.get(b"k", usize::MAX, &mut out).unwrap();
        }
    });
    assert_eq!(b.report().counters.cache_hits - before, 100_000);
    assert_eq!(calls, 0, "100000 hits with the cluster on:\n{summary}");
    // Looks are counted: the counting does see calls when there are some.
    let c = node(&mc, &[("cluster_check_interval", "10")]);
    c.get(b"k", usize::MAX, &mut out).unwrap();
    let (looks, calls, summary) = syscalls::count(|| {
        let mut looks = 0;
        let start = Instant::now();
        while start.elapsed() < Duration::from_millis(300) {
            if c.cluster_look(Instant::now()) != Look::NotDue {
                looks += 1;
            }
        }
        looks
    });
    println!(
        "{looks} looks made {calls} system calls ({:.1} per look)",
        calls as f64 / looks as f64
    );
    assert!(looks >= 1 && calls >= looks, "{looks} looks:\n{summary}");
}

/// The near cache on, 60 s, and the cluster, for every host's config.
fn cluster_params(module: &str) -> String {
    [
        ("cache_size", "1000"),
        ("cache_ttl", "60000"),
        ("cluster", "\"edge\""),
        ("cluster_check_interval", &INTERVAL_MS.to_string()),
    ]
    .iter()
    .map(|(name, value)| format!("modparam(\"{module}\", \"{name}\", {value})\n"))
    .collect()
}

/// What a read on a node serves, and which process served it.
type Served = (String, String);

fn kamailio_read(k: &Kamailio) -> Served {
    let r = k.request("get", &[("X-Key", "route")]);
    (r.header("X-Get").to_string(), r.header("X-Pid").to_string())
}

fn opensips_read(o: &Opensips) -> Served {
    let r = o.request("fetch", &[("X-Key", "route")]);
    (r.header("X-Val").to_string(), r.header("X-Pid").to_string())
}

/// Reads every node in turn until every process of each (at least `workers` per node) served
/// `want`; for each node, how long after `since` the last read that served anything else was
/// answered.
fn until_every_worker_serves(
    nodes: &[(&str, &dyn Fn() -> Served)],
    want: &str,
    workers: usize,
    since: Instant,
) -> Vec<Duration> {
    let mut last_other = vec![Duration::ZERO; nodes.len()];
    let mut pids = vec![std::collections::BTreeMap::<String, bool>::new(); nodes.len()];
    let done = |pids: &std::collections::BTreeMap<String, bool>| {
        pids.len() >= workers && pids.values().all(|&fresh| fresh)
    };
    while since.elapsed() < Duration::from_secs(20) {
        for (i, (_, read)) in nodes.iter().enumerate() {
            if done(&pids[i]) {
                continue;
            }
            let (value, pid) = read();
            let fresh = value == want;
            if !fresh {
                last_other[i] = since.elapsed();
            }
            pids[i].insert(pid, fresh);
        }
        if pids.iter().all(done) {
            return last_other;
        }
    }
    panic!("not every worker served {want}: {pids:?}");
}

fn two_kamailio_nodes_and_an_opensips_see_a_reload_on_one_of_them(kh: &KamailioHost) {
    let Some(oh) = OpensipsHost::load("3.6") else {
        return;
    };
    let mc = Memcached::start();
    let k_params = cluster_params("memcached");
    let k1 = Kamailio::start(kh, "cluster-1", &kh.our_module(), &mc.server(), &k_params);
    let k2 = Kamailio::start(kh, "cluster-2", &kh.our_module(), &mc.server(), &k_params);
    let cfg = config_for(
        &common::library(),
        &mc.server(),
        &mc.server(),
        &cluster_params("cachedb_memcached"),
    );
    let o = Opensips::start(&oh, "cluster", &cfg);
    // Flags 1: a string for Kamailio's pseudo-variables (the stock convention).
    mc.raw_set("route", 1, b"gateway-a");
    let old = "gateway-a".to_string();
    let reads: [(&str, &dyn Fn() -> Served); 3] = [
        ("kamailio 1", &|| kamailio_read(&k1)),
        ("kamailio 2", &|| kamailio_read(&k2)),
        ("opensips", &|| opensips_read(&o)),
    ];
    // Every SIP worker (2 per node) caches the old value.
    until_every_worker_serves(&reads, &old, 2, Instant::now());
    mc.raw_set("route", 1, b"gateway-b");
    std::thread::sleep(Duration::from_millis(2 * INTERVAL_MS));
    for (name, read) in &reads {
        for _ in 0..6 {
            assert_eq!(read().0, old, "{name} serves its near cache until a reload");
        }
    }
    let reply = k1.kamcmd(&["memcached.reload"]);
    assert_eq!(reply.trim(), "ok", "{reply}");
    let reloaded = Instant::now();
    let last_old = until_every_worker_serves(&reads[1..], "gateway-b", 2, reloaded);
    for ((name, _), last_old) in reads[1..].iter().zip(last_old) {
        println!(
            "{name}: the old value last served {} ms after the reload on kamailio 1 returned \
             (bound: interval {INTERVAL_MS} ms and a round trip)",
            last_old.as_millis()
        );
        assert!(
            last_old < Duration::from_millis(3 * INTERVAL_MS),
            "{name}: {last_old:?}"
        );
    }
    assert_eq!(
        reads[0].1().0,
        "gateway-b",
        "the node that reloaded, at once"
    );
    let log = k1.log_text();
    assert!(
        log.contains("cluster edge: a reload bumps the epoch item"),
        "{log}"
    );
    assert!(log.contains("reload: cluster edge epoch now"), "{log}");
}

release_suites! {
    two_kamailio_nodes_and_an_opensips_see_a_reload_on_one_of_them
}
