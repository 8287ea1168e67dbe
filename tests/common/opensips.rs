//! A real OpenSIPS (3.6 or 4.0) for the module tests: started in the foreground on free loopback
//! ports (SIP over UDP, one HTTP server for mi_http and mi_html) with a FIFO in its run directory,
//! driven with SIP over UDP and MI over HTTP and opensips-cli, stopped by pid with every process of
//! it checked gone.
//!
//! The hosts are made by `scripts/opensips_host.sh` (`make test` runs it), which builds OpenSIPS
//! 3.6.8 and 4.0.1 into the cache and writes their descriptors,
//! `$SIPMC_HOST_CACHE/hosts/opensips-3.6.env` and `opensips-4.0.env`. A test file runs its
//! scenarios on both with [`opensips_suites!`](crate::opensips_suites).
//!
//! ```text
//! let Some(h) = OpensipsHost::load("3.6") else { return }; // skipped unless CI=true
//! let (mc, mc2) = (Memcached::start(), Memcached::start());
//! let cfg = config_for(&h.stock_module(), &mc.server(), &mc2.server(), "");
//! let mut os = Opensips::start(&h, "name", &cfg);
//! os.request("store", &[("X-Key", "k"), ("X-Val", "v")]).header("X-RC");    // "1"
//! os.mi_http("cache_fetch", r#"{"system":"memcached","attr":"k"}"#);       // JSON text
//! os.mi_html_get(&h.mi_html_path("cache_fetch", r#"["memcached","k"]"#)); // 4.0: cache/cache:fetch
//! os.mi_fifo("cache_fetch", &["memcached", "k"]);          // opensips-cli; 4.0: cache:fetch
//! assert!(os.stop().left.is_empty());
//! ```
//!
//! On SIGTERM the attendant asks every process to exit (over its IPC pipe, or with SIGTERM where
//! it has none), waits up to 5 s, SIGKILLs what is left, runs the modules' destroy and exits.
//! OpenSIPS runs in a process group of its own, so [`Opensips::stop`] can check that none of its
//! processes outlived it.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpStream, UdpSocket};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use super::kamailio::SipReply;

pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// One module of tests per supported OpenSIPS release, each running every scenario of a test file
/// against it: `opensips_suites! { scenario_a scenario_b }` in a file whose root defines
/// `fn scenario_a(h: &OpensipsHost)` makes `v3_6::scenario_a` … `v4_0::scenario_b`. Under CI=true a
/// release whose host is missing fails its tests; elsewhere they are skipped with a message.
#[macro_export]
macro_rules! opensips_suites {
    ($($scenario:ident)*) => {
        $crate::host_suites!($crate::common::opensips::OpensipsHost;
            v3_6 => "3.6",
            v4_0 => "4.0";
            [$($scenario)*]
        );
    };
}

/// The MI commands the tests call: the module mi_html files it under in 3.6, its 3.6 name and its
/// 4.0 name. 4.0 names every command `<group>:<name>` (the core's in groups of their own: `core`,
/// `cache`, …), its own commands dropped their prefix with it, and the old names stay as aliases:
/// JSON-RPC (mi_http, mi_fifo) answers them, but opensips-cli takes only the names the core's
/// `which` lists, and mi_html's URLs only those too.
const MI_NAMES: [(&str, &str, &str); 8] = [
    ("core", "cache_store", "cache:store"),
    ("core", "cache_fetch", "cache:fetch"),
    ("core", "cache_remove", "cache:remove"),
    ("core", "uptime", "core:uptime"),
    ("core", "ps", "core:ps"),
    ("core", "get_statistics", "statistics:get"),
    (
        "cachedb_memcached",
        "memcached_reload",
        "cachedb_memcached:reload",
    ),
    (
        "cachedb_memcached",
        "memcached_stats",
        "cachedb_memcached:stats",
    ),
];

