//! One reload for the whole cluster: several proxy nodes (each with its own shared region, so
//! that a reload on one does not reach the others through memory) sharing memcached.
//!
//! With the `cluster` parameter set, the nodes share one small item in memcached, the cluster's
//! epoch, under the script key `sipmc:cluster:<name>:epoch` (made safe for the wire by the same
//! rules as every key, [`WireKey::from_script_key`], and placed by the distribution like any key,
//! so that one server holds it; OpenSIPS's engines, one per URL, each have theirs on their own
//! servers).
//!
//! - A reload anywhere ([`Engine::reload`](super::Engine::reload): RPC, MI, the browser pages,
//!   `curl`, the C API) bumps it: `incr` by 1, or when it is missing, `add` with a value made from
//!   the wall clock in microseconds, so that an item evicted and made again does not come back
//!   with a value a process saw before it went (a reload increments it by 1, the clock moves a
//!   million a second). It never expires (`exptime` 0), but memcached may evict it.
//! - Each process looks at it (one `get`) at most once per `cluster_check_interval`, before a
//!   read it is about to serve from its near cache (the near cache's `check_every`: past the
//!   deadline, a lookup reports the check due instead of serving). Anything other than what it
//!   saw last, the item missing included (evicted, deleted, a restarted memcached, a failover to
//!   another server), is a move: the process empties its near cache. So no process serves, one
//!   interval and one round trip after a reload anywhere, a value cached before it.
//! - Between looks the read path reads no clock of its own: under the lock it takes anyway, the
//!   near cache compares the instant it reads for its entries' expiry (`Instant::now`, the vDSO,
//!   no system call) with the deadline. A hit stays free of system calls (`tests/cluster.rs`
//!   counts them with strace), and costs a few instructions more (an earlier version kept the
//!   deadline in an atomic as nanoseconds since an origin: the subtraction of instants cost 106
//!   instructions per hit under callgrind).
//! - A look that fails (the server down or frozen) costs at most `timeout` (the client's deadline,
//!   as for any operation), keeps the near cache, and is tried again one interval after it ended.
//!   Keeping is a choice for availability: the server that holds the epoch is often the one the
//!   reads would go to, and emptying the cache then would turn every hit into a failure. The
//!   cluster bound does not hold while the epoch cannot be read (a reload elsewhere cannot bump it
//!   either, then); `cache_ttl` still does, as it always does.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use parking_lot::Mutex;

use super::operations::CREATE_RACE_RETRIES;
use crate::client::Client;
use crate::error::{Error, Result};
use crate::near::NearCache;
use crate::protocol::key::{trim_like_kamailio, WireKey};
use crate::protocol::{ArithCommand, StoreCommand};

/// The longest epoch value a look reads: a counter has at most 20 digits; anything longer was
/// not written by this module, and a look that finds it fails (the cache is kept).
const MAX_EPOCH_LEN: usize = 64;

/// What a process saw at its last look.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Seen {
    /// No look yet: whatever the first look finds is a move (the cache is empty then, or holds
    /// only this process's own writes).
    Nothing,
    Missing,
    /// The value's bytes, trimmed as a number is.
    Value(Vec<u8>),
}

struct State {
    seen: Seen,
    /// The last look failed: logged once, until a look succeeds again.
    failing: bool,
}

/// The cluster of one engine: its epoch item, and this process's looks at it.
pub struct Cluster {
    name: String,
    /// The script key of the epoch item.
    key: String,
    interval: Duration,
    state: Mutex<State>,
}

/// What a look found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// Not due (or another thread of the process is looking): nothing was asked.
    NotDue,
    /// The epoch is what this process saw last.
    Same,
    /// It moved (or this was the first look): the near cache was emptied.
    Moved,
    /// The look failed; the near cache was kept.
    Failed,
}

