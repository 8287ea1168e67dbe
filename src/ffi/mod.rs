//! The C API: thin functions over the module core. Each one catches panics, checks its pointers,
//! and maps errors to a `sipmc_result` code with a per-thread message (`sipmc_last_error`).
//!
//! One module instance per process, as in a Kamailio or OpenSIPS host: parameters are set, then
//! `sipmc_mod_init`, then (in each forked worker) `sipmc_child_init`, then operations from any
//! thread: typed ones (`sipmc_get`, `sipmc_set`, `sipmc_delete`, `sipmc_add`, `sipmc_touch`: a
//! key taken whole, bytes with item flags, an expiry the call gives) or the pseudo-variables' own
//! (`sipmc_pv_get`, `sipmc_pv_set`: `$mct` and its kin, with the stock Kamailio module's rules).

#![allow(non_camel_case_types)]

use std::cell::{Cell, RefCell};
use std::ffi::{c_char, c_int, CStr, CString};
use std::panic::catch_unwind;
use std::sync::Arc;

use crate::boundary::{catch_panic, OnPanic};
use crate::engine::instance;
use crate::engine::params::Mode;
use crate::engine::{Delta, Engine, Pv, ScriptValue, Stored, ValueRef};
use crate::error::Error;
use crate::logging::{self, Sink};
use crate::numbers::expiry_seconds;
use log::LevelFilter;

/// The type of a `sipmc_value`: one of `SIPMC_NULL`, `SIPMC_STR`, `SIPMC_INT`.
pub type sipmc_type = c_int;
/// No value: a missing key on get; delete on set.
pub const SIPMC_NULL: sipmc_type = 0;
/// A string of `len` bytes at `s` (binary safe; `s` is also NUL-terminated on get).
pub const SIPMC_STR: sipmc_type = 1;
/// A signed 64-bit integer in `n` (on get, `s`/`len` also hold its decimal text).
pub const SIPMC_INT: sipmc_type = 2;

/// A pseudo-variable value, in and out.
#[repr(C)]
pub struct sipmc_value {
    /// SIPMC_NULL, SIPMC_STR or SIPMC_INT.
    pub r#type: sipmc_type,
    /// The integer, for SIPMC_INT.
    pub n: i64,
    /// The bytes, for SIPMC_STR (may be NULL when len is 0). On get, owned by the library: valid
    /// until the next call into the library on the same thread, and it may be passed back in to
    /// that call (as the key of `sipmc_pv_get`/`sipmc_pv_set`, or the value of `sipmc_pv_set`).
    pub s: *const c_char,
    /// The number of bytes at `s`, not counting the terminating NUL.
    pub len: usize,
}

/// An item read by `sipmc_get`.
#[repr(C)]
pub struct sipmc_item {
    /// The value's `len` bytes (binary safe; also NUL-terminated), owned by the library: valid
    /// until the next call into the library on the same thread, and it may be passed back in to
    /// that call as a key or a value, as `sipmc_value.s` may.
    pub value: *const c_char,
    /// The number of bytes at `value`, not counting the terminating NUL.
    pub len: usize,
    /// memcached's item flags, as the writer set them.
    pub flags: u32,
}

/// `sipmc_set`'s `mode`: store whether or not the key exists (memcached's `set`).
pub const SIPMC_SET: c_int = 0;
/// `sipmc_set`'s `mode`: store only when the key is missing (memcached's `add`); when it exists
/// nothing is written and the call returns SIPMC_ERR_NOT_STORED.
pub const SIPMC_ADD: c_int = 1;

/// Return codes. 0 is success; every failure is negative, with a message in `sipmc_last_error()`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipmc_result {
    SIPMC_OK = 0,
    /// A NULL pointer, a bad type, bytes that are not text where text is needed.
    SIPMC_ERR_ARGUMENT = -1,
    /// `sipmc_param_set` with a name this module does not know.
    SIPMC_ERR_UNKNOWN_PARAM = -2,
    /// A known parameter with a value it cannot take.
    SIPMC_ERR_BAD_PARAM = -3,
    /// Called before `sipmc_mod_init` (or after `sipmc_destroy`).
    SIPMC_ERR_NOT_INITIALISED = -4,
    /// `sipmc_mod_init` twice, or a parameter set after it.
    SIPMC_ERR_ALREADY_INITIALISED = -5,
    /// A pseudo-variable name other than mct, mcinc, mcdec, mctex.
    SIPMC_ERR_UNKNOWN_PV = -6,
    /// An empty key.
    SIPMC_ERR_BAD_KEY = -7,
    /// An expiry (`key=>N`, `$mctex`) that is not 0..2147483647 seconds.
    SIPMC_ERR_BAD_EXPIRY = -8,
    /// A value too large: to store, larger than a default memcached (`-I 1m`) holds under that
    /// key (nothing was sent); to read, longer than the `max_value_read` parameter (it was not
    /// read).
    SIPMC_ERR_VALUE_TOO_LARGE = -9,
    /// A counter or expiry that is not a number, or a counter stored as a non-number.
    SIPMC_ERR_NOT_A_NUMBER = -10,
    /// The key does not exist (`$mctex` on a missing key).
    SIPMC_ERR_NOT_FOUND = -11,
    /// mode=1 (add) and the key exists.
    SIPMC_ERR_NOT_STORED = -12,
    /// The operation did not complete within the `timeout` parameter.
    SIPMC_ERR_TIMEOUT = -13,
    /// The server could not be reached.
    SIPMC_ERR_CONNECT = -14,
    /// The connection failed during the operation.
    SIPMC_ERR_IO = -15,
    /// The server sent something that is not a valid reply.
    SIPMC_ERR_PROTOCOL = -16,
    /// The server answered with an error (SERVER_ERROR, CLIENT_ERROR, ERROR).
    SIPMC_ERR_SERVER = -17,
    /// The output buffer is too small; the needed size is in `*len`.
    SIPMC_ERR_BUFFER_TOO_SMALL = -18,
    /// A bug in the library was caught before it could reach the caller.
    SIPMC_ERR_INTERNAL = -19,
    /// The key's server is marked down after failures in a row (see `server_failure_limit`,
    /// `retry_interval`, `failover`); nothing was sent.
    SIPMC_ERR_SERVER_DOWN = -20,
    /// `sipmc_mod_init` could not map the memory the host's processes share (the counters, the
    /// servers' health): the system refused it, for the reason in `sipmc_last_error()`.
    SIPMC_ERR_SHARED_MEMORY = -21,
    /// `$mcinc`/`$mcdec` on a missing counter: another client created it each time this one went
    /// to create it, and deleted it each time this one went to change it, until it gave up;
    /// nothing was applied.
    SIPMC_ERR_COUNTER_RACE = -22,
}

