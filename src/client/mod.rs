//! The memcached client: the server set, which server a key lives on, and the operations the
//! module needs (get, set, add, delete, incr, decr, touch), each bounded by one deadline that
//! covers connecting, writing and reading.

pub mod auth;
pub mod connection;
pub mod distribution;
pub mod failback;
pub mod failure;
pub mod health;
pub mod resolve;
pub mod server;
pub mod servers;
pub mod tls;
pub mod transport;

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::client::auth::Credentials;
use crate::client::connection::{Connection, Setup};
use crate::client::distribution::{Distribution, Member, Placement};
use crate::client::failback::{failover_exptime, unix_now, Expiry, Failback, Found, Step, Wrote};
use crate::client::failure::Failure;
use crate::client::health::{monotonic_ms, Gate, Policy};
use crate::client::resolve::{system_resolver, Resolver};
use crate::client::server::{Meta, Server};
use crate::client::servers::ServerSpec;
use crate::client::tls::Tls;
use crate::error::{Error, Result};
use crate::protocol::key::WireKey;
use crate::protocol::reply::Reply;
use crate::protocol::{
    append_meta_get, encode_arith, encode_delete, encode_get, encode_meta_get, encode_store,
    encode_touch, ArithCommand, StoreCommand,
};
use crate::shared::fork_guard;
use crate::shared::{bump, ServerHealth, SharedRegion, SERVER_SLOTS};

/// The outcome of one request on one connection, before the client names its server.
type Outcome<T> = std::result::Result<T, Failure>;

/// What [`Client::get_with_ttl_refreshing`] does with each refreshed key's answer: its position
/// among the keys, and its flags, value and seconds left (-1: never expires), or `None` when
/// memcached does not hold it.
pub type Refreshed<'a> = dyn FnMut(usize, Option<(u32, &[u8], i64)>) + 'a;

// Every server of a list has its health slot in the shared region.
const _: () = assert!(servers::MAX_SERVERS <= SERVER_SLOTS);

/// The largest bound a read may be given (the `max_value_read` parameter's maximum). memcached
/// can be started with items far larger than the 1 MiB this module stores, but a garbage length
/// must not make us allocate gigabytes.
pub const MAX_VALUE_READ: usize = 128 * 1024 * 1024;

/// True for the failures that mean an idle connection had probably been closed by the server
/// (restarted, or an idle timeout) before it read our request: the socket failed before any byte
/// of a reply came back (a failure after some bytes is a protocol error). An idempotent request
/// is then sent again on a fresh connection. Not a counter: a proxy may have applied it and then
/// dropped the connection, and the same failure follows.
fn is_stale_connection(err: &Error) -> bool {
    matches!(err, Error::Io { err, .. } if failure::is_closed_kind(err.kind()))
}

/// Failures that leave the connection in step with the server: a complete, well-formed reply
/// that refuses the request (`ERROR`, `CLIENT_ERROR`, `SERVER_ERROR`, a non-numeric counter).
/// The reply was read whole, so the connection is kept: replacing it would cost a connect for
/// every refused request, and a full memcached refuses every write (the sockets pile up in
/// TIME_WAIT until connecting fails).
fn keeps_connection(err: &Error) -> bool {
    matches!(err, Error::NotANumber(_) | Error::Server { .. })
}

/// The failures counted in the `errors` stat: all but a counter that holds no number (the
/// script's data, not a failure of memcached).
fn counts_as_error(err: &Error) -> bool {
    !matches!(err, Error::NotANumber(_))
}

pub struct Client {
    servers: Vec<Server>,
    placement: Placement,
    timeout: Duration,
    policy: Policy,
    failover: bool,
    /// Seconds a write that failed over lives at most on the server it went to.
    failover_expire: u32,
    /// The keys written away from their server, by every process (see [`failback`]).
    failback: Failback,
    shared: Arc<SharedRegion>,
}

/// A write, for failover: a write sent away from its key's server is listed (see [`failback`]),
/// and one that sets an expiry is sent with `failover_expire` at most.
#[derive(Debug, Clone, Copy)]
enum Write {
    /// `set` or `add`, with its exptime.
    Store(u32),
    Touch(u32),
    /// `incr` or `decr`: the value changes, the expiry does not.
    Counter,
    Delete,
}

/// What the client is given: the servers and how to use them.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub servers: Vec<ServerSpec>,
    pub distribution: Distribution,
    /// The bound of each whole operation, connect included.
    pub timeout: Duration,
    /// When a server is marked down, and for how long.
    pub health: Policy,
    /// Send the keys of a down server to the next server instead of failing.
    pub failover: bool,
    /// Seconds a write that failed over lives at most there.
    pub failover_expire: u32,
    /// The most keys the node lists as written away from their server (see [`failback`]).
    pub failover_keys: usize,
    /// TLS for the servers whose entry says nothing (`tls:`/`notls:`) when `tls_default`, and for
    /// those that say `tls:`; built once, when any server uses it.
    pub tls: Option<Arc<Tls>>,
    pub tls_default: bool,
    /// memcached's ASCII authentication, on every server.
    pub auth: Option<Arc<Credentials>>,
}

