//! One memcached server as this process sees it: where its connections go (fixed addresses, or a
//! host name resolved within the deadline), the idle connections to it, and what it was found to
//! refuse.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use socket2::SockAddr;

use crate::client::connection::{Connection, Setup};
use crate::client::failure::Failure;
use crate::client::resolve::{Name, Resolver, Unresolved};
use crate::client::servers::ServerAddr;
use crate::shared::fork_guard;

/// Where a server's connections go.
enum Target {
    /// IP literals and socket paths: no resolver needed.
    Fixed(Arc<[SockAddr]>),
    /// A socket path the system cannot take (too long): every connect fails with this.
    Invalid(io::ErrorKind, String),
    /// A host name, resolved within each operation's deadline (see `resolve`).
    Named(Name),
}

impl Target {
    fn of(addr: &ServerAddr, resolver: &Arc<dyn Resolver>, retry_after: Duration) -> Target {
        let fixed = |addr: SockAddr| Target::Fixed(Arc::from([addr]));
        match addr {
            ServerAddr::Unix(path) => match SockAddr::unix(path) {
                Ok(addr) => fixed(addr),
                Err(e) => Target::Invalid(e.kind(), e.to_string()),
            },
            ServerAddr::Ipv6 { addr, port } => {
                fixed(SocketAddr::new(IpAddr::V6(*addr), *port).into())
            }
            ServerAddr::Host { host, port } => match host.parse::<IpAddr>() {
                Ok(ip) => fixed(SocketAddr::new(ip, *port).into()),
                Err(_) => Target::Named(Name::new(host, *port, resolver.clone(), retry_after)),
            },
        }
    }
}

/// One memcached server and the idle connections this process has to it.
pub struct Server {
    pub addr: ServerAddr,
    pub name: String,
    target: Target,
    /// What a new connection to it does first (TLS, authentication).
    pub(super) setup: Setup,
    idle: Mutex<Vec<Connection>>,
    /// A connection to it was dropped; the next one opened counts as a reconnect.
    pub(super) dropped: AtomicBool,
    /// What it was found to do with the meta get in one reload epoch: `(epoch + 1) * 4` plus
    /// [`Meta`]'s code (0: nothing learned yet). Per process, see [`Meta`].
    meta: AtomicU64,
}

/// What a server (or the proxy in its place) does with the meta get (`mg`), as one process found
/// out in one reload epoch.
///
/// Per process, not in the shared region: finding out costs one request (and, behind a proxy that
/// closes the connection, one more connect), once per process and reload, and never an error; a
/// shared answer would save that and cost a slot layout in the shared memory that every process
/// maps. A reload forgets it, so that a server list that now names another kind of server at the
/// same address is asked again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Meta {
    /// Not asked yet: the next `mg` finds out.
    Unknown,
    /// It answered `mg` with a meta reply: a connection closed in answer to a later one is a
    /// failure like any other.
    Speaks,
    /// It answered `mg` with `ERROR` or `CLIENT_ERROR`, or closed a new connection in answer to
    /// it, then answered `get`: it is read with `get`, and the near cache's entries of it live
    /// `cache_ttl`, whatever the item's own expiry (`get` does not say it).
    Refused,
}

impl Meta {
    fn code(self) -> u64 {
        match self {
            Meta::Unknown => 0,
            Meta::Speaks => 1,
            Meta::Refused => 2,
        }
    }
}

impl Server {
    pub(super) fn new(
        addr: ServerAddr,
        setup: Setup,
        resolver: &Arc<dyn Resolver>,
        retry_after: Duration,
    ) -> Server {
        Server {
            name: addr.to_string(),
            target: Target::of(&addr, resolver, retry_after),
            setup,
            addr,
            idle: Mutex::new(Vec::new()),
            dropped: AtomicBool::new(false),
            meta: AtomicU64::new(0),
        }
    }

    /// The socket addresses to connect to. A host name is resolved in each process, again after
    /// a reload, and waited for only until `deadline`; a failed resolution is a connect failure,
    /// remembered until the next probe (`probing`) or `retry_interval`.
    pub(super) fn addresses(
        &self,
        epoch: u64,
        deadline: Instant,
        probing: bool,
    ) -> Result<Arc<[SockAddr]>, Failure> {
        match &self.target {
            Target::Fixed(addrs) => Ok(addrs.clone()),
            Target::Invalid(kind, message) => {
                Err(Failure::Connect(io::Error::new(*kind, message.clone())))
            }
            Target::Named(name) => name
                .addresses(epoch, deadline, probing)
                .map_err(|unresolved| match unresolved {
                    Unresolved::TimedOut => Failure::Timeout("resolve"),
                    Unresolved::Failed(e) => Failure::Connect(io::Error::new(
                        e.kind(),
                        format!("cannot resolve the name: {e}"),
                    )),
                }),
        }
    }

    /// What it was found to do with `mg` in this reload epoch.
    pub(super) fn meta(&self, epoch: u64) -> Meta {
        let learned = self.meta.load(Ordering::Relaxed);
        if learned / 4 != epoch + 1 {
            return Meta::Unknown;
        }
        match learned % 4 {
            1 => Meta::Speaks,
            2 => Meta::Refused,
            _ => Meta::Unknown,
        }
    }

    /// Remembers what it did with `mg` in this epoch; `how` says how it refused (for the log
    /// line, once per epoch and process).
    pub(super) fn learn_meta(&self, epoch: u64, meta: Meta, how: &str) {
        let learned = (epoch + 1) * 4 + meta.code();
        if self.meta.swap(learned, Ordering::Relaxed) != learned && meta == Meta::Refused {
            log::warn!(
                "memcached server {} does not speak the meta protocol (it {how} in answer to \
                 mg, which memcached 1.6+ answers): read with get, so the near cache's entries \
                 of it live cache_ttl whatever the item's own expiry",
                self.name
            );
        }
    }

    /// An idle connection opened in this process and this reload epoch, if there is one.
    pub(super) fn take_idle(&self, epoch: u64) -> Option<Connection> {
        let generation = fork_guard::generation();
        let mut idle = self.idle.lock();
        while let Some(mut conn) = idle.pop() {
            if conn.fork_generation == generation && conn.epoch == epoch {
                conn.from_idle = true;
                return Some(conn);
            }
            // Opened before a fork or a reload. Dropping it closes only this process's copy of
            // the descriptor; the parent's socket is untouched.
            self.dropped.store(true, Ordering::Relaxed);
        }
        None
    }

    /// Keeps a connection for the next request, unless a pipeline left it out of step.
    pub(super) fn put_idle(&self, mut conn: Connection) {
        if conn.out_of_step {
            self.dropped.store(true, Ordering::Relaxed);
            return;
        }
        conn.shrink();
        self.idle.lock().push(conn);
    }

    /// Drops every idle connection (reload, child init).
    pub(super) fn drop_idle(&self) {
        let mut idle = self.idle.lock();
        if !idle.is_empty() {
            self.dropped.store(true, Ordering::Relaxed);
        }
        idle.clear();
    }
}
