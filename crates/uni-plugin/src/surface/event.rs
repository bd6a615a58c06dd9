//! Reactions: hooks (host events), triggers (table writes) and jobs (schedules).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use arrow_array::RecordBatch;

use crate::CallError;
use crate::id::PluginId;
use crate::manifest::{HookEvent, TriggerTiming};

/// What a hook is told about the event.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HookPayload {
    /// The event.
    pub event: HookEvent,
    /// The SQL text, for query events.
    pub sql: Option<String>,
    /// Rows returned, for `after_query` when the query succeeded.
    pub rows: Option<u64>,
    /// The error, for `after_query` when the query failed.
    pub error: Option<String>,
}

impl HookPayload {
    /// A payload for `event` with no details.
    pub fn new(event: HookEvent) -> HookPayload {
        HookPayload { event, sql: None, rows: None, error: None }
    }

    /// Sets the SQL text.
    pub fn with_sql(mut self, sql: impl Into<String>) -> HookPayload {
        self.sql = Some(sql.into());
        self
    }

    /// Sets the row count.
    pub fn with_rows(mut self, rows: u64) -> HookPayload {
        self.rows = Some(rows);
        self
    }

    /// Sets the error text.
    pub fn with_error(mut self, error: impl Into<String>) -> HookPayload {
        self.error = Some(error.into());
        self
    }
}

/// Reacts to host events (`before_query`, `after_query`, `on_load`, `on_unload`).
/// An error from a hook is reported by the host; it does not fail the query.
pub trait Hook: Send + Sync + 'static {
    /// Handles one event.
    fn on_event(&self, payload: &HookPayload) -> Result<(), CallError>;
}

/// The rows about to be (or just) written to a table.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct TriggerPayload {
    /// The table written to.
    pub table: String,
    /// Before or after the write.
    pub when: TriggerTiming,
    /// The rows.
    pub batch: RecordBatch,
}

impl TriggerPayload {
    /// A payload for `table`.
    pub fn new(table: impl Into<String>, when: TriggerTiming, batch: RecordBatch) -> TriggerPayload {
        TriggerPayload { table: table.into(), when, batch }
    }
}

/// A trigger's decision. Only `before` triggers can reject; an `after`
/// trigger's rejection is reported but the rows are already written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TriggerVerdict {
    /// Let the write happen.
    Accept,
    /// Refuse the whole write, with a message for the user.
    Reject(String),
}

/// Reacts to writes to a table.
pub trait Trigger: Send + Sync + 'static {
    /// Inspects the rows of one write.
    fn fire(&self, payload: &TriggerPayload) -> Result<TriggerVerdict, CallError>;
}

/// What a running job knows about itself.
#[derive(Debug, Clone)]
pub struct JobContext {
    plugin: PluginId,
    job: String,
    scheduled_at_unix_ms: i64,
    cancelled: Cancellation,
}

/// Where a job learns that it should stop.
#[derive(Clone)]
enum Cancellation {
    /// The host's flag.
    Flag(Arc<AtomicBool>),
    /// A question to ask, for hosts whose flag lives across a boundary
    /// (a native library asks the host through the C ABI).
    Probe(Arc<dyn Fn() -> bool + Send + Sync>),
}

impl std::fmt::Debug for Cancellation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cancellation::Flag(flag) => f.debug_tuple("Flag").field(flag).finish(),
            Cancellation::Probe(_) => f.write_str("Probe"),
        }
    }
}

impl JobContext {
    /// A context for one run of `job`; `cancelled` is set by the host when the
    /// plugin is unloaded or reloaded.
    pub fn new(
        plugin: PluginId,
        job: impl Into<String>,
        scheduled_at_unix_ms: i64,
        cancelled: Arc<AtomicBool>,
    ) -> JobContext {
        JobContext { plugin, job: job.into(), scheduled_at_unix_ms, cancelled: Cancellation::Flag(cancelled) }
    }

    /// A context whose cancellation is answered by `probe` (for a job run
    /// on the far side of a boundary, where the host's flag is not an
    /// `Arc` of this process's making).
    pub fn with_probe(
        plugin: PluginId,
        job: impl Into<String>,
        scheduled_at_unix_ms: i64,
        probe: Arc<dyn Fn() -> bool + Send + Sync>,
    ) -> JobContext {
        JobContext { plugin, job: job.into(), scheduled_at_unix_ms, cancelled: Cancellation::Probe(probe) }
    }

    /// The host's cancellation flag, when the context holds one (what a
    /// host lends across a boundary).
    pub fn cancellation_flag(&self) -> Option<&Arc<AtomicBool>> {
        match &self.cancelled {
            Cancellation::Flag(flag) => Some(flag),
            Cancellation::Probe(_) => None,
        }
    }

    /// The plugin that owns the job.
    pub fn plugin(&self) -> &PluginId {
        &self.plugin
    }

    /// The job name.
    pub fn job(&self) -> &str {
        &self.job
    }

    /// When this run was due (Unix milliseconds).
    pub fn scheduled_at_unix_ms(&self) -> i64 {
        self.scheduled_at_unix_ms
    }

    /// Whether the host asked the job to stop; long jobs should check it.
    pub fn is_cancelled(&self) -> bool {
        match &self.cancelled {
            Cancellation::Flag(flag) => flag.load(Ordering::Acquire),
            Cancellation::Probe(probe) => probe(),
        }
    }
}

/// Scheduled background work.
pub trait Job: Send + Sync + 'static {
    /// Runs once. The host never runs two instances of one job at once.
    fn run(&self, context: &JobContext) -> Result<(), CallError>;
}

macro_rules! forward_arc {
    ($trait_name:ident, $method:ident, $payload:ty, $output:ty) => {
        impl<T: $trait_name + ?Sized> $trait_name for Arc<T> {
            fn $method(&self, payload: $payload) -> Result<$output, CallError> {
                (**self).$method(payload)
            }
        }
    };
}
forward_arc!(Hook, on_event, &HookPayload, ());
forward_arc!(Trigger, fire, &TriggerPayload, TriggerVerdict);
forward_arc!(Job, run, &JobContext, ());
