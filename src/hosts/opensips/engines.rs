//! One engine per connection: each `cachedb_url` line of this module gets its engine in
//! `mod_init`, before OpenSIPS forks, so that every process shares its counters, server health
//! and reload epoch; those lines are what scripts name (`memcached`, `memcached:group`).
//!
//! Any other `memcached://` URL a consumer module passes the cachedb core (dialog's, sql_cacher's,
//! dns_cache's, ratelimit's own `cachedb_url`, with or without the trailing `/`, to any server)
//! is served as the stock module serves it: one that names the same connection as a line of ours
//! (the same group, servers, options and credentials) uses that line's engine; another gets an
//! engine of its own, with the module's parameters and the URL's options, made in the process
//! that first asks for it (consumers open their connections in `child_init`, after the fork).
//! So that the processes still share what they would share for a line of ours, `mod_init` maps
//! [`SPARE_REGIONS`] shared regions and a registry of the URLs they serve: every process making
//! an engine for the same URL takes the same region, and the MI process, which may never have
//! been asked for it, reloads and reports it from the registry. Past that many such URLs, an
//! engine gets a region of its own process (its counters and reload are then that process's),
//! said once in the log.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use once_cell::sync::OnceCell;
use parking_lot::Mutex;

use super::params::{Settings, SETTINGS};
use super::url::{masked, CachedbUrl};
use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::shared::lock::PidLock;
use crate::shared::{map_shared, SharedRegion};

/// Other URLs whose engines share one region across processes (see the module's doc).
pub const SPARE_REGIONS: usize = 16;

/// The longest URL the registry keeps; a longer one gets a region of its own process.
const URL_MAX: usize = 1024;

pub struct UrlEngine {
    /// The URL as the config (or the consumer) gave it: the core hands it back as
    /// `cachedb_id.initial_url`.
    pub url: String,
    pub parsed: CachedbUrl,
    pub engine: Arc<Engine>,
    /// One of this module's own `cachedb_url` lines.
    pub own_line: bool,
}

#[repr(C)]
struct UrlSlot {
    /// 0: free.
    len: AtomicU32,
    /// Written once, under the registry's lock, before `len`.
    text: UnsafeCell<[u8; URL_MAX]>,
}

#[repr(C)]
struct Registry {
    lock: PidLock,
    urls: [UrlSlot; SPARE_REGIONS],
}

struct Spares {
    registry: &'static Registry,
    regions: Vec<Arc<SharedRegion>>,
}

// SAFETY: the registry is atomics, a pid lock, and texts written only under that lock (see
// `region_for`) and read only after their `len` is set, under the lock too.
unsafe impl Sync for Spares {}
// SAFETY: as above; the mapping is never unmapped.
unsafe impl Send for Spares {}

static OWN_LINES: OnceCell<Vec<&'static UrlEngine>> = OnceCell::new();
static SPARES: OnceCell<Spares> = OnceCell::new();
/// The engines of other URLs this process made (process-local; the regions are shared).
static OTHERS: Mutex<Vec<&'static UrlEngine>> = Mutex::new(Vec::new());

/// Makes the engines of the module's own lines, and maps the spare regions (once).
pub fn make(settings: &Settings) -> Result<Vec<&'static UrlEngine>> {
    let mut made: Vec<&'static UrlEngine> = Vec::new();
    for url in &settings.urls {
        let parsed = CachedbUrl::parse(url).map_err(Error::BadArgument)?;
        if made.iter().any(|e| e.parsed.group == parsed.group) {
            return Err(Error::BadArgument(format!(
                "two cachedb_url for {}: one URL per group",
                parsed.system()
            )));
        }
        let params = params_for(&settings.params, &parsed)?;
        let engine = Arc::new(Engine::new(params)?);
        made.push(leak(url, parsed, engine, true));
    }
    let mut regions = Vec::with_capacity(SPARE_REGIONS);
    for _ in 0..SPARE_REGIONS {
        regions.push(Arc::new(SharedRegion::new().map_err(Error::SharedMemory)?));
    }
    let registry = map_shared(std::mem::size_of::<Registry>()).map_err(Error::SharedMemory)?;
    // SAFETY: a fresh zero-filled shared mapping, page aligned and large enough: a valid
    // Registry (atomics and bytes), never unmapped (it lives as long as the process).
    let registry = unsafe { registry.cast::<Registry>().as_ref() };
    SPARES
        .set(Spares { registry, regions })
        .map_err(|_| Error::AlreadyInitialised)?;
    OWN_LINES
        .set(made.clone())
        .map_err(|_| Error::AlreadyInitialised)?;
    Ok(made)
}

/// The module's parameters with a URL's servers, credentials and options.
fn params_for(
    base: &crate::engine::params::Params,
    parsed: &CachedbUrl,
) -> Result<crate::engine::params::Params> {
    let mut params = base.clone();
    params.set("servers", &parsed.servers)?;
    if let Some((user, password)) = &parsed.credentials {
        params.set("username", user)?;
        params.set("password", password.expose())?;
    }
    for (name, value) in &parsed.options {
        params.set(name, value)?;
    }
    Ok(params)
}

