//! Reply parsing, one parse per reply: the first line is parsed once into a [`Header`] that says,
//! as offsets, where everything of the reply lies (a value's key and data) and how long the whole
//! reply is; the rest is then only waited for and taken by offset. The model is memcached's own
//! client, mcmc, whose parser also hands back offsets instead of copies.
//!
//! Pure: bytes in, values out, no I/O, so that the parser can be fuzzed. A reply that has not fully
//! arrived is reported as [`Parsed::NeedMore`], never as a value.

use memchr::memchr;

use crate::numbers::parse_reply_u64;

/// A reply line (everything but a value's data block) longer than this is garbage, not a slow reply.
pub const MAX_LINE: usize = 2048;

/// One complete reply to one request. Its byte strings are `B`: slices of the bytes received
/// ([`Reply`]), or where they lie in them ([`Span`], in a [`Header`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyOf<B> {
    /// `VALUE <key> <flags> <bytes> [<cas>]`, the data block, then `END`.
    Value {
        key: B,
        flags: u32,
        data: B,
    },
    /// `END` alone: a get that found nothing.
    End,
    /// A meta get's `VA <size> <flags>*`, then the data block.
    MetaValue {
        /// From the `k` flag, when asked for.
        key: Option<B>,
        flags: u32,
        /// Seconds left before the item expires; -1 when it never does.
        ttl: i64,
        data: B,
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
    ClientError(B),
    /// `SERVER_ERROR <message>`.
    ServerError(B),
    /// `VERSION <version>`.
    Version(B),
}

impl<B> ReplyOf<B> {
    /// The same reply, each of its byte strings made a `C` by `f`.
    pub fn map<C>(self, f: impl Fn(B) -> C) -> ReplyOf<C> {
        match self {
            ReplyOf::Value { key, flags, data } => ReplyOf::Value {
                key: f(key),
                flags,
                data: f(data),
            },
            ReplyOf::MetaValue {
                key,
                flags,
                ttl,
                data,
            } => ReplyOf::MetaValue {
                key: key.map(&f),
                flags,
                ttl,
                data: f(data),
            },
            ReplyOf::End => ReplyOf::End,
            ReplyOf::MetaMiss => ReplyOf::MetaMiss,
            ReplyOf::Stored => ReplyOf::Stored,
            ReplyOf::NotStored => ReplyOf::NotStored,
            ReplyOf::Exists => ReplyOf::Exists,
            ReplyOf::NotFound => ReplyOf::NotFound,
            ReplyOf::Deleted => ReplyOf::Deleted,
            ReplyOf::Touched => ReplyOf::Touched,
            ReplyOf::Number(n) => ReplyOf::Number(n),
            ReplyOf::Error => ReplyOf::Error,
            ReplyOf::ClientError(m) => ReplyOf::ClientError(f(m)),
            ReplyOf::ServerError(m) => ReplyOf::ServerError(f(m)),
            ReplyOf::Version(v) => ReplyOf::Version(f(v)),
        }
    }
}

/// A reply whose byte strings are slices of the bytes received.
pub type Reply<'a> = ReplyOf<&'a [u8]>;

/// Bytes `start..end` of the bytes received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// These bytes of `bytes`.
    pub fn of(self, bytes: &[u8]) -> &[u8] {
        &bytes[self.start..self.end]
    }
}

/// What a reply's first line says, parsed once: the reply, its byte strings as offsets into the
/// bytes received, and how many bytes the whole reply takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub reply: ReplyOf<Span>,
    /// The first line, its `\r\n` included: where a value's data starts.
    pub line_len: usize,
    /// The whole reply: the line, and for a value its data and what must follow the data.
    pub total: usize,
}

impl Header {
    /// The reply, taken by offset from the bytes it was parsed from (at least `total` of them,
    /// as [`Parsed::Done`] says).
    pub fn reply<'a>(&self, received: &'a [u8]) -> Reply<'a> {
        self.reply.map(|span| span.of(received))
    }

    /// A value's data, and the bytes that must follow it; `None` for a one-line reply.
    fn data_block(&self) -> Option<(Span, &'static [u8])> {
        match self.reply {
            ReplyOf::Value { data, .. } => Some((data, VALUE_END)),
            ReplyOf::MetaValue { data, .. } => Some((data, META_VALUE_END)),
            _ => None,
        }
    }
}

