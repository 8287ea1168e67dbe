//! The pseudo-variables `$mct`, `$mcinc`, `$mcdec`, `$mctex`: thin callbacks that render the key,
//! call the engine, and copy the result into the host's `pv_value_t`, for each layout `V`.

use std::ffi::{c_char, c_int, c_void};
use std::ptr::null_mut;

use super::abi::{PvExport, PvParam, PvValueLayout, Str, PVT_OTHER, PV_VAL_INT, PV_VAL_NULL};
use super::abi::{PvSpec, PV_VAL_STR};
use super::callback;
use super::host::Host;
use super::script_key;
use crate::engine::{instance, Pv, ScriptValue, ValueRef};
use crate::error::Error;
use crate::hosts::failure_log::{log_failure, log_refused};
use crate::hosts::scratch::Scratch;
use crate::logging::quoted;

/// Why an access failed, as it is logged.
enum Failure {
    /// The script, the config or the module's state: said as it is.
    Refused(String),
    /// The operation on memcached, for `$name(key)`.
    Operation { access: String, err: Error },
}

impl Failure {
    fn operation(pv: Pv, key: &[u8], err: Error) -> Failure {
        Failure::Operation {
            access: describe(pv, key),
            err,
        }
    }

    /// Logs the failure (rate-limited by kind) and counts the adapter's own refusals (the
    /// engine counts those of its operations).
    fn report(&self, doing: &str) {
        match self {
            Failure::Refused(why) => {
                log_refused(why);
                if let Ok(engine) = instance::engine() {
                    engine.count_refused();
                }
            }
            Failure::Operation { access, err } => log_failure(&format!("{doing} {access}"), err),
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Refused(e.to_string())
    }
}

impl From<String> for Failure {
    fn from(why: String) -> Failure {
        Failure::Refused(why)
    }
}

/// `$name(key)` for the log, the key cut and its control bytes escaped.
fn describe(pv: Pv, key: &[u8]) -> String {
    format!("${}({})", pv.name().to_string_lossy(), quoted(key))
}

/// Reads `pv` for the access's key into `out`: at most `room` bytes, a longer value is refused at
/// its header, never read whole (it could be as large as memcached's item limit).
///
/// # Safety
/// The host's pointers of a getter call.
unsafe fn read(
    host: &Host,
    pv: Pv,
    msg: *mut c_void,
    param: *mut PvParam,
    room: usize,
    out: &mut Vec<u8>,
) -> Result<ScriptValue, Failure> {
    let mut scratch = None;
    // SAFETY: forwarded host pointers.
    let key = unsafe { script_key::render(host, msg, param, &mut scratch) }?;
    instance::with_engine(|engine| pv.get(engine, key, room, out))?
        .map_err(|e| Failure::operation(pv, key, e))
}

/// Copies a value into one of the host's pv buffers (of `size` bytes), so that it outlives this
/// call.
fn fill<V: PvValueLayout>(
    host: &Host,
    size: c_int,
    res: &mut V,
    got: ScriptValue,
    bytes: &[u8],
) -> Result<(), String> {
    // SAFETY: host function; the buffer has pv_get_buffer_size() bytes.
    let buf = unsafe { (host.pv_get_buffer)() };
    if buf.is_null() || bytes.len() >= size.max(0) as usize {
        return Err(format!(
            "a value of {} bytes does not fit the host's pv buffer ({} bytes): \
             raise the core parameter pv_buffer_size",
            bytes.len(),
            size
        ));
    }
    // SAFETY: buf has size > bytes.len() writable bytes.
    unsafe {
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf.cast::<u8>(), bytes.len());
        *buf.add(bytes.len()) = 0;
    }
    let int = match got {
        ScriptValue::Int(n) => Some(n),
        _ => None,
    };
    res.set(
        Str {
            s: buf,
            len: bytes.len() as c_int,
        },
        int,
    );
    Ok(())
}

/// # Safety
/// The host's pointers of a getter call.
unsafe fn get<V: PvValueLayout>(
    pv: Pv,
    msg: *mut c_void,
    param: *mut PvParam,
    res: *mut V,
) -> c_int {
    let Some(host) = Host::get() else { return -1 };
    // SAFETY: res is NULL or the host's value to fill.
    let Some(res) = (unsafe { res.as_mut() }) else {
        return -1;
    };
    // Read once per access: the bound of the read and the room of the result.
    // SAFETY: host function without arguments.
    let size = unsafe { (host.pv_get_buffer_size)() };
    // A value must fit a pv buffer with its NUL.
    let room = (size.max(1) - 1) as usize;
    let mut value = Scratch::value();
    // SAFETY: forwarded host pointers.
    let outcome =
        unsafe { read(host, pv, msg, param, room, &mut value) }.and_then(|got| match got {
            ScriptValue::Null => Ok(false),
            got => fill(host, size, res, got, &value)
                .map(|()| true)
                .map_err(Failure::from),
        });
    match outcome {
        Ok(true) => 0,
        Ok(false) => null_result(host, msg, param, res),
        Err(failure) => {
            failure.report("reading");
            null_result(host, msg, param, res)
        }
    }
}

