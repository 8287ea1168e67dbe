//! What memcached takes as an item: the largest value it stores under a key, and how long an
//! item written with an `exptime` lives, what a counter holds. Facts about memcached, measured on
//! it, for the core.

use crate::protocol::key::trim_like_kamailio;

/// memcached's default item size limit (`-I 1m`): the most an item may take, all included.
pub const ITEM_SIZE_MAX: usize = 1024 * 1024;

/// The largest value memcached, with its default item size limit, stores under a key of
/// `key_len` bytes with `flags`. memcached 1.6 counts against the limit (`item_make_header`,
/// `slabs_clsid`): a 48-byte item header, the key and its NUL, the value and its CRLF, 8 bytes of
/// CAS, and 4 bytes for flags other than 0. Measured on memcached 1.6.18 for keys of 1 to 249
/// bytes and both flags (`tests/engine_against_memcached.rs`): one byte more is
/// `SERVER_ERROR object too large`.
pub fn max_value_len(key_len: usize, flags: u32) -> usize {
    const HEADER: usize = 48;
    const CAS: usize = 8;
    let flags_len = if flags == 0 { 0 } else { 4 };
    ITEM_SIZE_MAX.saturating_sub(HEADER + key_len + 1 + flags_len + 2 + CAS)
}

/// An `exptime` memcached reads as a moment already past (more than 30 days is a Unix time, and
/// this one is in January 1970): the item is stored and never returned, as memcached does with a
/// negative `exptime`, which the stock OpenSIPS module passes on as the script gave it.
pub const ALREADY_EXPIRED: u32 = 60 * 60 * 24 * 30 + 1;

/// The `exptime` of an expiry in seconds as OpenSIPS's cachedb interface gives it: 0 never, a
/// negative one already expired (see [`ALREADY_EXPIRED`]).
pub fn exptime_of(seconds: i64) -> u32 {
    match seconds {
        s if s < 0 => ALREADY_EXPIRED,
        s => u32::try_from(s).unwrap_or(u32::MAX),
    }
}

/// The seconds an item written with memcached's `exptime` has to live (-1: never): more than 30
/// days is a Unix time, as memcached reads it.
pub fn seconds_to_live(exptime: u32) -> i64 {
    const MONTH: u32 = 60 * 60 * 24 * 30;
    match exptime {
        0 => -1,
        e if e <= MONTH => i64::from(e),
        e => {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            (i64::from(e) - now).max(0)
        }
    }
}

/// The number a counter holds, when its value is one: memcached's `incr`/`decr` keep a counter as
/// decimal digits, which a `decr` that shortens them pads with spaces (`"9 "` after 10 - 1).
pub fn counter_value(value: &[u8]) -> Option<i64> {
    std::str::from_utf8(trim_like_kamailio(value))
        .ok()
        .and_then(crate::numbers::parse_int)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_value_leaves_room_for_memcacheds_item_header() {
        // The sizes memcached 1.6.18 was seen to store, one byte more being refused (flags 0
        // is the stock Kamailio module's integer flag, 1 its string flag).
        assert_eq!(max_value_len(1, 0), 1_048_516);
        assert_eq!(max_value_len(1, 1), 1_048_512);
        assert_eq!(max_value_len(10, 70_000), 1_048_503);
        assert_eq!(max_value_len(249, 1), 1_048_264);
    }

    #[test]
    fn a_counter_is_its_digits_with_decrs_padding_ignored() {
        assert_eq!(counter_value(b"42"), Some(42));
        assert_eq!(counter_value(b"9 "), Some(9), "10 decremented by 1");
        assert_eq!(counter_value(b"abc"), None);
        assert_eq!(counter_value(b""), None);
    }

    #[test]
    fn an_exptime_past_thirty_days_is_a_unix_time() {
        assert_eq!(seconds_to_live(0), -1);
        assert_eq!(seconds_to_live(60), 60);
        assert_eq!(seconds_to_live(30 * 86_400), 30 * 86_400);
        assert_eq!(
            seconds_to_live(30 * 86_400 + 1),
            0,
            "a time in 1970 is past"
        );
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as u32;
        let left = seconds_to_live(now + 100);
        assert!((99..=100).contains(&left), "{left}");
    }
}
