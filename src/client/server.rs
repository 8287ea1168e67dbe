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
    /// One more than the reload epoch in which it answered `mg` with an error (0: it never did).
    meta_refused: AtomicU64,
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
            meta_refused: AtomicU64::new(0),
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

    /// Whether it refused the meta protocol in this reload epoch.
    pub(super) fn refused_meta(&self, epoch: u64) -> bool {
        self.meta_refused.load(Ordering::Relaxed) == epoch + 1
    }

    pub(super) fn remember_meta_refused(&self, epoch: u64) {
        if self.meta_refused.swap(epoch + 1, Ordering::Relaxed) != epoch + 1 {
            log::warn!(
                "memcached server {} refused the meta get (mg, memcached 1.6+): the near cache \
                 reads it with get, and its entries live cache_ttl whatever the item's own expiry",
                self.name
            );
        }
    }

    /// An idle connection opened in this process and this reload epoch, if there is one.
    pub(super) fn take_idle(&self, epoch: u64) -> Option<Connection> {
        let generation = fork_guard::generation();
        let mut idle = self.idle.lock();
        while let Some(conn) = idle.pop() {
            if conn.fork_generation == generation && conn.epoch == epoch {
                return Some(conn);
            }
            // Opened before a fork or a reload. Dropping it closes only this process's copy of
            // the descriptor; the parent's socket is untouched.
            self.dropped.store(true, Ordering::Relaxed);
        }
        None
    }

    pub(super) fn put_idle(&self, mut conn: Connection) {
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
