//! TLS and ASCII authentication against a real memcached (`-Z` with certificates made here, `-Y`
//! with an auth file): the operations over TLS, mutual TLS, each way a handshake must fail (with
//! its reason, and without a byte of the request in clear), both kinds of server in one list, and
//! freeze and kill faults over TLS, bounded by `timeout`.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::certs::Pki;
use common::Memcached;
use sip_memcached::engine::Delta;
use sip_memcached::{Engine, Error, Params, Pv, ScriptValue, ValueRef};

fn engine(servers: &str, params: &[(&str, &str)]) -> Engine {
    try_engine(servers, params).unwrap()
}

fn try_engine(servers: &str, params: &[(&str, &str)]) -> sip_memcached::Result<Engine> {
    let mut p = Params::default();
    p.set("servers", servers).unwrap();
    p.set("timeout", "500").unwrap();
    for (k, v) in params {
        p.set(k, v).unwrap();
    }
    Engine::new(p)
}

fn trusting(pki: &Pki) -> Vec<(&'static str, String)> {
    vec![
        ("tls", "1".into()),
        ("tls_ca_file", pki.ca.display().to_string()),
    ]
}

fn with<'a>(params: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    params.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

fn set(e: &Engine, key: &str, value: &str) -> sip_memcached::Result<()> {
    Pv::Mct.set(e, key.as_bytes(), ValueRef::Str(value.as_bytes()))
}

fn get(e: &Engine, key: &str) -> sip_memcached::Result<(ScriptValue, Vec<u8>)> {
    let mut out = Vec::new();
    Pv::Mct
        .get(e, key.as_bytes(), usize::MAX, &mut out)
        .map(|g| (g, out))
}

/// memcached serving `pair` over TLS.
fn tls_server(pair: &(std::path::PathBuf, std::path::PathBuf), log: Option<&Path>) -> Memcached {
    let serving = Pki::serving(pair);
    Memcached::start_tls(&["-o", &serving], log)
}

fn scratch(name: &str) -> std::path::PathBuf {
    common::scratch_dir(name)
}

#[test]
fn get_set_and_incr_work_over_tls() {
    let dir = scratch("tls-ops");
    let pki = Pki::make(&dir);
    let mc = tls_server(&pki.server, None);
    let e = engine(&mc.tls_server(), &with(&trusting(&pki)));
    set(&e, "greeting", "hello over TLS").unwrap();
    assert_eq!(
        get(&e, "greeting").unwrap(),
        (ScriptValue::Str, b"hello over TLS".to_vec())
    );
    Pv::Mct.set(&e, b"n", ValueRef::Int(41)).unwrap();
    assert_eq!(e.add(b"n", Delta::plus(1), 0).unwrap(), 42);
    assert_eq!(
        mc.meta("greeting").unwrap().2,
        b"hello over TLS",
        "seen on the plain port"
    );
    let value: Vec<u8> = (0..=255u8).cycle().take(600_000).collect();
    Pv::Mct.set(&e, b"big", ValueRef::Str(&value)).unwrap();
    let (_, out) = get(&e, "big").unwrap();
    assert!(out == value, "a value of many TLS records reads back whole");
    assert_eq!(
        e.report().counters.connects,
        1,
        "one connection, one handshake"
    );
}

#[test]
fn the_server_is_verified_by_its_name_from_the_list_or_tls_server_name() {
    let dir = scratch("tls-names");
    let pki = Pki::make(&dir);
    let mc = tls_server(&pki.server, None);
    let by_name = format!("localhost:{}", mc.tls_port.unwrap());
    let e = engine(&by_name, &with(&trusting(&pki)));
    set(&e, "k", "by name").unwrap();

    let odd = tls_server(&pki.wrong_name, None);
    let mut params = trusting(&pki);
    params.push(("tls_server_name", "other.example".into()));
    let e = engine(&odd.tls_server(), &with(&params));
    set(&e, "k", "tls_server_name").unwrap();
    assert_eq!(odd.meta("k").unwrap().2, b"tls_server_name");
}

