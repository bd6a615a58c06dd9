//! The guest side of the `uni:plugin@0.1.0` world (feature `world-0-1`):
//! dispatches the host's calls to the surfaces the plugin registered, Arrow
//! IPC in and out. Used by [`crate::export_plugin!`].

use std::cell::RefCell;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::Schema;
use uni_plugin::ipc::{decode_any, encode_batch, encode_columns, encode_columns_fast, raw};
use uni_plugin::manifest::{HookEvent, TriggerTiming};
use uni_plugin::surface::FunctionImpl;
use uni_plugin::{Accumulator, CallError, HookPayload, JobContext, RecordBatchStream, TriggerPayload, TriggerVerdict};

use crate::bindings::exports::uni::plugin::guest::{GuestAccumulator, GuestTableStream, TableStream};
pub use crate::common::init;
use crate::common::{failed, state, to_guest, with_function};

/// The error type of the world's exports.
pub use crate::bindings::uni::plugin::types::CallError as GuestError;

/// Decodes Arrow IPC or raw columns (the host's fast path).
fn decode(bytes: &[u8]) -> Result<RecordBatch, GuestError> {
    decode_any(bytes).map_err(|e| GuestError::InvalidInput(format!("malformed Arrow IPC from the host: {e}")))
}

/// Encodes a result; as raw columns when the host sent raw columns (it then
/// reads them) and the type allows, else as Arrow IPC.
fn encode_one(column: ArrayRef, raw_ok: bool) -> Result<Vec<u8>, GuestError> {
    let rows = column.len();
    let encoded = if raw_ok { encode_columns_fast(&[column], rows) } else { encode_columns(&[column], rows) };
    encoded.map_err(|e| failed(format!("cannot encode the result: {e}")))
}

/// `host-query.query`, its batches decoded.
pub(crate) fn query_host(sql: &str) -> Result<Vec<RecordBatch>, String> {
    crate::bindings::uni::plugin::host_query::query(sql)?
        .iter()
        .map(|bytes| decode_any(bytes).map_err(|e| format!("malformed Arrow IPC from the host: {e}")))
        .collect()
}

/// `call-scalar`.
pub fn call_scalar(name: &str, args: &[u8]) -> Result<Vec<u8>, GuestError> {
    let batch = decode(args)?;
    let function = with_function(name, |implementation| match implementation {
        FunctionImpl::Scalar(function) => Ok(function.clone()),
        _ => Err(GuestError::InvalidInput(format!("`{name}` is not a scalar function"))),
    })?;
    let output = function.invoke(batch.columns(), batch.num_rows()).map_err(to_guest)?;
    encode_one(output, raw::is_raw(args))
}

/// `aggregate-state-schema`.
pub fn aggregate_state_schema(name: &str) -> Result<Vec<u8>, GuestError> {
    let function = with_function(name, |implementation| match implementation {
        FunctionImpl::Aggregate(function) => Ok(function.clone()),
        _ => Err(GuestError::InvalidInput(format!("`{name}` is not an aggregate function"))),
    })?;
    let schema = Arc::new(Schema::new(function.state_fields().map_err(to_guest)?));
    encode_batch(&RecordBatch::new_empty(schema)).map_err(|e| failed(e.to_string()))
}

/// The `accumulator` resource.
pub struct SdkAccumulator {
    inner: RefCell<Result<Box<dyn Accumulator>, String>>,
}

impl SdkAccumulator {
    fn with<T>(&self, use_it: impl FnOnce(&mut Box<dyn Accumulator>) -> Result<T, CallError>) -> Result<T, GuestError> {
        match &mut *self.inner.borrow_mut() {
            Ok(accumulator) => use_it(accumulator).map_err(to_guest),
            Err(message) => Err(GuestError::InvalidInput(message.clone())),
        }
    }
}

impl GuestAccumulator for SdkAccumulator {
    fn new(name: String) -> Self {
        let accumulator = with_function(&name, |implementation| match implementation {
            FunctionImpl::Aggregate(function) => function.accumulator().map_err(to_guest),
            _ => Err(GuestError::InvalidInput(format!("`{name}` is not an aggregate function"))),
        });
        let inner = accumulator.map_err(|error| match error {
            GuestError::InvalidInput(message) | GuestError::Failed(message) | GuestError::NotGranted(message) => {
                message
            }
        });
        SdkAccumulator { inner: RefCell::new(inner) }
    }

    fn update(&self, args: Vec<u8>) -> Result<(), GuestError> {
        let batch = decode(&args)?;
        self.with(|accumulator| accumulator.update(batch.columns()))
    }

    fn merge(&self, states: Vec<u8>) -> Result<(), GuestError> {
        let batch = decode(&states)?;
        self.with(|accumulator| accumulator.merge(batch.columns()))
    }

    fn state(&self) -> Result<Vec<u8>, GuestError> {
        let columns = self.with(|accumulator| accumulator.state())?;
        encode_columns(&columns, 1).map_err(|e| failed(e.to_string()))
    }

