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
    Accumulator, AggregateFunction, CallError, Capability, Grants, Plugin, PluginContext, PluginError, Registrar,
    ScalarFunction, TableFunction,
};
use wasmtime::component::ResourceAny;

use crate::WasmError;
use crate::engine::WasmEngine;
use crate::exports::Guest;
use crate::instance::{Instance, InstanceFactory};
use crate::state::HostState;
use uni_plugin::ipc;

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
        crate::world::world_version(&interfaces.exports)?;
        let config_json = serde_json_string(&manifest);
        let (component, preinitialized) =
            Self::compile_preinitialized(engine, &manifest, bytes, &config_json, &grants, limits)?;
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
        config_json: &str,
        grants: &Grants,
        limits: WasmLimits,
    ) -> Result<(wasmtime::component::Component, bool), WasmError> {
        if engine.cache_dir().is_some() && !grants.covers(&Capability::Random) {
            let input = crate::preinit::SnapshotInput {
                bytes,
                config_json,
                memory_limit: limits.memory,
                epoch_ticks: crate::engine::epoch_ticks(limits.timeout),
            };
            match crate::preinit::preinitialized(engine, &input) {
                Ok(component) => return Ok((component, true)),
                Err(reason) => tracing::debug!("plugin `{}` is not pre-initialized: {reason}", manifest.plugin.id),
            }
        }
        Ok((engine.compile(bytes)?, false))
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

fn encode(args: &[ArrayRef], rows: usize) -> Result<Vec<u8>, CallError> {
    ipc::encode_columns(args, rows).map_err(|e| CallError::Failed(format!("cannot encode arguments: {e}")))
}

fn decode_single_column(factory: &InstanceFactory, function: &str, bytes: &[u8]) -> Result<ArrayRef, CallError> {
    let batch = decode(factory, function, bytes)?;
    if batch.num_columns() != 1 {
        return Err(CallError::Failed(format!(
            "plugin `{}` function `{function}` returned {} columns, expected 1",
            factory.plugin,
            batch.num_columns()
        )));
    }
    Ok(batch.column(0).clone())
}

fn decode(factory: &InstanceFactory, function: &str, bytes: &[u8]) -> Result<RecordBatch, CallError> {
    ipc::decode_any(bytes).map_err(|e| {
        CallError::Failed(format!(
            "plugin `{}` function `{function}` returned malformed Arrow IPC: {e}",
            factory.plugin
        ))
    })
}

impl WasmScalar {
    fn call(&self, input: &[u8]) -> Result<ArrayRef, CallError> {
        let output =
            self.factory.call_pooled(&self.name, |store, plugin| plugin.call_scalar(store, &self.name, input))?;
        decode_single_column(&self.factory, &self.name, &output)
    }
}

impl ScalarFunction for WasmScalar {
    /// Scalar calls are the hot path: arguments go as raw columns when their
    /// types allow (no IPC schema to build or parse on either side). A guest
    /// built before the SDK read raw columns answers `invalid-input`; the
    /// call is then retried as Arrow IPC, and if that succeeds the plugin
    /// gets Arrow IPC for good. What the guest *says* never decides it (an
    /// error text cannot switch protocols): only the same arguments
    /// succeeding as IPC after failing as raw columns. A guest that refuses
    /// both keeps raw columns and its caller gets the first error.
    fn invoke(&self, args: &[ArrayRef], rows: usize) -> Result<ArrayRef, CallError> {
        let raw = if self.factory.raw_columns.load(Ordering::Relaxed) { ipc::raw::encode(args, rows) } else { None };
        let Some(raw) = raw else { return self.call(&encode(args, rows)?) };
        match self.call(&raw) {
            Err(refused @ CallError::InvalidInput(_)) => match self.call(&encode(args, rows)?) {
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
        call: impl FnOnce(
            &mut wasmtime::Store<HostState>,
            &Guest,
        ) -> wasmtime::Result<Result<T, crate::instance::GuestError>>
        + Send,
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

struct WasmAggregate {
    factory: Arc<InstanceFactory>,
    name: String,
    /// The scope its accumulators live in; `None`: each accumulator gets a
    /// scope of its own.
    scope: Option<Arc<ResourceScope>>,
}

impl AggregateFunction for WasmAggregate {
    fn state_fields(&self) -> Result<Vec<Field>, CallError> {
        let bytes =
            self.factory.call_pooled(&self.name, |store, plugin| plugin.aggregate_state_schema(store, &self.name))?;
        let batch = decode(&self.factory, &self.name, &bytes)?;
        Ok(batch.schema().fields().iter().map(|field| field.as_ref().clone()).collect())
    }

    fn accumulator(&self) -> Result<Box<dyn Accumulator>, CallError> {
        let scope = self.scope.clone().unwrap_or_else(|| ResourceScope::new(&self.factory));
        let (handle, serial) =
            scope.call(&self.name, None, |store, plugin| plugin.accumulator_new(store, &self.name).map(Ok))?;
        Ok(Box::new(WasmAccumulator { scope, name: self.name.clone(), handle: Some(handle), serial }))
    }

    fn scope(&self) -> Result<Option<Arc<dyn AggregateFunction>>, CallError> {
        Ok(Some(Arc::new(WasmAggregate {
            factory: self.factory.clone(),
            name: self.name.clone(),
            scope: Some(ResourceScope::new(&self.factory)),
        })))
    }
}

struct WasmAccumulator {
    scope: Arc<ResourceScope>,
    name: String,
    handle: Option<ResourceAny>,
    /// The instance the handle lives in.
    serial: u64,
}

impl WasmAccumulator {
    fn handle(&self) -> Result<ResourceAny, CallError> {
        self.handle.ok_or_else(|| {
            CallError::Failed(format!(
                "plugin `{}` aggregate `{}`: it was released",
                self.scope.factory.plugin, self.name
            ))
        })
    }

    /// Runs `call` with the accumulator's handle, in its instance.
    fn call<T: Send>(
        &mut self,
        call: impl FnOnce(
            &mut wasmtime::Store<HostState>,
            &Guest,
            ResourceAny,
        ) -> wasmtime::Result<Result<T, crate::instance::GuestError>>
        + Send,
    ) -> Result<T, CallError> {
        let handle = self.handle()?;
        self.scope
            .call(&self.name, Some(self.serial), |store, plugin| call(store, plugin, handle))
            .map(|(value, _)| value)
    }
}

impl Accumulator for WasmAccumulator {
    fn update(&mut self, args: &[ArrayRef]) -> Result<(), CallError> {
        let input = encode(args, args.first().map_or(0, |column| column.len()))?;
        self.call(|store, plugin, handle| plugin.accumulator_update(store, handle, &input))
    }

    fn merge(&mut self, states: &[ArrayRef]) -> Result<(), CallError> {
        let input = encode(states, states.first().map_or(0, |column| column.len()))?;
        self.call(|store, plugin, handle| plugin.accumulator_merge(store, handle, &input))
    }

    fn state(&mut self) -> Result<Vec<ArrayRef>, CallError> {
        let bytes = self.call(|store, plugin, handle| plugin.accumulator_state(store, handle))?;
        Ok(decode(&self.scope.factory, &self.name, &bytes)?.columns().to_vec())
    }

    fn finish(&mut self) -> Result<ArrayRef, CallError> {
        let bytes = self.call(|store, plugin, handle| plugin.accumulator_finish(store, handle))?;
        decode_single_column(&self.scope.factory, &self.name, &bytes)
    }
}

impl Drop for WasmAccumulator {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            self.scope.drop_resource(self.serial, handle);
        }
    }
}

struct WasmTable {
    factory: Arc<InstanceFactory>,
    name: String,
}

impl TableFunction for WasmTable {
    /// Each call (one scan in one query) streams from an instance of its own.
    fn call(&self, args: &[ArrayRef]) -> Result<uni_plugin::RecordBatchStream, CallError> {
        let input = encode(args, 1)?;
        let scope = ResourceScope::new(&self.factory);
        let (handle, serial) =
            scope.call(&self.name, None, |store, plugin| plugin.call_table(store, &self.name, &input))?;
        Ok(Box::new(WasmTableStream { scope, name: self.name.clone(), handle: Some(handle), serial }))
    }
}

struct WasmTableStream {
    scope: Arc<ResourceScope>,
    name: String,
    handle: Option<ResourceAny>,
    /// The instance the handle lives in.
    serial: u64,
}

impl Iterator for WasmTableStream {
    type Item = Result<RecordBatch, CallError>;

    fn next(&mut self) -> Option<Self::Item> {
        let handle = self.handle?;
        let next =
            self.scope.call(&self.name, Some(self.serial), |store, plugin| plugin.table_stream_next(store, handle));
        match next {
            Ok((Some(bytes), _)) => Some(decode(&self.scope.factory, &self.name, &bytes)),
            Ok((None, _)) => {
                self.release();
                None
            }
            Err(error) => {
                self.release();
                Some(Err(error))
            }
        }
    }
}

impl WasmTableStream {
    fn release(&mut self) {
        if let Some(handle) = self.handle.take() {
            self.scope.drop_resource(self.serial, handle);
        }
    }
}

impl Drop for WasmTableStream {
    fn drop(&mut self) {
        self.release();
    }
}

/// A hook, trigger or job handler: the host's event becomes one `on-event`
/// call whose payload batch carries the details (rows for triggers) and
/// `uniplug.*` schema metadata saying what it is.
struct WasmEvent {
    factory: Arc<InstanceFactory>,
    handler: String,
}

impl WasmEvent {
    fn send(&self, metadata: &[(&str, String)], columns: Vec<(&str, ArrayRef)>, rows: usize) -> Result<(), CallError> {
        let fields: Vec<Field> =
            columns.iter().map(|(name, column)| Field::new(*name, column.data_type().clone(), true)).collect();
        let metadata = metadata.iter().map(|(key, value)| ((*key).to_owned(), value.clone())).collect();
        let schema = Arc::new(arrow_schema::Schema::new_with_metadata(fields, metadata));
        let batch = RecordBatch::try_new_with_options(
            schema,
            columns.into_iter().map(|(_, column)| column).collect(),
            &arrow_array::RecordBatchOptions::new().with_row_count(Some(rows)),
        )?;
        let payload = ipc::encode_batch(&batch)?;
        self.factory.call_pooled(&self.handler, |store, plugin| plugin.on_event(store, &self.handler, &payload))
    }
}

impl uni_plugin::Hook for WasmEvent {
    fn on_event(&self, payload: &uni_plugin::HookPayload) -> Result<(), CallError> {
        let event = match payload.event {
            uni_plugin::manifest::HookEvent::BeforeQuery => "before_query",
            uni_plugin::manifest::HookEvent::AfterQuery => "after_query",
            uni_plugin::manifest::HookEvent::OnLoad => "on_load",
            uni_plugin::manifest::HookEvent::OnUnload => "on_unload",
        };
        let sql: ArrayRef = Arc::new(arrow_array::StringArray::from(vec![payload.sql.clone()]));
        let rows: ArrayRef = Arc::new(arrow_array::Int64Array::from(vec![payload.rows.map(|r| r as i64)]));
        let error: ArrayRef = Arc::new(arrow_array::StringArray::from(vec![payload.error.clone()]));
        self.send(
            &[("uniplug.kind", "hook".into()), ("uniplug.event", event.into())],
            vec![("sql", sql), ("rows", rows), ("error", error)],
            1,
        )
    }
}

impl uni_plugin::Trigger for WasmEvent {
    fn fire(&self, payload: &uni_plugin::TriggerPayload) -> Result<uni_plugin::TriggerVerdict, CallError> {
        let when = match payload.when {
            uni_plugin::manifest::TriggerTiming::Before => "before",
            uni_plugin::manifest::TriggerTiming::After => "after",
        };
        let metadata = [
            ("uniplug.kind", "trigger".to_owned()),
            ("uniplug.when", when.to_owned()),
            ("uniplug.table", payload.table.clone()),
        ];
        let schema = payload.batch.schema();
        let columns: Vec<(&str, ArrayRef)> =
            schema.fields().iter().zip(payload.batch.columns()).map(|(f, c)| (f.name().as_str(), c.clone())).collect();
        match self.send(&metadata, columns, payload.batch.num_rows()) {
            Ok(()) => Ok(uni_plugin::TriggerVerdict::Accept),
            // The world's convention: a trigger rejects with invalid-input.
            Err(CallError::InvalidInput(reason)) => Ok(uni_plugin::TriggerVerdict::Reject(reason)),
            Err(other) => Err(other),
        }
    }
}

impl uni_plugin::Job for WasmEvent {
    fn run(&self, context: &uni_plugin::JobContext) -> Result<(), CallError> {
        self.send(
            &[
                ("uniplug.kind", "job".into()),
                ("uniplug.job", context.job().to_owned()),
                ("uniplug.scheduled_at", context.scheduled_at_unix_ms().to_string()),
            ],
            Vec::new(),
            1,
        )
    }
}
