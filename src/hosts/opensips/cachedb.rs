//! The CacheDB engine `memcached`: the functions the core calls for `cache_store`,
//! `cache_fetch`, `cache_remove`, `cache_add`, `cache_sub`, `cache_counter_fetch` and the MI
//! `cache_*` commands, for every module that takes a `cachedb_url` (dialog, ratelimit, …).
//! Return codes as the core expects them: 0 done, -2 not found, -1 failure.
//!
//! Each function calls the engine's typed core ([`crate::engine::operations`]) directly: a key
//! is taken whole (a `=>N` in it is part of the key), a value is bytes, the expiry the core's.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr::null_mut;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Instant;

use super::abi::CACHEDB_CAP_BINARY_VALUE;
use super::abi::{CachedbCon, CachedbEngine, CachedbFuncs, CachedbId, PoolHeader, Str};
use super::callback;
use super::engines;
use super::host::Host;
use super::params::EXEC_THRESHOLD_US;
use crate::engine::item::{counter_value, exptime_of};
use crate::engine::{Delta, Engine, Stored};
use crate::error::{Error, Result};
use crate::hosts::failure_log::{log_failure, RateLimit};
use crate::hosts::scratch::Scratch;
use crate::logging::quoted;

/// What `new_connection` makes: the core's pool header first, then our engine.
#[repr(C)]
struct PoolConnection {
    header: PoolHeader,
    engine: Arc<Engine>,
}

unsafe extern "C" fn new_connection(id: *mut CachedbId) -> *mut c_void {
    callback(|| {
        // SAFETY: the core passes the parsed id of a URL it was given.
        let Some(id_ref) = (unsafe { id.as_ref() }) else {
            return null_mut();
        };
        if id_ref.initial_url.is_null() {
            return null_mut();
        }
        // SAFETY: a NUL-terminated copy of the URL, owned by the id.
        let url = unsafe { CStr::from_ptr(id_ref.initial_url) }.to_bytes();
        let found = match engines::for_url(url) {
            Ok(found) => found,
            Err(why) => {
                let shown = super::url::masked(&String::from_utf8_lossy(url));
                log::error!("cachedb_url '{}': {why}", quoted(shown.as_bytes()));
                return null_mut();
            }
        };
        let conn = Box::new(PoolConnection {
            header: PoolHeader {
                id,
                refs: 1,
                next: null_mut(),
            },
            engine: found.engine.clone(),
        });
        Box::into_raw(conn).cast()
    })
}

unsafe extern "C" fn free_connection(conn: *mut c_void) {
    callback(|| {
        if !conn.is_null() {
            // SAFETY: made by new_connection with Box::into_raw; the core frees it once.
            drop(unsafe { Box::from_raw(conn.cast::<PoolConnection>()) });
        }
    })
}

pub(super) unsafe extern "C" fn init(url: *mut Str) -> *mut CachedbCon {
    callback(|| match Host::get() {
        // SAFETY: the core's own function, with the URL it passed us.
        Some(host) => unsafe { (host.cachedb_do_init)(url, new_connection) },
        None => null_mut(),
    })
}

unsafe extern "C" fn destroy(con: *mut CachedbCon) {
    callback(|| {
        if let Some(host) = Host::get() {
            // SAFETY: the core's own function, with a connection its init made.
            unsafe { (host.cachedb_do_close)(con, free_connection) }
        }
    })
}

/// The engine behind a connection, and the key of the call.
///
/// # Safety
/// `con` and `attr` are NULL or what the core passes to an engine function.
unsafe fn call<'a>(con: *mut CachedbCon, attr: *mut Str) -> Option<(&'a Engine, &'a [u8])> {
    // SAFETY: by this function's contract; data is the PoolConnection new_connection made.
    unsafe {
        let conn = con.as_ref()?.data.cast::<PoolConnection>().as_ref()?;
        let attr = attr.as_ref()?;
        if attr.s.is_null() || attr.len <= 0 {
            log::error!("an empty key");
            return None;
        }
        let key = std::slice::from_raw_parts(attr.s.cast::<u8>(), attr.len as usize);
        Some((&*conn.engine, key))
    }
}

static SLOW: RateLimit = RateLimit::new();

