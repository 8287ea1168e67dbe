//! Host names: resolved within the operation's deadline (a resolver that hangs costs at most the
//! timeout), a failed resolution counted as a connect failure and not tried again before the next
//! probe, and names resolved again by a reload. A resolver the test controls stands for the
//! system's, since a real name cannot be made to hang or to move; `localhost` goes through the
//! system's resolver.

mod common;

use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::Memcached;
use sip_memcached::client::resolve::Resolver;
use sip_memcached::{Engine, Error, Params, Pv, ScriptValue, ValueRef};

/// What an operation may take beyond the timeout: scheduling on a loaded 2-vCPU machine.
const MARGIN: Duration = Duration::from_millis(150);

/// Answers every name with `answer` (none: "no such name") after `delay`, and counts its calls.
struct FakeResolver {
    delay: Duration,
    answer: Mutex<Option<SocketAddr>>,
    calls: AtomicU64,
}

impl FakeResolver {
    fn new(delay: Duration, answer: Option<SocketAddr>) -> Arc<FakeResolver> {
        Arc::new(FakeResolver {
            delay,
            answer: Mutex::new(answer),
            calls: AtomicU64::new(0),
        })
    }

    fn answer(&self, answer: Option<SocketAddr>) {
        *self.answer.lock().unwrap() = answer;
    }

    fn calls(&self) -> u64 {
        self.calls.load(Ordering::SeqCst)
    }
}

impl Resolver for FakeResolver {
    fn resolve(&self, _host: &str, _port: u16) -> io::Result<Vec<SocketAddr>> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        std::thread::sleep(self.delay);
        match *self.answer.lock().unwrap() {
            Some(addr) => Ok(vec![addr]),
            None => Err(io::Error::new(io::ErrorKind::NotFound, "no such name")),
        }
    }
}

fn engine(servers: &str, resolver: Arc<FakeResolver>, extra: &[(&str, &str)]) -> Engine {
    let mut p = Params::default();
    p.set("servers", servers).unwrap();
    for (k, v) in extra {
        p.set(k, v).unwrap();
    }
    Engine::with_resolver(p, resolver).unwrap()
}

fn addr(mc: &Memcached) -> SocketAddr {
    mc.server().parse().unwrap()
}

fn timed_get(m: &Engine, key: &str) -> (sip_memcached::Result<ScriptValue>, Duration) {
    let mut out = Vec::new();
    let t = Instant::now();
    let r = Pv::Mct.get(m, key.as_bytes(), usize::MAX, &mut out);
    (r, t.elapsed())
}

#[test]
fn a_resolver_that_hangs_costs_at_most_the_timeout() {
    // A dead DNS server: each lookup hangs for 2 s. Every operation still ends within its
    // timeout, the one lookup under way serves them all, and after the failure limit the server
    // is marked down and its operations fail at once.
    let mc = Memcached::start();
    let resolver = FakeResolver::new(Duration::from_secs(2), Some(addr(&mc)));
    let m = engine(
        "mc.example.test:11211",
        resolver.clone(),
        &[("timeout", "100"), ("retry_interval", "60000")],
    );
    for _ in 0..3 {
        let (r, took) = timed_get(&m, "k");
        assert!(matches!(r, Err(Error::Timeout { .. })), "{r:?}");
        assert!(took < Duration::from_millis(100) + MARGIN, "took {took:?}");
    }
    assert!(m.report().servers[0].down, "{:?}", m.report().servers);
    let (r, took) = timed_get(&m, "k");
    assert!(matches!(r, Err(Error::ServerDown { .. })), "{r:?}");
    assert!(took < MARGIN, "took {took:?}");
    assert_eq!(resolver.calls(), 1, "one lookup at a time");
}

#[test]
fn a_failed_resolution_counts_as_a_connect_failure_until_the_next_probe() {
    let mc = Memcached::start();
    let resolver = FakeResolver::new(Duration::ZERO, None);
    let m = engine(
        "mc.example.test:11211",
        resolver.clone(),
        &[("timeout", "1000"), ("retry_interval", "300")],
    );
    for _ in 0..3 {
        let (r, _) = timed_get(&m, "k");
        assert!(matches!(r, Err(Error::Connect { .. })), "{r:?}");
    }
    assert_eq!(resolver.calls(), 1, "the failure is remembered");
    let s = &m.report().servers[0];
    assert!(s.down && s.failures == 3, "{s:?}");
    // The probe after retry_interval asks again; the name has an address by then.
    resolver.answer(Some(addr(&mc)));
    std::thread::sleep(Duration::from_millis(350));
    let (r, _) = timed_get(&m, "k");
    assert_eq!(r.unwrap(), ScriptValue::Null);
    assert_eq!(resolver.calls(), 2);
    assert!(!m.report().servers[0].down);
}

#[test]
fn reload_resolves_names_again() {
    // The name moves from one memcached to another, and the first one goes away: operations fail
    // until a reload, which resolves the name again.
    let mut old = Memcached::start();
    let new = Memcached::start();
    let resolver = FakeResolver::new(Duration::ZERO, Some(addr(&old)));
    let m = engine(
        "mc.example.test:11211",
        resolver.clone(),
        &[("timeout", "1000"), ("retry_interval", "60000")],
    );
    Pv::Mct.set(&m, b"k", ValueRef::Str(b"v")).unwrap();
    resolver.answer(Some(addr(&new)));
    old.kill();
    assert!(timed_get(&m, "k").0.is_err(), "still the old address");
    m.reload();
    let succeeded = (0..10)
        .filter(|i| {
            let key = format!("k{i}");
            Pv::Mct
                .set(&m, key.as_bytes(), ValueRef::Str(b"moved"))
                .is_ok()
                && new.meta(&key).is_some_and(|(_, _, v)| v == b"moved")
        })
        .count();
    assert_eq!(succeeded, 10, "requests that reached the new address");
    assert_eq!(resolver.calls(), 2);
}

#[test]
fn localhost_is_resolved_by_the_system_and_again_after_a_reload() {
    let mc = Memcached::start();
    let mut p = Params::default();
    p.set("servers", &format!("localhost:{}", mc.port()))
        .unwrap();
    p.set("timeout", "1000").unwrap();
    let m = Engine::new(p).unwrap();
    Pv::Mct.set(&m, b"k", ValueRef::Str(b"v")).unwrap();
    let mut out = Vec::new();
    assert_eq!(
        Pv::Mct.get(&m, b"k", usize::MAX, &mut out).unwrap(),
        ScriptValue::Str
    );
    assert_eq!(out, b"v");
    m.reload();
    assert_eq!(
        Pv::Mct.get(&m, b"k", usize::MAX, &mut out).unwrap(),
        ScriptValue::Str
    );
    assert_eq!(m.report().counters.errors, 0);
}
