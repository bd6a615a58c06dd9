//! Instances of one plugin's component: created per grant, reused while
//! healthy, discarded after a trap.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use uni_plugin::context::HostServices;
use uni_plugin::{CallError, Capability, Grants, HumanDuration, PluginId};
use wasmtime::component::{Component, InstancePre, Linker};
use wasmtime::{Store, Trap};

use crate::engine::{POOLED_INSTANCES, WasmEngine, epoch_ticks};
use crate::guest::{ExportIndices, Guest, GuestError, World};
use crate::output::{GuestOutput, Stream};
use crate::sandbox::{DeadlineExceeded, Sandbox};
use crate::state::{HostState, LogBudget, MemoryLimits};

/// How many idle instances one plugin keeps for reuse.
fn max_idle_instances() -> usize {
    static MAX: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *MAX.get_or_init(|| std::thread::available_parallelism().map_or(4, |cores| cores.get()).max(2))
}

/// How many instances (in use and idle) one plugin may hold at once: a
/// quarter of the engine's pool, so one plugin saturating its share leaves
/// the rest to the others (documented in docs/policy.md).
pub const MAX_INSTANCES_PER_PLUGIN: usize = POOLED_INSTANCES as usize / 4;

/// The most linear memory one plugin's idle instances may hold together;
/// an instance whose memory would exceed it is dropped instead of kept.
pub const MAX_IDLE_MEMORY_PER_PLUGIN: usize = 256 << 20;

/// One live instance.
pub(crate) struct Instance {
    pub(crate) store: Store<HostState>,
    pub(crate) guest: Guest,
    /// Unique per instance of this factory: guest resources (accumulators,
    /// streams) remember it, so a handle is never used on another instance.
    pub(crate) serial: u64,
    /// This instance's place in its plugin's share of the pool.
    _slot: Slot,
}

/// Counts a plugin's live instances; released when the instance drops.
struct Slot(Arc<AtomicUsize>);