impl ClientConfig {
    /// Whether `spec`'s connections use TLS.
    pub fn uses_tls(&self, spec: &ServerSpec) -> bool {
        spec.tls.unwrap_or(self.tls_default)
    }

    /// What a new connection to `spec` does first. Fails for a TLS server whose name cannot be
    /// checked (a unix socket), or when TLS was not built.
    pub fn setup_for(&self, spec: &ServerSpec) -> std::result::Result<Setup, String> {
        let tls = match (self.uses_tls(spec), &self.tls) {
            (false, _) => None,
            (true, None) => {
                return Err(format!(
                    "server '{}' uses TLS, which is not set up",
                    spec.addr
                ))
            }
            (true, Some(tls)) => Some((
                tls.clone(),
                tls.name_for(&spec.addr)
                    .map_err(|e| format!("server '{}': {e}", spec.addr))?,
            )),
        };
        Ok(Setup {
            tls,
            auth: self.auth.clone(),
        })
    }
}

impl Client {
    /// Fails only for a server whose TLS cannot be set up (see [`ClientConfig::setup_for`]).
    pub fn new(config: &ClientConfig, shared: Arc<SharedRegion>) -> Result<Client> {
        Self::with_resolver(config, shared, system_resolver())
    }

    /// A client whose host names are resolved by `resolver` instead of the system's.
    pub fn with_resolver(
        config: &ClientConfig,
        shared: Arc<SharedRegion>,
        resolver: Arc<dyn Resolver>,
    ) -> Result<Client> {
        let mut servers = Vec::with_capacity(config.servers.len());
        for spec in &config.servers {
            let setup = config.setup_for(spec).map_err(|reason| Error::BadParam {
                name: "servers".into(),
                reason,
            })?;
            servers.push(Server::new(
                spec.addr.clone(),
                setup,
                &resolver,
                config.health.retry_interval,
            ));
        }
        fork_guard::install();
        let members: Vec<Member> = config.servers.iter().map(Member::of).collect();
        Ok(Client {
            servers,
            placement: Placement::new(config.distribution, &members),
            timeout: config.timeout,
            policy: config.health,
            failover: config.failover,
            failover_expire: config.failover_expire,
            // Without failover nothing is written elsewhere: the list keeps its header only.
            failback: Failback::new(if config.failover {
                config.failover_keys
            } else {
                0
            })
            .map_err(Error::SharedMemory)?,
            shared,
        })
    }

    /// What a new connection does before its first request, for the startup line: how many
    /// servers use TLS and how, and the user it authenticates as. Never the password.
    pub fn setup_summary(&self) -> Vec<String> {
        let mut lines = Vec::new();
        let tls: Vec<_> = self
            .servers
            .iter()
            .filter_map(|s| s.setup.tls.as_ref())
            .collect();
        if let Some((first, _)) = tls.first() {
            lines.push(format!(
                "{} of {} servers over {}",
                tls.len(),
                self.servers.len(),
                first.summary
            ));
        }
        if let Some(auth) = self.servers.first().and_then(|s| s.setup.auth.as_ref()) {
            lines.push(format!(
                "ASCII authentication as '{}' (memcached -Y)",
                auth.user
            ));
        }
        lines
    }

    /// Marks every server up again (reload).
    pub fn reset_health(&self) {
        for index in 0..self.servers.len() {
            self.policy.reset(self.shared.server_health(index));
        }
    }

    /// Each server's name and shared health, in list order.
    pub fn health(&self) -> impl Iterator<Item = (&str, &ServerHealth)> {
        self.servers
            .iter()
            .enumerate()
            .map(|(i, s)| (s.name.as_str(), self.shared.server_health(i)))
    }

    /// Whether a server is marked down now.
    pub fn is_down(&self, health: &ServerHealth) -> bool {
        let until = health.down_until_ms.load(Ordering::Relaxed);
        until != 0 && monotonic_ms() < until
    }

    pub fn servers(&self) -> &[Server] {
        &self.servers
    }

    /// Drops every idle connection of this process (after a fork, or on reload).
    pub fn drop_connections(&self) {
        for server in &self.servers {
            server.drop_idle();
        }
    }

