//! Module parameters: one `param_export_t` per entry of the engine's parameter table, each with
//! a `PARAM_USE_FUNC` trampoline, so that a bad value is refused at its `modparam` line; then the
//! parameters of this adapter alone.

use std::ffi::{c_int, c_uint, c_void};
use std::ptr::null;
use std::sync::atomic::{AtomicBool, Ordering};

use super::abi::{ParamExport, PARAM_INT, PARAM_STRING, PARAM_USE_FUNC};
use super::callback;
use crate::engine::instance;
use crate::engine::params::{ParamKind, PARAMS};

/// The modparam callback of parameter `I`.
unsafe extern "C" fn set_param<const I: usize>(_kind: c_uint, val: *mut c_void) -> c_int {
    callback(|| {
        let param = &PARAMS[I];
        // SAFETY: the host registered this function with PARAMS[I]'s type.
        let text = unsafe { crate::hosts::param_text(param.kind, val) };
        match instance::param_set(&param.name.to_string_lossy(), &text) {
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
        ParamKind::Int => PARAM_INT,
        ParamKind::Str => PARAM_STRING,
    };
    ParamExport {
        name: PARAMS[I].name.as_ptr(),
        kind: kind | PARAM_USE_FUNC,
        param_pointer: Some(set_param::<I>),
    }
}

/// `report_assign_failure`: whether a failed assignment also fails for Kamailio's core. Off
/// (the default), the setter reports success to the core after logging the failure itself
/// (rate-limited): the core then logs nothing, where a failure makes it write "setting pvar
/// failed" and "assignment failed" for every one, flooding the log during an outage. The one
/// thing a script can see of it: a route block that ends with a failed assignment returns 1
/// instead of -1 to `$rc`. On, it is as with the stock module.
static REPORT_ASSIGN_FAILURE: AtomicBool = AtomicBool::new(false);

/// What a setter returns to the core for a failed assignment.
pub fn failed_assign_code() -> c_int {
    if REPORT_ASSIGN_FAILURE.load(Ordering::Relaxed) {
        -1
    } else {
        0
    }
}

unsafe extern "C" fn set_report_assign_failure(_kind: c_uint, val: *mut c_void) -> c_int {
    callback(|| match val as isize {
        0 | 1 => {
            REPORT_ASSIGN_FAILURE.store(val as isize == 1, Ordering::Relaxed);
            0
        }
        other => {
            log::error!(
                "modparam: bad value for parameter 'report_assign_failure': expected 0 or 1 \
                 (got '{other}')"
            );
            -1
        }
    })
}

/// One entry per index of the engine's table, then this adapter's own; the array's length makes
/// a missing index a compile error.
macro_rules! table {
    ($($i:literal)*) => {
        [
            $(entry::<$i>(),)*
            ParamExport {
                name: c"report_assign_failure".as_ptr(),
                kind: PARAM_INT | PARAM_USE_FUNC,
                param_pointer: Some(set_report_assign_failure),
            },
            ParamExport { name: null(), kind: 0, param_pointer: None },
        ]
    };
}

pub static PARAMS_TABLE: [ParamExport; PARAMS.len() + 2] =
    table!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31);
