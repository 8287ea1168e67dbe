//! The engine as functions a script calls with explicit arguments (Kamailio's KEMI
//! `KSR.memcached.*`), with the pseudo-variables' semantics: the same key rules (`key=>N` gives
//! the expiry when the call gives none), values typed as `$mct` types them, counters created as
//! `$mcinc` creates them. What the pseudo-variables cannot say, they return: whether an `add`
//! stored, whether a `touch` found the key, a counter's new value. A read is [`Engine::get`] of
//! `Pv::Mct`, an increment [`Engine::add`].

use super::params::expiry_seconds;
use super::{CounterStep, Engine, Pv, ValueRef};
use crate::error::{Error, Result};
use crate::protocol::StoreCommand;

/// How a store that may find its key taken ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    Stored,
    /// `add` found the key there: nothing was written.
    KeyExists,
}

impl Engine {
    /// `$mct(key) = value` (a `$null` value deletes), living `expiry` seconds when given (0:
    /// never), else as the key or the `expire` parameter says. Stores with `set`, or with `add`
    /// under `mode` 1, as the assignment does.
    pub fn set_value_until(
        &self,
        script_key: &[u8],
        value: ValueRef<'_>,
        expiry: Option<i64>,
    ) -> Result<Stored> {
        self.store_as(self.store_command(), script_key, value, expiry)
    }

    /// Stores `value` only when the key is missing (memcached's `add`), whatever `mode` says.
    pub fn add_value(
        &self,
        script_key: &[u8],
        value: ValueRef<'_>,
        expiry: Option<i64>,
    ) -> Result<Stored> {
        self.store_as(StoreCommand::Add, script_key, value, expiry)
    }

    fn store_as(
        &self,
        command: StoreCommand,
        script_key: &[u8],
        value: ValueRef<'_>,
        expiry: Option<i64>,
    ) -> Result<Stored> {
        let expiry = expiry.map(expiry_seconds).transpose();
        let done = expiry.and_then(|expiry| {
            self.writing_until(script_key, expiry, |key, expiry, back| {
                self.set_value(command, key, expiry, value, back)
            })
        });
        match self.counted(done) {
            Ok(()) => Ok(Stored::Stored),
            // Not a failure here: the caller asked whether the key was free.
            Err(Error::NotStored) => Ok(Stored::KeyExists),
            Err(e) => Err(e),
        }
    }

    /// `$mct(key) = $null`: a missing key is not an error (it is gone either way).
    pub fn delete(&self, script_key: &[u8]) -> Result<()> {
        self.set(Pv::Mct, script_key, ValueRef::Null)
    }

    /// `$mcdec(key) = delta`, returning the counter's new value (memcached stops at 0).
    pub fn decrement(&self, script_key: &[u8], delta: i64) -> Result<u64> {
        let done = self.writing(script_key, |key, expiry, back| {
            self.change_counter(key, expiry, CounterStep::subtracting(delta), back)
        });
        self.counted(done)
    }

    /// `$mctex(key) = expiry`: `false` when the key is missing.
    pub fn touch(&self, script_key: &[u8], expiry: i64) -> Result<bool> {
        match self.set(Pv::McTex, script_key, ValueRef::Int(expiry)) {
            Ok(()) => Ok(true),
            Err(Error::NotFound) => Ok(false),
            Err(e) => Err(e),
        }
    }
}
