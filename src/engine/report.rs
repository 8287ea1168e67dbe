//! The stats report: what `memcached.stats` (Kamailio RPC), Kamailio's statistics,
//! `memcached_stats` (OpenSIPS MI), OpenSIPS's statistics and `sipmc_mi_stats` (C) show, declared
//! here once.
//!
//! Every counter is one entry of [`COUNTERS`] (or [`SERVER_COUNTERS`] for a server's): its name,
//! its help text and which field of the snapshot holds it. A transport never lists counters
//! itself: it takes [`Report::render`]'s walk (the servers, the counters, then each server with
//! its state and counters), or, for Kamailio's and OpenSIPS's statistics, the table's entries by
//! index. Adding a counter is then one field bumped on the hot path, one field of [`Stats`] read
//! in [`SharedRegion::snapshot`](crate::shared::SharedRegion::snapshot), and one entry here.

use std::ffi::CStr;
use std::fmt::Write as _;
use std::sync::atomic::Ordering;

use super::Engine;
use crate::shared::latency::quantile_us;
use crate::shared::Stats;

/// One counter: its name (the same in every transport), its help text (Kamailio's `cnt.help`),
/// and where a report keeps its value. Names and help texts are C strings because Kamailio's
/// `counter_register` and RPC members take them as such.
pub struct Counter<T> {
    name: &'static CStr,
    help: &'static CStr,
    read: fn(&T) -> u64,
}

impl<T> Counter<T> {
    const fn new(name: &'static CStr, help: &'static CStr, read: fn(&T) -> u64) -> Counter<T> {
        Counter { name, help, read }
    }

    pub const fn name(&self) -> &'static CStr {
        self.name
    }

    pub const fn help(&self) -> &'static CStr {
        self.help
    }

    /// Its value in `from`.
    pub fn read(&self, from: &T) -> u64 {
        (self.read)(from)
    }
}

/// The module's counters, summed over every process of the host, in the order every transport
/// shows them. The near cache's figures are the last seven (`cache_entries` and `cache_bytes` are
/// what the caches hold now, not counts since the start).
pub const COUNTERS: [Counter<Stats>; 19] = [
    Counter::new(
        c"operations",
        c"Requests the module made to memcached, summed over every process.",
        |s| s.operations,
    ),
    Counter::new(
        c"hits",
        c"Reads that found the key (near-cache hits not included).",
        |s| s.hits,
    ),
    Counter::new(c"misses", c"Reads that did not find the key.", |s| s.misses),
    Counter::new(
        c"errors",
        c"Requests that failed at or on the way to a server (connect, timeout, I/O, bad reply, server down, error reply).",
        |s| s.errors,
    ),
    Counter::new(
        c"timeouts",
        c"Of the errors, those that ran out of the timeout.",
        |s| s.timeouts,
    ),
    Counter::new(
        c"connects",
        c"Connections opened to memcached servers.",
        |s| s.connects,
    ),
    Counter::new(
        c"reconnects",
        c"Connections opened again after one was dropped (a failure, a fork, a reload).",
        |s| s.reconnects,
    ),
    Counter::new(c"reloads", c"memcached.reload calls.", |s| s.reloads),
    Counter::new(
        c"refused",
        c"Operations the module refused: a bad key, expiry or number, a value too large.",
        |s| s.refused,
    ),
    Counter::new(
        c"not_stored",
        c"Writes not made because the key existed (mode 1).",
        |s| s.not_stored,
    ),
    Counter::new(
        c"failback_keys",
        c"Keys written to another server while theirs was down, forgotten (moved home or deleted there) before it served again.",
        |s| s.failback_keys,
    ),
    Counter::new(
        c"failback_overflows",
        c"Writes that did not fail over because failover_keys keys were listed already.",
        |s| s.failback_overflows,
    ),
    Counter::new(
        c"cache_hits",
        c"Near-cache lookups that were served.",
        |s| s.cache_hits,
    ),
    Counter::new(
        c"cache_misses",
        c"Near-cache lookups that went to memcached.",
        |s| s.cache_misses,
    ),
    Counter::new(
        c"cache_evictions",
        c"Near-cache entries dropped to stay within cache_size or cache_memory.",
        |s| s.cache_evictions,
    ),
    Counter::new(
        c"cache_stale",
        c"Expired near-cache entries served because their server was unreachable (cache_stale_on_error).",
        |s| s.cache_stale,
    ),
    Counter::new(
        c"cache_refreshes",
        c"Near-cache entries read near their expiry and refreshed ahead of it, in the round trip of another key's read.",
        |s| s.cache_refreshes,
    ),
    Counter::new(
        c"cache_entries",
        c"Entries the near caches of every process hold now.",
        |s| s.cache_entries,
    ),
    Counter::new(
        c"cache_bytes",
        c"Bytes the near caches of every process hold now.",
        |s| s.cache_bytes,
    ),
];