/// Runs one operation: timed against `exec_threshold`, failures logged (rate-limited).
fn timed<T>(what: &str, key: &[u8], op: impl FnOnce() -> Result<T>) -> Result<T> {
    // The clock is read only when there is a threshold (0, the default: never).
    let threshold = EXEC_THRESHOLD_US.load(Ordering::Relaxed);
    let started = (threshold > 0).then(Instant::now);
    let result = op();
    let took = started.map_or(0, |s| s.elapsed().as_micros() as i64);
    if threshold > 0 && took > threshold {
        let now = crate::hosts::failure_log::seconds_since_start();
        if let Some(left_out) = SLOW.admit(now) {
            log::warn!(
                "{what}({}) took {took} us, over exec_threshold {threshold} us ({left_out} more \
                 like it not logged)",
                quoted(key)
            );
        }
    }
    if let Err(e) = &result {
        log_failure(&format!("{what}({})", quoted(key)), e);
    }
    result
}

/// A 64-bit counter as the core's `int`: beyond its range it saturates (memcached keeps
/// counting in 64 bits).
fn as_int(n: i64) -> c_int {
    n.clamp(i64::from(c_int::MIN), i64::from(c_int::MAX)) as c_int
}

unsafe extern "C" fn get(con: *mut CachedbCon, attr: *mut Str, val: *mut Str) -> c_int {
    callback(|| {
        let Some(host) = Host::get() else { return -1 };
        // SAFETY: the core's arguments.
        let Some((engine, key)) = (unsafe { call(con, attr) }) else {
            return -1;
        };
        // SAFETY: val is NULL or the core's str to fill.
        let Some(val) = (unsafe { val.as_mut() }) else {
            return -1;
        };
        *val = Str {
            s: null_mut(),
            len: 0,
        };
        // The thread's buffer, not a new one: a new one per fetch was a libc malloc and free in
        // every `cache_fetch` (perf in OpenSIPS 3.6).
        let mut out = Scratch::value();
        match timed("cache_fetch", key, || {
            engine.get(key, c_int::MAX as usize, &mut out)
        }) {
            Ok(Some(_)) => {
                // The core frees it with pkg_free: it must come from the core's pkg allocator.
                let s = host.pkg_malloc(out.len());
                if s.is_null() {
                    log::error!("no pkg memory for a value of {} bytes", out.len());
                    return -1;
                }
                // SAFETY: s has room for out.len() bytes (at least 1).
                unsafe { std::ptr::copy_nonoverlapping(out.as_ptr(), s.cast::<u8>(), out.len()) };
                *val = Str {
                    s,
                    len: out.len() as c_int,
                };
                0
            }
            Ok(None) => -2,
            Err(_) => -1,
        }
    })
}

/// The counter at `key`, when it exists; a value that is not a number is an error.
fn fetch_counter(engine: &Engine, key: &[u8], out: &mut Vec<u8>) -> Result<Option<i64>> {
    // The longest counter text is 20 digits; the bound only keeps a mistaken key from reading
    // a large value.
    if engine.get(key, 64, out)?.is_none() {
        return Ok(None);
    }
    match counter_value(out) {
        Some(n) => Ok(Some(n)),
        None => Err(Error::NotANumber(format!(
            "the value of '{}' is not a number",
            quoted(key)
        ))),
    }
}

/// The flags a value stored through this face carries: 0, as the stock `cachedb_memcached`
/// writes, unless the `flags` parameter names a convention (then its string flags).
fn value_flags(engine: &Engine) -> u32 {
    engine.params().flags.as_ref().map_or(0, |c| c.string)
}

unsafe extern "C" fn get_counter(con: *mut CachedbCon, attr: *mut Str, val: *mut c_int) -> c_int {
    callback(|| {
        // SAFETY: the core's arguments.
        let Some((engine, key)) = (unsafe { call(con, attr) }) else {
            return -1;
        };
        let mut out = Scratch::value();
        match timed("cache_counter_fetch", key, || {
            fetch_counter(engine, key, &mut out)
        }) {
            Ok(Some(n)) => {
                // SAFETY: val is NULL or the core's int to fill.
                if let Some(val) = unsafe { val.as_mut() } {
                    *val = as_int(n);
                }
                0
            }
            Ok(None) => -2,
            Err(_) => -1,
        }
    })
}