/// The OpenSIPS build the suite runs against.
#[derive(Debug, Clone)]
pub struct OpensipsHost {
    /// "3.6" or "4.0".
    pub release: String,
    /// "3.6.8".
    pub version: String,
    /// The strings a module's `exports.ver_info` must carry for this build (`opensips -V`):
    /// "opensips 3.6.8 (x86_64/linux)", "STATS: On, ...", "git", "f9f8526".
    pub full_version: String,
    pub compile_flags: String,
    pub scm_type: String,
    pub scm_rev: String,
    /// Where it comes from, e.g. "OpenSIPS 3.6.8 built from source (opensips-3.6.8.tar.gz, ...)".
    pub source: String,
    pub binary: PathBuf,
    /// The folder of its module files (the cfg's mpath).
    pub modules: PathBuf,
    /// The source tree it was built from (headers, modules' READMEs), without object files.
    pub source_tree: PathBuf,
    /// opensips-cli, in its virtualenv.
    pub cli: PathBuf,
    stock_module: PathBuf,
}

impl OpensipsHost {
    /// The host of `release` ("3.6", "4.0"), or None when it was not made and this is not CI.
    pub fn load(release: &str) -> Option<OpensipsHost> {
        let d = match super::Descriptor::read(&format!("opensips-{release}")) {
            Ok(d) => d,
            Err(e) => {
                return super::host_missing(format!(
                    "OpenSIPS {release} is not available ({e}): `make test` makes it with \
                     scripts/opensips_host.sh"
                ))
            }
        };
        let var = |k: &str| d.var(k);
        let host = OpensipsHost {
            release: release.to_string(),
            version: var("OPENSIPS_VERSION"),
            full_version: var("OPENSIPS_FULL_VERSION"),
            compile_flags: var("OPENSIPS_COMPILE_FLAGS"),
            scm_type: var("OPENSIPS_SCM_TYPE"),
            scm_rev: var("OPENSIPS_SCM_REV"),
            source: var("OPENSIPS_SOURCE"),
            binary: var("OPENSIPS_BIN").into(),
            modules: var("OPENSIPS_MODULES").into(),
            source_tree: var("OPENSIPS_SRC").into(),
            cli: var("OPENSIPS_CLI").into(),
            stock_module: var("STOCK_MODULE").into(),
        };
        for p in [&host.binary, &host.cli, &host.stock_module] {
            if !p.exists() {
                return super::host_missing(format!(
                    "{} is missing: run scripts/opensips_host.sh",
                    p.display()
                ));
            }
        }
        Some(host)
    }

    /// A fresh folder for a test on this release: the same test runs on every release at once.
    pub fn scratch_dir(&self, name: &str) -> PathBuf {
        super::scratch_dir(&format!("opensips-{}-{name}", self.release))
    }

    /// Whether this release names MI commands `<module>:<name>` (4.0 on).
    pub fn names_mi_commands_by_module(&self) -> bool {
        self.release != "3.6"
    }

    /// The name this release lists (`which`) for the MI command 3.6 calls `name`: what
    /// opensips-cli and mi_html's URLs take.
    pub fn mi_name(&self, name: &str) -> String {
        let (_, old, new) = Self::mi_entry(name);
        match self.names_mi_commands_by_module() {
            true => new.to_string(),
            false => old.to_string(),
        }
    }

    /// The mi_html path of the MI command 3.6 calls `name` on this release (see [`mi_html_path`]).
    pub fn mi_html_path(&self, name: &str, params_json_array: &str) -> String {
        let (module, _, new) = Self::mi_entry(name);
        let module = match self.names_mi_commands_by_module() {
            true => new.split(':').next().unwrap_or_default(),
            false => module,
        };
        mi_html_path(module, &self.mi_name(name), params_json_array)
    }

    fn mi_entry(name: &str) -> (&'static str, &'static str, &'static str) {
        *MI_NAMES
            .iter()
            .find(|(_, old, _)| *old == name)
            .unwrap_or_else(|| panic!("the tests know no MI command {name}"))
    }

    /// The MI commands the tests call, by the names this release lists.
    pub fn mi_names(&self) -> Vec<String> {
        MI_NAMES
            .iter()
            .map(|(_, old, _)| self.mi_name(old))
            .collect()
    }

