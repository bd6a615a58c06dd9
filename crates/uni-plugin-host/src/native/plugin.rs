//! A native library as a [`Plugin`]: the manifest's functions and handlers
//! become proxies that call through the library's table, arguments lent as
//! Arrow C Data Interface arrays, results checked (type, length, buffers)
//! before anything else sees them.

use std::ffi::{CStr, c_void};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock};

use arrow_array::{Array, ArrayRef, RecordBatch, StructArray};
use arrow_schema::{DataType, Field, Fields};
use uni_plugin::manifest::{FunctionKind, HookEvent, Returns, TriggerTiming};
use uni_plugin::{
    Accumulator, AggregateFunction, CallError, EmitTo, GroupsAccumulator, Hook, HookPayload, Job, JobContext, Plugin,
    PluginContext, PluginDigest, PluginError, PluginManifest, Registrar, ScalarFunction, TableFunction, Trigger,
    TriggerPayload, TriggerVerdict,
};
use uni_plugin_abi::arrow::{export_array, export_type, import_array, import_type};
use uni_plugin_abi::*;

use super::host_table::HostState;
use super::library::{self, Library, LibraryError};

/// A plugin whose code is a native library loaded at run time.
pub struct NativeLibraryPlugin {
    manifest: PluginManifest,
    shared: Arc<Shared>,
}

/// What every proxy of one generation shares.
struct Shared {
    library: Library,
    instance: OnceLock<Arc<Instance>>,
}

/// One `init`'s instance. Shut down when the last proxy, accumulator and
/// stream of its generation is gone, so nothing calls it afterwards.
struct Instance {
    table: &'static UniplugPlugin,
    handle: *mut c_void,
    /// What the host table's context points at: lives as long as the
    /// instance.
    _host: Box<HostState>,
}

// SAFETY: the ABI makes an instance callable from any thread; the handle is
// only passed back to the library.
unsafe impl Send for Instance {}
// SAFETY: as above.
unsafe impl Sync for Instance {}

impl Drop for Instance {
    fn drop(&mut self) {
        if let Some(shutdown) = self.table.shutdown {
            // SAFETY: the handle `init` returned, passed to `shutdown` once.
            unsafe { shutdown(self.handle) };
        }
    }
}

impl NativeLibraryPlugin {
    /// Loads the library whose verified bytes are `bytes` (`file` names it
    /// in the plugin directory), mapping a content-addressed copy under
    /// `copies` (see [`super::copies_dir`]).
    pub fn load(
        manifest: PluginManifest,
        bytes: &[u8],
        file: &str,
        digest: &PluginDigest,
        copies: &std::path::Path,
    ) -> Result<NativeLibraryPlugin, LibraryError> {
        let library = library::open(bytes, file, digest, copies, &manifest.plugin.id)?;
        Ok(NativeLibraryPlugin { manifest, shared: Arc::new(Shared { library, instance: OnceLock::new() }) })
    }

    /// What built the library (e.g. `uni-plugin-sdk 0.1.0`).
    pub fn producer(&self) -> &str {
        self.shared.library.producer
    }
}

impl Shared {
    fn instance(&self) -> Result<Arc<Instance>, CallError> {
        self.instance
            .get()
            .cloned()
            .ok_or_else(|| CallError::Unavailable("the native plugin is not initialized".into()))
    }

    fn table(&self) -> &'static UniplugPlugin {
        self.library.table
    }
}

/// A call's status and message as a [`CallError`].
fn check(status: Status, mut error: UniplugString) -> Result<(), CallError> {
    // SAFETY: the library filled the string (or left it zeroed) per the ABI.
    let message = unsafe { error.take() }.unwrap_or_default();
    match status {
        UNIPLUG_OK => Ok(()),
        UNIPLUG_INVALID_INPUT => Err(CallError::InvalidInput(message)),
        UNIPLUG_NOT_GRANTED => Err(CallError::NotGranted(message)),
        UNIPLUG_PANICKED => Err(CallError::Panicked(message)),
        UNIPLUG_RESOURCE_EXHAUSTED => Err(CallError::ResourceExhausted(message)),
        UNIPLUG_UNAVAILABLE => Err(CallError::Unavailable(message)),
        UNIPLUG_FAILED => Err(CallError::Failed(message)),
        other => Err(CallError::Failed(format!("the library answered unknown status {other}: {message}"))),
    }
}

