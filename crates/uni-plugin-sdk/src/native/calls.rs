//! The calls of the table: arguments in as Arrow arrays (moved out of the
//! host's slots), results out with their release callbacks.

use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, Mutex};

use arrow_array::{Array, ArrayRef, RecordBatch, StructArray};
use arrow_schema::{DataType, Fields};
use uni_plugin::manifest::{HookEvent, TriggerTiming};
use uni_plugin::surface::FunctionImpl;
use uni_plugin::{
    Accumulator, AggregateFunction, CallError, EmitTo, GroupsAccumulator, HookPayload, JobContext, RecordBatchStream,
    TriggerPayload, TriggerVerdict,
};
use uni_plugin_abi::arrow::{export, export_type, import_array_trusted, import_type, take};
use uni_plugin_abi::*;

use super::guard;
use super::instance::{instance, text};

/// The host's lent arrays as arrow-rs arrays, each `rows` long when given.
///
/// # Safety
/// `arrays` and `types` point at `count` initialized structs (or count is
/// 0), as the ABI requires.
unsafe fn arrays_in(
    count: usize,
    arrays: *mut ArrowArray,
    types: *const ArrowSchema,
    rows: Option<usize>,
) -> Result<Vec<ArrayRef>, CallError> {
    if count > 0 && (arrays.is_null() || types.is_null()) {
        return Err(CallError::InvalidInput(format!("the host passed {count} arguments without their arrays")));
    }
    (0..count)
        .map(|index| {
            // Named only on failure: formatting per argument and call was a
            // measurable part of a one-row call.
            let named =
                |error: arrow_schema::ArrowError| CallError::InvalidInput(format!("argument {}: {error}", index + 1));
            // SAFETY: `index < count`; the host lends the slots for the call.
            unsafe {
                let data_type = import_type(&*types.add(index)).map_err(named)?;
                // The host made these arrays: their shape is checked, their
                // contents are not validated again.
                import_array_trusted(take(&mut *arrays.add(index)), &data_type, rows).map_err(named)
            }
        })
        .collect()
}

/// Writes `array` and its type to the host's out-parameters.
///
/// # Safety
/// `out` and `out_type` are writable (or null, refused).
unsafe fn array_out(array: &dyn Array, out: *mut ArrowArray, out_type: *mut ArrowSchema) -> Result<(), CallError> {
    if out.is_null() || out_type.is_null() {
        return Err(CallError::failed("the host passed no place for the result"));
    }
    let (array, data_type) = export(array).map_err(|e| CallError::failed(format!("cannot export the result: {e}")))?;
    // SAFETY: writable per the caller; the host's slots hold nothing to drop.
    unsafe {
        out.write(array);
        out_type.write(data_type);
    }
    Ok(())
}

/// Columns as a struct array with `fields`, written to the host.
unsafe fn struct_out(
    fields: &Fields,
    columns: Vec<ArrayRef>,
    out: *mut ArrowArray,
    out_type: *mut ArrowSchema,
) -> Result<(), CallError> {
    let rows = StructArray::try_new(fields.clone(), columns, None)
        .map_err(|e| CallError::failed(format!("the state does not match its declared fields: {e}")))?;
    // SAFETY: forwarded to the caller.
    unsafe { array_out(&rows, out, out_type) }
}

fn rows(count: i64) -> Result<usize, CallError> {
    usize::try_from(count).map_err(|_| CallError::InvalidInput(format!("a negative row count ({count})")))
}

pub(crate) unsafe extern "C" fn call_scalar(
    instance_handle: *mut c_void,
    name: UniplugStr,
    row_count: i64,
    n_args: usize,
    args: *mut ArrowArray,
    arg_types: *const ArrowSchema,
    out: *mut ArrowArray,
    out_type: *mut ArrowSchema,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        // SAFETY: the ABI's promises for every pointer argument.
        unsafe {
            let instance = instance(instance_handle)?;
            let name = text(name, "the function name")?;
            let row_count = rows(row_count)?;
            let args = arrays_in(n_args, args, arg_types, Some(row_count))?;
            let FunctionImpl::Scalar(function) = instance.function(name)? else {
                return Err(CallError::InvalidInput(format!("`{name}` is not a scalar function")));
            };
            let result = function.invoke(&args, row_count)?;
            array_out(result.as_ref(), out, out_type)
        }
    })
}

