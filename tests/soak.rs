//! The soak: SIP load (1,000 requests a second in all) on a real Kamailio 5.6 (KSR.memcached
//! from Lua) and a real OpenSIPS 3.6 at once, the near cache on in both, against one memcached that is killed and restarted every
//! 2 minutes, frozen for 5 s once, while both are reloaded every 30 s and a Python client
//! (pymemcache) writes some of the keys they read. For `SIPMC_SOAK_SECONDS` (1800 by default:
//! `make soak`; `make faults` runs a short form).
//!
//! What it checks at the end, and prints as a table:
//! - nothing lost: for every counter, memcached's final value holds every increment a reply said
//!   succeeded since memcached last started, and at most the increments whose reply said they
//!   failed besides (an increment sent to a frozen memcached times out, and memcached applies it
//!   when it thaws);
//! - nothing invented: every value read is one the Python client wrote;
//! - flat: after the warm-up (a fifth of the run), no worker's private memory (`RssAnon`) grows
//!   by more than 4 MiB, its descriptors by more than 2, and its threads not at all;
//! - every request answered.

mod common;

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use common::kamailio::{Kamailio, KamailioHost};
use common::opensips::{config_for, Opensips, OpensipsHost};
use common::Memcached;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// How long the load runs, and what happens when.
struct Schedule {
    seconds: u64,
    kill_every: u64,
    reload_every: u64,
    freeze_at: u64,
}

impl Schedule {
    fn from_env() -> Schedule {
        let seconds = std::env::var("SIPMC_SOAK_SECONDS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(1800u64)
            .max(30);
        Schedule {
            seconds,
            // The 2 minutes and 30 s; a short run keeps three kills and five reloads.
            kill_every: (seconds / 4).clamp(10, 120),
            reload_every: (seconds / 6).clamp(5, 30),
            freeze_at: seconds / 2 + 3,
        }
    }
}

/// One host's load and what its replies said.
#[derive(Default)]
struct Tally {
    requests: u64,
    /// Replies by status ("none": no reply within 5 s).
    codes: HashMap<String, u64>,
    /// Per counter key: the times at which an increment was said to succeed.
    acked: HashMap<String, Vec<Instant>>,
    /// Per counter key: the times at which an increment was said to fail (or had no reply).
    failed: HashMap<String, Vec<Instant>>,
    /// Values read of the Python client's keys (None: a miss).
    reads: Vec<Option<String>>,
}

/// A process's private memory, descriptors and threads.
#[derive(Debug, Clone, Copy, Default)]
struct Sample {
    rss_anon_kb: u64,
    fds: u64,
    threads: u64,
}

fn sample(pid: i32) -> Option<Sample> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
    };
    Some(Sample {
        rss_anon_kb: field("RssAnon:")?,
        threads: field("Threads:")?,
        fds: std::fs::read_dir(format!("/proc/{pid}/fd")).ok()?.count() as u64,
    })
}

/// The processes whose parent is `pid`.
fn children(pid: i32) -> Vec<i32> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(child) = entry.file_name().to_str().and_then(|s| s.parse().ok()) else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{child}/stat")) else {
            continue;
        };
        let ppid = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|p| p.parse::<i32>().ok());
        if ppid == Some(pid) {
            out.push(child);
        }
    }
    out
}

/// Kamailio running tests/kamailio/kemi's Lua script, with the near cache and the ctl socket.
fn start_kamailio(h: &KamailioHost, mc: &Memcached) -> Kamailio {
    let dir = format!("{ROOT}/tests/kamailio/kemi");
    let (script_dir, script_inside) = h.scratch_dir("soak-lua");
    std::fs::copy(format!("{dir}/kemi.lua"), script_dir.join("kemi.lua")).unwrap();
    let extra = "loadmodule \"ctl.so\"\n\
                 modparam(\"ctl\", \"binrpc\", \"unix:@RUNDIR@/kamailio_ctl\")\n\
                 modparam(\"memcached\", \"cache_size\", 10000)\n\
                 modparam(\"memcached\", \"cache_ttl\", 1000)\n\
                 modparam(\"memcached\", \"timeout\", 300)\n\
                 modparam(\"memcached\", \"retry_interval\", 500)";
    let template = std::fs::read_to_string(format!("{dir}/kamailio.cfg"))
        .unwrap()
        .replace("@KEMI_MODULE@", "app_lua")
        .replace("@KEMI_ENGINE@", "lua")
        .replace("@SCRIPT@", script_inside.join("kemi.lua").to_str().unwrap())
        .replace("@EXTRA_PARAMS@", extra);
    Kamailio::start_with(
        h,
        "soak",
        &template,
        &h.our_module(),
        &mc.server(),
        "",
        None,
    )
}

