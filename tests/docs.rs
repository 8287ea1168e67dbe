//! The documentation says what is true: every shell command README.md and docs/*.md show (in
//! `sh`, `shell`, `bash` and `console` blocks) is run by a test as written, a `console` block's
//! output is what its command prints (numbers aside), every relative link and its anchor
//! resolve, and every repository path a page names exists.
//!
//! A command is run either here, taken from the page (the tests below substitute the words a
//! page uses for what a test picks at run time: ports, the run directory, `/path/to`), or by
//! another test or script that [`ELSEWHERE`] names, together with how that file writes it; the
//! check reads that file and finds it there. A command that neither runs fails
//! `every_command_the_docs_show_is_run_by_a_test`, naming its page, line and text.

mod common;
#[path = "docs/pages.rs"]
mod pages;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::kamailio::{Kamailio, KamailioHost, ROOT};
use common::opensips::{Opensips, OpensipsHost};
use common::Memcached;
use pages::{Page, Shown};

/// The tests of this file that run commands, and the commands each takes from the pages: those
/// of `page` that start with one of the prefixes.
const HERE: [(&str, &str, &[&str]); 6] = [
    (
        "the_readmes_make_demo_runs_the_example_host",
        "README.md",
        &["make demo"],
    ),
    (
        "the_readmes_library_size_is_the_one_measured",
        "README.md",
        &["scripts/lib_size.sh"],
    ),
    (
        "the_kamailio_guides_commands_run_against_a_real_kamailio",
        "docs/kamailio.md",
        &["kamcmd ", "RPCFIFOPATH=", "curl "],
    ),
    (
        "the_opensips_guides_commands_run_against_a_real_opensips",
        "docs/opensips.md",
        &["curl ", "opensips-cli "],
    ),
    (
        "the_worked_examples_commands_run_against_a_real_opensips",
        "docs/worked-example.md",
        &["sqlite3 ", "curl ", "opensips-cli "],
    ),
    (
        "the_tls_pages_memcached_takes_the_modules_tls_and_login",
        "docs/tls-and-auth.md",
        &["openssl ", "printf ", "memcached "],
    ),
];

/// Commands another test or script runs: (page, the command as the page shows it, with
/// `{VERSION}` for the crate's version; the file that runs it; the item of that file, "" for the
/// whole file; how that item writes it).
const ELSEWHERE: [(&str, &str, &str, &str, &str); 3] = [
    // The CI entry point runs the whole suite this way.
    ("README.md", "make test", ".ci/run", "", "make test"),
    // With DEB_DIR set to a scratch folder and the library under test.
    (
        "README.md",
        "make deb",
        "tests/package.rs",
        "fn debs()",
        r#"make("deb", &[("DEB_DIR", out.as_path())])"#,
    ),
    // In copies of the Debian 12 and 13 roots, with its -dbgsym package.
    (
        "README.md",
        "dpkg -i target/debian/sip-memcached_{VERSION}_amd64.deb",
        "tests/package.rs",
        "fn the_package_diverts_the_stock_module_and_removing_it_restores_it(",
        r#"r.run(&["dpkg", "-i", &main, &dbgsym])"#,
    ),
];

/// Where pages name files that are made at run time, not committed.
const MADE_AT_RUN_TIME: [&str; 1] = ["fuzz/corpus-work/"];

fn pages() -> Vec<Page> {
    pages::all(ROOT)
}

fn page(path: &str) -> Page {
    pages()
        .into_iter()
        .find(|p| p.path == path)
        .unwrap_or_else(|| panic!("no page {path}"))
}

fn shown() -> Vec<Shown> {
    pages().iter().flat_map(pages::commands).collect()
}

/// The test of this file that runs `shown`, if any.
fn run_here(shown: &Shown) -> Option<&'static str> {
    HERE.iter()
        .find(|(_, page, prefixes)| {
            shown.page == *page && prefixes.iter().any(|p| shown.command.starts_with(p))
        })
        .map(|(test, ..)| *test)
}

/// The entry of [`ELSEWHERE`] for `shown`, if any.
fn run_elsewhere(shown: &Shown) -> Option<(&'static str, &'static str, &'static str)> {
    ELSEWHERE
        .iter()
        .find(|(page, command, ..)| {
            shown.page == *page
                && shown.command == command.replace("{VERSION}", env!("CARGO_PKG_VERSION"))
        })
        .map(|&(_, _, file, item, as_written)| (file, item, as_written))
}

