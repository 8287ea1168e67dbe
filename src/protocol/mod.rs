//! The memcached text protocol: request encoding into a reused buffer, and reply parsing.
//!
//! Pure: bytes in, values out, no I/O, so that the parser can be fuzzed. A reply that has not fully
//! arrived is reported as [`Parsed::NeedMore`], never as a value.

pub mod key;

use memchr::memchr;

use crate::numbers::parse_reply_u64;
use crate::protocol::key::WireKey;

/// A reply line (everything but a value's data block) longer than this is garbage, not a slow reply.
pub const MAX_LINE: usize = 2048;

/// One complete reply to one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply<'a> {
    /// `VALUE <key> <flags> <bytes> [<cas>]`, the data block, then `END`.
    Value {
        key: &'a [u8],
        flags: u32,
        data: &'a [u8],
    },
    /// `END` alone: a get that found nothing.
    End,
    /// A meta get's `VA <size> <flags>*`, then the data block.
    MetaValue {
        /// From the `k` flag, when asked for.
        key: Option<&'a [u8]>,
        flags: u32,
        /// Seconds left before the item expires; -1 when it never does.
        ttl: i64,
        data: &'a [u8],
    },
    /// A meta get's `EN`: nothing there.
    MetaMiss,
    Stored,
    NotStored,
    Exists,
    NotFound,
    Deleted,
    Touched,
    /// The new value after `incr`/`decr`.
    Number(u64),
    /// `ERROR`: the server did not know the command.
    Error,
    /// `CLIENT_ERROR <message>`.
    ClientError(&'a [u8]),
    /// `SERVER_ERROR <message>`.
    ServerError(&'a [u8]),
    /// `VERSION <version>`.
    Version(&'a [u8]),
}

/// Why bytes are not a valid reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProtocolError {
    LineTooLong,
    /// A line ended by `\n` without `\r`.
    BareNewline,
    UnknownReply,
    BadValueHeader,
    /// A value announced as larger than the caller accepts.
    ValueTooLarge,
    /// The data block was not followed by `\r\n`: the value is longer than announced.
    BadDataTerminator,
    /// A value was not followed by `END` (a multi-value reply to a single get, or garbage).
    MissingEnd,
    BadNumber,
    BadMetaFlag,
}

impl ProtocolError {
    pub fn as_str(self) -> &'static str {
        match self {
            ProtocolError::LineTooLong => "reply line too long",
            ProtocolError::BareNewline => "reply line not ended by CRLF",
            ProtocolError::UnknownReply => "unknown reply",
            ProtocolError::BadValueHeader => "malformed VALUE line",
            ProtocolError::ValueTooLarge => "announced value too large",
            ProtocolError::BadDataTerminator => "value longer than announced",
            ProtocolError::MissingEnd => "value not followed by END",
            ProtocolError::BadNumber => "malformed number",
            ProtocolError::BadMetaFlag => "malformed meta flag",
        }
    }
}

/// The outcome of parsing the bytes received so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed<'a> {
    /// A whole reply, and how many bytes of the input it used.
    Done(Reply<'a>, usize),
    /// Not all of the reply is here yet. `Some(n)`: the reply needs at least `n` bytes in total.
    NeedMore(Option<usize>),
    Invalid(ProtocolError),
}

/// Finds the next `\r\n`-terminated line at the start of `buf`: returns the line without its
/// terminator and the offset just past it.
fn line(buf: &[u8]) -> Result<Option<(&[u8], usize)>, ProtocolError> {
    match memchr(b'\n', buf) {
        Some(nl) => {
            if nl == 0 || buf[nl - 1] != b'\r' {
                return Err(ProtocolError::BareNewline);
            }
            if nl + 1 > MAX_LINE {
                return Err(ProtocolError::LineTooLong);
            }
            Ok(Some((&buf[..nl - 1], nl + 1)))
        }
        None if buf.len() >= MAX_LINE => Err(ProtocolError::LineTooLong),
        None => Ok(None),
    }
}

