//! The `#[repr(C)]` structs of `uni_plugin.h`, field for field.

use std::ffi::c_void;
use std::os::raw::c_char;

use crate::{UniplugStr, UniplugString};

/// `struct ArrowSchema` of the Arrow C Data Interface.
#[repr(C)]
#[derive(Debug)]
pub struct ArrowSchema {
    /// The type, in the interface's format-string language.
    pub format: *const c_char,
    /// Field name, NUL-terminated, or null.
    pub name: *const c_char,
    /// Encoded key-value metadata, or null.
    pub metadata: *const c_char,
    /// `ARROW_FLAG_*` bits.
    pub flags: i64,
    /// Number of children.
    pub n_children: i64,
    /// The children.
    pub children: *mut *mut ArrowSchema,
    /// The dictionary's schema, or null.
    pub dictionary: *mut ArrowSchema,
    /// Frees the schema; null once released.
    pub release: Option<unsafe extern "C" fn(*mut ArrowSchema)>,
    /// The producer's own data.
    pub private_data: *mut c_void,
}

/// `struct ArrowArray` of the Arrow C Data Interface.
#[repr(C)]
#[derive(Debug)]
pub struct ArrowArray {
    /// Rows.
    pub length: i64,
    /// Null rows, or -1 when not computed.
    pub null_count: i64,
    /// Logical offset into the buffers.
    pub offset: i64,
    /// Number of buffers.
    pub n_buffers: i64,
    /// Number of children.
    pub n_children: i64,
    /// The buffers.
    pub buffers: *mut *const c_void,
    /// The children.
    pub children: *mut *mut ArrowArray,
    /// The dictionary, or null.
    pub dictionary: *mut ArrowArray,
    /// Frees the array; null once released (or moved out).
    pub release: Option<unsafe extern "C" fn(*mut ArrowArray)>,
    /// The producer's own data.
    pub private_data: *mut c_void,
}

impl ArrowSchema {
    /// A released (empty) schema, for out-parameters.
    pub const EMPTY: ArrowSchema = ArrowSchema {
        format: std::ptr::null(),
        name: std::ptr::null(),
        metadata: std::ptr::null(),
        flags: 0,
        n_children: 0,
        children: std::ptr::null_mut(),
        dictionary: std::ptr::null_mut(),
        release: None,
        private_data: std::ptr::null_mut(),
    };
}

impl ArrowArray {
    /// A released (empty) array, for out-parameters.
    pub const EMPTY: ArrowArray = ArrowArray {
        length: 0,
        null_count: 0,
        offset: 0,
        n_buffers: 0,
        n_children: 0,
        buffers: std::ptr::null_mut(),
        children: std::ptr::null_mut(),
        dictionary: std::ptr::null_mut(),
        release: None,
        private_data: std::ptr::null_mut(),
    };
}

impl Drop for ArrowSchema {
    fn drop(&mut self) {
        if let Some(release) = self.release {
            // SAFETY: a live schema (release non-null) is released exactly
            // once, by its owner, as the interface requires.
            unsafe { release(self) };
        }
    }
}

impl Drop for ArrowArray {
    fn drop(&mut self) {
        if let Some(release) = self.release {
            // SAFETY: as for `ArrowSchema`.
            unsafe { release(self) };
        }
    }
}

/// A status code (`UNIPLUG_*`): the fault classes of the host's
/// `CallError`.
pub type Status = i32;

/// Success.
pub const UNIPLUG_OK: Status = 0;
/// The input is wrong; from a trigger, the rows are rejected.
pub const UNIPLUG_INVALID_INPUT: Status = 1;
/// The plugin failed.
pub const UNIPLUG_FAILED: Status = 2;
/// A capability the call needs is not granted.
pub const UNIPLUG_NOT_GRANTED: Status = 3;
/// The plugin caught a panic of its own.
pub const UNIPLUG_PANICKED: Status = 4;
/// The plugin ran out of a resource.
pub const UNIPLUG_RESOURCE_EXHAUSTED: Status = 5;
/// Something the call needs is not available right now.
pub const UNIPLUG_UNAVAILABLE: Status = 6;

/// Log levels of [`UniplugHost::log`].
pub const UNIPLUG_LOG_TRACE: i32 = 0;
/// Debug.
pub const UNIPLUG_LOG_DEBUG: i32 = 1;
/// Info.
pub const UNIPLUG_LOG_INFO: i32 = 2;
/// Warn.
pub const UNIPLUG_LOG_WARN: i32 = 3;
/// Error.
pub const UNIPLUG_LOG_ERROR: i32 = 4;

