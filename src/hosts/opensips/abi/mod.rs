//! `#[repr(C)]` mirrors of the OpenSIPS structs this adapter reads and writes (x86_64 LP64), from
//! `reference/opensips-module-abi.md` and checked against the 3.6.8 and 4.0.1 headers; sizes and
//! offsets checked at compile time.
//!
//! Everything here is the same in 3.6 and 4.0 (`sr_module.h` only adds `modload_check_rev` in
//! 4.0; `cachedb/`, `mi/item.h` and `str.h` are byte for byte the same), except the MI table:
//! [`MiExport`] is generic over its two array lengths, and each release's layout is in its own
//! file ([`v3_6`], [`v4_0`]) with its checks. 3.4 would need its own `cachedb_funcs` too (no
//! `iter_keys`): it is not supported.
//!
//! Statistics (`statistics.h`, byte for byte the same in 3.6.8 and 4.0.1) are registered with
//! the core's `register_stat2` from `mod_init`, one per counter and URL, each a function of its
//! `context` ([`StatFunction`], flag [`STAT_IS_FUNC`]). The `stats` field of the exports table
//! (`stat_export_t`: name, flags, `stat_var **`) is left NULL: the core registers its entries with
//! a NULL context, so every function-computed entry would need a function of its own, and a
//! table fixed at build time cannot name the URLs of a config.

pub mod v3_6;
pub mod v4_0;

use std::ffi::{c_char, c_int, c_uint, c_ulong, c_ushort, c_void};

/// OpenSIPS's `str`: not NUL-terminated in general.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Str {
    pub s: *mut c_char,
    pub len: c_int,
}

/// `ver_info` inside `module_exports`: the four strings the loader compares.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct VerInfo {
    pub version: *const c_char,
    pub compile_flags: *const c_char,
    pub scm_type: *const c_char,
    pub scm_rev: *const c_char,
}

/// `core_scm_ver`, exported by the core: `{type, rev}`.
#[repr(C)]
pub struct ScmVer {
    pub kind: *const c_char,
    pub rev: *const c_char,
}

pub type ParamFn = unsafe extern "C" fn(c_uint, *mut c_void) -> c_int;

#[repr(C)]
pub struct ParamExport {
    pub name: *const c_char,
    pub kind: c_uint,
    pub param_pointer: Option<ParamFn>,
}

/// `stat_function`: a statistic's value, computed when it is read (MI `get_statistics`, the
/// prometheus page), in the process that reads it; the argument is the `context` given to
/// `register_stat2`.
pub type StatFunction = unsafe extern "C" fn(*mut c_void) -> c_ulong;

/// `register_stat2(module, name, pvar, flags, context, unsafe)`: with [`STAT_IS_FUNC`], `pvar` is
/// the [`StatFunction`] itself, cast; the core copies `module` and `name` (without
/// `STAT_SHM_NAME`). 0 on success.
pub type RegisterStatFn = unsafe extern "C" fn(
    *const c_char,
    *const c_char,
    *mut *mut c_void,
    c_ushort,
    *mut c_void,
    c_int,
) -> c_int;

/// `STAT_IS_FUNC`: the statistic is a [`StatFunction`]; the core keeps no value of its own for
/// it, shows it as `non-incremental` and never resets it (and prometheus types it `gauge`).
pub const STAT_IS_FUNC: c_ushort = 1 << 3;

pub const STR_PARAM: c_uint = 1;
pub const INT_PARAM: c_uint = 2;
pub const USE_FUNC_PARAM: c_uint = 0x8000_0000;

/// `mi_params_t`: the request's cJSON item and the matched recipe's parameter names.
#[repr(C)]
pub struct MiParams {
    pub item: *mut c_void,
    pub list: *const *const c_char,
}

pub type MiHandler = unsafe extern "C" fn(*const MiParams, *mut c_void) -> *mut c_void;

/// `MAX_MI_RECIPES`: the recipes of one command, in every release.
pub const MAX_MI_RECIPES: usize = 48;

/// `mi_recipe_t`: a handler and the names of its parameters, NULL-terminated (`PARAMS` is the
/// release's `MAX_MI_PARAMS`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MiRecipe<const PARAMS: usize> {
    pub cmd: Option<MiHandler>,
    pub params: [*const c_char; PARAMS],
}

