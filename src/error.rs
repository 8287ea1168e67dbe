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
    /// The memory the host's processes share (the counters, the servers' health) could not be
    /// mapped at `mod_init`: the system refused it.
    SharedMemory(io::Error),
    /// A counter change on a missing counter found it created by another client each time it
    /// went to create it, and missing again each time it went to change it, until it gave up;
    /// nothing was applied. Another client deletes the counter as fast as it is created.
    CounterRace,
    /// The server list gave no server to try for a key. Cannot happen (a list is never empty,
    /// `parse_servers` refuses that): a bug if it shows.
    NoServer,
}

pub type Result<T> = std::result::Result<T, Error>;

/// The kinds of failure an operator tells apart in the log: each kind is rate-limited on its own
/// (`hosts::failure_log`), so that one kind never hides another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The server is unreachable, stuck or marked down.
    ServerFailure,
    /// The server answered SERVER_ERROR, CLIENT_ERROR or ERROR; or a counter that other clients
    /// kept creating and deleting.
    ServerError,
    /// `mode=1` and the key exists.
    NotStored,
    /// A counter or expiry that is not a number, or a counter holding a non-number.
    NotANumber,
    BadExpiry,
    /// `$mctex` on a missing key.
    NotFound,
    /// A value over memcached's limit or over what the host can take.
    TooLarge,
    /// Anything else the module refused: a bad key, a bad argument, the module not initialised.
    Refused,
}

impl Kind {
    /// How many kinds there are: `kind as usize` is below it.
    pub const COUNT: usize = 8;
}

impl Error {
    /// The failures that count as timeouts in the stats (overall and per server).
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout { .. })
    }

    /// The failures that say a server is unreachable or stuck (as opposed to a refused request):
    /// they count towards marking it down, and an operation may fail over to the next server.
    pub fn is_server_failure(&self) -> bool {
        matches!(
            self,
            Error::Connect { .. }
                | Error::Timeout { .. }
                | Error::Io { .. }
                | Error::Protocol { .. }
        )
    }

    /// The failures that say the key's server cannot be reached now: a server failure, or a
    /// server marked down after them. What a near cache may answer with a stale entry
    /// (`cache_stale_on_error`); never a refusal or an answer of the server's.
    pub fn is_unreachable(&self) -> bool {
        self.is_server_failure() || matches!(self, Error::ServerDown { .. })
    }

    /// The failures counted as `refused` in the stats: a request the module refused because of
    /// what the script gave it (a bad key, expiry, number or argument, a value too large), before
    /// or without memcached's say.
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            Error::NotANumber(_)
                | Error::BadExpiry(_)
                | Error::EmptyKey
                | Error::ValueTooLarge { .. }
                | Error::BadArgument(_)
        )
    }

    /// The kind of failure this is, for the log's rate limit.
    pub fn kind(&self) -> Kind {
        match self {
            Error::Connect { .. }
            | Error::Timeout { .. }
            | Error::Io { .. }
            | Error::Protocol { .. }
            | Error::ServerDown { .. } => Kind::ServerFailure,
            Error::Server { .. } | Error::CounterRace => Kind::ServerError,
            Error::NotStored => Kind::NotStored,
            Error::NotANumber(_) => Kind::NotANumber,
            Error::BadExpiry(_) => Kind::BadExpiry,
            Error::NotFound => Kind::NotFound,
            Error::ValueTooLarge { .. } => Kind::TooLarge,
            Error::UnknownParam(_)
            | Error::BadParam { .. }
            | Error::NotInitialised
            | Error::AlreadyInitialised
            | Error::UnknownPv(_)
            | Error::BadArgument(_)
            | Error::EmptyKey
            | Error::SharedMemory(_)
            | Error::NoServer => Kind::Refused,
        }
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
            Error::SharedMemory(err) => {
                write!(f, "cannot map shared memory for the counters: {err}")
            }
            Error::CounterRace => write!(f, "the counter kept appearing and disappearing; gave up"),
            Error::NoServer => write!(f, "no server to try for the key (a bug)"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of each variant, with what each classification says of it.
    fn every_variant() -> Vec<(Error, bool, bool, Kind)> {
        let io = || io::Error::other("reset");
        let server = || "127.0.0.1:11211".to_string();
        vec![
            // (failure, is_server_failure, is_refusal, kind)
            (Error::UnknownParam("x".into()), false, false, Kind::Refused),
            (
                Error::BadParam {
                    name: "x".into(),
                    reason: "y".into(),
                },
                false,
                false,
                Kind::Refused,
            ),
            (Error::NotInitialised, false, false, Kind::Refused),
            (Error::AlreadyInitialised, false, false, Kind::Refused),
            (Error::UnknownPv("x".into()), false, false, Kind::Refused),
            (Error::BadArgument("x".into()), false, true, Kind::Refused),
            (Error::EmptyKey, false, true, Kind::Refused),
            (Error::BadExpiry("-1".into()), false, true, Kind::BadExpiry),
            (
                Error::ValueTooLarge { len: 2, max: 1 },
                false,
                true,
                Kind::TooLarge,
            ),
            (Error::NotANumber("x".into()), false, true, Kind::NotANumber),
            (Error::NotFound, false, false, Kind::NotFound),
            (Error::NotStored, false, false, Kind::NotStored),
            (
                Error::Timeout {
                    server: server(),
                    op: "get",
                },
                true,
                false,
                Kind::ServerFailure,
            ),
            (
                Error::Connect {
                    server: server(),
                    err: io(),
                },
                true,
                false,
                Kind::ServerFailure,
            ),
            (
                Error::ServerDown { server: server() },
                false,
                false,
                Kind::ServerFailure,
            ),
            (
                Error::Io {
                    server: server(),
                    err: io(),
                },
                true,
                false,
                Kind::ServerFailure,
            ),
            (
                Error::Protocol {
                    server: server(),
                    reason: "x".into(),
                },
                true,
                false,
                Kind::ServerFailure,
            ),
            (
                Error::Server {
                    server: server(),
                    message: "SERVER_ERROR out of memory".into(),
                },
                false,
                false,
                Kind::ServerError,
            ),
            (Error::SharedMemory(io()), false, false, Kind::Refused),
            (Error::CounterRace, false, false, Kind::ServerError),
            (Error::NoServer, false, false, Kind::Refused),
        ]
    }

    #[test]
    fn a_server_failure_is_one_that_counts_towards_marking_the_server_down() {
        for (err, server_failure, _, _) in every_variant() {
            assert_eq!(err.is_server_failure(), server_failure, "{err}");
        }
    }

    #[test]
    fn a_marked_down_server_is_no_new_failure_of_it() {
        // It counts in the log's ServerFailure kind, but not towards marking it down again.
        let down = Error::ServerDown { server: "s".into() };
        assert!(!down.is_server_failure());
        assert_eq!(down.kind(), Kind::ServerFailure);
    }

    #[test]
    fn a_refusal_is_what_the_script_gave_wrong() {
        for (err, _, refusal, _) in every_variant() {
            assert_eq!(err.is_refusal(), refusal, "{err}");
        }
    }

    #[test]
    fn only_a_timeout_is_a_timeout() {
        for (err, ..) in every_variant() {
            assert_eq!(
                err.is_timeout(),
                matches!(err, Error::Timeout { .. }),
                "{err}"
            );
        }
    }

    #[test]
    fn each_failure_has_the_kind_its_log_lines_are_limited_with() {
        for (err, _, _, kind) in every_variant() {
            assert_eq!(err.kind(), kind, "{err}");
            assert!((kind as usize) < Kind::COUNT, "{kind:?}");
        }
    }
}
