//! One blocking socket to one memcached server, with a deadline on connect, write and read.
//!
//! The deadline is enforced with the socket's own send/receive timeouts and looked at after each
//! system call, by the transport under the connection (`transport.rs`, TLS included), so that a
//! request whose reply fits in one read costs exactly two system calls (one send, one receive),
//! and a server that trickles its bytes costs no more than one that is silent. A connection that saw a timeout, a
//! broken or unexpected reply, or a socket error is never used again: the caller drops it, so a
//! late reply can never be read as the answer to a later request. (A complete error reply, such as
//! `SERVER_ERROR`, leaves it in step, and it is kept.)
//!
//! Before its first request, a new connection does what its server's [`Setup`] says: a TLS
//! handshake, then memcached's ASCII authentication, both within the deadline of the operation
//! that opened it. Either failing is a failure to connect (the health gate counts it so); nothing
//! is ever sent in clear to a server that is to be reached over TLS.
//!
//! A failure is returned as a [`Failure`], which does not name the server: the client, which
//! knows which server it talks to, names it when it makes it an error.

use std::io;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustls::pki_types::ServerName;
use socket2::{Domain, SockAddr, Socket, Type};

use crate::client::auth::Credentials;
use crate::client::failure::Failure;
use crate::client::tls::{self, Tls};
use crate::client::transport::{time_left, Transport};
use crate::error::Error;
use crate::protocol::reply::{Header, Parsed, ProtocolError, Reply, ReplyParser};

/// The first read buffer; grows for larger values.
const INITIAL_READ_BUFFER: usize = 16 * 1024;

/// What a new connection to a server does before its first request.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    /// TLS, and the name the server's certificate must carry.
    pub tls: Option<(Arc<Tls>, ServerName<'static>)>,
    pub auth: Option<Arc<Credentials>>,
}

pub struct Connection {
    transport: Transport,
    read_buf: Vec<u8>,
    write_buf: Vec<u8>,
    /// Some byte of the last request was handed to the kernel: the server may have read it.
    sent_any: bool,
    /// The process generation this socket was opened in (see `fork_guard`).
    pub fork_generation: u64,
    /// The reload epoch this socket was opened in.
    pub epoch: u64,
    /// It waited in the idle pool since its last request: the server may have closed it
    /// meanwhile (a restart, an idle timeout), so that a close in answer to the next request
    /// may say nothing about that request.
    pub from_idle: bool,
    /// Authentication was to be done, and the server did not ask for it (started without `-Y`):
    /// the password was not sent.
    pub auth_unasked: bool,
    /// When the request whose reply was last read whole was started (`None`: none yet), for
    /// [`Connection::is_closed`]: the operation's own clock read, so that keeping it costs none.
    answered_request_at: Option<Instant>,
    /// A pipeline failed before all its replies were read: replies may still be on their way,
    /// so the connection is never used again, whatever the caller made of the replies it got.
    pub out_of_step: bool,
}

/// How recently a connection must have answered for [`Connection::is_closed`] to take it as
/// open without asking the kernel (measured from the start of the request it answered, which is
/// earlier than the answer: the check errs towards asking). Within it, a server that closed the
/// connection did so within a millisecond of answering on it: that is a server dying (no restart
/// takes so little: a new process must start and listen), which a request must survive in flight
/// anyway, and a request that must not be sent twice then fails, as it would had the server died
/// a moment later. It is never sent twice. Past it, the kernel is asked (one failed `recvfrom`),
/// so that a restart or an idle timeout while the connection waited costs such a request
/// nothing. Measured in `make bench-kamailio`, mix route: one system call fewer per `$mcinc` that
/// follows another command of the same request.
const ANSWERED_JUST_NOW: Duration = Duration::from_millis(1);

fn unexpected_bytes() -> Failure {
    Failure::Protocol("unexpected bytes after the reply".into())
}

impl Connection {
    /// Connects to the first of `addrs` that answers before the deadline, then runs `setup` on
    /// the connection (TLS, authentication) within the same deadline.
    pub fn open(
        addrs: &[SockAddr],
        deadline: Instant,
        setup: &Setup,
    ) -> Result<Connection, Failure> {
        let mut conn = Self::connect(addrs, deadline)?;
        if let Some((tls, name)) = &setup.tls {
            conn.handshake(tls, name.clone(), deadline)?;
        }
        if let Some(credentials) = &setup.auth {
            conn.authenticate(credentials, deadline)?;
        }
        Ok(conn)
    }

