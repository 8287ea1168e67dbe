//! `#[repr(C)]` mirrors of the Kamailio structs this adapter reads and writes (x86_64 LP64).
//! Sizes and offsets are those of `reference/kamailio-module-abi.md`, checked at compile time.
//!
//! Everything here is the same in every release this adapter loads into (5.6.0 to 6.1.x, token
//! for token: `reference/kamailio-versions.md`), except `pv_value_t`: it has one mirror per
//! layout, in its own file, and the types that carry it are generic over [`PvValueLayout`].

pub mod kemi;
pub mod v5_6;
pub mod v5_7;

use std::ffi::{c_char, c_int, c_long, c_uint, c_void};

/// Kamailio's `str`: not NUL-terminated in general.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Str {
    pub s: *mut c_char,
    pub len: c_int,
}

/// A `pv_value_t` layout: `{str rs; ri; int flags}` with the integer type of its release.
pub trait PvValueLayout {
    /// The type of `ri`.
    type Int: Copy + Default + Into<i64> + TryFrom<i64>;

    /// The fields, to write.
    fn fields(&mut self) -> (&mut Str, &mut Self::Int, &mut c_int);

    /// The fields, read.
    fn parts(&self) -> (Str, Self::Int, c_int);

    fn flags(&self) -> c_int {
        self.parts().2
    }

    /// `ri`, widened.
    fn int(&self) -> i64 {
        self.parts().1.into()
    }

    fn rs(&self) -> Str {
        self.parts().0
    }

    /// A string result; also an integer one when `int` is given and fits this layout's `ri` (a
    /// wider one stays a string: the script could not hold it).
    fn set(&mut self, text: Str, int: Option<i64>) {
        let (rs, ri, flags) = self.fields();
        *rs = text;
        *ri = Self::Int::default();
        *flags = PV_VAL_STR;
        if let Some(n) = int.and_then(|n| Self::Int::try_from(n).ok()) {
            *ri = n;
            *flags |= PV_VAL_INT | PV_TYPE_INT;
        }
    }
}

/// `pv_name_t`: `u.dname` is the first word of the 24-byte union at offset 16.
#[repr(C)]
pub struct PvName {
    pub kind: c_int,
    pub nfree: Option<unsafe extern "C" fn(*mut c_void)>,
    pub dname: *mut c_void,
    pub _union_rest: [*mut c_void; 2],
}

#[repr(C)]
pub struct PvIndex {
    pub kind: c_int,
    pub u: *mut c_void,
}

#[repr(C)]
pub struct PvParam {
    pub pvn: PvName,
    pub pvi: PvIndex,
}

pub type PvGetF<V> = unsafe extern "C" fn(*mut c_void, *mut PvParam, *mut V) -> c_int;
pub type PvSetF<V> = unsafe extern "C" fn(*mut c_void, *mut PvParam, c_int, *mut V) -> c_int;
pub type PvParseNameF = unsafe extern "C" fn(*mut PvSpec, *mut Str) -> c_int;

#[repr(C)]
pub struct PvSpec {
    pub kind: c_int,
    /// The host's own getter and setter, never called by this adapter.
    pub getf: *const c_void,
    pub setf: *const c_void,
    pub pvp: PvParam,
    pub trans: *mut c_void,
}

/// `pv_elem_t`: one piece of a parsed format (text, then an optional pseudo-variable).
#[repr(C)]
pub struct PvElem {
    pub text: Str,
    pub spec: *mut PvSpec,
    pub next: *mut PvElem,
}

/// `pv_export_t`, for the `pv_value_t` layout `V` its callbacks take.
#[repr(C)]
pub struct PvExport<V> {
    pub name: Str,
    pub kind: c_int,
    pub getf: Option<PvGetF<V>>,
    pub setf: Option<PvSetF<V>>,
    pub parse_name: Option<PvParseNameF>,
    pub parse_index: Option<PvParseNameF>,
    pub init_param: Option<unsafe extern "C" fn(*mut PvSpec, c_int) -> c_int>,
    pub iparam: c_int,
}