    /// A new connection to `server`, set up (TLS, authentication); a failure is named for it.
    fn connect(&self, server: &Server, deadline: Instant, probing: bool) -> Result<Connection> {
        let counters = self.shared.counters();
        let epoch = counters.epoch.load(Ordering::Acquire);
        let mut conn = server
            .addresses(epoch, deadline, probing)
            .and_then(|addrs| Connection::open(&addrs, deadline, &server.setup))
            .map_err(|failure| failure.on(&server.name))?;
        if conn.auth_unasked {
            static SAID: std::sync::Once = std::sync::Once::new();
            SAID.call_once(|| {
                log::warn!(
                    "memcached server {} does not ask for authentication (started without -Y): \
                     the password is not sent to it",
                    server.name
                )
            });
        }
        conn.fork_generation = fork_guard::generation();
        conn.epoch = epoch;
        bump(&counters.connects);
        if server.dropped.swap(false, Ordering::Relaxed) {
            bump(&counters.reconnects);
        }
        Ok(conn)
    }

    /// The deadline of an operation that starts now: `timeout` from now. An operation of the
    /// module that takes several requests (a counter: incr, then add, maybe again) takes one
    /// deadline and passes it to each, so that all of it together is bounded by `timeout`.
    pub fn deadline(&self) -> Instant {
        Instant::now() + self.timeout
    }

    /// Runs one request on the key's server before `deadline`: an idle connection or a new one,
    /// and the connection dropped after any failure that leaves it out of step.
    fn run<T>(
        &self,
        key: &WireKey,
        deadline: Instant,
        retry_safe: bool,
        mut request: impl FnMut(&mut Connection, Instant, &Server) -> Outcome<T>,
    ) -> Result<T> {
        self.run_core(
            key,
            deadline,
            retry_safe,
            None,
            |conn, deadline, server, _| request(conn, deadline, server),
        )
    }

    /// [`Client::run`] for a write: `request` is given the exptime to send, `failover_expire` at
    /// most when it goes to a server that is not the key's own (see [`failback`]).
    fn run_write<T>(
        &self,
        key: &WireKey,
        deadline: Instant,
        retry_safe: bool,
        write: Write,
        request: impl FnMut(&mut Connection, Instant, &Server, u32) -> Outcome<T>,
    ) -> Result<T> {
        self.run_core(key, deadline, retry_safe, Some(write), request)
    }

    fn run_core<T>(
        &self,
        key: &WireKey,
        mut deadline: Instant,
        retry_safe: bool,
        write: Option<Write>,
        mut request: impl FnMut(&mut Connection, Instant, &Server, u32) -> Outcome<T>,
    ) -> Result<T> {
        let counters = self.shared.counters();
        bump(&counters.operations);
        // Every list has a server, so the loop always sets it; no allocation on the way.
        let mut result = Err(Error::NoServer);
        let mut home = None;
        for index in self.placement.order(key.as_bytes()) {
            let home = *home.get_or_insert(index);
            let server = &self.servers[index];
            let health = self.shared.server_health(index);
            if Instant::now() >= deadline {
                // Spent by the earlier requests of the same operation (or by the servers tried
                // before this one): nothing more is sent, and no server is blamed for it.
                result = Err(Error::Timeout {
                    server: server.name.clone(),
                    op: "operation",
                });
                break;
            }
            let gate = self.policy.gate(health, monotonic_ms);
            if gate == Gate::Down {
                result = Err(Error::ServerDown {
                    server: server.name.clone(),
                });
                if self.failover {
                    continue;
                }
                break;
            }
            let probing = gate == Gate::Probe;
            if self.failback.has(index) {
                // Before this server answers anything again, it forgets what any process wrote
                // elsewhere while it was away. One process at a time does that; for the others
                // the server is still down until its list is empty. That time is the failback's
                // own: the operation keeps what it had left of its deadline.
                let started = Instant::now();
                let now_ms = monotonic_ms();
                // A failback takes at most `timeout` over its keys plus one key's `timeout`; a
                // claim outlives that only when its process died, and then expires.
                let lease = now_ms + 3 * self.timeout.as_millis() as u64;
                if !self.failback.claim(index, now_ms, lease) {
                    result = Err(Error::ServerDown {
                        server: server.name.clone(),
                    });
                    if self.failover {
                        continue;
                    }
                    break;
                }
                let forgotten = self.fail_back(index, key, probing);
                self.failback.release(index, lease);
                deadline += started.elapsed();
                if let Err(e) = forgotten {
                    self.server_failed(server, health, &e);
                    result = Err(e);
                    // Nothing of the operation was sent.
                    if self.failover {
                        continue;
                    }
                    break;
                }
            }
            let mut exptime = 0;
            match write {
                Some(write) if index != home => {
                    match self.note_elsewhere(home, index, key, write) {
                        Some(sent_with) => exptime = sent_with,
                        None => {
                            result = Err(Error::ServerDown {
                                server: self.servers[home].name.clone(),
                            });
                            break;
                        }
                    }
                }
                Some(Write::Store(e) | Write::Touch(e)) => exptime = e,
                _ => {}
            }
            bump(&health.operations);
            let sent;
            let mut request = |conn: &mut Connection, deadline, server: &Server| {
                request(conn, deadline, server, exptime)
            };
            // The server's time, connect included: what its histogram shows (see latency).
            let started = Instant::now();
            (result, sent) =
                self.run_on(server, started, deadline, retry_safe, probing, &mut request);
            health.latency.record(started.elapsed(), self.timeout);
            match &result {
                Err(e) if e.is_server_failure() => {
                    self.server_failed(server, health, e);
                    // Fail over only where the request cannot have been applied twice: an
                    // idempotent one, or one of which no byte was written.
                    if self.failover && (retry_safe || !sent) {
                        continue;
                    }
                    break;
                }
                // Any complete reply, an error reply too (a refused request, a non-numeric
                // counter), proves the server is up: a probe answered so brings it back, and the
                // count of failures in a row starts again.
                _ => {
                    if self.policy.success(health) {
                        log::info!("memcached server {} is reachable again", server.name);
                    }
                    break;
                }
            }
        }
        if let Err(e) = &result {
            if counts_as_error(e) {
                bump(&counters.errors);
                if e.is_timeout() {
                    bump(&counters.timeouts);
                }
            }
        }
        result
    }

