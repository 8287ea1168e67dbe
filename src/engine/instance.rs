//! The one module instance of a process, as a host has it: parameters gathered before
//! `mod_init`, then the module. Shared by the C API and the Kamailio adapter, so that both are
//! thin layers over the same state.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
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

/// Bumped whenever the instance's engine is made or freed: what a thread's copy is checked
/// against.
static GENERATION: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// This thread's reference to the engine, with the generation it was taken in.
    static LOCAL: Cell<Option<(u64, Arc<Engine>)>> = const { Cell::new(None) };
}

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
        GENERATION.fetch_add(1, Ordering::Release);
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

/// Runs `f` on the engine without taking the instance's lock or touching the engine's reference
/// count: a hot path (a script's every access) pays one atomic load instead of four atomic
/// read-modify-writes. The thread keeps a reference to the engine it last used, checked against
/// [`GENERATION`], so a thread that calls this keeps a destroyed engine alive until its next call:
/// for hosts whose engine lives as long as the process (Kamailio's workers), not for the C API.
pub fn with_engine<R>(f: impl FnOnce(&Engine) -> R) -> Result<R> {
    let generation = GENERATION.load(Ordering::Acquire);
    let mut f = Some(f);
    // One access to the thread-local for the whole call: each is a call into the dynamic loader
    // in a shared library (`__tls_get_addr`, callgrind).
    let local = LOCAL.try_with(|local| {
        // Taken out, not borrowed: a call that re-enters (a log callback) takes the slow path.
        let engine = match local.take() {
            Some((g, engine)) if g == generation => engine,
            _ => engine()?,
        };
        let result = f.take().map(|f| f(&engine));
        local.set(Some((generation, engine)));
        Ok(result)
    });
    match (local, f) {
        (Ok(Ok(Some(result))), _) => Ok(result),
        (Ok(Err(e)), _) => Err(e),
        // The thread is ending and its thread-locals are gone (`f` was not run): the shared
        // engine, as the C API takes it.
        (Err(_), Some(f)) => Ok(f(&*engine()?)),
        // `f` runs exactly when the closure does; no other outcome.
        (Ok(Ok(None)), _) | (Err(_), None) => Err(Error::NotInitialised),
    }
}

/// Frees the module and restores every parameter's default.
pub fn destroy() {
    let mut instance = INSTANCE.write();
    instance.module = None;
    instance.params = Params::default();
    GENERATION.fetch_add(1, Ordering::Release);
    // This thread's reference goes now; other threads' go at their next call.
    let _ = LOCAL.try_with(Cell::take);
}
