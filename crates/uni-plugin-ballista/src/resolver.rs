//! [`PluginResolver`]: a cluster node's way from a digest to a callable
//! function.
//!
//! The first time a node meets a digest it fetches the plugin from the store
//! into its own cache, checks the copy against the digest, and loads it
//! through a [`PluginHost`] of its own under the node's policy (so
//! `require_signed`, trusted keys, grants and limits apply exactly as on a
//! single machine). The host is kept: later plans naming the digest reuse it
//! and its compiled component.
//!
//! One host per digest, not one per node: two versions of a plugin (a query
//! planned before a reload and one after) can then run side by side on one
//! node, each with the generation it was planned with. A plugin with
//! `[dependencies]` shares its host with the exact dependency digests the
//! plan names ([`FunctionRef::requires`]), fetched and verified the same way.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Weak};

use uni_plugin::{CallHandle, Plugin, PluginId};
use uni_plugin_host::{NativeLoad, PluginDigest, PluginHost, Policy};
use uni_plugin_wasm::WasmEngine;

use crate::eviction::{CacheBound, evict, touch};
use crate::{ClusterError, FunctionRef, PluginStore};

/// What a node needs to load plugins by digest.
#[derive(Clone)]
pub struct NodeConfig {
    /// A name for messages and logs, e.g. `executor-1`.
    pub name: String,
    /// Where published plugins are.
    pub store: PluginStore,
    /// The node's own directory for verified copies.
    pub cache_dir: PathBuf,
    /// The operator's policy for this node.
    pub policy: Policy,
    /// Native plugins linked into this node's binary; one loads when a
    /// stored manifest names its id (a native plugin's code cannot travel).
    pub natives: Vec<Arc<dyn Plugin>>,
    /// Where compiled wasm components are cached (`None`: the host default).
    pub compile_cache: Option<PathBuf>,
    /// How much of the store the node's cache keeps (see [`CacheBound`]).
    pub cache_bound: CacheBound,
}

impl std::fmt::Debug for NodeConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NodeConfig")
            .field("name", &self.name)
            .field("store", &self.store.location())
            .field("cache_dir", &self.cache_dir)
            .field("natives", &self.natives.len())
            .finish_non_exhaustive()
    }
}

impl NodeConfig {
    /// A node named `name` using `store`, caching under `cache_dir`, with
    /// the default policy and no linked natives.
    pub fn new(name: impl Into<String>, store: PluginStore, cache_dir: impl Into<PathBuf>) -> NodeConfig {
        NodeConfig {
            name: name.into(),
            store,
            cache_dir: cache_dir.into(),
            policy: Policy::default(),
            natives: Vec::new(),
            compile_cache: None,
            cache_bound: CacheBound::default(),
        }
    }

    /// Uses `policy`.
    pub fn with_policy(mut self, policy: Policy) -> NodeConfig {
        self.policy = policy;
        self
    }

    /// Links a native plugin.
    pub fn with_native(mut self, plugin: Arc<dyn Plugin>) -> NodeConfig {
        self.natives.push(plugin);
        self
    }
}

/// A loaded plugin and the dependency digests it was loaded with.
type HostKey = (PluginDigest, Vec<PluginDigest>);

/// Loads plugins by digest, once per digest per node.
pub struct PluginResolver {
    config: NodeConfig,
    hosts: Mutex<HashMap<HostKey, Arc<PluginHost>>>,
    /// On a client: the host plans are made with, whose loaded plugins say
    /// which dependency digests a reference names.
    planning: Mutex<Weak<PluginHost>>,
    /// Held while a plugin loads, so one digest is never loaded twice at
    /// once; lookups of loaded digests do not wait for it.
    loading: Mutex<()>,
    engine: Mutex<Option<WasmEngine>>,
    loads: AtomicU64,
    load_nanos: AtomicU64,
}