fn aggregate(instance_handle: *mut c_void, name: UniplugStr) -> Result<Arc<dyn AggregateFunction>, CallError> {
    // SAFETY: the ABI's promises for the handle and the name.
    unsafe {
        let instance = instance(instance_handle)?;
        let name = text(name, "the function name")?;
        match instance.function(name)? {
            FunctionImpl::Aggregate(function) => Ok(function.clone()),
            _ => Err(CallError::InvalidInput(format!("`{name}` is not an aggregate function"))),
        }
    }
}

fn state_fields(function: &dyn AggregateFunction) -> Result<Fields, CallError> {
    Ok(Fields::from(function.state_fields()?))
}

pub(crate) unsafe extern "C" fn describe_aggregate(
    instance_handle: *mut c_void,
    name: UniplugStr,
    state_type: *mut ArrowSchema,
    grouped: *mut u8,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        if state_type.is_null() || grouped.is_null() {
            return Err(CallError::failed("the host passed no place for the answer"));
        }
        let function = aggregate(instance_handle, name)?;
        let fields = state_fields(function.as_ref())?;
        let schema = export_type(&DataType::Struct(fields))
            .map_err(|e| CallError::failed(format!("cannot export the state type: {e}")))?;
        let has_grouped = function.groups_accumulator()?.is_some();
        // SAFETY: both non-null (checked) and writable per the ABI.
        unsafe {
            state_type.write(schema);
            grouped.write(u8::from(has_grouped));
        }
        Ok(())
    })
}

/// An accumulator behind a handle, with its state's fields.
struct AccumulatorHandle {
    inner: Box<dyn Accumulator>,
    fields: Fields,
}

/// A grouped accumulator behind a handle, with its state's fields.
struct GroupedHandle {
    inner: Box<dyn GroupsAccumulator>,
    fields: Fields,
}

/// The object behind a handle the SDK made.
///
/// # Safety
/// `handle` is one this module leaked for a `T` and has not freed; the ABI
/// lets one thread use it at a time.
unsafe fn handle<'a, T>(handle: *mut c_void) -> Result<&'a mut T, CallError> {
    if handle.is_null() {
        return Err(CallError::failed("the host passed a null handle"));
    }
    // SAFETY: per the caller.
    Ok(unsafe { &mut *handle.cast::<T>() })
}

unsafe fn free<T>(handle: *mut c_void) {
    if !handle.is_null() {
        // SAFETY: leaked by this module for a `T`, freed once (ABI).
        let owned = unsafe { Box::from_raw(handle.cast::<T>()) };
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(owned)));
    }
}

fn leak<T>(value: T, out: *mut *mut c_void) -> Result<(), CallError> {
    if out.is_null() {
        return Err(CallError::failed("the host passed no place for the handle"));
    }
    // SAFETY: non-null (checked) and writable per the ABI.
    unsafe { out.write(Box::into_raw(Box::new(value)).cast()) };
    Ok(())
}

pub(crate) unsafe extern "C" fn accumulator_new(
    instance_handle: *mut c_void,
    name: UniplugStr,
    out: *mut *mut c_void,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        let function = aggregate(instance_handle, name)?;
        let fields = state_fields(function.as_ref())?;
        leak(AccumulatorHandle { inner: function.accumulator()?, fields }, out)
    })
}

pub(crate) unsafe extern "C" fn accumulator_update(
    accumulator: *mut c_void,
    row_count: i64,
    n_args: usize,
    args: *mut ArrowArray,
    arg_types: *const ArrowSchema,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        // SAFETY: the ABI's promises.
        unsafe {
            let accumulator = handle::<AccumulatorHandle>(accumulator)?;
            let args = arrays_in(n_args, args, arg_types, Some(rows(row_count)?))?;
            accumulator.inner.update(&args)
        }
    })
}

pub(crate) unsafe extern "C" fn accumulator_merge(
    accumulator: *mut c_void,
    row_count: i64,
    n_states: usize,
    states: *mut ArrowArray,
    state_types: *const ArrowSchema,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        // SAFETY: the ABI's promises.
        unsafe {
            let accumulator = handle::<AccumulatorHandle>(accumulator)?;
            let states = arrays_in(n_states, states, state_types, Some(rows(row_count)?))?;
            accumulator.inner.merge(&states)
        }
    })
}

