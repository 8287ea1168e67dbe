//! The Kamailio adapter: the same `.so` loads into Kamailio 5.6 with `loadmodule`, under the
//! module name `memcached`, as a drop-in for the stock module.
//!
//! It exports what the host looks up (`exports`, `module_version`, `module_flags`), turns modparams,
//! pseudo-variable accesses and RPC commands into calls on the host-neutral core, and writes the
//! core's log through the host's logger. Every callback catches panics: anything that kills a
//! worker brings the whole server down.

mod abi;
mod host;

use std::cell::RefCell;
use std::ffi::{c_char, c_int, c_uint, c_void, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::{null, null_mut};
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use abi::*;
use host::Host;

use crate::engine::instance;
use crate::engine::{Got, Pv, ValueRef};
use crate::error::Error;
use crate::logging::{self, Sink};

/// The Kamailio releases whose struct layouts this adapter implements.
const SUPPORTED_RELEASE_PREFIX: &str = "5.6.";

/// Filled at load time from the host's own version symbols (see `fill_version_symbols`). NULL
/// makes the host refuse the module cleanly.
#[no_mangle]
pub static module_version: AtomicPtr<c_char> = AtomicPtr::new(null_mut());
#[no_mangle]
pub static module_flags: AtomicPtr<c_char> = AtomicPtr::new(null_mut());
#[no_mangle]
pub static module_interface_ver: c_uint = 4;

/// Runs inside `dlopen`, before the host checks the version symbols.
#[used]
#[link_section = ".init_array"]
static FILL_VERSION_SYMBOLS: extern "C" fn() = fill_version_symbols;

extern "C" fn fill_version_symbols() {
    let _ = catch_unwind(|| {
        let (Some(name), Some(version), Some(arch), Some(os), Some(flags)) = (
            host::host_string(c"ver_name"),
            host::host_string(c"ver_version"),
            host::host_string(c"ver_arch"),
            host::host_string(c"ver_os"),
            host::host_symbol_address(c"ver_flags"),
        ) else {
            return; // not loaded by Kamailio: a plain C program
        };
        let version = version.to_string_lossy();
        if name.to_bytes() != b"kamailio" || !version.starts_with(SUPPORTED_RELEASE_PREFIX) {
            let message = format!(
                "this module implements the Kamailio {SUPPORTED_RELEASE_PREFIX}x module ABI; \
                 the host is {} {version}: refusing to load",
                name.to_string_lossy()
            );
            match Host::get() {
                Some(host) => host.log(log::Level::Error, &message),
                None => eprintln!("memcached: ERROR: {message}"),
            }
            return;
        }
        let full = format!(
            "{} {version} ({}/{})",
            name.to_string_lossy(),
            arch.to_string_lossy(),
            os.to_string_lossy()
        );
        let full = CString::new(full).unwrap_or_default();
        // Leaked on purpose: the host keeps reading it for the life of the process.
        module_version.store(full.into_raw(), Ordering::Release);
        module_flags.store(flags, Ordering::Release);
    });
}

/// Sends the core's log to the host's logger, once a host is there.
fn use_host_log() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if let Some(host) = Host::get() {
            logging::set_sink(
                Sink::Custom(Arc::new(move |level, message| host.log(level, message))),
                log::LevelFilter::Debug,
            );
        }
    });
}

/// Runs a host callback: panics become `on_panic` plus an error line, never an abort.
fn callback<T>(on_panic: T, f: impl FnOnce() -> T) -> T {
    use_host_log();
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(v) => v,
        Err(_) => {
            log::error!("internal error caught at the module boundary; the operation failed");
            on_panic
        }
    }
}

// ---- module parameters ----

fn set_param(name: &str, value: &str) -> c_int {
    callback(-1, || match instance::param_set(name, value) {
        Ok(()) => 0,
        Err(e) => {
            log::error!("modparam: {e}");
            -1
        }
    })
}

/// A string parameter: `val` is a NUL-terminated copy owned by the host.
unsafe fn string_value(val: *mut c_void) -> String {
    if val.is_null() {
        return String::new();
    }
    // SAFETY: the host passes a NUL-terminated string for PARAM_STRING parameters.
    unsafe { CStr::from_ptr(val.cast::<c_char>()) }
        .to_string_lossy()
        .into_owned()
}

