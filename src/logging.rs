//! Where the `log` macros of the core go. `log` takes one logger per process, for good; this one
//! dispatches to a sink that can change: standard error by default, a C callback set through the
//! C API, or the host's logger set by a host adapter.

use std::sync::Arc;

use log::{Level, LevelFilter, Log, Metadata, Record};
use once_cell::sync::Lazy;
use parking_lot::RwLock;

/// Receives one formatted message.
pub type SinkFn = Arc<dyn Fn(Level, &str) + Send + Sync>;

#[derive(Clone)]
pub enum Sink {
    /// `sip-memcached: LEVEL: message` on standard error.
    Stderr,
    Custom(SinkFn),
}

struct Current {
    sink: Sink,
    max: LevelFilter,
}

static CURRENT: Lazy<RwLock<Current>> = Lazy::new(|| {
    RwLock::new(Current {
        sink: Sink::Stderr,
        max: LevelFilter::Warn,
    })
});

struct Dispatch;

static DISPATCH: Dispatch = Dispatch;

impl Log for Dispatch {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= CURRENT.read().max
    }

    fn log(&self, record: &Record<'_>) {
        // Cloned out of the lock: a sink may log or change the sink itself without deadlock.
        let sink = {
            let current = CURRENT.read();
            if record.level() > current.max {
                return;
            }
            current.sink.clone()
        };
        let message = record.args().to_string();
        match sink {
            Sink::Stderr => eprintln!("sip-memcached: {}: {message}", record.level()),
            Sink::Custom(f) => f(record.level(), &message),
        }
    }

    fn flush(&self) {}
}

/// Installs the dispatcher as the process's logger, once. If the program already has a logger,
/// that one keeps the messages.
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if log::set_logger(&DISPATCH).is_ok() {
            log::set_max_level(LevelFilter::Trace);
        }
    });
}

/// Sends every message up to `max` to `sink` from now on.
pub fn set_sink(sink: Sink, max: LevelFilter) {
    install();
    let mut current = CURRENT.write();
    current.sink = sink;
    current.max = max;
}
