//! One engine per `cachedb_url`, made in `mod_init`, before OpenSIPS forks, so that every process
//! shares each engine's counters, server health and reload epoch.

use std::sync::Arc;

use once_cell::sync::OnceCell;

use super::params::Settings;
use super::url::CachedbUrl;
use crate::engine::Engine;
use crate::error::{Error, Result};

pub struct UrlEngine {
    /// The URL as the config gave it: the core hands it back as `cachedb_id.initial_url`.
    pub url: String,
    pub parsed: CachedbUrl,
    pub engine: Arc<Engine>,
}

static ENGINES: OnceCell<Vec<UrlEngine>> = OnceCell::new();

/// Makes the engines of every URL (once).
pub fn make(settings: &Settings) -> Result<&'static [UrlEngine]> {
    if settings.urls.is_empty() {
        return Err(Error::BadArgument(
            "no cachedb_url: add modparam(\"cachedb_memcached\", \"cachedb_url\", \
             \"memcached://127.0.0.1:11211/\")"
                .into(),
        ));
    }
    let mut made = Vec::new();
    for url in &settings.urls {
        let parsed = CachedbUrl::parse(url).map_err(Error::BadArgument)?;
        if made
            .iter()
            .any(|e: &UrlEngine| e.parsed.group == parsed.group)
        {
            return Err(Error::BadArgument(format!(
                "two cachedb_url for {}: one URL per group",
                parsed.system()
            )));
        }
        let mut params = settings.params.clone();
        params.set("servers", &parsed.servers)?;
        if let Some((user, password)) = &parsed.credentials {
            params.set("username", user)?;
            params.set("password", password.expose())?;
        }
        for (name, value) in &parsed.options {
            params.set(name, value)?;
        }
        let engine = Arc::new(Engine::new(params)?);
        made.push(UrlEngine {
            url: url.clone(),
            parsed,
            engine,
        });
    }
    ENGINES.set(made).map_err(|_| Error::AlreadyInitialised)?;
    Ok(all())
}

/// Every engine, once made (none before `mod_init`).
pub fn all() -> &'static [UrlEngine] {
    ENGINES.get().map(Vec::as_slice).unwrap_or_default()
}

/// The engine of a URL, as the core hands it back.
pub fn of_url(url: &[u8]) -> Option<&'static UrlEngine> {
    all().iter().find(|e| e.url.as_bytes() == url)
}
