//! Several memcached servers: keys placed exactly as libmemcached places them (a real libmemcached
//! client writes, this module reads, and the other way round), failure limit, fail-fast, recovery
//! after retry_interval, and failover.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use common::Memcached;
use sip_memcached::client::distribution::{Member, Placement};
use sip_memcached::client::servers::parse_servers;
use sip_memcached::{Engine, Error, Params, Pv, ScriptValue, ValueRef};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The libmemcached client of tests/interop, built once.
fn peer() -> &'static PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT.get_or_init(|| {
        let exe = common::scratch_dir("libmemcached-peer").join("libmemcached_peer");
        let status = Command::new("cc")
            .args(["-Wall", "-Wextra", "-Werror", "-O2"])
            .arg(format!("{ROOT}/tests/interop/libmemcached_peer.c"))
            .arg("-o")
            .arg(&exe)
            .arg("-lmemcached")
            .status()
            .expect("cc");
        assert!(
            status.success(),
            "cannot build against libmemcached: `make test` installs libmemcached-dev"
        );
        exe
    })
}

fn run_peer(mode: &str, distribution: &str, n: usize, servers: &[String]) -> usize {
    let out = Command::new(peer())
        .args([mode, distribution, &n.to_string()])
        .args(servers)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_whitespace().next().unwrap().parse().unwrap()
}

fn module(list: &str, extra: &[(&str, &str)]) -> Engine {
    let mut p = Params::default();
    p.set("servers", list).unwrap();
    p.set("timeout", "1000").unwrap();
    for (k, v) in extra {
        p.set(k, v).unwrap();
    }
    Engine::new(p).unwrap()
}

fn flush(servers: &[Memcached]) {
    for mc in servers {
        assert_eq!(mc.command(b"flush_all\r\n", b"\r\n"), b"OK\r\n");
    }
}

const KEYS: usize = 10_000;

#[test]
fn libmemcached_and_this_module_find_each_others_keys() {
    let servers: Vec<Memcached> = (0..4).map(|_| Memcached::start()).collect();
    for (distribution, weights) in [
        ("ketama", [1, 2, 1, 3]),
        ("ketama", [1, 1, 1, 1]),
        ("modula", [1, 1, 1, 1]),
    ] {
        let list: Vec<String> = servers
            .iter()
            .zip(weights)
            .map(|(mc, w)| format!("{}:{w}", mc.server()))
            .collect();
        let m = module(&list.join(","), &[("distribution", distribution)]);

        flush(&servers);
        assert_eq!(run_peer("write", distribution, KEYS, &list), KEYS);
        let mut out = Vec::new();
        let found = (0..KEYS)
            .filter(|i| {
                let key = format!("key{i}");
                Pv::Mct
                    .get(&m, key.as_bytes(), usize::MAX, &mut out)
                    .unwrap()
                    == ScriptValue::Str
                    && out == format!("value-{i}").as_bytes()
            })
            .count();
        let spread: Vec<u64> = servers.iter().map(|mc| mc.stat("curr_items")).collect();
        eprintln!(
            "{distribution} {weights:?}: libmemcached wrote {KEYS}, this module read {found} \
             ({:.2}%); items per server {spread:?}",
            100.0 * found as f64 / KEYS as f64
        );
        assert_eq!(found, KEYS, "{distribution} {weights:?}");
        assert!(
            spread.iter().all(|&n| n > 500),
            "keys spread over every server: {spread:?}"
        );

        flush(&servers);
        for i in 0..KEYS {
            let (key, value) = (format!("key{i}"), format!("value-{i}"));
            Pv::Mct
                .set(&m, key.as_bytes(), ValueRef::Str(value.as_bytes()))
                .unwrap();
        }
        let read = run_peer("read", distribution, KEYS, &list);
        eprintln!(
            "{distribution} {weights:?}: this module wrote {KEYS}, libmemcached read {read} ({:.2}%)",
            100.0 * read as f64 / KEYS as f64
        );
        assert_eq!(read, KEYS, "{distribution} {weights:?}");
    }
}

/// Keys that live on each server, computed with the module's own placement.
fn keys_by_server(
    list: &str,
    distribution: sip_memcached::client::distribution::Distribution,
) -> Vec<Vec<String>> {
    let specs = parse_servers(list).unwrap();
    let members: Vec<_> = specs.iter().map(Member::of).collect();
    let placement = Placement::new(distribution, &members);
    let mut by_server = vec![Vec::new(); specs.len()];
    for i in 0..2000 {
        let key = format!("k{i}");
        by_server[placement.primary(key.as_bytes())].push(key);
    }
    by_server
}

fn three_servers() -> (Vec<Memcached>, String) {
    let servers: Vec<Memcached> = (0..3).map(|_| Memcached::start()).collect();
    let list = servers
        .iter()
        .map(|m| m.server())
        .collect::<Vec<_>>()
        .join(",");
    (servers, list)
}

fn timed_get(m: &Engine, key: &str) -> (sip_memcached::Result<ScriptValue>, Duration) {
    let mut out = Vec::new();
    let t = Instant::now();
    let r = Pv::Mct.get(m, key.as_bytes(), usize::MAX, &mut out);
    (r, t.elapsed())
}

