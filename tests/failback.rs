//! Failback without older values: with `failover`, the writes of a key whose server is down go to
//! the next server; when the server comes back without a restart (here: frozen with SIGSTOP, then
//! thawed), it still holds its values from before the outage. Before any of them is read again,
//! the process that wrote elsewhere moves its values home (or deletes the key there): a read
//! finds the outage's value, never the older one. Two real memcached each time.

mod common;

use std::time::{Duration, Instant};

use common::Memcached;
use sip_memcached::client::distribution::{Distribution, Member, Placement};
use sip_memcached::client::servers::parse_servers;
use sip_memcached::{Engine, Error, Params, Pv, ScriptValue, ValueRef};

const RETRY_INTERVAL_MS: u64 = 500;

/// Server A (the keys' own) and B (where they fail over to), and the list naming them.
fn two_servers() -> (Memcached, Memcached, String) {
    let (a, b) = (Memcached::start(), Memcached::start());
    let list = format!("{},{}", a.server(), b.server());
    (a, b, list)
}

/// A module with `failover`, whose first failure marks a server down.
fn module(list: &str, extra: &[(&str, &str)]) -> Engine {
    let mut p = Params::default();
    for (k, v) in [
        ("servers", list),
        ("failover", "1"),
        ("timeout", "300"),
        ("server_failure_limit", "1"),
        ("retry_interval", &RETRY_INTERVAL_MS.to_string()),
    ]
    .iter()
    .chain(extra)
    {
        p.set(k, v).unwrap();
    }
    Engine::new(p).unwrap()
}

/// `n` keys whose own server is the first of `list` (ketama, as the module places them).
fn keys_of_first(list: &str, n: usize) -> Vec<String> {
    let specs = parse_servers(list).unwrap();
    let members: Vec<_> = specs.iter().map(Member::of).collect();
    let placement = Placement::new(Distribution::Ketama, &members);
    let keys: Vec<String> = (0..1000)
        .map(|i| format!("fb{i}"))
        .filter(|k| placement.primary(k.as_bytes()) == 0)
        .take(n)
        .collect();
    assert_eq!(keys.len(), n);
    keys
}

fn set(m: &Engine, key: &str, value: &str) -> sip_memcached::Result<()> {
    Pv::Mct.set(m, key.as_bytes(), ValueRef::Str(value.as_bytes()))
}

/// What `$mct(key)` reads: the value, or None when it is missing.
fn read(m: &Engine, key: &str) -> Option<String> {
    let mut out = Vec::new();
    match Pv::Mct
        .get(m, key.as_bytes(), usize::MAX, &mut out)
        .unwrap()
    {
        ScriptValue::Null => None,
        _ => Some(String::from_utf8(out).unwrap()),
    }
}

/// Freezes A and marks it down with a read of `probe` (one of A's keys no test writes), so that
/// no write the tests make is left in A's socket buffer, to be applied by A when it thaws.
fn take_down(m: &Engine, a: &Memcached, probe: &str) {
    a.freeze();
    let mut out = Vec::new();
    // It spends the whole timeout on A: nothing is left for B.
    let r = Pv::Mct.get(m, probe.as_bytes(), usize::MAX, &mut out);
    assert!(matches!(r, Err(Error::Timeout { .. })), "{r:?}");
    assert!(m.report().servers[0].down, "{:?}", m.report().servers);
}

/// Thaws A and waits past `retry_interval`, after which the next operation on A probes it.
fn bring_back(a: &Memcached) {
    a.signal(libc::SIGCONT);
    std::thread::sleep(Duration::from_millis(RETRY_INTERVAL_MS + 200));
}

#[test]
fn a_value_written_during_the_outage_is_read_after_the_server_returns_not_the_one_it_held() {
    let (a, b, list) = two_servers();
    let m = module(&list, &[]);
    let keys = keys_of_first(&list, 2);
    let (key, probe) = (&keys[0], &keys[1]);
    set(&m, key, "old").unwrap();
    assert_eq!(a.meta(key).unwrap().2, b"old");

    take_down(&m, &a, probe);
    set(&m, key, "new").unwrap();
    let (_, ttl, value) = b.meta(key).expect("the write failed over to B");
    assert_eq!(value, b"new");
    // `expire` is 10800 s; on B the copy lives failover_expire (60 s by default) at most.
    assert!((1..=60).contains(&ttl), "B's copy lives {ttl} s");
    assert_eq!(read(&m, key).as_deref(), Some("new"), "read on B meanwhile");

    bring_back(&a);
    assert_eq!(
        a.meta(key).unwrap().2,
        b"old",
        "A held its value through the freeze"
    );
    assert_eq!(
        read(&m, key).as_deref(),
        Some("new"),
        "never the older value"
    );
    assert!(!m.report().servers[0].down);
    // Moved home, with its own expiry; B's copy is gone, so that it cannot come back either.
    let (_, ttl, value) = a.meta(key).unwrap();
    assert_eq!(value, b"new");
    assert!(
        ttl > 10_000,
        "the value's own expiry (10800 s), not B's: {ttl}"
    );
    assert_eq!(b.meta(key), None);
    let counters = m.report().counters;
    assert_eq!(
        (counters.failback_keys, counters.failback_overflows),
        (1, 0)
    );
}

