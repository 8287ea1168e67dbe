//! `KSR.memcached` from KEMI scripts (Lua through app_lua, JavaScript through app_jsdt) in every
//! supported Kamailio, with the semantics of the pseudo-variables.
//!
//! Each scenario is a function of the host; `release_suites!` (tests/common/kamailio/suite.rs)
//! makes one test of it per release (`v6_0::SCENARIO`). Under CI=true a missing Kamailio fails
//! these tests; elsewhere they are skipped with a message.

mod common;

use common::kamailio::{wide_integers, Kamailio, KamailioHost, ROOT};
use common::{hashed_key, Memcached};

/// A KEMI interpreter the suite drives `KSR.memcached` from: its module, its cfgengine name, and
/// the routing script (tests/kamailio/kemi/).
#[derive(Clone, Copy)]
struct Kemi {
    module: &'static str,
    engine: &'static str,
    script: &'static str,
}

const LUA: Kemi = Kemi {
    module: "app_lua",
    engine: "lua",
    script: "kemi.lua",
};

const JAVASCRIPT: Kemi = Kemi {
    module: "app_jsdt",
    engine: "jsdt",
    script: "kemi.js",
};

/// Kamailio running `kemi`'s routing script with our module loaded.
fn start_kemi(h: &KamailioHost, kemi: Kemi, mc: &Memcached) -> Kamailio {
    let dir = format!("{ROOT}/tests/kamailio/kemi");
    let (script_dir, script_inside) = h.scratch_dir(&format!("{}-script", kemi.engine));
    std::fs::copy(
        format!("{dir}/{}", kemi.script),
        script_dir.join(kemi.script),
    )
    .unwrap();
    let template = std::fs::read_to_string(format!("{dir}/kamailio.cfg"))
        .unwrap()
        .replace("@KEMI_MODULE@", kemi.module)
        .replace("@KEMI_ENGINE@", kemi.engine)
        .replace(
            "@SCRIPT@",
            script_inside.join(kemi.script).to_str().unwrap(),
        );
    Kamailio::start_with(
        h,
        &format!("kemi-{}", kemi.engine),
        &template,
        &h.our_module(),
        &mc.server(),
        "",
        None,
    )
}

/// Calls `KSR.memcached.mc_<op>` through the script: what it returned, as "<type>:<value>".
fn ksr(k: &Kamailio, op: &str, key: &str, args: &[(&str, &str)]) -> String {
    let mut headers = vec![("X-Key", key)];
    headers.extend_from_slice(args);
    let r = k.request(op, &headers);
    assert_eq!(
        r.status,
        200,
        "mc_{op}({key}) {args:?}; log:\n{}",
        k.log_text()
    );
    r.header("X-Result").to_string()
}

