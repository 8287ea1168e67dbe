//! Module parameters: one `param_export_t` per entry of the engine's parameter table, each with
//! a `PARAM_USE_FUNC` trampoline, so that a bad value is refused at its `modparam` line.

use std::ffi::{c_char, c_int, c_uint, c_void, CStr};
use std::ptr::null;

use super::abi::{ParamExport, PARAM_INT, PARAM_STRING, PARAM_USE_FUNC};
use super::callback;
use crate::engine::instance;
use crate::engine::params::{ParamKind, PARAMS};

/// The value as text: the host passes a NUL-terminated copy for a string parameter, and the int
/// itself, cast to a pointer, for an integer one.
///
/// # Safety
/// For `ParamKind::Str`, `val` is NULL or a NUL-terminated string.
unsafe fn text_of(kind: ParamKind, val: *mut c_void) -> String {
    match kind {
        ParamKind::Int => (val as isize as c_int).to_string(),
        ParamKind::Str if val.is_null() => String::new(),
        // SAFETY: a string parameter's value, by this function's contract.
        ParamKind::Str => unsafe { CStr::from_ptr(val.cast::<c_char>()) }
            .to_string_lossy()
            .into_owned(),
    }
}

/// The modparam callback of parameter `I`.
unsafe extern "C" fn set_param<const I: usize>(_kind: c_uint, val: *mut c_void) -> c_int {
    callback(|| {
        let param = &PARAMS[I];
        // SAFETY: the host registered this function with PARAMS[I]'s type.
        let text = unsafe { text_of(param.kind, val) };
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

/// One entry per index; the array's length makes a missing index a compile error.
macro_rules! table {
    ($($i:literal)*) => {
        [$(entry::<$i>(),)* ParamExport { name: null(), kind: 0, param_pointer: None }]
    };
}

pub static PARAMS_TABLE: [ParamExport; PARAMS.len() + 1] =
    table!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14);
