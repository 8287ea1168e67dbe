//! The OpenSIPS core's functions and variables, resolved at run time with `dlsym(RTLD_DEFAULT)`
//! (the binary exports them with `-Wl,-E`), so that the same `.so` still loads where there is no
//! OpenSIPS; and the `log` sink that writes through the core's `dprint`.

use std::ffi::{c_char, c_int, c_uint, c_ulong, c_void, CStr, CString};

use once_cell::sync::OnceCell;

use super::abi::{CachedbCon, CachedbEngine, CachedbId, RegisterStatFn, ScmVer, Str};

type DprintFn = unsafe extern "C" fn(
    c_int,
    c_int,
    *const c_char,
    *const c_char,
    *const c_char,
    *const c_char,
    *const c_char,
    ...
);
type PkgMallocFn =
    unsafe extern "C" fn(*mut c_void, c_ulong, *const c_char, *const c_char, c_uint) -> *mut c_void;
type NewConnectionFn = unsafe extern "C" fn(*mut CachedbId) -> *mut c_void;
type FreeConnectionFn = unsafe extern "C" fn(*mut c_void);
type RegisterCachedbFn = unsafe extern "C" fn(*mut CachedbEngine) -> c_int;
type DoInitFn = unsafe extern "C" fn(*mut Str, NewConnectionFn) -> *mut CachedbCon;
type DoCloseFn = unsafe extern "C" fn(*mut CachedbCon, FreeConnectionFn);
type PutConnectionFn = unsafe extern "C" fn(*mut Str, *mut CachedbCon) -> c_int;
type EndConnectionsFn = unsafe extern "C" fn(*mut Str);
type MiResultStringFn = unsafe extern "C" fn(*const c_char, c_int) -> *mut c_void;
type MiResultObjectFn = unsafe extern "C" fn(*mut *mut c_void) -> *mut c_void;
type MiErrorFn =
    unsafe extern "C" fn(c_int, *const c_char, c_int, *const c_char, c_int) -> *mut c_void;
type MiAddObjectFn = unsafe extern "C" fn(*mut c_void, *const c_char, c_int) -> *mut c_void;
type MiAddStringFn =
    unsafe extern "C" fn(*mut c_void, *const c_char, c_int, *const c_char, c_int) -> c_int;
type MiAddNumberFn = unsafe extern "C" fn(*mut c_void, *const c_char, c_int, f64) -> c_int;
type PidFn = unsafe extern "C" fn() -> c_int;

pub struct Host {
    pub register_cachedb: RegisterCachedbFn,
    pub cachedb_do_init: DoInitFn,
    pub cachedb_do_close: DoCloseFn,
    pub cachedb_put_connection: PutConnectionFn,
    pub cachedb_end_connections: EndConnectionsFn,
    pub init_mi_result_string: MiResultStringFn,
    pub init_mi_result_object: MiResultObjectFn,
    pub init_mi_error_extra: MiErrorFn,
    pub add_mi_object: MiAddObjectFn,
    pub add_mi_string: MiAddStringFn,
    pub add_mi_number: MiAddNumberFn,
    /// `None` in a build without statistics (`STATS: Off`), which has no such function.
    pub register_stat2: Option<RegisterStatFn>,
    dprint: DprintFn,
    dp_my_pid: PidFn,
    /// Addresses of the core's variables: read on every use, the core changes them at run time.
    log_level: *const *const c_int,
    log_facility: *const c_int,
    log_prefix: *const *const c_char,
    gen_pkg_malloc: *const Option<PkgMallocFn>,
    mem_block: *const *mut c_void,
    pub core_scm_ver: *const ScmVer,
}

// SAFETY: the pointers are addresses of the core's global variables and functions, valid for the
// life of the process; each OpenSIPS process is single-threaded.
unsafe impl Send for Host {}
// SAFETY: as above.
unsafe impl Sync for Host {}

use crate::hosts::loaded::symbol;

/// Whether the process is an OpenSIPS: its core exports these.
pub fn is_opensips() -> bool {
    symbol(c"core_scm_ver").is_some() && symbol(c"register_cachedb").is_some()
}

