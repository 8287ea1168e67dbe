//! The module core, host-neutral: bytes and numbers in, typed results out. Every face (Kamailio's
//! pseudo-variables and KEMI, OpenSIPS's cachedb functions, the C API) calls it directly, as
//! Kamailio's htable has one typed API (`ht_set_cell`, `ht_del_cell`, `ht_cell_value_add`) under
//! its pseudo-variables, RPC and KEMI.
//!
//! One job per file:
//! - [`operations`]: the typed core: [`Engine::get`], [`Engine::store`], [`Engine::remove`],
//!   [`Engine::add`], [`Engine::touch`]; one verb per operation, each counted once;
//! - [`mct`]: what `$mct`, `$mcinc`, `$mcdec` and `$mctex` mean (keys with `=>N`, values typed
//!   by their flags, `stringify`), on top of the core; for the faces that promise those semantics;
//! - [`item`]: what memcached takes as an item: its largest value, its time to live;
//! - [`write_back`]: how a write leaves what memcached holds after it in the near cache;
//! - [`flags`]: the item-flags conventions of other clients; [`params`]: the parameters;
//! - [`instance`]: the one engine of a process, as a host has it;
//! - [`cluster`]: one reload for every node on the same memcached (the `cluster` parameter);
//! - [`report`]: the counters and the servers' state, declared once, for every transport;
//! - this file: the engine itself, made, forked, reloaded.

pub mod cluster;
pub mod flags;
pub mod instance;
pub mod item;
pub mod mct;
pub mod operations;
pub mod params;
pub mod report;
mod write_back;

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::client::distribution::Distribution;
use crate::client::resolve::{system_resolver, Resolver};
use crate::client::Client;
use crate::engine::cluster::Cluster;
use crate::engine::flags::FlagConvention;
use crate::engine::params::{Mode, Params};
use crate::error::{Error, Result};
use crate::near::NearCache;
use crate::shared::{bump, SharedRegion};

pub use mct::{Pv, ScriptValue, ValueRef};
pub use operations::{Delta, Item, Stored};

pub struct Engine {
    params: Params,
    client: Client,
    shared: Arc<SharedRegion>,
    /// The near cache, when `cache_size` > 0.
    near: Option<NearCache>,
    /// The cluster whose reloads this node shares, when `cluster` is set.
    cluster: Option<Cluster>,
}

impl Engine {
    /// Prepares the module: shared state, the server set. Opens no socket (hosts fork after it).
    pub fn new(params: Params) -> Result<Engine> {
        Self::with_resolver(params, system_resolver())
    }

    /// [`Engine::new`] with host names resolved by `resolver` instead of the system's resolver.
    pub fn with_resolver(params: Params, resolver: Arc<dyn Resolver>) -> Result<Engine> {
        let shared = Arc::new(SharedRegion::new().map_err(Error::SharedMemory)?);
        Self::build(params, shared, resolver)
    }

    /// [`Engine::new`] on a shared region mapped earlier, before the host forked: processes
    /// that make an engine for the same connection after the fork then share its counters,
    /// server health and reload epoch (the region must serve that one connection alone).
    pub fn with_region(params: Params, shared: Arc<SharedRegion>) -> Result<Engine> {
        Self::build(params, shared, system_resolver())
    }

    fn build(
        params: Params,
        shared: Arc<SharedRegion>,
        resolver: Arc<dyn Resolver>,
    ) -> Result<Engine> {
        let client = Client::with_resolver(&params.client_config()?, shared.clone(), resolver)?;
        let near = NearCache::new(&params.near_config(), shared.clone());
        let cluster = params
            .cluster
            .as_deref()
            .map(|name| Cluster::new(name, params.cluster_check_interval));
        Ok(Engine {
            params,
            client,
            shared,
            near,
            cluster,
        })
    }

