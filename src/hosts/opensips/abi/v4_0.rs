//! The MI table of OpenSIPS 4.0 (`mi/mi.h`): `MAX_MI_PARAMS` 20 and `MAX_MI_ALIASES` 4, so
//! `mi_recipe_t` is 168 bytes and `mi_export_t` 8,128, with `aliases` at 8,096. A 3.6 table read
//! with this stride keeps its first command and silently loses the others.
//!
//! 4.0 registers a module's command `name` as `<module>:<name>` (`register_mi_mod`), answers the
//! bare `name` too while no other module has the same one, and each of `aliases` (the core reads
//! them up to the first NULL, with no bound: at most 3 of the 4 may be set).

use super::{MiExport as Generic, MiRecipe as GenericRecipe};

pub const MAX_MI_PARAMS: usize = 20;
pub const MAX_MI_ALIASES: usize = 4;

pub type MiRecipe = GenericRecipe<MAX_MI_PARAMS>;
pub type MiExport = Generic<MAX_MI_PARAMS, MAX_MI_ALIASES>;

const _: () = {
    use std::mem::{offset_of, size_of};
    assert!(size_of::<MiRecipe>() == 168);
    assert!(offset_of!(MiRecipe, params) == 8);
    assert!(size_of::<MiExport>() == 8128);
    assert!(offset_of!(MiExport, flags) == 16);
    assert!(offset_of!(MiExport, init_f) == 24);
    assert!(offset_of!(MiExport, recipes) == 32);
    assert!(offset_of!(MiExport, aliases) == 8096);
};
