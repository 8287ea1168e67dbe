//! How every supported Kamailio reaches memcached: by a host name resolved in every worker, while
//! memcached is down at startup and once it is up, through the near cache until a reload, and
//! over TLS with authentication, within `timeout` when the TLS server trickles.
//!
//! Each scenario is a function of the host; `release_suites!` (tests/common/kamailio/suite.rs)
//! makes one test of it per release (`v6_0::SCENARIO`). Under CI=true a missing Kamailio fails
//! these tests; elsewhere they are skipped with a message.

mod common;

use std::time::Duration;

use common::kamailio::{stat, Kamailio, KamailioHost, NEAR_CACHE_UNTIL_RELOAD};
use common::Memcached;

fn a_host_name_is_resolved_in_every_worker_and_again_after_a_reload(h: &KamailioHost) {
    // `localhost` through the host's own resolver (nsswitch, /etc/hosts), on the module's helper
    // thread in each SIP worker; a reload makes every worker resolve it again.
    let mc = Memcached::start();
    let server = format!("localhost:{}", mc.port());
    let k = Kamailio::start(h, "names", &h.our_module(), &server, "");
    let round = |tag: &str| {
        for i in 0..10 {
            let key = format!("{tag}{i}");
            k.request("set", &[("X-Key", &key), ("X-Val", "v")]);
            let r = k.request("get", &[("X-Key", &key)]);
            assert_eq!(r.header("X-Get"), "v", "{}", k.log_text());
        }
    };
    round("before");
    assert_eq!(k.kamcmd(&["memcached.reload"]).trim(), "ok");
    round("after");
    let stats = k.kamcmd(&["memcached.stats"]);
    assert_eq!(stat(&stats, "errors"), 0, "{stats}");
    assert!(stats.contains(&server), "{stats}");
}

