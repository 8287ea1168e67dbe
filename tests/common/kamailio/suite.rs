//! One module of tests per supported Kamailio release, each running every scenario of a test file
//! against it: `release_suites! { scenario_a scenario_b }` in a file whose root defines
//! `fn scenario_a(h: &KamailioHost)` makes `v5_6::scenario_a` … `v6_1::scenario_b`. The Makefile
//! selects the release suites by these module names (`KAMAILIO_RELEASES`) and runs them last.

/// See the module's documentation.
#[macro_export]
macro_rules! release_suites {
    ($($scenario:ident)*) => {
        $crate::host_suites!($crate::common::kamailio::KamailioHost;
            v5_6 => "5.6",
            v5_7 => "5.7",
            v6_0 => "6.0",
            v6_1 => "6.1";
            [$($scenario)*]
        );
    };
}