/// One server's counters, summed over every process, in the order every transport shows them
/// (after the server's `state`).
pub const SERVER_COUNTERS: [Counter<ServerStats>; 9] = [
    Counter::new(c"operations", c"Requests sent to this server.", |s| {
        s.operations
    }),
    Counter::new(
        c"failures",
        c"Requests to this server that failed (connect, timeout, I/O, bad reply).",
        |s| s.failures,
    ),
    Counter::new(
        c"timeouts",
        c"Of the failures, those that ran out of the timeout.",
        |s| s.timeouts,
    ),
    Counter::new(
        c"consecutive_failures",
        c"Failures in a row now; a success resets it.",
        |s| s.consecutive_failures,
    ),
    Counter::new(
        c"marked_down",
        c"How many times the server was marked down.",
        |s| s.marked_down,
    ),
    Counter::new(
        c"p50_us",
        c"Half of the requests to this server took at most this many microseconds (a bucket's bound: within a factor of 2).",
        |s| s.p50_us,
    ),
    Counter::new(
        c"p99_us",
        c"99% of the requests to this server took at most this many microseconds (a bucket's bound).",
        |s| s.p99_us,
    ),
    Counter::new(
        c"p999_us",
        c"99.9% of the requests to this server took at most this many microseconds (a bucket's bound).",
        |s| s.p999_us,
    ),
    Counter::new(
        c"over_timeout",
        c"Requests to this server that took the timeout or longer.",
        |s| s.over_timeout,
    ),
];

/// A report's statistics, for a host's statistics framework, whose names are flat: every counter
/// of [`COUNTERS`] by its name, then each server's counters of [`SERVER_COUNTERS`] as
/// `server<N>_<counter>` (N its place in the `servers` list, from 0: an address would not survive
/// a statistic's name, and `memcached.stats` maps N to the address), each with its help text.
/// [`Report::statistic`] reads the value at the same index.
pub fn statistics(servers: &[&str]) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = COUNTERS
        .iter()
        .map(|c| {
            (
                c.name().to_string_lossy().into(),
                c.help().to_string_lossy().into(),
            )
        })
        .collect();
    for (n, server) in servers.iter().enumerate() {
        for c in &SERVER_COUNTERS {
            let name = c.name().to_string_lossy();
            let help = c.help().to_string_lossy();
            all.push((
                format!("server{n}_{name}"),
                format!("{help} Server {n}: {server}."),
            ));
        }
    }
    all
}

/// One server's health as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerStats {
    pub name: String,
    pub down: bool,
    pub consecutive_failures: u64,
    pub operations: u64,
    pub failures: u64,
    pub timeouts: u64,
    pub marked_down: u64,
    /// Quantiles of its request times, from its histogram ([`crate::shared::latency`]).
    pub p50_us: u64,
    pub p99_us: u64,
    pub p999_us: u64,
    pub over_timeout: u64,
}

impl ServerStats {
    /// The `state` every transport shows.
    pub fn state(&self) -> &'static CStr {
        if self.down {
            c"down"
        } else {
            c"up"
        }
    }
}

/// The counters and every server's state, at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub counters: Stats,
    /// In the order of the `servers` parameter.
    pub servers: Vec<ServerStats>,
}

