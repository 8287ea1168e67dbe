//! The byte stream a connection runs on: the socket, with TLS over it for a TLS server; every
//! step (the handshake, a write, a read) bounded by the deadline of the operation it is part of.
//!
//! The deadline is looked at after each system call, and each call blocks at most the time left:
//! the socket's timeouts are set to it (and only tightened when the time left is shorter than
//! what is set, by more than [`DEADLINE_SLACK`], so that a request whose reply fits in one read
//! costs two system calls). That alone would not bound TLS: rustls's `complete_io` loops inside
//! until the handshake is done, and a record yields no plaintext until it is whole, so that a
//! peer sending a byte every 50 ms kept one operation at `timeout` 200 ms for 10 s (a handshake)
//! and 153 s (a 3,000-byte value), every single read well within its socket timeout. So rustls
//! is driven here one call at a time (`read_tls`, `process_new_packets`, `write_tls`), the
//! deadline looked at between them, as on a plain socket.

use std::io::{self, Read, Write};
use std::mem::MaybeUninit;
use std::time::{Duration, Instant};

use rustls::ClientConnection;
use socket2::Socket;

use crate::client::failure::Failure;

/// How far past the deadline a single blocking call may run before the socket timeout is
/// tightened (which costs a system call). Keeps the fast path at two calls per request.
const DEADLINE_SLACK: Duration = Duration::from_millis(2);

/// The shortest socket timeout set; zero would mean no timeout at all.
const MIN_SOCKET_TIMEOUT: Duration = Duration::from_millis(1);

/// The time left before `deadline`; `None` once it has passed.
pub fn time_left(deadline: Instant) -> Option<Duration> {
    deadline
        .checked_duration_since(Instant::now())
        .filter(|d| !d.is_zero())
}

/// The socket as rustls reads and writes it: writes never raise SIGPIPE.
struct SocketIo<'a>(&'a Socket);

impl Read for SocketIo<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let mut socket = self.0;
        socket.read(buf)
    }
}

impl Write for SocketIo<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.send_with_flags(buf, libc::MSG_NOSIGNAL)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Which way a system call goes, for its socket timeout.
#[derive(Clone, Copy)]
enum Way {
    Recv,
    Send,
}

pub struct Transport {
    socket: Socket,
    tls: Option<Box<ClientConnection>>,
    /// What SO_RCVTIMEO / SO_SNDTIMEO are set to now.
    recv_timeout: Duration,
    send_timeout: Duration,
}

impl Transport {
    /// A connected socket, its timeouts both set to `timeout`: the time left of the operation
    /// that opened it.
    pub fn new(socket: Socket, timeout: Duration) -> io::Result<Transport> {
        let timeout = timeout.max(MIN_SOCKET_TIMEOUT);
        socket.set_read_timeout(Some(timeout))?;
        socket.set_write_timeout(Some(timeout))?;
        Ok(Transport {
            socket,
            tls: None,
            recv_timeout: timeout,
            send_timeout: timeout,
        })
    }

    /// Sets the socket's timeout one way, unconditionally.
    fn set_timeout(&mut self, way: Way, t: Duration) -> Result<(), Failure> {
        // A timeout that rounds to zero microseconds would mean "block forever" to the kernel.
        let t = t.max(MIN_SOCKET_TIMEOUT);
        match way {
            Way::Recv => {
                self.socket.set_read_timeout(Some(t)).map_err(Failure::Io)?;
                self.recv_timeout = t;
            }
            Way::Send => {
                self.socket
                    .set_write_timeout(Some(t))
                    .map_err(Failure::Io)?;
                self.send_timeout = t;
            }
        }
        Ok(())
    }

