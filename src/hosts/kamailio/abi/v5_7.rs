//! `pv_value_t` from Kamailio 5.7.0 on (5.7, 5.8, 6.0, 6.1): `ri` is a `long` (core commit
//! 9055763381, "field for int value switched to long"), so the struct is 32 bytes and `flags`
//! sits at offset 24. With the 5.6 mirror a getter's flags would land in the high half of `ri`,
//! and a setter would read `-5` as having the NULL flag: `$mct(k) = -5` would delete the key.

use std::ffi::{c_int, c_long};

use super::{PvValueLayout, Str};

#[repr(C)]
pub struct PvValue {
    pub rs: Str,
    pub ri: c_long,
    pub flags: c_int,
}

impl PvValueLayout for PvValue {
    type Int = c_long;

    fn fields(&mut self) -> (&mut Str, &mut c_long, &mut c_int) {
        (&mut self.rs, &mut self.ri, &mut self.flags)
    }

    fn parts(&self) -> (Str, c_long, c_int) {
        (self.rs, self.ri, self.flags)
    }
}

const _: () = {
    use std::mem::{offset_of, size_of};
    assert!(size_of::<PvValue>() == 32);
    assert!(offset_of!(PvValue, ri) == 16);
    assert!(size_of::<c_long>() == 8);
    assert!(offset_of!(PvValue, flags) == 24);
};
