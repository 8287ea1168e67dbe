//! Client comparison, row (c): this module's Rust core (`sip_memcached::Engine`, near cache off)
//! doing sequential `get`, `set` and `incr` of a 32-byte value over one connection, timed per
//! operation exactly as the C programs in `benches/c/` time theirs (see `bench_common.h`).
//! `scripts/bench_clients.sh` (`make bench`) runs it interleaved with the raw-socket floor,
//! libmemcached and the C API, and prints the table.
//!
//! `BENCH HOST:PORT get,set,incr N WARMUP`: one run, one `RESULT ...` line per operation (what the
//! driver uses). Without those arguments (`cargo bench --bench clients`, MC_SERVER set): five runs
//! of 20,000 of each, with their medians.

use std::time::Instant;

use sip_memcached::{Engine, Params, Pv, ValueRef};

const KEY: &[u8] = b"bench_val";
const COUNTER: &[u8] = b"bench_ctr";
const VALUE: &[u8; 32] = b"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";

struct Outcome {
    op: &'static str,
    ops_per_s: f64,
    p50_ns: u64,
    p99_ns: u64,
}

/// CPU time of this process (user + system), as the C programs read it.
fn cpu_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid clock id and a writable timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// `warmup` untimed operations, then `n` timed one by one (one clock read per operation: the end
/// of one is the start of the next); prints the RESULT line.
fn run(op: &'static str, n: usize, warmup: usize, mut f: impl FnMut()) -> Outcome {
    for _ in 0..warmup {
        f();
    }
    let mut lat: Vec<u64> = Vec::with_capacity(n);
    let cpu_start = cpu_ns();
    let start = Instant::now();
    let mut before = start;
    for _ in 0..n {
        f();
        let after = Instant::now();
        lat.push((after - before).as_nanos() as u64);
        before = after;
    }
    let total = (before - start).as_nanos() as u64;
    let cpu = cpu_ns() - cpu_start;
    lat.sort_unstable();
    let o = Outcome {
        op,
        ops_per_s: n as f64 * 1e9 / total as f64,
        p50_ns: lat[n / 2],
        p99_ns: lat[n * 99 / 100],
    };
    println!(
        "RESULT client=rust op={op} n={n} ns={total} ops_per_s={:.1} p50_ns={} p99_ns={} \
         cpu_ns_per_op={}",
        o.ops_per_s,
        o.p50_ns,
        o.p99_ns,
        cpu / n as u64
    );
    o
}

fn module(server: &str) -> Engine {
    let mut p = Params::default();
    p.set("servers", server).expect("servers");
    p.set("cache_size", "0").expect("cache_size");
    let m = Engine::new(p).expect("Engine::new");
    Pv::Mct
        .set(&m, KEY, ValueRef::Str(VALUE))
        .expect("storing the value");
    Pv::Mct
        .set(&m, COUNTER, ValueRef::Int(0))
        .expect("storing the counter");
    m
}

fn run_all(m: &Engine, ops: &str, n: usize, warmup: usize) -> Vec<Outcome> {
    let wanted = |op: &str| ops.split(',').any(|o| o == op);
    let mut out = Vec::with_capacity(64);
    let mut outcomes = Vec::new();
    if wanted("get") {
        outcomes.push(run("get", n, warmup, || {
            Pv::Mct.get(m, KEY, usize::MAX, &mut out).expect("get");
            assert_eq!(out.len(), VALUE.len());
        }));
    }
    if wanted("set") {
        outcomes.push(run("set", n, warmup, || {
            Pv::Mct.set(m, KEY, ValueRef::Str(VALUE)).expect("set");
        }));
    }
    if wanted("incr") {
        outcomes.push(run("incr", n, warmup, || {
            Pv::McInc.set(m, COUNTER, ValueRef::Int(1)).expect("incr");
        }));
    }
    outcomes
}

fn median<T: Copy + PartialOrd>(mut v: Vec<T>) -> T {
    v.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
    v[v.len() / 2]
}

fn main() {
    // `cargo bench` adds `--bench`; only the positional arguments count.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if let [server, ops, n, warmup] = args.as_slice() {
        let m = module(server);
        run_all(
            &m,
            ops,
            n.parse().expect("N"),
            warmup.parse().expect("WARMUP"),
        );
        return;
    }
    let server = std::env::var("MC_SERVER").expect(
        "usage: clients HOST:PORT get,set,incr N WARMUP, or MC_SERVER=HOST:PORT \
         (scripts/with-memcached.sh sets it)",
    );
    const RUNS: usize = 5;
    let m = module(&server);
    let runs: Vec<Vec<Outcome>> = (0..RUNS)
        .map(|_| run_all(&m, "get,set,incr", 20_000, 2_000))
        .collect();
    println!();
    println!("sip_memcached::Engine (Rust, near cache off), 32-byte value, median of {RUNS} runs");
    println!("| op | ops/s | p50 µs | p99 µs |");
    println!("|---|---:|---:|---:|");
    for (i, op) in ["get", "set", "incr"].iter().enumerate() {
        let ops = median(runs.iter().map(|r| r[i].ops_per_s).collect());
        let p50 = median(runs.iter().map(|r| r[i].p50_ns).collect());
        let p99 = median(runs.iter().map(|r| r[i].p99_ns).collect());
        assert_eq!(runs[0][i].op, *op);
        println!(
            "| {op} | {ops:.0} | {:.1} | {:.1} |",
            p50 as f64 / 1e3,
            p99 as f64 / 1e3
        );
    }
}