/// Declared argument types, exported once and lent on every call.
struct LentTypes {
    declared: Vec<DataType>,
    schemas: Vec<ArrowSchema>,
}

// SAFETY: the schemas are immutable after export and only lent (read) by
// the library during calls.
unsafe impl Send for LentTypes {}
// SAFETY: as above.
unsafe impl Sync for LentTypes {}

impl LentTypes {
    fn new(declared: Vec<DataType>) -> Result<LentTypes, CallError> {
        let schemas = declared
            .iter()
            .map(|data_type| {
                export_type(data_type).map_err(|e| CallError::failed(format!("cannot export {data_type}: {e}")))
            })
            .collect::<Result<_, _>>()?;
        Ok(LentTypes { declared, schemas })
    }

    /// Lends `arrays` with these types (or, should an array's type differ
    /// from the declared one, types made for this call), then runs `call`.
    fn lend<T>(
        &self,
        arrays: &[ArrayRef],
        call: impl FnOnce(usize, *mut ArrowArray, *const ArrowSchema) -> T,
    ) -> Result<T, CallError> {
        let mut lent: Vec<ArrowArray> = arrays.iter().map(|array| export_array(array.as_ref())).collect();
        let matches = arrays.len() == self.declared.len()
            && arrays.iter().zip(&self.declared).all(|(array, declared)| array.data_type() == declared);
        let result = if matches {
            call(lent.len(), lent.as_mut_ptr(), self.schemas.as_ptr())
        } else {
            let types = LentTypes::new(arrays.iter().map(|array| array.data_type().clone()).collect())?;
            call(lent.len(), lent.as_mut_ptr(), types.schemas.as_ptr())
        };
        // Releases whatever the library did not move out.
        drop(lent);
        Ok(result)
    }
}

/// Whether `found` spells the same type as `expected` (format strings and
/// children, the fast check before a full parse).
fn same_type(found: &ArrowSchema, expected: &ArrowSchema, depth: usize) -> bool {
    if depth > uni_plugin_abi::arrow::MAX_DEPTH || found.format.is_null() || found.n_children != expected.n_children {
        return false;
    }
    // SAFETY: non-null format strings are NUL-terminated (the interface);
    // `expected` is the host's own export.
    let formats_match = unsafe { CStr::from_ptr(found.format) == CStr::from_ptr(expected.format) };
    formats_match
        && (0..found.n_children as usize).all(|index| {
            // SAFETY: both hold `n_children` child pointers (checked equal);
            // the found side's are checked non-null before use.
            unsafe {
                let found_child = *found.children.add(index);
                !found.children.is_null()
                    && !found_child.is_null()
                    && same_type(&*found_child, &**expected.children.add(index), depth + 1)
            }
        })
        && found.dictionary.is_null() == expected.dictionary.is_null()
}

/// An array the library wrote, checked against `expected` before use.
struct Output {
    array: ArrowArray,
    data_type: ArrowSchema,
}

impl Output {
    fn new() -> Output {
        Output { array: ArrowArray::EMPTY, data_type: ArrowSchema::EMPTY }
    }

    fn take(
        mut self,
        what: &str,
        expected: &DataType,
        expected_schema: Option<&ArrowSchema>,
        rows: Option<usize>,
    ) -> Result<ArrayRef, CallError> {
        let failed = |message: String| CallError::Failed(format!("{what}: {message}"));
        if self.array.release.is_none() {
            return Err(failed("the library returned OK but wrote no array".into()));
        }
        let fast = expected_schema
            .is_some_and(|schema| self.data_type.release.is_some() && same_type(&self.data_type, schema, 0));
        if !fast {
            if self.data_type.release.is_none() {
                return Err(failed("the library wrote an array without its type".into()));
            }
            // SAFETY: written by the library per the interface; checked
            // before arrow-rs reads it.
            let found = unsafe { import_type(&self.data_type) }.map_err(|e| failed(format!("its type: {e}")))?;
            if &found != expected {
                if !same_but_nullability(&found, expected) {
                    return Err(failed(format!("the library returned {found} where {expected} was expected")));
                }
                // Columns the library marks non-null where the manifest
                // allows NULLs: import as written, then present them as
                // declared (a looser type, so nothing is lost).
                let array = std::mem::replace(&mut self.array, ArrowArray::EMPTY);
                // SAFETY: as below.
                let imported = unsafe { import_array(array, &found, rows) }
                    .map_err(|e| failed(format!("a malformed array: {e}")))?;
                return retype(imported, expected).map_err(|e| failed(e.to_string()));
            }
        }
        let array = std::mem::replace(&mut self.array, ArrowArray::EMPTY);
        // SAFETY: the library's array, shape-checked and validated inside.
        unsafe { import_array(array, expected, rows) }.map_err(|e| failed(format!("a malformed array: {e}")))
    }
}

