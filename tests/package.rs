//! Installing it: `make install` (a stripped library, its debug info beside it, the header, the
//! pkg-config file, the README and the pages of docs/) and `make deb`, installed with dpkg in throwaway copies of the
//! Debian 12 (bookworm) and Debian 13 (trixie) roots that `scripts/kamailio_hosts.sh` makes, where a
//! real Kamailio loads it by the stock name (`loadmodule "memcached.so"`) and, once the package is
//! removed, the stock module again.
//!
//! The make targets run with CARGO=true and LIB pointing at the library under test: the build is
//! done already (`make test` builds first) and cargo's build lock is held while the tests run.
//! The cached roots and this machine's own /usr are never written: other tests use them at the
//! same time. Under CI=true a missing root fails these tests; elsewhere they are skipped.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use common::kamailio::{example_config, Kamailio, KamailioHost, ROOT};
use common::Memcached;

const MODULES: &str = "/usr/lib/x86_64-linux-gnu/kamailio/modules";
const STOCK: &str = "/usr/lib/x86_64-linux-gnu/kamailio/modules/memcached.so";
const DIVERTED: &str = "/usr/lib/x86_64-linux-gnu/kamailio/modules/memcached.so.distrib";
const VERSION: &str = env!("CARGO_PKG_VERSION");

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

/// Runs a command, fails the test with its output when it fails, returns its output.
fn run(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{cmd:?} could not run: {e}"));
    assert!(out.status.success(), "{cmd:?} failed:\n{}", text(&out));
    text(&out)
}

/// `make TARGET VAR=VALUE...` in the repository, on the library under test, building nothing.
fn make(target: &str, vars: &[(&str, &Path)]) -> String {
    let mut cmd = Command::new("make");
    cmd.args(["-s", "-C", ROOT, target, "CARGO=true"])
        .arg(format!("LIB={}", common::library().display()))
        // The outer make's jobserver is not ours to use.
        .env_remove("MAKEFLAGS")
        .env_remove("MFLAGS")
        .env_remove("MAKELEVEL");
    for (name, value) in vars {
        cmd.arg(format!("{name}={}", value.display()));
    }
    run(&mut cmd)
}

fn has_section(file: &Path, section: &str) -> bool {
    let out = run(Command::new("readelf").arg("-SW").arg(file));
    out.split_whitespace().any(|w| w == section)
}

fn build_id(file: &Path) -> String {
    let out = run(Command::new("readelf").arg("-n").arg(file));
    out.lines()
        .find_map(|l| l.trim().strip_prefix("Build ID: "))
        .unwrap_or_else(|| panic!("no build-id in {}", file.display()))
        .to_string()
}

fn size(file: &Path) -> u64 {
    std::fs::metadata(file).unwrap().len()
}

