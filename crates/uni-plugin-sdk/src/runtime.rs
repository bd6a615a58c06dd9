//! The guest side of the `uni:plugin@0.2.0` world: dispatches the host's
//! calls to the surfaces the plugin registered, typed columns in and out.
//! Used by [`crate::export_plugin!`].

use std::cell::RefCell;
use std::sync::Arc;

use arrow_array::{ArrayRef, RecordBatch};
use uni_plugin::ipc::typed::{batch_from_typed, batch_to_typed, column_from_typed, column_to_typed, columns_to_typed};
use uni_plugin::manifest::{HookEvent, TriggerTiming};
use uni_plugin::surface::FunctionImpl;
use uni_plugin::{
    Accumulator, AggregateFunction, CallError, EmitTo, GroupsAccumulator, HookPayload, JobContext, RecordBatchStream,
    TriggerPayload, TriggerVerdict, TypeName,
};

use crate::bindings::exports::uni::plugin::guest::{
    self as exports, GuestAccumulator, GuestGroupedAccumulator, GuestTableStream, TableStream,
};
use crate::columns::{batch_from_wit, batch_to_wit, column_from_wit, column_to_wit};
pub use crate::common::init;
use crate::common::{failed, state, to_guest, with_function};

/// The error type of the world's exports.
pub use crate::bindings::uni::plugin::types::CallError as GuestError;
/// A column as the world's exports take and return it.
pub use crate::bindings::uni::plugin::types::Column;
/// What `describe-aggregate` answers.
pub use exports::AggregateInfo;
/// A hook, trigger or job event.
pub use exports::Event;

/// Arguments from the host as Arrow arrays, each `rows` long.
fn arrays_in(columns: Vec<Column>, rows: Option<usize>) -> Result<Vec<ArrayRef>, GuestError> {
    columns
        .into_iter()
        .enumerate()
        .map(|(index, column)| {
            column_from_typed(column_from_wit(column), rows)
                .map_err(|e| GuestError::InvalidInput(format!("argument {}: {e}", index + 1)))
        })
        .collect()
}

fn column_out(array: &ArrayRef) -> Result<Column, GuestError> {
    column_to_typed(array).map(column_to_wit).map_err(|e| failed(format!("cannot encode the result: {e}")))
}

fn columns_out(arrays: &[ArrayRef]) -> Result<Vec<Column>, GuestError> {
    columns_to_typed(arrays)
        .map(|columns| columns.into_iter().map(column_to_wit).collect())
        .map_err(|e| failed(format!("cannot encode the result: {e}")))
}

/// `host-query.query`, its batches decoded.
pub(crate) fn query_host(sql: &str) -> Result<Vec<RecordBatch>, String> {
    crate::bindings::uni::plugin::host_query::query(sql)?
        .into_iter()
        .map(|batch| {
            batch_from_typed(batch_from_wit(batch)).map_err(|e| format!("a malformed batch from the host: {e}"))
        })
        .collect()
}

/// `call-scalar`.
pub fn call_scalar(name: &str, rows: u32, args: Vec<Column>) -> Result<Column, GuestError> {
    let rows = rows as usize;
    let args = arrays_in(args, Some(rows))?;
    let function = with_function(name, |implementation| match implementation {
        FunctionImpl::Scalar(function) => Ok(function.clone()),
        _ => Err(GuestError::InvalidInput(format!("`{name}` is not a scalar function"))),
    })?;
    let output = function.invoke(&args, rows).map_err(to_guest)?;
    column_out(&output)
}

fn aggregate(name: &str) -> Result<Arc<dyn AggregateFunction>, GuestError> {
    with_function(name, |implementation| match implementation {
        FunctionImpl::Aggregate(function) => Ok(function.clone()),
        _ => Err(GuestError::InvalidInput(format!("`{name}` is not an aggregate function"))),
    })
}

