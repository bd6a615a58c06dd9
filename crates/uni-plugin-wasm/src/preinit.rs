//! Pre-initialized components: a plugin's `init` runs once, when it is
//! loaded, and every instance starts from a snapshot of the state `init`
//! left (wasmtime's pre-initializer, Wizer).
//!
//! Why: a fresh instance is needed for the first call on each thread and
//! after every trap, and `init` is most of its cost (an SDK guest parses its
//! embedded manifest and registers its functions there). With a snapshot a
//! fresh instance is only the store and the instantiation.
//!
//! When: only when `init` is self-contained. The run that is snapshotted links
//! every import as a trap, so an `init` that logs, reads the environment or a
//! secret, or asks for the time traps here; the plugin then runs `init` in
//! each instance as before, with its real imports. State that depends on
//! nothing but the component and its `[config]` is the same in every
//! instance, so starting from a copy of it is the same as computing it again.
//!
//! Snapshots (and their compiled form) are cached beside compiled
//! components, keyed by the component's bytes, the config, and the wasmtime
//! version.

use std::future::Future;
use std::path::Path;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use wasmtime::Store;
use wasmtime::component::{Component, ComponentNamedList, Instance, Lift, Linker, WasmList};
use wasmtime_wizer::{ComponentInstanceState, Wizer};

use crate::WasmError;
use crate::engine::{WASMTIME_VERSION, WasmEngine};
use crate::instance::root_cause;
use crate::state::MemoryLimits;

/// What a snapshot is made from: the component, the config its `init`
/// gets, and the limits that run is held to (the plugin's own).
pub(crate) struct SnapshotInput<'a> {
    pub(crate) bytes: &'a [u8],
    /// [`crate::engine::source_hash`] of `bytes`: snapshots are cached
    /// under it.
    pub(crate) hash: &'a blake3::Hash,
    /// The `uni:plugin` world version the component exports.
    pub(crate) version: &'a str,
    pub(crate) config_json: &'a str,
    pub(crate) memory_limit: u64,
    pub(crate) epoch_ticks: u64,
}

/// The component compiled from its snapshot after `init(config_json)`,
/// from the cache or made now; `Err` says why there is none (the caller then
/// initializes each instance itself).
///
/// Cached twice under one key (the component's [`crate::engine::source_hash`],
/// the config and the wasmtime version): the snapshot itself, and its compiled form, so
/// a cached load maps the compiled snapshot without reading or hashing the
/// snapshot. A cached snapshot that does not compile (truncated, from
/// another build) is made again, once.
///
/// A component that cannot be snapshotted for a lasting reason (its `init`
/// calls an import, traps or fails; instrumenting or snapshotting fails) is
/// remembered as such in the cache, keyed like the snapshot plus the limits
/// the attempt ran under, so later loads neither try again nor pay for it.
pub(crate) fn preinitialized(engine: &WasmEngine, input: &SnapshotInput<'_>) -> Result<Component, String> {
    let key = snapshot_key(input);
    let failed = engine.cache_dir().map(|dir| dir.join(format!("{key}-{}.snapshot.failed", limits_key(input))));
    if let Some(reason) = failed.as_deref().and_then(|path| engine.cache().and_then(|cache| cache.read(path))) {
        return Err(format!("{} (remembered from an earlier load)", String::from_utf8_lossy(&reason)));
    }
    let source = engine.cache_dir().map(|dir| dir.join(format!("{key}.snapshot.wasm")));
    let compiled_key = format!("{key}.snapshot");
    // Snapshots are code too: read only when authentic (see `cache`).
    let cached = |path: &Path| engine.cache().and_then(|cache| cache.read(path));
    let cached_or_new = || match source.as_deref().and_then(cached) {
        Some(snapshot) => Ok(snapshot),
        None => made(engine, input, source.as_deref(), failed.as_deref()),
    };
    match engine.compile_keyed(&compiled_key, cached_or_new) {
        Ok(component) => Ok(component),
        Err(WasmError::Compile(error)) if source.as_ref().is_some_and(|path| path.is_file()) => {
            tracing::warn!("discarding a cached snapshot that does not compile: {error}");
            if let Some(path) = &source {
                let _ = std::fs::remove_file(path);
            }
            engine
                .compile_keyed(&compiled_key, || made(engine, input, source.as_deref(), failed.as_deref()))
                .map_err(|e| e.to_string())
        }
        Err(error) => Err(error.to_string()),
    }
}