#[test]
fn make_install_puts_a_stripped_library_its_debug_file_the_header_pkg_config_and_docs_under_destdir(
) {
    let stage = common::scratch_dir("install-destdir");
    let vars = [
        ("DESTDIR", stage.as_path()),
        ("PREFIX", Path::new("/usr/local")),
    ];
    make("install", &vars);
    let at = |p: &str| stage.join(p.trim_start_matches('/'));
    let lib = at("/usr/local/lib/libsip_memcached.so");
    let debug = at("/usr/local/lib/.debug/libsip_memcached.so.debug");
    for f in [
        &lib,
        &debug,
        &at("/usr/local/include/sip_memcached.h"),
        &at("/usr/local/lib/pkgconfig/sip-memcached.pc"),
        &at("/usr/local/share/doc/sip-memcached/README.md"),
    ] {
        assert!(f.is_file(), "{} was not installed", f.display());
    }
    // Every page the README links to, beside it as in the repository.
    for page in std::fs::read_dir(format!("{ROOT}/docs")).unwrap() {
        let page = page.unwrap().path();
        let installed =
            at("/usr/local/share/doc/sip-memcached/docs").join(page.file_name().unwrap());
        assert_eq!(
            std::fs::read(&installed).unwrap_or_default(),
            std::fs::read(&page).unwrap(),
            "{} was not installed as it is",
            installed.display()
        );
    }
    let built = common::library();
    eprintln!(
        "built {} bytes, installed (stripped) {} bytes, debug file {} bytes",
        size(&built),
        size(&lib),
        size(&debug)
    );
    assert!(
        has_section(&built, ".debug_info"),
        "the build has debug info"
    );
    assert!(
        !has_section(&lib, ".debug_info"),
        "the installed copy is stripped"
    );
    assert!(
        !has_section(&lib, ".symtab"),
        "the installed copy is stripped"
    );
    assert!(size(&lib) * 4 < size(&built), "stripping saved little");
    assert!(has_section(&debug, ".debug_info"), "the debug file has it");
    assert_eq!(build_id(&lib), build_id(&built));
    assert_eq!(build_id(&debug), build_id(&built));
    let link = run(Command::new("readelf")
        .args(["-p", ".gnu_debuglink"])
        .arg(&lib));
    assert!(link.contains("libsip_memcached.so.debug"), "{link}");
    // A debugger finds the debug file through the link, in the library's folder's .debug/: it
    // has line information (without the file it says "No line number information").
    let gdb = run(Command::new("gdb")
        .args(["-nx", "-batch", "-ex", "info line sipmc_param_set"])
        .arg(&lib));
    assert!(
        gdb.starts_with("Line ") && gdb.contains("src/ffi/mod.rs"),
        "gdb has no source line for sipmc_param_set:\n{gdb}"
    );
    assert_eq!(
        std::fs::read(at("/usr/local/include/sip_memcached.h")).unwrap(),
        std::fs::read(format!("{ROOT}/include/sip_memcached.h")).unwrap()
    );

    make("uninstall", &vars);
    let left = run(Command::new("find").arg(&stage).args(["-type", "f"]));
    assert_eq!(left, "", "make uninstall left files behind");
    std::fs::remove_dir_all(&stage).unwrap();
}

#[test]
fn a_c_example_builds_with_pkg_config_against_the_installed_copy_and_runs() {
    let dir = common::scratch_dir("install-prefix");
    let prefix = dir.join("prefix");
    // LDCONFIG=true: this machine's ld.so cache is not the test's to rebuild.
    make(
        "install",
        &[
            ("PREFIX", prefix.as_path()),
            ("LDCONFIG", Path::new("true")),
        ],
    );
    let pkgconfig = prefix.join("lib/pkgconfig");
    let pkg = |args: &[&str]| {
        run(Command::new("pkg-config")
            .args(args)
            .arg("sip-memcached")
            .env("PKG_CONFIG_PATH", &pkgconfig))
        .trim()
        .to_string()
    };
    assert_eq!(pkg(&["--modversion"]), VERSION);
    let flags = pkg(&["--cflags", "--libs"]);
    assert!(
        flags.contains(&format!("-I{}/include", prefix.display())),
        "{flags}"
    );
    // The example and its own helper header, away from the repository: the library's header can
    // only come from the install.
    let src = dir.join("src");
    std::fs::create_dir_all(&src).unwrap();
    for f in ["api_tour.c", "check.h"] {
        std::fs::copy(format!("{ROOT}/c_examples/{f}"), src.join(f)).unwrap();
    }
    let exe = dir.join("api_tour");
    run(Command::new("cc")
        .args(["-std=c11", "-D_GNU_SOURCE", "-Wall", "-Wextra", "-Werror"])
        .arg(src.join("api_tour.c"))
        .arg("-o")
        .arg(&exe)
        .args(flags.split_whitespace())
        .arg("-lpthread"));
    let lib_dir = prefix.join("lib");
    let ldd = run(Command::new("ldd")
        .arg(&exe)
        .env("LD_LIBRARY_PATH", &lib_dir));
    assert!(
        ldd.contains(&format!("{}/libsip_memcached.so", lib_dir.display())),
        "{ldd}"
    );
    let mc = Memcached::start();
    let out = Command::new(&exe)
        .arg(mc.server())
        .env("LD_LIBRARY_PATH", &lib_dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "api_tour failed:\n{}", text(&out));
    drop(mc);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The two packages `make deb` builds (built once per test run).
struct Debs {
    main: PathBuf,
    dbgsym: PathBuf,
}

fn debs() -> &'static Debs {
    static DEBS: OnceLock<Debs> = OnceLock::new();
    DEBS.get_or_init(|| {
        let out = common::scratch_dir("debs");
        let printed = make("deb", &[("DEB_DIR", out.as_path())]);
        let arch = run(Command::new("dpkg").arg("--print-architecture"));
        let main = out.join(format!("sip-memcached_{VERSION}_{}.deb", arch.trim()));
        let dbgsym = out.join(format!(
            "sip-memcached-dbgsym_{VERSION}_{}.deb",
            arch.trim()
        ));
        for f in [&main, &dbgsym] {
            assert!(
                f.is_file(),
                "make deb did not write {}:\n{printed}",
                f.display()
            );
        }
        Debs { main, dbgsym }
    })
}