unsafe extern "C" fn set(
    con: *mut CachedbCon,
    attr: *mut Str,
    val: *mut Str,
    expires: c_int,
) -> c_int {
    callback(|| {
        // SAFETY: the core's arguments.
        let Some((engine, key)) = (unsafe { call(con, attr) }) else {
            return -1;
        };
        // SAFETY: val is NULL or the core's value, valid during the call.
        let value: &[u8] = match unsafe { val.as_ref() } {
            Some(v) if !v.s.is_null() && v.len > 0 => unsafe {
                // SAFETY: s points to len bytes.
                std::slice::from_raw_parts(v.s.cast::<u8>(), v.len as usize)
            },
            _ => &[],
        };
        let expiry = exptime_of(expires.into());
        let flags = value_flags(engine);
        let mode = engine.params().mode;
        match timed("cache_store", key, || {
            match engine.store(key, value, flags, expiry, mode)? {
                Stored::Stored => Ok(()),
                // Counted as not_stored by the core; a failure for the script, logged as one.
                Stored::KeyExists => Err(Error::NotStored),
            }
        }) {
            Ok(()) => 0,
            Err(_) => -1,
        }
    })
}

unsafe extern "C" fn remove(con: *mut CachedbCon, attr: *mut Str) -> c_int {
    callback(|| {
        // SAFETY: the core's arguments.
        let Some((engine, key)) = (unsafe { call(con, attr) }) else {
            return -1;
        };
        match timed("cache_remove", key, || engine.remove(key)) {
            Ok(()) => 0,
            Err(_) => -1,
        }
    })
}

/// `cache_add` and `cache_sub`: `sign` 1 or -1.
///
/// # Safety
/// The core's arguments of an add/sub call.
unsafe fn change(
    what: &str,
    sign: i64,
    con: *mut CachedbCon,
    attr: *mut Str,
    by: c_int,
    expires: c_int,
    new_val: *mut c_int,
) -> c_int {
    // SAFETY: the core's arguments.
    let Some((engine, key)) = (unsafe { call(con, attr) }) else {
        return -1;
    };
    let delta = sign * i64::from(by);
    match timed(what, key, || {
        engine.add(key, Delta::plus(delta), exptime_of(expires.into()))
    }) {
        Ok(n) => {
            // SAFETY: new_val is NULL or the core's int to fill.
            if let Some(new_val) = unsafe { new_val.as_mut() } {
                *new_val = as_int(i64::try_from(n).unwrap_or(i64::MAX));
            }
            0
        }
        Err(_) => -1,
    }
}

unsafe extern "C" fn add(
    con: *mut CachedbCon,
    attr: *mut Str,
    by: c_int,
    expires: c_int,
    new_val: *mut c_int,
) -> c_int {
    // SAFETY: forwarded.
    callback(|| unsafe { change("cache_add", 1, con, attr, by, expires, new_val) })
}

unsafe extern "C" fn sub(
    con: *mut CachedbCon,
    attr: *mut Str,
    by: c_int,
    expires: c_int,
    new_val: *mut c_int,
) -> c_int {
    // SAFETY: forwarded.
    callback(|| unsafe { change("cache_sub", -1, con, attr, by, expires, new_val) })
}

/// The engine as `register_cachedb` takes it (the core copies it).
pub fn engine_table() -> CachedbEngine {
    CachedbEngine {
        name: Str {
            s: c"memcached".as_ptr() as *mut c_char,
            len: 9,
        },
        funcs: CachedbFuncs {
            init: Some(init),
            destroy: Some(destroy),
            get: Some(get),
            get_counter: Some(get_counter),
            set: Some(set),
            remove: Some(remove),
            remove_key: std::ptr::null(),
            add: Some(add),
            sub: Some(sub),
            iter_keys: std::ptr::null(),
            raw_query: std::ptr::null(),
            truncate: std::ptr::null(),
            db_trans: [std::ptr::null(); 5],
            query: std::ptr::null(),
            update: std::ptr::null(),
            map: [std::ptr::null(); 3],
            is_replicated: std::ptr::null(),
            capability: CACHEDB_CAP_BINARY_VALUE,
        },
        default_connection: null_mut(),
        connections: null_mut(),
    }
}