/// Struct types equal but for their fields' nullability.
fn same_but_nullability(found: &DataType, expected: &DataType) -> bool {
    match (found, expected) {
        (DataType::Struct(found), DataType::Struct(expected)) => {
            found.len() == expected.len()
                && found.iter().zip(expected.iter()).all(|(found, expected)| {
                    found.name() == expected.name()
                        && (found.data_type() == expected.data_type()
                            || same_but_nullability(found.data_type(), expected.data_type()))
                })
        }
        _ => false,
    }
}

/// A struct array under `expected`'s fields (which allow what it holds).
fn retype(array: ArrayRef, expected: &DataType) -> Result<ArrayRef, arrow_schema::ArrowError> {
    let (DataType::Struct(fields), Some(rows)) = (expected, array.as_any().downcast_ref::<StructArray>()) else {
        return Ok(array);
    };
    let columns = rows
        .columns()
        .iter()
        .zip(fields.iter())
        .map(|(column, field)| retype(column.clone(), field.data_type()))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Arc::new(StructArray::try_new(fields.clone(), columns, rows.nulls().cloned())?))
}

fn missing(function: &str, declared: &str) -> PluginError {
    PluginError::new(format!(
        "the library has no `{function}`, but the manifest declares {declared}; export it, or remove the declaration"
    ))
}

