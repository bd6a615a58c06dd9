//! Instances of one plugin's component: created per grant, reused while
//! healthy, discarded after a trap.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use uni_plugin::capability::HostPattern;
use uni_plugin::context::HostServices;
use uni_plugin::{CallError, Capability, Grants, HumanDuration, PluginId};
use wasmtime::component::{Component, InstancePre, Linker};
use wasmtime::{Store, Trap};
use wasmtime_wasi::sockets::SocketAddrUse;
use wasmtime_wasi::{FsPerms, HostMonotonicClock, HostWallClock, WasiCtxBuilder};

use crate::bindings;
use crate::engine::{WasmEngine, epoch_ticks};
use crate::exports::{ExportIndices, Guest};
use crate::output::{GuestOutput, Stream};
use crate::state::{HostState, MemoryLimits};

/// How many idle instances one plugin keeps for reuse.
fn max_idle_instances() -> usize {
    static MAX: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *MAX.get_or_init(|| std::thread::available_parallelism().map_or(4, |cores| cores.get()).max(2))
}

/// One live instance.
pub(crate) struct Instance {
    pub(crate) store: Store<HostState>,
    pub(crate) guest: Guest,
    /// Unique per instance of this factory: guest resources (accumulators,
    /// streams) remember it, so a handle is never used on another instance.
    pub(crate) serial: u64,
}

/// Everything needed to create instances of one plugin generation.
pub(crate) struct InstanceFactory {
    pub(crate) engine: WasmEngine,
    /// The component with its imports resolved once, so each new instance
    /// skips import resolution and type checks.
    pre: InstancePre<HostState>,
    /// Where the guest's exports are, checked once per generation.
    exports: ExportIndices,
    pub(crate) plugin: PluginId,
    pub(crate) grants: Arc<Grants>,
    pub(crate) services: Arc<dyn HostServices>,
    pub(crate) config_json: String,
    pub(crate) memory_limit: u64,
    pub(crate) timeout: Duration,
    pub(crate) data_dir: Option<PathBuf>,
    /// Whether the component is a snapshot taken after `init`: its
    /// instances start initialized and `init` is not called again.
    preinitialized: bool,
    /// The granted environment variables and `net:` addresses, read once
    /// per generation (not per instance: reading the whole environment and
    /// resolving host names is most of what building a WASI context costs).
    granted_env: Vec<(String, String)>,
    allowed_addresses: Arc<Vec<(Option<std::net::IpAddr>, Option<u16>)>>,
    pool: Mutex<Vec<Instance>>,
    next_serial: std::sync::atomic::AtomicU64,
    /// Whether scalar calls may send raw columns (see `uni_plugin::ipc::raw`);
    /// cleared when the guest turns out not to read them.
    pub(crate) raw_columns: AtomicBool,
}

/// A clock frozen at the Unix epoch, for plugins without `clock`.
struct FrozenWallClock;

impl HostWallClock for FrozenWallClock {
    fn resolution(&self) -> Duration {
        Duration::from_secs(1)
    }
    fn now(&self) -> Duration {
        Duration::ZERO
    }
}

struct FrozenMonotonicClock;