pub(crate) unsafe extern "C" fn accumulator_state(
    accumulator: *mut c_void,
    out: *mut ArrowArray,
    out_type: *mut ArrowSchema,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        // SAFETY: the ABI's promises.
        unsafe {
            let accumulator = handle::<AccumulatorHandle>(accumulator)?;
            let columns = accumulator.inner.state()?;
            struct_out(&accumulator.fields, columns, out, out_type)
        }
    })
}

pub(crate) unsafe extern "C" fn accumulator_finish(
    accumulator: *mut c_void,
    out: *mut ArrowArray,
    out_type: *mut ArrowSchema,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        // SAFETY: the ABI's promises.
        unsafe {
            let accumulator = handle::<AccumulatorHandle>(accumulator)?;
            let result = accumulator.inner.finish()?;
            array_out(result.as_ref(), out, out_type)
        }
    })
}

pub(crate) unsafe extern "C" fn accumulator_size(accumulator: *mut c_void) -> usize {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // SAFETY: the ABI's promises.
        unsafe { handle::<AccumulatorHandle>(accumulator) }.map_or(0, |accumulator| accumulator.inner.size())
    }))
    .unwrap_or(0)
}

pub(crate) unsafe extern "C" fn accumulator_free(accumulator: *mut c_void) {
    // SAFETY: the ABI's promises.
    unsafe { free::<AccumulatorHandle>(accumulator) }
}

pub(crate) unsafe extern "C" fn grouped_new(
    instance_handle: *mut c_void,
    name: UniplugStr,
    out: *mut *mut c_void,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        let function = aggregate(instance_handle, name)?;
        let fields = state_fields(function.as_ref())?;
        let inner = function.groups_accumulator()?.ok_or_else(|| {
            CallError::InvalidInput("this aggregate has no grouped form (see `describe_aggregate`)".into())
        })?;
        leak(GroupedHandle { inner, fields }, out)
    })
}

/// The host's group ids for `rows` rows.
///
/// # Safety
/// `ids` points at `rows` readable `usize`s for the call.
unsafe fn group_ids<'a>(ids: *const usize, rows: usize, total_groups: usize) -> Result<&'a [usize], CallError> {
    if rows == 0 {
        return Ok(&[]);
    }
    if ids.is_null() {
        return Err(CallError::InvalidInput("the host passed no group ids".into()));
    }
    // SAFETY: per the caller.
    let ids = unsafe { std::slice::from_raw_parts(ids, rows) };
    match ids.iter().find(|id| **id >= total_groups) {
        Some(id) => Err(CallError::InvalidInput(format!("group id {id} is not below the {total_groups} groups"))),
        None => Ok(ids),
    }
}

// The ABI call's own arguments, forwarded as they come.
#[allow(clippy::too_many_arguments)]
unsafe fn grouped_accumulate(
    grouped: *mut c_void,
    ids: *const usize,
    row_count: i64,
    total_groups: usize,
    count: usize,
    arrays: *mut ArrowArray,
    types: *const ArrowSchema,
    merge: bool,
) -> Result<(), CallError> {
    // SAFETY: the ABI's promises, forwarded by the callers.
    unsafe {
        let grouped = handle::<GroupedHandle>(grouped)?;
        let row_count = rows(row_count)?;
        let ids = group_ids(ids, row_count, total_groups)?;
        let arrays = arrays_in(count, arrays, types, Some(row_count))?;
        if merge {
            grouped.inner.merge(&arrays, ids, total_groups)
        } else {
            grouped.inner.update(&arrays, ids, total_groups)
        }
    }
}

pub(crate) unsafe extern "C" fn grouped_update(
    grouped: *mut c_void,
    ids: *const usize,
    row_count: i64,
    total_groups: usize,
    n_args: usize,
    args: *mut ArrowArray,
    arg_types: *const ArrowSchema,
    error: *mut UniplugString,
) -> Status {
    // SAFETY: the ABI's promises.
    guard(error, || unsafe {
        grouped_accumulate(grouped, ids, row_count, total_groups, n_args, args, arg_types, false)
    })
}

pub(crate) unsafe extern "C" fn grouped_merge(
    grouped: *mut c_void,
    ids: *const usize,
    row_count: i64,
    total_groups: usize,
    n_states: usize,
    states: *mut ArrowArray,
    state_types: *const ArrowSchema,
    error: *mut UniplugString,
) -> Status {
    // SAFETY: the ABI's promises.
    guard(error, || unsafe {
        grouped_accumulate(grouped, ids, row_count, total_groups, n_states, states, state_types, true)
    })
}