pub type ParamFn = unsafe extern "C" fn(c_uint, *mut c_void) -> c_int;

#[repr(C)]
pub struct ParamExport {
    pub name: *const c_char,
    pub kind: c_uint,
    pub param_pointer: Option<ParamFn>,
}

pub type RpcHandler = unsafe extern "C" fn(*mut RpcT, *mut c_void);

#[repr(C)]
pub struct RpcExport {
    pub name: *const c_char,
    pub function: Option<RpcHandler>,
    pub doc_str: *const *const c_char,
    pub flags: c_uint,
}

type RpcVarFn = unsafe extern "C" fn(*mut c_void, *const c_char, ...) -> c_int;

/// `rpc_t`: the reply API a transport hands to a handler.
#[repr(C)]
pub struct RpcT {
    pub fault: Option<unsafe extern "C" fn(*mut c_void, c_int, *const c_char, ...)>,
    pub send: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    pub add: Option<RpcVarFn>,
    pub scan: Option<RpcVarFn>,
    pub rpl_printf: Option<RpcVarFn>,
    pub struct_add: Option<RpcVarFn>,
    pub array_add: Option<RpcVarFn>,
    pub struct_scan: Option<RpcVarFn>,
    pub struct_printf:
        Option<unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char, ...) -> c_int>,
    pub capabilities: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    pub delayed_ctx_new: Option<unsafe extern "C" fn(*mut c_void) -> *mut c_void>,
    pub delayed_ctx_close: Option<unsafe extern "C" fn(*mut c_void)>,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct ModuleExports {
    pub name: *const c_char,
    pub dlflags: c_uint,
    pub cmds: *const c_void,
    pub params: *const ParamExport,
    pub rpc_methods: *const RpcExport,
    /// A `[PvExport<V>]` for the host's layout `V`.
    pub pv_items: *const c_void,
    pub response_f: *const c_void,
    pub init_mod_f: Option<unsafe extern "C" fn() -> c_int>,
    pub init_child_f: Option<unsafe extern "C" fn(c_int) -> c_int>,
    pub destroy_mod_f: Option<unsafe extern "C" fn()>,
}

/// `ksr_logdata_t`, for the host's structured logging.
#[repr(C)]
pub struct KsrLogData {
    pub v_facility: c_int,
    pub v_level: c_int,
    pub v_lname: *const c_char,
    pub v_fname: *const c_char,
    pub v_fline: c_int,
    pub v_mname: *const c_char,
    pub v_func: *const c_char,
    pub v_locinfo: *const c_char,
    pub v_pid: c_int,
    pub v_pidx: c_int,
}

/// `counter_handle_t` (`src/core/counters.h`): a counter's id, passed by value to its read callback.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct CounterHandle {
    pub id: u16,
}

/// `counter_cbk_f`: computes a counter's value when the host reads it (`counter_get_val`).
pub type CounterCbk = unsafe extern "C" fn(CounterHandle, *mut c_void) -> c_long;

/// `counter_register(handle, group, name, flags, cbk, cbk_param, doc, reg_flags)`: the group, name
/// and doc are copied by the host; 0 is success, -2 a name already registered, -1 any other error
/// (among them a registration after the counters were set up for the fork).
pub type CounterRegisterFn = unsafe extern "C" fn(
    *mut CounterHandle,
    *const c_char,
    *const c_char,
    c_int,
    Option<CounterCbk>,
    *mut c_void,
    *const c_char,
    c_int,
) -> c_int;

/// `CNT_F_NO_RESET`: `stats.reset_statistics` leaves the counter as it is.
pub const CNT_F_NO_RESET: c_int = 1;

// The tables are only read, by the host, after they are fully built at compile time.
// SAFETY: every pointer in these tables points to 'static data that is never written.
unsafe impl Sync for ModuleExports {}
// SAFETY: as above.
unsafe impl Sync for ParamExport {}
// SAFETY: as above.
unsafe impl Sync for RpcExport {}
// SAFETY: as above.
unsafe impl<V> Sync for PvExport<V> {}

