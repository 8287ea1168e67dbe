//! Host names to socket addresses, within the deadline of the operation that needs them.
//!
//! `getaddrinfo` has no timeout of its own: with a dead DNS server it blocks for seconds, in a
//! SIP worker, before any deadline is taken. So a name is resolved on a helper thread, and the
//! operation waits for the answer only until its own deadline; an answer that comes later is kept
//! for the operations after it.
//!
//! At most one lookup per name is under way in a process, whatever the reloads and however many
//! engines name it: a lookup in flight is listed process-wide ([`IN_FLIGHT`]), and whoever needs
//! the name then waits for that one (within its own deadline) instead of starting another. Before,
//! a reload forgot the lookup under way and the next operation started one more, each with its
//! thread and, in glibc, its socket, until glibc's own timeout: 30 reloads during a hung lookup
//! made 31 threads and 30 more descriptors (59 threads and 59 descriptors for 30 reloads and 30
//! new engines: `reloads_and_new_engines_during_a_hung_lookup_start_no_other_lookup` in
//! `tests/names.rs`). A reload still resolves every name again: the answer of a lookup that started
//! before it serves the operations that waited for it, and is not kept, so that the next operation
//! after it asks again.
//!
//! What a process knows of a name lasts:
//! - addresses: until a reload (a new reload epoch), which resolves every name again;
//! - a failure: until the server's next probe, or `retry_after` (the `retry_interval`) at most,
//!   so that a name that cannot be resolved costs one lookup per interval, not one per operation.
//!   Meanwhile each operation fails at once, as a connect failure.
//!
//! Everything is tagged with the process generation (`fork_guard`): a child never waits for a
//! lookup its parent started, whose thread did not survive the fork.

use std::io;
use std::net::{SocketAddr, ToSocketAddrs};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};
use socket2::SockAddr;

use crate::shared::fork_guard;

/// Resolves a host name: the system's resolver, or another one (a test's).
pub trait Resolver: Send + Sync + 'static {
    /// The addresses of `host`, each with `port`. May block: it runs on a thread of its own.
    fn resolve(&self, host: &str, port: u16) -> io::Result<Vec<SocketAddr>>;
}

/// The system's resolver (`getaddrinfo`: /etc/hosts, DNS, as nsswitch.conf says).
pub struct SystemResolver;

impl Resolver for SystemResolver {
    fn resolve(&self, host: &str, port: u16) -> io::Result<Vec<SocketAddr>> {
        Ok((host, port).to_socket_addrs()?.collect())
    }
}

/// Why a name has no addresses for an operation.
#[derive(Debug)]
pub enum Unresolved {
    /// No answer before the operation's deadline (the lookup goes on).
    TimedOut,
    /// The resolver said no (or found no address).
    Failed(io::Error),
}

/// What a lookup found; the error kept as kind and text, so that every operation that meets it
/// gets its own `io::Error`.
type Answer = Result<Arc<[SockAddr]>, (io::ErrorKind, String)>;

/// A lookup under way: its thread fills in the answer.
struct Lookup {
    /// When it was started: its answer is kept only by a name that has not been reloaded since.
    started: Instant,
    answer: Mutex<Option<(Answer, Instant)>>,
    done: Condvar,
}

impl Lookup {
    fn answered(&self) -> bool {
        self.answer.lock().is_some()
    }

    /// The answer and when it came, waiting for it until `deadline` at most.
    fn wait(&self, deadline: Instant) -> Option<(Answer, Instant)> {
        let mut answer = self.answer.lock();
        while answer.is_none() {
            if self.done.wait_until(&mut answer, deadline).timed_out() {
                break;
            }
        }
        answer.clone()
    }
}

enum Known {
    Nothing,
    Addresses(Arc<[SockAddr]>),
    Failed {
        kind: io::ErrorKind,
        message: String,
        until: Instant,
    },
    Pending(Arc<Lookup>),
}

struct State {
    known: Known,
    /// The reload epoch and the process generation `known` belongs to, and when this process saw
    /// them first: a lookup started before then answers for an older epoch.
    epoch: u64,
    generation: u64,
    since: Instant,
}

/// A lookup in flight, and the name it is for.
struct InFlight {
    resolver: Arc<dyn Resolver>,
    host: String,
    port: u16,
    /// The process generation that started it: a child never waits for a parent's lookup, whose
    /// thread did not survive the fork.
    generation: u64,
    lookup: Arc<Lookup>,
}

/// The lookups in flight in this process: a few at most (one per name of the server lists), so a
/// list. Its lock is never taken by a resolver thread, only by the operations, briefly.
static IN_FLIGHT: Mutex<Vec<InFlight>> = parking_lot::const_mutex(Vec::new());

/// The one system resolver of the process, so that the engines of a process share its lookups.
pub fn system_resolver() -> Arc<dyn Resolver> {
    static SYSTEM: std::sync::LazyLock<Arc<dyn Resolver>> =
        std::sync::LazyLock::new(|| Arc::new(SystemResolver));
    SYSTEM.clone()
}