/// Parses one reply from the start of `buf`. `max_value` bounds the data block a `VALUE` line may
/// announce, so that garbage cannot make the caller allocate without limit.
pub fn parse_reply(buf: &[u8], max_value: usize) -> Parsed<'_> {
    let (first, after_first) = match line(buf) {
        Ok(Some(l)) => l,
        Ok(None) => return Parsed::NeedMore(None),
        Err(e) => return Parsed::Invalid(e),
    };
    let simple = |reply| Parsed::Done(reply, after_first);
    match first {
        b"END" => simple(Reply::End),
        b"STORED" => simple(Reply::Stored),
        b"NOT_STORED" => simple(Reply::NotStored),
        b"EXISTS" => simple(Reply::Exists),
        b"NOT_FOUND" => simple(Reply::NotFound),
        b"DELETED" => simple(Reply::Deleted),
        b"TOUCHED" => simple(Reply::Touched),
        b"ERROR" => simple(Reply::Error),
        _ => {
            if let Some(msg) = first.strip_prefix(b"CLIENT_ERROR") {
                return simple(Reply::ClientError(trim_leading_space(msg)));
            }
            if let Some(msg) = first.strip_prefix(b"SERVER_ERROR") {
                return simple(Reply::ServerError(trim_leading_space(msg)));
            }
            if let Some(version) = first.strip_prefix(b"VERSION ") {
                return simple(Reply::Version(version));
            }
            if let Some(header) = first.strip_prefix(b"VALUE ") {
                return parse_value(buf, header, after_first, max_value);
            }
            if let Some(header) = first.strip_prefix(b"VA ") {
                return parse_meta_value(buf, header, after_first, max_value);
            }
            if first == b"EN" || first.starts_with(b"EN ") {
                return simple(Reply::MetaMiss);
            }
            if first.first().is_some_and(u8::is_ascii_digit) {
                // memcached never pads incr/decr replies, but a number with trailing spaces is
                // still the number.
                return match parse_reply_u64(trim_trailing_space(first)) {
                    Some(n) => simple(Reply::Number(n)),
                    None => Parsed::Invalid(ProtocolError::BadNumber),
                };
            }
            Parsed::Invalid(ProtocolError::UnknownReply)
        }
    }
}

fn trim_leading_space(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| b != b' ').unwrap_or(s.len());
    &s[start..]
}

fn trim_trailing_space(s: &[u8]) -> &[u8] {
    let end = s.iter().rposition(|&b| b != b' ').map_or(0, |p| p + 1);
    &s[..end]
}

/// Where a data block of `len` bytes starting at `data_start` ends, and where the reply ends once
/// `after` (what must follow the data) is added: `(data_end, total)`. Whatever has arrived past the
/// data must already agree with `after`, so a value longer than announced is caught without
/// waiting for bytes that may never come. Checked arithmetic: a caller may pass any `max_value`.
fn data_block(
    buf: &[u8],
    data_start: usize,
    len: u64,
    max_value: usize,
    after: &[u8],
) -> Result<(usize, usize), Parsed<'static>> {
    let too_large = || Parsed::Invalid(ProtocolError::ValueTooLarge);
    if len > max_value as u64 {
        return Err(too_large());
    }
    let data_end = data_start.checked_add(len as usize).ok_or_else(too_large)?;
    let total = data_end.checked_add(after.len()).ok_or_else(too_large)?;
    let tail = &buf[data_end.min(buf.len())..total.min(buf.len())];
    if let Some(i) = tail.iter().zip(after).position(|(got, want)| got != want) {
        // The CRLF right after the data, or what follows it (END).
        return Err(Parsed::Invalid(if i < 2 {
            ProtocolError::BadDataTerminator
        } else {
            ProtocolError::MissingEnd
        }));
    }
    if buf.len() < total {
        return Err(Parsed::NeedMore(Some(total)));
    }
    Ok((data_end, total))
}

