//! A DNS server for one test, so that a resolver under test asks it and nothing leaves the
//! machine: it listens on port 53 of a loopback address of its own (127.53.x.y), answers A
//! queries from a table the test changes while it runs (NXDOMAIN for any other name, an empty
//! answer for another type of a known name), and counts the queries it got. A program is pointed
//! at it by [`DnsServer::wrapper`]: a private mount namespace (`unshare -m`) in which
//! `/etc/resolv.conf` is a file naming only this server, bind-mounted over the machine's, which
//! stays as it is. Both need root; without it [`DnsServer::start`] gives None (under CI=true it
//! fails the test).

use std::collections::HashMap;
use std::net::{Ipv4Addr, UdpSocket};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// DNS type A.
const TYPE_A: u16 = 1;

#[derive(Default)]
struct Zone {
    /// name (lower case, no trailing dot) -> (address, TTL in seconds).
    answers: HashMap<String, (Ipv4Addr, u32)>,
    /// name -> A queries received.
    a_queries: HashMap<String, usize>,
}

pub struct DnsServer {
    pub addr: Ipv4Addr,
    zone: Arc<Mutex<Zone>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    resolv_conf: PathBuf,
}

impl DnsServer {
    /// A server on a free loopback address, its resolv.conf written in `dir`; None (skipped)
    /// when this is not root.
    pub fn start(dir: &Path) -> Option<DnsServer> {
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            return super::host_missing(
                "a DNS server on port 53 and a mount namespace of its own need root".into(),
            );
        }
        let seed = std::process::id() as usize;
        let socket = (0..50)
            .find_map(|i| {
                let n = seed.wrapping_mul(31).wrapping_add(i * 7919) % 62_000;
                let addr = Ipv4Addr::new(127, 53, (n / 250) as u8, (n % 250 + 1) as u8);
                UdpSocket::bind((addr, 53)).ok().map(|s| (addr, s))
            })
            .map(|(addr, s)| {
                s.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
                (addr, s)
            });
        let (addr, socket) = socket.expect("no loopback address with a free port 53");
        let resolv_conf = dir.join("resolv.conf");
        std::fs::write(
            &resolv_conf,
            format!("nameserver {addr}\noptions timeout:1 attempts:1\n"),
        )
        .unwrap();
        let zone = Arc::new(Mutex::new(Zone::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (zone, stop) = (zone.clone(), stop.clone());
            std::thread::spawn(move || serve(&socket, &zone, &stop))
        };
        Some(DnsServer {
            addr,
            zone,
            stop,
            thread: Some(thread),
            resolv_conf,
        })
    }

    /// From now on `name` resolves to `ip`, with `ttl` seconds in the answer.
    pub fn answer(&self, name: &str, ip: Ipv4Addr, ttl: u32) {
        let mut zone = self.zone.lock().unwrap();
        zone.answers.insert(name.to_ascii_lowercase(), (ip, ttl));
    }

    /// How many A queries for `name` this server got.
    pub fn a_queries(&self, name: &str) -> usize {
        let zone = self.zone.lock().unwrap();
        zone.a_queries
            .get(&name.to_ascii_lowercase())
            .copied()
            .unwrap_or(0)
    }

    /// The command that runs its arguments in a mount namespace of their own where
    /// `/etc/resolv.conf` names only this server (it `exec`s them: the pid stays theirs).
    pub fn wrapper(&self) -> Vec<String> {
        let script = format!(
            "mount --bind '{}' /etc/resolv.conf && exec \"$@\"",
            self.resolv_conf.display()
        );
        ["unshare", "-m", "--propagation", "private", "sh", "-c"]
            .iter()
            .map(|s| s.to_string())
            .chain([script, "sh".to_string()])
            .collect()
    }
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(socket: &UdpSocket, zone: &Mutex<Zone>, stop: &AtomicBool) {
    let mut buf = [0u8; 512];
    while !stop.load(Ordering::Relaxed) {
        let Ok((n, peer)) = socket.recv_from(&mut buf) else {
            continue;
        };
        if let Some(reply) = reply_to(&buf[..n], zone) {
            let _ = socket.send_to(&reply, peer);
        }
    }
}

/// The answer to one query (one question), or None for what is not a query.
fn reply_to(query: &[u8], zone: &Mutex<Zone>) -> Option<Vec<u8>> {
    if query.len() < 12 || query[2] & 0x80 != 0 {
        return None;
    }
    // The question's name: length-prefixed labels up to a zero byte.
    let mut i = 12;
    let mut labels = Vec::new();
    while *query.get(i)? != 0 {
        let len = usize::from(query[i]);
        labels.push(String::from_utf8_lossy(query.get(i + 1..i + 1 + len)?).to_ascii_lowercase());
        i += 1 + len;
    }
    let question = query.get(12..i + 5)?;
    let qtype = u16::from_be_bytes([query[i + 1], query[i + 2]]);
    let name = labels.join(".");
    let mut zone = zone.lock().unwrap();
    if qtype == TYPE_A {
        *zone.a_queries.entry(name.clone()).or_default() += 1;
    }
    let found = zone.answers.get(&name).copied();
    // Header: the query's id; a response, recursion desired and available; NXDOMAIN when the
    // name is unknown; one question; one answer for a known name's A record.
    let (rcode, answers) = match found {
        Some(_) if qtype == TYPE_A => (0u8, 1u8),
        Some(_) => (0, 0),
        None => (3, 0),
    };
    let mut r = vec![
        query[0],
        query[1],
        0x81,
        0x80 | rcode,
        0,
        1,
        0,
        answers,
        0,
        0,
        0,
        0,
    ];
    r.extend_from_slice(question);
    if let (Some((ip, ttl)), 1) = (found, answers) {
        // The name by a pointer to the question's, type A, class IN, TTL, 4 bytes of address.
        r.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1]);
        r.extend_from_slice(&ttl.to_be_bytes());
        r.extend_from_slice(&[0, 4]);
        r.extend_from_slice(&ip.octets());
    }
    Some(r)
}