    /// Records a server's failure in its shared health, and marks it down at the limit.
    fn server_failed(&self, server: &Server, health: &ServerHealth, e: &Error) {
        if e.is_timeout() {
            bump(&health.timeouts);
        }
        if self.policy.failure(health, monotonic_ms()) {
            log::error!(
                "memcached server {} marked down for {} ms after {} failures in a row: {e}",
                server.name,
                self.policy.retry_interval.as_millis(),
                self.policy.failure_limit
            );
        }
    }

    /// Lists a write of `key` sent to `holder` instead of its server `home`; returns the exptime
    /// to send it with, or `None` when the list is full: the write is then not sent (see
    /// [`failback`]).
    fn note_elsewhere(
        &self,
        home: usize,
        holder: usize,
        key: &WireKey,
        write: Write,
    ) -> Option<u32> {
        let limit = self.failover_expire;
        let (wrote, exptime) = match write {
            Write::Store(e) | Write::Touch(e) => (
                Wrote::Value(Expiry::of(e, unix_now())),
                failover_exptime(e, limit),
            ),
            Write::Counter => (Wrote::Counter, limit),
            Write::Delete => (Wrote::Deleted, 0),
        };
        let lives = crate::engine::item::seconds_to_live(exptime).max(0) as u64;
        let gone = monotonic_ms() + lives * 1000;
        if !self
            .failback
            .note(home, key.as_bytes(), holder, wrote, gone)
        {
            bump(&self.shared.counters().failback_overflows);
            static SAID: std::sync::Once = std::sync::Once::new();
            SAID.call_once(|| {
                log::warn!(
                    "failover_keys ({} keys written away from their server) is reached: the \
                     writes of further keys of a server that is down fail, as without \
                     failover, until it is back",
                    self.failback.capacity()
                )
            });
            return None;
        }
        Some(exptime)
    }

    /// Works through the keys written away from `home` while it was down or failing (by any
    /// process: the caller holds `home`'s claim), `key` (the operation's) first, then the others
    /// while this has taken less than `timeout`: what is left waits for the next operation on
    /// `home`. Fails with `home`'s failure.
    fn fail_back(&self, home: usize, key: &WireKey, probing: bool) -> Result<()> {
        let started = Instant::now();
        for (done, (listed, entry)) in self
            .failback
            .listed(home, key.as_bytes())
            .into_iter()
            .enumerate()
        {
            if done > 0 && started.elapsed() >= self.timeout {
                break;
            }
            self.forget_one(home, &listed, &entry, probing)?;
            self.failback.done(home, &listed, entry.version);
            bump(&self.shared.counters().failback_keys);
        }
        Ok(())
    }