impl<const PARAMS: usize> MiRecipe<PARAMS> {
    pub const END: Self = MiRecipe {
        cmd: None,
        params: [std::ptr::null(); PARAMS],
    };
}

/// `mi_export_t`: one MI command. `ALIASES` is the release's `MAX_MI_ALIASES` (0 where the
/// release has no `aliases` field: a zero-length array adds nothing to the layout). The core
/// walks a table with this struct's size as its stride and stops at a NULL `name`.
#[repr(C)]
pub struct MiExport<const PARAMS: usize, const ALIASES: usize> {
    pub name: *const c_char,
    pub help: *const c_char,
    pub flags: c_uint,
    pub init_f: Option<unsafe extern "C" fn() -> c_int>,
    pub recipes: [MiRecipe<PARAMS>; MAX_MI_RECIPES],
    /// Other names of the command, NULL-terminated.
    pub aliases: [*const c_char; ALIASES],
}

impl<const PARAMS: usize, const ALIASES: usize> MiExport<PARAMS, ALIASES> {
    /// The entry that ends a table.
    pub const END: Self = MiExport {
        name: std::ptr::null(),
        help: std::ptr::null(),
        flags: 0,
        init_f: None,
        recipes: [MiRecipe::END; MAX_MI_RECIPES],
        aliases: [std::ptr::null(); ALIASES],
    };
}

pub const MOD_TYPE_CACHEDB: c_int = 3;

/// `struct module_exports` (184 bytes, the same in 3.6 and 4.0).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ModuleExports {
    pub name: *const c_char,
    pub kind: c_int,
    pub ver_info: VerInfo,
    pub dlflags: c_uint,
    pub load_f: Option<unsafe extern "C" fn() -> c_int>,
    pub deps: *const c_void,
    pub cmds: *const c_void,
    pub acmds: *const c_void,
    pub params: *const ParamExport,
    pub stats: *const c_void,
    /// The release's MI table: a [`MiExport`] array of [`v3_6`] or [`v4_0`].
    pub mi_cmds: *const c_void,
    pub items: *const c_void,
    pub trans: *const c_void,
    pub procs: *const c_void,
    pub preinit_f: Option<unsafe extern "C" fn() -> c_int>,
    pub init_f: Option<unsafe extern "C" fn() -> c_int>,
    pub response_f: *const c_void,
    pub destroy_f: Option<unsafe extern "C" fn()>,
    pub init_child_f: Option<unsafe extern "C" fn(c_int) -> c_int>,
    pub reload_ack_f: Option<unsafe extern "C" fn() -> c_int>,
}

/// `struct cachedb_id` (80 bytes): a parsed `cachedb_url`.
#[repr(C)]
pub struct CachedbId {
    pub scheme: *mut c_char,
    pub group_name: *mut c_char,
    pub username: *mut c_char,
    pub password: *mut c_char,
    pub host: *mut c_char,
    pub port: c_ushort,
    pub database: *mut c_char,
    pub extra_options: *mut c_char,
    pub initial_url: *mut c_char,
    pub flags: c_int,
}

/// `cachedb_con` (24 bytes, pkg): the URL and the pool connection.
#[repr(C)]
pub struct CachedbCon {
    pub url: Str,
    pub data: *mut c_void,
}

/// The header every pool connection starts with (`cachedb_pool_con`).
#[repr(C)]
pub struct PoolHeader {
    pub id: *mut CachedbId,
    pub refs: c_uint,
    pub next: *mut c_void,
}

pub type InitF = unsafe extern "C" fn(*mut Str) -> *mut CachedbCon;
pub type DestroyF = unsafe extern "C" fn(*mut CachedbCon);
pub type GetF = unsafe extern "C" fn(*mut CachedbCon, *mut Str, *mut Str) -> c_int;
pub type GetCounterF = unsafe extern "C" fn(*mut CachedbCon, *mut Str, *mut c_int) -> c_int;
pub type SetF = unsafe extern "C" fn(*mut CachedbCon, *mut Str, *mut Str, c_int) -> c_int;
pub type RemoveF = unsafe extern "C" fn(*mut CachedbCon, *mut Str) -> c_int;
pub type AddF = unsafe extern "C" fn(*mut CachedbCon, *mut Str, c_int, c_int, *mut c_int) -> c_int;

