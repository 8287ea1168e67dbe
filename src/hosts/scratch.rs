//! Scratch buffers: a callback's working memory, kept by each thread between callbacks so that a
//! read on a script's hot path allocates nothing once its buffers have grown.

use std::cell::Cell;
use std::thread::LocalKey;

thread_local! {
    /// A value read from the engine, before the host's callback copies it into the host's own
    /// memory (Kamailio's pv buffer, OpenSIPS's pkg memory). One host per process: one buffer.
    static VALUE: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
}

/// A buffer borrowed from a thread-local for one callback, given back when dropped. Taken out
/// rather than borrowed, so that a callback that re-enters finds an empty buffer, not a borrow.
pub struct Scratch {
    buf: Vec<u8>,
    home: &'static LocalKey<Cell<Vec<u8>>>,
}

impl Scratch {
    pub fn take(home: &'static LocalKey<Cell<Vec<u8>>>) -> Scratch {
        Scratch {
            buf: home.try_with(Cell::take).unwrap_or_default(),
            home,
        }
    }

    /// The thread's buffer for a value read from the engine.
    pub fn value() -> Scratch {
        Scratch::take(&VALUE)
    }
}

impl std::ops::Deref for Scratch {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.buf
    }
}

impl std::ops::DerefMut for Scratch {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        &mut self.buf
    }
}

/// The most a thread keeps of a scratch buffer between callbacks: one that grew past it for a
/// large key or value is freed when given back, so that one large value does not pin memory in
/// every worker for the life of the process.
pub const KEPT_CAPACITY: usize = 64 * 1024;

impl Drop for Scratch {
    fn drop(&mut self) {
        let mut buf = std::mem::take(&mut self.buf);
        if buf.capacity() > KEPT_CAPACITY {
            buf = Vec::new();
        }
        let _ = self.home.try_with(|cell| cell.set(buf));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static HOME: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
    }

    #[test]
    fn a_scratch_buffer_is_kept_unless_a_large_value_grew_it() {
        let mut scratch = Scratch::take(&HOME);
        scratch.extend_from_slice(&[1; 1000]);
        drop(scratch);
        assert!(Scratch::take(&HOME).capacity() >= 1000, "kept for reuse");
        let mut scratch = Scratch::take(&HOME);
        scratch.resize(1 << 20, 0);
        drop(scratch);
        assert_eq!(
            Scratch::take(&HOME).capacity(),
            0,
            "freed after a large value"
        );
    }
}