use sipmc_result::*;

/// Each code's fixed text (what `sipmc_strerror` gives) and the list of every code, both from
/// one list of pairs: the `match` it makes is exhaustive, so a code added to the enum without its
/// text does not compile, and one listed twice is an unreachable pattern.
macro_rules! described {
    ($($code:ident => $text:literal,)*) => {
        impl sipmc_result {
            const ALL: &[sipmc_result] = &[$($code),*];

            const fn description(self) -> &'static CStr {
                match self {
                    $($code => $text,)*
                }
            }
        }
    };
}

described! {
    SIPMC_OK => c"success",
    SIPMC_ERR_ARGUMENT => c"bad argument",
    SIPMC_ERR_UNKNOWN_PARAM => c"unknown parameter",
    SIPMC_ERR_BAD_PARAM => c"bad parameter value",
    SIPMC_ERR_NOT_INITIALISED => c"module not initialised",
    SIPMC_ERR_ALREADY_INITIALISED => c"module already initialised",
    SIPMC_ERR_UNKNOWN_PV => c"unknown pseudo-variable",
    SIPMC_ERR_BAD_KEY => c"bad key",
    SIPMC_ERR_BAD_EXPIRY => c"bad expiry",
    SIPMC_ERR_VALUE_TOO_LARGE => c"value too large",
    SIPMC_ERR_NOT_A_NUMBER => c"not a number",
    SIPMC_ERR_NOT_FOUND => c"not found",
    SIPMC_ERR_NOT_STORED => c"not stored",
    SIPMC_ERR_TIMEOUT => c"timeout",
    SIPMC_ERR_CONNECT => c"cannot connect",
    SIPMC_ERR_IO => c"connection failed",
    SIPMC_ERR_PROTOCOL => c"protocol error",
    SIPMC_ERR_SERVER => c"server error",
    SIPMC_ERR_BUFFER_TOO_SMALL => c"buffer too small",
    SIPMC_ERR_INTERNAL => c"internal error",
    SIPMC_ERR_SERVER_DOWN => c"server marked down",
    SIPMC_ERR_SHARED_MEMORY => c"cannot map shared memory",
    SIPMC_ERR_COUNTER_RACE => c"counter race",
}

impl sipmc_result {
    /// The code of a number, when it is one.
    fn from_code(code: c_int) -> Option<sipmc_result> {
        Self::ALL.iter().copied().find(|r| *r as c_int == code)
    }

    /// The code a failure of the core is reported with.
    fn of(err: &Error) -> sipmc_result {
        match err {
            Error::UnknownParam(_) => SIPMC_ERR_UNKNOWN_PARAM,
            Error::BadParam { .. } => SIPMC_ERR_BAD_PARAM,
            Error::NotInitialised => SIPMC_ERR_NOT_INITIALISED,
            Error::AlreadyInitialised => SIPMC_ERR_ALREADY_INITIALISED,
            Error::UnknownPv(_) => SIPMC_ERR_UNKNOWN_PV,
            Error::BadArgument(_) => SIPMC_ERR_ARGUMENT,
            Error::EmptyKey => SIPMC_ERR_BAD_KEY,
            Error::BadExpiry(_) => SIPMC_ERR_BAD_EXPIRY,
            Error::ValueTooLarge { .. } => SIPMC_ERR_VALUE_TOO_LARGE,
            Error::NotANumber(_) => SIPMC_ERR_NOT_A_NUMBER,
            Error::NotFound => SIPMC_ERR_NOT_FOUND,
            Error::NotStored => SIPMC_ERR_NOT_STORED,
            Error::Timeout { .. } => SIPMC_ERR_TIMEOUT,
            Error::Connect { .. } => SIPMC_ERR_CONNECT,
            Error::ServerDown { .. } => SIPMC_ERR_SERVER_DOWN,
            Error::Io { .. } => SIPMC_ERR_IO,
            Error::Protocol { .. } => SIPMC_ERR_PROTOCOL,
            Error::Server { .. } => SIPMC_ERR_SERVER,
            // Codes of their own: they were reported as SIPMC_ERR_ARGUMENT and SIPMC_ERR_SERVER,
            // but no argument was bad and no server answered with an error.
            Error::SharedMemory(_) => SIPMC_ERR_SHARED_MEMORY,
            Error::CounterRace => SIPMC_ERR_COUNTER_RACE,
            // Exactly what SIPMC_ERR_INTERNAL says: a bug of the library, caught (see the
            // variant: the server list is never empty).
            Error::NoServer => SIPMC_ERR_INTERNAL,
        }
    }
}