/// What follows a `VALUE`'s data: the data's CRLF, and the `END` of the get.
const VALUE_END: &[u8] = b"\r\nEND\r\n";
/// What follows a `VA`'s data.
const META_VALUE_END: &[u8] = b"\r\n";

/// Why bytes are not a valid reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProtocolError {
    LineTooLong,
    /// A line ended by `\n` without `\r`.
    BareNewline,
    UnknownReply,
    BadValueHeader,
    /// A value announced as larger than the caller accepts: `len` bytes, as announced.
    ValueTooLarge {
        len: u64,
    },
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
            ProtocolError::ValueTooLarge { .. } => "announced value too large",
            ProtocolError::BadDataTerminator => "value longer than announced",
            ProtocolError::MissingEnd => "value not followed by END",
            ProtocolError::BadNumber => "malformed number",
            ProtocolError::BadMetaFlag => "malformed meta flag",
        }
    }
}

/// The outcome of parsing the bytes received so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parsed {
    /// A whole reply: its first `header.total` bytes. Take it with [`Header::reply`].
    Done(Header),
    /// Not all of the reply is here yet. `Some(n)`: the reply needs `n` bytes in total (known once
    /// its first line is in).
    NeedMore(Option<usize>),
    Invalid(ProtocolError),
}

/// Parses one reply from the start of `buf`, all of it at once. `max_value` bounds the data block
/// a value may announce, so that garbage cannot make the caller allocate without limit.
pub fn parse_reply(buf: &[u8], max_value: usize) -> Parsed {
    ReplyParser::new(max_value).advance(buf)
}

/// Parses one reply as its bytes arrive, its first line once.
///
/// How a connection reads a reply with it: the bytes received so far are kept at the start of
/// one buffer, and [`ReplyParser::advance`] is called with all of them after each read.
/// - While the first line is incomplete (`Line`), a call looks for its `\n` only in the bytes
///   it has not looked at (`scanned` onwards), so a line arriving a byte at a time is scanned once.
/// - When the line is in, it is parsed, once, into a [`Header`] (`Body`): the kind of reply, its
///   flags and TTL, the offsets of a value's key and data, and `total`, the length of the whole
///   reply. A value larger than `max_value` is refused there, before any of its data is read.
/// - From then on (`Body`), a call only checks the few bytes that arrived past the announced data
///   (so that a value longer than announced is caught without waiting for bytes that may never
///   come) and says how many bytes are still missing: `NeedMore(Some(total))`, with which the
///   connection sizes its buffer once and reads until `total` bytes are in. The line is never
///   parsed again.
/// - `Done(header)`: the connection takes the reply by offset, [`Header::reply`], from its buffer.
///
/// After `Done` or `Invalid` the reply is over: a new one takes a new parser.
#[derive(Debug, Clone)]
pub struct ReplyParser {
    max_value: usize,
    state: State,
}

#[derive(Debug, Clone, Copy)]
enum State {
    /// The first line is not complete; the first `scanned` bytes hold no `\n`.
    Line { scanned: usize },
    /// The first line is parsed; the rest of the reply is awaited.
    Body(Header),
}

impl ReplyParser {
    /// `max_value` bounds the data block a value may announce.
    pub fn new(max_value: usize) -> ReplyParser {
        ReplyParser {
            max_value,
            state: State::Line { scanned: 0 },
        }
    }

    /// Takes in the bytes of the reply received so far, `received` (the same bytes as the last
    /// call's, and maybe more).
    pub fn advance(&mut self, received: &[u8]) -> Parsed {
        #[cfg(test)]
        counts::ADVANCES.with(|n| n.set(n.get() + 1));
        if let State::Line { scanned } = self.state {
            let line_len = match line_end(received, scanned) {
                Ok(Some(end)) => end,
                Ok(None) => {
                    self.state = State::Line {
                        scanned: received.len(),
                    };
                    return Parsed::NeedMore(None);
                }
                Err(e) => return Parsed::Invalid(e),
            };
            match parse_header(received, line_len, self.max_value) {
                Ok(header) => self.state = State::Body(header),
                Err(e) => return Parsed::Invalid(e),
            }
        }
        let State::Body(header) = self.state else {
            unreachable!("the line is parsed above")
        };
        body(&header, received)
    }
}

