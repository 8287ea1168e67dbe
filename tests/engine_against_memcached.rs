//! The engine (`sip_memcached::Engine`) against a real memcached: what every pseudo-variable
//! does, what is on the server afterwards, and how failures are reported.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{hashed_key, md5sum, Memcached};
use sip_memcached::engine::item::counter_value;
use sip_memcached::engine::mct::{self, ScriptKey};
use sip_memcached::engine::params::Mode;
use sip_memcached::engine::{Delta, Stored};
use sip_memcached::{Engine, Error, Params, Pv, ScriptValue, ValueRef};

fn module_with(server: &str, extra: &[(&str, &str)]) -> Engine {
    let mut p = Params::default();
    p.set("servers", server).unwrap();
    p.set("timeout", "1000").unwrap();
    for (k, v) in extra {
        p.set(k, v).unwrap();
    }
    Engine::new(p).unwrap()
}

fn module(mc: &Memcached) -> Engine {
    module_with(&mc.server(), &[])
}

fn get(m: &Engine, key: &str) -> (ScriptValue, Vec<u8>) {
    let mut out = Vec::new();
    let got = Pv::Mct
        .get(m, key.as_bytes(), usize::MAX, &mut out)
        .unwrap();
    (got, out)
}

/// A counter change with a script key, as `$mcinc` and KEMI's `mc_inc` make it: the key's
/// `=>N` split off, then the core's add.
fn mc_inc(m: &Engine, script_key: &[u8], delta: i64) -> Result<u64, Error> {
    let key = ScriptKey::parse(m, script_key)?;
    m.add(key.key, Delta::plus(delta), key.expiry)
}

/// A read as OpenSIPS's cachedb face makes it: the key whole, at most `max` bytes.
fn fetch(m: &Engine, key: &[u8], max: usize, out: &mut Vec<u8>) -> Result<bool, Error> {
    Ok(m.get(key, max, out)?.is_some())
}

/// A store as OpenSIPS's cachedb face makes it: flags 0 as the stock cachedb_memcached writes,
/// unless the `flags` parameter names a convention (then its string flags); the `mode` parameter.
fn store(m: &Engine, key: &[u8], value: &[u8], expiry: u32) -> Result<Stored, Error> {
    let flags = m.params().flags.as_ref().map_or(0, |c| c.string);
    m.store(key, value, flags, expiry, m.params().mode)
}

/// A counter read as OpenSIPS's cachedb face makes it (`cache_counter_fetch`).
fn fetch_counter(m: &Engine, key: &[u8], out: &mut Vec<u8>) -> Result<Option<i64>, Error> {
    match m.get(key, 64, out)? {
        None => Ok(None),
        Some(_) => counter_value(out)
            .map(Some)
            .ok_or_else(|| Error::NotANumber(String::from_utf8_lossy(out).into_owned())),
    }
}

fn set_str(m: &Engine, key: &str, v: &str) {
    Pv::Mct
        .set(m, key.as_bytes(), ValueRef::Str(v.as_bytes()))
        .unwrap();
}

#[test]
fn strings_and_integers_round_trip_with_the_stock_flags() {
    let mc = Memcached::start();
    let m = module(&mc);
    set_str(&m, "s", "hello world");
    assert_eq!(get(&m, "s"), (ScriptValue::Str, b"hello world".to_vec()));
    assert_eq!(mc.meta("s").unwrap().0, 1, "strings carry flag 1");

    for n in [0i64, 41, -5, i64::MAX, i64::MIN] {
        Pv::Mct.set(&m, b"i", ValueRef::Int(n)).unwrap();
        assert_eq!(
            get(&m, "i"),
            (ScriptValue::Int(n), n.to_string().into_bytes())
        );
        let (flags, _, raw) = mc.meta("i").unwrap();
        assert_eq!((flags, raw), (0, n.to_string().into_bytes()));
    }
}

#[test]
fn values_are_binary_safe() {
    let mc = Memcached::start();
    let m = module(&mc);
    let value: Vec<u8> = (0..=255u8).cycle().take(300_000).collect();
    Pv::Mct.set(&m, b"bin", ValueRef::Str(&value)).unwrap();
    let (got, out) = get(&m, "bin");
    assert_eq!(got, ScriptValue::Str);
    assert_eq!(out, value);
    set_str(&m, "crlf", "a\r\nEND\r\nb");
    assert_eq!(get(&m, "crlf").1, b"a\r\nEND\r\nb");
    set_str(&m, "empty", "");
    assert_eq!(get(&m, "empty"), (ScriptValue::Str, vec![]));
}

#[test]
fn missing_keys_read_null_and_null_deletes() {
    let mc = Memcached::start();
    let m = module(&mc);
    assert_eq!(get(&m, "nokey").0, ScriptValue::Null);
    set_str(&m, "x", "to-delete");
    Pv::Mct.set(&m, b"x", ValueRef::Null).unwrap();
    assert_eq!(get(&m, "x").0, ScriptValue::Null);
    assert!(mc.meta("x").is_none());
    // Deleting a missing key is not an error.
    Pv::Mct.set(&m, b"x", ValueRef::Null).unwrap();
}

