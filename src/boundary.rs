//! The panic boundary, written once for every `extern "C"` entry point (the C API and each host
//! adapter): a panic that crossed into C would abort the host, and with it every call it serves.
//!
//! The return type picks the value a caught panic turns into ([`OnPanic`]), so that a callback
//! cannot forget to choose one, and the panic's message is kept for the log and the caller.

use std::any::Any;
use std::ffi::{c_int, c_ulong};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// What an entry point returns when the code behind it panicked.
pub trait OnPanic {
    /// `message` says what panicked, for a caller that keeps it (the C API's last error).
    fn on_panic(message: &str) -> Self;
}

impl OnPanic for () {
    fn on_panic(_: &str) {}
}

/// The host callbacks' convention: -1 is failure.
impl OnPanic for c_int {
    fn on_panic(_: &str) -> c_int {
        -1
    }
}

/// A statistic's value read by the host (OpenSIPS's `stat_function`): 0, as before any work.
impl OnPanic for c_ulong {
    fn on_panic(_: &str) -> c_ulong {
        0
    }
}

/// Host callbacks that return an object: NULL is failure.
impl<T> OnPanic for *mut T {
    fn on_panic(_: &str) -> *mut T {
        std::ptr::null_mut()
    }
}

/// The text of a panic's payload.
fn panic_text(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// Runs `f`; a panic becomes `T::on_panic` and one error line in the log.
pub fn catch_panic<T: OnPanic>(f: impl FnOnce() -> T) -> T {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(value) => value,
        Err(payload) => {
            let message = format!(
                "internal error caught at the module boundary: {}",
                panic_text(payload.as_ref())
            );
            // Logging runs inside the boundary too: a sink that panics must not abort the host.
            let _ = catch_unwind(|| log::error!("{message}"));
            T::on_panic(&message)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_return_types_failure_value() {
        assert_eq!(catch_panic(|| -> c_int { panic!("boom") }), -1);
        assert_eq!(catch_panic(|| -> c_int { 7 }), 7);
        catch_panic(|| -> () { panic!("no value to return") });
    }

    #[test]
    fn the_message_reaches_the_caller() {
        struct Kept(String);
        impl OnPanic for Kept {
            fn on_panic(message: &str) -> Kept {
                Kept(message.to_string())
            }
        }
        let kept = catch_panic(|| -> Kept { panic!("index {} out of range", 9) });
        assert_eq!(
            kept.0,
            "internal error caught at the module boundary: index 9 out of range"
        );
    }
}