impl HostMonotonicClock for FrozenMonotonicClock {
    fn resolution(&self) -> u64 {
        1_000_000_000
    }
    fn now(&self) -> u64 {
        0
    }
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
    ) -> wasmtime::Result<InstanceFactory> {
        let pre = linker.instantiate_pre(&component)?;
        let exports = ExportIndices::new(&pre)?;
        let granted_env = std::env::vars().filter(|(name, _)| grants.allows_env(name)).collect();
        let allowed_addresses = Arc::new(allowed_addresses(&grants));
        Ok(InstanceFactory {
            engine,
            pre,
            exports,
            plugin,
            grants,
            services,
            config_json,
            memory_limit,
            timeout,
            data_dir,
            preinitialized,
            granted_env,
            allowed_addresses,
            pool: Mutex::new(Vec::new()),
            next_serial: std::sync::atomic::AtomicU64::new(1),
            raw_columns: AtomicBool::new(true),
        })
    }

    /// Whether instances start from a snapshot taken after `init`.
    pub(crate) fn preinitialized(&self) -> bool {
        self.preinitialized
    }

    fn wasi(&self, stderr: &GuestOutput) -> Result<wasmtime_wasi::WasiCtx, CallError> {
        let mut builder = WasiCtxBuilder::new();
        // Guest output reaches the host log only with the `log` grant.
        let log = self.grants.covers(&Capability::Log);
        builder.stdout(GuestOutput::new(self.plugin.clone(), Stream::Stdout, log)).stderr(stderr.clone());
        // Only granted environment variables exist for the guest.
        for (name, value) in &self.granted_env {
            builder.env(name, value);
        }
        if !self.grants.covers(&Capability::Clock) {
            builder.wall_clock(FrozenWallClock).monotonic_clock(FrozenMonotonicClock);
        }
        if !self.grants.covers(&Capability::Random) {
            builder
                .secure_random(wasmtime_wasi::Deterministic::new(vec![0x5a; 32]))
                .insecure_random(wasmtime_wasi::Deterministic::new(vec![0xa5; 32]))
                .insecure_random_seed(0);
        }
        let data_dir = self.data_dir.clone().unwrap_or_else(|| PathBuf::from("."));
        for capability in self.grants.set().iter() {
            let (path, perms) = match capability {
                Capability::FsRead(path) => (path, FsPerms::ReadOnly),
                Capability::FsWrite(path) => (path, FsPerms::ReadWrite),
                _ => continue,
            };
            let host_path = path.resolve(&data_dir);
            builder.preopened_dir(&host_path, path.to_string(), perms).map_err(|e| {
                CallError::Failed(format!("cannot open granted directory `{}`: {e:#}", host_path.display()))
            })?;
        }
        if !self.allowed_addresses.is_empty() {
            builder.allow_ip_name_lookup(true).allow_tcp(true).allow_udp(false);
            let allowed = self.allowed_addresses.clone();
            builder.socket_addr_check(move |address, usage| {
                let permitted = match usage {
                    // Outgoing connections: only to granted addresses.
                    SocketAddrUse::TcpConnect => allowed.iter().any(|(ip, port)| {
                        ip.is_none_or(|ip| ip == address.ip()) && port.is_none_or(|port| port == address.port())
                    }),
                    // The implicit bind a connect performs (wildcard address,
                    // any port); listening or explicit binds are not granted.
                    SocketAddrUse::TcpBind => address.ip().is_unspecified() && address.port() == 0,
                    _ => false,
                };
                Box::pin(async move { permitted })
            });
        }
        Ok(builder.build())
    }

    fn ticks(&self) -> u64 {
        epoch_ticks(self.timeout)
    }

    /// Creates and initializes a fresh instance.
    pub(crate) fn instantiate(&self) -> Result<Instance, CallError> {
        self.instantiate_timed(&mut [std::time::Instant::now(); 3])
    }

    /// [`InstanceFactory::instantiate`], recording in `marks` when the store
    /// was ready, when instantiation ended, and when `init` returned.
    pub(crate) fn instantiate_timed(&self, marks: &mut [std::time::Instant; 3]) -> Result<Instance, CallError> {
        let stderr = GuestOutput::new(self.plugin.clone(), Stream::Stderr, self.grants.covers(&Capability::Log));
        let state = HostState {
            wasi: self.wasi(&stderr)?,
            table: wasmtime::component::ResourceTable::new(),
            limits: MemoryLimits::new(self.memory_limit),
            plugin: self.plugin.clone(),
            grants: self.grants.clone(),
            services: self.services.clone(),
            stderr,
        };
        let mut store = Store::new(self.engine.engine(), state);
        store.limiter(|state| &mut state.limits);
        if self.engine.time_limits() {
            store.set_epoch_deadline(self.ticks());
            store.epoch_deadline_trap();
        }
        marks[0] = std::time::Instant::now();
        let guest = self
            .pre
            .instantiate(&mut store)
            .and_then(|instance| Guest::load(&self.exports, &mut store, &instance))
            .map_err(|error| self.trap_error("instantiate", &store, error))?;
        marks[1] = std::time::Instant::now();
        let serial = self.next_serial.fetch_add(1, Ordering::Relaxed);
        let mut instance = Instance { store, guest, serial };
        if !self.preinitialized {
            let config = self.config_json.clone();
            self.call_on(&mut instance, "init", |store, guest| guest.init(store, &config))?;
        }
        marks[2] = std::time::Instant::now();
        Ok(instance)
    }

    /// Runs `call` on `instance` with a fresh deadline, mapping guest errors
    /// and traps to [`CallError`]s that name plugin, function and cause.
    /// Returns whether the instance is still healthy in the error case.
    pub(crate) fn call_on<T>(
        &self,
        instance: &mut Instance,
        function: &str,
        call: impl FnOnce(&mut Store<HostState>, &Guest) -> wasmtime::Result<Result<T, GuestError>>,
    ) -> Result<T, CallError> {
        if self.engine.time_limits() {
            instance.store.set_epoch_deadline(self.ticks());
        }
        instance.store.data().limits.hit.store(false, Ordering::Release);
        match call(&mut instance.store, &instance.guest) {
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
        }
    }

    pub(crate) fn trap_error(&self, function: &str, store: &Store<HostState>, error: wasmtime::Error) -> CallError {
        let context = format!("plugin `{}` function `{function}`", self.plugin);
        let limits = &store.data().limits;
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
    fn acquire(&self) -> Result<Instance, CallError> {
        let pooled = self.pool.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).pop();
        match pooled {
            Some(instance) => Ok(instance),
            None => self.instantiate(),
        }
    }

    /// Returns a healthy instance to the pool. Idle instances hold slots of
    /// the engine's instance pool, which all plugins share: keep about one
    /// per core, drop the rest.
    fn release(&self, instance: Instance) {
        let mut pool = self.pool.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if pool.len() < max_idle_instances() {
            pool.push(instance);
        }
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
    pub(crate) fn call_pooled<T>(
        &self,
        function: &str,
        call: impl FnOnce(&mut Store<HostState>, &Guest) -> wasmtime::Result<Result<T, GuestError>>,
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

/// The socket addresses `net:` grants allow: `(None, _)` means any host.
fn allowed_addresses(grants: &Grants) -> Vec<(Option<std::net::IpAddr>, Option<u16>)> {
    let mut allowed = Vec::new();
    for capability in grants.set().iter() {
        let Capability::Net(target) = capability else { continue };
        match &target.host {
            HostPattern::Any => allowed.push((None, target.port)),
            HostPattern::Exact(host) => {
                let bare = host.trim_start_matches('[').trim_end_matches(']');
                match bare.parse::<std::net::IpAddr>() {
                    Ok(ip) => allowed.push((Some(ip), target.port)),
                    Err(_) => {
                        // Resolve granted names now; connections go to those addresses only.
                        if let Ok(addresses) =
                            std::net::ToSocketAddrs::to_socket_addrs(&(bare, target.port.unwrap_or(0)))
                        {
                            allowed.extend(addresses.map(|address| (Some(address.ip()), target.port)));
                        }
                    }
                }
            }
            // Wildcard domains cannot be checked against a bare address.
            HostPattern::Subdomains(_) => {}
        }
    }
    allowed
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

/// The guest's own error variant, as generated.
pub(crate) type GuestError = bindings::uni::plugin::types::CallError;