#[test]
fn expiry_from_the_parameter_and_from_the_key() {
    let mc = Memcached::start();
    let m = module_with(&mc.server(), &[("expire", "300")]);
    set_str(&m, "e", "v");
    let ttl = mc.meta("e").unwrap().1;
    assert!((298..=300).contains(&ttl), "ttl {ttl}");
    set_str(&m, "e2=>100", "v");
    let ttl = mc.meta("e2").unwrap().1;
    assert!((98..=100).contains(&ttl), "ttl {ttl}");
    // A get ignores the suffix.
    assert_eq!(get(&m, "e2=>5").1, b"v");
    set_str(&m, "never=>0", "v");
    assert_eq!(mc.meta("never").unwrap().1, -1);

    // The default is 10800 seconds.
    let d = module(&mc);
    set_str(&d, "dflt", "v");
    let ttl = mc.meta("dflt").unwrap().1;
    assert!((10_798..=10_800).contains(&ttl), "ttl {ttl}");

    for bad in ["k=>abc", "k=>-1", "k=>2147483648", "k=>1.5"] {
        let err = Pv::Mct
            .set(&m, bad.as_bytes(), ValueRef::Str(b"v"))
            .unwrap_err();
        assert!(matches!(err, Error::BadExpiry(_)), "{bad}: {err}");
    }
    assert!(mc.meta("k").is_none(), "a bad expiry sends nothing");
}

#[test]
fn mode_1_never_overwrites() {
    let mc = Memcached::start();
    let m = module_with(&mc.server(), &[("mode", "1")]);
    set_str(&m, "once", "first");
    let err = Pv::Mct
        .set(&m, b"once", ValueRef::Str(b"second"))
        .unwrap_err();
    assert!(matches!(err, Error::NotStored), "{err}");
    assert_eq!(get(&m, "once").1, b"first");
}

#[test]
fn stringify_returns_integers_as_strings() {
    let mc = Memcached::start();
    let m = module_with(&mc.server(), &[("stringify", "1")]);
    Pv::Mct.set(&m, b"n", ValueRef::Int(42)).unwrap();
    assert_eq!(get(&m, "n"), (ScriptValue::Str, b"42".to_vec()));
}

#[test]
fn items_of_other_clients_read_by_their_flags() {
    let mc = Memcached::start();
    let m = module(&mc);
    mc.raw_set("padded", 0, b"9   ");
    assert_eq!(get(&m, "padded"), (ScriptValue::Int(9), b"9".to_vec()));
    mc.raw_set("word", 0, b"abc");
    assert_eq!(get(&m, "word"), (ScriptValue::Str, b"abc".to_vec()));
    // The stock module's rule: bit 0 clear is a number when it holds one (python-memcached and
    // pymemcache store ints with flag 2); bit 0 set is a string.
    mc.raw_set("flag2", 2, b"12");
    assert_eq!(get(&m, "flag2"), (ScriptValue::Int(12), b"12".to_vec()));
    mc.raw_set("flag16", 16, b"7");
    assert_eq!(get(&m, "flag16"), (ScriptValue::Int(7), b"7".to_vec()));
    mc.raw_set("flag3", 3, b"12");
    assert_eq!(get(&m, "flag3"), (ScriptValue::Str, b"12".to_vec()));
    mc.raw_set("huge", 0, b"18446744073709551615");
    assert_eq!(
        get(&m, "huge").0,
        ScriptValue::Str,
        "over i64 reads as a string"
    );
}

#[test]
fn counters_are_created_and_atomic() {
    let mc = Memcached::start();
    let m = module(&mc);
    Pv::McInc.set(&m, b"c", ValueRef::Int(5)).unwrap();
    assert_eq!(
        get(&m, "c").0,
        ScriptValue::Int(5),
        "a missing counter starts at N"
    );
    Pv::McInc.set(&m, b"c", ValueRef::Int(3)).unwrap();
    Pv::McDec.set(&m, b"c", ValueRef::Int(2)).unwrap();
    assert_eq!(get(&m, "c").0, ScriptValue::Int(6));
    Pv::McInc.set(&m, b"c", ValueRef::Int(-4)).unwrap();
    assert_eq!(
        get(&m, "c").0,
        ScriptValue::Int(2),
        "a negative increment decrements"
    );
    Pv::McDec.set(&m, b"c", ValueRef::Int(10)).unwrap();
    assert_eq!(
        get(&m, "c").0,
        ScriptValue::Int(0),
        "memcached clamps at zero"
    );
    Pv::McDec.set(&m, b"d", ValueRef::Int(3)).unwrap();
    assert_eq!(
        get(&m, "d").0,
        ScriptValue::Int(0),
        "a missing counter decremented is 0"
    );
    Pv::McInc.set(&m, b"s", ValueRef::Str(b"7")).unwrap();
    assert_eq!(
        get(&m, "s").0,
        ScriptValue::Int(7),
        "a numeric string counts"
    );
    assert_eq!(mc.meta("s").unwrap().0, 0, "counters carry flag 0");
    let ttl = mc.meta("s").unwrap().1;
    assert!(
        ttl > 10_000,
        "a created counter gets the default expiry, ttl {ttl}"
    );

    set_str(&m, "name", "alice");
    let err = Pv::McInc.set(&m, b"name", ValueRef::Int(1)).unwrap_err();
    assert!(matches!(err, Error::NotANumber(_)), "{err}");
    assert_eq!(get(&m, "name").1, b"alice", "nothing changed");
    let err = Pv::McInc.set(&m, b"c", ValueRef::Str(b"one")).unwrap_err();
    assert!(matches!(err, Error::NotANumber(_)), "{err}");
    let err = Pv::McDec.set(&m, b"c", ValueRef::Null).unwrap_err();
    assert!(matches!(err, Error::NotANumber(_)), "{err}");
    assert_eq!(get(&m, "c").0, ScriptValue::Int(0));
}

