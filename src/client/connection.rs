//! One blocking socket to one memcached server, with a deadline on connect, write and read.
//!
//! The deadline is enforced with the socket's own send/receive timeouts, which are only changed
//! when the time left is shorter than what is set, so that a request whose reply fits in one read
//! costs exactly two system calls (one send, one receive). A connection that saw a timeout, a
//! broken or unexpected reply, or a socket error is never used again: the caller drops it, so a
//! late reply can never be read as the answer to a later request. (A complete error reply, such as
//! `SERVER_ERROR`, leaves it in step, and it is kept.)

use std::io::{self, Read};
use std::mem::MaybeUninit;
use std::time::{Duration, Instant};

use socket2::{Domain, SockAddr, Socket, Type};

use crate::error::{Error, Result};
use crate::protocol::{announced_len, parse_reply, Parsed, ProtocolError, Reply};

/// How far past the deadline a single blocking call may run before the socket timeout is
/// tightened (which costs a system call). Keeps the fast path at two calls per request.
const DEADLINE_SLACK: Duration = Duration::from_millis(2);

/// The shortest socket timeout set; zero would mean no timeout at all.
const MIN_SOCKET_TIMEOUT: Duration = Duration::from_millis(1);

/// The first read buffer; grows for larger values.
const INITIAL_READ_BUFFER: usize = 16 * 1024;

pub struct Connection {
    socket: Socket,
    read_buf: Vec<u8>,
    write_buf: Vec<u8>,
    /// What SO_RCVTIMEO / SO_SNDTIMEO are set to now.
    recv_timeout: Duration,
    send_timeout: Duration,
    /// Some byte of the last request was handed to the kernel: the server may have read it.
    sent_any: bool,
    /// The process generation this socket was opened in (see `fork_guard`).
    pub fork_generation: u64,
    /// The reload epoch this socket was opened in.
    pub epoch: u64,
}

fn time_left(deadline: Instant) -> Option<Duration> {
    deadline
        .checked_duration_since(Instant::now())
        .filter(|d| !d.is_zero())
}

impl Connection {
    /// Connects to the first of `addrs` that answers before the deadline.
    pub fn open(addrs: &[SockAddr], deadline: Instant, server: &str) -> Result<Connection> {
        let mut last_err = io::Error::new(io::ErrorKind::NotFound, "no address to connect to");
        for addr in addrs {
            let Some(left) = time_left(deadline) else {
                return Err(Error::Timeout {
                    server: server.to_string(),
                    op: "connect",
                });
            };
            match Self::connect_one(addr, left) {
                Ok(socket) => {
                    return Ok(Connection {
                        socket,
                        read_buf: vec![0; INITIAL_READ_BUFFER],
                        write_buf: Vec::with_capacity(512),
                        recv_timeout: left,
                        send_timeout: left,
                        sent_any: false,
                        fork_generation: 0,
                        epoch: 0,
                    })
                }
                Err(e) => last_err = e,
            }
        }
        if matches!(
            last_err.kind(),
            io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock
        ) {
            return Err(Error::Timeout {
                server: server.to_string(),
                op: "connect",
            });
        }
        Err(Error::Connect {
            server: server.to_string(),
            err: last_err,
        })
    }

    fn connect_one(addr: &SockAddr, timeout: Duration) -> io::Result<Socket> {
        let domain = Domain::from(i32::from(addr.family()));
        let socket = Socket::new(domain, Type::STREAM, None)?;
        socket.connect_timeout(addr, timeout)?;
        if domain != Domain::UNIX {
            socket.set_tcp_nodelay(true)?;
        }
        socket.set_read_timeout(Some(timeout.max(MIN_SOCKET_TIMEOUT)))?;
        socket.set_write_timeout(Some(timeout.max(MIN_SOCKET_TIMEOUT)))?;
        Ok(socket)
    }

