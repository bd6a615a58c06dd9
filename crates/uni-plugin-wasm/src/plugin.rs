//! [`WasmPlugin`]: a WebAssembly component seen through the core `Plugin`
//! and surface traits, so registry, host and SQL adapters need no
//! wasm-specific code.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::Field;
use uni_plugin::context::HostServices;
use uni_plugin::manifest::{FunctionKind, PluginManifest};
use uni_plugin::{
    Accumulator, AggregateFunction, CallError, Capability, EmitTo, Grants, Plugin, PluginContext, PluginError,
    Registrar, ScalarFunction, TableFunction,
};
use wasmtime::component::ResourceAny;

use crate::WasmError;
use crate::engine::WasmEngine;
use crate::guest::{Columns, EventInput, Guest, GuestError, HostEvent, World};
use crate::instance::{Instance, InstanceFactory};
use crate::state::HostState;

/// Resource limits for one plugin, already capped by the host's policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WasmLimits {
    /// Linear memory (and tables), in bytes.
    pub memory: u64,
    /// Wall time per call.
    pub timeout: Duration,
}

/// A loaded wasm plugin.
pub struct WasmPlugin {
    manifest: PluginManifest,
    factory: Arc<InstanceFactory>,
}

impl std::fmt::Debug for WasmPlugin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WasmPlugin").field("plugin", &self.manifest.plugin.id).finish_non_exhaustive()
    }
}

impl WasmPlugin {
    /// Loads the component at `dir`/`manifest.plugin.entry` for a plugin
    /// holding `grants`: compiles (or loads from cache), checks every import
    /// against the grants (an import needing an ungranted capability fails
    /// the load, naming both), and links WASI configured per grant.
    pub fn load(
        engine: &WasmEngine,
        manifest: PluginManifest,
        dir: &Path,
        grants: Grants,
        limits: WasmLimits,
        services: Arc<dyn HostServices>,
    ) -> Result<WasmPlugin, WasmError> {
        let artifact = dir.join(&manifest.plugin.entry);
        let bytes = std::fs::read(&artifact).map_err(|source| WasmError::Read { path: artifact.clone(), source })?;
        Self::from_bytes(engine, manifest, &bytes, Some(dir.to_path_buf()), grants, limits, services)
    }

    /// Like [`WasmPlugin::load`], from the component's bytes.
    pub fn from_bytes(
        engine: &WasmEngine,
        manifest: PluginManifest,
        bytes: &[u8],
        data_dir: Option<PathBuf>,
        grants: Grants,
        limits: WasmLimits,
        services: Arc<dyn HostServices>,
    ) -> Result<WasmPlugin, WasmError> {
        // Refuse what must be refused before compiling or running anything.
        // Imports are not among it: every import is linked, and what the
        // grants do not allow fails when called (see `sandbox` and `state`),
        // so a toolchain that imports every interface of the world still
        // loads; only a manifest's `required` capabilities refuse a load.
        let interfaces = crate::world::interfaces(bytes)?;
        let version = crate::world::world_version(&interfaces.exports)?;
        let world = World::of_version(version).ok_or_else(|| WasmError::UnsupportedWorld {
            found: version.to_owned(),
            supported: crate::world::SUPPORTED_WIT_VERSIONS.join(", "),
        })?;
        let config_json = serde_json_string(&manifest);
        let (component, preinitialized) =
            Self::compile_preinitialized(engine, &manifest, bytes, version, &config_json, &grants, limits)?;
        let linker = crate::sandbox::linker(engine.engine()).map_err(|e| WasmError::Link(format!("{e:#}")))?;
        let factory = InstanceFactory::new(
            engine.clone(),
            component,
            Arc::new(linker),
            manifest.plugin.id.clone(),
            Arc::new(grants),
            services,
            config_json,
            limits.memory,
            limits.timeout,
            data_dir,
            preinitialized,
            world,
        )
        .map_err(|e| WasmError::Link(format!("{e:#}")))?;
        Ok(WasmPlugin { manifest, factory: Arc::new(factory) })
    }
}

