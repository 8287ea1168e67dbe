//! The module inside a real OpenSIPS 3.6.8 (built by `scripts/opensips_host.sh`), as a drop-in
//! for `cachedb_memcached`: the core's `cache_*` functions with their return codes, groups, the
//! MI commands over the FIFO with opensips-cli, and a reload that reaches every SIP worker.
//!
//! Under CI=true a missing OpenSIPS fails these tests; elsewhere they are skipped with a message.

mod common;

use std::collections::HashMap;
use std::net::UdpSocket;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Memcached;

/// The OpenSIPS build, from its descriptor.
struct OpensipsHost {
    binary: PathBuf,
    modules: PathBuf,
    cli: PathBuf,
}

impl OpensipsHost {
    fn load() -> Option<OpensipsHost> {
        let cache =
            std::env::var("SIPMC_HOST_CACHE").unwrap_or_else(|_| "/var/cache/sip-memcached".into());
        let path = Path::new(&cache).join("hosts/opensips-3.6.env");
        let Ok(text) = std::fs::read_to_string(&path) else {
            let why = format!(
                "OpenSIPS 3.6 is not available ({}): `make test` builds it with \
                 scripts/opensips_host.sh",
                path.display()
            );
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("{why}");
            }
            eprintln!("{why}; skipping");
            return None;
        };
        let vars: HashMap<&str, &str> = text
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.trim(), v.trim().trim_matches('"')))
            .collect();
        let var = |k: &str| PathBuf::from(vars.get(k).copied().unwrap_or_default());
        Some(OpensipsHost {
            binary: var("OPENSIPS_BIN"),
            modules: var("OPENSIPS_MODULES"),
            cli: var("OPENSIPS_CLI"),
        })
    }
}

fn our_module() -> PathBuf {
    common::library()
}

/// The config the tests run (and the README shows): `tests/opensips/opensips.cfg`.
fn config() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/opensips/opensips.cfg"
    ))
    .unwrap()
}

struct Opensips {
    child: Option<Child>,
    port: u16,
    http_port: u16,
    rundir: PathBuf,
    cli: PathBuf,
}

impl Opensips {
    fn start(
        host: &OpensipsHost,
        name: &str,
        module: &Path,
        server: &str,
        extra: &str,
    ) -> Opensips {
        let rundir = common::scratch_dir(&format!("opensips-{name}"));
        for _ in 0..10 {
            let port = UdpSocket::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port();
            let http_port = common::free_port();
            let cfg = config()
                .replace("@PORT@", &port.to_string())
                .replace("@HTTP_PORT@", &http_port.to_string())
                .replace("@MODULES@", host.modules.to_str().unwrap())
                .replace("@MODULE@", module.to_str().unwrap())
                .replace("@SERVER@", server)
                .replace("@EXTRA@", extra)
                .replace("@RUNDIR@", rundir.to_str().unwrap());
            let cfg_path = rundir.join("opensips.cfg");
            std::fs::write(&cfg_path, cfg).unwrap();
            let child = Command::new(&host.binary)
                .args(["-F", "-f"])
                .arg(&cfg_path)
                .arg("-w")
                .arg(&rundir)
                .args(["-m", "32", "-M", "8"])
                .stdin(Stdio::null())
                .stdout(std::fs::File::create(rundir.join("stdout.log")).unwrap())
                .stderr(std::fs::File::create(rundir.join("opensips.log")).unwrap())
                .spawn()
                .expect("spawn opensips");
            let mut o = Opensips {
                child: Some(child),
                port,
                http_port,
                rundir: rundir.clone(),
                cli: host.cli.clone(),
            };
            if o.wait_ready() {
                return o;
            }
            o.stop();
        }
        panic!(
            "opensips did not start:\n{}",
            std::fs::read_to_string(rundir.join("opensips.log")).unwrap_or_default()
        );
    }

