//! The data of one instance's store: WASI context per grant, limits, and the
//! host imports of the `uni:plugin` world, each checked against grants.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::output::GuestOutput;
use uni_plugin::context::{HostServices, LogLevel};
use uni_plugin::{Capability, Grants, PluginId};
use wasmtime::ResourceLimiter;
use wasmtime::component::ResourceTable;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

use crate::bindings::{v1, v2};

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
    /// When the running call must end: waits in the host end there too
    /// (see `sandbox`). `None` without time limits.
    pub(crate) deadline: Option<Instant>,
    /// The host names the guest may look up.
    pub(crate) names: Arc<crate::sandbox::NameGrants>,
    /// The ports each open name lookup of this store grants, by stream.
    pub(crate) lookups: std::collections::HashMap<u32, Vec<Option<u16>>>,
    /// How much more the guest may log.
    pub(crate) log_budget: Arc<LogBudget>,
}

/// Longest message a guest may log at once; longer ones are cut.
pub const MAX_LOG_MESSAGE: usize = 8 * 1024;

/// Most log lines one plugin may emit per second (`host-log` and its
/// stdout/stderr together); the rest are dropped and counted.
pub const MAX_LOG_LINES_PER_SECOND: u32 = 200;

/// Bounds one plugin's logging, so a guest cannot flood the host's log
/// (or its disk) however fast it loops.
#[derive(Debug)]
pub(crate) struct LogBudget {
    window: Mutex<LogWindow>,
}

#[derive(Debug)]
struct LogWindow {
    started: Instant,
    lines: u32,
    dropped: u64,
}

impl Default for LogBudget {
    fn default() -> LogBudget {
        LogBudget { window: Mutex::new(LogWindow { started: Instant::now(), lines: 0, dropped: 0 }) }
    }
}

impl LogBudget {
    /// Whether one more line may be logged now; says once per second how
    /// many were dropped.
    pub(crate) fn admit(&self, plugin: &PluginId) -> bool {
        let mut window = self.window.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let now = Instant::now();
        if now.duration_since(window.started) >= Duration::from_secs(1) {
            if window.dropped > 0 {
                tracing::warn!(
                    plugin = %plugin,
                    "dropped {} log lines of this plugin (over {MAX_LOG_LINES_PER_SECOND} per second)",
                    window.dropped
                );
            }
            *window = LogWindow { started: now, lines: 0, dropped: 0 };
        }
        if window.lines < MAX_LOG_LINES_PER_SECOND {
            window.lines += 1;
            true
        } else {
            window.dropped += 1;
            false
        }
    }
}

/// `message` cut to [`MAX_LOG_MESSAGE`] bytes (at a character boundary).
pub(crate) fn bounded_message(message: &str) -> std::borrow::Cow<'_, str> {
    if message.len() <= MAX_LOG_MESSAGE {
        return message.into();
    }
    let mut end = MAX_LOG_MESSAGE;
    while !message.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes cut)", &message[..end], message.len() - end).into()
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

/// What one table element is counted as against the memory limit: a
/// reference (wasmtime keeps function and GC references pointer-sized).
const TABLE_ELEMENT_BYTES: usize = std::mem::size_of::<usize>();

/// Caps what one instance holds, all linear memories and tables together,
/// at the plugin's `memory` limit (a component may have several of each),
/// and remembers a refusal so a trap that follows can be reported as
/// "memory limit exceeded".
pub(crate) struct MemoryLimits {
    pub(crate) max_memory: usize,
    /// Bytes the instance holds now: every linear memory, plus its tables'
    /// elements at [`TABLE_ELEMENT_BYTES`] each.
    pub(crate) current_memory: usize,
    pub(crate) hit: Arc<AtomicBool>,
}