/// Each refused handshake: the error names the server and the reason, and memcached saw no
/// command (its `-vv` log has no `set`, no key).
fn refused(
    pair: &(std::path::PathBuf, std::path::PathBuf),
    params: &[(&'static str, String)],
    reason: &str,
) {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = scratch(&format!("tls-refused-{n}"));
    let log = dir.join("memcached.log");
    let mc = tls_server(pair, Some(&log));
    let e = engine(&mc.tls_server(), &with(params));
    let err = set(&e, "secret_key", "secret value").unwrap_err();
    let text = err.to_string();
    eprintln!("refused as it should be: {text}");
    assert!(
        matches!(err, Error::Connect { .. }),
        "a connect failure: {text}"
    );
    assert!(text.contains(&mc.tls_server()), "names the server: {text}");
    assert!(text.contains(reason), "says why ({reason}): {text}");
    std::thread::sleep(Duration::from_millis(100));
    let seen = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(
        !seen.contains("secret"),
        "nothing reached memcached as a command:\n{seen}"
    );
}

#[test]
fn a_certificate_from_an_untrusted_ca_is_refused() {
    let pki = Pki::make(&scratch("tls-ca"));
    let params = vec![
        ("tls", "1".into()),
        ("tls_ca_file", pki.stranger_ca.display().to_string()),
    ];
    refused(&pki.server, &params, "not signed by a trusted CA");
}

#[test]
fn the_system_roots_do_not_trust_a_private_ca() {
    let pki = Pki::make(&scratch("tls-system"));
    refused(
        &pki.server,
        &[("tls", "1".into())],
        "not signed by a trusted CA",
    );
}

#[test]
fn an_expired_certificate_is_refused() {
    let pki = Pki::make(&scratch("tls-expired"));
    refused(&pki.expired, &trusting(&pki), "has expired");
}

#[test]
fn a_certificate_for_another_name_is_refused() {
    let pki = Pki::make(&scratch("tls-name"));
    refused(&pki.wrong_name, &trusting(&pki), "not valid for the name");
}

#[test]
fn a_ca_certificate_as_the_servers_own_is_refused_with_the_reason() {
    let pki = Pki::make(&scratch("tls-ca-as-server"));
    let params = vec![
        ("tls", "1".into()),
        ("tls_ca_file", pki.ca_as_server.0.display().to_string()),
    ];
    refused(&pki.ca_as_server, &params, "is a CA certificate");
}

#[test]
fn a_plain_text_server_is_never_spoken_to_in_clear() {
    let pki = Pki::make(&scratch("tls-plain"));
    let dir = scratch("tls-plain-log");
    let log = dir.join("memcached.log");
    let mc = Memcached::start_logged(&log);
    let e = engine(&mc.server(), &with(&trusting(&pki)));
    let started = Instant::now();
    let err = set(&e, "secret_key", "secret value").unwrap_err();
    assert!(
        started.elapsed() < Duration::from_millis(800),
        "within timeout: {err}"
    );
    let text = err.to_string();
    eprintln!("refused as it should be: {text}");
    assert!(text.contains(&mc.server()), "{text}");
    assert!(
        text.contains("did not answer with TLS") || text.contains("timed out"),
        "{text}"
    );
    std::thread::sleep(Duration::from_millis(100));
    let seen = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(!seen.contains("secret"), "{seen}");
    assert_eq!(mc.meta("secret_key"), None);
}

#[test]
fn mutual_tls_needs_the_client_certificate() {
    let pki = Pki::make(&scratch("tls-mutual"));
    let serving = format!(
        "{},ssl_ca_cert={},ssl_verify_mode=2",
        Pki::serving(&pki.server),
        pki.ca.display()
    );
    let mc = Memcached::start_tls(&["-o", &serving], None);

    let mut params = trusting(&pki);
    params.push(("tls_cert_file", pki.client.0.display().to_string()));
    params.push(("tls_key_file", pki.client.1.display().to_string()));
    let e = engine(&mc.tls_server(), &with(&params));
    set(&e, "k", "mutual").unwrap();
    assert_eq!(get(&e, "k").unwrap().1, b"mutual");

    let without = engine(&mc.tls_server(), &with(&trusting(&pki)));
    let err = set(&without, "k2", "v").unwrap_err();
    eprintln!("refused as it should be: {err}");
    assert!(err.is_server_failure(), "{err}");
    assert_eq!(mc.meta("k2"), None, "{err}");
}

#[test]
fn tls_and_plain_servers_share_one_list() {
    let pki = Pki::make(&scratch("tls-mixed"));
    let secure = tls_server(&pki.server, None);
    let plain = Memcached::start();
    // TLS by default, one server plain by its prefix; then plain by default, one TLS by prefix.
    for (servers, tls) in [
        (
            format!("{}, notls:{}", secure.tls_server(), plain.server()),
            "1",
        ),
        (
            format!("tls:{}, {}", secure.tls_server(), plain.server()),
            "0",
        ),
    ] {
        let params = vec![
            ("tls", tls.to_string()),
            ("tls_ca_file", pki.ca.display().to_string()),
        ];
        let e = engine(&servers, &with(&params));
        for i in 0..40 {
            set(&e, &format!("k{i}"), "v").unwrap();
        }
        let on = |m: &Memcached| {
            (0..40)
                .filter(|i| m.meta(&format!("k{i}")).is_some())
                .count()
        };
        assert!(
            on(&secure) > 0 && on(&plain) > 0,
            "{servers}: both hold keys"
        );
        assert_eq!(on(&secure) + on(&plain), 40, "{servers}");
    }
}

#[test]
fn bad_tls_settings_stop_the_start_with_a_clear_error() {
    let pki = Pki::make(&scratch("tls-settings"));
    let missing = try_engine(
        "127.0.0.1:1",
        &[("tls", "1"), ("tls_ca_file", "/nonexistent/ca.pem")],
    );
    let text = missing.err().expect("refused").to_string();
    assert!(text.contains("/nonexistent/ca.pem"), "{text}");
    let unix = try_engine(
        "tls:/run/x.sock",
        &[("tls_ca_file", pki.ca.to_str().unwrap())],
    );
    assert!(unix
        .err()
        .expect("refused")
        .to_string()
        .contains("TCP only"));
    let key_only = try_engine(
        "127.0.0.1:1",
        &[
            ("tls", "1"),
            ("tls_key_file", pki.client.1.to_str().unwrap()),
        ],
    );
    assert!(key_only.is_err());
    let mut p = Params::default();
    assert!(p.set("tls_min_version", "1.1").is_err(), "TLS 1.2 at least");
}

#[test]
fn ascii_authentication_with_a_right_and_a_wrong_password() {
    let dir = scratch("auth");
    let auth = dir.join("auth");
    std::fs::write(&auth, "sip:s3cret\n").unwrap();
    let mc = Memcached::start_tcp("127.0.0.1", &["-Y", auth.to_str().unwrap()]);

    let right = engine(&mc.server(), &[("username", "sip"), ("password", "s3cret")]);
    set(&right, "k", "authenticated").unwrap();
    assert_eq!(get(&right, "k").unwrap().1, b"authenticated");
    let from_file = engine(&mc.server(), &[("auth_file", auth.to_str().unwrap())]);
    assert_eq!(get(&from_file, "k").unwrap().1, b"authenticated");

    let wrong = engine(
        &mc.server(),
        &[("username", "sip"), ("password", "nope-wrong")],
    );
    let err = set(&wrong, "k", "x").unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, Error::Connect { .. }), "{text}");
    assert!(text.contains("authentication as 'sip' refused"), "{text}");
    assert!(
        !text.contains("nope-wrong"),
        "the password is never shown: {text}"
    );
    let none = engine(&mc.server(), &[]);
    assert!(
        set(&none, "k", "x").is_err(),
        "memcached -Y refuses the unauthenticated"
    );
    assert_eq!(mc_value(&right, "k"), b"authenticated");
    for line in right.startup_lines() {
        assert!(!line.contains("s3cret"), "{line}");
    }
}