    /// The stock cachedb_memcached.so of this build.
    pub fn stock_module(&self) -> PathBuf {
        self.stock_module.clone()
    }

    /// `opensips -c -f CFG`: loads every module of a config (their version checks included)
    /// without starting.
    pub fn check_config(&self, cfg: &Path) -> std::process::Output {
        Command::new(&self.binary)
            .args(["-c", "-f"])
            .arg(cfg)
            .output()
            .unwrap()
    }
}

pub fn example_config() -> String {
    std::fs::read_to_string(format!("{ROOT}/tests/opensips/opensips.cfg")).unwrap()
}

/// The example config with the words a test chooses filled in: the cachedb module's path, the
/// default connection's server and group1's, and extra lines. What is left (ports, run
/// directory, module folder) [`Opensips::start`] fills in.
pub fn config_for(module: &Path, server: &str, server2: &str, extra: &str) -> String {
    example_config()
        .replace("@MODULE@", module.to_str().unwrap())
        .replace("@SERVER@", server)
        .replace("@SERVER2@", server2)
        .replace("@EXTRA_PARAMS@", extra)
}

/// The worked example's config (`tests/opensips/worked-example.cfg`, which
/// docs/worked-example.md shows), as an operator writes it: real ports and paths.
pub fn worked_example_config() -> String {
    std::fs::read_to_string(format!("{ROOT}/tests/opensips/worked-example.cfg")).unwrap()
}

/// The worked example made runnable here: its cachedb module `module`, memcached `server`, the
/// SQLite file `db`; its ports, run directory and module folder the words [`Opensips::start`]
/// fills in. Each text replaced must be in the file.
pub fn worked_example_for(module: &Path, server: &str, db: &Path) -> String {
    let replacements = [
        ("udp:127.0.0.1:5060", "udp:127.0.0.1:@SIP_PORT@".to_string()),
        ("\"port\", 8888", "\"port\", @HTTP_PORT@".to_string()),
        ("/usr/local/lib64/opensips/modules/", "@MPATH@".to_string()),
        (
            "/usr/local/lib/libsip_memcached.so",
            module.display().to_string(),
        ),
        ("127.0.0.1:11211", server.to_string()),
        ("/var/lib/opensips/aliases.db", db.display().to_string()),
        ("/run/opensips", "@RUNDIR@".to_string()),
    ];
    replacements
        .iter()
        .fold(worked_example_config(), |cfg, (from, to)| {
            assert!(cfg.contains(from), "the worked example has no {from}");
            cfg.replace(from, to)
        })
}

/// The first `@WORD@` left in a config, if any.
fn unfilled_word(cfg: &str) -> Option<&str> {
    let mut rest = cfg;
    while let Some(start) = rest.find('@') {
        let after = &rest[start + 1..];
        let len = after
            .bytes()
            .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
            .count();
        if len > 0 && after[len..].starts_with('@') {
            return Some(&rest[start..start + len + 2]);
        }
        rest = after;
    }
    None
}

