//! A real Kamailio for the module tests: started in the foreground on a free loopback UDP port with
//! the example kamailio.cfg, driven with SIP OPTIONS over UDP, stopped by pid.
//!
//! Every supported release is a [`KamailioHost`]: Debian 12's own packages on this machine, a
//! source build in the cache, or Debian's packages in a debootstrap root run with `chroot`. They
//! are made by `scripts/kamailio_hosts.sh` (`make test` runs it), which writes one descriptor per
//! host; the chroot hosts reach the tests' memcached on the loopback like any other.

use std::collections::HashMap;
use std::net::UdpSocket;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

pub mod rpc;
pub mod scenario;
pub mod suite;

pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The labels of every supported release, oldest first, as `scripts/kamailio_hosts.sh` names them.
pub const LABELS: [&str; 4] = ["5.6", "5.7", "6.0", "6.1"];

/// One Kamailio to run the suite against.
#[derive(Debug, Clone)]
pub struct KamailioHost {
    pub label: String,
    /// What `kamailio -v` says, e.g. "6.0.1".
    pub version: String,
    /// Where it comes from, e.g. "Debian 13 trixie package 6.0.1-1+deb13u1".
    pub source: String,
    /// The root file system it runs in with chroot; None: this machine's.
    root: Option<PathBuf>,
    /// Paths inside the root.
    binary: PathBuf,
    kamcmd: PathBuf,
    kamctl: PathBuf,
    stock_module: PathBuf,
}

impl KamailioHost {
    /// The host of `label`, or None when it was not made and this is not CI (where missing is a
    /// failure: `make test` makes every host).
    pub fn load(label: &str) -> Option<KamailioHost> {
        let d = match super::Descriptor::read(label) {
            Ok(d) => d,
            Err(e) => {
                return super::host_missing(format!(
                    "Kamailio {label} is not available ({e}): `make test` makes it with \
                     scripts/kamailio_hosts.sh"
                ))
            }
        };
        let var = |k: &str| d.var(k);
        let root = Some(var("KAMAILIO_ROOT"))
            .filter(|r| !r.is_empty())
            .map(PathBuf::from);
        let host = KamailioHost {
            label: label.to_string(),
            version: var("KAMAILIO_VERSION"),
            source: var("KAMAILIO_SOURCE"),
            root,
            binary: var("KAMAILIO_BIN").into(),
            kamcmd: var("KAMCMD").into(),
            kamctl: var("KAMCTL").into(),
            stock_module: var("STOCK_MODULE").into(),
        };
        let binary = host.outside(&host.binary);
        if !binary.exists() {
            return super::host_missing(format!(
                "{} is missing: run scripts/kamailio_hosts.sh {label}",
                binary.display()
            ));
        }
        Some(host)
    }

    /// The same Kamailio in another root: a copy of this host's root (the package tests install
    /// into copies, never into the cached roots).
    pub fn in_root(&self, root: &Path) -> KamailioHost {
        KamailioHost {
            root: Some(root.to_path_buf()),
            ..self.clone()
        }
    }

    /// The root it runs in (None: this machine's).
    pub fn root(&self) -> Option<&Path> {
        self.root.as_deref()
    }

    /// A path inside the host, as this machine sees it.
    pub fn outside(&self, inside: &Path) -> PathBuf {
        match &self.root {
            None => inside.to_path_buf(),
            Some(root) => root.join(inside.strip_prefix("/").unwrap_or(inside)),
        }
    }

    /// A command that runs `program` (a path inside the host) in the host.
    pub fn command(&self, program: &Path) -> Command {
        match &self.root {
            None => Command::new(program),
            Some(root) => {
                let mut c = Command::new("chroot");
                c.arg(root).arg(program);
                c
            }
        }
    }

    /// The release's own stock memcached.so, inside the host.
    pub fn stock_module(&self) -> PathBuf {
        assert!(
            self.outside(&self.stock_module).exists(),
            "the stock module is missing in Kamailio {}: scripts/kamailio_hosts.sh installs it",
            self.label
        );
        self.stock_module.clone()
    }