    /// What the engine was set up with, for the host's log at startup: the module's version, the
    /// servers and how they are used, then the near cache. Not logged by `new`, so that a host
    /// can write it after releasing any lock of its own (a log callback may call back in).
    pub fn startup_lines(&self) -> Vec<String> {
        let p = &self.params;
        let mut lines = vec![format!(
            "sip-memcached {}: servers {}, distribution {}, failover {}, server_failure_limit {}, \
             retry_interval {} ms, expire {} s, timeout {} ms, mode {}{}{}{}",
            env!("CARGO_PKG_VERSION"),
            p.servers_text,
            match p.distribution {
                Distribution::Ketama => "ketama",
                Distribution::Modula => "modula",
            },
            if p.failover { "on" } else { "off" },
            p.server_failure_limit,
            p.retry_interval.as_millis(),
            p.expire,
            p.timeout.as_millis(),
            match p.mode {
                Mode::Set => "0 (set)",
                Mode::Add => "1 (add)",
            },
            if p.stringify { ", stringify" } else { "" },
            p.flags
                .as_ref()
                .map(|c| format!(", flags {}", c.describe()))
                .unwrap_or_default(),
            if p.trim { ", trim" } else { "" }
        )];
        lines.extend(self.client.setup_summary());
        if self.near.is_some() {
            lines.push(format!(
                "near cache: {} entries, {} bytes, ttl {} ms{} per process",
                p.cache_size,
                p.cache_memory,
                p.cache_ttl.as_millis(),
                if p.cache_negative { ", misses too" } else { "" }
            ));
        }
        if let Some(cluster) = &self.cluster {
            lines.push(format!(
                "cluster {}: a reload bumps the epoch item {}; each process looks at it at most \
                 every {} ms{}",
                cluster.name(),
                cluster.wire_key(),
                cluster.interval().as_millis(),
                if self.near.is_some() {
                    ""
                } else {
                    " (this node has no near cache: it only bumps it)"
                }
            ));
        }
        if p.memory != 0 {
            lines.push(
                "parameter 'memory' is accepted for compatibility and has no effect: this \
                 module never allocates from the host's memory pools"
                    .into(),
            );
        }
        lines
    }

    /// The parameters it was made with.
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// The flags convention in force: the `flags` parameter, else the stock Kamailio module's.
    pub fn convention(&self) -> &FlagConvention {
        self.params
            .flags
            .as_ref()
            .unwrap_or(&FlagConvention::KAMAILIO)
    }

    /// Per process, after the host forked: nothing inherited from the parent is used.
    pub fn child_init(&self, _rank: i32) {
        self.client.drop_connections();
        if let Some(near) = &self.near {
            near.clear();
        }
    }

    /// The reload hook: every process drops its connections and what it knows of host names at
    /// its next operation, and empties its near cache. With `cluster` set, the cluster's epoch is
    /// bumped too (bounded by `timeout`; a failure is logged, and the reload of this node is done
    /// all the same), so that every process of every node empties its near cache at its next
    /// look ([`cluster`]).
    pub fn reload(&self) {
        let counters = self.shared.counters();
        counters.epoch.fetch_add(1, Ordering::AcqRel);
        bump(&counters.reloads);
        self.client.drop_connections();
        self.client.reset_health();
        if let Some(near) = &self.near {
            near.clear();
        }
        log::info!(
            "reload: every process empties its near cache, resolves host names again and \
             reconnects on its next operation"
        );
        if let Some(cluster) = &self.cluster {
            match cluster.bump(&self.client) {
                Ok(epoch) => log::info!(
                    "reload: cluster {} epoch now {epoch}: every node empties its near caches \
                     within {} ms",
                    cluster.name(),
                    cluster.interval().as_millis()
                ),
                Err(e) => log::error!(
                    "reload: the epoch item of cluster {} could not be bumped ({e}): the other \
                     nodes see the change within cache_ttl ({} ms), not at their next look",
                    cluster.name(),
                    self.params.cache_ttl.as_millis()
                ),
            }
        }
    }

    /// Looks at the cluster's epoch when a look is due at `now` (see [`cluster`]); what it found.
    /// The read path looks when its lookup finds the look due; this is for tests and benches.
    pub fn cluster_look(&self, now: std::time::Instant) -> cluster::Look {
        match &self.near {
            Some(near) if near.check_if_due(now) => self.look(near),
            _ => cluster::Look::NotDue,
        }
    }

    /// The look the near cache found due and claimed, then the claim given back (also when the
    /// look panics, so that the process does not stop looking).
    fn look(&self, near: &NearCache) -> cluster::Look {
        struct Done<'a>(&'a NearCache);
        impl Drop for Done<'_> {
            fn drop(&mut self) {
                self.0.check_done(std::time::Instant::now());
            }
        }
        let _done = Done(near);
        match &self.cluster {
            Some(cluster) => cluster.look(&self.client, near),
            None => cluster::Look::NotDue,
        }
    }
}