impl Plugin for NativeLibraryPlugin {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }

    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        let table = self.shared.table();
        for decl in &self.manifest.functions {
            let declared = || format!("{} function `{}`", decl.kind, decl.name);
            let args = LentTypes::new(decl.args.iter().map(|ty| ty.to_arrow()).collect())
                .map_err(|e| PluginError::new(e.to_string()))?;
            match (&decl.kind, &decl.returns) {
                (FunctionKind::Scalar, Returns::Type(returns)) => {
                    table.call_scalar.ok_or_else(|| missing("call_scalar", &declared()))?;
                    let returns =
                        LentTypes::new(vec![returns.to_arrow()]).map_err(|e| PluginError::new(e.to_string()))?;
                    registrar.scalar(
                        &decl.name,
                        NativeScalar {
                            shared: self.shared.clone(),
                            name: decl.name.clone(),
                            label: format!("`{}`", decl.name),
                            args,
                            returns,
                        },
                    );
                }
                (FunctionKind::Aggregate, Returns::Type(returns)) => {
                    for (function, present) in [
                        ("describe_aggregate", table.describe_aggregate.is_some()),
                        ("accumulator_new", table.accumulator_new.is_some()),
                        ("accumulator_update", table.accumulator_update.is_some()),
                        ("accumulator_merge", table.accumulator_merge.is_some()),
                        ("accumulator_state", table.accumulator_state.is_some()),
                        ("accumulator_finish", table.accumulator_finish.is_some()),
                        ("accumulator_free", table.accumulator_free.is_some()),
                    ] {
                        if !present {
                            return Err(missing(function, &declared()));
                        }
                    }
                    registrar.aggregate(
                        &decl.name,
                        NativeAggregate {
                            shared: self.shared.clone(),
                            name: decl.name.clone(),
                            args: Arc::new(args),
                            returns: returns.to_arrow(),
                            described: OnceLock::new(),
                        },
                    );
                }
                (FunctionKind::Table, Returns::Columns(columns)) => {
                    for (function, present) in [
                        ("table_call", table.table_call.is_some()),
                        ("table_next", table.table_next.is_some()),
                        ("table_free", table.table_free.is_some()),
                    ] {
                        if !present {
                            return Err(missing(function, &declared()));
                        }
                    }
                    let fields: Fields =
                        columns.iter().map(|column| Field::new(&column.name, column.ty.to_arrow(), true)).collect();
                    registrar.table(
                        &decl.name,
                        NativeTable { shared: self.shared.clone(), name: decl.name.clone(), args, fields },
                    );
                }
                _ => {
                    return Err(PluginError::new(format!(
                        "{} declares a return the host cannot map: {}",
                        declared(),
                        decl.returns
                    )));
                }
            }
        }
        let handlers = self
            .manifest
            .hooks
            .iter()
            .map(|decl| ("hook", &decl.handler))
            .chain(self.manifest.triggers.iter().map(|decl| ("trigger", &decl.handler)))
            .chain(self.manifest.jobs.iter().map(|decl| ("job", &decl.handler)));
        let mut seen = std::collections::BTreeSet::new();
        for (kind, handler) in handlers {
            if !seen.insert((kind, handler.clone())) {
                continue;
            }
            table.on_event.ok_or_else(|| missing("on_event", &format!("{kind} handler `{handler}`")))?;
            let event = NativeEvent { shared: self.shared.clone(), handler: handler.clone() };
            match kind {
                "hook" => registrar.hook(handler, event),
                "trigger" => registrar.trigger(handler, event),
                _ => registrar.job(handler, event),
            };
        }
        Ok(())
    }

    fn init(&self, context: &PluginContext) -> Result<(), PluginError> {
        let table = self.shared.table();
        let init = table.init.ok_or_else(|| PluginError::new("the library has no `init`"))?;
        let grants: Vec<String> = context.grants().set().iter().map(|grant| grant.to_string()).collect();
        let document = serde_json::json!({
            "config": context.config(),
            "grants": grants,
            "generation": context.generation(),
            "data_dir": context.data_dir().map(|dir| dir.to_string_lossy().into_owned()),
        })
        .to_string();
        let state = HostState::new(context.clone());
        let mut handle: *mut c_void = std::ptr::null_mut();
        let mut error = UniplugString::EMPTY;
        // SAFETY: the library's `init`; `host` and what its context points
        // at (`state`) live as long as the instance (kept in it below).
        let status = unsafe { init(UniplugStr::new(&document), &state.table, &mut handle, &mut error) };
        check(status, error).map_err(|e| PluginError::new(format!("the library's init failed: {e}")))?;
        if handle.is_null() {
            return Err(PluginError::new("the library's init returned OK but no instance"));
        }
        let instance = Arc::new(Instance { table, handle, _host: state });
        self.shared.instance.set(instance).map_err(|_| PluginError::new("the native plugin was initialized twice"))
    }
}

struct NativeScalar {
    shared: Arc<Shared>,
    name: String,
    /// The name as errors quote it, made once rather than per call.
    label: String,
    args: LentTypes,
    returns: LentTypes,
}

impl ScalarFunction for NativeScalar {
    fn invoke(&self, args: &[ArrayRef], rows: usize) -> Result<ArrayRef, CallError> {
        let instance = self.shared.instance()?;
        let call = instance.table.call_scalar.ok_or_else(|| CallError::failed("the library has no `call_scalar`"))?;
        let mut output = Output::new();
        let mut error = UniplugString::EMPTY;
        let status = self.args.lend(args, |count, arrays, types| {
            // SAFETY: the ABI's call: lent arrays and types for `count`
            // arguments, writable out-parameters, a live instance.
            unsafe {
                call(
                    instance.handle,
                    UniplugStr::new(&self.name),
                    rows as i64,
                    count,
                    arrays,
                    types,
                    &mut output.array,
                    &mut output.data_type,
                    &mut error,
                )
            }
        })?;
        check(status, error)?;
        output.take(&self.label, &self.returns.declared[0], Some(&self.returns.schemas[0]), Some(rows))
    }
}

/// An aggregate's state fields and grouped form, asked once.
struct Described {
    fields: Fields,
    grouped: bool,
    types: Arc<LentTypes>,
}

struct NativeAggregate {
    shared: Arc<Shared>,
    name: String,
    args: Arc<LentTypes>,
    returns: DataType,
    described: OnceLock<Described>,
}

