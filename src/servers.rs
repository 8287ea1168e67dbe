//! The `servers` parameter: a list of memcached addresses.
//!
//! Entries are separated by commas and/or white space. Each entry is one of
//! `host`, `host:port`, `ipv4:port`, `[ipv6]`, `[ipv6]:port`, `unix:/path` or `/path`.
//! The default port is 11211. Pure parsing: no name is resolved here.

use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::path::PathBuf;

pub const DEFAULT_PORT: u16 = 11211;

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
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err("the port must be a number from 1 to 65535");
    }
    match text.parse::<u32>() {
        Ok(p) if (1..=65535).contains(&p) => Ok(p as u16),
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

/// Parses one entry of the list.
pub fn parse_server(entry: &str) -> Result<ServerAddr, BadServer> {
    let bad = |reason| BadServer {
        entry: entry.to_string(),
        reason,
    };
    if let Some(path) = entry.strip_prefix("unix:") {
        if path.is_empty() {
            return Err(bad("a unix socket needs a path"));
        }
        if !path.starts_with('/') {
            return Err(bad("a unix socket path must be absolute"));
        }
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

/// Parses the whole list; at least one server is required.
pub fn parse_servers(list: &str) -> Result<Vec<ServerAddr>, BadServer> {
    let servers = list
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|entry| !entry.is_empty())
        .map(parse_server)
        .collect::<Result<Vec<_>, _>>()?;
    if servers.is_empty() {
        return Err(BadServer {
            entry: list.to_string(),
            reason: "no server given",
        });
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

    #[test]
    fn every_good_form() {
        assert_eq!(
            parse_servers("localhost").unwrap(),
            [host("localhost", 11211)]
        );
        assert_eq!(
            parse_servers("127.0.0.1:11311").unwrap(),
            [host("127.0.0.1", 11311)]
        );
        assert_eq!(
            parse_servers("[::1]:11212").unwrap(),
            [ServerAddr::Ipv6 {
                addr: Ipv6Addr::LOCALHOST,
                port: 11212
            }]
        );
        assert_eq!(
            parse_servers("[::1]").unwrap(),
            [ServerAddr::Ipv6 {
                addr: Ipv6Addr::LOCALHOST,
                port: 11211
            }]
        );
        assert_eq!(
            parse_servers("unix:/run/mc.sock").unwrap(),
            [ServerAddr::Unix("/run/mc.sock".into())]
        );
        assert_eq!(
            parse_servers("/run/mc.sock").unwrap(),
            [ServerAddr::Unix("/run/mc.sock".into())]
        );
        assert_eq!(
            parse_servers(" a:1, b:2\tc ,,d.example.org:3 ").unwrap(),
            [
                host("a", 1),
                host("b", 2),
                host("c", 11211),
                host("d.example.org", 3)
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
        ] {
            let err = parse_servers(list).expect_err(list);
            assert_eq!(err.entry, entry, "{list}");
            assert!(err.to_string().contains(entry));
        }
    }

    #[test]
    fn display_round_trips() {
        for text in ["127.0.0.1:11211", "[::1]:5", "unix:/tmp/x"] {
            assert_eq!(parse_server(text).unwrap().to_string(), text);
        }
    }
}