/// `describe-aggregate`: the state's fields (types spelled as in a
/// manifest) and whether the aggregate has a grouped form.
pub fn describe_aggregate(name: &str) -> Result<AggregateInfo, GuestError> {
    let function = aggregate(name)?;
    let state = function
        .state_fields()
        .map_err(to_guest)?
        .iter()
        .map(|field| {
            let data_type = TypeName::from_arrow(field.data_type()).ok_or_else(|| {
                failed(format!(
                    "aggregate `{name}`: state field `{}` has type {}, which has no manifest name",
                    field.name(),
                    field.data_type()
                ))
            })?;
            Ok(crate::bindings::uni::plugin::types::Field {
                name: field.name().clone(),
                data_type: data_type.to_string(),
                nullable: field.is_nullable(),
            })
        })
        .collect::<Result<Vec<_>, GuestError>>()?;
    let grouped = function.groups_accumulator().map_err(to_guest)?.is_some();
    Ok(AggregateInfo { state, grouped })
}

/// A resource's state, or why it could not be made (a constructor cannot
/// fail, so the error waits for the first call).
type Made<T> = RefCell<Result<T, String>>;

fn made<T>(making: Result<T, GuestError>) -> Made<T> {
    RefCell::new(making.map_err(|error| match error {
        GuestError::InvalidInput(message) | GuestError::Failed(message) | GuestError::NotGranted(message) => message,
    }))
}

fn with_made<T, R>(made: &Made<T>, use_it: impl FnOnce(&mut T) -> Result<R, CallError>) -> Result<R, GuestError> {
    match &mut *made.borrow_mut() {
        Ok(inner) => use_it(inner).map_err(to_guest),
        Err(message) => Err(GuestError::InvalidInput(message.clone())),
    }
}

/// The `accumulator` resource.
pub struct SdkAccumulator {
    inner: Made<Box<dyn Accumulator>>,
}

impl GuestAccumulator for SdkAccumulator {
    fn new(name: String) -> Self {
        SdkAccumulator { inner: made(aggregate(&name).and_then(|function| function.accumulator().map_err(to_guest))) }
    }

    fn update(&self, rows: u32, args: Vec<Column>) -> Result<(), GuestError> {
        let args = arrays_in(args, Some(rows as usize))?;
        with_made(&self.inner, |accumulator| accumulator.update(&args))
    }

    fn merge(&self, rows: u32, states: Vec<Column>) -> Result<(), GuestError> {
        let states = arrays_in(states, Some(rows as usize))?;
        with_made(&self.inner, |accumulator| accumulator.merge(&states))
    }

    fn state(&self) -> Result<Vec<Column>, GuestError> {
        columns_out(&with_made(&self.inner, |accumulator| accumulator.state())?)
    }

    fn finish(&self) -> Result<Column, GuestError> {
        column_out(&with_made(&self.inner, |accumulator| accumulator.finish())?)
    }
}

/// The `grouped-accumulator` resource.
pub struct SdkGroupedAccumulator {
    inner: Made<Box<dyn GroupsAccumulator>>,
}

fn emit_to(emit: exports::Emit) -> EmitTo {
    match emit {
        exports::Emit::All => EmitTo::All,
        exports::Emit::First(n) => EmitTo::First(n as usize),
    }
}

fn group_ids(ids: Vec<u32>) -> Vec<usize> {
    // On wasm32 both are 32 bits wide: this reuses the vector in place.
    ids.into_iter().map(|id| id as usize).collect()
}

impl GuestGroupedAccumulator for SdkGroupedAccumulator {
    fn new(name: String) -> Self {
        let making = aggregate(&name).and_then(|function| {
            function.groups_accumulator().map_err(to_guest)?.ok_or_else(|| {
                GuestError::InvalidInput(format!("aggregate `{name}` has no grouped form (see `describe-aggregate`)"))
            })
        });
        SdkGroupedAccumulator { inner: made(making) }
    }

    fn update(&self, ids: Vec<u32>, total_groups: u32, args: Vec<Column>) -> Result<(), GuestError> {
        let args = arrays_in(args, Some(ids.len()))?;
        let ids = group_ids(ids);
        with_made(&self.inner, |accumulator| accumulator.update(&args, &ids, total_groups as usize))
    }

    fn merge(&self, ids: Vec<u32>, total_groups: u32, states: Vec<Column>) -> Result<(), GuestError> {
        let states = arrays_in(states, Some(ids.len()))?;
        let ids = group_ids(ids);
        with_made(&self.inner, |accumulator| accumulator.merge(&states, &ids, total_groups as usize))
    }

