//! MI commands `memcached_reload` and `memcached_stats`, run in the MI processes (HTTPD for
//! mi_http and mi_html, MI FIFO for mi_fifo), which reach every SIP worker through each engine's
//! shared memory.

use std::ffi::{c_char, c_int, c_void};
use std::ptr::{null, null_mut};

use super::abi::{MiExport, MiParams, MiRecipe, MAX_MI_RECIPES};
use super::callback;
use super::engines;
use super::host::Host;

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
        let all = engines::all();
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

/// Adds `name: value` members.
///
/// # Safety
/// `to` is an item of the response being built.
unsafe fn add_numbers(host: &Host, to: *mut c_void, rows: &[(&str, u64)]) {
    for (name, value) in rows {
        // SAFETY: the core copies the name.
        unsafe {
            (host.add_mi_number)(to, name.as_ptr().cast(), name.len() as c_int, *value as f64)
        };
    }
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
            for e in engines::all() {
                let system = e.parsed.system();
                let obj = (host.add_mi_object)(root, system.as_ptr().cast(), system.len() as c_int);
                if obj.is_null() {
                    continue;
                }
                add_string(host, obj, "servers", &e.engine.server_names().join(" "));
                add_numbers(host, obj, &e.engine.stats().rows());
                let servers = (host.add_mi_object)(obj, c"per_server".as_ptr(), 10);
                if servers.is_null() {
                    continue;
                }
                for s in e.engine.server_stats() {
                    let one = (host.add_mi_object)(
                        servers,
                        s.name.as_ptr().cast(),
                        s.name.len() as c_int,
                    );
                    if one.is_null() {
                        continue;
                    }
                    add_string(host, one, "state", if s.down { "down" } else { "up" });
                    add_numbers(host, one, &s.rows());
                }
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
