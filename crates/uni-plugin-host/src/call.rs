//! The host's call path: every function, hook, trigger and job a plugin
//! registers is wrapped before it is published, so whoever calls through the
//! registry (the DataFusion adapter, a test, an embedding) gets the same
//! guarantees without knowing about them:
//!
//! - a panic in native code becomes a [`CallError::Panicked`] naming plugin,
//!   function and message (`catch_unwind`), and the host keeps running;
//! - the output is checked on every surface, so nothing malformed reaches the
//!   engine (which may assert on it): a scalar result has one row per input
//!   row and the declared type; an aggregate's `finish` one row of the
//!   declared type and its `state` one row per state field, of the field's
//!   type; a table function's batches the declared columns and types;
//! - a circuit breaker fails calls fast after repeated *plugin* faults
//!   (failed, panicked, trapped, timed out, out of memory), never because
//!   of the caller's own invalid input or the host's capacity;
//! - calls, errors, rows and latency are recorded, and each call runs in a
//!   `tracing` span with plugin id, generation and function.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field};
use uni_plugin::manifest::{Column, FunctionDecl, Returns};
use uni_plugin::surface::FunctionImpl;
use uni_plugin::{
    Accumulator, AggregateFunction, CallError, EmitTo, GroupsAccumulator, Hook, HookPayload, Job, JobContext, PluginId,
    PluginSurface, RecordBatchStream, ScalarFunction, Signature, TableFunction, Trigger, TriggerPayload,
    TriggerVerdict,
};

use crate::isolate::panic_message;
use crate::metrics::{Admission, Breaker, BreakerState, FunctionMetrics, Outcome};

/// Where a call goes: plugin, generation, function, its metrics and breaker.
#[derive(Debug)]
pub struct CallSite {
    plugin: PluginId,
    generation: u64,
    function: String,
    metrics: Arc<FunctionMetrics>,
    breaker: Breaker,
}

impl CallSite {
    pub(crate) fn new(
        plugin: PluginId,
        generation: u64,
        function: &str,
        metrics: Arc<FunctionMetrics>,
        breaker: Breaker,
    ) -> CallSite {
        CallSite { plugin, generation, function: function.to_owned(), metrics, breaker }
    }

    fn describe(&self) -> String {
        format!("plugin `{}` function `{}`", self.plugin, self.function)
    }

    /// Records a call that began at `started`: metrics, and its outcome to
    /// the breaker (a table stream's batches report here too, so a stream
    /// that keeps trapping opens the breaker like any other call).
    fn finished<T>(&self, started: Instant, rows: usize, result: &Result<T, CallError>) {
        let finished = Instant::now();
        self.metrics.record(finished - started, rows, result.is_err());
        let state = self.breaker.report(Outcome::of(result), finished);
        self.metrics.set_breaker_state(state, self.breaker.probe_from());
    }

    /// Runs `call` with breaker, isolation, timing and metrics.
    pub fn run<T>(&self, rows: usize, call: impl FnOnce() -> Result<T, CallError>) -> Result<T, CallError> {
        let now = Instant::now();
        match self.breaker.admit(now) {
            Admission::Refused(retry_in) => {
                self.metrics.record(now.elapsed(), 0, true);
                return Err(CallError::Unavailable(format!(
                    "{} failed repeatedly; its circuit breaker is open (next probe in {:.1}s)",
                    self.describe(),
                    retry_in.as_secs_f64()
                )));
            }
            Admission::Probe => self.metrics.set_breaker_state(BreakerState::HalfOpen, None),
            Admission::Allowed => {}
        }
        let span = tracing::debug_span!("plugin_call", plugin = %self.plugin, generation = self.generation, function = %self.function);
        let entered = span.enter();
        let result = match catch_unwind(AssertUnwindSafe(call)) {
            Ok(result) => result,
            Err(payload) => {
                Err(CallError::Panicked(format!("{}: {}", self.describe(), panic_message(payload.as_ref()))))
            }
        };
        drop(entered);
        self.finished(now, rows, &result);
        if let Err(error) = &result {
            tracing::debug!(plugin = %self.plugin, function = %self.function, "plugin call failed: {error}");
        }
        result
    }

    /// A plugin-side failure message that names this call site.
    fn failure(&self, message: impl std::fmt::Display) -> CallError {
        CallError::Failed(format!("{}: {message}", self.describe()))
    }

    /// Checks that `output` is `rows` long and of type `expected`; `what`
    /// names the output in the message (`returned`, `finish returned`, ...).
    fn check_column(&self, what: &str, output: &ArrayRef, rows: usize, expected: &DataType) -> Result<(), CallError> {
        if output.len() != rows {
            return Err(self.failure(format!("{what} {} rows where {rows} were expected", output.len())));
        }
        if output.data_type() != expected {
            return Err(self.failure(format!("{what} {} but the manifest declares {expected}", output.data_type())));
        }
        Ok(())
    }