    /// Our module, inside the host: for a chroot, a copy in the root taken once per test process
    /// (it is 20 MB with its debug information: one per test filled each root by 1.3 GB a run).
    pub fn our_module(&self) -> PathBuf {
        static COPIES: std::sync::Mutex<Vec<(PathBuf, PathBuf)>> =
            std::sync::Mutex::new(Vec::new());
        let built = our_module();
        let Some(root) = &self.root else {
            return built;
        };
        let mut copies = COPIES.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, inside)) = copies.iter().find(|(r, _)| r == root) {
            return inside.clone();
        }
        sweep_scratch_dirs_of_gone_processes(&root.join("tmp/sipmc-tests"));
        let (outside, inside) = self.scratch_dir("module");
        std::fs::copy(&built, outside.join("libsip_memcached.so")).unwrap();
        let inside = inside.join("libsip_memcached.so");
        copies.push((root.clone(), inside.clone()));
        inside
    }

    /// A fresh directory for one test, as (this machine's path, the host's path).
    pub fn scratch_dir(&self, name: &str) -> (PathBuf, PathBuf) {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        match &self.root {
            None => {
                let dir = super::scratch_dir(&format!("k{}-{name}", self.label));
                (dir.clone(), dir)
            }
            Some(_) => {
                let n = NEXT.fetch_add(1, Ordering::Relaxed);
                let inside = PathBuf::from(format!(
                    "/tmp/sipmc-tests/{}-{name}-{n}",
                    std::process::id()
                ));
                let outside = self.outside(&inside);
                let _ = std::fs::remove_dir_all(&outside);
                std::fs::create_dir_all(&outside).unwrap();
                (outside, inside)
            }
        }
    }

    /// `kamailio -c -f CFG`: checks a config (paths inside the host) without starting.
    pub fn check_config(&self, cfg_inside: &Path) -> std::process::Output {
        self.command(&self.binary)
            .args(["-c", "-f"])
            .arg(cfg_inside)
            .output()
            .unwrap()
    }
}

/// Removes what earlier test processes left in a root's scratch folder (`PID-NAME-N`, the pid no
/// longer running): the roots live in the host cache, from run to run.
fn sweep_scratch_dirs_of_gone_processes(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.split('-').next())
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// The near cache on, for long enough that only a reload ends what a worker holds.
pub const NEAR_CACHE_UNTIL_RELOAD: &str = "modparam(\"memcached\", \"cache_size\", 1000)\n\
    modparam(\"memcached\", \"cache_ttl\", 600000)";

/// Whether a release holds script integers in 64 bits (`pv_value_t.ri` is a `long` from 5.7.0).
pub fn wide_integers(h: &KamailioHost) -> bool {
    h.label != "5.6"
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
    pub host: KamailioHost,
    pub port: u16,
    /// The TCP port xhttp answers RPC on (`POST /RPC`).
    pub http_port: u16,
    /// The run directory, as this machine sees it, and as the host sees it.
    pub rundir: PathBuf,
    rundir_inside: PathBuf,
    pub log: PathBuf,
}