    /// One listed key: read on the server it was written to, then moved home, or deleted at home,
    /// or left (see [`failback::plan`]). Its requests are bounded by `timeout` together. Fails only with a
    /// failure of `home`, the key then listed again; a refusal is logged and the key dropped.
    fn forget_one(
        &self,
        home: usize,
        listed: &[u8],
        entry: &failback::Entry,
        probing: bool,
    ) -> Result<()> {
        let Some(key) = WireKey::on_wire(listed) else {
            return Ok(());
        };
        // One deadline for the key's requests, as for one operation.
        let deadline = self.deadline();
        let holder = &self.servers[entry.holder];
        let home_server = &self.servers[home];
        let mut data = Vec::new();
        let mut flags = 0;
        let found = if self.is_down(self.shared.server_health(entry.holder)) {
            Found::Unknown
        } else {
            let read = self.run_on(
                holder,
                Instant::now(),
                deadline,
                true,
                false,
                &mut |conn, d, _| plain_get(conn, d, &key, &mut data, MAX_VALUE_READ),
            );
            match read.0 {
                Ok(Some(f)) => {
                    flags = f;
                    Found::Value
                }
                Ok(None) => Found::Missing,
                Err(_) => Found::Unknown,
            }
        };
        let step = failback::plan(
            entry,
            found,
            monotonic_ms(),
            unix_now(),
            self.failover_expire,
        );
        if step == Step::LeaveHome {
            return Ok(());
        }
        let deleted = self.run_on(
            home_server,
            Instant::now(),
            deadline,
            true,
            probing,
            &mut |conn, d, _| match conn.request(d, 0, |buf| encode_delete(buf, &key))? {
                Reply::Deleted | Reply::NotFound => Ok(()),
                other => Err(unexpected("delete", &other)),
            },
        );
        if let Step::Move(exptime) = step {
            if deleted.0.is_ok() {
                let added = self.run_on(
                    home_server,
                    Instant::now(),
                    deadline,
                    false,
                    probing,
                    &mut |conn, d, _| {
                        match conn.request(d, 0, |buf| {
                            encode_store(buf, StoreCommand::Add, &key, flags, exptime, &data)
                        })? {
                            // Not stored: a write made at home since the delete, which is newer.
                            Reply::Stored | Reply::NotStored => Ok(()),
                            other => Err(unexpected("add", &other)),
                        }
                    },
                );
                if let Err(e) = added.0 {
                    return home_failure(e);
                }
                // F's copy would come back when home fails again; it dies with failover_expire
                // when this delete fails.
                let _ = self.run_on(
                    holder,
                    Instant::now(),
                    deadline,
                    true,
                    false,
                    &mut |conn, d, _| {
                        conn.request(d, 0, |buf| encode_delete(buf, &key))
                            .map(|_| ())
                    },
                );
            }
        }
        deleted.0.or_else(home_failure)
    }

    /// One request on one server: an idle connection or a new one, dropped after any failure
    /// that leaves it out of step. Returns the outcome, and whether any byte of the request was
    /// written: the server may then have applied it, so a request that is not `retry_safe`
    /// (`incr`, `decr`, `add`) is never sent again, here or on another server. `started`: when
    /// the caller started this request (a clock read it has made anyway).
    #[allow(clippy::too_many_arguments)]
    fn run_on<T>(
        &self,
        server: &Server,
        started: Instant,
        deadline: Instant,
        retry_safe: bool,
        probing: bool,
        request: &mut impl FnMut(&mut Connection, Instant, &Server) -> Outcome<T>,
    ) -> (Result<T>, bool) {
        let epoch = self.shared.counters().epoch.load(Ordering::Acquire);
        if let Some(mut conn) = server.take_idle(epoch) {
            // A kept connection may have been closed by the server since (a restart, an idle
            // timeout). An idempotent request finds out by trying, and is sent again on a new
            // connection; one that must not be sent twice is written only on a connection not
            // known to be closed, so that such a server costs it nothing either.
            if retry_safe || !conn.is_closed(started) {
                let r = attempt(&mut conn, deadline, server, request);
                let sent = conn.sent_any();
                match r {
                    Err(ref e) if is_stale_connection(e) && (retry_safe || !sent) => {}
                    Err(ref e) if !keeps_connection(e) => {
                        server.dropped.store(true, Ordering::Relaxed);
                        return (r, sent);
                    }
                    _ => {
                        conn.answered(started);
                        server.put_idle(conn);
                        return (r, sent);
                    }
                }
            }
            server.dropped.store(true, Ordering::Relaxed);
        }
        self.fresh_request(server, started, deadline, probing, request)
    }

    fn fresh_request<T>(
        &self,
        server: &Server,
        started: Instant,
        deadline: Instant,
        probing: bool,
        request: &mut impl FnMut(&mut Connection, Instant, &Server) -> Outcome<T>,
    ) -> (Result<T>, bool) {
        let mut conn = match self.connect(server, deadline, probing) {
            Ok(conn) => conn,
            Err(e) => return (Err(e), false),
        };
        let r = attempt(&mut conn, deadline, server, request);
        let sent = conn.sent_any();
        match r {
            Err(ref e) if !keeps_connection(e) => server.dropped.store(true, Ordering::Relaxed),
            _ => {
                conn.answered(started);
                server.put_idle(conn);
            }
        }
        (r, sent)
    }