/// A new snapshot, written to `cache` when there is one; a lasting failure
/// is written to `failed`.
fn made(
    engine: &WasmEngine,
    input: &SnapshotInput<'_>,
    cache: Option<&Path>,
    failed: Option<&Path>,
) -> Result<Vec<u8>, WasmError> {
    let snapshot = snapshot(engine, input).map_err(|failure| {
        if let (true, Some(path), Some(cache)) = (failure.lasting, failed, engine.cache()) {
            cache.write(path, failure.reason.as_bytes());
        }
        WasmError::Preinit(failure.reason)
    })?;
    if let (Some(path), Some(cache)) = (cache, engine.cache()) {
        cache.write(path, &snapshot);
    }
    Ok(snapshot)
}

/// Why a snapshot was not made, and whether trying again could change it.
struct SnapshotFailure {
    reason: String,
    /// The same component, config and limits always fail this way (not a
    /// transient lack of instance slots).
    lasting: bool,
}

impl From<String> for SnapshotFailure {
    fn from(reason: String) -> SnapshotFailure {
        SnapshotFailure { reason, lasting: true }
    }
}

impl From<&str> for SnapshotFailure {
    fn from(reason: &str) -> SnapshotFailure {
        SnapshotFailure::from(reason.to_owned())
    }
}

/// The limits a snapshot attempt runs under (a lower memory limit or a
/// shorter time can make `init` fail where a higher one would not).
fn limits_key(input: &SnapshotInput<'_>) -> String {
    format!("{}m{}t", input.memory_limit, input.epoch_ticks)
}

fn snapshot_key(SnapshotInput { hash, config_json, .. }: &SnapshotInput<'_>) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(b"uni-plugin snapshot v2\0");
    hasher.update(WASMTIME_VERSION.as_bytes());
    hasher.update(hash.as_bytes());
    hasher.update(config_json.as_bytes());
    hasher.finalize().to_hex()[..32].to_owned()
}

/// Instruments the component, runs `init` with every import trapping, and
/// writes the state it left into a new component.
fn snapshot(engine: &WasmEngine, input: &SnapshotInput<'_>) -> Result<Vec<u8>, SnapshotFailure> {
    let SnapshotInput { bytes, version, config_json, memory_limit, epoch_ticks, .. } = *input;
    let wizer = Wizer::new();
    let (context, instrumented) =
        wizer.instrument_component(bytes).map_err(|e| format!("cannot instrument the component: {e:#}"))?;
    let component = Component::new(engine.engine(), &instrumented)
        .map_err(|e| format!("cannot compile the instrumented component: {e:#}"))?;
    let mut linker: Linker<MemoryLimits> = Linker::new(engine.engine());
    define_fixed_hash_seed(&mut linker, &component).map_err(|e| format!("{e:#}"))?;
    linker.define_unknown_imports_as_traps(&component).map_err(|e| format!("{e:#}"))?;
    let mut store = Store::new(engine.engine(), MemoryLimits::new(memory_limit));
    store.limiter(|limits| limits);
    if engine.time_limits() {
        store.set_epoch_deadline(epoch_ticks);
        store.epoch_deadline_trap();
    }
    let instance = linker.instantiate(&mut store, &component).map_err(|e| SnapshotFailure {
        reason: format!("cannot instantiate: {e:#}"),
        lasting: e.downcast_ref::<wasmtime::PoolConcurrencyLimitError>().is_none(),
    })?;
    // `init` has the same signature in every world version; the `0.1.0`
    // bindings' error type matches each structurally.
    let interface = format!("{}@{version}", crate::world::GUEST_INTERFACE);
    let init = instance
        .get_export_index(&mut store, None, &interface)
        .and_then(|interface| instance.get_export_index(&mut store, Some(&interface), "init"))
        .ok_or_else(|| format!("the component does not export `{interface}#init`"))?;
    let init = instance
        .get_typed_func::<(&str,), (Result<(), crate::bindings::v1::uni::plugin::types::CallError>,)>(&mut store, init)
        .map_err(|e| format!("`init` has an unexpected type: {e:#}"))?;
    match init.call(&mut store, (config_json,)).map(|(result,)| result) {
        Ok(Ok(())) => {}
        Ok(Err(_)) => return Err("`init` returned an error".into()),
        Err(error) => return Err(format!("`init` uses an import or trapped ({})", root_cause(&error)).into()),
    }
    let mut state = Snapshotting { store: &mut store, instance, failure: None };
    let rewritten = run_ready(wizer.snapshot_component(&context, &mut state))
        .ok_or("the snapshot did not complete")?
        .map_err(|e| format!("cannot snapshot: {e:#}"))?;
    if let Some(failure) = state.failure {
        return Err(format!("cannot read the instance's state: {failure}").into());
    }
    Ok(rewritten)
}

