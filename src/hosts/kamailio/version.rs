//! Which Kamailio loaded us, and the version symbols it checks.
//!
//! `ksr_version_control` compares `module_version` with the core's `SER_FULL_VERSION` and
//! `module_flags` with its `SER_COMPILE_FLAGS`. We build both from the host's own `ver_*` symbols
//! (the same definitions in every release: `reference/kamailio-versions.md` §2.2), and only for a
//! release whose layout this adapter has; for any other they stay NULL, and the host refuses the
//! module with "no version in module" after our own line that says why.

use std::ffi::{c_char, c_uint, CString};
use std::ptr::null_mut;
use std::sync::atomic::{AtomicPtr, Ordering};

use super::compile_flags;
use super::host::{self, Host};
use crate::numbers::parse_u64;

#[no_mangle]
pub static module_version: AtomicPtr<c_char> = AtomicPtr::new(null_mut());
#[no_mangle]
pub static module_flags: AtomicPtr<c_char> = AtomicPtr::new(null_mut());
#[no_mangle]
pub static module_interface_ver: c_uint = 4;

/// The `pv_value_t` layout of a Kamailio release, the one struct that differs between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// 5.6.x: `int ri`.
    V5_6,
    /// 5.7.0 and later (5.7, 5.8, 6.0, 6.1): `long ri`.
    V5_7,
}

/// The releases this adapter loads into, as said in the refusal line.
pub const SUPPORTED: &str = "5.6.0 to 6.1.x";

/// The layout of a release, by its `ver_version` ("5.6.3", "6.1.4", "6.2.0-dev1").
pub fn layout_of(version: &str) -> Option<Layout> {
    let mut parts = version.split(['.', ' ', '-']);
    let major = parse_u64(parts.next()?.as_bytes())?;
    let minor = parse_u64(parts.next()?.as_bytes())?;
    match (major, minor) {
        (5, 6) => Some(Layout::V5_6),
        // Every release from 5.7 to 6.1 has the same ABI but for pv_value_t, checked tag by tag
        // (reference/kamailio-versions.md). 5.5 matches 5.6 on paper but was never run; 6.2 is
        // not released: both are refused until they are tested.
        (5, 7 | 8) | (6, 0 | 1) => Some(Layout::V5_7),
        _ => None,
    }
}

/// When a Kamailio loaded us: fills the version symbols and says which layout it has. `None`
/// when the host is not Kamailio, or a release this adapter refuses (logged).
pub fn detect() -> Option<Layout> {
    let (Some(name), Some(version), Some(arch), Some(os), Some(flags)) = (
        host::host_string(c"ver_name"),
        host::host_string(c"ver_version"),
        host::host_string(c"ver_arch"),
        host::host_string(c"ver_os"),
        host::host_symbol_address(c"ver_flags"),
    ) else {
        return None; // not loaded by Kamailio: a plain C program, or another host
    };
    let version = version.to_string_lossy();
    let layout = (name.to_bytes() == b"kamailio")
        .then(|| layout_of(&version))
        .flatten();
    let Some(layout) = layout else {
        let message = format!(
            "this module implements the Kamailio {SUPPORTED} module ABIs; \
             the host is {} {version}: refusing to load",
            name.to_string_lossy()
        );
        match Host::get() {
            Some(host) => host.log(log::Level::Error, &message),
            None => crate::logging::write_stderr(&format!("memcached: ERROR: {message}\n")),
        }
        return None;
    };
    let full = format!(
        "{} {version} ({}/{})",
        name.to_string_lossy(),
        arch.to_string_lossy(),
        os.to_string_lossy()
    );
    let full = CString::new(full).unwrap_or_default();
    // SAFETY: ver_flags is the host's NUL-terminated string.
    let flags = unsafe { compile_flags::expected(flags, &full) };
    // Leaked on purpose: the host keeps reading it for the life of the process.
    module_version.store(full.into_raw(), Ordering::Release);
    module_flags.store(flags, Ordering::Release);
    Some(layout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn releases_map_to_their_layout() {
        assert_eq!(layout_of("5.6.0"), Some(Layout::V5_6));
        assert_eq!(layout_of("5.6.3"), Some(Layout::V5_6));
        for v in ["5.7.0", "5.7.4", "5.8.8", "6.0.1", "6.1.4", "6.1.5"] {
            assert_eq!(layout_of(v), Some(Layout::V5_7), "{v}");
        }
        for refused in [
            "5.5.4",
            "5.9.0",
            "6.2.0-dev1",
            "7.0.0",
            "4.4.7",
            "",
            "5",
            "x.y",
            "56.3",
        ] {
            assert_eq!(layout_of(refused), None, "{refused}");
        }
    }
}
