//! The module parameters (Kamailio's `modparam`), their defaults and their validation.
//!
//! Every value arrives as text, whatever the host's own type for it was, so that one parser serves
//! every host and the C API.

use std::ffi::CStr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::client::auth::{Credentials, Secret};
use crate::client::distribution::Distribution;
use crate::client::health::Policy;
use crate::client::servers::{parse_servers, ServerSpec};
use crate::client::tls::{Tls, TlsSettings, TlsVersion};
use crate::client::{ClientConfig, MAX_VALUE_READ};
use crate::engine::flags::FlagConvention;
use crate::error::{Error, Result};
use crate::near::NearConfig;
use crate::numbers::{parse_expiry, parse_int};

/// What a `$mct` assignment does when the key exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `set`: overwrite.
    Set,
    /// `add`: never overwrite.
    Add,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    pub servers: Vec<ServerSpec>,
    /// The text the servers were given as, for messages and stats.
    pub servers_text: String,
    /// Seconds; over 2592000 (30 days) memcached reads a unix timestamp; 0 never expires.
    pub expire: u32,
    pub mode: Mode,
    pub timeout: Duration,
    pub stringify: bool,
    /// Accepted for compatibility with the stock module; has no effect.
    pub memory: i64,
    /// Near cache: entries per process; 0 turns it off.
    pub cache_size: usize,
    /// Near cache: heap bytes per process (entries and tables, see `near::cost`).
    pub cache_memory: usize,
    /// Near cache: how long an entry may be served without asking memcached.
    pub cache_ttl: Duration,
    /// Near cache: also remember misses.
    pub cache_negative: bool,
    /// Near cache: how long past its expiry an entry may still be served while its server is
    /// unreachable (0: never).
    pub cache_stale_on_error: Duration,
    /// The cluster this node's reloads reach (see `engine::cluster`); None: this node alone.
    pub cluster: Option<String>,
    /// How often each process looks at the cluster's epoch, at most.
    pub cluster_check_interval: Duration,
    pub distribution: Distribution,
    /// Failures in a row after which a server is marked down.
    pub server_failure_limit: u64,
    /// How long a server stays marked down before one operation probes it.
    pub retry_interval: Duration,
    /// Send the keys of a down server to the next server instead of failing.
    pub failover: bool,
    /// Seconds a write that failed over lives at most on the server it went to.
    pub failover_expire: u32,
    /// The most keys the node lists as written away from their server, to forget them there
    /// when it serves again (see `client::failback`).
    pub failover_keys: usize,
    /// The longest value a read takes, in bytes; a longer one fails without being read.
    pub max_value_read: usize,
    /// The flags written for strings and integers and read as integers; None: each host's stock
    /// module's (Kamailio's pseudo-variables [`FlagConvention::KAMAILIO`], OpenSIPS's 0).
    pub flags: Option<FlagConvention>,
    /// Trim values read as the stock Kamailio module does (cut at a NUL, then white space).
    pub trim: bool,
    /// TLS for every server whose entry has no `tls:`/`notls:` prefix.
    pub tls: bool,
    pub tls_settings: TlsSettings,
    /// memcached's ASCII authentication: a user and a password, or a file holding them.
    pub username: Option<String>,
    pub password: Option<Secret>,
    pub auth_file: Option<PathBuf>,
}

pub const DEFAULT_SERVERS: &str = "localhost:11211";
pub const DEFAULT_EXPIRE: u32 = 10_800;
pub const DEFAULT_TIMEOUT_MS: u32 = 5_000;
pub const DEFAULT_CACHE_MEMORY: usize = 16 * 1024 * 1024;
pub const DEFAULT_CACHE_TTL_MS: u64 = 1_000;
/// A day: a near-cache entry older than that is not a cache but a copy.
pub const MAX_CACHE_TTL_MS: i64 = 86_400_000;
pub const MAX_CACHE_SIZE: i64 = 100_000_000;
/// A second: the default `cache_ttl` too, so that with the defaults a reload elsewhere is seen
/// no later than the entries would expire anyway, at about one `get` per process per second.
pub const DEFAULT_CLUSTER_CHECK_INTERVAL_MS: u64 = 1_000;
pub const DEFAULT_FAILURE_LIMIT: u64 = 3;
pub const DEFAULT_RETRY_INTERVAL_MS: u64 = 2_000;
pub const DEFAULT_FAILOVER_EXPIRE: u32 = 60;
pub const DEFAULT_FAILOVER_KEYS: usize = 10_000;
/// An hour: a bound that is longer than that is a typo, and would freeze a SIP worker.
pub const MAX_TIMEOUT_MS: u32 = 3_600_000;
/// memcached's default item size limit (`-I 1m`): no longer value is in a default memcached.
pub const DEFAULT_MAX_VALUE_READ: usize = 1024 * 1024;