/// Log levels for `sipmc_set_log`.
pub const SIPMC_LOG_ERROR: c_int = 1;
pub const SIPMC_LOG_WARN: c_int = 2;
pub const SIPMC_LOG_INFO: c_int = 3;
pub const SIPMC_LOG_DEBUG: c_int = 4;

/// Receives each log message of the library (NUL-terminated, valid during the call only).
pub type sipmc_log_fn = Option<extern "C" fn(level: c_int, message: *const c_char)>;

/// A failure of one call: its code and its message.
struct Failure(sipmc_result, String);

impl From<Error> for Failure {
    fn from(err: Error) -> Failure {
        Failure(sipmc_result::of(&err), err.to_string())
    }
}

fn bad_argument(what: &str) -> Failure {
    Failure(SIPMC_ERR_ARGUMENT, format!("bad argument: {what}"))
}

/// A value buffer grown past this by a large value is given back at the next read.
const RETAINED_BUFFER: usize = 64 * 1024;

thread_local! {
    static LAST_ERROR: RefCell<CString> = RefCell::new(CString::default());
    /// The bytes of the last value `sipmc_pv_get` handed out on this thread.
    static VALUE_OUT: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
    /// A second buffer, for a read whose key is the last value handed out (see `sipmc_pv_get`).
    static VALUE_SPARE: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
}

/// Whether `bytes` lie (even in part) in the memory `buf` owns, spare capacity included: a
/// pointer the caller got from us, and passed back in.
fn inside(bytes: &[u8], buf: &[u8], capacity: usize) -> bool {
    if bytes.is_empty() || capacity == 0 {
        return false;
    }
    let (start, end) = (
        bytes.as_ptr() as usize,
        bytes.as_ptr() as usize + bytes.len(),
    );
    let (owned, owned_end) = (buf.as_ptr() as usize, buf.as_ptr() as usize + capacity);
    start < owned_end && owned < end
}

// Every access to the thread-locals goes through `try_with`: a call made while the thread exits
// (`atexit(sipmc_destroy)`: glibc destroys the main thread's locals before it runs the atexit
// handlers) finds them gone, and `with` would panic. The message is then simply not kept.

fn set_last_error(message: &str) {
    // A message with a NUL inside would be cut there by C anyway.
    let message = CString::new(message.replace('\0', "\\0")).unwrap_or_default();
    let _ = LAST_ERROR.try_with(|e| *e.borrow_mut() = message);
}

fn clear_last_error() {
    let _ = LAST_ERROR.try_with(|e| {
        if !e.borrow().as_bytes().is_empty() {
            *e.borrow_mut() = CString::default();
        }
    });
}

/// A caught panic is an internal error, with its message kept for `sipmc_last_error`.
impl OnPanic for Result<(), Failure> {
    fn on_panic(message: &str) -> Self {
        Err(Failure(SIPMC_ERR_INTERNAL, message.to_string()))
    }
}

/// A panic while the outcome itself is recorded: no message can be kept then.
impl OnPanic for sipmc_result {
    fn on_panic(_: &str) -> Self {
        SIPMC_ERR_INTERNAL
    }
}

/// Keeps the outcome of a call for `sipmc_last_error`, and gives its code.
fn record(outcome: Result<(), Failure>) -> sipmc_result {
    match outcome {
        Ok(()) => {
            clear_last_error();
            SIPMC_OK
        }
        Err(Failure(code, message)) => {
            set_last_error(&message);
            code
        }
    }
}

/// Runs `f` inside the panic boundary, and turns its outcome into a code and a message. Nothing
/// runs outside the boundary: the thread-local work of recording the outcome has a boundary of
/// its own around it, so that a panic of `f` keeps its message and no panic reaches C.
fn guard(f: impl FnOnce() -> Result<(), Failure>) -> c_int {
    let code: sipmc_result = catch_panic(|| {
        logging::install();
        record(catch_panic(f))
    });
    code as c_int
}

/// # Safety
/// `p` is NULL or points to a NUL-terminated string that lives for the call.
unsafe fn text_arg<'a>(p: *const c_char, what: &str) -> Result<&'a str, Failure> {
    if p.is_null() {
        return Err(bad_argument(&format!("{what} is NULL")));
    }
    // SAFETY: non-NULL and NUL-terminated by the caller's contract.
    unsafe { CStr::from_ptr(p) }
        .to_str()
        .map_err(|_| bad_argument(&format!("{what} is not UTF-8")))
}

/// The pseudo-variable named by a C string; compared as bytes (no UTF-8 check on the hot path).
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string that lives for the call.
unsafe fn pv_arg(p: *const c_char) -> Result<Pv, Failure> {
    if p.is_null() {
        return Err(bad_argument("pv is NULL"));
    }
    // SAFETY: non-NULL and NUL-terminated by the caller's contract.
    Ok(Pv::from_name(unsafe { CStr::from_ptr(p) }.to_bytes())?)
}

/// # Safety
/// `p` is NULL or points to `len` readable bytes that live for the call.
unsafe fn bytes_arg<'a>(p: *const c_char, len: usize, what: &str) -> Result<&'a [u8], Failure> {
    if len == 0 {
        return Ok(&[]);
    }
    if p.is_null() {
        return Err(bad_argument(&format!("{what} is NULL with length {len}")));
    }
    if len > isize::MAX as usize {
        return Err(bad_argument(&format!("{what} length {len} is impossible")));
    }
    // SAFETY: non-NULL, and the caller guarantees len readable bytes.
    Ok(unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) })
}

