//! The module core: what `$mct`, `$mcinc`, `$mcdec` and `$mctex` mean, init, reload and stats.
//! Host-neutral: no Kamailio or C type appears here.

pub mod instance;
pub mod params;

use std::ffi::CStr;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::client::Client;
use crate::engine::params::{parse_expiry, parse_int, Mode, Params};
use crate::error::{Error, Result};
use crate::near::{Cached, Near};
use crate::protocol::key::{split_expiry, trim_like_kamailio, WireKey};
use crate::protocol::{format_i64, ArithCommand, StoreCommand};
use crate::shared::{bump, SharedRegion, Stats};

/// memcached item flags, as the stock Kamailio module writes them (`VAR_VAL_STR` = 1).
pub const FLAG_INT: u32 = 0;
pub const FLAG_STR: u32 = 1;

/// The largest value this module stores (memcached's default item size limit).
pub const MAX_VALUE: usize = 1024 * 1024;

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

/// One server's health as `stats` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerStats {
    pub name: String,
    pub down: bool,
    pub consecutive_failures: u64,
    pub operations: u64,
    pub failures: u64,
    pub timeouts: u64,
    pub marked_down: u64,
}

impl ServerStats {
    /// The counters with their names, in the order stats show them.
    pub fn rows(&self) -> [(&'static str, u64); 5] {
        [
            ("operations", self.operations),
            ("failures", self.failures),
            ("timeouts", self.timeouts),
            ("consecutive_failures", self.consecutive_failures),
            ("marked_down", self.marked_down),
        ]
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
                    String::from_utf8_lossy(s)
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

pub struct Engine {
    params: Params,
    client: Client,
    shared: Arc<SharedRegion>,
    /// The near cache, when `cache_size` > 0.
    near: Option<Near>,
}

impl Engine {
    /// Prepares the module: shared state, the server set. Opens no socket (hosts fork after it).
    pub fn new(params: Params) -> Result<Engine> {
        let shared = Arc::new(SharedRegion::new().map_err(|e| {
            Error::BadArgument(format!("cannot map shared memory for the counters: {e}"))
        })?);
        let client = Client::new(&params.client_config(), shared.clone());
        let near = Near::new(&params.near_config(), shared.clone());
        log::info!(
            "servers {}, expire {} s, timeout {} ms, mode {}{}",
            params.servers_text,
            params.expire,
            params.timeout.as_millis(),
            match params.mode {
                Mode::Set => "0 (set)",
                Mode::Add => "1 (add)",
            },
            if params.stringify { ", stringify" } else { "" }
        );
        if near.is_some() {
            log::info!(
                "near cache: {} entries, {} bytes, ttl {} ms{} per process",
                params.cache_size,
                params.cache_memory,
                params.cache_ttl.as_millis(),
                if params.cache_negative {
                    ", misses too"
                } else {
                    ""
                }
            );
        }
        Ok(Engine {
            params,
            client,
            shared,
            near,
        })
    }

    /// Per process, after the host forked: nothing inherited from the parent is used.
    pub fn child_init(&self, _rank: i32) {
        self.client.drop_connections();
        if let Some(near) = &self.near {
            near.clear();
        }
    }

    /// The reload hook: every process drops its connections at its next operation.
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
            "reload: every process empties its near cache and reconnects on its next operation"
        );
    }

    pub fn stats(&self) -> Stats {
        self.shared.snapshot()
    }

    pub fn server_names(&self) -> Vec<String> {
        self.client
            .servers()
            .iter()
            .map(|s| s.name.clone())
            .collect()
    }

    /// Each server's state and counters, summed over every process.
    pub fn server_stats(&self) -> Vec<ServerStats> {
        self.client
            .health()
            .map(|(name, h)| ServerStats {
                name: name.to_string(),
                down: self.client.is_down(h),
                consecutive_failures: h.consecutive_failures.load(Ordering::Relaxed),
                operations: h.operations.load(Ordering::Relaxed),
                failures: h.failures.load(Ordering::Relaxed),
                timeouts: h.timeouts.load(Ordering::Relaxed),
                marked_down: h.marked_down.load(Ordering::Relaxed),
            })
            .collect()
    }

    /// The counters and every server's state, as `name: value` lines.
    pub fn stats_text(&self) -> String {
        let mut text = format!("servers: {}\n", self.server_names().join(" "));
        text.push_str(&self.stats().to_text());
        for s in self.server_stats() {
            let counters: Vec<String> = s.rows().iter().map(|(k, v)| format!("{k}={v}")).collect();
            text.push_str(&format!(
                "server {}: state={} {}\n",
                s.name,
                if s.down { "down" } else { "up" },
                counters.join(" ")
            ));
        }
        text
    }

    /// Reads a pseudo-variable. `out` receives the string, or the decimal text of an integer.
    pub fn get(&self, pv: Pv, script_key: &[u8], out: &mut Vec<u8>) -> Result<Got> {
        out.clear();
        if pv == Pv::McTex {
            // As in the stock module, $mctex is write-only.
            return Ok(Got::Null);
        }
        let key = WireKey::from_script_key(split_expiry(script_key).key)?;
        let flags = match &self.near {
            None => self.client.get(&key, out)?,
            Some(near) => match near.lookup(&key, out) {
                Ok(Cached::Value(flags)) => Some(flags),
                Ok(Cached::Missing) => None,
                Err(token) => {
                    let found = self.client.get_with_ttl(&key, out)?;
                    near.fill(
                        &key,
                        token,
                        found.map(|(flags, ttl)| (flags, &out[..], ttl)),
                    );
                    found.map(|(flags, _)| flags)
                }
            },
        };
        let Some(flags) = flags else {
            return Ok(Got::Null);
        };
        Ok(self.decode(flags, out))
    }

    /// What a value read as: an integer (its canonical text put in `out`) or a string.
    fn decode(&self, flags: u32, out: &mut Vec<u8>) -> Got {
        if flags == FLAG_INT && !self.params.stringify {
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
        self.writing(script_key, |key, expiry| self.write(pv, key, expiry, value))
    }

    /// Adds `delta` (negative: subtracts, memcached stops at 0) to the counter at `script_key`
    /// and returns its new value. A missing counter is created, atomically, with the expiry of a
    /// `key=>N` suffix or the `expire` parameter. The counter API of hosts that ask for the result
    /// (OpenSIPS's `cache_add`/`cache_sub`), where `$mcinc` discards it.
    pub fn add(&self, script_key: &[u8], delta: i64) -> Result<u64> {
        self.writing(script_key, |key, expiry| {
            self.change_counter(key, expiry, CounterStep::adding(delta))
        })
    }

    /// Runs a write on the wire key and expiry of `script_key`, then drops the near cache's entry.
    fn writing<T>(
        &self,
        script_key: &[u8],
        write: impl FnOnce(&WireKey, u32) -> Result<T>,
    ) -> Result<T> {
        let split = split_expiry(script_key);
        let key = WireKey::from_script_key(split.key)?;
        let expiry = match split.expiry {
            Some(text) => parse_expiry(&String::from_utf8_lossy(text))?,
            None => self.params.expire,
        };
        let result = write(&key, expiry);
        // Whatever the outcome (a timeout may still have written), this process must not serve
        // the old value again.
        if let Some(near) = &self.near {
            near.invalidate(&key);
        }
        result
    }

    fn write(&self, pv: Pv, key: &WireKey, expiry: u32, value: ValueRef<'_>) -> Result<()> {
        match pv {
            Pv::Mct => self.set_value(key, expiry, value),
            Pv::McInc => {
                let n = number_from(value, "$mcinc")?;
                self.change_counter(key, expiry, CounterStep::adding(n))
                    .map(drop)
            }
            Pv::McDec => {
                let n = number_from(value, "$mcdec")?;
                self.change_counter(key, expiry, CounterStep::subtracting(n))
                    .map(drop)
            }
            Pv::McTex => {
                let n = number_from(value, "$mctex")?;
                let exptime = parse_expiry(&n.to_string())?;
                if self.client.touch(key, exptime)? {
                    Ok(())
                } else {
                    Err(Error::NotFound)
                }
            }
        }
    }

    fn set_value(&self, key: &WireKey, expiry: u32, value: ValueRef<'_>) -> Result<()> {
        let mut digits = [0u8; 20];
        let (data, flags) = match value {
            ValueRef::Null => {
                // Deleting a missing key is not an error: the key is gone either way.
                self.client.delete(key)?;
                return Ok(());
            }
            ValueRef::Int(n) => (format_i64(n, &mut digits), FLAG_INT),
            ValueRef::Str(s) => (s, FLAG_STR),
        };
        if data.len() > MAX_VALUE {
            return Err(Error::ValueTooLarge {
                len: data.len(),
                max: MAX_VALUE,
            });
        }
        let command = match self.params.mode {
            Mode::Set => StoreCommand::Set,
            Mode::Add => StoreCommand::Add,
        };
        if self.client.store(command, key, flags, expiry, data)? {
            Ok(())
        } else {
            Err(Error::NotStored)
        }
    }

    /// Applies `step` atomically on the server. A missing counter is created with the result of
    /// applying it to zero (memcached clamps decrements at zero), with `add`, so that two
    /// processes racing to create it lose no update. Returns the new value.
    fn change_counter(&self, key: &WireKey, expiry: u32, step: CounterStep) -> Result<u64> {
        let CounterStep { command, amount } = step;
        for _ in 0..CREATE_RACE_RETRIES {
            if let Some(value) = self.client.arith(command, key, amount)? {
                return Ok(value);
            }
            let initial = match command {
                ArithCommand::Incr => amount,
                ArithCommand::Decr => 0,
            };
            // Rare path (the counter did not exist): an allocation here costs nothing that matters.
            let text = initial.to_string();
            if self
                .client
                .store(StoreCommand::Add, key, FLAG_INT, expiry, text.as_bytes())?
            {
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
    fn number_trim_matches_memcached_padding() {
        assert_eq!(trim_like_kamailio(b"9   "), b"9");
        assert_eq!(trim_like_kamailio(b" \t42\r\n\0"), b"42");
        assert_eq!(trim_like_kamailio(b"   "), b"");
    }
}
