//! The one error type of the core. Adapters map it: the C API to a negative code plus a message, the
//! Kamailio adapter to a log line and the script-visible result the stock module gives.

use std::fmt;
use std::io;

#[derive(Debug)]
pub enum Error {
    /// A parameter name this module does not know.
    UnknownParam(String),
    /// A known parameter with a value it cannot take.
    BadParam { name: String, reason: String },
    /// An operation before `mod_init`, or after `destroy`.
    NotInitialised,
    /// `mod_init` twice, or a parameter set after `mod_init`.
    AlreadyInitialised,
    /// A pseudo-variable name that is not `mct`, `mcinc`, `mcdec` or `mctex`.
    UnknownPv(String),
    /// A bad argument from the caller (a NULL pointer, a length without bytes, a bad type).
    BadArgument(String),
    /// An empty key, or a key that is empty once its `=>expiry` suffix is split off.
    EmptyKey,
    /// An expiry that is not a whole number of seconds from 0 to 2^31-1.
    BadExpiry(String),
    /// A value over the size memcached accepts, refused before anything is sent; or a value read
    /// that is longer than the reader takes, refused as soon as its size is announced.
    ValueTooLarge { len: usize, max: usize },
    /// A counter operation on a value that is not a number, or a non-numeric delta or expiry.
    NotANumber(String),
    /// The key does not exist where the operation needs it (`$mctex`).
    NotFound,
    /// `mode=1` (add) and the key already exists.
    NotStored,
    /// The operation did not finish within the `timeout` parameter.
    Timeout { server: String, op: &'static str },
    /// The server could not be reached.
    Connect { server: String, err: io::Error },
    /// The server is marked down (failures in a row); it is tried again after `retry_interval`.
    ServerDown { server: String },
    /// The connection failed during an operation (reset, closed).
    Io { server: String, err: io::Error },
    /// The server sent something that is not a valid reply to what was asked.
    Protocol { server: String, reason: String },
    /// The server answered `SERVER_ERROR`, `CLIENT_ERROR` or `ERROR`.
    Server { server: String, message: String },
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// True for the failures that count as timeouts in the stats.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout { .. })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownParam(name) => write!(f, "unknown parameter '{name}'"),
            Error::BadParam { name, reason } => {
                write!(f, "bad value for parameter '{name}': {reason}")
            }
            Error::NotInitialised => write!(f, "module not initialised (call mod_init first)"),
            Error::AlreadyInitialised => {
                write!(
                    f,
                    "module already initialised (parameters are fixed after mod_init)"
                )
            }
            Error::UnknownPv(name) => write!(
                f,
                "unknown pseudo-variable '{name}' (expected mct, mcinc, mcdec or mctex)"
            ),
            Error::BadArgument(what) => write!(f, "bad argument: {what}"),
            Error::EmptyKey => write!(f, "empty key"),
            Error::BadExpiry(text) => write!(
                f,
                "bad expiry '{text}': expected whole seconds from 0 to 2147483647"
            ),
            Error::ValueTooLarge { len, max } => {
                write!(
                    f,
                    "value of {len} bytes is larger than the limit of {max} bytes"
                )
            }
            Error::NotANumber(what) => write!(f, "not a number: {what}"),
            Error::NotFound => write!(f, "key not found"),
            Error::NotStored => write!(f, "not stored: the key exists and mode=1 never overwrites"),
            Error::Timeout { server, op } => write!(f, "{op} on {server}: timed out"),
            Error::Connect { server, err } => write!(f, "cannot connect to {server}: {err}"),
            Error::Io { server, err } => write!(f, "connection to {server} failed: {err}"),
            Error::ServerDown { server } => write!(
                f,
                "{server} is marked down after failures in a row; it is tried again after \
                 retry_interval"
            ),
            Error::Protocol { server, reason } => {
                write!(f, "bad reply from {server}: {reason}")
            }
            Error::Server { server, message } => write!(f, "{server} answered: {message}"),
        }
    }
}

impl std::error::Error for Error {}
