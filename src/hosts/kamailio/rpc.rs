//! RPC commands `memcached.reload` and `memcached.stats`, run in the RPC processes (ctl,
//! jsonrpcs), which reach every SIP worker through the engine's shared memory.

use std::ffi::{c_char, c_int, c_ulong, c_void, CStr, CString};
use std::ptr::{null, null_mut};

use super::abi::{RpcExport, RpcT};
use super::callback;
use crate::engine::instance;
use crate::engine::report::Render;
use crate::hosts::loaded;

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
                    if unsafe { add(ctx, c"s".as_ptr(), c"ok".as_ptr()) } < 0 {
                        log::error!(
                            "memcached.reload: {} refused the reply \"ok\" (the reload is done)",
                            transport_of(add as *const c_void)
                        );
                    }
                }
            }
            // SAFETY: as above.
            Err(e) => unsafe { rpc_fault(rpc, ctx, &e.to_string()) },
        }
    })
}

/// How `memcached.stats` hands a transport a counter (a `u64`): a form each transport shows whole,
/// the same for every counter and every value, so that a reader of one transport always gets
/// the same type for a counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CounterForm {
    /// `j`, an unsigned long: a number for the transports that take it (ctl's binrpc and
    /// jsonrpcs carry it as a double, whole up to 2^53; xmlrpc writes its digits in a `<double>`).
    Unsigned,
    /// `s`, the decimal digits: for xhttp_rpc, whose widest integer is `d` (32 bits) and which
    /// refuses `j`, and for any transport not named in [`CounterForm::of_transport`].
    Digits,
}

/// One counter as the member a transport is handed.
#[derive(Debug, PartialEq, Eq)]
enum Member {
    Unsigned(c_ulong),
    Digits(CString),
}

impl CounterForm {
    /// The form for the transport whose module file is `name` (the file that holds its `rpc_t`
    /// functions, see [`transport_of`]).
    fn of_transport(name: &str) -> CounterForm {
        match name {
            "ctl.so" | "jsonrpcs.so" | "xmlrpc.so" => CounterForm::Unsigned,
            _ => CounterForm::Digits,
        }
    }

    fn member(self, value: u64) -> Member {
        match self {
            CounterForm::Unsigned => Member::Unsigned(value as c_ulong),
            CounterForm::Digits => {
                Member::Digits(CString::new(value.to_string()).unwrap_or_default())
            }
        }
    }
}

/// The file name of the module whose code `function` is (`xhttp_rpc.so`, `ctl.so`, …): every
/// transport hands the handler its own `rpc_t`, whose functions live in its module. "" when the
/// loader cannot tell.
fn transport_of(function: *const c_void) -> String {
    let Some(path) = loaded::object_of(function) else {
        return String::new();
    };
    let path = path.to_string_lossy();
    path.rsplit('/').next().unwrap_or_default().to_string()
}

/// `memcached.stats`' reply being built: the report's parts as members of one struct, each
/// server a struct member of its own (named by its address) with `state` and its counters.
struct RpcReply {
    struct_add: StructAdd,
    root: *mut c_void,
    /// Where counters go: `root`, or the struct of the server opened last.
    current: *mut c_void,
    /// The transport's module file, for the log line.
    transport: String,
    form: CounterForm,
    /// The transport refused a member: nothing more is added (one log line said so).
    stopped: bool,
}

type StructAdd = unsafe extern "C" fn(*mut c_void, *const c_char, ...) -> c_int;

impl RpcReply {
    /// # Safety
    /// `struct_add` and `root` come from the transport for the reply being built, and the value
    /// is dropped before the RPC function returns.
    unsafe fn new(struct_add: StructAdd, root: *mut c_void, transport: String) -> RpcReply {
        RpcReply {
            struct_add,
            root,
            current: root,
            form: CounterForm::of_transport(&transport),
            transport,
            stopped: false,
        }
    }

    /// Whether the transport took the member `name` (`rc` is what its `struct_add` returned);
    /// the first refusal stops the reply with one log line.
    fn took(&mut self, rc: c_int, name: &CStr) -> bool {
        if rc >= 0 {
            return true;
        }
        self.stopped = true;
        let transport = if self.transport.is_empty() {
            "an unknown transport"
        } else {
            &self.transport
        };
        log::error!(
            "memcached.stats: {transport} refused the member {}; the reply stops before it",
            name.to_string_lossy()
        );
        false
    }
}

