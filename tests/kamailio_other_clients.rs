//! Items other memcached clients wrote, read by every supported Kamailio: by their flags as the
//! stock module reads them, with and without `trim`, and the Python clients and Kamailio reading
//! each other's strings and integers under each `flags` preset.
//!
//! Each scenario is a function of the host; `release_suites!` (tests/common/kamailio/suite.rs)
//! makes one test of it per release (`v6_0::SCENARIO`). Under CI=true a missing Kamailio fails
//! these tests; elsewhere they are skipped with a message.

mod common;

use std::process::Command;

use common::kamailio::scenario::{run, step, Step};
use common::kamailio::{example_config, Kamailio, KamailioHost, ROOT};
use common::Memcached;

/// A memcached of its own holding `items` (key, flags, value), as other clients wrote them.
fn memcached_holding(items: &[(&str, u32, &[u8])]) -> Memcached {
    let mc = Memcached::start();
    for (key, flags, value) in items {
        mc.raw_set(key, *flags, value);
    }
    mc
}

/// Items other clients wrote, with their flags, read as the stock module reads them: bit 0 clear
/// is a number when it holds one (python-memcached's ints carry flag 2), bit 0 set a string.
fn other_clients_items_read_as_with_the_stock_module(h: &KamailioHost) {
    let items: [(&str, u32, &[u8]); 7] = [
        ("f0", 0, b"42"),
        ("f1", 1, b"42"),
        ("f2", 2, b"42"),
        ("f16", 16, b"7"),
        ("f3", 3, b"42"),
        ("f2word", 2, b"abc"),
        ("empty", 1, b""),
    ];
    let read = |module: &std::path::Path, name: &str| {
        let mc = memcached_holding(&items);
        let k = Kamailio::start(h, name, module, &mc.server(), "");
        let steps: Vec<Step> = items
            .iter()
            .map(|(key, _, _)| step("get", key, None))
            .collect();
        run(&k, &mc, &steps)
            .into_iter()
            .map(|o| (o.kind, o.var))
            .collect::<Vec<_>>()
    };
    let stock = read(&h.stock_module(), "flags-stock");
    let ours = read(&h.our_module(), "flags-ours");
    assert_eq!(stock[..5], ours[..5], "Kamailio {}", h.version);
    // docs/differences.md: a non-number with bit 0 clear is $null for the stock module, a string
    // for ours.
    assert_eq!((stock[5].0.as_str(), ours[5].0.as_str()), ("null", "str"));
    assert_eq!(
        stock[6].0, "null",
        "docs/differences.md: the stock module reads it as $null"
    );
    assert_eq!(
        ours[6],
        ("str".to_string(), String::new()),
        "ours: an empty string"
    );
    assert_eq!(
        ours[2],
        ("int".to_string(), "42".to_string()),
        "flag 2 reads as an integer"
    );
    assert_eq!(ours[4].0, "str", "flag 3 has bit 0 set");
    assert_eq!(
        (&stock[3], &ours[3]),
        (
            &("int".to_string(), "7".to_string()),
            &("int".to_string(), "7".to_string())
        ),
        "flag 16 (python-memcached's str) holding a number: an integer for both"
    );
}

/// The example config with one more operation, `probe`: what a script sees of `$mct(X-Key)`, as
/// `X-Plus` (`$mct(k) + 1`: 43 for the integer 42, "421" for the string "42"), `X-Len` (its
/// length) and `X-Hex` (its bytes).
fn probe_config() -> String {
    let probe = "\t\tcase \"probe\":\n\
                 \t\t\t$var(p) = $mct($var(k));\n\
                 \t\t\t$var(plus) = $var(p) + 1;\n\
                 \t\t\tappend_to_reply(\"X-Plus: $var(plus)\\r\\n\");\n\
                 \t\t\tappend_to_reply(\"X-Len: $(var(p){s.len})\\r\\n\");\n\
                 \t\t\tappend_to_reply(\"X-Hex: $(var(p){s.encode.hexa})\\r\\n\");\n\
                 \t\t\tbreak;\n";
    let at = "\t\tcase \"set\":\n";
    let cfg = example_config();
    assert!(cfg.contains(at), "the example config has a \"set\" case");
    cfg.replacen(at, &format!("{probe}{at}"), 1)
}

/// What a script sees of one item: (type, $mct(k) + 1, length, hex of its bytes).
type Seen = (String, String, String, String);

fn probe(k: &Kamailio, key: &str) -> Seen {
    let r = k.request("probe", &[("X-Key", key)]);
    (
        r.header("X-Type").to_string(),
        r.header("X-Plus").to_string(),
        r.header("X-Len").to_string(),
        r.header("X-Hex").to_string(),
    )
}