#[test]
fn the_package_depends_on_the_glibc_its_symbols_need_and_takes_its_version_from_cargo() {
    let debs = debs();
    let field = |deb: &Path, name: &str| {
        run(Command::new("dpkg-deb").args(["-f"]).arg(deb).arg(name))
            .trim()
            .to_string()
    };
    assert_eq!(field(&debs.main, "Version"), VERSION);
    assert_eq!(field(&debs.dbgsym, "Version"), VERSION);
    // The highest GLIBC_ version among the symbols the built library takes from libc.
    let dynsyms = run(Command::new("objdump").arg("-T").arg(common::library()));
    let mut glibc: Vec<Vec<u32>> = dynsyms
        .lines()
        .filter(|l| l.contains("*UND*"))
        .filter_map(|l| l.split("(GLIBC_").nth(1)?.split(')').next())
        .map(|v| v.split('.').map(|n| n.parse().unwrap()).collect())
        .collect();
    glibc.sort();
    let needed = glibc.last().expect("GLIBC_ versions").clone();
    let needed: Vec<String> = needed.iter().map(u32::to_string).collect();
    let depends = field(&debs.main, "Depends");
    eprintln!("Depends: {depends}");
    assert!(
        depends.contains(&format!("libc6 (>= {})", needed.join("."))),
        "{depends}"
    );
    assert_eq!(
        field(&debs.dbgsym, "Depends"),
        format!("sip-memcached (= {VERSION})")
    );
    let build_ids = field(&debs.dbgsym, "Build-Ids");
    assert_eq!(build_ids, build_id(&common::library()));
    let files = run(Command::new("dpkg-deb").arg("-c").arg(&debs.dbgsym));
    assert!(
        files.contains(&format!(
            "./usr/lib/debug/.build-id/{}/{}.debug",
            &build_ids[..2],
            &build_ids[2..]
        )),
        "{files}"
    );
}

#[test]
fn the_package_carries_the_readme_and_every_docs_page() {
    let files = run(Command::new("dpkg-deb").arg("-c").arg(&debs().main));
    let mut wanted = vec!["README.md".to_string()];
    for page in std::fs::read_dir(format!("{ROOT}/docs")).unwrap() {
        let name = page.unwrap().file_name();
        wanted.push(format!("docs/{}", name.to_str().unwrap()));
    }
    for doc in wanted {
        assert!(
            files.contains(&format!(" ./usr/share/doc/sip-memcached/{doc}\n")),
            "the package lacks {doc}:\n{files}"
        );
    }
}

/// A throwaway copy of a cached root (`cp -a --reflink=auto`), removed when dropped.
struct RootCopy {
    dir: PathBuf,
    root: PathBuf,
    host: KamailioHost,
}