/// An integer parameter: the host passes the int itself, cast to a pointer.
fn int_value(val: *mut c_void) -> String {
    (val as isize as c_int).to_string()
}

macro_rules! param_fn {
    ($fn_name:ident, $name:literal, string) => {
        unsafe extern "C" fn $fn_name(_kind: c_uint, val: *mut c_void) -> c_int {
            // SAFETY: called by the host with a string parameter value.
            set_param($name, &unsafe { string_value(val) })
        }
    };
    ($fn_name:ident, $name:literal, int) => {
        unsafe extern "C" fn $fn_name(_kind: c_uint, val: *mut c_void) -> c_int {
            set_param($name, &int_value(val))
        }
    };
}

param_fn!(param_servers, "servers", string);
param_fn!(param_expire, "expire", int);
param_fn!(param_mode, "mode", int);
param_fn!(param_timeout, "timeout", int);
param_fn!(param_memory, "memory", int);
param_fn!(param_stringify, "stringify", int);
param_fn!(param_cache_size, "cache_size", int);
param_fn!(param_cache_memory, "cache_memory", int);
param_fn!(param_cache_ttl, "cache_ttl", int);
param_fn!(param_cache_negative, "cache_negative", int);
param_fn!(param_distribution, "distribution", string);
param_fn!(param_server_failure_limit, "server_failure_limit", int);
param_fn!(param_retry_interval, "retry_interval", int);
param_fn!(param_failover, "failover", int);

const fn param(name: &'static CStr, kind: c_uint, f: ParamFn) -> ParamExport {
    ParamExport {
        name: name.as_ptr(),
        kind: kind | PARAM_USE_FUNC,
        param_pointer: Some(f),
    }
}

static PARAMS: [ParamExport; 15] = [
    param(c"servers", PARAM_STRING, param_servers),
    param(c"expire", PARAM_INT, param_expire),
    param(c"mode", PARAM_INT, param_mode),
    param(c"timeout", PARAM_INT, param_timeout),
    param(c"memory", PARAM_INT, param_memory),
    param(c"stringify", PARAM_INT, param_stringify),
    param(c"cache_size", PARAM_INT, param_cache_size),
    param(c"cache_memory", PARAM_INT, param_cache_memory),
    param(c"cache_ttl", PARAM_INT, param_cache_ttl),
    param(c"cache_negative", PARAM_INT, param_cache_negative),
    param(c"distribution", PARAM_STRING, param_distribution),
    param(
        c"server_failure_limit",
        PARAM_INT,
        param_server_failure_limit,
    ),
    param(c"retry_interval", PARAM_INT, param_retry_interval),
    param(c"failover", PARAM_INT, param_failover),
    ParamExport {
        name: null(),
        kind: 0,
        param_pointer: None,
    },
];

// ---- pseudo-variables ----

/// `$mct(...)`'s inner text, parsed by the host into a format list (keys may hold other PVs).
unsafe extern "C" fn parse_name(sp: *mut PvSpec, input: *mut Str) -> c_int {
    callback(-1, || {
        let Some(host) = Host::get() else { return -1 };
        if sp.is_null() || input.is_null() {
            return -1;
        }
        // SAFETY: the host passes a valid str for the text between the parentheses.
        let input = unsafe { &*input };
        if input.s.is_null() || input.len <= 0 {
            log::error!("a pseudo-variable needs a key: $mct(key)");
            return -1;
        }
        // SAFETY: input.s points to input.len bytes.
        let text = unsafe { std::slice::from_raw_parts(input.s.cast::<u8>(), input.len as usize) };
        // pv_parse_format keeps pointers into its input and reads one byte past it: hand it a
        // NUL-terminated copy that lives as long as the process (it is never freed).
        let mut copy = text.to_vec();
        copy.push(0);
        let copy: &'static mut [u8] = Box::leak(copy.into_boxed_slice());
        let mut format = Str {
            s: copy.as_mut_ptr().cast(),
            len: input.len,
        };
        let mut elem: *mut PvElem = null_mut();
        // SAFETY: host function called with a valid str and out pointer.
        if unsafe { (host.pv_parse_format)(&mut format, &mut elem) } != 0 || elem.is_null() {
            log::error!("bad key format [{}]", String::from_utf8_lossy(text));
            return -1;
        }
        // SAFETY: sp is the host's spec being filled in.
        unsafe {
            (*sp).pvp.pvn.dname = elem.cast();
            (*sp).pvp.pvn.kind = PV_NAME_PVAR;
        }
        0
    })
}