#[test]
fn decrementing_by_the_most_negative_integer_adds_two_to_the_63rd() {
    let mc = Memcached::start();
    let m = module(&mc);
    // -(-9223372036854775808) is 9223372036854775808: no i64 holds it, but memcached's
    // unsigned 64-bit incr does.
    Pv::Mct.set(&m, b"c", ValueRef::Int(5)).unwrap();
    Pv::McDec.set(&m, b"c", ValueRef::Int(i64::MIN)).unwrap();
    assert_eq!(mc.meta("c").unwrap().2, b"9223372036854775813");
    Pv::McDec
        .set(&m, b"fresh", ValueRef::Int(i64::MIN))
        .unwrap();
    assert_eq!(
        mc.meta("fresh").unwrap().2,
        b"9223372036854775808",
        "a missing counter is created with 2^63"
    );
    Pv::McDec
        .set(&m, b"text", ValueRef::Str(b"-9223372036854775808"))
        .unwrap();
    assert_eq!(mc.meta("text").unwrap().2, b"9223372036854775808");
    Pv::McDec
        .set(&m, b"fresh", ValueRef::Int(i64::MAX))
        .unwrap();
    assert_eq!(
        get(&m, "fresh").0,
        ScriptValue::Int(1),
        "and back by 2^63 - 1"
    );
}