    /// Checks that `columns` match `fields` (count, then each type) and,
    /// with `rows`, that each is that long; `what` names the output and
    /// `declared_by` what declares the fields (the manifest, a state schema).
    fn check_columns(
        &self,
        what: &str,
        declared_by: &str,
        columns: &[ArrayRef],
        fields: &[Field],
        rows: Option<usize>,
    ) -> Result<(), CallError> {
        if columns.len() != fields.len() {
            return Err(self.failure(format!(
                "{what} {} columns but {declared_by} declares {}",
                columns.len(),
                fields.len()
            )));
        }
        for (column, field) in columns.iter().zip(fields) {
            if column.data_type() != field.data_type() {
                return Err(self.failure(format!(
                    "{what} column `{}` as {} but {declared_by} declares {}",
                    field.name(),
                    column.data_type(),
                    field.data_type()
                )));
            }
            if let Some(rows) = rows.filter(|rows| column.len() != *rows) {
                return Err(self.failure(format!(
                    "{what} column `{}` with {} rows where {rows} were expected",
                    field.name(),
                    column.len()
                )));
            }
        }
        Ok(())
    }
}

struct GuardedScalar {
    site: Arc<CallSite>,
    returns: DataType,
    inner: Arc<dyn ScalarFunction>,
}

impl ScalarFunction for GuardedScalar {
    fn invoke(&self, args: &[ArrayRef], rows: usize) -> Result<ArrayRef, CallError> {
        self.site.run(rows, || {
            let output = self.inner.invoke(args, rows)?;
            self.site.check_column("returned", &output, rows, &self.returns)?;
            Ok(output)
        })
    }

    fn signature(&self) -> Option<Signature> {
        self.inner.signature()
    }
}

struct GuardedAggregate {
    site: Arc<CallSite>,
    returns: DataType,
    inner: Arc<dyn AggregateFunction>,
    /// The state fields, asked of the plugin once per generation (a wasm
    /// plugin answers with a guest call) and shared by its accumulators,
    /// whose `state` is checked against them.
    state_fields: OnceLock<Arc<Vec<Field>>>,
}

impl GuardedAggregate {
    /// The state's columns, asked once (plugin code, so under the call
    /// site's guard); an error is returned, not cached, so a later query
    /// asks again.
    fn fields(&self) -> Result<Arc<Vec<Field>>, CallError> {
        if let Some(fields) = self.state_fields.get() {
            return Ok(fields.clone());
        }
        let fields = self.site.run(0, || self.inner.state_fields())?;
        Ok(self.state_fields.get_or_init(|| Arc::new(fields)).clone())
    }
}

impl AggregateFunction for GuardedAggregate {
    fn state_fields(&self) -> Result<Vec<Field>, CallError> {
        self.fields().map(|fields| fields.as_ref().clone())
    }

    fn accumulator(&self) -> Result<Box<dyn Accumulator>, CallError> {
        let state_fields = self.fields()?;
        let inner = self.site.run(0, || self.inner.accumulator())?;
        Ok(Box::new(GuardedAccumulator { site: self.site.clone(), returns: self.returns.clone(), state_fields, inner }))
    }

    fn scope(&self) -> Result<Option<Arc<dyn AggregateFunction>>, CallError> {
        let Some(scoped) = self.site.run(0, || self.inner.scope())? else { return Ok(None) };
        let state_fields = OnceLock::new();
        if let Some(fields) = self.state_fields.get() {
            let _ = state_fields.set(fields.clone());
        }
        Ok(Some(Arc::new(GuardedAggregate {
            site: self.site.clone(),
            returns: self.returns.clone(),
            inner: scoped,
            state_fields,
        })))
    }

    fn groups_accumulator(&self) -> Result<Option<Box<dyn GroupsAccumulator>>, CallError> {
        let state_fields = self.fields()?;
        let Some(inner) = self.site.run(0, || self.inner.groups_accumulator())? else { return Ok(None) };
        Ok(Some(Box::new(GuardedGroups {
            site: self.site.clone(),
            returns: self.returns.clone(),
            state_fields,
            inner,
            groups: 0,
        })))
    }

    fn signature(&self) -> Option<Signature> {
        self.inner.signature()
    }
}

struct GuardedAccumulator {
    site: Arc<CallSite>,
    returns: DataType,
    state_fields: Arc<Vec<Field>>,
    inner: Box<dyn Accumulator>,
}

