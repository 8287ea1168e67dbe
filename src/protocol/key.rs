//! Turning a script key into a key that is safe on the wire.
//!
//! A key that memcached accepts as it is (1 to 249 bytes, no space, no control byte) is sent
//! unchanged. Any other key is replaced by a hex MD5, so that no key can ever inject a command
//! into the protocol stream:
//!
//! - Keys of 250 bytes or more are hashed exactly as the stock Kamailio module hashes them (the
//!   bare hex MD5 of the key with trailing NUL/CR/LF/space/tab and leading space/tab trimmed), so
//!   that both modules address the same item. memcached itself accepts 250-byte keys; the stock
//!   module hashes from 250 on, and sharing items with it during a migration matters more. Those
//!   32 hex digits are also a raw key that any script can write: as with the stock module, a raw
//!   32-hex key and a long key with that MD5 are one item (docs/keys-and-values.md says so).
//! - Shorter keys are hashed because of a space or a control byte, which the stock module sends
//!   raw (and breaks the protocol with): no item to share there. They go under [`HASHED_PREFIX`]
//!   and the hex MD5 of the whole key, a name that no raw key reaches: a raw key of exactly that
//!   shape is hashed the same way. So `$mct(tenant_42 $hdr(X))` with a space in the header can
//!   never name the item of a raw key the sender chose, nor the other way round.

use md5::{Digest, Md5};

use crate::error::{Error, Result};

/// From this length on, a key is hashed (the stock module's threshold).
pub const HASH_FROM_LEN: usize = 250;

/// What the wire form of a short hashed key starts with; 32 hex digits follow.
pub const HASHED_PREFIX: &[u8] = b"sipmc:";

/// The length of a short hashed key on the wire.
const HASHED_LEN: usize = HASHED_PREFIX.len() + 32;

