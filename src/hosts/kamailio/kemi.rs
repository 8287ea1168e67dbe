//! `KSR.memcached.*`: the module's functions for KEMI scripts (Lua, Python, JavaScript…), named
//! and returning as htable's `KSR.htable.sht_*` do, with the semantics of the pseudo-variables.
//! Thin: each function takes its arguments from the host, calls the engine's typed core
//! ([`crate::engine::operations`]) directly, with a script key's `=>N` split off as the
//! pseudo-variables split it ([`ScriptKey`]); only the reads and the stores, which promise what
//! `$mct` reads and assigns, go through the pseudo-variables' rules ([`crate::engine::mct`]).
//! The result goes back in the host's types.
//!
//! Registered by `mod_register`, which the core calls right after its version check (before
//! `mod_init`), with the table of the release found at load time: 5.7.0 renumbered the KEMI
//! type constants ([`KemiTypes`]), so there is one table per numbering and no per-call branch.
//!
//! Integer results: 1 when done; -1 when memcached said no for a reason of the data (`mc_adds`:
//! the key exists, `mc_touch`: the key is missing, and any store under `mode` 1 that finds its
//! key); -2 when it failed (memcached, or the arguments), with the reason in the log as for the
//! pseudo-variables (rate-limited by kind).

use std::cell::{RefCell, UnsafeCell};
use std::ffi::{c_char, c_int, c_void, CStr};
use std::marker::PhantomData;
use std::ptr::null;
use std::sync::atomic::{AtomicPtr, Ordering};

use super::abi::kemi::{
    KemiTypes, SrKemi, XVal, XValue, KEMI_PARAMS_MAX, SR_KEMIP_INT, SR_KEMIP_NONE, SR_KEMIP_STR,
};
use super::abi::Str;
use super::callback;
use crate::boundary::OnPanic;
use crate::engine::mct::{self, ScriptKey};
use crate::engine::params::Mode;
use crate::engine::{instance, Delta, Engine, Pv, ScriptValue, Stored, ValueRef};
use crate::error::{Error, Result};
use crate::hosts::failure_log::{log_failure, log_refused};
use crate::hosts::loaded::symbol;
use crate::hosts::scratch::KEPT_CAPACITY;
use crate::logging::quoted;
use crate::numbers::expiry_seconds;

const DONE: c_int = 1;
const NOT_DONE: c_int = -1;
const FAILED: c_int = -2;

/// An integer result; -2 (failed) when the call panicked.
#[repr(transparent)]
pub struct Int(c_int);

impl OnPanic for Int {
    fn on_panic(_: &str) -> Int {
        Int(FAILED)
    }
}

/// A value result: a pointer to this thread's [`XVal`]; `$null` when the call panicked.
#[repr(transparent)]
pub struct XValPtr<K>(*mut XVal, PhantomData<K>);

impl<K: KemiTypes> OnPanic for XValPtr<K> {
    fn on_panic(_: &str) -> XValPtr<K> {
        returned::<K>(Returned::Null)
    }
}

