//! TLS next to plain text, in the same run (`make bench`): sequential `get`, `set` and `incr` of
//! a 32-byte value over one connection to a memcached without TLS and to one with `-Z` (both on
//! 127.0.0.1, pinned to CPU 0, this process to CPU 1 where the machine has two), interleaved
//! round by round so that drift hits both alike; then the cost of one connect: plain, TLS with a
//! full handshake, TLS resumed. Prints ops/s and p50/p99 with TLS/plain ratios (medians over the
//! rounds). Certificates are made here (ECDSA P-256, as rcgen makes them).
//!
//! Environment (optional): BENCH_RUNS (7), BENCH_OPS (20000 per operation and run),
//! BENCH_CONNECTS (300).

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

use common::certs::Pki;
use common::{env_usize as env, median, pin, Memcached};
use sip_memcached::{Engine, Params, Pv, ValueRef};

const KEY: &[u8] = b"bench_val";
const COUNTER: &[u8] = b"bench_ctr";
const VALUE: &[u8; 32] = b"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";

fn engine(servers: &str, tls: Option<&Pki>) -> Engine {
    let mut p = Params::default();
    p.set("servers", servers).unwrap();
    if let Some(pki) = tls {
        p.set("tls", "1").unwrap();
        p.set("tls_ca_file", pki.ca.to_str().unwrap()).unwrap();
    }
    let e = Engine::new(p).unwrap();
    Pv::Mct.set(&e, KEY, ValueRef::Str(VALUE)).unwrap();
    Pv::Mct.set(&e, COUNTER, ValueRef::Int(0)).unwrap();
    e
}

/// `n` operations timed one by one: (ops/s, p50 ns, p99 ns).
fn timed(n: usize, mut f: impl FnMut()) -> (f64, u64, u64) {
    for _ in 0..n / 10 {
        f();
    }
    let mut lat = Vec::with_capacity(n);
    let start = Instant::now();
    let mut before = start;
    for _ in 0..n {
        f();
        let after = Instant::now();
        lat.push((after - before).as_nanos() as u64);
        before = after;
    }
    let total = (before - start).as_secs_f64();
    lat.sort_unstable();
    (n as f64 / total, lat[n / 2], lat[n * 99 / 100])
}

fn operation(e: &Engine, op: &str, n: usize) -> (f64, u64, u64) {
    let mut out = Vec::with_capacity(64);
    match op {
        "get" => timed(n, || {
            Pv::Mct.get(e, KEY, usize::MAX, &mut out).unwrap();
        }),
        "set" => timed(n, || Pv::Mct.set(e, KEY, ValueRef::Str(VALUE)).unwrap()),
        _ => timed(n, || Pv::McInc.set(e, COUNTER, ValueRef::Int(1)).unwrap()),
    }
}

fn main() {
    let runs = env("BENCH_RUNS", 7);
    let n = env("BENCH_OPS", 20_000);
    let connects = env("BENCH_CONNECTS", 300);
    let pki = Pki::make(&common::scratch_dir("bench-tls"));
    let plain_mc = Memcached::start();
    let tls_mc = Memcached::start_tls(&["-o", &Pki::serving(&pki.server)], None);
    pin(plain_mc.pid(), 0);
    pin(tls_mc.pid(), 0);
    pin(0, 1);
    let plain = engine(&plain_mc.server(), None);
    let tls = engine(&tls_mc.tls_server(), Some(&pki));

    println!();
    println!(
        "TLS next to plain text: 32-byte value, one connection, {n} operations per run, \
         median of {runs} interleaved runs (memcached 1.6, rustls with ring, TLS 1.3)"
    );
    println!("| op | plain ops/s | TLS ops/s | TLS/plain ops/s | plain p50/p99 µs | TLS p50/p99 µs | TLS/plain p50 |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for op in ["get", "set", "incr"] {
        let mut rounds = Vec::new();
        for r in 0..runs {
            // Which goes first alternates, so that neither always runs on a warmer machine.
            let (p, t) = if r % 2 == 0 {
                let p = operation(&plain, op, n);
                (p, operation(&tls, op, n))
            } else {
                let t = operation(&tls, op, n);
                (operation(&plain, op, n), t)
            };
            rounds.push((p, t));
        }
        let ops_ratio = median(rounds.iter().map(|(p, t)| t.0 / p.0).collect());
        let p50_ratio = median(
            rounds
                .iter()
                .map(|(p, t)| t.1 as f64 / p.1 as f64)
                .collect(),
        );
        let us = |v: u64| v as f64 / 1e3;
        let (p, t) = (
            (
                median(rounds.iter().map(|r| r.0 .0).collect()),
                median(rounds.iter().map(|r| r.0 .1).collect()),
                median(rounds.iter().map(|r| r.0 .2).collect()),
            ),
            (
                median(rounds.iter().map(|r| r.1 .0).collect()),
                median(rounds.iter().map(|r| r.1 .1).collect()),
                median(rounds.iter().map(|r| r.1 .2).collect()),
            ),
        );
        println!(
            "| {op} | {:.0} | {:.0} | {ops_ratio:.2} | {:.1} / {:.1} | {:.1} / {:.1} | {p50_ratio:.2} |",
            p.0,
            t.0,
            us(p.1),
            us(p.2),
            us(t.1),
            us(t.2)
        );
    }

    // One connect: a reload drops the connection, the next get opens one (and, over TLS,
    // resumes the session of the last); a new engine has an empty session cache (a full
    // handshake). Each time includes the get that follows.
    let mut out = Vec::new();
    let connect_plain = timed(connects, || {
        plain.reload();
        Pv::Mct.get(&plain, KEY, usize::MAX, &mut out).unwrap();
    });
    let connect_resumed = timed(connects, || {
        tls.reload();
        Pv::Mct.get(&tls, KEY, usize::MAX, &mut out).unwrap();
    });
    let fresh: Vec<Engine> = (0..connects / 3)
        .map(|_| {
            let mut p = Params::default();
            p.set("servers", &tls_mc.tls_server()).unwrap();
            p.set("tls", "1").unwrap();
            p.set("tls_ca_file", pki.ca.to_str().unwrap()).unwrap();
            Engine::new(p).unwrap()
        })
        .collect();
    let mut next = fresh.iter();
    let connect_full = timed(fresh.len() * 10 / 11, || {
        Pv::Mct
            .get(next.next().unwrap(), KEY, usize::MAX, &mut out)
            .unwrap();
    });
    let get = operation(&plain, "get", n).1;
    println!();
    println!(
        "One connect and its first get (p50; a get on an open connection: {:.1} µs)",
        get as f64 / 1e3
    );
    println!("| connect | p50 µs | p99 µs | ratio to plain |");
    println!("|---|---:|---:|---:|");
    for (name, (_, p50, p99)) in [
        ("plain TCP", connect_plain),
        ("TLS, resumed session", connect_resumed),
        ("TLS, full handshake", connect_full),
    ] {
        println!(
            "| {name} | {:.1} | {:.1} | {:.2} |",
            p50 as f64 / 1e3,
            p99 as f64 / 1e3,
            p50 as f64 / connect_plain.1 as f64
        );
    }
}