    /// Reads a key into `out`; returns its flags, or `None` when it is missing. A value longer
    /// than `max_value` bytes is refused (`ValueTooLarge`) as soon as its header arrives, before
    /// any of it is read: `max_value` is what the caller can take.
    pub fn get(
        &self,
        key: &WireKey,
        out: &mut Vec<u8>,
        max_value: usize,
        deadline: Instant,
    ) -> Result<Option<u32>> {
        let found = self.run(key, deadline, true, |conn, deadline, _| {
            plain_get(conn, deadline, key, out, max_value)
        })?;
        self.count_lookup(found.is_some());
        Ok(found)
    }

    /// Reads a key into `out` with a meta get; returns its flags and the seconds it has left
    /// (-1: it never expires, or the server cannot say), or `None` when it is missing. For the
    /// near cache, whose entries must not outlive the item. `max_value` as for [`Client::get`].
    ///
    /// Not every server that speaks memcached's text protocol knows `mg`: memcached before 1.6
    /// and Dragonfly answer a command they do not know with `ERROR`, mcrouter with `CLIENT_ERROR`
    /// and then closes the connection, twemproxy (nutcracker) closes it without a word. The first
    /// `mg` to a server in a reload epoch finds out which ([`Meta`]): a meta reply is a yes; an
    /// error reply, or a new connection closed before any byte of a reply, is a no, and the
    /// same read is made with `get` instead, within the same deadline, on the same connection
    /// when it is still open, else on a new one. A no costs no error and no failure toward the
    /// server's health; it is remembered once that `get` was answered (until a reload, in this
    /// process), so that `mg` is not sent to that server again. A close in answer to `mg` on a
    /// connection that waited idle says nothing (the server may have closed it while it waited):
    /// the request is sent again on a new one, as every idempotent request is. Once a server has
    /// answered `mg`, a close in answer to it is a failure like any other.
    pub fn get_with_ttl(
        &self,
        key: &WireKey,
        out: &mut Vec<u8>,
        max_value: usize,
        deadline: Instant,
    ) -> Result<Option<(u32, i64)>> {
        self.get_with_ttl_refreshing(key, out, max_value, deadline, &[], &mut |_, _| {})
    }

    /// The index of the server `key` lives on (the first its reads and writes go to), for
    /// [`Client::get_with_ttl_refreshing`].
    pub fn home_of(&self, key: &[u8]) -> usize {
        self.placement.order(key).next().unwrap_or(0)
    }

    /// [`Client::get_with_ttl`], and in the same round trip the keys of `refresh` (keys that live
    /// on the same server, by [`Client::home_of`]; the near cache's due keys): their `mg`s follow
    /// the key's in one write, and each answer goes to `refreshed`, with the key's position in
    /// `refresh`, as soon as it is read. Only to a server that has answered `mg` (a proxy that
    /// does not know it gets the key's read alone), and only when the read goes to the key's own
    /// server, not to a failover. What the call returns is the key's read: a refresh that fails
    /// after it (a timeout, a value over `max_value`, a refusal) costs the connection, which is
    /// then out of step, not the read.
    pub fn get_with_ttl_refreshing(
        &self,
        key: &WireKey,
        out: &mut Vec<u8>,
        max_value: usize,
        deadline: Instant,
        refresh: &[WireKey],
        refreshed: &mut Refreshed<'_>,
    ) -> Result<Option<(u32, i64)>> {
        let epoch = self.shared.counters().epoch.load(Ordering::Acquire);
        let home = match refresh {
            [] => None,
            _ => Some(&self.servers[self.home_of(key.as_bytes())]),
        };
        let found = self.run(key, deadline, true, |conn, deadline, server| {
            let meta = server.meta(epoch);
            if meta == Meta::Speaks && home.is_some_and(|home| std::ptr::eq(home, server)) {
                return pipelined_meta_get(conn, deadline, key, out, max_value, refresh, refreshed);
            }
            if meta == Meta::Refused {
                let found = plain_get(conn, deadline, key, out, max_value)?;
                return Ok(found.map(|f| (f, NO_TTL)));
            }
            let from_idle = conn.from_idle;
            let (how, open) =
                match conn.request(deadline, max_value, |buf| encode_meta_get(buf, key)) {
                    Ok(Reply::MetaValue {
                        key: got,
                        flags,
                        ttl,
                        data,
                    }) => {
                        take_value(key, got, data, out)?;
                        if meta == Meta::Unknown {
                            server.learn_meta(epoch, Meta::Speaks, "");
                        }
                        return Ok(Some((flags, ttl)));
                    }
                    Ok(Reply::MetaMiss) => {
                        if meta == Meta::Unknown {
                            server.learn_meta(epoch, Meta::Speaks, "");
                        }
                        return Ok(None);
                    }
                    Ok(Reply::Error) => ("answered ERROR".to_string(), true),
                    Ok(Reply::ClientError(m)) => (
                        format!("answered CLIENT_ERROR {}", String::from_utf8_lossy(m)),
                        true,
                    ),
                    Ok(other) => return Err(unexpected("meta get", &other)),
                    Err(f) if meta == Meta::Unknown && !from_idle && f.is_closed_before_reply() => {
                        ("closed a new connection".to_string(), false)
                    }
                    Err(f) => return Err(f),
                };
            let found =
                self.get_after_refusal(conn, server, open, deadline, key, out, max_value)?;
            server.learn_meta(epoch, Meta::Refused, &how);
            Ok(found.map(|f| (f, NO_TTL)))
        })?;
        self.count_lookup(found.is_some());
        Ok(found)
    }