thread_local! {
    /// Renders keys without a message (no PV inside), and receives values from the core.
    static SCRATCH: RefCell<(Vec<u8>, Vec<u8>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// Renders the key of a pseudo-variable access with the host's own format functions, and runs
/// `f` on it.
unsafe fn with_key<T>(
    host: &Host,
    msg: *mut c_void,
    param: *mut PvParam,
    f: impl FnOnce(&[u8]) -> T,
) -> Result<T, String> {
    if param.is_null() {
        return Err("no pseudo-variable parameter".into());
    }
    // SAFETY: param is the host's pv_param_t whose name parse_name filled in.
    let elem = unsafe { (*param).pvn.dname }.cast::<PvElem>();
    if elem.is_null() {
        return Err("the pseudo-variable has no key".into());
    }
    if !msg.is_null() {
        let mut out = Str {
            s: null_mut(),
            len: 0,
        };
        // SAFETY: host function; the result points into a pv buffer slot of this process.
        let rc = unsafe { (host.pv_printf_s)(msg, elem, &mut out) };
        if rc == -2 {
            return Err(
                "the key is longer than the host's pv buffer: raise the core \
                        parameter pv_buffer_size"
                    .into(),
            );
        }
        if rc != 0 || out.s.is_null() {
            return Err("cannot render the key".into());
        }
        // SAFETY: pv_printf_s returned out.len bytes at out.s.
        let key =
            unsafe { std::slice::from_raw_parts(out.s.cast::<u8>(), out.len.max(0) as usize) };
        return Ok(f(key));
    }
    // No SIP message (e.g. a timer route): only a key made of plain text can be rendered.
    let mut key = SCRATCH.with(|s| std::mem::take(&mut s.borrow_mut().0));
    key.clear();
    let mut e = elem;
    while !e.is_null() {
        // SAFETY: e walks the host's format list built by pv_parse_format.
        let piece = unsafe { &*e };
        if !piece.spec.is_null() {
            return Err("the key holds a pseudo-variable and there is no SIP message".into());
        }
        if !piece.text.s.is_null() && piece.text.len > 0 {
            // SAFETY: text points to len bytes of the format's copy.
            key.extend_from_slice(unsafe {
                std::slice::from_raw_parts(piece.text.s.cast::<u8>(), piece.text.len as usize)
            });
        }
        e = piece.next;
    }
    let result = f(&key);
    SCRATCH.with(|s| s.borrow_mut().0 = key);
    Ok(result)
}

/// Server failures repeat on every operation while a server is down; the client already logged
/// the failure once, so these are rate-limited here.
fn is_server_failure(e: &Error) -> bool {
    crate::client::is_server_failure(e) || matches!(e, Error::ServerDown { .. })
}

fn log_failure(what: &str, e: &Error) {
    static LAST: AtomicU64 = AtomicU64::new(0);
    static SUPPRESSED: AtomicU64 = AtomicU64::new(0);
    if !is_server_failure(e) {
        log::error!("{what}: {e}");
        return;
    }
    static START: once_cell::sync::Lazy<Instant> = once_cell::sync::Lazy::new(Instant::now);
    let now = START.elapsed().as_secs() + 1;
    let last = LAST.load(Ordering::Relaxed);
    if now.saturating_sub(last) >= RATE_LIMIT.as_secs() {
        LAST.store(now, Ordering::Relaxed);
        let n = SUPPRESSED.swap(0, Ordering::Relaxed);
        if n > 0 {
            log::error!("{what}: {e} ({n} similar errors in the last seconds not logged)");
        } else {
            log::error!("{what}: {e}");
        }
    } else {
        SUPPRESSED.fetch_add(1, Ordering::Relaxed);
        log::debug!("{what}: {e}");
    }
}

/// At most one server-failure line per this period and process.
const RATE_LIMIT: Duration = Duration::from_secs(10);

fn describe(pv: Pv, key: &[u8]) -> String {
    let name = match pv {
        Pv::Mct => "mct",
        Pv::McInc => "mcinc",
        Pv::McDec => "mcdec",
        Pv::McTex => "mctex",
    };
    let shown: String = String::from_utf8_lossy(&key[..key.len().min(80)])
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    format!("${name}({shown})")
}

unsafe fn pv_get(pv: Pv, msg: *mut c_void, param: *mut PvParam, res: *mut PvValue) -> c_int {
    let Some(host) = Host::get() else { return -1 };
    if res.is_null() {
        return -1;
    }
    // SAFETY: host function with the host's own arguments.
    let null_result = || unsafe { (host.pv_get_null)(msg, param, res) };
    let module = match instance::module() {
        Ok(m) => m,
        Err(e) => {
            log::error!("{e}");
            return null_result();
        }
    };
    let mut value = SCRATCH.with(|s| std::mem::take(&mut s.borrow_mut().1));
    // SAFETY: forwarded host pointers.
    let rendered = unsafe {
        with_key(host, msg, param, |key| {
            module
                .get(pv, key, &mut value)
                .map_err(|e| (describe(pv, key), e))
        })
    };
    let result = match rendered {
        Err(why) => {
            log::error!("{why}");
            null_result()
        }
        Ok(Err((what, e))) => {
            log_failure(&format!("reading {what}"), &e);
            null_result()
        }
        Ok(Ok(Got::Null)) => null_result(),
        // SAFETY: res is the host's value to fill.
        Ok(Ok(got)) => unsafe {
            fill_result(host, res, got, &value).unwrap_or_else(|()| null_result())
        },
    };
    SCRATCH.with(|s| s.borrow_mut().1 = value);
    result
}

/// Copies a value into one of the host's pv buffers, so that it outlives this call.
unsafe fn fill_result(host: &Host, res: *mut PvValue, got: Got, bytes: &[u8]) -> Result<c_int, ()> {
    // SAFETY: host functions; the buffer has pv_get_buffer_size() bytes.
    let (buf, size) = unsafe { ((host.pv_get_buffer)(), (host.pv_get_buffer_size)()) };
    if buf.is_null() || bytes.len() >= size.max(0) as usize {
        log::error!(
            "a value of {} bytes does not fit the host's pv buffer ({} bytes): \
             raise the core parameter pv_buffer_size",
            bytes.len(),
            size
        );
        return Err(());
    }
    // SAFETY: buf has size > bytes.len() writable bytes; res is the host's value.
    unsafe {
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf.cast::<u8>(), bytes.len());
        *buf.add(bytes.len()) = 0;
        let res = &mut *res;
        res.rs = Str {
            s: buf,
            len: bytes.len() as c_int,
        };
        res.ri = 0;
        res.flags = PV_VAL_STR;
        // Kamailio 5.6 holds integers in an int; a wider one stays a string.
        if let Got::Int(n) = got {
            if let Ok(n) = c_int::try_from(n) {
                res.ri = n;
                res.flags = PV_VAL_STR | PV_VAL_INT | PV_TYPE_INT;
            }
        }
    }
    Ok(0)
}

unsafe fn pv_set(pv: Pv, msg: *mut c_void, param: *mut PvParam, val: *mut PvValue) -> c_int {
    let Some(host) = Host::get() else { return -1 };
    let module = match instance::module() {
        Ok(m) => m,
        Err(e) => {
            log::error!("{e}");
            return -1;
        }
    };
    // pv_unset() passes val == NULL: the same as assigning $null.
    // SAFETY: val is NULL or the host's value for this assignment.
    let value = match unsafe { val.as_ref() } {
        None => ValueRef::Null,
        Some(v) if v.flags & PV_VAL_NULL != 0 => ValueRef::Null,
        Some(v) if v.flags & PV_VAL_INT != 0 => ValueRef::Int(i64::from(v.ri)),
        Some(v) if v.flags & PV_VAL_STR != 0 => {
            if v.rs.s.is_null() || v.rs.len <= 0 {
                ValueRef::Str(&[])
            } else {
                // SAFETY: rs points to rs.len bytes for the duration of the assignment.
                ValueRef::Str(unsafe {
                    std::slice::from_raw_parts(v.rs.s.cast::<u8>(), v.rs.len as usize)
                })
            }
        }
        Some(v) => {
            log::error!("cannot assign a value with flags {:#x}", v.flags);
            return -1;
        }
    };
    // SAFETY: forwarded host pointers.
    let done = unsafe {
        with_key(host, msg, param, |key| {
            module
                .set(pv, key, value)
                .map_err(|e| (describe(pv, key), e))
        })
    };
    match done {
        Ok(Ok(())) => 0,
        Ok(Err((what, e))) => {
            log_failure(&format!("assigning {what}"), &e);
            -1
        }
        Err(why) => {
            log::error!("{why}");
            -1
        }
    }
}

macro_rules! pv_fns {
    ($get:ident, $set:ident, $pv:expr) => {
        unsafe extern "C" fn $get(
            msg: *mut c_void,
            param: *mut PvParam,
            res: *mut PvValue,
        ) -> c_int {
            // SAFETY: called by the host with its own pointers.
            callback(-1, || unsafe { pv_get($pv, msg, param, res) })
        }
        unsafe extern "C" fn $set(
            msg: *mut c_void,
            param: *mut PvParam,
            _op: c_int,
            val: *mut PvValue,
        ) -> c_int {
            // SAFETY: called by the host with its own pointers.
            callback(-1, || unsafe { pv_set($pv, msg, param, val) })
        }
    };
}

pv_fns!(get_mct, set_mct, Pv::Mct);
pv_fns!(get_mcinc, set_mcinc, Pv::McInc);
pv_fns!(get_mcdec, set_mcdec, Pv::McDec);
pv_fns!(get_mctex, set_mctex, Pv::McTex);

const fn pv_export(name: &'static CStr, getf: PvGetF, setf: PvSetF) -> PvExport {
    PvExport {
        name: Str {
            s: name.as_ptr() as *mut c_char,
            len: name.count_bytes() as c_int,
        },
        kind: PVT_OTHER,
        getf: Some(getf),
        setf: Some(setf),
        parse_name: Some(parse_name),
        parse_index: None,
        init_param: None,
        iparam: 0,
    }
}

static PV_ITEMS: [PvExport; 5] = [
    pv_export(c"mct", get_mct, set_mct),
    pv_export(c"mcinc", get_mcinc, set_mcinc),
    pv_export(c"mcdec", get_mcdec, set_mcdec),
    pv_export(c"mctex", get_mctex, set_mctex),
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
];

// ---- RPC ----

/// A NULL-terminated array of C strings (RPC help texts).
#[repr(transparent)]
struct Doc([*const c_char; 2]);
// SAFETY: points to 'static string literals only.
unsafe impl Sync for Doc {}

static RELOAD_DOC: Doc = Doc([
    c"Empty the near cache of every process of the host and reconnect every memcached server."
        .as_ptr(),
    null(),
]);
static STATS_DOC: Doc = Doc([
    c"Counters of the memcached module, summed over every process.".as_ptr(),
    null(),
]);

unsafe fn rpc_fault(rpc: &RpcT, ctx: *mut c_void, message: &str) {
    if let Some(fault) = rpc.fault {
        let text = CString::new(message.replace('\0', "")).unwrap_or_default();
        // SAFETY: transport function with a "%s" format and one C string.
        unsafe { fault(ctx, 500, c"%s".as_ptr(), text.as_ptr()) };
    }
}

unsafe extern "C" fn rpc_reload(rpc: *mut RpcT, ctx: *mut c_void) {
    callback((), || {
        // SAFETY: the transport passes its rpc_t.
        let Some(rpc) = (unsafe { rpc.as_ref() }) else {
            return;
        };
        match instance::module() {
            Ok(m) => {
                m.reload();
                if let Some(add) = rpc.add {
                    // SAFETY: transport function, "s" with one C string.
                    unsafe { add(ctx, c"s".as_ptr(), c"ok".as_ptr()) };
                }
            }
            // SAFETY: as above.
            Err(e) => unsafe { rpc_fault(rpc, ctx, &e.to_string()) },
        }
    })
}

/// Adds `name: value` members (unsigned long) to an RPC struct.
///
/// # Safety
/// `struct_add` and `handle` come from the transport for the reply being built.
unsafe fn add_counters(
    struct_add: unsafe extern "C" fn(*mut c_void, *const c_char, ...) -> c_int,
    handle: *mut c_void,
    rows: &[(&str, u64)],
) {
    for (name, value) in rows {
        let Ok(name) = CString::new(*name) else {
            continue;
        };
        // SAFETY: "j" takes a member name and an unsigned long, as passed.
        unsafe {
            struct_add(
                handle,
                c"j".as_ptr(),
                name.as_ptr(),
                *value as std::ffi::c_ulong,
            )
        };
    }
}

unsafe extern "C" fn rpc_stats(rpc: *mut RpcT, ctx: *mut c_void) {
    callback((), || {
        // SAFETY: the transport passes its rpc_t.
        let Some(rpc) = (unsafe { rpc.as_ref() }) else {
            return;
        };
        let module = match instance::module() {
            Ok(m) => m,
            // SAFETY: as above.
            Err(e) => return unsafe { rpc_fault(rpc, ctx, &e.to_string()) },
        };
        let (Some(add), Some(struct_add)) = (rpc.add, rpc.struct_add) else {
            return;
        };
        let s = module.stats();
        let servers = CString::new(module.server_names().join(" ")).unwrap_or_default();
        let mut handle: *mut c_void = null_mut();
        // SAFETY: transport functions with the documented formats: "{" takes a void** out
        // parameter; "s" a name and a C string; "j" a name and an unsigned long.
        unsafe {
            if add(ctx, c"{".as_ptr(), &mut handle as *mut *mut c_void) < 0 || handle.is_null() {
                return rpc_fault(rpc, ctx, "cannot build the reply");
            }
            struct_add(handle, c"s".as_ptr(), c"servers".as_ptr(), servers.as_ptr());
            add_counters(struct_add, handle, &s.rows());
            // One member per server, named by its address: its state and counters.
            for server in module.server_stats() {
                let Ok(name) = CString::new(server.name.clone()) else {
                    continue;
                };
                let mut sub: *mut c_void = null_mut();
                let rc = struct_add(
                    handle,
                    c"{".as_ptr(),
                    name.as_ptr(),
                    &mut sub as *mut *mut c_void,
                );
                if rc < 0 || sub.is_null() {
                    continue;
                }
                let state = if server.down { c"down" } else { c"up" };
                struct_add(sub, c"s".as_ptr(), c"state".as_ptr(), state.as_ptr());
                add_counters(struct_add, sub, &server.rows());
            }
        }
    })
}

static RPC_METHODS: [RpcExport; 3] = [
    RpcExport {
        name: c"memcached.reload".as_ptr(),
        function: Some(rpc_reload),
        doc_str: &RELOAD_DOC.0 as *const [*const c_char; 2] as *const *const c_char,
        flags: 0,
    },
    RpcExport {
        name: c"memcached.stats".as_ptr(),
        function: Some(rpc_stats),
        doc_str: &STATS_DOC.0 as *const [*const c_char; 2] as *const *const c_char,
        flags: 0,
    },
    RpcExport {
        name: null(),
        function: None,
        doc_str: null(),
        flags: 0,
    },
];

// ---- life cycle ----

unsafe extern "C" fn mod_init() -> c_int {
    callback(-1, || match instance::mod_init() {
        Ok(()) => 0,
        Err(e) => {
            log::error!("mod_init: {e}");
            -1
        }
    })
}

/// Never fails: a failing child_init makes the process exit, which stops the whole server.
unsafe extern "C" fn child_init(rank: c_int) -> c_int {
    callback(0, || {
        if let Ok(m) = instance::module() {
            m.child_init(rank);
        }
        0
    })
}

unsafe extern "C" fn mod_destroy() {
    callback((), instance::destroy)
}

/// The table Kamailio looks up with `dlsym(handle, "exports")`.
#[no_mangle]
pub static exports: ModuleExports = ModuleExports {
    name: c"memcached".as_ptr(),
    dlflags: 0,
    cmds: null(),
    params: &PARAMS as *const [ParamExport; 15] as *const ParamExport,
    rpc_methods: &RPC_METHODS as *const [RpcExport; 3] as *const RpcExport,
    pv_items: &PV_ITEMS as *const [PvExport; 5] as *const PvExport,
    response_f: null(),
    init_mod_f: Some(mod_init),
    init_child_f: Some(child_init),
    destroy_mod_f: Some(mod_destroy),
};