    fn wait_ready(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.as_mut().unwrap().try_wait() {
                return false;
            }
            if self
                .try_request("ping", &[], Duration::from_millis(300))
                .is_some()
            {
                return true;
            }
        }
        false
    }

    fn log_text(&self) -> String {
        String::from_utf8_lossy(
            &std::fs::read(self.rundir.join("opensips.log")).unwrap_or_default(),
        )
        .into_owned()
    }

    /// One OPTIONS: (X-R, X-V, X-Pid).
    fn request(&self, op: &str, headers: &[(&str, &str)]) -> (String, String, String) {
        self.try_request(op, headers, Duration::from_secs(5))
            .unwrap_or_else(|| panic!("no reply to {op}; log:\n{}", self.log_text()))
    }

    fn try_request(
        &self,
        op: &str,
        headers: &[(&str, &str)],
        wait: Duration,
    ) -> Option<(String, String, String)> {
        let sock = UdpSocket::bind("127.0.0.1:0").ok()?;
        sock.set_read_timeout(Some(wait)).ok()?;
        let local = sock.local_addr().ok()?.port();
        let id = format!(
            "{}{}",
            std::process::id(),
            Instant::now().elapsed().as_nanos()
        );
        let mut msg = format!(
            "OPTIONS sip:{op}@127.0.0.1:{port} SIP/2.0\r\n\
             Via: SIP/2.0/UDP 127.0.0.1:{local};branch=z9hG4bK{id}\r\n\
             From: <sip:alice@127.0.0.1>;tag={id}\r\n\
             To: <sip:{op}@127.0.0.1:{port}>\r\n\
             Call-ID: {id}-{local}@127.0.0.1\r\n\
             CSeq: 1 OPTIONS\r\n\
             Max-Forwards: 70\r\n",
            port = self.port
        );
        for (name, value) in headers {
            msg.push_str(&format!("{name}: {value}\r\n"));
        }
        msg.push_str("Content-Length: 0\r\n\r\n");
        sock.send_to(msg.as_bytes(), ("127.0.0.1", self.port))
            .ok()?;
        let mut buf = vec![0u8; 65536];
        let n = sock.recv(&mut buf).ok()?;
        let reply = String::from_utf8_lossy(&buf[..n]).into_owned();
        let header = |name: &str| {
            reply
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{name}: ")))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        Some((header("X-R"), header("X-V"), header("X-Pid")))
    }

    /// `opensips-cli -x mi CMD ARGS…` over this instance's FIFO.
    fn mi_fifo(&self, args: &[&str]) -> String {
        let out = Command::new(&self.cli)
            .args(["-o", "communication_type=fifo", "-o"])
            .arg(format!("fifo_file={}", self.rundir.join("fifo").display()))
            .args(["-x", "mi"])
            .args(args)
            .output()
            .expect("opensips-cli");
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
    }

    /// `curl` with `args` and the URL of `path` on this instance's httpd: what it printed.
    fn curl(&self, args: &[&str], path: &str) -> String {
        let out = Command::new("curl")
            .args(["-s", "-m", "5"])
            .args(args)
            .arg(format!("http://127.0.0.1:{}{path}", self.http_port))
            .output()
            .expect("curl");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// SIGTERM to the attendant, which stops every child, then waits for it.
    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            // SAFETY: signals the OpenSIPS attendant this helper started.
            unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Opensips {
    fn drop(&mut self) {
        self.stop();
    }
}

fn system(group: bool) -> (&'static str, &'static str) {
    (
        "X-System",
        if group {
            "memcached:group1"
        } else {
            "memcached"
        },
    )
}

#[test]
fn the_cache_functions_answer_with_the_core_return_codes() {
    let Some(host) = OpensipsHost::load() else {
        return;
    };
    let mc = Memcached::start();
    let o = Opensips::start(&host, "functions", &our_module(), &mc.server(), "");
    let r = |op: &str, key: &str, val: &str| {
        let (rc, v, _) = o.request(op, &[system(false), ("X-Key", key), ("X-Val", val)]);
        (rc, v)
    };
    assert_eq!(r("store", "k", "hello"), ("1".into(), "-".into()));
    let (flags, ttl, value) = mc.meta("k").unwrap();
    assert_eq!(
        (flags, value.as_slice()),
        (0, &b"hello"[..]),
        "flags 0, as the stock module"
    );
    assert!((58..=60).contains(&ttl), "{ttl}");
    assert_eq!(r("fetch", "k", ""), ("1".into(), "hello".into()));
    assert_eq!(r("fetch", "missing", ""), ("-2".into(), "-".into()));
    assert_eq!(
        r("add", "n", "5"),
        ("1".into(), "5".into()),
        "created atomically"
    );
    assert_eq!(r("add", "n", "3"), ("1".into(), "8".into()));
    assert_eq!(r("sub", "n", "2"), ("1".into(), "6".into()));
    assert_eq!(r("counter", "n", ""), ("1".into(), "6".into()));
    assert_eq!(
        r("add", "n", "-2"),
        ("1".into(), "4".into()),
        "a negative delta subtracts"
    );
    // memcached pads a decremented value with spaces (10 to 9 is "9 "): read as the number.
    assert_eq!(r("add", "ten", "10"), ("1".into(), "10".into()));
    assert_eq!(r("sub", "ten", "1"), ("1".into(), "9".into()));
    assert_eq!(mc.meta("ten").unwrap().2, b"9 ");
    assert_eq!(r("counter", "ten", ""), ("1".into(), "9".into()));
    assert_eq!(
        r("sub", "fresh", "4"),
        ("1".into(), "0".into()),
        "a missing counter less 4 is 0"
    );
    assert_eq!(r("counter", "nothing", ""), ("-2".into(), "-".into()));
    assert_eq!(r("remove", "k", ""), ("1".into(), "-".into()));
    assert_eq!(r("fetch", "k", ""), ("-2".into(), "-".into()));
    assert_eq!(
        r("remove", "k", ""),
        ("1".into(), "-".into()),
        "a missing key is gone either way"
    );
    // A key with a space is hashed: it cannot desync or inject, and reads back.
    assert_eq!(r("store", "a key", "spaced"), ("1".into(), "-".into()));
    assert_eq!(r("fetch", "a key", ""), ("1".into(), "spaced".into()));

    // The group has its own connection (here to the same server).
    let (rc, _, _) = o.request(
        "store",
        &[system(true), ("X-Key", "g"), ("X-Val", "grouped")],
    );
    assert_eq!(rc, "1");
    let (rc, v, _) = o.request("fetch", &[system(false), ("X-Key", "g")]);
    assert_eq!((rc.as_str(), v.as_str()), ("1", "grouped"));

    let log = o.log_text();
    assert!(log.contains("INFO:cachedb_memcached:"), "{log}");
    assert!(log.contains("memcached:group1: sip-memcached"), "{log}");
}

#[test]
fn mi_commands_over_the_fifo_with_opensips_cli() {
    let Some(host) = OpensipsHost::load() else {
        return;
    };
    let mc = Memcached::start();
    let o = Opensips::start(&host, "mi", &our_module(), &mc.server(), "");
    o.request("store", &[system(false), ("X-Key", "k"), ("X-Val", "v")]);
    let stats = o.mi_fifo(&["memcached_stats"]);
    assert!(stats.contains("\"memcached\""), "{stats}");
    assert!(stats.contains("\"memcached:group1\""), "{stats}");
    assert!(stats.contains(&format!("\"{}\"", mc.server())), "{stats}");
    assert!(stats.contains("\"state\": \"up\""), "{stats}");
    let fetched = o.mi_fifo(&["cache_fetch", "memcached", "k"]);
    assert!(fetched.contains("\"value\": \"v\""), "{fetched}");
    let stored = o.mi_fifo(&["cache_store", "memcached:group1", "m", "from-mi"]);
    assert!(stored.contains("OK"), "{stored}");
    assert_eq!(mc.meta("m").unwrap().2, b"from-mi");
    let reload = o.mi_fifo(&["memcached_reload"]);
    assert!(reload.contains("OK"), "{reload}");
    let stats = o.mi_fifo(&["memcached_stats"]);
    assert!(stats.contains("\"reloads\": 1"), "{stats}");
}

#[test]
fn a_reload_over_mi_empties_the_near_cache_of_every_sip_worker() {
    let Some(host) = OpensipsHost::load() else {
        return;
    };
    let mc = Memcached::start();
    let extra = "modparam(\"cachedb_memcached\", \"cache_size\", 1000)\n\
                 modparam(\"cachedb_memcached\", \"cache_ttl\", 600000)";
    let o = Opensips::start(&host, "reload", &our_module(), &mc.server(), extra);
    o.request(
        "store",
        &[system(false), ("X-Key", "route"), ("X-Val", "gateway-a")],
    );
    let every_worker_reads = |expected: &str, why: &str| {
        let mut pids = std::collections::HashSet::new();
        for _ in 0..200 {
            let (rc, v, pid) = o.request("fetch", &[system(false), ("X-Key", "route")]);
            assert_eq!(
                (rc.as_str(), v.as_str()),
                ("1", expected),
                "{why}: worker {pid}"
            );
            pids.insert(pid);
            if pids.len() == 2 {
                return;
            }
        }
        panic!("only {pids:?} answered");
    };
    every_worker_reads("gateway-a", "first reads, which fill the near caches");
    mc.raw_set("route", 0, b"gateway-b");
    every_worker_reads(
        "gateway-a",
        "changed behind its back: served from the near cache",
    );
    let reload = o.mi_fifo(&["memcached_reload"]);
    assert!(reload.contains("OK"), "{reload}");
    every_worker_reads("gateway-b", "after memcached_reload over MI");
}

#[test]
fn beside_the_stock_module_startup_is_refused_with_a_clear_error() {
    let Some(host) = OpensipsHost::load() else {
        return;
    };
    let mc = Memcached::start();
    let stock = host.modules.join("cachedb_memcached.so");
    let extra = format!("loadmodule \"{}\"", stock.display());
    let rundir = common::scratch_dir("opensips-beside");
    let cfg = config()
        .replace("@PORT@", &common::free_port().to_string())
        .replace("@HTTP_PORT@", &common::free_port().to_string())
        .replace("@MODULES@", host.modules.to_str().unwrap())
        .replace("@MODULE@", our_module().to_str().unwrap())
        .replace("@SERVER@", &mc.server())
        .replace("@EXTRA@", &extra)
        .replace("@RUNDIR@", rundir.to_str().unwrap());
    std::fs::write(rundir.join("opensips.cfg"), cfg).unwrap();
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
        assert!(
            Instant::now() < deadline,
            "OpenSIPS started beside the stock module"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let log = std::fs::read_to_string(rundir.join("opensips.log")).unwrap();
    assert!(!status.success(), "{log}");
    assert!(
        log.contains("already registered") || log.contains("This module replaces it"),
        "{log}"
    );
}

#[test]
fn mi_commands_over_http_json_rpc_and_the_mi_html_form_with_curl() {
    let Some(host) = OpensipsHost::load() else {
        return;
    };
    let mc = Memcached::start();
    let o = Opensips::start(&host, "http", &our_module(), &mc.server(), "");
    let rpc = |body: &str| {
        o.curl(
            &["-H", "Content-Type: application/json", "-d", body],
            "/json",
        )
    };
    let reload = rpc(r#"{"jsonrpc":"2.0","method":"memcached_reload","id":1}"#);
    assert!(reload.contains(r#""result":"OK""#), "{reload}");
    let stats = rpc(r#"{"jsonrpc":"2.0","method":"memcached_stats","id":2}"#);
    assert!(stats.contains(r#""reloads":1"#), "{stats}");
    assert!(stats.contains(r#""memcached:group1""#), "{stats}");
    // The old habit, through mi_html: a GET of /mi/<module>/<command>.
    let page = o.curl(&[], "/mi/cachedb_memcached/memcached_reload?arg=");
    assert!(page.contains("OK"), "{page}");
    eprintln!("curl -d '{{\"jsonrpc\":\"2.0\",\"method\":\"memcached_reload\",\"id\":1}}' .../json: {reload}");
    let stats = rpc(r#"{"jsonrpc":"2.0","method":"memcached_stats","id":3}"#);
    assert!(stats.contains(r#""reloads":2"#), "{stats}");
}

/// One step of the parity scenario: the operation, the group or not, the key, the value.
type Step = (&'static str, bool, &'static str, &'static str);

const SCENARIO: [Step; 16] = [
    ("store", false, "k", "hello"),    // 0
    ("fetch", false, "k", ""),         // 1
    ("fetch", false, "missing", ""),   // 2
    ("add", false, "n", "5"),          // 3: a missing counter
    ("add", false, "n", "3"),          // 4
    ("sub", false, "n", "2"),          // 5
    ("counter", false, "n", ""),       // 6
    ("counter", false, "nothing", ""), // 7
    ("remove", false, "k", ""),        // 8
    ("fetch", false, "k", ""),         // 9
    ("remove", false, "k", ""),        // 10: a missing key
    ("store", true, "g", "grouped"),   // 11
    ("fetch", true, "g", ""),          // 12
    ("fetch", false, "g", ""),         // 13: the group is another connection to the same server
    ("sub", false, "fresh", "4"),      // 14: differs on purpose
    ("store", false, "empty", ""),     // 15
];

/// The steps whose outcome differs from the stock module on purpose (README: OpenSIPS
/// differences), and the reading of an empty value, after the scenario.
const DIFFERENT_ON_PURPOSE: [usize; 1] = [14];

fn run_scenario(o: &Opensips, mc: &Memcached) -> Vec<(String, String, Option<Vec<u8>>)> {
    let mut out: Vec<_> = SCENARIO
        .iter()
        .map(|&(op, group, key, val)| {
            let (rc, v, _) = o.request(op, &[system(group), ("X-Key", key), ("X-Val", val)]);
            (rc, v, mc.meta(key).map(|(_, _, value)| value))
        })
        .collect();
    let (rc, v, _) = o.request("fetch", &[system(false), ("X-Key", "empty")]);
    out.push((rc, v, None));
    out
}

#[test]
fn parity_with_the_stock_cachedb_memcached() {
    let Some(host) = OpensipsHost::load() else {
        return;
    };
    let (mc_stock, mc_ours) = (Memcached::start(), Memcached::start());
    let stock_module = host.modules.join("cachedb_memcached.so");
    let stock = Opensips::start(&host, "stock", &stock_module, &mc_stock.server(), "");
    let ours = Opensips::start(&host, "ours", &our_module(), &mc_ours.server(), "");
    let a = run_scenario(&stock, &mc_stock);
    let b = run_scenario(&ours, &mc_ours);
    for (i, (s, o)) in a.iter().zip(&b).enumerate().take(SCENARIO.len()) {
        if DIFFERENT_ON_PURPOSE.contains(&i) {
            continue;
        }
        assert_eq!(s, o, "step {i} {:?}", SCENARIO[i]);
    }
    // The differences, as the README lists them.
    assert_eq!(a[14].1, "4", "stock: cache_sub on a missing key stores +4");
    assert_eq!(
        b[14].1, "0",
        "ours: a missing counter less 4 is 0, as memcached clamps"
    );
    assert_eq!(
        a[16].0, "-1",
        "stock: an empty value is stored but its fetch fails"
    );
    assert_eq!(
        (b[16].0.as_str(), b[16].1.as_str()),
        ("1", ""),
        "ours: it reads back empty"
    );
    eprintln!(
        "OpenSIPS 3.6.8: parity with its stock cachedb_memcached: {} of {} steps equal (return \
         code, value read, item on the server); different on purpose: steps {DIFFERENT_ON_PURPOSE:?} \
         and the read of an empty value",
        SCENARIO.len() - DIFFERENT_ON_PURPOSE.len(),
        SCENARIO.len()
    );
}

/// Faults through OpenSIPS: started with memcached down, then memcached up, frozen, killed and
/// restarted. Every operation is bounded by the timeout, the module recovers by itself, and the
/// log holds a few lines, not one per request.
#[test]
fn faults_cost_at_most_the_timeout_and_recover_without_a_restart() {
    let Some(host) = OpensipsHost::load() else {
        return;
    };
    let port = common::free_port();
    let server = format!("127.0.0.1:{port}");
    let extra = "modparam(\"cachedb_memcached\", \"timeout\", 300)\n\
                 modparam(\"cachedb_memcached\", \"retry_interval\", 500)";
    let o = Opensips::start(&host, "faults", &our_module(), &server, extra);
    let timed = |op: &str, key: &str| {
        let started = Instant::now();
        let (rc, v, _) = o.request(op, &[system(false), ("X-Key", key), ("X-Val", "v")]);
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
    loop {
        if timed("store", "back").0 == "1" {
            break;
        }
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
    loop {
        if timed("store", "again").0 == "1" {
            break;
        }
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

/// A host posing as an OpenSIPS of a given version (tests/opensips/version_probe.c).
fn probe(version: &str) -> String {
    let dir = common::scratch_dir(&format!("opensips-probe-{version}"));
    let exe = dir.join("version_probe");
    common::cc(&[
        "-rdynamic",
        &format!("-DOPENSIPS_VERSION=\"{version}\""),
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

#[test]
fn loads_into_opensips_3_6_only_and_refuses_others_with_a_clear_line() {
    let out = probe("opensips 3.6.8 (x86_64/linux)");
    assert!(out.contains("name=cachedb_memcached\n"), "{out}");
    assert!(out.contains("type=3\n"), "a CACHEDB module: {out}");
    assert!(out.contains("version=the core's string"), "{out}");
    assert!(out.contains("flags=the core's string"), "{out}");
    assert!(
        out.contains("scm_type=git\n") && out.contains("scm_rev=[]"),
        "{out}"
    );
    for refused in [
        "opensips 3.4.18 (x86_64/linux)",
        "opensips 4.0.1 (x86_64/linux)",
    ] {
        let out = probe(refused);
        assert!(out.contains("name=(null)"), "{refused}: {out}");
        assert!(
            out.contains(&format!(
                "ERROR:cachedb_memcached:sip-memcached: this module implements the OpenSIPS \
                 3.6.x module ABI; the host is {refused}: refusing to load"
            )),
            "{out}"
        );
    }
}

#[test]
fn the_readme_shows_the_opensips_config_the_tests_run() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(
        readme.contains(&config()),
        "README.md must contain tests/opensips/opensips.cfg verbatim"
    );
}
