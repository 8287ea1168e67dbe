//! twemproxy (Debian's `nutcracker`) in front of two memcached, as operators put it in front of a
//! pool; and [`Store`], what a test talks to: one memcached, or such a proxy.

use std::io::Write;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{free_port, host_missing, read_until, scratch_dir, Memcached};

/// What a test talks to: one memcached, or a proxy in front of several.
pub trait Store {
    /// The `servers` parameter value that reaches it.
    fn server(&self) -> String;
    /// Stores raw bytes with flags, as another client would.
    fn raw_set(&self, key: &str, flags: u32, value: &[u8]);
    /// What it holds for a wire key: (flags, ttl in seconds or -1, value).
    fn meta(&self, key: &str) -> Option<(u32, i64, Vec<u8>)>;
}

impl Store for Memcached {
    fn server(&self) -> String {
        Memcached::server(self)
    }
    fn raw_set(&self, key: &str, flags: u32, value: &[u8]) {
        Memcached::raw_set(self, key, flags, value)
    }
    fn meta(&self, key: &str) -> Option<(u32, i64, Vec<u8>)> {
        Memcached::meta(self, key)
    }
}

/// Where Debian puts the binary (package `nutcracker`, which `make test` installs).
const BINARY: &str = "/usr/sbin/nutcracker";

/// nutcracker on a free 127.0.0.1 port in front of two memcached, stopped by pid. The
/// configuration (twemproxy's README, "Configuration"): one pool, ketama over fnv1a_64 hashes,
/// no ejection (`auto_eject_hosts: false`), so that a key always goes to the same memcached, and
/// a 2 s `timeout` on a memcached's reply, so that a lost one fails a test instead of hanging it.
pub struct Nutcracker {
    child: Option<Child>,
    port: u16,
    pub backends: [Memcached; 2],
    dir: PathBuf,
}

impl Nutcracker {
    /// Started, or `None` (the test skipped, or failed under CI=true) when nutcracker is not
    /// installed.
    pub fn start() -> Option<Nutcracker> {
        if !Path::new(BINARY).exists() {
            return host_missing(format!(
                "{BINARY} is missing (`make test` installs it: apt-get install -y nutcracker)"
            ));
        }
        let backends = [Memcached::start(), Memcached::start()];
        let dir = scratch_dir(&format!("nutcracker-{}", backends[0].port()));
        let mut proxy = Nutcracker {
            child: None,
            port: 0,
            backends,
            dir,
        };
        for _ in 0..20 {
            if proxy.try_start(free_port(), free_port()) {
                return Some(proxy);
            }
        }
        panic!("could not start nutcracker on a free port");
    }

    /// Starts it on `port` (statistics on `stats_port`); false when the port was taken.
    fn try_start(&mut self, port: u16, stats_port: u16) -> bool {
        if port == stats_port {
            return false;
        }
        let conf = self.dir.join("nutcracker.yml");
        // Each server named: twemproxy's ketama then hashes the names, not the addresses, so
        // that which backend holds a key does not depend on the free ports of the run (with
        // addresses, a run's ports once put all ten keys of the Kamailio scenario on one backend).
        let servers: String = self
            .backends
            .iter()
            .enumerate()
            .map(|(i, m)| format!("   - {}:1 memcached{i}\n", m.server()))
            .collect();
        std::fs::write(
            &conf,
            format!(
                "pool:\n  listen: 127.0.0.1:{port}\n  hash: fnv1a_64\n  distribution: ketama\n  \
                 auto_eject_hosts: false\n  timeout: 2000\n  servers:\n{servers}"
            ),
        )
        .unwrap();
        let mut child = Command::new(BINARY)
            .arg("-c")
            .arg(&conf)
            .args(["-a", "127.0.0.1", "-s", &stats_port.to_string()])
            .arg("-o")
            .arg(self.dir.join("nutcracker.log"))
            .arg("-p")
            .arg(self.dir.join("nutcracker.pid"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn nutcracker");
        self.port = port;
        // Ours answers on the port when a key set through it lands in one of our memcached.
        let probe = format!("nutcracker-probe-{}", child.id());
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                return false; // exited: a port was taken
            }
            if self.try_command(&format!("set {probe} 0 0 1\r\nx\r\n"), b"\r\n")
                == Some(b"STORED\r\n".to_vec())
            {
                if self.meta(&probe).is_some() {
                    self.child = Some(child);
                    return true;
                }
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.kill();
        let _ = child.wait();
        false
    }

    fn try_command(&self, cmd: &str, end: &[u8]) -> Option<Vec<u8>> {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).ok()?;
        s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
        s.write_all(cmd.as_bytes()).ok()?;
        read_until(&mut s, end)
    }

    /// What each memcached behind it holds: how many items (`curr_items`).
    pub fn items_on_each(&self) -> [u64; 2] {
        [
            self.backends[0].stat("curr_items"),
            self.backends[1].stat("curr_items"),
        ]
    }

    /// Its log (the connections it closed, the requests it could not parse).
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(self.dir.join("nutcracker.log")).unwrap_or_default()
    }
}

impl Store for Nutcracker {
    fn server(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Through the proxy, as another client behind it would.
    fn raw_set(&self, key: &str, flags: u32, value: &[u8]) {
        let cmd = format!(
            "set {key} {flags} 0 {}\r\n{}\r\n",
            value.len(),
            String::from_utf8(value.to_vec()).expect("a text value")
        );
        assert_eq!(
            self.try_command(&cmd, b"\r\n").as_deref(),
            Some(&b"STORED\r\n"[..])
        );
    }

    /// From the memcached that holds it (the proxy has no meta commands); never both.
    fn meta(&self, key: &str) -> Option<(u32, i64, Vec<u8>)> {
        let [a, b] = [self.backends[0].meta(key), self.backends[1].meta(key)];
        assert!(a.is_none() || b.is_none(), "{key} on both memcached");
        a.or(b)
    }
}

impl Drop for Nutcracker {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
