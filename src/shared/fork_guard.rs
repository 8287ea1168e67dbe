//! Knowing, without a system call, whether this process is a fork of the one that opened a socket.
//!
//! Hosts call `mod_init` and then fork their workers; a socket opened before a fork must never be
//! used by two processes. `getpid()` is a system call on every operation (glibc no longer caches
//! it), so instead a `pthread_atfork` child handler bumps a process-local generation that every
//! connection remembers.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Once;

static GENERATION: AtomicU64 = AtomicU64::new(0);
static INSTALL: Once = Once::new();

extern "C" fn after_fork_in_child() {
    GENERATION.fetch_add(1, Ordering::Relaxed);
}

/// Registers the fork handler once per process image. glibc removes it again if the library is
/// unloaded with `dlclose`, so it can never point into unmapped code.
pub fn install() {
    INSTALL.call_once(|| {
        // SAFETY: registers a handler that only does an atomic add; no prepare/parent handlers.
        let rc = unsafe { libc::pthread_atfork(None, None, Some(after_fork_in_child)) };
        if rc != 0 {
            log::warn!("pthread_atfork failed ({rc}): sockets may be shared after a fork");
        }
    });
}

/// The current process generation: changes in a child after every fork.
pub fn generation() -> u64 {
    GENERATION.load(Ordering::Relaxed)
}
