//! Turning a script key into a key that is safe on the wire.
//!
//! A key that memcached accepts as it is (1 to 249 bytes, no space, no control byte) is sent
//! unchanged. Any other key is replaced by the lowercase hex MD5 of the key, so that no key can
//! ever inject a command into the protocol stream.
//!
//! Keys of 250 bytes or more are hashed exactly as the stock Kamailio module hashes them (MD5 over
//! the key with trailing NUL/CR/LF/space/tab and leading space/tab trimmed), so that both modules
//! address the same item. memcached itself accepts 250-byte keys; the stock module hashes from 250
//! on, and sharing items with it during a migration matters more.

use md5::{Digest, Md5};

use crate::error::{Error, Result};

/// From this length on, a key is hashed (the stock module's threshold).
pub const HASH_FROM_LEN: usize = 250;

/// A key that is valid on the wire: the script's own bytes when they are valid as they are (no
/// copy), or the hex MD5 of them. Building it allocates nothing.
#[derive(Clone)]
pub enum WireKey<'a> {
    Raw(&'a [u8]),
    Hashed([u8; 32]),
}

impl std::fmt::Debug for WireKey<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WireKey({})", String::from_utf8_lossy(self.as_bytes()))
    }
}

/// A byte that may never appear in a key on the wire: space, control bytes and DEL.
fn is_forbidden(b: u8) -> bool {
    b <= b' ' || b == 0x7f
}

/// Kamailio's `trim_len`: trailing NUL/CR/LF/space/tab and leading space/tab. The stock module
/// applies it before hashing a long key, and before reading a number (memcached pads a value
/// with spaces when a decrement makes it shorter).
pub fn trim_like_kamailio(key: &[u8]) -> &[u8] {
    let end = key
        .iter()
        .rposition(|&b| !matches!(b, 0 | b'\r' | b'\n' | b' ' | b'\t'))
        .map_or(0, |p| p + 1);
    let key = &key[..end];
    let start = key
        .iter()
        .position(|&b| b != b' ' && b != b'\t')
        .unwrap_or(key.len());
    &key[start..]
}

impl<'a> WireKey<'a> {
    /// The key as it is, if it is valid on the wire; `None` otherwise.
    pub fn new(raw: &'a [u8]) -> Option<WireKey<'a>> {
        if raw.is_empty() || raw.len() >= HASH_FROM_LEN || raw.iter().any(|&b| is_forbidden(b)) {
            return None;
        }
        Some(WireKey::Raw(raw))
    }

    /// The wire key for a script key: the key itself when it is valid, its MD5 otherwise.
    pub fn from_script_key(raw: &'a [u8]) -> Result<WireKey<'a>> {
        if raw.is_empty() {
            return Err(Error::EmptyKey);
        }
        if let Some(key) = WireKey::new(raw) {
            return Ok(key);
        }
        let hashed = if raw.len() >= HASH_FROM_LEN {
            trim_like_kamailio(raw)
        } else {
            raw
        };
        Ok(WireKey::md5_hex(hashed))
    }

    fn md5_hex(data: &[u8]) -> WireKey<'static> {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let digest = Md5::digest(data);
        let mut bytes = [0u8; 32];
        for (i, b) in digest.iter().enumerate() {
            bytes[2 * i] = HEX[usize::from(b >> 4)];
            bytes[2 * i + 1] = HEX[usize::from(b & 0xf)];
        }
        WireKey::Hashed(bytes)
    }

    pub fn as_bytes(&self) -> &[u8] {
        match self {
            WireKey::Raw(raw) => raw,
            WireKey::Hashed(hex) => hex,
        }
    }
}

/// A script key split into the key and the optional `=>expiry` suffix, as the stock module splits
/// it: the key is the text before the first `=>`.
#[derive(Debug, PartialEq, Eq)]
pub struct SplitKey<'a> {
    pub key: &'a [u8],
    /// The text after `=>`, when there is some.
    pub expiry: Option<&'a [u8]>,
}

pub fn split_expiry(raw: &[u8]) -> SplitKey<'_> {
    // memchr for '=' first: most keys have none, and this is on every read.
    let arrow = memchr::memchr_iter(b'=', raw).find(|&at| raw.get(at + 1) == Some(&b'>'));
    match arrow {
        Some(at) => {
            let rest = &raw[at + 2..];
            SplitKey {
                key: &raw[..at],
                expiry: (!rest.is_empty()).then_some(rest),
            }
        }
        None => SplitKey {
            key: raw,
            expiry: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wire(raw: &[u8]) -> Vec<u8> {
        WireKey::from_script_key(raw).unwrap().as_bytes().to_vec()
    }

    fn md5_of(data: &[u8]) -> Vec<u8> {
        Md5::digest(data)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
            .into_bytes()
    }

    #[test]
    fn valid_keys_pass_unchanged() {
        assert_eq!(wire(b"user"), b"user");
        assert_eq!(wire("ключ".as_bytes()), "ключ".as_bytes());
        let max = vec![b'k'; 249];
        assert_eq!(wire(&max), max);
    }

    #[test]
    fn empty_key_is_an_error() {
        assert!(matches!(
            WireKey::from_script_key(b""),
            Err(Error::EmptyKey)
        ));
    }

    #[test]
    fn long_keys_are_hashed_like_the_stock_module() {
        let long = vec![b'L'; 260];
        assert_eq!(wire(&long), md5_of(&long));
        let exactly_250 = vec![b'x'; 250];
        assert_eq!(wire(&exactly_250), md5_of(&exactly_250));
        // The stock module trims before hashing.
        let mut padded = b" \t".to_vec();
        padded.extend_from_slice(&long);
        padded.extend_from_slice(b" \r\n\0\t");
        assert_eq!(wire(&padded), md5_of(&long));
    }

    #[test]
    fn known_md5_value() {
        // Computed independently: `printf 'a b' | md5sum`.
        assert_eq!(wire(b"a b"), b"0cc9cd4dd26c5137b675a0d819cb9ab0".to_vec());
    }

    #[test]
    fn keys_that_could_inject_are_hashed_whole() {
        for raw in [
            &b"a b"[..],
            b"a\r\nflush_all",
            b"a\0b",
            b"tab\there",
            b"del\x7f",
            b" ",
            b"x\n",
        ] {
            let key = wire(raw);
            assert_eq!(key, md5_of(raw), "{raw:?}");
            assert!(key.iter().all(|&b| b.is_ascii_hexdigit()));
        }
        // Two keys that differ only in trailing white space stay apart.
        assert_ne!(wire(b"a "), wire(b"a  "));
    }

    #[test]
    fn splits_expiry_like_the_stock_module() {
        assert_eq!(
            split_expiry(b"user=>60"),
            SplitKey {
                key: b"user",
                expiry: Some(b"60")
            }
        );
        assert_eq!(
            split_expiry(b"user=>"),
            SplitKey {
                key: b"user",
                expiry: None
            }
        );
        assert_eq!(
            split_expiry(b"a=b=>5=>6"),
            SplitKey {
                key: b"a=b",
                expiry: Some(b"5=>6")
            }
        );
        assert_eq!(
            split_expiry(b"plain"),
            SplitKey {
                key: b"plain",
                expiry: None
            }
        );
        assert_eq!(split_expiry(b"=>5").key, b"");
    }
}
