//! The MI table of OpenSIPS 3.6 (`mi/mi.h`): `MAX_MI_PARAMS` 10, no aliases, so `mi_recipe_t` is
//! 88 bytes and `mi_export_t` 4,256. A command has one name, which is what every transport
//! (mi_http, mi_fifo, mi_html) calls it by.

use super::{MiExport as Generic, MiRecipe as GenericRecipe};

pub const MAX_MI_PARAMS: usize = 10;
pub const MAX_MI_ALIASES: usize = 0;

pub type MiRecipe = GenericRecipe<MAX_MI_PARAMS>;
pub type MiExport = Generic<MAX_MI_PARAMS, MAX_MI_ALIASES>;

const _: () = {
    use std::mem::{offset_of, size_of};
    assert!(size_of::<MiRecipe>() == 88);
    assert!(offset_of!(MiRecipe, params) == 8);
    assert!(size_of::<MiExport>() == 4256);
    assert!(offset_of!(MiExport, flags) == 16);
    assert!(offset_of!(MiExport, init_f) == 24);
    assert!(offset_of!(MiExport, recipes) == 32);
};