fn start_probing(
    h: &KamailioHost,
    name: &str,
    module: &std::path::Path,
    mc: &Memcached,
    extra: &str,
) -> Kamailio {
    Kamailio::start_with(h, name, &probe_config(), module, &mc.server(), extra, None)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Values other clients wrote with trailing newlines, white space or a NUL: returned as stored by
/// default; with `trim` 1, exactly as the stock module returns them (docs/parameters.md: `trim`).
fn trim_gives_the_stock_modules_values_and_the_default_keeps_them_as_stored(h: &KamailioHost) {
    let items: [(&str, u32, &[u8]); 7] = [
        ("nl", 1, b"v\n"),
        ("spaces", 1, b" \tv w \r\n"),
        ("nul", 1, b"a\0b"),
        ("only_nl", 1, b"\n"),
        ("lead_nl", 1, b"\nv"),
        ("num_nl", 0, b"42\n"),
        ("num_nul", 0, b"42\0x"),
    ];
    let read = |module: &std::path::Path, name: &str, extra: &str| {
        let mc = memcached_holding(&items);
        let k = start_probing(h, name, module, &mc, extra);
        items
            .iter()
            .map(|(key, _, _)| probe(&k, key))
            .collect::<Vec<_>>()
    };
    let stock = read(&h.stock_module(), "trim-stock", "");
    let trimmed = read(
        &h.our_module(),
        "trim-ours",
        "modparam(\"memcached\", \"trim\", 1)",
    );
    let stored = read(&h.our_module(), "trim-default", "");
    for (i, (key, _, value)) in items.iter().enumerate() {
        assert_eq!(stock[i], trimmed[i], "{key}: stock, then ours with trim 1");
        if i < 5 {
            let as_stored = (
                "str".to_string(),
                String::new(),
                value.len().to_string(),
                hex(value),
            );
            assert_eq!(
                (&stored[i].0, &stored[i].2, &stored[i].3),
                (&as_stored.0, &as_stored.2, &as_stored.3),
                "{key}: ours by default, as stored"
            );
        }
    }
    let s = |t: &str, plus: &str, len: &str, hex: &str| {
        (
            t.to_string(),
            plus.to_string(),
            len.to_string(),
            hex.to_string(),
        )
    };
    // What the stock module does, spelled out (docs/differences.md, and `trim` in docs/parameters.md).
    assert_eq!(
        stock[0],
        s("str", "v1", "1", "76"),
        "v\\n: the newline is cut"
    );
    assert_eq!(
        stock[1],
        s("str", "v w1", "3", "762077"),
        "white space both ends"
    );
    assert_eq!(stock[2], s("str", "a1", "1", "61"), "cut at the NUL");
    assert_eq!(
        (stock[3].0.as_str(), stock[3].2.as_str()),
        ("str", "0"),
        "\\n: an empty string"
    );
    assert_eq!(stock[4].3, "0a76", "a leading newline stays");
    assert_eq!((stock[5].0.as_str(), stock[5].1.as_str()), ("int", "43"));
    assert_eq!((stock[6].0.as_str(), stock[6].1.as_str()), ("int", "43"));
    // Ours by default: a number is still read through trailing white space, not through a NUL.
    assert_eq!((stored[5].0.as_str(), stored[5].1.as_str()), ("int", "43"));
    assert_eq!(
        (stored[6].0.as_str(), stored[6].3.as_str()),
        ("str", "34320078")
    );
}

/// The Python clients' virtualenv (`make python-clients`), or None when it was not made and this
/// is not CI.
fn python_clients() -> Option<std::path::PathBuf> {
    let python = match common::Descriptor::read("python-clients") {
        Ok(d) => std::path::PathBuf::from(d.var("PYTHON")),
        Err(e) => {
            return common::host_missing(format!(
                "the Python clients are not available ({e}): `make test` makes them with \
                 scripts/python_clients.sh"
            ))
        }
    };
    if !python.exists() {
        return common::host_missing(format!(
            "{} is missing: run scripts/python_clients.sh",
            python.display()
        ));
    }
    Some(python)
}

/// One row of the client table of docs/keys-and-values.md, as measured: what a Python client read of Kamailio's
/// string "hello", string "42" and integer 42, and what Kamailio read of the client's own.
#[derive(Debug, PartialEq)]
struct ClientRow {
    client: String,
    /// The client's reads: "TYPE VALUE", e.g. "str hello", "bytes 42", "none ", "raises:…".
    reads_ours: [String; 3],
    /// Kamailio's reads of the client's string, digits and integer: (type, $mct(k) + 1).
    we_read: [(String, String); 3],
}

/// Every Python client against Kamailio, with the default `flags` and each Python preset: each
/// reads what Kamailio wrote, and Kamailio reads what each wrote (type and `$mct(k) + 1`).
fn python_clients_and_kamailio_read_each_others_strings_and_integers(h: &KamailioHost) {
    let Some(python) = python_clients() else {
        return;
    };
    let script = format!("{ROOT}/tests/interop/python_clients.py");
    for setting in ["", "python-memcached", "pymemcache", "pylibmc"] {
        let mc = Memcached::start();
        let extra = if setting.is_empty() {
            String::new()
        } else {
            format!("modparam(\"memcached\", \"flags\", \"{setting}\")")
        };
        let k = start_probing(h, &format!("py-{setting}"), &h.our_module(), &mc, &extra);
        k.request("set", &[("X-Key", "k_str"), ("X-Val", "hello")]);
        k.request("set", &[("X-Key", "k_digits"), ("X-Val", "42")]);
        k.request("seti", &[("X-Key", "k_int"), ("X-Val", "42")]);
        let out = Command::new(&python)
            .arg(&script)
            .arg(mc.port().to_string())
            .args(["k_str", "k_digits", "k_int"])
            .output()
            .expect("run the Python clients");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "{text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut rows: Vec<ClientRow> = Vec::new();
        for line in text.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let row = match rows.iter().position(|r| r.client == f[1]) {
                Some(i) => &mut rows[i],
                None => {
                    rows.push(ClientRow {
                        client: f[1].to_string(),
                        reads_ours: Default::default(),
                        we_read: Default::default(),
                    });
                    rows.last_mut().unwrap()
                }
            };
            let slot = |kind: &str| ["str", "digits", "int"].iter().position(|k| *k == kind);
            match f[0] {
                "read" => {
                    let i = slot(f[2].trim_start_matches("k_")).unwrap();
                    row.reads_ours[i] = format!("{} {}", f[3], f[4]);
                }
                "wrote" => {
                    let (kind, plus, _, _) = probe(&k, f[3]);
                    row.we_read[slot(f[2]).unwrap()] = (kind, plus);
                }
                other => panic!("unexpected line {other}: {line}"),
            }
        }
        let expected = expected_python_rows(setting);
        for (row, want) in rows.iter().zip(&expected) {
            eprintln!(
                "Kamailio {} flags {:?}: {} reads Kamailio's \"hello\", \"42\", 42 as {:?}; \
                 Kamailio reads its \"hello\", \"42\", 42 as {:?}",
                h.version,
                if setting.is_empty() {
                    "(default)"
                } else {
                    setting
                },
                row.client,
                row.reads_ours,
                row.we_read
            );
            assert_eq!(row, want, "Kamailio {}, flags {setting:?}", h.version);
        }
        assert_eq!(rows.len(), 4, "{text}");
    }
}

