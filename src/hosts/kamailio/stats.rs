//! The module's counters in Kamailio's statistics framework: group `memcached`, one statistic per
//! row of `memcached.stats` with the same name (`memcached:operations` …), so that
//! `kamcmd stats.get_statistics memcached:` and xhttp_prom's Prometheus page
//! (`kamailio_memcached_operations` …) show them with no work of the operator's.
//!
//! Each statistic is registered with a read callback (`counter_register` with a `cbk` and a
//! `cbk_param`, what `STAT_IS_FUNC` does underneath): the host keeps no value of its own for it,
//! and each read takes the value from the engine's shared counters, which every process already
//! adds to. The host allows registration only until it sets its counters up for the fork
//! (`counters_prefork_init`, in `main_loop`, after every `mod_init`), so [`register`] runs from
//! `mod_init`; `kamailio -c` never runs `mod_init` and registers nothing.

use std::ffi::{c_int, c_long, c_void, CStr};

use super::abi::{CounterHandle, CNT_F_NO_RESET};
use super::callback;
use super::host::Host;
use crate::boundary::OnPanic;
use crate::engine::instance;
use crate::shared::Stats;

/// The statistics' group: `memcached:NAME` in `stats.get_statistics`.
const GROUP: &CStr = c"memcached";

/// Every statistic, with its help text, in the order of [`Stats::rows`] (a test checks the names
/// and the order): the callback's parameter is the row's index.
const COUNTERS: [(&CStr, &CStr); 15] = [
    (
        c"operations",
        c"Requests the module made to memcached, summed over every process.",
    ),
    (c"hits", c"Reads that found the key (near-cache hits not included)."),
    (c"misses", c"Reads that did not find the key."),
    (
        c"errors",
        c"Requests that failed at or on the way to a server (connect, timeout, I/O, bad reply, server down, error reply).",
    ),
    (c"timeouts", c"Of the errors, those that ran out of the timeout."),
    (c"connects", c"Connections opened to memcached servers."),
    (
        c"reconnects",
        c"Connections opened again after one was dropped (a failure, a fork, a reload).",
    ),
    (c"reloads", c"memcached.reload calls."),
    (
        c"refused",
        c"Operations the module refused: a bad key, expiry or number, a value too large.",
    ),
    (
        c"not_stored",
        c"Writes not made because the key existed (mode 1).",
    ),
    (c"cache_hits", c"Near-cache lookups that were served."),
    (
        c"cache_misses",
        c"Near-cache lookups that went to memcached.",
    ),
    (
        c"cache_evictions",
        c"Near-cache entries dropped to stay within cache_size or cache_memory.",
    ),
    (
        c"cache_entries",
        c"Entries the near caches of every process hold now.",
    ),
    (
        c"cache_bytes",
        c"Bytes the near caches of every process hold now.",
    ),
];

/// What the read callback returns; a panic reads as 0.
struct CounterValue(c_long);

impl OnPanic for CounterValue {
    fn on_panic(_: &str) -> CounterValue {
        CounterValue(0)
    }
}

/// Row `index` of `stats`, as the host's `long` (a count past its range reads as its largest).
fn value_of(stats: &Stats, index: usize) -> c_long {
    stats
        .rows()
        .get(index)
        .map_or(0, |&(_, v)| c_long::try_from(v).unwrap_or(c_long::MAX))
}

/// The read callback of every statistic, in whatever process reads it (ctl, jsonrpcs, the xhttp
/// worker): `param` is the row's index. Before `mod_init` (never, in practice) it reads 0.
unsafe extern "C" fn read(_: CounterHandle, param: *mut c_void) -> c_long {
    callback(|| {
        CounterValue(
            instance::engine()
                .map(|engine| value_of(&engine.stats(), param as usize))
                .unwrap_or(0),
        )
    })
    .0
}

/// Registers every statistic. A failure is one ERROR line and no statistics, not a failed start:
/// they are a second view of what `memcached.stats` shows, and SIP service does not need them.
pub fn register() {
    let Some(host) = Host::get() else {
        return;
    };
    let Some(counter_register) = host.counter_register else {
        log::error!(
            "statistics: this Kamailio exports no counter_register; the counters are in \
             memcached.stats only"
        );
        return;
    };
    let mut failed = Vec::new();
    for (index, (name, doc)) in COUNTERS.iter().enumerate() {
        let mut handle = CounterHandle::default();
        // SAFETY: the host's counter_register, with NUL-terminated group, name and doc (it copies
        // them), a callback of counter_cbk_f's type, and the row index as its opaque parameter.
        let rc: c_int = unsafe {
            counter_register(
                &mut handle,
                GROUP.as_ptr(),
                name.as_ptr(),
                CNT_F_NO_RESET,
                Some(read),
                index as *mut c_void,
                doc.as_ptr(),
                0,
            )
        };
        if rc != 0 {
            failed.push(format!(
                "{} ({})",
                name.to_string_lossy(),
                if rc == -2 {
                    "already registered".to_string()
                } else {
                    format!("error {rc}")
                }
            ));
        }
    }
    if failed.is_empty() {
        log::debug!(
            "statistics: {} registered in group memcached",
            COUNTERS.len()
        );
    } else {
        log::error!(
            "statistics: Kamailio refused {} of {} in group memcached: {}; the counters are \
             still in memcached.stats",
            failed.len(),
            COUNTERS.len(),
            failed.join(", ")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_statistic_has_the_name_and_place_of_its_memcached_stats_row() {
        let rows = Stats::default().rows();
        let names: Vec<&str> = COUNTERS
            .iter()
            .map(|(name, _)| name.to_str().unwrap())
            .collect();
        let expected: Vec<&str> = rows.iter().map(|&(name, _)| name).collect();
        assert_eq!(names, expected);
        for (name, doc) in COUNTERS {
            assert!(doc.to_bytes().len() > 10, "{name:?} has no help text");
        }
    }

    #[test]
    fn a_statistic_reads_its_row_and_a_count_past_long_reads_as_its_largest() {
        let stats = Stats {
            hits: 7,
            cache_bytes: u64::MAX,
            ..Stats::default()
        };
        assert_eq!(value_of(&stats, 1), 7);
        assert_eq!(value_of(&stats, 14), c_long::MAX);
        assert_eq!(value_of(&stats, 15), 0);
    }
}