impl Slot {
    fn take(live: &Arc<AtomicUsize>, plugin: &PluginId) -> Result<Slot, CallError> {
        let taken = live.fetch_add(1, Ordering::AcqRel);
        if taken >= MAX_INSTANCES_PER_PLUGIN {
            live.fetch_sub(1, Ordering::AcqRel);
            return Err(CallError::Unavailable(format!(
                "plugin `{plugin}` already holds {MAX_INSTANCES_PER_PLUGIN} instances, its share of the wasm \
                 instance pool; retry when its running calls finish"
            )));
        }
        Ok(Slot(live.clone()))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Everything needed to create instances of one plugin generation.
pub(crate) struct InstanceFactory {
    pub(crate) engine: WasmEngine,
    /// The component with its imports resolved once, so each new instance
    /// skips import resolution and type checks.
    pre: InstancePre<HostState>,
    /// Where the guest's exports are, checked once per generation.
    exports: ExportIndices,
    /// The `uni:plugin` world version the component was built for: how
    /// arguments are encoded.
    pub(crate) world: World,
    pub(crate) plugin: PluginId,
    pub(crate) grants: Arc<Grants>,
    pub(crate) services: Arc<dyn HostServices>,
    pub(crate) config_json: String,
    pub(crate) memory_limit: u64,
    pub(crate) timeout: Duration,
    /// Whether the component is a snapshot taken after `init`: its
    /// instances start initialized and `init` is not called again.
    preinitialized: bool,
    /// What the grants become in each instance's WASI context.
    sandbox: Sandbox,
    /// Live instances of this plugin (see [`MAX_INSTANCES_PER_PLUGIN`]).
    live: Arc<AtomicUsize>,
    /// How much the guest may still log (shared by its instances).
    log_budget: Arc<LogBudget>,
    pool: Mutex<Vec<Instance>>,
    next_serial: std::sync::atomic::AtomicU64,
    /// Whether the grants let the guest reach WASI operations that block in
    /// wasmtime-wasi itself (files, sockets): such calls leave a runtime
    /// thread (see [`crate::blocking`]).
    blocks_in_wasi: bool,
    /// Whether scalar calls may send raw columns (see `uni_plugin::ipc::raw`);
    /// cleared when the guest turns out not to read them.
    pub(crate) raw_columns: AtomicBool,
}

impl InstanceFactory {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        engine: WasmEngine,
        component: Component,
        linker: Arc<Linker<HostState>>,
        plugin: PluginId,
        grants: Arc<Grants>,
        services: Arc<dyn HostServices>,
        config_json: String,
        memory_limit: u64,
        timeout: Duration,
        data_dir: Option<PathBuf>,
        preinitialized: bool,
        world: World,
    ) -> wasmtime::Result<InstanceFactory> {
        let pre = linker.instantiate_pre(&component)?;
        let exports = ExportIndices::new(&pre, world)?;
        let sandbox = Sandbox::new(plugin.clone(), grants.clone(), data_dir);
        let blocks_in_wasi = grants
            .set()
            .iter()
            .any(|granted| matches!(granted, Capability::FsRead(_) | Capability::FsWrite(_) | Capability::Net(_)));
        Ok(InstanceFactory {
            blocks_in_wasi,
            engine,
            pre,
            exports,
            world,
            plugin,
            grants,
            services,
            config_json,
            memory_limit,
            timeout,
            preinitialized,
            sandbox,
            live: Arc::new(AtomicUsize::new(0)),
            log_budget: Arc::new(LogBudget::default()),
            pool: Mutex::new(Vec::new()),
            next_serial: std::sync::atomic::AtomicU64::new(1),
            raw_columns: AtomicBool::new(true),
        })
    }

    /// Whether instances start from a snapshot taken after `init`.
    pub(crate) fn preinitialized(&self) -> bool {
        self.preinitialized
    }

    fn ticks(&self) -> u64 {
        epoch_ticks(self.timeout)
    }

    /// Arms a fresh deadline on `store`: for wasm code (epochs) and for
    /// waits in the host (see `sandbox`). None without time limits.
    pub(crate) fn arm(&self, store: &mut Store<HostState>) {
        if self.engine.time_limits() {
            store.set_epoch_deadline(self.ticks());
            store.data_mut().deadline = Some(Instant::now() + self.timeout);
        }
    }

    /// Creates and initializes a fresh instance.
    pub(crate) fn instantiate(&self) -> Result<Instance, CallError> {
        self.instantiate_timed(&mut [std::time::Instant::now(); 3])
    }

    /// [`InstanceFactory::instantiate`], recording in `marks` when the store
    /// was ready, when instantiation ended, and when `init` returned.
    pub(crate) fn instantiate_timed(&self, marks: &mut [std::time::Instant; 3]) -> Result<Instance, CallError> {
        let slot = Slot::take(&self.live, &self.plugin)?;
        let to_log = self.grants.covers(&Capability::Log).then(|| self.log_budget.clone());
        let stderr = GuestOutput::new(self.plugin.clone(), Stream::Stderr, to_log.clone());
        let state = HostState {
            wasi: self.sandbox.wasi(&stderr, to_log)?,
            table: wasmtime::component::ResourceTable::new(),
            limits: MemoryLimits::new(self.memory_limit),
            plugin: self.plugin.clone(),
            grants: self.grants.clone(),
            services: self.services.clone(),
            stderr,
            deadline: None,
            names: self.sandbox.names(),
            lookups: std::collections::HashMap::new(),
            log_budget: self.log_budget.clone(),
        };
        let mut store = Store::new(self.engine.engine(), state);
        store.limiter(|state| &mut state.limits);
        if self.engine.time_limits() {
            store.epoch_deadline_trap();
        }
        self.arm(&mut store);
        marks[0] = std::time::Instant::now();
        let guest = self
            .pre
            .instantiate(&mut store)
            .and_then(|instance| Guest::load(&self.exports, &mut store, &instance))
            .map_err(|error| {
                if error.downcast_ref::<wasmtime::PoolConcurrencyLimitError>().is_some() {
                    CallError::Unavailable(format!(
                        "plugin `{}`: every slot of the wasm instance pool is in use; retry when running calls finish",
                        self.plugin
                    ))
                } else {
                    self.trap_error("instantiate", &store, error)
                }
            })?;
        marks[1] = std::time::Instant::now();
        let serial = self.next_serial.fetch_add(1, Ordering::Relaxed);
        let mut instance = Instance { store, guest, serial, _slot: slot };
        if !self.preinitialized {
            let config = self.config_json.clone();
            self.call_on(&mut instance, "init", |store, guest| guest.init(store, &config))?;
        }
        marks[2] = std::time::Instant::now();
        Ok(instance)
    }

    /// Runs `call` on `instance` with a fresh deadline, mapping guest errors
    /// and traps to [`CallError`]s that name plugin, function and cause.
    /// Guest code runs with the sandbox runtime entered, and off the
    /// caller's runtime thread when the plugin may reach wasmtime-wasi's own
    /// blocking (see [`crate::blocking`]).
    pub(crate) fn call_on<T: Send>(
        &self,
        instance: &mut Instance,
        function: &str,
        call: impl FnOnce(&mut Store<HostState>, &Guest) -> wasmtime::Result<Result<T, GuestError>> + Send,
    ) -> Result<T, CallError> {
        self.arm(&mut instance.store);
        instance.store.data().limits.hit.store(false, Ordering::Release);
        let Instance { store, guest, .. } = instance;
        let outcome = if self.blocks_in_wasi && crate::blocking::on_runtime_thread() {
            crate::blocking::off_runtime(|| in_sandbox(|| call(store, guest)))
                .map_err(|reason| CallError::Unavailable(format!("plugin `{}`: {reason}", self.plugin)))?
        } else {
            in_sandbox(|| call(store, guest))
        };
        match outcome {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(error)) => Err(self.guest_error(function, error)),
            Err(error) => Err(self.trap_error(function, &instance.store, error)),
        }
    }

