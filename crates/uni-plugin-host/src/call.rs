//! The host's call path: every function, hook, trigger and job a plugin
//! registers is wrapped before it is published, so whoever calls through the
//! registry (the DataFusion adapter, a test, an embedding) gets the same
//! guarantees without knowing about them:
//!
//! - a panic in native code becomes a [`CallError::Panicked`] naming plugin,
//!   function and message (`catch_unwind`), and the host keeps running;
//! - the output is checked: a scalar result must have one row per input row
//!   and the declared type;
//! - a circuit breaker fails calls fast after repeated failures;
//! - calls, errors, rows and latency are recorded, and each call runs in a
//!   `tracing` span with plugin id, generation and function.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::time::Instant;

use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field};
use uni_plugin::manifest::{FunctionDecl, Returns};
use uni_plugin::surface::FunctionImpl;
use uni_plugin::{
    Accumulator, AggregateFunction, CallError, Hook, HookPayload, Job, JobContext, PluginId, PluginSurface,
    RecordBatchStream, ScalarFunction, Signature, TableFunction, Trigger, TriggerPayload, TriggerVerdict,
};

use crate::isolate::panic_message;
use crate::metrics::{Admission, Breaker, FunctionMetrics};

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

    /// Runs `call` with breaker, isolation, timing and metrics.
    pub fn run<T>(&self, rows: usize, call: impl FnOnce() -> Result<T, CallError>) -> Result<T, CallError> {
        let now = Instant::now();
        if let Admission::Refused(retry_in) = self.breaker.admit(now) {
            self.metrics.record(now.elapsed(), 0, true);
            return Err(CallError::Unavailable(format!(
                "{} failed repeatedly; its circuit breaker is open (next probe in {:.1}s)",
                self.describe(),
                retry_in.as_secs_f64()
            )));
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
        let finished = Instant::now();
        let failed = result.is_err();
        self.metrics.record(finished - now, rows, failed);
        let state = self.breaker.report(!failed, finished);
        self.metrics.set_breaker_state(state);
        if let Err(error) = &result {
            tracing::debug!(plugin = %self.plugin, function = %self.function, "plugin call failed: {error}");
        }
        result
    }

    /// A plugin-side failure message that names this call site.
    fn failure(&self, message: impl std::fmt::Display) -> CallError {
        CallError::Failed(format!("{}: {message}", self.describe()))
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
            if output.len() != rows {
                return Err(self.site.failure(format!("returned {} rows for a batch of {rows}", output.len())));
            }
            if *output.data_type() != self.returns {
                return Err(self.site.failure(format!(
                    "returned {} but the manifest declares {}",
                    output.data_type(),
                    self.returns
                )));
            }
            Ok(output)
        })
    }

    fn signature(&self) -> Option<Signature> {
        self.inner.signature()
    }
}

struct GuardedAggregate {
    site: Arc<CallSite>,
    inner: Arc<dyn AggregateFunction>,
}

impl AggregateFunction for GuardedAggregate {
    fn state_fields(&self) -> Vec<Field> {
        // Plugin code too: a panic here must not escape either.
        catch_unwind(AssertUnwindSafe(|| self.inner.state_fields())).unwrap_or_default()
    }

    fn accumulator(&self) -> Result<Box<dyn Accumulator>, CallError> {
        let inner = self.site.run(0, || self.inner.accumulator())?;
        Ok(Box::new(GuardedAccumulator { site: self.site.clone(), inner }))
    }

    fn signature(&self) -> Option<Signature> {
        self.inner.signature()
    }
}

struct GuardedAccumulator {
    site: Arc<CallSite>,
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
        let inner = &mut self.inner;
        self.site.run(0, || inner.state())
    }

    fn finish(&mut self) -> Result<ArrayRef, CallError> {
        let inner = &mut self.inner;
        self.site.run(0, || inner.finish())
    }

    fn size(&self) -> usize {
        catch_unwind(AssertUnwindSafe(|| self.inner.size())).unwrap_or(0)
    }
}

struct GuardedTable {
    site: Arc<CallSite>,
    inner: Arc<dyn TableFunction>,
}

impl TableFunction for GuardedTable {
    fn call(&self, args: &[ArrayRef]) -> Result<RecordBatchStream, CallError> {
        let stream = self.site.run(0, || self.inner.call(args))?;
        Ok(Box::new(GuardedStream { site: self.site.clone(), inner: Some(stream) }))
    }

    fn signature(&self) -> Option<Signature> {
        self.inner.signature()
    }
}

/// Each `next()` is plugin code; a panic ends the stream with an error.
struct GuardedStream {
    site: Arc<CallSite>,
    inner: Option<RecordBatchStream>,
}

impl Iterator for GuardedStream {
    type Item = Result<RecordBatch, CallError>;

    fn next(&mut self) -> Option<Self::Item> {
        let stream = self.inner.as_mut()?;
        let started = Instant::now();
        match catch_unwind(AssertUnwindSafe(|| stream.next())) {
            Ok(Some(result)) => {
                let rows = result.as_ref().map_or(0, RecordBatch::num_rows);
                self.site.metrics.record(started.elapsed(), rows, result.is_err());
                Some(result)
            }
            Ok(None) => {
                self.inner = None;
                None
            }
            Err(payload) => {
                self.inner = None;
                self.site.metrics.record(started.elapsed(), 0, true);
                Some(Err(CallError::Panicked(format!("{}: {}", self.site.describe(), panic_message(payload.as_ref())))))
            }
        }
    }
}

struct GuardedHook {
    site: Arc<CallSite>,
    inner: Arc<dyn Hook>,
}

impl Hook for GuardedHook {
    fn on_event(&self, payload: &HookPayload) -> Result<(), CallError> {
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

/// Wraps everything in `surface`; `site_for(name)` gives each function or
/// handler its call site.
pub(crate) fn guard_surface(surface: PluginSurface, mut site_for: impl FnMut(&str) -> Arc<CallSite>) -> PluginSurface {
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
                    FunctionImpl::Aggregate(inner) => {
                        FunctionImpl::Aggregate(Arc::new(GuardedAggregate { site, inner }))
                    }
                    FunctionImpl::Table(inner) => FunctionImpl::Table(Arc::new(GuardedTable { site, inner })),
                };
                (decl, guarded)
            })
            .collect(),
        hooks: surface
            .hooks
            .into_iter()
            .map(|(decl, inner)| {
                let site = site_for(&decl.handler);
                (decl, Arc::new(GuardedHook { site, inner }) as Arc<dyn Hook>)
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