impl Default for Params {
    fn default() -> Params {
        Params {
            servers: parse_servers(DEFAULT_SERVERS).expect("the default server list parses"),
            servers_text: DEFAULT_SERVERS.to_string(),
            expire: DEFAULT_EXPIRE,
            mode: Mode::Set,
            timeout: Duration::from_millis(u64::from(DEFAULT_TIMEOUT_MS)),
            stringify: false,
            memory: 0,
            cache_size: 0,
            cache_memory: DEFAULT_CACHE_MEMORY,
            cache_ttl: Duration::from_millis(DEFAULT_CACHE_TTL_MS),
            cache_negative: false,
            cache_stale_on_error: Duration::ZERO,
            cluster: None,
            cluster_check_interval: Duration::from_millis(DEFAULT_CLUSTER_CHECK_INTERVAL_MS),
            distribution: Distribution::Ketama,
            server_failure_limit: DEFAULT_FAILURE_LIMIT,
            retry_interval: Duration::from_millis(DEFAULT_RETRY_INTERVAL_MS),
            failover: false,
            failover_expire: DEFAULT_FAILOVER_EXPIRE,
            failover_keys: DEFAULT_FAILOVER_KEYS,
            max_value_read: DEFAULT_MAX_VALUE_READ,
            flags: None,
            trim: false,
            tls: false,
            tls_settings: TlsSettings::default(),
            username: None,
            password: None,
            auth_file: None,
        }
    }
}

impl Params {
    /// What the client takes of the parameters.
    /// Reads the TLS and authentication files, so that a bad one is the error.
    pub fn client_config(&self) -> Result<ClientConfig> {
        let uses_tls = self.tls || self.servers.iter().any(|s| s.tls == Some(true));
        let tls = match uses_tls {
            false => None,
            true => Some(Arc::new(Tls::new(&self.tls_settings).map_err(
                |reason| Error::BadParam {
                    name: "tls".into(),
                    reason,
                },
            )?)),
        };
        Ok(ClientConfig {
            servers: self.servers.clone(),
            distribution: self.distribution,
            timeout: self.timeout,
            health: Policy {
                failure_limit: self.server_failure_limit,
                retry_interval: self.retry_interval,
            },
            failover: self.failover,
            failover_expire: self.failover_expire,
            failover_keys: self.failover_keys,
            tls,
            tls_default: self.tls,
            auth: self.credentials()?.map(Arc::new),
        })
    }

    /// The credentials of `auth_file`, or of `username` and `password`; none without them.
    pub fn credentials(&self) -> Result<Option<Credentials>> {
        let bad = |name: &str, reason: String| Error::BadParam {
            name: name.into(),
            reason,
        };
        match (&self.auth_file, &self.username, &self.password) {
            (Some(_), Some(_), _) | (Some(_), _, Some(_)) => Err(bad(
                "auth_file",
                "give either auth_file or username and password, not both".into(),
            )),
            (Some(path), None, None) => Credentials::from_file(path)
                .map(Some)
                .map_err(|e| bad("auth_file", e)),
            (None, Some(user), Some(password)) => Credentials::new(user, password.expose())
                .map(Some)
                .map_err(|e| bad("username", e)),
            (None, Some(_), None) => {
                Err(bad("password", "username is set without a password".into()))
            }
            (None, None, Some(_)) => {
                Err(bad("username", "password is set without a username".into()))
            }
            (None, None, None) => Ok(None),
        }
    }

