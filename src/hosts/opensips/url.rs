//! A `cachedb_url` as this module reads it:
//! `memcached[:group]://[user:password@]host[:port][,host2[:port2]…][/database][?name=value&…]`.
//! The host list is a `servers` list (weights and all); the `?` options set engine parameters
//! for this URL alone (`?timeout=200&cache_size=10000&distribution=ketama`). A user with a
//! password logs in with memcached's ASCII authentication (for a server that does not ask, the
//! password is not sent); both are percent-decoded, so that a password may hold `/`, `:`, `@` or
//! `?` (`%2F`, `%3A`, `%40`, `%3F`). The database is ignored, and so is a trailing `/`: two URLs
//! that differ only there are one.
//!
//! A URL is never logged as given: [`masked`] writes its password as the core does (`xxxxxx`).

/// The engine name every URL of this module names.
pub const SCHEME: &str = "memcached";

use crate::client::auth::Secret;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedbUrl {
    /// `None` for the default connection, else the group a script names (`memcached:group1`).
    pub group: Option<String>,
    /// The servers, as a `servers` parameter takes them.
    pub servers: String,
    /// Engine parameters for this URL.
    pub options: Vec<(String, String)>,
    /// `user:password@`: both, or neither.
    pub credentials: Option<(String, Secret)>,
}

impl CachedbUrl {
    pub fn parse(url: &str) -> Result<CachedbUrl, String> {
        let url = url.trim();
        let (scheme, rest) = url
            .split_once("://")
            .ok_or("expected memcached://host:port/ or memcached:group://host:port/")?;
        let (engine, group) = match scheme.split_once(':') {
            Some((engine, group)) => (engine, Some(group)),
            None => (scheme, None),
        };
        if engine != SCHEME {
            return Err(format!("the scheme must be {SCHEME}, not '{engine}'"));
        }
        if group.is_some_and(|g| g.is_empty() || g.contains(['/', ' '])) {
            return Err("a bad group name".into());
        }
        // The options start at the first `?`; the user and password end at the last `@` before
        // them, so that a `/` or `@` written raw in a password does not cut the URL short.
        let (address, query) = match rest.split_once('?') {
            Some((address, query)) => (address, Some(query)),
            None => (rest, None),
        };
        let (userinfo, hosts) = match address.rsplit_once('@') {
            Some((userinfo, hosts)) => (Some(userinfo), hosts),
            None => (None, address),
        };
        let hosts = hosts
            .split_once('/')
            .map_or(hosts, |(hosts, _database)| hosts);
        let credentials = match userinfo.and_then(|u| u.split_once(':')) {
            Some((user, password)) if !user.is_empty() && !password.is_empty() => Some((
                percent_decoded(user, "user")?,
                Secret::new(&percent_decoded(password, "password")?),
            )),
            _ => None,
        };
        if hosts.is_empty() {
            return Err("no host".into());
        }
        let options = query
            .unwrap_or("")
            .split('&')
            .filter(|o| !o.is_empty())
            .map(|o| match o.split_once('=') {
                Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
                _ => Err(format!("option '{o}' is not name=value")),
            })
            .collect::<Result<_, _>>()?;
        Ok(CachedbUrl {
            group: group.map(str::to_string),
            servers: hosts.to_string(),
            options,
            credentials,
        })
    }

    /// Whether two URLs name the same connection: the same group, servers, options and
    /// credentials (the database and a trailing `/` do not count).
    pub fn same_connection(&self, other: &CachedbUrl) -> bool {
        self.group == other.group
            && self.servers == other.servers
            && self.options == other.options
            && match (&self.credentials, &other.credentials) {
                (None, None) => true,
                (Some((u1, p1)), Some((u2, p2))) => u1 == u2 && p1.expose() == p2.expose(),
                _ => false,
            }
    }

    /// The id a script gives `cache_*` functions for this URL: `memcached` or `memcached:group`.
    pub fn system(&self) -> String {
        match &self.group {
            None => SCHEME.to_string(),
            Some(g) => format!("{SCHEME}:{g}"),
        }
    }
}