/// What a transport does with each part of a report; [`Report::render`] calls it in the one
/// order every transport shows.
pub trait Render {
    /// The `servers` member: every server's name, separated by spaces.
    fn servers(&mut self, names: &str);
    /// A counter: of the report until [`Render::server`] is called, then of that server.
    fn counter(&mut self, name: &'static CStr, value: u64);
    /// Before the servers (called even when there are none).
    fn begin_servers(&mut self) {}
    /// A server, by its name (the address as the `servers` parameter gives it); its counters
    /// follow, then [`Render::end_server`].
    fn server(&mut self, name: &str, state: &'static CStr);
    fn end_server(&mut self) {}
}

impl Report {
    pub fn server_names(&self) -> Vec<&str> {
        self.servers.iter().map(|s| s.name.as_str()).collect()
    }

    /// Hands every part of the report to `out`, in order: the servers' names, the counters of
    /// [`COUNTERS`], then each server with its state and the counters of [`SERVER_COUNTERS`].
    pub fn render(&self, out: &mut impl Render) {
        out.servers(&self.server_names().join(" "));
        for counter in &COUNTERS {
            out.counter(counter.name(), counter.read(&self.counters));
        }
        out.begin_servers();
        for server in &self.servers {
            out.server(&server.name, server.state());
            for counter in &SERVER_COUNTERS {
                out.counter(counter.name(), counter.read(server));
            }
            out.end_server();
        }
    }

    /// Statistic `index` of [`statistics`]: a counter of [`COUNTERS`], then the servers' counters
    /// of [`SERVER_COUNTERS`], server after server; 0 for an index past them.
    pub fn statistic(&self, index: usize) -> u64 {
        if let Some(counter) = COUNTERS.get(index) {
            return counter.read(&self.counters);
        }
        let at = index - COUNTERS.len();
        let (server, counter) = (at / SERVER_COUNTERS.len(), at % SERVER_COUNTERS.len());
        self.servers
            .get(server)
            .map_or(0, |s| SERVER_COUNTERS[counter].read(s))
    }

    /// The report as `sipmc_mi_stats` writes it: `servers: A B`, one `name: value` line per
    /// counter, then one line per server, `server A: state=up operations=N failures=N …`.
    pub fn text(&self) -> String {
        let mut text = Text::default();
        self.render(&mut text);
        text.text
    }
}

/// The text rendering (see [`Report::text`]).
#[derive(Default)]
struct Text {
    text: String,
    /// A server's line is open: its counters go on it as ` name=N`.
    in_server: bool,
}

impl Render for Text {
    fn servers(&mut self, names: &str) {
        let _ = writeln!(self.text, "servers: {names}");
    }

    fn counter(&mut self, name: &'static CStr, value: u64) {
        let name = name.to_string_lossy();
        if self.in_server {
            let _ = write!(self.text, " {name}={value}");
        } else {
            let _ = writeln!(self.text, "{name}: {value}");
        }
    }

    fn server(&mut self, name: &str, state: &'static CStr) {
        let _ = write!(
            self.text,
            "server {name}: state={}",
            state.to_string_lossy()
        );
        self.in_server = true;
    }

    fn end_server(&mut self) {
        self.text.push('\n');
        self.in_server = false;
    }
}

impl Engine {
    /// The counters now, summed over every process: the report without the servers, for a
    /// transport that reads one counter at a time (OpenSIPS's statistics).
    pub fn counters(&self) -> Stats {
        self.shared.snapshot()
    }

    /// The report now: the counters summed over every process, and each server's state.
    pub fn report(&self) -> Report {
        Report {
            counters: self.counters(),
            servers: self
                .client
                .health()
                .map(|(name, h)| {
                    let times = h.latency.counts();
                    ServerStats {
                        name: name.to_string(),
                        down: self.client.is_down(h),
                        consecutive_failures: h.consecutive_failures.load(Ordering::Relaxed),
                        operations: h.operations.load(Ordering::Relaxed),
                        failures: h.failures.load(Ordering::Relaxed),
                        timeouts: h.timeouts.load(Ordering::Relaxed),
                        marked_down: h.marked_down.load(Ordering::Relaxed),
                        p50_us: quantile_us(&times, 0.5),
                        p99_us: quantile_us(&times, 0.99),
                        p999_us: quantile_us(&times, 0.999),
                        over_timeout: h.latency.over_timeout.load(Ordering::Relaxed),
                    }
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report whose every value differs, so that a counter read from the wrong field shows.
    fn distinct_report() -> Report {
        Report {
            counters: Stats {
                operations: 1,
                hits: 2,
                misses: 3,
                errors: 4,
                timeouts: 5,
                connects: 6,
                reconnects: 7,
                reloads: 8,
                refused: 9,
                not_stored: 10,
                failback_keys: 11,
                failback_overflows: 12,
                cache_hits: 13,
                cache_misses: 14,
                cache_evictions: 15,
                cache_stale: 16,
                cache_refreshes: 17,
                cache_entries: 18,
                cache_bytes: 19,
            },
            servers: vec![
                ServerStats {
                    name: "127.0.0.1:11211".into(),
                    down: false,
                    operations: 21,
                    failures: 22,
                    timeouts: 23,
                    consecutive_failures: 24,
                    marked_down: 25,
                    p50_us: 26,
                    p99_us: 27,
                    p999_us: 28,
                    over_timeout: 29,
                },
                ServerStats {
                    name: "unix:/run/mc.sock".into(),
                    down: true,
                    operations: 31,
                    failures: 32,
                    timeouts: 33,
                    consecutive_failures: 34,
                    marked_down: 35,
                    p50_us: 36,
                    p99_us: 37,
                    p999_us: 38,
                    over_timeout: 39,
                },
            ],
        }
    }

    /// Every call a transport gets, as text.
    #[derive(Default)]
    struct Calls(Vec<String>);

    impl Render for Calls {
        fn servers(&mut self, names: &str) {
            self.0.push(format!("servers {names}"));
        }
        fn counter(&mut self, name: &'static CStr, value: u64) {
            self.0.push(format!("{} {value}", name.to_str().unwrap()));
        }
        fn begin_servers(&mut self) {
            self.0.push("begin_servers".into());
        }
        fn server(&mut self, name: &str, state: &'static CStr) {
            self.0
                .push(format!("server {name} {}", state.to_str().unwrap()));
        }
        fn end_server(&mut self) {
            self.0.push("end_server".into());
        }
    }

    #[test]
    fn every_counter_has_a_help_text_and_a_name_a_transport_can_show() {
        let names = COUNTERS.iter().map(|c| (c.name(), c.help()));
        let server_names = SERVER_COUNTERS.iter().map(|c| (c.name(), c.help()));
        for (name, help) in names.chain(server_names) {
            let name = name.to_str().unwrap();
            assert!(
                name.starts_with(|c: char| c.is_ascii_lowercase())
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{name:?}"
            );
            assert!(help.to_bytes().len() > 10, "{name} has no help text");
            assert!(help.to_str().unwrap().ends_with('.'), "{name}: {help:?}");
        }
    }

    #[test]
    fn every_field_of_the_snapshot_is_a_counter_of_the_table() {
        // A field added to Stats without an entry in COUNTERS would show in no transport.
        assert_eq!(
            std::mem::size_of::<Stats>(),
            COUNTERS.len() * std::mem::size_of::<u64>()
        );
        let report = distinct_report();
        let values: Vec<u64> = COUNTERS.iter().map(|c| c.read(&report.counters)).collect();
        assert_eq!(
            values,
            (1..=COUNTERS.len() as u64).collect::<Vec<u64>>(),
            "each reads its own field"
        );
        let server: Vec<u64> = SERVER_COUNTERS
            .iter()
            .map(|c| c.read(&report.servers[0]))
            .collect();
        assert_eq!(server, [21, 22, 23, 24, 25, 26, 27, 28, 29]);
    }

    #[test]
    fn a_transport_is_handed_the_tables_counters_in_the_tables_order() {
        let mut calls = Calls::default();
        distinct_report().render(&mut calls);
        let mut expected = vec!["servers 127.0.0.1:11211 unix:/run/mc.sock".to_string()];
        let counters = &distinct_report().counters;
        expected.extend(
            COUNTERS
                .iter()
                .map(|c| format!("{} {}", c.name().to_str().unwrap(), c.read(counters))),
        );
        expected.push("begin_servers".into());
        for server in &distinct_report().servers {
            expected.push(format!(
                "server {} {}",
                server.name,
                if server.down { "down" } else { "up" }
            ));
            expected.extend(
                SERVER_COUNTERS
                    .iter()
                    .map(|c| format!("{} {}", c.name().to_str().unwrap(), c.read(server))),
            );
            expected.push("end_server".into());
        }
        assert_eq!(calls.0, expected);
    }

    #[test]
    fn a_statistic_reads_the_counter_or_the_server_counter_of_its_name() {
        let report = distinct_report();
        let names = statistics(&report.server_names());
        assert_eq!(names.len(), COUNTERS.len() + 2 * SERVER_COUNTERS.len());
        let value = |name: &str| {
            let at = names.iter().position(|(n, _)| n == name).unwrap();
            report.statistic(at)
        };
        assert_eq!(value("hits"), 2);
        assert_eq!(value("server0_operations"), 21);
        assert_eq!(value("server0_over_timeout"), 29);
        assert_eq!(value("server1_p99_us"), 37);
        assert_eq!(report.statistic(names.len()), 0, "past the last");
        let help = &names.iter().find(|(n, _)| n == "server1_p50_us").unwrap().1;
        assert!(help.ends_with("Server 1: unix:/run/mc.sock."), "{help}");
        // No counter's name is a server statistic's.
        assert!(COUNTERS
            .iter()
            .all(|c| !c.name().to_string_lossy().starts_with("server")));
    }

    #[test]
    fn the_text_lists_every_counter_in_the_tables_order_then_one_line_per_server() {
        // The text sipmc_mi_stats has always written, byte for byte: C programs parse it.
        assert_eq!(
            distinct_report().text(),
            "servers: 127.0.0.1:11211 unix:/run/mc.sock\n\
             operations: 1\n\
             hits: 2\n\
             misses: 3\n\
             errors: 4\n\
             timeouts: 5\n\
             connects: 6\n\
             reconnects: 7\n\
             reloads: 8\n\
             refused: 9\n\
             not_stored: 10\n\
             failback_keys: 11\n\
             failback_overflows: 12\n\
             cache_hits: 13\n\
             cache_misses: 14\n\
             cache_evictions: 15\n\
             cache_stale: 16\n\
             cache_refreshes: 17\n\
             cache_entries: 18\n\
             cache_bytes: 19\n\
             server 127.0.0.1:11211: state=up operations=21 failures=22 timeouts=23 \
             consecutive_failures=24 marked_down=25 p50_us=26 p99_us=27 p999_us=28 \
             over_timeout=29\n\
             server unix:/run/mc.sock: state=down operations=31 failures=32 timeouts=33 \
             consecutive_failures=34 marked_down=35 p50_us=36 p99_us=37 p999_us=38 \
             over_timeout=39\n"
        );
        let text = distinct_report().text();
        let positions: Vec<usize> = COUNTERS
            .iter()
            .map(|c| {
                text.find(&format!("\n{}: ", c.name().to_str().unwrap()))
                    .unwrap()
            })
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{text}");
    }

    #[test]
    fn a_report_with_no_servers_has_an_empty_servers_line() {
        let report = Report {
            counters: Stats::default(),
            servers: Vec::new(),
        };
        assert!(report.text().starts_with("servers: \noperations: 0\n"));
        assert!(report.text().ends_with("cache_bytes: 0\n"));
    }

    #[test]
    fn the_c_header_names_every_counter_in_the_tables_order() {
        // sipmc_mi_stats's doc comment lists the counters for C programmers: it must follow the
        // table, not a list of its own.
        let header = include_str!("../../include/sip_memcached.h");
        let doc_end = header.find("int sipmc_mi_stats(").unwrap();
        let doc = &header[header[..doc_end].rfind("\n\n").unwrap()..doc_end];
        let mut from = 0;
        let names = COUNTERS.iter().map(|c| c.name());
        let server_names = SERVER_COUNTERS.iter().map(|c| c.name());
        for name in names.chain(server_names) {
            let name = name.to_str().unwrap();
            let at = doc[from..]
                .find(name)
                .unwrap_or_else(|| panic!("{name} missing or out of order in:\n{doc}"));
            from += at + name.len();
        }
    }

    #[test]
    fn the_counters_page_names_every_counter_in_the_tables_order() {
        // docs/counters.md is what an operator reads to know what a counter means: a counter
        // added to the table and not to the page fails here.
        let page = include_str!("../../docs/counters.md");
        let mut from = 0;
        let names = COUNTERS.iter().map(|c| c.name());
        let server_names = SERVER_COUNTERS.iter().map(|c| c.name());
        for name in names.chain(server_names) {
            let quoted = format!("`{}`", name.to_str().unwrap());
            let at = page[from..]
                .find(&quoted)
                .unwrap_or_else(|| panic!("{quoted} missing or out of order in docs/counters.md"));
            from += at + quoted.len();
        }
    }
}