impl NativeAggregate {
    fn described(&self) -> Result<&Described, CallError> {
        if let Some(described) = self.described.get() {
            return Ok(described);
        }
        let instance = self.shared.instance()?;
        let describe = instance.table.describe_aggregate.ok_or_else(|| CallError::failed("no `describe_aggregate`"))?;
        let mut state_type = ArrowSchema::EMPTY;
        let mut grouped = 0u8;
        let mut error = UniplugString::EMPTY;
        // SAFETY: the ABI's call with writable out-parameters.
        let status = unsafe {
            describe(instance.handle, UniplugStr::new(&self.name), &mut state_type, &mut grouped, &mut error)
        };
        check(status, error)?;
        let what = format!("aggregate `{}`", self.name);
        if state_type.release.is_none() {
            return Err(CallError::Failed(format!("{what}: the library described no state type")));
        }
        // SAFETY: written by the library; checked before arrow-rs reads it.
        let fields = match unsafe { import_type(&state_type) } {
            Ok(DataType::Struct(fields)) => fields,
            Ok(other) => return Err(CallError::Failed(format!("{what}: its state type is {other}, not a struct"))),
            Err(e) => return Err(CallError::Failed(format!("{what}: its state type: {e}"))),
        };
        let types = LentTypes::new(fields.iter().map(|field| field.data_type().clone()).collect())?;
        let grouped = grouped != 0
            && [
                instance.table.grouped_new.is_some(),
                instance.table.grouped_update.is_some(),
                instance.table.grouped_merge.is_some(),
                instance.table.grouped_state.is_some(),
                instance.table.grouped_finish.is_some(),
                instance.table.grouped_free.is_some(),
            ]
            .iter()
            .all(|present| *present);
        let _ = self.described.set(Described { fields, grouped, types: Arc::new(types) });
        Ok(self.described.get().expect("set just above"))
    }

    fn new_handle(&self, grouped: bool) -> Result<(Arc<Instance>, *mut c_void), CallError> {
        let instance = self.shared.instance()?;
        let new = if grouped { instance.table.grouped_new } else { instance.table.accumulator_new };
        let new = new.ok_or_else(|| CallError::failed("the library cannot make accumulators"))?;
        let mut handle = std::ptr::null_mut();
        let mut error = UniplugString::EMPTY;
        // SAFETY: the ABI's call with a writable handle slot.
        let status = unsafe { new(instance.handle, UniplugStr::new(&self.name), &mut handle, &mut error) };
        check(status, error)?;
        if handle.is_null() {
            return Err(CallError::Failed(format!("aggregate `{}`: the library made a null accumulator", self.name)));
        }
        Ok((instance, handle))
    }
}

impl AggregateFunction for NativeAggregate {
    fn state_fields(&self) -> Result<Vec<Field>, CallError> {
        Ok(self.described()?.fields.iter().map(|field| field.as_ref().clone()).collect())
    }

    fn accumulator(&self) -> Result<Box<dyn Accumulator>, CallError> {
        let described = self.described()?;
        let (instance, handle) = self.new_handle(false)?;
        Ok(Box::new(NativeAccumulator {
            parts: Parts {
                instance,
                handle,
                name: self.name.clone(),
                args: self.args.clone(),
                states: described.types.clone(),
                fields: described.fields.clone(),
                returns: self.returns.clone(),
            },
        }))
    }

    fn groups_accumulator(&self) -> Result<Option<Box<dyn GroupsAccumulator>>, CallError> {
        let described = self.described()?;
        if !described.grouped {
            return Ok(None);
        }
        let (instance, handle) = self.new_handle(true)?;
        Ok(Some(Box::new(NativeGroups {
            parts: Parts {
                instance,
                handle,
                name: self.name.clone(),
                args: self.args.clone(),
                states: described.types.clone(),
                fields: described.fields.clone(),
                returns: self.returns.clone(),
            },
        })))
    }
}

/// What an accumulator of either form holds.
struct Parts {
    instance: Arc<Instance>,
    handle: *mut c_void,
    name: String,
    args: Arc<LentTypes>,
    states: Arc<LentTypes>,
    fields: Fields,
    returns: DataType,
}

// SAFETY: the ABI lets an accumulator move between threads, used by one at
// a time (`&mut self` on every call).
unsafe impl Send for Parts {}

