//! The Kamailio adapter: the same `.so` loads into every Kamailio from 5.6.0 to 6.1.x with
//! `loadmodule`, under the module name `memcached`, as a drop-in for the stock module. The
//! releases differ only in `pv_value_t`: the load-time constructor picks its layout from the
//! host's version, and `exports` then points at the pseudo-variable table built for it, so that
//! no callback asks which release it runs in.
//!
//! One job per file: [`version`] (which release loaded us, and the version symbols it checks),
//! [`abi`] (the struct mirrors, one file per `pv_value_t` layout), [`host`] (the host's functions
//! and its logger), [`params`] (modparams), [`script_key`] and [`pv`] (the pseudo-variables),
//! [`rpc`] (reload and stats), [`stats`] (the counters in Kamailio's statistics), [`kemi`]
//! (`KSR.memcached.*`). This file builds the `exports` table for the layout found, and
//! holds the life-cycle callbacks. Every callback runs inside the panic boundary: anything that
//! kills a worker brings the whole server down.

pub mod abi;
mod compile_flags;
mod host;
mod kemi;
mod params;
mod pv;
mod rpc;
mod script_key;
mod stats;
mod version;

use std::ffi::{c_int, c_void};
use std::ptr::null;

use abi::{ModuleExports, PvExport};
use host::Host;
use version::Layout;

use crate::boundary::OnPanic;
use crate::engine::{instance, Pv};

/// Runs a host callback inside the panic boundary, with the log going to the host.
fn callback<T: OnPanic>(f: impl FnOnce() -> T) -> T {
    crate::hosts::callback(Host::get, f)
}

unsafe extern "C" fn mod_init() -> c_int {
    callback(|| match instance::mod_init() {
        Ok(()) => {
            // Before the core sets its counters up for the fork, which ends registration.
            stats::register();
            0
        }
        Err(e) => {
            log::error!("mod_init: {e}");
            -1
        }
    })
}

/// Never fails: a failing child_init makes the process exit, which stops the whole server.
unsafe extern "C" fn child_init(rank: c_int) -> c_int {
    callback(|| {
        if let Ok(engine) = instance::engine() {
            engine.child_init(rank);
        }
    });
    0
}

unsafe extern "C" fn mod_destroy() {
    callback(instance::destroy)
}

static PV_ITEMS_5_6: [PvExport<abi::v5_6::PvValue>; Pv::ALL.len() + 1] = pv::table();
static PV_ITEMS_5_7: [PvExport<abi::v5_7::PvValue>; Pv::ALL.len() + 1] = pv::table();

/// The table for a host of `layout`.
fn exports_for(layout: Layout) -> ModuleExports {
    let pv_items: *const c_void = match layout {
        Layout::V5_6 => PV_ITEMS_5_6.as_ptr().cast(),
        Layout::V5_7 => PV_ITEMS_5_7.as_ptr().cast(),
    };
    // The KEMI constants were renumbered in the same release as pv_value_t changed (5.7.0).
    kemi::select(match layout {
        Layout::V5_6 => &kemi::TABLE_5_6,
        Layout::V5_7 => &kemi::TABLE_5_7,
    });
    ModuleExports {
        name: c"memcached".as_ptr(),
        dlflags: 0,
        cmds: null(),
        params: params::PARAMS_TABLE.as_ptr(),
        rpc_methods: rpc::RPC_METHODS.as_ptr(),
        pv_items,
        response_f: null(),
        init_mod_f: Some(mod_init),
        init_child_f: Some(child_init),
        destroy_mod_f: Some(mod_destroy),
    }
}

/// At load time: the `exports` table when the host is a Kamailio release this adapter loads
/// into (its version symbols are then filled in too).
pub fn on_load() -> Option<ModuleExports> {
    version::detect().map(exports_for)
}
