//! memcached's ASCII authentication (1.5.15+, started with `-Y auth_file`): the first request of
//! a connection is a `set` whose data is `<user> <password>`; memcached answers `STORED`, or
//! `CLIENT_ERROR authentication failure`. SASL is the binary protocol's, which this client does
//! not speak.
//!
//! The password is never shown: not in `Debug`, not in the startup line, not in stats; the
//! request that carries it is wiped from the connection's buffer once sent.

use std::fmt;
use std::path::Path;

/// A password as a parameter holds it: shown as `<hidden>`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(text: &str) -> Secret {
        Secret(text.to_string())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<hidden>")
    }
}

/// A user and a password.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: String,
    password: String,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Credentials {{ user: {:?}, password: <hidden> }}",
            self.user
        )
    }
}

impl Credentials {
    /// A user and a password, neither with a space or a control byte.
    pub fn new(user: &str, password: &str) -> Result<Credentials, String> {
        if user.is_empty() || user.bytes().any(|b| b <= b' ' || b == 0x7f) {
            return Err("the user name must be non-empty, without spaces or control bytes".into());
        }
        // memcached splits the request's data at spaces: one in the password never matches.
        if password.is_empty() || password.bytes().any(|b| b <= b' ' || b == 0x7f) {
            return Err(
                "the password must be non-empty, without spaces or control bytes (memcached's \
                 ASCII authentication splits at spaces)"
                    .into(),
            );
        }
        Ok(Credentials {
            user: user.to_string(),
            password: password.to_string(),
        })
    }

    /// The first `user:password` line of a file in memcached's own `auth_file` format.
    pub fn from_file(path: &Path) -> Result<Credentials, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .ok_or_else(|| format!("{} holds no user:password line", path.display()))?;
        let (user, password) = line
            .split_once(':')
            .ok_or_else(|| format!("{}: expected user:password", path.display()))?;
        Credentials::new(user, password).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The authentication request (the key is not looked at by memcached).
    pub fn encode(&self, buf: &mut Vec<u8>) {
        let data_len = self.user.len() + 1 + self.password.len();
        buf.clear();
        buf.extend_from_slice(format!("set auth 0 0 {data_len}\r\n").as_bytes());
        buf.extend_from_slice(self.user.as_bytes());
        buf.push(b' ');
        buf.extend_from_slice(self.password.as_bytes());
        buf.extend_from_slice(b"\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_never_shows_in_debug() {
        let c = Credentials::new("sip", "s3cret-pass").unwrap();
        let shown = format!("{c:?}");
        assert!(
            shown.contains("sip") && !shown.contains("s3cret"),
            "{shown}"
        );
    }

    #[test]
    fn the_request_is_a_set_of_user_space_password() {
        let mut buf = Vec::new();
        Credentials::new("sip", "pw").unwrap().encode(&mut buf);
        assert_eq!(buf, b"set auth 0 0 6\r\nsip pw\r\n");
    }

    #[test]
    fn names_that_would_break_the_request_are_refused() {
        assert!(Credentials::new("a b", "pw").is_err());
        assert!(Credentials::new("a", "p\r\nw").is_err());
        assert!(Credentials::new("a", "two words").is_err());
        assert!(Credentials::new("", "pw").is_err());
        assert!(Credentials::new("a", "").is_err());
    }
}
