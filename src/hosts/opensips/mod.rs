//! The OpenSIPS adapter: the same `.so` loads into OpenSIPS 3.6 and 4.0 as a drop-in for
//! `cachedb_memcached` (module name `cachedb_memcached`, type CACHEDB, engine `memcached`), so
//! that a config keeps its `cachedb_url` lines, the core's `cache_*` functions and MI commands,
//! and every module that takes a `cachedb_url` (dialog, ratelimit, …).
//!
//! One job per file: [`version`] (which release, the four version strings), [`abi`] (the struct
//! mirrors; the MI table's layout per release), [`host`] (the core's functions and its logger), [`params`] and [`url`] (modparams,
//! `cachedb_url`), [`engines`] (one engine per URL, made before the fork), [`cachedb`] (the
//! engine functions the core calls), [`mi`] (`memcached_reload`, `memcached_stats`; one table per
//! release), [`stats`] (the counters as OpenSIPS statistics, per URL). This file
//! builds the `exports` table and holds the life-cycle callbacks. Every callback runs inside the
//! panic boundary: any process that dies makes OpenSIPS shut down.

pub mod abi;
mod cachedb;
mod engines;
mod host;
mod mi;
mod params;
mod stats;
mod url;
mod version;

use std::ffi::{c_char, c_int};
use std::ptr::null;

use abi::{ModuleExports, Str, VerInfo, MOD_TYPE_CACHEDB};
use host::Host;
use version::Release;

use crate::boundary::OnPanic;

/// Runs a host callback inside the panic boundary, with the log going to the host.
fn callback<T: OnPanic>(f: impl FnOnce() -> T) -> T {
    crate::hosts::callback(Host::get, f)
}

/// The engine's name, as `cachedb_put_connection` and `cachedb_end_connections` take it.
fn engine_name() -> Str {
    Str {
        s: c"memcached".as_ptr() as *mut c_char,
        len: 9,
    }
}

unsafe extern "C" fn mod_init() -> c_int {
    callback(|| {
        let Some(host) = Host::get() else { return -1 };
        let made = {
            let settings = params::SETTINGS.lock();
            engines::make(&settings)
        };
        let all = match made {
            Ok(all) => all,
            Err(e) => {
                log::error!("mod_init: {e}");
                return -1;
            }
        };
        let mut table = cachedb::engine_table();
        // SAFETY: the core's function; it copies the table.
        if unsafe { (host.register_cachedb)(&mut table) } < 0 {
            log::error!(
                "cannot register the cachedb engine memcached: is the stock cachedb_memcached \
                 loaded too? This module replaces it"
            );
            return -1;
        }
        stats::register();
        if all.is_empty() {
            log::info!(
                "no cachedb_url line of this module: it serves the memcached:// URLs other \
                 modules pass the cachedb core, as the stock module does"
            );
        }
        for e in all {
            log::info!(
                "{}: {}",
                e.parsed.system(),
                e.engine.startup_lines().join("; ")
            );
        }
        0
    })
}

/// Opens this process's connection for every URL (the core files them by group), as the stock
/// module does in every process, MI processes included. Never fails: a failing child_init makes
/// the process exit, which stops the whole server.
unsafe extern "C" fn child_init(rank: c_int) -> c_int {
    callback(|| {
        let Some(host) = Host::get() else { return };
        // Engines of other modules' URLs made before the fork (by a consumer's mod_init) are
        // forked too; their connections are the consumers' to open.
        for e in engines::known().iter().filter(|e| !e.own_line) {
            e.engine.child_init(rank);
        }
        for e in engines::own_lines() {
            e.engine.child_init(rank);
            let Ok(text) = std::ffi::CString::new(e.url.as_bytes()) else {
                continue;
            };
            let mut url = Str {
                s: text.as_ptr() as *mut c_char,
                len: e.url.len() as c_int,
            };
            // SAFETY: our own init (the core's cachedb_do_init inside), then the core's put.
            unsafe {
                let con = cachedb::init(&mut url);
                if con.is_null() {
                    log::error!("cannot open the connection of {}", e.parsed.system());
                    continue;
                }
                let mut name = engine_name();
                if (host.cachedb_put_connection)(&mut name, con) < 0 {
                    log::error!("cannot file the connection of {}", e.parsed.system());
                }
            }
        }
    });
    0
}

unsafe extern "C" fn mod_destroy() {
    callback(|| {
        if let Some(host) = Host::get() {
            let mut name = engine_name();
            // SAFETY: the core's own function.
            unsafe { (host.cachedb_end_connections)(&mut name) };
        }
    })
}

/// The table for an OpenSIPS with these version strings, of this release.
fn exports_for(ver_info: VerInfo, release: Release) -> ModuleExports {
    ModuleExports {
        name: c"cachedb_memcached".as_ptr(),
        kind: MOD_TYPE_CACHEDB,
        ver_info,
        dlflags: 0,
        load_f: None,
        deps: null(),
        cmds: null(),
        acmds: null(),
        params: params::PARAMS_TABLE.as_ptr(),
        stats: null(),
        mi_cmds: mi::table(release),
        items: null(),
        trans: null(),
        procs: null(),
        preinit_f: None,
        init_f: Some(mod_init),
        response_f: null(),
        destroy_f: Some(mod_destroy),
        init_child_f: Some(child_init),
        reload_ack_f: None,
    }
}

/// At load time: the `exports` table when the host is an OpenSIPS release this adapter loads
/// into; `None` for any other process (and a refusal line for another OpenSIPS).
pub fn on_load() -> Option<ModuleExports> {
    let host = Host::get()?;
    version::detect(host).map(|(ver_info, release)| exports_for(ver_info, release))
}
