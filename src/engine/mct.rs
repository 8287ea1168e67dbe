//! What the pseudo-variables mean, as the stock Kamailio module has them, on top of the typed
//! core ([`super::operations`]): `$mct(key)` reads and assigns, `$mcinc`/`$mcdec` change
//! counters, `$mctex` gives a new expiry. The rules live here and nowhere else:
//! - a script key may end in `=>N`, the expiry of the write (else the `expire` parameter);
//! - a value read is an integer when its flags say so under the flags convention and it holds a
//!   number (never with `stringify`), else a string; a value written carries the convention's
//!   string or integer flags, `$null` deletes;
//! - an assignment stores with `set`, or with `add` under `mode` 1;
//! - a counter change takes an integer, or a string holding one.
//!
//! Used by the faces that promise these semantics: Kamailio's pseudo-variables, the C API's
//! `sipmc_pv_get`/`sipmc_pv_set`, and KEMI where its functions are named after them.

use std::ffi::CStr;

use super::operations::Stored;
use super::params::Mode;
use super::Engine;
use crate::error::{Error, Result};
use crate::numbers::{expiry_seconds, parse_expiry, parse_int};
use crate::protocol::format_i64;
use crate::protocol::key::{split_expiry, trim_like_kamailio};

use super::operations::Delta;

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

/// A value handed to an assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueRef<'a> {
    Null,
    Int(i64),
    Str(&'a [u8]),
}

/// What a pseudo-variable read as: `$null`, an integer, or a string. The bytes (for an integer,
/// its decimal text) are in the caller's buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptValue {
    Null,
    Int(i64),
    Str,
}

/// A script's key for a write: the key, and the expiry of its `=>N` suffix or the `expire`
/// parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScriptKey<'a> {
    pub key: &'a [u8],
    pub expiry: u32,
}

impl<'a> ScriptKey<'a> {
    /// Splits `raw` at its first `=>`, as the stock module does. An empty key is refused before a
    /// bad expiry is.
    pub fn parse(engine: &Engine, raw: &'a [u8]) -> Result<ScriptKey<'a>> {
        let split = split_expiry(raw);
        if split.key.is_empty() {
            return Err(Error::EmptyKey);
        }
        let expiry = match split.expiry {
            Some(text) => parse_expiry(&String::from_utf8_lossy(text))?,
            None => engine.params().expire,
        };
        Ok(ScriptKey {
            key: split.key,
            expiry,
        })
    }

    /// Splits `raw` at its first `=>` and takes `expiry` in place of the suffix, which is then
    /// not read (a call that gives its own expiry).
    pub fn with_expiry(raw: &'a [u8], expiry: u32) -> Result<ScriptKey<'a>> {
        let key = split_expiry(raw).key;
        if key.is_empty() {
            return Err(Error::EmptyKey);
        }
        Ok(ScriptKey { key, expiry })
    }
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

    /// Reads the pseudo-variable for `script_key` (a `=>N` is ignored) into `out`: at most
    /// `max_len` bytes, a longer value fails with `ValueTooLarge` without being read.
    pub fn get(
        self,
        engine: &Engine,
        script_key: &[u8],
        max_len: usize,
        out: &mut Vec<u8>,
    ) -> Result<ScriptValue> {
        if self == Pv::McTex {
            // As in the stock module, $mctex is write-only.
            out.clear();
            return Ok(ScriptValue::Null);
        }
        let key = split_expiry(script_key).key;
        Ok(match engine.get(key, max_len, out)? {
            None => ScriptValue::Null,
            Some(item) => typed(engine, item.flags, out),
        })
    }

    /// Assigns `value` to the pseudo-variable for `script_key`.
    pub fn set(self, engine: &Engine, script_key: &[u8], value: ValueRef<'_>) -> Result<()> {
        // What is refused before the core is counted here; the core counts its own.
        let key = engine.counted(ScriptKey::parse(engine, script_key))?;
        match self {
            Pv::Mct => match assign(engine, key, value, engine.params().mode)? {
                Stored::Stored => Ok(()),
                // Counted as not_stored by the core; a failure for a script that assigned.
                Stored::KeyExists => Err(Error::NotStored),
            },
            Pv::McInc => {
                let n = engine.counted(number_from(value, "$mcinc"))?;
                engine.add(key.key, Delta::plus(n), key.expiry).map(drop)
            }
            Pv::McDec => {
                let n = engine.counted(number_from(value, "$mcdec"))?;
                engine.add(key.key, Delta::minus(n), key.expiry).map(drop)
            }
            Pv::McTex => {
                let n = engine.counted(number_from(value, "$mctex"))?;
                let expiry = engine.counted(expiry_seconds(n))?;
                match engine.touch(key.key, expiry)? {
                    true => Ok(()),
                    false => Err(Error::NotFound),
                }
            }
        }
    }
}

/// `$mct(key) = value` with the key's expiry and the given store `mode`: a string or an integer
/// is stored with the flags convention's flags (an integer as its decimal text), `$null` deletes
/// (a missing key is not an error).
pub fn assign(
    engine: &Engine,
    key: ScriptKey<'_>,
    value: ValueRef<'_>,
    mode: Mode,
) -> Result<Stored> {
    let mut digits = [0u8; 20];
    let (data, flags) = match value {
        ValueRef::Null => return engine.remove(key.key).map(|()| Stored::Stored),
        ValueRef::Int(n) => (format_i64(n, &mut digits), engine.convention().integer),
        ValueRef::Str(s) => (s, engine.convention().string),
    };
    engine.store(key.key, data, flags, key.expiry, mode)
}

/// What a value read as: an integer (its canonical text put in `out`) or a string. A value whose
/// flags the convention reads as an integer is one when it holds a number. By default as the
/// stock module reads them: flags with bit 0 clear, whatever their other bits (python-memcached
/// writes ints with flag 2, pymemcache's pickle serde too).
///
/// Inlined: one caller, on every read; out of line it costs 17 instructions a hit (callgrind).
#[inline]
pub fn typed(engine: &Engine, flags: u32, out: &mut Vec<u8>) -> ScriptValue {
    if engine.convention().reads_as_integer(flags) && !engine.params().stringify {
        let number = std::str::from_utf8(trim_like_kamailio(out))
            .ok()
            .and_then(parse_int);
        if let Some(n) = number {
            let mut digits = [0u8; 20];
            let text = format_i64(n, &mut digits);
            out.clear();
            out.extend_from_slice(text);
            return ScriptValue::Int(n);
        }
    }
    ScriptValue::Str
}

/// A whole number from an assigned value: an integer, or a string holding one.
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

    fn engine() -> Engine {
        // No socket is opened before an operation: parsing keys needs none.
        let mut params = super::super::params::Params::default();
        params.set("expire", "77").unwrap();
        Engine::new(params).unwrap()
    }

    #[test]
    fn a_script_key_takes_its_expiry_from_the_arrow_or_the_expire_parameter() {
        let engine = engine();
        let parsed = |raw: &'static [u8]| ScriptKey::parse(&engine, raw);
        assert_eq!(
            parsed(b"k=>5").unwrap(),
            ScriptKey {
                key: b"k",
                expiry: 5
            }
        );
        assert_eq!(parsed(b"k").unwrap().expiry, 77);
        assert_eq!(
            parsed(b"k=>").unwrap().expiry,
            77,
            "an empty suffix is none"
        );
        assert!(matches!(parsed(b"k=>x"), Err(Error::BadExpiry(_))));
        assert!(
            matches!(parsed(b"=>x"), Err(Error::EmptyKey)),
            "the empty key is reported first"
        );
    }
}
