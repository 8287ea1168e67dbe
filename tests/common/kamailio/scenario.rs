//! A scenario: requests sent to a Kamailio running the example config, and what each showed (the
//! reply's headers and the item memcached holds afterwards).

use super::{Kamailio, SipReply};
use crate::common::nutcracker::Store;
use crate::common::{hashed_key, md5sum};

/// One request of a scenario: the operation, the key, the value.
#[derive(Clone)]
pub struct Step {
    pub op: &'static str,
    pub key: String,
    pub val: Option<&'static str>,
}

pub fn step(op: &'static str, key: &str, val: Option<&'static str>) -> Step {
    Step {
        op,
        key: key.to_string(),
        val,
    }
}

/// What one request showed: the reply headers and what memcached holds for the key afterwards.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub kind: String,
    pub get: String,
    pub var: String,
    pub user: String,
    pub tex: String,
    /// (flags, ttl, value) on the server.
    pub item: Option<(u32, i64, Vec<u8>)>,
}

/// The key memcached sees for a script key, when it can be looked up with a meta command.
pub fn wire_key(key: &str) -> String {
    if key.len() >= 250 {
        md5sum(key.as_bytes())
    } else if key.bytes().any(|b| b <= b' ' || b == 0x7f) {
        hashed_key(key.as_bytes())
    } else {
        key.to_string()
    }
}

/// Runs `steps`, each item looked up in `mc`: a memcached, or the ones behind a proxy.
pub fn run(k: &Kamailio, mc: &dyn Store, steps: &[Step]) -> Vec<Outcome> {
    steps
        .iter()
        .map(|s| {
            let mut headers = vec![("X-Key", s.key.as_str())];
            if let Some(v) = s.val {
                headers.push(("X-Val", v));
            }
            let r: SipReply = k.request(s.op, &headers);
            assert_eq!(r.status, 200, "{}", r.raw);
            Outcome {
                kind: r.header("X-Type").to_string(),
                get: r.header("X-Get").to_string(),
                var: r.header("X-Var").to_string(),
                user: r.header("X-User").to_string(),
                tex: r.header("X-Tex").to_string(),
                item: mc.meta(&wire_key(&s.key)),
            }
        })
        .collect()
}
