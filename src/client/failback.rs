//! Failback without older values: what a process remembers of the writes that `failover` sent
//! away from a key's server, so that the server, when it serves this process again, never
//! answers with the value it held before.
//!
//! The problem. With `failover`, the writes of a key whose server A is down go to the next
//! server F. A server that comes back without a restart (a partition healed, a SIGCONT) still
//! holds what it held before; once it is up, reads go to it again and find those older values:
//! the writes of the outage are shadowed.
//!
//! What is done, in three parts:
//! - a write that fails over is stored on F to live at most `failover_expire` seconds
//!   ([`failover_exptime`]): F's copies die soon, so that they cannot come back either, when A
//!   fails again later;
//! - every write sent away from its server is listed ([`Failback`], in memory shared by the
//!   host's processes, at most `failover_keys` keys), with what it wrote (a value and its own
//!   expiry, or a delete) and where;
//! - before A serves any process again, the first process to use it claims A's keys and works
//!   through them (its operation's own key first), while A stays down for the others: it reads
//!   the key on F; if F holds it, the value is moved home (deleted on A, then `add`ed there with
//!   the expiry it was written with, then deleted on F); if F has nothing, A's value is deleted,
//!   unless F's copy should still be alive and is not (another process moved it home already,
//!   see [`plan`]). Sequential requests, each bounded by `timeout`: the list is bounded, a
//!   pipeline would need a connection that reads several replies, and a `noreply` delete does
//!   not say whether it was applied, which is the whole point here.
//!
//! When the list is full, a write of a key not listed whose server is not the one it goes to
//! fails as it would without failover (`ServerDown`, counted in `failback_overflows`): nothing is
//! written where it could later be shadowed. Reads still fail over.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::engine::item::seconds_to_live;

/// The most seconds memcached reads as a relative expiry; more is a Unix time.
const MONTH: u64 = 60 * 60 * 24 * 30;

/// How much earlier than this process's clock says memcached may expire an item: its clock ticks
/// once a second and an item written with `exptime` N dies when N seconds have passed on it, so
/// up to a second early; doubled for the time between our clock read and the server's.
const EXPIRY_SLACK_MS: u64 = 2_000;

/// Seconds since the Unix epoch, as memcached's absolute expiries count.
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The `exptime` a write that fails over is sent with: its own, or `limit` seconds when that is
/// sooner (an item that never expires included).
pub fn failover_exptime(exptime: u32, limit: u32) -> u32 {
    match seconds_to_live(exptime) {
        ttl if ttl < 0 || ttl > i64::from(limit) => limit,
        _ => exptime,
    }
}

pub use crate::shared::failback::{Entry, Expiry, Failback, Wrote};

impl Expiry {
    /// When a value written now with `exptime` dies.
    pub fn of(exptime: u32, unix_now: u64) -> Expiry {
        match seconds_to_live(exptime) {
            ttl if ttl < 0 => Expiry::Never,
            ttl => Expiry::At(unix_now + ttl as u64),
        }
    }
}

/// What F said when asked for the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Value,
    Missing,
    /// F failed or is down: what it holds is not known.
    Unknown,
}

/// What to do on the key's own server A.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Delete A's value, `add` F's there with this `exptime`, delete F's.
    Move(u32),
    /// Delete A's value: whatever A holds is older than the outage's write.
    DeleteHome,
    /// Leave A as it is: F's copy should be alive and is not, so another process took it (moved
    /// it home, which A now holds, or deleted it during the outage, which that process will
    /// delete on A in its own failback).
    LeaveHome,
}