/// A read during the thread's exit (an atexit handler), when the per-thread buffer that would
/// hold the value is gone.
fn thread_exiting() -> Failure {
    Failure(
        SIPMC_ERR_INTERNAL,
        "called while the thread exits: its per-thread value buffer is gone".into(),
    )
}

fn module() -> Result<Arc<Engine>, Failure> {
    Ok(instance::engine()?)
}

/// Runs a read whose value goes to this thread's value buffer, and hands out the value's bytes
/// (NUL-terminated, valid until the next call on this thread) with the read's outcome.
///
/// The key may be the value the last call handed out (`$mct($mct(pointer))`): then the new value
/// goes to the spare buffer, and the key's bytes stay where they are, untouched and allocated,
/// until the read is over (the engine reads the key again after the value came in: the near
/// cache stores the value under it). The buffer is taken out of the thread-local during the
/// read, so that a log callback that calls back into the library finds an empty buffer instead
/// of a borrowed one.
///
/// Inlined: out of line, its call and the tuple it returns through memory cost 32 of the 982
/// instructions of a near-cache hit through `sipmc_pv_get` (callgrind, `make bench-hit`).
#[inline(always)]
fn read_into_value_buffer<T>(
    key: &[u8],
    read: impl FnOnce(&[u8], &mut Vec<u8>) -> T,
) -> Result<(T, *const c_char, usize), Failure> {
    let Ok(mut buf) = VALUE_OUT.try_with(Cell::take) else {
        return Err(thread_exiting());
    };
    let mut holding_key = None;
    if inside(key, &buf, buf.capacity()) {
        let Ok(spare) = VALUE_SPARE.try_with(Cell::take) else {
            return Err(thread_exiting());
        };
        holding_key = Some(std::mem::replace(&mut buf, spare));
    } else if buf.capacity() > RETAINED_BUFFER {
        // The last value was large, and the caller is done with it (it is not this key): its
        // buffer goes, so that one large value does not pin memory for the thread's life.
        buf = Vec::new();
    }
    let outcome = read(key, &mut buf);
    buf.push(0);
    let (s, len) = (buf.as_ptr().cast::<c_char>(), buf.len() - 1);
    // The buffers were there a moment ago, so they still are: a thread's locals go only when
    // it exits, and this thread is running this call.
    let kept = VALUE_OUT.try_with(|cell| cell.set(buf)).is_ok()
        && holding_key.is_none_or(|old| VALUE_SPARE.try_with(|cell| cell.set(old)).is_ok());
    if !kept {
        return Err(thread_exiting());
    }
    Ok((outcome, s, len))
}

/// Runs a write whose key or value may be the last value handed out: held out of reach while
/// the write runs, so that a log callback that reads through the library meanwhile cannot
/// overwrite or free it.
fn holding_value_buffer<T>(write: impl FnOnce() -> T) -> T {
    let held = VALUE_OUT.try_with(Cell::take);
    let outcome = write();
    if let Ok(held) = held {
        let _ = VALUE_OUT.try_with(|cell| cell.set(held));
    }
    outcome
}

/// Sets a module parameter from its text, before `sipmc_mod_init`. The parameters, each with its
/// default:
/// - `servers` (default "localhost:11211"): the memcached servers, separated by commas or spaces:
///   `host`, `host:port`, `host:port:weight`, `[ipv6]:port`, `unix:/path`; `tls:` or `notls:`
///   before one
/// - `expire` (default 10800): seconds an item lives: 0 never expires, over 2592000 (30 days) a
///   unix time; at most 2147483647
/// - `mode` (default 0): what a write does when the key exists: 0 overwrites (set), 1 never does
///   (add)
/// - `timeout` (default 5000): milliseconds one operation may take, all included; 1 to 3600000
/// - `memory` (default 0): accepted for the stock module's configurations; no effect
/// - `stringify` (default 0): 1 returns every value as a string, integers included
/// - `cache_size` (default 0): near cache: entries per process; 0 turns it off
/// - `cache_memory` (default 16777216): near cache: heap bytes per process (16 MiB), its entries
///   and tables counted
/// - `cache_ttl` (default 1000): near cache: milliseconds an entry is served without asking
///   memcached; 1 to 86400000
/// - `cache_negative` (default 0): near cache: 1 also remembers misses
/// - `cache_stale_on_error` (default 0): near cache: milliseconds past its expiry an entry is still
///   served while its server is unreachable; 0 (never) to 86400000
/// - `cluster` (default ""): near cache: a name shared by the nodes on the same memcached; a
///   reload on one empties the near caches of all (epoch item `sipmc:cluster:NAME:epoch`); empty:
///   this node alone
/// - `cluster_check_interval` (default 1000): near cache: milliseconds between two looks of a
///   process at the cluster's epoch; 10 to 86400000
/// - `distribution` (default "ketama"): how keys spread over several servers: ketama
///   (libmemcached's weighted consistent hashing) or modula
/// - `server_failure_limit` (default 3): failures in a row after which a server is marked down
/// - `retry_interval` (default 2000): milliseconds a server stays marked down before one operation
///   probes it
/// - `failover` (default 0): 1 sends the keys of a server marked down to the next server
/// - `failover_expire` (default 60): seconds a write that failed over lives at most on the server
///   it went to (1 to 2592000)
/// - `failover_keys` (default 10000): keys the node lists (in memory its processes share) as
///   written to another server while theirs was down, forgotten by it before it serves again;
///   past it such writes fail (0 to 1000000)
/// - `max_value_read` (default 1048576): the longest value a read takes, in bytes, at most
///   134217728; a longer one fails at once, unread
/// - `flags` (default "kamailio"): the item flags strings and integers are written with, and which
///   flags read as integers: kamailio (strings 1, integers 0), python-memcached, pymemcache,
///   pylibmc, php-memcached, or `str=N int=N int_read=LIST`; unset, OpenSIPS's functions write 0
/// - `trim` (default 0): 1 trims values read as the stock Kamailio module does
/// - `tls` (default 0): 1 connects to every server over TLS, but those written `notls:`
/// - `tls_ca_file` (default ""): the CAs (PEM) the servers' certificates are checked against;
///   empty: the system's roots
/// - `tls_verify` (default 1): 0 takes any server certificate: for tests only
/// - `tls_server_name` (default ""): the name the servers' certificates must carry; empty: each
///   server's host
/// - `tls_cert_file` (default ""): a client certificate chain (PEM), for mutual TLS
/// - `tls_key_file` (default ""): the client certificate's private key (PEM); empty: in
///   tls_cert_file
/// - `tls_min_version` (default "1.2"): the oldest TLS version accepted: 1.2 or 1.3
/// - `username` (default ""): memcached's ASCII authentication: the user, with password
/// - `password` (default ""): the password of username; never logged
/// - `auth_file` (default ""): instead of username and password: a file whose first `user:password`
///   line is used
///
/// A value longer than `max_value_read` fails at once with SIPMC_ERR_VALUE_TOO_LARGE, without
/// being read or buffered. A bad TLS or authentication file fails `sipmc_mod_init`.
/// Returns SIPMC_ERR_UNKNOWN_PARAM or SIPMC_ERR_BAD_PARAM (nothing changed) on bad input.
///
/// # Safety
/// `name` and `value` are NULL or NUL-terminated strings.
#[no_mangle]
pub unsafe extern "C" fn sipmc_param_set(name: *const c_char, value: *const c_char) -> c_int {
    guard(|| {
        // SAFETY: forwarded from this function's contract.
        let name = unsafe { text_arg(name, "name") }?;
        // SAFETY: as above.
        let value = unsafe { text_arg(value, "value") }?;
        instance::param_set(name, value)?;
        Ok(())
    })
}

