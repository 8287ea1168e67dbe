//! The `servers` parameter: a list of memcached addresses, each with an optional weight.
//!
//! Entries are separated by commas and/or white space. Each entry is one of
//! `host`, `host:port`, `host:port:weight`, `[ipv6]`, `[ipv6]:port`, `[ipv6]:port:weight`,
//! `unix:/path`, `/path`, or (libmemcached's form for a weighted socket) `/path:0:weight`; any of
//! them after `tls:` or `notls:` (memcached's own listener prefix) to say whether it uses TLS.
//! The default port is 11211 and the default weight 1, as in libmemcached's server lists.
//! Pure parsing: no name is resolved here.

use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::path::PathBuf;

use crate::numbers::parse_u64;

pub const DEFAULT_PORT: u16 = 11211;

/// The most servers one list may hold.
pub const MAX_SERVERS: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerAddr {
    /// A host name or an IPv4 literal, and a port.
    Host {
        host: String,
        port: u16,
    },
    Ipv6 {
        addr: Ipv6Addr,
        port: u16,
    },
    Unix(PathBuf),
}

impl fmt::Display for ServerAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServerAddr::Host { host, port } => write!(f, "{host}:{port}"),
            ServerAddr::Ipv6 { addr, port } => write!(f, "[{addr}]:{port}"),
            ServerAddr::Unix(path) => write!(f, "unix:{}", path.display()),
        }
    }
}

/// One entry of the list: an address and its weight (ketama gives it points in proportion).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerSpec {
    pub addr: ServerAddr,
    pub weight: u32,
    /// `tls:` (true) or `notls:` (false) before the entry; `None`: as the `tls` parameter says.
    pub tls: Option<bool>,
}

/// An entry's TLS prefix, as memcached's own `-l notls:<ip>:<port>` writes it: `tls:` or
/// `notls:` before an address. Only when a host, an address or a path follows: `tls:11211` is a
/// host named tls, as `unix:11211` is a host named unix.
fn split_tls_prefix(entry: &str) -> (Option<bool>, &str) {
    for (prefix, tls) in [("tls:", true), ("notls:", false)] {
        if let Some(rest) = entry.strip_prefix(prefix) {
            if !rest.is_empty()
                && !rest.bytes().all(|b| b.is_ascii_digit())
                && !rest.contains("tls:")
            {
                return (Some(tls), rest);
            }
        }
    }
    (None, entry)
}

/// The largest weight accepted (libmemcached's continuum math is single precision).
pub const MAX_WEIGHT: u32 = 1_000_000;

fn parse_weight(text: &str) -> Result<u32, &'static str> {
    match parse_u64(text.as_bytes()) {
        Some(0) => Ok(1), // libmemcached: a weight of 0 means 1
        Some(w) if w <= u64::from(MAX_WEIGHT) => Ok(w as u32),
        _ => Err("the weight must be a number from 1 to 1000000"),
    }
}

/// Why an entry of the list is not an address, with the entry itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadServer {
    pub entry: String,
    pub reason: &'static str,
}

impl fmt::Display for BadServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "server '{}': {}", self.entry, self.reason)
    }
}

fn parse_port(text: &str) -> Result<u16, &'static str> {
    match parse_u64(text.as_bytes()) {
        Some(p) if (1..=65535).contains(&p) => Ok(p as u16),
        _ => Err("the port must be a number from 1 to 65535"),
    }
}

fn is_host_name(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_')
        && !host.starts_with(['.', '-'])
}

/// An IPv6 address, maybe followed by `:port` or `:port:weight` (as someone would write it bare).
fn looks_like_ipv6(entry: &str) -> bool {
    let mut candidate = entry;
    for _ in 0..3 {
        if candidate.parse::<Ipv6Addr>().is_ok() {
            return true;
        }
        match candidate.rsplit_once(':') {
            Some((rest, _)) => candidate = rest,
            None => return false,
        }
    }
    false
}

/// Parses one entry of the list, with its weight.
pub fn parse_server_spec(entry: &str) -> Result<ServerSpec, BadServer> {
    let (tls, address) = split_tls_prefix(entry);
    let mut spec = parse_plain_spec(address).map_err(|e| BadServer {
        entry: entry.to_string(),
        reason: e.reason,
    })?;
    spec.tls = tls;
    Ok(spec)
}