/// Counts of this thread's parsing, for the test that a reply arriving in pieces has its first
/// line parsed once.
#[cfg(test)]
pub(crate) mod counts {
    use std::cell::Cell;

    thread_local! {
        /// Calls of [`super::ReplyParser::advance`].
        pub static ADVANCES: Cell<usize> = const { Cell::new(0) };
        /// First lines parsed into a header.
        pub static HEADERS: Cell<usize> = const { Cell::new(0) };
    }
}

/// Where the first line of `received` ends (just past its `\r\n`), looking for it from `from` on:
/// the bytes before hold no `\n`.
fn line_end(received: &[u8], from: usize) -> Result<Option<usize>, ProtocolError> {
    let from = from.min(received.len());
    match memchr(b'\n', &received[from..]) {
        Some(i) => {
            let nl = from + i;
            if nl == 0 || received[nl - 1] != b'\r' {
                return Err(ProtocolError::BareNewline);
            }
            if nl + 1 > MAX_LINE {
                return Err(ProtocolError::LineTooLong);
            }
            Ok(Some(nl + 1))
        }
        None if received.len() >= MAX_LINE => Err(ProtocolError::LineTooLong),
        None => Ok(None),
    }
}

/// Waits for the rest of a reply whose header is parsed: whatever has arrived past a value's data
/// must already agree with what follows the data, so that a value longer than announced is
/// caught at once.
fn body(header: &Header, received: &[u8]) -> Parsed {
    let Some((data, after)) = header.data_block() else {
        // A one-line reply: the line is all of it.
        return Parsed::Done(*header);
    };
    let have = received.len();
    let tail = &received[data.end.min(have)..header.total.min(have)];
    if let Some(i) = tail.iter().zip(after).position(|(got, want)| got != want) {
        // The CRLF right after the data, or what follows it (END).
        return Parsed::Invalid(if i < 2 {
            ProtocolError::BadDataTerminator
        } else {
            ProtocolError::MissingEnd
        });
    }
    if have < header.total {
        return Parsed::NeedMore(Some(header.total));
    }
    Parsed::Done(*header)
}

/// Parses the first line, `received[..line_len]` (its `\r\n` included).
fn parse_header(
    received: &[u8],
    line_len: usize,
    max_value: usize,
) -> Result<Header, ProtocolError> {
    #[cfg(test)]
    counts::HEADERS.with(|n| n.set(n.get() + 1));
    let first = &received[..line_len - 2];
    let line = |reply| {
        Ok(Header {
            reply,
            line_len,
            total: line_len,
        })
    };
    // The rest of the line after a word: its start, in the line.
    let after = |word: &[u8]| first.starts_with(word).then_some(word.len());
    match first {
        b"END" => line(ReplyOf::End),
        b"STORED" => line(ReplyOf::Stored),
        b"NOT_STORED" => line(ReplyOf::NotStored),
        b"EXISTS" => line(ReplyOf::Exists),
        b"NOT_FOUND" => line(ReplyOf::NotFound),
        b"DELETED" => line(ReplyOf::Deleted),
        b"TOUCHED" => line(ReplyOf::Touched),
        b"ERROR" => line(ReplyOf::Error),
        _ => {
            if let Some(at) = after(b"CLIENT_ERROR") {
                return line(ReplyOf::ClientError(skip_spaces(first, at)));
            }
            if let Some(at) = after(b"SERVER_ERROR") {
                return line(ReplyOf::ServerError(skip_spaces(first, at)));
            }
            if let Some(at) = after(b"VERSION ") {
                return line(ReplyOf::Version(Span {
                    start: at,
                    end: first.len(),
                }));
            }
            if let Some(at) = after(b"VALUE ") {
                let (key, flags, len) = value_header(first, at)?;
                let data = data_span(line_len, len, max_value)?;
                return with_data(
                    ReplyOf::Value { key, flags, data },
                    line_len,
                    data,
                    VALUE_END,
                );
            }
            if let Some(at) = after(b"VA ") {
                let (len, tokens) = meta_header(first, at)?;
                let (key, flags, ttl) = parse_meta_flags(first, tokens)?;
                let data = data_span(line_len, len, max_value)?;
                let reply = ReplyOf::MetaValue {
                    key,
                    flags,
                    ttl,
                    data,
                };
                return with_data(reply, line_len, data, META_VALUE_END);
            }
            if first == b"EN" || first.starts_with(b"EN ") {
                return line(ReplyOf::MetaMiss);
            }
            if first.first().is_some_and(u8::is_ascii_digit) {
                // memcached never pads incr/decr replies, but a number with trailing spaces is
                // still the number.
                return match parse_reply_u64(trim_trailing_space(first)) {
                    Some(n) => line(ReplyOf::Number(n)),
                    None => Err(ProtocolError::BadNumber),
                };
            }
            Err(ProtocolError::UnknownReply)
        }
    }
}