    /// What the near cache takes of the parameters.
    pub fn near_config(&self) -> NearConfig {
        NearConfig {
            entries: self.cache_size,
            bytes: self.cache_memory,
            ttl: self.cache_ttl,
            negative: self.cache_negative,
            stale_on_error: self.cache_stale_on_error,
            check_every: self.cluster.as_ref().map(|_| self.cluster_check_interval),
        }
    }

    /// Sets one parameter from its text. An unknown name or a bad value changes nothing.
    pub fn set(&mut self, name: &str, value: &str) -> Result<()> {
        let param = PARAMS
            .iter()
            .find(|p| p.name.to_bytes() == name.as_bytes())
            .ok_or_else(|| Error::UnknownParam(name.to_string()))?;
        (param.apply)(self, &Input { name, text: value })
    }
}

/// How a host hands a parameter's value over (each reaches [`Params::set`] as text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    Int,
    Str,
}

/// One parameter: its name, the type a host's config gives it, its default and what it is, and
/// how its text is applied.
pub struct ParamDef {
    pub name: &'static CStr,
    pub kind: ParamKind,
    /// The default, as its value is written: what [`Params::default`] holds (a test applies it).
    /// For `flags`, the convention the pseudo-variables and the C API use while it is unset.
    pub default: &'static str,
    /// One line on what it is, as the header and the documentation give it.
    pub doc: &'static str,
    apply: fn(&mut Params, &Input<'_>) -> Result<()>,
}

/// A parameter's value as given, with the helpers that read it.
struct Input<'a> {
    name: &'a str,
    text: &'a str,
}

impl Input<'_> {
    fn bad(&self, reason: &str) -> Error {
        Error::BadParam {
            name: self.name.to_string(),
            reason: format!("{reason} (got '{}')", self.text),
        }
    }

    fn int(&self) -> Result<i64> {
        parse_int(self.text).ok_or_else(|| self.bad("expected a whole number"))
    }

    /// A whole number in `range`, or `reason`.
    fn int_in(&self, range: std::ops::RangeInclusive<i64>, reason: &str) -> Result<i64> {
        match self.int()? {
            n if range.contains(&n) => Ok(n),
            _ => Err(self.bad(reason)),
        }
    }

    fn flag(&self) -> Result<bool> {
        Ok(self.int_in(0..=1, "expected 0 or 1")? == 1)
    }

    /// The text trimmed; empty: none.
    fn optional_text(&self) -> Option<String> {
        Some(self.text.trim())
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    }

    /// A file's path; empty: none.
    fn path(&self) -> Option<PathBuf> {
        Some(self.text.trim())
            .filter(|t| !t.is_empty())
            .map(PathBuf::from)
    }

    fn millis(&self, range: std::ops::RangeInclusive<i64>, reason: &str) -> Result<Duration> {
        Ok(Duration::from_millis(self.int_in(range, reason)? as u64))
    }
}