/// Rust's standard library seeds `HashMap`s from `wasi:random/insecure-seed`
/// on first use, so nearly every Rust `init` asks for it. A plugin without
/// the `random` grant gets the fixed seed 0 from its instances' WASI
/// context; the snapshot run answers the same, so the snapshot holds what
/// `init` would have computed in any instance. (With `random` granted no
/// snapshot is made: each instance must draw its own.)
fn define_fixed_hash_seed(linker: &mut Linker<MemoryLimits>, component: &Component) -> wasmtime::Result<()> {
    let engine = linker.engine().clone();
    let imports: Vec<String> = component
        .component_type()
        .imports(&engine)
        .map(|(name, _)| name.to_owned())
        .filter(|name| name.starts_with("wasi:random/insecure-seed@"))
        .collect();
    for interface in imports {
        linker.instance(&interface)?.func_wrap("insecure-seed", |_, ()| Ok(((0u64, 0u64),)))?;
    }
    Ok(())
}

/// Polls a future that never waits (every call below is synchronous) to its
/// end; `None` if it would wait after all.
fn run_ready<F: Future>(future: F) -> Option<F::Output> {
    let mut future = pin!(future);
    match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(output) => Some(output),
        Poll::Pending => None,
    }
}

/// Reads the instrumented instance's state through the accessors Wizer
/// added. The trait has no error channel: the first failure is kept and
/// reported after the snapshot.
struct Snapshotting<'a> {
    store: &'a mut Store<MemoryLimits>,
    instance: Instance,
    failure: Option<String>,
}

impl Snapshotting<'_> {
    fn call<R: ComponentNamedList + Lift + Send + Sync + 'static>(&mut self, instance: &str, func: &str) -> Option<R> {
        let result = (|| {
            let (_, exported) = self
                .instance
                .get_export(&mut *self.store, None, instance)
                .ok_or_else(|| wasmtime::format_err!("no export `{instance}`"))?;
            let (_, index) = self
                .instance
                .get_export(&mut *self.store, Some(&exported), func)
                .ok_or_else(|| wasmtime::format_err!("no export `{instance}#{func}`"))?;
            let typed = self.instance.get_typed_func::<(), R>(&mut *self.store, index)?;
            typed.call(&mut *self.store, ())
        })();
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.failure.get_or_insert_with(|| format!("`{instance}#{func}`: {error:#}"));
                None
            }
        }
    }
}

impl ComponentInstanceState for Snapshotting<'_> {
    async fn call_func_ret_list_u8(&mut self, instance: &str, func: &str, contents: impl FnOnce(&[u8]) + Send) {
        if let Some((list,)) = self.call::<(WasmList<u8>,)>(instance, func) {
            contents(list.as_le_slice(&*self.store));
        }
    }

    async fn call_func_ret_s32(&mut self, instance: &str, func: &str) -> i32 {
        self.call::<(i32,)>(instance, func).map_or(0, |(value,)| value)
    }

    async fn call_func_ret_s64(&mut self, instance: &str, func: &str) -> i64 {
        self.call::<(i64,)>(instance, func).map_or(0, |(value,)| value)
    }

    async fn call_func_ret_f32(&mut self, instance: &str, func: &str) -> u32 {
        self.call::<(f32,)>(instance, func).map_or(0, |(value,)| value.to_bits())
    }

    async fn call_func_ret_f64(&mut self, instance: &str, func: &str) -> u64 {
        self.call::<(f64,)>(instance, func).map_or(0, |(value,)| value.to_bits())
    }
}