/// `cachedb_funcs` (192 bytes): NULL is "not supported".
#[repr(C)]
pub struct CachedbFuncs {
    pub init: Option<InitF>,
    pub destroy: Option<DestroyF>,
    pub get: Option<GetF>,
    pub get_counter: Option<GetCounterF>,
    pub set: Option<SetF>,
    pub remove: Option<RemoveF>,
    pub remove_key: *const c_void,
    pub add: Option<AddF>,
    pub sub: Option<AddF>,
    pub iter_keys: *const c_void,
    pub raw_query: *const c_void,
    pub truncate: *const c_void,
    pub db_trans: [*const c_void; 5],
    pub query: *const c_void,
    pub update: *const c_void,
    pub map: [*const c_void; 3],
    pub is_replicated: *const c_void,
    pub capability: c_int,
}

pub const CACHEDB_CAP_BINARY_VALUE: c_int = 0x20;

/// `cachedb_engine` (224 bytes); the core copies it.
#[repr(C)]
pub struct CachedbEngine {
    pub name: Str,
    pub funcs: CachedbFuncs,
    pub default_connection: *mut c_void,
    pub connections: *mut c_void,
}

// The tables are only read, by the host, after they are fully built.
// SAFETY: every pointer in these tables points to 'static data that is never written.
unsafe impl Sync for ParamExport {}
// SAFETY: as above.
unsafe impl<const PARAMS: usize, const ALIASES: usize> Sync for MiExport<PARAMS, ALIASES> {}

// Compile-time layout checks against the reference and both releases' headers (a wrong one
// silently corrupts the host); the MI tables' are in v3_6.rs and v4_0.rs.
const _: () = {
    use std::mem::{offset_of, size_of};
    assert!(size_of::<Str>() == 16);
    assert!(size_of::<ParamExport>() == 24);
    assert!(size_of::<MiParams>() == 16);
    assert!(size_of::<ModuleExports>() == 184);
    assert!(offset_of!(ModuleExports, kind) == 8);
    assert!(offset_of!(ModuleExports, ver_info) == 16);
    assert!(offset_of!(ModuleExports, dlflags) == 48);
    assert!(offset_of!(ModuleExports, load_f) == 56);
    assert!(offset_of!(ModuleExports, params) == 88);
    assert!(offset_of!(ModuleExports, mi_cmds) == 104);
    assert!(offset_of!(ModuleExports, items) == 112);
    assert!(offset_of!(ModuleExports, preinit_f) == 136);
    assert!(offset_of!(ModuleExports, init_f) == 144);
    assert!(offset_of!(ModuleExports, destroy_f) == 160);
    assert!(offset_of!(ModuleExports, init_child_f) == 168);
    assert!(offset_of!(ModuleExports, reload_ack_f) == 176);
    assert!(size_of::<CachedbId>() == 80);
    assert!(offset_of!(CachedbId, port) == 40);
    assert!(offset_of!(CachedbId, initial_url) == 64);
    assert!(offset_of!(CachedbId, flags) == 72);
    assert!(size_of::<CachedbCon>() == 24);
    assert!(size_of::<PoolHeader>() == 24);
    assert!(offset_of!(PoolHeader, refs) == 8);
    assert!(size_of::<CachedbFuncs>() == 192);
    assert!(offset_of!(CachedbFuncs, get) == 16);
    assert!(offset_of!(CachedbFuncs, add) == 56);
    assert!(offset_of!(CachedbFuncs, iter_keys) == 72);
    assert!(offset_of!(CachedbFuncs, raw_query) == 80);
    assert!(offset_of!(CachedbFuncs, query) == 136);
    assert!(offset_of!(CachedbFuncs, map) == 152);
    assert!(offset_of!(CachedbFuncs, is_replicated) == 176);
    assert!(offset_of!(CachedbFuncs, capability) == 184);
    assert!(size_of::<CachedbEngine>() == 224);
    assert!(offset_of!(CachedbEngine, funcs) == 16);
    assert!(offset_of!(CachedbEngine, default_connection) == 208);
    // register_stat2 takes the statistic's function where a `stat_var **` goes, and returns it
    // as `unsigned long`, as wide as a pointer.
    assert!(size_of::<StatFunction>() == size_of::<*mut *mut c_void>());
    assert!(size_of::<c_ulong>() == 8 && size_of::<c_ushort>() == 2);
};
