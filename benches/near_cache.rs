//! `make bench`: the cost of a `$mct` read through the C API, as a host makes it: a near-cache hit
//! next to a memcached round trip, measured in the same run (memcached started by the Makefile on
//! a free loopback port, given in MC_SERVER; client and server pinned to different CPUs).
//! Prints medians of several runs and their ratio. Then the cluster's cost (`cluster`): a hit with
//! it on, next to one with it off; one look at the epoch item, in nanoseconds and in system calls
//! (strace attached to the looking thread); and the system calls of hits between looks (none).

#[path = "../tests/common/syscalls.rs"]
mod syscalls;

use std::ffi::{c_char, CString};
use std::time::{Duration, Instant};

use sip_memcached::ffi::{
    sipmc_destroy, sipmc_last_error, sipmc_mod_init, sipmc_param_set, sipmc_pv_get, sipmc_pv_set,
    sipmc_value, SIPMC_STR,
};

const RUNS: usize = 7;

fn param(name: &str, value: &str) {
    let (n, v) = (CString::new(name).unwrap(), CString::new(value).unwrap());
    // SAFETY: two NUL-terminated strings that live for the call.
    let rc = unsafe { sipmc_param_set(n.as_ptr(), v.as_ptr()) };
    assert_eq!(rc, 0, "{name}");
}

fn init(server: &str, cache_size: &str) {
    sipmc_destroy();
    param("servers", server);
    param("cache_size", cache_size);
    param("cache_ttl", "3600000");
    assert_eq!(sipmc_mod_init(), 0);
    let value = [b'v'; 32];
    let v = sipmc_value {
        r#type: SIPMC_STR,
        n: 0,
        s: value.as_ptr().cast::<c_char>(),
        len: value.len(),
    };
    // SAFETY: valid pv name, key and value for the call.
    let rc = unsafe { sipmc_pv_set(c"mct".as_ptr(), c"bench".as_ptr(), 5, &v) };
    assert_eq!(rc, 0);
}

/// Nanoseconds per read: the median of RUNS runs of `reads` reads each.
fn ns_per_read(reads: u32) -> f64 {
    let mut out = sipmc_value {
        r#type: 0,
        n: 0,
        s: std::ptr::null(),
        len: 0,
    };
    let mut samples: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..reads {
                // SAFETY: valid pv name, key and out pointer.
                let rc = unsafe { sipmc_pv_get(c"mct".as_ptr(), c"bench".as_ptr(), 5, &mut out) };
                if rc != 0 || out.len != 32 {
                    // SAFETY: the library's own message.
                    let why = unsafe { std::ffi::CStr::from_ptr(sipmc_last_error()) };
                    panic!("read failed: {rc} {why:?}");
                }
            }
            start.elapsed().as_nanos() as f64 / f64::from(reads)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[RUNS / 2]
}

/// The module core, near cache on, with `extra` parameters, the bench key read once (filled).
fn core_engine(server: &str, extra: &[(&str, &str)]) -> sip_memcached::Engine {
    let mut p = sip_memcached::Params::default();
    p.set("servers", server).unwrap();
    p.set("cache_size", "1000").unwrap();
    p.set("cache_ttl", "3600000").unwrap();
    for (name, value) in extra {
        p.set(name, value).unwrap();
    }
    let m = sip_memcached::Engine::new(p).unwrap();
    let mut out = Vec::with_capacity(64);
    sip_memcached::Pv::Mct
        .get(&m, b"bench", usize::MAX, &mut out)
        .unwrap();
    m
}

/// The same hit, calling the module core directly: what the C API adds is the difference.
fn core_ns_per_hit(m: &sip_memcached::Engine) -> f64 {
    let mut out = Vec::with_capacity(64);
    let reads = 2_000_000u32;
    let mut samples: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..reads {
                sip_memcached::Pv::Mct
                    .get(m, b"bench", usize::MAX, &mut out)
                    .unwrap();
            }
            start.elapsed().as_nanos() as f64 / f64::from(reads)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[RUNS / 2]
}

/// What the cluster costs a process (see `engine::cluster`).
struct ClusterCost {
    /// A hit with the cluster on, between looks.
    hit_ns: f64,
    /// One look: a `get` of the epoch item.
    look_ns: f64,
    looks: u64,
    look_calls: u64,
    /// The system calls of `hits` hits between looks.
    hits: u64,
    hit_calls: u64,
}