thread_local! {
    /// What the last value function returned: the caller reads it before its next call.
    static RESULT: UnsafeCell<XVal> = const {
        UnsafeCell::new(XVal { vtype: SR_KEMIP_NONE, v: XValue { n: 0 } })
    };
    /// The bytes of the last string returned, kept until the next call.
    static BYTES: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// A value function's result, before it is put in the host's type.
enum Returned {
    Null,
    /// The string in [`BYTES`], NUL-terminated there.
    Bytes,
    Number(i64),
}

/// This thread's [`XVal`], filled with `value` in the numbering of `K`.
fn returned<K: KemiTypes>(value: Returned) -> XValPtr<K> {
    let text = |bytes: &[u8]| Str {
        s: bytes.as_ptr().cast_mut().cast::<c_char>(),
        len: bytes.len().saturating_sub(1) as c_int,
    };
    let xval = match value {
        Returned::Null => XVal {
            vtype: K::NULL,
            v: XValue { n: 0 },
        },
        Returned::Number(n) => match (c_int::try_from(n), K::LONG) {
            (Ok(n), _) => XVal {
                vtype: SR_KEMIP_INT,
                v: XValue { n },
            },
            (Err(_), Some(long)) => XVal {
                vtype: long,
                v: XValue { l: n },
            },
            // 5.6 has no wider integer: the digits, as `$mct` gives them there.
            (Err(_), None) => BYTES.with_borrow_mut(|b| {
                b.clear();
                b.extend_from_slice(n.to_string().as_bytes());
                b.push(0);
                XVal {
                    vtype: SR_KEMIP_STR,
                    v: XValue { s: text(b) },
                }
            }),
        },
        Returned::Bytes => BYTES.with_borrow(|b| XVal {
            vtype: SR_KEMIP_STR,
            v: XValue { s: text(b) },
        }),
    };
    let ptr = RESULT.with(UnsafeCell::get);
    // SAFETY: this thread's own value; the host has consumed the previous one (one call at a time).
    unsafe { ptr.write(xval) };
    XValPtr(ptr, PhantomData)
}

/// The bytes of a `str` argument: `None` for a NULL pointer or a negative length.
///
/// # Safety
/// `s` is NULL or the host's `str`, valid during the call.
unsafe fn bytes<'a>(s: *const Str) -> Option<&'a [u8]> {
    // SAFETY: by this function's contract.
    let s = unsafe { s.as_ref() }?;
    match s.len {
        0 => Some(&[]),
        len if len > 0 && !s.s.is_null() => {
            // SAFETY: the host's str points to len bytes.
            Some(unsafe { std::slice::from_raw_parts(s.s.cast::<u8>(), len as usize) })
        }
        _ => None,
    }
}

/// One call: its name for the log, its key.
struct Call<'a> {
    name: &'static str,
    key: &'a [u8],
}