fn start_opensips(h: &OpensipsHost, mc: &Memcached) -> Opensips {
    let extra = "modparam(\"cachedb_memcached\", \"cache_size\", 10000)\n\
                 modparam(\"cachedb_memcached\", \"cache_ttl\", 1000)\n\
                 modparam(\"cachedb_memcached\", \"timeout\", 300)\n\
                 modparam(\"cachedb_memcached\", \"retry_interval\", 500)";
    Opensips::start(
        h,
        "soak",
        &config_for(&common::library(), &mc.server(), &mc.server(), extra),
    )
}

/// Each load thread's pace: two requests per step, 125 steps a second (four threads: 1,000 SIP
/// requests a second in all), a load both hosts carry on this 2-core machine beside memcached,
/// the Python client and the test itself.
const STEP: Duration = Duration::from_millis(8);

/// Waits until the thread's next step is due.
fn pace(next: &mut Instant) {
    *next += STEP;
    let now = Instant::now();
    if *next > now {
        std::thread::sleep(*next - now);
    } else {
        *next = now;
    }
}

/// What one request of the load did.
enum Did {
    /// An increment of the key: Some(true) said done, Some(false) said failed, None no reply.
    Inc(String, Option<bool>),
    /// A read of a Python key: the value, or None for a miss; no reply is counted apart.
    Read(Option<String>),
    NoReply,
}

fn record(tally: &Mutex<Tally>, status: &str, did: Did) {
    let now = Instant::now();
    let mut t = tally.lock().unwrap();
    t.requests += 1;
    *t.codes.entry(status.to_string()).or_default() += 1;
    match did {
        Did::Inc(key, Some(true)) => t.acked.entry(key).or_default().push(now),
        Did::Inc(key, _) => t.failed.entry(key).or_default().push(now),
        Did::Read(value) => t.reads.push(value),
        Did::NoReply => {}
    }
}

/// Kamailio's load: an increment of one of the thread's counters, then a read of a Python key.
fn kamailio_load(k: &Kamailio, thread: usize, stop: &AtomicBool, tally: &Mutex<Tally>) {
    let (mut i, mut next) = (0usize, Instant::now());
    while !stop.load(Ordering::Relaxed) {
        pace(&mut next);
        i += 1;
        let key = format!("soak_k{thread}_{}", i % 10);
        let (status, did) = match k.try_request(
            "inc",
            &[("X-Key", &key), ("X-N", "1")],
            Duration::from_secs(5),
        ) {
            Some(r) => {
                let result = r.header("X-Result").to_string();
                let ok = result.starts_with("number:");
                (r.status.to_string(), Did::Inc(key, Some(ok)))
            }
            None => ("none".to_string(), Did::Inc(key, None)),
        };
        record(tally, &status, did);
        let gw = format!("gw_{}", i % 10);
        let (status, did) = match k.try_request("get", &[("X-Key", &gw)], Duration::from_secs(5)) {
            Some(r) => {
                let result = r.header("X-Result");
                let value = result.strip_prefix("string:").map(str::to_string);
                (r.status.to_string(), Did::Read(value))
            }
            None => ("none".to_string(), Did::NoReply),
        };
        record(tally, &status, did);
    }
}

