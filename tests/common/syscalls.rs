//! The system calls one piece of work makes, counted by strace attached to the one thread that
//! runs it (not the process: the test harness's other threads make their own calls). The thread
//! waits for strace by spinning, runs the work, then spins again until strace has let go, so
//! that strace counts the work's calls and nothing else. The clock (`Instant::now`) is read
//! through the vDSO: not a system call, and not counted.
//!
//! Included with `#[path]` by the tests and benches that count (tests/cluster.rs,
//! benches/near_cache.rs).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicI32, AtomicU8, Ordering};
use std::time::{Duration, Instant};

const WAITING: u8 = 0;
const GO: u8 = 1;
const DONE: u8 = 2;
const RELEASED: u8 = 3;

/// Spins until `phase` is `want`: no system call (a sleep or a futex would be one).
fn spin_until(phase: &AtomicU8, want: u8) {
    while phase.load(Ordering::Acquire) != want {
        std::hint::spin_loop();
    }
}

/// Whether a tracer is attached to thread `tid` of this process.
fn traced(tid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/self/task/{tid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("TracerPid:"))
        .is_some_and(|p| p.trim() != "0")
}

/// The calls column of strace -c's `total` line (no line: no call).
fn total_calls(summary: &str) -> u64 {
    summary
        .lines()
        .find(|l| l.trim_end().ends_with(" total"))
        .and_then(|l| l.split_whitespace().nth(3))
        .map_or(0, |n| n.parse().expect("strace -c's calls column"))
}

/// Runs `work` on a thread of its own and returns what it returned, with the number of system
/// calls it made and strace's summary of them. Panics when strace is missing or cannot attach.
pub fn count<T: Send>(work: impl FnOnce() -> T + Send) -> (T, u64, String) {
    let phase = AtomicU8::new(WAITING);
    let tid = AtomicI32::new(0);
    let out: PathBuf = std::env::temp_dir().join(format!(
        "sipmc-strace-{}-{:?}.txt",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_file(&out);
    std::thread::scope(|s| {
        let worker = s.spawn(|| {
            // SAFETY: gettid has no preconditions.
            tid.store(unsafe { libc::gettid() }, Ordering::Release);
            spin_until(&phase, GO);
            let result = work();
            phase.store(DONE, Ordering::Release);
            spin_until(&phase, RELEASED);
            result
        });
        let tid = loop {
            match tid.load(Ordering::Acquire) {
                0 => std::thread::sleep(Duration::from_millis(1)),
                t => break t,
            }
        };
        let mut strace = Command::new("strace")
            .args(["-c", "-qq", "-o"])
            .arg(&out)
            .args(["-p", &tid.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("strace (Debian package strace; `make test` installs it)");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !traced(tid) {
            if Instant::now() > deadline || strace.try_wait().ok().flatten().is_some() {
                let _ = strace.kill();
                let _ = strace.wait();
                phase.store(RELEASED, Ordering::Release);
                panic!("strace did not attach to thread {tid}");
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        phase.store(GO, Ordering::Release);
        while phase.load(Ordering::Acquire) != DONE {
            std::thread::sleep(Duration::from_millis(1));
        }
        // SAFETY: signals the strace this function started, by its pid: it detaches and writes
        // its summary.
        unsafe { libc::kill(strace.id() as i32, libc::SIGINT) };
        let _ = strace.wait();
        while traced(tid) {
            std::thread::sleep(Duration::from_millis(1));
        }
        phase.store(RELEASED, Ordering::Release);
        let result = worker.join().expect("the counted work panicked");
        let summary = std::fs::read_to_string(&out).unwrap_or_default();
        let _ = std::fs::remove_file(&out);
        (result, total_calls(&summary), summary)
    })
}

#[test]
fn the_total_line_of_strace_gives_the_calls() {
    let summary = "% time     seconds  usecs/call     calls    errors syscall\n\
        ------ ----------- ----------- --------- --------- ----------------\n\
        100.00    0.000010           5         2         1 read\n\
        ------ ----------- ----------- --------- --------- ----------------\n\
        100.00    0.000010           5         2         1 total\n";
    assert_eq!(total_calls(summary), 2);
    assert_eq!(total_calls(""), 0);
}