/// Decides a listed key's failback from what F holds.
///
/// A value on F is the newest write of the outage (this process's or another's): it goes home.
/// Nothing on F after this process's delete, or after F's copy died (`failover_expire`), or when
/// F cannot be asked: A's value is older than a write of the outage, and is deleted (a miss, never
/// an older value). Nothing on F while this process's copy should still be there: another process
/// dealt with it.
pub fn plan(entry: &Entry, found: Found, now_ms: u64, unix_now: u64, failover_expire: u32) -> Step {
    match (found, entry.wrote) {
        (Found::Value, Wrote::Value(Expiry::Never)) => Step::Move(0),
        (Found::Value, Wrote::Value(Expiry::At(at))) if at <= unix_now => Step::DeleteHome,
        (Found::Value, Wrote::Value(Expiry::At(at))) => Step::Move(if at - unix_now <= MONTH {
            (at - unix_now) as u32
        } else {
            at.min(u64::from(u32::MAX)) as u32
        }),
        // Another process's write after ours, or a counter whose expiry is its creator's: F's
        // copy lives at most `failover_expire`, and so does the value moved home.
        (Found::Value, _) => Step::Move(failover_expire),
        (Found::Unknown, _) | (Found::Missing, Wrote::Deleted) => Step::DeleteHome,
        (Found::Missing, _) if now_ms + EXPIRY_SLACK_MS >= entry.copy_gone_ms => Step::DeleteHome,
        (Found::Missing, _) => Step::LeaveHome,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_800_000_000;

    fn value(expiry: Expiry) -> Entry {
        Entry {
            holder: 1,
            wrote: Wrote::Value(expiry),
            copy_gone_ms: 100_000,
            version: 1,
        }
    }

    #[test]
    fn a_failover_write_lives_at_most_failover_expire() {
        assert_eq!(failover_exptime(0, 60), 60, "never expiring: the limit");
        assert_eq!(failover_exptime(3600, 60), 60);
        assert_eq!(
            failover_exptime(30, 60),
            30,
            "sooner than the limit: its own"
        );
        let unix = unix_now() as u32;
        assert_eq!(failover_exptime(unix + 3600, 60), 60, "a Unix time");
        assert_eq!(failover_exptime(unix + 10, 60), unix + 10);
    }

    #[test]
    fn the_list_is_bounded_but_a_listed_key_is_written_again() {
        let list = Failback::new(2).unwrap();
        assert!(list.note(0, b"a", 1, Wrote::Value(Expiry::Never), 10));
        assert!(list.note(0, b"b", 1, Wrote::Deleted, 10));
        assert!(!list.note(0, b"c", 1, Wrote::Deleted, 10), "full");
        assert!(
            !list.note(1, b"c", 0, Wrote::Deleted, 10),
            "full for every server"
        );
        assert!(list.note(0, b"a", 1, Wrote::Deleted, 20), "listed already");
        assert_eq!(list.len(), 2);
        assert!(list.has(0) && !list.has(1));
        let listed = list.listed(0, b"b");
        assert_eq!(&*listed[0].0, b"b", "the operation's own key first");
        assert_eq!(listed.len(), 2);
        // `a` is written again while the failback works: it stays listed, with the newer write.
        list.note(0, b"a", 1, Wrote::Value(Expiry::Never), 30);
        for (key, entry) in &listed {
            list.done(0, key, entry.version);
        }
        assert_eq!(list.len(), 1);
        let again = list.listed(0, b"a");
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].1.wrote, Wrote::Value(Expiry::Never));
        list.done(0, b"a", again[0].1.version);
        assert!(list.is_empty() && !list.has(0));
    }

    #[test]
    fn a_counter_keeps_the_expiry_of_the_write_that_created_it() {
        let list = Failback::new(10).unwrap();
        let wrote = |list: &Failback| list.listed(0, b"c")[0].1.wrote;
        list.note(0, b"c", 1, Wrote::Counter, 10);
        assert_eq!(wrote(&list), Wrote::Value(Expiry::Unknown));
        list.note(0, b"c", 1, Wrote::Value(Expiry::At(NOW + 5)), 10);
        list.note(0, b"c", 1, Wrote::Counter, 10);
        assert_eq!(wrote(&list), Wrote::Value(Expiry::At(NOW + 5)));
    }

    #[test]
    fn a_value_on_the_failover_server_goes_home_with_its_own_expiry() {
        let plan = |e: &Entry| plan(e, Found::Value, 0, NOW, 60);
        assert_eq!(plan(&value(Expiry::Never)), Step::Move(0));
        assert_eq!(plan(&value(Expiry::At(NOW + 3600))), Step::Move(3600));
        assert_eq!(plan(&value(Expiry::At(NOW))), Step::DeleteHome, "expired");
        let far = NOW + 2 * MONTH;
        assert_eq!(plan(&value(Expiry::At(far))), Step::Move(far as u32));
        assert_eq!(plan(&value(Expiry::Unknown)), Step::Move(60));
        let mut deleted = value(Expiry::Never);
        deleted.wrote = Wrote::Deleted;
        assert_eq!(plan(&deleted), Step::Move(60), "written after our delete");
    }

    #[test]
    fn nothing_on_the_failover_server_deletes_home_unless_another_process_took_it() {
        let e = value(Expiry::Never);
        let missing = |e: &Entry, now_ms| plan(e, Found::Missing, now_ms, NOW, 60);
        assert_eq!(missing(&e, 10_000), Step::LeaveHome, "copy should be alive");
        assert_eq!(missing(&e, 98_000), Step::DeleteHome, "copy died (slack)");
        assert_eq!(plan(&e, Found::Unknown, 0, NOW, 60), Step::DeleteHome);
        let mut deleted = e;
        deleted.wrote = Wrote::Deleted;
        assert_eq!(missing(&deleted, 0), Step::DeleteHome);
    }
}
