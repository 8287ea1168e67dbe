//! Builds the C programs of c_examples/ against the shared library and runs them against a real
//! memcached, under valgrind's memcheck (no errors, no definite leaks).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use std::sync::OnceLock;

use common::Memcached;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn build_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("c_examples");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Programs {
    api_tour: PathBuf,
    atexit_destroy: PathBuf,
    mini_host: PathBuf,
    near_cache_workers: PathBuf,
    near_cache_hits: PathBuf,
    shared_health: PathBuf,
    threads: PathBuf,
    typed_api: PathBuf,
    value_as_key: PathBuf,
}

/// Compiles the examples once per test run.
fn programs() -> &'static Programs {
    static BUILT: OnceLock<Programs> = OnceLock::new();
    BUILT.get_or_init(|| {
        let out = build_dir();
        let linked = |name: &str| {
            let exe = out.join(name);
            common::compile_c(Path::new(&format!("{ROOT}/c_examples/{name}.c")), &exe);
            exe
        };
        let host = out.join("mini_host");
        common::cc(&[
            &format!("{ROOT}/c_examples/mini_host.c"),
            "-o",
            host.to_str().unwrap(),
            "-ldl",
        ]);
        Programs {
            api_tour: linked("api_tour"),
            atexit_destroy: linked("atexit_destroy"),
            mini_host: host,
            near_cache_workers: linked("near_cache_workers"),
            near_cache_hits: linked("near_cache_hits"),
            shared_health: linked("shared_health"),
            threads: linked("threads"),
            typed_api: linked("typed_api"),
            value_as_key: linked("value_as_key"),
        }
    })
}

fn valgrind(program: &Path, args: &[&str]) -> Output {
    let out = common::memcheck()
        .arg("--trace-children=yes")
        .arg(program)
        .args(args)
        .output()
        .expect("valgrind is not installed: `make test` installs it (apt-get install -y valgrind)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("=="),
        "valgrind reported problems:\n{stderr}"
    );
    out
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn api_tour_passes_every_check_under_valgrind() {
    let mc = Memcached::start();
    let out = valgrind(&programs().api_tour, &[&mc.server()]);
    let stdout = text(&out);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "api_tour failed: {:?}", out.status);
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
}

#[test]
fn the_typed_functions_store_read_count_touch_and_delete_under_valgrind() {
    let mc = Memcached::start();
    let out = valgrind(&programs().typed_api, &[&mc.server()]);
    let stdout = text(&out);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "typed_api failed: {:?}", out.status);
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    // What the program left, as memcached holds it: the flags and the expiry the call gave.
    let (flags, ttl, value) = mc.meta("typed:kept").expect("typed:kept");
    assert_eq!((flags, value.as_slice()), (42, &b"kept"[..]));
    assert!((290..=300).contains(&ttl), "expiry 300 given, {ttl} left");
    assert_eq!(mc.meta("typed:hits").unwrap().2, b"3");
    assert_eq!(mc.meta("typed:fresh"), None, "deleted");
    assert!(mc.meta("typed:k=>5").is_some(), "a key is taken whole");
}

#[test]
fn sipmc_destroy_registered_with_atexit_returns_and_the_program_exits_0() {
    let mc = Memcached::start();
    let program = &programs().atexit_destroy;
    // Natively first: the abort this guards against is exit status 134 (SIGABRT).
    let native = Command::new(program).arg(mc.server()).output().unwrap();
    let stdout = text(&native);
    let stderr = String::from_utf8_lossy(&native.stderr);
    assert_eq!(native.status.code(), Some(0), "{stdout}{stderr}");
    assert!(
        stdout.contains("after destroy at exit: the read returned -4 (module not initialised); ok"),
        "{stdout}{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    let out = valgrind(program, &[&mc.server()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("; ok\n"), "{}", text(&out));
}

#[test]
fn a_value_passed_back_as_the_next_key_is_read_safely_and_cached_under_its_own_key() {
    let mc = Memcached::start();
    let out = valgrind(&programs().value_as_key, &[&mc.server()]);
    let stdout = text(&out);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{:?}", out.status);
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    assert!(mc.meta("ghost").is_none(), "nobody wrote it");
}

fn demo_config(dir: &Path, servers: &str, extra: &str) -> PathBuf {
    let cfg = std::fs::read_to_string(format!("{ROOT}/c_examples/demo.cfg"))
        .unwrap()
        .replace("@LIB@", common::library().to_str().unwrap())
        .replace("@SERVERS@", servers)
        + extra;
    let path = dir.join("demo.cfg");
    std::fs::write(&path, cfg).unwrap();
    path
}

#[test]
fn mini_host_runs_the_demo_script_under_valgrind() {
    let mc = Memcached::start();
    let dir = common::scratch_dir("mini_host");
    let cfg = demo_config(&dir, &mc.server(), "");
    let host = &programs().mini_host;
    let script = format!("{ROOT}/c_examples/demo.script");
    let out = valgrind(host, &[cfg.to_str().unwrap(), &script]);
    let stdout = text(&out);
    eprintln!("{stdout}");
    assert!(out.status.success(), "{:?}", out.status);
    for line in [
        "> mod_init\n",
        ": child_init\n  ok\n",
        "  xlog: user is alice\n",
        "  xlog: calls: 42\n",
        "  xlog: calls after dec: 40\n",
        "  xlog: new counter: 5\n",
        "  xlog: mctex reads as <null>\n",
        "  xlog: user after delete: <null>\n",
        "  xlog: spaces: hashed\n",
        "> $mct(=>60) = \"x\"\n  error -7 (bad key): empty key\n",
        "> $mctex(nobody) = 10\n  error -11 (not found): key not found\n",
        "> mi reload\n",
        "  xlog: after reload: 40\n",
        "reloads: 1\n",
        "worker exited with status 0\n",
        "main process stats:",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in:\n{stdout}");
    }
    // The main process sees the worker's operations through shared memory.
    let main_stats = stdout.split("main process stats:").nth(1).unwrap();
    assert!(!main_stats.contains("operations: 0\n"), "{main_stats}");
    assert_eq!(mc.meta("session").unwrap().2, b"expires in a minute");
}

#[test]
fn mini_host_refuses_a_bad_parameter_at_startup() {
    let dir = common::scratch_dir("mini_host_bad");
    let cfg = demo_config(
        &dir,
        "127.0.0.1:1",
        "modparam(\"memcached\", \"expire\", -5)\n",
    );
    let host = &programs().mini_host;
    let out = valgrind(host, &[cfg.to_str().unwrap(), "/dev/null"]);
    let stdout = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("bad value for parameter 'expire'"),
        "{stdout}"
    );
    assert!(!stdout.contains("> mod_init"), "{stdout}");
}

