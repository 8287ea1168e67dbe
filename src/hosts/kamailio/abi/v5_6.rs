//! `pv_value_t` of Kamailio 5.6.x: `ri` is an `int` (`src/core/pvar.h` of 5.6.0 to 5.6.6).

use std::ffi::c_int;

use super::{PvValueLayout, Str};

#[repr(C)]
pub struct PvValue {
    pub rs: Str,
    pub ri: c_int,
    pub flags: c_int,
}

impl PvValueLayout for PvValue {
    type Int = c_int;

    fn fields(&mut self) -> (&mut Str, &mut c_int, &mut c_int) {
        (&mut self.rs, &mut self.ri, &mut self.flags)
    }

    fn parts(&self) -> (Str, c_int, c_int) {
        (self.rs, self.ri, self.flags)
    }
}

const _: () = {
    use std::mem::{offset_of, size_of};
    assert!(size_of::<PvValue>() == 24);
    assert!(offset_of!(PvValue, ri) == 16);
    assert!(offset_of!(PvValue, flags) == 20);
};
