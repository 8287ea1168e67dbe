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

use super::host::{self, Host};

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
}

/// The releases this adapter loads into, as said in the refusal line.
pub const SUPPORTED: &str = "5.6.x";

/// The layout of a release, by its `ver_version` ("5.6.3", "6.1.4", "6.2.0-dev1").
pub fn layout_of(version: &str) -> Option<Layout> {
    let mut parts = version.split(['.', ' ', '-']);
    let major: u32 = parts.next()?.parse().ok()?;
    let minor: u32 = parts.next()?.parse().ok()?;
    match (major, minor) {
        (5, 6) => Some(Layout::V5_6),
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
            "this module implements the Kamailio {SUPPORTED} module ABI; \
             the host is {} {version}: refusing to load",
            name.to_string_lossy()
        );
        match Host::get() {
            Some(host) => host.log(log::Level::Error, &message),
            None => eprintln!("memcached: ERROR: {message}"),
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
        for refused in ["5.5.4", "4.4.7", "", "5", "x.y", "56.3"] {
            assert_eq!(layout_of(refused), None, "{refused}");
        }
    }
}