impl RootCopy {
    /// A copy of the root of the host `label`; None (skipped) when it was not made outside CI.
    fn of(label: &str) -> Option<RootCopy> {
        let cached = KamailioHost::load(label)?;
        let Some(from) = cached.root() else {
            panic!("host {label} has no root to copy")
        };
        let dir = common::scratch_dir(&format!("root-{label}"));
        let root = dir.join("root");
        run(Command::new("cp")
            .args(["-a", "--reflink=auto"])
            .arg(from)
            .arg(&root));
        let host = cached.in_root(&root);
        Some(RootCopy { dir, root, host })
    }

    fn path(&self, inside: &str) -> PathBuf {
        self.root.join(inside.trim_start_matches('/'))
    }

    /// A command in the root with a clean environment (this machine's PATH means nothing there).
    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new("chroot");
        c.arg(&self.root)
            .args(["/usr/bin/env", "-i", "PATH=/usr/sbin:/usr/bin:/sbin:/bin"])
            .args(["LC_ALL=C.UTF-8", "DEBIAN_FRONTEND=noninteractive"])
            .args(args);
        c
    }

    fn run(&self, args: &[&str]) -> String {
        run(&mut self.command(args))
    }

    /// Copies a .deb into the root's /tmp; returns its path inside.
    fn take(&self, deb: &Path) -> String {
        let inside = format!("/tmp/{}", deb.file_name().unwrap().to_str().unwrap());
        std::fs::copy(deb, self.path(&inside)).unwrap();
        inside
    }

    fn diversions(&self) -> String {
        self.run(&["dpkg-divert", "--list"])
    }

    /// Kamailio with `mpath` set to the Debian module folder and `loadmodule "memcached.so"`:
    /// whichever module has that name there is loaded. Sets a key with SIP and checks that
    /// memcached holds it; returns the log.
    fn kamailio_loads_memcached_so(&self, name: &str) -> String {
        let mc = Memcached::start();
        let template = example_config().replacen(
            "loadmodule \"pv.so\"",
            &format!("mpath=\"{MODULES}/\"\nloadmodule \"pv.so\""),
            1,
        );
        let k = Kamailio::start_with(
            &self.host,
            name,
            &template,
            Path::new("memcached.so"),
            &mc.server(),
            "",
            None,
        );
        let value = format!("through-{name}");
        let r = k.request("set", &[("X-Key", "pkg"), ("X-Val", &value)]);
        assert_eq!(r.header("X-Get"), value, "{}", k.log_text());
        let item = mc.meta("pkg").expect("memcached holds the key");
        assert_eq!(
            (item.0, item.2),
            (1, value.into_bytes()),
            "{}",
            k.log_text()
        );
        k.log_text()
    }

    fn assert_ours_loaded(&self, name: &str) {
        let log = self.kamailio_loads_memcached_so(name);
        assert!(
            log.contains(&format!("sip-memcached {VERSION}: servers 127.0.0.1:")),
            "Kamailio {} did not load our module:\n{log}",
            self.host.version
        );
    }

    fn assert_stock_loaded(&self, name: &str) {
        let log = self.kamailio_loads_memcached_so(name);
        assert!(
            !log.contains("sip-memcached"),
            "Kamailio {} loaded our module, not the stock one:\n{log}",
            self.host.version
        );
    }

    /// The stock file at its own name with the bytes it had, no diversion, dpkg content with it.
    fn assert_stock_state(&self, stock: &[u8]) {
        let file = self.path(STOCK);
        assert!(!file.is_symlink(), "{STOCK} is still a link");
        let now = std::fs::read(&file)
            .unwrap_or_else(|e| panic!("{STOCK}: {e}: the stock file was not put back"));
        assert!(now == stock, "{STOCK} is not the stock file");
        assert!(!self.path(DIVERTED).exists(), "{DIVERTED} is left");
        let diversions = self.diversions();
        assert!(!diversions.contains("sip-memcached"), "{diversions}");
        // dpkg checks every file of the stock package against its md5sums.
        self.run(&["dpkg", "--verify", "kamailio-memcached-modules"]);
    }
}

