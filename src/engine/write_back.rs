//! How a write tells this process's near cache what memcached holds after it. A write begins
//! before its request is sent (so that a read that missed meanwhile does not fill the cache with
//! what came before the write) and says once what memcached confirmed; a write that says nothing
//! (a failure: a timeout may still have written) drops the entry, so that the old value is never
//! served again.

use std::cell::Cell;

use crate::near::{NearCache, PendingWrite, Written};
use crate::protocol::key::WireKey;

/// One write's word to the near cache: the first word counts, [`WriteBack::finish`] says
/// `Unknown`, which then does nothing.
pub(super) struct WriteBack<'a> {
    near: Option<&'a NearCache>,
    pending: Cell<Option<PendingWrite>>,
}

impl<'a> WriteBack<'a> {
    /// Starts a write on `key` (nothing to do without a near cache).
    pub(super) fn begin(near: Option<&'a NearCache>, key: &WireKey) -> WriteBack<'a> {
        WriteBack {
            near,
            pending: Cell::new(near.map(|near| near.begin_write(key))),
        }
    }

    /// What memcached holds under `key` now that it confirmed the write.
    pub(super) fn keep(&self, key: &WireKey, written: Written<'_>) {
        if let (Some(near), Some(pending)) = (self.near, self.pending.take()) {
            near.finish_write(key, pending, written);
        }
    }

    /// Ends the write: an entry the write did not speak for is dropped.
    pub(super) fn finish(self, key: &WireKey) {
        self.keep(key, Written::Unknown);
    }
}