/// `%XX` sequences as the bytes they stand for; the result must be UTF-8.
fn percent_decoded(text: &str, what: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied(),
            bytes.get(i + 2).copied(),
        ) {
            (b'%', Some(h), Some(l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| format!("the {what} is not UTF-8 once percent-decoded"))
}

/// The URL as it may be logged: a password between `user:` and the last `@` before the options
/// is written `xxxxxx`, as OpenSIPS's core writes it, whatever the rest of the URL is.
pub fn masked(url: &str) -> String {
    let Some(start) = url.find("://").map(|at| at + 3) else {
        return url.to_string();
    };
    let address_end = url[start..].find('?').map_or(url.len(), |at| start + at);
    let Some(at) = url[start..address_end].rfind('@').map(|at| start + at) else {
        return url.to_string();
    };
    match url[start..at].find(':') {
        Some(colon) => format!("{}xxxxxx{}", &url[..start + colon + 1], &url[at..]),
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_as_operators_write_them() {
        let u = CachedbUrl::parse("memcached://127.0.0.1:11211/").unwrap();
        assert_eq!((u.group, u.servers.as_str()), (None, "127.0.0.1:11211"));
        let u = CachedbUrl::parse("memcached:group1://h1:1,h2:2/").unwrap();
        assert_eq!(u.group.as_deref(), Some("group1"));
        assert_eq!(u.servers, "h1:1,h2:2");
        assert_eq!(u.system(), "memcached:group1");
        let u = CachedbUrl::parse("memcached://user:pw@h:5/db?timeout=200&cache_size=10").unwrap();
        assert_eq!(u.servers, "h:5");
        let (user, password) = u.credentials.clone().unwrap();
        assert_eq!((user.as_str(), password.expose()), ("user", "pw"));
        assert!(
            !format!("{u:?}").contains("pw"),
            "the password is not in Debug"
        );
        assert_eq!(
            u.options,
            [
                ("timeout".into(), "200".into()),
                ("cache_size".into(), "10".into())
            ]
        );
        let u = CachedbUrl::parse("memcached://user@h:5/").unwrap();
        assert_eq!(
            u.credentials, None,
            "a user alone is ignored, as by the stock module"
        );
    }

    #[test]
    fn a_password_may_hold_any_character_percent_encoded_or_raw() {
        for (url, password) in [
            ("memcached://sip:S3c%2Fr%40t%3A%3F@h:5/", "S3c/r@t:?"),
            ("memcached://sip:S3c/r@t@h:5/", "S3c/r@t"),
            ("memcached://sip:pw@h:5", "pw"),
        ] {
            let u = CachedbUrl::parse(url).unwrap();
            let (user, pw) = u.credentials.unwrap();
            assert_eq!((user.as_str(), pw.expose()), ("sip", password), "{url}");
            assert_eq!(u.servers, "h:5", "{url}");
        }
        assert!(CachedbUrl::parse("memcached://sip:%ff@h:5/").is_err());
    }

    #[test]
    fn a_url_is_logged_with_its_password_masked() {
        for (url, shown) in [
            (
                "memcached://sip:S3cretPW@127.0.0.1:11211/",
                "memcached://sip:xxxxxx@127.0.0.1:11211/",
            ),
            (
                "memcached:g://sip:S3c/r@t@h:1/db?timeout=5",
                "memcached:g://sip:xxxxxx@h:1/db?timeout=5",
            ),
            ("memcached://h:1/", "memcached://h:1/"),
            ("memcached://user@h:1/", "memcached://user@h:1/"),
            ("garbage:S3cret@", "garbage:S3cret@"),
        ] {
            assert_eq!(masked(url), shown);
        }
    }

    #[test]
    fn urls_that_differ_only_in_the_database_or_the_slash_are_one_connection() {
        let parse = |u| CachedbUrl::parse(u).unwrap();
        let a = parse("memcached://h:1,h:2/");
        assert!(a.same_connection(&parse("memcached://h:1,h:2")));
        assert!(a.same_connection(&parse("memcached://h:1,h:2/db")));
        assert!(!a.same_connection(&parse("memcached://h:1/")));
        assert!(!a.same_connection(&parse("memcached:g://h:1,h:2/")));
        assert!(!a.same_connection(&parse("memcached://h:1,h:2/?timeout=5")));
        assert!(!a.same_connection(&parse("memcached://u:p@h:1,h:2/")));
        let b = parse("memcached://u:p@h:1/");
        assert!(b.same_connection(&parse("memcached://u:p@h:1")));
        assert!(!b.same_connection(&parse("memcached://u:q@h:1")));
    }

    #[test]
    fn what_is_not_a_memcached_url_is_refused() {
        for bad in [
            "",
            "127.0.0.1:11211",
            "redis://h:1/",
            "memcached:://h/",
            "memcached:///",
            "memcached://h/?novalue",
        ] {
            assert!(CachedbUrl::parse(bad).is_err(), "{bad}");
        }
    }
}
