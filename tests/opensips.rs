//! The module inside a real OpenSIPS 3.6.8 and 4.0.1 (built by `scripts/opensips_host.sh`), as a
//! drop-in for `cachedb_memcached`, with the config of `tests/opensips/opensips.cfg`
//! (docs/opensips.md shows it): the core's `cache_*` functions with their return codes, groups,
//! the MI commands over the FIFO with opensips-cli and over HTTP with curl, by each name the
//! release gives them, the counters as statistics (`get_statistics`, the prometheus page), a reload reaching every SIP worker, faults, the version check, and parity
//! with the stock module.
//!
//! Each scenario is a function of the host; `opensips_suites!` (tests/common/opensips.rs) runs it
//! on each release (`v3_6::…`, `v4_0::…`). Under CI=true a missing OpenSIPS fails these tests;
//! elsewhere they are skipped with a message.

mod common;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::opensips::{config_for, Opensips, OpensipsHost};
use common::Memcached;
use sip_memcached::engine::report::{COUNTERS, SERVER_COUNTERS};

fn our_module() -> PathBuf {
    common::library()
}

/// OpenSIPS with our module, both connections to `server`.
fn start(host: &OpensipsHost, name: &str, server: &str, extra: &str) -> Opensips {
    Opensips::start(
        host,
        name,
        &config_for(&our_module(), server, server, extra),
    )
}

/// One operation of the remote control: (return code, what it read; "-" when nothing).
fn op(o: &Opensips, name: &str, id: &str, key: &str, val: &str) -> (String, String) {
    let r = o.request(name, &[("X-Id", id), ("X-Key", key), ("X-Val", val)]);
    let value = r
        .headers
        .get("X-Val")
        .cloned()
        .unwrap_or_else(|| "-".into());
    (r.header("X-RC").to_string(), value)
}