/// One server's host name, and what this process knows of its addresses.
pub struct Name {
    host: String,
    port: u16,
    resolver: Arc<dyn Resolver>,
    /// How long a failure is remembered at most.
    retry_after: Duration,
    state: Mutex<State>,
}

impl Name {
    pub fn new(host: &str, port: u16, resolver: Arc<dyn Resolver>, retry_after: Duration) -> Name {
        Name {
            host: host.to_string(),
            port,
            resolver,
            retry_after,
            state: Mutex::new(State {
                known: Known::Nothing,
                epoch: 0,
                generation: fork_guard::generation(),
                since: Instant::now(),
            }),
        }
    }

    /// The name's addresses, waiting for a lookup until `deadline` at most. `probing`: the
    /// server is being probed after being marked down, so a remembered failure is forgotten and
    /// the name looked up again.
    pub fn addresses(
        &self,
        epoch: u64,
        deadline: Instant,
        probing: bool,
    ) -> Result<Arc<[SockAddr]>, Unresolved> {
        let lookup = {
            let mut state = self.state.lock();
            let generation = fork_guard::generation();
            if state.epoch != epoch || state.generation != generation {
                // A reload asks for every name again; a fork leaves the parent's lookups behind.
                *state = State {
                    known: Known::Nothing,
                    epoch,
                    generation,
                    since: Instant::now(),
                };
            }
            match &state.known {
                Known::Addresses(addrs) => return Ok(addrs.clone()),
                Known::Failed {
                    kind,
                    message,
                    until,
                } if !probing && Instant::now() < *until => {
                    return Err(Unresolved::Failed(io::Error::new(*kind, message.clone())));
                }
                Known::Pending(lookup) => lookup.clone(),
                Known::Nothing | Known::Failed { .. } => {
                    let lookup = self.join_or_start();
                    state.known = Known::Pending(lookup.clone());
                    lookup
                }
            }
        };
        // Waited for without the state's lock, so that other threads of the process can wait
        // for the same lookup.
        let Some((answer, at)) = lookup.wait(deadline) else {
            return Err(Unresolved::TimedOut);
        };
        let mut state = self.state.lock();
        let pending = matches!(&state.known, Known::Pending(l) if Arc::ptr_eq(l, &lookup));
        // An answer to a lookup from before a reload serves this operation, and is not kept:
        // the next operation asks again (one lookup at a time still).
        let still_ours = pending && lookup.started >= state.since;
        if pending && !still_ours {
            state.known = Known::Nothing;
        }
        match answer {
            Ok(addrs) => {
                if still_ours {
                    state.known = Known::Addresses(addrs.clone());
                }
                Ok(addrs)
            }
            Err((kind, message)) => {
                if still_ours {
                    state.known = Known::Failed {
                        kind,
                        message: message.clone(),
                        until: at + self.retry_after,
                    };
                }
                Err(Unresolved::Failed(io::Error::new(kind, message)))
            }
        }
    }

    /// The lookup of this name in flight in this process, else a new one, listed in
    /// [`IN_FLIGHT`].
    fn join_or_start(&self) -> Arc<Lookup> {
        let generation = fork_guard::generation();
        let mut in_flight = IN_FLIGHT.lock();
        // Answered lookups are done with, and so are a parent's.
        in_flight.retain(|l| l.generation == generation && !l.lookup.answered());
        let same = |l: &&InFlight| {
            Arc::ptr_eq(&l.resolver, &self.resolver) && l.host == self.host && l.port == self.port
        };
        if let Some(l) = in_flight.iter().find(same) {
            return l.lookup.clone();
        }
        let lookup = self.start();
        in_flight.push(InFlight {
            resolver: self.resolver.clone(),
            host: self.host.clone(),
            port: self.port,
            generation,
            lookup: lookup.clone(),
        });
        lookup
    }

    /// Starts a lookup on a thread of its own; one that cannot start has failed at once.
    fn start(&self) -> Arc<Lookup> {
        let lookup = Arc::new(Lookup {
            started: Instant::now(),
            answer: Mutex::new(None),
            done: Condvar::new(),
        });
        let (theirs, resolver) = (lookup.clone(), self.resolver.clone());
        let (host, port) = (self.host.clone(), self.port);
        let started = spawn_without_signals(move || {
            let answer = look_up(&*resolver, &host, port);
            *theirs.answer.lock() = Some((answer, Instant::now()));
            theirs.done.notify_all();
        });
        if let Err(e) = started {
            let answer = Err((
                e.kind(),
                format!("cannot start a thread to resolve it: {e}"),
            ));
            *lookup.answer.lock() = Some((answer, Instant::now()));
        }
        lookup
    }
}

fn look_up(resolver: &dyn Resolver, host: &str, port: u16) -> Answer {
    match resolver.resolve(host, port) {
        Ok(addrs) if addrs.is_empty() => {
            Err((io::ErrorKind::NotFound, "the name has no address".into()))
        }
        Ok(addrs) => Ok(addrs.into_iter().map(SockAddr::from).collect()),
        Err(e) => Err((e.kind(), e.to_string())),
    }
}

