//! The module core: what `$mct`, `$mcinc`, `$mcdec` and `$mctex` mean, init, reload and stats.
//! Host-neutral: no Kamailio or C type appears here.

pub mod flags;
pub mod functions;
pub mod instance;
pub mod kv;
pub mod params;
pub mod report;

use std::cell::Cell;
use std::ffi::CStr;
use std::io::Write as _;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::client::distribution::Distribution;
use crate::client::resolve::{Resolver, SystemResolver};
use crate::client::Client;
use crate::engine::flags::FlagConvention;
use crate::engine::params::{parse_expiry, parse_int, Mode, Params};
use crate::error::{Error, Result};
use crate::near::{Cached, NearCache, PendingWrite, Written};
use crate::protocol::key::{split_expiry, trim_like_kamailio, WireKey};
use crate::protocol::{format_i64, ArithCommand, StoreCommand};
use crate::shared::{bump, SharedRegion};

/// memcached item flags, as the stock Kamailio module writes them (`VAR_VAL_STR` = 1): the
/// default of the `flags` parameter ([`FlagConvention::KAMAILIO`]).
pub const FLAG_INT: u32 = FlagConvention::KAMAILIO.integer;
pub const FLAG_STR: u32 = FlagConvention::KAMAILIO.string;

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

/// memcached's default item size limit (`-I 1m`): the most an item may take, all included.
pub const ITEM_SIZE_MAX: usize = 1024 * 1024;

/// The largest value memcached, with its default item size limit, stores under a key of
/// `key_len` bytes with `flags`. memcached 1.6 counts against the limit (`item_make_header`,
/// `slabs_clsid`): a 48-byte item header, the key and its NUL, the value and its CRLF, 8 bytes of
/// CAS, and 4 bytes for flags other than 0. Measured on memcached 1.6.18 for keys of 1 to 249
/// bytes and both flags (`tests/module.rs`): one byte more is `SERVER_ERROR object too large`.
pub fn max_value_len(key_len: usize, flags: u32) -> usize {
    const HEADER: usize = 48;
    const CAS: usize = 8;
    let flags_len = if flags == 0 { 0 } else { 4 };
    ITEM_SIZE_MAX.saturating_sub(HEADER + key_len + 1 + flags_len + 2 + CAS)
}

/// How often an increment of a missing counter retries when another process creates the counter
/// between our `incr` and our `add`.
const CREATE_RACE_RETRIES: usize = 5;

/// The pseudo-variables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pv {
    /// `$mct(key)`: get, set, `= $null` deletes.
    Mct,
    /// `$mcinc(key) = N`: atomic increment.
    McInc,
    /// `$mcdec(key) = N`: atomic decrement.
    McDec,
    /// `$mctex(key) = N`: set the expiry.
    McTex,
}

impl Pv {
    /// Every pseudo-variable, in the order hosts list them.
    pub const ALL: [Pv; 4] = [Pv::Mct, Pv::McInc, Pv::McDec, Pv::McTex];

    /// The name a script writes after the `$`: the one place the names live.
    pub const fn name(self) -> &'static CStr {
        match self {
            Pv::Mct => c"mct",
            Pv::McInc => c"mcinc",
            Pv::McDec => c"mcdec",
            Pv::McTex => c"mctex",
        }
    }

    pub fn from_name(name: &[u8]) -> Result<Pv> {
        Pv::ALL
            .into_iter()
            .find(|pv| pv.name().to_bytes() == name)
            .ok_or_else(|| Error::UnknownPv(String::from_utf8_lossy(name).into_owned()))
    }
}

/// A value handed to a setter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueRef<'a> {
    Null,
    Int(i64),
    Str(&'a [u8]),
}

/// What a getter found. The bytes (for `Int`, its decimal text) are in the caller's buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Got {
    Null,
    Int(i64),
    Str,
}

