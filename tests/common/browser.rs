//! A real headless browser for the tests: Debian's `chromium`, driven through `chromedriver`
//! (W3C WebDriver) by a Python selenium script (`python3-selenium`, run by Debian's own
//! `/usr/bin/python3`). The test starts chromedriver on a free loopback port and stops it by pid;
//! chromedriver starts chromium, whose crash handlers leave its process group (they double-fork),
//! so every process of one browser is found by a marker in its environment, which each inherits
//! from chromedriver, and stopped by pid too. Its HOME is a scratch folder: nothing is written to
//! the machine's `~/.config`.
//!
//! `make test` installs the three packages (scripts/deps.sh, the Makefile's TEST_DEPS). Under
//! CI=true a missing one fails the test; elsewhere [`Browser::start`] gives None (skipped).

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Debian's Python, which `python3-selenium` belongs to (a `python3` earlier on PATH may be
/// another one).
const PYTHON: &str = "/usr/bin/python3";

/// What a script printed, and whether it succeeded.
#[derive(Debug)]
pub struct Ran {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

pub struct Browser {
    chromedriver: Option<Child>,
    pub port: u16,
    dir: PathBuf,
    /// The value of `SIPMC_BROWSER` in the environment of every process of this browser.
    marker: String,
}

impl Browser {
    /// chromedriver on a free loopback port, ready for a session; None (skipped) when chromium,
    /// chromedriver or python3-selenium is missing and this is not CI.
    pub fn start(dir: &Path) -> Option<Browser> {
        let selenium = Command::new(PYTHON)
            .args(["-c", "import selenium"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !(Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() && selenium) {
            return super::host_missing(format!(
                "a headless browser needs {CHROMIUM}, {CHROMEDRIVER} and {PYTHON} with selenium \
                 (apt-get install chromium chromium-driver python3-selenium; `make test` does)"
            ));
        }
        let home = dir.join("home");
        std::fs::create_dir_all(&home).unwrap();
        let marker = format!("{}", dir.display());
        for _ in 0..5 {
            let port = super::free_port();
            let log = std::fs::File::create(dir.join("chromedriver.log")).unwrap();
            let child = Command::new(CHROMEDRIVER)
                .arg(format!("--port={port}"))
                .arg("--allowed-ips=127.0.0.1")
                .env("HOME", &home)
                .env("SIPMC_BROWSER", &marker)
                .process_group(0)
                .stdin(Stdio::null())
                .stdout(log.try_clone().unwrap())
                .stderr(log)
                .spawn()
                .expect("spawn chromedriver");
            let mut b = Browser {
                chromedriver: Some(child),
                port,
                dir: dir.to_path_buf(),
                marker: marker.clone(),
            };
            if b.wait_ready() {
                return Some(b);
            }
            b.stop();
        }
        panic!(
            "chromedriver did not start: {}",
            std::fs::read_to_string(dir.join("chromedriver.log")).unwrap_or_default()
        );
    }

    fn wait_ready(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if !matches!(
                self.chromedriver.as_mut().map(|c| c.try_wait()),
                Some(Ok(None))
            ) {
                return false;
            }
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    /// The WebDriver URL a selenium script connects to.
    pub fn webdriver_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Runs `script` with `/usr/bin/python3` and the arguments, within `wait` (killed by pid
    /// after it); the browser's profile is a folder of this browser's.
    pub fn run_script(&self, script: &Path, args: &[String], wait: Duration) -> Ran {
        let mut child = Command::new(PYTHON)
            .arg(script)
            .args(args)
            .env("HOME", self.dir.join("home"))
            .env("SIPMC_BROWSER", &self.marker)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn python3");
        let mut out = child.stdout.take().unwrap();
        let mut err = child.stderr.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = out.read_to_string(&mut s);
            s
        });
        let err_reader = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = err.read_to_string(&mut s);
            s
        });
        let deadline = Instant::now() + wait;
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break Some(s);
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        Ran {
            ok: status.is_some_and(|s| s.success()),
            stdout: reader.join().unwrap(),
            stderr: err_reader.join().unwrap()
                + if status.is_none() {
                    "\n(killed: it did not finish in time)"
                } else {
                    ""
                },
        }
    }

    /// A folder for the browser's profile (`--user-data-dir`).
    pub fn profile_dir(&self) -> PathBuf {
        let p = self.dir.join("profile");
        std::fs::create_dir_all(&p).unwrap();
        p
    }

    /// Every live process of this browser: chromedriver and what it started, wherever it went.
    pub fn processes(&self) -> Vec<i32> {
        let needle = format!("SIPMC_BROWSER={}", self.marker).into_bytes();
        super::live_processes(|pid, _| {
            std::fs::read(format!("/proc/{pid}/environ"))
                .is_ok_and(|env| env.split(|b| *b == 0).any(|v| v == needle.as_slice()))
        })
    }

    /// SIGTERM to chromedriver, then to every process of this browser still alive, by pid;
    /// SIGKILL to any left after 5 s. Returns the pids that had to be killed so (none, when the
    /// browser shut down as it should).
    pub fn stop(&mut self) -> Vec<i32> {
        let Some(mut child) = self.chromedriver.take() else {
            return Vec::new();
        };
        // SAFETY: signals the chromedriver this helper started.
        unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline && !matches!(child.try_wait(), Ok(Some(_))) {
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.kill();
        let _ = child.wait();
        for pid in self.processes() {
            // SAFETY: a process carrying this browser's marker: one chromedriver started.
            unsafe { libc::kill(pid, libc::SIGTERM) };
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline && !self.processes().is_empty() {
            std::thread::sleep(Duration::from_millis(50));
        }
        let left = self.processes();
        for &pid in &left {
            // SAFETY: as above.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        left
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        self.stop();
    }
}
