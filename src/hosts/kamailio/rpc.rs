//! RPC commands `memcached.reload` and `memcached.stats`, run in the RPC processes (ctl,
//! jsonrpcs), which reach every SIP worker through the engine's shared memory.

use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::ptr::{null, null_mut};

use super::abi::{RpcExport, RpcT};
use super::callback;
use crate::engine::instance;
use crate::engine::report::Render;

/// A NULL-terminated array of C strings (RPC help texts).
#[repr(transparent)]
struct Doc([*const c_char; 2]);
// SAFETY: points to 'static string literals only.
unsafe impl Sync for Doc {}

static RELOAD_DOC: Doc = Doc([
    c"Empty the near cache of every process of the host (with cluster set, of every node of the \
       cluster too) and reconnect every memcached server."
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

/// `memcached.stats`' reply being built: the report's parts as members of one struct, each
/// server a struct member of its own (named by its address) with `state` and its counters.
struct RpcReply {
    struct_add: StructAdd,
    root: *mut c_void,
    /// Where counters go: `root`, or the struct of the server opened last; null when the
    /// transport could not make that struct (its members are then left out).
    current: *mut c_void,
}

type StructAdd = unsafe extern "C" fn(*mut c_void, *const c_char, ...) -> c_int;

impl RpcReply {
    /// # Safety
    /// `struct_add` and `root` come from the transport for the reply being built, and the value
    /// is dropped before the RPC function returns.
    unsafe fn new(struct_add: StructAdd, root: *mut c_void) -> RpcReply {
        RpcReply {
            struct_add,
            root,
            current: root,
        }
    }
}

impl Render for RpcReply {
    fn servers(&mut self, names: &str) {
        let names = CString::new(names).unwrap_or_default();
        // SAFETY: valid handles (RpcReply::new); "s" takes a member name and a C string.
        unsafe {
            (self.struct_add)(
                self.root,
                c"s".as_ptr(),
                c"servers".as_ptr(),
                names.as_ptr(),
            )
        };
    }

    fn counter(&mut self, name: &'static CStr, value: u64) {
        if self.current.is_null() {
            return;
        }
        // SAFETY: valid handles (RpcReply::new); "j" takes a member name and an unsigned long.
        unsafe {
            (self.struct_add)(
                self.current,
                c"j".as_ptr(),
                name.as_ptr(),
                value as std::ffi::c_ulong,
            )
        };
    }

    fn server(&mut self, name: &str, state: &'static CStr) {
        self.current = null_mut();
        let Ok(name) = CString::new(name) else {
            return;
        };
        let mut sub: *mut c_void = null_mut();
        // SAFETY: valid handles (RpcReply::new); "{" takes a member name and a void** out
        // parameter, "s" a member name and a C string.
        unsafe {
            let rc = (self.struct_add)(
                self.root,
                c"{".as_ptr(),
                name.as_ptr(),
                &mut sub as *mut *mut c_void,
            );
            if rc < 0 || sub.is_null() {
                return;
            }
            (self.struct_add)(sub, c"s".as_ptr(), c"state".as_ptr(), state.as_ptr());
        }
        self.current = sub;
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
        let report = module.report();
        let mut root: *mut c_void = null_mut();
        // SAFETY: transport function; "{" takes a void** out parameter.
        if unsafe { add(ctx, c"{".as_ptr(), &mut root as *mut *mut c_void) } < 0 || root.is_null() {
            // SAFETY: as above.
            return unsafe { rpc_fault(rpc, ctx, "cannot build the reply") };
        }
        // SAFETY: struct_add and root are this reply's, and the RpcReply ends with this call.
        report.render(&mut unsafe { RpcReply::new(struct_add, root) });
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