/// The fields of a `VALUE` line after the word: key, flags, data length (a CAS unique may follow).
fn value_header(header: &[u8]) -> Result<(&[u8], u32, u64), ProtocolError> {
    let mut fields = header.split(|&b| b == b' ');
    let key = match fields.next() {
        Some(k) if !k.is_empty() => k,
        _ => return Err(ProtocolError::BadValueHeader),
    };
    let flags = match fields.next().and_then(parse_reply_u64) {
        Some(f) if f <= u64::from(u32::MAX) => f as u32,
        _ => return Err(ProtocolError::BadValueHeader),
    };
    let len = fields
        .next()
        .and_then(parse_reply_u64)
        .ok_or(ProtocolError::BadValueHeader)?;
    // An optional CAS unique, then nothing.
    if let Some(cas) = fields.next() {
        if parse_reply_u64(cas).is_none() {
            return Err(ProtocolError::BadValueHeader);
        }
    }
    if fields.next().is_some() {
        return Err(ProtocolError::BadValueHeader);
    }
    Ok((key, flags, len))
}

fn parse_value<'a>(
    buf: &'a [u8],
    header: &'a [u8],
    data_start: usize,
    max_value: usize,
) -> Parsed<'a> {
    let (key, flags, len) = match value_header(header) {
        Ok(fields) => fields,
        Err(e) => return Parsed::Invalid(e),
    };
    let (data_end, total) = match data_block(buf, data_start, len, max_value, b"\r\nEND\r\n") {
        Ok(ends) => ends,
        Err(parsed) => return parsed,
    };
    Parsed::Done(
        Reply::Value {
            key,
            flags,
            data: &buf[data_start..data_end],
        },
        total,
    )
}

/// The size and the flags of a `VA` line after the word.
fn meta_header(header: &[u8]) -> Result<(u64, &[u8]), ProtocolError> {
    let (size, tokens) = match header.iter().position(|&b| b == b' ') {
        Some(sp) => (&header[..sp], &header[sp + 1..]),
        None => (header, &b""[..]),
    };
    let len = parse_reply_u64(size).ok_or(ProtocolError::BadValueHeader)?;
    Ok((len, tokens))
}

/// The data length announced by the `VALUE` or `VA` line at the start of `buf`, once that line is
/// complete and well formed. For a caller that was refused a value too large
/// ([`ProtocolError::ValueTooLarge`]) and wants to say how large it was.
pub fn announced_len(buf: &[u8]) -> Option<u64> {
    let (first, _) = line(buf).ok()??;
    if let Some(header) = first.strip_prefix(b"VALUE ") {
        return value_header(header).ok().map(|(_, _, len)| len);
    }
    let header = first.strip_prefix(b"VA ")?;
    meta_header(header).ok().map(|(len, _)| len)
}

/// The flags of a meta reply: `f` (client flags), `t` (ttl), `k` (key); others are ignored.
fn parse_meta_flags(tokens: &[u8]) -> Result<(Option<&[u8]>, u32, i64), ProtocolError> {
    let (mut key, mut flags, mut ttl) = (None, 0u32, -1i64);
    for token in tokens.split(|&b| b == b' ').filter(|t| !t.is_empty()) {
        let (kind, value) = (token[0], &token[1..]);
        match kind {
            b'f' => {
                flags = parse_reply_u64(value)
                    .filter(|&f| f <= u64::from(u32::MAX))
                    .ok_or(ProtocolError::BadMetaFlag)? as u32
            }
            b't' => {
                ttl = if value == b"-1" {
                    -1
                } else {
                    parse_reply_u64(value)
                        .filter(|&t| t <= i64::MAX as u64)
                        .ok_or(ProtocolError::BadMetaFlag)? as i64
                }
            }
            b'k' if !value.is_empty() => key = Some(value),
            b'k' => return Err(ProtocolError::BadMetaFlag),
            _ => {}
        }
    }
    Ok((key, flags, ttl))
}

fn parse_meta_value<'a>(
    buf: &'a [u8],
    header: &'a [u8],
    data_start: usize,
    max_value: usize,
) -> Parsed<'a> {
    let (len, tokens) = match meta_header(header) {
        Ok(fields) => fields,
        Err(e) => return Parsed::Invalid(e),
    };
    let (key, flags, ttl) = match parse_meta_flags(tokens) {
        Ok(v) => v,
        Err(e) => return Parsed::Invalid(e),
    };
    let (data_end, total) = match data_block(buf, data_start, len, max_value, b"\r\n") {
        Ok(ends) => ends,
        Err(parsed) => return parsed,
    };
    Parsed::Done(
        Reply::MetaValue {
            key,
            flags,
            ttl,
            data: &buf[data_start..data_end],
        },
        total,
    )
}

