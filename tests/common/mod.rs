//! Test helpers: a real memcached on a free loopback port (checked: the process that answers is
//! the one we started), stopped by pid; and a raw client to look at what memcached holds.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub mod browser;
pub mod certs;
pub mod dns;
pub mod kamailio;
pub mod nutcracker;
pub mod opensips;
pub mod suites;

/// Sends requests until `workers` different SIP workers have answered and at least `at_least`
/// were sent: `ask(i)` sends the i-th (from 0) and gives the pid of the worker that answered it.
/// Panics after 10 s. Which worker the kernel hands a datagram to is its choice: back-to-back
/// requests can all land on one worker while another is still starting (seen on a cold machine,
/// 200 of 200 on one OpenSIPS worker), so the requests are paced and the bound is time, not tries.
pub fn until_every_worker_answered(
    workers: usize,
    at_least: usize,
    mut ask: impl FnMut(usize) -> String,
) -> std::collections::HashSet<String> {
    let mut pids = std::collections::HashSet::new();
    let until = Instant::now() + Duration::from_secs(10);
    let mut sent = 0;
    while Instant::now() < until {
        pids.insert(ask(sent));
        sent += 1;
        if pids.len() == workers && sent >= at_least {
            return pids;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    panic!("only {pids:?} answered, {workers} workers expected");
}

pub fn memcached_binary() -> PathBuf {
    for dir in ["/usr/bin", "/usr/local/bin", "/usr/sbin"] {
        let p = Path::new(dir).join("memcached");
        if p.exists() {
            return p;
        }
    }
    panic!("memcached is not installed: `make test` installs it (apt-get install -y memcached)");
}

/// A free TCP port on 127.0.0.1 at the time of the call.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub enum Listen {
    Tcp { host: &'static str, port: u16 },
    Unix(PathBuf),
}

pub struct Memcached {
    child: Option<Child>,
    /// Where the helpers below (`meta`, `stats`…) talk to it: plain text, also for a TLS server.
    pub listen: Listen,
    pub verbose_log: Option<PathBuf>,
    /// A TLS server's TLS port (`start_tls`); its `listen` is then a `notls:` one.
    pub tls_port: Option<u16>,
    /// The extra arguments it was started with, for `restart`.
    extra: Vec<String>,
    /// With `-Y auth_file`: the file's first `user:password`, which the helpers log in with.
    auth: Option<String>,
}

fn user_name() -> String {
    let out = Command::new("id").arg("-un").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

impl Memcached {
    /// memcached on 127.0.0.1 on a free port.
    pub fn start() -> Memcached {
        Self::start_tcp("127.0.0.1", &[])
    }

    pub fn start_tcp(host: &'static str, extra: &[&str]) -> Memcached {
        for _ in 0..20 {
            let port = if host == "::1" {
                std::net::TcpListener::bind("[::1]:0")
                    .unwrap()
                    .local_addr()
                    .unwrap()
                    .port()
            } else {
                free_port()
            };
            if let Some(m) = Self::try_start(Listen::Tcp { host, port }, extra, None) {
                return m;
            }
        }
        panic!("could not start memcached on a free port");
    }

    /// One memcached process listening on `ports` free 127.0.0.1 ports (its `port()` and the
    /// others), with `extra` arguments: for a server list of many names served by one process.
    pub fn start_ports(ports: usize, extra: &[&str]) -> (Memcached, Vec<u16>) {
        for _ in 0..20 {
            let mut all = vec![free_port()];
            while all.len() < ports.max(1) {
                let p = free_port();
                if !all.contains(&p) {
                    all.push(p);
                }
            }
            let others: Vec<String> = all[1..].iter().map(|p| format!("127.0.0.1:{p}")).collect();
            let mut args: Vec<&str> = extra.to_vec();
            let list = others.join(",");
            if !others.is_empty() {
                args.extend(["-l", &list]);
            }
            let listen = Listen::Tcp {
                host: "127.0.0.1",
                port: all[0],
            };
            if let Some(m) = Self::try_start(listen, &args, None) {
                return (m, all);
            }
        }
        panic!("could not start memcached on {ports} free ports");
    }

    /// memcached on a free port, its `-vv` log (every command it received) written to a file.
    pub fn start_logged(log: &Path) -> Memcached {
        for _ in 0..20 {
            let listen = Listen::Tcp {
                host: "127.0.0.1",
                port: free_port(),
            };
            if let Some(m) = Self::try_start(listen, &["-vv"], Some(log)) {
                return m;
            }
        }
        panic!("could not start memcached on a free port");
    }

    /// memcached with TLS (`-Z` and `tls_args`, e.g. `-o ssl_chain_cert=…`) on a free 127.0.0.1
    /// port, `tls_port`; and a plain `notls:` port beside it, which the helpers use to look at
    /// what it holds. With `log`, its `-vv` log (every command it received) goes there.
    pub fn start_tls(tls_args: &[&str], log: Option<&Path>) -> Memcached {
        for _ in 0..20 {
            let (admin, tls) = (free_port(), free_port());
            if admin == tls {
                continue;
            }
            let mut extra = vec![
                "-Z".to_string(),
                "-p".to_string(),
                tls.to_string(),
                "-l".to_string(),
                format!("127.0.0.1:{tls},notls:127.0.0.1:{admin}"),
            ];
            extra.extend(tls_args.iter().map(|a| a.to_string()));
            if log.is_some() {
                extra.push("-vv".into());
            }
            let listen = Listen::Tcp {
                host: "127.0.0.1",
                port: admin,
            };
            if let Some(mut m) = Self::spawn(listen, &extra, log, false) {
                // Ours answers on the TLS port too: a TLS handshake would take more than a connect.
                if std::net::TcpStream::connect(("127.0.0.1", tls)).is_ok() {
                    m.tls_port = Some(tls);
                    return m;
                }
            }
        }
        panic!("could not start memcached with TLS on free ports");
    }

    /// The `servers` entry of a TLS server's TLS port.
    pub fn tls_server(&self) -> String {
        format!(
            "127.0.0.1:{}",
            self.tls_port.expect("started with start_tls")
        )
    }

    /// memcached on a given port (one a test reserved, e.g. for a server that comes up late).
    pub fn start_on_port(port: u16) -> Memcached {
        Self::try_start(
            Listen::Tcp {
                host: "127.0.0.1",
                port,
            },
            &[],
            None,
        )
        .unwrap_or_else(|| panic!("memcached could not bind 127.0.0.1:{port}"))
    }

    pub fn start_unix(path: &Path) -> Memcached {
        let _ = std::fs::remove_file(path);
        Self::try_start(Listen::Unix(path.to_path_buf()), &[], None)
            .expect("memcached on a unix socket")
    }

    /// Starts memcached again on the same address (after `kill`).
    pub fn restart(&mut self) {
        let listen = match &self.listen {
            Listen::Tcp { host, port } => Listen::Tcp { host, port: *port },
            Listen::Unix(p) => Listen::Unix(p.clone()),
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        let tls = self.tls_port.is_some();
        let extra = self.extra.clone();
        loop {
            if let Some(mut m) = Self::spawn(listen_clone(&listen), &extra, None, !tls) {
                self.child = m.child.take();
                return;
            }
            assert!(Instant::now() < deadline, "memcached did not restart");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn try_start(listen: Listen, extra: &[&str], log: Option<&Path>) -> Option<Memcached> {
        let extra: Vec<String> = extra.iter().map(|a| a.to_string()).collect();
        Self::spawn(listen, &extra, log, true)
    }

    /// Starts it; `listen_args`: say where with `-l`/`-p` or `-s` (else `extra` does).
    fn spawn(
        listen: Listen,
        extra: &[String],
        log: Option<&Path>,
        listen_args: bool,
    ) -> Option<Memcached> {
        let mut cmd = Command::new(memcached_binary());
        cmd.args(["-u", &user_name(), "-U", "0", "-m", "64", "-t", "1"]);
        match &listen {
            Listen::Tcp { .. } if !listen_args => {}
            Listen::Tcp { host, port } => {
                cmd.args(["-l", host, "-p", &port.to_string()]);
            }
            Listen::Unix(path) => {
                cmd.args(["-s", path.to_str().unwrap(), "-a", "0700"]);
            }
        }
        cmd.args(extra).stdin(Stdio::null()).stdout(Stdio::null());
        match log {
            Some(path) => {
                cmd.stderr(std::fs::File::create(path).unwrap());
            }
            None => {
                cmd.stderr(Stdio::null());
            }
        }
        let mut child = cmd.spawn().expect("spawn memcached");
        let pid = child.id();
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut m = Memcached {
            child: None,
            listen,
            verbose_log: log.map(Path::to_path_buf),
            tls_port: None,
            extra: extra.to_vec(),
            auth: extra
                .iter()
                .position(|a| a == "-Y")
                .and_then(|i| std::fs::read_to_string(&extra[i + 1]).ok())
                .and_then(|text| text.lines().next().map(|l| l.replacen(':', " ", 1))),
        };
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                return None; // exited: the port was taken
            }
            if let Some(stats) = m.try_command(b"stats\r\n", b"END\r\n") {
                // The process answering must be ours, not one that already had the port.
                let ours = format!("STAT pid {pid}\r\n");
                if String::from_utf8_lossy(&stats).contains(&ours) {
                    m.child = Some(child);
                    return Some(m);
                }
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.kill();
        let _ = child.wait();
        None
    }

    pub fn pid(&self) -> i32 {
        self.child.as_ref().expect("running").id() as i32
    }

    /// The `servers` parameter value for this instance.
    pub fn server(&self) -> String {
        match &self.listen {
            Listen::Tcp { host, port } if host.contains(':') => format!("[{host}]:{port}"),
            Listen::Tcp { host, port } => format!("{host}:{port}"),
            Listen::Unix(path) => format!("unix:{}", path.display()),
        }
    }

    pub fn port(&self) -> u16 {
        match self.listen {
            Listen::Tcp { port, .. } => port,
            Listen::Unix(_) => panic!("unix socket"),
        }
    }

    fn connect(&self) -> Option<Box<dyn ReadWrite>> {
        match &self.listen {
            Listen::Tcp { host, port } => {
                let addr = if host.contains(':') {
                    format!("[{host}]:{port}")
                } else {
                    format!("{host}:{port}")
                };
                let mut s = TcpStream::connect(addr).ok()?;
                s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
                if let Some(auth) = &self.auth {
                    let login = format!("set auth 0 0 {}\r\n{auth}\r\n", auth.len());
                    s.write_all(login.as_bytes()).ok()?;
                    let mut reply = [0u8; 8];
                    s.read_exact(&mut reply).ok()?;
                    if &reply != b"STORED\r\n" {
                        return None;
                    }
                }
                Some(Box::new(s))
            }
            Listen::Unix(p) => {
                let s = UnixStream::connect(p).ok()?;
                s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
                Some(Box::new(s))
            }
        }
    }

    fn try_command(&self, cmd: &[u8], end: &[u8]) -> Option<Vec<u8>> {
        let mut s = self.connect()?;
        s.write_all(cmd).ok()?;
        read_until(&mut s, end)
    }

    /// Sends raw bytes and reads until the reply ends with `end`.
    pub fn command(&self, cmd: &[u8], end: &[u8]) -> Vec<u8> {
        self.try_command(cmd, end).expect("memcached answers")
    }

    /// What memcached holds for a wire key: (flags, ttl in seconds or -1, value).
    pub fn meta(&self, key: &str) -> Option<(u32, i64, Vec<u8>)> {
        let mut s = self.connect().unwrap();
        s.write_all(format!("mg {key} f t v\r\n").as_bytes())
            .unwrap();
        let mut out = Vec::new();
        let mut buf = [0u8; 65536];
        loop {
            let n = s.read(&mut buf).unwrap();
            assert!(n > 0, "memcached closed");
            out.extend_from_slice(&buf[..n]);
            if out.starts_with(b"EN\r\n") {
                return None;
            }
            if let Some(nl) = out.windows(2).position(|w| w == b"\r\n") {
                let header = String::from_utf8_lossy(&out[..nl]).to_string();
                let mut parts = header.split(' ');
                assert_eq!(parts.next(), Some("VA"), "{header}");
                let len: usize = parts.next().unwrap().parse().unwrap();
                if out.len() < nl + 2 + len + 2 {
                    continue;
                }
                let mut flags = 0;
                let mut ttl = 0;
                for p in parts {
                    if let Some(f) = p.strip_prefix('f') {
                        flags = f.parse().unwrap();
                    } else if let Some(t) = p.strip_prefix('t') {
                        ttl = t.parse().unwrap();
                    }
                }
                return Some((flags, ttl, out[nl + 2..nl + 2 + len].to_vec()));
            }
        }
    }

    /// Stores raw bytes with flags, as another client would.
    pub fn raw_set(&self, key: &str, flags: u32, value: &[u8]) {
        let mut cmd = format!("set {key} {flags} 0 {}\r\n", value.len()).into_bytes();
        cmd.extend_from_slice(value);
        cmd.extend_from_slice(b"\r\n");
        assert_eq!(self.command(&cmd, b"\r\n"), b"STORED\r\n");
    }

    /// A counter from the server's own `stats`.
    pub fn stat(&self, name: &str) -> u64 {
        let stats = self.command(b"stats\r\n", b"END\r\n");
        let text = String::from_utf8_lossy(&stats).to_string();
        let prefix = format!("STAT {name} ");
        text.lines()
            .find_map(|l| l.strip_prefix(&prefix))
            .unwrap_or_else(|| panic!("no stat {name}"))
            .trim()
            .parse()
            .unwrap()
    }

    pub fn signal(&self, sig: i32) {
        // SAFETY: sends a signal to the child process this helper started.
        assert_eq!(unsafe { libc::kill(self.pid(), sig) }, 0);
    }

    /// Freezes the server (SIGSTOP) and waits until the kernel has really stopped it: kill()
    /// returns before the process stops, and a request could still be served in between.
    pub fn freeze(&self) {
        self.signal(libc::SIGSTOP);
        let stat = format!("/proc/{}/stat", self.pid());
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            let text = std::fs::read_to_string(&stat).unwrap_or_default();
            // The state follows the ")" that ends the command name.
            if text
                .rsplit(')')
                .next()
                .is_some_and(|rest| rest.trim_start().starts_with('T'))
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        panic!("memcached did not stop");
    }

    /// Kills the server by pid and waits for it.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Reads until what came ends with `end`; `None` when the connection ended or failed first.
pub fn read_until(s: &mut dyn Read, end: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    while !out.ends_with(end) {
        let n = s.read(&mut buf).ok()?;
        if n == 0 {
            return None;
        }
        out.extend_from_slice(&buf[..n]);
    }
    Some(out)
}

fn listen_clone(l: &Listen) -> Listen {
    match l {
        Listen::Tcp { host, port } => Listen::Tcp { host, port: *port },
        Listen::Unix(p) => Listen::Unix(p.clone()),
    }
}

trait ReadWrite: Read + Write {}
impl<T: Read + Write> ReadWrite for T {}

impl Drop for Memcached {
    fn drop(&mut self) {
        if let Some(child) = &self.child {
            // SAFETY: resumes our own child in case a test stopped it, so that kill works.
            unsafe { libc::kill(child.id() as i32, libc::SIGCONT) };
        }
        self.kill();
    }
}

/// A unique scratch directory for one test.
pub fn scratch_dir(name: &str) -> PathBuf {
    // Under target/, so that nothing is left in the machine's /tmp.
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("sipmc-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The pids of the live processes (zombies are dead already) that `keep` takes, given the pid and
/// the fields of `/proc/PID/stat` after the command name: state, ppid, pgrp, ….
pub fn live_processes(keep: impl Fn(i32, &[&str]) -> bool) -> Vec<i32> {
    let mut pids = Vec::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return pids;
    };
    for entry in dir.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<i32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .map(|(_, rest)| rest.split_whitespace().collect())
            .unwrap_or_default();
        if fields.len() > 2 && fields[0] != "Z" && keep(pid, &fields) {
            pids.push(pid);
        }
    }
    pids
}

/// The hex MD5 of a key, computed by the system's md5sum (independent of the library).
pub fn md5sum(data: &[u8]) -> String {
    let mut child = Command::new("md5sum")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(data).unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&out.stdout)[..32].to_string()
}

/// How long a trickling peer goes on before it closes: long enough that an operation bounded by
/// nothing else than the peer ends far past `timeout` plus any margin, short enough that a client
/// that does not look at its deadline fails its test in seconds, not minutes.
pub const TRICKLE_FOR: Duration = Duration::from_secs(5);

/// Writes `bytes` one at a time, 50 ms apart, for [`TRICKLE_FOR`] at most; stops early when the
/// peer has gone.
pub fn trickle(to: &mut TcpStream, bytes: &[u8]) {
    let started = Instant::now();
    for byte in bytes {
        if started.elapsed() > TRICKLE_FOR || to.write_all(&[*byte]).is_err() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A TLS server (on a free 127.0.0.1 port, returned) that trickles its handshake: a record header
/// announcing 16 KiB of handshake, then its body a byte every 50 ms, so that every read of the
/// socket returns well within any timeout and the record is never whole. Each connection is
/// closed after [`TRICKLE_FOR`]. A fault memcached cannot be made to produce.
pub fn trickling_tls_server() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            std::thread::spawn(move || {
                stream.set_nodelay(true).unwrap();
                let mut record = vec![0x16, 0x03, 0x03, 0x40, 0x00];
                record.resize(5 + 0x4000, 0);
                trickle(&mut stream, &record);
            });
        }
    });
    port
}

/// Runs the test named `test` again in a process of its own (this test binary, that test alone),
/// for a test that counts the process's threads or descriptors, or forks it: the binary's other
/// tests run beside it in threads of the same process, with threads, sockets and locks of their
/// own. True in that process, where the caller runs the test's body; false in the first, once
/// the other has passed.
pub fn alone(test: &str) -> bool {
    if std::env::var("SIPMC_ALONE").as_deref() == Ok(test) {
        return true;
    }
    let out = Command::new(std::env::current_exe().unwrap())
        .args([test, "--exact", "--nocapture", "--test-threads", "1"])
        .env("SIPMC_ALONE", test)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprint!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    // "1 passed": a name that matches no test would pass with 0.
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "{test}, run in a process of its own, failed"
    );
    false
}

/// The threads and the open descriptors of this process now.
pub fn threads_and_descriptors() -> (usize, usize) {
    let count = |dir: &str| std::fs::read_dir(dir).unwrap().count();
    (count("/proc/self/task"), count("/proc/self/fd"))
}

/// The shared library under test: $SIPMC_LIB (the Makefile points it at the release build), or
/// the cdylib cargo built beside the test binary.
pub fn library() -> PathBuf {
    if let Ok(p) = std::env::var("SIPMC_LIB") {
        return PathBuf::from(p);
    }
    let exe = std::env::current_exe().unwrap();
    let lib = exe.parent().unwrap().join("libsip_memcached.so");
    assert!(lib.exists(), "{} was not built", lib.display());
    lib
}

/// Runs the C compiler with the repository's flags (C11, warnings are errors) and include paths.
/// valgrind's memcheck as every test runs it: quiet, exit status 99 on an error, a definite leak
/// an error.
pub fn memcheck() -> std::process::Command {
    let mut command = std::process::Command::new("valgrind");
    command.args([
        "-q",
        "--error-exitcode=99",
        "--leak-check=full",
        "--errors-for-leak-kinds=definite",
    ]);
    command
}

pub fn cc(args: &[&str]) {
    let root = env!("CARGO_MANIFEST_DIR");
    let status = Command::new("cc")
        .args([
            "-std=c11",
            "-D_GNU_SOURCE",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-g",
        ])
        .arg(format!("-I{root}/include"))
        .arg(format!("-I{root}/c_examples"))
        .args(args)
        .status()
        .expect("run cc");
    assert!(status.success(), "cc {args:?} failed");
}

/// Compiles a C program of this repository against the library, into `exe`.
pub fn compile_c(source: &Path, exe: &Path) {
    let lib = library();
    let lib_dir = lib.parent().unwrap();
    cc(&[
        source.to_str().unwrap(),
        "-o",
        exe.to_str().unwrap(),
        &format!("-L{}", lib_dir.display()),
        "-lsip_memcached",
        "-lpthread",
        &format!("-Wl,-rpath,{}", lib_dir.display()),
    ]);
}

/// The wire key of a script key shorter than 250 bytes that holds a space or a control byte:
/// `sipmc:` and its hex MD5 (computed by md5sum). Keys of 250 bytes or more go under the bare
/// MD5 of the trimmed key, as the stock module sends them.
pub fn hashed_key(data: &[u8]) -> String {
    format!("sipmc:{}", md5sum(data))
}

/// Checks the commands a `memcached -vv` log shows received (`<FD command key …`): every key is
/// valid on the wire, and is one of `raw` or a hashed key (MD5 hex, bare or under `sipmc:`).
/// Returns how many key commands it saw.
pub fn assert_only_safe_keys_on_the_wire(log: &str, raw: &[&str]) -> usize {
    let mut commands = 0;
    for line in log.lines() {
        let Some(rest) = line.strip_prefix('<') else {
            continue;
        };
        let mut words = rest.split(' ');
        let _fd = words.next();
        let command = words.next().unwrap_or("");
        let Some(key) = words.next() else { continue };
        if !["get", "set", "add", "delete", "incr", "decr", "touch", "mg"].contains(&command) {
            continue;
        }
        commands += 1;
        assert!(
            !key.is_empty() && key.len() < 250 && key.bytes().all(|b| b > b' ' && b != 0x7f),
            "bad key on the wire: {line:?}"
        );
        let hex = |h: &str| h.len() == 32 && h.bytes().all(|b| b.is_ascii_hexdigit());
        assert!(
            raw.contains(&key) || hex(key) || key.strip_prefix("sipmc:").is_some_and(hex),
            "a hostile key went out unhashed: {line:?}"
        );
    }
    commands
}

/// Under CI=true a host that cannot be had fails the test (`make test` makes every host);
/// elsewhere the test is skipped with the reason.
pub fn host_missing<T>(why: String) -> Option<T> {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{why}");
    }
    eprintln!("{why}; skipping");
    None
}

/// A host's descriptor, as the host scripts write it: KEY=VALUE lines in
/// `$SIPMC_HOST_CACHE/hosts/LABEL.env` (default cache /var/cache/sip-memcached).
pub struct Descriptor {
    path: PathBuf,
    vars: std::collections::HashMap<String, String>,
}

impl Descriptor {
    /// The descriptor of `label`, or why it cannot be read.
    pub fn read(label: &str) -> Result<Descriptor, String> {
        let cache =
            std::env::var("SIPMC_HOST_CACHE").unwrap_or_else(|_| "/var/cache/sip-memcached".into());
        let path = Path::new(&cache).join("hosts").join(format!("{label}.env"));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let vars = text
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.trim().to_string(), v.trim().trim_matches('"').to_string()))
            .collect();
        Ok(Descriptor { path, vars })
    }

    /// The value of `key`; a descriptor without it is a broken host script.
    pub fn var(&self, key: &str) -> String {
        self.vars
            .get(key)
            .cloned()
            .unwrap_or_else(|| panic!("{key} missing in {}", self.path.display()))
    }
}