impl Render for RpcReply {
    fn servers(&mut self, names: &str) {
        if self.stopped {
            return;
        }
        let names = CString::new(names).unwrap_or_default();
        // SAFETY: valid handles (RpcReply::new); "s" takes a member name and a C string.
        let rc = unsafe {
            (self.struct_add)(
                self.root,
                c"s".as_ptr(),
                c"servers".as_ptr(),
                names.as_ptr(),
            )
        };
        self.took(rc, c"servers");
    }

    fn counter(&mut self, name: &'static CStr, value: u64) {
        if self.stopped {
            return;
        }
        let rc = match self.form.member(value) {
            // SAFETY: valid handles (RpcReply::new); "j" takes a member name and an unsigned
            // long.
            Member::Unsigned(value) => unsafe {
                (self.struct_add)(self.current, c"j".as_ptr(), name.as_ptr(), value)
            },
            // SAFETY: valid handles (RpcReply::new); "s" takes a member name and a C string,
            // which the transport copies before it returns.
            Member::Digits(digits) => unsafe {
                (self.struct_add)(self.current, c"s".as_ptr(), name.as_ptr(), digits.as_ptr())
            },
        };
        self.took(rc, name);
    }

    fn server(&mut self, name: &str, state: &'static CStr) {
        if self.stopped {
            return;
        }
        let name = CString::new(name).unwrap_or_default();
        let mut sub: *mut c_void = null_mut();
        // SAFETY: valid handles (RpcReply::new); "{" takes a member name and a void** out
        // parameter.
        let rc = unsafe {
            (self.struct_add)(
                self.root,
                c"{".as_ptr(),
                name.as_ptr(),
                &mut sub as *mut *mut c_void,
            )
        };
        if !self.took(if sub.is_null() { -1 } else { rc }, &name) {
            return;
        }
        self.current = sub;
        // SAFETY: as above; "s" takes a member name and a C string.
        let rc =
            unsafe { (self.struct_add)(sub, c"s".as_ptr(), c"state".as_ptr(), state.as_ptr()) };
        self.took(rc, c"state");
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
        let transport = transport_of(struct_add as *const c_void);
        // SAFETY: struct_add and root are this reply's, and the RpcReply ends with this call.
        report.render(&mut unsafe { RpcReply::new(struct_add, root, transport) });
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xhttp_rpc_and_unknown_transports_get_the_digits_of_every_counter() {
        for transport in ["xhttp_rpc.so", "", "some_future_rpc.so"] {
            assert_eq!(CounterForm::of_transport(transport), CounterForm::Digits);
        }
        let form = CounterForm::of_transport("xhttp_rpc.so");
        // Past 32 bits, and the widest a counter can be: whole, as a transport prints a string.
        assert_eq!(
            form.member((1 << 32) + 7),
            Member::Digits(c"4294967303".to_owned())
        );
        assert_eq!(
            form.member(u64::MAX),
            Member::Digits(c"18446744073709551615".to_owned())
        );
        assert_eq!(form.member(0), Member::Digits(c"0".to_owned()));
    }

    #[test]
    fn ctl_jsonrpcs_and_xmlrpc_get_every_counter_as_an_unsigned_long() {
        for transport in ["ctl.so", "jsonrpcs.so", "xmlrpc.so"] {
            let form = CounterForm::of_transport(transport);
            assert_eq!(form, CounterForm::Unsigned, "{transport}");
            // The same type for a small value and one past 32 bits, nothing cut.
            assert_eq!(form.member(3), Member::Unsigned(3));
            assert_eq!(form.member(1 << 40), Member::Unsigned(1 << 40));
        }
    }

    #[test]
    fn a_transport_is_named_by_the_file_of_the_module_that_holds_its_functions() {
        // This test program holds rpc_stats; libc holds strlen.
        let ours = transport_of(rpc_stats as *const c_void);
        assert!(!ours.is_empty() && !ours.contains('/'), "{ours:?}");
        assert!(transport_of(libc::strlen as *const c_void).starts_with("libc.so"));
    }
}
