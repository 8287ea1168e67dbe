//! A `cachedb_url` as this module reads it:
//! `memcached[:group]://[user[:password]@]host[:port][,host2[:port2]…]/[database][?name=value&…]`.
//! The host list is a `servers` list (ketama, weights and all); the `?` options set engine
//! parameters for this URL alone (`?timeout=200&cache_size=10000&tls=1`). A user with a password
//! logs in with memcached's ASCII authentication (the stock module ignores them, and so does this
//! one for a server that does not ask: the password is then not sent); the database is ignored.

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
        let (authority, tail) = rest.split_once('/').unwrap_or((rest, ""));
        let (userinfo, hosts) = match authority.rsplit_once('@') {
            Some((userinfo, hosts)) => (Some(userinfo), hosts),
            None => (None, authority),
        };
        let credentials = userinfo
            .and_then(|u| u.split_once(':'))
            .filter(|(user, password)| !user.is_empty() && !password.is_empty())
            .map(|(user, password)| (user.to_string(), Secret::new(password)));
        if hosts.is_empty() {
            return Err("no host".into());
        }
        let options = match tail.split_once('?') {
            None => Vec::new(),
            Some((_, query)) => query
                .split('&')
                .filter(|o| !o.is_empty())
                .map(|o| match o.split_once('=') {
                    Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
                    _ => Err(format!("option '{o}' is not name=value")),
                })
                .collect::<Result<_, _>>()?,
        };
        Ok(CachedbUrl {
            group: group.map(str::to_string),
            servers: hosts.to_string(),
            options,
            credentials,
        })
    }

    /// The id a script gives `cache_*` functions for this URL: `memcached` or `memcached:group`.
    pub fn system(&self) -> String {
        match &self.group {
            None => SCHEME.to_string(),
            Some(g) => format!("{SCHEME}:{g}"),
        }
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
