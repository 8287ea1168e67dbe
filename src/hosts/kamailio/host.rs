//! The host's functions and variables, resolved at run time with `dlsym(RTLD_DEFAULT)` so that the
//! same `.so` still links into C programs that have no Kamailio; and the `log` sink that writes
//! through the host's own logger.

use std::ffi::{c_char, c_int, c_void, CStr, CString};

use once_cell::sync::OnceCell;

use super::abi::{CounterRegisterFn, KsrLogData, PvElem, PvParam, Str};

type KmLogFn = unsafe extern "C" fn(c_int, *const c_char, ...);
type SlogFn = unsafe extern "C" fn(*mut KsrLogData, *const c_char, ...);

type PvParseFormatFn = unsafe extern "C" fn(*mut Str, *mut *mut PvElem) -> c_int;
type PvPrintfFn = unsafe extern "C" fn(*mut c_void, *mut PvElem, *mut Str) -> c_int;
type PvGetBufferFn = unsafe extern "C" fn() -> *mut c_char;
type IntFn = unsafe extern "C" fn() -> c_int;
/// `pv_get_null(msg, param, res)`: `res` is a `pv_value_t` of the host's layout.
type PvGetNullFn = unsafe extern "C" fn(*mut c_void, *mut PvParam, *mut c_void) -> c_int;
type DebugByModuleFn = unsafe extern "C" fn(*const c_char, c_int) -> c_int;

pub struct Host {
    pub pv_parse_format: PvParseFormatFn,
    pub pv_printf_s: PvPrintfFn,
    pub pv_get_buffer: PvGetBufferFn,
    pub pv_get_buffer_size: IntFn,
    pub pv_get_null: PvGetNullFn,
    get_debug_level: DebugByModuleFn,
    get_debug_facility: DebugByModuleFn,
    my_pid: IntFn,
    /// Optional: without it the host still loads the module, with no statistics (`stats`).
    pub counter_register: Option<CounterRegisterFn>,
    /// Addresses of host variables: read on every use, the host may change them at run time.
    km_log_func: *const Option<KmLogFn>,
    slog_func: *const Option<SlogFn>,
    log_stderr: *const c_int,
    process_no: *const c_int,
    log_prefix_val: *const *const Str,
    dprint_crit: *const c_int,
}

// SAFETY: the pointers are addresses of the host's global variables and functions, valid for the
// life of the process; the host is single-threaded per process.
unsafe impl Send for Host {}
// SAFETY: as above.
unsafe impl Sync for Host {}

use crate::hosts::loaded::symbol;

/// The text of a `const char[]` the host exports, if it does.
pub fn host_string(name: &CStr) -> Option<&'static CStr> {
    // SAFETY: the host's version symbols are NUL-terminated char arrays in .rodata.
    symbol(name).map(|p| unsafe { CStr::from_ptr(p.cast::<c_char>()) })
}

/// The address of a host symbol, as a `&'static` C string pointer (for `module_flags`).
pub fn host_symbol_address(name: &CStr) -> Option<*mut c_char> {
    symbol(name).map(|p| p.cast())
}

impl Host {
    fn resolve() -> Option<Host> {
        macro_rules! func {
            ($name:literal, $ty:ty) => {{
                let p = symbol($name)?;
                // SAFETY: the host exports this function with this signature
                // (reference/kamailio-module-abi.md, §3.4 and §6).
                unsafe { std::mem::transmute::<*mut c_void, $ty>(p) }
            }};
        }
        Some(Host {
            pv_parse_format: func!(c"pv_parse_format", PvParseFormatFn),
            pv_printf_s: func!(c"pv_printf_s", PvPrintfFn),
            pv_get_buffer: func!(c"pv_get_buffer", PvGetBufferFn),
            pv_get_buffer_size: func!(c"pv_get_buffer_size", IntFn),
            pv_get_null: func!(c"pv_get_null", PvGetNullFn),
            get_debug_level: func!(c"get_debug_level", DebugByModuleFn),
            get_debug_facility: func!(c"get_debug_facility", DebugByModuleFn),
            my_pid: func!(c"my_pid", IntFn),
            counter_register: symbol(c"counter_register").map(|p| {
                // SAFETY: `counter_register` is exported by every Kamailio from 5.6.0 to 6.1.x
                // with this signature (src/core/counters.h, the same in every tag).
                unsafe { std::mem::transmute::<*mut c_void, CounterRegisterFn>(p) }
            }),
            km_log_func: symbol(c"_km_log_func")?.cast(),
            slog_func: symbol(c"_ksr_slog_func")?.cast(),
            log_stderr: symbol(c"log_stderr")?.cast(),
            process_no: symbol(c"process_no")?.cast(),
            log_prefix_val: symbol(c"log_prefix_val")?.cast(),
            dprint_crit: symbol(c"dprint_crit")?.cast(),
        })
    }