    fn state(&self, emit: exports::Emit) -> Result<Vec<Column>, GuestError> {
        columns_out(&with_made(&self.inner, |accumulator| accumulator.state(emit_to(emit)))?)
    }

    fn finish(&self, emit: exports::Emit) -> Result<Column, GuestError> {
        column_out(&with_made(&self.inner, |accumulator| accumulator.finish(emit_to(emit)))?)
    }
}

/// The `table-stream` resource.
pub struct SdkTableStream {
    inner: RefCell<RecordBatchStream>,
}

impl GuestTableStream for SdkTableStream {
    fn next(&self) -> Result<Option<crate::bindings::uni::plugin::types::Batch>, GuestError> {
        match self.inner.borrow_mut().next() {
            None => Ok(None),
            Some(Ok(batch)) => {
                batch_to_typed(&batch).map(|batch| Some(batch_to_wit(batch))).map_err(|e| failed(e.to_string()))
            }
            Some(Err(error)) => Err(to_guest(error)),
        }
    }
}

/// `call-table`.
pub fn call_table(name: &str, args: Vec<Column>) -> Result<TableStream, GuestError> {
    let args = arrays_in(args, Some(1))?;
    let function = with_function(name, |implementation| match implementation {
        FunctionImpl::Table(function) => Ok(function.clone()),
        _ => Err(GuestError::InvalidInput(format!("`{name}` is not a table function"))),
    })?;
    let stream = function.call(&args).map_err(to_guest)?;
    Ok(TableStream::new(SdkTableStream { inner: RefCell::new(stream) }))
}

/// `on-event`: hooks, triggers and jobs.
pub fn on_event(handler: &str, event: Event) -> Result<(), GuestError> {
    let state = state();
    let state = state.as_ref().ok_or_else(|| failed("the plugin is not initialized"))?;
    match event {
        Event::Hook(hook) => {
            let event = match hook.event {
                exports::HookEvent::BeforeQuery => HookEvent::BeforeQuery,
                exports::HookEvent::AfterQuery => HookEvent::AfterQuery,
                exports::HookEvent::OnLoad => HookEvent::OnLoad,
                exports::HookEvent::OnUnload => HookEvent::OnUnload,
            };
            let (_, hook_impl) = state
                .surface
                .hooks
                .iter()
                .find(|(decl, _)| decl.handler == handler)
                .ok_or_else(|| GuestError::InvalidInput(format!("no hook handler `{handler}`")))?;
            let mut payload = HookPayload::new(event);
            payload.sql = hook.sql;
            payload.error = hook.error;
            payload.rows = hook.rows;
            hook_impl.on_event(&payload).map_err(to_guest)
        }
        Event::Trigger(trigger) => {
            let (_, trigger_impl) = state
                .surface
                .triggers
                .iter()
                .find(|(decl, _)| decl.handler == handler)
                .ok_or_else(|| GuestError::InvalidInput(format!("no trigger handler `{handler}`")))?;
            let when = match trigger.when {
                exports::TriggerTiming::Before => TriggerTiming::Before,
                exports::TriggerTiming::After => TriggerTiming::After,
            };
            let rows = batch_from_typed(batch_from_wit(trigger.rows))
                .map_err(|e| GuestError::InvalidInput(format!("the inserted rows: {e}")))?;
            match trigger_impl.fire(&TriggerPayload::new(trigger.table, when, rows)).map_err(to_guest)? {
                TriggerVerdict::Accept => Ok(()),
                TriggerVerdict::Reject(reason) => Err(GuestError::InvalidInput(reason)),
            }
        }
        Event::Job(job) => {
            let (decl, job_impl) = state
                .surface
                .jobs
                .iter()
                .find(|(decl, _)| decl.handler == handler)
                .ok_or_else(|| GuestError::InvalidInput(format!("no job handler `{handler}`")))?;
            let name = if job.job.is_empty() { decl.name.clone() } else { job.job };
            let context = JobContext::new(
                state.plugin.manifest().plugin.id.clone(),
                name,
                job.scheduled_at_unix_ms,
                Arc::new(std::sync::atomic::AtomicBool::new(false)),
            );
            job_impl.run(&context).map_err(to_guest)
        }
    }
}
