//! What the module writes to Kamailio's log in every supported release: its startup line, failures
//! rate-limited per kind during an outage or under bad script input, the first failure at once,
//! and requests served while standard error is full.
//!
//! Each scenario is a function of the host; `release_suites!` (tests/common/kamailio/suite.rs)
//! makes one test of it per release (`v6_0::SCENARIO`). Under CI=true a missing Kamailio fails
//! these tests; elsewhere they are skipped with a message.

mod common;

use std::os::fd::FromRawFd;
use std::process::Stdio;
use std::time::Duration;

use common::kamailio::{example_config, lines_with, stat, Kamailio, KamailioHost};
use common::Memcached;

/// During an outage the log holds the module's own lines, rate-limited, and nothing per
/// request from Kamailio's core; the script goes on, and `$rc` of a route ending in a failed
/// assignment is 1 (with `report_assign_failure` 1, -1 and the core's lines, as with the stock
/// module).
fn an_outage_under_load_leaves_the_log_to_the_module(h: &KamailioHost) {
    let dead = format!("127.0.0.1:{}", common::free_port());
    let k = Kamailio::start(h, "outage", &h.our_module(), &dead, "");
    for i in 0..300 {
        let key = format!("k{}", i % 7);
        let r = k.request("setrc", &[("X-Key", key.as_str()), ("X-Val", "v")]);
        assert_eq!((r.status, r.header("X-Get")), (200, "<null>"));
        assert_eq!(r.header("X-RC"), "1", "the script goes on");
    }
    let log = k.log_text();
    for core in ["setting pvar failed", "assignment failed"] {
        assert_eq!(lines_with(&log, core), 0, "{core}:\n{log}");
    }
    let ours = lines_with(&log, "ERROR: memcached");
    assert!(
        (1..=6).contains(&ours),
        "300 requests, 2100 failed operations: {ours} lines\n{log}"
    );

    let extra = "modparam(\"memcached\", \"report_assign_failure\", 1)";
    let k = Kamailio::start(h, "outage-stock", &h.our_module(), &dead, extra);
    let r = k.request("setrc", &[("X-Key", "k"), ("X-Val", "v")]);
    assert_eq!(r.header("X-RC"), "-1", "as with the stock module");
    std::thread::sleep(Duration::from_millis(100));
    assert!(lines_with(&k.log_text(), "setting pvar failed") >= 1);
}

/// Failures that a SIP sender can provoke on every request: the first of each kind is logged at
/// once, at ERROR, then one line per kind and 10 s; every one is counted.
fn script_failures_are_logged_once_per_kind_and_counted(h: &KamailioHost) {
    let mc = Memcached::start();
    let k = Kamailio::start(h, "kinds", &h.our_module(), &mc.server(), "");
    // What a sender wrote reaches the log escaped: no forged line, no colour. First, so that
    // it is the first bad expiry of the worker that takes it (each worker logs its first).
    let forged = "1\r\n 0(4242) CRITICAL: <core> [main.c:1]: forged \u{1b}[31mred";
    k.request("ttl", &[("X-Key", "f"), ("X-Val", "v"), ("X-TTL", forged)]);
    k.request("set", &[("X-Key", "word"), ("X-Val", "abc")]);
    for i in 0..40 {
        let key = format!("t{i}");
        k.request(
            "ttl",
            &[("X-Key", key.as_str()), ("X-Val", "v"), ("X-TTL", "soon")],
        );
        k.request("inc", &[("X-Key", "word"), ("X-Val", "1")]);
    }
    // One line per kind and SIP worker process (there are 2) in 10 s.
    let log = k.log_text();
    for kind in ["bad expiry '", "assigning $mcinc(word): not a number"] {
        let n = lines_with(&log, kind);
        assert!((1..=2).contains(&n), "{n} lines of {kind}:\n{log}");
    }
    let stats = k.kamcmd(&["memcached.stats"]);
    assert!(stat(&stats, "refused") >= 80, "{stats}");
    // A folded header: $mctex of that key (missing) is logged with the key it was given.
    k.request("tex", &[("X-Key", forged), ("X-Val", "10")]);
    std::thread::sleep(Duration::from_millis(100));
    let log = k.log_text();
    assert!(
        log.contains(
            "bad expiry '1\\x0d\\x0a 0(4242) CRITICAL: <core> [main.c:1]: forged \\x1b[31mred'"
        ),
        "{log}"
    );
    assert!(
        log.contains("assigning $mctex(1\\x0d\\x0a 0(4242) CRITICAL: <core> [main.c:1]: forged \\x1b[31mred): key not found"),
        "{log}"
    );
    assert!(!log.contains('\u{1b}'), "{log}");
    assert!(
        !log.lines().any(|l| l.trim_start().starts_with("0(4242)")),
        "{log}"
    );
}