/// OpenSIPS's load: `cache_add` on one of the thread's counters, then `cache_fetch` of a
/// Python key.
fn opensips_load(o: &Opensips, thread: usize, stop: &AtomicBool, tally: &Mutex<Tally>) {
    let (mut i, mut next) = (0usize, Instant::now());
    while !stop.load(Ordering::Relaxed) {
        pace(&mut next);
        i += 1;
        let key = format!("soak_o{thread}_{}", i % 10);
        let (status, did) = match o.try_request(
            "OPTIONS",
            "add",
            &[("X-Key", &key), ("X-Val", "1")],
            Duration::from_secs(5),
        ) {
            Some(r) => {
                let ok = r.header("X-RC") == "1";
                (r.status.to_string(), Did::Inc(key, Some(ok)))
            }
            None => ("none".to_string(), Did::Inc(key, None)),
        };
        record(tally, &status, did);
        let gw = format!("gw_{}", i % 10);
        let (status, did) = match o.try_request(
            "OPTIONS",
            "fetch",
            &[("X-Key", &gw)],
            Duration::from_secs(5),
        ) {
            Some(r) => {
                let value = (r.header("X-RC") == "1")
                    .then(|| r.headers.get("X-Val").cloned())
                    .flatten();
                (r.status.to_string(), Did::Read(value))
            }
            None => ("none".to_string(), Did::NoReply),
        };
        record(tally, &status, did);
    }
}

/// Per process: the sample at the end of the warm-up, the largest after it, the last.
#[derive(Default, Clone, Copy)]
struct Watch {
    warm: Option<Sample>,
    max: Sample,
    last: Sample,
}

fn watch(watches: &mut HashMap<i32, Watch>, pids: &[i32], warm: bool) {
    for &pid in pids {
        let Some(s) = sample(pid) else { continue };
        let w = watches.entry(pid).or_default();
        if warm && w.warm.is_none() {
            w.warm = Some(s);
        }
        if w.warm.is_some() {
            w.max.rss_anon_kb = w.max.rss_anon_kb.max(s.rss_anon_kb);
            w.max.fds = w.max.fds.max(s.fds);
            w.max.threads = w.max.threads.max(s.threads);
        }
        w.last = s;
    }
}

