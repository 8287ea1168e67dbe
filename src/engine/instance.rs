//! The one module instance of a process, as a host has it: parameters gathered before
//! `mod_init`, then the module. Shared by the C API and the Kamailio adapter, so that both are
//! thin layers over the same state.

use std::sync::Arc;

use once_cell::sync::Lazy;
use parking_lot::RwLock;

use crate::engine::params::Params;
use crate::engine::Engine;
use crate::error::{Error, Result};

struct Instance {
    params: Params,
    module: Option<Arc<Engine>>,
}

static INSTANCE: Lazy<RwLock<Instance>> = Lazy::new(|| {
    RwLock::new(Instance {
        params: Params::default(),
        module: None,
    })
});

/// Sets a parameter; refused once the module is initialised.
pub fn param_set(name: &str, value: &str) -> Result<()> {
    let mut instance = INSTANCE.write();
    if instance.module.is_some() {
        return Err(Error::AlreadyInitialised);
    }
    instance.params.set(name, value)
}

/// Creates the module from the parameters set so far, and logs what it was set up with. Nothing
/// logs while the lock is held: a C log callback may call back into the library.
pub fn mod_init() -> Result<()> {
    let engine = {
        let mut instance = INSTANCE.write();
        if instance.module.is_some() {
            return Err(Error::AlreadyInitialised);
        }
        let engine = Arc::new(Engine::new(instance.params.clone())?);
        instance.module = Some(engine.clone());
        engine
    };
    for line in engine.startup_lines() {
        log::info!("{line}");
    }
    Ok(())
}

/// The engine, once initialised.
pub fn engine() -> Result<Arc<Engine>> {
    INSTANCE.read().module.clone().ok_or(Error::NotInitialised)
}

/// Frees the module and restores every parameter's default.
pub fn destroy() {
    let mut instance = INSTANCE.write();
    instance.module = None;
    instance.params = Params::default();
}