    fn connect(addrs: &[SockAddr], deadline: Instant) -> Result<Connection, Failure> {
        let mut last_err = io::Error::new(io::ErrorKind::NotFound, "no address to connect to");
        for addr in addrs {
            let Some(left) = time_left(deadline) else {
                return Err(Failure::Timeout("connect"));
            };
            match Self::connect_one(addr, left) {
                Ok(transport) => {
                    return Ok(Connection {
                        transport,
                        read_buf: vec![0; INITIAL_READ_BUFFER],
                        write_buf: Vec::with_capacity(512),
                        sent_any: false,
                        fork_generation: 0,
                        epoch: 0,
                        from_idle: false,
                        auth_unasked: false,
                        answered_request_at: None,
                        out_of_step: false,
                    })
                }
                Err(e) => last_err = e,
            }
        }
        if matches!(
            last_err.kind(),
            io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock
        ) {
            return Err(Failure::Timeout("connect"));
        }
        Err(Failure::Connect(last_err))
    }

    /// The TLS handshake, under the operation's deadline: each socket call blocks at most the
    /// time left, and the deadline is looked at after each (see `transport.rs`).
    fn handshake(
        &mut self,
        tls: &Tls,
        name: ServerName<'static>,
        deadline: Instant,
    ) -> Result<(), Failure> {
        let failed = |err: io::Error| {
            Failure::Connect(io::Error::new(
                err.kind(),
                format!("TLS handshake: {}", tls::describe(&err)),
            ))
        };
        let session = tls.start(name).map_err(failed)?;
        self.transport
            .handshake(session, deadline)
            .map_err(|failure| match failure {
                Failure::Io(err) => failed(err),
                other => other,
            })?;
        if let Some(session) = self.transport.tls_mut() {
            tls::count_handshake(session);
            // A request is encrypted whole before it is written (values are bounded by
            // memcached's item size), so that the write loop only moves records.
            session.set_buffer_limit(None);
        }
        Ok(())
    }

