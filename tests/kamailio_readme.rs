//! The README shows the kamailio.cfg the real-Kamailio tests run, verbatim.

mod common;

use common::kamailio::{example_config, ROOT};

#[test]
fn the_readme_shows_the_config_the_tests_run() {
    let readme = std::fs::read_to_string(format!("{ROOT}/README.md")).unwrap();
    assert!(
        readme.contains(&example_config()),
        "README.md must contain tests/kamailio/kamailio.cfg verbatim"
    );
}
