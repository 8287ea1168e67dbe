//! Arbitrary bytes into the reply parser, `protocol::reply::parse_reply` (all at once) and
//! `ReplyParser` (in pieces).
//!
//! The first byte of the input chooses `max_value`, the rest is the buffer:
//! `b % 4 == 0` → 0 (what store/delete/incr/touch pass), `1` → `b >> 2` (0..=63, so that short
//! garbage can announce values that fit), `2` → 1 MiB, `3` → `client::MAX_VALUE_READ` (128 MiB,
//! what the gets pass). A seed file is thus a digit '0'..'3' followed by the reply.
//!
//! A first byte of 0xff chooses `max_value = usize::MAX` (no caller passes it; the parser must not
//! overflow anyway: a finding of this target, fixed).
//!
//! Checked, besides "never panics" (each one read off the code of `parse_reply`):
//! - `Done(header)`, `used = header.total`: `0 < used <= len`, the reply's bytes end where the
//!   protocol says (CRLF, `\r\nEND\r\n` after a VALUE's data), its data lies in the buffer and
//!   within `max_value`; `buf[..used]` alone gives the same `Done` (the same offsets); every
//!   strict prefix of `buf[..used]` is `NeedMore` (`NeedMore(Some(n))` then has `n == used`); the
//!   reply written back in its shortest form parses to the same reply.
//! - `NeedMore(Some(n))`: `n > len`, and `n` is bounded by the header line plus `max_value`.
//!   `NeedMore(None)`: no `\n` yet and fewer than `MAX_LINE` bytes.
//! - Extension (for sampled prefixes `buf[..k]` of the whole input): a `Done` prefix stays the same
//!   `Done`; an `Invalid` prefix stays `Invalid`, of the same kind (except that an over-long line
//!   that finally ends in a bare `\n` becomes `BareNewline`); a `NeedMore(Some(n))` prefix
//!   becomes `Done` of `n` bytes, `Invalid`, or the same `NeedMore(Some(n))`.
//! - In pieces: one `ReplyParser` given the growing prefixes (the sampled cuts, then all of it)
//!   says at each what `parse_reply` of that prefix says, until `Done` or `Invalid`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sip_memcached::client::MAX_VALUE_READ;
use sip_memcached::protocol::reply::{
    parse_reply, Parsed, ProtocolError, Reply, ReplyParser, MAX_LINE,
};

fuzz_target!(|input: &[u8]| {
    let Some((&mode, buf)) = input.split_first() else {
        return;
    };
    let max_value = match mode % 4 {
        _ if mode == 0xff => usize::MAX,
        0 => 0,
        1 => usize::from(mode >> 2),
        2 => 1 << 20,
        _ => MAX_VALUE_READ,
    };
    check(buf, max_value);
});

fn check(buf: &[u8], max_value: usize) {
    let len = buf.len();
    let parsed = parse_reply(buf, max_value);
    match &parsed {
        Parsed::Done(header) => {
            let used = header.total;
            let reply = header.reply(buf);
            assert!(used > 0 && used <= len, "Done used {used} of {len}");
            check_reply_bytes(buf, &reply, used, max_value);
            assert_eq!(
                parse_reply(&buf[..used], max_value),
                parsed,
                "the reply's own bytes parse differently"
            );
            for k in cuts(used) {
                match parse_reply(&buf[..k], max_value) {
                    Parsed::NeedMore(None) => {}
                    Parsed::NeedMore(Some(n)) => {
                        assert_eq!(n, used, "prefix {k} of a {used}-byte reply asks for {n}")
                    }
                    other => panic!("prefix {k} of a {used}-byte reply gave {other:?}"),
                }
            }
            round_trip(&reply, max_value);
        }
        Parsed::NeedMore(Some(n)) => {
            assert!(*n > len, "NeedMore(Some({n})) with {len} bytes here");
            // The header line is at most MAX_LINE bytes, the data at most max_value, then
            // "\r\nEND\r\n": a caller growing its buffer to `n` is bounded by its own limit.
            assert!(
                *n <= MAX_LINE.saturating_add(max_value).saturating_add(7),
                "NeedMore(Some({n})) beyond max_value {max_value}"
            );
        }
        Parsed::NeedMore(None) => {
            assert!(!buf.contains(&b'\n'), "NeedMore(None) with a complete line");
            assert!(
                len < MAX_LINE,
                "NeedMore(None) with {len} bytes and no line end"
            );
        }
        Parsed::Invalid(_) => {}
    }
    // Extension: what a prefix said must not be contradicted by more bytes.
    for k in cuts(len) {
        match parse_reply(&buf[..k], max_value) {
            Parsed::Done(h) => assert_eq!(
                parsed,
                Parsed::Done(h),
                "prefix {k} was Done, the whole input is not the same Done"
            ),
            Parsed::Invalid(e) => match &parsed {
                Parsed::Invalid(f)
                    if *f == e
                        || (e == ProtocolError::LineTooLong
                            && *f == ProtocolError::BareNewline) => {}
                other => panic!("prefix {k} was Invalid({e:?}), the whole input gives {other:?}"),
            },
            Parsed::NeedMore(Some(n)) => match &parsed {
                Parsed::Invalid(_) => {}
                Parsed::Done(h) => assert_eq!(h.total, n, "prefix {k} asked for {n} bytes"),
                Parsed::NeedMore(Some(m)) => {
                    assert_eq!(*m, n, "prefix {k} asked for {n} bytes");
                    assert!(len < n);
                }
                Parsed::NeedMore(None) => {
                    panic!("prefix {k} asked for {n} bytes, the whole input has no header")
                }
            },
            Parsed::NeedMore(None) => {}
        }
    }
    // In pieces: the same as each prefix at once.
    let mut parser = ReplyParser::new(max_value);
    for k in cuts(len).into_iter().chain([len]) {
        let step = parser.advance(&buf[..k]);
        assert_eq!(step, parse_reply(&buf[..k], max_value), "in pieces, at {k}");
        if !matches!(step, Parsed::NeedMore(_)) {
            break;
        }
    }
}