/// The commands the test `test` of this file runs.
fn commands_for(test: &str) -> Vec<Shown> {
    let cmds: Vec<Shown> = shown()
        .into_iter()
        .filter(|s| run_here(s) == Some(test))
        .collect();
    assert!(!cmds.is_empty(), "{test}: the pages show no command for it");
    cmds
}

/// The text of `item` in `file`: from where it starts to the end of its block (a line holding
/// only `}`); the whole file for "".
fn item_text(file: &str, item: &str) -> String {
    let text =
        std::fs::read_to_string(format!("{ROOT}/{file}")).unwrap_or_else(|e| panic!("{file}: {e}"));
    if item.is_empty() {
        return text;
    }
    let start = text
        .find(item)
        .unwrap_or_else(|| panic!("{file} has no {item}"));
    let end = text[start..]
        .find("\n}\n")
        .map_or(text.len(), |e| start + e);
    text[start..end].to_string()
}

#[test]
fn every_command_the_docs_show_is_run_by_a_test() {
    let own = std::fs::read_to_string(format!("{ROOT}/tests/docs.rs")).unwrap();
    let mut unrun = Vec::new();
    for s in shown() {
        match (run_here(&s), run_elsewhere(&s)) {
            (Some(test), _) => assert!(
                own.contains(&format!("fn {test}()")),
                "{s}: tests/docs.rs has no test {test}"
            ),
            (None, Some((file, item, as_written))) => assert!(
                item_text(file, item).contains(as_written),
                "{s}: {file} {item} does not run it as `{as_written}`"
            ),
            (None, None) => unrun.push(s.to_string()),
        }
    }
    assert!(
        unrun.is_empty(),
        "no test runs these commands the docs show (run them in a test of tests/docs.rs, or \
         name the test that runs them in its ELSEWHERE table):\n{}",
        unrun.join("\n")
    );
    // And no entry of the table is left over from a command the pages no longer show.
    for (page, command, ..) in ELSEWHERE {
        let command = command.replace("{VERSION}", env!("CARGO_PKG_VERSION"));
        assert!(
            shown()
                .iter()
                .any(|s| s.page == page && s.command == command),
            "{page} no longer shows `{command}`: remove it from ELSEWHERE"
        );
    }
}