impl Parts {
    fn what(&self) -> String {
        format!("aggregate `{}`", self.name)
    }

    fn states(&self, output: Output, rows: Option<usize>) -> Result<Vec<ArrayRef>, CallError> {
        let columns = output.take(&self.what(), &DataType::Struct(self.fields.clone()), None, rows)?;
        let columns = columns
            .as_any()
            .downcast_ref::<StructArray>()
            .cloned()
            .ok_or_else(|| CallError::Failed(format!("{}: its state is not a struct array", self.what())))?;
        Ok(columns.columns().to_vec())
    }
}

struct NativeAccumulator {
    parts: Parts,
}

impl NativeAccumulator {
    fn accumulate(&mut self, arrays: &[ArrayRef], merge: bool) -> Result<(), CallError> {
        let parts = &self.parts;
        let function =
            if merge { parts.instance.table.accumulator_merge } else { parts.instance.table.accumulator_update };
        let function = function.ok_or_else(|| CallError::failed("the library cannot accumulate"))?;
        let rows = arrays.first().map_or(0, |array| array.len());
        let types = if merge { &parts.states } else { &parts.args };
        let mut error = UniplugString::EMPTY;
        let status = types.lend(arrays, |count, lent, lent_types| {
            // SAFETY: the ABI's call on a live accumulator.
            unsafe { function(parts.handle, rows as i64, count, lent, lent_types, &mut error) }
        })?;
        check(status, error)
    }

    fn produce(&mut self, finish: bool) -> Result<Output, CallError> {
        let parts = &self.parts;
        let function =
            if finish { parts.instance.table.accumulator_finish } else { parts.instance.table.accumulator_state };
        let function = function.ok_or_else(|| CallError::failed("the library cannot produce a state"))?;
        let mut output = Output::new();
        let mut error = UniplugString::EMPTY;
        // SAFETY: the ABI's call on a live accumulator.
        let status = unsafe { function(parts.handle, &mut output.array, &mut output.data_type, &mut error) };
        check(status, error)?;
        Ok(output)
    }
}

impl Accumulator for NativeAccumulator {
    fn update(&mut self, args: &[ArrayRef]) -> Result<(), CallError> {
        self.accumulate(args, false)
    }

    fn merge(&mut self, states: &[ArrayRef]) -> Result<(), CallError> {
        self.accumulate(states, true)
    }

    fn state(&mut self) -> Result<Vec<ArrayRef>, CallError> {
        let output = self.produce(false)?;
        self.parts.states(output, Some(1))
    }

    fn finish(&mut self) -> Result<ArrayRef, CallError> {
        let output = self.produce(true)?;
        output.take(&self.parts.what(), &self.parts.returns, None, Some(1))
    }

    fn size(&self) -> usize {
        let own = std::mem::size_of::<Self>();
        match self.parts.instance.table.accumulator_size {
            // SAFETY: the ABI's call on a live accumulator.
            Some(size) => own + unsafe { size(self.parts.handle) },
            None => own,
        }
    }
}

impl Drop for NativeAccumulator {
    fn drop(&mut self) {
        if let Some(free) = self.parts.instance.table.accumulator_free {
            // SAFETY: the handle `accumulator_new` made, freed once.
            unsafe { free(self.parts.handle) };
        }
    }
}

struct NativeGroups {
    parts: Parts,
}

fn emit_code(emit: EmitTo) -> i64 {
    match emit {
        EmitTo::All => UNIPLUG_EMIT_ALL,
        EmitTo::First(n) => n as i64,
    }
}

impl NativeGroups {
    fn accumulate(&mut self, arrays: &[ArrayRef], ids: &[usize], total: usize, merge: bool) -> Result<(), CallError> {
        let parts = &self.parts;
        let function = if merge { parts.instance.table.grouped_merge } else { parts.instance.table.grouped_update };
        let function = function.ok_or_else(|| CallError::failed("the library cannot accumulate groups"))?;
        let types = if merge { &parts.states } else { &parts.args };
        let mut error = UniplugString::EMPTY;
        let status = types.lend(arrays, |count, lent, lent_types| {
            // SAFETY: the ABI's call; `ids` is lent for the call.
            unsafe {
                function(parts.handle, ids.as_ptr(), ids.len() as i64, total, count, lent, lent_types, &mut error)
            }
        })?;
        check(status, error)
    }