/// A whole number from a setter's value: an integer, or a string holding one.
fn number_from(value: ValueRef<'_>, what: &str) -> Result<i64> {
    match value {
        ValueRef::Int(n) => Ok(n),
        ValueRef::Str(s) => std::str::from_utf8(s)
            .ok()
            .and_then(parse_int)
            .ok_or_else(|| {
                Error::NotANumber(format!(
                    "{what} needs an integer, got the string '{}'",
                    crate::logging::quoted(s)
                ))
            }),
        ValueRef::Null => Err(Error::NotANumber(format!(
            "{what} needs an integer, got $null"
        ))),
    }
}

/// A counter change as memcached applies it: `incr` or `decr` by an unsigned amount. Built from
/// the script's signed integer without negating it in `i64`, where -(-2^63) does not exist:
/// `$mcdec(k) = -9223372036854775808` is an `incr` by 2^63.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CounterStep {
    command: ArithCommand,
    amount: u64,
}

impl CounterStep {
    /// `$mcinc(k) = n`: a negative `n` decrements.
    fn adding(n: i64) -> CounterStep {
        CounterStep {
            command: if n >= 0 {
                ArithCommand::Incr
            } else {
                ArithCommand::Decr
            },
            amount: n.unsigned_abs(),
        }
    }

    /// `$mcdec(k) = n`: a negative `n` increments.
    fn subtracting(n: i64) -> CounterStep {
        CounterStep {
            command: if n >= 0 {
                ArithCommand::Decr
            } else {
                ArithCommand::Incr
            },
            amount: n.unsigned_abs(),
        }
    }
}

/// Where a write tells this process's near cache what memcached holds after it (once: the first
/// word counts; [`Engine::written`] ends every write with `Unknown`, which then does nothing).
pub(crate) struct WriteBack<'a> {
    near: Option<&'a NearCache>,
    pending: Cell<Option<PendingWrite>>,
}

impl WriteBack<'_> {
    fn keep(&self, key: &WireKey, written: Written<'_>) {
        if let (Some(near), Some(pending)) = (self.near, self.pending.take()) {
            near.finish_write(key, pending, written);
        }
    }
}

/// The seconds an item written with memcached's `exptime` has to live (-1: never): more than 30
/// days is a Unix time, as memcached reads it.
fn seconds_to_live(exptime: u32) -> i64 {
    const MONTH: u32 = 60 * 60 * 24 * 30;
    match exptime {
        0 => -1,
        e if e <= MONTH => i64::from(e),
        e => {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            (i64::from(e) - now).max(0)
        }
    }
}

pub struct Engine {
    params: Params,
    client: Client,
    shared: Arc<SharedRegion>,
    /// The near cache, when `cache_size` > 0.
    near: Option<NearCache>,
}

impl Engine {
    /// Prepares the module: shared state, the server set. Opens no socket (hosts fork after it).
    pub fn new(params: Params) -> Result<Engine> {
        Self::with_resolver(params, Arc::new(SystemResolver))
    }

    /// [`Engine::new`] with host names resolved by `resolver` instead of the system's resolver.
    pub fn with_resolver(params: Params, resolver: Arc<dyn Resolver>) -> Result<Engine> {
        let shared = Arc::new(SharedRegion::new().map_err(|e| {
            Error::BadArgument(format!("cannot map shared memory for the counters: {e}"))
        })?);
        let client = Client::with_resolver(&params.client_config()?, shared.clone(), resolver)?;
        let near = NearCache::new(&params.near_config(), shared.clone());
        Ok(Engine {
            params,
            client,
            shared,
            near,
        })
    }