/// [`UniplugEvent::kind`]: a hook.
pub const UNIPLUG_EVENT_HOOK: u32 = 0;
/// A trigger.
pub const UNIPLUG_EVENT_TRIGGER: u32 = 1;
/// A job.
pub const UNIPLUG_EVENT_JOB: u32 = 2;

/// [`UniplugEvent::hook`] values.
pub const UNIPLUG_HOOK_BEFORE_QUERY: u32 = 0;
/// After a query.
pub const UNIPLUG_HOOK_AFTER_QUERY: u32 = 1;
/// When the plugin loads.
pub const UNIPLUG_HOOK_ON_LOAD: u32 = 2;
/// When the plugin unloads.
pub const UNIPLUG_HOOK_ON_UNLOAD: u32 = 3;

/// [`UniplugEvent::when`]: before the insert.
pub const UNIPLUG_TRIGGER_BEFORE: u32 = 0;
/// After the insert.
pub const UNIPLUG_TRIGGER_AFTER: u32 = 1;

/// An `emit` argument meaning every group.
pub const UNIPLUG_EMIT_ALL: i64 = -1;

/// What the host offers a plugin instance (`UniplugHost`).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct UniplugHost {
    /// `size_of::<UniplugHost>()` as the host knows it.
    pub size: u32,
    /// Passed back as every callback's first argument.
    pub context: *mut c_void,
    /// Writes to the host log.
    pub log: Option<unsafe extern "C" fn(*mut c_void, i32, UniplugStr)>,
    /// A granted secret; `value.ptr` null when granted but not set.
    pub secret: Option<unsafe extern "C" fn(*mut c_void, UniplugStr, *mut UniplugString, *mut UniplugString) -> Status>,
    /// Read-only SQL against the calling session: one struct array.
    pub query: Option<
        unsafe extern "C" fn(*mut c_void, UniplugStr, *mut ArrowArray, *mut ArrowSchema, *mut UniplugString) -> Status,
    >,
    /// Random bytes.
    pub random: Option<unsafe extern "C" fn(*mut c_void, *mut u8, usize, *mut UniplugString) -> Status>,
}

/// A hook, trigger or job event (`UniplugEvent`).
#[repr(C)]
#[derive(Debug)]
pub struct UniplugEvent {
    /// `size_of::<UniplugEvent>()` as the host knows it.
    pub size: u32,
    /// `UNIPLUG_EVENT_*`.
    pub kind: u32,
    /// Hook: `UNIPLUG_HOOK_*`.
    pub hook: u32,
    /// Hook: the statement, or none.
    pub sql: UniplugStr,
    /// Hook: rows produced, -1 when unknown.
    pub rows: i64,
    /// Hook: the error, or none.
    pub error: UniplugStr,
    /// Trigger: the table.
    pub table: UniplugStr,
    /// Trigger: `UNIPLUG_TRIGGER_*`.
    pub when: u32,
    /// Trigger: the inserted rows as a struct array, lent.
    pub batch: *mut ArrowArray,
    /// Trigger: the rows' struct type, borrowed.
    pub batch_type: *const ArrowSchema,
    /// Job: its name.
    pub job: UniplugStr,
    /// Job: when it was due.
    pub scheduled_at_unix_ms: i64,
    /// Job: nonzero once the host cancels the run (an atomic byte, valid
    /// during the call).
    pub cancelled: *const u8,
}

/// `init`: the init document, the host, the new instance, the error.
pub type InitFn = unsafe extern "C" fn(UniplugStr, *const UniplugHost, *mut *mut c_void, *mut UniplugString) -> Status;
/// `call_scalar`.
pub type CallScalarFn = unsafe extern "C" fn(
    *mut c_void,
    UniplugStr,
    i64,
    usize,
    *mut ArrowArray,
    *const ArrowSchema,
    *mut ArrowArray,
    *mut ArrowSchema,
    *mut UniplugString,
) -> Status;
/// `describe_aggregate`.
pub type DescribeAggregateFn =
    unsafe extern "C" fn(*mut c_void, UniplugStr, *mut ArrowSchema, *mut u8, *mut UniplugString) -> Status;
/// `accumulator_new`, `grouped_new`.
pub type NewFn = unsafe extern "C" fn(*mut c_void, UniplugStr, *mut *mut c_void, *mut UniplugString) -> Status;
/// `accumulator_update`, `accumulator_merge`.
pub type AccumulateFn =
    unsafe extern "C" fn(*mut c_void, i64, usize, *mut ArrowArray, *const ArrowSchema, *mut UniplugString) -> Status;
