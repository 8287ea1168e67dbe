//! The fault suite: what a dead, frozen or restarted memcached and hostile keys do to the module.
//! Each case says what it does and asserts the outcome: every operation returns (a value or an
//! error) within the timeout plus a small margin, nothing is lost or mixed up, nothing crashes.
//!
//! `make test` runs the fast variants; `make faults` runs the long ones (SIPMC_FAULT_SECONDS=5:
//! a 5 s freeze, longer loads).

mod common;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::Memcached;
use sip_memcached::{Engine, Params, Pv, ScriptValue, ValueRef};

/// How long the long phases last: 1 s in `make test`, more in `make faults`.
fn fault_seconds() -> u64 {
    std::env::var("SIPMC_FAULT_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
}

const TIMEOUT_MS: u64 = 300;
/// What an operation may take beyond the timeout: scheduling on a loaded 2-vCPU machine.
const MARGIN_MS: u64 = 150;

fn module(server: &str) -> Engine {
    let mut p = Params::default();
    p.set("servers", server).unwrap();
    p.set("timeout", &TIMEOUT_MS.to_string()).unwrap();
    p.set("retry_interval", "300").unwrap();
    Engine::new(p).unwrap()
}

/// One operation of a load: a write, a read that checks it, or an increment.
fn operation(m: &Engine, i: u64) -> (sip_memcached::Result<()>, Duration) {
    let key = format!("k{}", i % 50);
    let t = Instant::now();
    let r = match i % 3 {
        0 => Pv::Mct.set(m, key.as_bytes(), ValueRef::Str(key.as_bytes())),
        1 => {
            let mut out = Vec::new();
            Pv::Mct
                .get(m, key.as_bytes(), usize::MAX, &mut out)
                .map(|got| {
                    // A value read is always the value of that key, never another reply's.
                    if got != ScriptValue::Null {
                        assert_eq!(out, key.as_bytes(), "read {key}");
                    }
                })
        }
        _ => Pv::McInc.set(m, b"load_counter", ValueRef::Int(1)),
    };
    (r, t.elapsed())
}

#[test]
fn killed_under_load_and_restarted_2s_later() {
    // memcached is killed while operations run, and started again 2 s later on the same port.
    let mut mc = Memcached::start();
    let m = module(&mc.server());
    let start = Instant::now();
    let (mut killed_at, mut restarted_at) = (None, None);
    let mut first_success_after_restart = None;
    let (mut ok, mut failed, mut slowest) = (0u64, 0u64, Duration::ZERO);
    let mut i = 0u64;
    while start.elapsed() < Duration::from_secs(2 + 2 + fault_seconds()) {
        let now = start.elapsed();
        if killed_at.is_none() && now > Duration::from_millis(500) {
            mc.kill();
            killed_at = Some(now);
        }
        if restarted_at.is_none() && now > Duration::from_millis(2500) {
            mc.restart();
            restarted_at = Some(start.elapsed());
        }
        let (r, took) = operation(&m, i);
        i += 1;
        slowest = slowest.max(took);
        assert!(
            took <= Duration::from_millis(TIMEOUT_MS + MARGIN_MS),
            "operation {i} took {took:?}"
        );
        match r {
            Ok(()) => {
                ok += 1;
                if let Some(at) = restarted_at {
                    first_success_after_restart.get_or_insert(start.elapsed() - at);
                }
            }
            Err(_) => failed += 1,
        }
    }
    let back = first_success_after_restart.expect("operations succeed after the restart");
    eprintln!(
        "{i} operations: {ok} ok, {failed} failed while memcached was down; slowest {slowest:?}; \
         first success {back:?} after the restart"
    );
    assert!(failed > 0, "the kill was noticed");
    assert!(
        back <= Duration::from_secs(1),
        "back {back:?} after the restart"
    );
    // And everything after that point works.
    for j in 0..100 {
        assert!(operation(&m, j).0.is_ok());
    }
}

#[test]
fn frozen_server_operations_stay_bounded_and_no_late_reply_is_taken() {
    // memcached is stopped with SIGSTOP for a while (1 s; 5 s in `make faults`) while operations
    // run; afterwards every value read is the value of its own key.
    let mc = Memcached::start();
    let m = module(&mc.server());
    for i in 0..50 {
        let key = format!("k{i}");
        Pv::Mct
            .set(&m, key.as_bytes(), ValueRef::Str(key.as_bytes()))
            .unwrap();
    }
    mc.freeze();
    let frozen = Instant::now();
    let mut i = 0u64;
    let mut errors = 0;
    while frozen.elapsed() < Duration::from_secs(fault_seconds()) {
        let (r, took) = operation(&m, i);
        i += 1;
        assert!(
            took <= Duration::from_millis(TIMEOUT_MS + MARGIN_MS),
            "took {took:?}"
        );
        errors += u64::from(r.is_err());
    }
    assert_eq!(errors, i, "nothing succeeds against a frozen server");
    eprintln!(
        "frozen {:?}: {i} operations, all failed, none slower than timeout + margin",
        frozen.elapsed()
    );
    mc.signal(libc::SIGCONT);
    // Late replies to the operations that timed out may now arrive; they must never be taken as
    // the answer to a later request. The server may still be marked down for retry_interval.
    let thawed = Instant::now();
    let mut checked = 0;
    while thawed.elapsed() < Duration::from_secs(2) && checked < 300 {
        if operation(&m, 1 + 3 * (checked % 50)).0.is_ok() {
            checked += 1;
        }
    }
    assert_eq!(checked, 300, "reads succeed again after SIGCONT");
}

#[test]
fn hostile_keys_never_reach_the_wire() {
    // memcached -vv logs every command it receives: only valid keys may appear there.
    let dir = common::scratch_dir("wire");
    let log = dir.join("memcached.log");
    let mc = Memcached::start_logged(&log);
    let m = module(&mc.server());
    let long = "K".repeat(10 * 1024);
    let hostile: Vec<&[u8]> = vec![
        b"a b",
        b"x\r\nflush_all",
        b"x\r\nset victim 0 0 4\r\nhack",
        b"nul\0byte",
        b"tab\tkey",
        b"\r\n",
        b" ",
        long.as_bytes(),
        "ünïcode key".as_bytes(),
    ];
    Pv::Mct.set(&m, b"victim", ValueRef::Str(b"safe")).unwrap();
    for key in &hostile {
        Pv::Mct.set(&m, key, ValueRef::Str(b"v")).unwrap();
        let mut out = Vec::new();
        assert_eq!(
            Pv::Mct.get(&m, key, usize::MAX, &mut out).unwrap(),
            ScriptValue::Str
        );
        Pv::McInc.set(&m, key, ValueRef::Int(1)).unwrap_err(); // "v" is not a number
        Pv::McTex.set(&m, key, ValueRef::Int(60)).unwrap();
        Pv::Mct.set(&m, key, ValueRef::Null).unwrap();
    }
    assert_eq!(mc.meta("victim").unwrap().2, b"safe");
    assert_eq!(mc.stat("cmd_flush"), 0);
    std::thread::sleep(Duration::from_millis(200)); // let memcached write its log
    let text = String::from_utf8_lossy(&std::fs::read(&log).unwrap()).into_owned();
    let commands = common::assert_only_safe_keys_on_the_wire(&text, &["victim"]);
    assert!(
        commands >= hostile.len() * 5,
        "the log shows the commands ({commands}):\n{text}"
    );
    assert!(!text.contains("flush_all"), "{text}");
}

#[test]
fn bad_values_and_expiries_get_clear_errors_and_touch_nothing() {
    let mc = Memcached::start();
    let m = module(&mc.server());
    Pv::Mct.set(&m, b"keep", ValueRef::Str(b"kept")).unwrap();
    let before = mc.stat("cmd_set") + mc.stat("cmd_touch");
    let too_big = vec![b'x'; 1024 * 1024 + 1];
    let cases: Vec<(&[u8], Pv, ValueRef<'_>, &str)> = vec![
        (b"keep", Pv::Mct, ValueRef::Str(&too_big), "larger than"),
        (b"keep=>-1", Pv::Mct, ValueRef::Str(b"x"), "bad expiry"),
        (
            b"keep=>99999999999",
            Pv::Mct,
            ValueRef::Str(b"x"),
            "bad expiry",
        ),
        (b"keep=>soon", Pv::Mct, ValueRef::Str(b"x"), "bad expiry"),
        (b"keep", Pv::McTex, ValueRef::Int(-5), "bad expiry"),
        (b"keep", Pv::McTex, ValueRef::Int(i64::MAX), "bad expiry"),
        (b"keep", Pv::McInc, ValueRef::Str(b"many"), "not a number"),
        (b"keep", Pv::McInc, ValueRef::Int(1), "not a number"),
        (b"", Pv::Mct, ValueRef::Str(b"x"), "empty key"),
    ];
    for (key, pv, value, expected) in cases {
        let err = pv.set(&m, key, value).unwrap_err().to_string();
        assert!(err.contains(expected), "{key:?}: {err}");
    }
    assert_eq!(
        mc.stat("cmd_set") + mc.stat("cmd_touch"),
        before,
        "nothing was written"
    );
    let mut out = Vec::new();
    Pv::Mct.get(&m, b"keep", usize::MAX, &mut out).unwrap();
    assert_eq!(out, b"kept");
}

#[test]
fn eight_threads_of_mixed_operations_lose_no_increment() {
    // The same module from 8 threads (as a threaded C host would use it): 10,000 mixed operations
    // each on shared keys; the counter ends at exactly the number of increments.
    let mc = Memcached::start();
    let m = Arc::new(module(&mc.server()));
    let increments = Arc::new(AtomicU64::new(0));
    let wrong = Arc::new(AtomicBool::new(false));
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let (m, increments, wrong) = (m.clone(), increments.clone(), wrong.clone());
            std::thread::spawn(move || {
                let mut out = Vec::new();
                for i in 0..10_000u64 {
                    let key = format!("shared{}", i % 16);
                    match (i + t) % 4 {
                        0 => {
                            Pv::McInc.set(&m, b"total", ValueRef::Int(1)).unwrap();
                            increments.fetch_add(1, Ordering::Relaxed);
                        }
                        1 => Pv::Mct
                            .set(&m, key.as_bytes(), ValueRef::Str(key.as_bytes()))
                            .unwrap(),
                        2 => {
                            if Pv::Mct
                                .get(&m, key.as_bytes(), usize::MAX, &mut out)
                                .unwrap()
                                == ScriptValue::Str
                                && out != key.as_bytes()
                            {
                                wrong.store(true, Ordering::Relaxed);
                            }
                        }
                        _ => {
                            Pv::McInc.set(&m, b"total", ValueRef::Int(2)).unwrap();
                            Pv::McDec.set(&m, b"total", ValueRef::Int(1)).unwrap();
                            increments.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let mut out = Vec::new();
    let total = Pv::Mct.get(&m, b"total", usize::MAX, &mut out).unwrap();
    assert_eq!(
        total,
        ScriptValue::Int(increments.load(Ordering::Relaxed) as i64)
    );
    assert!(
        !wrong.load(Ordering::Relaxed),
        "a read returned another key's value"
    );
}

#[test]
fn a_complete_error_reply_keeps_the_connection() {
    // A full memcached (-m 4, -M: refuse instead of evicting) answers each further write with
    // SERVER_ERROR out of memory. Every refusal is a complete reply: the one connection stays, so
    // refused writes cost no connect (and no socket in TIME_WAIT), and reads still work.
    let mc = Memcached::start_tcp("127.0.0.1", &["-m", "4", "-M"]);
    let m = module(&mc.server());
    let value = vec![b'v'; 100_000];
    let mut refused = 0;
    for i in 0..300 {
        let key = format!("k{i}");
        match Pv::Mct.set(&m, key.as_bytes(), ValueRef::Str(&value)) {
            Ok(()) => {}
            Err(sip_memcached::Error::Server { message, .. }) => {
                assert!(message.contains("out of memory"), "{message}");
                refused += 1;
            }
            Err(e) => panic!("{key}: {e}"),
        }
    }
    let mut out = Vec::new();
    assert_eq!(
        Pv::Mct.get(&m, b"k0", usize::MAX, &mut out).unwrap(),
        ScriptValue::Str
    );
    assert_eq!(out, value);
    let s = m.report().counters;
    eprintln!("{refused} writes refused; {} connect(s)", s.connects);
    assert!(refused >= 100, "memcached filled up: {refused} refused");
    assert_eq!((s.connects, s.reconnects), (1, 0), "{s:?}");
}