#[test]
fn racing_increments_lose_nothing() {
    let mc = Memcached::start();
    let m = Arc::new(module(&mc));
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let m = m.clone();
            std::thread::spawn(move || {
                for _ in 0..500 {
                    Pv::McInc.set(&m, b"race", ValueRef::Int(1)).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(get(&m, "race").0, ScriptValue::Int(2000));
}

#[test]
fn mctex_touches_without_changing_value_or_flags() {
    let mc = Memcached::start();
    let m = module(&mc);
    set_str(&m, "t", "abc");
    Pv::McTex.set(&m, b"t", ValueRef::Int(50)).unwrap();
    let (flags, ttl, value) = mc.meta("t").unwrap();
    assert_eq!((flags, value.as_slice()), (1, &b"abc"[..]));
    assert!((48..=50).contains(&ttl), "ttl {ttl}");
    assert_eq!(get(&m, "t").1, b"abc");
    let mut out = Vec::new();
    assert_eq!(
        Pv::McTex.get(&m, b"t", usize::MAX, &mut out).unwrap(),
        ScriptValue::Null
    );
    let err = Pv::McTex.set(&m, b"missing", ValueRef::Int(5)).unwrap_err();
    assert!(matches!(err, Error::NotFound), "{err}");
    let err = Pv::McTex.set(&m, b"t", ValueRef::Int(-1)).unwrap_err();
    assert!(matches!(err, Error::BadExpiry(_)), "{err}");
    let err = Pv::McTex.set(&m, b"t", ValueRef::Str(b"soon")).unwrap_err();
    assert!(matches!(err, Error::NotANumber(_)), "{err}");
}

#[test]
fn long_keys_are_stored_under_their_md5() {
    let mc = Memcached::start();
    let m = module(&mc);
    let long = "L".repeat(260);
    set_str(&m, &long, "long");
    assert_eq!(get(&m, &long).1, b"long");
    let (_, _, v) = mc.meta(&md5sum(long.as_bytes())).expect("stored under md5");
    assert_eq!(v, b"long");
    let max_raw = "k".repeat(249);
    set_str(&m, &max_raw, "raw");
    assert_eq!(mc.meta(&max_raw).unwrap().2, b"raw");
}

#[test]
fn a_key_hashed_for_its_space_and_the_raw_md5_of_it_are_different_items() {
    let mc = Memcached::start();
    let m = module(&mc);
    // A config prefixes a key, and the SIP sender supplies a part with a space in it.
    let prefixed = "tenant_42 admin";
    set_str(&m, prefixed, "secret");
    let md5 = md5sum(prefixed.as_bytes());
    assert_eq!(
        get(&m, &md5).0,
        ScriptValue::Null,
        "the raw key {md5} must not read the item of {prefixed:?}"
    );
    set_str(&m, &md5, "forged");
    assert_eq!(get(&m, prefixed).1, b"secret", "nor overwrite it");
    // Nor the wire form it is stored under, written as a raw key.
    let stored_as = hashed_key(prefixed.as_bytes());
    assert_eq!(mc.meta(&stored_as).unwrap().2, b"secret");
    assert_eq!(get(&m, &stored_as).0, ScriptValue::Null);
    set_str(&m, &stored_as, "forged too");
    assert_eq!(get(&m, prefixed).1, b"secret");
    assert_eq!(get(&m, &stored_as).1, b"forged too");
    assert_eq!(mc.meta(&stored_as).unwrap().2, b"secret");

    // Keys of 250 bytes or more stay where the stock module puts them, under the bare MD5,
    // which a raw 32-hex key also names: the stock module's own property, kept on purpose.
    let long = format!("tenant_42 {}", "x".repeat(250));
    set_str(&m, &long, "long");
    assert_eq!(get(&m, &md5sum(long.as_bytes())).1, b"long");
}

#[test]
fn keys_cannot_inject_commands() {
    let mc = Memcached::start();
    let m = module(&mc);
    set_str(&m, "victim", "safe");
    for key in [
        "a\r\nflush_all",
        "a b",
        "x\r\nset victim 0 0 4\r\nhack",
        "nul\0byte",
        "\r\n",
    ] {
        set_str(&m, key, "v");
        assert_eq!(get(&m, key).1, b"v", "{key:?}");
        assert!(mc.meta(&hashed_key(key.as_bytes())).is_some(), "{key:?}");
    }
    assert_eq!(mc.meta("victim").unwrap().2, b"safe");
    assert_eq!(mc.stat("cmd_flush"), 0);
    let err = Pv::Mct.set(&m, b"", ValueRef::Str(b"v")).unwrap_err();
    assert!(matches!(err, Error::EmptyKey));
    let err = Pv::Mct.set(&m, b"=>60", ValueRef::Str(b"v")).unwrap_err();
    assert!(matches!(err, Error::EmptyKey));
}

#[test]
fn oversized_values_are_refused_before_sending() {
    let mc = Memcached::start();
    let m = module(&mc);
    let before = m.report().counters.operations;
    let big = vec![b'x'; 1024 * 1024 + 1];
    let err = Pv::Mct.set(&m, b"big", ValueRef::Str(&big)).unwrap_err();
    assert!(matches!(err, Error::ValueTooLarge { .. }), "{err}");
    assert_eq!(m.report().counters.operations, before, "nothing was sent");
    assert_eq!(mc.stat("cmd_set"), 0);
}

#[test]
fn unix_socket_and_ipv6() {
    let dir = common::scratch_dir("unix");
    let sock = dir.join("mc.sock");
    let mc = Memcached::start_unix(&sock);
    let m = module(&mc);
    set_str(&m, "u", "over unix");
    assert_eq!(get(&m, "u").1, b"over unix");
    // A path without the unix: prefix works too.
    let m = module_with(sock.to_str().unwrap(), &[]);
    assert_eq!(get(&m, "u").1, b"over unix");

    if std::net::TcpListener::bind("[::1]:0").is_ok() {
        let mc6 = Memcached::start_tcp("::1", &[]);
        let m = module(&mc6);
        set_str(&m, "v6", "over ipv6");
        assert_eq!(get(&m, "v6").1, b"over ipv6");
        assert!(mc6.server().starts_with("[::1]:"));
    } else {
        eprintln!("no IPv6 loopback on this machine: the [::1] case did not run");
    }
}

#[test]
fn a_dead_server_fails_fast_and_recovers_without_reload() {
    let mut mc = Memcached::start();
    let m = module(&mc);
    set_str(&m, "k", "v");
    mc.kill();
    let t = Instant::now();
    let err = get_err(&m, "k");
    assert!(
        matches!(err, Error::Connect { .. } | Error::Io { .. }),
        "{err}"
    );
    assert!(t.elapsed() < Duration::from_millis(1000));
    mc.restart();
    // The idle connection died with the old server; the next operation reconnects by itself.
    set_str(&m, "k", "back");
    assert_eq!(get(&m, "k").1, b"back");
    let stats = m.report().counters;
    assert!(stats.errors >= 1 && stats.reconnects >= 1, "{stats:?}");
}

#[test]
fn a_restarted_server_costs_no_failed_operation() {
    let mut mc = Memcached::start();
    let m = module(&mc);
    set_str(&m, "k", "v");
    mc.kill();
    mc.restart();
    // The idle socket is stale; a get is retried once on a fresh connection.
    assert_eq!(get(&m, "k").0, ScriptValue::Null);
    assert_eq!(m.report().counters.errors, 0);
    // A counter update is never sent twice, so it cannot be retried that way: the connection is
    // checked before it is written, and the closed one is replaced first.
    set_str(&m, "k", "v");
    mc.kill();
    mc.restart();
    Pv::McInc.set(&m, b"c", ValueRef::Int(5)).unwrap();
    assert_eq!(get(&m, "c").0, ScriptValue::Int(5));
    assert_eq!(m.report().counters.errors, 0);
}

fn get_err(m: &Engine, key: &str) -> Error {
    let mut out = Vec::new();
    Pv::Mct
        .get(m, key.as_bytes(), usize::MAX, &mut out)
        .unwrap_err()
}

#[test]
fn a_frozen_server_times_out_and_no_late_reply_is_taken() {
    let mc = Memcached::start();
    let m = module_with(&mc.server(), &[("timeout", "300")]);
    set_str(&m, "a", "value-of-a");
    set_str(&m, "b", "value-of-b");
    mc.freeze();
    let t = Instant::now();
    let err = get_err(&m, "a");
    let took = t.elapsed();
    assert!(matches!(err, Error::Timeout { .. }), "{err}");
    assert!(
        took >= Duration::from_millis(250) && took < Duration::from_millis(600),
        "took {took:?}"
    );
    mc.signal(libc::SIGCONT);
    // The reply to the get of "a" may now arrive late; it must never answer the get of "b".
    assert_eq!(get(&m, "b").1, b"value-of-b");
    assert_eq!(get(&m, "a").1, b"value-of-a");
    assert!(m.report().counters.timeouts >= 1);
}

#[test]
fn reload_reconnects() {
    let mc = Memcached::start();
    let m = module(&mc);
    set_str(&m, "k", "v");
    let before = m.report().counters;
    m.reload();
    assert_eq!(get(&m, "k").1, b"v");
    let after = m.report().counters;
    assert_eq!(after.connects, before.connects + 1);
    assert_eq!(after.reconnects, before.reconnects + 1);
    assert_eq!(after.reloads, 1);
}

#[test]
fn stats_count_operations_hits_and_misses() {
    let mc = Memcached::start();
    let m = module(&mc);
    set_str(&m, "k", "v");
    get(&m, "k");
    get(&m, "k");
    get(&m, "nothing");
    let s = m.report().counters;
    assert_eq!((s.operations, s.hits, s.misses, s.errors), (4, 2, 1, 0));
    assert_eq!(s.connects, 1, "one connection reused for everything");
}

#[test]
fn a_counter_operation_returns_the_new_value() {
    let mc = Memcached::start();
    let m = module(&mc);
    assert_eq!(
        mc_inc(&m, b"c=>40", 5).unwrap(),
        5,
        "created with the delta"
    );
    let ttl = mc.meta("c").unwrap().1;
    assert!(
        (38..=40).contains(&ttl),
        "created with the key's expiry: {ttl}"
    );
    assert_eq!(mc_inc(&m, b"c", 10).unwrap(), 15);
    assert_eq!(mc_inc(&m, b"c", -3).unwrap(), 12);
    assert_eq!(mc_inc(&m, b"c", -100).unwrap(), 0, "memcached stops at 0");
    assert_eq!(
        mc_inc(&m, b"fresh", -4).unwrap(),
        0,
        "a missing counter decremented is 0"
    );
    assert_eq!(mc.meta("fresh").unwrap().2, b"0");
    assert_eq!(
        mc_inc(&m, b"big", 3_000_000_000).unwrap() + mc_inc(&m, b"big", 3_000_000_000).unwrap(),
        9_000_000_000,
        "64-bit counters"
    );
    set_str(&m, "word", "abc");
    assert!(matches!(mc_inc(&m, b"word", 1), Err(Error::NotANumber(_))));
}

/// OpenSIPS's cachedb opens one engine per `cachedb_url` group, all in one process.
#[test]
fn several_engines_in_one_process_are_independent() {
    let (mc_a, mc_b) = (Memcached::start(), Memcached::start());
    let cached = [("cache_size", "100"), ("cache_ttl", "600000")];
    let a = module_with(&mc_a.server(), &cached);
    let b = module_with(&mc_b.server(), &cached);
    set_str(&a, "k", "from-a");
    set_str(&b, "k", "from-b");
    assert_eq!(get(&a, "k").1, b"from-a");
    assert_eq!(get(&b, "k").1, b"from-b");
    assert_eq!(mc_a.meta("k").unwrap().2, b"from-a");
    assert_eq!(mc_b.meta("k").unwrap().2, b"from-b");

    // Both near caches hold their own value; a reload of one empties only that one.
    mc_a.raw_set("k", 1, b"a-behind");
    mc_b.raw_set("k", 1, b"b-behind");
    assert_eq!(get(&a, "k").1, b"from-a");
    assert_eq!(get(&b, "k").1, b"from-b");
    a.reload();
    assert_eq!(get(&a, "k").1, b"a-behind", "a reloaded");
    assert_eq!(get(&b, "k").1, b"from-b", "b keeps its near cache");
    assert_eq!(a.report().counters.reloads, 1);
    assert_eq!(b.report().counters.reloads, 0);
    assert_eq!(a.report().server_names(), [mc_a.server()]);
    assert_eq!(b.report().server_names(), [mc_b.server()]);

    // One engine's dead server is not the other's.
    drop(mc_a);
    assert!(Pv::Mct
        .get(&a, b"other", usize::MAX, &mut Vec::new())
        .is_err());
    assert_eq!(mc_inc(&b, b"n", 1).unwrap(), 1);
    drop(a);
    assert_eq!(
        get(&b, "k").1,
        b"from-b",
        "dropping one engine leaves the other"
    );
}

/// This process's resident memory, in bytes.
fn rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kb * 1024
}

#[test]
fn a_value_larger_than_a_read_takes_fails_fast_without_being_buffered() {
    // memcached holds a 60 MiB item (another client stored it; -I 64m). A read takes at most
    // max_value_read (1 MiB by default): it fails at once with the item's size, without reading
    // or keeping the value, and the server is not blamed for it.
    let mc = Memcached::start_tcp("127.0.0.1", &["-m", "256", "-I", "64m"]);
    const BIG: usize = 60 << 20;
    mc.raw_set("big", 1, &vec![b'x'; BIG]);
    mc.raw_set("small", 1, b"fits");
    for near in ["0", "100"] {
        let m = module_with(&mc.server(), &[("cache_size", near)]);
        let before = rss();
        let mut out = Vec::new();
        let err = Pv::Mct.get(&m, b"big", usize::MAX, &mut out).unwrap_err();
        let grew = rss().saturating_sub(before);
        eprintln!("near cache {near}: a 60 MiB item refused ({err}); memory grew by {grew} bytes");
        assert!(
            matches!(
                err,
                Error::ValueTooLarge {
                    len: BIG,
                    max: 1048576
                }
            ),
            "{err}"
        );
        assert!(grew < 16 << 20, "memory grew by {grew} bytes");
        assert!(out.capacity() < 1 << 20);
        assert_eq!(get(&m, "small").1, b"fits", "the next read works");
        let s = &m.report().servers[0];
        assert_eq!((s.failures, s.down), (0, false), "{s:?}");
    }
    // A read can be bounded further by its caller (a host's buffer), and the parameter raises or
    // lowers the bound.
    for near in ["0", "100"] {
        let m = module_with(&mc.server(), &[("cache_size", near)]);
        let mut out = Vec::new();
        assert_eq!(
            Pv::Mct.get(&m, b"small", 4, &mut out).unwrap(),
            ScriptValue::Str
        );
        let err = Pv::Mct.get(&m, b"small", 3, &mut out).unwrap_err();
        assert!(
            matches!(err, Error::ValueTooLarge { len: 4, max: 3 }),
            "{err}"
        );
        let m = module_with(
            &mc.server(),
            &[("cache_size", near), ("max_value_read", "3")],
        );
        let err = Pv::Mct.get(&m, b"small", usize::MAX, &mut out).unwrap_err();
        assert!(
            matches!(err, Error::ValueTooLarge { len: 4, max: 3 }),
            "{err}"
        );
        let m = module_with(
            &mc.server(),
            &[("cache_size", near), ("max_value_read", "67108864")],
        );
        assert_eq!(
            Pv::Mct.get(&m, b"big", usize::MAX, &mut out).unwrap(),
            ScriptValue::Str
        );
        assert_eq!(out.len(), BIG);
    }
}

#[test]
fn the_size_check_is_memcacheds_own_limit() {
    // A default memcached (-I 1m) stores an item of at most 1,048,576 bytes, its header, key and
    // CAS included. The module refuses exactly the values it would refuse, before sending them,
    // and sends every value it would store.
    let mc = Memcached::start();
    let m = module(&mc);
    for key in ["k", "ten_bytes_", &"x".repeat(249)] {
        // A string has flags 1, which memcached keeps in 4 more bytes.
        let largest = 1_048_576 - 63 - key.len();
        let value = vec![b'v'; largest + 1];
        let sets = mc.stat("cmd_set");
        let err = Pv::Mct
            .set(&m, key.as_bytes(), ValueRef::Str(&value))
            .unwrap_err();
        assert!(
            matches!(err, Error::ValueTooLarge { len, max } if len == largest + 1 && max == largest),
            "{err}"
        );
        assert_eq!(mc.stat("cmd_set"), sets, "nothing was sent");
        // memcached itself refuses that value...
        let mut raw = format!("set {key} 1 0 {}\r\n", largest + 1).into_bytes();
        raw.extend_from_slice(&value);
        raw.extend_from_slice(b"\r\n");
        assert_eq!(
            mc.command(&raw, b"\r\n"),
            b"SERVER_ERROR object too large for cache\r\n"
        );
        // ...and stores one byte less, as the module does.
        Pv::Mct
            .set(&m, key.as_bytes(), ValueRef::Str(&value[..largest]))
            .unwrap();
        assert_eq!(mc.meta(key).unwrap().2.len(), largest);
    }
}

/// The key-value face OpenSIPS's cachedb functions use: keys whole, values bytes, the host's
/// expiry, flags 0 as the stock cachedb_memcached writes them.
#[test]
fn the_key_value_face_stores_fetches_counts_and_removes() {
    let mc = Memcached::start();
    let m = module_with(&mc.server(), &[("cache_size", "100")]);
    let mut out = Vec::new();
    assert!(!fetch(&m, b"k=>5", 1024, &mut out).unwrap());
    store(&m, b"k=>5", b"v\0with nul", 40).unwrap();
    let (flags, ttl, value) = mc.meta("k=>5").expect("the key is k=>5 itself");
    assert_eq!((flags, value.as_slice()), (0, &b"v\0with nul"[..]));
    assert!((38..=40).contains(&ttl), "{ttl}");
    assert!(fetch(&m, b"k=>5", 1024, &mut out).unwrap());
    assert_eq!(out, b"v\0with nul");
    store(&m, b"empty", b"", 0).unwrap();
    assert!(fetch(&m, b"empty", 1024, &mut out).unwrap() && out.is_empty());
    assert!(matches!(
        fetch(&m, b"k=>5", 4, &mut out),
        Err(Error::ValueTooLarge { len: 10, max: 4 })
    ));
    m.remove(b"k=>5").unwrap();
    m.remove(b"k=>5").unwrap();
    assert!(
        !fetch(&m, b"k=>5", 1024, &mut out).unwrap(),
        "the near cache forgot it too"
    );

    assert_eq!(m.add(b"hits", Delta::plus(5), 300).unwrap(), 5);
    assert_eq!(m.add(b"hits", Delta::plus(-2), 300).unwrap(), 3);
    assert_eq!(fetch_counter(&m, b"hits", &mut out).unwrap(), Some(3));
    assert_eq!(
        m.add(b"gone", Delta::plus(-7), 300).unwrap(),
        0,
        "a missing counter decremented is 0"
    );
    assert_eq!(fetch_counter(&m, b"nothing", &mut out).unwrap(), None);
    store(&m, b"word", b"abc", 0).unwrap();
    assert!(matches!(
        fetch_counter(&m, b"word", &mut out),
        Err(Error::NotANumber(_))
    ));
    store(&m, b"a key with spaces", b"safe", 0).unwrap();
    assert!(fetch(&m, b"a key with spaces", 1024, &mut out).unwrap() && out == b"safe");
}

/// The pieces KEMI's functions are made of (`hosts/kamailio/kemi.rs`): a store with the call's
/// expiry over the key's and the parameter's ([`ScriptKey::with_expiry`], [`mct::assign`]), and
/// the core's answers where the pseudo-variables cannot say: whether an `add` stored, a
/// counter's new value, whether a `touch` found the key.
#[test]
fn the_script_functions_say_what_the_pseudo_variables_cannot() {
    let mc = Memcached::start();
    let m = module_with(&mc.server(), &[("expire", "300")]);
    let v = ValueRef::Str(b"one");
    let set = |key: &'static [u8], value, expiry: Option<i64>, mode| {
        let key = match expiry {
            Some(seconds) => sip_memcached::numbers::expiry_seconds(seconds)
                .and_then(|expiry| ScriptKey::with_expiry(key, expiry))?,
            None => ScriptKey::parse(&m, key)?,
        };
        mct::assign(&m, key, value, mode)
    };

    assert_eq!(set(b"k", v, None, Mode::Set).unwrap(), Stored::Stored);
    assert!((295..=300).contains(&mc.meta("k").unwrap().1));
    assert_eq!(
        set(b"k=>60", v, Some(0), Mode::Set).unwrap(),
        Stored::Stored
    );
    assert_eq!(
        mc.meta("k").unwrap().1,
        -1,
        "the call's expiry wins over the key's"
    );
    assert!(matches!(
        set(b"k", v, Some(-1), Mode::Set),
        Err(Error::BadExpiry(_))
    ));

    assert_eq!(
        set(b"k", ValueRef::Str(b"two"), None, Mode::Add).unwrap(),
        Stored::KeyExists
    );
    assert_eq!(mc.meta("k").unwrap().2, b"one");
    assert_eq!(
        set(b"k2", ValueRef::Int(7), Some(50), Mode::Add).unwrap(),
        Stored::Stored
    );
    assert_eq!(
        mc.meta("k2")
            .map(|(f, t, v)| (f, (45..=50).contains(&t), v)),
        Some((0, true, b"7".to_vec()))
    );

    assert_eq!(m.add(b"c", Delta::plus(10), 0).unwrap(), 10);
    assert_eq!(m.add(b"c", Delta::minus(3), 0).unwrap(), 7);
    assert_eq!(
        m.add(b"c", Delta::minus(100), 0).unwrap(),
        0,
        "memcached stops at 0"
    );
    assert_eq!(
        m.add(b"c", Delta::minus(-4), 0).unwrap(),
        4,
        "a negative decrement increments"
    );

    assert!(m.touch(b"k", 1000).unwrap());
    assert!(!m.touch(b"missing", 1000).unwrap());
    m.remove(b"k").unwrap();
    m.remove(b"k").unwrap();
    assert_eq!(mc.meta("k"), None);
    let mut out = Vec::new();
    assert_eq!(
        Pv::Mct.get(&m, b"k2", usize::MAX, &mut out).unwrap(),
        ScriptValue::Int(7)
    );
}

#[test]
fn a_flags_preset_writes_its_clients_flags_and_reads_back_its_own_types() {
    let mc = Memcached::start();
    let m = module_with(&mc.server(), &[("flags", "php-memcached")]);
    set_str(&m, "s", "42");
    Pv::Mct.set(&m, b"i", ValueRef::Int(42)).unwrap();
    Pv::McInc.set(&m, b"c", ValueRef::Int(3)).unwrap();
    assert_eq!(
        mc.meta("s").unwrap().0,
        0,
        "php-memcached's strings carry 0"
    );
    assert_eq!(mc.meta("i").unwrap().0, 1, "and its integers 1");
    assert_eq!(
        mc.meta("c").unwrap().0,
        1,
        "a counter created by $mcinc too"
    );
    assert_eq!(
        get(&m, "s"),
        (ScriptValue::Str, b"42".to_vec()),
        "digits in a string"
    );
    assert_eq!(get(&m, "i"), (ScriptValue::Int(42), b"42".to_vec()));
    assert_eq!(get(&m, "c"), (ScriptValue::Int(3), b"3".to_vec()));

    let m = module_with(&mc.server(), &[("flags", "pylibmc")]);
    Pv::Mct.set(&m, b"i", ValueRef::Int(-7)).unwrap();
    set_str(&m, "s", "hello");
    assert_eq!(mc.meta("i").unwrap().0, 4);
    assert_eq!(mc.meta("s").unwrap().0, 16);
    mc.raw_set("digits16", 16, b"42");
    assert_eq!(
        get(&m, "digits16").0,
        ScriptValue::Str,
        "a Python str of digits"
    );
    mc.raw_set("int2", 2, b"42");
    assert_eq!(get(&m, "int2").0, ScriptValue::Int(42));

    let lines = m.startup_lines();
    assert!(
        lines[0].ends_with(", flags str=16 int=4 int_read=0,2,4"),
        "{lines:?}"
    );
    let lines = module_with(&mc.server(), &[("trim", "1")]).startup_lines();
    assert!(lines[0].ends_with("mode 0 (set), trim"), "{lines:?}");

    let m = module_with(&mc.server(), &[("flags", "str=64 int=8 int_read=8")]);
    Pv::Mct.set(&m, b"i", ValueRef::Int(5)).unwrap();
    assert_eq!(mc.meta("i").unwrap().0, 8);
    mc.raw_set("zero", 0, b"42");
    assert_eq!(get(&m, "zero").0, ScriptValue::Str, "0 is not in int_read");
}

#[test]
fn the_key_value_face_keeps_flags_0_unless_the_flags_parameter_is_set() {
    let mc = Memcached::start();
    let m = module(&mc);
    store(&m, b"k", b"v", 0).unwrap();
    assert_eq!(mc.meta("k").unwrap().0, 0, "as the stock cachedb_memcached");
    let m = module_with(&mc.server(), &[("flags", "python-memcached")]);
    store(&m, b"k", b"v", 0).unwrap();
    m.add(b"n", Delta::plus(1), 0).unwrap();
    assert_eq!(mc.meta("k").unwrap().0, 16);
    assert_eq!(mc.meta("n").unwrap().0, 2);
}

#[test]
fn trim_cuts_what_the_stock_module_cuts_and_only_when_asked() {
    let mc = Memcached::start();
    mc.raw_set("nl", 1, b" v\r\n");
    mc.raw_set("nul", 1, b"a\0b");
    mc.raw_set("n", 0, b"42\0x");
    let m = module(&mc);
    assert_eq!(
        get(&m, "nl"),
        (ScriptValue::Str, b" v\r\n".to_vec()),
        "as stored"
    );
    assert_eq!(get(&m, "nul"), (ScriptValue::Str, b"a\0b".to_vec()));
    assert_eq!(get(&m, "n").0, ScriptValue::Str);
    let m = module_with(&mc.server(), &[("trim", "1"), ("cache_size", "10")]);
    for _ in 0..2 {
        // The second read comes from the near cache, which keeps the value as stored.
        assert_eq!(get(&m, "nl"), (ScriptValue::Str, b"v".to_vec()));
        assert_eq!(get(&m, "nul"), (ScriptValue::Str, b"a".to_vec()));
        assert_eq!(get(&m, "n"), (ScriptValue::Int(42), b"42".to_vec()));
    }
    let mut out = Vec::new();
    assert!(fetch(&m, b"nl", 1024, &mut out).unwrap());
    assert_eq!(out, b"v", "the key-value face too");
}