    /// The `get` of a read whose `mg` the server refused: on the same connection when the refusal
    /// left it `open`, and on a new one when it did not, or when the server closes it after its
    /// error reply (mcrouter: `McServerSession::parseError` answers, then closes). A `get` may be
    /// sent twice: the first one was not answered.
    #[allow(clippy::too_many_arguments)]
    fn get_after_refusal(
        &self,
        conn: &mut Connection,
        server: &Server,
        open: bool,
        deadline: Instant,
        key: &WireKey,
        out: &mut Vec<u8>,
        max_value: usize,
    ) -> Outcome<Option<u32>> {
        if open {
            match plain_get(conn, deadline, key, out, max_value) {
                Err(f) if f.is_closed_before_reply() => {}
                answered => return answered,
            }
        }
        server.dropped.store(true, Ordering::Relaxed);
        *conn = self
            .connect(server, deadline, false)
            .map_err(Failure::Other)?;
        plain_get(conn, deadline, key, out, max_value)
    }

    fn count_lookup(&self, found: bool) {
        let counters = self.shared.counters();
        bump(if found {
            &counters.hits
        } else {
            &counters.misses
        });
    }

    /// `set` or `add`; returns false when `add` found the key already there.
    pub fn store(
        &self,
        command: StoreCommand,
        key: &WireKey,
        flags: u32,
        exptime: u32,
        data: &[u8],
        deadline: Instant,
    ) -> Result<bool> {
        // `set` may be sent twice (the same value again); `add` may not: a second one would
        // find the first one's item and answer NOT_STORED.
        let retry_safe = command == StoreCommand::Set;
        let write = Write::Store(exptime);
        self.run_write(
            key,
            deadline,
            retry_safe,
            write,
            |conn, deadline, _, exptime| match conn.request(deadline, 0, |buf| {
                encode_store(buf, command, key, flags, exptime, data)
            })? {
                Reply::Stored => Ok(true),
                Reply::NotStored if command == StoreCommand::Add => Ok(false),
                other => Err(unexpected("store", &other)),
            },
        )
    }

    /// Returns false when the key was not there.
    pub fn delete(&self, key: &WireKey, deadline: Instant) -> Result<bool> {
        self.run_write(
            key,
            deadline,
            true,
            Write::Delete,
            |conn, deadline, _, _| match conn.request(deadline, 0, |buf| encode_delete(buf, key))? {
                Reply::Deleted => Ok(true),
                Reply::NotFound => Ok(false),
                other => Err(unexpected("delete", &other)),
            },
        )
    }

    /// `incr`/`decr`; returns the new value, or `None` when the key is missing. Not idempotent:
    /// once any byte of it was written it is neither sent again nor sent to another server.
    pub fn arith(
        &self,
        command: ArithCommand,
        key: &WireKey,
        delta: u64,
        deadline: Instant,
    ) -> Result<Option<u64>> {
        self.run_write(
            key,
            deadline,
            false,
            Write::Counter,
            |conn, deadline, _, _| match conn
                .request(deadline, 0, |buf| encode_arith(buf, command, key, delta))?
            {
                Reply::Number(n) => Ok(Some(n)),
                Reply::NotFound => Ok(None),
                Reply::ClientError(msg) if memchr::memmem::find(msg, b"non-numeric").is_some() => {
                    Err(Failure::Other(Error::NotANumber(
                        "the stored value is not an unsigned 64-bit number".into(),
                    )))
                }
                other => Err(unexpected("incr/decr", &other)),
            },
        )
    }