/// `curl -s -m 5 ARGS http://127.0.0.1:PORT/PATH`: what it printed.
fn curl(o: &Opensips, args: &[&str], path: &str) -> String {
    let out = Command::new("curl")
        .args(["-s", "-m", "5"])
        .args(args)
        .arg(format!("http://127.0.0.1:{}{path}", o.http_port))
        .stdin(Stdio::null())
        .output()
        .expect("curl");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const DEFAULT: &str = "memcached";
const GROUP: &str = "memcached:group1";

fn the_cache_functions_answer_with_the_core_return_codes(host: &OpensipsHost) {
    let mc = Memcached::start();
    let o = start(host, "functions", &mc.server(), "");
    let r = |name: &str, key: &str, val: &str| op(&o, name, DEFAULT, key, val);
    let s = |a: &str, b: &str| (a.to_string(), b.to_string());
    let reply = o.request(
        "store",
        &[("X-Key", "k"), ("X-Val", "hello"), ("X-TTL", "60")],
    );
    assert_eq!(reply.header("X-RC"), "1");
    let (flags, ttl, value) = mc.meta("k").unwrap();
    assert_eq!(
        (flags, value.as_slice()),
        (0, &b"hello"[..]),
        "flags 0, as the stock module"
    );
    assert!((58..=60).contains(&ttl), "{ttl}");
    assert_eq!(r("fetch", "k", ""), s("1", "hello"));
    assert_eq!(r("fetch", "missing", ""), s("-2", "-"));
    assert_eq!(r("add", "n", "5"), s("1", "5"), "created atomically");
    assert_eq!(r("add", "n", "3"), s("1", "8"));
    assert_eq!(r("sub", "n", "2"), s("1", "6"));
    assert_eq!(r("counter_fetch", "n", ""), s("1", "6"));
    assert_eq!(
        r("add", "n", "-2"),
        s("1", "4"),
        "a negative delta subtracts"
    );
    // memcached pads a decremented value with spaces (10 to 9 is "9 "): read as the number.
    assert_eq!(r("add", "ten", "10"), s("1", "10"));
    assert_eq!(r("sub", "ten", "1"), s("1", "9"));
    assert_eq!(mc.meta("ten").unwrap().2, b"9 ");
    assert_eq!(r("counter_fetch", "ten", ""), s("1", "9"));
    assert_eq!(
        r("sub", "fresh", "4"),
        s("1", "0"),
        "a missing counter less 4 is 0"
    );
    assert_eq!(r("counter_fetch", "nothing", ""), s("-2", "-"));
    assert_eq!(r("remove", "k", ""), s("1", "-"));
    assert_eq!(r("fetch", "k", ""), s("-2", "-"));
    assert_eq!(
        r("remove", "k", ""),
        s("1", "-"),
        "a missing key is gone either way"
    );
    // A key with a space is hashed: it cannot desync or inject, and reads back.
    assert_eq!(r("store", "a key", "spaced"), s("1", "-"));
    assert_eq!(r("fetch", "a key", ""), s("1", "spaced"));
    assert_eq!(r("store", "empty", ""), s("1", "-"));
    assert_eq!(
        r("fetch", "empty", ""),
        s("1", ""),
        "an empty value reads back empty"
    );

    // The group has its own connection (here to the same server).
    assert_eq!(op(&o, "store", GROUP, "g", "grouped").0, "1");
    assert_eq!(r("fetch", "g", ""), s("1", "grouped"));

    let log = o.log_text();
    assert!(log.contains("INFO:cachedb_memcached:"), "{log}");
    assert!(log.contains("memcached:group1: sip-memcached"), "{log}");
}

fn mi_commands_over_the_fifo_with_opensips_cli(host: &OpensipsHost) {
    let mc = Memcached::start();
    let o = start(host, "mi", &mc.server(), "");
    op(&o, "store", DEFAULT, "k", "v");
    let stats = o.mi_fifo("memcached_stats", &[]).unwrap();
    assert!(stats.contains("\"memcached\""), "{stats}");
    assert!(stats.contains("\"memcached:group1\""), "{stats}");
    assert!(stats.contains(&format!("\"{}\"", mc.server())), "{stats}");
    assert!(stats.contains("\"state\": \"up\""), "{stats}");
    let fetched = o.mi_fifo("cache_fetch", &["memcached", "k"]).unwrap();
    assert!(fetched.contains("\"value\": \"v\""), "{fetched}");
    let stored = o.mi_fifo("cache_store", &[GROUP, "m", "from-mi"]).unwrap();
    assert!(stored.contains("OK"), "{stored}");
    assert_eq!(mc.meta("m").unwrap().2, b"from-mi");
    let reload = o.mi_fifo("memcached_reload", &[]).unwrap();
    assert!(reload.contains("OK"), "{reload}");
    let stats = o.mi_fifo("memcached_stats", &[]).unwrap();
    assert!(stats.contains("\"reloads\": 1"), "{stats}");
}

fn a_reload_over_mi_empties_the_near_cache_of_every_sip_worker(host: &OpensipsHost) {
    let mc = Memcached::start();
    let extra = "modparam(\"cachedb_memcached\", \"cache_size\", 1000)\n\
                 modparam(\"cachedb_memcached\", \"cache_ttl\", 600000)";
    let o = start(host, "reload", &mc.server(), extra);
    op(&o, "store", DEFAULT, "route", "gateway-a");
    let every_worker_reads = |expected: &str, why: &str| {
        common::until_every_worker_answered(2, 1, |_| {
            let r = o.request("fetch", &[("X-Key", "route")]);
            let v = r.headers.get("X-Val").cloned().unwrap_or_default();
            assert_eq!((r.header("X-RC"), v.as_str()), ("1", expected), "{why}");
            r.header("X-Pid").to_string()
        });
    };
    every_worker_reads("gateway-a", "first reads, which fill the near caches");
    mc.raw_set("route", 0, b"gateway-b");
    every_worker_reads(
        "gateway-a",
        "changed behind its back: served from the near cache",
    );
    let reload = o.mi_fifo("memcached_reload", &[]).unwrap();
    assert!(reload.contains("OK"), "{reload}");
    every_worker_reads("gateway-b", "after memcached_reload over MI");
}

fn beside_the_stock_module_startup_is_refused_with_a_clear_error(host: &OpensipsHost) {
    let mc = Memcached::start();
    let extra = format!("loadmodule \"{}\"", host.stock_module().display());
    let cfg = config_for(&our_module(), &mc.server(), &mc.server(), &extra)
        .replace("@SIP_PORT@", &common::free_port().to_string())
        .replace("@HTTP_PORT@", &common::free_port().to_string())
        .replace("@MPATH@", host.modules.to_str().unwrap());
    let rundir = host.scratch_dir("beside");
    let cfg = cfg.replace("@RUNDIR@", rundir.to_str().unwrap());
    std::fs::write(rundir.join("opensips.cfg"), cfg).unwrap();
    let out = host.check_config(&rundir.join("opensips.cfg"));
    let mut child = Command::new(&host.binary)
        .args(["-F", "-f"])
        .arg(rundir.join("opensips.cfg"))
        .arg("-w")
        .arg(&rundir)
        .args(["-m", "32", "-M", "8"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(rundir.join("opensips.log")).unwrap())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("OpenSIPS started beside the stock module");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let log = std::fs::read_to_string(rundir.join("opensips.log")).unwrap();
    assert!(!status.success(), "{out:?}\n{log}");
    assert!(
        log.contains("already registered") || log.contains("This module replaces it"),
        "{log}"
    );
}

fn mi_commands_over_http_json_rpc_and_the_mi_html_form_with_curl(host: &OpensipsHost) {
    let mc = Memcached::start();
    let o = start(host, "http", &mc.server(), "");
    let rpc = |body: &str| {
        curl(
            &o,
            &["-H", "Content-Type: application/json", "-d", body],
            "/json",
        )
    };
    let reload = rpc(r#"{"jsonrpc":"2.0","method":"memcached_reload","id":1}"#);
    assert!(reload.contains(r#""result":"OK""#), "{reload}");
    eprintln!("curl -d '{{\"jsonrpc\":\"2.0\",\"method\":\"memcached_reload\",\"id\":1}}' .../json: {reload}");
    let stats = rpc(r#"{"jsonrpc":"2.0","method":"memcached_stats","id":2}"#);
    assert!(stats.contains(r#""reloads":1"#), "{stats}");
    assert!(stats.contains(r#""memcached:group1""#), "{stats}");
    // The old habit, through mi_html: a GET of /mi/<module>/<command>.
    // mi_html's URL takes the name the release lists: memcached_reload in 3.6,
    // cachedb_memcached:reload in 4.0.
    let path = format!("/mi/{}", host.mi_html_path("memcached_reload", ""));
    assert!(path.ends_with("reload?arg="), "{path}");
    let page = curl(&o, &[], &path);
    assert!(page.contains("OK"), "{page}");
    let stats = rpc(r#"{"jsonrpc":"2.0","method":"memcached_stats","id":3}"#);
    assert!(stats.contains(r#""reloads":2"#), "{stats}");
}

/// The MI commands answer by every name the release gives them: in 3.6 `memcached_reload` and
/// `memcached_stats`; in 4.0 `cachedb_memcached:reload` and `cachedb_memcached:stats` (what `which`
/// lists, and all opensips-cli takes), and over JSON-RPC the 3.6 names as aliases (bare and under
/// the module's name) and the bare 4.0 names.
fn mi_commands_answer_by_each_name_the_release_gives_them(host: &OpensipsHost) {
    let mc = Memcached::start();
    let o = start(host, "mi-names", &mc.server(), "");
    let listed = o.mi_http("which", "");
    let (reload, stats) = (
        host.mi_name("memcached_reload"),
        host.mi_name("memcached_stats"),
    );
    for name in [&reload, &stats] {
        assert!(listed.contains(&format!("\"{name}\"")), "{name}: {listed}");
    }
    let mut names = vec![reload.clone()];
    if host.names_mi_commands_by_module() {
        assert_eq!(reload, "cachedb_memcached:reload");
        assert!(
            !listed.contains("\"memcached_reload\""),
            "an alias is not listed: {listed}"
        );
        // The 3.6 name, bare and under the module's name; and the bare 4.0 name, which the core
        // answers while no other module loaded has a command of that name.
        names.extend(
            [
                "memcached_reload",
                "cachedb_memcached:memcached_reload",
                "reload",
            ]
            .map(String::from),
        );
    } else {
        assert!(!listed.contains("cachedb_memcached:"), "{listed}");
    }
    for (i, name) in names.iter().enumerate() {
        assert_eq!(
            o.mi_http(name, ""),
            r#"{"jsonrpc":"2.0","result":"OK","id":1}"#,
            "{name}"
        );
        for by in [&stats, &"memcached_stats".to_string()] {
            let s = o.mi_http(by, "");
            assert!(s.contains(&format!("\"reloads\":{}", i + 1)), "{by}: {s}");
        }
    }
    let s = o.opensips_cli_mi(&stats, &[]).unwrap();
    assert!(s.contains(&format!("\"reloads\": {}", names.len())), "{s}");
    if host.names_mi_commands_by_module() {
        // opensips-cli checks a command against the list `which` gives, which has no alias.
        let refused = o.opensips_cli_mi("memcached_stats", &[]).unwrap_err();
        assert!(
            refused.contains("no command 'memcached_stats' in module 'mi'"),
            "{refused}"
        );
    }
}

/// One step of the parity scenario: the operation, the cachedb id, the key, the value.
type Step = (&'static str, &'static str, &'static str, &'static str);

const SCENARIO: [Step; 17] = [
    ("store", DEFAULT, "k", "hello"),          // 0
    ("fetch", DEFAULT, "k", ""),               // 1
    ("fetch", DEFAULT, "missing", ""),         // 2
    ("add", DEFAULT, "n", "5"),                // 3: a missing counter
    ("add", DEFAULT, "n", "3"),                // 4
    ("sub", DEFAULT, "n", "2"),                // 5
    ("counter_fetch", DEFAULT, "n", ""),       // 6
    ("counter_fetch", DEFAULT, "nothing", ""), // 7
    ("remove", DEFAULT, "k", ""),              // 8
    ("fetch", DEFAULT, "k", ""),               // 9
    ("remove", DEFAULT, "k", ""),              // 10: a missing key
    ("store", GROUP, "g", "grouped"),          // 11
    ("fetch", GROUP, "g", ""),                 // 12
    ("fetch", DEFAULT, "g", ""),               // 13: both connections reach the same server here
    ("store", DEFAULT, "w", "word"),           // 14
    ("counter_fetch", DEFAULT, "w", ""),       // 15: not a number
    ("sub", DEFAULT, "fresh", "4"),            // 16: differs on purpose
];

/// The steps whose outcome differs from the stock module on purpose (docs/differences.md: the
/// stock cachedb_memcached); the read of an empty value is checked after the scenario.
const DIFFERENT_ON_PURPOSE: [usize; 1] = [16];

fn run_scenario(o: &Opensips, mc: &Memcached) -> Vec<(String, String, Option<Vec<u8>>)> {
    let mut out: Vec<_> = SCENARIO
        .iter()
        .map(|&(name, id, key, val)| {
            let (rc, v) = op(o, name, id, key, val);
            (rc, v, mc.meta(key).map(|(_, _, value)| value))
        })
        .collect();
    op(o, "store", DEFAULT, "empty", "");
    let (rc, v) = op(o, "fetch", DEFAULT, "empty", "");
    out.push((rc, v, None));
    out
}

fn parity_with_the_stock_cachedb_memcached(host: &OpensipsHost) {
    let (mc_stock, mc_ours) = (Memcached::start(), Memcached::start());
    let stock = Opensips::start(
        host,
        "stock",
        &config_for(
            &host.stock_module(),
            &mc_stock.server(),
            &mc_stock.server(),
            "",
        ),
    );
    let ours = start(host, "ours", &mc_ours.server(), "");
    let a = run_scenario(&stock, &mc_stock);
    let b = run_scenario(&ours, &mc_ours);
    for (i, (s, o)) in a.iter().zip(&b).enumerate().take(SCENARIO.len()) {
        if DIFFERENT_ON_PURPOSE.contains(&i) {
            continue;
        }
        assert_eq!(s, o, "step {i} {:?}", SCENARIO[i]);
    }
    // The differences, as docs/differences.md lists them.
    assert_eq!(a[16].1, "4", "stock: cache_sub on a missing key stores +4");
    assert_eq!(
        b[16].1, "0",
        "ours: a missing counter less 4 is 0, as memcached clamps"
    );
    let empty = SCENARIO.len();
    assert_eq!(
        a[empty].0, "-1",
        "stock: an empty value is stored but its fetch fails"
    );
    assert_eq!(
        (b[empty].0.as_str(), b[empty].1.as_str()),
        ("1", ""),
        "ours: it reads back empty"
    );
    eprintln!(
        "OpenSIPS {}: parity with its stock cachedb_memcached: {} of {} steps equal (return \
         code, value read, item on the server); different on purpose: steps {DIFFERENT_ON_PURPOSE:?} \
         and the read of an empty value",
        host.version,
        SCENARIO.len() - DIFFERENT_ON_PURPOSE.len(),
        SCENARIO.len()
    );
}

/// Faults through OpenSIPS: started with memcached down, then memcached up, frozen, killed and
/// restarted. Every operation is bounded by the timeout, the module recovers by itself, and the
/// log holds a few lines, not one per request.
fn faults_cost_at_most_the_timeout_and_recover_without_a_restart(host: &OpensipsHost) {
    let port = common::free_port();
    let server = format!("127.0.0.1:{port}");
    let extra = "modparam(\"cachedb_memcached\", \"timeout\", 300)\n\
                 modparam(\"cachedb_memcached\", \"retry_interval\", 500)";
    let o = start(host, "faults", &server, extra);
    let timed = |name: &str, key: &str| {
        let started = Instant::now();
        let (rc, v) = op(&o, name, DEFAULT, key, "v");
        (rc, v, started.elapsed())
    };
    // Down from the start.
    for i in 0..50 {
        let (rc, _, took) = timed("store", &format!("k{i}"));
        assert_eq!(rc, "-1");
        assert!(took < Duration::from_millis(300 + 300), "{took:?}");
    }
    // Up: back within retry_interval, no restart, no reload.
    let mut mc = Memcached::start_on_port(port);
    let back = Instant::now();
    while timed("store", "back").0 != "1" {
        assert!(
            back.elapsed() < Duration::from_secs(3),
            "not back within retry_interval"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(timed("fetch", "back").1, "v");
    // Frozen: each operation fails within the timeout.
    mc.freeze();
    for _ in 0..5 {
        let (rc, _, took) = timed("fetch", "back");
        assert_eq!(rc, "-1");
        assert!(took < Duration::from_millis(300 + 300), "{took:?}");
    }
    mc.signal(libc::SIGCONT);
    // Killed and restarted: back without anything done to OpenSIPS.
    mc.kill();
    mc.restart();
    let back = Instant::now();
    while timed("store", "again").0 != "1" {
        assert!(
            back.elapsed() < Duration::from_secs(3),
            "not back after a restart"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let log = o.log_text();
    let ours = log
        .lines()
        .filter(|l| l.contains("ERROR:cachedb_memcached"))
        .count();
    assert!(
        ours <= 12,
        "{ours} error lines for 60 failed operations:\n{log}"
    );
    assert!(log.contains("marked down"), "{log}");
    assert!(log.contains("is reachable again"), "{log}");
}

/// A host posing as an OpenSIPS of a given version (tests/opensips/version_probe.c), reading the
/// module's MI table with the stride of `mi_layout` (`MAX_MI_PARAMS`, `MAX_MI_ALIASES`).
fn probe(version: &str, mi_layout: (usize, usize)) -> String {
    let dir = common::scratch_dir(&format!("opensips-probe-{version}-{}", mi_layout.0));
    let exe = dir.join("version_probe");
    common::cc(&[
        "-rdynamic",
        &format!("-DOPENSIPS_VERSION=\"{version}\""),
        &format!("-DMI_PARAMS={}", mi_layout.0),
        &format!("-DMI_ALIASES={}", mi_layout.1),
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/opensips/version_probe.c"
        ),
        "-o",
        exe.to_str().unwrap(),
        "-ldl",
    ]);
    let out = Command::new(&exe).arg(our_module()).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The MI table's layout of each release: `MAX_MI_PARAMS` and `MAX_MI_ALIASES` (mi/mi.h).
const MI_3_6: (usize, usize) = (10, 0);
const MI_4_0: (usize, usize) = (20, 4);

/// The MI lines of a probe's output.
fn mi_lines(out: &str) -> Vec<&str> {
    out.lines().filter(|l| l.starts_with("mi=")).collect()
}

#[test]
fn loads_into_opensips_3_6_and_4_0_each_with_its_mi_table_and_refuses_others_with_a_clear_line() {
    for version in [
        "opensips 3.6.8 (x86_64/linux)",
        "opensips 4.0.1 (x86_64/linux)",
    ] {
        let out = probe(version, MI_3_6);
        assert!(out.contains("name=cachedb_memcached\n"), "{out}");
        assert!(out.contains("type=3\n"), "a CACHEDB module: {out}");
        assert!(out.contains("version=the core's string"), "{out}");
        assert!(out.contains("flags=the core's string"), "{out}");
        assert!(
            out.contains("scm_type=git\n") && out.contains("scm_rev=[]"),
            "{out}"
        );
    }
    // Each release walks the table with its own stride and finds both commands, each with its one
    // recipe; 4.0's with the 3.6 names as aliases.
    assert_eq!(
        mi_lines(&probe("opensips 3.6.8 (x86_64/linux)", MI_3_6)),
        [
            "mi=memcached_reload recipes=1 aliases=",
            "mi=memcached_stats recipes=1 aliases="
        ]
    );
    let on_4_0 = probe("opensips 4.0.1 (x86_64/linux)", MI_4_0);
    assert_eq!(
        mi_lines(&on_4_0),
        [
            "mi=reload recipes=1 aliases=memcached_reload,cachedb_memcached:memcached_reload",
            "mi=stats recipes=1 aliases=memcached_stats,cachedb_memcached:memcached_stats"
        ]
    );
    // The 3.6 table read with 4.0's stride is what 4.0 made of it before: one command left.
    assert_eq!(
        mi_lines(&probe("opensips 3.6.8 (x86_64/linux)", MI_4_0)).len(),
        1
    );
    for refused in [
        "opensips 3.4.18 (x86_64/linux)",
        "opensips 3.5.4 (x86_64/linux)",
        "opensips 4.1.0 (x86_64/linux)",
    ] {
        let out = probe(refused, MI_3_6);
        assert!(out.contains("name=(null)"), "{refused}: {out}");
        assert!(
            out.contains(&format!(
                "ERROR:cachedb_memcached:sip-memcached: this module implements the OpenSIPS \
                 3.6.x and 4.0.x module ABIs; the host is {refused}: refusing to load"
            )),
            "{out}"
        );
    }
}

#[test]
fn the_opensips_guide_shows_the_config_the_tests_run() {
    let guide =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/opensips.md")).unwrap();
    assert!(
        guide.contains(&common::opensips::example_config()),
        "docs/opensips.md must contain tests/opensips/opensips.cfg verbatim"
    );
}

/// Keys a SIP sender chose, through OpenSIPS's cache functions: a space, a folded header (CR LF
/// inside the key, the stock module's command injection), 300 bytes, non-ASCII. Each is stored
/// and read back, and memcached's `-vv` log shows only safe, hashed keys.
fn hostile_keys_from_a_sip_message_never_reach_the_wire(host: &OpensipsHost) {
    let dir = host.scratch_dir("wire");
    let log = dir.join("memcached.log");
    let mc = Memcached::start_logged(&log);
    let o = start(host, "wire", &mc.server(), "");
    op(&o, "store", DEFAULT, "victim", "safe");
    let long = "K".repeat(300);
    let hostile = [
        "a b",
        "x\r\n flush_all",
        "x\r\n set victim 0 0 4",
        long.as_str(),
        "ünïcode key",
    ];
    for key in hostile {
        assert_eq!(op(&o, "store", DEFAULT, key, "v").0, "1", "{key:?}");
        assert_eq!(op(&o, "fetch", DEFAULT, key, "").1, "v", "{key:?}");
        assert_eq!(
            op(&o, "add", DEFAULT, key, "1").0,
            "-1",
            "not a number: {key:?}"
        );
        assert_eq!(op(&o, "remove", DEFAULT, key, "").0, "1", "{key:?}");
    }
    assert_eq!(mc.meta("victim").unwrap().2, b"safe");
    assert_eq!(mc.stat("cmd_flush"), 0);
    std::thread::sleep(Duration::from_millis(200)); // let memcached write its log
    let text = String::from_utf8_lossy(&std::fs::read(&log).unwrap()).into_owned();
    let commands = common::assert_only_safe_keys_on_the_wire(&text, &["victim"]);
    assert!(
        commands >= hostile.len() * 4,
        "{commands} commands:\n{text}"
    );
    assert!(!text.contains("flush_all"), "{text}");
}

/// The core's MI cache commands give the same answers with this module as with the stock one.
fn mi_cache_commands_answer_as_with_the_stock_module(host: &OpensipsHost) {
    let answers = |module: PathBuf, name: &str| {
        let mc = Memcached::start();
        let o = Opensips::start(
            host,
            name,
            &config_for(&module, &mc.server(), &mc.server(), ""),
        );
        let calls = [
            (
                "cache_store",
                r#"{"system":"memcached","attr":"k","value":"v"}"#,
            ),
            ("cache_fetch", r#"{"system":"memcached","attr":"k"}"#),
            (
                "cache_store",
                r#"{"system":"memcached:group1","attr":"g","value":"w","expire":30}"#,
            ),
            ("cache_fetch", r#"{"system":"memcached:group1","attr":"g"}"#),
            ("cache_fetch", r#"{"system":"memcached","attr":"missing"}"#),
            ("cache_remove", r#"{"system":"memcached","attr":"k"}"#),
            ("cache_fetch", r#"{"system":"memcached","attr":"k"}"#),
            ("cache_remove", r#"{"system":"memcached","attr":"k"}"#),
        ];
        let out: Vec<String> = calls.iter().map(|(m, p)| o.mi_http(m, p)).collect();
        let ttl = mc.meta("g").map(|(_, ttl, _)| ttl);
        (out, ttl)
    };
    let (stock, stock_ttl) = answers(host.stock_module(), "mi-stock");
    let (ours, ours_ttl) = answers(our_module(), "mi-ours");
    assert_eq!(stock, ours);
    assert!(ours[1].contains(r#""value":"v""#), "{ours:?}");
    assert!(ours[4].contains("Value not found"), "{ours:?}");
    let (s, o) = (stock_ttl.unwrap(), ours_ttl.unwrap());
    assert!((s - o).abs() <= 2 && (28..=30).contains(&o), "{s} {o}");
}

/// A value with a NUL inside (written by another client) reads the same through both modules.
fn a_value_with_a_nul_reads_as_with_the_stock_module(host: &OpensipsHost) {
    let read = |module: PathBuf, name: &str| {
        let mc = Memcached::start();
        mc.raw_set("nul", 0, b"a\0b");
        let o = Opensips::start(
            host,
            name,
            &config_for(&module, &mc.server(), &mc.server(), ""),
        );
        let r = o.request("fetch", &[("X-Key", "nul")]);
        (
            r.header("X-RC").to_string(),
            r.headers.get("X-Val").cloned(),
        )
    };
    let stock = read(host.stock_module(), "nul-stock");
    let ours = read(our_module(), "nul-ours");
    eprintln!("a value with a NUL: stock {stock:?}, ours {ours:?}");
    assert_eq!(stock, ours);
    assert_eq!(ours.0, "1");
}

/// `exec_threshold`, as the stock module takes it: an operation slower than it logs a warning
/// (here every one is: 1 µs), rate-limited.
fn exec_threshold_warns_of_slow_operations_without_flooding(host: &OpensipsHost) {
    let mc = Memcached::start();
    let o = start(
        host,
        "threshold",
        &mc.server(),
        "modparam(\"cachedb_memcached\", \"exec_threshold\", 1)",
    );
    for i in 0..20 {
        op(&o, "store", DEFAULT, &format!("k{i}"), "v");
    }
    std::thread::sleep(Duration::from_millis(100));
    let log = o.log_text();
    let warnings = log
        .lines()
        .filter(|l| l.contains("over exec_threshold 1 us"))
        .count();
    assert!((1..=2).contains(&warnings), "{warnings} warnings:\n{log}");
}

/// OpenSIPS reaching memcached over TLS (the module's `tls` parameters) and logging in with the
/// `user:password@` of its `cachedb_url`: `cache_store` and `cache_fetch` work, the item is on the
/// server, and the password is in no log line.
fn tls_and_the_urls_credentials_to_memcached(host: &OpensipsHost) {
    let dir = host.scratch_dir("tls");
    let pki = common::certs::Pki::make(&dir);
    let auth = dir.join("auth");
    std::fs::write(&auth, "opensips:url-password\n").unwrap();
    let serving = common::certs::Pki::serving(&pki.server);
    let mc = Memcached::start_tls(&["-o", &serving, "-Y", auth.to_str().unwrap()], None);
    let extra = format!(
        "modparam(\"cachedb_memcached\", \"tls\", 1)\n\
         modparam(\"cachedb_memcached\", \"tls_ca_file\", \"{}\")",
        pki.ca.display()
    );
    let server = format!("opensips:url-password@{}", mc.tls_server());
    let o = start(host, "tls", &server, &extra);
    let reply = o.request(
        "store",
        &[("X-Key", "k"), ("X-Val", "over TLS"), ("X-TTL", "60")],
    );
    assert_eq!(reply.header("X-RC"), "1", "{}", o.log_text());
    assert_eq!(mc.meta("k").unwrap().2, b"over TLS");
    assert_eq!(
        op(&o, "fetch", DEFAULT, "k", ""),
        ("1".into(), "over TLS".into())
    );
    let log = o.log_text();
    assert!(log.contains("over TLS 1.2+"), "{log}");
    assert!(log.contains("ASCII authentication as 'opensips'"), "{log}");
    assert!(!log.contains("url-password"), "{log}");
}

fn the_flags_parameter_sets_what_cache_store_writes_and_a_bad_one_refuses_the_config(
    host: &OpensipsHost,
) {
    let mc = Memcached::start();
    let extra = "modparam(\"cachedb_memcached\", \"flags\", \"python-memcached\")";
    let o = start(host, "flags", &mc.server(), extra);
    let r = o.request("store", &[("X-Key", "k"), ("X-Val", "hello")]);
    assert_eq!(r.header("X-RC"), "1");
    assert_eq!(mc.meta("k").unwrap().0, 16, "python-memcached's str flags");
    assert_eq!(
        op(&o, "fetch", DEFAULT, "k", ""),
        ("1".into(), "hello".into())
    );

    let bad = "modparam(\"cachedb_memcached\", \"flags\", \"python\")";
    let rundir = host.scratch_dir("bad-flags");
    let cfg = config_for(&our_module(), &mc.server(), &mc.server(), bad)
        .replace("@SIP_PORT@", &common::free_port().to_string())
        .replace("@HTTP_PORT@", &common::free_port().to_string())
        .replace("@MPATH@", host.modules.to_str().unwrap())
        .replace("@RUNDIR@", rundir.to_str().unwrap());
    std::fs::write(rundir.join("opensips.cfg"), cfg).unwrap();
    let out = host.check_config(&rundir.join("opensips.cfg"));
    let text =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
    assert!(
        text.contains("bad value for parameter 'flags': unknown preset 'python'"),
        "{text}"
    );
}

/// The URL groups of the example config, as `memcached_stats` names them, and the suffix their
/// statistics carry (`memcached_hits`, `memcached_hits_group1`).
const STAT_GROUPS: [(&str, &str); 2] = [(DEFAULT, ""), (GROUP, "_group1")];

/// (group, counter) → value.
type Counters = std::collections::BTreeMap<(String, String), u64>;

/// The number after `"key":` (white space allowed around the colon) at or after `from` in JSON
/// text: where the key is, and the value.
fn json_number(text: &str, key: &str, from: usize) -> Option<(usize, u64)> {
    let quoted = format!("\"{key}\"");
    let at = from + text.get(from..)?.find(&quoted)?;
    let rest = text[at + quoted.len()..].trim_start().strip_prefix(':')?;
    let digits: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    Some((at, digits.parse::<f64>().ok()? as u64))
}

/// Every counter of every group in `memcached_stats`' JSON reply: a group's counters are the
/// first members of its object of those names (each server's come after them, in `per_server`).
fn mi_stats_counters(text: &str) -> Counters {
    let mut counters = Counters::new();
    for (group, _) in STAT_GROUPS {
        let (start, _) = text
            .find(&format!("\"{group}\""))
            .map(|at| (at, 0))
            .unwrap_or_else(|| panic!("no {group} in {text}"));
        for c in &COUNTERS {
            let name = c.name().to_str().unwrap();
            let (_, value) = json_number(text, name, start)
                .unwrap_or_else(|| panic!("no {name} of {group} in {text}"));
            counters.insert((group.to_string(), name.to_string()), value);
        }
    }
    counters
}

/// Every counter of every group as statistics, in a `get_statistics` reply (JSON-RPC or
/// opensips-cli's): `"cachedb_memcached:memcached_<counter><suffix>": value`.
fn statistics_counters(text: &str) -> Counters {
    let mut counters = Counters::new();
    for (group, suffix) in STAT_GROUPS {
        for c in &COUNTERS {
            let name = c.name().to_str().unwrap();
            let stat = format!("cachedb_memcached:memcached_{name}{suffix}");
            let (_, value) =
                json_number(text, &stat, 0).unwrap_or_else(|| panic!("no {stat} in {text}"));
            counters.insert((group.to_string(), name.to_string()), value);
        }
    }
    counters
}

/// Each group's server's counters (its only server), by `memcached_stats`' names: in
/// `memcached_stats`' JSON reply (its `per_server` member comes after the group's counters), or
/// as statistics `memcached_server0_<counter><suffix>` in a `get_statistics` reply.
fn server_counters(text: &str, as_statistics: bool) -> Counters {
    let mut counters = Counters::new();
    for (group, suffix) in STAT_GROUPS {
        for c in &SERVER_COUNTERS {
            let name = c.name().to_str().unwrap();
            let value = if as_statistics {
                let stat = format!("cachedb_memcached:memcached_server0_{name}{suffix}");
                json_number(text, &stat, 0)
            } else {
                let start = text.find(&format!("\"{group}\"")).unwrap();
                let servers = start + text[start..].find("\"per_server\"").unwrap();
                json_number(text, name, servers)
            };
            let (_, value) = value.unwrap_or_else(|| panic!("no {name} of {group} in {text}"));
            counters.insert((group.to_string(), name.to_string()), value);
        }
    }
    counters
}

/// Work on both groups through SIP, so that their counters differ: the default group 3 stores,
/// 2 hits and 1 miss; group1 1 store, 1 hit and 2 misses.
fn work_on_both_groups(o: &Opensips) {
    for key in ["a", "b", "c"] {
        assert_eq!(op(o, "store", DEFAULT, key, "v").0, "1");
    }
    assert_eq!(op(o, "fetch", DEFAULT, "a", "").0, "1");
    assert_eq!(op(o, "fetch", DEFAULT, "b", "").0, "1");
    assert_eq!(op(o, "fetch", DEFAULT, "nothing", "").0, "-2");
    assert_eq!(op(o, "store", GROUP, "g", "v").0, "1");
    assert_eq!(op(o, "fetch", GROUP, "g", "").0, "1");
    assert_eq!(op(o, "fetch", GROUP, "nothing", "").0, "-2");
    assert_eq!(op(o, "fetch", GROUP, "a", "").0, "-2", "a is the default's");
}

/// The counters of `memcached_stats` over mi_http, checked against the work done.
fn counters_after_the_work(o: &Opensips) -> Counters {
    let mi = mi_stats_counters(&o.mi_http("memcached_stats", ""));
    let at = |group: &str, name: &str| mi[&(group.to_string(), name.to_string())];
    assert_eq!(
        (at(DEFAULT, "hits"), at(DEFAULT, "misses")),
        (2, 1),
        "{mi:?}"
    );
    assert_eq!((at(GROUP, "hits"), at(GROUP, "misses")), (1, 2), "{mi:?}");
    assert!(
        at(DEFAULT, "operations") >= 6 && at(GROUP, "operations") >= 4,
        "{mi:?}"
    );
    assert!(at(DEFAULT, "connects") >= 1, "{mi:?}");
    mi
}

/// Each counter of each URL group, by the statistics names the docs give, over mi_http (curl, as
/// docs/opensips.md shows it) and over the FIFO with opensips-cli, with the values
/// `memcached_stats` shows.
fn get_statistics_shows_every_counter_of_every_url_group_as_memcached_stats_does(
    host: &OpensipsHost,
) {
    let (mc, mc2) = (Memcached::start(), Memcached::start());
    let cfg = config_for(&our_module(), &mc.server(), &mc2.server(), "");
    let o = Opensips::start(host, "statistics", &cfg);
    let get = r#"{"jsonrpc":"2.0","method":"get_statistics","params":{"statistics":["cachedb_memcached:"]},"id":1}"#;
    let rpc = || {
        curl(
            &o,
            &["-H", "Content-Type: application/json", "-d", get],
            "/json",
        )
    };
    let before = statistics_counters(&rpc());
    assert_eq!(before.len(), COUNTERS.len() * STAT_GROUPS.len());
    assert!(
        before
            .iter()
            .all(|((_, name), &v)| v == 0 || name == "connects"),
        "nothing done yet: {before:?}"
    );

    work_on_both_groups(&o);
    let mi = counters_after_the_work(&o);
    let over_http = rpc();
    assert_eq!(statistics_counters(&over_http), mi, "{over_http}");
    let over_fifo = o
        .mi_fifo("get_statistics", &["cachedb_memcached:"])
        .unwrap();
    assert_eq!(statistics_counters(&over_fifo), mi, "{over_fifo}");
    eprintln!(
        "OpenSIPS {}: opensips-cli -x mi {} cachedb_memcached:\n{over_fifo}",
        host.version,
        host.mi_name("get_statistics")
    );
    // Each group's server, its request times included, as memcached_stats shows it.
    let servers = server_counters(&over_http, true);
    assert_eq!(
        servers,
        server_counters(&o.mi_http("memcached_stats", ""), false),
        "{over_http}"
    );
    let p50 = servers[&(DEFAULT.to_string(), "p50_us".to_string())];
    assert!(
        p50 >= 50,
        "a loopback request takes tens of µs at least: {servers:?}"
    );
    // One statistic by its name.
    let one = o.mi_http(
        "get_statistics",
        r#"{"statistics":["memcached_misses_group1"]}"#,
    );
    assert_eq!(
        json_number(&one, "cachedb_memcached:memcached_misses_group1", 0).map(|(_, v)| v),
        Some(2),
        "{one}"
    );
    // The core keeps no value for them: a reset leaves them as they are.
    o.mi_http(
        "reset_statistics",
        r#"{"statistics":["memcached_hits","memcached_hits_group1"]}"#,
    );
    assert_eq!(statistics_counters(&rpc()), mi, "after reset_statistics");
    // Nothing moved while they were read: they agree because they read the same counters.
    assert_eq!(mi_stats_counters(&o.mi_http("memcached_stats", "")), mi);
    let log = o.log_text();
    assert!(!log.contains("statistics:"), "{log}");
}

/// The prometheus module's page (the example config loads it for group `cachedb_memcached`):
/// `opensips_memcached_<counter><suffix> value` for each counter of each URL group, typed
/// `gauge`, with the values `memcached_stats` shows.
fn the_prometheus_page_shows_every_counter_of_every_url_group_as_memcached_stats_does(
    host: &OpensipsHost,
) {
    let (mc, mc2) = (Memcached::start(), Memcached::start());
    let cfg = config_for(&our_module(), &mc.server(), &mc2.server(), "");
    let o = Opensips::start(host, "prometheus", &cfg);
    work_on_both_groups(&o);
    let mi = counters_after_the_work(&o);
    let page = curl(&o, &[], "/metrics");
    let mut shown = Counters::new();
    for (group, suffix) in STAT_GROUPS {
        for c in &COUNTERS {
            let name = c.name().to_str().unwrap();
            let metric = format!("opensips_memcached_{name}{suffix}");
            assert!(
                page.lines().any(|l| l == format!("# TYPE {metric} gauge")),
                "{metric} typed gauge: {page}"
            );
            let value = page
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{metric} ")))
                .unwrap_or_else(|| panic!("no {metric} on {page}"));
            shown.insert(
                (group.to_string(), name.to_string()),
                value.parse().unwrap(),
            );
        }
    }
    assert_eq!(shown, mi, "{page}");
    // Each group's server, its request times included (p50_us, p99_us, p999_us, over_timeout).
    let mut servers = Counters::new();
    for (group, suffix) in STAT_GROUPS {
        for c in &SERVER_COUNTERS {
            let name = c.name().to_str().unwrap();
            let metric = format!("opensips_memcached_server0_{name}{suffix} ");
            let value = page
                .lines()
                .find_map(|l| l.strip_prefix(&metric))
                .unwrap_or_else(|| panic!("no {metric} on {page}"));
            servers.insert(
                (group.to_string(), name.to_string()),
                value.parse().unwrap(),
            );
        }
    }
    assert_eq!(
        servers,
        server_counters(&o.mi_http("memcached_stats", ""), false),
        "{page}"
    );
    let ours = page.lines().filter(|l| l.starts_with("opensips_")).count();
    assert_eq!(
        ours,
        (COUNTERS.len() + SERVER_COUNTERS.len()) * STAT_GROUPS.len(),
        "only the group asked for: {page}"
    );
    assert_eq!(mi_stats_counters(&o.mi_http("memcached_stats", "")), mi);
    eprintln!(
        "OpenSIPS {}: memcached_stats = get_statistics = /metrics:\n{}",
        host.version,
        page.lines()
            .filter(|l| l.contains("memcached_hits") || l.contains("memcached_misses"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

opensips_suites! {
    the_cache_functions_answer_with_the_core_return_codes
    mi_commands_over_the_fifo_with_opensips_cli
    a_reload_over_mi_empties_the_near_cache_of_every_sip_worker
    beside_the_stock_module_startup_is_refused_with_a_clear_error
    mi_commands_over_http_json_rpc_and_the_mi_html_form_with_curl
    mi_commands_answer_by_each_name_the_release_gives_them
    parity_with_the_stock_cachedb_memcached
    faults_cost_at_most_the_timeout_and_recover_without_a_restart
    hostile_keys_from_a_sip_message_never_reach_the_wire
    mi_cache_commands_answer_as_with_the_stock_module
    a_value_with_a_nul_reads_as_with_the_stock_module
    exec_threshold_warns_of_slow_operations_without_flooding
    tls_and_the_urls_credentials_to_memcached
    the_flags_parameter_sets_what_cache_store_writes_and_a_bad_one_refuses_the_config
    get_statistics_shows_every_counter_of_every_url_group_as_memcached_stats_does
    the_prometheus_page_shows_every_counter_of_every_url_group_as_memcached_stats_does
}
