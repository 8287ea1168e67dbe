//! MI commands `memcached_reload` and `memcached_stats`, run in the MI processes (HTTPD for
//! mi_http and mi_html, MI FIFO for mi_fifo), which reach every SIP worker through each engine's
//! shared memory.
//!
//! One table per release's layout ([`table`]). 4.0 names a module's commands `<module>:<name>`
//! and its own modules dropped their prefix when it did (`dialog:list`, once `dlg_list`, which
//! stays as an alias): so in 4.0 the commands are `cachedb_memcached:reload` and
//! `cachedb_memcached:stats`, with the 3.6 names as aliases (`memcached_reload`, and
//! `cachedb_memcached:memcached_reload` for who prefixes the old name), so that a script or a
//! dashboard written for 3.6 keeps working.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr::{null, null_mut};

use super::abi::{v3_6, v4_0, MiExport, MiHandler, MiParams, MiRecipe, MAX_MI_RECIPES};
use super::callback;
use super::engines;
use super::host::Host;
use super::version::Release;
use crate::engine::report::Render;

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
        let all = engines::every();
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

/// One engine's member of `memcached_stats`' reply being built: `servers`, the counters, then
/// `per_server` with one object per server (named by its address): `state` and its counters.
struct MiReply<'h> {
    host: &'h Host,
    /// The engine's object.
    obj: *mut c_void,
    /// `per_server`, once made; null when the core could not make it (every server is then
    /// left out).
    per_server: *mut c_void,
    /// Where counters go: `obj`, or the object of the server added last; null when the core
    /// could not make that object (its members are then left out).
    current: *mut c_void,
}

impl<'h> MiReply<'h> {
    /// # Safety
    /// `obj` is an item of the response being built, which outlives the value.
    unsafe fn new(host: &'h Host, obj: *mut c_void) -> MiReply<'h> {
        MiReply {
            host,
            obj,
            per_server: null_mut(),
            current: obj,
        }
    }
}

impl Render for MiReply<'_> {
    fn servers(&mut self, names: &str) {
        // SAFETY: obj is an item of the response (MiReply::new).
        unsafe { add_string(self.host, self.obj, "servers", names) };
    }

    fn counter(&mut self, name: &'static CStr, value: u64) {
        if self.current.is_null() {
            return;
        }
        let name = name.to_bytes();
        // SAFETY: current is an item of the response (MiReply::new, or made by the core in
        // `server`); the core copies the name.
        unsafe {
            (self.host.add_mi_number)(
                self.current,
                name.as_ptr().cast(),
                name.len() as c_int,
                value as f64,
            )
        };
    }

    fn begin_servers(&mut self) {
        // SAFETY: obj is an item of the response (MiReply::new); the core copies the name.
        self.per_server =
            unsafe { (self.host.add_mi_object)(self.obj, c"per_server".as_ptr(), 10) };
        self.current = null_mut();
    }

    fn server(&mut self, name: &str, state: &'static CStr) {
        if self.per_server.is_null() {
            return;
        }
        // SAFETY: per_server is an item of the response, made by the core in begin_servers; the
        // core copies the name and the state.
        unsafe {
            self.current = (self.host.add_mi_object)(
                self.per_server,
                name.as_ptr().cast(),
                name.len() as c_int,
            );
            if !self.current.is_null() {
                add_string(
                    self.host,
                    self.current,
                    "state",
                    state.to_str().unwrap_or(""),
                );
            }
        }
    }

    fn end_server(&mut self) {
        self.current = null_mut();
    }
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
            for e in engines::every() {
                let system = e.parsed.system();
                let obj = (host.add_mi_object)(root, system.as_ptr().cast(), system.len() as c_int);
                if obj.is_null() {
                    continue;
                }
                e.engine.report().render(&mut MiReply::new(host, obj));
            }
            resp
        }
    })
}

