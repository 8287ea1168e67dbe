//! What `release_suites!` (Kamailio, tests/common/kamailio/suite.rs) and `opensips_suites!`
//! (tests/common/opensips.rs) share: one module per release of a host, each running every scenario
//! of a test file against that release's host.

/// `host_suites! { HostType; v5_6 => "5.6", …; [scenario_a scenario_b] }` makes `v5_6::scenario_a`
/// …: a test that loads `HostType::load("5.6")` (None: skipped, or failed under CI=true) and runs
/// `super::scenario_a(&host)`.
#[macro_export]
macro_rules! host_suites {
    ($host:ty; $($release:ident => $label:literal),* $(,)?; $scenarios:tt) => {$(
        mod $release {
            fn host() -> Option<$host> {
                <$host>::load($label)
            }

            $crate::host_suites!(@tests $scenarios);
        }
    )*};
    (@tests [$($scenario:ident)*]) => {$(
        #[test]
        fn $scenario() {
            if let Some(h) = host() {
                super::$scenario(&h);
            }
        }
    )*};
}