    /// What the engine was set up with, for the host's log at startup: the module's version, the
    /// servers and how they are used, then the near cache. Not logged by `new`, so that a host
    /// can write it after releasing any lock of its own (a log callback may call back in).
    pub fn startup_lines(&self) -> Vec<String> {
        let p = &self.params;
        let mut lines = vec![format!(
            "sip-memcached {}: servers {}, distribution {}, failover {}, server_failure_limit {}, \
             retry_interval {} ms, expire {} s, timeout {} ms, mode {}{}{}{}",
            env!("CARGO_PKG_VERSION"),
            p.servers_text,
            match p.distribution {
                Distribution::Ketama => "ketama",
                Distribution::Modula => "modula",
            },
            if p.failover { "on" } else { "off" },
            p.server_failure_limit,
            p.retry_interval.as_millis(),
            p.expire,
            p.timeout.as_millis(),
            match p.mode {
                Mode::Set => "0 (set)",
                Mode::Add => "1 (add)",
            },
            if p.stringify { ", stringify" } else { "" },
            p.flags
                .as_ref()
                .map(|c| format!(", flags {}", c.describe()))
                .unwrap_or_default(),
            if p.trim { ", trim" } else { "" }
        )];
        lines.extend(self.client.setup_summary());
        if self.near.is_some() {
            lines.push(format!(
                "near cache: {} entries, {} bytes, ttl {} ms{} per process",
                p.cache_size,
                p.cache_memory,
                p.cache_ttl.as_millis(),
                if p.cache_negative { ", misses too" } else { "" }
            ));
        }
        if p.memory != 0 {
            lines.push(
                "parameter 'memory' is accepted for compatibility and has no effect: this \
                 module never allocates from the host's memory pools"
                    .into(),
            );
        }
        lines
    }

    /// Per process, after the host forked: nothing inherited from the parent is used.
    pub fn child_init(&self, _rank: i32) {
        self.client.drop_connections();
        if let Some(near) = &self.near {
            near.clear();
        }
    }

    /// The reload hook: every process drops its connections and what it knows of host names at
    /// its next operation.
    pub fn reload(&self) {
        let counters = self.shared.counters();
        counters.epoch.fetch_add(1, Ordering::AcqRel);
        bump(&counters.reloads);
        self.client.drop_connections();
        self.client.reset_health();
        if let Some(near) = &self.near {
            near.clear();
        }
        log::info!(
            "reload: every process empties its near cache, resolves host names again and \
             reconnects on its next operation"
        );
    }

    /// Reads a pseudo-variable. `out` receives the string, or the decimal text of an integer.
    /// A value longer than `max_value_read` fails with `ValueTooLarge`, without being read.
    pub fn get(&self, pv: Pv, script_key: &[u8], out: &mut Vec<u8>) -> Result<Got> {
        self.get_bounded(pv, script_key, usize::MAX, out)
    }

    /// [`Engine::get`] for a caller that can take values of at most `max_len` bytes (a host's
    /// buffer): a longer value fails with `ValueTooLarge` as soon as its size is known, and is
    /// neither read whole nor buffered. The bound is the smaller of `max_len` and
    /// `max_value_read`.
    pub fn get_bounded(
        &self,
        pv: Pv,
        script_key: &[u8],
        max_len: usize,
        out: &mut Vec<u8>,
    ) -> Result<Got> {
        let got = self.read(pv, script_key, max_len, out);
        self.counted(got)
    }

    fn read(&self, pv: Pv, script_key: &[u8], max_len: usize, out: &mut Vec<u8>) -> Result<Got> {
        out.clear();
        if pv == Pv::McTex {
            // As in the stock module, $mctex is write-only.
            return Ok(Got::Null);
        }
        let key = WireKey::from_script_key(split_expiry(script_key).key)?;
        let Some(flags) = self.read_key(&key, max_len, out)? else {
            return Ok(Got::Null);
        };
        if self.params.trim {
            trim_in_place(out);
        }
        Ok(self.decode(flags, out))
    }

    /// The flags convention in force: the `flags` parameter, else the stock Kamailio module's.
    fn convention(&self) -> &FlagConvention {
        self.params
            .flags
            .as_ref()
            .unwrap_or(&FlagConvention::KAMAILIO)
    }

    /// Reads one key's value into `out`, through the near cache when there is one: its flags,
    /// or `None` when the key is missing.
    fn read_key(&self, key: &WireKey, max_len: usize, out: &mut Vec<u8>) -> Result<Option<u32>> {
        out.clear();
        let max = max_len.min(self.params.max_value_read);
        let flags = match &self.near {
            None => self.client.get(key, out, max, self.client.deadline())?,
            Some(near) => match near.lookup(key, out) {
                // Cached by a read with a larger bound.
                Ok(Cached::Value(_)) if out.len() > max => {
                    let len = out.len();
                    out.clear();
                    return Err(Error::ValueTooLarge { len, max });
                }
                Ok(Cached::Value(flags)) => Some(flags),
                Ok(Cached::Missing) => None,
                Err(token) => {
                    let found = self
                        .client
                        .get_with_ttl(key, out, max, self.client.deadline())?;
                    near.fill(key, token, found.map(|(flags, ttl)| (flags, &out[..], ttl)));
                    found.map(|(flags, _)| flags)
                }
            },
        };
        Ok(flags)
    }

