//! docs/worked-example.md, run as the page tells it, on OpenSIPS 3.6 and 4.0 with this module: its
//! table made by the page's `sqlite3` command, its config (`tests/opensips/worked-example.cfg`,
//! which the page shows verbatim) against a real memcached, the row changed by the page's next
//! command, and the two reloads done in a real headless browser on the `mi_html` pages (Debian's
//! chromium through chromedriver, driven by `tests/opensips/mi_html_walk.py`): open `/mi`, follow
//! the module's link, the command's, type the parameters, submit, see `"OK"`. Then the changed
//! target is read over SIP, from every worker. Every process started (OpenSIPS, memcached,
//! chromedriver, chromium) is stopped by pid, and none is left.
//!
//! The page's `curl` and `opensips-cli` commands are run by tests/docs.rs. Under CI=true a missing
//! OpenSIPS or browser fails these tests; elsewhere they are skipped with a message.

mod common;
#[allow(dead_code)]
#[path = "docs/pages.rs"]
mod pages;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::browser::Browser;
use common::opensips::{worked_example_config, worked_example_for, Opensips, OpensipsHost, ROOT};
use common::Memcached;

const PAGE: &str = "docs/worked-example.md";

/// The page's `sqlite3` commands on `db`: those that make the table, or the others.
fn sqlite_commands(db: &Path, making_the_table: bool) -> Vec<String> {
    let page = pages::all(ROOT)
        .into_iter()
        .find(|p| p.path == PAGE)
        .expect("the worked example");
    let cmds: Vec<String> = pages::commands(&page)
        .into_iter()
        .filter(|s| s.command.starts_with("sqlite3 "))
        .filter(|s| s.command.contains("CREATE TABLE") == making_the_table)
        .map(|s| {
            s.command
                .replace("/var/lib/opensips/aliases.db", db.to_str().unwrap())
        })
        .collect();
    assert!(!cmds.is_empty(), "{PAGE} shows no such sqlite3 command");
    cmds
}

fn sh(command: &str) {
    let out = Command::new("sh").args(["-c", command]).output().unwrap();
    assert!(
        out.status.success(),
        "{command}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The Contact of the redirect for `alias` (the worked example answers 302).
fn redirect(o: &Opensips, alias: &str) -> String {
    let r = o.invite(alias, &[]);
    assert_eq!(r.status, 302, "{}\n{}", r.raw, o.log_text());
    r.header("Contact").to_string()
}

#[test]
fn the_worked_example_shows_the_config_its_test_runs() {
    let page = std::fs::read_to_string(format!("{ROOT}/{PAGE}")).unwrap();
    assert!(
        page.contains(&worked_example_config()),
        "{PAGE} must contain tests/opensips/worked-example.cfg verbatim"
    );
}

fn a_reload_from_the_mi_html_page_in_a_browser_serves_the_changed_alias_over_sip(h: &OpensipsHost) {
    let dir = h.scratch_dir("worked-example");
    let db = dir.join("aliases.db");
    for cmd in sqlite_commands(&db, true) {
        sh(&cmd);
    }
    let mc = Memcached::start();
    let cfg = worked_example_for(&common::library(), &mc.server(), &db);
    let mut o = Opensips::start(h, "worked-example", &cfg);
    // sql_cacher loads the table in a worker once OpenSIPS runs.
    let deadline = Instant::now() + Duration::from_secs(10);
    while mc.meta("aliasessales").is_none() {
        assert!(Instant::now() < deadline, "not loaded:\n{}", o.log_text());
        std::thread::sleep(Duration::from_millis(50));
    }
    let before = redirect(&o, "sales");
    // Calls fill the workers' near caches.
    for _ in 0..6 {
        assert_eq!(redirect(&o, "sales"), before);
    }
    assert_eq!(o.invite("nobody", &[]).status, 404);

    for cmd in sqlite_commands(&db, false) {
        sh(&cmd);
    }
    assert_eq!(
        redirect(&o, "sales"),
        before,
        "memcached holds the table as loaded"
    );

    let Some(mut browser) = Browser::start(&dir) else {
        return;
    };
    let sql_reload = match h.names_mi_commands_by_module() {
        true => "sql_cacher:reload",
        false => "sql_cacher_reload",
    };
    let mc_reload = h.mi_name("memcached_reload");
    let steps = [
        ("sql_cacher", sql_reload, r#"["aliases"]"#),
        ("cachedb_memcached", mc_reload.as_str(), ""),
    ];
    let mut args = vec![
        browser.webdriver_url(),
        format!("http://127.0.0.1:{}", o.http_port),
        browser.profile_dir().display().to_string(),
    ];
    for (module, command, arg) in steps {
        args.extend([module, command, arg].map(str::to_string));
    }
    let walk = browser.run_script(
        &Path::new(ROOT).join("tests/opensips/mi_html_walk.py"),
        &args,
        Duration::from_secs(90),
    );
    let seen = browser.processes();
    let left = browser.stop();
    eprintln!(
        "{}: the browser's walk:\n{}{}",
        h.version, walk.stdout, walk.stderr
    );
    assert!(walk.ok, "{walk:?}");
    assert!(!seen.is_empty(), "chromedriver was running");
    assert!(
        left.is_empty(),
        "browser processes left after it stopped: {left:?}"
    );
    assert!(browser.processes().is_empty());
    let submitted: Vec<&str> = walk
        .stdout
        .lines()
        .filter(|l| l.starts_with("submitted "))
        .collect();
    let pages: Vec<&str> = walk
        .stdout
        .lines()
        .filter_map(|l| l.strip_prefix("page: "))
        .collect();
    assert_eq!(submitted.len(), steps.len(), "{}", walk.stdout);
    for (i, (module, command, _)) in steps.iter().enumerate() {
        assert!(
            submitted[i].contains(&format!("/mi/{module}/{command}?arg=")),
            "{}",
            submitted[i]
        );
        assert!(
            pages[i].contains(&format!("{command} \"OK\"")),
            "{command}: {}",
            pages[i]
        );
        assert!(!pages[i].to_lowercase().contains("error"), "{}", pages[i]);
    }

    // Every worker now redirects to the changed row, the one memcached holds.
    let held = mc.meta("aliasessales").expect("the row").2;
    let after = redirect(&o, "sales");
    assert_ne!(after, before);
    let target = after.trim_start_matches('<').trim_end_matches('>');
    assert!(
        held.ends_with(target.as_bytes()),
        "{after} is not what memcached holds: {}",
        String::from_utf8_lossy(&held)
    );
    for _ in 0..6 {
        assert_eq!(redirect(&o, "sales"), after);
    }
    let stopped = o.stop();
    assert!(stopped.left.is_empty(), "{stopped:?}");
    eprintln!("{}: sales redirected to {before}, then {after}", h.version);
}

opensips_suites! {
    a_reload_from_the_mi_html_page_in_a_browser_serves_the_changed_alias_over_sip
}