impl WasmPlugin {
    /// The component to instantiate, and whether it is a snapshot taken
    /// after `init` (see `preinit`). Snapshots are made only with a compile
    /// cache: making one costs a second compile, which pays off only when it
    /// is reused across loads. Anything that stops a snapshot leaves the
    /// plugin as it was, running `init` in each instance.
    fn compile_preinitialized(
        engine: &WasmEngine,
        manifest: &PluginManifest,
        bytes: &[u8],
        version: &str,
        config_json: &str,
        grants: &Grants,
        limits: WasmLimits,
    ) -> Result<(wasmtime::component::Component, bool), WasmError> {
        // Hashed once: the snapshot and the compiled component are cached
        // under the same hash.
        let hash = crate::engine::source_hash(bytes);
        if engine.cache_dir().is_some() && !grants.covers(&Capability::Random) {
            let input = crate::preinit::SnapshotInput {
                bytes,
                hash: &hash,
                version,
                config_json,
                memory_limit: limits.memory,
                epoch_ticks: crate::engine::epoch_ticks(limits.timeout),
            };
            match crate::preinit::preinitialized(engine, &input) {
                Ok(component) => return Ok((component, true)),
                Err(reason) => tracing::debug!("plugin `{}` is not pre-initialized: {reason}", manifest.plugin.id),
            }
        }
        Ok((engine.compile_hashed(bytes, &hash)?, false))
    }
}

fn serde_json_string(manifest: &PluginManifest) -> String {
    serde_json::Value::Object(manifest.config.clone()).to_string()
}

impl WasmPlugin {
    /// Creates and initializes a fresh instance and drops it: what a call
    /// pays when no pooled instance is idle. For benchmarks.
    #[doc(hidden)]
    pub fn instantiate_fresh(&self) -> Result<(), CallError> {
        self.factory.instantiate().map(drop)
    }

    /// Takes a healthy instance from the pool and puts it back: what a call
    /// pays to get an instance when one is idle. For benchmarks.
    #[doc(hidden)]
    pub fn reuse_pooled(&self) -> Result<(), CallError> {
        self.factory.cycle_pooled()
    }

    /// The linear memory the plugin's idle (pooled) instances hold, in
    /// bytes: after one call on an otherwise unused plugin, what one
    /// instance costs. For benchmarks.
    #[doc(hidden)]
    pub fn idle_instance_memory(&self) -> usize {
        self.factory.idle_memory()
    }

    /// Whether instances start from a snapshot taken after `init` (see
    /// the crate docs on pre-initialization).
    pub fn is_preinitialized(&self) -> bool {
        self.factory.preinitialized()
    }

    /// Like [`WasmPlugin::instantiate_fresh`], returning where the time
    /// went: building the store (WASI context included), instantiating the
    /// component, the guest's `init`, and discarding the instance (what a
    /// trap costs on top of the next call's fresh instance). For benchmarks.
    #[doc(hidden)]
    pub fn instantiate_fresh_split(&self) -> Result<[Duration; 4], CallError> {
        let started = std::time::Instant::now();
        let mut marks = [started; 3];
        let instance = self.factory.instantiate_timed(&mut marks)?;
        let discarding = std::time::Instant::now();
        drop(instance);
        Ok([marks[0] - started, marks[1] - marks[0], marks[2] - marks[1], discarding.elapsed()])
    }
}