    /// What a value read as: an integer (its canonical text put in `out`) or a string.
    /// A value whose flags the convention reads as an integer is one when it holds a number. By
    /// default as the stock module reads them: flags with bit 0 (`FLAG_STR`) clear, whatever
    /// their other bits (python-memcached writes ints with flag 2, pymemcache's pickle serde too).
    fn decode(&self, flags: u32, out: &mut Vec<u8>) -> Got {
        if self.convention().reads_as_integer(flags) && !self.params.stringify {
            let number = std::str::from_utf8(trim_like_kamailio(out))
                .ok()
                .and_then(parse_int);
            if let Some(n) = number {
                let mut digits = [0u8; 20];
                let text = format_i64(n, &mut digits);
                out.clear();
                out.extend_from_slice(text);
                return Got::Int(n);
            }
        }
        Got::Str
    }

    /// Assigns to a pseudo-variable.
    pub fn set(&self, pv: Pv, script_key: &[u8], value: ValueRef<'_>) -> Result<()> {
        let done = self.writing(script_key, |key, expiry, back| {
            self.write(pv, key, expiry, value, back)
        });
        self.counted(done)
    }

    /// Adds `delta` (negative: subtracts, memcached stops at 0) to the counter at `script_key`
    /// and returns its new value. A missing counter is created, atomically, with the expiry of a
    /// `key=>N` suffix or the `expire` parameter. The counter API of hosts that ask for the result
    /// (OpenSIPS's `cache_add`/`cache_sub`), where `$mcinc` discards it.
    pub fn add(&self, script_key: &[u8], delta: i64) -> Result<u64> {
        let done = self.writing(script_key, |key, expiry, back| {
            self.change_counter(key, expiry, CounterStep::adding(delta), back)
        });
        self.counted(done)
    }