impl MemoryLimits {
    /// Limits of `memory_limit` bytes for the whole instance, not yet hit.
    pub(crate) fn new(memory_limit: u64) -> MemoryLimits {
        MemoryLimits {
            max_memory: usize::try_from(memory_limit).unwrap_or(usize::MAX),
            current_memory: 0,
            hit: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Grows the instance's total by `more` bytes if it stays within the
    /// limit.
    fn grow(&mut self, more: usize) -> bool {
        match self.current_memory.checked_add(more) {
            Some(total) if total <= self.max_memory => {
                self.current_memory = total;
                true
            }
            _ => {
                self.hit.store(true, Ordering::Release);
                false
            }
        }
    }
}

impl ResourceLimiter for MemoryLimits {
    fn memory_growing(&mut self, current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        Ok(self.grow(desired.saturating_sub(current)))
    }

    fn table_growing(&mut self, current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        Ok(self.grow(desired.saturating_sub(current).saturating_mul(TABLE_ELEMENT_BYTES)))
    }
}

impl HostState {
    /// `host-log.log`, either version: dropped unless `log` is granted and
    /// the plugin's budget admits it.
    fn log(&mut self, level: LogLevel, message: &str) {
        if !self.grants.covers(&Capability::Log) || !self.log_budget.admit(&self.plugin) {
            return;
        }
        self.services.log(&self.plugin, level, &bounded_message(message));
    }

    /// `host-secret.get`, either version.
    fn secret(&mut self, name: &str) -> Result<String, String> {
        if let Err(reason) = uni_plugin::capability::NamePattern::secret_name(name) {
            return Err(format!("`{name}` is not a valid secret name: {reason}"));
        }
        if !self.grants.allows_secret(name) {
            return Err(format!("not granted: `secret:{name}`"));
        }
        match self.services.secret(name) {
            Ok(Some(value)) => Ok(value),
            Ok(None) => Err(format!("secret `{name}` does not exist")),
            Err(reason) => Err(reason),
        }
    }

    /// `host-query.query`, either version: the result batches.
    fn query(&mut self, sql: &str) -> Result<Vec<arrow_array::RecordBatch>, String> {
        if !self.grants.covers(&Capability::Query) {
            return Err("not granted: `query`".into());
        }
        self.services.query(sql, self.deadline)
    }
}

/// The guest's log level, for the host's log. The two versions' `level`
/// enums are distinct generated types with the same cases.
macro_rules! log_level {
    ($level:expr, $levels:path) => {{
        use $levels as Level;
        match $level {
            Level::Trace => LogLevel::Trace,
            Level::Debug => LogLevel::Debug,
            Level::Info => LogLevel::Info,
            Level::Warn => LogLevel::Warn,
            Level::Error => LogLevel::Error,
        }
    }};
}

impl v1::uni::plugin::types::Host for HostState {}

impl v1::uni::plugin::host_log::Host for HostState {
    fn log(&mut self, level: v1::uni::plugin::host_log::Level, message: String) {
        HostState::log(self, log_level!(level, v1::uni::plugin::host_log::Level), &message);
    }
}

impl v1::uni::plugin::host_secret::Host for HostState {
    fn get(&mut self, name: String) -> Result<String, String> {
        self.secret(&name)
    }
}

impl v1::uni::plugin::host_query::Host for HostState {
    fn query(&mut self, sql: String) -> Result<Vec<Vec<u8>>, String> {
        let batches = HostState::query(self, &sql)?;
        batches.iter().map(|batch| uni_plugin::ipc::encode_batch(batch).map_err(|e| e.to_string())).collect()
    }
}

impl v2::uni::plugin::types::Host for HostState {}

impl v2::uni::plugin::host_log::Host for HostState {
    fn log(&mut self, level: v2::uni::plugin::host_log::Level, message: String) {
        HostState::log(self, log_level!(level, v2::uni::plugin::host_log::Level), &message);
    }
}

impl v2::uni::plugin::host_secret::Host for HostState {
    fn get(&mut self, name: String) -> Result<String, String> {
        self.secret(&name)
    }
}

impl v2::uni::plugin::host_query::Host for HostState {
    fn query(&mut self, sql: String) -> Result<Vec<v2::uni::plugin::types::Batch>, String> {
        let batches = HostState::query(self, &sql)?;
        batches
            .iter()
            .map(|batch| {
                uni_plugin::ipc::typed::batch_to_typed(batch).map(v2::columns::batch_to_wit).map_err(|e| e.to_string())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_memory_and_table_counts_against_one_limit() {
        let mut limits = MemoryLimits::new(1024);
        // Two memories of 400 bytes each fit; a third of 400 does not.
        assert!(limits.memory_growing(0, 400, None).unwrap());
        assert!(limits.memory_growing(0, 400, None).unwrap());
        assert!(!limits.hit.load(Ordering::Acquire));
        assert!(!limits.memory_growing(0, 400, None).unwrap(), "1200 bytes in all is over 1024");
        assert!(limits.hit.load(Ordering::Acquire));
        // Growing an existing memory counts only the growth.
        assert!(limits.memory_growing(400, 500, None).unwrap());
        assert_eq!(limits.current_memory, 900);
        // Tables count too, per element.
        let room = (1024 - 900) / TABLE_ELEMENT_BYTES;
        assert!(limits.table_growing(0, room, None).unwrap());
        assert!(!limits.table_growing(room, room + 1, None).unwrap());
        assert!(!limits.memory_growing(0, usize::MAX, None).unwrap(), "no overflow");
    }

    #[test]
    fn long_messages_are_cut_at_a_character_boundary() {
        assert_eq!(bounded_message("short"), "short");
        let long = "é".repeat(MAX_LOG_MESSAGE);
        let cut = bounded_message(&long);
        assert!(cut.len() < MAX_LOG_MESSAGE + 64, "{} bytes", cut.len());
        assert!(cut.ends_with("bytes cut)"), "{}", &cut[cut.len() - 40..]);
    }

    #[test]
    fn a_plugin_logs_at_most_its_budget_per_second() {
        let budget = LogBudget::default();
        let plugin: PluginId = "com.example.x".parse().unwrap();
        let admitted = (0..10 * MAX_LOG_LINES_PER_SECOND).filter(|_| budget.admit(&plugin)).count();
        assert_eq!(admitted, MAX_LOG_LINES_PER_SECOND as usize);
    }
}
