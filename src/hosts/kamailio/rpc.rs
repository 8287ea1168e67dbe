//! RPC commands `memcached.reload` and `memcached.stats`, run in the RPC processes (ctl,
//! jsonrpcs), which reach every SIP worker through the engine's shared memory.

use std::ffi::{c_char, c_int, c_void, CString};
use std::ptr::{null, null_mut};

use super::abi::{RpcExport, RpcT};
use super::callback;
use crate::engine::instance;

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
    callback(|| {
        // SAFETY: the transport passes its rpc_t.
        let Some(rpc) = (unsafe { rpc.as_ref() }) else {
            return;
        };
        match instance::engine() {
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
    callback(|| {
        // SAFETY: the transport passes its rpc_t.
        let Some(rpc) = (unsafe { rpc.as_ref() }) else {
            return;
        };
        let module = match instance::engine() {
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

pub static RPC_METHODS: [RpcExport; 3] = [
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
