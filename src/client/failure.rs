//! A failure on the way to one server, before it is an [`Error`]: the connection, the resolver and
//! the replies' checks do not say which server they talk to; the client, which knows, names it
//! once ([`Failure::on`]) when it turns the failure into the error its callers see.

use std::io;

use crate::error::Error;

#[derive(Debug)]
pub enum Failure {
    /// The deadline passed during this step (`connect`, `TLS handshake`, `read`...):
    /// [`Error::Timeout`].
    Timeout(&'static str),
    /// The server could not be reached, or its TLS or authentication failed: [`Error::Connect`].
    Connect(io::Error),
    /// The connection failed during a request: [`Error::Io`].
    Io(io::Error),
    /// Not a valid reply to what was asked: [`Error::Protocol`].
    Protocol(String),
    /// A complete error reply (`ERROR`, `CLIENT_ERROR`, `SERVER_ERROR`): [`Error::Server`].
    Refused(String),
    /// An error that names no server (a value larger than the caller takes, a counter that holds
    /// no number): as it is.
    Other(Error),
}

/// The kinds of I/O error a connection closed by the peer fails with, on the write (a reset, a
/// broken pipe) or on the read (end of stream).
pub fn is_closed_kind(kind: io::ErrorKind) -> bool {
    matches!(
        kind,
        io::ErrorKind::ConnectionReset
            | io::ErrorKind::BrokenPipe
            | io::ErrorKind::UnexpectedEof
            | io::ErrorKind::ConnectionAborted
    )
}

impl Failure {
    /// The connection was closed by the server before any byte of the reply came back (after
    /// some, the connection reports a protocol error instead).
    pub fn is_closed_before_reply(&self) -> bool {
        matches!(self, Failure::Io(err) if is_closed_kind(err.kind()))
    }

    /// The error this failure is on `server`.
    pub fn on(self, server: &str) -> Error {
        let server = server.to_string();
        match self {
            Failure::Timeout(op) => Error::Timeout { server, op },
            Failure::Connect(err) => Error::Connect { server, err },
            Failure::Io(err) => Error::Io { server, err },
            Failure::Protocol(reason) => Error::Protocol { server, reason },
            Failure::Refused(message) => Error::Server { server, message },
            Failure::Other(err) => err,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_on_a_server_reads_as_the_error_did() {
        let on = |f: Failure| f.on("10.0.0.1:11211").to_string();
        assert_eq!(
            on(Failure::Timeout("read")),
            "read on 10.0.0.1:11211: timed out"
        );
        assert_eq!(
            on(Failure::Connect(io::ErrorKind::ConnectionRefused.into())),
            "cannot connect to 10.0.0.1:11211: connection refused"
        );
        assert_eq!(
            on(Failure::Io(io::ErrorKind::BrokenPipe.into())),
            "connection to 10.0.0.1:11211 failed: broken pipe"
        );
        assert_eq!(
            on(Failure::Protocol("unknown reply".into())),
            "bad reply from 10.0.0.1:11211: unknown reply"
        );
        assert_eq!(
            on(Failure::Refused("SERVER_ERROR out of memory".into())),
            "10.0.0.1:11211 answered: SERVER_ERROR out of memory"
        );
        assert_eq!(on(Failure::Other(Error::NotFound)), "key not found");
    }
}
