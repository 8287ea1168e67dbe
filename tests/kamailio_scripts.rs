//! What a routing script and its config meet in every supported Kamailio: integers as each
//! release holds them, keys written without pseudo-variables, bad script input refused while
//! Kamailio keeps running, and a bad modparam that stops startup with a clear error.
//!
//! Each scenario is a function of the host; `release_suites!` (tests/common/kamailio/suite.rs)
//! makes one test of it per release (`v6_0::SCENARIO`). Under CI=true a missing Kamailio fails
//! these tests; elsewhere they are skipped with a message.

mod common;

use common::kamailio::scenario::{run, step, wire_key};
use common::kamailio::{config_for, stat, wide_integers, Kamailio, KamailioHost};
use common::Memcached;

fn bad_script_input_is_refused_and_kamailio_keeps_running(h: &KamailioHost) {
    let mc = Memcached::start();
    // The same pv buffer on every release (its default is 8 KiB, 32 KiB from 5.8.0), so that a
    // key longer than it still fits a UDP request.
    let extra = "pv_buffer_size=8192";
    let mut k = Kamailio::start(h, "badinput", &h.our_module(), &mc.server(), extra);
    let long_key = "K".repeat(10 * 1024);
    for (key, ttl) in [("t1", "-1"), ("t2", "soon"), ("t3", "99999999999")] {
        let r = k.request("ttl", &[("X-Key", key), ("X-Val", "v"), ("X-TTL", ttl)]);
        assert_eq!(r.header("X-Get"), "<null>", "nothing stored for {ttl}");
        assert!(mc.meta(key).is_none());
    }
    // The first bad expiry of a worker is logged; the others of the same kind within 10 s are
    // counted (script_failures_are_logged_once_per_kind_and_counted).
    let log = k.log_text();
    assert!(log.contains("bad expiry '-1'"), "{log}");
    assert_eq!(stat(&k.kamcmd(&["memcached.stats"]), "refused"), 3);
    let r = k.request("ttl", &[("X-Key", "t4"), ("X-Val", "v"), ("X-TTL", "30")]);
    assert_eq!(r.header("X-Get"), "v");
    let ttl = mc.meta("t4").unwrap().1;
    assert!((28..=30).contains(&ttl), "{ttl}");
    // A value longer than the pv buffer (another client wrote it) is refused at its header: a
    // clear error, $null, and the worker goes on.
    mc.raw_set("big", 1, &vec![b'v'; 20_000]);
    let r = k.request("get", &[("X-Key", "big")]);
    assert_eq!(r.header("X-Get"), "<null>");
    assert!(
        k.log_text().contains(
            "reading $mct(big): value of 20000 bytes is larger than the limit of 8191 bytes"
        ),
        "{}",
        k.log_text()
    );
    // A key longer than Kamailio's pv buffer: a clear error, nothing else.
    let r = k.request("set", &[("X-Key", &long_key), ("X-Val", "v")]);
    assert_eq!(r.header("X-Get"), "<null>");
    assert!(k.log_text().contains("longer than the host's pv buffer"));
    // A 5 KB key and a key with spaces are hashed, stored and read back.
    let long_key = "K".repeat(5 * 1024);
    for key in [long_key.as_str(), "a key with spaces"] {
        let r = k.request("set", &[("X-Key", key), ("X-Val", "hashed")]);
        assert_eq!(r.header("X-Get"), "hashed");
        assert!(mc.meta(&wire_key(key)).is_some(), "{}", wire_key(key));
    }
    let r = k.request("dec", &[("X-Key", "t4"), ("X-Val", "1")]);
    assert_eq!(
        r.header("X-Get"),
        "v",
        "a non-numeric counter is left alone"
    );
    assert!(k.is_running());
    assert!(k.request("ping", &[]).status == 200);
}

fn a_bad_modparam_stops_startup_with_a_clear_error(h: &KamailioHost) {
    let (dir, dir_inside) = h.scratch_dir("badparam");
    let module = h.our_module();
    for (extra, expected) in [
        (
            "modparam(\"memcached\", \"expire\", -5)",
            "bad value for parameter 'expire'",
        ),
        (
            "modparam(\"memcached\", \"servers\", \"[::1\")",
            "server '[::1'",
        ),
        (
            "modparam(\"memcached\", \"distribution\", \"random\")",
            "expected ketama or modula",
        ),
        (
            "modparam(\"memcached\", \"cache_ttl\", 0)",
            "bad value for parameter 'cache_ttl'",
        ),
        (
            "modparam(\"memcached\", \"flags\", \"python\")",
            "bad value for parameter 'flags': unknown preset 'python'",
        ),
        (
            "modparam(\"memcached\", \"flags\", \"str=0\")",
            "strings are written with flags 0 but int_read reads those as integers",
        ),
        (
            "modparam(\"memcached\", \"trim\", 2)",
            "bad value for parameter 'trim'",
        ),
        // Kamailio itself refuses a name the module does not export.
        ("modparam(\"memcached\", \"nonsense\", 1)", "nonsense"),
    ] {
        let cfg = config_for(&dir_inside, 5999, &module, "127.0.0.1:11211", extra);
        std::fs::write(dir.join("bad.cfg"), cfg).unwrap();
        let out = h.check_config(&dir_inside.join("bad.cfg"));
        let text = String::from_utf8_lossy(&out.stderr).into_owned()
            + &String::from_utf8_lossy(&out.stdout);
        assert!(!out.status.success(), "{text}");
        assert!(text.contains(expected), "{text}");
    }
}