impl Host {
    fn resolve() -> Option<Host> {
        macro_rules! func {
            ($name:literal, $ty:ty) => {{
                let p = symbol($name)?;
                // SAFETY: the core exports this function with this signature
                // (reference/opensips-module-abi.md §5, §7, §9, §10).
                unsafe { std::mem::transmute::<*mut c_void, $ty>(p) }
            }};
        }
        Some(Host {
            register_cachedb: func!(c"register_cachedb", RegisterCachedbFn),
            cachedb_do_init: func!(c"cachedb_do_init", DoInitFn),
            cachedb_do_close: func!(c"cachedb_do_close", DoCloseFn),
            cachedb_put_connection: func!(c"cachedb_put_connection", PutConnectionFn),
            cachedb_end_connections: func!(c"cachedb_end_connections", EndConnectionsFn),
            init_mi_result_string: func!(c"init_mi_result_string", MiResultStringFn),
            init_mi_result_object: func!(c"init_mi_result_object", MiResultObjectFn),
            init_mi_error_extra: func!(c"init_mi_error_extra", MiErrorFn),
            add_mi_object: func!(c"add_mi_object", MiAddObjectFn),
            add_mi_string: func!(c"add_mi_string", MiAddStringFn),
            add_mi_number: func!(c"add_mi_number", MiAddNumberFn),
            register_stat2: symbol(c"register_stat2").map(|p| {
                // SAFETY: the core exports register_stat2 with this signature (statistics.h of
                // 3.6 and 4.0).
                unsafe { std::mem::transmute::<*mut c_void, RegisterStatFn>(p) }
            }),
            dprint: func!(c"dprint", DprintFn),
            dp_my_pid: func!(c"dp_my_pid", PidFn),
            log_level: symbol(c"log_level")?.cast(),
            log_facility: symbol(c"log_facility")?.cast(),
            log_prefix: symbol(c"log_prefix")?.cast(),
            gen_pkg_malloc: symbol(c"gen_pkg_malloc")?.cast(),
            mem_block: symbol(c"mem_block")?.cast(),
            core_scm_ver: symbol(c"core_scm_ver")?.cast(),
        })
    }

    /// The host, when this library was loaded by OpenSIPS.
    pub fn get() -> Option<&'static Host> {
        static HOST: OnceCell<Option<Host>> = OnceCell::new();
        HOST.get_or_init(|| is_opensips().then(Host::resolve).flatten())
            .as_ref()
    }

    /// `len` bytes from the core's pkg allocator (the core frees what `cache_fetch` returns with
    /// `pkg_free`); NULL when it has none. The debug arguments are passed whether the build
    /// reads them or not: in the x86_64 calling convention extra arguments are harmless.
    pub fn pkg_malloc(&self, len: usize) -> *mut c_char {
        // SAFETY: the core's allocator variables, read as the pkg_malloc macro reads them.
        unsafe {
            match *self.gen_pkg_malloc {
                Some(malloc) => malloc(
                    *self.mem_block,
                    len.max(1) as c_ulong,
                    c"sip-memcached".as_ptr(),
                    c"cachedb_get".as_ptr(),
                    0,
                )
                .cast(),
                None => std::ptr::null_mut(),
            }
        }
    }

    /// Writes one message to the core's log, as its `LM_*` macros would, at the level the process
    /// has now.
    pub fn log(&self, level: log::Level, message: &str) {
        let (olevel, lname): (c_int, &str) = match level {
            log::Level::Error => (-1, "ERROR"),
            log::Level::Warn => (1, "WARNING"),
            log::Level::Info => (3, "INFO"),
            log::Level::Debug | log::Level::Trace => (4, "DBG"),
        };
        let message = crate::logging::escape(message, crate::logging::MAX_LINE);
        // SAFETY: the core's own variables and function, called with the formats of its LM_*
        // macros; the message is passed as an argument, never as a format.
        unsafe {
            let current = *self.log_level;
            if current.is_null() || *current < olevel {
                return;
            }
            let Ok(text) = CString::new(format!("{message}\n")) else {
                return;
            };
            let stderr_fmt = CString::new(format!("%s [%d] %s{lname}:cachedb_memcached:%s: %s"))
                .unwrap_or_default();
            let syslog_fmt =
                CString::new(format!("%s{lname}:cachedb_memcached:%s: %s")).unwrap_or_default();
            let prefix = match *self.log_prefix {
                p if p.is_null() => c"".as_ptr(),
                p => p,
            };
            (self.dprint)(
                olevel,
                *self.log_facility,
                c"cachedb_memcached".as_ptr(),
                c"sip-memcached".as_ptr(),
                stderr_fmt.as_ptr(),
                syslog_fmt.as_ptr(),
                c"%s".as_ptr(),
                time_text().as_ptr(),
                (self.dp_my_pid)(),
                prefix,
                c"sip-memcached".as_ptr(),
                text.as_ptr(),
            );
        }
    }
}

/// "Mon DD HH:MM:SS", the time the core's log lines start with.
fn time_text() -> CString {
    let mut buf = [0 as c_char; 32];
    // SAFETY: time/ctime_r with a buffer of more than the 26 bytes ctime_r writes.
    let text = unsafe {
        let now = libc::time(std::ptr::null_mut());
        if libc::ctime_r(&now, buf.as_mut_ptr()).is_null() {
            return CString::default();
        }
        CStr::from_ptr(buf.as_ptr()).to_bytes().to_vec()
    };
    CString::new(text.get(4..19).unwrap_or_default()).unwrap_or_default()
}

impl crate::hosts::HostLog for Host {
    fn log(&self, level: log::Level, message: &str) {
        Host::log(self, level, message)
    }
}
