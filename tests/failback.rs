//! Failback without older values: with `failover`, the writes of a key whose server is down go to
//! the next server; when the server comes back without a restart (here: frozen with SIGSTOP, then
//! thawed), it still holds its values from before the outage. Before any of them is read again,
//! the first process to use it moves the values written elsewhere home (or deletes the key
//! there), whichever process wrote them: a read finds the outage's value, never the older one.
//! Two real memcached each time; a host's processes are forks of the test.

mod common;

use std::time::{Duration, Instant};

use common::Memcached;
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

/// `n` keys whose own server is the first of `list`.
fn keys_of_first(list: &str, n: usize) -> Vec<String> {
    common::keys_on_server(list, 0, "fb", n)
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

/// Runs `work` in a forked child of this process, as a host's worker runs after `mod_init`, and
/// waits for it to exit; `work` says whether it did what it should.
fn in_child(m: &Engine, work: impl FnOnce(&Engine) -> bool) {
    // SAFETY: the child uses the engine (its shared mappings, new sockets, the heap, which glibc's
    // fork handlers keep usable) and then _exit()s without returning into the test harness.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0);
    if pid == 0 {
        m.child_init(1);
        let ok =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(m))).unwrap_or(false);
        // SAFETY: ends the child at once, as intended after fork.
        unsafe { libc::_exit(if ok { 0 } else { 1 }) };
    }
    let mut status = 0;
    // SAFETY: waits for the child created above; status is a valid out pointer.
    unsafe { libc::waitpid(pid, &mut status, 0) };
    assert_eq!(status, 0, "the child failed");
}

#[test]
fn another_process_never_reads_the_older_value_though_the_writer_has_exited() {
    // The list is shared by the host's processes (forks of the one that made the module): the
    // first process to use the returned server, whichever, makes it forget every process's keys.
    let (a, b, list) = two_servers();
    let m = module(&list, &[]);
    let keys = keys_of_first(&list, 2);
    set(&m, &keys[0], "old").unwrap();
    take_down(&m, &a, &keys[1]);
    in_child(&m, |m| set(m, &keys[0], "new").is_ok());
    assert_eq!(b.meta(&keys[0]).unwrap().2, b"new", "the child wrote to B");
    bring_back(&a);
    assert_eq!(
        read(&m, &keys[0]).as_deref(),
        Some("new"),
        "never the older value, though the process that wrote it is gone"
    );
    assert_eq!(
        a.meta(&keys[0]).unwrap().2,
        b"new",
        "moved home by the reader"
    );
    assert_eq!(b.meta(&keys[0]), None);
    assert_eq!(m.report().counters.failback_keys, 1);
}

#[test]
fn keys_written_by_several_processes_all_fail_back_in_one_process() {
    let (a, _b, list) = two_servers();
    let m = module(&list, &[]);
    let keys = keys_of_first(&list, 5);
    for key in &keys[..4] {
        set(&m, key, "old").unwrap();
    }
    take_down(&m, &a, &keys[4]);
    in_child(&m, |m| {
        set(m, &keys[0], "new").is_ok() && set(m, &keys[1], "new").is_ok()
    });
    in_child(&m, |m| {
        set(m, &keys[2], "new").is_ok()
            && Pv::Mct.set(m, keys[3].as_bytes(), ValueRef::Null).is_ok()
    });
    bring_back(&a);
    in_child(&m, |m| {
        (0..3).all(|i| read(m, &keys[i]).as_deref() == Some("new")) && read(m, &keys[3]).is_none()
    });
    assert_eq!(m.report().counters.failback_keys, 4);
    assert!((0..3).all(|i| a.meta(&keys[i]).unwrap().2 == b"new"));
    assert_eq!(
        a.meta(&keys[3]),
        None,
        "deleted during the outage, deleted at home"
    );
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