    fn guest_error(&self, function: &str, error: GuestError) -> CallError {
        let context = format!("plugin `{}` function `{function}`", self.plugin);
        match error {
            GuestError::InvalidInput(message) => CallError::InvalidInput(format!("{context}: {message}")),
            GuestError::Failed(message) => CallError::Failed(format!("{context}: {message}")),
            GuestError::NotGranted(message) => CallError::NotGranted(format!("{context}: {message}")),
            GuestError::Malformed(message) => CallError::Failed(format!("{context} returned {message}")),
        }
    }

    pub(crate) fn trap_error(&self, function: &str, store: &Store<HostState>, error: wasmtime::Error) -> CallError {
        let context = format!("plugin `{}` function `{function}`", self.plugin);
        let limits = &store.data().limits;
        if error.downcast_ref::<DeadlineExceeded>().is_some() {
            return CallError::Timeout(HumanDuration::new(self.timeout));
        }
        if let Some(trap) = error.downcast_ref::<Trap>() {
            match trap {
                Trap::Interrupt => return CallError::Timeout(HumanDuration::new(self.timeout)),
                Trap::StackOverflow => {
                    return CallError::ResourceExhausted(format!("{context}: wasm stack overflow (deep recursion)"));
                }
                _ => {}
            }
        }
        if limits.hit.load(Ordering::Acquire) {
            return CallError::ResourceExhausted(format!(
                "{context}: memory limit of {} exceeded",
                uni_plugin::ByteSize::from_bytes(self.memory_limit)
            ));
        }
        match panic_message(&store.data().stderr.tail()) {
            Some(message) => CallError::Panicked(format!("{context}: {message}")),
            None => CallError::Trapped(format!("{context}: {}", root_cause(&error))),
        }
    }

    /// An idle instance from the pool, or a fresh one if none is idle.
    pub(crate) fn acquire(&self) -> Result<Instance, CallError> {
        let pooled = self.pool.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).pop();
        match pooled {
            Some(instance) => Ok(instance),
            None => self.instantiate(),
        }
    }

    /// Returns a healthy instance to the pool. Idle instances hold slots of
    /// the engine's instance pool, which all plugins share: keep about one
    /// per core, drop the rest.
    pub(crate) fn release(&self, instance: Instance) {
        let mut pool = self.pool.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let idle_memory: usize = pool.iter().map(|idle| idle.store.data().limits.current_memory).sum();
        let memory = instance.store.data().limits.current_memory;
        if pool.len() < max_idle_instances() && idle_memory + memory <= MAX_IDLE_MEMORY_PER_PLUGIN {
            pool.push(instance);
        }
    }

    /// The linear memory the idle instances hold together, in bytes.
    pub(crate) fn idle_memory(&self) -> usize {
        let pool = self.pool.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        pool.iter().map(|instance| instance.store.data().limits.current_memory).sum()
    }

    /// [`InstanceFactory::acquire`] and [`InstanceFactory::release`] without
    /// a call in between: what every pooled call pays to get an instance.
    /// For benchmarks.
    pub(crate) fn cycle_pooled(&self) -> Result<(), CallError> {
        let instance = self.acquire()?;
        self.release(instance);
        Ok(())
    }

    /// Runs a stateless call on a pooled instance (created if none is idle);
    /// the instance returns to the pool unless the call trapped.
    pub(crate) fn call_pooled<T: Send>(
        &self,
        function: &str,
        call: impl FnOnce(&mut Store<HostState>, &Guest) -> wasmtime::Result<Result<T, GuestError>> + Send,
    ) -> Result<T, CallError> {
        let mut instance = self.acquire()?;
        let mut trapped = false;
        let result = self.call_on(&mut instance, function, |store, bindings| {
            let outcome = call(store, bindings);
            trapped = outcome.is_err();
            outcome
        });
        if !trapped {
            self.release(instance);
        }
        result
    }
}

/// Runs guest code with the sandbox runtime entered (see
/// [`crate::blocking`]).
pub(crate) fn in_sandbox<T>(run: impl FnOnce() -> T) -> T {
    let _entered = crate::blocking::sandbox_handle().map(tokio::runtime::Handle::enter);
    run()
}

/// The last panic a Rust guest printed to stderr: its location and
/// message, on one line (`panicked at src/lib.rs:3:5: boom`).
fn panic_message(stderr: &[u8]) -> Option<String> {
    let stderr = String::from_utf8_lossy(stderr);
    let start = stderr.rfind("panicked at ")?;
    let message: Vec<&str> = stderr[start..]
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("note: run with `RUST_BACKTRACE"))
        .collect();
    Some(message.join(" "))
}

/// The first line of a wasmtime error: the cause, without the backtrace.
pub(crate) fn root_cause(error: &wasmtime::Error) -> String {
    let text = format!("{error:#}");
    text.lines().next().unwrap_or("trap").to_owned()
}
