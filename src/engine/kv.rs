//! The key-value face of the engine, for cachedb-style hosts (OpenSIPS's `cache_store`,
//! `cache_fetch`, …): a key is taken whole (a `=>N` in it is part of the key), a value is bytes,
//! and the expiry is the host's. Keys go through the same rules as everywhere (a key that could
//! inject a command is hashed), and the near cache serves and forgets them as it does the
//! pseudo-variables.

use super::{CounterStep, Engine};
use crate::error::{Error, Result};
use crate::near::Written;
use crate::protocol::key::{trim_like_kamailio, WireKey};

/// The flags items written through this face carry unless the `flags` parameter is set (then its
/// string flags): 0, as the stock `cachedb_memcached` writes.
pub const KV_FLAGS: u32 = 0;

impl Engine {
    /// Reads `key` into `out` (at most `max_len` bytes; a longer value is refused at its header):
    /// `true` when it exists.
    pub fn fetch(&self, key: &[u8], max_len: usize, out: &mut Vec<u8>) -> Result<bool> {
        let found = WireKey::from_script_key(key).and_then(|k| self.read_key(&k, max_len, out));
        let found = self.counted(found)?.is_some();
        if found && self.params.trim {
            super::trim_in_place(out);
        }
        Ok(found)
    }

    /// Stores `value` under `key` with `expiry` seconds (0: none).
    pub fn store(&self, key: &[u8], value: &[u8], expiry: u32) -> Result<()> {
        let done = WireKey::from_script_key(key).and_then(|k| {
            self.written(&k, |k, back| {
                let flags = self.params.flags.as_ref().map_or(KV_FLAGS, |c| c.string);
                self.store_bytes(self.store_command(), k, flags, expiry, value, back)
            })
        });
        self.counted(done)
    }

    /// Deletes `key`; a missing key is not an error (it is gone either way).
    pub fn remove(&self, key: &[u8]) -> Result<()> {
        let done = WireKey::from_script_key(key).and_then(|k| {
            self.written(&k, |k, back| {
                self.client.delete(k, self.client.deadline())?;
                back.keep(k, Written::Deleted);
                Ok(())
            })
        });
        self.counted(done)
    }

    /// Adds `delta` (negative: subtracts, memcached stops at 0) to the counter at `key`, created
    /// atomically with `expiry` when missing, and returns its new value.
    pub fn add_to(&self, key: &[u8], delta: i64, expiry: u32) -> Result<u64> {
        let done = WireKey::from_script_key(key).and_then(|k| {
            self.written(&k, |k, back| {
                self.change_counter(k, expiry, CounterStep::adding(delta), back)
            })
        });
        self.counted(done)
    }

    /// The counter at `key`, when it exists and holds a number (memcached's decr pads with
    /// spaces, which are ignored).
    pub fn fetch_counter(&self, key: &[u8], out: &mut Vec<u8>) -> Result<Option<i64>> {
        if !self.fetch(key, 64, out)? {
            return Ok(None);
        }
        let text = std::str::from_utf8(trim_like_kamailio(out)).ok();
        match text.and_then(super::params::parse_int) {
            Some(n) => Ok(Some(n)),
            None => Err(Error::NotANumber(format!(
                "the value of '{}' is not a number",
                crate::logging::quoted(key)
            ))),
        }
    }
}