fn starts_without_memcached_and_works_once_it_is_up(h: &KamailioHost) {
    let port = common::free_port();
    let server = format!("127.0.0.1:{port}");
    let mut k = Kamailio::start(h, "down", &h.our_module(), &server, "");
    for i in 0..20 {
        let key = format!("k{i}");
        let r = k.request("set", &[("X-Key", &key), ("X-Val", "v")]);
        assert_eq!(r.header("X-Get"), "<null>");
    }
    assert!(k.is_running());
    let log = k.log_text();
    assert!(log.contains("ERROR: memcached [sip-memcached]"), "{log}");
    assert!(log.contains("cannot connect to 127.0.0.1"), "{log}");
    // 20 requests made 100 failed operations; the log has a handful of lines, not 100.
    let lines = log.matches("ERROR: memcached").count();
    assert!(lines <= 8, "{lines} error lines:\n{log}");

    // Marked down after the failures; within retry_interval (here 2 s) it is probed again and
    // works without a restart or a reload.
    let _mc = Memcached::start_on_port(port);
    let started = std::time::Instant::now();
    loop {
        let r = k.request("set", &[("X-Key", "back"), ("X-Val", "up")]);
        if r.header("X-Get") == "up" {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "not back within retry_interval"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(50));
    assert!(k.log_text().contains("is reachable again"));
}

fn near_cache_serves_every_worker_until_a_reload(h: &KamailioHost) {
    let mc = Memcached::start();
    let k = Kamailio::start(
        h,
        "cache",
        &h.our_module(),
        &mc.server(),
        NEAR_CACHE_UNTIL_RELOAD,
    );
    k.change_behind_the_near_cache(&mc);
    let stats = k.kamcmd(&["memcached.stats"]);
    assert!(stat(&stats, "cache_hits") >= 2, "{stats}");
    assert!(
        stat(&stats, "cache_entries") >= 2,
        "one entry per worker: {stats}"
    );

    let reload = k.kamcmd(&["memcached.reload"]);
    assert_eq!(reload.trim(), "ok");
    k.every_worker_reads("route", "gateway-b", "after memcached.reload");
}

/// Two Kamailio proxies on one memcached, the near cache on: one touches a key on every request
/// (`$mctex(loc) = 3600` beside `$mct(loc)`, the common pattern), the other changes it. `TOUCHED`
/// proves the key exists, not its value: within `cache_ttl` of its fill, the toucher answers with
/// the new value (before the fix, "old" for ever).
fn a_touch_on_one_node_never_hides_a_change_made_on_another(h: &KamailioHost) {
    let mc = Memcached::start();
    let extra = "modparam(\"memcached\", \"cache_size\", 1000)\n\
                 modparam(\"memcached\", \"cache_ttl\", 1000)";
    let toucher = Kamailio::start(h, "touch-a", &h.our_module(), &mc.server(), extra);
    let writer = Kamailio::start(h, "touch-b", &h.our_module(), &mc.server(), extra);
    writer.request("set", &[("X-Key", "loc_alice"), ("X-Val", "old")]);
    let touch = || {
        let r = toucher.request("tex", &[("X-Key", "loc_alice"), ("X-Val", "3600")]);
        assert_eq!(r.status, 200);
        r.header("X-Get").to_string()
    };
    // Every SIP worker of the toucher caches "old".
    for _ in 0..10 {
        assert_eq!(touch(), "old");
    }
    writer.request("set", &[("X-Key", "loc_alice"), ("X-Val", "new")]);
    assert_eq!(mc.meta("loc_alice").unwrap().2, b"new");
    let started = std::time::Instant::now();
    let mut stale = 0;
    // Until both workers have answered "new" twice in a row.
    let mut fresh_in_a_row = 0;
    while fresh_in_a_row < 4 {
        if touch() == "new" {
            fresh_in_a_row += 1;
        } else {
            fresh_in_a_row = 0;
            stale += 1;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the toucher still answers 'old' after {:?} ({stale} stale answers, cache_ttl 1 s)",
            started.elapsed()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    eprintln!(
        "{}: 'new' on every worker of the toucher after {:?}, {stale} stale answers before \
         (cache_ttl 1 s)",
        h.label,
        started.elapsed()
    );
    let ttl = mc.meta("loc_alice").unwrap().1;
    assert!((3590..=3600).contains(&ttl), "touched: {ttl} s left");
}

/// With `failover`, two memcached A and B, and A frozen (SIGSTOP) until marked down: a key of A
/// written over SIP lands on B; A thawed still holds the value from before. Whichever SIP worker
/// reads the key after A's return gets the outage's value, never A's older one, though only one
/// worker wrote it (before the list was shared, the other worker read "old").
fn after_a_failover_no_worker_reads_an_older_value_when_the_server_returns(h: &KamailioHost) {
    let (a, b) = (Memcached::start(), Memcached::start());
    let list = format!("{},{}", a.server(), b.server());
    let keys = common::keys_on_server(&list, 0, "fb_", 2);
    let (key, probe) = (&keys[0], &keys[1]);
    let extra = "modparam(\"memcached\", \"failover\", 1)\n\
                 modparam(\"memcached\", \"server_failure_limit\", 1)\n\
                 modparam(\"memcached\", \"retry_interval\", 1000)";
    let k = Kamailio::start(h, "failback", &h.our_module(), &list, extra);
    let read = |key: &str| {
        let r = k.request("get", &[("X-Key", key)]);
        (r.header("X-Get").to_string(), r.header("X-Pid").to_string())
    };
    k.request("set", &[("X-Key", key), ("X-Val", "old")]);
    assert_eq!(a.meta(key).unwrap().2, b"old");

    // A read of a key no test writes spends the timeout on A and marks it down for every worker,
    // so that no write is left in A's socket buffer to be applied when it thaws.
    a.freeze();
    read(probe);
    let r = k.request("set", &[("X-Key", key), ("X-Val", "new")]);
    assert_eq!(r.header("X-Get"), "new", "{}", k.log_text());
    let writer = r.header("X-Pid").to_string();
    assert_eq!(b.meta(key).unwrap().2, b"new", "failed over to B");

    a.signal(libc::SIGCONT);
    std::thread::sleep(Duration::from_millis(1300));
    assert_eq!(
        a.meta(key).unwrap().2,
        b"old",
        "A held its value through the freeze"
    );
    let mut readers = std::collections::HashSet::new();
    for _ in 0..40 {
        let (value, pid) = read(key);
        assert_eq!(value, "new", "worker {pid} (the writer was {writer})");
        readers.insert(pid);
    }
    assert_eq!(readers.len(), 2, "both workers read: {readers:?}");
    assert_eq!(a.meta(key).unwrap().2, b"new", "moved home");
    assert_eq!(b.meta(key), None, "B's copy deleted");
    let stats = k.kamcmd(&["memcached.stats"]);
    assert_eq!(stat(&stats, "failback_keys"), 1, "{stats}");
}

/// Kamailio reaching memcached over TLS (memcached -Z with a certificate of a CA made here) and
/// logging in (-Y): the pseudo-variables work, the item is on the server, and the startup line
/// says how it connects, without the password. A server whose certificate the CA did not sign is
/// refused with the reason, and Kamailio keeps serving.
fn tls_and_authentication_to_memcached(h: &KamailioHost) {
    let dir = common::scratch_dir(&format!("k{}-tls-pki", h.label));
    let pki = common::certs::Pki::make(&dir);
    let auth = dir.join("auth");
    std::fs::write(&auth, "kamailio:tls-and-a-password\n").unwrap();
    let serving = common::certs::Pki::serving(&pki.server);
    let mc = Memcached::start_tls(&["-o", &serving, "-Y", auth.to_str().unwrap()], None);
    let (files, files_inside) = h.scratch_dir("tls-files");
    std::fs::copy(&pki.ca, files.join("ca.pem")).unwrap();
    let params = format!(
        "modparam(\"memcached\", \"tls\", 1)\n\
         modparam(\"memcached\", \"tls_ca_file\", \"{}\")\n\
         modparam(\"memcached\", \"username\", \"kamailio\")\n\
         modparam(\"memcached\", \"password\", \"tls-and-a-password\")",
        files_inside.join("ca.pem").display()
    );
    let k = Kamailio::start(h, "tls", &h.our_module(), &mc.tls_server(), &params);
    let r = k.request("set", &[("X-Key", "secure"), ("X-Val", "over TLS")]);
    assert_eq!(r.header("X-Get"), "over TLS", "{}", k.log_text());
    assert_eq!(mc.meta("secure").unwrap().2, b"over TLS");
    let r = k.request("inc", &[("X-Key", "tls_counter"), ("X-Val", "5")]);
    assert_eq!(r.status, 200);
    assert_eq!(mc.meta("tls_counter").unwrap().2, b"5");
    let log = k.log_text();
    assert!(log.contains("1 of 1 servers over TLS 1.2+"), "{log}");
    assert!(log.contains("ASCII authentication as 'kamailio'"), "{log}");
    assert!(!log.contains("tls-and-a-password"), "{log}");
    let stats = k.kamcmd(&["memcached.stats"]);
    assert!(stats.contains(&mc.tls_server()), "{stats}");
    assert!(!stats.contains("tls-and-a-password"), "{stats}");

    let stranger = Memcached::start_tls(&["-o", &common::certs::Pki::serving(&pki.expired)], None);
    let k = Kamailio::start(
        h,
        "tls-expired",
        &h.our_module(),
        &stranger.tls_server(),
        &params,
    );
    let r = k.request("set", &[("X-Key", "secure"), ("X-Val", "never sent")]);
    assert_eq!(r.status, 200, "Kamailio keeps serving");
    assert_eq!(stranger.meta("secure"), None);
    let log = k.log_text();
    assert!(
        log.contains("the server's certificate has expired"),
        "{log}"
    );
}

/// A TLS server that trickles its handshake (a byte every 50 ms, every read well within the
/// socket's timeout): each SIP request is answered within `timeout` (200 ms) plus a margin, where
/// before the handshake went on as long as the server trickled (10.2 s per request in a Kamailio
/// 5.6.3, as long as the test's server goes on here). `server_failure_limit` 1, so that the
/// request's first read marks the server down and its other reads fail at once; each request
/// after `retry_interval` probes it with a new handshake.
fn a_tls_server_that_trickles_costs_a_request_at_most_timeout(h: &KamailioHost) {
    let port = common::trickling_tls_server();
    let params = "modparam(\"memcached\", \"timeout\", 200)\n\
                  modparam(\"memcached\", \"tls_verify\", 0)\n\
                  modparam(\"memcached\", \"server_failure_limit\", 1)\n\
                  modparam(\"memcached\", \"retry_interval\", 100)";
    let servers = format!("tls:127.0.0.1:{port}");
    let k = Kamailio::start(h, "tls-trickled", &h.our_module(), &servers, params);
    for _ in 0..3 {
        let started = std::time::Instant::now();
        let r = k.request("get", &[("X-Key", "k")]);
        let took = started.elapsed();
        assert_eq!(r.status, 200, "{}", k.log_text());
        assert!(
            took < Duration::from_millis(200 + 600),
            "answered after {took:?}; log:\n{}",
            k.log_text()
        );
        std::thread::sleep(Duration::from_millis(150));
    }
    let log = k.log_text();
    assert!(log.contains("TLS handshake"), "{log}");
}

release_suites! {
    a_host_name_is_resolved_in_every_worker_and_again_after_a_reload
    starts_without_memcached_and_works_once_it_is_up
    near_cache_serves_every_worker_until_a_reload
    a_touch_on_one_node_never_hides_a_change_made_on_another
    tls_and_authentication_to_memcached
    after_a_failover_no_worker_reads_an_older_value_when_the_server_returns
    a_tls_server_that_trickles_costs_a_request_at_most_timeout
}
