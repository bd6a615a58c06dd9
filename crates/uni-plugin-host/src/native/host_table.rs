//! The [`UniplugHost`] table a library instance gets: log, secret, query
//! and random, each answered through the generation's [`PluginContext`],
//! which checks the grants (a library cannot widen its grants by building
//! a context of its own: the host checks again here).

use std::ffi::c_void;
use std::panic::{AssertUnwindSafe, catch_unwind};

use arrow_array::StructArray;
use uni_plugin::context::LogLevel;
use uni_plugin::{ContextError, PluginContext};
use uni_plugin_abi::arrow::export;
use uni_plugin_abi::*;

/// What the callbacks' `context` pointer points at, and the table itself:
/// boxed, so the table the library may keep a pointer to stays put for the
/// instance's life.
pub(crate) struct HostState {
    pub(crate) context: PluginContext,
    pub(crate) table: UniplugHost,
}

impl HostState {
    /// The state for `context`, its table pointing at itself.
    pub(crate) fn new(context: PluginContext) -> Box<HostState> {
        let mut state = Box::new(HostState { context, table: host_table(std::ptr::null()) });
        state.table = host_table(&*state);
        state
    }
}

/// The table whose callbacks get `state` as their context.
fn host_table(state: *const HostState) -> UniplugHost {
    UniplugHost {
        size: std::mem::size_of::<UniplugHost>() as u32,
        context: state.cast_mut().cast(),
        log: Some(log),
        secret: Some(secret),
        query: Some(query),
        random: Some(random),
    }
}

/// The state behind a callback's context.
///
/// # Safety
/// `context` is the pointer [`host_table`] put in the table, whose state
/// outlives the instance calling back.
unsafe fn state<'a>(context: *mut c_void) -> &'a HostState {
    // SAFETY: per the caller.
    unsafe { &*context.cast::<HostState>() }
}

/// Runs a callback body: its error (or a panic in the host's own code)
/// becomes a status and a message the library releases through the
/// string's callback.
fn answer(error: *mut UniplugString, body: impl FnOnce() -> Result<(), ContextError>) -> Status {
    let (status, message) = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => return UNIPLUG_OK,
        Ok(Err(failure @ ContextError::NotGranted { .. })) => (UNIPLUG_NOT_GRANTED, failure.to_string()),
        Ok(Err(failure @ ContextError::Unavailable { .. })) => (UNIPLUG_UNAVAILABLE, failure.to_string()),
        Ok(Err(failure)) => (UNIPLUG_FAILED, failure.to_string()),
        Err(_) => (UNIPLUG_FAILED, "the host failed answering the call".to_owned()),
    };
    if !error.is_null() {
        // SAFETY: the library passes a writable, zeroed string (ABI).
        unsafe { error.write(UniplugString::from_string(message)) };
    }
    status
}

fn text(text: UniplugStr) -> String {
    // SAFETY: the ABI lends `len` readable bytes for the call.
    unsafe { text.bytes() }.map(|bytes| String::from_utf8_lossy(bytes).into_owned()).unwrap_or_default()
}

unsafe extern "C" fn log(context: *mut c_void, level: i32, message: UniplugStr) {
    let _ = catch_unwind(AssertUnwindSafe(|| {
        let level = match level {
            UNIPLUG_LOG_TRACE => LogLevel::Trace,
            UNIPLUG_LOG_DEBUG => LogLevel::Debug,
            UNIPLUG_LOG_INFO => LogLevel::Info,
            UNIPLUG_LOG_WARN => LogLevel::Warn,
            _ => LogLevel::Error,
        };
        // SAFETY: the context this module put in the table.
        let _ = unsafe { state(context) }.context.log(level, &text(message));
    }));
}

unsafe extern "C" fn secret(
    context: *mut c_void,
    name: UniplugStr,
    value: *mut UniplugString,
    error: *mut UniplugString,
) -> Status {
    answer(error, || {
        // SAFETY: the context this module put in the table.
        let found = unsafe { state(context) }.context.secret(&text(name))?;
        if let Some(found) = found
            && !value.is_null()
        {
            // SAFETY: the library passes a writable, zeroed string.
            unsafe { value.write(UniplugString::from_string(found)) };
        }
        Ok(())
    })
}

unsafe extern "C" fn query(
    context: *mut c_void,
    sql: UniplugStr,
    out: *mut ArrowArray,
    out_type: *mut ArrowSchema,
    error: *mut UniplugString,
) -> Status {
    answer(error, || {
        // SAFETY: the context this module put in the table.
        let batches = unsafe { state(context) }.context.query(&text(sql))?;
        let unavailable = |reason: String| ContextError::Unavailable { service: "query", reason };
        let rows = match batches.split_first() {
            None => StructArray::new_empty_fields(0, None),
            Some((first, _)) => {
                let schema = first.schema();
                let all = arrow_select::concat::concat_batches(&schema, &batches)
                    .map_err(|e| unavailable(format!("cannot gather the result: {e}")))?;
                StructArray::from(all)
            }
        };
        let (array, data_type) = export(&rows).map_err(|e| unavailable(format!("cannot export the result: {e}")))?;
        if out.is_null() || out_type.is_null() {
            return Err(unavailable("the plugin passed no place for the result".into()));
        }
        // SAFETY: writable per the ABI, holding nothing to drop.
        unsafe {
            out.write(array);
            out_type.write(data_type);
        }
        Ok(())
    })
}

unsafe extern "C" fn random(context: *mut c_void, buffer: *mut u8, len: usize, error: *mut UniplugString) -> Status {
    answer(error, || {
        if len == 0 {
            return Ok(());
        }
        if buffer.is_null() {
            return Err(ContextError::Unavailable { service: "random", reason: "a null buffer".into() });
        }
        // SAFETY: the library lends `len` writable bytes for the call.
        let buffer = unsafe { std::slice::from_raw_parts_mut(buffer, len) };
        // SAFETY: the context this module put in the table.
        unsafe { state(context) }.context.random_bytes(buffer)
    })
}