/// `accumulator_state`, `accumulator_finish`, `table_next`.
pub type ProduceFn = unsafe extern "C" fn(*mut c_void, *mut ArrowArray, *mut ArrowSchema, *mut UniplugString) -> Status;
/// `grouped_update`, `grouped_merge`.
pub type GroupedAccumulateFn = unsafe extern "C" fn(
    *mut c_void,
    *const usize,
    i64,
    usize,
    usize,
    *mut ArrowArray,
    *const ArrowSchema,
    *mut UniplugString,
) -> Status;
/// `grouped_state`, `grouped_finish`.
pub type EmitFn =
    unsafe extern "C" fn(*mut c_void, i64, *mut ArrowArray, *mut ArrowSchema, *mut UniplugString) -> Status;
/// `accumulator_size`, `grouped_size`.
pub type SizeFn = unsafe extern "C" fn(*mut c_void) -> usize;
/// `shutdown` and the `*_free` functions.
pub type FreeFn = unsafe extern "C" fn(*mut c_void);
/// `table_call`.
pub type TableCallFn = unsafe extern "C" fn(
    *mut c_void,
    UniplugStr,
    usize,
    *mut ArrowArray,
    *const ArrowSchema,
    *mut *mut c_void,
    *mut UniplugString,
) -> Status;
/// `on_event`.
pub type OnEventFn = unsafe extern "C" fn(*mut c_void, UniplugStr, *const UniplugEvent, *mut UniplugString) -> Status;

/// What a library offers (`UniplugPlugin`). `init` and `shutdown` are
/// required; any other function may be null when the library has no
/// surface of that kind.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct UniplugPlugin {
    /// The ABI version the library was built for. Always first.
    pub abi_version: u32,
    /// `size_of::<UniplugPlugin>()` as the library knows it.
    pub size: u32,
    /// NUL-terminated plugin id; must equal the manifest's.
    pub plugin_id: *const c_char,
    /// NUL-terminated name of what built the library.
    pub producer: *const c_char,
    /// Makes an instance.
    pub init: Option<InitFn>,
    /// Ends an instance.
    pub shutdown: Option<FreeFn>,
    /// A scalar function over a batch.
    pub call_scalar: Option<CallScalarFn>,
    /// An aggregate's state type and whether it has a grouped form.
    pub describe_aggregate: Option<DescribeAggregateFn>,
    /// A new accumulator.
    pub accumulator_new: Option<NewFn>,
    /// Adds rows.
    pub accumulator_update: Option<AccumulateFn>,
    /// Merges states.
    pub accumulator_merge: Option<AccumulateFn>,
    /// The state, a 1-row struct array.
    pub accumulator_state: Option<ProduceFn>,
    /// The result, a 1-row array.
    pub accumulator_finish: Option<ProduceFn>,
    /// Bytes held.
    pub accumulator_size: Option<SizeFn>,
    /// Frees an accumulator.
    pub accumulator_free: Option<FreeFn>,
    /// A new grouped accumulator.
    pub grouped_new: Option<NewFn>,
    /// Adds a batch of rows with their groups.
    pub grouped_update: Option<GroupedAccumulateFn>,
    /// Merges a batch of states with their groups.
    pub grouped_merge: Option<GroupedAccumulateFn>,
    /// States of the emitted groups, a struct array.
    pub grouped_state: Option<EmitFn>,
    /// Results of the emitted groups.
    pub grouped_finish: Option<EmitFn>,
    /// Bytes held.
    pub grouped_size: Option<SizeFn>,
    /// Frees a grouped accumulator.
    pub grouped_free: Option<FreeFn>,
    /// Calls a table function.
    pub table_call: Option<TableCallFn>,
    /// The next batch, or the end.
    pub table_next: Option<ProduceFn>,
    /// Frees a stream.
    pub table_free: Option<FreeFn>,
    /// A hook, trigger or job event.
    pub on_event: Option<OnEventFn>,
}

// SAFETY: the table is immutable data and function pointers; the ABI makes
// every function callable from any thread.
unsafe impl Sync for UniplugPlugin {}
// SAFETY: as above.
unsafe impl Send for UniplugPlugin {}

/// The type of the [`crate::ENTRY_SYMBOL`] function.
pub type UniplugEntry = unsafe extern "C" fn() -> *const UniplugPlugin;
