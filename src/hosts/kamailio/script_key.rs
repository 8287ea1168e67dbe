//! A pseudo-variable's key: parsed once by the host into a format list (`$mct(user_$fU)` holds
//! other pseudo-variables), rendered on each access with the host's own format functions, and
//! freed with the spec when the host frees it.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::ffi::{c_int, c_void};
use std::ptr::null_mut;

use once_cell::sync::OnceCell;
use parking_lot::Mutex;

use super::abi::{PvElem, PvName, PvParam, PvSpec, Str, PV_NAME_PVAR};
use super::host::{host_symbol_address, Host};
use crate::boundary::catch_panic;
use crate::hosts::scratch::Scratch;

/// The NUL-terminated copies of key texts, by the address of the format list that points into
/// each. `pv_parse_format` keeps pointers into its input, and the host's input may not outlive
/// the parse, so each name gets a copy that lives exactly as long as its list: until the host
/// frees the spec ([`free_name`]). Only what is in here is ever freed: a name freed twice, or a
/// pointer that is not one of ours, finds nothing. A B-tree: a few hundred names at most,
/// looked up at config time and when a spec is freed, and its nodes go as it empties.
static KEY_TEXTS: Mutex<BTreeMap<usize, Box<[u8]>>> = Mutex::new(BTreeMap::new());

/// `int pv_elem_free_all(pv_elem_t *)`: frees a list made by `pv_parse_format` (pkg memory,
/// which only the host can free).
type PvElemFreeAllFn = unsafe extern "C" fn(*mut PvElem) -> c_int;

/// The host's `pv_elem_free_all`, resolved like every host function (`dlsym(RTLD_DEFAULT)`);
/// exported by every release from 5.6 to 6.1. Without it a list is left to the host.
fn pv_elem_free_all() -> Option<PvElemFreeAllFn> {
    static FREE: OnceCell<Option<PvElemFreeAllFn>> = OnceCell::new();
    *FREE.get_or_init(|| {
        host_symbol_address(c"pv_elem_free_all").map(|p| {
            // SAFETY: the host exports pv_elem_free_all with this signature
            // (reference/kamailio-module-abi.md, §3.4).
            unsafe { std::mem::transmute::<*mut c_void, PvElemFreeAllFn>(p.cast()) }
        })
    })
}

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
    // pv_parse_format keeps pointers into its input and reads one byte past it: a NUL-terminated
    // copy, kept in KEY_TEXTS with its list (a Box's bytes do not move when the Box does).
    let mut copy: Box<[u8]> = [text, b"\0"].concat().into_boxed_slice();
    let mut format = Str {
        s: copy.as_mut_ptr().cast(),
        len: input.len,
    };
    let mut elem: *mut PvElem = null_mut();
    // SAFETY: host function called with a valid str and out pointer.
    if unsafe { (host.pv_parse_format)(&mut format, &mut elem) } != 0 || elem.is_null() {
        // pv_parse_format frees what it built before it fails; the copy goes here.
        log::error!("bad key format [{}]", crate::logging::quoted(text));
        return -1;
    }
    KEY_TEXTS.lock().insert(elem as usize, copy);
    // SAFETY: sp is the host's spec being filled in.
    unsafe {
        (*sp).pvp.pvn.dname = elem.cast();
        (*sp).pvp.pvn.kind = PV_NAME_PVAR;
        (*sp).pvp.pvn.nfree = Some(free_name);
    }
    0
}

/// The name's `nfree`. Kamailio calls it when it frees a spec (`pv_spec_destroy`,
/// `pv_cache_drop`) with the address of the spec's `pv_name_t`, `&spec->pvp.pvn`; some
/// modules' own `nfree` take the `dname` instead, so a pointer that is one of our lists is taken
/// as such. Frees the format list through the host and our copy of the key text, then clears
/// the name, so that nothing points at freed memory and a second call frees nothing.
///
/// Specs the host keeps for the life of the process (most: the config's, and those of its
/// pseudo-variable cache, which drops only `$sht` entries) never come here; their list and copy
/// live exactly as long as they do, one per distinct name, not one per access.
unsafe extern "C" fn free_name(p: *mut c_void) {
    catch_panic(|| {
        if p.is_null() {
            return;
        }
        let mut texts = KEY_TEXTS.lock();
        let (elem, text) = match texts.remove(&(p as usize)) {
            Some(text) => (p.cast::<PvElem>(), text),
            None => {
                let name = p.cast::<PvName>();
                // SAFETY: not one of our lists, so the host's contract: the pv_name_t of the
                // spec it is freeing, whose nfree is this function.
                let elem = unsafe { (*name).dname }.cast::<PvElem>();
                let Some(text) = texts.remove(&(elem as usize)) else {
                    return; // not ours, or freed already
                };
                // SAFETY: as above; the name is the host's, and about to be freed.
                unsafe {
                    (*name).dname = null_mut();
                    (*name).nfree = None;
                }
                (elem, text)
            }
        };
        drop(texts);
        if let Some(free_all) = pv_elem_free_all() {
            // SAFETY: a list pv_parse_format made, which nothing uses any more: its spec is
            // being freed. Our copy goes after it, the list pointing into it.
            unsafe { free_all(elem) };
        }
        drop(text);
    })
}

thread_local! {
    /// Keys rendered without a SIP message.
    static KEY: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
}

/// Renders the key of an access. With a SIP message the host renders it into one of its pv
/// buffers, valid until its next rendering in this process (after our operation); without one
/// (a timer route) only plain text can be rendered, into a thread's buffer that this puts in
/// `scratch` (left `None` when the key needs none).
///
/// # Safety
/// `msg` is NULL or the host's message, `param` NULL or the spec's parameter that [`parse`]
/// filled in.
pub unsafe fn render<'a>(
    host: &Host,
    msg: *mut std::ffi::c_void,
    param: *mut PvParam,
    scratch: &'a mut Option<Scratch>,
) -> Result<&'a [u8], String> {
    if param.is_null() {
        return Err("no pseudo-variable parameter".into());
    }
    // SAFETY: param is the host's pv_param_t whose name `parse` filled in.
    let elem = unsafe { (*param).pvn.dname }.cast::<PvElem>();
    if elem.is_null() {
        return Err("the pseudo-variable has no key".into());
    }
    // A key without pseudo-variables (one piece of text): its text as it is, without the host's
    // formatter.
    // SAFETY: elem is the head of the host's format list built by pv_parse_format.
    let head = unsafe { &*elem };
    if head.next.is_null() && head.spec.is_null() && !head.text.s.is_null() && head.text.len > 0 {
        // SAFETY: the text points to len bytes of the format's copy, which lives as the spec.
        return Ok(unsafe {
            std::slice::from_raw_parts(head.text.s.cast::<u8>(), head.text.len as usize)
        });
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
    // Taken only here: a key rendered by the host (or taken as written) needs no buffer of ours,
    // and a thread-local's take and give-back is a call into the dynamic loader each
    // (`__tls_get_addr`, callgrind: some 40 instructions of a hit's 1,100).
    let scratch = scratch.insert(Scratch::take(&KEY));
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