/// Validates the parameters and prepares the state shared by the processes of the host.
/// Opens no socket: hosts fork after it.
#[no_mangle]
pub extern "C" fn sipmc_mod_init() -> c_int {
    guard(|| {
        instance::mod_init()?;
        Ok(())
    })
}

/// Per process, after the host forked (`rank` is the host's process rank). Drops anything
/// inherited from the parent; connections open lazily on the first operation.
#[no_mangle]
pub extern "C" fn sipmc_child_init(rank: c_int) -> c_int {
    guard(|| {
        module()?.child_init(rank);
        Ok(())
    })
}

/// Reads the pseudo-variable `pv` ("mct", "mcinc", "mcdec", "mctex") for `key` (`key_len` bytes,
/// which may end in `=>N`, ignored on get). A missing key is not an error: `out->type` is
/// SIPMC_NULL. Strings are binary safe. `out->s` stays valid until the next call into the library
/// on the same thread. On any error `out->type` is SIPMC_NULL.
///
/// A returned `out->s` may be passed straight back in, without a copy, as the key of the next
/// call (`sipmc_pv_get("mct", v.s, v.len, &v)`: the value names another key) or as the key or
/// value of a `sipmc_pv_set`: the library keeps those bytes intact until that call returns.
///
/// # Safety
/// `pv` is NULL or a NUL-terminated string; `key` is NULL or points to `key_len` bytes; `out` is
/// NULL or points to a writable `sipmc_value`.
#[no_mangle]
pub unsafe extern "C" fn sipmc_pv_get(
    pv: *const c_char,
    key: *const c_char,
    key_len: usize,
    out: *mut sipmc_value,
) -> c_int {
    guard(|| {
        if out.is_null() {
            return Err(bad_argument("out is NULL"));
        }
        // SAFETY: out is non-NULL and writable by this function's contract.
        let out = unsafe { &mut *out };
        *out = sipmc_value {
            r#type: SIPMC_NULL,
            n: 0,
            s: std::ptr::null(),
            len: 0,
        };
        // SAFETY: forwarded from this function's contract.
        let pv = unsafe { pv_arg(pv) }?;
        // SAFETY: as above.
        let key = unsafe { bytes_arg(key, key_len, "key") }?;
        let module = module()?;
        let (got, s, len) =
            read_into_value_buffer(key, |key, buf| pv.get(&module, key, usize::MAX, buf))?;
        match got? {
            ScriptValue::Null => {}
            ScriptValue::Int(n) => {
                *out = sipmc_value {
                    r#type: SIPMC_INT,
                    n,
                    s,
                    len,
                }
            }
            ScriptValue::Str => {
                *out = sipmc_value {
                    r#type: SIPMC_STR,
                    n: 0,
                    s,
                    len,
                }
            }
        }
        Ok(())
    })
}