/// Prefix lengths to try, all below `len`: every one for short inputs, a sample otherwise.
fn cuts(len: usize) -> Vec<usize> {
    if len <= 96 {
        return (0..len).collect();
    }
    let mut v: Vec<usize> = (0..32).collect();
    v.extend((1..=32).map(|i| len - i));
    v.extend((1..16).map(|i| len * i / 16));
    v.sort_unstable();
    v.dedup();
    v
}

/// The bytes a `Done` reply used are shaped as the protocol says.
fn check_reply_bytes(buf: &[u8], reply: &Reply<'_>, used: usize, max_value: usize) {
    let bytes = &buf[..used];
    let first_nl = bytes
        .iter()
        .position(|&b| b == b'\n')
        .expect("a reply has a line");
    assert!(first_nl >= 1 && bytes[first_nl - 1] == b'\r');
    assert!(first_nl < MAX_LINE);
    let header_end = first_nl + 1;
    match reply {
        Reply::Value { key, data, .. } => {
            assert!(bytes.starts_with(b"VALUE "));
            assert!(!key.is_empty() && !key.contains(&b' '));
            assert!(data.len() <= max_value);
            assert_eq!(used, header_end + data.len() + 7);
            assert_eq!(&bytes[header_end..header_end + data.len()], *data);
            assert!(bytes.ends_with(b"\r\nEND\r\n"));
        }
        Reply::MetaValue { key, data, ttl, .. } => {
            assert!(bytes.starts_with(b"VA "));
            if let Some(key) = key {
                assert!(!key.is_empty() && !key.contains(&b' '));
            }
            assert!(*ttl >= -1);
            assert!(data.len() <= max_value);
            assert_eq!(used, header_end + data.len() + 2);
            assert_eq!(&bytes[header_end..header_end + data.len()], *data);
            assert!(bytes.ends_with(b"\r\n"));
        }
        _ => assert_eq!(used, header_end, "a one-line reply used more than its line"),
    }
}

/// The reply in its shortest form: what memcached itself would send.
fn encode(reply: &Reply<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    match reply {
        Reply::Value { key, flags, data } => {
            out.extend_from_slice(b"VALUE ");
            out.extend_from_slice(key);
            out.extend_from_slice(format!(" {flags} {}\r\n", data.len()).as_bytes());
            out.extend_from_slice(data);
            out.extend_from_slice(b"\r\nEND\r\n");
        }
        Reply::MetaValue {
            key,
            flags,
            ttl,
            data,
        } => {
            out.extend_from_slice(format!("VA {}", data.len()).as_bytes());
            if *flags != 0 {
                out.extend_from_slice(format!(" f{flags}").as_bytes());
            }
            if *ttl != -1 {
                out.extend_from_slice(format!(" t{ttl}").as_bytes());
            }
            if let Some(key) = key {
                out.extend_from_slice(b" k");
                out.extend_from_slice(key);
            }
            out.extend_from_slice(b"\r\n");
            out.extend_from_slice(data);
            out.extend_from_slice(b"\r\n");
        }
        Reply::End => out.extend_from_slice(b"END\r\n"),
        Reply::MetaMiss => out.extend_from_slice(b"EN\r\n"),
        Reply::Stored => out.extend_from_slice(b"STORED\r\n"),
        Reply::NotStored => out.extend_from_slice(b"NOT_STORED\r\n"),
        Reply::Exists => out.extend_from_slice(b"EXISTS\r\n"),
        Reply::NotFound => out.extend_from_slice(b"NOT_FOUND\r\n"),
        Reply::Deleted => out.extend_from_slice(b"DELETED\r\n"),
        Reply::Touched => out.extend_from_slice(b"TOUCHED\r\n"),
        Reply::Number(n) => out.extend_from_slice(format!("{n}\r\n").as_bytes()),
        Reply::Version(version) => {
            out.extend_from_slice(b"VERSION ");
            out.extend_from_slice(version);
            out.extend_from_slice(b"\r\n");
        }
        Reply::Error => out.extend_from_slice(b"ERROR\r\n"),
        Reply::ClientError(msg) | Reply::ServerError(msg) => {
            let word: &[u8] = if matches!(reply, Reply::ClientError(_)) {
                b"CLIENT_ERROR"
            } else {
                b"SERVER_ERROR"
            };
            out.extend_from_slice(word);
            if !msg.is_empty() {
                out.push(b' ');
                out.extend_from_slice(msg);
            }
            out.extend_from_slice(b"\r\n");
        }
    }
    out
}

/// The shortest form parses back to the same reply, whole, and is never longer than the original
/// line. The one exception: `CLIENT_ERRORmsg` (no space) is accepted, and written back with a space
/// it may pass `MAX_LINE`; that case is skipped.
fn round_trip(reply: &Reply<'_>, max_value: usize) {
    let bytes = encode(reply);
    let line_len = bytes.iter().position(|&b| b == b'\n').unwrap() + 1;
    if line_len > MAX_LINE && matches!(reply, Reply::ClientError(_) | Reply::ServerError(_)) {
        return;
    }
    let again = match parse_reply(&bytes, max_value) {
        Parsed::Done(header) => Some((header.reply(&bytes), header.total)),
        _ => None,
    };
    assert_eq!(
        again,
        Some((*reply, bytes.len())),
        "the reply written back as {:?} parses differently",
        String::from_utf8_lossy(&bytes)
    );
}
