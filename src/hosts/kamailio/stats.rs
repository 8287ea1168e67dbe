//! The module's counters in Kamailio's statistics framework: group `memcached`, one statistic per
//! entry of the report's counters, with its name and help text (`memcached:operations` …, the
//! names of `memcached.stats`' members), then each server's (`memcached:server0_p99_us` …, see
//! [`statistics`]), so that
//! `kamcmd stats.get_statistics memcached:` and xhttp_prom's Prometheus page
//! (`kamailio_memcached_operations` …) show them with no work of the operator's.
//!
//! Each statistic is registered with a read callback (`counter_register` with a `cbk` and a
//! `cbk_param`, what `STAT_IS_FUNC` does underneath): the host keeps no value of its own for it,
//! and each read takes the value from the engine's shared counters, which every process already
//! adds to. The host allows registration only until it sets its counters up for the fork
//! (`counters_prefork_init`, in `main_loop`, after every `mod_init`), so [`register`] runs from
//! `mod_init`; `kamailio -c` never runs `mod_init` and registers nothing.

use std::ffi::{c_int, c_long, c_void, CStr, CString};

use super::abi::{CounterHandle, CNT_F_NO_RESET};
use super::callback;
use super::host::Host;
use crate::boundary::OnPanic;
use crate::engine::instance;
#[cfg(test)]
use crate::engine::report::COUNTERS;
use crate::engine::report::{statistics, Report};

/// The statistics' group: `memcached:NAME` in `stats.get_statistics`.
const GROUP: &CStr = c"memcached";

/// What the read callback returns; a panic reads as 0.
struct CounterValue(c_long);

impl OnPanic for CounterValue {
    fn on_panic(_: &str) -> CounterValue {
        CounterValue(0)
    }
}

/// Statistic `index` of [`statistics`] in `report`, as the host's `long` (a count past its
/// range reads as its largest).
fn value_of(report: &Report, index: usize) -> c_long {
    c_long::try_from(report.statistic(index)).unwrap_or(c_long::MAX)
}

/// The read callback of every statistic, in whatever process reads it (ctl, jsonrpcs, the xhttp
/// worker): `param` is the statistic's index in [`statistics`]. Before `mod_init` (never, in practice) it reads 0.
unsafe extern "C" fn read(_: CounterHandle, param: *mut c_void) -> c_long {
    callback(|| {
        CounterValue(
            instance::engine()
                .map(|engine| value_of(&engine.report(), param as usize))
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
    let Ok(engine) = instance::engine() else {
        return;
    };
    let all = statistics(&engine.report().server_names());
    let mut failed = Vec::new();
    for (index, (name, help)) in all.iter().enumerate() {
        let (Ok(c_name), Ok(c_help)) = (CString::new(name.as_str()), CString::new(help.as_str()))
        else {
            failed.push(format!("{name} (not a C string)"));
            continue;
        };
        let mut handle = CounterHandle::default();
        // SAFETY: the host's counter_register, with NUL-terminated group, name and doc (it copies
        // them), a callback of counter_cbk_f's type, and the statistic's index as its opaque
        // parameter.
        let rc: c_int = unsafe {
            counter_register(
                &mut handle,
                GROUP.as_ptr(),
                c_name.as_ptr(),
                CNT_F_NO_RESET,
                Some(read),
                index as *mut c_void,
                c_help.as_ptr(),
                0,
            )
        };
        if rc != 0 {
            failed.push(format!(
                "{name} ({})",
                if rc == -2 {
                    "already registered".to_string()
                } else {
                    format!("error {rc}")
                }
            ));
        }
    }
    if failed.is_empty() {
        log::debug!("statistics: {} registered in group memcached", all.len());
    } else {
        log::error!(
            "statistics: Kamailio refused {} of {} in group memcached: {}; the counters are \
             still in memcached.stats",
            failed.len(),
            all.len(),
            failed.join(", ")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::Stats;

    #[test]
    fn a_statistic_reads_its_counter_and_a_count_past_long_reads_as_its_largest() {
        let report = Report {
            counters: Stats {
                hits: 7,
                cache_bytes: u64::MAX,
                ..Stats::default()
            },
            servers: Vec::new(),
        };
        assert_eq!(COUNTERS[1].name(), c"hits");
        assert_eq!(value_of(&report, 1), 7);
        let last = COUNTERS.len() - 1;
        assert_eq!(COUNTERS[last].name(), c"cache_bytes");
        assert_eq!(value_of(&report, last), c_long::MAX);
        assert_eq!(value_of(&report, COUNTERS.len()), 0);
    }
}