impl Cluster {
    pub fn new(name: &str, interval: Duration) -> Cluster {
        Cluster {
            name: name.to_string(),
            key: format!("sipmc:cluster:{name}:epoch"),
            interval,
            state: Mutex::new(State {
                seen: Seen::Nothing,
                failing: false,
            }),
        }
    }

    /// The epoch item's key as memcached sees it.
    pub fn wire_key(&self) -> String {
        String::from_utf8_lossy(self.wire().as_bytes()).into_owned()
    }

    fn wire(&self) -> WireKey<'_> {
        WireKey::from_script_key(self.key.as_bytes()).expect("the epoch's key is never empty")
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn interval(&self) -> Duration {
        self.interval
    }

    /// One look, now (the near cache said it was due, and holds the claim until the caller says
    /// it is done): empties `near` when the epoch moved.
    pub fn look(&self, client: &Client, near: &NearCache) -> Look {
        // Allocates, once per interval at most: never on the hit path.
        let mut value = Vec::with_capacity(32);
        let found = client.get(&self.wire(), &mut value, MAX_EPOCH_LEN, client.deadline());
        let mut state = self.state.lock();
        let seen = match found {
            Ok(Some(_)) => Seen::Value(trim_like_kamailio(&value).to_vec()),
            Ok(None) => Seen::Missing,
            Err(e) => {
                if !state.failing {
                    state.failing = true;
                    log::warn!(
                        "cluster {}: could not read the epoch item {} ({e}); this process keeps \
                         its near cache (entries still live at most cache_ttl) and looks again \
                         every {} ms",
                        self.name,
                        self.wire_key(),
                        self.interval.as_millis()
                    );
                }
                return Look::Failed;
            }
        };
        if state.failing {
            state.failing = false;
            log::info!("cluster {}: the epoch item is readable again", self.name);
        }
        if state.seen == seen {
            return Look::Same;
        }
        log::debug!(
            "cluster {}: the epoch moved from {:?} to {seen:?}: this process empties its near \
             cache",
            self.name,
            state.seen
        );
        state.seen = seen;
        near.clear();
        Look::Moved
    }

    /// The reload's part: moves the epoch, so that every process of every node empties its near
    /// cache at its next look. Bounded by `timeout` in all (one deadline for every request).
    /// This process emptied its cache in the same reload: it takes the new value as seen.
    pub fn bump(&self, client: &Client) -> Result<u64> {
        let key = self.wire();
        let deadline = client.deadline();
        for _ in 0..CREATE_RACE_RETRIES {
            if let Some(value) = client.arith(ArithCommand::Incr, &key, 1, deadline)? {
                self.saw(value);
                return Ok(value);
            }
            let initial = creation_value();
            let text = initial.to_string();
            if client.store(StoreCommand::Add, &key, 0, 0, text.as_bytes(), deadline)? {
                self.saw(initial);
                return Ok(initial);
            }
            // Another node made it between our incr and our add: increment theirs.
        }
        Err(Error::CounterRace)
    }

    fn saw(&self, value: u64) {
        self.state.lock().seen = Seen::Value(value.to_string().into_bytes());
    }
}

/// The value an epoch item is made with: the wall clock in microseconds, far from any value a
/// process can have seen of an earlier item of the same name (see the module's comment).
fn creation_value() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_micros() as u64)
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_epoch_key_goes_through_the_wire_key_rules() {
        assert_eq!(
            Cluster::new("edge", Duration::from_secs(1)).wire_key(),
            "sipmc:cluster:edge:epoch"
        );
        let spaced = Cluster::new("edge west", Duration::from_secs(1)).wire_key();
        assert!(
            spaced.starts_with("sipmc:") && !spaced.contains(' '),
            "{spaced}"
        );
    }

    #[test]
    fn a_new_item_starts_far_from_any_counter_a_reload_made() {
        // Microseconds since 1970: about 1.7e15, which incr by 1 per reload never reaches.
        assert!(creation_value() > 1_600_000_000_000_000);
    }
}