fn parse_plain_spec(entry: &str) -> Result<ServerSpec, BadServer> {
    let bad = |reason| BadServer {
        entry: entry.to_string(),
        reason,
    };
    // A weight follows the port: `host:port:weight`, `[v6]:port:weight`, `/path:0:weight`.
    let split_weight = |at: usize| -> Result<(&str, u32), BadServer> {
        Ok((&entry[..at], parse_weight(&entry[at + 1..]).map_err(bad)?))
    };
    let (address, weight) = if entry.starts_with('/') || entry.starts_with("unix:/") {
        match entry.rsplitn(3, ':').collect::<Vec<_>>()[..] {
            [w, "0", path] if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) => {
                (path, parse_weight(w).map_err(bad)?)
            }
            _ => (entry, 1),
        }
    } else {
        // Colons after the host (after the brackets of an IPv6 address).
        let host_end = if entry.starts_with('[') {
            entry.find(']').map_or(entry.len(), |i| i + 1)
        } else {
            entry.find(':').unwrap_or(entry.len())
        };
        let colons: Vec<usize> = entry[host_end..]
            .match_indices(':')
            .map(|(i, _)| host_end + i)
            .collect();
        match colons.len() {
            0 | 1 => (entry, 1),
            // Many colons: an IPv6 address written bare, or a host with fields too many.
            _ if !entry.starts_with('[') && looks_like_ipv6(entry) => {
                return Err(bad(
                    "an IPv6 address must be written in brackets: [::1]:11211",
                ))
            }
            2 => split_weight(colons[1])?,
            _ if entry.starts_with('[') => return Err(bad("expected [ipv6]:port:weight")),
            _ => {
                return Err(bad(
                    "too many ':' fields: expected host, host:port or host:port:weight",
                ))
            }
        }
    };
    let addr = parse_server(address).map_err(|e| BadServer {
        entry: entry.to_string(),
        reason: e.reason,
    })?;
    Ok(ServerSpec {
        addr,
        weight,
        tls: None,
    })
}

/// Parses one address (no weight).
pub fn parse_server(entry: &str) -> Result<ServerAddr, BadServer> {
    let bad = |reason| BadServer {
        entry: entry.to_string(),
        reason,
    };
    // `unix:` names a socket only when a path follows; `unix:11211` is a host named unix, which
    // is how such a host is shown, so that every address reads back as itself.
    if let Some(path) = entry.strip_prefix("unix:").filter(|p| p.starts_with('/')) {
        return Ok(ServerAddr::Unix(PathBuf::from(path)));
    }
    if entry.starts_with('/') {
        return Ok(ServerAddr::Unix(PathBuf::from(entry)));
    }
    if let Some(rest) = entry.strip_prefix('[') {
        let Some((addr, after)) = rest.split_once(']') else {
            return Err(bad("missing ']' after the IPv6 address"));
        };
        let addr: Ipv6Addr = addr.parse().map_err(|_| bad("not an IPv6 address"))?;
        let port = match after {
            "" => DEFAULT_PORT,
            _ => match after.strip_prefix(':') {
                Some(port) => parse_port(port).map_err(bad)?,
                None => return Err(bad("expected ':port' after ']'")),
            },
        };
        return Ok(ServerAddr::Ipv6 { addr, port });
    }
    let (host, port) = match entry.split_once(':') {
        Some((host, port)) => {
            if port.contains(':') {
                return Err(bad(
                    "an IPv6 address must be written in brackets: [::1]:11211",
                ));
            }
            (host, parse_port(port).map_err(bad)?)
        }
        None => (entry, DEFAULT_PORT),
    };
    if host.is_empty() {
        return Err(bad("empty host"));
    }
    if host.parse::<Ipv4Addr>().is_err() && !is_host_name(host) {
        return Err(bad("not a host name or an IPv4 address"));
    }
    Ok(ServerAddr::Host {
        host: host.to_string(),
        port,
    })
}

