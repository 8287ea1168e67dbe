//! Arbitrary bytes into `key::WireKey::from_script_key` (and `key::split_expiry`, which runs before
//! it on every script key).
//!
//! Checked, besides "never panics":
//! - only the empty key is refused;
//! - a wire key is 1..=249 bytes with no byte <= 0x20 and no 0x7f (so it can never inject a
//!   command into the protocol stream);
//! - a key that `WireKey::new` accepts is sent as it is; any other as 32 lowercase hex digits (its
//!   MD5) when it has 250 bytes or more, else as `sipmc:` and those digits, a form `WireKey::new`
//!   refuses (so that no raw key names a hashed key's item);
//! - `split_expiry` splits at an `=>`: key + "=>" + expiry gives back the script key.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sip_memcached::protocol::key::{split_expiry, WireKey};

fuzz_target!(|raw: &[u8]| {
    match WireKey::from_script_key(raw) {
        Err(e) => assert!(raw.is_empty(), "{raw:?} refused: {e}"),
        Ok(key) => {
            assert!(!raw.is_empty(), "the empty key was accepted");
            let bytes = key.as_bytes();
            assert!(
                (1..=249).contains(&bytes.len()),
                "{} bytes on the wire",
                bytes.len()
            );
            assert!(
                bytes.iter().all(|&b| b > b' ' && b != 0x7f),
                "forbidden byte on the wire: {bytes:?}"
            );
            let is_hex = |h: &[u8]| {
                h.len() == 32
                    && h.iter()
                        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
            };
            if WireKey::new(raw).is_some() {
                assert_eq!(bytes, raw, "a valid key was changed");
            } else if raw.len() >= 250 {
                assert!(is_hex(bytes), "{bytes:?}");
            } else {
                assert!(
                    bytes.strip_prefix(b"sipmc:").is_some_and(is_hex),
                    "{bytes:?}"
                );
                assert!(WireKey::new(bytes).is_none(), "a raw key reaches {bytes:?}");
            }
        }
    }
    if let Some(valid) = WireKey::new(raw) {
        assert_eq!(valid.as_bytes(), raw);
        assert!(raw.len() < 250 && raw.iter().all(|&b| b > b' ' && b != 0x7f));
    }
    let split = split_expiry(raw);
    assert!(raw.starts_with(split.key));
    match split.expiry {
        Some(expiry) => {
            assert!(!expiry.is_empty());
            let mut joined = split.key.to_vec();
            joined.extend_from_slice(b"=>");
            joined.extend_from_slice(expiry);
            assert_eq!(joined, raw);
        }
        None => assert!(
            split.key == raw || (raw.len() == split.key.len() + 2 && raw.ends_with(b"=>")),
            "{raw:?} split as {split:?}"
        ),
    }
    // No "=>" in the key part: the first arrow splits.
    assert!(!split.key.windows(2).any(|w| w == b"=>"));
});
