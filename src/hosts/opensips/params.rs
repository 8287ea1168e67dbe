//! Module parameters, as `cachedb_memcached` takes them: `cachedb_url` (repeatable, one URL per
//! line: `memcached[:group]://host[:port][,host2[:port2]…]/[?name=value&…]`) and
//! `exec_threshold`; then every parameter of the engine's table, applying to every URL (a URL
//! may override them in its `?` options).

use std::ffi::{c_int, c_uint, c_void};
use std::ptr::null;
use std::sync::atomic::{AtomicI64, Ordering};

use once_cell::sync::Lazy;
use parking_lot::Mutex;

use super::abi::{ParamExport, INT_PARAM, STR_PARAM, USE_FUNC_PARAM};
use super::callback;
use crate::client::distribution::Distribution;
use crate::engine::params::{ParamKind, Params, PARAMS};
use crate::numbers::parse_i64;

/// What the config gave, gathered before `mod_init`.
pub struct Settings {
    /// Every `cachedb_url`, in the order given.
    pub urls: Vec<String>,
    /// The engine parameters, for every URL.
    pub params: Params,
}

pub static SETTINGS: Lazy<Mutex<Settings>> = Lazy::new(|| {
    Mutex::new(Settings {
        urls: Vec::new(),
        params: Params {
            // The stock module leaves libmemcached's default placement: modula. Keys of a
            // multi-host URL must stay on the servers they were on while a fleet is upgraded
            // node by node.
            distribution: Distribution::Modula,
            ..Params::default()
        },
    })
});

/// `exec_threshold`: microseconds; an operation that takes longer logs a warning (0: never).
pub static EXEC_THRESHOLD_US: AtomicI64 = AtomicI64::new(0);

/// The value as text. The core says which type it offers (1 or 2).
///
/// # Safety
/// For `STR_PARAM`, `val` is NULL or a NUL-terminated string.
unsafe fn text_of(kind: c_uint, val: *mut c_void) -> String {
    let kind = if kind == INT_PARAM {
        ParamKind::Int
    } else {
        ParamKind::Str
    };
    // SAFETY: forwarded from this function's contract.
    unsafe { crate::hosts::param_text(kind, val) }
}

unsafe extern "C" fn set_url(kind: c_uint, val: *mut c_void) -> c_int {
    callback(|| {
        // SAFETY: registered as a string parameter.
        let url = unsafe { text_of(kind, val) };
        match super::url::CachedbUrl::parse(&url) {
            Ok(_) => {
                SETTINGS.lock().urls.push(url);
                0
            }
            Err(why) => {
                log::error!(
                    "modparam: bad cachedb_url '{}': {why}",
                    crate::logging::quoted(url.as_bytes())
                );
                -1
            }
        }
    })
}

unsafe extern "C" fn set_exec_threshold(kind: c_uint, val: *mut c_void) -> c_int {
    callback(|| {
        // SAFETY: registered as an integer parameter.
        let text = unsafe { text_of(kind, val) };
        match parse_i64(text.as_bytes()) {
            Some(n) if n >= 0 => {
                EXEC_THRESHOLD_US.store(n, Ordering::Relaxed);
                0
            }
            _ => {
                log::error!("modparam: bad value for parameter 'exec_threshold': expected microseconds, 0 or more (got '{text}')");
                -1
            }
        }
    })
}

/// The modparam callback of engine parameter `I`.
unsafe extern "C" fn set_param<const I: usize>(kind: c_uint, val: *mut c_void) -> c_int {
    callback(|| {
        let param = &PARAMS[I];
        // SAFETY: the core passes the type it offers (1 or 2), and a value of that type.
        let text = unsafe { text_of(kind, val) };
        match SETTINGS
            .lock()
            .params
            .set(&param.name.to_string_lossy(), &text)
        {
            Ok(()) => 0,
            Err(e) => {
                log::error!("modparam: {e}");
                -1
            }
        }
    })
}

const fn entry<const I: usize>() -> ParamExport {
    let kind = match PARAMS[I].kind {
        ParamKind::Int => INT_PARAM,
        ParamKind::Str => STR_PARAM,
    };
    ParamExport {
        name: PARAMS[I].name.as_ptr(),
        kind: kind | USE_FUNC_PARAM,
        param_pointer: Some(set_param::<I>),
    }
}

/// The stock module's two parameters, then one entry per index of the engine's table; the
/// array's length makes a missing index a compile error.
macro_rules! table {
    ($($i:literal)*) => {
        [
            ParamExport {
                name: c"cachedb_url".as_ptr(),
                kind: STR_PARAM | USE_FUNC_PARAM,
                param_pointer: Some(set_url),
            },
            ParamExport {
                name: c"exec_threshold".as_ptr(),
                kind: INT_PARAM | USE_FUNC_PARAM,
                param_pointer: Some(set_exec_threshold),
            },
            $(entry::<$i>(),)*
            ParamExport { name: null(), kind: 0, param_pointer: None },
        ]
    };
}

pub static PARAMS_TABLE: [ParamExport; PARAMS.len() + 3] =
    table!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31);
