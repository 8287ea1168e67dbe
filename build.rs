//! Generates the C header from the `extern "C"` API with cbindgen, into OUT_DIR. `make header`
//! copies it into include/, where it is committed; a test fails when the two differ.

use std::env;
use std::path::PathBuf;

fn main() {
    let crate_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets it")).join("sip_memcached.h");
    println!("cargo:rerun-if-changed=src/ffi/mod.rs");
    println!("cargo:rerun-if-changed=cbindgen.toml");
    // Our own symbols bind to our own definitions: every module of a host exports `exports`
    // (and Kamailio's `module_version`/`module_flags`), and the load-time constructor must fill
    // ours even when another module that defines them was loaded RTLD_GLOBAL first.
    println!("cargo:rustc-cdylib-link-arg=-Wl,-Bsymbolic");
    let config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml"))
        .expect("cbindgen.toml is valid");
    cbindgen::Builder::new()
        .with_src(crate_dir.join("src/ffi/mod.rs"))
        .with_config(config)
        .generate()
        .expect("the C header generates")
        .write_to_file(&out);
}
