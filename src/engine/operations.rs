//! The typed core: the five operations every face calls. A key is taken whole (a `=>N` in it is
//! part of the key: the pseudo-variables' suffix is [`super::mct`]'s), a value is bytes with
//! memcached's item flags, an expiry is memcached's `exptime` in seconds. Keys go through the
//! same rule everywhere ([`WireKey::from_script_key`]: a key that could inject a command is
//! hashed), reads go through the near cache, writes leave what memcached holds in it
//! ([`WriteBack`]), and each operation counts its own refusals once.

use std::io::Write as _;

use super::item::{max_value_len, seconds_to_live};
use super::params::Mode;
use super::write_back::WriteBack;
use super::Engine;
use crate::error::{Error, Result};
use crate::near::{Cached, Written};
use crate::protocol::key::{trim_like_kamailio, WireKey};
use crate::protocol::{ArithCommand, StoreCommand};
use crate::shared::bump;

/// An item a read found. Its value is in the caller's buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// memcached's item flags.
    pub flags: u32,
}

/// How a store ended when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    Stored,
    /// [`Mode::Add`] found the key there: nothing was written.
    KeyExists,
}

/// A change to a counter, as memcached applies it: `incr` or `decr` by an unsigned amount.
/// Built from a signed number without negating it in `i64`, where -(-2^63) does not exist:
/// `$mcdec(k) = -9223372036854775808` is an `incr` by 2^63.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delta {
    command: ArithCommand,
    amount: u64,
}

impl Delta {
    /// Adds `n`; a negative `n` subtracts.
    pub fn plus(n: i64) -> Delta {
        Delta::by(n >= 0, n.unsigned_abs())
    }

    /// Subtracts `n`; a negative `n` adds.
    pub fn minus(n: i64) -> Delta {
        Delta::by(n < 0, n.unsigned_abs())
    }

    fn by(up: bool, amount: u64) -> Delta {
        let command = if up {
            ArithCommand::Incr
        } else {
            ArithCommand::Decr
        };
        Delta { command, amount }
    }

    /// The value a missing counter is created with: the change applied to 0 (memcached stops
    /// decrements at 0).
    fn applied_to_zero(self) -> u64 {
        match self.command {
            ArithCommand::Incr => self.amount,
            ArithCommand::Decr => 0,
        }
    }
}

/// How often an increment of a missing counter retries when another process creates the counter
/// between our `incr` and our `add` (the cluster's epoch too).
pub(super) const CREATE_RACE_RETRIES: usize = 5;

impl Engine {
    /// Reads `key` into `out`: the item, or `None` when memcached does not hold it. A value longer
    /// than `max_len` (or the `max_value_read` parameter) fails with `ValueTooLarge` as soon as
    /// its size is known, and is neither read whole nor buffered. With `trim` 1 the value is read
    /// as the stock Kamailio module reads it ([`trim_in_place`]).
    pub fn get(&self, key: &[u8], max_len: usize, out: &mut Vec<u8>) -> Result<Option<Item>> {
        out.clear();
        let found = WireKey::from_script_key(key).and_then(|key| self.read(&key, max_len, out));
        let found = self.counted(found)?;
        if found.is_some() && self.params.trim {
            trim_in_place(out);
        }
        Ok(found.map(|flags| Item { flags }))
    }

