//! The library's logging in a C host: a log callback that calls back into the library, and a
//! standard error that cannot be written (`tests/c/log_callbacks.c`, under valgrind).

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn logging_never_hangs_a_callback_that_calls_back_nor_fails_a_call_on_a_full_stderr() {
    let dir = common::scratch_dir("log_callbacks");
    let exe = dir.join("log_callbacks");
    common::compile_c(Path::new(&format!("{ROOT}/tests/c/log_callbacks.c")), &exe);
    let dead = format!("127.0.0.1:{}", common::free_port());
    let mut child = common::memcheck()
        .arg(&exe)
        .arg(&dead)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // A deadlock would never end: bounded here, the program stopped by pid.
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("log_callbacks hung (a log callback calling back deadlocked?)");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut out = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut out).unwrap();
    assert!(status.success(), "{status}: {out}");
    assert!(out.contains(" passed, 0 failed"), "{out}");
}
