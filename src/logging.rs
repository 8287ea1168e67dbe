//! Where the `log` macros of the core go. `log` takes one logger per process, for good; this one
//! dispatches to a sink that can change: standard error by default, a C callback set through the
//! C API, or the host's logger set by a host adapter.
//!
//! The log is the operator's: every line is escaped here, once for every sink (a control byte
//! from a SIP message, a NUL, an ANSI escape or a line break shows as `\xNN`, so nobody can forge
//! a line or a colour), and capped in length. Writing never panics: a full or closed standard
//! error loses the line, never the process.

use std::borrow::Cow;
use std::io::Write;
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
        let text = record.args().to_string();
        let message = escape(&text, MAX_LINE);
        match sink {
            Sink::Stderr => {
                write_stderr(&format!("sip-memcached: {}: {message}\n", record.level()))
            }
            Sink::Custom(f) => f(record.level(), &message),
        }
    }

    fn flush(&self) {}
}

/// The longest message written, in bytes: a line is for a person to read.
pub const MAX_LINE: usize = 2000;

/// How much of a text from the outside (a key, a value, an expiry) a message quotes.
pub const MAX_QUOTED: usize = 80;

/// Writes a whole line to standard error, or nothing: errors (EAGAIN on a full non-blocking pipe,
/// EPIPE, EBADF) lose the line and are otherwise ignored, where `eprintln!` would panic.
pub fn write_stderr(line: &str) {
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}

/// `text` with every control character (C0, DEL, C1) as `\xNN` and, past `max` bytes, cut with a
/// note of its full length. Borrowed when there is nothing to change (the usual case).
pub fn escape(text: &str, max: usize) -> Cow<'_, str> {
    let clean = text.len() <= max && !text.chars().any(char::is_control);
    if clean {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len().min(max) + 16);
    for c in text.chars() {
        if out.len() >= max {
            out.push_str(&format!("...({} bytes)", text.len()));
            break;
        }
        if c.is_control() {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("\\x{b:02x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Bytes from the outside (a key, a value), as a message quotes them: invalid UTF-8 replaced,
/// control bytes escaped, cut at [`MAX_QUOTED`].
pub fn quoted(bytes: &[u8]) -> String {
    escape(&String::from_utf8_lossy(bytes), MAX_QUOTED).into_owned()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_bytes_are_escaped_and_plain_text_is_borrowed() {
        assert!(matches!(escape("plain text", 100), Cow::Borrowed(_)));
        assert_eq!(
            escape("a\r\n 0(1) CRITICAL: \u{1b}[31mforged\0", 100),
            "a\\x0d\\x0a 0(1) CRITICAL: \\x1b[31mforged\\x00"
        );
        assert_eq!(
            escape("tab\there\u{7f}\u{85}", 100),
            "tab\\x09here\\x7f\\xc2\\x85"
        );
    }

    #[test]
    fn long_text_is_cut_with_its_length() {
        let long = "x".repeat(500);
        let shown = escape(&long, 80);
        assert!(shown.starts_with(&"x".repeat(80)));
        assert!(shown.ends_with("...(500 bytes)"), "{shown}");
        assert_eq!(quoted(b"k\xffey\n"), "k\u{fffd}ey\\x0a");
    }

    #[test]
    fn a_full_non_blocking_standard_error_loses_the_line_without_a_panic() {
        // SAFETY: plain descriptor calls on a pipe made here; descriptor 2 is restored before the
        // end, and nothing else in this test binary writes to it directly.
        unsafe {
            let mut fds = [0; 2];
            assert_eq!(libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK), 0);
            let chunk = [b'x'; 4096];
            while libc::write(fds[1], chunk.as_ptr().cast(), chunk.len()) > 0 {}
            let saved = libc::dup(2);
            libc::dup2(fds[1], 2);
            // EAGAIN: `eprintln!` (what the module used) panics here.
            let caught = std::panic::catch_unwind(|| write_stderr("nobody reads this\n"));
            libc::dup2(saved, 2);
            for fd in [saved, fds[0], fds[1]] {
                libc::close(fd);
            }
            assert!(caught.is_ok());
        }
    }
}