/// Every `KSR.memcached` function from a KEMI script, with the semantics of the pseudo-variables:
/// strings, integers (wider than 32 bits as each release can hold them) and `$null`; stores with
/// the default expiry, a `key=>N` one and an explicit one; `add`, delete, counters with their new
/// value, touch; a failure is a value, logged, and Kamailio keeps serving.
fn ksr_memcached_from(h: &KamailioHost, kemi: Kemi) {
    let mc = Memcached::start();
    let k = start_kemi(h, kemi, &mc);
    let what = format!("{} on Kamailio {}", kemi.module, h.version);
    let ttl = |key: &str| mc.meta(key).map(|(_, ttl, _)| ttl);
    let near = |t: Option<i64>, want: i64| matches!(t, Some(t) if (want - 5..=want).contains(&t));

    // Strings and integers, as $mct writes and reads them.
    assert_eq!(
        ksr(&k, "sets", "s", &[("X-Val", "hello")]),
        "number:1",
        "{what}"
    );
    assert_eq!(
        mc.meta("s").map(|m| (m.0, m.2)),
        Some((1, b"hello".to_vec())),
        "{what}"
    );
    assert!(near(ttl("s"), 300), "expire: {:?}, {what}", ttl("s"));
    assert_eq!(ksr(&k, "get", "s", &[]), "string:hello", "{what}");
    assert_eq!(
        ksr(&k, "seti", "i", &[("X-N", "-42")]),
        "number:1",
        "{what}"
    );
    assert_eq!(
        mc.meta("i").map(|m| (m.0, m.2)),
        Some((0, b"-42".to_vec())),
        "{what}"
    );
    assert_eq!(ksr(&k, "get", "i", &[]), "number:-42", "{what}");
    assert_eq!(ksr(&k, "get", "missing", &[]), "nil:nil", "{what}");
    assert_eq!(ksr(&k, "gete", "missing", &[]), "string:", "{what}");
    assert_eq!(ksr(&k, "gete", "s", &[]), "string:hello", "{what}");

    // Expiries: the key's own, then the call's (0: never).
    assert_eq!(
        ksr(&k, "sets", "t=>60", &[("X-Val", "a")]),
        "number:1",
        "{what}"
    );
    assert!(near(ttl("t"), 60), "{:?}, {what}", ttl("t"));
    assert_eq!(
        ksr(&k, "setxs", "x", &[("X-Val", "b"), ("X-TTL", "100")]),
        "number:1"
    );
    assert!(near(ttl("x"), 100), "{:?}, {what}", ttl("x"));
    assert_eq!(
        ksr(&k, "setxi", "xi", &[("X-N", "7"), ("X-TTL", "0")]),
        "number:1"
    );
    assert_eq!(mc.meta("xi"), Some((0, -1, b"7".to_vec())), "{what}");

    // add: only when missing; -1 when the key is there, which keeps its value.
    assert_eq!(
        ksr(&k, "adds", "s", &[("X-Val", "other")]),
        "number:-1",
        "{what}"
    );
    assert_eq!(mc.meta("s").unwrap().2, b"hello", "{what}");
    assert_eq!(
        ksr(&k, "adds", "new", &[("X-Val", "first")]),
        "number:1",
        "{what}"
    );
    assert_eq!(
        ksr(&k, "addxs", "newx", &[("X-Val", "v"), ("X-TTL", "50")]),
        "number:1"
    );
    assert!(near(ttl("newx"), 50), "{:?}, {what}", ttl("newx"));

    // Counters: created by the first mc_inc, as $mcinc creates them; each call returns the value.
    assert_eq!(ksr(&k, "inc", "c", &[("X-N", "5")]), "number:5", "{what}");
    assert_eq!(ksr(&k, "inc", "c", &[("X-N", "3")]), "number:8", "{what}");
    assert_eq!(ksr(&k, "dec", "c", &[("X-N", "10")]), "number:0", "{what}");
    assert_eq!(ksr(&k, "get", "c", &[]), "number:0", "{what}");
    mc.raw_set("wide", 0, b"4000000000");
    let wide = if wide_integers(h) { "number" } else { "string" };
    assert_eq!(
        ksr(&k, "get", "wide", &[]),
        format!("{wide}:4000000000"),
        "{what}"
    );
    assert_eq!(
        ksr(&k, "inc", "wide", &[("X-N", "1")]),
        format!("{wide}:4000000001")
    );

    // Touch and delete.
    assert_eq!(
        ksr(&k, "touch", "s", &[("X-TTL", "1000")]),
        "number:1",
        "{what}"
    );
    assert!(near(ttl("s"), 1000), "{:?}, {what}", ttl("s"));
    assert_eq!(
        ksr(&k, "touch", "missing", &[("X-TTL", "10")]),
        "number:-1",
        "{what}"
    );
    assert_eq!(ksr(&k, "rm", "s", &[]), "number:1", "{what}");
    assert_eq!(mc.meta("s"), None, "{what}");
    assert_eq!(
        ksr(&k, "rm", "s", &[]),
        "number:1",
        "a missing key is gone: {what}"
    );

    // A key with a space is hashed on the wire as with $mct, and reads back.
    assert_eq!(
        ksr(&k, "sets", "a b", &[("X-Val", "spaced")]),
        "number:1",
        "{what}"
    );
    assert_eq!(mc.meta(&hashed_key(b"a b")).unwrap().2, b"spaced", "{what}");
    assert_eq!(ksr(&k, "get", "a b", &[]), "string:spaced", "{what}");

    // Failures are values, with the reason in the log, and Kamailio keeps serving.
    assert_eq!(
        ksr(&k, "inc", "new", &[("X-N", "1")]),
        "nil:nil",
        "not a number: {what}"
    );
    assert_eq!(
        ksr(&k, "setxs", "y", &[("X-Val", "v"), ("X-TTL", "-1")]),
        "number:-2"
    );
    assert_eq!(
        ksr(&k, "sets", "", &[("X-Val", "v")]),
        "number:-2",
        "empty key: {what}"
    );
    let log = k.log_text();
    assert!(log.contains("KSR.memcached.mc_inc(new)"), "{what}:\n{log}");
    assert!(log.contains("KSR.memcached.mc_setxs(y)"), "{what}:\n{log}");
    assert!(!log.contains("BUG"), "{what}:\n{log}");
    assert_eq!(ksr(&k, "get", "new", &[]), "string:first", "{what}");
}

fn ksr_memcached_from_lua(h: &KamailioHost) {
    ksr_memcached_from(h, LUA);
}

fn ksr_memcached_from_javascript(h: &KamailioHost) {
    ksr_memcached_from(h, JAVASCRIPT);
}

release_suites! {
    ksr_memcached_from_lua
    ksr_memcached_from_javascript
}
