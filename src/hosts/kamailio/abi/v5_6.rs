//! `pv_value_t` of Kamailio 5.6.x: `ri` is an `int` (`src/core/pvar.h` of 5.6.0 to 5.6.6).

use std::ffi::c_int;

use super::{PvValueLayout, Str, PV_TYPE_INT, PV_VAL_INT, PV_VAL_STR};

#[repr(C)]
pub struct PvValue {
    pub rs: Str,
    pub ri: c_int,
    pub flags: c_int,
}

impl PvValueLayout for PvValue {
    fn flags(&self) -> c_int {
        self.flags
    }

    fn int(&self) -> i64 {
        i64::from(self.ri)
    }

    fn rs(&self) -> Str {
        self.rs
    }

    /// An integer wider than 32 bits stays a string: the script could not hold it.
    fn set(&mut self, rs: Str, int: Option<i64>) {
        self.rs = rs;
        self.ri = 0;
        self.flags = PV_VAL_STR;
        if let Some(n) = int.and_then(|n| c_int::try_from(n).ok()) {
            self.ri = n;
            self.flags |= PV_VAL_INT | PV_TYPE_INT;
        }
    }
}

const _: () = {
    use std::mem::{offset_of, size_of};
    assert!(size_of::<PvValue>() == 24);
    assert!(offset_of!(PvValue, ri) == 16);
    assert!(offset_of!(PvValue, flags) == 20);
};