/// A key that is valid on the wire: the script's own bytes when they are valid as they are (no
/// copy), or a hex MD5 of them. Building it allocates nothing.
#[derive(Clone)]
pub enum WireKey<'a> {
    /// The script key as it is.
    Raw(&'a [u8]),
    /// A key of 250 bytes or more: the bare hex MD5, as the stock module sends it.
    Long([u8; 32]),
    /// A shorter key that cannot go as it is, or that has the shape of this form itself:
    /// `HASHED_PREFIX` and the hex MD5 of the whole key.
    Hashed([u8; HASHED_LEN]),
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

/// Whether a key has the shape of a short hashed key on the wire: `HASHED_PREFIX` and 32
/// lowercase hex digits.
fn looks_hashed(raw: &[u8]) -> bool {
    raw.len() == HASHED_LEN
        && raw.starts_with(HASHED_PREFIX)
        && raw[HASHED_PREFIX.len()..]
            .iter()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The lowercase hex MD5 of `data`.
fn md5_hex(data: &[u8]) -> [u8; 32] {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Md5::digest(data);
    let mut hex = [0u8; 32];
    for (i, b) in digest.iter().enumerate() {
        hex[2 * i] = HEX[usize::from(b >> 4)];
        hex[2 * i + 1] = HEX[usize::from(b & 0xf)];
    }
    hex
}

impl<'a> WireKey<'a> {
    /// The key as it is, if it is sent as it is; `None` otherwise.
    pub fn new(raw: &'a [u8]) -> Option<WireKey<'a>> {
        if raw.is_empty()
            || raw.len() >= HASH_FROM_LEN
            || raw.iter().any(|&b| is_forbidden(b))
            || looks_hashed(raw)
        {
            return None;
        }
        Some(WireKey::Raw(raw))
    }

    /// The wire key for a script key: the key itself when it can go as it is, a hex MD5
    /// otherwise (see the module's comment for which).
    pub fn from_script_key(raw: &'a [u8]) -> Result<WireKey<'a>> {
        if raw.is_empty() {
            return Err(Error::EmptyKey);
        }
        if let Some(key) = WireKey::new(raw) {
            return Ok(key);
        }
        if raw.len() >= HASH_FROM_LEN {
            return Ok(WireKey::Long(md5_hex(trim_like_kamailio(raw))));
        }
        let mut key = [0u8; HASHED_LEN];
        key[..HASHED_PREFIX.len()].copy_from_slice(HASHED_PREFIX);
        key[HASHED_PREFIX.len()..].copy_from_slice(&md5_hex(raw));
        Ok(WireKey::Hashed(key))
    }

    /// A key as it went on the wire, in any of its forms: for a key kept and sent again later
    /// (the keys a failover wrote elsewhere, see `client::failback`). `None` for bytes no form
    /// gives.
    pub fn on_wire(bytes: &'a [u8]) -> Option<WireKey<'a>> {
        if looks_hashed(bytes) {
            let mut key = [0u8; HASHED_LEN];
            key.copy_from_slice(bytes);
            return Some(WireKey::Hashed(key));
        }
        WireKey::new(bytes)
    }

    pub fn as_bytes(&self) -> &[u8] {
        match self {
            WireKey::Raw(raw) => raw,
            WireKey::Long(hex) => hex,
            WireKey::Hashed(key) => key,
        }
    }
}

/// Where the first `=>` starts. On every read: most keys are short and have none, and below
/// `SHORT_KEY` bytes a plain scan costs less than memchr's dispatch and setup (callgrind, a
/// 7-byte key: about 50 instructions against 73, of a near-cache hit's 1,100).
fn find_arrow(raw: &[u8]) -> Option<usize> {
    const SHORT_KEY: usize = 32;
    if raw.len() < SHORT_KEY {
        return raw.windows(2).position(|pair| pair == b"=>");
    }
    memchr::memchr_iter(b'=', raw).find(|&at| raw.get(at + 1) == Some(&b'>'))
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
    match find_arrow(raw) {
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

    /// The wire form of a short hashed key.
    fn hashed(data: &[u8]) -> Vec<u8> {
        [HASHED_PREFIX, &md5_of(data)].concat()
    }

    #[test]
    fn valid_keys_pass_unchanged() {
        assert_eq!(wire(b"user"), b"user");
        assert_eq!(wire("ключ".as_bytes()), "ключ".as_bytes());
        let max = vec![b'k'; 249];
        assert_eq!(wire(&max), max);
    }

    #[test]
    fn every_form_of_wire_key_reads_back_from_its_bytes() {
        let long = vec![b'L'; 260];
        for script in [&b"user"[..], b"with space", &long] {
            let key = WireKey::from_script_key(script).unwrap();
            let again = WireKey::on_wire(key.as_bytes()).unwrap();
            assert_eq!(again.as_bytes(), key.as_bytes(), "{key:?}");
        }
        assert!(WireKey::on_wire(b"with space").is_none());
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
        assert_eq!(
            wire(b"a b"),
            b"sipmc:0cc9cd4dd26c5137b675a0d819cb9ab0".to_vec()
        );
    }

    #[test]
    fn short_hashed_keys_and_raw_keys_never_meet() {
        let md5 = md5_of(b"tenant_42 admin");
        assert_eq!(wire(b"tenant_42 admin"), hashed(b"tenant_42 admin"));
        assert_eq!(wire(&md5), md5, "a raw 32-hex key goes as it is");
        // A raw key shaped like a hashed one is hashed itself, so it names another item.
        let shaped = hashed(b"tenant_42 admin");
        assert_eq!(wire(&shaped), hashed(&shaped));
        assert_ne!(wire(&shaped), shaped);
        assert!(WireKey::new(&shaped).is_none());
        // Anything else with the prefix goes as it is.
        for raw in [
            &b"sipmc:"[..],
            b"sipmc:0cc9cd4dd26c5137b675a0d819cb9ab",
            b"sipmc:0cc9cd4dd26c5137b675a0d819cb9ab00",
            b"sipmc:0CC9CD4DD26C5137B675A0D819CB9AB0",
            b"sipmc:0cc9cd4dd26c5137b675a0d819cb9abg",
            b"xipmc:0cc9cd4dd26c5137b675a0d819cb9ab0",
        ] {
            assert_eq!(wire(raw), raw, "{}", String::from_utf8_lossy(raw));
        }
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
            assert_eq!(key, hashed(raw), "{raw:?}");
            assert!(key[HASHED_PREFIX.len()..]
                .iter()
                .all(|&b| b.is_ascii_hexdigit()));
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

    #[test]
    fn short_and_long_keys_split_at_the_same_arrow() {
        // Both scans (the plain one below 32 bytes, memchr from there), around the threshold.
        for len in [1usize, 2, 30, 31, 32, 33, 200] {
            for at in [0, len / 2, len.saturating_sub(1)] {
                let mut raw = vec![b'='; len];
                raw.insert(at, b'x');
                raw.splice(at + 1..at + 1, *b"=>9");
                // '=' before 'x' and after "=>9", never '>': the first arrow is right after 'x'.
                let first = at + 1;
                let split = split_expiry(&raw);
                assert_eq!(split.key, &raw[..first], "len {len}, at {at}");
                assert_eq!(split.expiry, Some(&raw[first + 2..]), "len {len}, at {at}");
            }
            assert_eq!(split_expiry(&vec![b'='; len]).expiry, None, "len {len}");
        }
    }
}