    fn finish(&self) -> Result<Vec<u8>, GuestError> {
        let value = self.with(|accumulator| accumulator.finish())?;
        encode_one(value, false)
    }
}

/// The `table-stream` resource.
pub struct SdkTableStream {
    inner: RefCell<RecordBatchStream>,
}

impl GuestTableStream for SdkTableStream {
    fn next(&self) -> Result<Option<Vec<u8>>, GuestError> {
        match self.inner.borrow_mut().next() {
            None => Ok(None),
            Some(Ok(batch)) => encode_batch(&batch).map(Some).map_err(|e| failed(e.to_string())),
            Some(Err(error)) => Err(to_guest(error)),
        }
    }
}

/// `call-table`.
pub fn call_table(name: &str, args: &[u8]) -> Result<TableStream, GuestError> {
    let batch = decode(args)?;
    let function = with_function(name, |implementation| match implementation {
        FunctionImpl::Table(function) => Ok(function.clone()),
        _ => Err(GuestError::InvalidInput(format!("`{name}` is not a table function"))),
    })?;
    let stream = function.call(batch.columns()).map_err(to_guest)?;
    Ok(TableStream::new(SdkTableStream { inner: RefCell::new(stream) }))
}

fn metadata<'b>(batch: &'b RecordBatch, key: &str) -> Option<&'b String> {
    batch.schema_ref().metadata().get(key)
}

fn text_cell(batch: &RecordBatch, column: &str) -> Option<String> {
    let column = batch.column_by_name(column)?;
    let strings = column.as_string_opt::<i32>()?;
    (!strings.is_empty() && strings.is_valid(0)).then(|| strings.value(0).to_owned())
}

/// `on-event`: hooks, triggers and jobs, told apart by the payload's
/// `uniplug.kind` schema metadata (`hook`, `trigger` or `job`).
pub fn on_event(handler: &str, payload: &[u8]) -> Result<(), GuestError> {
    let batch = decode(payload)?;
    let kind = metadata(&batch, "uniplug.kind").cloned().unwrap_or_default();
    let state = state();
    let state = state.as_ref().ok_or_else(|| failed("the plugin is not initialized"))?;
    match kind.as_str() {
        "hook" => {
            let event = match metadata(&batch, "uniplug.event").map(String::as_str) {
                Some("before_query") => HookEvent::BeforeQuery,
                Some("after_query") => HookEvent::AfterQuery,
                Some("on_load") => HookEvent::OnLoad,
                _ => HookEvent::OnUnload,
            };
            let (_, hook) = state
                .surface
                .hooks
                .iter()
                .find(|(decl, _)| decl.handler == handler)
                .ok_or_else(|| GuestError::InvalidInput(format!("no hook handler `{handler}`")))?;
            let mut payload = HookPayload::new(event);
            payload.sql = text_cell(&batch, "sql");
            payload.error = text_cell(&batch, "error");
            payload.rows = batch.column_by_name("rows").and_then(|c| {
                c.as_primitive_opt::<Int64Type>().filter(|c| !c.is_empty() && c.is_valid(0)).map(|c| c.value(0) as u64)
            });
            hook.on_event(&payload).map_err(to_guest)
        }
        "trigger" => {
            let (decl, trigger) = state
                .surface
                .triggers
                .iter()
                .find(|(decl, _)| decl.handler == handler)
                .ok_or_else(|| GuestError::InvalidInput(format!("no trigger handler `{handler}`")))?;
            let when = if metadata(&batch, "uniplug.when").map(String::as_str) == Some("before") {
                TriggerTiming::Before
            } else {
                TriggerTiming::After
            };
            let rows = RecordBatch::try_new(
                Arc::new(Schema::new(batch.schema_ref().fields().clone())),
                batch.columns().to_vec(),
            )
            .map_err(|e| failed(e.to_string()))?;
            match trigger.fire(&TriggerPayload::new(decl.table.clone(), when, rows)).map_err(to_guest)? {
                TriggerVerdict::Accept => Ok(()),
                TriggerVerdict::Reject(reason) => Err(GuestError::InvalidInput(reason)),
            }
        }
        "job" => {
            let (decl, job) = state
                .surface
                .jobs
                .iter()
                .find(|(decl, _)| decl.handler == handler)
                .ok_or_else(|| GuestError::InvalidInput(format!("no job handler `{handler}`")))?;
            let scheduled: i64 = metadata(&batch, "uniplug.scheduled_at").and_then(|t| t.parse().ok()).unwrap_or(0);
            let context = JobContext::new(
                state.plugin.manifest().plugin.id.clone(),
                decl.name.clone(),
                scheduled,
                Arc::new(std::sync::atomic::AtomicBool::new(false)),
            );
            job.run(&context).map_err(to_guest)
        }
        other => Err(GuestError::InvalidInput(format!("unknown event kind `{other}`"))),
    }
}