/// Assigns `val` to the pseudo-variable `pv` for `key`. `$mct`: SIPMC_STR or SIPMC_INT stores
/// (mode 0 set, mode 1 add; `key=>N` sets expiry N for this write), SIPMC_NULL deletes (a missing
/// key is fine). `$mcinc`/`$mcdec`: an integer (or a string holding one), applied atomically; a
/// missing counter is created. `$mctex`: new expiry in seconds for an existing key.
///
/// # Safety
/// `pv` is NULL or a NUL-terminated string; `key` is NULL or points to `key_len` bytes; `val` is
/// NULL or points to a `sipmc_value` whose `s` is NULL or points to `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn sipmc_pv_set(
    pv: *const c_char,
    key: *const c_char,
    key_len: usize,
    val: *const sipmc_value,
) -> c_int {
    guard(|| {
        // SAFETY: forwarded from this function's contract.
        let pv = unsafe { pv_arg(pv) }?;
        // SAFETY: as above.
        let key = unsafe { bytes_arg(key, key_len, "key") }?;
        if val.is_null() {
            return Err(bad_argument(
                "val is NULL (to delete, pass a value of type SIPMC_NULL)",
            ));
        }
        // SAFETY: non-NULL and readable by this function's contract.
        let val = unsafe { &*val };
        let value = match val.r#type {
            SIPMC_NULL => ValueRef::Null,
            SIPMC_INT => ValueRef::Int(val.n),
            // SAFETY: s/len as promised by the caller.
            SIPMC_STR => ValueRef::Str(unsafe { bytes_arg(val.s, val.len, "val->s") }?),
            other => return Err(bad_argument(&format!("unknown value type {other}"))),
        };
        let module = module()?;
        holding_value_buffer(|| Ok(pv.set(&module, key, value)?))
    })
}

/// A key as the typed functions take it: whole (a `=>N` in it is part of the key), not empty.
///
/// # Safety
/// `key` is NULL or points to `key_len` bytes that live for the call.
unsafe fn key_arg<'a>(key: *const c_char, key_len: usize) -> Result<&'a [u8], Failure> {
    // SAFETY: forwarded from the caller's contract.
    unsafe { bytes_arg(key, key_len, "key") }
}

/// An expiry in seconds as memcached takes it: 0 (never) to 2147483647 (more than 30 days is a
/// Unix time); counted as refused otherwise, as the core counts its own refusals.
fn expiry_arg(module: &Engine, expiry: u32) -> Result<u32, Failure> {
    Ok(module.counted(expiry_seconds(i64::from(expiry)))?)
}

/// Reads the item at `key` (`key_len` bytes, taken whole: no `=>N` suffix is split off). On
/// success `out` holds its value and flags, through the near cache when there is one. A missing
/// key returns SIPMC_ERR_NOT_FOUND; a value longer than `max_value_read` returns
/// SIPMC_ERR_VALUE_TOO_LARGE without being read. On any error `out->value` is NULL and
/// `out->len` 0. With `trim` 1 the value is trimmed as the stock Kamailio module reads it.
///
/// # Safety
/// `key` is NULL or points to `key_len` bytes; `out` is NULL or points to a writable
/// `sipmc_item`.
#[no_mangle]
pub unsafe extern "C" fn sipmc_get(
    key: *const c_char,
    key_len: usize,
    out: *mut sipmc_item,
) -> c_int {
    guard(|| {
        // SAFETY: out is NULL or writable by this function's contract.
        let Some(out) = (unsafe { out.as_mut() }) else {
            return Err(bad_argument("out is NULL"));
        };
        *out = sipmc_item {
            value: std::ptr::null(),
            len: 0,
            flags: 0,
        };
        // SAFETY: forwarded from this function's contract.
        let key = unsafe { key_arg(key, key_len) }?;
        let module = module()?;
        let (found, value, len) =
            read_into_value_buffer(key, |key, buf| module.get(key, usize::MAX, buf))?;
        let Some(item) = found? else {
            return Err(Error::NotFound.into());
        };
        *out = sipmc_item {
            value,
            len,
            flags: item.flags,
        };
        Ok(())
    })
}

/// Stores `value_len` bytes at `value` under `key` (taken whole) with item `flags`, living
/// `expiry` seconds (0: as long as memcached keeps it; more than 2592000: a Unix time; at most
/// 2147483647). `mode` SIPMC_SET stores whether or not the key exists; SIPMC_ADD only when it is
/// missing, else SIPMC_ERR_NOT_STORED. The `mode` and `expire` parameters do not apply: the call
/// says both. A value larger than memcached takes under that key returns
/// SIPMC_ERR_VALUE_TOO_LARGE, with nothing sent.
///
/// # Safety
/// `key` is NULL or points to `key_len` bytes; `value` is NULL or points to `value_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn sipmc_set(
    key: *const c_char,
    key_len: usize,
    value: *const c_char,
    value_len: usize,
    flags: u32,
    expiry: u32,
    mode: c_int,
) -> c_int {
    guard(|| {
        // SAFETY: forwarded from this function's contract.
        let key = unsafe { key_arg(key, key_len) }?;
        // SAFETY: as above.
        let value = unsafe { bytes_arg(value, value_len, "value") }?;
        let mode = match mode {
            SIPMC_SET => Mode::Set,
            SIPMC_ADD => Mode::Add,
            other => {
                return Err(bad_argument(&format!(
                    "mode {other} (expected SIPMC_SET or SIPMC_ADD)"
                )))
            }
        };
        let module = module()?;
        let expiry = expiry_arg(&module, expiry)?;
        holding_value_buffer(|| match module.store(key, value, flags, expiry, mode)? {
            Stored::Stored => Ok(()),
            Stored::KeyExists => Err(Failure(
                SIPMC_ERR_NOT_STORED,
                "not stored: the key exists (SIPMC_ADD)".into(),
            )),
        })
    })
}

/// Deletes the item at `key` (taken whole). A missing key is not an error: it is gone either
/// way.
///
/// # Safety
/// `key` is NULL or points to `key_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn sipmc_delete(key: *const c_char, key_len: usize) -> c_int {
    guard(|| {
        // SAFETY: forwarded from this function's contract.
        let key = unsafe { key_arg(key, key_len) }?;
        let module = module()?;
        holding_value_buffer(|| Ok(module.remove(key)?))
    })
}