/// The first failure of a process is logged at ERROR, even in its first seconds, and even when
/// it does not mark the server down.
fn the_first_failure_is_logged_at_once(h: &KamailioHost) {
    let dead = format!("127.0.0.1:{}", common::free_port());
    let extra = "modparam(\"memcached\", \"server_failure_limit\", 1000)";
    let k = Kamailio::start(h, "first-failure", &h.our_module(), &dead, extra);
    k.request("get", &[("X-Key", "k")]);
    std::thread::sleep(Duration::from_millis(100));
    let log = k.log_text();
    assert!(
        log.contains("ERROR: memcached [sip-memcached]: reading $mct(k): cannot connect to"),
        "{log}"
    );
    assert!(!log.contains("marked down"), "{log}");
}

/// The startup line says what the module is and how it was set up; `memory` says nothing
/// unless it is set.
fn the_startup_line_names_the_version_and_the_settings(h: &KamailioHost) {
    let mc = Memcached::start();
    let k = Kamailio::start(h, "startup", &h.our_module(), &mc.server(), "");
    let log = k.log_text();
    let expected = format!(
        "sip-memcached {}: servers {}, distribution ketama, failover off, \
         server_failure_limit 3, retry_interval 2000 ms, expire 300 s, timeout 500 ms, mode 0 (set)",
        env!("CARGO_PKG_VERSION"),
        mc.server()
    );
    assert!(log.contains(&expected), "{log}");
    assert!(!log.contains("'memory'"), "{log}");
    let k = Kamailio::start(
        h,
        "startup-memory",
        &h.our_module(),
        &mc.server(),
        "modparam(\"memcached\", \"memory\", 1)",
    );
    assert_eq!(
        lines_with(&k.log_text(), "parameter 'memory' is accepted"),
        1
    );
}

/// Standard error a full non-blocking pipe that nobody reads: lines are lost, requests are not.
fn a_full_standard_error_loses_lines_not_requests(h: &KamailioHost) {
    let mut fds = [0; 2];
    // SAFETY: a pipe made for this test; its read end stays open and unread until the end.
    unsafe {
        assert_eq!(libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK), 0);
        let chunk = [b'x'; 4096];
        while libc::write(fds[1], chunk.as_ptr().cast(), chunk.len()) > 0 {}
    }
    let write_end = fds[1];
    let stderr = move || {
        // SAFETY: a new descriptor of the pipe's write end, owned by the Stdio.
        Stdio::from(unsafe { std::os::fd::OwnedFd::from_raw_fd(libc::dup(write_end)) })
    };
    let mc = Memcached::start();
    let mut k = Kamailio::start_with(
        h,
        "full-stderr",
        &example_config(),
        &h.our_module(),
        &mc.server(),
        "",
        Some(&stderr),
    );
    for i in 0..500 {
        let key = format!("k{i}");
        // Each one logs (a bad expiry), then stores and reads back.
        let r = k.request("ttl", &[("X-Key", "t"), ("X-Val", "v"), ("X-TTL", "-1")]);
        assert_eq!(r.status, 200);
        let r = k.request("set", &[("X-Key", key.as_str()), ("X-Val", "v")]);
        assert_eq!(r.header("X-Get"), "v", "request {i}");
    }
    assert!(k.is_running());
    k.stop();
    // SAFETY: closes this test's own descriptors.
    unsafe {
        libc::close(fds[0]);
        libc::close(fds[1]);
    }
}

release_suites! {
    an_outage_under_load_leaves_the_log_to_the_module
    script_failures_are_logged_once_per_kind_and_counted
    the_first_failure_is_logged_at_once
    the_startup_line_names_the_version_and_the_settings
    a_full_standard_error_loses_lines_not_requests
}
