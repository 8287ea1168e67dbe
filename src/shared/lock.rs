//! A lock in memory shared by the host's processes, for critical sections that touch that memory
//! only (no I/O, no log line: a host's log callback may call back in).
//!
//! The word holds the holder's pid. A holder that stays holding it is therefore either running
//! (and about to release it) or dead, killed in between: a waiter that finds the holder's pid
//! gone takes the lock over, so that one killed process never stops the others. What the dead
//! holder left half-done is for the user of the lock to tolerate.

use std::io;
use std::sync::atomic::{AtomicU32, Ordering};

/// Zero (a fresh shared mapping) is unlocked.
#[repr(transparent)]
pub struct PidLock(AtomicU32);

impl PidLock {
    /// Spins (yielding the CPU every 64 tries) until it holds the lock, until the guard drops.
    pub fn lock(&self) -> PidGuard<'_> {
        self.acquire();
        PidGuard(self)
    }

    fn acquire(&self) {
        let me = std::process::id();
        let mut spins = 0u32;
        loop {
            let holder =
                match self
                    .0
                    .compare_exchange_weak(0, me, Ordering::Acquire, Ordering::Relaxed)
                {
                    Ok(_) => return,
                    Err(holder) => holder,
                };
            spins = spins.wrapping_add(1);
            if !spins.is_multiple_of(64) {
                std::hint::spin_loop();
                continue;
            }
            std::thread::yield_now();
            // Now and then (a system call), whether the holder still exists. Another thread of
            // this process holding it is alive by definition.
            if spins.is_multiple_of(4096)
                && holder != 0
                && holder != me
                && !process_exists(holder)
                && self
                    .0
                    .compare_exchange(holder, me, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
            {
                return;
            }
        }
    }

    fn unlock(&self) {
        self.0.store(0, Ordering::Release);
    }

    #[cfg(test)]
    fn holder(&self) -> u32 {
        self.0.load(Ordering::Acquire)
    }
}

/// Holds a [`PidLock`] until dropped.
pub struct PidGuard<'a>(&'a PidLock);

impl Drop for PidGuard<'_> {
    fn drop(&mut self) {
        self.0.unlock();
    }
}

/// Whether a process with this pid exists (signal 0 is sent nowhere; EPERM means it exists).
fn process_exists(pid: u32) -> bool {
    // SAFETY: kill with signal 0 only checks that the target exists; it has no other effect.
    let sent = unsafe { libc::kill(pid as libc::pid_t, 0) };
    sent == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_of_a_process_that_died_holding_it_is_taken_over() {
        // A pid that existed and is gone: a child that exited and was waited for.
        // SAFETY: the child _exit()s at once.
        let pid = unsafe { libc::fork() };
        assert!(pid >= 0);
        if pid == 0 {
            // SAFETY: ends the child at once.
            unsafe { libc::_exit(0) };
        }
        // SAFETY: waits for that child; a null status pointer is allowed.
        unsafe { libc::waitpid(pid, std::ptr::null_mut(), 0) };
        let lock = PidLock(AtomicU32::new(pid as u32));
        let held = lock.lock();
        assert_eq!(lock.holder(), std::process::id(), "taken over");
        drop(held);
        assert_eq!(lock.holder(), 0);
    }
}