/// The rest of `line` from `at`, without its leading spaces.
fn skip_spaces(line: &[u8], at: usize) -> Span {
    let start = line[at..]
        .iter()
        .position(|&b| b != b' ')
        .map_or(line.len(), |p| at + p);
    Span {
        start,
        end: line.len(),
    }
}

fn trim_trailing_space(s: &[u8]) -> &[u8] {
    let end = s.iter().rposition(|&b| b != b' ').map_or(0, |p| p + 1);
    &s[..end]
}

/// The space-separated fields of `line` from `at`, empty ones included (as `split` gives them).
fn fields(line: &[u8], at: usize) -> impl Iterator<Item = Span> + '_ {
    let mut next = Some(at);
    std::iter::from_fn(move || {
        let start = next?;
        let end = memchr(b' ', &line[start..]).map_or(line.len(), |i| start + i);
        next = (end < line.len()).then_some(end + 1);
        Some(Span { start, end })
    })
}

/// Where a data block of `len` bytes after a first line of `line_len` bytes lies. Checked
/// arithmetic: a caller may pass any `max_value`.
fn data_span(line_len: usize, len: u64, max_value: usize) -> Result<Span, ProtocolError> {
    let too_large = ProtocolError::ValueTooLarge { len };
    if len > max_value as u64 {
        return Err(too_large);
    }
    let end = line_len.checked_add(len as usize).ok_or(too_large)?;
    Ok(Span {
        start: line_len,
        end,
    })
}

/// The header of a reply with a data block, which `after` must follow.
fn with_data(
    reply: ReplyOf<Span>,
    line_len: usize,
    data: Span,
    after: &[u8],
) -> Result<Header, ProtocolError> {
    let total = data
        .end
        .checked_add(after.len())
        .ok_or(ProtocolError::ValueTooLarge {
            len: data.len() as u64,
        })?;
    Ok(Header {
        reply,
        line_len,
        total,
    })
}

/// The fields of a `VALUE` line from `at` (after the word): key, flags, data length (a CAS unique
/// may follow).
fn value_header(line: &[u8], at: usize) -> Result<(Span, u32, u64), ProtocolError> {
    let number = |field: Option<Span>| {
        field
            .and_then(|f| parse_reply_u64(f.of(line)))
            .ok_or(ProtocolError::BadValueHeader)
    };
    let mut fields = fields(line, at);
    let key = match fields.next() {
        Some(k) if !k.is_empty() => k,
        _ => return Err(ProtocolError::BadValueHeader),
    };
    let flags = u32::try_from(number(fields.next())?).map_err(|_| ProtocolError::BadValueHeader)?;
    let len = number(fields.next())?;
    // An optional CAS unique, then nothing.
    if let Some(cas) = fields.next() {
        number(Some(cas))?;
    }
    if fields.next().is_some() {
        return Err(ProtocolError::BadValueHeader);
    }
    Ok((key, flags, len))
}

/// The size of a `VA` line from `at` (after the word), and where its flags start.
fn meta_header(line: &[u8], at: usize) -> Result<(u64, usize), ProtocolError> {
    let (size_end, tokens) = match memchr(b' ', &line[at..]) {
        Some(sp) => (at + sp, at + sp + 1),
        None => (line.len(), line.len()),
    };
    let len = parse_reply_u64(&line[at..size_end]).ok_or(ProtocolError::BadValueHeader)?;
    Ok((len, tokens))
}