fn emit_to(emit: i64) -> Result<EmitTo, CallError> {
    match emit {
        UNIPLUG_EMIT_ALL => Ok(EmitTo::All),
        n if n >= 0 => Ok(EmitTo::First(n as usize)),
        n => Err(CallError::InvalidInput(format!("emit {n} is neither UNIPLUG_EMIT_ALL nor a group count"))),
    }
}

pub(crate) unsafe extern "C" fn grouped_state(
    grouped: *mut c_void,
    emit: i64,
    out: *mut ArrowArray,
    out_type: *mut ArrowSchema,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        // SAFETY: the ABI's promises.
        unsafe {
            let grouped = handle::<GroupedHandle>(grouped)?;
            let columns = grouped.inner.state(emit_to(emit)?)?;
            struct_out(&grouped.fields, columns, out, out_type)
        }
    })
}

pub(crate) unsafe extern "C" fn grouped_finish(
    grouped: *mut c_void,
    emit: i64,
    out: *mut ArrowArray,
    out_type: *mut ArrowSchema,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        // SAFETY: the ABI's promises.
        unsafe {
            let grouped = handle::<GroupedHandle>(grouped)?;
            let result = grouped.inner.finish(emit_to(emit)?)?;
            array_out(result.as_ref(), out, out_type)
        }
    })
}

pub(crate) unsafe extern "C" fn grouped_size(grouped: *mut c_void) -> usize {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // SAFETY: the ABI's promises.
        unsafe { handle::<GroupedHandle>(grouped) }.map_or(0, |grouped| grouped.inner.size())
    }))
    .unwrap_or(0)
}

pub(crate) unsafe extern "C" fn grouped_free(grouped: *mut c_void) {
    // SAFETY: the ABI's promises.
    unsafe { free::<GroupedHandle>(grouped) }
}

pub(crate) unsafe extern "C" fn table_call(
    instance_handle: *mut c_void,
    name: UniplugStr,
    n_args: usize,
    args: *mut ArrowArray,
    arg_types: *const ArrowSchema,
    out: *mut *mut c_void,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        // SAFETY: the ABI's promises.
        unsafe {
            let instance = instance(instance_handle)?;
            let name = text(name, "the function name")?;
            let args = arrays_in(n_args, args, arg_types, Some(1))?;
            let FunctionImpl::Table(function) = instance.function(name)? else {
                return Err(CallError::InvalidInput(format!("`{name}` is not a table function")));
            };
            let stream: RecordBatchStream = function.call(&args)?;
            leak(stream, out)
        }
    })
}

pub(crate) unsafe extern "C" fn table_next(
    stream: *mut c_void,
    out: *mut ArrowArray,
    out_type: *mut ArrowSchema,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        // SAFETY: the ABI's promises.
        unsafe {
            let stream = handle::<RecordBatchStream>(stream)?;
            match stream.next() {
                None => Ok(()),
                Some(batch) => array_out(&StructArray::from(batch?), out, out_type),
            }
        }
    })
}

pub(crate) unsafe extern "C" fn table_free(stream: *mut c_void) {
    // SAFETY: the ABI's promises.
    unsafe { free::<RecordBatchStream>(stream) }
}

/// A job's cancellation flag, readable while the run lasts: the host's byte
/// is read under the lock, and [`RunGuard`] clears it (under the same lock)
/// before the call returns, so a context kept past the run reads
/// "cancelled" instead of freed memory.
struct CancelProbe(Mutex<Option<*const u8>>);

// SAFETY: the pointer is only read under the mutex, while the host keeps
// the byte alive (the call's duration).
unsafe impl Send for CancelProbe {}
// SAFETY: as above.
unsafe impl Sync for CancelProbe {}

impl CancelProbe {
    fn is_cancelled(&self) -> bool {
        match *self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) {
            // The run is over.
            None => true,
            // The host offers no flag.
            Some(pointer) if pointer.is_null() => false,
            // SAFETY: set only during the call, when the host keeps the
            // byte alive; an atomic load as the ABI says.
            Some(pointer) => unsafe { (*pointer.cast::<AtomicU8>()).load(Ordering::Acquire) != 0 },
        }
    }
}