impl Accumulator for GuardedAccumulator {
    fn update(&mut self, args: &[ArrayRef]) -> Result<(), CallError> {
        let rows = args.first().map_or(0, |column| column.len());
        let inner = &mut self.inner;
        self.site.run(rows, || inner.update(args))
    }

    fn merge(&mut self, states: &[ArrayRef]) -> Result<(), CallError> {
        let inner = &mut self.inner;
        self.site.run(0, || inner.merge(states))
    }

    fn state(&mut self) -> Result<Vec<ArrayRef>, CallError> {
        let (inner, site, fields) = (&mut self.inner, &self.site, &self.state_fields);
        site.run(0, || {
            let state = inner.state()?;
            site.check_columns("state returned", "its state schema", &state, fields, Some(1))?;
            Ok(state)
        })
    }

    fn finish(&mut self) -> Result<ArrayRef, CallError> {
        let (inner, site, returns) = (&mut self.inner, &self.site, &self.returns);
        site.run(0, || {
            let output = inner.finish()?;
            site.check_column("finish returned", &output, 1, returns)?;
            Ok(output)
        })
    }

    fn size(&self) -> usize {
        catch_unwind(AssertUnwindSafe(|| self.inner.size())).unwrap_or(0)
    }
}

/// A grouped accumulator under the call site's guard. It counts the groups
/// it has been told of, so what `state` and `finish` emit is checked for
/// exactly one row per emitted group.
struct GuardedGroups {
    site: Arc<CallSite>,
    returns: DataType,
    state_fields: Arc<Vec<Field>>,
    inner: Box<dyn GroupsAccumulator>,
    groups: usize,
}

impl GuardedGroups {
    /// Rows `emit` must produce; the groups left after it.
    fn emitted(&self, emit: EmitTo) -> (usize, usize) {
        match emit {
            EmitTo::All => (self.groups, 0),
            EmitTo::First(n) => (n.min(self.groups), self.groups.saturating_sub(n)),
        }
    }
}

impl GroupsAccumulator for GuardedGroups {
    fn update(&mut self, args: &[ArrayRef], group_ids: &[usize], total_groups: usize) -> Result<(), CallError> {
        self.groups = self.groups.max(total_groups);
        let inner = &mut self.inner;
        self.site.run(group_ids.len(), || inner.update(args, group_ids, total_groups))
    }

    fn merge(&mut self, states: &[ArrayRef], group_ids: &[usize], total_groups: usize) -> Result<(), CallError> {
        self.groups = self.groups.max(total_groups);
        let inner = &mut self.inner;
        self.site.run(0, || inner.merge(states, group_ids, total_groups))
    }

    fn state(&mut self, emit: EmitTo) -> Result<Vec<ArrayRef>, CallError> {
        let (rows, left) = self.emitted(emit);
        let (inner, site, fields) = (&mut self.inner, &self.site, &self.state_fields);
        let state = site.run(0, || {
            let state = inner.state(emit)?;
            site.check_columns("state returned", "its state schema", &state, fields, Some(rows))?;
            Ok(state)
        })?;
        self.groups = left;
        Ok(state)
    }

    fn finish(&mut self, emit: EmitTo) -> Result<ArrayRef, CallError> {
        let (rows, left) = self.emitted(emit);
        let (inner, site, returns) = (&mut self.inner, &self.site, &self.returns);
        let output = site.run(0, || {
            let output = inner.finish(emit)?;
            site.check_column("finish returned", &output, rows, returns)?;
            Ok(output)
        })?;
        self.groups = left;
        Ok(output)
    }

    fn size(&self) -> usize {
        catch_unwind(AssertUnwindSafe(|| self.inner.size())).unwrap_or(0)
    }
}

struct GuardedTable {
    site: Arc<CallSite>,
    columns: Arc<Vec<Field>>,
    inner: Arc<dyn TableFunction>,
}

impl TableFunction for GuardedTable {
    fn call(&self, args: &[ArrayRef]) -> Result<RecordBatchStream, CallError> {
        let stream = self.site.run(0, || self.inner.call(args))?;
        Ok(Box::new(GuardedStream { site: self.site.clone(), columns: self.columns.clone(), inner: Some(stream) }))
    }

    fn signature(&self) -> Option<Signature> {
        self.inner.signature()
    }
}

/// Each `next()` is plugin code; a panic or a batch that does not match the
/// declared columns ends the stream with an error.
struct GuardedStream {
    site: Arc<CallSite>,
    columns: Arc<Vec<Field>>,
    inner: Option<RecordBatchStream>,
}

impl Iterator for GuardedStream {
    type Item = Result<RecordBatch, CallError>;