impl Drop for RootCopy {
    fn drop(&mut self) {
        // Every Kamailio and memcached started in it is stopped by now (they are dropped first).
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn the_package_diverts_the_stock_module_and_removing_it_restores_it(label: &str) {
    let Some(r) = RootCopy::of(label) else { return };
    let stock = std::fs::read(r.path(STOCK)).expect("the stock module in the root");
    r.assert_stock_loaded("before");

    let debs = debs();
    let (main, dbgsym) = (r.take(&debs.main), r.take(&debs.dbgsym));
    let out = r.run(&["dpkg", "-i", &main, &dbgsym]);
    assert!(out.contains("Adding 'diversion of"), "{out}");
    let diversions = r.diversions();
    assert!(
        diversions.contains(&format!(
            "diversion of {STOCK} to {DIVERTED} by sip-memcached"
        )),
        "{diversions}"
    );
    assert!(std::fs::read(r.path(DIVERTED)).unwrap() == stock);
    assert_eq!(
        std::fs::read_link(r.path(STOCK)).unwrap(),
        Path::new("../../libsip_memcached.so")
    );
    // The stock package is still whole, at its diverted name.
    r.run(&["dpkg", "--verify", "kamailio-memcached-modules"]);
    r.assert_ours_loaded("installed");

    r.run(&["dpkg", "-r", "sip-memcached-dbgsym", "sip-memcached"]);
    r.assert_stock_state(&stock);
    r.assert_stock_loaded("removed");

    r.run(&["dpkg", "--purge", "sip-memcached", "sip-memcached-dbgsym"]);
    let status = r
        .command(&["dpkg", "-s", "sip-memcached"])
        .output()
        .unwrap();
    assert!(!status.status.success(), "still known: {}", text(&status));
    r.assert_stock_state(&stock);
    r.assert_stock_loaded("purged");
}

#[test]
fn in_debian_12_the_package_takes_the_stock_name_and_removing_it_gives_it_back() {
    the_package_diverts_the_stock_module_and_removing_it_restores_it("bookworm");
}

#[test]
fn in_debian_13_the_package_takes_the_stock_name_and_removing_it_gives_it_back() {
    the_package_diverts_the_stock_module_and_removing_it_restores_it("6.0");
}

#[test]
fn the_stock_package_installed_after_ours_lands_on_the_diverted_name() {
    let Some(r) = RootCopy::of("bookworm") else {
        return;
    };
    let stock = std::fs::read(r.path(STOCK)).expect("the stock module in the root");
    // The root keeps the stock package's .deb (scripts/kamailio_hosts.sh, DOWNLOAD_DEBS).
    let kept = r.run(&[
        "/bin/sh",
        "-c",
        "ls /var/local/stock-debs/kamailio-memcached-modules_*.deb",
    ]);
    let stock_deb = kept.trim().to_string();
    r.run(&["dpkg", "-r", "kamailio-memcached-modules"]);
    assert!(!r.path(STOCK).exists(), "the stock module is still there");

    r.run(&["dpkg", "-i", &r.take(&debs().main)]);
    assert!(!r.path(DIVERTED).exists(), "nothing to divert yet");
    r.run(&["dpkg", "-i", &stock_deb]);
    assert!(
        std::fs::read(r.path(DIVERTED)).unwrap() == stock,
        "the stock file did not land on {DIVERTED}"
    );
    assert!(r.path(STOCK).is_symlink(), "our {STOCK} was replaced");
    r.assert_ours_loaded("stock-after");

    r.run(&["dpkg", "--purge", "sip-memcached"]);
    r.assert_stock_state(&stock);
    r.assert_stock_loaded("stock-after-purged");
}
