//! The native side of the SDK: on every target but `wasm32`,
//! [`crate::export_plugin!`] emits the C entry point `uniplug_entry`
//! returning a [`UniplugPlugin`] whose functions call the plugin's surfaces.
//! Arrays cross as the Arrow C Data Interface; panics are caught here and
//! returned as `UNIPLUG_PANICKED`, so nothing unwinds into the host.

mod calls;
mod instance;
mod services;

use std::ffi::CString;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::OnceLock;

use uni_plugin::{CallError, Plugin};
pub use uni_plugin_abi::UniplugPlugin;
use uni_plugin_abi::*;

/// Makes the plugin value; implemented by the type [`crate::export_plugin!`]
/// defines.
pub trait MakePlugin: 'static {
    /// Builds the plugin (once per instance, and once at entry to learn its
    /// id).
    fn make() -> Box<dyn Plugin>;
}

/// The table the entry point returns, built once. `None` when the plugin
/// could not even be built (its manifest is invalid, or it panicked): the
/// entry then returns null and the host says so.
pub fn entry<M: MakePlugin>(table: &'static OnceLock<Option<UniplugPlugin>>) -> *const UniplugPlugin {
    let table = table.get_or_init(|| {
        let plugin_id = catch_unwind(M::make).ok()?.manifest().plugin.id.to_string();
        let plugin_id: &'static CString = Box::leak(Box::new(CString::new(plugin_id).ok()?));
        Some(vtable::<M>(plugin_id.as_ptr()))
    });
    table.as_ref().map_or(std::ptr::null(), |table| table as *const UniplugPlugin)
}

const PRODUCER: &std::ffi::CStr =
    match std::ffi::CStr::from_bytes_with_nul(concat!("uni-plugin-sdk ", env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
        Ok(producer) => producer,
        Err(_) => panic!("the producer name is NUL-terminated"),
    };

fn vtable<M: MakePlugin>(plugin_id: *const std::os::raw::c_char) -> UniplugPlugin {
    UniplugPlugin {
        abi_version: ABI_VERSION,
        size: std::mem::size_of::<UniplugPlugin>() as u32,
        plugin_id,
        producer: PRODUCER.as_ptr(),
        init: Some(instance::init::<M>),
        shutdown: Some(instance::shutdown),
        call_scalar: Some(calls::call_scalar),
        describe_aggregate: Some(calls::describe_aggregate),
        accumulator_new: Some(calls::accumulator_new),
        accumulator_update: Some(calls::accumulator_update),
        accumulator_merge: Some(calls::accumulator_merge),
        accumulator_state: Some(calls::accumulator_state),
        accumulator_finish: Some(calls::accumulator_finish),
        accumulator_size: Some(calls::accumulator_size),
        accumulator_free: Some(calls::accumulator_free),
        grouped_new: Some(calls::grouped_new),
        grouped_update: Some(calls::grouped_update),
        grouped_merge: Some(calls::grouped_merge),
        grouped_state: Some(calls::grouped_state),
        grouped_finish: Some(calls::grouped_finish),
        grouped_size: Some(calls::grouped_size),
        grouped_free: Some(calls::grouped_free),
        table_call: Some(calls::table_call),
        table_next: Some(calls::table_next),
        table_free: Some(calls::table_free),
        on_event: Some(calls::on_event),
    }
}

/// The status code of an error, and its message without the kind's prefix
/// (the host puts the kind back).
fn status_of(error: CallError) -> (Status, String) {
    match error {
        CallError::InvalidInput(message) => (UNIPLUG_INVALID_INPUT, message),
        CallError::NotGranted(message) => (UNIPLUG_NOT_GRANTED, message),
        CallError::Panicked(message) => (UNIPLUG_PANICKED, message),
        CallError::ResourceExhausted(message) => (UNIPLUG_RESOURCE_EXHAUSTED, message),
        CallError::Unavailable(message) => (UNIPLUG_UNAVAILABLE, message),
        CallError::Failed(message) => (UNIPLUG_FAILED, message),
        other => (UNIPLUG_FAILED, other.to_string()),
    }
}

/// Runs one call of the table: its error, or a panic, becomes a status and
/// a message in `error`. Nothing unwinds past this.
fn guard(error: *mut UniplugString, body: impl FnOnce() -> Result<(), CallError>) -> Status {
    let (status, message) = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => return UNIPLUG_OK,
        Ok(Err(failure)) => status_of(failure),
        Err(panic) => (UNIPLUG_PANICKED, panic_message(panic.as_ref())),
    };
    if !error.is_null() {
        // SAFETY: the host passes a writable `UniplugString` (or null,
        // checked); writing without dropping what was there, which the
        // host zeroed.
        unsafe { error.write(UniplugString::from_string(message)) };
    }
    status
}

/// A panic payload's text.
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned())
}