/// Adds `delta` (negative: subtracts; memcached stops at 0) to the counter at `key` (taken
/// whole), atomically, and puts its new value in `*new_value` when `new_value` is not NULL. A
/// missing counter is created, atomically, with `delta` applied to 0, living `expiry` seconds
/// (as for `sipmc_set`). A value that is not a decimal number returns SIPMC_ERR_NOT_A_NUMBER.
///
/// # Safety
/// `key` is NULL or points to `key_len` bytes; `new_value` is NULL or points to a writable
/// `uint64_t`.
#[no_mangle]
pub unsafe extern "C" fn sipmc_add(
    key: *const c_char,
    key_len: usize,
    delta: i64,
    expiry: u32,
    new_value: *mut u64,
) -> c_int {
    guard(|| {
        // SAFETY: forwarded from this function's contract.
        let key = unsafe { key_arg(key, key_len) }?;
        let module = module()?;
        let expiry = expiry_arg(&module, expiry)?;
        let value = holding_value_buffer(|| module.add(key, Delta::plus(delta), expiry))?;
        // SAFETY: new_value is NULL or writable by this function's contract.
        if let Some(new_value) = unsafe { new_value.as_mut() } {
            *new_value = value;
        }
        Ok(())
    })
}

/// Gives the item at `key` (taken whole) a new expiry of `expiry` seconds (as for `sipmc_set`).
/// A missing key returns SIPMC_ERR_NOT_FOUND.
///
/// # Safety
/// `key` is NULL or points to `key_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn sipmc_touch(key: *const c_char, key_len: usize, expiry: u32) -> c_int {
    guard(|| {
        // SAFETY: forwarded from this function's contract.
        let key = unsafe { key_arg(key, key_len) }?;
        let module = module()?;
        let expiry = expiry_arg(&module, expiry)?;
        match holding_value_buffer(|| module.touch(key, expiry))? {
            true => Ok(()),
            false => Err(Error::NotFound.into()),
        }
    })
}

/// The MI/RPC reload hook: every process of the host (not only the caller) empties its near cache,
/// resolves host names again and reconnects on its next operation. Once it returns, no process
/// serves an entry cached before it. With `cluster` set it also bumps the cluster's epoch item
/// (bounded by `timeout`; a failure is logged): every process of every node of the cluster stops
/// serving entries cached before it within `cluster_check_interval` and a round trip.
#[no_mangle]
pub extern "C" fn sipmc_mi_reload() -> c_int {
    guard(|| {
        module()?.reload();
        Ok(())
    })
}

/// Writes the counters (operations, hits, misses, errors, timeouts, connects, reconnects, reloads,
/// refused, not_stored, failback_keys, failback_overflows, and the near cache's cache_hits,
/// cache_misses, cache_evictions, cache_stale, cache_refreshes, cache_entries, cache_bytes; summed over every process of the host; each defined in the
/// docs/counters.md) as `name: value` lines into `buf`, then one line per
/// server: `server ADDRESS: state=up|down operations=N failures=N timeouts=N
/// consecutive_failures=N marked_down=N p50_us=N p99_us=N p999_us=N over_timeout=N` (request
/// times in microseconds). `*len` is the size of
/// `buf` on input; on success it is the length of the text (a NUL follows it). When the buffer is
/// too small (or NULL) it returns SIPMC_ERR_BUFFER_TOO_SMALL and sets `*len` to the size needed,
/// NUL included.
///
/// # Safety
/// `len` is NULL or points to a writable size_t; `buf` is NULL or points to `*len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn sipmc_mi_stats(buf: *mut c_char, len: *mut usize) -> c_int {
    guard(|| {
        if len.is_null() {
            return Err(bad_argument("len is NULL"));
        }
        let module = module()?;
        let text = module.report().text();
        // SAFETY: len is non-NULL and writable by this function's contract.
        let len = unsafe { &mut *len };
        let needed = text.len() + 1;
        if buf.is_null() || *len < needed {
            *len = needed;
            return Err(Failure(
                SIPMC_ERR_BUFFER_TOO_SMALL,
                format!("buffer too small: {needed} bytes needed"),
            ));
        }
        // SAFETY: buf has at least *len >= needed writable bytes by the contract.
        unsafe {
            std::ptr::copy_nonoverlapping(text.as_ptr(), buf.cast::<u8>(), text.len());
            *buf.add(text.len()) = 0;
        }
        *len = text.len();
        Ok(())
    })
}

/// Frees the module's state and puts every parameter back to its default, so that a program can
/// set parameters and call `sipmc_mod_init` again. May be registered with `atexit()`: a call made
/// while the process exits returns normally (so does any other call then, with an error code;
/// `sipmc_last_error()` may be empty, the thread's storage being gone).
#[no_mangle]
pub extern "C" fn sipmc_destroy() {
    guard(|| {
        instance::destroy();
        Ok(())
    });
}

/// The message of the last call on this thread: empty when it succeeded. Valid until the next
/// call into the library on the same thread.
#[no_mangle]
pub extern "C" fn sipmc_last_error() -> *const c_char {
    // While the thread exits its last error is gone: an empty message, as for a success.
    catch_unwind(|| LAST_ERROR.try_with(|e| e.borrow().as_ptr()))
        .map_or(c"".as_ptr(), |p| p.unwrap_or(c"".as_ptr()))
}

/// A fixed description of a return code (never NULL).
#[no_mangle]
pub extern "C" fn sipmc_strerror(code: c_int) -> *const c_char {
    sipmc_result::from_code(code)
        .map_or(c"unknown code", sipmc_result::description)
        .as_ptr()
}

