//! RPC and statistics in every supported Kamailio: `memcached.stats` and `memcached.reload` from
//! kamcmd, kamctl and curl, every counter over every RPC transport (ctl, jsonrpcs over HTTP and the
//! FIFO, xmlrpc, xhttp_rpc's page), and the module's counters as Kamailio's statistics `memcached:NAME`,
//! in kex's `stats.get_statistics` and on xhttp_prom's Prometheus page, equal to `memcached.stats`.
//!
//! Each scenario is a function of the host; `release_suites!` (tests/common/kamailio/suite.rs)
//! makes one test of it per release (`v6_0::SCENARIO`). Under CI=true a missing Kamailio fails
//! these tests; elsewhere they are skipped with a message.

mod common;

use std::process::Command;
use std::time::Duration;

use common::kamailio::rpc::{self, Members, Value, RPC_MODULES};
use common::kamailio::{config_for, lines_with, stat, Kamailio, KamailioHost, SipReply};
use common::Memcached;
use sip_memcached::engine::report::{COUNTERS, SERVER_COUNTERS};

fn rpc_reload_and_stats_from_the_rpc_processes(h: &KamailioHost) {
    let mc = Memcached::start();
    let k = Kamailio::start(h, "rpc", &h.our_module(), &mc.server(), "");
    let before = k.kamcmd(&["memcached.stats"]);
    assert_eq!(stat(&before, "operations"), 0, "{before}");
    // Until both SIP workers have answered (at least 4 requests): each then holds a connection,
    // so that the request after the reload reconnects whichever worker takes it. The kernel
    // hands a UDP request to either worker; with 4 requests only, one worker sometimes took all,
    // and the request after the reload opened the other's first connection: `reconnects` 0.
    common::until_every_worker_answered(2, 4, |i| {
        let key = format!("k{}", i % 4);
        let r = k.request("set", &[("X-Key", &key), ("X-Val", "v")]);
        r.header("X-Pid").to_string()
    });
    // The SIP workers did the operations; the ctl process reads their sum from shared memory.
    let after = k.kamcmd(&["memcached.stats"]);
    assert!(stat(&after, "operations") >= 4 * 5, "{after}");
    assert!(stat(&after, "hits") >= 4, "{after}");
    assert_eq!(stat(&after, "errors"), 0, "{after}");
    assert!(after.contains(&mc.server()), "{after}");
    // Each server's own state and counters, in a member named by its address.
    assert!(after.contains("state: up"), "{after}");
    assert!(after.contains("consecutive_failures: 0"), "{after}");

    let reload = k.kamcmd(&["memcached.reload"]);
    assert_eq!(reload.trim(), "ok", "{reload}");
    let r = k.request("get", &[("X-Key", "k0")]);
    assert_eq!(r.header("X-Get"), "v");
    let stats = k.kamcmd(&["memcached.stats"]);
    assert_eq!(stat(&stats, "reloads"), 1, "{stats}");
    assert!(stat(&stats, "reconnects") >= 1, "{stats}");

    let json: String = k.kamctl_rpc("memcached.stats").split_whitespace().collect();
    assert!(json.contains("\"operations\":"), "{json}");
    assert!(json.contains("\"reloads\":1"), "{json}");
    let json = k.kamctl_rpc("memcached.reload");
    assert!(json.contains("ok"), "{json}");
    let help = k.kamcmd(&["system.methodHelp", "memcached.reload"]);
    assert!(help.contains("near cache"), "{help}");
    let stdout = std::fs::read_to_string(k.rundir.join("stdout.log")).unwrap();
    assert!(
        !stdout.contains("memcached"),
        "the module writes nothing to stdout: {stdout}"
    );
}