#[test]
fn a_frozen_server_is_marked_down_then_fails_fast_then_comes_back() {
    let (servers, list) = three_servers();
    let m = module(
        &list,
        &[
            ("timeout", "300"),
            ("retry_interval", "1000"),
            ("server_failure_limit", "3"),
        ],
    );
    let keys = keys_by_server(
        &list,
        sip_memcached::client::distribution::Distribution::Ketama,
    );
    for key in keys.iter().flatten().take(300) {
        Pv::Mct
            .set(&m, key.as_bytes(), ValueRef::Str(b"v"))
            .unwrap();
    }
    servers[1].freeze();
    // The first failures each cost the timeout; then the server is marked down.
    for key in &keys[1][..3] {
        let (r, took) = timed_get(&m, key);
        assert!(matches!(r, Err(Error::Timeout { .. })), "{r:?}");
        assert!(took >= Duration::from_millis(280), "{took:?}");
    }
    // Now its operations fail at once instead of waiting for the timeout...
    for key in &keys[1][3..13] {
        let (r, took) = timed_get(&m, key);
        assert!(matches!(r, Err(Error::ServerDown { .. })), "{r:?}");
        assert!(took < Duration::from_millis(20), "fail fast, took {took:?}");
    }
    // ...and the keys of the other servers are not affected.
    for key in keys[0].iter().chain(&keys[2]).take(50) {
        let (r, took) = timed_get(&m, key);
        assert!(r.is_ok(), "{key}: {r:?}");
        assert!(took < Duration::from_millis(100), "{took:?}");
    }
    let stats = m.report().servers;
    assert!(
        stats[1].down && !stats[0].down && !stats[2].down,
        "{stats:?}"
    );
    assert_eq!(stats[1].marked_down, 1);
    assert!(m.report().text().contains("state=down"));

    // Back after retry_interval, without a reload.
    servers[1].signal(libc::SIGCONT);
    let started = Instant::now();
    loop {
        let (r, _) = timed_get(&m, &keys[1][0]);
        if r.is_ok() {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(3), "{r:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        started.elapsed() >= Duration::from_millis(500),
        "not probed before retry_interval"
    );
    assert!(!m.report().servers[1].down);
}

#[test]
fn a_killed_server_comes_back_after_retry_interval_without_reload() {
    let (mut servers, list) = three_servers();
    let m = module(&list, &[("retry_interval", "500")]);
    let keys = keys_by_server(
        &list,
        sip_memcached::client::distribution::Distribution::Ketama,
    );
    servers[2].kill();
    for key in &keys[2][..10] {
        let (r, took) = timed_get(&m, key);
        assert!(r.is_err(), "{r:?}");
        assert!(took < Duration::from_millis(100), "{took:?}");
    }
    assert!(m.report().servers[2].down);
    for key in keys[0].iter().chain(&keys[1]).take(50) {
        assert!(timed_get(&m, key).0.is_ok());
    }
    servers[2].restart();
    std::thread::sleep(Duration::from_millis(600));
    Pv::Mct
        .set(&m, keys[2][0].as_bytes(), ValueRef::Str(b"back"))
        .unwrap();
    assert!(!m.report().servers[2].down);
}

#[test]
fn with_failover_no_operation_fails_while_a_server_is_down() {
    let (mut servers, list) = three_servers();
    let m = module(&list, &[("failover", "1"), ("retry_interval", "60000")]);
    let keys = keys_by_server(
        &list,
        sip_memcached::client::distribution::Distribution::Ketama,
    );
    // Idle connections to every server, so that the dead one's are stale.
    for key in keys.iter().map(|k| &k[0]) {
        Pv::Mct
            .set(&m, key.as_bytes(), ValueRef::Str(b"v"))
            .unwrap();
    }
    servers[0].kill();
    let mut failed = 0;
    for key in keys.iter().flatten().take(600) {
        let ops = [
            Pv::Mct.set(&m, key.as_bytes(), ValueRef::Str(b"x")),
            Pv::McInc.set(&m, format!("c_{key}").as_bytes(), ValueRef::Int(1)),
            timed_get(&m, key).0.map(|_| ()),
            Pv::Mct.set(&m, key.as_bytes(), ValueRef::Null),
        ];
        failed += ops.iter().filter(|r| r.is_err()).count();
    }
    assert_eq!(failed, 0, "operations failed while failover was on");
    assert!(m.report().servers[0].down);
    // The keys of the dead server went to the others, which now hold them.
    let moved = &keys[0][5];
    Pv::Mct
        .set(&m, moved.as_bytes(), ValueRef::Str(b"moved"))
        .unwrap();
    let mut out = Vec::new();
    Pv::Mct
        .get(&m, moved.as_bytes(), usize::MAX, &mut out)
        .unwrap();
    assert_eq!(out, b"moved");
    assert!(servers[1..].iter().any(|mc| mc.meta(moved).is_some()));
    // A reload marks every server up again.
    m.reload();
    assert!(!m.report().servers[0].down);
}

#[test]
fn a_probe_answered_with_an_error_reply_brings_the_server_back() {
    // Any complete reply proves the server is up, an error reply too: here the probe is an
    // increment of a value that is not a number, which memcached refuses with CLIENT_ERROR.
    let mc = Memcached::start();
    let m = module(
        &mc.server(),
        &[
            ("timeout", "200"),
            ("server_failure_limit", "1"),
            ("retry_interval", "300"),
        ],
    );
    mc.raw_set("word", 0, b"not a number");
    mc.freeze();
    let (r, _) = timed_get(&m, "k");
    assert!(matches!(r, Err(Error::Timeout { .. })), "{r:?}");
    assert!(m.report().servers[0].down);
    mc.signal(libc::SIGCONT);
    std::thread::sleep(Duration::from_millis(400));
    let probe = Pv::McInc.set(&m, b"word", ValueRef::Int(1));
    assert!(matches!(probe, Err(Error::NotANumber(_))), "{probe:?}");
    assert!(!m.report().servers[0].down, "{:?}", m.report().servers);
    let (r, _) = timed_get(&m, "k");
    assert_eq!(r.unwrap(), ScriptValue::Null, "served, not refused as down");
}