/// That table (Python rows), per setting of `flags` ("" is the default).
fn expected_python_rows(setting: &str) -> Vec<ClientRow> {
    let s = |t: &str| t.to_string();
    let kam = |a: &str, b: &str| (s(a), s(b));
    let row = |client: &str, reads: [&str; 3], we: [(String, String); 3]| ClientRow {
        client: s(client),
        reads_ours: reads.map(s),
        we_read: we,
    };
    // What Kamailio reads of a client's "hello", "42" and 42.
    let typed = || [kam("str", "hello1"), kam("str", "421"), kam("int", "43")];
    let digits_as_int = || [kam("str", "hello1"), kam("int", "43"), kam("int", "43")];
    let raw = || [kam("str", "hello1"), kam("int", "43"), kam("int", "43")];
    if setting.is_empty() {
        vec![
            row(
                "python-memcached",
                ["none ", "none ", "bytes 42"],
                digits_as_int(),
            ),
            row("pymemcache", ["bytes hello", "bytes 42", "bytes 42"], raw()),
            row(
                "pymemcache-pickle",
                ["none ", "none ", "bytes 42"],
                digits_as_int(),
            ),
            row(
                "pylibmc",
                [
                    "raises:UnpicklingError ",
                    "raises:UnpicklingError ",
                    "bytes 42",
                ],
                digits_as_int(),
            ),
        ]
    } else {
        let py = ["str hello", "str 42", "int 42"];
        vec![
            row("python-memcached", py, typed()),
            row("pymemcache", ["bytes hello", "bytes 42", "bytes 42"], raw()),
            row("pymemcache-pickle", py, typed()),
            row("pylibmc", py, typed()),
        ]
    }
}

release_suites! {
    other_clients_items_read_as_with_the_stock_module
    trim_gives_the_stock_modules_values_and_the_default_keeps_them_as_stored
    python_clients_and_kamailio_read_each_others_strings_and_integers
}
