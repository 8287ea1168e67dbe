//! A pseudo-variable's key: parsed once by the host into a format list (`$mct(user_$fU)` holds
//! other pseudo-variables), rendered on each access with the host's own format functions.

use std::cell::Cell;
use std::ffi::c_int;
use std::ptr::null_mut;
use std::thread::LocalKey;

use super::abi::{PvElem, PvParam, PvSpec, Str, PV_NAME_PVAR};
use super::host::Host;

/// Parses `$mct(...)`'s inner text into the spec's name.
///
/// # Safety
/// `sp` and `input` are NULL or the host's spec being filled in and the text between the
/// parentheses.
pub unsafe fn parse(sp: *mut PvSpec, input: *mut Str) -> c_int {
    let Some(host) = Host::get() else { return -1 };
    if sp.is_null() || input.is_null() {
        return -1;
    }
    // SAFETY: the host passes a valid str for the text between the parentheses.
    let input = unsafe { &*input };
    if input.s.is_null() || input.len <= 0 {
        log::error!("a pseudo-variable needs a key: $mct(key)");
        return -1;
    }
    // SAFETY: input.s points to input.len bytes.
    let text = unsafe { std::slice::from_raw_parts(input.s.cast::<u8>(), input.len as usize) };
    // pv_parse_format keeps pointers into its input and reads one byte past it: hand it a
    // NUL-terminated copy that lives as long as the process (it is never freed).
    let mut copy = text.to_vec();
    copy.push(0);
    let copy: &'static mut [u8] = Box::leak(copy.into_boxed_slice());
    let mut format = Str {
        s: copy.as_mut_ptr().cast(),
        len: input.len,
    };
    let mut elem: *mut PvElem = null_mut();
    // SAFETY: host function called with a valid str and out pointer.
    if unsafe { (host.pv_parse_format)(&mut format, &mut elem) } != 0 || elem.is_null() {
        log::error!("bad key format [{}]", crate::logging::quoted(text));
        return -1;
    }
    // SAFETY: sp is the host's spec being filled in.
    unsafe {
        (*sp).pvp.pvn.dname = elem.cast();
        (*sp).pvp.pvn.kind = PV_NAME_PVAR;
    }
    0
}

/// A buffer borrowed from a thread-local for one callback, given back when dropped. Taken out
/// rather than borrowed, so that a callback that re-enters finds an empty buffer, not a borrow.
pub struct Scratch {
    buf: Vec<u8>,
    home: &'static LocalKey<Cell<Vec<u8>>>,
}

impl Scratch {
    pub fn take(home: &'static LocalKey<Cell<Vec<u8>>>) -> Scratch {
        Scratch {
            buf: home.try_with(Cell::take).unwrap_or_default(),
            home,
        }
    }
}

impl std::ops::Deref for Scratch {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.buf
    }
}

impl std::ops::DerefMut for Scratch {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        &mut self.buf
    }
}

/// The most a thread keeps of a scratch buffer between callbacks: one that grew past it for a
/// large key or value is freed when given back, so that one large value does not pin memory in
/// every worker for the life of the process.
const KEPT_CAPACITY: usize = 64 * 1024;

impl Drop for Scratch {
    fn drop(&mut self) {
        let mut buf = std::mem::take(&mut self.buf);
        if buf.capacity() > KEPT_CAPACITY {
            buf = Vec::new();
        }
        let _ = self.home.try_with(|cell| cell.set(buf));
    }
}

/// Renders the key of an access. With a SIP message the host renders it into one of its pv
/// buffers, valid until its next rendering in this process (after our operation); without one
/// (a timer route) only plain text can be rendered, into `scratch`.
///
/// # Safety
/// `msg` is NULL or the host's message, `param` NULL or the spec's parameter that [`parse`]
/// filled in.
pub unsafe fn render<'a>(
    host: &Host,
    msg: *mut std::ffi::c_void,
    param: *mut PvParam,
    scratch: &'a mut Vec<u8>,
) -> Result<&'a [u8], String> {
    if param.is_null() {
        return Err("no pseudo-variable parameter".into());
    }
    // SAFETY: param is the host's pv_param_t whose name `parse` filled in.
    let elem = unsafe { (*param).pvn.dname }.cast::<PvElem>();
    if elem.is_null() {
        return Err("the pseudo-variable has no key".into());
    }
    if !msg.is_null() {
        let mut out = Str {
            s: null_mut(),
            len: 0,
        };
        // SAFETY: host function; the result points into a pv buffer slot of this process.
        let rc = unsafe { (host.pv_printf_s)(msg, elem, &mut out) };
        if rc == -2 {
            return Err(
                "the key is longer than the host's pv buffer: raise the core \
                        parameter pv_buffer_size"
                    .into(),
            );
        }
        if rc != 0 || out.s.is_null() {
            return Err("cannot render the key".into());
        }
        // SAFETY: pv_printf_s returned out.len bytes at out.s, which stay until its next call.
        return Ok(unsafe {
            std::slice::from_raw_parts(out.s.cast::<u8>(), out.len.max(0) as usize)
        });
    }
    scratch.clear();
    let mut e = elem;
    while !e.is_null() {
        // SAFETY: e walks the host's format list built by pv_parse_format.
        let piece = unsafe { &*e };
        if !piece.spec.is_null() {
            return Err("the key holds a pseudo-variable and there is no SIP message".into());
        }
        if !piece.text.s.is_null() && piece.text.len > 0 {
            // SAFETY: text points to len bytes of the format's copy.
            scratch.extend_from_slice(unsafe {
                std::slice::from_raw_parts(piece.text.s.cast::<u8>(), piece.text.len as usize)
            });
        }
        e = piece.next;
    }
    Ok(scratch)
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static HOME: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
    }

    #[test]
    fn a_scratch_buffer_is_kept_unless_a_large_value_grew_it() {
        let mut scratch = Scratch::take(&HOME);
        scratch.extend_from_slice(&[1; 1000]);
        drop(scratch);
        assert!(Scratch::take(&HOME).capacity() >= 1000, "kept for reuse");
        let mut scratch = Scratch::take(&HOME);
        scratch.resize(1 << 20, 0);
        drop(scratch);
        assert_eq!(
            Scratch::take(&HOME).capacity(),
            0,
            "freed after a large value"
        );
    }
}