#[test]
fn every_relative_link_and_anchor_resolves() {
    let pages = pages();
    let mut broken = Vec::new();
    for p in &pages {
        for (line, target) in p.links() {
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (file, anchor) = target.split_once('#').unwrap_or((target, ""));
            let path = match file {
                "" => Some(PathBuf::from(&p.path)),
                file => pages::resolve(&p.path, file),
            };
            let Some(path) = path.filter(|f| Path::new(ROOT).join(f).exists()) else {
                broken.push(format!("{}:{line}: {target}: no such file", p.path));
                continue;
            };
            if anchor.is_empty() {
                continue;
            }
            let to = pages.iter().find(|q| Path::new(&q.path) == path);
            if !to.is_some_and(|q| q.anchors().iter().any(|a| a == anchor)) {
                broken.push(format!("{}:{line}: {target}: no such anchor", p.path));
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn every_repository_path_the_pages_name_exists() {
    const TOP: [&str; 9] = [
        "src/",
        "tests/",
        "scripts/",
        "c_examples/",
        "benches/",
        "fuzz/",
        "include/",
        "docs/",
        ".ci/",
    ];
    let mut missing = Vec::new();
    for p in pages() {
        for (line, span) in p.code_spans() {
            let is_path = TOP.iter().any(|t| span.starts_with(t))
                && !span.contains([' ', '*', '…', '<'])
                // Placeholders are written in capitals (fuzz/artifacts/TARGET/).
                && !span.split('/').any(|part| part.len() > 1 && part.chars().all(|c| c.is_ascii_uppercase()));
            if is_path && !MADE_AT_RUN_TIME.contains(&span) && !Path::new(ROOT).join(span).exists()
            {
                missing.push(format!("{}:{line}: {span}", p.path));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "the pages name files that do not exist:\n{}",
        missing.join("\n")
    );
}

/// What a command printed, and how it ended.
struct Ran {
    ok: bool,
    stdout: String,
    stderr: String,
}

/// Runs `command` with `sh -c` in `dir`, with `env` added, within `wait` (killed after it).
fn sh(command: &str, dir: &Path, env: &[(&str, String)], wait: Duration) -> Ran {
    // One folder per command: tests run commands side by side.
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let out = common::scratch_dir(&format!("docs-sh-{}", RUNS.fetch_add(1, Ordering::Relaxed)));
    let (stdout, stderr) = (out.join("stdout"), out.join("stderr"));
    let mut child = shell(command, dir, env)
        .stdout(std::fs::File::create(&stdout).unwrap())
        .stderr(std::fs::File::create(&stderr).unwrap())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + wait;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let read = |f: &Path| String::from_utf8_lossy(&std::fs::read(f).unwrap()).into_owned();
    let ran = Ran {
        ok: status.is_some_and(|s| s.success()),
        stdout: read(&stdout),
        stderr: read(&stderr)
            + if status.is_none() {
                "\n(killed: it did not finish in time)"
            } else {
                ""
            },
    };
    std::fs::remove_dir_all(&out).unwrap();
    ran
}

fn shell(command: &str, dir: &Path, env: &[(&str, String)]) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(command)
        .current_dir(dir)
        .stdin(Stdio::null())
        // kamcmd and kamctl live in sbin, which a user's PATH may lack.
        .env(
            "PATH",
            format!(
                "{}:/usr/local/sbin:/usr/sbin:/sbin",
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        // A make run by a test is not the outer make's child.
        .env_remove("MAKEFLAGS")
        .env_remove("MFLAGS")
        .env_remove("MAKELEVEL");
    for (name, value) in env {
        cmd.env(name, value);
    }
    cmd
}

/// The command with the page's words for what this run picked replaced.
fn filled(shown: &Shown, words: &[(&str, String)]) -> String {
    words
        .iter()
        .fold(shown.command.clone(), |c, (word, value)| {
            c.replace(word, value)
        })
}

/// Digits masked: counters, timestamps and ports differ from run to run.
fn masked(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text
        .lines()
        .map(|l| {
            let mut out = String::new();
            for c in l.trim_end().chars() {
                match (c.is_ascii_digit(), out.ends_with('N')) {
                    (true, true) => {}
                    (true, false) => out.push('N'),
                    (false, _) => out.push(c),
                }
            }
            out
        })
        .collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Runs a command a page shows: it must succeed, print something, no error, and what a
/// `console` block shows it printing.
fn run_shown(shown: &Shown, words: &[(&str, String)], dir: &Path, env: &[(&str, String)]) {
    let command = filled(shown, words);
    let ran = sh(&command, dir, env, Duration::from_secs(30));
    let what = format!(
        "{shown}, run as `{command}`:\n--- stdout\n{}--- stderr\n{}",
        ran.stdout, ran.stderr
    );
    eprintln!("{what}");
    assert!(ran.ok, "failed: {what}");
    assert!(!ran.stdout.trim().is_empty(), "printed nothing: {what}");
    for error in ["error:", "\"error\""] {
        assert!(!ran.stdout.contains(error), "answered an error: {what}");
    }
    if !shown.output.is_empty() {
        assert_eq!(
            masked(&ran.stdout),
            masked(&shown.output.join("\n")),
            "printed something else than the page shows: {what}"
        );
    }
}

#[test]
fn the_readmes_make_demo_runs_the_example_host() {
    // The library under test is already built (and cargo's build lock is held while tests run):
    // the Makefile's own variables point `make demo` at it and keep it from building.
    let lib = common::library();
    let target = lib
        .ancestors()
        .find(|d| d.file_name().is_some_and(|n| n == "release"))
        .and_then(Path::parent)
        .unwrap_or_else(|| panic!("{} is not in a release folder", lib.display()));
    let env = [
        ("CARGO", "true".to_string()),
        ("CARGO_TARGET_DIR", target.display().to_string()),
    ];
    for shown in commands_for("the_readmes_make_demo_runs_the_example_host") {
        let ran = sh(
            &shown.command,
            Path::new(ROOT),
            &env,
            Duration::from_secs(120),
        );
        let what = format!("{shown}:\n{}{}", ran.stdout, ran.stderr);
        assert!(ran.ok, "failed: {what}");
        if shown.command.starts_with("make demo-c") {
            assert!(ran.stdout.contains("xlog: user is alice"), "{what}");
            continue;
        }
        // The real Kamailio's answers: the old value from the near cache after the change
        // behind its back, the new one after the reload, and the stats.
        let (before, after) = ran
            .stdout
            .split_once("memcached.reload")
            .unwrap_or_else(|| panic!("no reload: {what}"));
        let old = "X-Get=sip:alice@10.0.0.5:5060";
        let new = "X-Get=sip:alice@10.0.0.9:5060";
        assert!(
            before.contains("-> STORED") && before.contains(old),
            "{what}"
        );
        let stale = before.rsplit("-> STORED").next().unwrap_or_default();
        assert_eq!(stale.matches(old).count(), 4, "{what}");
        assert_eq!(after.matches(new).count(), 4, "{what}");
        assert!(!after.contains(old), "{what}");
        assert!(after.contains("cache_hits: "), "{what}");
        assert!(ran.stdout.contains("X-Get=works"), "{what}");
    }
}

#[test]
fn the_readmes_library_size_is_the_one_measured() {
    let lib = common::library();
    let readme = std::fs::read_to_string(format!("{ROOT}/README.md")).unwrap();
    let said: f64 = readme
        .split_once("(stripped: ")
        .and_then(|(_, rest)| rest.split_once(" MiB"))
        .and_then(|(n, _)| n.parse().ok())
        .expect("the README says the stripped size in MiB");
    for shown in commands_for("the_readmes_library_size_is_the_one_measured") {
        let ran = sh(
            &shown.command,
            Path::new(ROOT),
            &[("LIB", lib.display().to_string())],
            Duration::from_secs(60),
        );
        assert!(ran.ok, "failed: {shown}:\n{}{}", ran.stdout, ran.stderr);
        let bytes: f64 = ran
            .stdout
            .split_once("stripped: ")
            .and_then(|(_, rest)| rest.split_once(" bytes"))
            .and_then(|(n, _)| n.parse().ok())
            .unwrap_or_else(|| panic!("no size: {}", ran.stdout));
        let measured = bytes / (1024.0 * 1024.0);
        assert!(
            (measured - said).abs() <= 0.15 * said,
            "the README says {said} MiB, the library measures {measured:.2} MiB"
        );
        assert!(
            ran.stdout.contains("rustls + webpki (TLS)"),
            "{}",
            ran.stdout
        );
    }
}

#[test]
fn the_kamailio_guides_commands_run_against_a_real_kamailio() {
    let Some(host) = KamailioHost::load("5.6") else {
        return;
    };
    assert!(
        host.root().is_none(),
        "the 5.6 host is this machine's Kamailio, whose kamcmd and kamctl the commands run"
    );
    let guide = page("docs/kamailio.md");
    let mc = Memcached::start();
    // With the statistics modules (kex, xhttp_prom) and the RPC transports (xhttp_rpc, xmlrpc)
    // as the guide loads them.
    let modules = guide.config_block_with("xhttp_prom_stats")
        + "\n"
        + &guide.config_block_with("\"xmlrpc.so\"");
    let k = Kamailio::start(&host, "docs", &common::library(), &mc.server(), &modules);
    for i in 0..10 {
        let key = format!("docs_{i}");
        k.request("set", &[("X-Key", &key), ("X-Val", "v")]);
    }
    // The guide's words for the config's @RUNDIR@ and @HTTP_PORT@.
    let words = [
        ("/run/kamailio", k.rundir.display().to_string()),
        ("127.0.0.1:5060", format!("127.0.0.1:{}", k.http_port)),
    ];
    for shown in commands_for("the_kamailio_guides_commands_run_against_a_real_kamailio") {
        run_shown(&shown, &words, &k.rundir, &[]);
    }
}

/// The OpenSIPS releases a command of docs/opensips.md or docs/worked-example.md runs on: one that
/// names an MI command the 4.0 way (`cachedb_memcached:reload`, `statistics:get`,
/// `sql_cacher:reload`) is 4.0's; one that names it the 3.6 way (`memcached_reload`,
/// `memcached_stats`, `get_statistics`, `sql_cacher_reload`) where only 3.6 takes that name
/// (opensips-cli, which checks the names `which` lists, and mi_html's URLs) is 3.6's; any other
/// (JSON-RPC, which answers 4.0's aliases too; the prometheus page) runs on both.
fn opensips_releases_of(command: &str) -> &'static [&'static str] {
    const NEW: [&str; 4] = [
        "cachedb_memcached:reload",
        "cachedb_memcached:stats",
        "statistics:get",
        "sql_cacher:",
    ];
    const OLD: [&str; 4] = [
        "memcached_reload",
        "memcached_stats",
        "get_statistics",
        "sql_cacher_reload",
    ];
    let names = |all: &[&str]| all.iter().any(|name| command.contains(name));
    if names(&NEW) {
        &["4.0"]
    } else if names(&OLD) && (command.starts_with("opensips-cli ") || command.contains("/mi/")) {
        &["3.6"]
    } else {
        &["3.6", "4.0"]
    }
}

/// A page's word and what it stands for in this run (or an environment variable and its value).
type Word = (&'static str, String);

/// The OpenSIPS pages' words for a running OpenSIPS's run directory and HTTP port (the configs'
/// @RUNDIR@ and @HTTP_PORT@), and the environment their commands run in: opensips-cli from its
/// virtualenv, with no ~/.opensips-cli.cfg of this machine.
fn opensips_words_and_env(host: &OpensipsHost, os: &Opensips) -> (Vec<Word>, Vec<Word>) {
    let words = vec![
        ("/run/opensips", os.rundir.display().to_string()),
        ("127.0.0.1:8888", format!("127.0.0.1:{}", os.http_port)),
    ];
    let cli = host.cli.parent().unwrap().display().to_string();
    let env = vec![
        (
            "PATH",
            format!("{cli}:{}", std::env::var("PATH").unwrap_or_default()),
        ),
        ("HOME", os.rundir.display().to_string()),
    ];
    (words, env)
}

#[test]
fn the_opensips_guides_commands_run_against_a_real_opensips() {
    let commands = commands_for("the_opensips_guides_commands_run_against_a_real_opensips");
    for release in ["3.6", "4.0"] {
        let Some(host) = OpensipsHost::load(release) else {
            continue;
        };
        let (mc, mc2) = (Memcached::start(), Memcached::start());
        let cfg = common::opensips::config_for(&common::library(), &mc.server(), &mc2.server(), "");
        let os = Opensips::start(&host, &format!("docs-{release}"), &cfg);
        let (words, env) = opensips_words_and_env(&host, &os);
        let mine: Vec<&Shown> = commands
            .iter()
            .filter(|c| opensips_releases_of(&c.command).contains(&release))
            .collect();
        assert!(!mine.is_empty(), "the guide shows no command for {release}");
        for shown in mine {
            run_shown(shown, &words, &os.rundir, &env);
        }
    }
}

/// docs/worked-example.md on each release: the table made by the page's first `sqlite3` command,
/// OpenSIPS started on the page's config with this module, then every other command of the page
/// for that release in the page's order (the row changed, sql_cacher's reload, `memcached_reload`,
/// by each name and transport), and the call redirected to the changed row.
#[test]
fn the_worked_examples_commands_run_against_a_real_opensips() {
    let commands = commands_for("the_worked_examples_commands_run_against_a_real_opensips");
    let (making, others): (Vec<&Shown>, Vec<&Shown>) = commands
        .iter()
        .partition(|c| c.command.contains("CREATE TABLE"));
    for release in ["3.6", "4.0"] {
        let Some(host) = OpensipsHost::load(release) else {
            continue;
        };
        let dir = host.scratch_dir("docs-worked-example");
        let db = dir.join("aliases.db");
        let path = [("/var/lib/opensips/aliases.db", db.display().to_string())];
        for shown in &making {
            let ran = sh(&filled(shown, &path), &dir, &[], Duration::from_secs(30));
            assert!(ran.ok, "{shown}: {}", ran.stderr);
        }
        let mc = Memcached::start();
        let cfg = common::opensips::worked_example_for(&common::library(), &mc.server(), &db);
        let os = Opensips::start(&host, &format!("docs-worked-{release}"), &cfg);
        let deadline = Instant::now() + Duration::from_secs(10);
        while mc.meta("aliasessales").is_none() {
            assert!(Instant::now() < deadline, "not loaded:\n{}", os.log_text());
            std::thread::sleep(Duration::from_millis(50));
        }
        let before = os.invite("sales", &[]).header("Contact").to_string();
        let (mut words, env) = opensips_words_and_env(&host, &os);
        words.push(path[0].clone());
        for shown in others
            .iter()
            .filter(|c| opensips_releases_of(&c.command).contains(&release))
        {
            if shown.command.starts_with("sqlite3 ") {
                let ran = sh(&filled(shown, &words), &dir, &[], Duration::from_secs(30));
                assert!(ran.ok, "{shown}: {}", ran.stderr);
            } else {
                run_shown(shown, &words, &os.rundir, &env);
            }
        }
        let after = os.invite("sales", &[]);
        assert_eq!(after.status, 302, "{}", after.raw);
        assert_ne!(
            after.header("Contact"),
            before,
            "{release}: the row changed"
        );
    }
}

/// A memcached a page's command started, stopped when dropped.
struct Started(Child);

impl Drop for Started {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_tls_pages_memcached_takes_the_modules_tls_and_login() {
    let tls = page("docs/tls-and-auth.md");
    let dir = common::scratch_dir("docs-tls");
    // memcached reads the -Y file as the user it switches to (the page says so).
    std::process::Command::new("chmod")
        .args(["0755"])
        .arg(&dir)
        .status()
        .unwrap();
    let port = common::free_port();
    // The page's words for the port and the folder.
    let words = [
        ("11212", port.to_string()),
        ("/path/to", dir.display().to_string()),
    ];
    let mut server = None;
    for shown in commands_for("the_tls_pages_memcached_takes_the_modules_tls_and_login") {
        let command = filled(&shown, &words);
        if !shown.command.starts_with("memcached ") {
            let ran = sh(&command, &dir, &[], Duration::from_secs(30));
            assert!(ran.ok, "{shown} failed:\n{}{}", ran.stdout, ran.stderr);
            continue;
        }
        // The server runs until the test ends.
        let child = shell(&format!("exec {command}"), &dir, &[])
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let mut started = Started(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            let exited = started.0.try_wait().unwrap();
            assert!(
                exited.is_none() && Instant::now() < deadline,
                "{shown}, run as `{command}`, did not start: {exited:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        server = Some(started);
    }
    assert!(server.is_some(), "the page starts no memcached");

    // The page's modparams, in a host that loads the module (c_examples/mini_host.c).
    let host = dir.join("mini_host");
    common::cc(&[
        &format!("{ROOT}/c_examples/mini_host.c"),
        "-o",
        host.to_str().unwrap(),
        "-ldl",
    ]);
    let fill = |text: &str| {
        words
            .iter()
            .fold(text.to_string(), |t, (w, v)| t.replace(w, v))
    };
    let modparams = fill(&tls.config_block_with("\"tls_ca_file\""));
    let cfg = dir.join("host.cfg");
    let lib = common::library();
    std::fs::write(
        &cfg,
        format!("loadmodule \"{}\"\n{modparams}\n", lib.display()),
    )
    .unwrap();
    let script = dir.join("script");
    std::fs::write(
        &script,
        "$mct(docs_tls) = \"over TLS\"\nxlog \"$mct(docs_tls)\"\n",
    )
    .unwrap();
    let out = Command::new(&host).arg(&cfg).arg(&script).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let all = stdout.clone() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{all}");
    assert!(stdout.contains("xlog: over TLS"), "{all}");
    // What the page says the startup line says.
    let (_, said) = tls
        .text
        .split_once("The startup line then says")
        .expect("the page quotes the startup line");
    let said = said.split_once("\n\n").map_or(said, |(s, _)| s);
    let quoted: Vec<String> = said.split('`').skip(1).step_by(2).map(fill).collect();
    assert!(
        !quoted.is_empty(),
        "nothing quoted after `The startup line then says`"
    );
    for q in quoted {
        assert!(
            stdout.contains(&q),
            "the startup line does not say `{q}`:\n{all}"
        );
    }
    drop(server);
    std::fs::remove_dir_all(&dir).unwrap();
}