/// RPC over HTTP, as operators call it with curl: xhttp + jsonrpcs, `POST /RPC`.
fn rpc_over_http_with_curl(h: &KamailioHost) {
    let mc = Memcached::start();
    let k = Kamailio::start(h, "http-rpc", &h.our_module(), &mc.server(), "");
    let curl = |method: &str| {
        let out = Command::new("curl")
            .args(["-s", "-m", "5", "-d"])
            .arg(format!(r#"{{"jsonrpc":"2.0","method":"{method}","id":1}}"#))
            .arg(format!("http://127.0.0.1:{}/RPC", k.http_port))
            .output()
            .expect("curl");
        let text: String = String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect();
        text
    };
    let reload = curl("memcached.reload");
    assert!(reload.contains(r#""result":"ok""#), "{reload}");
    let stats = curl("memcached.stats");
    assert!(stats.contains(r#""reloads":1"#), "{stats}");
    assert!(stats.contains(&mc.server()), "{stats}");
}

/// Every counter of the report's table, and of its server's, in `members` as numbers: the
/// report's before the server's struct, the server's in it. Returns both, by name.
fn every_counter_in(transport: &str, members: &Members) -> (Counters, Counters) {
    let (top, server) = rpc::split_at_first_server(members);
    for (table, part, what) in [
        (
            COUNTERS.iter().map(|c| c.name()).collect::<Vec<_>>(),
            &top,
            "the report",
        ),
        (
            SERVER_COUNTERS.iter().map(|c| c.name()).collect(),
            &server,
            "its server",
        ),
    ] {
        let names: Vec<&str> = part
            .iter()
            .filter(|(_, v)| matches!(v, Value::Number(_)))
            .map(|(n, _)| n.as_str())
            .collect();
        let table: Vec<&str> = table.iter().map(|n| n.to_str().unwrap()).collect();
        assert_eq!(
            names, table,
            "{transport}: the counters of {what}: {members:?}"
        );
    }
    (rpc::numbers(&top), rpc::numbers(&server))
}

fn every_counter_shows_over_kamcmd_jsonrpcs_xmlrpc_and_the_rpc_page(h: &KamailioHost) {
    let mc = Memcached::start();
    let extra = format!("{RPC_MODULES}\nmodparam(\"memcached\", \"cache_size\", 100)");
    let k = Kamailio::start(h, "every-transport", &h.our_module(), &mc.server(), &extra);
    // Work that moves most counters: sets, hits, misses, near-cache hits and entries.
    for i in 0..6 {
        let key = format!("t{}", i % 3);
        k.request("set", &[("X-Key", &key), ("X-Val", "v")]);
        k.request("get", &[("X-Key", &key)]);
    }
    k.request("get", &[("X-Key", "missing")]);

    // Nothing runs between the reads: every transport shows the same values.
    let kamcmd = rpc::from_text(&k.kamcmd(&["memcached.stats"]));
    let (expected, expected_server) = every_counter_in("kamcmd", &kamcmd);
    assert!(
        expected["operations"] > 0 && expected["cache_hits"] > 0,
        "{expected:?}"
    );
    let views = [
        (
            "jsonrpcs over HTTP",
            rpc::from_json(&k.jsonrpc_over_http("memcached.stats")),
        ),
        (
            "jsonrpcs over the FIFO",
            rpc::from_json(&k.kamctl_rpc("memcached.stats")),
        ),
        ("xmlrpc", rpc::from_xmlrpc(&k.xmlrpc("memcached.stats"))),
        (
            "xhttp_rpc",
            rpc::from_page(&k.xhttp_rpc_page("memcached.stats")),
        ),
    ];
    for (transport, members) in &views {
        let (counters, server) = every_counter_in(transport, members);
        assert_eq!(counters, expected, "{transport}");
        assert_eq!(server, expected_server, "{transport}");
        assert_eq!(
            members.first(),
            Some(&("servers".to_string(), Value::Text(mc.server()))),
            "{transport}"
        );
    }
    // Every transport's reload answers, and is counted: 4, read over each.
    assert!(k.jsonrpc_over_http("memcached.reload").contains("\"ok\""));
    assert!(k.xmlrpc("memcached.reload").contains("<string>ok</string>"));
    let page = k.xhttp_rpc_page("memcached.reload");
    assert_eq!(
        rpc::page_reply(&page).replace("<br/>", "").trim(),
        "ok",
        "{page}"
    );
    assert_eq!(k.kamcmd(&["memcached.reload"]).trim(), "ok");
    let reloads = |members: &Members| rpc::numbers(members)["reloads"];
    assert_eq!(reloads(&rpc::from_xmlrpc(&k.xmlrpc("memcached.stats"))), 4);
    assert_eq!(
        reloads(&rpc::from_page(&k.xhttp_rpc_page("memcached.stats"))),
        4
    );

    let log = k.log_text();
    assert_eq!(lines_with(&log, "Invalid formatting character"), 0, "{log}");
    assert_eq!(lines_with(&log, "refused the member"), 0, "{log}");
    eprintln!("Kamailio {}: every transport shows {expected:?}", h.version);
}

/// xhttp_rpc builds its page in a buffer of `xhttp_rpc_buf_size` bytes and refuses a member that
/// does not fit: the reply stops there, with one line per reply in the log.
fn a_transport_that_refuses_a_member_ends_the_reply_with_one_log_line(h: &KamailioHost) {
    let mc = Memcached::start();
    let whole = {
        let k = Kamailio::start(h, "page-size", &h.our_module(), &mc.server(), RPC_MODULES);
        k.xhttp_rpc_page("memcached.stats")
    };
    let reply = rpc::page_reply(&whole);
    let reply_at = whole.find(reply).unwrap();
    // A buffer that ends in the middle of the reply's lines: the page is built in place, so
    // the members before that point fit and the one across it does not.
    let size = reply_at + reply.len() / 2;
    let extra = format!("{RPC_MODULES}\nmodparam(\"xhttp_rpc\", \"xhttp_rpc_buf_size\", {size})");
    let k = Kamailio::start(h, "page-small", &h.our_module(), &mc.server(), &extra);
    let refused = "memcached.stats: xhttp_rpc.so refused the member ";
    for replies in 1..=2 {
        let (page, status) = k.xhttp_rpc_page_and_status("memcached.stats");
        assert_eq!(status, 500, "{page}");
        assert!(!page.contains("cache_bytes: "), "{page}");
        let log = k.log_text();
        assert_eq!(lines_with(&log, refused), replies, "{size} bytes: {log}");
    }
    // The other transports are not concerned, and Kamailio goes on.
    let json = rpc::from_json(&k.jsonrpc_over_http("memcached.stats"));
    every_counter_in("jsonrpcs over HTTP", &json);
    let r = k.request("set", &[("X-Key", "k"), ("X-Val", "v")]);
    assert_eq!(r.header("X-Get"), "v");
}

/// kex for `stats.*`, xhttp_prom for `GET /metrics` (the example config routes it there when
/// xhttp_prom is loaded), with every group of statistics on the page.
const STATISTICS_MODULES: &str = "loadmodule \"kex.so\"\n\
    loadmodule \"xhttp_prom.so\"\n\
    modparam(\"xhttp_prom\", \"xhttp_prom_stats\", \"all\")";

/// The names of `memcached.stats`' counters, in its order.
const STATISTIC_NAMES: [&str; 19] = [
    "operations",
    "hits",
    "misses",
    "errors",
    "timeouts",
    "connects",
    "reconnects",
    "reloads",
    "refused",
    "not_stored",
    "failback_keys",
    "failback_overflows",
    "cache_hits",
    "cache_misses",
    "cache_evictions",
    "cache_stale",
    "cache_refreshes",
    "cache_entries",
    "cache_bytes",
];

type Counters = std::collections::BTreeMap<String, u64>;

/// The `memcached:NAME = VALUE` lines of `stats.get_statistics`.
/// The `memcached:NAME = VALUE` statistics of the report's counters (the servers' apart: see
/// [`server_statistics`]).
fn memcached_statistics(text: &str) -> Counters {
    all_memcached_statistics(text)
        .into_iter()
        .filter(|(name, _)| !name.starts_with("server"))
        .collect()
}

/// The `memcached:server0_NAME = VALUE` statistics, by NAME.
fn server_statistics(text: &str) -> Counters {
    all_memcached_statistics(text)
        .into_iter()
        .filter_map(|(name, v)| Some((name.strip_prefix("server0_")?.to_string(), v)))
        .collect()
}

fn all_memcached_statistics(text: &str) -> Counters {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("memcached:"))
        .filter_map(|l| l.split_once(" = "))
        .map(|(name, value)| (name.to_string(), value.trim().parse().unwrap()))
        .collect()
}

/// The `kamailio_memcached_NAME VALUE TIMESTAMP` lines of the Prometheus page.
fn memcached_metrics(page: &str) -> Counters {
    page.lines()
        .filter_map(|l| l.strip_prefix("kamailio_memcached_"))
        .filter(|l| !l.starts_with("server"))
        .map(|l| {
            let mut words = l.split_whitespace();
            let name = words.next().unwrap().to_string();
            (name, words.next().unwrap().parse().unwrap())
        })
        .collect()
}

/// The top-level counters of `memcached.stats`.
fn rpc_counters(k: &Kamailio) -> Counters {
    let text = k.kamcmd(&["memcached.stats"]);
    STATISTIC_NAMES
        .iter()
        .map(|name| (name.to_string(), stat(&text, name)))
        .collect()
}

fn prometheus_page(k: &Kamailio) -> String {
    k.curl(&[], "/metrics")
}

/// One OPTIONS over TCP to the port xhttp listens on: the TCP worker runs the request route, a
/// process of its own beside the UDP workers.
fn request_over_tcp(k: &Kamailio, op: &str, headers: &[(&str, &str)]) -> SipReply {
    use std::io::{Read, Write};
    let mut conn = std::net::TcpStream::connect(("127.0.0.1", k.http_port)).unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let local = conn.local_addr().unwrap().port();
    let msg = common::kamailio::options_message(op, k.http_port, "TCP", local, headers);
    conn.write_all(msg.as_bytes()).unwrap();
    let mut reply = Vec::new();
    let mut buf = [0u8; 4096];
    while !reply.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = conn.read(&mut buf).unwrap_or(0);
        assert!(n > 0, "no reply over TCP; log:\n{}", k.log_text());
        reply.extend_from_slice(&buf[..n]);
    }
    SipReply::parse(&reply)
}

fn the_counters_are_kamailio_statistics_on_the_prometheus_page_too(h: &KamailioHost) {
    let mc = Memcached::start();
    let module = h.our_module();
    let k = Kamailio::start(h, "statistics", &module, &mc.server(), STATISTICS_MODULES);
    let names: Vec<String> = STATISTIC_NAMES.iter().map(|n| n.to_string()).collect();
    let start = memcached_statistics(&k.kamcmd(&["stats.get_statistics", "memcached:"]));
    assert_eq!(
        start.keys().cloned().collect::<Vec<_>>().len(),
        STATISTIC_NAMES.len(),
        "{start:?}"
    );
    assert!(start.values().all(|&v| v == 0), "{start:?}");

    // Known SIP-driven work, spread over both UDP workers. A `set` request makes 5 operations: the
    // set, then 3 reads of its key (hits) and 1 of user_alice (a miss; $mctex reads nothing).
    let mut udp_workers = std::collections::BTreeSet::new();
    for i in 0..4 {
        let key = format!("stat{i}");
        let r = k.request("set", &[("X-Key", &key), ("X-Val", "v")]);
        udp_workers.insert(r.header("X-Pid").to_string());
    }
    // The fifth over TCP, in another process: the counters are summed over processes.
    let r = request_over_tcp(&k, "set", &[("X-Key", "stat4"), ("X-Val", "v")]);
    assert_eq!(r.header("X-Get"), "v");
    assert!(
        !udp_workers.contains(r.header("X-Pid")),
        "{udp_workers:?} {r:?}"
    );
    // A request with no assignment, on a missing key: 3 reads, all misses (the test, X-Get and
    // X-User; the route reads the key into $var(v) only when it is there).
    for i in 0..3 {
        let key = format!("missing{i}");
        k.request("get", &[("X-Key", &key)]);
    }
    // A bad expiry is refused before memcached, then the route's 3 reads miss.
    k.request(
        "ttl",
        &[("X-Key", "badttl"), ("X-Val", "v"), ("X-TTL", "soon")],
    );

    let rpc = rpc_counters(&k);
    let expected = [
        ("operations", 5 * 5 + 3 * 3 + 3),
        ("hits", 5 * 3),
        ("misses", 5 + 3 * 3 + 3),
        ("errors", 0),
        ("refused", 1),
        ("not_stored", 0),
    ];
    for (name, value) in expected {
        assert_eq!(rpc[name], value, "{name}: {rpc:?}");
    }
    assert!(rpc["connects"] >= 1, "{rpc:?}");

    // The same values, read by the ctl process through the statistics framework.
    let all = memcached_statistics(&k.kamcmd(&["stats.get_statistics", "all"]));
    assert_eq!(all, rpc, "stats.get_statistics all");
    let group = memcached_statistics(&k.kamcmd(&["stats.get_statistics", "memcached:"]));
    assert_eq!(group, rpc, "stats.get_statistics memcached:");
    assert_eq!(group.keys().cloned().collect::<Vec<_>>().len(), names.len());
    // The server's counters and its request times too (memcached.stats' member of the server),
    // as memcached:server0_NAME; its histogram says how long its requests took.
    let stats_text = k.kamcmd(&["stats.get_statistics", "memcached:"]);
    let server = server_statistics(&stats_text);
    let (_, member) = rpc::split_at_first_server(&rpc::from_text(&k.kamcmd(&["memcached.stats"])));
    let member = rpc::numbers(&member);
    for c in &SERVER_COUNTERS {
        let name = c.name().to_str().unwrap();
        assert_eq!(
            server.get(name),
            member.get(name),
            "server0_{name}: {stats_text}"
        );
    }
    assert_eq!(
        server["operations"], rpc["operations"],
        "one server: every operation"
    );
    assert!(
        server["p50_us"] >= 50 && server["p50_us"] <= server["p99_us"],
        "a loopback request takes tens of µs at least: {server:?}"
    );
    assert!(server["p999_us"] < 1_000_000, "{server:?}");
    assert_eq!(server["over_timeout"], 0);
    // And by the SIP worker that serves HTTP, on the Prometheus page, beside the core's groups.
    let page = prometheus_page(&k);
    assert_eq!(memcached_metrics(&page), rpc, "{page}");
    assert_eq!(
        page.lines()
            .find_map(|l| l.strip_prefix("kamailio_memcached_server0_p99_us "))
            .and_then(|l| l.split_whitespace().next())
            .and_then(|v| v.parse::<u64>().ok()),
        Some(server["p99_us"]),
        "{page}"
    );
    assert!(page.contains("kamailio_core_"), "{page}");
    // Nothing moved while the three were read: they agree because they read the same counters.
    assert_eq!(rpc_counters(&k), rpc);

    // The host cannot reset what it does not hold: a reset leaves every value as it is.
    k.kamcmd(&["stats.reset_statistics", "memcached:"]);
    let after_reset = memcached_statistics(&k.kamcmd(&["stats.get_statistics", "memcached:"]));
    assert_eq!(after_reset, rpc, "after stats.reset_statistics");

    // A reload is counted once, and every view sees it.
    assert_eq!(k.kamcmd(&["memcached.reload"]).trim(), "ok");
    let page = prometheus_page(&k);
    assert_eq!(memcached_metrics(&page)["reloads"], 1, "{page}");
    assert_eq!(memcached_metrics(&page), rpc_counters(&k));

    let log = k.log_text();
    assert!(!log.contains("statistics:"), "{log}");
    assert!(!log.contains("late attempt to register counter"), "{log}");

    // `kamailio -c` runs no mod_init: the same config checks clean, and registers nothing.
    let (dir, dir_inside) = h.scratch_dir("statistics-check");
    let cfg = config_for(&dir_inside, 5999, &module, &mc.server(), STATISTICS_MODULES);
    std::fs::write(dir.join("kamailio.cfg"), cfg).unwrap();
    let out = h.check_config(&dir_inside.join("kamailio.cfg"));
    let text =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "kamailio -c:\n{text}");
    assert!(!text.contains("counter"), "kamailio -c:\n{text}");
    eprintln!(
        "Kamailio {}: memcached.stats = stats.get_statistics = /metrics: {rpc:?}\n{}",
        h.version,
        page.lines()
            .filter(|l| l.starts_with("kamailio_memcached_"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn a_statistic_name_already_taken_is_one_error_line_and_kamailio_runs(h: &KamailioHost) {
    // The counters module registers its script counters while the config is parsed, before our
    // mod_init: one named memcached.operations takes our name. (The 5.7.4 build has no counters.)
    let modules = h.stock_module().parent().unwrap().to_path_buf();
    if !h.outside(&modules.join("counters.so")).exists() {
        eprintln!(
            "Kamailio {}: no counters.so, nothing to take the name",
            h.version
        );
        return;
    }
    let mc = Memcached::start();
    let extra = format!(
        "{STATISTICS_MODULES}\nloadmodule \"counters.so\"\n\
         modparam(\"counters\", \"script_counter\", \"memcached.operations: taken\")"
    );
    let k = Kamailio::start(h, "statistics-taken", &h.our_module(), &mc.server(), &extra);
    let r = k.request("set", &[("X-Key", "k"), ("X-Val", "v")]);
    assert_eq!(r.header("X-Get"), "v");
    let log = k.log_text();
    // Every statistic of the group: the module's counters and, for its one server, that
    // server's (memcached:server0_operations …).
    let offered = COUNTERS.len() + SERVER_COUNTERS.len();
    assert_eq!(
        lines_with(
            &log,
            &format!(
                "statistics: Kamailio refused 1 of {offered} in group memcached: operations \
                 (already registered); the counters are still in memcached.stats"
            )
        ),
        1,
        "{log}"
    );
    // The name stays the script counter's; every other statistic is ours.
    let group = memcached_statistics(&k.kamcmd(&["stats.get_statistics", "memcached:"]));
    let rpc = rpc_counters(&k);
    assert_eq!(group["operations"], 0, "{group:?}");
    assert_eq!(rpc["operations"], 5, "{rpc:?}");
    assert_eq!(
        (group["hits"], group["misses"]),
        (rpc["hits"], rpc["misses"])
    );
    assert_eq!((rpc["hits"], rpc["misses"]), (3, 1));
}

release_suites! {
    rpc_reload_and_stats_from_the_rpc_processes
    every_counter_shows_over_kamcmd_jsonrpcs_xmlrpc_and_the_rpc_page
    a_transport_that_refuses_a_member_ends_the_reply_with_one_log_line
    rpc_over_http_with_curl
    the_counters_are_kamailio_statistics_on_the_prometheus_page_too
    a_statistic_name_already_taken_is_one_error_line_and_kamailio_runs
}
