//! The compile-flags string the host's version check expects in `module_flags`.
//!
//! `ksr_version_control` compares `module_flags` with the `SER_COMPILE_FLAGS` that
//! `core/sr_module.c` was compiled with. The core also exports `ver_flags`, built from the same
//! macro in `core/ver.c`, and the two are equal in 5.6, 5.7 and 6.0. From 6.1.0 `ver.c` includes
//! `mem/memcore.h`, which defines `DBG_QM_MALLOC`, `DBG_F_MALLOC` and `DBG_TLSF_MALLOC` when
//! `DBG_SR_MEMORY` is set, so Debian's 6.1.5 has `ver_flags` with those three tokens and a
//! version check without them (measured on the host; the reference said they were equal). So,
//! most reliable first:
//! 1. the `module_flags` of a Kamailio module already loaded in the process: it passed the check;
//! 2. a second flags string in the main program that the check may use: a string made of
//!    `ver_flags`'s tokens, in its order, other than `ver_flags` itself;
//! 3. `ver_flags`.

use std::ffi::{c_char, CStr};

use crate::hosts::loaded::{loaded_objects, main_program_strings};

/// The string to point `module_flags` at: see the module's comment.
///
/// # Safety
/// `ver_flags` is the host's NUL-terminated `ver_flags`, `full_version` our `module_version`.
pub unsafe fn expected(ver_flags: *mut c_char, full_version: &CStr) -> *mut c_char {
    // SAFETY: by this function's contract.
    let host_flags = unsafe { CStr::from_ptr(ver_flags) }.to_bytes();
    if let Some(flags) = from_a_loaded_module(full_version) {
        return flags;
    }
    // The strings that start as the flags do: "USE_TCP," or whatever the first flag is.
    let Some(first) = host_flags
        .split(|&b| b == b',')
        .next()
        .filter(|t| !t.is_empty())
    else {
        return ver_flags;
    };
    let mut prefix = first.to_vec();
    prefix.push(b',');
    let strings = main_program_strings(&prefix);
    let texts: Vec<&[u8]> = strings.iter().map(|s| s.to_bytes()).collect();
    match pick(host_flags, &texts) {
        Some(i) => strings[i].as_ptr().cast_mut(),
        None => ver_flags,
    }
}

/// The index of the string among `candidates` that the check uses, when one of them is not
/// `ver_flags` but made of its tokens in its order.
pub fn pick(ver_flags: &[u8], candidates: &[&[u8]]) -> Option<usize> {
    let tokens: Vec<&[u8]> = ver_flags.split(|&b| b == b',').map(trim).collect();
    candidates.iter().position(|c| {
        *c != ver_flags && {
            let mut rest = tokens.iter();
            c.split(|&b| b == b',')
                .map(trim)
                .all(|t| rest.any(|known| *known == t))
        }
    })
}

fn trim(token: &[u8]) -> &[u8] {
    let start = token.iter().position(|b| *b != b' ').unwrap_or(token.len());
    let end = token
        .iter()
        .rposition(|b| *b != b' ')
        .map_or(start, |e| e + 1);
    &token[start..end.max(start)]
}

/// The flags of a Kamailio module of this same core that is already loaded.
fn from_a_loaded_module(full_version: &CStr) -> Option<*mut c_char> {
    // Code of ours, to recognise (and skip) this library among the loaded objects.
    let ours = loaded_objects as *const () as usize;
    for object in loaded_objects() {
        if object.path.as_bytes().is_empty() || object.contains(ours) {
            continue;
        }
        let name = &object.path;
        // SAFETY: RTLD_NOLOAD only finds an object that is already loaded; dlclose drops the
        // reference taken here.
        unsafe {
            let handle = libc::dlopen(name.as_ptr(), libc::RTLD_NOW | libc::RTLD_NOLOAD);
            if handle.is_null() {
                continue;
            }
            let version = libc::dlsym(handle, c"module_version".as_ptr()).cast::<*const c_char>();
            let flags = libc::dlsym(handle, c"module_flags".as_ptr()).cast::<*mut c_char>();
            let found = (!version.is_null()
                && !flags.is_null()
                && !(*version).is_null()
                && !(*flags).is_null()
                && CStr::from_ptr(*version) == full_version)
                .then(|| *flags);
            libc::dlclose(handle);
            if found.is_some() {
                return found;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const VER_FLAGS_6_1_5: &[u8] = b"USE_TCP, SHM_MMAP, PKG_MALLOC, DBG_SR_MEMORY, DBG_QM_MALLOC, \
        DBG_F_MALLOC, USE_FUTEX, TLS_PTHREAD_MUTEX_SHARED";
    const CHECK_6_1_5: &[u8] =
        b"USE_TCP, SHM_MMAP, PKG_MALLOC, DBG_SR_MEMORY, USE_FUTEX, TLS_PTHREAD_MUTEX_SHARED";

    #[test]
    fn the_check_string_is_the_one_that_is_not_ver_flags() {
        assert_eq!(
            pick(VER_FLAGS_6_1_5, &[VER_FLAGS_6_1_5, CHECK_6_1_5]),
            Some(1)
        );
        assert_eq!(
            pick(VER_FLAGS_6_1_5, &[CHECK_6_1_5, VER_FLAGS_6_1_5]),
            Some(0)
        );
    }

    #[test]
    fn ver_flags_alone_is_taken_as_it_is() {
        assert_eq!(pick(CHECK_6_1_5, &[CHECK_6_1_5]), None);
        assert_eq!(pick(CHECK_6_1_5, &[]), None);
    }

    #[test]
    fn strings_with_other_tokens_or_order_are_not_flags() {
        let other = b"USE_TCP, SOMETHING_ELSE".as_slice();
        let reordered = b"SHM_MMAP, USE_TCP".as_slice();
        assert_eq!(
            pick(VER_FLAGS_6_1_5, &[VER_FLAGS_6_1_5, other, reordered]),
            None
        );
    }
}