pub const PV_VAL_NULL: c_int = 1;
pub const PV_VAL_STR: c_int = 4;
pub const PV_VAL_INT: c_int = 8;
pub const PV_TYPE_INT: c_int = 16;
pub const PV_NAME_PVAR: c_int = 1;
pub const PVT_OTHER: c_int = 22;
pub const PARAM_STRING: c_uint = 1;
pub const PARAM_INT: c_uint = 2;
pub const PARAM_USE_FUNC: c_uint = 0x8000_0000;

// Compile-time layout checks against the reference (a wrong one silently corrupts the host).
const _: () = {
    use std::mem::{offset_of, size_of};
    assert!(size_of::<Str>() == 16);
    assert!(size_of::<PvName>() == 40);
    assert!(offset_of!(PvName, dname) == 16);
    assert!(size_of::<PvIndex>() == 16);
    assert!(size_of::<PvParam>() == 56);
    assert!(size_of::<PvSpec>() == 88);
    assert!(offset_of!(PvSpec, pvp) == 24);
    assert!(offset_of!(PvSpec, trans) == 80);
    assert!(size_of::<PvElem>() == 32);
    assert!(size_of::<PvExport<v5_6::PvValue>>() == 72);
    assert!(offset_of!(PvExport<v5_6::PvValue>, iparam) == 64);
    assert!(size_of::<PvExport<v5_7::PvValue>>() == 72);
    assert!(size_of::<ParamExport>() == 24);
    assert!(size_of::<RpcExport>() == 32);
    assert!(size_of::<RpcT>() == 96);
    assert!(size_of::<ModuleExports>() == 80);
    assert!(offset_of!(ModuleExports, init_mod_f) == 56);
    assert!(offset_of!(ModuleExports, destroy_mod_f) == 72);
    assert!(size_of::<KsrLogData>() == 64);
    assert!(offset_of!(KsrLogData, v_pid) == 56);
    // `struct counter_handle_s { unsigned short id; }`, and `counter_val_t` is `long`.
    assert!(size_of::<CounterHandle>() == 2);
    assert!(size_of::<c_long>() == 8);
};

impl ModuleExports {
    /// No module: what `exports` holds before the constructor fills it.
    pub const EMPTY: ModuleExports = ModuleExports {
        name: std::ptr::null(),
        dlflags: 0,
        cmds: std::ptr::null(),
        params: std::ptr::null(),
        rpc_methods: std::ptr::null(),
        pv_items: std::ptr::null(),
        response_f: std::ptr::null(),
        init_mod_f: None,
        init_child_f: None,
        destroy_mod_f: None,
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text() -> Str {
        Str {
            s: c"4000000000".as_ptr() as *mut c_char,
            len: 10,
        }
    }

    #[test]
    fn an_integer_wider_than_32_bits_is_a_string_on_5_6_and_an_integer_from_5_7() {
        let mut v56 = v5_6::PvValue {
            rs: text(),
            ri: 7,
            flags: 0,
        };
        v56.set(text(), Some(4_000_000_000));
        assert_eq!((v56.flags, v56.ri), (PV_VAL_STR, 0));
        v56.set(text(), Some(-5));
        assert_eq!(
            (v56.flags, v56.int()),
            (PV_VAL_STR | PV_VAL_INT | PV_TYPE_INT, -5)
        );

        let mut v57 = v5_7::PvValue {
            rs: text(),
            ri: 7,
            flags: 0,
        };
        v57.set(text(), Some(4_000_000_000));
        assert_eq!(
            (v57.flags, v57.int()),
            (PV_VAL_STR | PV_VAL_INT | PV_TYPE_INT, 4_000_000_000)
        );
        v57.set(text(), None);
        assert_eq!((v57.flags, v57.ri, v57.rs().len), (PV_VAL_STR, 0, 10));
    }
}
