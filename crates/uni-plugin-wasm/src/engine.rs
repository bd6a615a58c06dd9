//! [`WasmEngine`]: one wasmtime engine per host, with the epoch ticker that
//! enforces per-call time limits and an on-disk cache of compiled components.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use wasmtime::component::Component;
use wasmtime::{Config, Engine};

use crate::WasmError;
use crate::cache::{Code, CompileCache, hash_into};

/// How often the epoch advances; time limits are enforced to this grain.
pub const EPOCH_TICK: Duration = Duration::from_millis(1);

/// Epoch ticks that make up `timeout` (at least one, plus one for the tick
/// in progress): the deadline a call is given.
pub(crate) fn epoch_ticks(timeout: Duration) -> u64 {
    (timeout.as_nanos() / EPOCH_TICK.as_nanos()).max(1) as u64 + 1
}

/// The pinned wasmtime version, part of every compile-cache key.
pub const WASMTIME_VERSION: &str = "48.0.8";

/// The wasm stack limit of every instance.
pub const MAX_WASM_STACK: usize = 1 << 20;

/// Settings of a [`WasmEngine`].
#[derive(Debug, Clone, Default)]
pub struct EngineOptions {
    /// Where compiled components are cached (none: compile every load).
    pub cache_dir: Option<PathBuf>,
    /// Turns per-call time limits off (epoch checks cost 14-30 % on
    /// call-heavy math). Only for measuring that cost: without time limits a
    /// looping guest hangs its caller.
    pub without_time_limits: bool,
}

/// A wasmtime engine shared by every wasm plugin of a host.
#[derive(Clone)]
pub struct WasmEngine {
    engine: Engine,
    cache: Option<CompileCache>,
    time_limits: bool,
    _ticker: Arc<Ticker>,
}

/// Advances the engine's epoch every [`EPOCH_TICK`] until dropped.
struct Ticker {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        if let Some(thread) = self.thread.take() {
            thread.thread().unpark();
            let _ = thread.join();
        }
    }
}

impl std::fmt::Debug for WasmEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WasmEngine").field("cache", &self.cache).finish_non_exhaustive()
    }
}

/// Component instances one engine holds at once (all plugins, idle pooled
/// and in-flight instances together).
pub const POOLED_INSTANCES: u32 = 128;

/// The pooling allocator: memories, tables and instance state live in slots
/// reserved once per engine and reused, so a fresh instance needs no `mmap`
/// and reuses warm page tables. Each memory slot reserves address space (not
/// memory) for a full 32-bit linear memory; the policy's memory limit is
/// enforced below that by the store's limiter.
fn pooling() -> wasmtime::PoolingAllocationConfig {
    let mut pooling = wasmtime::PoolingAllocationConfig::default();
    pooling
        .total_component_instances(POOLED_INSTANCES)
        .total_core_instances(POOLED_INSTANCES * 8)
        .total_memories(POOLED_INSTANCES)
        .total_tables(POOLED_INSTANCES * 8)
        .max_core_instances_per_component(32)
        .max_memories_per_component(4)
        .max_tables_per_component(32)
        .table_elements(1 << 16)
        .max_memory_size(4 << 30)
        // Keep a reused memory's first pages resident: cheaper reuse, and a
        // bounded cost (64 KiB per idle slot).
        .linear_memory_keep_resident(64 << 10);
    pooling
}

impl WasmEngine {
    /// An engine with the component model, epoch interruption and a capped
    /// wasm stack; starts its ticker thread.
    pub fn new(options: EngineOptions) -> Result<WasmEngine, WasmError> {
        let mut config = Config::new();
        config.wasm_component_model(true);
        config.epoch_interruption(!options.without_time_limits);
        config.max_wasm_stack(MAX_WASM_STACK);
        // Errors name the trap and the guest's panic message, never a wasm
        // code offset: without the offset map compiled code is about a
        // third smaller, which is what a cached load reads and authenticates.
        config.generate_address_map(false);
        config.allocation_strategy(wasmtime::InstanceAllocationStrategy::Pooling(pooling()));
        let engine = match Engine::new(&config) {
            Ok(engine) => engine,
            Err(error) => {
                // A process with a tight address-space limit cannot reserve
                // the pool; instances are then allocated one by one.
                tracing::warn!("wasm instance pool unavailable ({error:#}); allocating instances on demand");
                config.allocation_strategy(wasmtime::InstanceAllocationStrategy::OnDemand);
                Engine::new(&config).map_err(|e| WasmError::Engine(format!("{e:#}")))?
            }
        };
        let stop = Arc::new(AtomicBool::new(false));
        let ticking_engine = engine.weak();
        let ticking_stop = stop.clone();
        let thread = std::thread::Builder::new()
            .name("uni-plugin-wasm-epoch".into())
            .spawn(move || {
                while !ticking_stop.load(Ordering::Acquire) {
                    std::thread::park_timeout(EPOCH_TICK);
                    match ticking_engine.upgrade() {
                        Some(engine) => engine.increment_epoch(),
                        None => return,
                    }
                }
            })
            .map_err(|e| WasmError::Engine(format!("cannot start the epoch ticker: {e}")))?;
        Ok(WasmEngine {
            engine,
            cache: options.cache_dir.as_deref().and_then(CompileCache::open),
            time_limits: !options.without_time_limits,
            _ticker: Arc::new(Ticker { stop, thread: Some(thread) }),
        })
    }