#[test]
#[ignore = "long: `make soak` (30 minutes) and `make faults` (a short form) run it"]
fn a_long_soak_loses_nothing_and_stays_flat() {
    let schedule = Schedule::from_env();
    let (Some(kh), Some(oh)) = (KamailioHost::load("5.6"), OpensipsHost::load("3.6")) else {
        return;
    };
    let python = common::Descriptor::read("python-clients")
        .map(|d| d.var("PYTHON"))
        .expect("the Python clients (make python-clients)");
    let mut mc = Memcached::start();
    let k = start_kamailio(&kh, &mc);
    let o = start_opensips(&oh, &mc);
    let scratch = common::scratch_dir("soak");
    let written_log = scratch.join("python-written.txt");
    let mut writer = Command::new(&python)
        .arg(format!("{ROOT}/tests/soak/python_writer.py"))
        .arg(mc.server())
        .arg(&written_log)
        .stdin(Stdio::piped())
        .spawn()
        .expect("the Python writer");

    let stop = AtomicBool::new(false);
    let (k_tally, o_tally) = (Mutex::new(Tally::default()), Mutex::new(Tally::default()));
    let started = Instant::now();
    // memcached's (re)starts: an increment said done after the last one is in its final value.
    let mut last_start = started;
    let (mut kills, mut reloads, mut frozen) = (0, 0, false);
    let mut watches: HashMap<i32, Watch> = HashMap::new();
    std::thread::scope(|s| {
        for t in 0..2 {
            let (k, o, stop) = (&k, &o, &stop);
            let (kt, ot) = (&k_tally, &o_tally);
            s.spawn(move || kamailio_load(k, t, stop, kt));
            s.spawn(move || opensips_load(o, t, stop, ot));
        }
        let warm_up = schedule.seconds / 5;
        let mut next_kill = schedule.kill_every;
        let mut next_reload = schedule.reload_every;
        while started.elapsed().as_secs() < schedule.seconds {
            std::thread::sleep(Duration::from_secs(1));
            let now = started.elapsed().as_secs();
            let mut pids = vec![k.pid()];
            pids.extend(children(k.pid()));
            pids.extend(o.processes());
            watch(&mut watches, &pids, now >= warm_up);
            if now >= next_kill && now + 5 < schedule.seconds {
                next_kill += schedule.kill_every;
                mc.kill();
                std::thread::sleep(Duration::from_secs(2));
                last_start = Instant::now();
                mc.restart();
                kills += 1;
            }
            if !frozen && now >= schedule.freeze_at {
                frozen = true;
                mc.freeze();
                std::thread::sleep(Duration::from_secs(5));
                mc.signal(libc::SIGCONT);
            }
            if now >= next_reload {
                next_reload += schedule.reload_every;
                assert_eq!(k.kamcmd(&["memcached.reload"]).trim(), "ok");
                let reply = o.mi_http("memcached_reload", "");
                assert!(reply.contains("OK"), "{reply}");
                reloads += 1;
            }
        }
        stop.store(true, Ordering::Relaxed);
    });
    let _ = writer.stdin.take().map(|mut i| i.write_all(b""));
    let _ = writer.wait();
    let written: HashSet<String> = std::fs::read_to_string(&written_log)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();

    let mut problems = Vec::new();
    println!(
        "\nsoak: {} s, memcached killed and restarted {kills} times, frozen 5 s once, \
         {reloads} reloads of each host, {} values written by pymemcache",
        schedule.seconds,
        written.len()
    );
    println!("| host | requests | replies by status | increments said done (since the last start) | said failed | final values = done + 0..failed | reads | reads of a value never written |");
    println!("|---|---:|---|---:|---:|---|---:|---:|");
    for (host, tally) in [("Kamailio 5.6", &k_tally), ("OpenSIPS 3.6", &o_tally)] {
        let t = tally.lock().unwrap();
        let mut codes: Vec<_> = t.codes.iter().map(|(c, n)| format!("{c}: {n}")).collect();
        codes.sort();
        let (mut done, mut failed, mut keys_ok, mut keys) = (0, 0, 0, 0);
        for (key, acks) in &t.acked {
            let since: u64 = acks.iter().filter(|&&at| at > last_start).count() as u64;
            let fails = t.failed.get(key).map_or(0, |f| {
                f.iter().filter(|&&at| at > last_start).count() as u64
            });
            let held = mc
                .meta(key)
                .and_then(|(_, _, v)| String::from_utf8_lossy(&v).trim().parse::<u64>().ok())
                .unwrap_or(0);
            keys += 1;
            done += since;
            failed += fails;
            if (since..=since + fails).contains(&held) {
                keys_ok += 1;
            } else {
                problems.push(format!(
                    "{host}: {key} holds {held}, {since} increments said done and {fails} failed \
                     since memcached last started"
                ));
            }
        }
        let invented = t
            .reads
            .iter()
            .flatten()
            .filter(|v| !written.contains(*v))
            .count();
        if invented > 0 {
            problems.push(format!("{host}: {invented} reads of a value never written"));
        }
        if t.codes.get("none").copied().unwrap_or(0) > 0 {
            problems.push(format!("{host}: requests without a reply: {codes:?}"));
        }
        println!(
            "| {host} | {} | {} | {done} | {failed} | {keys_ok} of {keys} keys | {} | {invented} |",
            t.requests,
            codes.join(", "),
            t.reads.len()
        );
    }
    println!(
        "\n| process | private memory after warm-up → max → end (KiB) | descriptors | threads |"
    );
    println!("|---|---|---|---|");
    let mut pids: Vec<_> = watches.keys().copied().collect();
    pids.sort();
    for pid in pids {
        let w = watches[&pid];
        let Some(warm) = w.warm else { continue };
        let host = if pid == k.pid() || children(k.pid()).contains(&pid) {
            "kamailio"
        } else {
            "opensips"
        };
        println!(
            "| {host} {pid} | {} → {} → {} | {} → {} → {} | {} → {} → {} |",
            warm.rss_anon_kb,
            w.max.rss_anon_kb,
            w.last.rss_anon_kb,
            warm.fds,
            w.max.fds,
            w.last.fds,
            warm.threads,
            w.max.threads,
            w.last.threads
        );
        if w.max.rss_anon_kb > warm.rss_anon_kb + 4096 {
            problems.push(format!(
                "{host} {pid}: private memory grew after the warm-up"
            ));
        }
        if w.max.fds > warm.fds + 2 {
            problems.push(format!("{host} {pid}: descriptors grew after the warm-up"));
        }
        if w.max.threads > warm.threads {
            problems.push(format!("{host} {pid}: threads grew after the warm-up"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
