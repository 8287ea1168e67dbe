//! The host adapters, one folder each, and what they share: the one `exports` symbol that every
//! host looks up, and the load-time constructor that detects the host and fills that symbol
//! with the table of the host it finds (detect once, then dispatch to one implementation).
//!
//! The library is linked with `-Bsymbolic` (build.rs): every other module of a host exports an
//! `exports` of its own, and one loaded `RTLD_GLOBAL` before us (app_lua, app_python3…) would
//! otherwise receive our writes.

pub mod failure_log;
pub mod kamailio;
pub mod loaded;
pub mod opensips;
pub mod scratch;

use std::cell::UnsafeCell;
use std::ffi::{c_char, c_int, c_void, CStr};
use std::sync::{Arc, Once};

use crate::boundary::{catch_panic, OnPanic};
use crate::engine::params::ParamKind;
use crate::logging::{self, Sink};

/// A modparam's value as text, as both hosts pass it: a NUL-terminated copy for a string, the
/// int itself cast to a pointer for an integer.
///
/// # Safety
/// For `ParamKind::Str`, `val` is NULL or a NUL-terminated string.
pub unsafe fn param_text(kind: ParamKind, val: *mut c_void) -> String {
    match kind {
        ParamKind::Int => (val as isize as c_int).to_string(),
        ParamKind::Str if val.is_null() => String::new(),
        // SAFETY: a string parameter's value, by this function's contract.
        ParamKind::Str => unsafe { CStr::from_ptr(val.cast::<c_char>()) }
            .to_string_lossy()
            .into_owned(),
    }
}

/// What every adapter's `Host` does: write one line to the host's own log.
pub trait HostLog: Sync + 'static {
    fn log(&self, level: log::Level, message: &str);
}

/// Runs a host callback inside the panic boundary; the first one sends the engine's log to the
/// host that `host` finds (one host per process, so one switch).
pub fn callback<H: HostLog, T: OnPanic>(
    host: fn() -> Option<&'static H>,
    f: impl FnOnce() -> T,
) -> T {
    static LOG_TO_HOST: Once = Once::new();
    catch_panic(|| {
        LOG_TO_HOST.call_once(|| {
            if let Some(host) = host() {
                logging::set_sink(
                    Sink::Custom(Arc::new(move |level, message| host.log(level, message))),
                    log::LevelFilter::Debug,
                );
            }
        });
        f()
    })
}

/// The tables a host may find in `exports`: one member per host.
#[repr(C)]
pub union ExportsTable {
    pub kamailio: kamailio::abi::ModuleExports,
    pub opensips: opensips::abi::ModuleExports,
}

/// The `exports` symbol: zero (no module name) until the constructor fills it.
#[repr(transparent)]
pub struct Exports(UnsafeCell<ExportsTable>);

// SAFETY: written once, by the load-time constructor, before the host can look the symbol up;
// only read afterwards.
unsafe impl Sync for Exports {}

/// The table a host looks up with `dlsym(handle, "exports")`.
#[no_mangle]
pub static exports: Exports = Exports(UnsafeCell::new(ExportsTable {
    kamailio: kamailio::abi::ModuleExports::EMPTY,
}));

/// Runs inside `dlopen`, before the host checks the module's version.
#[used]
#[link_section = ".init_array"]
static ON_LOAD: extern "C" fn() = on_load;

extern "C" fn on_load() {
    catch_panic(|| {
        let table = match kamailio::on_load() {
            Some(kamailio) => ExportsTable { kamailio },
            None => match opensips::on_load() {
                Some(opensips) => ExportsTable { opensips },
                None => return,
            },
        };
        // SAFETY: see `Exports`: the host has not looked the symbol up yet.
        unsafe { exports.0.get().write(table) };
    })
}