impl Plugin for WasmPlugin {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }

    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        for decl in &self.manifest.functions {
            match decl.kind {
                FunctionKind::Scalar => {
                    registrar.scalar(&decl.name, WasmScalar { factory: self.factory.clone(), name: decl.name.clone() });
                }
                FunctionKind::Aggregate => {
                    registrar.aggregate(
                        &decl.name,
                        WasmAggregate { factory: self.factory.clone(), name: decl.name.clone(), scope: None },
                    );
                }
                FunctionKind::Table => {
                    registrar.table(&decl.name, WasmTable { factory: self.factory.clone(), name: decl.name.clone() });
                }
            }
        }
        let mut handlers = std::collections::BTreeSet::new();
        for decl in &self.manifest.hooks {
            if handlers.insert(("hook", decl.handler.clone())) {
                registrar
                    .hook(&decl.handler, WasmEvent { factory: self.factory.clone(), handler: decl.handler.clone() });
            }
        }
        for decl in &self.manifest.triggers {
            if handlers.insert(("trigger", decl.handler.clone())) {
                registrar
                    .trigger(&decl.handler, WasmEvent { factory: self.factory.clone(), handler: decl.handler.clone() });
            }
        }
        for decl in &self.manifest.jobs {
            if handlers.insert(("job", decl.handler.clone())) {
                registrar
                    .job(&decl.handler, WasmEvent { factory: self.factory.clone(), handler: decl.handler.clone() });
            }
        }
        Ok(())
    }

    fn init(&self, _context: &PluginContext) -> Result<(), PluginError> {
        // Instantiating runs the guest's `init` (an error fails the load);
        // the instance then serves the first call from the pool.
        let instance = self.factory.instantiate()?;
        self.factory.release(instance);
        Ok(())
    }
}

struct WasmScalar {
    factory: Arc<InstanceFactory>,
    name: String,
}

impl WasmScalar {
    fn call(&self, input: &Columns) -> Result<ArrayRef, CallError> {
        self.factory.call_pooled(&self.name, |store, guest| guest.call_scalar(store, &self.name, input))
    }

    /// `0.1.0` guests: arguments go as raw columns when their types allow
    /// (no IPC schema to build or parse on either side). A guest built
    /// before its SDK read raw columns answers `invalid-input`; the call is
    /// then retried as Arrow IPC, and if that succeeds the plugin gets Arrow
    /// IPC for good. What the guest *says* never decides it (an error text
    /// cannot switch protocols): only the same arguments succeeding as IPC
    /// after failing as raw columns. A guest that refuses both keeps raw
    /// columns and its caller gets the first error.
    fn invoke_v1(&self, args: &[ArrayRef], rows: usize) -> Result<ArrayRef, CallError> {
        let raw = if self.factory.raw_columns.load(Ordering::Relaxed) {
            uni_plugin::ipc::raw::encode(args, rows)
        } else {
            None
        };
        let Some(raw) = raw else { return self.call(&Columns::encode(World::V1, args, rows)?) };
        match self.call(&Columns::Ipc(raw)) {
            Err(refused @ CallError::InvalidInput(_)) => match self.call(&Columns::encode(World::V1, args, rows)?) {
                Ok(output) => {
                    self.factory.raw_columns.store(false, Ordering::Relaxed);
                    Ok(output)
                }
                Err(_) => Err(refused),
            },
            outcome => outcome,
        }
    }
}

impl ScalarFunction for WasmScalar {
    /// Scalar calls are the hot path: `0.2.0` guests get typed columns
    /// (Arrow IPC only for the types without a case of their own, decided
    /// by type); `0.1.0` guests see [`WasmScalar::invoke_v1`].
    fn invoke(&self, args: &[ArrayRef], rows: usize) -> Result<ArrayRef, CallError> {
        match self.factory.world {
            World::V1 => self.invoke_v1(args, rows),
            World::V2 => self.call(&Columns::encode(World::V2, args, rows)?),
        }
    }
}

/// The instance behind the guest resources (accumulators, table streams)
/// of one scope: one partition of one query's aggregation, or one table
/// call. Each scope takes an instance of its own from the plugin's pool
/// when first used and gives it back when its last resource is gone, so
/// queries never wait for each other's resources, and a trap loses only
/// the resources of its own scope.
struct ResourceScope {
    factory: Arc<InstanceFactory>,
    instance: Mutex<Option<Instance>>,
}

impl ResourceScope {
    fn new(factory: &Arc<InstanceFactory>) -> Arc<ResourceScope> {
        Arc::new(ResourceScope { factory: factory.clone(), instance: Mutex::new(None) })
    }