fn free_udp_port() -> u16 {
    UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The example config for one run (every path as the host sees it).
pub fn config_for(rundir: &Path, port: u16, module: &Path, servers: &str, extra: &str) -> String {
    fill_config(
        &example_config(),
        rundir,
        port,
        super::free_port(),
        module,
        servers,
        extra,
    )
}

/// A config template with its words between at-signs filled in.
pub fn fill_config(
    template: &str,
    rundir: &Path,
    port: u16,
    http_port: u16,
    module: &Path,
    servers: &str,
    extra: &str,
) -> String {
    template
        .replace("@SIP_PORT@", &port.to_string())
        .replace("@HTTP_PORT@", &http_port.to_string())
        .replace("@RUNDIR@", rundir.to_str().unwrap())
        .replace("@MODULE@", module.to_str().unwrap())
        .replace("@SERVERS@", servers)
        .replace("@EXTRA_PARAMS@", extra)
}

impl Kamailio {
    /// Starts Kamailio with the example config for `module` (a path inside the host) and
    /// `servers`, plus `extra` lines.
    pub fn start(
        host: &KamailioHost,
        name: &str,
        module: &Path,
        servers: &str,
        extra: &str,
    ) -> Kamailio {
        Kamailio::start_with(host, name, &example_config(), module, servers, extra, None)
    }

    /// As [`Kamailio::start`], with another config template, and standard error where `stderr`
    /// says (default: the log file).
    pub fn start_with(
        host: &KamailioHost,
        name: &str,
        template: &str,
        module: &Path,
        servers: &str,
        extra: &str,
        stderr: Option<&dyn Fn() -> Stdio>,
    ) -> Kamailio {
        let (rundir, rundir_inside) = host.scratch_dir(name);
        for _ in 0..10 {
            let port = free_udp_port();
            let http_port = super::free_port();
            let cfg = fill_config(
                template,
                &rundir_inside,
                port,
                http_port,
                module,
                servers,
                extra,
            );
            std::fs::write(rundir.join("kamailio.cfg"), cfg).unwrap();
            let log = rundir.join("kamailio.log");
            let child = host
                .command(&host.binary)
                .arg("-f")
                .arg(rundir_inside.join("kamailio.cfg"))
                .args(["-DD", "-E", "-n", "2", "-Y"])
                .arg(&rundir_inside)
                .stdin(Stdio::null())
                .stdout(std::fs::File::create(rundir.join("stdout.log")).unwrap())
                .stderr(match stderr {
                    Some(make) => make(),
                    None => Stdio::from(std::fs::File::create(&log).unwrap()),
                })
                .spawn()
                .expect("spawn kamailio");
            let mut k = Kamailio {
                child: Some(child),
                host: host.clone(),
                port,
                http_port,
                rundir: rundir.clone(),
                rundir_inside: rundir_inside.clone(),
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
                "kamailio {} refused its config:\n{log}",
                host.version
            );
        }
        panic!("kamailio {} did not start", host.version);
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

    pub fn try_request(
        &self,
        op: &str,
        headers: &[(&str, &str)],
        wait: Duration,
    ) -> Option<SipReply> {
        let sock = UdpSocket::bind("127.0.0.1:0").ok()?;
        sock.set_read_timeout(Some(wait)).ok()?;
        let local = sock.local_addr().ok()?.port();
        let msg = options_message(op, self.port, "UDP", local, headers);
        sock.send_to(msg.as_bytes(), ("127.0.0.1", self.port))
            .ok()?;
        let mut buf = vec![0u8; 65536];
        let n = sock.recv(&mut buf).ok()?;
        Some(SipReply::parse(&buf[..n]))
    }

    /// Reads `key` (the `get` request) until both SIP workers have answered, each answer
    /// `expected` (`why` says what is being checked when one is not).
    pub fn every_worker_reads(&self, key: &str, expected: &str, why: &str) {
        super::until_every_worker_answered(2, 1, |_| {
            let r = self.request("get", &[("X-Key", key)]);
            let pid = r.header("X-Pid");
            assert_eq!(r.header("X-Get"), expected, "{why}: worker {pid}");
            pid.to_string()
        });
    }

    /// With [`NEAR_CACHE_UNTIL_RELOAD`]: stores `route` = `gateway-a`, has every SIP worker read it
    /// into its near cache, changes it to `gateway-b` in `mc` behind the module's back, and checks
    /// that every worker still reads `gateway-a`: only a reload makes them read `gateway-b`.
    pub fn change_behind_the_near_cache(&self, mc: &super::Memcached) {
        self.request("set", &[("X-Key", "route"), ("X-Val", "gateway-a")]);
        self.every_worker_reads(
            "route",
            "gateway-a",
            "first reads, which fill the near caches",
        );
        mc.raw_set("route", 1, b"gateway-b");
        self.every_worker_reads(
            "route",
            "gateway-a",
            "changed behind its back: served from the near cache",
        );
    }

    /// Runs the host's kamcmd against this instance's ctl socket.
    pub fn kamcmd(&self, args: &[&str]) -> String {
        let sock = format!("unix:{}/kamailio_ctl", self.rundir_inside.display());
        let out = self
            .host
            .command(&self.host.kamcmd)
            .args(["-s", &sock])
            .args(args)
            .output()
            .expect("kamcmd");
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
    }

    /// Runs the host's `kamctl rpc` over this instance's jsonrpcs FIFO.
    pub fn kamctl_rpc(&self, method: &str) -> String {
        let out = self
            .host
            .command(&self.host.kamctl)
            .args(["rpc", method])
            .env("RPCFIFOPATH", self.rundir_inside.join("kamailio_rpc.fifo"))
            .output()
            .expect("kamctl");
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

/// The value of the counter `name` in `memcached.stats` (kamcmd's `name: value` lines).
pub fn stat(text: &str, name: &str) -> u64 {
    text.lines()
        .find_map(|l| l.trim().strip_prefix(&format!("{name}: ")))
        .unwrap_or_else(|| panic!("no {name} in {text}"))
        .trim()
        .parse()
        .unwrap()
}

/// The lines of a log that contain `what`.
pub fn lines_with(log: &str, what: &str) -> usize {
    log.lines().filter(|l| l.contains(what)).count()
}

/// An OPTIONS to `op`@127.0.0.1:`port`, with the headers, from `local` over `transport` (its
/// Via): what the example config's request route takes.
pub fn options_message(
    op: &str,
    port: u16,
    transport: &str,
    local: u16,
    headers: &[(&str, &str)],
) -> String {
    let id = format!("{:x}{:x}", std::process::id(), rand_u64());
    let mut msg = format!(
        "OPTIONS sip:{op}@127.0.0.1:{port} SIP/2.0\r\n\
         Via: SIP/2.0/{transport} 127.0.0.1:{local};branch=z9hG4bK{id}\r\n\
         From: <sip:alice@127.0.0.1>;tag={id}\r\n\
         To: <sip:{op}@127.0.0.1:{port}>\r\n\
         Call-ID: {id}@127.0.0.1\r\n\
         CSeq: 1 OPTIONS\r\n\
         Max-Forwards: 70\r\n"
    );
    for (name, value) in headers {
        msg.push_str(&format!("{name}: {value}\r\n"));
    }
    msg.push_str("Content-Length: 0\r\n\r\n");
    msg
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
    pub fn parse(bytes: &[u8]) -> SipReply {
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