/// Integers by release: negative ones, counters, and integers wider than 32 bits, which 5.6 can
/// only hold as strings.
fn integers_as_each_release_holds_them(h: &KamailioHost) {
    let mc = Memcached::start();
    let k = Kamailio::start(h, "integers", &h.our_module(), &mc.server(), "");
    let steps = [
        step("seti", "neg", Some("-5")), // 0: a layout mix-up would delete it
        step("inc", "counter", Some("7")), // 1: created by $mcinc, read as an int
        step("dec", "counter", Some("2")), // 2
        step("inc", "wide", Some("2000000000")), // 3
        step("inc", "wide", Some("2000000000")), // 4: 4000000000 does not fit 32 bits
        step("seti", "wide", Some("-2000000000")), // 5
        step("set", "text", Some("123")), // 6: a string holding digits stays a string
    ];
    let r = run(&k, &mc, &steps);
    assert_eq!((r[0].kind.as_str(), r[0].get.as_str()), ("int", "-5"));
    assert_eq!(r[0].item.as_ref().unwrap().2, b"-5", "stored, not deleted");
    assert_eq!((r[1].kind.as_str(), r[1].var.as_str()), ("int", "7"));
    assert_eq!(r[1].item.as_ref().unwrap().0, 0, "a counter carries flag 0");
    assert_eq!((r[2].kind.as_str(), r[2].get.as_str()), ("int", "5"));
    assert_eq!(r[3].var, "2000000000");
    assert_eq!(r[4].item.as_ref().unwrap().2, b"4000000000");
    let wide = if wide_integers(h) { "int" } else { "str" };
    assert_eq!(
        (r[4].kind.as_str(), r[4].var.as_str(), r[4].get.as_str()),
        (wide, "4000000000", "4000000000"),
        "Kamailio {}",
        h.version
    );
    assert_eq!(
        (r[5].kind.as_str(), r[5].get.as_str()),
        ("int", "-2000000000")
    );
    assert_eq!((r[6].kind.as_str(), r[6].get.as_str()), ("str", "123"));
    // $mctex and =>ttl on this release too.
    let r = run(
        &k,
        &mc,
        &[
            step("setttl", "e", Some("v")),
            step("tex", "e", Some("40")),
            step("user", "u", Some("carol")),
        ],
    );
    assert!((98..=100).contains(&r[0].item.as_ref().unwrap().1));
    let ttl = r[1].item.as_ref().unwrap().1;
    assert!((38..=40).contains(&ttl), "$mctex: ttl {ttl}");
    assert_eq!(r[1].tex, "<null>", "$mctex is write-only");
    let ttl = mc.meta("user_alice").unwrap().1;
    assert!((58..=60).contains(&ttl), "=>60 in a key with a pv: {ttl}");
    assert_eq!(r[2].user, "carol");
}

/// A key without pseudo-variables (`$mct(fixed_key)`) is taken as written, without the host's
/// formatter, and means the same item as the same text rendered from a variable.
fn a_fixed_key_and_the_same_key_from_a_variable_are_one_item(h: &KamailioHost) {
    let mc = Memcached::start();
    let k = Kamailio::start(h, "fixed-key", &h.our_module(), &mc.server(), "");
    let r = k.request("fixed", &[("X-Key", "fixed_key"), ("X-Val", "as written")]);
    assert_eq!(r.header("X-Fixed"), "as written");
    assert_eq!(
        r.header("X-Get"),
        "as written",
        "the same item as $mct($var(k))"
    );
    assert_eq!(mc.meta("fixed_key").unwrap().2, b"as written");
    k.request(
        "set",
        &[("X-Key", "fixed_key"), ("X-Val", "from a variable")],
    );
    let r = k.request("fixedread", &[("X-Key", "other")]);
    assert_eq!(r.header("X-Fixed"), "from a variable");
}

release_suites! {
    integers_as_each_release_holds_them
    bad_script_input_is_refused_and_kamailio_keeps_running
    a_bad_modparam_stops_startup_with_a_clear_error
    a_fixed_key_and_the_same_key_from_a_variable_are_one_item
}