fn cluster_cost(server: &str) -> ClusterCost {
    use sip_memcached::engine::cluster::Look;
    let cluster = [("cluster", "bench"), ("cluster_check_interval", "3600000")];
    let m = core_engine(server, &cluster);
    let hit_ns = core_ns_per_hit(&m);
    let hits = 2_000_000u64;
    let (_, hit_calls, _) = syscalls::count(|| {
        let mut out = Vec::with_capacity(64);
        for _ in 0..hits {
            sip_memcached::Pv::Mct
                .get(&m, b"bench", usize::MAX, &mut out)
                .unwrap();
        }
    });
    // Looks as a busy process makes them: hits, and one look per interval (10 ms, the
    // shortest) when the read finds it due.
    let m = core_engine(server, &[cluster[0], ("cluster_check_interval", "10")]);
    let mut out = Vec::with_capacity(64);
    let mut look = || loop {
        let start = Instant::now();
        let look = m.cluster_look(start);
        if look != Look::NotDue {
            assert!(matches!(look, Look::Same | Look::Moved), "{look:?}");
            return start.elapsed().as_nanos() as f64;
        }
        sip_memcached::Pv::Mct
            .get(&m, b"bench", usize::MAX, &mut out)
            .unwrap();
    };
    let mut samples: Vec<f64> = (0..200).map(|_| look()).collect();
    samples.sort_by(f64::total_cmp);
    let look_ns = samples[samples.len() / 2];
    let (looks, look_calls, _) = syscalls::count(|| {
        let start = Instant::now();
        let mut looks = 0;
        while start.elapsed() < Duration::from_secs(1) {
            look();
            looks += 1;
        }
        looks
    });
    ClusterCost {
        hit_ns,
        look_ns,
        looks,
        look_calls,
        hits,
        hit_calls,
    }
}

fn main() {
    let server = std::env::var("MC_SERVER").expect("MC_SERVER=host:port (make bench sets it)");
    init(&server, "0");
    ns_per_read(2_000); // warm up the connection
    let round_trip = ns_per_read(20_000);
    init(&server, "1000");
    ns_per_read(1_000); // the first read fills the cache
    let hit = ns_per_read(2_000_000);
    sipmc_destroy();
    let core_hit = core_ns_per_hit(&core_engine(&server, &[]));
    let cluster = cluster_cost(&server);
    println!();
    println!("$mct read through the C API, 32-byte value, median of {RUNS} runs");
    println!("| read | ns per read | reads/s |");
    println!("|---|---:|---:|");
    println!(
        "| memcached round trip (near cache off) | {round_trip:.0} | {:.0} |",
        1e9 / round_trip
    );
    println!("| near-cache hit | {hit:.1} | {:.0} |", 1e9 / hit);
    println!("| ratio round trip / hit | {:.0}x | |", round_trip / hit);
    println!(
        "| near-cache hit in the Rust core (no C API) | {core_hit:.1} | {:.0} |",
        1e9 / core_hit
    );
    println!(
        "near-cache hit goal: under 200 ns: {}",
        if hit < 200.0 { "met" } else { "NOT met" }
    );
    println!();
    println!("cluster (`cluster` set): the near-cache hit in the Rust core, and the look at the epoch item");
    println!("| what | ns | system calls |");
    println!("|---|---:|---:|");
    println!("| near-cache hit, cluster off | {core_hit:.1} | |");
    println!(
        "| near-cache hit, cluster on, between looks | {:.1} | {} in {} hits |",
        cluster.hit_ns, cluster.hit_calls, cluster.hits
    );
    println!(
        "| one look (a get of the epoch item), per process per interval | {:.0} | {:.1} ({} in {} looks) |",
        cluster.look_ns,
        cluster.look_calls as f64 / cluster.looks.max(1) as f64,
        cluster.look_calls,
        cluster.looks
    );
    println!(
        "| share of one core a process spends looking at the default interval (1000 ms) | {:.4}% | |",
        cluster.look_ns / 1e9 * 100.0
    );
    println!(
        "a look is a round trip to a memcached idle since the last one (10 ms): the server's \
         wake-up is part of it, hence more than the back-to-back round trip above ({round_trip:.0} ns)"
    );
    println!(
        "a hit with the cluster on makes no system call: {}",
        if cluster.hit_calls == 0 {
            "met"
        } else {
            "NOT met"
        }
    );
}