/// For the benches: a number from the environment, or `default`.
pub fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// For the benches: pins a process (0: the calling thread) to `cpu`, when the machine has it.
pub fn pin(pid: i32, cpu: usize) {
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    // SAFETY: a zeroed cpu_set_t is a valid empty set; CPU_SET writes inside it.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(cpu.min(cpus - 1), &mut set);
        libc::sched_setaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &set);
    }
}

/// For the benches: the median (the upper one of an even count).
pub fn median<T: Copy + PartialOrd>(mut v: Vec<T>) -> T {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

/// `n` keys `{prefix}{i}` whose own server is the `index`th of `list`, placed as the module
/// places them by default (ketama, as libmemcached).
#[allow(dead_code)]
pub fn keys_on_server(list: &str, index: usize, prefix: &str, n: usize) -> Vec<String> {
    use sip_memcached::client::distribution::{Distribution, Member, Placement};
    let specs = sip_memcached::client::servers::parse_servers(list).unwrap();
    let members: Vec<_> = specs.iter().map(Member::of).collect();
    let placement = Placement::new(Distribution::Ketama, &members);
    let keys: Vec<String> = (0..10 * n + 100)
        .map(|i| format!("{prefix}{i}"))
        .filter(|k| placement.primary(k.as_bytes()) == index)
        .take(n)
        .collect();
    assert_eq!(keys.len(), n, "not enough keys on server {index} of {list}");
    keys
}
