//! The data of one instance's store: WASI context per grant, limits, and the
//! host imports of the `uni:plugin` world, each checked against grants.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::output::GuestOutput;
use uni_plugin::context::{HostServices, LogLevel};
use uni_plugin::{Capability, Grants, PluginId};
use wasmtime::ResourceLimiter;
use wasmtime::component::ResourceTable;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

use crate::bindings::uni::plugin::{host_log, host_query, host_secret, types};

/// Store data of one plugin instance.
pub(crate) struct HostState {
    pub(crate) wasi: WasiCtx,
    pub(crate) table: ResourceTable,
    pub(crate) limits: MemoryLimits,
    pub(crate) plugin: PluginId,
    pub(crate) grants: Arc<Grants>,
    pub(crate) services: Arc<dyn HostServices>,
    /// The guest's stderr (its tail holds panic messages).
    pub(crate) stderr: GuestOutput,
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

/// Caps linear memory and table growth, and remembers a refusal so a trap
/// that follows can be reported as "memory limit exceeded".
pub(crate) struct MemoryLimits {
    pub(crate) max_memory: usize,
    pub(crate) max_table_elements: usize,
    pub(crate) hit: Arc<AtomicBool>,
}

impl MemoryLimits {
    /// Limits of `memory_limit` bytes of linear memory (and 2^20 table
    /// elements), not yet hit.
    pub(crate) fn new(memory_limit: u64) -> MemoryLimits {
        MemoryLimits {
            max_memory: usize::try_from(memory_limit).unwrap_or(usize::MAX),
            max_table_elements: 1 << 20,
            hit: Arc::new(AtomicBool::new(false)),
        }
    }
}

impl ResourceLimiter for MemoryLimits {
    fn memory_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        let allowed = desired <= self.max_memory;
        if !allowed {
            self.hit.store(true, Ordering::Release);
        }
        Ok(allowed)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        let allowed = desired <= self.max_table_elements;
        if !allowed {
            self.hit.store(true, Ordering::Release);
        }
        Ok(allowed)
    }
}

impl types::Host for HostState {}

impl host_log::Host for HostState {
    fn log(&mut self, level: host_log::Level, message: String) {
        if !self.grants.covers(&Capability::Log) {
            return;
        }
        let level = match level {
            host_log::Level::Trace => LogLevel::Trace,
            host_log::Level::Debug => LogLevel::Debug,
            host_log::Level::Info => LogLevel::Info,
            host_log::Level::Warn => LogLevel::Warn,
            host_log::Level::Error => LogLevel::Error,
        };
        self.services.log(&self.plugin, level, &message);
    }
}

impl host_secret::Host for HostState {
    fn get(&mut self, name: String) -> Result<String, String> {
        if !self.grants.allows_secret(&name) {
            return Err(format!("not granted: `secret:{name}`"));
        }
        match self.services.secret(&name) {
            Ok(Some(value)) => Ok(value),
            Ok(None) => Err(format!("secret `{name}` does not exist")),
            Err(reason) => Err(reason),
        }
    }
}

impl host_query::Host for HostState {
    fn query(&mut self, sql: String) -> Result<Vec<Vec<u8>>, String> {
        if !self.grants.covers(&Capability::Query) {
            return Err("not granted: `query`".into());
        }
        let batches = self.services.query(&sql)?;
        batches.iter().map(|batch| uni_plugin::ipc::encode_batch(batch).map_err(|e| e.to_string())).collect()
    }
}