/// The library's version, e.g. "0.1.0".
#[no_mangle]
pub extern "C" fn sipmc_version() -> *const c_char {
    static VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");
    VERSION.as_ptr().cast()
}

/// Sends the library's log messages up to `max_level` (SIPMC_LOG_ERROR .. SIPMC_LOG_DEBUG; 0
/// turns logging off) to `callback`, or to standard error when `callback` is NULL (the default,
/// at SIPMC_LOG_WARN; a full or closed standard error loses lines, never the process).
///
/// Messages are one line each, without the newline, with control bytes (from keys and values a
/// SIP message supplied) written as `\xNN` and a length cap. The callback runs on the thread of
/// the call that logs, so it may run on several threads at once. It may call any function of
/// the library, `sipmc_mi_stats` included: the library holds no lock of its own while it logs.
/// It should return quickly, as the operation waits for it.
#[no_mangle]
pub extern "C" fn sipmc_set_log(callback: sipmc_log_fn, max_level: c_int) -> c_int {
    guard(|| {
        let max = match max_level {
            0 => LevelFilter::Off,
            SIPMC_LOG_ERROR => LevelFilter::Error,
            SIPMC_LOG_WARN => LevelFilter::Warn,
            SIPMC_LOG_INFO => LevelFilter::Info,
            SIPMC_LOG_DEBUG => LevelFilter::Debug,
            other => return Err(bad_argument(&format!("log level {other} (expected 0..4)"))),
        };
        let sink = match callback {
            None => Sink::Stderr,
            Some(f) => Sink::Custom(Arc::new(move |level, message| {
                let level = match level {
                    log::Level::Error => SIPMC_LOG_ERROR,
                    log::Level::Warn => SIPMC_LOG_WARN,
                    log::Level::Info => SIPMC_LOG_INFO,
                    _ => SIPMC_LOG_DEBUG,
                };
                let text = CString::new(message.replace('\0', "\\0")).unwrap_or_default();
                f(level, text.as_ptr());
            })),
        };
        logging::set_sink(sink, max);
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strerror(code: c_int) -> &'static str {
        // SAFETY: sipmc_strerror returns a pointer to a static NUL-terminated string.
        unsafe { CStr::from_ptr(sipmc_strerror(code)) }
            .to_str()
            .unwrap()
    }

    #[test]
    fn every_code_keeps_the_number_and_the_text_c_programs_know() {
        let known: [(c_int, &str); 23] = [
            (0, "success"),
            (-1, "bad argument"),
            (-2, "unknown parameter"),
            (-3, "bad parameter value"),
            (-4, "module not initialised"),
            (-5, "module already initialised"),
            (-6, "unknown pseudo-variable"),
            (-7, "bad key"),
            (-8, "bad expiry"),
            (-9, "value too large"),
            (-10, "not a number"),
            (-11, "not found"),
            (-12, "not stored"),
            (-13, "timeout"),
            (-14, "cannot connect"),
            (-15, "connection failed"),
            (-16, "protocol error"),
            (-17, "server error"),
            (-18, "buffer too small"),
            (-19, "internal error"),
            (-20, "server marked down"),
            (-21, "cannot map shared memory"),
            (-22, "counter race"),
        ];
        for (code, text) in known {
            assert_eq!(strerror(code), text, "code {code}");
        }
        assert_eq!(
            sipmc_result::ALL.len(),
            known.len(),
            "a code without a test"
        );
    }

    #[test]
    fn a_number_that_is_no_code_is_an_unknown_code() {
        for code in [1, -23, 12345, c_int::MIN, c_int::MAX] {
            assert_eq!(strerror(code), "unknown code", "{code}");
        }
    }

    #[test]
    fn each_failure_of_the_core_has_the_code_of_its_meaning() {
        let io = || std::io::Error::other("x");
        let server = || "s".to_string();
        for (err, code) in [
            (Error::BadArgument("x".into()), SIPMC_ERR_ARGUMENT),
            (Error::EmptyKey, SIPMC_ERR_BAD_KEY),
            (Error::NotInitialised, SIPMC_ERR_NOT_INITIALISED),
            (
                Error::Server {
                    server: server(),
                    message: "ERROR".into(),
                },
                SIPMC_ERR_SERVER,
            ),
            (
                Error::ServerDown { server: server() },
                SIPMC_ERR_SERVER_DOWN,
            ),
            (Error::SharedMemory(io()), SIPMC_ERR_SHARED_MEMORY),
            (Error::CounterRace, SIPMC_ERR_COUNTER_RACE),
            (Error::NoServer, SIPMC_ERR_INTERNAL),
        ] {
            assert_eq!(sipmc_result::of(&err), code, "{err}");
        }
    }

    #[test]
    fn bytes_inside_a_buffer_are_found_spare_capacity_included() {
        let mut buf = b"hello world".to_vec();
        buf.truncate(5);
        let cap = buf.capacity();
        assert!(inside(&buf[1..3], &buf, cap));
        assert!(inside(&buf, &buf, cap));
        // SAFETY: bytes 6..10 of the allocation, written above and left by truncate.
        let past_len = unsafe { std::slice::from_raw_parts(buf.as_ptr().add(6), 4) };
        assert!(
            inside(past_len, &buf, cap),
            "the spare capacity is ours too"
        );
        let other = b"hello".to_vec();
        assert!(!inside(&other, &buf, cap));
        assert!(!inside(&buf[..0], &buf, cap), "no bytes, nothing to keep");
        assert!(!inside(&buf, &[], 0), "an empty buffer owns nothing");
    }
}
