//! The Kamailio admin guide (docs/kamailio.md) shows the kamailio.cfg the real-Kamailio tests
//! run, verbatim.

mod common;

use common::kamailio::{example_config, ROOT};

#[test]
fn the_kamailio_guide_shows_the_config_the_tests_run() {
    let guide = std::fs::read_to_string(format!("{ROOT}/docs/kamailio.md")).unwrap();
    assert!(
        guide.contains(&example_config()),
        "docs/kamailio.md must contain tests/kamailio/kamailio.cfg verbatim"
    );
}