    /// memcached's ASCII authentication: one `set` of `<user> <password>`, answered `STORED`.
    /// Asked first whether the server wants it (`version` is refused before authentication): a
    /// server without `-Y` would store that `set` as an item, the password in it
    /// ([`Connection::auth_unasked`] then says so).
    fn authenticate(
        &mut self,
        credentials: &Credentials,
        deadline: Instant,
    ) -> Result<(), Failure> {
        let asks = self
            .request(deadline, 0, |buf| {
                buf.clear();
                buf.extend_from_slice(b"version\r\n");
            })
            .map(|reply| !matches!(reply, Reply::Version(_)))?;
        if !asks {
            self.auth_unasked = true;
            return Ok(());
        }
        let reply = self
            .request(deadline, 0, |buf| credentials.encode(buf))
            .map(|reply| match reply {
                Reply::Stored => None,
                Reply::ClientError(m) | Reply::ServerError(m) => {
                    Some(String::from_utf8_lossy(m).into_owned())
                }
                _ => Some("an unexpected reply".to_string()),
            });
        // The request carried the password: not kept in the reused buffer.
        self.write_buf.fill(0);
        self.write_buf.clear();
        match reply? {
            None => Ok(()),
            Some(why) => Err(Failure::Connect(io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!(
                    "authentication as '{}' refused ({why}; memcached -Y needs this user and \
                     password)",
                    credentials.user
                ),
            ))),
        }
    }

    fn connect_one(addr: &SockAddr, timeout: Duration) -> io::Result<Transport> {
        let domain = Domain::from(i32::from(addr.family()));
        let socket = Socket::new(domain, Type::STREAM, None)?;
        socket.connect_timeout(addr, timeout)?;
        if domain != Domain::UNIX {
            socket.set_tcp_nodelay(true)?;
        }
        Transport::new(socket, timeout)
    }

    /// Sends one request, built by `encode` into the connection's reused buffer, and reads its one
    /// reply before the deadline. `max_value` bounds the value a reply may announce.
    pub fn request(
        &mut self,
        deadline: Instant,
        max_value: usize,
        encode: impl FnOnce(&mut Vec<u8>),
    ) -> Result<Reply<'_>, Failure> {
        encode(&mut self.write_buf);
        self.sent_any = false;
        self.send_all(deadline)?;
        let header = self.receive_reply(deadline, max_value)?;
        Ok(header.reply(&self.read_buf))
    }

    /// Sends the `count` requests `encode` writes (a pipeline, in one write) and reads their
    /// replies in the order of the requests, handing each to `on_reply` with its position as soon
    /// as it is whole. Returns how many replies were read and handed over before a failure, with
    /// the failure: its own (a timeout, a close, a value over `max_value`) or the one `on_reply`
    /// returned. After a failure the connection is [`out_of_step`](Connection::out_of_step):
    /// the replies not read may still come.
    pub fn request_pipelined(
        &mut self,
        deadline: Instant,
        max_value: usize,
        count: usize,
        encode: impl FnOnce(&mut Vec<u8>),
        mut on_reply: impl FnMut(usize, Reply<'_>) -> Result<(), Failure>,
    ) -> Result<(), (usize, Failure)> {
        encode(&mut self.write_buf);
        self.sent_any = false;
        let outcome = self.send_all(deadline).map_err(|f| (0, f)).and_then(|()| {
            let (mut start, mut filled) = (0, 0);
            for i in 0..count {
                let header = self
                    .receive_reply_at(start, &mut filled, deadline, max_value)
                    .map_err(|f| (i, f))?;
                let end = start + header.total;
                on_reply(i, header.reply(&self.read_buf[start..end])).map_err(|f| (i + 1, f))?;
                start = end;
            }
            if start != filled {
                return Err((count, unexpected_bytes()));
            }
            Ok(())
        });
        self.out_of_step |= outcome.is_err();
        outcome
    }

    /// Whether any byte of the last request was written: after that, the server may have read
    /// and applied it, whatever happened to the reply.
    pub fn sent_any(&self) -> bool {
        self.sent_any
    }

    /// Whether the server has closed this connection (or sent bytes nobody asked for), as far as
    /// this end can tell without writing. For requests that must not be sent twice, which cannot
    /// be retried when a kept connection turns out to be dead. A connection whose last answered
    /// request started less than [`ANSWERED_JUST_NOW`] before `now` is taken as open without a
    /// system call.
    pub fn is_closed(&mut self, now: Instant) -> bool {
        if self
            .answered_request_at
            .is_some_and(|at| now.saturating_duration_since(at) < ANSWERED_JUST_NOW)
        {
            return false;
        }
        self.transport.is_closed()
    }

    /// Notes that the request started at `started` was answered whole (a reply, an error reply
    /// too): the server held the connection open until then.
    pub fn answered(&mut self, started: Instant) {
        self.answered_request_at = Some(started);
    }

    fn send_all(&mut self, deadline: Instant) -> Result<(), Failure> {
        self.transport
            .write_all(&self.write_buf, deadline, &mut self.sent_any)
    }

    /// Reads until `read_buf` holds exactly one whole reply; returns its header, by which the
    /// reply is taken from `read_buf`.
    ///
    /// The bytes are read into the start of `read_buf`, and the parser is given all of them after
    /// each read (see [`ReplyParser`]). It parses the first line once, when it is whole; from then
    /// on it knows the reply's length (`NeedMore(Some(total))`), so that the buffer grows once to
    /// that size and the reads only fill it, and it checks no more than the bytes past the value's
    /// data. Nothing is parsed again once the reply is in: [`Connection::request`] takes it from
    /// the buffer at the header's offsets.
    fn receive_reply(&mut self, deadline: Instant, max_value: usize) -> Result<Header, Failure> {
        let mut filled = 0;
        let header = self.receive_reply_at(0, &mut filled, deadline, max_value)?;
        if header.total != filled {
            return Err(unexpected_bytes());
        }
        Ok(header)
    }

    /// Reads until `read_buf[start..filled]` begins with one whole reply (bytes of the next ones
    /// may follow, in a pipeline); returns its header, whose offsets count from `start`.
    fn receive_reply_at(
        &mut self,
        start: usize,
        filled: &mut usize,
        deadline: Instant,
        max_value: usize,
    ) -> Result<Header, Failure> {
        let mut parser = ReplyParser::new(max_value);
        // Some of the reply may be in already, read with the one before it.
        let mut unparsed = *filled > start;
        loop {
            if unparsed {
                unparsed = false;
            } else {
                self.read_more(start, filled, deadline)?;
            }
            match parser.advance(&self.read_buf[start..*filled]) {
                Parsed::Done(header) => return Ok(header),
                Parsed::NeedMore(Some(total)) if start + total > self.read_buf.len() => {
                    self.read_buf.resize(start + total, 0);
                }
                Parsed::NeedMore(_) => {}
                // A value larger than the caller can take: refused as soon as its header is in,
                // before any of it is buffered. The rest of it is still on its way, so the
                // connection goes (the caller drops it); the server did nothing wrong.
                Parsed::Invalid(ProtocolError::ValueTooLarge { len }) => {
                    return Err(Failure::Other(Error::ValueTooLarge {
                        len: usize::try_from(len).unwrap_or(usize::MAX),
                        max: max_value,
                    }));
                }
                Parsed::Invalid(e) => return Err(Failure::Protocol(e.as_str().into())),
            }
        }
    }

    /// One read into `read_buf` after `filled`, growing it when full, for the reply that starts
    /// at `start`.
    fn read_more(
        &mut self,
        start: usize,
        filled: &mut usize,
        deadline: Instant,
    ) -> Result<(), Failure> {
        if *filled == self.read_buf.len() {
            let grown = (self.read_buf.len() * 2).max(INITIAL_READ_BUFFER);
            self.read_buf.resize(grown, 0);
        }
        match self.transport.read(&mut self.read_buf[*filled..], deadline) {
            // Closed before any byte of the reply: the request may never have been read (a
            // restarted server, an idle timeout). After some bytes it surely was.
            Ok(0) if *filled == start => Err(Failure::Io(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the server closed the connection",
            ))),
            Ok(0) => Err(Failure::Protocol(
                "the server closed the connection in the middle of a reply".into(),
            )),
            Ok(n) => {
                *filled += n;
                Ok(())
            }
            Err(Failure::Io(err)) if *filled > start => Err(Failure::Protocol(format!(
                "the connection failed in the middle of a reply: {err}"
            ))),
            Err(failure) => Err(failure),
        }
    }

    /// Puts a big read buffer back to its first size, so that one large value does not pin
    /// memory for the life of the process.
    pub fn shrink(&mut self) {
        if self.read_buf.len() > 4 * INITIAL_READ_BUFFER {
            self.read_buf.truncate(INITIAL_READ_BUFFER);
            self.read_buf.shrink_to_fit();
        }
        if self.write_buf.capacity() > 4 * INITIAL_READ_BUFFER {
            self.write_buf = Vec::with_capacity(512);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::io::{Read, Write};
    use std::net::TcpListener;

    use super::*;
    use crate::protocol::encode_get;
    use crate::protocol::key::WireKey;
    use crate::protocol::reply::counts;

    /// What the parser counted on this thread: (calls, first lines parsed).
    fn parser_counts() -> (usize, usize) {
        (
            counts::ADVANCES.with(Cell::get),
            counts::HEADERS.with(Cell::get),
        )
    }

    #[test]
    fn a_large_value_arriving_in_small_pieces_has_its_header_parsed_once() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = SockAddr::from(listener.local_addr().unwrap());
        let value: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let mut reply = format!("VALUE big 7 {}\r\n", value.len()).into_bytes();
        let header_len = reply.len();
        reply.extend_from_slice(&value);
        reply.extend_from_slice(b"\r\nEND\r\n");
        let server = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().unwrap();
            stream.set_nodelay(true).unwrap();
            let mut request = Vec::new();
            let mut byte = [0u8];
            while !request.ends_with(b"\r\n") {
                stream.read_exact(&mut byte).unwrap();
                request.push(byte[0]);
            }
            assert_eq!(request, b"get big\r\n");
            // The header a byte at a time, then the value in 1000-byte pieces, each written on
            // its own after a pause, so that the client reads them one by one.
            let (line, rest) = reply.split_at(header_len);
            for piece in line.chunks(1).chain(rest.chunks(1000)) {
                stream.write_all(piece).unwrap();
                std::thread::sleep(Duration::from_micros(200));
            }
        });
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut conn = Connection::open(&[addr], deadline, &Setup::default()).unwrap();
        let key = WireKey::new(b"big").unwrap();
        let (calls_before, headers_before) = parser_counts();
        let got = conn
            .request(deadline, 1 << 20, |buf| encode_get(buf, &key))
            .unwrap();
        assert_eq!(
            got,
            Reply::Value {
                key: b"big",
                flags: 7,
                data: &value
            }
        );
        let (calls, headers) = parser_counts();
        let reads = calls - calls_before;
        assert!(
            reads > 100,
            "the reply came in {reads} reads: not enough pieces to show anything"
        );
        assert_eq!(
            headers - headers_before,
            1,
            "header parses in {reads} reads"
        );
        server.join().unwrap();
    }
}