    /// Through the near cache when there is one: the flags of the value put in `out`.
    fn read(&self, key: &WireKey, max_len: usize, out: &mut Vec<u8>) -> Result<Option<u32>> {
        let max = max_len.min(self.params.max_value_read);
        let Some(near) = &self.near else {
            return self.client.get(key, out, max, self.client.deadline());
        };
        match near.lookup(key, out) {
            // Cached by a read with a larger bound.
            Ok(Cached::Value(_)) if out.len() > max => {
                let len = out.len();
                out.clear();
                Err(Error::ValueTooLarge { len, max })
            }
            Ok(Cached::Value(flags)) => Ok(Some(flags)),
            Ok(Cached::Missing) => Ok(None),
            Err(token) if token.check_due() => {
                // The cluster's look, once per interval; then the lookup again, which finds it
                // done (check_done set the next one an interval ahead).
                self.look(near);
                self.read(key, max_len, out)
            }
            Err(token) => {
                // Keys of the same server that were read near their expiry: asked in the same
                // round trip, so that a process refreshes a busy set of keys once per cache_ttl
                // rather than once per key. The key's server is placed only when a key is due
                // (ketama hashes the key): most misses find none.
                let mut home = None;
                let due = near.take_due(|due| {
                    let home = *home.get_or_insert_with(|| self.client.home_of(key.as_bytes()));
                    due != key.as_bytes() && self.client.home_of(due) == home
                });
                let refresh: Vec<WireKey> =
                    due.iter().filter_map(|k| WireKey::on_wire(k)).collect();
                let found = match self.client.get_with_ttl_refreshing(
                    key,
                    out,
                    max,
                    self.client.deadline(),
                    &refresh,
                    &mut |i, answer| near.refreshed(&refresh[i], token, answer),
                ) {
                    // An expired entry, within `cache_stale_on_error`, rather than no value.
                    Err(e) if e.is_unreachable() => match near.stale(key, out) {
                        Some(_) if out.len() > max => {
                            let len = out.len();
                            out.clear();
                            return Err(Error::ValueTooLarge { len, max });
                        }
                        Some(flags) => return Ok(Some(flags)),
                        None => return Err(e),
                    },
                    found => found?,
                };
                near.fill(key, token, found.map(|(flags, ttl)| (flags, &out[..], ttl)));
                Ok(found.map(|(flags, _)| flags))
            }
        }
    }

    /// Stores `value` under `key` with `flags`, living `expiry` seconds (0: as long as memcached
    /// keeps it): always with [`Mode::Set`], only when the key is missing with [`Mode::Add`]
    /// (`KeyExists` otherwise, counted as `not_stored`). A value larger than memcached takes is
    /// refused before anything is sent.
    pub fn store(
        &self,
        key: &[u8],
        value: &[u8],
        flags: u32,
        expiry: u32,
        mode: Mode,
    ) -> Result<Stored> {
        let command = match mode {
            Mode::Set => StoreCommand::Set,
            Mode::Add => StoreCommand::Add,
        };
        let stored = self.writing(key, |key, back| {
            // Refused here exactly when memcached would refuse it, so that it is not sent for
            // nothing.
            let max = max_value_len(key.as_bytes().len(), flags);
            if value.len() > max {
                return Err(Error::ValueTooLarge {
                    len: value.len(),
                    max,
                });
            }
            let deadline = self.client.deadline();
            if !self
                .client
                .store(command, key, flags, expiry, value, deadline)?
            {
                return Ok(Stored::KeyExists);
            }
            let ttl = seconds_to_live(expiry);
            back.keep(
                key,
                Written::Value {
                    flags,
                    data: value,
                    ttl,
                },
            );
            Ok(Stored::Stored)
        });
        if let Ok(Stored::KeyExists) = stored {
            bump(&self.shared.counters().not_stored);
        }
        stored
    }

    /// Deletes `key`. A missing key is not an error: it is gone either way.
    pub fn remove(&self, key: &[u8]) -> Result<()> {
        self.writing(key, |key, back| {
            self.client.delete(key, self.client.deadline())?;
            back.keep(key, Written::Deleted);
            Ok(())
        })
    }

    /// Applies `delta` atomically to the counter at `key` and returns its new value (memcached
    /// stops at 0). A missing counter is created with the result of applying `delta` to 0, living
    /// `expiry` seconds, with `add`, so that two processes racing to create it lose no update.
    pub fn add(&self, key: &[u8], delta: Delta, expiry: u32) -> Result<u64> {
        self.writing(key, |key, back| {
            let deadline = self.client.deadline();
            for _ in 0..CREATE_RACE_RETRIES {
                if let Some(value) =
                    self.client
                        .arith(delta.command, key, delta.amount, deadline)?
                {
                    let mut digits = [0u8; 20];
                    let len = {
                        let mut cursor = &mut digits[..];
                        // 20 bytes hold every u64 in decimal.
                        let _ = write!(cursor, "{value}");
                        20 - cursor.len()
                    };
                    let digits = &digits[..len];
                    back.keep(key, Written::Counter { digits });
                    return Ok(value);
                }
                let initial = delta.applied_to_zero();
                // Rare path (the counter did not exist): an allocation here costs nothing that
                // matters.
                let text = initial.to_string();
                let flags = self.convention().integer;
                let data = text.as_bytes();
                let add = StoreCommand::Add;
                if self.client.store(add, key, flags, expiry, data, deadline)? {
                    let ttl = seconds_to_live(expiry);
                    back.keep(key, Written::Value { flags, data, ttl });
                    return Ok(initial);
                }
                // Someone else created it between our incr and our add: increment theirs.
            }
            Err(Error::CounterRace)
        })
    }