    /// Sends one request, built by `encode` into the connection's reused buffer, and reads its one
    /// reply before the deadline. `max_value` bounds the value a reply may announce.
    pub fn request(
        &mut self,
        deadline: Instant,
        max_value: usize,
        server: &str,
        encode: impl FnOnce(&mut Vec<u8>),
    ) -> Result<Reply<'_>> {
        encode(&mut self.write_buf);
        self.sent_any = false;
        self.send_all(deadline, server)?;
        let len = self.receive_reply(deadline, max_value, server)?;
        match parse_reply(&self.read_buf[..len], max_value) {
            Parsed::Done(reply, _) => Ok(reply),
            // receive_reply only returns once the bytes parse as one whole reply.
            _ => Err(Error::Protocol {
                server: server.to_string(),
                reason: "reply changed between two parses".into(),
            }),
        }
    }

    /// Whether any byte of the last request was written: after that, the server may have read
    /// and applied it, whatever happened to the reply.
    pub fn sent_any(&self) -> bool {
        self.sent_any
    }

    /// Whether the server has closed this connection (or sent bytes nobody asked for), as far as
    /// this end can tell without writing: one non-blocking peek. For requests that must not be
    /// sent twice, which cannot be retried when a kept connection turns out to be dead.
    pub fn is_closed(&self) -> bool {
        let mut byte = [MaybeUninit::<u8>::uninit()];
        loop {
            match self
                .socket
                .recv_with_flags(&mut byte, libc::MSG_PEEK | libc::MSG_DONTWAIT)
            {
                // Nothing to read: the connection is open and idle, as it should be.
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return false,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                // End of stream, an error (reset), or a byte that answers nothing.
                _ => return true,
            }
        }
    }

    fn timeout_error(server: &str, op: &'static str) -> Error {
        Error::Timeout {
            server: server.to_string(),
            op,
        }
    }

    fn send_all(&mut self, deadline: Instant, server: &str) -> Result<()> {
        let mut sent = 0;
        while sent < self.write_buf.len() {
            let left = time_left(deadline).ok_or_else(|| Self::timeout_error(server, "write"))?;
            if self.send_timeout > left + DEADLINE_SLACK {
                self.set_send_timeout(left, server)?;
            }
            // MSG_NOSIGNAL: a peer that closed must give EPIPE, never a SIGPIPE that kills the host.
            match self
                .socket
                .send_with_flags(&self.write_buf[sent..], libc::MSG_NOSIGNAL)
            {
                Ok(0) => {
                    return Err(Error::Io {
                        server: server.to_string(),
                        err: io::ErrorKind::WriteZero.into(),
                    })
                }
                Ok(n) => {
                    sent += n;
                    self.sent_any = true;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    // The socket timeout ran out; the loop decides whether the deadline did.
                    if time_left(deadline).is_none() {
                        return Err(Self::timeout_error(server, "write"));
                    }
                    self.set_send_timeout(time_left(deadline).unwrap_or_default(), server)?;
                }
                Err(err) => {
                    return Err(Error::Io {
                        server: server.to_string(),
                        err,
                    })
                }
            }
        }
        Ok(())
    }

    /// Reads until `read_buf` holds exactly one whole reply; returns its length.
    fn receive_reply(
        &mut self,
        deadline: Instant,
        max_value: usize,
        server: &str,
    ) -> Result<usize> {
        let mut filled = 0;
        loop {
            if filled == self.read_buf.len() {
                let grown = (self.read_buf.len() * 2).max(INITIAL_READ_BUFFER);
                self.read_buf.resize(grown, 0);
            }
            let left = time_left(deadline).ok_or_else(|| Self::timeout_error(server, "read"))?;
            if self.recv_timeout > left + DEADLINE_SLACK {
                self.set_recv_timeout(left, server)?;
            }
            match (&self.socket).read(&mut self.read_buf[filled..]) {
                // Closed before any byte of the reply: the request may never have been read (a
                // restarted server, an idle timeout). After some bytes it surely was.
                Ok(0) if filled == 0 => {
                    return Err(Error::Io {
                        server: server.to_string(),
                        err: io::Error::new(
                            io::ErrorKind::UnexpectedEof,
                            "the server closed the connection",
                        ),
                    })
                }
                Ok(0) => {
                    return Err(Error::Protocol {
                        server: server.to_string(),
                        reason: "the server closed the connection in the middle of a reply".into(),
                    })
                }
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    let Some(left) = time_left(deadline) else {
                        return Err(Self::timeout_error(server, "read"));
                    };
                    self.set_recv_timeout(left, server)?;
                    continue;
                }
                Err(err) if filled > 0 => {
                    return Err(Error::Protocol {
                        server: server.to_string(),
                        reason: format!("the connection failed in the middle of a reply: {err}"),
                    })
                }
                Err(err) => {
                    return Err(Error::Io {
                        server: server.to_string(),
                        err,
                    })
                }
            }
            match parse_reply(&self.read_buf[..filled], max_value) {
                Parsed::Done(_, used) if used == filled => return Ok(filled),
                Parsed::Done(_, _) => {
                    return Err(Error::Protocol {
                        server: server.to_string(),
                        reason: "unexpected bytes after the reply".into(),
                    })
                }
                Parsed::NeedMore(Some(total)) if total > self.read_buf.len() => {
                    self.read_buf.resize(total, 0);
                }
                Parsed::NeedMore(_) => {}
                // A value larger than the caller can take: refused as soon as its header is in,
                // before any of it is buffered. The rest of it is still on its way, so the
                // connection goes (the caller drops it); the server did nothing wrong.
                Parsed::Invalid(ProtocolError::ValueTooLarge) => {
                    let len = announced_len(&self.read_buf[..filled]).unwrap_or(u64::MAX);
                    return Err(Error::ValueTooLarge {
                        len: usize::try_from(len).unwrap_or(usize::MAX),
                        max: max_value,
                    });
                }
                Parsed::Invalid(e) => {
                    return Err(Error::Protocol {
                        server: server.to_string(),
                        reason: e.as_str().into(),
                    })
                }
            }
        }
    }

    fn set_recv_timeout(&mut self, t: Duration, server: &str) -> Result<()> {
        // A timeout that rounds to zero microseconds would mean "block forever" to the kernel.
        let t = t.max(MIN_SOCKET_TIMEOUT);
        self.socket
            .set_read_timeout(Some(t))
            .map_err(|err| Error::Io {
                server: server.to_string(),
                err,
            })?;
        self.recv_timeout = t;
        Ok(())
    }

    fn set_send_timeout(&mut self, t: Duration, server: &str) -> Result<()> {
        let t = t.max(MIN_SOCKET_TIMEOUT);
        self.socket
            .set_write_timeout(Some(t))
            .map_err(|err| Error::Io {
                server: server.to_string(),
                err,
            })?;
        self.send_timeout = t;
        Ok(())
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