#[test]
fn the_password_is_not_sent_to_a_server_that_does_not_ask_for_it() {
    let mc = Memcached::start();
    let e = engine(&mc.server(), &[("username", "sip"), ("password", "s3cret")]);
    set(&e, "k", "v").unwrap();
    assert_eq!(get(&e, "k").unwrap().1, b"v");
    // Without -Y, memcached would have stored the authentication `set` as an item.
    assert_eq!(mc.meta("auth"), None);
}

fn mc_value(e: &Engine, key: &str) -> Vec<u8> {
    get(e, key).unwrap().1
}

#[test]
fn authentication_over_tls() {
    let dir = scratch("auth-tls");
    let pki = Pki::make(&dir);
    let auth = dir.join("auth");
    std::fs::write(&auth, "sip:s3cret\n").unwrap();
    let serving = Pki::serving(&pki.server);
    let mc = Memcached::start_tls(&["-o", &serving, "-Y", auth.to_str().unwrap()], None);
    let mut params = trusting(&pki);
    params.push(("auth_file", auth.display().to_string()));
    let e = engine(&mc.tls_server(), &with(&params));
    set(&e, "k", "both").unwrap();
    assert_eq!(get(&e, "k").unwrap().1, b"both");
}

#[test]
fn a_frozen_or_killed_tls_server_costs_at_most_timeout_and_comes_back() {
    let pki = Pki::make(&scratch("tls-faults"));
    let mut mc = tls_server(&pki.server, None);
    let mut params = trusting(&pki);
    params.push(("retry_interval", "200".into()));
    let e = engine(&mc.tls_server(), &with(&params));
    set(&e, "k", "v").unwrap();

    // Frozen mid-connection (kept) and at connect (a new handshake): each costs <= timeout (500
    // ms here), plus the margin a loaded machine needs.
    mc.freeze();
    for _ in 0..3 {
        let started = Instant::now();
        assert!(get(&e, "k").is_err());
        assert!(
            started.elapsed() < Duration::from_millis(500) + MARGIN,
            "{:?}",
            started.elapsed()
        );
    }
    mc.signal(libc::SIGCONT);
    let deadline = Instant::now() + Duration::from_secs(5);
    while get(&e, "k").is_err() {
        assert!(Instant::now() < deadline, "back after the freeze");
        std::thread::sleep(Duration::from_millis(50));
    }

    mc.kill();
    let started = Instant::now();
    assert!(get(&e, "k").is_err());
    assert!(started.elapsed() < Duration::from_millis(500) + MARGIN);
    mc.restart();
    let deadline = Instant::now() + Duration::from_secs(5);
    while set(&e, "k", "again").is_err() {
        assert!(
            Instant::now() < deadline,
            "back after the restart, over TLS again"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(mc.meta("k").unwrap().2, b"again");
}

#[test]
fn a_reconnect_resumes_the_tls_session_instead_of_a_full_handshake() {
    let pki = Pki::make(&scratch("tls-resume"));
    let mc = tls_server(&pki.server, None);
    let e = engine(&mc.tls_server(), &with(&trusting(&pki)));
    let (full, resumed) = sip_memcached::client::tls::handshakes();
    set(&e, "k", "v").unwrap();
    for round in 1..=3 {
        // A reload drops every connection: the next operation connects again.
        e.reload();
        assert_eq!(get(&e, "k").unwrap().1, b"v");
        assert_eq!(e.report().counters.connects, 1 + round);
    }
    // Other tests of this process handshake at the same time: only this one's count is sure.
    let (full_now, resumed_now) = sip_memcached::client::tls::handshakes();
    assert!(full_now > full, "the first connection did a full handshake");
    assert!(
        resumed_now - resumed >= 3,
        "{} resumed",
        resumed_now - resumed
    );
}

#[test]
fn the_library_links_no_openssl_so_the_hosts_tls_module_stays_its_only_user() {
    let out = std::process::Command::new("objdump")
        .arg("-p")
        .arg(common::library())
        .output()
        .expect("objdump (binutils)");
    let text = String::from_utf8_lossy(&out.stdout);
    let needed: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("NEEDED"))
        .map(str::trim)
        .collect();
    assert!(!needed.is_empty(), "{text}");
    for lib in &needed {
        assert!(
            !lib.contains("ssl") && !lib.contains("crypto"),
            "{needed:?}"
        );
    }
    let symbols = std::process::Command::new("objdump")
        .arg("-T")
        .arg(common::library())
        .output()
        .unwrap();
    let symbols = String::from_utf8_lossy(&symbols.stdout);
    assert!(
        !symbols.contains("SSL_"),
        "no OpenSSL symbol is imported or exported"
    );
}

/// What a TLS operation may take beyond its timeout: scheduling on a loaded 2-vCPU machine. The
/// point is that it is bounded, not how fast.
const MARGIN: Duration = Duration::from_millis(400);

#[test]
fn a_server_that_trickles_its_handshake_costs_at_most_timeout() {
    let port = common::trickling_tls_server();
    let pki = Pki::make(&scratch("tls-trickled-handshake"));
    let mut params = trusting(&pki);
    params.push(("timeout", "200".into()));
    let e = engine(&format!("127.0.0.1:{port}"), &with(&params));
    for _ in 0..2 {
        let started = Instant::now();
        let err = set(&e, "k", "v").unwrap_err();
        let took = started.elapsed();
        eprintln!("{err} after {took:?}");
        assert!(
            matches!(err, Error::Timeout { .. }),
            "a timeout, not what the peer did at last: {err}"
        );
        assert!(took < Duration::from_millis(200) + MARGIN, "took {took:?}");
    }
}

/// A TCP relay in front of `to`: the client's bytes go through as they come, and so do the
/// server's until `slow` is set; from then on the server's bytes trickle, a byte every 50 ms.
fn relay(to: u16, slow: std::sync::Arc<std::sync::atomic::AtomicBool>) -> u16 {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(mut client) = client else { return };
            let Ok(mut server) = std::net::TcpStream::connect(("127.0.0.1", to)) else {
                continue;
            };
            client.set_nodelay(true).unwrap();
            server.set_nodelay(true).unwrap();
            let (mut client_in, mut server_out) =
                (client.try_clone().unwrap(), server.try_clone().unwrap());
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n @ 1..) = client_in.read(&mut buf) {
                    if server_out.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
                let _ = server_out.shutdown(std::net::Shutdown::Both);
            });
            let slow = slow.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n @ 1..) = server.read(&mut buf) {
                    if slow.load(std::sync::atomic::Ordering::SeqCst) {
                        common::trickle(&mut client, &buf[..n]);
                        break;
                    }
                    if client.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
                let _ = client.shutdown(std::net::Shutdown::Both);
            });
        }
    });
    port
}

#[test]
fn a_tls_reply_that_trickles_costs_at_most_timeout() {
    let pki = Pki::make(&scratch("tls-trickled-reply"));
    let mc = tls_server(&pki.server, None);
    let slow = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let port = relay(mc.tls_port.unwrap(), slow.clone());
    let mut params = trusting(&pki);
    params.push(("timeout", "200".into()));
    let e = engine(&format!("127.0.0.1:{port}"), &with(&params));
    let value = "v".repeat(3000);
    set(&e, "k", &value).unwrap();
    assert_eq!(get(&e, "k").unwrap().1, value.as_bytes());
    slow.store(true, std::sync::atomic::Ordering::SeqCst);
    let started = Instant::now();
    let err = get(&e, "k").unwrap_err();
    let took = started.elapsed();
    eprintln!("{err} after {took:?}");
    assert!(matches!(err, Error::Timeout { .. }), "{err}");
    assert!(took < Duration::from_millis(200) + MARGIN, "took {took:?}");
}
