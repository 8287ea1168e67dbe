//! The module's counters in OpenSIPS's statistics framework: for each of the module's own
//! `cachedb_url` lines (each group), one statistic per entry of the report's [`COUNTERS`], in the
//! statistics group of the module, `cachedb_memcached`, so that `get_statistics
//! cachedb_memcached:` (3.6 and 4.0; 4.0 lists it as `statistics:get`) and the prometheus module
//! show them with no work of the operator's.
//!
//! Names ([`name`]): `memcached_<counter>` for the default URL (cachedb id `memcached`),
//! `memcached_<counter>_<group>` for a group's (`memcached:group1`: `memcached_hits_group1`). The
//! counter comes first so that no name is ever two statistics': no counter's name followed by `_`
//! starts another's, whatever the groups are called (a unit test holds the table to that).
//!
//! Each is registered with `register_stat2` and `STAT_IS_FUNC`: the core keeps no value of its
//! own, and each read calls [`read`] with the statistic's index as its context, which takes the
//! value from the engine's shared counters, which every process already adds to. Registration
//! runs in `mod_init` (after the engines, before the fork); `opensips -c` runs no `mod_init` and
//! registers nothing. The engines of other modules' URLs (made after the fork, see
//! [`engines`](super::engines)) are not statistics: `memcached_stats` shows them.

use std::ffi::{c_int, c_ulong, c_void, CStr, CString};

use super::abi::STAT_IS_FUNC;
use super::callback;
use super::engines::{self, UrlEngine};
use super::host::Host;
use crate::engine::report::{statistics, COUNTERS, SERVER_COUNTERS};

/// The statistics group (`get_statistics cachedb_memcached:`): the module's name, as the core
/// files the statistics of a module's exports table.
const MODULE: &CStr = c"cachedb_memcached";

/// The statistic of counter `counter` for the URL of `group` (`None`: the default URL).
pub fn name(group: Option<&str>, counter: &str) -> String {
    match group {
        None => format!("memcached_{counter}"),
        Some(group) => format!("memcached_{counter}_{group}"),
    }
}

/// More statistics than a line has (the counters, and 64 servers' each).
const STRIDE: usize = 1 << 12;
const _: () =
    assert!(COUNTERS.len() + crate::shared::SERVER_SLOTS * SERVER_COUNTERS.len() <= STRIDE);

/// A statistic's context: the index of its own line times [`STRIDE`], plus its index in the
/// line's [`statistics`].
fn context(line: usize, statistic: usize) -> usize {
    line * STRIDE + statistic
}

/// The statistic of `context` in the engines of `lines`; 0 for a context that names none. A
/// counter reads the counters alone; a server's reads the whole report.
fn value_of(lines: &[&UrlEngine], context: usize) -> c_ulong {
    let (line, statistic) = (context / STRIDE, context % STRIDE);
    lines
        .get(line)
        .map_or(0, |e| match COUNTERS.get(statistic) {
            Some(counter) => counter.read(&e.engine.counters()),
            None => e.engine.report().statistic(statistic),
        })
}

/// The function of every statistic, in whatever process reads it (MI FIFO, the httpd process).
unsafe extern "C" fn read(context: *mut c_void) -> c_ulong {
    callback(|| value_of(engines::own_lines(), context as usize))
}

/// Registers every statistic of every own line. A failure is one ERROR line and no statistics,
/// not a failed start: they are a second view of what `memcached_stats` shows, and SIP service
/// does not need them.
pub fn register() {
    let Some(host) = Host::get() else { return };
    let lines = engines::own_lines();
    if lines.is_empty() {
        return;
    }
    let Some(register_stat2) = host.register_stat2 else {
        log::error!(
            "statistics: this OpenSIPS is built without statistics (no register_stat2); the \
             counters are in memcached_stats only"
        );
        return;
    };
    let mut failed = Vec::new();
    let mut all = 0;
    for (line, e) in lines.iter().enumerate() {
        for (index, (stat, _help)) in statistics(&e.engine.report().server_names())
            .iter()
            .enumerate()
        {
            all += 1;
            let stat = name(e.parsed.group.as_deref(), stat);
            let Ok(text) = CString::new(stat.clone()) else {
                failed.push(stat);
                continue;
            };
            // SAFETY: the core's register_stat2 with NUL-terminated module and statistic names
            // (it copies both), our function where STAT_IS_FUNC wants it, and the statistic's
            // index as its context, never dereferenced.
            let rc: c_int = unsafe {
                register_stat2(
                    MODULE.as_ptr(),
                    text.as_ptr(),
                    read as *mut *mut c_void,
                    STAT_IS_FUNC,
                    context(line, index) as *mut c_void,
                    0,
                )
            };
            if rc != 0 {
                failed.push(stat);
            }
        }
    }
    if failed.is_empty() {
        log::debug!("statistics: {all} registered in group cachedb_memcached");
    } else {
        log::error!(
            "statistics: OpenSIPS refused {} of {all} in group cachedb_memcached: {}; the \
             counters are still in memcached_stats",
            failed.len(),
            failed.join(", ")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_url_s_statistics_are_memcached_counter_and_a_group_s_end_with_the_group() {
        assert_eq!(name(None, "hits"), "memcached_hits");
        assert_eq!(name(Some("group1"), "hits"), "memcached_hits_group1");
        assert_eq!(
            name(Some("eu_west"), "cache_hits"),
            "memcached_cache_hits_eu_west"
        );
        assert_eq!(
            name(Some("group1"), "server0_p99_us"),
            "memcached_server0_p99_us_group1"
        );
    }

    #[test]
    fn no_two_statistics_share_a_name_whatever_the_groups_are_called() {
        // memcached_<a>_<g> is memcached_<b> (or memcached_<b>_<h>) only when "<a>_" starts
        // <b> or "<b>_" starts <a>: the table must have no such pair.
        for a in &COUNTERS {
            for b in &COUNTERS {
                let (a, b) = (a.name().to_str().unwrap(), b.name().to_str().unwrap());
                assert!(!b.starts_with(&format!("{a}_")), "{a} and {b}");
            }
        }
        // And the groups that would collide under <group>_<counter> names do not here.
        let mut names = std::collections::HashSet::new();
        for group in [
            None,
            Some("cache"),
            Some("failback"),
            Some("not"),
            Some("hits"),
        ] {
            for (stat, _) in statistics(&["a:1", "b:2"]) {
                assert!(names.insert(name(group, &stat)), "{group:?} {stat}");
            }
        }
    }

    #[test]
    fn a_context_names_its_line_and_counter_and_one_past_the_lines_reads_0() {
        assert_eq!(context(0, 0), 0);
        assert_eq!(context(1, 0), STRIDE);
        assert_eq!(value_of(&[], context(0, 3)), 0);
        let last = context(2, STRIDE - 1);
        assert_eq!((last / STRIDE, last % STRIDE), (2, STRIDE - 1));
    }
}