fn null_result<V>(host: &Host, msg: *mut c_void, param: *mut PvParam, res: &mut V) -> c_int {
    // SAFETY: host function with the host's own arguments.
    unsafe { (host.pv_get_null)(msg, param, (res as *mut V).cast()) }
}

/// What a setter was given. `pv_unset()` passes NULL: the same as assigning `$null`.
///
/// # Safety
/// `val` is NULL or the host's value for this assignment, valid during the call.
unsafe fn assigned<'a, V: PvValueLayout>(val: *const V) -> Result<ValueRef<'a>, Failure> {
    // SAFETY: by this function's contract.
    let Some(v) = (unsafe { val.as_ref() }) else {
        return Ok(ValueRef::Null);
    };
    let flags = v.flags();
    if flags & PV_VAL_NULL != 0 {
        return Ok(ValueRef::Null);
    }
    if flags & PV_VAL_INT != 0 {
        return Ok(ValueRef::Int(v.int()));
    }
    if flags & PV_VAL_STR == 0 {
        return Err(Failure::Refused(format!(
            "cannot assign a value with flags {flags:#x}"
        )));
    }
    let rs = v.rs();
    if rs.s.is_null() || rs.len <= 0 {
        return Ok(ValueRef::Str(&[]));
    }
    // SAFETY: rs points to rs.len bytes for the duration of the assignment.
    Ok(ValueRef::Str(unsafe {
        std::slice::from_raw_parts(rs.s.cast::<u8>(), rs.len as usize)
    }))
}

/// # Safety
/// The host's pointers of a setter call.
unsafe fn set<V: PvValueLayout>(
    pv: Pv,
    msg: *mut c_void,
    param: *mut PvParam,
    val: *const V,
) -> c_int {
    let Some(host) = Host::get() else { return -1 };
    // SAFETY: forwarded host pointers.
    match unsafe { write(host, pv, msg, param, val) } {
        Ok(()) => 0,
        Err(failure) => {
            failure.report("assigning");
            super::params::failed_assign_code()
        }
    }
}

/// # Safety
/// The host's pointers of a setter call.
unsafe fn write<V: PvValueLayout>(
    host: &Host,
    pv: Pv,
    msg: *mut c_void,
    param: *mut PvParam,
    val: *const V,
) -> Result<(), Failure> {
    // SAFETY: forwarded host pointer.
    let value = unsafe { assigned(val) }?;
    let mut scratch = None;
    // SAFETY: forwarded host pointers.
    let key = unsafe { script_key::render(host, msg, param, &mut scratch) }?;
    instance::with_engine(|engine| pv.set(engine, key, value))?
        .map_err(|e| Failure::operation(pv, key, e))
}

unsafe extern "C" fn getter<V: PvValueLayout, const P: usize>(
    msg: *mut c_void,
    param: *mut PvParam,
    res: *mut V,
) -> c_int {
    // SAFETY: called by the host with its own pointers.
    callback(|| unsafe { get(Pv::ALL[P], msg, param, res) })
}

unsafe extern "C" fn setter<V: PvValueLayout, const P: usize>(
    msg: *mut c_void,
    param: *mut PvParam,
    _op: c_int,
    val: *mut V,
) -> c_int {
    // SAFETY: called by the host with its own pointers.
    callback(|| unsafe { set(Pv::ALL[P], msg, param, val) })
}

unsafe extern "C" fn parse_name(sp: *mut PvSpec, input: *mut Str) -> c_int {
    // SAFETY: called by the host with its own pointers.
    callback(|| unsafe { script_key::parse(sp, input) })
}

const fn entry<V: PvValueLayout, const P: usize>() -> PvExport<V> {
    let name = Pv::ALL[P].name();
    PvExport {
        name: Str {
            s: name.as_ptr() as *mut c_char,
            len: name.count_bytes() as c_int,
        },
        kind: PVT_OTHER,
        getf: Some(getter::<V, P>),
        setf: Some(setter::<V, P>),
        parse_name: Some(parse_name),
        parse_index: None,
        init_param: None,
        iparam: 0,
    }
}

/// The `pv_export_t` table for layout `V`, ended by an empty entry.
pub const fn table<V: PvValueLayout>() -> [PvExport<V>; Pv::ALL.len() + 1] {
    [
        entry::<V, 0>(),
        entry::<V, 1>(),
        entry::<V, 2>(),
        entry::<V, 3>(),
        PvExport {
            name: Str {
                s: null_mut(),
                len: 0,
            },
            kind: 0,
            getf: None,
            setf: None,
            parse_name: None,
            parse_index: None,
            init_param: None,
            iparam: 0,
        },
    ]
}