/// The flags of a meta reply from `at`: `f` (client flags), `t` (ttl), `k` (key); others are
/// ignored.
fn parse_meta_flags(line: &[u8], at: usize) -> Result<(Option<Span>, u32, i64), ProtocolError> {
    let (mut key, mut flags, mut ttl) = (None, 0u32, -1i64);
    for token in fields(line, at).filter(|t| !t.is_empty()) {
        let value = Span {
            start: token.start + 1,
            end: token.end,
        };
        let text = value.of(line);
        match line[token.start] {
            b'f' => {
                flags = parse_reply_u64(text)
                    .and_then(|f| u32::try_from(f).ok())
                    .ok_or(ProtocolError::BadMetaFlag)?
            }
            b't' => {
                ttl = if text == b"-1" {
                    -1
                } else {
                    parse_reply_u64(text)
                        .and_then(|t| i64::try_from(t).ok())
                        .ok_or(ProtocolError::BadMetaFlag)?
                }
            }
            b'k' if !value.is_empty() => key = Some(value),
            b'k' => return Err(ProtocolError::BadMetaFlag),
            _ => {}
        }
    }
    Ok((key, flags, ttl))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: usize = 1 << 20;

    fn done(buf: &[u8]) -> (Reply<'_>, usize) {
        match parse_reply(buf, MAX) {
            Parsed::Done(header) => (header.reply(buf), header.total),
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
            (b"SERVER_ERROR\r\n", Reply::ServerError(b"")),
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
    fn the_header_says_where_the_value_lies() {
        let buf = b"VALUE user 1 5\r\nalice\r\nEND\r\n";
        let Parsed::Done(header) = parse_reply(buf, MAX) else {
            panic!()
        };
        assert_eq!(
            header,
            Header {
                reply: ReplyOf::Value {
                    key: Span { start: 6, end: 10 },
                    flags: 1,
                    data: Span { start: 16, end: 21 },
                },
                line_len: 16,
                total: buf.len(),
            }
        );
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
            assert!(matches!(parse_reply(full, MAX), Parsed::Done(h) if h.total == full.len()));
        }
    }

    #[test]
    fn a_reply_fed_a_byte_at_a_time_has_its_line_parsed_once() {
        let full = b"VALUE user 1 5\r\nalice\r\nEND\r\n";
        let before = counts::HEADERS.with(|n| n.get());
        let mut parser = ReplyParser::new(MAX);
        for cut in 1..full.len() {
            assert!(matches!(parser.advance(&full[..cut]), Parsed::NeedMore(_)));
        }
        let Parsed::Done(header) = parser.advance(full) else {
            panic!()
        };
        assert_eq!(done(full).0, header.reply(full));
        // The parser above once, `done` once.
        assert_eq!(counts::HEADERS.with(|n| n.get()) - before, 2);
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
            (b"VALUE k 1 1 x\r\n", ProtocolError::BadValueHeader),
            (b"VALUE k 4294967296 1\r\n", ProtocolError::BadValueHeader),
            (
                b"VALUE k 0 1048577\r\n",
                ProtocolError::ValueTooLarge { len: 1_048_577 },
            ),
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
        assert_eq!(done(b"VA 0\r\n\r\n").0, {
            Reply::MetaValue {
                key: None,
                flags: 0,
                ttl: -1,
                data: b"",
            }
        });
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
            b"VA 1 k\r\na\r\n",
            b"VA 1 f1\r\nab\r\n",
            b"VA 2000000 f1\r\n",
        ] {
            assert!(
                matches!(parse_reply(bad, MAX), Parsed::Invalid(_)),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn a_refused_value_says_how_large_it_was() {
        for (buf, len) in [
            (&b"VALUE k 0 1048577\r\n"[..], 1_048_577),
            (b"VALUE k 0 1048577 12\r\nab", 1_048_577),
            (b"VA 2000000 f1 t-1\r\n", 2_000_000),
            (b"VA 1048577\r\n", 1_048_577),
        ] {
            assert_eq!(
                parse_reply(buf, MAX),
                Parsed::Invalid(ProtocolError::ValueTooLarge { len }),
                "{buf:?}"
            );
        }
        // Not before its line is whole.
        assert_eq!(
            parse_reply(b"VALUE k 0 1048577", MAX),
            Parsed::NeedMore(None)
        );
    }
}