/// Engines live as long as the process: the core keeps their connections until it exits.
fn leak(url: &str, parsed: CachedbUrl, engine: Arc<Engine>, own_line: bool) -> &'static UrlEngine {
    Box::leak(Box::new(UrlEngine {
        url: url.to_string(),
        parsed,
        engine,
        own_line,
    }))
}

/// The engines of the module's own lines (none before `mod_init`).
pub fn own_lines() -> &'static [&'static UrlEngine] {
    OWN_LINES.get().map(Vec::as_slice).unwrap_or_default()
}

/// Every engine this process knows: the own lines', then those of other URLs it made.
pub fn known() -> Vec<&'static UrlEngine> {
    let mut all = own_lines().to_vec();
    all.extend(OTHERS.lock().iter());
    all
}

/// Every engine of the node, for MI: [`known`], plus an engine for each URL of the registry
/// that another process made and this one never did (on the URL's shared region).
pub fn every() -> Vec<&'static UrlEngine> {
    if let Some(spares) = SPARES.get() {
        for url in spares.urls() {
            if let Err(why) = for_url(url.as_bytes()) {
                log::error!("cachedb_url '{}': {why}", masked(&url));
            }
        }
    }
    known()
}

/// The engine of a URL the core hands a connection for: the same text, or the same connection,
/// as one known; else a new engine for it (see the module's doc).
pub fn for_url(url: &[u8]) -> std::result::Result<&'static UrlEngine, String> {
    let all = known();
    if let Some(e) = all.iter().find(|e| e.url.as_bytes() == url) {
        return Ok(e);
    }
    let text = std::str::from_utf8(url).map_err(|_| "the URL is not UTF-8".to_string())?;
    let parsed = CachedbUrl::parse(text)?;
    if let Some(e) = all.iter().find(|e| e.parsed.same_connection(&parsed)) {
        return Ok(e);
    }
    let params = params_for(&SETTINGS.lock().params, &parsed).map_err(|e| e.to_string())?;
    let region = SPARES.get().and_then(|s| s.region_for(text, &parsed));
    let shared_too = region.is_some();
    let engine = match region {
        Some(region) => Engine::with_region(params, region),
        None => Engine::new(params),
    }
    .map_err(|e| e.to_string())?;
    let mut others = OTHERS.lock();
    // Another thread of this process may have made it meanwhile.
    if let Some(e) = others.iter().find(|e| e.parsed.same_connection(&parsed)) {
        return Ok(e);
    }
    let made = leak(text, parsed, Arc::new(engine), false);
    others.push(made);
    drop(others);
    log::info!(
        "cachedb_url '{}' is not one of this module's cachedb_url lines: served with a \
         connection of its own, as the stock module serves it{}; {}",
        masked(text),
        if shared_too {
            ""
        } else {
            " (its counters, server health and reload are this process's alone: more than 16 \
             other URLs)"
        },
        made.engine.startup_lines().join("; ")
    );
    Ok(made)
}

impl Spares {
    /// The region of the registry's slot for this connection, claiming a free slot for it.
    fn region_for(&self, text: &str, parsed: &CachedbUrl) -> Option<Arc<SharedRegion>> {
        if text.len() > URL_MAX {
            return None;
        }
        let _held = self.registry.lock.lock();
        let mut free = None;
        for (i, slot) in self.registry.urls.iter().enumerate() {
            match slot.len.load(Ordering::Acquire) as usize {
                0 => {
                    free.get_or_insert(i);
                }
                len => {
                    // SAFETY: written before `len` was set; the lock is held.
                    let text = unsafe { &*slot.text.get() };
                    let stored = std::str::from_utf8(&text[..len.min(URL_MAX)]).ok();
                    if stored
                        .and_then(|s| CachedbUrl::parse(s).ok())
                        .is_some_and(|s| s.same_connection(parsed))
                    {
                        return Some(self.regions[i].clone());
                    }
                }
            }
        }
        let i = free?;
        let slot = &self.registry.urls[i];
        // SAFETY: the registry's lock is held, so no other process writes or reads this slot's
        // text; it is read only once `len` says it is written.
        unsafe { (&mut *slot.text.get())[..text.len()].copy_from_slice(text.as_bytes()) };
        slot.len.store(text.len() as u32, Ordering::Release);
        Some(self.regions[i].clone())
    }

    /// The URLs the registry holds.
    fn urls(&self) -> Vec<String> {
        let _held = self.registry.lock.lock();
        self.registry
            .urls
            .iter()
            .filter_map(|slot| {
                let len = (slot.len.load(Ordering::Acquire) as usize).min(URL_MAX);
                // SAFETY: written before `len` was set; the lock is held.
                let text = unsafe { &*slot.text.get() };
                (len > 0).then(|| String::from_utf8_lossy(&text[..len]).into_owned())
            })
            .collect()
    }
}