    /// Changes the expiry of an existing item; returns false when it is missing.
    pub fn touch(&self, key: &WireKey, exptime: u32, deadline: Instant) -> Result<bool> {
        let write = Write::Touch(exptime);
        self.run_write(
            key,
            deadline,
            true,
            write,
            |conn, deadline, _, exptime| match conn
                .request(deadline, 0, |buf| encode_touch(buf, key, exptime))?
            {
                Reply::Touched => Ok(true),
                Reply::NotFound => Ok(false),
                other => Err(unexpected("touch", &other)),
            },
        )
    }
}

/// The time left of an item read with `get`, which does not say: as for an item that never
/// expires, the near cache bounds its entry by `cache_ttl` alone.
const NO_TTL: i64 = -1;

/// A failure of a failback's request at home: a server failure fails the operation there (the key
/// is listed again); a refusal cannot be helped by trying again, and is logged.
fn home_failure(e: Error) -> Result<()> {
    if e.is_server_failure() {
        return Err(e);
    }
    log::warn!("failback: a key written elsewhere during an outage was not forgotten: {e}");
    Ok(())
}

/// Runs one request on a connection to `server`; a failure is named for it.
fn attempt<T>(
    conn: &mut Connection,
    deadline: Instant,
    server: &Server,
    request: &mut impl FnMut(&mut Connection, Instant, &Server) -> Outcome<T>,
) -> Result<T> {
    request(conn, deadline, server).map_err(|failure| failure.on(&server.name))
}

/// `mg` of `key` and of each of `refresh` after it, in one write; the first reply is the read's
/// (as [`Client::get_with_ttl`] returns it), each other goes to `refreshed`. A failure after the
/// read's reply leaves the connection out of step and the read answered.
fn pipelined_meta_get(
    conn: &mut Connection,
    deadline: Instant,
    key: &WireKey,
    out: &mut Vec<u8>,
    max_value: usize,
    refresh: &[WireKey],
    refreshed: &mut Refreshed<'_>,
) -> Outcome<Option<(u32, i64)>> {
    let mut found = None;
    let pipelined = conn.request_pipelined(
        deadline,
        max_value,
        1 + refresh.len(),
        |buf| {
            encode_meta_get(buf, key);
            for key in refresh {
                append_meta_get(buf, key);
            }
        },
        |i, reply| {
            let got = match reply {
                Reply::MetaValue {
                    key: got,
                    flags,
                    ttl,
                    data,
                } => {
                    if i == 0 {
                        take_value(key, got, data, out)?;
                    }
                    Some((flags, data, ttl))
                }
                Reply::MetaMiss => None,
                other => return Err(unexpected("meta get", &other)),
            };
            match i {
                0 => found = Some(got.map(|(flags, _, ttl)| (flags, ttl))),
                _ => refreshed(i - 1, got),
            }
            Ok(())
        },
    );
    match (pipelined, found) {
        (_, Some(found)) => Ok(found),
        (Err((_, failure)), None) => Err(failure),
        (Ok(()), None) => Err(Failure::Protocol("no reply to the read".into())),
    }
}

/// `get` of one key on a connection: its flags, or `None` when it is missing.
fn plain_get(
    conn: &mut Connection,
    deadline: Instant,
    key: &WireKey,
    out: &mut Vec<u8>,
    max_value: usize,
) -> Outcome<Option<u32>> {
    match conn.request(deadline, max_value, |buf| encode_get(buf, key))? {
        Reply::Value {
            key: got,
            flags,
            data,
        } => {
            take_value(key, Some(got), data, out)?;
            Ok(Some(flags))
        }
        Reply::End => Ok(None),
        other => Err(unexpected("get", &other)),
    }
}

/// Copies a value into `out` once the reply is known to answer for `key`: a value for another key
/// means the stream is out of step, and the connection must go. `got: None` is a reply that does
/// not name its key (a meta get without `k`, see [`encode_meta_get`]).
fn take_value(key: &WireKey, got: Option<&[u8]>, data: &[u8], out: &mut Vec<u8>) -> Outcome<()> {
    if got.is_some_and(|got| got != key.as_bytes()) {
        return Err(Failure::Protocol("a value for another key".into()));
    }
    out.clear();
    out.extend_from_slice(data);
    Ok(())
}

/// A reply that does not answer `op`: a refusal when it is an error reply, else out of step.
fn unexpected(op: &str, reply: &Reply<'_>) -> Failure {
    let text = |m: &[u8]| String::from_utf8_lossy(m).into_owned();
    match reply {
        Reply::Error => Failure::Refused(format!("ERROR (the server refused the {op} command)")),
        Reply::ClientError(m) => Failure::Refused(format!("CLIENT_ERROR {}", text(m))),
        Reply::ServerError(m) => Failure::Refused(format!("SERVER_ERROR {}", text(m))),
        other => Failure::Protocol(format!("unexpected reply to {op}: {other:?}")),
    }
}
