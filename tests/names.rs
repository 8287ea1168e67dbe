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

/// A resolver that hangs, as `getaddrinfo` does with a dead DNS server: each lookup holds a UDP
/// socket (the query's) until it is released, and counts its calls.
struct HangingResolver {
    released: Mutex<bool>,
    wake: std::sync::Condvar,
    calls: AtomicU64,
}

impl Resolver for HangingResolver {
    fn resolve(&self, _host: &str, _port: u16) -> io::Result<Vec<SocketAddr>> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let _query = std::net::UdpSocket::bind("127.0.0.1:0")?;
        let mut released = self.released.lock().unwrap();
        while !*released {
            released = self.wake.wait(released).unwrap();
        }
        Err(io::Error::new(io::ErrorKind::TimedOut, "no DNS answer"))
    }
}

#[test]
fn reloads_and_new_engines_during_a_hung_lookup_start_no_other_lookup() {
    // Run alone: it counts the process's threads and descriptors.
    if !common::alone("reloads_and_new_engines_during_a_hung_lookup_start_no_other_lookup") {
        return;
    }
    let resolver = Arc::new(HangingResolver {
        released: Mutex::new(false),
        wake: std::sync::Condvar::new(),
        calls: AtomicU64::new(0),
    });
    let make = || {
        let mut p = Params::default();
        p.set("servers", "mc.example.test:11211").unwrap();
        p.set("timeout", "100").unwrap();
        // Never marked down: every operation asks for the name.
        p.set("server_failure_limit", "1000000").unwrap();
        Engine::with_resolver(p, resolver.clone()).unwrap()
    };
    let m = make();
    let (threads, descriptors) = common::threads_and_descriptors();
    let mut engines = Vec::new();
    for _ in 0..30 {
        // A reload asks for the name again; so does an engine of its own (a host's second
        // module instance, or one made again).
        m.reload();
        for e in [&m, engines.last().unwrap_or(&m)] {
            let (r, took) = timed_get(e, "k");
            assert!(matches!(r, Err(Error::Timeout { .. })), "{r:?}");
            assert!(took < Duration::from_millis(100) + MARGIN, "took {took:?}");
        }
        engines.push(make());
    }
    let (threads_now, descriptors_now) = common::threads_and_descriptors();
    eprintln!(
        "threads {threads} -> {threads_now}, descriptors {descriptors} -> {descriptors_now}, \
         lookups {}",
        resolver.calls.load(Ordering::SeqCst)
    );
    assert!(
        threads_now <= threads + 1,
        "{threads} -> {threads_now} threads"
    );
    assert!(
        descriptors_now <= descriptors + 1,
        "{descriptors} -> {descriptors_now} descriptors"
    );
    assert_eq!(
        resolver.calls.load(Ordering::SeqCst),
        1,
        "one lookup in flight"
    );
    *resolver.released.lock().unwrap() = true;
    resolver.wake.notify_all();
}
