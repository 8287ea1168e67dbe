//! The objects loaded in the process, as the dynamic loader lists them, and the strings of the
//! main program: how a host's version strings are found when it exports no symbol for them.

use std::ffi::{c_int, c_void, CStr, CString};

/// A loaded object: its path ("" for the main program) and its read-only segments.
pub struct LoadedObject {
    pub path: CString,
    /// (address, length) of each readable, non-writable PT_LOAD segment.
    pub readonly: Vec<(usize, usize)>,
}

impl LoadedObject {
    pub fn contains(&self, address: usize) -> bool {
        self.readonly
            .iter()
            .any(|&(start, len)| (start..start + len).contains(&address))
    }
}

/// The address of a symbol of the host (the program or a library it loaded globally), if it
/// has one: host functions are resolved at run time so that the same `.so` still loads where
/// that host is not.
pub fn symbol(name: &CStr) -> Option<*mut c_void> {
    // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name only looks the name up.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr()) };
    (!p.is_null()).then_some(p)
}

/// The path of the loaded object whose code or data holds `address` ("" for the main program,
/// as the loader names it), or None when no object does: how a caller learns which module
/// handed it a function pointer.
pub fn object_of(address: *const c_void) -> Option<CString> {
    let mut info = std::mem::MaybeUninit::<libc::Dl_info>::zeroed();
    // SAFETY: dladdr only reads the loader's tables and fills `info`, which outlives the call.
    if unsafe { libc::dladdr(address, info.as_mut_ptr()) } == 0 {
        return None;
    }
    // SAFETY: dladdr returned non-zero, so it filled `info`.
    let info = unsafe { info.assume_init() };
    if info.dli_fname.is_null() {
        return None;
    }
    // SAFETY: a NUL-terminated path owned by the loader, copied at once.
    Some(unsafe { CStr::from_ptr(info.dli_fname) }.to_owned())
}

/// Every loaded object, the main program first.
pub fn loaded_objects() -> Vec<LoadedObject> {
    unsafe extern "C" fn each(
        info: *mut libc::dl_phdr_info,
        size: usize,
        data: *mut c_void,
    ) -> c_int {
        // Called by the loader, in C: a panic must not cross it (-1 stops the walk).
        // SAFETY: forwarded from the loader's call.
        crate::boundary::catch_panic(|| unsafe { record(info, size, data) })
    }
    /// One object of the walk, into the Vec `data` points to.
    ///
    /// # Safety
    /// The arguments of a `dl_iterate_phdr` callback, with `data` the Vec below.
    unsafe fn record(info: *mut libc::dl_phdr_info, _: usize, data: *mut c_void) -> c_int {
        // SAFETY: the loader passes a valid dl_phdr_info; data is the Vec below.
        let (info, out) = unsafe { (&*info, &mut *data.cast::<Vec<LoadedObject>>()) };
        let name = if info.dlpi_name.is_null() {
            CString::default()
        } else {
            // SAFETY: a NUL-terminated path owned by the loader.
            unsafe { CStr::from_ptr(info.dlpi_name) }.to_owned()
        };
        let mut readonly = Vec::new();
        for i in 0..info.dlpi_phnum as usize {
            // SAFETY: dlpi_phdr has dlpi_phnum entries.
            let ph = unsafe { &*info.dlpi_phdr.add(i) };
            if ph.p_type == libc::PT_LOAD
                && ph.p_flags & libc::PF_R != 0
                && ph.p_flags & libc::PF_W == 0
            {
                readonly.push((
                    info.dlpi_addr as usize + ph.p_vaddr as usize,
                    ph.p_memsz as usize,
                ));
            }
        }
        out.push(LoadedObject {
            path: name,
            readonly,
        });
        0
    }
    let mut out: Vec<LoadedObject> = Vec::new();
    // SAFETY: the callback only reads what the loader hands it and writes to `out`.
    unsafe { libc::dl_iterate_phdr(Some(each), (&mut out as *mut Vec<_>).cast()) };
    out
}

/// The NUL-terminated strings of the main program's read-only segments that start with
/// `prefix` (at the start of a string: after a NUL or at a segment's start). They live as long as
/// the process.
pub fn main_program_strings(prefix: &[u8]) -> Vec<&'static CStr> {
    let objects = loaded_objects();
    let Some(main) = objects.iter().find(|o| o.path.as_bytes().is_empty()) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for &(start, len) in &main.readonly {
        // SAFETY: a PT_LOAD segment of the main program, mapped readable for its whole length
        // and for the life of the process.
        let bytes: &'static [u8] = unsafe { std::slice::from_raw_parts(start as *const u8, len) };
        for at in memchr::memmem::find_iter(bytes, prefix) {
            if at > 0 && bytes[at - 1] != 0 {
                continue;
            }
            if let Ok(text) = CStr::from_bytes_until_nul(&bytes[at..]) {
                found.push(text);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loaded_objects_start_with_the_main_program() {
        let objects = loaded_objects();
        assert!(objects[0].path.as_bytes().is_empty());
        assert!(!objects[0].readonly.is_empty());
        assert!(objects.len() > 1);
    }

    #[test]
    fn the_object_of_a_function_is_the_library_that_holds_it() {
        let of_libc = object_of(libc::strlen as *const c_void).unwrap();
        assert!(of_libc.to_str().unwrap().contains("libc.so"), "{of_libc:?}");
        let local = 0u8;
        assert_eq!(object_of(&local as *const u8 as *const c_void), None);
    }

    static MARKER: &[u8] = b"sipmc-marker: a string of this test program\0";

    #[test]
    fn a_string_of_the_main_program_is_found_by_its_start() {
        let found = main_program_strings(b"sipmc-marker: ");
        assert!(std::hint::black_box(MARKER).len() > 1);
        assert!(
            found
                .iter()
                .any(|s| s.to_bytes() == b"sipmc-marker: a string of this test program"),
            "{found:?}"
        );
    }
}