    fn produce(&mut self, emit: EmitTo, finish: bool) -> Result<Output, CallError> {
        let parts = &self.parts;
        let function = if finish { parts.instance.table.grouped_finish } else { parts.instance.table.grouped_state };
        let function = function.ok_or_else(|| CallError::failed("the library cannot emit groups"))?;
        let mut output = Output::new();
        let mut error = UniplugString::EMPTY;
        // SAFETY: the ABI's call on a live grouped accumulator.
        let status =
            unsafe { function(parts.handle, emit_code(emit), &mut output.array, &mut output.data_type, &mut error) };
        check(status, error)?;
        Ok(output)
    }
}

impl GroupsAccumulator for NativeGroups {
    fn update(&mut self, args: &[ArrayRef], group_ids: &[usize], total_groups: usize) -> Result<(), CallError> {
        self.accumulate(args, group_ids, total_groups, false)
    }

    fn merge(&mut self, states: &[ArrayRef], group_ids: &[usize], total_groups: usize) -> Result<(), CallError> {
        self.accumulate(states, group_ids, total_groups, true)
    }

    fn state(&mut self, emit: EmitTo) -> Result<Vec<ArrayRef>, CallError> {
        let output = self.produce(emit, false)?;
        self.parts.states(output, None)
    }

    fn finish(&mut self, emit: EmitTo) -> Result<ArrayRef, CallError> {
        let output = self.produce(emit, true)?;
        output.take(&self.parts.what(), &self.parts.returns, None, None)
    }

    fn size(&self) -> usize {
        let own = std::mem::size_of::<Self>();
        match self.parts.instance.table.grouped_size {
            // SAFETY: the ABI's call on a live grouped accumulator.
            Some(size) => own + unsafe { size(self.parts.handle) },
            None => own,
        }
    }
}

impl Drop for NativeGroups {
    fn drop(&mut self) {
        if let Some(free) = self.parts.instance.table.grouped_free {
            // SAFETY: the handle `grouped_new` made, freed once.
            unsafe { free(self.parts.handle) };
        }
    }
}

struct NativeTable {
    shared: Arc<Shared>,
    name: String,
    args: LentTypes,
    fields: Fields,
}

impl TableFunction for NativeTable {
    fn call(&self, args: &[ArrayRef]) -> Result<uni_plugin::RecordBatchStream, CallError> {
        let instance = self.shared.instance()?;
        let call = instance.table.table_call.ok_or_else(|| CallError::failed("the library has no `table_call`"))?;
        let mut handle = std::ptr::null_mut();
        let mut error = UniplugString::EMPTY;
        let status = self.args.lend(args, |count, lent, types| {
            // SAFETY: the ABI's call with a writable stream slot.
            unsafe { call(instance.handle, UniplugStr::new(&self.name), count, lent, types, &mut handle, &mut error) }
        })?;
        check(status, error)?;
        if handle.is_null() {
            return Err(CallError::Failed(format!("table function `{}`: the library made a null stream", self.name)));
        }
        Ok(Box::new(NativeStream {
            instance,
            handle,
            name: self.name.clone(),
            data_type: DataType::Struct(self.fields.clone()),
            done: false,
        }))
    }
}

struct NativeStream {
    instance: Arc<Instance>,
    handle: *mut c_void,
    name: String,
    data_type: DataType,
    done: bool,
}

// SAFETY: the ABI lets a stream move between threads, used by one at a time.
unsafe impl Send for NativeStream {}

impl Iterator for NativeStream {
    type Item = Result<RecordBatch, CallError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let next = self.instance.table.table_next?;
        let mut output = Output::new();
        let mut error = UniplugString::EMPTY;
        // SAFETY: the ABI's call on a live stream.
        let status = unsafe { next(self.handle, &mut output.array, &mut output.data_type, &mut error) };
        if let Err(failure) = check(status, error) {
            self.done = true;
            return Some(Err(failure));
        }
        if output.array.release.is_none() {
            self.done = true;
            return None;
        }
        let batch =
            output.take(&format!("table function `{}`", self.name), &self.data_type, None, None).and_then(|rows| {
                rows.as_any()
                    .downcast_ref::<StructArray>()
                    .map(|rows| RecordBatch::from(rows.clone()))
                    .ok_or_else(|| CallError::Failed("a batch is not a struct array".into()))
            });
        if batch.is_err() {
            self.done = true;
        }
        Some(batch)
    }
}

