//! Host names to socket addresses, within the deadline of the operation that needs them.
//!
//! `getaddrinfo` has no timeout of its own: with a dead DNS server it blocks for seconds, in a
//! SIP worker, before any deadline is taken. So a name is resolved on a helper thread, and the
//! operation waits for the answer only until its own deadline; an answer that comes later is kept
//! for the operations after it. At most one lookup per name is under way in a process.
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
#[derive(Default)]
struct Lookup {
    answer: Mutex<Option<(Answer, Instant)>>,
    done: Condvar,
}

impl Lookup {
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
    /// The reload epoch and the process generation `known` belongs to.
    epoch: u64,
    generation: u64,
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
                    let lookup = self.start();
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
        let still_ours = matches!(&state.known, Known::Pending(l) if Arc::ptr_eq(l, &lookup));
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

    /// Starts a lookup on a thread of its own; one that cannot start has failed at once.
    fn start(&self) -> Arc<Lookup> {
        let lookup = Arc::new(Lookup::default());
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