    /// The wasmtime engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Where compiled components (and snapshots) are cached, if anywhere
    /// (none when the configured directory is not private to this user).
    pub fn cache_dir(&self) -> Option<&Path> {
        self.cache.as_ref().map(CompileCache::dir)
    }

    pub(crate) fn cache(&self) -> Option<&CompileCache> {
        self.cache.as_ref()
    }

    /// Whether per-call time limits are enforced.
    pub fn time_limits(&self) -> bool {
        self.time_limits
    }

    /// Compiles a component, or loads it from the cache. The cache key is
    /// blake3(bytes) + wasmtime version + engine configuration; an entry
    /// that is not authentic (see `cache`) or cannot be loaded (truncated,
    /// from another build) is recompiled and rewritten, never trusted.
    pub fn compile(&self, bytes: &[u8]) -> Result<Component, WasmError> {
        self.compile_hashed(bytes, &source_hash(bytes))
    }

    /// [`WasmEngine::compile`] for a caller that has hashed `bytes` already
    /// ([`source_hash`]): a large component is hashed once per load.
    pub(crate) fn compile_hashed(&self, bytes: &[u8], hash: &blake3::Hash) -> Result<Component, WasmError> {
        let path = self.cache_dir().map(|dir| self.cache_path(dir, hash));
        self.cached_or_compiled(path, || Ok(Cow::Borrowed(bytes)))
    }

    /// Like [`WasmEngine::compile`] for a component whose bytes are costly
    /// to produce: cached under `key` (a name that already identifies those
    /// bytes, plus this engine's configuration), so a cached load neither
    /// produces nor hashes them; `source` runs only on a miss.
    pub(crate) fn compile_keyed(
        &self,
        key: &str,
        source: impl FnOnce() -> Result<Vec<u8>, WasmError>,
    ) -> Result<Component, WasmError> {
        let path = self.cache_dir().map(|dir| dir.join(format!("{key}-{:016x}.cwasm", self.engine_hash())));
        self.cached_or_compiled(path, || source().map(Cow::Owned))
    }

    /// The component cached at `path` if it is usable, else compiled from
    /// `source()` and written there; no `path` (no cache): just compiled.
    fn cached_or_compiled<'b>(
        &self,
        path: Option<PathBuf>,
        source: impl FnOnce() -> Result<Cow<'b, [u8]>, WasmError>,
    ) -> Result<Component, WasmError> {
        if let Some(component) = path.as_deref().and_then(|path| self.load_cached(path)) {
            return Ok(component);
        }
        let component = self.compile_fresh(&source()?)?;
        if let (Some(path), Some(cache)) = (&path, &self.cache) {
            match component.serialize() {
                Ok(bytes) => cache.write(path, &bytes),
                Err(error) => tracing::warn!("cannot serialize a compiled component: {error:#}"),
            }
        }
        Ok(component)
    }

    /// The compiled component cached at `path`, if it is there, authentic
    /// and usable (anything else is removed).
    fn load_cached(&self, path: &Path) -> Option<Component> {
        let code = self.cache.as_ref()?.read_code(path)?;
        // SAFETY: `deserialize` and `deserialize_file` trust their bytes to
        // be what `Component::serialize` wrote for this engine. These bytes
        // carry a MAC under this user's private cache key, checked by
        // `read_code` over exactly the bytes passed here: in memory, or in a
        // sealed in-memory file that nothing can change any more. So they
        // were written by a host of this user from its own compilation;
        // wasmtime then checks their header, version and engine settings
        // before use.
        let loaded = match &code {
            Code::Sealed(file) => unsafe { Component::deserialize_file(&self.engine, file.path()) },
            Code::Bytes(bytes) => unsafe { Component::deserialize(&self.engine, bytes) },
        };
        match loaded {
            Ok(component) => Some(component),
            Err(error) => {
                tracing::warn!("discarding unusable compile cache entry `{}`: {error:#}", path.display());
                let _ = std::fs::remove_file(path);
                None
            }
        }
    }

    fn compile_fresh(&self, bytes: &[u8]) -> Result<Component, WasmError> {
        Component::new(&self.engine, bytes).map_err(|e| WasmError::Compile(format!("{e:#}")))
    }

    /// A hash of the engine settings compiled code depends on.
    fn engine_hash(&self) -> u64 {
        let mut engine_hash = std::collections::hash_map::DefaultHasher::new();
        std::hash::Hash::hash(&self.engine.precompile_compatibility_hash(), &mut engine_hash);
        std::hash::Hasher::finish(&engine_hash)
    }

    fn cache_path(&self, dir: &Path, source: &blake3::Hash) -> PathBuf {
        let mut hasher = blake3::Hasher::new();
        hasher.update(b"uni-plugin compiled component v2\0");
        hasher.update(source.as_bytes());
        hasher.update(WASMTIME_VERSION.as_bytes());
        hasher.update(&self.engine_hash().to_le_bytes());
        dir.join(format!("{}.cwasm", &hasher.finalize().to_hex()[..32]))
    }
}

/// blake3 of a component's bytes, on every core for a large one: what its
/// compiled form and its snapshot are cached under.
pub(crate) fn source_hash(bytes: &[u8]) -> blake3::Hash {
    let mut hasher = blake3::Hasher::new();
    hash_into(&mut hasher, bytes);
    hasher.finalize()
}