    /// Runs `call` on the scope's instance, taking one if needed. `owner`
    /// is the serial of the instance a resource lives in: if that instance
    /// trapped (and was discarded), the resource's state is gone. A trap
    /// discards the instance.
    fn call<T: Send>(
        &self,
        function: &str,
        owner: Option<u64>,
        call: impl FnOnce(&mut wasmtime::Store<HostState>, &Guest) -> wasmtime::Result<Result<T, GuestError>> + Send,
    ) -> Result<(T, u64), CallError> {
        let mut slot = self.instance.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if slot.is_none() {
            *slot = Some(self.factory.acquire()?);
        }
        let instance = slot.as_mut().ok_or_else(|| CallError::Failed("no instance".into()))?;
        if owner.is_some_and(|serial| serial != instance.serial) {
            return Err(CallError::Failed(format!(
                "plugin `{}` function `{function}`: its state was lost when the plugin's instance trapped; run the query again",
                self.factory.plugin
            )));
        }
        let serial = instance.serial;
        let mut trapped = false;
        let result = self.factory.call_on(instance, function, |store, plugin| {
            let outcome = call(store, plugin);
            trapped = outcome.is_err();
            outcome
        });
        if trapped {
            *slot = None;
        }
        result.map(|value| (value, serial))
    }

    /// Drops the guest resource `handle` if the instance it lives in
    /// (`serial`) is still the scope's. A guest destructor is guest code:
    /// it runs under a fresh deadline, and a trap discards the instance.
    fn drop_resource(&self, serial: u64, handle: ResourceAny) {
        let mut slot = self.instance.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(instance) = slot.as_mut().filter(|instance| instance.serial == serial) {
            self.factory.arm(&mut instance.store);
            if crate::instance::in_sandbox(|| handle.resource_drop(&mut instance.store)).is_err() {
                *slot = None;
            }
        }
    }
}

impl Drop for ResourceScope {
    /// Every resource of the scope is gone (each holds the scope): the
    /// instance is clean and goes back to the pool.
    fn drop(&mut self) {
        if let Some(instance) = self.instance.get_mut().unwrap_or_else(|poisoned| poisoned.into_inner()).take() {
            self.factory.release(instance);
        }
    }
}

/// A guest resource (accumulator, grouped accumulator, table stream) in
/// its scope: calls go to the instance it lives in, and it is dropped
/// there when the host lets go of it.
struct GuestResource {
    scope: Arc<ResourceScope>,
    name: String,
    handle: Option<ResourceAny>,
    /// The instance the handle lives in.
    serial: u64,
}

impl GuestResource {
    /// Makes a resource in `scope` with `make`.
    fn new(
        scope: Arc<ResourceScope>,
        name: &str,
        make: impl FnOnce(&mut wasmtime::Store<HostState>, &Guest) -> wasmtime::Result<Result<ResourceAny, GuestError>>
        + Send,
    ) -> Result<GuestResource, CallError> {
        let (handle, serial) = scope.call(name, None, make)?;
        Ok(GuestResource { scope, name: name.to_owned(), handle: Some(handle), serial })
    }

    /// Runs `call` with the resource's handle, in its instance.
    fn call<T: Send>(
        &mut self,
        call: impl FnOnce(&mut wasmtime::Store<HostState>, &Guest, ResourceAny) -> wasmtime::Result<Result<T, GuestError>>
        + Send,
    ) -> Result<T, CallError> {
        let handle = self.handle.ok_or_else(|| {
            CallError::Failed(format!(
                "plugin `{}` function `{}`: it was released",
                self.scope.factory.plugin, self.name
            ))
        })?;
        self.scope
            .call(&self.name, Some(self.serial), |store, guest| call(store, guest, handle))
            .map(|(value, _)| value)
    }

    fn world(&self) -> World {
        self.scope.factory.world
    }

    fn release(&mut self) {
        if let Some(handle) = self.handle.take() {
            self.scope.drop_resource(self.serial, handle);
        }
    }
}

impl Drop for GuestResource {
    fn drop(&mut self) {
        self.release();
    }
}

struct WasmAggregate {
    factory: Arc<InstanceFactory>,
    name: String,
    /// The scope its accumulators live in; `None`: each accumulator gets a
    /// scope of its own.
    scope: Option<Arc<ResourceScope>>,
}

