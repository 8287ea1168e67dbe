//! A real Kamailio for the module tests: started in the foreground on a free loopback UDP port with
//! the example kamailio.cfg, driven with SIP OPTIONS over UDP, stopped by pid.

use std::collections::HashMap;
use std::net::UdpSocket;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The stock module, as Debian's kamailio-memcached-modules installs it.
pub const STOCK_MODULE: &str = "/usr/lib/x86_64-linux-gnu/kamailio/modules/memcached.so";

/// The kamailio binary, or None when it is missing and this is not CI (where missing is a
/// failure: `make test` installs it).
pub fn kamailio_binary() -> Option<PathBuf> {
    for p in ["/usr/sbin/kamailio", "/usr/local/sbin/kamailio"] {
        if Path::new(p).exists() {
            return Some(PathBuf::from(p));
        }
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("kamailio is not installed under CI=true: `make test` installs it");
    }
    eprintln!("kamailio is not installed: skipping (run `make test`, which installs it)");
    None
}

/// Our module: $SIPMC_LIB (the Makefile points it at the release build), or the cdylib cargo
/// built beside the test binary.
pub fn our_module() -> PathBuf {
    if let Ok(p) = std::env::var("SIPMC_LIB") {
        return PathBuf::from(p);
    }
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().join("libsip_memcached.so")
}

pub fn example_config() -> String {
    std::fs::read_to_string(format!("{ROOT}/tests/kamailio/kamailio.cfg")).unwrap()
}

pub struct Kamailio {
    child: Option<Child>,
    pub port: u16,
    pub rundir: PathBuf,
    pub log: PathBuf,
}

fn free_udp_port() -> u16 {
    UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Kamailio {
    /// Starts Kamailio with the example config for `module` and `servers`, plus `extra` lines.
    pub fn start(name: &str, module: &Path, servers: &str, extra: &str) -> Kamailio {
        let binary = kamailio_binary().expect("checked by the caller");
        let rundir = super::scratch_dir(&format!("kamailio-{name}"));
        for _ in 0..10 {
            let port = free_udp_port();
            let cfg = example_config()
                .replace("@SIP_PORT@", &port.to_string())
                .replace("@RUNDIR@", rundir.to_str().unwrap())
                .replace("@MODULE@", module.to_str().unwrap())
                .replace("@SERVERS@", servers)
                .replace("@EXTRA_PARAMS@", extra);
            let cfg_path = rundir.join("kamailio.cfg");
            std::fs::write(&cfg_path, cfg).unwrap();
            let log = rundir.join("kamailio.log");
            let child = Command::new(&binary)
                .args(["-f", cfg_path.to_str().unwrap(), "-DD", "-E", "-n", "2"])
                .args(["-Y", rundir.to_str().unwrap()])
                .stdin(Stdio::null())
                .stdout(std::fs::File::create(rundir.join("stdout.log")).unwrap())
                .stderr(std::fs::File::create(&log).unwrap())
                .spawn()
                .expect("spawn kamailio");
            let mut k = Kamailio {
                child: Some(child),
                port,
                rundir: rundir.clone(),
                log,
            };
            if k.wait_ready() {
                return k;
            }
            // The port was taken between our check and its bind, or it failed to start.
            let log = k.log_text();
            k.stop();
            assert!(
                !log.contains("parse error in config file"),
                "kamailio refused its config:\n{log}"
            );
        }
        panic!("kamailio did not start");
    }

    fn wait_ready(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.as_mut().unwrap().try_wait() {
                return false;
            }
            if let Some(reply) = self.try_request("ping", &[], Duration::from_millis(300)) {
                return reply.status == 200;
            }
        }
        false
    }

    pub fn pid(&self) -> i32 {
        self.child.as_ref().unwrap().id() as i32
    }

    pub fn is_running(&mut self) -> bool {
        matches!(self.child.as_mut().map(|c| c.try_wait()), Some(Ok(None)))
    }

    pub fn log_text(&self) -> String {
        String::from_utf8_lossy(&std::fs::read(&self.log).unwrap_or_default()).into_owned()
    }

    /// Sends one OPTIONS with `op` as the request URI user and the given headers.
    pub fn request(&self, op: &str, headers: &[(&str, &str)]) -> SipReply {
        self.try_request(op, headers, Duration::from_secs(5))
            .unwrap_or_else(|| panic!("no reply to {op} {headers:?}; log:\n{}", self.log_text()))
    }

    fn try_request(&self, op: &str, headers: &[(&str, &str)], wait: Duration) -> Option<SipReply> {
        let sock = UdpSocket::bind("127.0.0.1:0").ok()?;
        sock.set_read_timeout(Some(wait)).ok()?;
        let local = sock.local_addr().ok()?.port();
        let id = format!("{:x}{:x}", std::process::id(), rand_u64());
        let mut msg = format!(
            "OPTIONS sip:{op}@127.0.0.1:{port} SIP/2.0\r\n\
             Via: SIP/2.0/UDP 127.0.0.1:{local};branch=z9hG4bK{id}\r\n\
             From: <sip:alice@127.0.0.1>;tag={id}\r\n\
             To: <sip:{op}@127.0.0.1:{port}>\r\n\
             Call-ID: {id}@127.0.0.1\r\n\
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
        Some(SipReply::parse(&buf[..n]))
    }

    /// Runs kamcmd against this instance's ctl socket.
    pub fn kamcmd(&self, args: &[&str]) -> String {
        let sock = format!("unix:{}/kamailio_ctl", self.rundir.display());
        let out = Command::new("kamcmd")
            .args(["-s", &sock])
            .args(args)
            .output()
            .expect("kamcmd (package kamailio)");
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
    }

    /// Runs `kamctl rpc` over this instance's jsonrpcs FIFO.
    pub fn kamctl_rpc(&self, method: &str) -> String {
        let out = Command::new("kamctl")
            .args(["rpc", method])
            .env(
                "RPCFIFOPATH",
                self.rundir.join("kamailio_rpc.fifo").to_str().unwrap(),
            )
            .output()
            .expect("kamctl (package kamailio)");
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
    }

    /// SIGTERM to the main process (it stops its children), then waits for it.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let pid = child.id() as i32;
            // SAFETY: signals the kamailio main process this helper started.
            unsafe { libc::kill(pid, libc::SIGTERM) };
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

impl Drop for Kamailio {
    fn drop(&mut self) {
        self.stop();
    }
}

fn rand_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(Instant::now().elapsed().as_nanos() as u64);
    h.finish()
}

#[derive(Debug, Clone)]
pub struct SipReply {
    pub status: u16,
    pub headers: HashMap<String, String>,
    pub raw: String,
}

impl SipReply {
    fn parse(bytes: &[u8]) -> SipReply {
        let raw = String::from_utf8_lossy(bytes).into_owned();
        let mut lines = raw.split("\r\n");
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let mut headers = HashMap::new();
        for line in lines {
            if line.is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                headers.insert(name.trim().to_string(), value.trim().to_string());
            }
        }
        SipReply {
            status,
            headers,
            raw,
        }
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .map(String::as_str)
            .unwrap_or_else(|| panic!("no {name} in:\n{}", self.raw))
    }
}