/// Parses the whole list; at least one server is required, at most [`MAX_SERVERS`], each once.
pub fn parse_servers(list: &str) -> Result<Vec<ServerSpec>, BadServer> {
    let servers = list
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|entry| !entry.is_empty())
        .map(parse_server_spec)
        .collect::<Result<Vec<_>, _>>()?;
    let whole = |reason| BadServer {
        entry: list.to_string(),
        reason,
    };
    if servers.is_empty() {
        return Err(whole("no server given"));
    }
    if servers.len() > MAX_SERVERS {
        // Named by the first entry past the limit: a list of 65 servers is too long to quote.
        return Err(BadServer {
            entry: servers[MAX_SERVERS].addr.to_string(),
            reason: "more than 64 servers: this is the 65th",
        });
    }
    for (i, s) in servers.iter().enumerate() {
        if servers[..i].iter().any(|earlier| earlier.addr == s.addr) {
            return Err(BadServer {
                entry: s.addr.to_string(),
                reason: "listed twice",
            });
        }
    }
    Ok(servers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(h: &str, port: u16) -> ServerAddr {
        ServerAddr::Host {
            host: h.into(),
            port,
        }
    }

    fn addrs(list: &str) -> Vec<ServerAddr> {
        parse_servers(list)
            .unwrap()
            .into_iter()
            .map(|s| {
                assert_eq!(s.weight, 1, "{list}");
                s.addr
            })
            .collect()
    }

    fn weights(list: &str) -> Vec<u32> {
        parse_servers(list)
            .unwrap()
            .into_iter()
            .map(|s| s.weight)
            .collect()
    }

    #[test]
    fn every_good_form() {
        assert_eq!(addrs("localhost"), [host("localhost", 11211)]);
        assert_eq!(addrs("127.0.0.1:11311"), [host("127.0.0.1", 11311)]);
        assert_eq!(
            addrs("[::1]:11212"),
            [ServerAddr::Ipv6 {
                addr: Ipv6Addr::LOCALHOST,
                port: 11212
            }]
        );
        assert_eq!(
            addrs("[::1]"),
            [ServerAddr::Ipv6 {
                addr: Ipv6Addr::LOCALHOST,
                port: 11211
            }]
        );
        assert_eq!(
            addrs("unix:/run/mc.sock"),
            [ServerAddr::Unix("/run/mc.sock".into())]
        );
        assert_eq!(
            addrs("/run/mc.sock"),
            [ServerAddr::Unix("/run/mc.sock".into())]
        );
        assert_eq!(
            addrs(" a:1, b:2\tc ,,d.example.org:3 "),
            [
                host("a", 1),
                host("b", 2),
                host("c", 11211),
                host("d.example.org", 3)
            ]
        );
    }

    #[test]
    fn weights_in_every_form() {
        assert_eq!(
            weights("a:1:5, [::1]:2:3 /tmp/s:0:7 unix:/tmp/t:0:2 b:4"),
            [5, 3, 7, 2, 1]
        );
        let specs = parse_servers("a:1:5,/tmp/s:0:7").unwrap();
        assert_eq!(specs[0].addr, host("a", 1));
        assert_eq!(specs[1].addr, ServerAddr::Unix("/tmp/s".into()));
        assert_eq!(weights("a:1:0"), [1], "libmemcached: weight 0 means 1");
        // The names the ketama continuum hashes, as libmemcached builds them.
        let m = parse_servers("h:11211 [::1]:5 /tmp/s").unwrap();
        let names: Vec<(String, u16)> = m
            .iter()
            .map(|s| {
                let m = crate::client::distribution::Member::of(s);
                (m.host, m.port)
            })
            .collect();
        assert_eq!(
            names,
            [
                ("h".into(), 11211),
                ("[::1]".into(), 5),
                ("/tmp/s".into(), 0)
            ]
        );
    }

    #[test]
    fn every_bad_form_names_the_entry() {
        for (list, entry) in [
            ("", ""),
            (" , ", " , "),
            ("host:", "host:"),
            ("host:0", "host:0"),
            ("host:65536", "host:65536"),
            ("host:12x", "host:12x"),
            ("host:-1", "host:-1"),
            (":11211", ":11211"),
            ("::1:11211", "::1:11211"),
            ("[::1", "[::1"),
            ("[::1]11211", "[::1]11211"),
            ("[nothex]:1", "[nothex]:1"),
            ("[::1]:", "[::1]:"),
            ("unix:", "unix:"),
            ("unix:relative", "unix:relative"),
            ("good:1,bad$host", "bad$host"),
            ("-lead", "-lead"),
            ("a:1:x", "a:1:x"),
            ("a:1:2000000", "a:1:2000000"),
            ("a:1:+5", "a:1:+5"),
            ("a:1:+0", "a:1:+0"),
            ("a:1:2:3", "a:1:2:3"),
            ("::1:11211:2", "::1:11211:2"),
            ("[::1]:1:x", "[::1]:1:x"),
            ("a:1, a:1", "a:1"),
        ] {
            let err = parse_servers(list).expect_err(list);
            assert_eq!(err.entry, entry, "{list}");
            assert!(err.to_string().contains(entry));
        }
    }

    #[test]
    fn config_mistakes_get_the_message_that_fits_them() {
        let reason = |list: &str| parse_servers(list).unwrap_err().reason;
        assert_eq!(
            reason("cache1:11211:2:7"),
            "too many ':' fields: expected host, host:port or host:port:weight"
        );
        assert_eq!(
            reason("::1:11211:2"),
            "an IPv6 address must be written in brackets: [::1]:11211"
        );
        assert_eq!(
            reason("fe80::1"),
            "an IPv6 address must be written in brackets: [::1]:11211"
        );
        let list: Vec<String> = (1..=70).map(|p| format!("10.0.0.1:{p}")).collect();
        let err = parse_servers(&list.join(",")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "server '10.0.0.1:65': more than 64 servers: this is the 65th"
        );
    }

    #[test]
    fn display_round_trips() {
        for text in ["127.0.0.1:11211", "[::1]:5", "unix:/tmp/x"] {
            assert_eq!(parse_server(text).unwrap().to_string(), text);
        }
    }
}