    fn next(&mut self) -> Option<Self::Item> {
        let stream = self.inner.as_mut()?;
        let started = Instant::now();
        match catch_unwind(AssertUnwindSafe(|| stream.next())) {
            Ok(Some(result)) => {
                let result = result.and_then(|batch| {
                    self.site.check_columns("returned", "the manifest", batch.columns(), &self.columns, None)?;
                    Ok(batch)
                });
                let rows = result.as_ref().map_or(0, RecordBatch::num_rows);
                self.site.finished(started, rows, &result);
                if result.is_err() {
                    self.inner = None;
                }
                Some(result)
            }
            Ok(None) => {
                self.inner = None;
                None
            }
            Err(payload) => {
                self.inner = None;
                let error: Result<RecordBatch, CallError> =
                    Err(CallError::Panicked(format!("{}: {}", self.site.describe(), panic_message(payload.as_ref()))));
                self.site.finished(started, 0, &error);
                Some(error)
            }
        }
    }
}

struct GuardedHook {
    site: Arc<CallSite>,
    inner: Arc<dyn Hook>,
    /// Whether the plugin holds `observe:queries`.
    sees_queries: bool,
}

impl Hook for GuardedHook {
    fn on_event(&self, payload: &HookPayload) -> Result<(), CallError> {
        if !self.sees_queries && (payload.sql.is_some() || payload.error.is_some()) {
            let mut redacted = payload.clone();
            redacted.sql = None;
            redacted.error = None;
            return self.site.run(0, || self.inner.on_event(&redacted));
        }
        self.site.run(0, || self.inner.on_event(payload))
    }
}

struct GuardedTrigger {
    site: Arc<CallSite>,
    inner: Arc<dyn Trigger>,
}

impl Trigger for GuardedTrigger {
    fn fire(&self, payload: &TriggerPayload) -> Result<TriggerVerdict, CallError> {
        self.site.run(payload.batch.num_rows(), || self.inner.fire(payload))
    }
}

struct GuardedJob {
    site: Arc<CallSite>,
    inner: Arc<dyn Job>,
}

impl Job for GuardedJob {
    fn run(&self, context: &JobContext) -> Result<(), CallError> {
        self.site.run(0, || self.inner.run(context))
    }
}

fn declared_return(decl: &FunctionDecl) -> DataType {
    match &decl.returns {
        Returns::Type(ty) => ty.to_arrow(),
        Returns::Columns(_) => DataType::Null,
    }
}

fn declared_columns(decl: &FunctionDecl) -> Vec<Field> {
    match &decl.returns {
        Returns::Columns(columns) => {
            columns.iter().map(|Column { name, ty }| Field::new(name, ty.to_arrow(), true)).collect()
        }
        Returns::Type(_) => Vec::new(),
    }
}

/// Wraps everything in `surface`; `site_for(name)` gives each function or
/// handler its call site.
///
/// Hooks of a plugin that does not hold `observe:queries` (`sees_queries`
/// false) get query events without the SQL text and the error.
pub(crate) fn guard_surface(
    surface: PluginSurface,
    sees_queries: bool,
    mut site_for: impl FnMut(&str) -> Arc<CallSite>,
) -> PluginSurface {
    PluginSurface {
        functions: surface
            .functions
            .into_iter()
            .map(|(decl, implementation)| {
                let site = site_for(&decl.name);
                let guarded = match implementation {
                    FunctionImpl::Scalar(inner) => {
                        FunctionImpl::Scalar(Arc::new(GuardedScalar { site, returns: declared_return(&decl), inner }))
                    }
                    FunctionImpl::Aggregate(inner) => FunctionImpl::Aggregate(Arc::new(GuardedAggregate {
                        site,
                        returns: declared_return(&decl),
                        inner,
                        state_fields: OnceLock::new(),
                    })),
                    FunctionImpl::Table(inner) => FunctionImpl::Table(Arc::new(GuardedTable {
                        site,
                        columns: Arc::new(declared_columns(&decl)),
                        inner,
                    })),
                };
                (decl, guarded)
            })
            .collect(),
        hooks: surface
            .hooks
            .into_iter()
            .map(|(decl, inner)| {
                let site = site_for(&decl.handler);
                (decl, Arc::new(GuardedHook { site, inner, sees_queries }) as Arc<dyn Hook>)
            })
            .collect(),
        triggers: surface
            .triggers
            .into_iter()
            .map(|(decl, inner)| {
                let site = site_for(&decl.handler);
                (decl, Arc::new(GuardedTrigger { site, inner }) as Arc<dyn Trigger>)
            })
            .collect(),
        jobs: surface
            .jobs
            .into_iter()
            .map(|(decl, inner)| {
                let site = site_for(&decl.handler);
                (decl, Arc::new(GuardedJob { site, inner }) as Arc<dyn Job>)
            })
            .collect(),
    }
}
