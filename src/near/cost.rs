//! What the near cache's entries and tables cost on the heap, so that `cache_memory` bounds what
//! the process really holds, not only the bytes of keys and values (200,000 short entries counted
//! as 1.6 MB once held 28 MB).
//!
//! The figures are upper bounds for glibc's malloc on 64-bit Linux, where the library's
//! allocations go (Rust's system allocator): a block of `n` bytes takes `n` plus an 8-byte header,
//! rounded up to 16, and at least 32.

/// The heap a block of `n` bytes takes (0: no block).
pub const fn block(n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    let rounded = (n + 8).next_multiple_of(16);
    if rounded < 32 {
        32
    } else {
        rounded
    }
}

/// The heap one entry takes by itself: one block holding its key and its item's value (`None`: a
/// negative entry, the key alone), allocated to their exact length.
pub const fn entry(key_len: usize, value_len: Option<usize>) -> usize {
    let value = match value_len {
        Some(len) => len,
        None => 0,
    };
    block(key_len + value)
}

/// The heap of the cache's two tables: the slab of slots and the map from key to slot. Both only
/// grow while the cache holds entries (the slab reuses freed slots, the map keeps its buckets),
/// and the cache frees them whenever it is empty; so they are charged for the most slots in use
/// since then, each at the worst slack of its growth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tables {
    /// Per slot: a slab slot twice (a `Vec` doubles when full) and 16/7 map buckets (the map
    /// keeps one bucket in eight free and rounds up to a power of two), each with its control
    /// byte.
    per_slot: usize,
    /// Once the tables exist: the smallest tables (4 slots, 4 buckets, a 16-byte control group
    /// and the padding before it) and a block header and rounding for each of the two.
    base: usize,
}

impl Tables {
    pub const fn new(slot_size: usize, bucket_size: usize) -> Tables {
        Tables {
            per_slot: 2 * slot_size + (16 * (bucket_size + 1)).div_ceil(7),
            base: 4 * slot_size + 4 * (bucket_size + 1) + 16 + 16 + 2 * 24,
        }
    }

    /// The tables' heap when `slots` slots were in use at most since they were made.
    pub const fn bytes(&self, slots: usize) -> usize {
        if slots == 0 {
            0
        } else {
            self.base + slots * self.per_slot
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_rounded_like_glibc_malloc() {
        assert_eq!(block(0), 0);
        assert_eq!(block(1), 32);
        assert_eq!(block(24), 32);
        assert_eq!(block(25), 48);
        assert_eq!(block(40), 48);
        assert_eq!(block(41), 64);
        assert_eq!(block(1000), 1008);
    }

    #[test]
    fn an_entry_is_one_block_of_its_key_and_its_value() {
        // "value1" and a 10-byte value: 16 bytes, one 32-byte block.
        assert_eq!(entry(6, Some(10)), 32);
        assert_eq!(entry(6, Some(20)), 48);
        assert_eq!(entry(6, None), 32, "a negative entry holds its key only");
        assert_eq!(entry(6, Some(0)), 32);
        assert_eq!(entry(9, Some(1000)), 1024);
    }

    #[test]
    fn tables_cost_nothing_until_used_then_grow_per_slot() {
        let t = Tables::new(80, 24);
        assert_eq!(t.bytes(0), 0);
        assert_eq!(t.bytes(2) - t.bytes(1), 160 + 58);
        assert!(t.bytes(1) > 4 * 80 + 4 * 25);
    }
}