    /// Before a blocking call: the deadline looked at (`step` is what timed out), and the
    /// socket's timeout that way brought within the time left.
    fn bound(&mut self, way: Way, deadline: Instant, step: &'static str) -> Result<(), Failure> {
        let left = time_left(deadline).ok_or(Failure::Timeout(step))?;
        let set = match way {
            Way::Recv => self.recv_timeout,
            Way::Send => self.send_timeout,
        };
        if set > left + DEADLINE_SLACK {
            self.set_timeout(way, left)?;
        }
        Ok(())
    }

    /// After a call that the socket's timeout ended (EAGAIN): a timeout when the deadline has
    /// passed too, else the socket's timeout set to what is left, for the next try.
    fn timed_out(
        &mut self,
        way: Way,
        deadline: Instant,
        step: &'static str,
    ) -> Result<(), Failure> {
        let left = time_left(deadline).ok_or(Failure::Timeout(step))?;
        self.set_timeout(way, left)
    }

    /// The TLS handshake of `session`, before `deadline`, one socket call at a time. A failed
    /// handshake is [`Failure::Io`] with what rustls or the socket said (an alert rustls queued
    /// is sent first, as a courtesy), which the caller explains; a passed deadline is
    /// [`Failure::Timeout`].
    pub fn handshake(
        &mut self,
        mut session: ClientConnection,
        deadline: Instant,
    ) -> Result<(), Failure> {
        const STEP: &str = "TLS handshake";
        while session.is_handshaking() {
            if session.wants_write() {
                self.write_records(&mut session, deadline, STEP)?;
                continue;
            }
            self.bound(Way::Recv, deadline, STEP)?;
            match session.read_tls(&mut SocketIo(&self.socket)) {
                Ok(0) => {
                    return Err(Failure::Io(io::ErrorKind::UnexpectedEof.into()));
                }
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    self.timed_out(Way::Recv, deadline, STEP)?;
                    continue;
                }
                Err(e) => return Err(Failure::Io(e)),
            }
            if let Err(e) = session.process_new_packets() {
                // The alert rustls queued for the server, best effort: one send, which the
                // socket's timeout bounds (set within the time left above).
                let _ = session.write_tls(&mut SocketIo(&self.socket));
                return Err(Failure::Io(io::Error::new(io::ErrorKind::InvalidData, e)));
            }
        }
        // What the handshake's last flight left to send (the client's Finished).
        self.write_records(&mut session, deadline, STEP)?;
        self.tls = Some(Box::new(session));
        Ok(())
    }

    /// The established TLS session, for its counters and settings.
    pub fn tls_mut(&mut self) -> Option<&mut ClientConnection> {
        self.tls.as_deref_mut()
    }

    /// Writes every record `session` has queued before `deadline`, a system call at a time.
    fn write_records(
        &mut self,
        session: &mut ClientConnection,
        deadline: Instant,
        step: &'static str,
    ) -> Result<(), Failure> {
        while session.wants_write() {
            self.bound(Way::Send, deadline, step)?;
            match session.write_tls(&mut SocketIo(&self.socket)) {
                Ok(0) => return Err(Failure::Io(io::ErrorKind::WriteZero.into())),
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    self.timed_out(Way::Send, deadline, step)?
                }
                Err(e) => return Err(Failure::Io(e)),
            }
        }
        Ok(())
    }

    /// Writes all of `data` before `deadline`; `sent_any` is set once a byte of it was handed to
    /// the kernel (the server may then have read it).
    pub fn write_all(
        &mut self,
        data: &[u8],
        deadline: Instant,
        sent_any: &mut bool,
    ) -> Result<(), Failure> {
        const STEP: &str = "write";
        if let Some(tls) = &mut self.tls {
            // Encrypted whole into records (no buffer limit), which the loop writes.
            tls.writer().write_all(data).map_err(Failure::Io)?;
        }
        let mut written = 0;
        loop {
            let pending = match &self.tls {
                None => written < data.len(),
                Some(tls) => tls.wants_write(),
            };
            if !pending {
                return Ok(());
            }
            self.bound(Way::Send, deadline, STEP)?;
            let socket = &self.socket;
            // MSG_NOSIGNAL: a peer that closed must give EPIPE, never a SIGPIPE that kills the host.
            let sent = match &mut self.tls {
                None => socket.send_with_flags(&data[written..], libc::MSG_NOSIGNAL),
                Some(tls) => tls.write_tls(&mut SocketIo(socket)),
            };
            match sent {
                Ok(0) => return Err(Failure::Io(io::ErrorKind::WriteZero.into())),
                Ok(n) => {
                    written += n;
                    *sent_any = true;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    self.timed_out(Way::Send, deadline, STEP)?
                }
                Err(err) => return Err(Failure::Io(err)),
            }
        }
    }

    /// Reads some bytes of a reply into `buf` before `deadline`: `Ok(0)` at the end of the
    /// stream, [`Failure::Io`] for a failed socket or bad records, [`Failure::Timeout`] once the
    /// deadline has passed. For TLS: the plaintext rustls holds, else a read of records from the
    /// socket, processed, and again, the deadline looked at before each read.
    pub fn read(&mut self, buf: &mut [u8], deadline: Instant) -> Result<usize, Failure> {
        const STEP: &str = "read";
        loop {
            if let Some(tls) = &mut self.tls {
                match tls.reader().read(buf) {
                    // 0: the server closed with close_notify.
                    Ok(n) => return Ok(n),
                    // No plaintext yet: read records.
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                    // UnexpectedEof: closed without close_notify, as a plain socket's end.
                    Err(e) => return Err(Failure::Io(e)),
                }
            }
            self.bound(Way::Recv, deadline, STEP)?;
            let read = match &mut self.tls {
                None => (&self.socket).read(buf),
                Some(tls) => tls.read_tls(&mut SocketIo(&self.socket)),
            };
            match read {
                Ok(n) => {
                    let Some(tls) = &mut self.tls else {
                        return Ok(n);
                    };
                    // Records in (or the end of the stream, which rustls notes): plaintext, if a
                    // record is whole now, at the top of the loop.
                    tls.process_new_packets()
                        .map_err(|e| Failure::Io(io::Error::new(io::ErrorKind::InvalidData, e)))?;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    self.timed_out(Way::Recv, deadline, STEP)?
                }
                Err(e) => return Err(Failure::Io(e)),
            }
        }
    }

    /// Whether the server has closed this connection (or sent bytes nobody asked for), as far as
    /// this end can tell without writing: one non-blocking peek. For requests that must not be
    /// sent twice, which cannot be retried when a kept connection turns out to be dead.
    pub fn is_closed(&mut self) -> bool {
        let mut byte = [MaybeUninit::<u8>::uninit()];
        loop {
            match self
                .socket
                .recv_with_flags(&mut byte, libc::MSG_PEEK | libc::MSG_DONTWAIT)
            {
                // Nothing to read: the connection is open and idle, as it should be.
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return false,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                // TLS records: the server may send some unasked (TLS 1.3 session tickets after
                // the handshake). Taken in; only plaintext or a close means the same as below.
                Ok(n) if n > 0 && self.tls.is_some() => {
                    if self.tls_idle_records_close() {
                        return true;
                    }
                }
                // End of stream, an error (reset), or a byte that answers nothing.
                _ => return true,
            }
        }
    }

    /// Reads the TLS records waiting on an idle connection: whether they close it (an alert, a
    /// close_notify, bad records) or carry plaintext nobody asked for.
    fn tls_idle_records_close(&mut self) -> bool {
        let Some(tls) = &mut self.tls else {
            return true;
        };
        // Bytes are waiting, so this read does not block.
        match tls.read_tls(&mut SocketIo(&self.socket)) {
            Ok(n) if n > 0 => {}
            _ => return true,
        }
        match tls.process_new_packets() {
            Ok(state) => state.plaintext_bytes_to_read() > 0 || state.peer_has_closed(),
            Err(_) => true,
        }
    }
}