fn free_udp_port() -> u16 {
    UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The pids of the live processes in process group `pgid`.
fn group_members(pgid: i32) -> Vec<i32> {
    let pgid = pgid.to_string();
    super::live_processes(|_, fields| fields.get(2) == Some(&pgid.as_str()))
}

/// What [`Opensips::stop`] saw.
#[derive(Debug)]
pub struct Stopped {
    /// The attendant's exit status (None: it had to be killed).
    pub status: Option<ExitStatus>,
    /// How many processes OpenSIPS had when it was asked to stop.
    pub processes: usize,
    /// Processes still alive after the attendant ended, killed then by pid (should be none).
    pub left: Vec<i32>,
}

/// An HTTP reply: status code, headers (names in lower case), body.
#[derive(Debug, Clone)]
pub struct HttpReply {
    pub status: u16,
    pub headers: HashMap<String, String>,
    pub body: String,
}

pub struct Opensips {
    child: Option<Child>,
    pub host: OpensipsHost,
    pub sip_port: u16,
    pub http_port: u16,
    pub rundir: PathBuf,
    pub log: PathBuf,
}

impl Opensips {
    /// Starts OpenSIPS on `cfg`, a config whose words `@SIP_PORT@`, `@HTTP_PORT@`, `@RUNDIR@` and
    /// `@MPATH@` are filled in here (see [`config_for`] for the others). Retries on other ports
    /// when one was taken between our check and OpenSIPS's bind.
    pub fn start(host: &OpensipsHost, name: &str, cfg: &str) -> Opensips {
        Self::start_with(host, name, cfg, &[])
    }

    /// As [`Opensips::start`], the binary run by the command `prefix` (which must end in an
    /// `exec` of its arguments, so that OpenSIPS keeps the pid it was spawned with): e.g.
    /// [`DnsServer::wrapper`](super::dns::DnsServer::wrapper), a mount namespace of its own.
    pub fn start_with(host: &OpensipsHost, name: &str, cfg: &str, prefix: &[String]) -> Opensips {
        let rundir = host.scratch_dir(&format!("os-{name}"));
        let log = rundir.join("opensips.log");
        for _ in 0..10 {
            let sip_port = free_udp_port();
            let http_port = super::free_port();
            let text = cfg
                .replace("@SIP_PORT@", &sip_port.to_string())
                .replace("@HTTP_PORT@", &http_port.to_string())
                .replace("@RUNDIR@", rundir.to_str().unwrap())
                .replace("@MPATH@", host.modules.to_str().unwrap());
            if let Some(word) = unfilled_word(&text) {
                panic!("{word} is not filled in the config for {name}");
            }
            std::fs::write(rundir.join("opensips.cfg"), text).unwrap();
            let _ = std::fs::remove_file(rundir.join("opensips_fifo"));
            // -F: no daemon, the attendant stays our child (with -D OpenSIPS would also force
            // debug logging and 2 workers). Its own process group holds every process it forks,
            // which is how stop() finds any that outlive it.
            let mut command = match prefix.split_first() {
                Some((program, args)) => {
                    let mut c = Command::new(program);
                    c.args(args).arg(&host.binary);
                    c
                }
                None => Command::new(&host.binary),
            };
            let child = command
                .arg("-F")
                .arg("-f")
                .arg(rundir.join("opensips.cfg"))
                .arg("-w")
                .arg(&rundir)
                .process_group(0)
                .stdin(Stdio::null())
                .stdout(std::fs::File::create(rundir.join("stdout.log")).unwrap())
                .stderr(std::fs::File::create(&log).unwrap())
                .spawn()
                .expect("spawn opensips");
            let mut os = Opensips {
                child: Some(child),
                host: host.clone(),
                sip_port,
                http_port,
                rundir: rundir.clone(),
                log: log.clone(),
            };
            if os.wait_ready() {
                return os;
            }
            let text = os.log_text();
            os.stop();
            assert!(
                !text.contains("parse error") && !text.contains("CRITICAL:core:version_control"),
                "opensips {} refused its config:\n{text}",
                host.version
            );
        }
        panic!(
            "opensips {} did not start; log:\n{}",
            host.version,
            std::fs::read_to_string(&log).unwrap_or_default()
        );
    }

    /// Ready when SIP, HTTP and the FIFO all answer, and what answers SIP and HTTP is this
    /// OpenSIPS (a port taken by another program in between would answer too).
    fn wait_ready(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(15);
        let pgid = self.pid();
        while Instant::now() < deadline {
            if !self.is_running() {
                return false;
            }
            let sip_ok = self
                .try_request("OPTIONS", "ping", &[], Duration::from_millis(300))
                .and_then(|r| r.headers.get("X-Pid").and_then(|p| p.parse::<i32>().ok()))
                .is_some_and(|pid| group_members(pgid).contains(&pid));
            let http_ok = sip_ok
                && self
                    .try_http(
                        "POST",
                        "/json",
                        Some(&rpc_body("ps", "")),
                        Duration::from_secs(2),
                    )
                    .is_some_and(|r| r.body.contains(&format!("\"PID\":{pgid},")));
            if http_ok && self.rundir.join("opensips_fifo").exists() {
                return true;
            }
            if !sip_ok {
                continue; // try_request waited already
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    /// The attendant's pid (also the process group of all of OpenSIPS's processes).
    pub fn pid(&self) -> i32 {
        self.child.as_ref().expect("running").id() as i32
    }

    /// Every live process of this OpenSIPS: the attendant and what it forked.
    pub fn processes(&self) -> Vec<i32> {
        self.child
            .as_ref()
            .map(|c| group_members(c.id() as i32))
            .unwrap_or_default()
    }

    pub fn is_running(&mut self) -> bool {
        matches!(self.child.as_mut().map(|c| c.try_wait()), Some(Ok(None)))
    }

    pub fn log_text(&self) -> String {
        String::from_utf8_lossy(&std::fs::read(&self.log).unwrap_or_default()).into_owned()
    }

    /// Sends one OPTIONS with `op` as the request URI user and the given headers; the final reply.
    pub fn request(&self, op: &str, headers: &[(&str, &str)]) -> SipReply {
        self.request_within(op, headers, Duration::from_secs(10))
    }

    /// As [`Opensips::request`], waiting at most `wait` for the reply (for a request that is
    /// meant to take long, e.g. against a frozen server).
    pub fn request_within(&self, op: &str, headers: &[(&str, &str)], wait: Duration) -> SipReply {
        self.exchange("OPTIONS", op, headers, wait)
            .unwrap_or_else(|e| panic!("OPTIONS {op} {headers:?}: {e}; log:\n{}", self.log_text()))
    }

    /// Sends one INVITE (a new dialog) and, once its final reply is in, the ACK for it, as a
    /// caller would: the same transaction for a negative reply, a new one for a 2xx.
    pub fn invite(&self, op: &str, headers: &[(&str, &str)]) -> SipReply {
        self.exchange("INVITE", op, headers, Duration::from_secs(10))
            .unwrap_or_else(|e| panic!("INVITE {op} {headers:?}: {e}; log:\n{}", self.log_text()))
    }

    pub fn try_request(
        &self,
        method: &str,
        op: &str,
        headers: &[(&str, &str)],
        wait: Duration,
    ) -> Option<SipReply> {
        self.exchange(method, op, headers, wait).ok()
    }

    /// One request and its final reply. Sent once: an OPTIONS is answered statelessly, so a
    /// retransmission would run its operation again.
    fn exchange(
        &self,
        method: &str,
        op: &str,
        headers: &[(&str, &str)],
        wait: Duration,
    ) -> Result<SipReply, String> {
        let start = Instant::now();
        let sock = UdpSocket::bind("127.0.0.1:0").map_err(|e| format!("bind: {e}"))?;
        let local = sock.local_addr().map_err(|e| e.to_string())?.port();
        let id = format!("{:x}{:x}", std::process::id(), rand_u64());
        let branch = format!("z9hG4bK{id}");
        let port = self.sip_port;
        let mut msg = format!(
            "{method} sip:{op}@127.0.0.1:{port} SIP/2.0\r\n\
             Via: SIP/2.0/UDP 127.0.0.1:{local};branch={branch}\r\n\
             From: <sip:alice@127.0.0.1>;tag={id}\r\n\
             To: <sip:{op}@127.0.0.1:{port}>\r\n\
             Call-ID: {id}@127.0.0.1\r\n\
             CSeq: 1 {method}\r\n\
             Contact: <sip:alice@127.0.0.1:{local}>\r\n\
             Max-Forwards: 70\r\n"
        );
        for (name, value) in headers {
            msg.push_str(&format!("{name}: {value}\r\n"));
        }
        msg.push_str("Content-Length: 0\r\n\r\n");
        sock.send_to(msg.as_bytes(), ("127.0.0.1", port))
            .map_err(|e| format!("send to port {port}: {e}"))?;
        let mut buf = vec![0u8; 65536];
        let reply = loop {
            let left = wait.saturating_sub(start.elapsed());
            if left.is_zero() {
                return Err(format!("no final reply within {wait:?}"));
            }
            sock.set_read_timeout(Some(left))
                .map_err(|e| e.to_string())?;
            let n = match sock.recv(&mut buf) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    return Err(format!("no final reply within {wait:?}"))
                }
                Err(e) => return Err(format!("recv after {:?}: {e}", start.elapsed())),
            };
            let reply = SipReply::parse(&buf[..n]);
            // An INVITE gets "100 Trying" first.
            if reply.status >= 200 {
                break reply;
            }
        };
        if method == "INVITE" {
            let to = reply.headers.get("To").cloned().unwrap_or_default();
            let ack_branch = if reply.status < 300 {
                format!("z9hG4bK{id}ack")
            } else {
                branch
            };
            let ack = format!(
                "ACK sip:{op}@127.0.0.1:{port} SIP/2.0\r\n\
                 Via: SIP/2.0/UDP 127.0.0.1:{local};branch={ack_branch}\r\n\
                 From: <sip:alice@127.0.0.1>;tag={id}\r\n\
                 To: {to}\r\n\
                 Call-ID: {id}@127.0.0.1\r\n\
                 CSeq: 1 ACK\r\n\
                 Max-Forwards: 70\r\n\
                 Content-Length: 0\r\n\r\n"
            );
            sock.send_to(ack.as_bytes(), ("127.0.0.1", port))
                .map_err(|e| format!("send the ACK: {e}"))?;
        }
        Ok(reply)
    }

    /// One HTTP/1.1 request to this OpenSIPS's httpd, read until the server closes.
    pub fn http(&self, method: &str, path: &str, body: Option<&str>) -> HttpReply {
        self.try_http(method, path, body, Duration::from_secs(10))
            .unwrap_or_else(|| {
                panic!(
                    "no HTTP reply to {method} {path}; log:\n{}",
                    self.log_text()
                )
            })
    }

    fn try_http(
        &self,
        method: &str,
        path: &str,
        body: Option<&str>,
        wait: Duration,
    ) -> Option<HttpReply> {
        let mut s = TcpStream::connect(("127.0.0.1", self.http_port)).ok()?;
        s.set_read_timeout(Some(wait)).ok()?;
        s.set_write_timeout(Some(wait)).ok()?;
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n",
            self.http_port
        );
        if let Some(body) = body {
            req.push_str(&format!(
                "Content-Type: application/json\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        req.push_str("\r\n");
        req.push_str(body.unwrap_or(""));
        s.write_all(req.as_bytes()).ok()?;
        let mut raw = Vec::new();
        // Until the server closes: a timeout here means a reply that never ends (mi_http's
        // answer to a GET is such a reply).
        s.read_to_end(&mut raw).ok()?;
        parse_http(&raw)
    }

    /// One MI command over mi_http (JSON-RPC 2.0, `POST /json`): `params` is the JSON text of
    /// the params (an object or an array), or "" for none. Returns the reply's JSON text.
    pub fn mi_http(&self, method: &str, params: &str) -> String {
        let r = self.http("POST", "/json", Some(&rpc_body(method, params)));
        assert_eq!(r.status, 200, "POST /json {method}: {r:?}");
        r.body
    }

    /// `GET /mi/<path>` from mi_html, e.g. `core/cache_fetch?arg=...` (see [`mi_html_path`]).
    pub fn mi_html_get(&self, path: &str) -> HttpReply {
        self.http("GET", &format!("/mi/{path}"), None)
    }

    /// One MI command through the FIFO with opensips-cli: `opensips-cli -x mi CMD ARGS...`, CMD
    /// being the name this release lists for the command 3.6 calls `cmd` ([`OpensipsHost::mi_name`]).
    /// Ok: what it printed (the result as JSON); Err: its error message.
    pub fn mi_fifo(&self, cmd: &str, args: &[&str]) -> Result<String, String> {
        self.opensips_cli_mi(&self.host.mi_name(cmd), args)
    }

    /// `opensips-cli -x mi CMD ARGS...` over the FIFO, CMD as given.
    pub fn opensips_cli_mi(&self, cmd: &str, args: &[&str]) -> Result<String, String> {
        let fifo = self.rundir.join("opensips_fifo");
        let mut child = Command::new(&self.host.cli)
            .arg("-o")
            .arg("communication_type=fifo")
            .arg("-o")
            .arg(format!("fifo_file={}", fifo.display()))
            // OpenSIPS opens the reply FIFO in mi_fifo's reply_dir, the run directory.
            .arg("-o")
            .arg(format!("fifo_reply_dir={}", self.rundir.display()))
            .args(["-x", "mi", cmd])
            .args(args)
            // Its own HOME: no ~/.opensips-cli.cfg of this machine, no history file written there.
            .env("HOME", &self.rundir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn opensips-cli");
        // opensips-cli waits for ever when OpenSIPS cannot answer: bound it.
        let deadline = Instant::now() + Duration::from_secs(20);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "opensips-cli -x mi {cmd} {args:?} did not finish in 20 s; log:\n{}",
                    self.log_text()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut out = String::new();
        let mut err = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        if status.success() {
            Ok(out)
        } else {
            Err(strip_ansi(&err).trim().to_string())
        }
    }

    /// SIGTERM to the attendant (it stops every other process itself), then waits for it; then
    /// makes sure no process of its group is left, killing any by pid.
    pub fn stop(&mut self) -> Stopped {
        let Some(mut child) = self.child.take() else {
            return Stopped {
                status: None,
                processes: 0,
                left: Vec::new(),
            };
        };
        let pid = child.id() as i32;
        let processes = group_members(pid).len();
        // SAFETY: signals the opensips attendant this helper started.
        unsafe { libc::kill(pid, libc::SIGTERM) };
        // OpenSIPS gives its processes a few seconds, then kills them itself.
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut status = None;
        while Instant::now() < deadline {
            if let Ok(Some(s)) = child.try_wait() {
                status = Some(s);
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        if status.is_none() {
            let _ = child.kill();
            let _ = child.wait();
        }
        // Processes it killed with SIGKILL on its way out may take a moment to be gone.
        let deadline = Instant::now() + Duration::from_secs(2);
        let mut left = group_members(pid);
        while !left.is_empty() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
            left = group_members(pid);
        }
        for p in &left {
            // SAFETY: a process of the group of the attendant this helper started.
            unsafe { libc::kill(*p, libc::SIGKILL) };
        }
        Stopped {
            status,
            processes,
            left,
        }
    }
}

impl Drop for Opensips {
    fn drop(&mut self) {
        self.stop();
    }
}

fn rpc_body(method: &str, params: &str) -> String {
    assert!(
        method
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b':'),
        "MI method {method:?}"
    );
    if params.is_empty() {
        format!(r#"{{"jsonrpc":"2.0","method":"{method}","id":1}}"#)
    } else {
        format!(r#"{{"jsonrpc":"2.0","method":"{method}","params":{params},"id":1}}"#)
    }
}

fn parse_http(raw: &[u8]) -> Option<HttpReply> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: HashMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    if headers
        .get("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
    {
        body = dechunk(&body)?;
    }
    Some(HttpReply {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let nl = data.windows(2).position(|w| w == b"\r\n")?;
        let size_text = String::from_utf8_lossy(&data[..nl]);
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[nl + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..)?;
    }
}

/// The mi_html path of one command: `<module>/<command>?arg=<JSON array of params, escaped>`.
pub fn mi_html_path(module: &str, cmd: &str, params_json_array: &str) -> String {
    let mut arg = String::new();
    for b in params_json_array.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            arg.push(b as char);
        } else {
            arg.push_str(&format!("%{b:02X}"));
        }
    }
    format!("{module}/{cmd}?arg={arg}")
}

/// The text of an mi_html page: tags dropped, runs of white space made one space, and the
/// entities the page uses turned back into characters.
pub fn html_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&emsp;", " ")
        .replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Drops the terminal colour codes opensips-cli puts around "ERROR".
fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // ESC [ ... final letter
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn rand_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(Instant::now().elapsed().as_nanos() as u64);
    h.finish()
}