/// One command of a table of either layout: `name` with `handler` as its one recipe (no
/// parameters), and `aliases` where the layout has them (NULL-terminated).
const fn command<const PARAMS: usize, const ALIASES: usize>(
    name: &'static CStr,
    help: &'static CStr,
    handler: MiHandler,
    aliases: &[&'static CStr],
) -> MiExport<PARAMS, ALIASES> {
    let mut recipes = [MiRecipe::END; MAX_MI_RECIPES];
    recipes[0].cmd = Some(handler);
    let mut names = [null::<c_char>(); ALIASES];
    let mut i = 0;
    // The last entry stays NULL: 4.0 reads aliases up to the first NULL, with no bound.
    while i < aliases.len() && i + 1 < ALIASES {
        names[i] = aliases[i].as_ptr();
        i += 1;
    }
    MiExport {
        name: name.as_ptr(),
        help: help.as_ptr(),
        flags: 0,
        init_f: None,
        recipes,
        aliases: names,
    }
}

const RELOAD_HELP: &CStr =
    c"Empty the near cache of every process, resolve the servers' names again and mark every server up";
const STATS_HELP: &CStr =
    c"The counters of every cachedb_url, summed over every process, and per server";

/// 3.6: one name each.
static MI_COMMANDS_3_6: [v3_6::MiExport; 3] = [
    command(c"memcached_reload", RELOAD_HELP, mi_reload, &[]),
    command(c"memcached_stats", STATS_HELP, mi_stats, &[]),
    v3_6::MiExport::END,
];

/// 4.0: `cachedb_memcached:reload` and `cachedb_memcached:stats` (the core adds the module's
/// name), with the 3.6 names as aliases, bare and under the module's name (an alias may hold the
/// separator; the core looks a `module:name` it does not find up among the aliases).
static MI_COMMANDS_4_0: [v4_0::MiExport; 3] = [
    command(
        c"reload",
        RELOAD_HELP,
        mi_reload,
        &[c"memcached_reload", c"cachedb_memcached:memcached_reload"],
    ),
    command(
        c"stats",
        STATS_HELP,
        mi_stats,
        &[c"memcached_stats", c"cachedb_memcached:memcached_stats"],
    ),
    v4_0::MiExport::END,
];

/// The MI table for `exports.mi_cmds`, in the layout of `release`.
pub fn table(release: Release) -> *const c_void {
    match release {
        Release::V3_6 => MI_COMMANDS_3_6.as_ptr().cast(),
        Release::V4_0 => MI_COMMANDS_4_0.as_ptr().cast(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names a table gives, with the aliases of each, read as the core reads them: up to the
    /// entry with a NULL name, each alias list up to its first NULL.
    fn names<const P: usize, const A: usize>(t: &[MiExport<P, A>]) -> Vec<(String, Vec<String>)> {
        let text = |p: *const c_char| {
            // SAFETY: every non-NULL name in the tables is a 'static C string.
            unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
        };
        t.iter()
            .take_while(|c| !c.name.is_null())
            .map(|c| {
                assert!(c.recipes[0].cmd.is_some() && c.recipes[1].cmd.is_none());
                let aliases = c.aliases.iter().take_while(|a| !a.is_null());
                (text(c.name), aliases.map(|&a| text(a)).collect())
            })
            .collect()
    }

    #[test]
    fn each_release_s_table_names_both_commands_with_4_0_keeping_the_3_6_names_as_aliases() {
        let no = Vec::<String>::new;
        assert_eq!(
            names(&MI_COMMANDS_3_6),
            [
                ("memcached_reload".into(), no()),
                ("memcached_stats".into(), no())
            ]
        );
        assert_eq!(
            names(&MI_COMMANDS_4_0),
            [
                (
                    "reload".into(),
                    vec![
                        "memcached_reload".to_string(),
                        "cachedb_memcached:memcached_reload".to_string()
                    ]
                ),
                (
                    "stats".into(),
                    vec![
                        "memcached_stats".to_string(),
                        "cachedb_memcached:memcached_stats".to_string()
                    ]
                )
            ]
        );
        for c in &MI_COMMANDS_4_0 {
            assert!(c.aliases[3].is_null(), "4.0 reads aliases up to a NULL");
        }
    }
}