impl std::fmt::Debug for PluginResolver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PluginResolver").field("node", &self.config.name).finish_non_exhaustive()
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl PluginResolver {
    /// A resolver for the node `config` describes; loads nothing yet.
    pub fn new(config: NodeConfig) -> Arc<PluginResolver> {
        Arc::new(PluginResolver {
            config,
            hosts: Mutex::new(HashMap::new()),
            planning: Mutex::new(Weak::new()),
            loading: Mutex::new(()),
            engine: Mutex::new(None),
            loads: AtomicU64::new(0),
            load_nanos: AtomicU64::new(0),
        })
    }

    /// The node's configuration.
    pub fn config(&self) -> &NodeConfig {
        &self.config
    }

    /// Plans made here name plugins as `host` loaded them, dependencies
    /// included (what a client's session calls once it has its host).
    pub fn plan_with(&self, host: &Arc<PluginHost>) {
        *lock(&self.planning) = Arc::downgrade(host);
    }

    /// The reference a plan carries for `handle`: its plugin's digest and,
    /// when the planning host has it, the digests of its dependencies.
    pub fn reference(&self, handle: &CallHandle) -> Result<FunctionRef, ClusterError> {
        let reference = FunctionRef::of(handle)?;
        if let Some(host) = lock(&self.planning).upgrade() {
            let requires = dependency_digests(&host, handle.plugin_id())?;
            return Ok(reference.with_requires(requires));
        }
        // A node re-encoding what it decoded (the scheduler writing stages
        // for executors): the dependencies the plugin was loaded with here.
        let hosts = lock(&self.hosts);
        let loaded_with = hosts.keys().find(|(digest, _)| *digest == reference.digest);
        let requires = loaded_with.map(|(_, requires)| requires.clone()).unwrap_or_default();
        drop(hosts);
        Ok(reference.with_requires(requires))
    }

    /// The function `reference` names, from the plugin with its digest
    /// (fetched, verified and loaded on first use, with the dependencies it
    /// names).
    pub fn function(&self, reference: &FunctionRef) -> Result<CallHandle, ClusterError> {
        let host = self.host_with(&reference.digest, &reference.requires)?;
        let wrong_plugin = |found: String| ClusterError::WrongPlugin {
            digest: reference.digest,
            expected: reference.plugin_text(),
            found,
        };
        let Some(id) = host.plugins().into_iter().find(|id| host.digest(id) == Some(reference.digest)) else {
            return Err(wrong_plugin("nothing".into()));
        };
        let generation = host.generation(&id).ok_or_else(|| wrong_plugin("nothing".into()))?;
        let version = generation.manifest().plugin.version.to_string();
        if id.as_str() != reference.plugin || version != reference.version {
            return Err(wrong_plugin(format!("{id} {version}")));
        }
        host.registry()
            .lookup(&reference.function)
            // A dependency's function of that name is not this plugin's.
            .filter(|handle| handle.plugin_id() == &id)
            .ok_or_else(|| ClusterError::NoSuchFunction {
                plugin: reference.plugin.clone(),
                digest: reference.digest,
                function: reference.function.clone(),
            })
    }

    /// The host running the plugin with `digest`, loading it on first use.
    pub fn host(&self, digest: &PluginDigest) -> Result<Arc<PluginHost>, ClusterError> {
        self.host_with(digest, &[])
    }

    /// The host running the plugin with `digest` beside the dependencies
    /// `requires`, loading them on first use.
    pub fn host_with(&self, digest: &PluginDigest, requires: &[PluginDigest]) -> Result<Arc<PluginHost>, ClusterError> {
        let key: HostKey = (*digest, requires.to_vec());
        if let Some(host) = lock(&self.hosts).get(&key) {
            return Ok(host.clone());
        }
        // Waiting for another load (a prepare request, another task) and
        // fetching, verifying and compiling take a while: inside a
        // multi-threaded runtime (an executor decoding a task) the worker's
        // other tasks move to another thread meanwhile.
        let load = || self.load_once(key);
        match tokio::runtime::Handle::try_current() {
            Ok(handle) if handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
                tokio::task::block_in_place(load)
            }
            _ => load(),
        }
    }

    /// Loads `key` unless another caller did while this one waited.
    fn load_once(&self, key: HostKey) -> Result<Arc<PluginHost>, ClusterError> {
        let _loading = lock(&self.loading);
        if let Some(host) = lock(&self.hosts).get(&key) {
            return Ok(host.clone());
        }
        let host = Arc::new(self.load(&key.0, &key.1)?);
        lock(&self.hosts).insert(key, host.clone());
        self.evict();
        Ok(host)
    }

    /// Removes cached copies of digests this node has not loaded, as the
    /// node's [`CacheBound`] says; returns the digests removed. Runs after
    /// each load.
    pub fn evict(&self) -> Vec<PluginDigest> {
        let in_use = self.loaded().into_iter().collect();
        evict(&self.config.cache_dir, &self.config.cache_bound, &in_use)
    }

    /// The hosts this node runs plugins in (one per digest loaded).
    pub fn hosts(&self) -> Vec<Arc<PluginHost>> {
        lock(&self.hosts).values().cloned().collect()
    }

    /// The digests this node has loaded (plugins and their dependencies).
    pub fn loaded(&self) -> Vec<PluginDigest> {
        let hosts = lock(&self.hosts);
        let digests: BTreeSet<String> = hosts
            .keys()
            .flat_map(|(digest, requires)| std::iter::once(digest).chain(requires))
            .map(ToString::to_string)
            .collect();
        digests.iter().filter_map(|digest| digest.parse().ok()).collect()
    }

    /// How many plugin loads (fetch, verify, compile or cache load, init)
    /// this node has done.
    pub fn load_count(&self) -> u64 {
        self.loads.load(Ordering::Relaxed)
    }

    /// The time spent in those loads, in all.
    pub fn load_time(&self) -> std::time::Duration {
        std::time::Duration::from_nanos(self.load_nanos.load(Ordering::Relaxed))
    }

    fn load(&self, digest: &PluginDigest, requires: &[PluginDigest]) -> Result<PluginHost, ClusterError> {
        let started = std::time::Instant::now();
        let fetch = |digest: &PluginDigest| {
            let dir = self.config.store.fetch(digest, &self.config.cache_dir)?;
            touch(&dir);
            Ok::<PathBuf, ClusterError>(dir)
        };
        let dir = fetch(digest)?;
        let mut builder = PluginHost::builder()
            .plugin_dir(&dir)
            .policy(self.config.policy.clone())
            .wasm_engine(self.engine(digest)?)
            .services(Arc::new(NodeServices));
        for dependency in requires {
            builder = builder.plugin_dir(fetch(dependency)?);
        }
        for native in &self.config.natives {
            builder = builder.link(native.clone(), NativeLoad::OnRequest);
        }
        let (host, report) =
            builder.load_all().map_err(|error| ClusterError::Load { digest: *digest, message: error.to_string() })?;
        if let Some(failure) = report.failures().next() {
            let message = match &failure.outcome {
                uni_plugin_host::LoadOutcome::Failed(error) => error.to_string(),
                other => format!("{other:?}"),
            };
            return Err(ClusterError::Load { digest: *digest, message });
        }
        if host.plugins().is_empty() {
            return Err(ClusterError::Load { digest: *digest, message: "no plugin loaded".into() });
        }
        // What was loaded must be what was asked for, whatever happened to
        // the cache directory between the fetch and the load.
        let mut found_main = false;
        for id in host.plugins() {
            match host.digest(&id) {
                Some(found) if found == *digest => found_main = true,
                Some(found) if requires.contains(&found) => {}
                Some(found) => return Err(ClusterError::DigestMismatch { digest: *digest, found, dir }),
                None => {
                    let message = format!("plugin `{id}` loaded without a content address");
                    return Err(ClusterError::Load { digest: *digest, message });
                }
            }
        }
        if !found_main {
            return Err(ClusterError::Load { digest: *digest, message: "the plugin itself did not load".into() });
        }
        self.loads.fetch_add(1, Ordering::Relaxed);
        self.load_nanos.fetch_add(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
        tracing::info!(
            node = %self.config.name,
            digest = %digest.short(),
            plugins = ?host.plugins(),
            elapsed_ms = started.elapsed().as_secs_f64() * 1e3,
            "loaded plugin by digest"
        );
        Ok(host)
    }

    /// The node's one wasm engine, created on first use.
    fn engine(&self, digest: &PluginDigest) -> Result<WasmEngine, ClusterError> {
        let mut engine = lock(&self.engine);
        if let Some(engine) = engine.as_ref() {
            return Ok(engine.clone());
        }
        let created = uni_plugin_host::new_wasm_engine(self.config.compile_cache.clone())
            .map_err(|error| ClusterError::Load { digest: *digest, message: error.to_string() })?;
        *engine = Some(created.clone());
        Ok(created)
    }
}

