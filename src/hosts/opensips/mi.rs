//! MI commands `memcached_reload` and `memcached_stats`, run in the MI processes (HTTPD for
//! mi_http and mi_html, MI FIFO for mi_fifo), which reach every SIP worker through each engine's
//! shared memory.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr::{null, null_mut};

use super::abi::{MiExport, MiParams, MiRecipe, MAX_MI_RECIPES};
use super::callback;
use super::engines;
use super::host::Host;
use crate::engine::report::Render;

unsafe fn error(host: &Host, code: c_int, message: &str) -> *mut c_void {
    // SAFETY: the core copies the message.
    unsafe {
        (host.init_mi_error_extra)(
            code,
            message.as_ptr().cast(),
            message.len() as c_int,
            null(),
            0,
        )
    }
}

unsafe extern "C" fn mi_reload(_params: *const MiParams, _async: *mut c_void) -> *mut c_void {
    callback(|| {
        let Some(host) = Host::get() else {
            return null_mut();
        };
        let all = engines::every();
        if all.is_empty() {
            // SAFETY: core function.
            return unsafe { error(host, 500, "the module is not initialised") };
        }
        for e in all {
            e.engine.reload();
        }
        // SAFETY: core function; "OK" as init_mi_result_ok() gives it.
        unsafe { (host.init_mi_result_string)(c"OK".as_ptr(), 2) }
    })
}

unsafe fn add_string(host: &Host, to: *mut c_void, name: &str, value: &str) {
    // SAFETY: the core copies both.
    unsafe {
        (host.add_mi_string)(
            to,
            name.as_ptr().cast(),
            name.len() as c_int,
            value.as_ptr().cast(),
            value.len() as c_int,
        )
    };
}

/// One engine's member of `memcached_stats`' reply being built: `servers`, the counters, then
/// `per_server` with one object per server (named by its address): `state` and its counters.
struct MiReply<'h> {
    host: &'h Host,
    /// The engine's object.
    obj: *mut c_void,
    /// `per_server`, once made; null when the core could not make it (every server is then
    /// left out).
    per_server: *mut c_void,
    /// Where counters go: `obj`, or the object of the server added last; null when the core
    /// could not make that object (its members are then left out).
    current: *mut c_void,
}

impl<'h> MiReply<'h> {
    /// # Safety
    /// `obj` is an item of the response being built, which outlives the value.
    unsafe fn new(host: &'h Host, obj: *mut c_void) -> MiReply<'h> {
        MiReply {
            host,
            obj,
            per_server: null_mut(),
            current: obj,
        }
    }
}

impl Render for MiReply<'_> {
    fn servers(&mut self, names: &str) {
        // SAFETY: obj is an item of the response (MiReply::new).
        unsafe { add_string(self.host, self.obj, "servers", names) };
    }

    fn counter(&mut self, name: &'static CStr, value: u64) {
        if self.current.is_null() {
            return;
        }
        let name = name.to_bytes();
        // SAFETY: current is an item of the response (MiReply::new, or made by the core in
        // `server`); the core copies the name.
        unsafe {
            (self.host.add_mi_number)(
                self.current,
                name.as_ptr().cast(),
                name.len() as c_int,
                value as f64,
            )
        };
    }

    fn begin_servers(&mut self) {
        // SAFETY: obj is an item of the response (MiReply::new); the core copies the name.
        self.per_server =
            unsafe { (self.host.add_mi_object)(self.obj, c"per_server".as_ptr(), 10) };
        self.current = null_mut();
    }

    fn server(&mut self, name: &str, state: &'static CStr) {
        if self.per_server.is_null() {
            return;
        }
        // SAFETY: per_server is an item of the response, made by the core in begin_servers; the
        // core copies the name and the state.
        unsafe {
            self.current = (self.host.add_mi_object)(
                self.per_server,
                name.as_ptr().cast(),
                name.len() as c_int,
            );
            if !self.current.is_null() {
                add_string(
                    self.host,
                    self.current,
                    "state",
                    state.to_str().unwrap_or(""),
                );
            }
        }
    }

    fn end_server(&mut self) {
        self.current = null_mut();
    }
}

unsafe extern "C" fn mi_stats(_params: *const MiParams, _async: *mut c_void) -> *mut c_void {
    callback(|| {
        let Some(host) = Host::get() else {
            return null_mut();
        };
        let mut root: *mut c_void = null_mut();
        // SAFETY: core functions building the response, each item used as the core returned it.
        unsafe {
            let resp = (host.init_mi_result_object)(&mut root);
            if resp.is_null() || root.is_null() {
                return resp;
            }
            // One member per URL, named as a script names it: "memcached", "memcached:group1".
            for e in engines::every() {
                let system = e.parsed.system();
                let obj = (host.add_mi_object)(root, system.as_ptr().cast(), system.len() as c_int);
                if obj.is_null() {
                    continue;
                }
                e.engine.report().render(&mut MiReply::new(host, obj));
            }
            resp
        }
    })
}

const fn command(
    name: &'static std::ffi::CStr,
    help: &'static std::ffi::CStr,
    handler: super::abi::MiHandler,
) -> MiExport {
    let mut recipes = [MiRecipe::END; MAX_MI_RECIPES];
    recipes[0].cmd = Some(handler);
    MiExport {
        name: name.as_ptr(),
        help: help.as_ptr(),
        flags: 0,
        init_f: None,
        recipes,
    }
}

pub static MI_COMMANDS: [MiExport; 3] = [
    command(
        c"memcached_reload",
        c"Empty the near cache of every process, resolve the servers' names again and mark every server up",
        mi_reload,
    ),
    command(
        c"memcached_stats",
        c"The counters of every cachedb_url, summed over every process, and per server",
        mi_stats,
    ),
    MiExport {
        name: null::<c_char>(),
        help: null(),
        flags: 0,
        init_f: None,
        recipes: [MiRecipe::END; MAX_MI_RECIPES],
    },
];