impl<'a> Call<'a> {
    /// # Safety
    /// `key` is NULL or the host's `str`, valid during the call.
    unsafe fn new(name: &'static str, key: *const Str) -> Option<Call<'a>> {
        // SAFETY: by this function's contract.
        let Some(key) = (unsafe { bytes(key) }) else {
            refused(name, "the key is not a string");
            return None;
        };
        Some(Call { name, key })
    }

    /// Runs `f` on the engine, reached as the pseudo-variables reach it
    /// ([`instance::with_engine`]: no lock, no reference count on a script's every call).
    fn engine<T>(&self, f: impl FnOnce(&Engine) -> Result<T>) -> Result<T> {
        instance::with_engine(f).and_then(|done| done)
    }

    /// Logs a failure of the operation (rate-limited by kind).
    fn failed(&self, e: &Error) {
        log_failure(
            &format!("KSR.memcached.{}({})", self.name, quoted(self.key)),
            e,
        );
    }

    fn int(&self, result: Result<bool>) -> Int {
        match result {
            Ok(true) => Int(DONE),
            Ok(false) => Int(NOT_DONE),
            Err(e) => {
                self.failed(&e);
                Int(FAILED)
            }
        }
    }
}

fn refused(name: &str, why: &str) {
    log_refused(&format!("KSR.memcached.{name}: {why}"));
    if let Ok(engine) = instance::engine() {
        engine.count_refused();
    }
}

/// # Safety
/// `key` is NULL or the host's `str`, valid during the call.
unsafe fn read<K: KemiTypes>(name: &'static str, key: *const Str, empty: bool) -> XValPtr<K> {
    let missing = || match empty {
        true => {
            BYTES.with_borrow_mut(|b| {
                b.clear();
                b.push(0);
            });
            Returned::Bytes
        }
        false => Returned::Null,
    };
    // SAFETY: forwarded.
    let Some(call) = (unsafe { Call::new(name, key) }) else {
        return returned::<K>(missing());
    };
    let got = BYTES.with_borrow_mut(|b| {
        if b.capacity() > KEPT_CAPACITY {
            *b = Vec::new();
        }
        let got = call.engine(|e| Pv::Mct.get(e, call.key, usize::MAX, b));
        if let Ok(ScriptValue::Str) = got {
            b.push(0);
        }
        got
    });
    returned::<K>(match got {
        Ok(ScriptValue::Int(n)) => Returned::Number(n),
        Ok(ScriptValue::Str) => Returned::Bytes,
        Ok(ScriptValue::Null) => missing(),
        Err(e) => {
            call.failed(&e);
            missing()
        }
    })
}

/// `KSR.memcached.mc_get(key)`: the value as `$mct(key)` reads it: a string, an integer, or
/// `$null` (nil, None…) when the key is missing or the read failed.
unsafe extern "C" fn mc_get<K: KemiTypes>(_msg: *mut c_void, key: *mut Str) -> XValPtr<K> {
    // SAFETY: the host's arguments.
    callback(|| unsafe { read::<K>("mc_get", key, false) })
}

/// `KSR.memcached.mc_gete(key)`: as `mc_get`, with an empty string instead of `$null`.
unsafe extern "C" fn mc_gete<K: KemiTypes>(_msg: *mut c_void, key: *mut Str) -> XValPtr<K> {
    // SAFETY: the host's arguments.
    callback(|| unsafe { read::<K>("mc_gete", key, true) })
}

/// # Safety
/// `key` and `value` are NULL or the host's `str`s, valid during the call.
unsafe fn store(
    name: &'static str,
    key: *const Str,
    value: Option<ValueRef<'_>>,
    expiry: Option<c_int>,
    add: bool,
) -> Int {
    // SAFETY: forwarded.
    let Some(call) = (unsafe { Call::new(name, key) }) else {
        return Int(FAILED);
    };
    let Some(value) = value else {
        refused(name, "the value is not a string");
        return Int(FAILED);
    };
    let stored = call.engine(|e| {
        let key = e.counted(match expiry {
            // The call's expiry, when it gives one, in place of the key's `=>N`.
            Some(seconds) => expiry_seconds(seconds.into())
                .and_then(|expiry| ScriptKey::with_expiry(call.key, expiry)),
            None => ScriptKey::parse(e, call.key),
        })?;
        let mode = if add { Mode::Add } else { e.params().mode };
        mct::assign(e, key, value, mode)
    });
    call.int(stored.map(|s| s == Stored::Stored))
}

/// # Safety
/// `s` is NULL or the host's `str`, valid during the call.
unsafe fn text<'a>(s: *const Str) -> Option<ValueRef<'a>> {
    // SAFETY: forwarded.
    unsafe { bytes(s) }.map(ValueRef::Str)
}

/// `KSR.memcached.mc_sets(key, value)`: `$mct(key) = value` (the expiry of `key=>N`, else
/// `expire`).
unsafe extern "C" fn mc_sets(_msg: *mut c_void, key: *mut Str, value: *mut Str) -> Int {
    // SAFETY: the host's arguments.
    callback(|| unsafe { store("mc_sets", key, text(value), None, false) })
}

/// `KSR.memcached.mc_seti(key, value)`: `$mct(key) = value` for an integer.
unsafe extern "C" fn mc_seti(_msg: *mut c_void, key: *mut Str, value: c_int) -> Int {
    let value = Some(ValueRef::Int(value.into()));
    // SAFETY: the host's arguments.
    callback(|| unsafe { store("mc_seti", key, value, None, false) })
}

/// `KSR.memcached.mc_setxs(key, value, expiry)`: `mc_sets` living `expiry` seconds (0: never).
unsafe extern "C" fn mc_setxs(
    _msg: *mut c_void,
    key: *mut Str,
    value: *mut Str,
    expiry: c_int,
) -> Int {
    // SAFETY: the host's arguments.
    callback(|| unsafe { store("mc_setxs", key, text(value), Some(expiry), false) })
}

/// `KSR.memcached.mc_setxi(key, value, expiry)`: `mc_seti` living `expiry` seconds (0: never).
unsafe extern "C" fn mc_setxi(
    _msg: *mut c_void,
    key: *mut Str,
    value: c_int,
    expiry: c_int,
) -> Int {
    let value = Some(ValueRef::Int(value.into()));
    // SAFETY: the host's arguments.
    callback(|| unsafe { store("mc_setxi", key, value, Some(expiry), false) })
}

/// `KSR.memcached.mc_adds(key, value)`: stores only when the key is missing: 1 stored, -1 the
/// key exists (nothing written).
unsafe extern "C" fn mc_adds(_msg: *mut c_void, key: *mut Str, value: *mut Str) -> Int {
    // SAFETY: the host's arguments.
    callback(|| unsafe { store("mc_adds", key, text(value), None, true) })
}

/// `KSR.memcached.mc_addxs(key, value, expiry)`: `mc_adds` living `expiry` seconds (0: never).
unsafe extern "C" fn mc_addxs(
    _msg: *mut c_void,
    key: *mut Str,
    value: *mut Str,
    expiry: c_int,
) -> Int {
    // SAFETY: the host's arguments.
    callback(|| unsafe { store("mc_addxs", key, text(value), Some(expiry), true) })
}

/// `KSR.memcached.mc_rm(key)`: `$mct(key) = $null`; 1 also when the key was missing.
unsafe extern "C" fn mc_rm(_msg: *mut c_void, key: *mut Str) -> Int {
    callback(|| {
        // SAFETY: the host's arguments.
        let Some(call) = (unsafe { Call::new("mc_rm", key) }) else {
            return Int(FAILED);
        };
        let removed = call.engine(|e| {
            let key = e.counted(ScriptKey::parse(e, call.key))?;
            e.remove(key.key)
        });
        call.int(removed.map(|()| true))
    })
}

/// `KSR.memcached.mc_touch(key, expiry)`: `$mctex(key) = expiry`: 1 done, -1 the key is missing.
unsafe extern "C" fn mc_touch(_msg: *mut c_void, key: *mut Str, expiry: c_int) -> Int {
    callback(|| {
        // SAFETY: the host's arguments.
        let Some(call) = (unsafe { Call::new("mc_touch", key) }) else {
            return Int(FAILED);
        };
        call.int(call.engine(|e| {
            let key = e.counted(ScriptKey::parse(e, call.key))?;
            let expiry = e.counted(expiry_seconds(expiry.into()))?;
            e.touch(key.key, expiry)
        }))
    })
}

/// # Safety
/// `key` is NULL or the host's `str`, valid during the call.
unsafe fn counter<K: KemiTypes>(name: &'static str, key: *const Str, delta: Delta) -> XValPtr<K> {
    // SAFETY: forwarded.
    let Some(call) = (unsafe { Call::new(name, key) }) else {
        return returned::<K>(Returned::Null);
    };
    let changed = call.engine(|e| {
        let key = e.counted(ScriptKey::parse(e, call.key))?;
        e.add(key.key, delta, key.expiry)
    });
    returned::<K>(match changed {
        // memcached counters are 64-bit unsigned; one past i64 is shown as the most it can hold.
        Ok(n) => Returned::Number(i64::try_from(n).unwrap_or(i64::MAX)),
        Err(e) => {
            call.failed(&e);
            Returned::Null
        }
    })
}

/// `KSR.memcached.mc_inc(key, delta)`: `$mcinc(key) = delta`, returning the counter's new value
/// (`$null` when it failed). A missing counter is created, as `$mcinc` creates it.
unsafe extern "C" fn mc_inc<K: KemiTypes>(
    _msg: *mut c_void,
    key: *mut Str,
    delta: c_int,
) -> XValPtr<K> {
    // SAFETY: the host's arguments.
    callback(|| unsafe { counter::<K>("mc_inc", key, Delta::plus(delta.into())) })
}

/// `KSR.memcached.mc_dec(key, delta)`: `$mcdec(key) = delta`, returning the counter's new value
/// (memcached stops at 0; `$null` when it failed).
unsafe extern "C" fn mc_dec<K: KemiTypes>(
    _msg: *mut c_void,
    key: *mut Str,
    delta: c_int,
) -> XValPtr<K> {
    // SAFETY: the host's arguments.
    callback(|| unsafe { counter::<K>("mc_dec", key, Delta::minus(delta.into())) })
}

const fn name(text: &'static CStr) -> Str {
    Str {
        s: text.as_ptr().cast_mut(),
        len: text.count_bytes() as c_int,
    }
}

const fn entry(
    fname: &'static CStr,
    rtype: c_int,
    func: *const c_void,
    params: &[c_int],
) -> SrKemi {
    let mut ptypes = [SR_KEMIP_NONE; KEMI_PARAMS_MAX];
    let mut i = 0;
    while i < params.len() {
        ptypes[i] = params[i];
        i += 1;
    }
    SrKemi {
        mname: name(c"memcached"),
        fname: name(fname),
        rtype,
        func,
        ptypes,
    }
}

/// How many functions the table exports (its end marker aside).
const FUNCTIONS: usize = 12;

/// The export table, in the numbering of `K`, ended by an entry with no name.
pub struct Table(pub [SrKemi; FUNCTIONS + 1]);

// SAFETY: read-only after it is built: pointers to static names and to functions.
unsafe impl Sync for Table {}

const fn table<K: KemiTypes>() -> Table {
    const S: c_int = SR_KEMIP_STR;
    const I: c_int = SR_KEMIP_INT;
    let x = K::XVAL;
    Table([
        entry(c"mc_get", x, mc_get::<K> as *const c_void, &[S]),
        entry(c"mc_gete", x, mc_gete::<K> as *const c_void, &[S]),
        entry(c"mc_sets", I, mc_sets as *const c_void, &[S, S]),
        entry(c"mc_seti", I, mc_seti as *const c_void, &[S, I]),
        entry(c"mc_setxs", I, mc_setxs as *const c_void, &[S, S, I]),
        entry(c"mc_setxi", I, mc_setxi as *const c_void, &[S, I, I]),
        entry(c"mc_adds", I, mc_adds as *const c_void, &[S, S]),
        entry(c"mc_addxs", I, mc_addxs as *const c_void, &[S, S, I]),
        entry(c"mc_rm", I, mc_rm as *const c_void, &[S]),
        entry(c"mc_touch", I, mc_touch as *const c_void, &[S, I]),
        entry(c"mc_inc", x, mc_inc::<K> as *const c_void, &[S, I]),
        entry(c"mc_dec", x, mc_dec::<K> as *const c_void, &[S, I]),
        SrKemi {
            mname: Str {
                s: std::ptr::null_mut(),
                len: 0,
            },
            fname: Str {
                s: std::ptr::null_mut(),
                len: 0,
            },
            rtype: 0,
            func: null(),
            ptypes: [0; KEMI_PARAMS_MAX],
        },
    ])
}

pub static TABLE_5_6: Table = table::<super::abi::kemi::Kemi5_6>();
pub static TABLE_5_7: Table = table::<super::abi::kemi::Kemi5_7>();

/// The table of the release found at load time; NULL in any other host.
static SELECTED: AtomicPtr<Table> = AtomicPtr::new(std::ptr::null_mut());

/// Called at load time with the table for the release found.
pub fn select(table: &'static Table) {
    SELECTED.store(std::ptr::from_ref(table).cast_mut(), Ordering::Release);
}

type KemiModulesAddFn = unsafe extern "C" fn(*mut SrKemi) -> c_int;

/// Kamailio calls a module's `mod_register` after its version check, before registering it.
/// Registers `KSR.memcached`; a failure is logged and the module loads without KEMI (the
/// pseudo-variables do not need it). Does nothing in other hosts (OpenSIPS does not call it).
///
/// # Safety
/// Called by Kamailio's loader with its arguments (unused).
#[no_mangle]
pub unsafe extern "C" fn mod_register(
    _path: *mut c_char,
    _dlflags: *mut c_int,
    _p1: *mut c_void,
    _p2: *mut c_void,
) -> c_int {
    callback(|| {
        let table = SELECTED.load(Ordering::Acquire);
        if table.is_null() {
            return 0;
        }
        let Some(add) = symbol(c"sr_kemi_modules_add") else {
            log::error!("this Kamailio has no sr_kemi_modules_add: KSR.memcached is not exported");
            return 0;
        };
        // SAFETY: the host's function of this signature (§7); the table is static, and the core
        // keeps its pointer and only reads through it.
        let rc = unsafe {
            let add = std::mem::transmute::<*mut c_void, KemiModulesAddFn>(add);
            add((*table).0.as_ptr().cast_mut())
        };
        if rc != 0 {
            log::error!("sr_kemi_modules_add failed ({rc}): KSR.memcached is not exported");
        }
        0
    })
}