/// Spawns a detached thread that blocks every signal. It is born with the mask of the thread
/// that creates it, so the mask is set around the spawn: a signal sent to the host's process
/// (Kamailio's SIGTERM, SIGCHLD, SIGUSR1) must be handled by the host's own threads, never run
/// its handler on ours.
fn spawn_without_signals(f: impl FnOnce() + Send + 'static) -> io::Result<()> {
    // SAFETY: sigset_t is plain data; sigfillset initialises it.
    let mut all: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: as above; pthread_sigmask writes the old mask into it.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers to sets owned by this frame; the calling thread's mask is restored
    // below before returning.
    unsafe {
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_SETMASK, &all, &mut old);
    }
    let spawned = std::thread::Builder::new()
        .name("sipmc-resolve".into())
        .spawn(f);
    // SAFETY: puts back the mask read above.
    unsafe { libc::pthread_sigmask(libc::SIG_SETMASK, &old, std::ptr::null_mut()) };
    spawned.map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Counting(std::sync::atomic::AtomicU64);

    impl Resolver for Counting {
        fn resolve(&self, _: &str, port: u16) -> io::Result<Vec<SocketAddr>> {
            self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Ok(vec![SocketAddr::from(([127, 0, 0, 1], port))])
        }
    }

    #[test]
    fn addresses_last_until_the_epoch_changes() {
        let resolver = Arc::new(Counting(0.into()));
        let name = Name::new("h", 7, resolver.clone(), Duration::from_secs(1));
        let soon = || Instant::now() + Duration::from_secs(5);
        for _ in 0..3 {
            let addrs = name.addresses(0, soon(), false).unwrap();
            assert_eq!(
                addrs[0].as_socket(),
                Some(SocketAddr::from(([127, 0, 0, 1], 7)))
            );
        }
        name.addresses(0, soon(), true).unwrap();
        assert_eq!(resolver.0.load(std::sync::atomic::Ordering::SeqCst), 1);
        name.addresses(1, soon(), false).unwrap();
        assert_eq!(resolver.0.load(std::sync::atomic::Ordering::SeqCst), 2);
    }

    /// Answers after a pause, and counts its calls.
    struct Slow(std::sync::atomic::AtomicU64);

    impl Resolver for Slow {
        fn resolve(&self, _: &str, port: u16) -> io::Result<Vec<SocketAddr>> {
            self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(200));
            Ok(vec![SocketAddr::from(([127, 0, 0, 1], port))])
        }
    }

    #[test]
    fn a_reload_waits_for_the_lookup_in_flight_and_then_asks_again() {
        let resolver = Arc::new(Slow(0.into()));
        let calls = || resolver.0.load(std::sync::atomic::Ordering::SeqCst);
        let name = Name::new("slow.test", 7, resolver.clone(), Duration::from_secs(1));
        let other = Name::new("slow.test", 7, resolver.clone(), Duration::from_secs(1));
        let soon = Instant::now() + Duration::from_millis(20);
        assert!(matches!(
            name.addresses(0, soon, false),
            Err(Unresolved::TimedOut)
        ));
        // Another server list naming the same host, then a reload: each waits for the lookup in
        // flight; the reloaded name gets its answer.
        assert!(matches!(
            other.addresses(0, soon, false),
            Err(Unresolved::TimedOut)
        ));
        let later = Instant::now() + Duration::from_secs(5);
        name.addresses(1, later, false).unwrap();
        assert_eq!(calls(), 1);
        // Kept by the name that was not reloaded.
        other.addresses(0, later, false).unwrap();
        assert_eq!(calls(), 1);
        // Not kept by the reloaded name (it started before the reload): asked again, once.
        name.addresses(1, later, false).unwrap();
        name.addresses(1, later, false).unwrap();
        assert_eq!(calls(), 2);
    }

    #[test]
    fn the_resolver_thread_takes_no_signal() {
        let (tx, rx) = std::sync::mpsc::channel();
        spawn_without_signals(move || {
            // SAFETY: reads this thread's mask into a set owned by this frame.
            let blocked = unsafe {
                let mut mask: libc::sigset_t = std::mem::zeroed();
                libc::pthread_sigmask(libc::SIG_SETMASK, std::ptr::null(), &mut mask);
                libc::sigismember(&mask, libc::SIGTERM) == 1
            };
            tx.send(blocked).unwrap();
        })
        .unwrap();
        assert!(
            rx.recv().unwrap(),
            "SIGTERM is blocked on the resolver thread"
        );
        // SAFETY: reads this thread's mask into a set owned by this frame.
        let here = unsafe {
            let mut mask: libc::sigset_t = std::mem::zeroed();
            libc::pthread_sigmask(libc::SIG_SETMASK, std::ptr::null(), &mut mask);
            libc::sigismember(&mask, libc::SIGTERM) == 1
        };
        assert!(!here, "the caller's mask is back");
    }
}