/// Ends the probe when the run returns or unwinds.
struct RunGuard(Arc<CancelProbe>);

impl Drop for RunGuard {
    fn drop(&mut self) {
        *self.0.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = None;
    }
}

pub(crate) unsafe extern "C" fn on_event(
    instance_handle: *mut c_void,
    handler: UniplugStr,
    event: *const UniplugEvent,
    error: *mut UniplugString,
) -> Status {
    guard(error, || {
        if event.is_null() {
            return Err(CallError::InvalidInput("the host passed no event".into()));
        }
        // SAFETY: the ABI's promises for every pointer.
        unsafe {
            let instance = instance(instance_handle)?;
            let handler = text(handler, "the handler")?;
            let event = &*event;
            match event.kind {
                UNIPLUG_EVENT_HOOK => {
                    let hook_event = match event.hook {
                        UNIPLUG_HOOK_BEFORE_QUERY => HookEvent::BeforeQuery,
                        UNIPLUG_HOOK_AFTER_QUERY => HookEvent::AfterQuery,
                        UNIPLUG_HOOK_ON_LOAD => HookEvent::OnLoad,
                        UNIPLUG_HOOK_ON_UNLOAD => HookEvent::OnUnload,
                        other => return Err(CallError::InvalidInput(format!("unknown hook event {other}"))),
                    };
                    let (_, hook) = instance
                        .surface
                        .hooks
                        .iter()
                        .find(|(decl, _)| decl.handler == handler)
                        .ok_or_else(|| CallError::InvalidInput(format!("no hook handler `{handler}`")))?;
                    let mut payload = HookPayload::new(hook_event);
                    payload.sql = event.sql.to_str().ok().flatten().map(str::to_owned);
                    payload.error = event.error.to_str().ok().flatten().map(str::to_owned);
                    payload.rows = u64::try_from(event.rows).ok();
                    hook.on_event(&payload)
                }
                UNIPLUG_EVENT_TRIGGER => {
                    let (_, trigger) = instance
                        .surface
                        .triggers
                        .iter()
                        .find(|(decl, _)| decl.handler == handler)
                        .ok_or_else(|| CallError::InvalidInput(format!("no trigger handler `{handler}`")))?;
                    let when = match event.when {
                        UNIPLUG_TRIGGER_BEFORE => TriggerTiming::Before,
                        _ => TriggerTiming::After,
                    };
                    let rows = arrays_in(1, event.batch, event.batch_type, None)?.remove(0);
                    let rows = rows
                        .as_any()
                        .downcast_ref::<StructArray>()
                        .ok_or_else(|| CallError::InvalidInput("the inserted rows are not a struct array".into()))?;
                    let table = text(event.table, "the table")?;
                    let payload = TriggerPayload::new(table, when, RecordBatch::from(rows.clone()));
                    match trigger.fire(&payload)? {
                        TriggerVerdict::Accept => Ok(()),
                        TriggerVerdict::Reject(reason) => Err(CallError::InvalidInput(reason)),
                    }
                }
                UNIPLUG_EVENT_JOB => {
                    let (decl, job) = instance
                        .surface
                        .jobs
                        .iter()
                        .find(|(decl, _)| decl.handler == handler)
                        .ok_or_else(|| CallError::InvalidInput(format!("no job handler `{handler}`")))?;
                    let name = match event.job.to_str() {
                        Ok(Some(name)) if !name.is_empty() => name.to_owned(),
                        _ => decl.name.clone(),
                    };
                    let probe = Arc::new(CancelProbe(Mutex::new(Some(event.cancelled))));
                    let _running = RunGuard(probe.clone());
                    let context = JobContext::with_probe(
                        instance.plugin.manifest().plugin.id.clone(),
                        name,
                        event.scheduled_at_unix_ms,
                        {
                            let probe = probe.clone();
                            Arc::new(move || probe.is_cancelled())
                        },
                    );
                    job.run(&context)
                }
                other => Err(CallError::InvalidInput(format!("unknown event kind {other}"))),
            }
        }
    })
}

// `AtomicBool` and the ABI's byte are the same size: a host written in Rust
// may lend either.
const _: () = assert!(std::mem::size_of::<AtomicBool>() == std::mem::size_of::<AtomicU8>());