/// What a node needs to load `plugin` (at `digest`) as `host` has it: the
/// digest and those of its dependencies, for a prepare request.
pub(crate) fn plugin_set(
    host: &PluginHost,
    plugin: &PluginId,
    digest: PluginDigest,
) -> Result<uni_plugin::wire::control::PluginSet, ClusterError> {
    Ok(uni_plugin::wire::control::PluginSet::new(digest, dependency_digests(host, plugin)?))
}

/// The digests of the plugins `plugin` depends on in `host`, transitively.
pub(crate) fn dependency_digests(host: &PluginHost, plugin: &PluginId) -> Result<Vec<PluginDigest>, ClusterError> {
    let mut seen: BTreeSet<PluginId> = BTreeSet::new();
    let mut pending = vec![plugin.clone()];
    let mut digests = Vec::new();
    while let Some(id) = pending.pop() {
        let Some(generation) = host.generation(&id) else { continue };
        for dependency in &generation.manifest().dependencies {
            if !seen.insert(dependency.id.clone()) || dependency.id == *plugin {
                continue;
            }
            let digest = host.digest(&dependency.id).ok_or_else(|| {
                ClusterError::from(uni_plugin::wire::WireError::NoDigest {
                    plugin: dependency.id.to_string(),
                    function: format!("(a dependency of `{plugin}`)"),
                })
            })?;
            digests.push(digest);
            pending.push(dependency.id.clone());
        }
    }
    Ok(digests)
}

/// The services of a node's plugins: the defaults, but a plugin's `query`
/// says why it cannot run here. A function on a node runs inside one task
/// of a distributed plan, away from the client's session and its tables.
struct NodeServices;

impl uni_plugin::HostServices for NodeServices {
    fn query(
        &self,
        _sql: &str,
        _deadline: Option<std::time::Instant>,
    ) -> Result<Vec<datafusion::arrow::record_batch::RecordBatch>, String> {
        Err("`query` is not available to plugin functions running on cluster executors (they run inside one task, away from the client's session); query from the client instead, e.g. in the plugin's `init` or a job".into())
    }
}