impl WasmAggregate {
    fn describe(&self) -> Result<crate::guest::AggregateInfo, CallError> {
        self.factory.call_pooled(&self.name, |store, guest| guest.describe_aggregate(store, &self.name))
    }

    fn scope(&self) -> Arc<ResourceScope> {
        self.scope.clone().unwrap_or_else(|| ResourceScope::new(&self.factory))
    }
}

impl AggregateFunction for WasmAggregate {
    fn state_fields(&self) -> Result<Vec<Field>, CallError> {
        Ok(self.describe()?.state)
    }

    fn accumulator(&self) -> Result<Box<dyn Accumulator>, CallError> {
        let resource =
            GuestResource::new(self.scope(), &self.name, |store, guest| guest.accumulator_new(store, &self.name))?;
        Ok(Box::new(WasmAccumulator(resource)))
    }

    fn scope(&self) -> Result<Option<Arc<dyn AggregateFunction>>, CallError> {
        Ok(Some(Arc::new(WasmAggregate {
            factory: self.factory.clone(),
            name: self.name.clone(),
            scope: Some(ResourceScope::new(&self.factory)),
        })))
    }

    /// A guest whose `describe-aggregate` says `grouped` gets each batch in
    /// one call; others (and every `0.1.0` guest) one accumulator per group.
    fn groups_accumulator(&self) -> Result<Option<Box<dyn uni_plugin::GroupsAccumulator>>, CallError> {
        if self.factory.world == World::V1 || !self.describe()?.grouped {
            return Ok(None);
        }
        let resource =
            GuestResource::new(self.scope(), &self.name, |store, guest| guest.grouped_new(store, &self.name))?;
        Ok(Some(Box::new(WasmGroupsAccumulator { resource, groups: 0 })))
    }
}

struct WasmAccumulator(GuestResource);

fn rows_of(columns: &[ArrayRef]) -> usize {
    columns.first().map_or(0, |column| column.len())
}

impl Accumulator for WasmAccumulator {
    fn update(&mut self, args: &[ArrayRef]) -> Result<(), CallError> {
        let input = Columns::encode(self.0.world(), args, rows_of(args))?;
        self.0.call(|store, guest, handle| guest.accumulator_update(store, handle, &input))
    }

    fn merge(&mut self, states: &[ArrayRef]) -> Result<(), CallError> {
        let input = Columns::encode(self.0.world(), states, rows_of(states))?;
        self.0.call(|store, guest, handle| guest.accumulator_merge(store, handle, &input))
    }

    fn state(&mut self) -> Result<Vec<ArrayRef>, CallError> {
        self.0.call(|store, guest, handle| guest.accumulator_state(store, handle))
    }

    fn finish(&mut self) -> Result<ArrayRef, CallError> {
        self.0.call(|store, guest, handle| guest.accumulator_finish(store, handle))
    }
}

/// A guest's `grouped-accumulator`: one call per batch.
struct WasmGroupsAccumulator {
    resource: GuestResource,
    /// Groups the guest holds (what `emit` hands back).
    groups: usize,
}

fn group_ids(ids: &[usize], total_groups: usize) -> Result<(Vec<u32>, u32), CallError> {
    let total = u32::try_from(total_groups)
        .map_err(|_| CallError::Failed(format!("{total_groups} groups are more than a wasm plugin can hold")))?;
    // Every id is below `total_groups`, so it fits too.
    Ok((ids.iter().map(|id| *id as u32).collect(), total))
}

impl uni_plugin::GroupsAccumulator for WasmGroupsAccumulator {
    fn update(&mut self, args: &[ArrayRef], ids: &[usize], total_groups: usize) -> Result<(), CallError> {
        let (ids, total) = group_ids(ids, total_groups)?;
        let input = Columns::encode(World::V2, args, ids.len())?;
        self.resource.call(|store, guest, handle| guest.grouped_update(store, handle, &ids, total, &input))?;
        self.groups = self.groups.max(total_groups);
        Ok(())
    }