/// Every parameter of the module, in the order hosts list them. The one place their names live.
pub const PARAMS: [ParamDef; 32] = [
    ParamDef {
        name: c"servers",
        kind: ParamKind::Str,
        default: DEFAULT_SERVERS,
        doc: "the memcached servers, separated by commas or spaces: `host`, `host:port`, \
              `host:port:weight`, `[ipv6]:port`, `unix:/path`; `tls:` or `notls:` before one",
        apply: |p, v| {
            p.servers = parse_servers(v.text).map_err(|e| Error::BadParam {
                name: v.name.to_string(),
                reason: e.to_string(),
            })?;
            p.servers_text = v.text.trim().to_string();
            Ok(())
        },
    },
    ParamDef {
        name: c"expire",
        kind: ParamKind::Int,
        default: "10800",
        doc: "seconds an item lives: 0 never expires, over 2592000 (30 days) a unix time; \
              at most 2147483647",
        apply: |p, v| {
            p.expire =
                parse_expiry(v.text).map_err(|_| v.bad("expected seconds from 0 to 2147483647"))?;
            Ok(())
        },
    },
    ParamDef {
        name: c"mode",
        kind: ParamKind::Int,
        default: "0",
        doc: "what a write does when the key exists: 0 overwrites (set), 1 never does (add)",
        apply: |p, v| {
            p.mode = match v.int_in(0..=1, "expected 0 (set) or 1 (add)")? {
                0 => Mode::Set,
                _ => Mode::Add,
            };
            Ok(())
        },
    },
    ParamDef {
        name: c"timeout",
        kind: ParamKind::Int,
        default: "5000",
        doc: "milliseconds one operation may take, all included; 1 to 3600000",
        apply: |p, v| {
            p.timeout = v.millis(
                1..=i64::from(MAX_TIMEOUT_MS),
                "expected milliseconds from 1 to 3600000",
            )?;
            Ok(())
        },
    },
    ParamDef {
        name: c"memory",
        kind: ParamKind::Int,
        default: "0",
        doc: "accepted for the stock module's configurations; no effect",
        apply: |p, v| {
            // Said once at startup when it is not 0 (`Engine::startup_lines`).
            p.memory = v.int()?;
            Ok(())
        },
    },
    ParamDef {
        name: c"stringify",
        kind: ParamKind::Int,
        default: "0",
        doc: "1 returns every value as a string, integers included",
        apply: |p, v| {
            p.stringify = v.flag()?;
            Ok(())
        },
    },
    ParamDef {
        name: c"cache_size",
        kind: ParamKind::Int,
        default: "0",
        doc: "near cache: entries per process; 0 turns it off",
        apply: |p, v| {
            p.cache_size = v.int_in(
                0..=MAX_CACHE_SIZE,
                "expected entries from 0 (off) to 100000000",
            )? as usize;
            Ok(())
        },
    },
    ParamDef {
        name: c"cache_memory",
        kind: ParamKind::Int,
        default: "16777216",
        doc: "near cache: heap bytes per process (16 MiB), its entries and tables counted",
        apply: |p, v| {
            p.cache_memory = v.int_in(1..=i64::MAX, "expected bytes, at least 1")? as usize;
            Ok(())
        },
    },
    ParamDef {
        name: c"cache_ttl",
        kind: ParamKind::Int,
        default: "1000",
        doc: "near cache: milliseconds an entry is served without asking memcached; 1 to 86400000",
        apply: |p, v| {
            p.cache_ttl = v.millis(
                1..=MAX_CACHE_TTL_MS,
                "expected milliseconds from 1 to 86400000",
            )?;
            Ok(())
        },
    },
    ParamDef {
        name: c"cache_negative",
        kind: ParamKind::Int,
        default: "0",
        doc: "near cache: 1 also remembers misses",
        apply: |p, v| {
            p.cache_negative = v.flag()?;
            Ok(())
        },
    },
    ParamDef {
        name: c"cache_stale_on_error",
        kind: ParamKind::Int,
        default: "0",
        doc: "near cache: milliseconds past its expiry an entry is still served while its server \
              is unreachable; 0 (never) to 86400000",
        apply: |p, v| {
            p.cache_stale_on_error = v.millis(
                0..=MAX_CACHE_TTL_MS,
                "expected milliseconds from 0 to 86400000",
            )?;
            Ok(())
        },
    },
    ParamDef {
        name: c"cluster",
        kind: ParamKind::Str,
        default: "",
        doc: "near cache: a name shared by the nodes on the same memcached; a reload on one \
              empties the near caches of all (epoch item `sipmc:cluster:NAME:epoch`); empty: \
              this node alone",
        apply: |p, v| {
            p.cluster = v.optional_text();
            Ok(())
        },
    },
    ParamDef {
        name: c"cluster_check_interval",
        kind: ParamKind::Int,
        default: "1000",
        doc: "near cache: milliseconds between two looks of a process at the cluster's epoch; \
              10 to 86400000",
        apply: |p, v| {
            p.cluster_check_interval =
                v.millis(10..=86_400_000, "expected milliseconds from 10 to 86400000")?;
            Ok(())
        },
    },
    ParamDef {
        name: c"distribution",
        kind: ParamKind::Str,
        default: "ketama",
        doc: "how keys spread over several servers: ketama (libmemcached's weighted \
              consistent hashing) or modula",
        apply: |p, v| {
            p.distribution = match v.text.trim().to_ascii_lowercase().as_str() {
                "ketama" | "consistent" => Distribution::Ketama,
                "modula" => Distribution::Modula,
                _ => return Err(v.bad("expected ketama or modula")),
            };
            Ok(())
        },
    },
    ParamDef {
        name: c"server_failure_limit",
        kind: ParamKind::Int,
        default: "3",
        doc: "failures in a row after which a server is marked down",
        apply: |p, v| {
            p.server_failure_limit =
                v.int_in(1..=1_000_000, "expected failures from 1 to 1000000")? as u64;
            Ok(())
        },
    },
    ParamDef {
        name: c"retry_interval",
        kind: ParamKind::Int,
        default: "2000",
        doc: "milliseconds a server stays marked down before one operation probes it",
        apply: |p, v| {
            p.retry_interval =
                v.millis(1..=86_400_000, "expected milliseconds from 1 to 86400000")?;
            Ok(())
        },
    },
    ParamDef {
        name: c"failover",
        kind: ParamKind::Int,
        default: "0",
        doc: "1 sends the keys of a server marked down to the next server",
        apply: |p, v| {
            p.failover = v.flag()?;
            Ok(())
        },
    },
    ParamDef {
        name: c"failover_expire",
        kind: ParamKind::Int,
        default: "60",
        doc: "seconds a write that failed over lives at most on the server it went to \
              (1 to 2592000)",
        apply: |p, v| {
            p.failover_expire =
                v.int_in(1..=2_592_000, "expected seconds from 1 to 2592000")? as u32;
            Ok(())
        },
    },
    ParamDef {
        name: c"failover_keys",
        kind: ParamKind::Int,
        default: "10000",
        doc: "keys the node lists (in memory its processes share) as written to another \
              server while theirs was down, forgotten by it before it serves again; past it \
              such writes fail (0 to 1000000)",
        apply: |p, v| {
            p.failover_keys = v.int_in(0..=1_000_000, "expected keys from 0 to 1000000")? as usize;
            Ok(())
        },
    },
    ParamDef {
        name: c"max_value_read",
        kind: ParamKind::Int,
        default: "1048576",
        doc: "the longest value a read takes, in bytes, at most 134217728; a longer one \
              fails at once, unread",
        apply: |p, v| {
            p.max_value_read = v.int_in(
                1..=MAX_VALUE_READ as i64,
                "expected bytes from 1 to 134217728",
            )? as usize;
            Ok(())
        },
    },
    ParamDef {
        name: c"flags",
        kind: ParamKind::Str,
        default: "kamailio",
        doc: "the item flags strings and integers are written with, and which flags read as \
              integers: kamailio (strings 1, integers 0), python-memcached, pymemcache, pylibmc, \
              php-memcached, or `str=N int=N int_read=LIST`; unset, OpenSIPS's functions \
              write 0",
        apply: |p, v| {
            p.flags = Some(FlagConvention::parse(v.text).map_err(|reason| v.bad(&reason))?);
            Ok(())
        },
    },
    ParamDef {
        name: c"trim",
        kind: ParamKind::Int,
        default: "0",
        doc: "1 trims values read as the stock Kamailio module does",
        apply: |p, v| {
            p.trim = v.flag()?;
            Ok(())
        },
    },
    ParamDef {
        name: c"tls",
        kind: ParamKind::Int,
        default: "0",
        doc: "1 connects to every server over TLS, but those written `notls:`",
        apply: |p, v| {
            p.tls = v.flag()?;
            Ok(())
        },
    },
    ParamDef {
        name: c"tls_ca_file",
        kind: ParamKind::Str,
        default: "",
        doc: "the CAs (PEM) the servers' certificates are checked against; empty: the \
              system's roots",
        apply: |p, v| {
            p.tls_settings.ca_file = v.path();
            Ok(())
        },
    },
    ParamDef {
        name: c"tls_verify",
        kind: ParamKind::Int,
        default: "1",
        doc: "0 takes any server certificate: for tests only",
        apply: |p, v| {
            p.tls_settings.verify = v.flag()?;
            Ok(())
        },
    },
    ParamDef {
        name: c"tls_server_name",
        kind: ParamKind::Str,
        default: "",
        doc: "the name the servers' certificates must carry; empty: each server's host",
        apply: |p, v| {
            p.tls_settings.server_name = v.optional_text();
            Ok(())
        },
    },
    ParamDef {
        name: c"tls_cert_file",
        kind: ParamKind::Str,
        default: "",
        doc: "a client certificate chain (PEM), for mutual TLS",
        apply: |p, v| {
            p.tls_settings.cert_file = v.path();
            Ok(())
        },
    },
    ParamDef {
        name: c"tls_key_file",
        kind: ParamKind::Str,
        default: "",
        doc: "the client certificate's private key (PEM); empty: in tls_cert_file",
        apply: |p, v| {
            p.tls_settings.key_file = v.path();
            Ok(())
        },
    },
    ParamDef {
        name: c"tls_min_version",
        kind: ParamKind::Str,
        default: "1.2",
        doc: "the oldest TLS version accepted: 1.2 or 1.3",
        apply: |p, v| {
            p.tls_settings.min_version = match v.text.trim() {
                "1.2" | "tls1.2" | "TLSv1.2" => TlsVersion::V1_2,
                "1.3" | "tls1.3" | "TLSv1.3" => TlsVersion::V1_3,
                _ => return Err(v.bad("expected 1.2 or 1.3")),
            };
            Ok(())
        },
    },
    ParamDef {
        name: c"username",
        kind: ParamKind::Str,
        default: "",
        doc: "memcached's ASCII authentication: the user, with password",
        apply: |p, v| {
            p.username = v.optional_text();
            Ok(())
        },
    },
    ParamDef {
        name: c"password",
        kind: ParamKind::Str,
        default: "",
        doc: "the password of username; never logged",
        apply: |p, v| {
            // Never echoed, not even in an error.
            p.password = Some(v.text).filter(|t| !t.is_empty()).map(Secret::new);
            Ok(())
        },
    },
    ParamDef {
        name: c"auth_file",
        kind: ParamKind::Str,
        default: "",
        doc: "instead of username and password: a file whose first `user:password` line is used",
        apply: |p, v| {
            p.auth_file = v.path();
            Ok(())
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let p = Params::default();
        assert_eq!(p.servers_text, "localhost:11211");
        assert_eq!(p.expire, 10_800);
        assert_eq!(p.mode, Mode::Set);
        assert_eq!(p.timeout, Duration::from_millis(5000));
        assert!(!p.stringify);
        assert_eq!(p.cache_size, 0, "the near cache is off by default");
        assert_eq!(p.cache_memory, 16 * 1024 * 1024);
        assert_eq!(p.cache_ttl, Duration::from_millis(1000));
        assert!(!p.cache_negative);
        assert_eq!(p.cluster, None, "a node alone");
        assert_eq!(p.cluster_check_interval, Duration::from_millis(1000));
        assert_eq!(p.distribution, Distribution::Ketama);
        assert_eq!(p.server_failure_limit, 3);
        assert_eq!(p.retry_interval, Duration::from_millis(2000));
        assert!(!p.failover);
        assert_eq!(p.max_value_read, 1024 * 1024);
        assert_eq!(p.flags, None, "each host's stock convention");
        assert!(!p.trim, "values are returned as stored");
    }

    #[test]
    fn sets_every_parameter() {
        let mut p = Params::default();
        p.set("servers", "127.0.0.1:1234, [::1]:5").unwrap();
        assert_eq!(p.servers.len(), 2);
        p.set("expire", "300").unwrap();
        assert_eq!(p.expire, 300);
        p.set("expire", " 0 ").unwrap();
        assert_eq!(p.expire, 0);
        p.set("expire", "1900000000").unwrap();
        assert_eq!(p.expire, 1_900_000_000);
        p.set("mode", "1").unwrap();
        assert_eq!(p.mode, Mode::Add);
        p.set("timeout", "250").unwrap();
        assert_eq!(p.timeout, Duration::from_millis(250));
        p.set("stringify", "1").unwrap();
        assert!(p.stringify);
        p.set("memory", "1").unwrap();
        assert_eq!(p.memory, 1);
        p.set("cache_size", "1000").unwrap();
        assert_eq!(p.cache_size, 1000);
        p.set("cache_memory", "65536").unwrap();
        assert_eq!(p.cache_memory, 65536);
        p.set("cache_ttl", "250").unwrap();
        assert_eq!(p.cache_ttl, Duration::from_millis(250));
        p.set("cache_negative", "1").unwrap();
        assert!(p.cache_negative);
        p.set("cluster", " edge ").unwrap();
        assert_eq!(p.cluster.as_deref(), Some("edge"));
        p.set("cluster", "").unwrap();
        assert_eq!(p.cluster, None, "empty: off again");
        p.set("cluster_check_interval", "250").unwrap();
        assert_eq!(p.cluster_check_interval, Duration::from_millis(250));
        p.set("distribution", "modula").unwrap();
        assert_eq!(p.distribution, Distribution::Modula);
        p.set("distribution", "Ketama").unwrap();
        assert_eq!(p.distribution, Distribution::Ketama);
        p.set("server_failure_limit", "5").unwrap();
        assert_eq!(p.server_failure_limit, 5);
        p.set("retry_interval", "500").unwrap();
        assert_eq!(p.retry_interval, Duration::from_millis(500));
        p.set("failover", "1").unwrap();
        assert!(p.failover);
        p.set("max_value_read", "8191").unwrap();
        assert_eq!(p.max_value_read, 8191);
        p.set("max_value_read", "134217728").unwrap();
        assert_eq!(p.max_value_read, 128 << 20);
        p.set("flags", "pylibmc").unwrap();
        assert_eq!(
            p.flags.as_ref().map(|c| (c.string, c.integer)),
            Some((16, 4))
        );
        p.set("flags", " str=16 int=2 int_read=0,2,4 ").unwrap();
        assert_eq!(p.flags.as_ref().map(|c| c.integer), Some(2));
        p.set("trim", "1").unwrap();
        assert!(p.trim);
    }

    #[test]
    fn bad_values_change_nothing() {
        let mut p = Params::default();
        for (name, value) in [
            ("servers", ""),
            ("servers", "host:99999"),
            ("expire", "-1"),
            ("expire", "2147483648"),
            ("expire", "ten"),
            ("expire", ""),
            ("mode", "2"),
            ("mode", "add"),
            ("timeout", "0"),
            ("timeout", "-5"),
            ("timeout", "3600001"),
            ("stringify", "2"),
            ("stringify", "yes"),
            ("memory", "x"),
            ("cache_size", "-1"),
            ("cache_size", "100000001"),
            ("cache_memory", "0"),
            ("cache_ttl", "0"),
            ("cache_ttl", "86400001"),
            ("cache_negative", "2"),
            ("cluster_check_interval", "9"),
            ("cluster_check_interval", "86400001"),
            ("distribution", "random"),
            ("server_failure_limit", "0"),
            ("retry_interval", "0"),
            ("failover", "yes"),
            ("max_value_read", "0"),
            ("max_value_read", "134217729"),
            ("flags", ""),
            ("flags", "python"),
            ("flags", "str=0"),
            ("trim", "2"),
        ] {
            let err = p.set(name, value).expect_err(value);
            assert!(
                matches!(err, Error::BadParam { .. }),
                "{name}={value}: {err}"
            );
            assert!(err.to_string().contains(name));
            assert_eq!(p, Params::default(), "{name}={value} changed something");
        }
    }

    #[test]
    fn each_parameter_s_listed_default_is_what_the_defaults_hold() {
        for param in &PARAMS {
            let name = param.name.to_str().unwrap();
            let mut p = Params::default();
            p.set(name, param.default)
                .unwrap_or_else(|e| panic!("{name}'s default: {e}"));
            if name == "flags" {
                // Unset, the pseudo-variables and the C API use the kamailio convention.
                assert_eq!(p.flags, Some(FlagConvention::KAMAILIO));
                p.flags = None;
            }
            assert_eq!(p, Params::default(), "{name}={:?}", param.default);
        }
    }

    #[test]
    fn each_parameter_is_listed_once_with_a_doc_line() {
        for (i, param) in PARAMS.iter().enumerate() {
            assert!(
                PARAMS[..i].iter().all(|p| p.name != param.name),
                "{:?} twice",
                param.name
            );
            assert!(!param.doc.is_empty(), "{:?} has no doc line", param.name);
        }
    }

    #[test]
    fn unknown_name() {
        let err = Params::default().set("server", "x").unwrap_err();
        assert!(matches!(err, Error::UnknownParam(ref n) if n == "server"));
    }
}