    /// Gives the item at `key` a new expiry; `false` when memcached does not hold it.
    pub fn touch(&self, key: &[u8], expiry: u32) -> Result<bool> {
        self.writing(key, |key, back| {
            let touched = self.client.touch(key, expiry, self.client.deadline())?;
            if touched {
                let ttl = seconds_to_live(expiry);
                back.keep(key, Written::Touched { ttl });
            }
            Ok(touched)
        })
    }

    /// Runs a write on the wire key of `key` through the near cache ([`WriteBack`]), counted.
    fn writing<T>(
        &self,
        key: &[u8],
        write: impl FnOnce(&WireKey, &WriteBack<'_>) -> Result<T>,
    ) -> Result<T> {
        let done = WireKey::from_script_key(key).and_then(|key| {
            let back = WriteBack::begin(self.near.as_ref(), &key);
            let result = write(&key, &back);
            back.finish(&key);
            result
        });
        self.counted(done)
    }

    /// Counts what an operation was refused for (the client counts the server failures).
    pub(crate) fn counted<T>(&self, result: Result<T>) -> Result<T> {
        match &result {
            Err(Error::NotStored) => bump(&self.shared.counters().not_stored),
            Err(e) if e.is_refusal() => self.count_refused(),
            _ => {}
        }
        result
    }

    /// Counts a refusal of a face's own: a value that does not fit the host's buffer, a key it
    /// cannot render, an argument of the wrong type.
    pub fn count_refused(&self) {
        bump(&self.shared.counters().refused);
    }
}

/// The stock Kamailio module's reading of a value (`trim` 1): `strlen` cuts it at its first NUL,
/// then Kamailio's `trim_len` takes trailing NUL/CR/LF/space/tab and leading space/tab off.
pub fn trim_in_place(value: &mut Vec<u8>) {
    if let Some(nul) = value.iter().position(|&b| b == 0) {
        value.truncate(nul);
    }
    let kept = trim_like_kamailio(value);
    let (start, len) = (kept.as_ptr() as usize - value.as_ptr() as usize, kept.len());
    value.truncate(start + len);
    value.drain(..start);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_never_overflow_at_the_ends_of_i64() {
        let delta = |command, amount| Delta { command, amount };
        use ArithCommand::{Decr, Incr};
        assert_eq!(Delta::plus(5), delta(Incr, 5));
        assert_eq!(Delta::plus(-5), delta(Decr, 5));
        assert_eq!(Delta::plus(i64::MIN), delta(Decr, 1 << 63));
        assert_eq!(Delta::minus(5), delta(Decr, 5));
        assert_eq!(Delta::minus(-5), delta(Incr, 5));
        assert_eq!(Delta::minus(i64::MIN), delta(Incr, 1 << 63));
        assert_eq!(Delta::minus(i64::MAX), delta(Decr, i64::MAX as u64));
        assert_eq!(Delta::minus(0).amount, 0);
    }

    #[test]
    fn a_missing_counter_is_created_with_the_change_applied_to_zero() {
        assert_eq!(Delta::plus(7).applied_to_zero(), 7);
        assert_eq!(Delta::minus(7).applied_to_zero(), 0);
        assert_eq!(Delta::minus(-7).applied_to_zero(), 7);
    }

    #[test]
    fn trim_reads_a_value_as_the_stock_module_does() {
        let trimmed = |v: &[u8]| {
            let mut v = v.to_vec();
            trim_in_place(&mut v);
            v
        };
        assert_eq!(trimmed(b"v\n"), b"v");
        assert_eq!(trimmed(b" \t v w \r\n"), b"v w");
        assert_eq!(
            trimmed(b"a\0b"),
            b"a",
            "cut at the first NUL, as strlen does"
        );
        assert_eq!(trimmed(b"\n"), b"");
        assert_eq!(trimmed(b"\nv"), b"\nv", "a leading newline stays");
        assert_eq!(trimmed(b""), b"");
    }

    #[test]
    fn number_trim_matches_memcached_padding() {
        assert_eq!(trim_like_kamailio(b"9   "), b"9");
        assert_eq!(trim_like_kamailio(b" \t42\r\n\0"), b"42");
        assert_eq!(trim_like_kamailio(b"   "), b"");
    }
}
