//! KEMI (`src/core/kemi.h`): the export table `sr_kemi_t` and the value `sr_kemi_xval_t`, the same
//! in every release, and the type constants, which 5.7.0 renumbered when it added `LONG`
//! (`reference/kamailio-versions.md` §7): one [`KemiTypes`] per numbering.

use std::ffi::{c_int, c_long, c_void};

use super::Str;

/// `SR_KEMI_PARAMS_MAX`.
pub const KEMI_PARAMS_MAX: usize = 6;

/// The constants that did not change.
pub const SR_KEMIP_NONE: c_int = 0;
pub const SR_KEMIP_INT: c_int = 1;
pub const SR_KEMIP_STR: c_int = 2;

/// `sr_kemi_t`: one exported function. The core keeps a pointer to the table, so it is static.
#[repr(C)]
pub struct SrKemi {
    /// The module's name, `KSR.<mname>`: read from the first entry.
    pub mname: Str,
    /// The function's name; a NULL `fname.s` ends the table.
    pub fname: Str,
    pub rtype: c_int,
    pub func: *const c_void,
    pub ptypes: [c_int; KEMI_PARAMS_MAX],
}

/// The value of `sr_kemi_xval_t`: `long l` exists from 5.7.0 on (the union's size is the same).
#[repr(C)]
#[derive(Clone, Copy)]
pub union XValue {
    pub n: c_int,
    pub l: c_long,
    pub s: Str,
    pub dict: *mut c_void,
}

/// `sr_kemi_xval_t`: what a function of return type `XVAL` returns a pointer to. The caller reads
/// it (and copies a string out of it) before the next call.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct XVal {
    pub vtype: c_int,
    pub v: XValue,
}

/// The numbering of a release's `SR_KEMIP_*` constants.
pub trait KemiTypes: 'static {
    const XVAL: c_int;
    const NULL: c_int;
    /// `SR_KEMIP_LONG`, where the release has it.
    const LONG: Option<c_int>;
}

/// Kamailio 5.6.x.
pub enum Kemi5_6 {}

impl KemiTypes for Kemi5_6 {
    const XVAL: c_int = 8;
    const NULL: c_int = 16;
    const LONG: Option<c_int> = None;
}

/// Kamailio 5.7.0 and later.
pub enum Kemi5_7 {}

impl KemiTypes for Kemi5_7 {
    const XVAL: c_int = 16;
    const NULL: c_int = 32;
    const LONG: Option<c_int> = Some(8);
}

const _: () = {
    use std::mem::{offset_of, size_of};
    assert!(size_of::<SrKemi>() == 72);
    assert!(offset_of!(SrKemi, fname) == 16);
    assert!(offset_of!(SrKemi, rtype) == 32);
    assert!(offset_of!(SrKemi, func) == 40);
    assert!(offset_of!(SrKemi, ptypes) == 48);
    assert!(size_of::<XVal>() == 24);
    assert!(offset_of!(XVal, v) == 8);
};
