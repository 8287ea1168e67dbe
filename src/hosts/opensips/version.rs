//! Which OpenSIPS loaded us (3.6 or 4.0: [`Release`], which picks the MI table's layout), and the
//! four version strings its loader compares.
//!
//! The core exports no symbol holding its version or compile flags (they are static in
//! `main.c`), so they are found in the main program's read-only memory: the flags string starts
//! with `STATS: O`, the version string with `opensips ` and a digit and ends with `/linux)`. Each
//! must occur exactly once. `scm.type` is the core's own `core_scm_ver.type`, and `scm.rev` is
//! empty, which the loader's `strncmp` over the shorter length accepts. Left NULL, the loader
//! refuses the module ("BUG - … not defined") and exits, after our own line that says why.

use std::ffi::{c_char, CStr};

use super::abi::VerInfo;
use super::host::Host;
use crate::hosts::loaded::main_program_strings;

/// The releases whose layouts this adapter has.
pub const SUPPORTED: &str = "3.6.x and 4.0.x";

/// A release this adapter loads into; its layouts differ in the MI table only
/// (`abi::v3_6`, `abi::v4_0`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Release {
    V3_6,
    V4_0,
}

/// The one string of the main program that starts with `prefix` and passes `keep`.
fn unique(prefix: &[u8], keep: impl Fn(&[u8]) -> bool) -> Option<&'static CStr> {
    let mut found = main_program_strings(prefix)
        .into_iter()
        .filter(|s| keep(s.to_bytes()));
    let first = found.next()?;
    found.all(|s| s == first).then_some(first)
}

/// The release of `version` (`opensips 3.6.8 (x86_64/linux)`), when this adapter loads into it.
pub fn release_of(version: &[u8]) -> Option<Release> {
    if version.starts_with(b"opensips 3.6.") {
        Some(Release::V3_6)
    } else if version.starts_with(b"opensips 4.0.") {
        Some(Release::V4_0)
    } else {
        None
    }
}

/// The version strings for `exports` and the release, when the host is an OpenSIPS this adapter
/// loads into.
pub fn detect(host: &Host) -> Option<(VerInfo, Release)> {
    let version = unique(b"opensips ", |s| {
        s.get(9).is_some_and(u8::is_ascii_digit) && s.ends_with(b"/linux)")
    });
    let flags = unique(b"STATS: O", |_| true);
    // SAFETY: core_scm_ver is the core's exported {type, rev} pair of C strings.
    let scm_type = unsafe { (*host.core_scm_ver).kind };
    let (Some(version), Some(flags)) = (version, flags) else {
        host.log(
            log::Level::Error,
            "cannot find this OpenSIPS's version and compile flags strings: refusing to load",
        );
        return None;
    };
    let release = release_of(version.to_bytes());
    if release.is_none() || scm_type.is_null() {
        host.log(
            log::Level::Error,
            &format!(
                "this module implements the OpenSIPS {SUPPORTED} module ABIs; the host is {}: \
                 refusing to load",
                version.to_string_lossy()
            ),
        );
        return None;
    }
    let ver_info = VerInfo {
        version: version.as_ptr(),
        compile_flags: flags.as_ptr(),
        scm_type,
        scm_rev: c"".as_ptr() as *const c_char,
    };
    release.map(|r| (ver_info, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_3_6_and_4_0_are_supported_each_with_its_release() {
        for (version, release) in [
            ("opensips 3.6.8 (x86_64/linux)", Release::V3_6),
            ("opensips 3.6.0 (x86_64/linux)", Release::V3_6),
            ("opensips 4.0.1 (x86_64/linux)", Release::V4_0),
            ("opensips 4.0.0 (x86_64/linux)", Release::V4_0),
        ] {
            assert_eq!(release_of(version.as_bytes()), Some(release), "{version}");
        }
        for refused in [
            "opensips 3.4.18 (x86_64/linux)",
            "opensips 3.5.2 (x86_64/linux)",
            "opensips 4.1.0 (x86_64/linux)",
            "opensips 40.0.1 (x86_64/linux)",
            "",
        ] {
            assert_eq!(release_of(refused.as_bytes()), None, "{refused}");
        }
    }
}
