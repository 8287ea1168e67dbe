//! Kamailio's RPC page in a real browser: xhttp_rpc's `/rpc/`, opened in a headless Chromium
//! driven by Selenium (`tests/kamailio/rpc_page.py`) as an operator clicks through it:
//! `memcached`, then `memcached.stats` or `memcached.reload`, then the form's Submit. The page
//! shows every counter, and the reload it starts reaches every SIP worker's near cache.
//!
//! The browser runs on this machine (Debian's `chromium`, `chromium-driver`, `python3-selenium`;
//! `make test` installs them), Kamailio's HTTP port is on the loopback, chroot or not. Under
//! CI=true a missing browser fails the test; elsewhere it is skipped with a message.

mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::kamailio::rpc::{self, Value, RPC_MODULES};
use common::kamailio::{lines_with, Kamailio, KamailioHost, NEAR_CACHE_UNTIL_RELOAD, ROOT};
use common::Memcached;
use sip_memcached::engine::report::COUNTERS;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Debian's Python, which python3-selenium is installed for (not a python3 earlier on PATH).
const PYTHON: &str = "/usr/bin/python3";

/// chromedriver on a free loopback port, in a process group of its own that the Chromium it
/// starts joins; the whole group is stopped, by the driver's pid, when dropped.
struct Browser {
    driver: Child,
    port: u16,
    profile: PathBuf,
}

impl Browser {
    /// None (skipped, or a failure under CI=true) when Chromium, chromedriver or Selenium is
    /// missing.
    fn start() -> Option<Browser> {
        let selenium = Command::new(PYTHON)
            .args(["-c", "import selenium"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists() || !selenium {
            return common::host_missing(format!(
                "no browser to open the RPC page ({CHROMIUM}, {CHROMEDRIVER} and python3-selenium: \
                 `make test` installs chromium, chromium-driver and python3-selenium)"
            ));
        }
        let port = common::free_port();
        // One profile per browser: Chromium hands a second start on the same profile to the
        // first browser.
        let profile = common::scratch_dir(&format!("chromium-{port}"));
        use std::os::unix::process::CommandExt;
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .arg(format!(
                "--log-path={}",
                profile.join("chromedriver.log").display()
            ))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("chromedriver");
        let browser = Browser {
            driver,
            port,
            profile,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(browser)
    }

    /// Clicks through `page` (the `/rpc/` URL) to each method and submits its form; the reply
    /// the page shows for each, in order.
    fn submit(&self, page: &str, methods: &[&str]) -> Vec<String> {
        let mut script = Command::new(PYTHON)
            .arg(format!("{ROOT}/tests/kamailio/rpc_page.py"))
            .arg(format!("http://127.0.0.1:{}", self.port))
            .arg(page)
            .arg(self.profile.join("profile"))
            .args(methods)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3");
        let deadline = Instant::now() + Duration::from_secs(60);
        while script.try_wait().unwrap().is_none() {
            if Instant::now() > deadline {
                let _ = script.kill();
                let _ = script.wait();
                panic!("the browser did not get through {page} in 60 s");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let out = script.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "rpc_page.py: {}\n{stdout}{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        methods
            .iter()
            .map(|method| {
                let start = format!("== {method}\n");
                let (_, reply) = stdout
                    .split_once(&start)
                    .unwrap_or_else(|| panic!("no reply to {method}:\n{stdout}"));
                let (reply, url) = reply.split_once("== url ").unwrap();
                // The reply is the submitted form's: the method's own URL, with its argument.
                let url = url.lines().next().unwrap();
                assert!(url.contains(&format!("/{method}?arg=")), "{url}");
                reply.to_string()
            })
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let group = self.driver.id() as i32;
        // SAFETY: signals the process group of the chromedriver this test started (it made the
        // group), which holds the Chromium it started.
        unsafe { libc::kill(-group, libc::SIGKILL) };
        let _ = self.driver.wait();
    }
}

fn the_rpc_page_shows_every_counter_and_its_reload_reaches_every_worker(h: &KamailioHost) {
    let Some(browser) = Browser::start() else {
        return;
    };
    let mc = Memcached::start();
    let extra = format!("{RPC_MODULES}\n{NEAR_CACHE_UNTIL_RELOAD}");
    let k = Kamailio::start(h, "rpc-page", &h.our_module(), &mc.server(), &extra);
    k.change_behind_the_near_cache(&mc);

    let page = format!("http://127.0.0.1:{}/rpc/", k.http_port);
    let stats = browser.submit(&page, &["memcached.stats"]).remove(0);
    let members = rpc::from_text(&stats);
    let (top, server) = rpc::split_at_first_server(&members);
    let shown = rpc::numbers(&top);
    let names: Vec<&str> = COUNTERS
        .iter()
        .map(|c| c.name().to_str().unwrap())
        .collect();
    assert_eq!(
        shown.keys().map(String::as_str).collect::<HashSet<_>>(),
        names.iter().copied().collect::<HashSet<_>>(),
        "{stats}"
    );
    assert_eq!(top[0], ("servers".to_string(), Value::Text(mc.server())));
    // The same values kamcmd reads now: nothing ran in between.
    let kamcmd = rpc::from_text(&k.kamcmd(&["memcached.stats"]));
    assert_eq!(
        shown,
        rpc::numbers(&rpc::split_at_first_server(&kamcmd).0),
        "{stats}"
    );
    assert!(
        shown["cache_hits"] >= 2 && shown["cache_entries"] >= 2,
        "{stats}"
    );
    assert!(
        server.contains(&("state".to_string(), Value::Text("up".into()))),
        "{stats}"
    );

    let reload = browser.submit(&page, &["memcached.reload"]).remove(0);
    assert_eq!(reload.trim(), "ok", "{reload}");
    k.every_worker_reads("route", "gateway-b", "after memcached.reload from the page");
    let stats = browser.submit(&page, &["memcached.stats"]).remove(0);
    assert_eq!(
        rpc::numbers(&rpc::from_text(&stats))["reloads"],
        1,
        "{stats}"
    );

    let log = k.log_text();
    assert_eq!(lines_with(&log, "Invalid formatting character"), 0, "{log}");
    eprintln!(
        "Kamailio {}: the RPC page in Chromium shows:\n{stats}",
        h.version
    );
}

release_suites! {
    the_rpc_page_shows_every_counter_and_its_reload_reaches_every_worker
}
