//! How the module is loaded: first of all modules in every supported release; beside the KEMI
//! interpreters that reload themselves RTLD_GLOBAL (above or below ours, Kamailio 5.6); and C
//! probes that pose as Kamailio: it loads only into the releases it implements, fills its own
//! symbols beside a module loaded RTLD_GLOBAL first, and its key names are freed by the host.
//!
//! Each scenario is a function of the host; `release_suites!` (tests/common/kamailio/suite.rs)
//! makes one test of it per release (`v6_0::SCENARIO`). Under CI=true a missing Kamailio fails
//! these tests; elsewhere they are skipped with a message.

mod common;

use std::process::Command;

use common::kamailio::{example_config, fill_config, our_module, Kamailio, KamailioHost, ROOT};
use common::Memcached;

/// Loaded as the first module, before any other module of the host is there to learn from.
fn works_when_loaded_before_every_other_module(h: &KamailioHost) {
    let ours = "loadmodule \"@MODULE@\"\n";
    let template = example_config().replacen(ours, "", 1).replacen(
        "loadmodule \"pv.so\"",
        &format!("{ours}loadmodule \"pv.so\""),
        1,
    );
    assert!(template.starts_with("#!KAMAILIO") && template.find(ours) < template.find("pv.so"));
    let mc = Memcached::start();
    let k = Kamailio::start_with(
        h,
        "first",
        &template,
        &h.our_module(),
        &mc.server(),
        "",
        None,
    );
    let r = k.request("set", &[("X-Key", "first"), ("X-Val", "loaded")]);
    assert_eq!(r.header("X-Get"), "loaded", "Kamailio {}", h.version);
}

/// Where a module is loaded relative to ours.
#[derive(Debug, Clone, Copy)]
enum Place {
    Above,
    Below,
}

/// Debian 12's module directory: the 5.6 host is this machine's own packages.
const DEBIAN_12_MODULES: &str = "/usr/lib/x86_64-linux-gnu/kamailio/modules";

/// Starts Kamailio 5.6 with `module` (a KEMI interpreter, which reloads itself RTLD_GLOBAL and
/// defines `module_version`, `module_flags` and `exports` as we do) loaded above and then below
/// ours, plus its `params`: `kamailio -c` accepts each config, and a real start serves `$mct`.
fn starts_with_a_global_module_above_or_below_ours(module: &str, params: &str) {
    let Some(h) = KamailioHost::load("5.6") else {
        return;
    };
    let file = format!("{DEBIAN_12_MODULES}/{module}.so");
    if !std::path::Path::new(&file).exists() {
        let why = format!("{file} is missing: `make test` installs it (Makefile TEST_DEPS)");
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{why}");
        eprintln!("{why}; skipping");
        return;
    }
    let ours = "loadmodule \"@MODULE@\"\n";
    let theirs = format!("loadmodule \"{module}.so\"\n{params}\n");
    let mc = Memcached::start();
    for place in [Place::Above, Place::Below] {
        let template = match place {
            Place::Above => example_config().replacen(
                "loadmodule \"pv.so\"",
                &format!("{theirs}loadmodule \"pv.so\""),
                1,
            ),
            Place::Below => example_config().replacen(ours, &format!("{ours}{theirs}"), 1),
        };
        let at = |text: &str| template.find(text).unwrap();
        match place {
            Place::Above => assert!(at(&theirs) < at(ours)),
            Place::Below => assert!(at(ours) < at(&theirs)),
        }
        let what = format!("{module} {place:?} ours, Kamailio {}", h.version);

        let (dir, dir_inside) = h.scratch_dir(&format!("{module}-{place:?}-check"));
        let cfg = fill_config(
            &template,
            &dir_inside,
            5999,
            common::free_port(),
            &h.our_module(),
            &mc.server(),
            "",
        );
        std::fs::write(dir.join("kamailio.cfg"), cfg).unwrap();
        let out = h.check_config(&dir_inside.join("kamailio.cfg"));
        let text = String::from_utf8_lossy(&out.stderr).into_owned()
            + &String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "kamailio -c, {what}:\n{text}");
        assert!(!text.contains("no version in module"), "{what}:\n{text}");

        let name = format!("{module}-{place:?}");
        let k = Kamailio::start_with(
            &h,
            &name,
            &template,
            &h.our_module(),
            &mc.server(),
            "",
            None,
        );
        let r = k.request("set", &[("X-Key", &name), ("X-Val", "served")]);
        assert_eq!(r.header("X-Get"), "served", "{what}");
        assert_eq!(mc.meta(&name).unwrap().2, b"served", "{what}");
    }
}

#[test]
fn kamailio_starts_with_app_lua_loaded_above_or_below_the_module() {
    starts_with_a_global_module_above_or_below_ours("app_lua", "");
}

#[test]
fn kamailio_starts_with_app_python3_loaded_above_or_below_the_module() {
    // app_python3 needs a script whose mod_init returns a handler object.
    let dir = common::scratch_dir("app_python3");
    let script = dir.join("kamailio.py");
    std::fs::write(
        &script,
        "class Handler:\n    def child_init(self, rank):\n        return 0\n\n\n\
         def mod_init():\n    return Handler()\n",
    )
    .unwrap();
    let params = format!(
        "modparam(\"app_python3\", \"load\", \"{}\")",
        script.display()
    );
    starts_with_a_global_module_above_or_below_ours("app_python3", &params);
}

