//! Arbitrary UTF-8 into the `servers` parameter parser (`servers::parse_servers`), and into the
//! parsers of one entry (`parse_server_spec`) and one address (`parse_server`). Input that is not
//! UTF-8 is skipped: the parameter reaches the parser as a `&str`.
//!
//! Checked, besides "never panics":
//! - a list that parses has 1..=64 entries (`shared::MAX_SERVERS`), weights 1..=1_000_000
//!   (`servers::MAX_WEIGHT`), no address twice, and each address, written out with `to_string()`
//!   (as logs and stats show it), parses back with `parse_server` to the same address;
//! - the same weight range and write-out round trip for one entry and one address;
//! - an entry written as a socket (`unix:/...` or `/...`) that parses is a socket address.
//!
//! (A finding of this target, fixed: a host named `unix` was shown as `unix:11211`, which read
//! back as a socket path.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use sip_memcached::client::servers::{
    parse_server, parse_server_spec, parse_servers, ServerAddr, ServerSpec, MAX_WEIGHT,
};
use sip_memcached::client::servers::MAX_SERVERS;

fuzz_target!(|input: &[u8]| {
    let Ok(text) = std::str::from_utf8(input) else {
        return;
    };
    if let Ok(list) = parse_servers(text) {
        assert!(
            (1..=MAX_SERVERS).contains(&list.len()),
            "{} servers from {text:?}",
            list.len()
        );
        for (i, spec) in list.iter().enumerate() {
            check_spec(spec, text);
            assert!(
                list[..i].iter().all(|earlier| earlier.addr != spec.addr),
                "{} listed twice in {text:?}",
                spec.addr
            );
        }
    }
    if let Ok(spec) = parse_server_spec(text) {
        check_spec(&spec, text);
        if text.starts_with("unix:/") || text.starts_with('/') {
            assert!(
                matches!(spec.addr, ServerAddr::Unix(_)),
                "socket entry {text:?} gave {:?}",
                spec.addr
            );
        }
    }
    if let Ok(addr) = parse_server(text) {
        check_addr(&addr, text);
    }
});

fn check_spec(spec: &ServerSpec, text: &str) {
    assert!(
        (1..=MAX_WEIGHT).contains(&spec.weight),
        "weight {} from {text:?}",
        spec.weight
    );
    check_addr(&spec.addr, text);
    let member = sip_memcached::client::distribution::Member::of(&spec);
    assert_eq!(member.weight, spec.weight);
}

fn check_addr(addr: &ServerAddr, text: &str) {
    let shown = addr.to_string();
    match parse_server(&shown) {
        Ok(again) => assert_eq!(
            &again, addr,
            "{text:?} gave {addr:?}, shown as {shown:?}, which parses as {again:?}"
        ),
        Err(e) => panic!("{text:?} gave {addr:?}, shown as {shown:?}, which does not parse: {e}"),
    }
    if let ServerAddr::Host { host, port } = addr {
        assert!(
            !host.is_empty() && !host.contains(':'),
            "host {host:?} from {text:?}"
        );
        assert!(*port >= 1);
    }
}