    /// The host, when this library was loaded by Kamailio.
    pub fn get() -> Option<&'static Host> {
        static HOST: OnceCell<Option<Host>> = OnceCell::new();
        HOST.get_or_init(Host::resolve).as_ref()
    }

    /// Writes one message to the host's log, as its `LM_*` macros would, honouring the log level
    /// the host has now (it can change at run time).
    pub fn log(&self, level: log::Level, message: &str) {
        const MODULE: &CStr = c"memcached";
        // Already escaped when it comes through the `log` dispatcher; lines written directly
        // (the version refusal) are escaped here. Without a NUL inside, no CString fails below.
        let message = crate::logging::escape(message, crate::logging::MAX_LINE);
        let (klevel, lname, syslog_prio): (c_int, &CStr, c_int) = match level {
            log::Level::Error => (-1, c"ERROR", libc::LOG_ERR),
            log::Level::Warn => (0, c"WARNING", libc::LOG_WARNING),
            log::Level::Info => (2, c"INFO", libc::LOG_INFO),
            log::Level::Debug | log::Level::Trace => (3, c"DEBUG", libc::LOG_DEBUG),
        };
        // SAFETY: all pointers were resolved from the host's own exported symbols, and the
        // functions are called with the C types they are declared with.
        unsafe {
            if *self.dprint_crit != 0 {
                return;
            }
            if (self.get_debug_level)(MODULE.as_ptr(), 9) < klevel {
                return;
            }
            let facility = (self.get_debug_facility)(MODULE.as_ptr(), 9);
            if let Some(slog) = *self.slog_func {
                let text = CString::new(message.as_bytes()).unwrap_or_default();
                let mut data = KsrLogData {
                    v_facility: syslog_prio | facility,
                    v_level: klevel,
                    v_lname: lname.as_ptr(),
                    v_fname: c"sip-memcached".as_ptr(),
                    v_fline: 0,
                    v_mname: MODULE.as_ptr(),
                    v_func: c"".as_ptr(),
                    v_locinfo: c"memcached: ".as_ptr(),
                    v_pid: 0,
                    v_pidx: 0,
                };
                slog(&mut data, c"%s\n".as_ptr(), text.as_ptr());
                return;
            }
            // The prefix may be rendered from the SIP message (log_prefix="{$ci} "): escaped too.
            let prefix = match *self.log_prefix_val {
                p if p.is_null() || (*p).s.is_null() || (*p).len <= 0 => String::new(),
                p => crate::logging::quoted(std::slice::from_raw_parts(
                    (*p).s.cast::<u8>(),
                    (*p).len as usize,
                )),
            };
            let lname = lname.to_string_lossy();
            if *self.log_stderr != 0 {
                crate::logging::write_stderr(&format!(
                    "{:2}({}) {lname}: {prefix}memcached [sip-memcached]: {message}\n",
                    *self.process_no,
                    (self.my_pid)()
                ));
            } else if let Some(km_log) = *self.km_log_func {
                let line = CString::new(format!("{lname}: {prefix}memcached: {message}\n"))
                    .unwrap_or_default();
                km_log(syslog_prio | facility, c"%s".as_ptr(), line.as_ptr());
            }
        }
    }
}

impl crate::hosts::HostLog for Host {
    fn log(&self, level: log::Level, message: &str) {
        Host::log(self, level, message)
    }
}