#[test]
fn kamailio_starts_with_app_jsdt_loaded_above_or_below_the_module() {
    starts_with_a_global_module_above_or_below_ours("app_jsdt", "");
}

#[test]
fn loads_only_into_the_kamailio_releases_it_implements() {
    let dir = common::scratch_dir("version_probe");
    let probe = dir.join("version_probe");
    let status = Command::new("cc")
        .args(["-Wall", "-Werror", "-rdynamic"])
        .arg(format!("{ROOT}/tests/kamailio/version_probe.c"))
        .arg("-o")
        .arg(&probe)
        .arg("-ldl")
        .status()
        .unwrap();
    assert!(status.success());
    let run = |version: &str| {
        let out = Command::new(&probe)
            .arg(our_module())
            .arg(version)
            .output()
            .unwrap();
        assert!(out.status.success());
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for version in [
        "5.6.0", "5.6.3", "5.7.4", "5.8.8", "6.0.1", "6.1.4", "6.1.5",
    ] {
        let (out, err) = run(version);
        assert!(
            out.contains(&format!(
                "module_version=kamailio {version} (x86_64/linux)\n"
            )),
            "{version}: {out}{err}"
        );
        assert!(out.contains("module_flags=host ver_flags"), "{out}");
    }
    // 5.5 matches 5.6 on paper but was never run; 6.2 is not released.
    for version in ["5.5.4", "6.2.0-dev1", "5.9.0", "7.0.0"] {
        let (out, err) = run(version);
        assert!(out.contains("module_version=(null)"), "{version}: {out}");
        assert!(out.contains("module_flags=(null)"), "{out}");
        assert!(
            err.contains(&format!(
                "implements the Kamailio 5.6.0 to 6.1.x module ABIs; the host is kamailio {version}: refusing to load"
            )),
            "{err}"
        );
    }
}

/// app_lua and app_python3 are reloaded RTLD_GLOBAL, and define `module_version`,
/// `module_flags` and `exports` like every module: the load-time constructor must still fill
/// ours, not theirs (the library is linked with -Bsymbolic for this). Host-independent: a C
/// probe poses as Kamailio 5.6.3 and loads a stand-in for such a module first.
#[test]
fn a_module_loaded_rtld_global_first_keeps_its_symbols_and_ours_are_filled() {
    let dir = common::scratch_dir("global_symbols_probe");
    let global = dir.join("global_module.so");
    let probe = dir.join("global_symbols_probe");
    let cc = |args: &[&str]| {
        let status = Command::new("cc")
            .args(["-Wall", "-Werror"])
            .args(args)
            .status()
            .unwrap();
        assert!(status.success(), "cc {args:?}");
    };
    cc(&[
        "-shared",
        "-fPIC",
        &format!("{ROOT}/tests/kamailio/global_module.c"),
        "-o",
        global.to_str().unwrap(),
    ]);
    cc(&[
        "-rdynamic",
        &format!("{ROOT}/tests/kamailio/global_symbols_probe.c"),
        "-o",
        probe.to_str().unwrap(),
        "-ldl",
    ]);
    let out = Command::new(&probe)
        .arg(&global)
        .arg(our_module())
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("module: module_version=kamailio 5.6.3 (x86_64/linux)"),
        "{text}"
    );
    assert!(
        text.contains("global: module_version=global_module 0.0 module_flags=GLOBAL_MODULE_FLAGS exports.name=global_module"),
        "{text}"
    );
}

/// A spec's name is freed when Kamailio frees the spec (pv_spec_destroy calls the name's nfree):
/// the format list through the host's pv_elem_free_all, and the module's copy of the key text
/// with it. A C probe poses as Kamailio 5.6.3, parses names through the module and destroys
/// them as the host does, under valgrind (no leak, no bad free).
#[test]
fn a_key_name_the_host_frees_takes_its_format_list_and_its_copy_with_it() {
    let dir = common::scratch_dir("pv_name_probe");
    let probe = dir.join("pv_name_probe");
    let status = Command::new("cc")
        .args(["-Wall", "-Wextra", "-Werror", "-g", "-rdynamic"])
        .arg(format!("{ROOT}/tests/kamailio/pv_name_probe.c"))
        .arg("-o")
        .arg(&probe)
        .arg("-ldl")
        .status()
        .unwrap();
    assert!(status.success());
    let out = common::memcheck()
        .arg(&probe)
        .arg(our_module())
        .arg("200")
        .output()
        .expect("valgrind is not installed: `make test` installs it");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(!text.contains("=="), "valgrind reported problems:\n{text}");
    assert!(
        text.contains("parsed 200 names: 0 failed, 200 copied, 0 without nfree, 200 cleared by nfree; format lists made 200, freed 200; unterminated inputs 0"),
        "{text}"
    );
}

release_suites! {
    works_when_loaded_before_every_other_module
}