    /// Runs a write on the wire key and expiry of `script_key`, through the near cache
    /// ([`Engine::written`]).
    fn writing<T>(
        &self,
        script_key: &[u8],
        write: impl FnOnce(&WireKey, u32, &WriteBack<'_>) -> Result<T>,
    ) -> Result<T> {
        self.writing_until(script_key, None, write)
    }

    /// [`Engine::writing`] with the caller's expiry, when it gives one, in place of the key's.
    fn writing_until<T>(
        &self,
        script_key: &[u8],
        expiry: Option<u32>,
        write: impl FnOnce(&WireKey, u32, &WriteBack<'_>) -> Result<T>,
    ) -> Result<T> {
        let split = split_expiry(script_key);
        let key = WireKey::from_script_key(split.key)?;
        let expiry = match (expiry, split.expiry) {
            (Some(seconds), _) => seconds,
            (None, Some(text)) => parse_expiry(&String::from_utf8_lossy(text))?,
            (None, None) => self.params.expire,
        };
        self.written(&key, |key, back| write(key, expiry, back))
    }

    /// Runs a write on `key` through the near cache: the write says, once memcached confirmed it,
    /// what memcached holds now (`WriteBack::keep`), and this process keeps that; a write that
    /// says nothing (a failure: a timeout may still have written) drops the entry, so that the
    /// old value is never served again.
    fn written<T>(
        &self,
        key: &WireKey,
        write: impl FnOnce(&WireKey, &WriteBack<'_>) -> Result<T>,
    ) -> Result<T> {
        let back = WriteBack {
            near: self.near.as_ref(),
            pending: Cell::new(self.near.as_ref().map(|near| near.begin_write(key))),
        };
        let result = write(key, &back);
        back.keep(key, Written::Unknown);
        result
    }

    /// Counts what a failed operation was refused for (the client counts the server failures).
    fn counted<T>(&self, result: Result<T>) -> Result<T> {
        if let Err(e) = &result {
            match e {
                Error::NotStored => bump(&self.shared.counters().not_stored),
                Error::NotANumber(_)
                | Error::BadExpiry(_)
                | Error::EmptyKey
                | Error::ValueTooLarge { .. }
                | Error::BadArgument(_) => self.count_refused(),
                _ => {}
            }
        }
        result
    }

    /// Counts a refusal of the host adapter's own: a value that does not fit the host's buffer,
    /// a key it cannot render.
    pub fn count_refused(&self) {
        bump(&self.shared.counters().refused);
    }

    fn write(
        &self,
        pv: Pv,
        key: &WireKey,
        expiry: u32,
        value: ValueRef<'_>,
        back: &WriteBack<'_>,
    ) -> Result<()> {
        match pv {
            Pv::Mct => self.set_value(self.store_command(), key, expiry, value, back),
            Pv::McInc => {
                let n = number_from(value, "$mcinc")?;
                self.change_counter(key, expiry, CounterStep::adding(n), back)
                    .map(drop)
            }
            Pv::McDec => {
                let n = number_from(value, "$mcdec")?;
                self.change_counter(key, expiry, CounterStep::subtracting(n), back)
                    .map(drop)
            }
            Pv::McTex => {
                let n = number_from(value, "$mctex")?;
                let exptime = parse_expiry(&n.to_string())?;
                if self.client.touch(key, exptime, self.client.deadline())? {
                    back.keep(
                        key,
                        Written::Touched {
                            ttl: seconds_to_live(exptime),
                        },
                    );
                    Ok(())
                } else {
                    Err(Error::NotFound)
                }
            }
        }
    }

    /// Writes `value` with `command`; `$null` deletes.
    fn set_value(
        &self,
        command: StoreCommand,
        key: &WireKey,
        expiry: u32,
        value: ValueRef<'_>,
        back: &WriteBack<'_>,
    ) -> Result<()> {
        let mut digits = [0u8; 20];
        let (data, flags) = match value {
            ValueRef::Null => {
                // Deleting a missing key is not an error: the key is gone either way.
                self.client.delete(key, self.client.deadline())?;
                back.keep(key, Written::Deleted);
                return Ok(());
            }
            ValueRef::Int(n) => (format_i64(n, &mut digits), self.convention().integer),
            ValueRef::Str(s) => (s, self.convention().string),
        };
        self.store_bytes(command, key, flags, expiry, data, back)
    }

    /// How an assignment stores: `set`, or `add` with `mode` 1.
    fn store_command(&self) -> StoreCommand {
        match self.params.mode {
            Mode::Set => StoreCommand::Set,
            Mode::Add => StoreCommand::Add,
        }
    }

    /// Stores `data` with `flags`.
    fn store_bytes(
        &self,
        command: StoreCommand,
        key: &WireKey,
        flags: u32,
        expiry: u32,
        data: &[u8],
        back: &WriteBack<'_>,
    ) -> Result<()> {
        // Refused here exactly when memcached would refuse it, so that it is not sent for nothing.
        let max = max_value_len(key.as_bytes().len(), flags);
        if data.len() > max {
            return Err(Error::ValueTooLarge {
                len: data.len(),
                max,
            });
        }
        let deadline = self.client.deadline();
        if self
            .client
            .store(command, key, flags, expiry, data, deadline)?
        {
            let ttl = seconds_to_live(expiry);
            back.keep(key, Written::Value { flags, data, ttl });
            Ok(())
        } else {
            Err(Error::NotStored)
        }
    }

    /// Applies `step` atomically on the server. A missing counter is created with the result of
    /// applying it to zero (memcached clamps decrements at zero), with `add`, so that two
    /// processes racing to create it lose no update. Returns the new value.
    fn change_counter(
        &self,
        key: &WireKey,
        expiry: u32,
        step: CounterStep,
        back: &WriteBack<'_>,
    ) -> Result<u64> {
        let CounterStep { command, amount } = step;
        let deadline = self.client.deadline();
        for _ in 0..CREATE_RACE_RETRIES {
            if let Some(value) = self.client.arith(command, key, amount, deadline)? {
                let mut digits = [0u8; 20];
                let len = {
                    let mut cursor = &mut digits[..];
                    // 20 bytes hold every u64 in decimal.
                    let _ = write!(cursor, "{value}");
                    20 - cursor.len()
                };
                back.keep(
                    key,
                    Written::Counter {
                        digits: &digits[..len],
                    },
                );
                return Ok(value);
            }
            let initial = match command {
                ArithCommand::Incr => amount,
                ArithCommand::Decr => 0,
            };
            // Rare path (the counter did not exist): an allocation here costs nothing that matters.
            let text = initial.to_string();
            let flags = self.convention().integer;
            if self.client.store(
                StoreCommand::Add,
                key,
                flags,
                expiry,
                text.as_bytes(),
                deadline,
            )? {
                let ttl = seconds_to_live(expiry);
                let data = text.as_bytes();
                back.keep(key, Written::Value { flags, data, ttl });
                return Ok(initial);
            }
            // Someone else created it between our incr and our add: increment theirs.
        }
        Err(Error::Server {
            server: "memcached".into(),
            message: "the counter kept appearing and disappearing; gave up".into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pv_names() {
        assert_eq!(Pv::from_name(b"mct").unwrap(), Pv::Mct);
        assert_eq!(Pv::from_name(b"mcinc").unwrap(), Pv::McInc);
        assert_eq!(Pv::from_name(b"mcdec").unwrap(), Pv::McDec);
        assert_eq!(Pv::from_name(b"mctex").unwrap(), Pv::McTex);
        assert!(matches!(Pv::from_name(b"MCT"), Err(Error::UnknownPv(_))));
    }

    #[test]
    fn counter_steps_never_overflow_at_the_ends_of_i64() {
        let step = |command, amount| CounterStep { command, amount };
        use ArithCommand::{Decr, Incr};
        assert_eq!(CounterStep::adding(5), step(Incr, 5));
        assert_eq!(CounterStep::adding(-5), step(Decr, 5));
        assert_eq!(CounterStep::adding(i64::MIN), step(Decr, 1 << 63));
        assert_eq!(CounterStep::subtracting(5), step(Decr, 5));
        assert_eq!(CounterStep::subtracting(-5), step(Incr, 5));
        assert_eq!(CounterStep::subtracting(i64::MIN), step(Incr, 1 << 63));
        assert_eq!(
            CounterStep::subtracting(i64::MAX),
            step(Decr, i64::MAX as u64)
        );
        assert_eq!(CounterStep::subtracting(0).amount, 0);
    }

    #[test]
    fn numbers_from_values() {
        assert_eq!(number_from(ValueRef::Int(-3), "x").unwrap(), -3);
        assert_eq!(number_from(ValueRef::Str(b" 12 "), "x").unwrap(), 12);
        assert!(matches!(
            number_from(ValueRef::Str(b"abc"), "x"),
            Err(Error::NotANumber(_))
        ));
        assert!(matches!(
            number_from(ValueRef::Null, "x"),
            Err(Error::NotANumber(_))
        ));
    }

    #[test]
    fn the_largest_value_leaves_room_for_memcacheds_item_header() {
        // The sizes memcached 1.6.18 was seen to store, one byte more being refused.
        assert_eq!(max_value_len(1, FLAG_INT), 1_048_516);
        assert_eq!(max_value_len(1, FLAG_STR), 1_048_512);
        assert_eq!(max_value_len(10, 70_000), 1_048_503);
        assert_eq!(max_value_len(249, FLAG_STR), 1_048_264);
    }

    #[test]
    fn number_trim_matches_memcached_padding() {
        assert_eq!(trim_like_kamailio(b"9   "), b"9");
        assert_eq!(trim_like_kamailio(b" \t42\r\n\0"), b"42");
        assert_eq!(trim_like_kamailio(b"   "), b"");
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
}
