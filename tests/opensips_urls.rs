//! Every config that starts with the stock `cachedb_memcached` starts with ours: the
//! `memcached://` URLs consumer modules pass the cachedb core are served whatever this module's
//! own `cachedb_url` lines say (a URL without its trailing `/`, no line of ours at all, a
//! consumer on a second memcached); a password in a URL is never logged; keys of a multi-host URL
//! land on the servers the stock module puts them on; a negative expiry means what memcached and
//! the stock module make of it. Each case runs the real OpenSIPS with the stock module and with
//! ours, against real memcached.
//!
//! Each scenario runs on OpenSIPS 3.6 and 4.0 (`opensips_suites!`). Under CI=true a missing
//! OpenSIPS fails these tests; elsewhere they are skipped with a message.

mod common;

use std::path::PathBuf;

use common::opensips::{config_for, Opensips, OpensipsHost};
use common::Memcached;

/// The stock module and ours, each with a label.
fn modules(h: &OpensipsHost) -> [(&'static str, PathBuf); 2] {
    [("stock", h.stock_module()), ("ours", common::library())]
}

/// The example config's line of a module's `cachedb_url`.
fn url_line(module: &str, url: &str) -> String {
    format!("modparam(\"{module}\", \"cachedb_url\", \"{url}\")")
}

/// Changes the example config (filled for `mc` and `mc2`) as an operator's config differs.
#[derive(Debug, Clone, Copy)]
enum Variant {
    /// dialog's and ratelimit's URLs written without the trailing `/`.
    NoTrailingSlash,
    /// No `cachedb_url` line for cachedb_memcached: only the consumers' own.
    NoLineOfItsOwn,
    /// dialog on a second memcached, which no line of cachedb_memcached names.
    DialogOnASecondServer,
}

fn config(module: &std::path::Path, mc: &Memcached, mc2: &Memcached, v: Variant) -> String {
    let cfg = config_for(module, &mc.server(), &mc2.server(), "");
    let own = url_line(
        "cachedb_memcached",
        &format!("memcached://{}/", mc.server()),
    );
    let group = url_line(
        "cachedb_memcached",
        &format!("memcached:group1://{}/", mc2.server()),
    );
    let consumer = |m| url_line(m, &format!("memcached://{}/", mc.server()));
    assert!(cfg.contains(&own) && cfg.contains(&consumer("dialog")));
    match v {
        Variant::NoTrailingSlash => cfg
            .replace(
                &consumer("dialog"),
                &url_line("dialog", &format!("memcached://{}", mc.server())),
            )
            .replace(
                &consumer("ratelimit"),
                &url_line("ratelimit", &format!("memcached://{}", mc.server())),
            ),
        Variant::NoLineOfItsOwn => cfg.replace(&own, "").replace(&group, ""),
        Variant::DialogOnASecondServer => cfg.replace(&own, "").replace(&group, "").replace(
            &consumer("dialog"),
            &url_line("dialog", &format!("memcached://{}/", mc2.server())),
        ),
    }
}

/// A call in dialog's shared profiles: its counter is where dialog's URL points.
fn a_call_is_counted_on(o: &Opensips, mc: &Memcached) {
    let call = o.invite("call", &[("X-Val", "bob"), ("X-TTL", "2")]);
    assert_eq!(call.status, 200, "{}\n{}", call.raw, o.log_text());
    assert_eq!(call.header("X-Val"), "1", "{}", o.log_text());
    assert_eq!(mc.meta("dlg_size_caller").map(|m| m.2), Some(b"1".to_vec()));
    let p = o.request("profile", &[("X-Val", "bob")]);
    assert_eq!(p.header("X-Calls"), "1");
}

fn every_config_that_starts_with_the_stock_module_starts_with_ours(h: &OpensipsHost) {
    for variant in [
        Variant::NoTrailingSlash,
        Variant::NoLineOfItsOwn,
        Variant::DialogOnASecondServer,
    ] {
        for (label, module) in modules(h) {
            let (mc, mc2) = (Memcached::start(), Memcached::start());
            let cfg = config(&module, &mc, &mc2, variant);
            let mut o = Opensips::start(h, &format!("urls-{label}"), &cfg);
            assert!(o.is_running(), "{label} {variant:?}");
            let counted_on = match variant {
                Variant::DialogOnASecondServer => &mc2,
                _ => &mc,
            };
            a_call_is_counted_on(&o, counted_on);
            if let Variant::NoTrailingSlash = variant {
                // ratelimit's URL too, without its slash.
                let rl = o.request("rl", &[("X-Key", "gw"), ("X-Val", "5")]);
                assert_eq!(rl.header("X-RC"), "1", "{label}");
                assert!(mc.meta("rl_pipe_gw").is_some(), "{label}");
            }
            assert!(o.is_running(), "{label} {variant:?}: {}", o.log_text());
            o.stop();
            eprintln!(
                "{} {variant:?}: {label} starts and serves dialog",
                h.version
            );
        }
    }
}

fn a_password_in_a_url_is_never_written_to_the_log(h: &OpensipsHost) {
    // A memcached without -Y: the module does not send the password to a server that does not
    // ask (one warning), so that dialog works as with the stock module, which ignores it.
    let (mc, mc2) = (Memcached::start(), Memcached::start());
    let cfg = config(&common::library(), &mc, &mc2, Variant::NoLineOfItsOwn).replace(
        &url_line("dialog", &format!("memcached://{}/", mc.server())),
        &url_line(
            "dialog",
            &format!("memcached://sip:S3c%2FretPW@{}/", mc.server()),
        ),
    );
    let mut o = Opensips::start(h, "password", &cfg);
    a_call_is_counted_on(&o, &mc);
    o.stop();
    let log = o.log_text();
    for secret in ["S3c", "retPW", "%2F"] {
        assert!(!log.contains(secret), "'{secret}' in the log:\n{log}");
    }
    assert!(
        log.contains(&format!("memcached://sip:xxxxxx@{}/", mc.server())),
        "the URL is shown masked:\n{log}"
    );
}

/// Which of `servers` holds each key after `keys` were stored through a URL naming them all.
fn placement(h: &OpensipsHost, module: &std::path::Path, servers: &[Memcached]) -> Vec<usize> {
    let list: Vec<String> = servers.iter().map(Memcached::server).collect();
    let cfg = config_for(module, &list.join(","), &servers[0].server(), "");
    let o = Opensips::start(h, "placement", &cfg);
    (0..40)
        .map(|i| {
            let key = format!("placed{i}");
            let r = o.request("store", &[("X-Key", &key), ("X-Val", "v")]);
            assert_eq!(r.header("X-RC"), "1", "{}", o.log_text());
            let holders: Vec<usize> = (0..servers.len())
                .filter(|&s| servers[s].meta(&key).is_some())
                .collect();
            assert_eq!(holders.len(), 1, "{key} on {holders:?}");
            holders[0]
        })
        .collect()
}

fn keys_of_a_multi_host_url_land_on_the_servers_the_stock_module_puts_them_on(h: &OpensipsHost) {
    for n in [2, 3] {
        let stock: Vec<Memcached> = (0..n).map(|_| Memcached::start()).collect();
        let ours: Vec<Memcached> = (0..n).map(|_| Memcached::start()).collect();
        let by_stock = placement(h, &h.stock_module(), &stock);
        let by_ours = placement(h, &common::library(), &ours);
        assert!(
            (0..n).all(|s| by_stock.contains(&s)),
            "every server holds keys: {by_stock:?}"
        );
        assert_eq!(by_ours, by_stock, "{n} servers");
        eprintln!(
            "{}: 40 keys over {n} servers placed as by the stock module",
            h.version
        );
    }
}

fn a_negative_expiry_stores_nothing_readable_as_with_the_stock_module(h: &OpensipsHost) {
    let steps: [(&str, &str, &str, Option<&str>); 6] = [
        ("store", "k", "before", None),
        ("store", "k", "v", Some("-1")),
        ("fetch", "k", "", None),
        ("add", "n", "5", Some("-1")),
        ("counter_fetch", "n", "", None),
        ("add", "n", "2", None),
    ];
    let mut seen = Vec::new();
    for (label, module) in modules(h) {
        let (mc, mc2) = (Memcached::start(), Memcached::start());
        let o = Opensips::start(
            h,
            &format!("expiry-{label}"),
            &config_for(&module, &mc.server(), &mc2.server(), ""),
        );
        let outcome: Vec<(String, Option<String>, bool)> = steps
            .iter()
            .map(|&(op, key, val, ttl)| {
                let mut headers = vec![("X-Key", key), ("X-Val", val)];
                if let Some(ttl) = ttl {
                    headers.push(("X-TTL", ttl));
                }
                let r = o.request(op, &headers);
                let held = mc.meta(key).is_some();
                (
                    r.header("X-RC").to_string(),
                    r.headers.get("X-Val").cloned(),
                    held,
                )
            })
            .collect();
        seen.push(outcome);
    }
    assert_eq!(seen[1], seen[0], "ours, then the stock module's");
    assert_eq!(
        (seen[0][2].0.as_str(), seen[0][2].2),
        ("-2", false),
        "stored with -1: nothing to read"
    );
}

opensips_suites! {
    every_config_that_starts_with_the_stock_module_starts_with_ours
    a_password_in_a_url_is_never_written_to_the_log
    keys_of_a_multi_host_url_land_on_the_servers_the_stock_module_puts_them_on
    a_negative_expiry_stores_nothing_readable_as_with_the_stock_module
}