#[test]
fn a_key_deleted_during_the_outage_stays_deleted_when_the_server_returns() {
    let (a, _b, list) = two_servers();
    let m = module(&list, &[]);
    let keys = keys_of_first(&list, 2);
    set(&m, &keys[0], "old").unwrap();
    take_down(&m, &a, &keys[1]);
    Pv::Mct
        .set(&m, keys[0].as_bytes(), ValueRef::Null)
        .expect("the delete failed over");
    bring_back(&a);
    assert_eq!(read(&m, &keys[0]), None, "not the older value");
    assert_eq!(a.meta(&keys[0]), None);
}

#[test]
fn a_counter_counted_during_the_outage_is_not_replaced_by_its_older_count() {
    let (a, b, list) = two_servers();
    let m = module(&list, &[("failover_expire", "30")]);
    let keys = keys_of_first(&list, 2);
    let counter = keys[0].as_bytes();
    Pv::McInc.set(&m, counter, ValueRef::Int(10)).unwrap();
    take_down(&m, &a, &keys[1]);
    // Created on B (incr misses, add), then counted there.
    Pv::McInc.set(&m, counter, ValueRef::Int(1)).unwrap();
    Pv::McInc.set(&m, counter, ValueRef::Int(1)).unwrap();
    let (_, ttl, value) = b.meta(&keys[0]).unwrap();
    assert_eq!(value, b"2");
    assert!((1..=30).contains(&ttl), "{ttl}");
    bring_back(&a);
    let mut out = Vec::new();
    assert_eq!(
        Pv::Mct.get(&m, counter, usize::MAX, &mut out).unwrap(),
        ScriptValue::Int(2),
        "the outage's count, not the 10 A held"
    );
    Pv::McInc.set(&m, counter, ValueRef::Int(1)).unwrap();
    assert_eq!(a.meta(&keys[0]).unwrap().2, b"3", "counted at home again");
}

#[test]
fn past_failover_keys_a_write_fails_as_without_failover_and_nothing_older_comes_back() {
    let (a, b, list) = two_servers();
    let m = module(&list, &[("failover_keys", "2")]);
    let keys = keys_of_first(&list, 4);
    for key in &keys[..3] {
        set(&m, key, "old").unwrap();
    }
    take_down(&m, &a, &keys[3]);
    set(&m, &keys[0], "new").unwrap();
    set(&m, &keys[1], "new").unwrap();
    // The list is full: a third key's write is refused, not written where it could be shadowed.
    let refused = set(&m, &keys[2], "new");
    assert!(
        matches!(refused, Err(Error::ServerDown { .. })),
        "{refused:?}"
    );
    assert_eq!(b.meta(&keys[2]), None);
    assert_eq!(m.report().counters.failback_overflows, 1);
    // A listed key is written again, and reads still fail over.
    set(&m, &keys[0], "newer").unwrap();
    assert_eq!(read(&m, &keys[0]).as_deref(), Some("newer"));
    assert_eq!(read(&m, &keys[2]), None, "read on B, which has nothing");

    bring_back(&a);
    assert_eq!(read(&m, &keys[0]).as_deref(), Some("newer"));
    assert_eq!(read(&m, &keys[1]).as_deref(), Some("new"));
    assert_eq!(
        read(&m, &keys[2]).as_deref(),
        Some("old"),
        "its write failed, so A's value is still the last one stored"
    );
    let counters = m.report().counters;
    assert_eq!(
        (counters.failback_keys, counters.failback_overflows),
        (2, 1)
    );
    assert!(keys[..2].iter().all(|k| b.meta(k).is_none()));
}

#[test]
fn another_process_reads_the_outages_value_once_the_writer_has_operated_on_the_server_again() {
    // Two engines are two processes: each its own list and its own view of the servers' health.
    // The bound of docs/faults.md: the list is the writer's, so another process reads the older
    // value until the writer's next operation on the returned server.
    let (a, _b, list) = two_servers();
    let writer = module(&list, &[]);
    let reader = module(&list, &[]);
    let keys = keys_of_first(&list, 3);
    set(&writer, &keys[0], "old").unwrap();
    take_down(&writer, &a, &keys[1]);
    set(&writer, &keys[0], "new").unwrap();
    bring_back(&a);
    assert_eq!(
        read(&reader, &keys[0]).as_deref(),
        Some("old"),
        "before the writer's failback: the documented bound"
    );
    // Any operation of the writer on A, here a read of another key, fails back first.
    assert_eq!(read(&writer, &keys[2]), None);
    assert_eq!(read(&reader, &keys[0]).as_deref(), Some("new"));
}

#[test]
fn many_keys_written_during_the_outage_all_fail_back() {
    let (a, b, list) = two_servers();
    let m = module(&list, &[("timeout", "1000")]);
    let keys = keys_of_first(&list, 301);
    let (keys, probe) = keys.split_at(300);
    for key in keys {
        set(&m, key, "old").unwrap();
    }
    take_down(&m, &a, &probe[0]);
    for key in keys {
        set(&m, key, "new").unwrap();
    }
    bring_back(&a);
    let started = Instant::now();
    assert_eq!(read(&m, &keys[299]).as_deref(), Some("new"));
    let first = started.elapsed();
    let stale = keys
        .iter()
        .filter(|k| read(&m, k).as_deref() != Some("new"))
        .count();
    eprintln!(
        "300 keys failed back; the first read after the return took {first:?}, \
         failback_keys {}",
        m.report().counters.failback_keys
    );
    assert_eq!(stale, 0);
    assert_eq!(m.report().counters.failback_keys, 300);
    assert_eq!(b.stat("curr_items"), 0, "every copy on B deleted");
}