    fn merge(&mut self, states: &[ArrayRef], ids: &[usize], total_groups: usize) -> Result<(), CallError> {
        let (ids, total) = group_ids(ids, total_groups)?;
        let input = Columns::encode(World::V2, states, ids.len())?;
        self.resource.call(|store, guest, handle| guest.grouped_merge(store, handle, &ids, total, &input))?;
        self.groups = self.groups.max(total_groups);
        Ok(())
    }

    fn state(&mut self, emit: EmitTo) -> Result<Vec<ArrayRef>, CallError> {
        let groups = self.emitted(emit);
        self.resource.call(|store, guest, handle| guest.grouped_state(store, handle, emit, groups))
    }

    fn finish(&mut self, emit: EmitTo) -> Result<ArrayRef, CallError> {
        let groups = self.emitted(emit);
        self.resource.call(|store, guest, handle| guest.grouped_finish(store, handle, emit, groups))
    }

    fn size(&self) -> usize {
        // The guest's state lives in its linear memory, which the instance's
        // memory limit bounds; count what a group costs at least.
        std::mem::size_of_val(self) + self.groups * 16
    }
}

impl WasmGroupsAccumulator {
    /// How many groups `emit` hands back, and forgets them.
    fn emitted(&mut self, emit: EmitTo) -> usize {
        let emitted = match emit {
            EmitTo::All => self.groups,
            EmitTo::First(n) => n.min(self.groups),
        };
        self.groups -= emitted;
        emitted
    }
}

struct WasmTable {
    factory: Arc<InstanceFactory>,
    name: String,
}

impl TableFunction for WasmTable {
    /// Each call (one scan in one query) streams from an instance of its own.
    fn call(&self, args: &[ArrayRef]) -> Result<uni_plugin::RecordBatchStream, CallError> {
        let input = Columns::encode(self.factory.world, args, 1)?;
        let scope = ResourceScope::new(&self.factory);
        let resource =
            GuestResource::new(scope, &self.name, |store, guest| guest.call_table(store, &self.name, &input))?;
        Ok(Box::new(WasmTableStream(resource)))
    }
}

struct WasmTableStream(GuestResource);

impl Iterator for WasmTableStream {
    type Item = Result<RecordBatch, CallError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.0.handle?;
        match self.0.call(|store, guest, handle| guest.table_next(store, handle)) {
            Ok(Some(batch)) => Some(Ok(batch)),
            Ok(None) => {
                self.0.release();
                None
            }
            Err(error) => {
                self.0.release();
                Some(Err(error))
            }
        }
    }
}

/// A hook, trigger or job handler: the host's event becomes one `on-event`
/// call, encoded for the guest's world version.
struct WasmEvent {
    factory: Arc<InstanceFactory>,
    handler: String,
}

impl WasmEvent {
    fn send(&self, event: &HostEvent<'_>) -> Result<(), CallError> {
        let input = EventInput::encode(self.factory.world, event)?;
        self.factory.call_pooled(&self.handler, |store, guest| guest.on_event(store, &self.handler, &input))
    }
}

impl uni_plugin::Hook for WasmEvent {
    fn on_event(&self, payload: &uni_plugin::HookPayload) -> Result<(), CallError> {
        self.send(&HostEvent::Hook(payload))
    }
}

impl uni_plugin::Trigger for WasmEvent {
    fn fire(&self, payload: &uni_plugin::TriggerPayload) -> Result<uni_plugin::TriggerVerdict, CallError> {
        match self.send(&HostEvent::Trigger(payload)) {
            Ok(()) => Ok(uni_plugin::TriggerVerdict::Accept),
            // The world's convention: a trigger rejects with invalid-input.
            Err(CallError::InvalidInput(reason)) => Ok(uni_plugin::TriggerVerdict::Reject(reason)),
            Err(other) => Err(other),
        }
    }
}

impl uni_plugin::Job for WasmEvent {
    fn run(&self, context: &uni_plugin::JobContext) -> Result<(), CallError> {
        self.send(&HostEvent::Job { job: context.job(), scheduled_at_unix_ms: context.scheduled_at_unix_ms() })
    }
}