#[test]
fn mini_host_keeps_running_when_memcached_is_down() {
    let dir = common::scratch_dir("mini_host_down");
    let port = common::free_port();
    let cfg = demo_config(&dir, &format!("127.0.0.1:{port}"), "");
    let host = &programs().mini_host;
    let script = format!("{ROOT}/c_examples/demo.script");
    let out = valgrind(host, &[cfg.to_str().unwrap(), &script]);
    let stdout = text(&out);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("  error -14 (cannot connect): cannot connect to 127.0.0.1:"),
        "{stdout}"
    );
    assert!(stdout.contains("  xlog: user is <null>\n"), "{stdout}");
    // The server going down is logged once, not once per operation.
    assert_eq!(stdout.matches("[log ERROR]").count(), 1, "{stdout}");
}

#[test]
fn near_cache_reload_reaches_every_worker_process() {
    let mc = Memcached::start();
    let out = valgrind(&programs().near_cache_workers, &[&mc.server()]);
    let stdout = text(&out);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{:?}", out.status);
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    for i in 1..=3 {
        assert!(stdout.contains(&format!(
            "before reload (from the near cache): worker {i} read gateway-a"
        )));
        assert!(stdout.contains(&format!("after reload: worker {i} read gateway-b")));
    }
}

/// System calls of one run of near_cache_hits with `reads` reads, counted by strace.
fn syscalls(server: &str, reads: u32) -> u64 {
    let dir = common::scratch_dir(&format!("strace-{reads}"));
    let report = dir.join("strace.txt");
    let out = Command::new("strace")
        .args([
            "-f",
            "-c",
            "-U",
            "calls,name",
            "-o",
            report.to_str().unwrap(),
        ])
        .arg(&programs().near_cache_hits)
        .args([server, &reads.to_string()])
        .output()
        .expect("strace is not installed: `make test` installs it");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&report).unwrap();
    // The last line of `strace -c`: "100.00 ... <calls> <errors> total".
    let total = text
        .lines()
        .rev()
        .find(|l| l.trim_end().ends_with("total"))
        .unwrap();
    let numbers: Vec<u64> = total
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    numbers[0]
}

#[test]
fn a_near_cache_hit_makes_no_system_call() {
    let mc = Memcached::start();
    let few = syscalls(&mc.server(), 10);
    let many = syscalls(&mc.server(), 100_010);
    eprintln!("system calls: {few} for 10 reads, {many} for 100010 reads");
    assert!(
        many.saturating_sub(few) <= 5,
        "100000 more near-cache hits cost {} more system calls",
        many.saturating_sub(few)
    );
}

#[test]
fn one_process_finding_a_server_down_protects_the_others() {
    // Not under valgrind: this test is about time, and valgrind slows every process.
    let out = Command::new(&programs().shared_health).output().unwrap();
    let stdout = text(&out);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{:?}", out.status);
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    assert!(
        stdout.contains("worker B: server marked down after"),
        "{stdout}"
    );
}

#[test]
fn eight_c_threads_lose_no_increment() {
    // Natively, not under valgrind: 80,000 round trips.
    let mc = Memcached::start();
    let out = Command::new(&programs().threads)
        .arg(mc.server())
        .output()
        .unwrap();
    let stdout = text(&out);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{:?}", out.status);
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
}