impl Drop for NativeStream {
    fn drop(&mut self) {
        if let Some(free) = self.instance.table.table_free {
            // SAFETY: the handle `table_call` made, freed once.
            unsafe { free(self.handle) };
        }
    }
}

/// A hook, trigger or job handler: one `on_event` call per event.
struct NativeEvent {
    shared: Arc<Shared>,
    handler: String,
}

fn empty_event(kind: u32) -> UniplugEvent {
    UniplugEvent {
        size: std::mem::size_of::<UniplugEvent>() as u32,
        kind,
        hook: 0,
        sql: UniplugStr::NONE,
        rows: -1,
        error: UniplugStr::NONE,
        table: UniplugStr::NONE,
        when: 0,
        batch: std::ptr::null_mut(),
        batch_type: std::ptr::null(),
        job: UniplugStr::NONE,
        scheduled_at_unix_ms: 0,
        cancelled: std::ptr::null(),
    }
}

impl NativeEvent {
    fn send(&self, event: &UniplugEvent) -> Result<(), CallError> {
        let instance = self.shared.instance()?;
        let on_event = instance.table.on_event.ok_or_else(|| CallError::failed("the library has no `on_event`"))?;
        let mut error = UniplugString::EMPTY;
        // SAFETY: the ABI's call; everything the event points at lives
        // through it.
        let status = unsafe { on_event(instance.handle, UniplugStr::new(&self.handler), event, &mut error) };
        check(status, error)
    }
}

impl Hook for NativeEvent {
    fn on_event(&self, payload: &HookPayload) -> Result<(), CallError> {
        let mut event = empty_event(UNIPLUG_EVENT_HOOK);
        event.hook = match payload.event {
            HookEvent::BeforeQuery => UNIPLUG_HOOK_BEFORE_QUERY,
            HookEvent::AfterQuery => UNIPLUG_HOOK_AFTER_QUERY,
            HookEvent::OnLoad => UNIPLUG_HOOK_ON_LOAD,
            HookEvent::OnUnload => UNIPLUG_HOOK_ON_UNLOAD,
        };
        event.sql = UniplugStr::optional(payload.sql.as_deref());
        event.error = UniplugStr::optional(payload.error.as_deref());
        event.rows = payload.rows.and_then(|rows| i64::try_from(rows).ok()).unwrap_or(-1);
        self.send(&event)
    }
}

impl Trigger for NativeEvent {
    fn fire(&self, payload: &TriggerPayload) -> Result<TriggerVerdict, CallError> {
        let rows = StructArray::from(payload.batch.clone());
        let types = LentTypes::new(vec![rows.data_type().clone()])?;
        let mut lent = export_array(&rows);
        let mut event = empty_event(UNIPLUG_EVENT_TRIGGER);
        event.table = UniplugStr::new(&payload.table);
        event.when = match payload.when {
            TriggerTiming::Before => UNIPLUG_TRIGGER_BEFORE,
            TriggerTiming::After => UNIPLUG_TRIGGER_AFTER,
        };
        event.batch = &mut lent;
        event.batch_type = &types.schemas[0];
        match self.send(&event) {
            Ok(()) => Ok(TriggerVerdict::Accept),
            Err(CallError::InvalidInput(reason)) => Ok(TriggerVerdict::Reject(reason)),
            Err(other) => Err(other),
        }
    }
}

impl Job for NativeEvent {
    fn run(&self, context: &JobContext) -> Result<(), CallError> {
        let mut event = empty_event(UNIPLUG_EVENT_JOB);
        event.job = UniplugStr::new(context.job());
        event.scheduled_at_unix_ms = context.scheduled_at_unix_ms();
        // The host's flag, lent for the call: an `AtomicBool` is one byte
        // the library reads atomically.
        let flag: Option<Arc<AtomicBool>> = context.cancellation_flag().cloned();
        event.cancelled = flag.as_ref().map_or(std::ptr::null(), |flag| Arc::as_ptr(flag).cast::<u8>());
        self.send(&event)
    }
}