/// The storage commands this module sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreCommand {
    Set,
    Add,
}

/// The arithmetic commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArithCommand {
    Incr,
    Decr,
}

/// Appends the decimal digits of `n` without going through `fmt`.
fn push_decimal(buf: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[i..]);
}

/// Formats a signed number into `out`, returning the digits.
pub fn format_i64(n: i64, out: &mut [u8; 20]) -> &[u8] {
    let mut i = out.len();
    let mut rest = n.unsigned_abs();
    loop {
        i -= 1;
        out[i] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if n < 0 {
        i -= 1;
        out[i] = b'-';
    }
    &out[i..]
}

fn start(buf: &mut Vec<u8>, command: &[u8], key: &WireKey) {
    buf.clear();
    buf.extend_from_slice(command);
    buf.push(b' ');
    buf.extend_from_slice(key.as_bytes());
}

/// `get <key>\r\n`
pub fn encode_get(buf: &mut Vec<u8>, key: &WireKey) {
    start(buf, b"get", key);
    buf.extend_from_slice(b"\r\n");
}

/// `mg <key> v f t k\r\n`: the value, its flags, its time left, and the key (to check that the
/// reply is for this request).
pub fn encode_meta_get(buf: &mut Vec<u8>, key: &WireKey) {
    start(buf, b"mg", key);
    buf.extend_from_slice(b" v f t k\r\n");
}

/// `set|add <key> <flags> <exptime> <bytes>\r\n<data>\r\n`
pub fn encode_store(
    buf: &mut Vec<u8>,
    command: StoreCommand,
    key: &WireKey,
    flags: u32,
    exptime: u32,
    data: &[u8],
) {
    let name: &[u8] = match command {
        StoreCommand::Set => b"set",
        StoreCommand::Add => b"add",
    };
    buf.reserve(data.len() + 300);
    start(buf, name, key);
    buf.push(b' ');
    push_decimal(buf, u64::from(flags));
    buf.push(b' ');
    push_decimal(buf, u64::from(exptime));
    buf.push(b' ');
    push_decimal(buf, data.len() as u64);
    buf.extend_from_slice(b"\r\n");
    buf.extend_from_slice(data);
    buf.extend_from_slice(b"\r\n");
}

/// `delete <key>\r\n`
pub fn encode_delete(buf: &mut Vec<u8>, key: &WireKey) {
    start(buf, b"delete", key);
    buf.extend_from_slice(b"\r\n");
}

/// `incr|decr <key> <delta>\r\n`
pub fn encode_arith(buf: &mut Vec<u8>, command: ArithCommand, key: &WireKey, delta: u64) {
    let name: &[u8] = match command {
        ArithCommand::Incr => b"incr",
        ArithCommand::Decr => b"decr",
    };
    start(buf, name, key);
    buf.push(b' ');
    push_decimal(buf, delta);
    buf.extend_from_slice(b"\r\n");
}

/// `touch <key> <exptime>\r\n`
pub fn encode_touch(buf: &mut Vec<u8>, key: &WireKey, exptime: u32) {
    start(buf, b"touch", key);
    buf.push(b' ');
    push_decimal(buf, u64::from(exptime));
    buf.extend_from_slice(b"\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: usize = 1 << 20;

    fn done(buf: &[u8]) -> (Reply<'_>, usize) {
        match parse_reply(buf, MAX) {
            Parsed::Done(r, n) => (r, n),
            other => panic!("expected a reply from {buf:?}, got {other:?}"),
        }
    }

    #[test]
    fn simple_replies() {
        for (bytes, reply) in [
            (&b"END\r\n"[..], Reply::End),
            (b"STORED\r\n", Reply::Stored),
            (b"VERSION 1.6.18\r\n", Reply::Version(b"1.6.18")),
            (b"NOT_STORED\r\n", Reply::NotStored),
            (b"EXISTS\r\n", Reply::Exists),
            (b"NOT_FOUND\r\n", Reply::NotFound),
            (b"DELETED\r\n", Reply::Deleted),
            (b"TOUCHED\r\n", Reply::Touched),
            (b"ERROR\r\n", Reply::Error),
            (b"42\r\n", Reply::Number(42)),
            (b"18446744073709551615\r\n", Reply::Number(u64::MAX)),
            (
                b"CLIENT_ERROR bad data chunk\r\n",
                Reply::ClientError(b"bad data chunk"),
            ),
            (
                b"SERVER_ERROR out of memory\r\n",
                Reply::ServerError(b"out of memory"),
            ),
        ] {
            assert_eq!(done(bytes), (reply, bytes.len()));
        }
    }

    #[test]
    fn value_with_and_without_cas() {
        let buf = b"VALUE user 1 5\r\nalice\r\nEND\r\n";
        assert_eq!(
            done(buf),
            (
                Reply::Value {
                    key: b"user",
                    flags: 1,
                    data: b"alice"
                },
                buf.len()
            )
        );
        let buf = b"VALUE k 0 2 99\r\n42\r\nEND\r\n";
        assert!(matches!(done(buf).0, Reply::Value { data: b"42", .. }));
    }

    #[test]
    fn binary_value_with_crlf_inside() {
        let buf = b"VALUE k 1 6\r\na\r\nEND\r\nEND\r\n";
        let (reply, used) = done(buf);
        assert_eq!(
            reply,
            Reply::Value {
                key: b"k",
                flags: 1,
                data: b"a\r\nEND"
            }
        );
        assert_eq!(used, buf.len());
    }

    #[test]
    fn every_prefix_of_a_reply_needs_more() {
        let replies: [&[u8]; 4] = [
            b"VALUE user 1 5\r\nalice\r\nEND\r\n",
            b"STORED\r\n",
            b"SERVER_ERROR out of memory\r\n",
            b"12345\r\n",
        ];
        for full in replies {
            for cut in 0..full.len() {
                match parse_reply(&full[..cut], MAX) {
                    Parsed::NeedMore(_) => {}
                    other => panic!("prefix {:?} gave {other:?}", &full[..cut]),
                }
            }
            assert!(matches!(parse_reply(full, MAX), Parsed::Done(_, n) if n == full.len()));
        }
    }

    #[test]
    fn need_more_says_how_much_once_the_header_is_in() {
        assert_eq!(
            parse_reply(b"VALUE k 0 100\r\nabc", MAX),
            Parsed::NeedMore(Some(15 + 100 + 7))
        );
    }

    #[test]
    fn value_longer_than_announced_is_invalid() {
        assert_eq!(
            parse_reply(b"VALUE k 0 2\r\n123\r\nEND\r\n", MAX),
            Parsed::Invalid(ProtocolError::BadDataTerminator)
        );
        // Detected as soon as the byte after the data is wrong, without waiting for more.
        assert_eq!(
            parse_reply(b"VALUE k 0 2\r\n123", MAX),
            Parsed::Invalid(ProtocolError::BadDataTerminator)
        );
        assert_eq!(
            parse_reply(b"VALUE k 0 2\r\n12\r\nVALUE", MAX),
            Parsed::Invalid(ProtocolError::MissingEnd)
        );
    }

    #[test]
    fn garbage_is_invalid() {
        for (bytes, err) in [
            (&b"HELLO\r\n"[..], ProtocolError::UnknownReply),
            (b"STORED\n", ProtocolError::BareNewline),
            (b"\n", ProtocolError::BareNewline),
            (b"12a\r\n", ProtocolError::BadNumber),
            (b"99999999999999999999999\r\n", ProtocolError::BadNumber),
            (
                b"VALUE k x 1\r\na\r\nEND\r\n",
                ProtocolError::BadValueHeader,
            ),
            (b"VALUE k 1\r\n", ProtocolError::BadValueHeader),
            (b"VALUE  1 1\r\n", ProtocolError::BadValueHeader),
            (b"VALUE k 1 1 2 3\r\n", ProtocolError::BadValueHeader),
            (b"VALUE k 4294967296 1\r\n", ProtocolError::BadValueHeader),
            (b"VALUE k 0 1048577\r\n", ProtocolError::ValueTooLarge),
        ] {
            assert_eq!(parse_reply(bytes, MAX), Parsed::Invalid(err), "{bytes:?}");
        }
        let long = vec![b'x'; MAX_LINE];
        assert_eq!(
            parse_reply(&long, MAX),
            Parsed::Invalid(ProtocolError::LineTooLong)
        );
    }

    #[test]
    fn meta_replies() {
        let buf = b"VA 2 f5 t100 ka\r\nhi\r\n";
        assert_eq!(
            done(buf),
            (
                Reply::MetaValue {
                    key: Some(b"a"),
                    flags: 5,
                    ttl: 100,
                    data: b"hi"
                },
                buf.len()
            )
        );
        let buf = b"VA 1 t-1 f0 kb\r\nx\r\n";
        assert!(matches!(
            done(buf).0,
            Reply::MetaValue {
                ttl: -1,
                flags: 0,
                ..
            }
        ));
        assert_eq!(done(b"EN\r\n"), (Reply::MetaMiss, 4));
        assert_eq!(done(b"EN knope\r\n"), (Reply::MetaMiss, 10));
        for cut in 0..b"VA 2 f5 t100 ka\r\nhi\r\n".len() {
            assert!(matches!(
                parse_reply(&b"VA 2 f5 t100 ka\r\nhi\r\n"[..cut], MAX),
                Parsed::NeedMore(_)
            ));
        }
        for bad in [
            &b"VA x f1\r\n"[..],
            b"VA 1 fx\r\na\r\n",
            b"VA 1 t-2\r\na\r\n",
            b"VA 1 f1\r\nab\r\n",
            b"VA 2000000 f1\r\n",
        ] {
            assert!(
                matches!(parse_reply(bad, MAX), Parsed::Invalid(_)),
                "{bad:?}"
            );
        }
        let key = WireKey::new(b"user").unwrap();
        let mut req = Vec::new();
        encode_meta_get(&mut req, &key);
        assert_eq!(req, b"mg user v f t k\r\n");
    }

    #[test]
    fn a_refused_value_says_how_large_it_was() {
        for (buf, len) in [
            (&b"VALUE k 0 1048577\r\n"[..], Some(1_048_577)),
            (b"VALUE k 0 99 12\r\nab", Some(99)),
            (b"VA 2000000 f1 t-1\r\n", Some(2_000_000)),
            (b"VA 7\r\n", Some(7)),
            (b"VALUE k 0 1048577", None),
            (b"VALUE k x 5\r\n", None),
            (b"END\r\n", None),
        ] {
            assert_eq!(announced_len(buf), len, "{buf:?}");
        }
        assert_eq!(
            parse_reply(b"VA 2000000 f1\r\n", MAX),
            Parsed::Invalid(ProtocolError::ValueTooLarge)
        );
    }

    #[test]
    fn formats_signed_numbers() {
        let mut buf = [0u8; 20];
        for n in [0, 7, -7, 42, i64::MAX, i64::MIN] {
            assert_eq!(format_i64(n, &mut buf), n.to_string().as_bytes());
        }
    }

    #[test]
    fn encodes_requests() {
        let key = WireKey::new(b"user").unwrap();
        let mut buf = Vec::new();
        encode_get(&mut buf, &key);
        assert_eq!(buf, b"get user\r\n");
        encode_store(&mut buf, StoreCommand::Set, &key, 1, 300, b"alice");
        assert_eq!(buf, b"set user 1 300 5\r\nalice\r\n");
        encode_store(&mut buf, StoreCommand::Add, &key, 0, 0, b"");
        assert_eq!(buf, b"add user 0 0 0\r\n\r\n");
        encode_delete(&mut buf, &key);
        assert_eq!(buf, b"delete user\r\n");
        encode_arith(&mut buf, ArithCommand::Incr, &key, u64::MAX);
        assert_eq!(buf, b"incr user 18446744073709551615\r\n");
        encode_arith(&mut buf, ArithCommand::Decr, &key, 0);
        assert_eq!(buf, b"decr user 0\r\n");
        encode_touch(&mut buf, &key, 2_592_001);
        assert_eq!(buf, b"touch user 2592001\r\n");
    }
}
