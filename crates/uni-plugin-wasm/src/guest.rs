//! One instance's guest exports, whichever `uni:plugin` world version the
//! component was built for, seen through Arrow: the rest of the crate
//! passes arrays and batches and never sees a version's wire types.
//!
//! Arguments are encoded before a call ([`Columns::encode`],
//! [`EventInput::encode`]) so the encoding runs outside the guest's time
//! limit; results are decoded inside the call's closure, and anything
//! malformed becomes [`GuestError::Malformed`], naming what was wrong.

use std::sync::Arc;

use arrow_array::{ArrayRef, RecordBatch, RecordBatchOptions};
use arrow_schema::{Field, Schema};
use uni_plugin::ipc::{self, typed};
use uni_plugin::{CallError, EmitTo, HookPayload, TriggerPayload, TypeName};
use wasmtime::Store;
use wasmtime::component::{Instance, InstancePre, ResourceAny};

use crate::bindings::v1;
use crate::bindings::v2::exports::uni::plugin::guest as v2_guest;
use crate::bindings::v2::{self, columns::column_to_wit};
use crate::exports;
use crate::state::HostState;

/// The `uni:plugin` world versions this host loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum World {
    /// `0.1.0`: Arrow IPC bytes (and raw columns for scalar calls).
    V1,
    /// `0.2.0`: typed columns.
    V2,
}

impl World {
    /// The world of a supported version string (see `world::world_version`).
    pub(crate) fn of_version(version: &str) -> Option<World> {
        match version {
            "0.1.0" => Some(World::V1),
            "0.2.0" => Some(World::V2),
            _ => None,
        }
    }
}

/// Why a guest call failed, whichever version answered.
#[derive(Debug)]
pub(crate) enum GuestError {
    /// The guest said the input was wrong.
    InvalidInput(String),
    /// The guest said it failed.
    Failed(String),
    /// The guest needed a capability it was not granted.
    NotGranted(String),
    /// The guest answered, but what it returned is not valid.
    Malformed(String),
}

impl From<v1::uni::plugin::types::CallError> for GuestError {
    fn from(error: v1::uni::plugin::types::CallError) -> GuestError {
        use v1::uni::plugin::types::CallError as E;
        match error {
            E::InvalidInput(message) => GuestError::InvalidInput(message),
            E::Failed(message) => GuestError::Failed(message),
            E::NotGranted(message) => GuestError::NotGranted(message),
        }
    }
}

impl From<v2::uni::plugin::types::CallError> for GuestError {
    fn from(error: v2::uni::plugin::types::CallError) -> GuestError {
        use v2::uni::plugin::types::CallError as E;
        match error {
            E::InvalidInput(message) => GuestError::InvalidInput(message),
            E::Failed(message) => GuestError::Failed(message),
            E::NotGranted(message) => GuestError::NotGranted(message),
        }
    }
}

/// What a guest call returns: a trap (outer) or the guest's answer.
pub(crate) type Outcome<T> = wasmtime::Result<Result<T, GuestError>>;

/// Maps a version's answer to ours, decoding a success with `decode`.
fn answer<T, U, E: Into<GuestError>>(
    called: wasmtime::Result<Result<T, E>>,
    decode: impl FnOnce(T) -> Result<U, GuestError>,
) -> Outcome<U> {
    Ok(called?.map_err(Into::into).and_then(decode))
}

fn malformed(what: &str) -> impl FnOnce(arrow_schema::ArrowError) -> GuestError + '_ {
    move |error| GuestError::Malformed(format!("{what}: {error}"))
}

/// Where a component's exports are, per version.
pub(crate) enum ExportIndices {
    V1(exports::v1::ExportIndices),
    V2(exports::v2::ExportIndices),
}

impl ExportIndices {
    /// Finds the exports of `world`'s guest interface.
    pub(crate) fn new(pre: &InstancePre<HostState>, world: World) -> wasmtime::Result<ExportIndices> {
        Ok(match world {
            World::V1 => ExportIndices::V1(exports::v1::ExportIndices::new(pre)?),
            World::V2 => ExportIndices::V2(exports::v2::ExportIndices::new(pre)?),
        })
    }
}

/// Arguments encoded for one version.
pub(crate) enum Columns {
    /// Arrow IPC stream bytes or raw columns (`0.1.0`).
    Ipc(Vec<u8>),
    /// Typed columns (`0.2.0`).
    Typed { rows: u32, columns: Vec<v2::uni::plugin::types::Column> },
}

fn encoding_failed(error: arrow_schema::ArrowError) -> CallError {
    CallError::Failed(format!("cannot encode arguments: {error}"))
}

fn rows_u32(rows: usize) -> Result<u32, CallError> {
    u32::try_from(rows).map_err(|_| CallError::Failed(format!("a batch of {rows} rows is too long for a wasm plugin")))
}

impl Columns {
    /// `columns` (each `rows` long) as `world` takes them: Arrow IPC for
    /// `0.1.0`, typed columns (IPC only for types without a case) for
    /// `0.2.0`.
    pub(crate) fn encode(world: World, columns: &[ArrayRef], rows: usize) -> Result<Columns, CallError> {
        match world {
            World::V1 => ipc::encode_columns(columns, rows).map(Columns::Ipc).map_err(encoding_failed),
            World::V2 => Ok(Columns::Typed {
                rows: rows_u32(rows)?,
                columns: typed::columns_to_typed(columns)
                    .map_err(encoding_failed)?
                    .into_iter()
                    .map(column_to_wit)
                    .collect(),
            }),
        }
    }

    fn ipc(&self) -> &[u8] {
        match self {
            Columns::Ipc(bytes) => bytes,
            Columns::Typed { .. } => &[],
        }
    }

    fn typed(&self) -> (u32, &[v2::uni::plugin::types::Column]) {
        match self {
            Columns::Typed { rows, columns } => (*rows, columns),
            Columns::Ipc(_) => (0, &[]),
        }
    }
}

/// A hook, trigger or job event, encoded for one version.
pub(crate) enum EventInput {
    /// `0.1.0`: a batch with `uniplug.*` schema metadata, as IPC bytes.
    Ipc(Vec<u8>),
    /// `0.2.0`: the typed `event` variant.
    Typed(v2_guest::Event),
}

/// A host event, before it is encoded for a version.
pub(crate) enum HostEvent<'a> {
    Hook(&'a HookPayload),
    Trigger(&'a TriggerPayload),
    Job { job: &'a str, scheduled_at_unix_ms: i64 },
}

fn hook_event_name(event: uni_plugin::manifest::HookEvent) -> &'static str {
    match event {
        uni_plugin::manifest::HookEvent::BeforeQuery => "before_query",
        uni_plugin::manifest::HookEvent::AfterQuery => "after_query",
        uni_plugin::manifest::HookEvent::OnLoad => "on_load",
        uni_plugin::manifest::HookEvent::OnUnload => "on_unload",
    }
}

impl EventInput {
    /// `event` as `world` takes it.
    pub(crate) fn encode(world: World, event: &HostEvent<'_>) -> Result<EventInput, CallError> {
        match world {
            World::V1 => v1_event(event).map(EventInput::Ipc),
            World::V2 => v2_event(event).map(EventInput::Typed),
        }
    }
}

/// A `0.1.0` event batch before encoding: schema metadata, named columns
/// and the row count.
type EventBatch = (Vec<(&'static str, String)>, Vec<(String, ArrayRef)>, usize);

/// The `0.1.0` payload: one batch whose schema metadata says what it is.
fn v1_event(event: &HostEvent<'_>) -> Result<Vec<u8>, CallError> {
    let (metadata, columns, rows): EventBatch = match event {
        HostEvent::Hook(payload) => {
            let sql: ArrayRef = Arc::new(arrow_array::StringArray::from(vec![payload.sql.clone()]));
            let rows: ArrayRef = Arc::new(arrow_array::Int64Array::from(vec![payload.rows.map(|r| r as i64)]));
            let error: ArrayRef = Arc::new(arrow_array::StringArray::from(vec![payload.error.clone()]));
            (
                vec![("uniplug.kind", "hook".into()), ("uniplug.event", hook_event_name(payload.event).into())],
                vec![("sql".into(), sql), ("rows".into(), rows), ("error".into(), error)],
                1,
            )
        }
        HostEvent::Trigger(payload) => {
            let when = match payload.when {
                uni_plugin::manifest::TriggerTiming::Before => "before",
                uni_plugin::manifest::TriggerTiming::After => "after",
            };
            let schema = payload.batch.schema();
            (
                vec![
                    ("uniplug.kind", "trigger".to_owned()),
                    ("uniplug.when", when.to_owned()),
                    ("uniplug.table", payload.table.clone()),
                ],
                schema
                    .fields()
                    .iter()
                    .zip(payload.batch.columns())
                    .map(|(f, c)| (f.name().clone(), c.clone()))
                    .collect(),
                payload.batch.num_rows(),
            )
        }
        HostEvent::Job { job, scheduled_at_unix_ms } => (
            vec![
                ("uniplug.kind", "job".into()),
                ("uniplug.job", (*job).to_owned()),
                ("uniplug.scheduled_at", scheduled_at_unix_ms.to_string()),
            ],
            Vec::new(),
            1,
        ),
    };
    let fields: Vec<Field> =
        columns.iter().map(|(name, column)| Field::new(name.as_str(), column.data_type().clone(), true)).collect();
    let metadata = metadata.into_iter().map(|(key, value)| (key.to_owned(), value)).collect();
    let schema = Arc::new(Schema::new_with_metadata(fields, metadata));
    let batch = RecordBatch::try_new_with_options(
        schema,
        columns.into_iter().map(|(_, column)| column).collect(),
        &RecordBatchOptions::new().with_row_count(Some(rows)),
    )?;
    Ok(ipc::encode_batch(&batch)?)
}

/// The `0.2.0` payload: the typed `event` variant.
fn v2_event(event: &HostEvent<'_>) -> Result<v2_guest::Event, CallError> {
    Ok(match event {
        HostEvent::Hook(payload) => v2_guest::Event::Hook(v2_guest::HookPayload {
            event: match payload.event {
                uni_plugin::manifest::HookEvent::BeforeQuery => v2_guest::HookEvent::BeforeQuery,
                uni_plugin::manifest::HookEvent::AfterQuery => v2_guest::HookEvent::AfterQuery,
                uni_plugin::manifest::HookEvent::OnLoad => v2_guest::HookEvent::OnLoad,
                uni_plugin::manifest::HookEvent::OnUnload => v2_guest::HookEvent::OnUnload,
            },
            sql: payload.sql.clone(),
            rows: payload.rows,
            error: payload.error.clone(),
        }),
        HostEvent::Trigger(payload) => v2_guest::Event::Trigger(v2_guest::TriggerPayload {
            table: payload.table.clone(),
            when: match payload.when {
                uni_plugin::manifest::TriggerTiming::Before => v2_guest::TriggerTiming::Before,
                uni_plugin::manifest::TriggerTiming::After => v2_guest::TriggerTiming::After,
            },
            rows: v2::columns::batch_to_wit(typed::batch_to_typed(&payload.batch).map_err(encoding_failed)?),
        }),
        HostEvent::Job { job, scheduled_at_unix_ms } => v2_guest::Event::Job(v2_guest::JobPayload {
            job: (*job).to_owned(),
            scheduled_at_unix_ms: *scheduled_at_unix_ms,
        }),
    })
}

/// What an aggregate keeps as state, and whether it has a grouped form.
pub(crate) struct AggregateInfo {
    pub(crate) state: Vec<Field>,
    pub(crate) grouped: bool,
}

/// One instance's guest functions, per version.
#[derive(Clone, Copy)]
pub(crate) enum Guest {
    V1(exports::v1::Guest),
    V2(exports::v2::Guest),
}

fn one_column(batch: RecordBatch) -> Result<ArrayRef, GuestError> {
    if batch.num_columns() != 1 {
        return Err(GuestError::Malformed(format!("{} columns where 1 was expected", batch.num_columns())));
    }
    Ok(batch.column(0).clone())
}

fn ipc_column(bytes: Vec<u8>) -> Result<ArrayRef, GuestError> {
    one_column(ipc::decode_any(&bytes).map_err(malformed("malformed Arrow IPC"))?)
}

fn ipc_batch(bytes: Vec<u8>) -> Result<RecordBatch, GuestError> {
    ipc::decode_any(&bytes).map_err(malformed("malformed Arrow IPC"))
}

fn typed_column(column: v2::uni::plugin::types::Column, rows: Option<usize>) -> Result<ArrayRef, GuestError> {
    typed::column_from_typed(v2::columns::column_from_wit(column), rows).map_err(malformed("a malformed column"))
}

fn typed_columns(
    columns: Vec<v2::uni::plugin::types::Column>,
    rows: Option<usize>,
) -> Result<Vec<ArrayRef>, GuestError> {
    columns.into_iter().map(|column| typed_column(column, rows)).collect()
}

fn emit(emit: EmitTo) -> Result<v2_guest::Emit, GuestError> {
    Ok(match emit {
        EmitTo::All => v2_guest::Emit::All,
        EmitTo::First(n) => v2_guest::Emit::First(
            u32::try_from(n).map_err(|_| GuestError::Failed(format!("cannot emit {n} groups at once")))?,
        ),
    })
}

/// The error of a `0.2.0`-only export called on a `0.1.0` guest; the host
/// asks `describe-aggregate` first, so this is never reached.
fn not_in_v1<T>(what: &str) -> Outcome<T> {
    Ok(Err(GuestError::Failed(format!("`{what}` is not part of `uni:plugin@0.1.0`"))))
}

impl Guest {
    /// The exports of `instance`, an instance of the component `indices`
    /// was made from.
    pub(crate) fn load(
        indices: &ExportIndices,
        store: &mut Store<HostState>,
        instance: &Instance,
    ) -> wasmtime::Result<Guest> {
        Ok(match indices {
            ExportIndices::V1(indices) => Guest::V1(exports::v1::Guest::load(indices, store, instance)?),
            ExportIndices::V2(indices) => Guest::V2(exports::v2::Guest::load(indices, store, instance)?),
        })
    }

    pub(crate) fn init(&self, store: &mut Store<HostState>, config_json: &str) -> Outcome<()> {
        match self {
            Guest::V1(guest) => answer(guest.init(store, config_json), Ok),
            Guest::V2(guest) => answer(guest.init(store, config_json), Ok),
        }
    }

    /// A scalar call over `args` (`rows` long): one column of `rows` values.
    pub(crate) fn call_scalar(&self, store: &mut Store<HostState>, name: &str, args: &Columns) -> Outcome<ArrayRef> {
        match self {
            Guest::V1(guest) => answer(guest.call_scalar(store, name, args.ipc()), ipc_column),
            Guest::V2(guest) => {
                let (rows, columns) = args.typed();
                answer(guest.call_scalar(store, name, rows, columns), |column| {
                    typed_column(column, Some(rows as usize))
                })
            }
        }
    }

    /// The state fields of aggregate `name` and whether it has a grouped form.
    pub(crate) fn describe_aggregate(&self, store: &mut Store<HostState>, name: &str) -> Outcome<AggregateInfo> {
        match self {
            Guest::V1(guest) => answer(guest.aggregate_state_schema(store, name), |bytes| {
                let schema = ipc_batch(bytes)?.schema();
                Ok(AggregateInfo {
                    state: schema.fields().iter().map(|f| f.as_ref().clone()).collect(),
                    grouped: false,
                })
            }),
            Guest::V2(guest) => answer(guest.describe_aggregate(store, name), |info| {
                let state = info
                    .state
                    .into_iter()
                    .map(|field| {
                        let data_type = field.data_type.parse::<TypeName>().map_err(|reason| {
                            GuestError::Malformed(format!("state field `{}`: {reason}", field.name))
                        })?;
                        Ok(Field::new(field.name, data_type.to_arrow(), field.nullable))
                    })
                    .collect::<Result<Vec<_>, GuestError>>()?;
                Ok(AggregateInfo { state, grouped: info.grouped })
            }),
        }
    }

    pub(crate) fn accumulator_new(&self, store: &mut Store<HostState>, name: &str) -> Outcome<ResourceAny> {
        match self {
            Guest::V1(guest) => guest.accumulator_new(store, name).map(Ok),
            Guest::V2(guest) => guest.accumulator_new(store, name).map(Ok),
        }
    }

    pub(crate) fn accumulator_update(
        &self,
        store: &mut Store<HostState>,
        handle: ResourceAny,
        args: &Columns,
    ) -> Outcome<()> {
        match self {
            Guest::V1(guest) => answer(guest.accumulator_update(store, handle, args.ipc()), Ok),
            Guest::V2(guest) => {
                let (rows, columns) = args.typed();
                answer(guest.accumulator_update(store, handle, rows, columns), Ok)
            }
        }
    }

    pub(crate) fn accumulator_merge(
        &self,
        store: &mut Store<HostState>,
        handle: ResourceAny,
        states: &Columns,
    ) -> Outcome<()> {
        match self {
            Guest::V1(guest) => answer(guest.accumulator_merge(store, handle, states.ipc()), Ok),
            Guest::V2(guest) => {
                let (rows, columns) = states.typed();
                answer(guest.accumulator_merge(store, handle, rows, columns), Ok)
            }
        }
    }

    /// One accumulator's partial state: single-row columns.
    pub(crate) fn accumulator_state(
        &self,
        store: &mut Store<HostState>,
        handle: ResourceAny,
    ) -> Outcome<Vec<ArrayRef>> {
        match self {
            Guest::V1(guest) => {
                answer(guest.accumulator_state(store, handle), |bytes| Ok(ipc_batch(bytes)?.columns().to_vec()))
            }
            Guest::V2(guest) => {
                answer(guest.accumulator_state(store, handle), |columns| typed_columns(columns, Some(1)))
            }
        }
    }

    /// One accumulator's final value: a single-row column.
    pub(crate) fn accumulator_finish(&self, store: &mut Store<HostState>, handle: ResourceAny) -> Outcome<ArrayRef> {
        match self {
            Guest::V1(guest) => answer(guest.accumulator_finish(store, handle), ipc_column),
            Guest::V2(guest) => answer(guest.accumulator_finish(store, handle), |column| typed_column(column, Some(1))),
        }
    }

    pub(crate) fn grouped_new(&self, store: &mut Store<HostState>, name: &str) -> Outcome<ResourceAny> {
        match self {
            Guest::V1(_) => not_in_v1("grouped-accumulator"),
            Guest::V2(guest) => guest.grouped_new(store, name).map(Ok),
        }
    }

    pub(crate) fn grouped_update(
        &self,
        store: &mut Store<HostState>,
        handle: ResourceAny,
        group_ids: &[u32],
        total_groups: u32,
        args: &Columns,
    ) -> Outcome<()> {
        match self {
            Guest::V1(_) => not_in_v1("grouped-accumulator.update"),
            Guest::V2(guest) => {
                answer(guest.grouped_update(store, handle, group_ids, total_groups, args.typed().1), Ok)
            }
        }
    }

    pub(crate) fn grouped_merge(
        &self,
        store: &mut Store<HostState>,
        handle: ResourceAny,
        group_ids: &[u32],
        total_groups: u32,
        states: &Columns,
    ) -> Outcome<()> {
        match self {
            Guest::V1(_) => not_in_v1("grouped-accumulator.merge"),
            Guest::V2(guest) => {
                answer(guest.grouped_merge(store, handle, group_ids, total_groups, states.typed().1), Ok)
            }
        }
    }

    /// The emitted groups' partial states; `groups` is how many rows each
    /// column must have.
    pub(crate) fn grouped_state(
        &self,
        store: &mut Store<HostState>,
        handle: ResourceAny,
        to: EmitTo,
        groups: usize,
    ) -> Outcome<Vec<ArrayRef>> {
        match self {
            Guest::V1(_) => not_in_v1("grouped-accumulator.state"),
            Guest::V2(guest) => {
                let to = match emit(to) {
                    Ok(to) => to,
                    Err(error) => return Ok(Err(error)),
                };
                answer(guest.grouped_state(store, handle, to), |columns| typed_columns(columns, Some(groups)))
            }
        }
    }

    /// The emitted groups' final values.
    pub(crate) fn grouped_finish(
        &self,
        store: &mut Store<HostState>,
        handle: ResourceAny,
        to: EmitTo,
        groups: usize,
    ) -> Outcome<ArrayRef> {
        match self {
            Guest::V1(_) => not_in_v1("grouped-accumulator.finish"),
            Guest::V2(guest) => {
                let to = match emit(to) {
                    Ok(to) => to,
                    Err(error) => return Ok(Err(error)),
                };
                answer(guest.grouped_finish(store, handle, to), |column| typed_column(column, Some(groups)))
            }
        }
    }

    pub(crate) fn call_table(&self, store: &mut Store<HostState>, name: &str, args: &Columns) -> Outcome<ResourceAny> {
        match self {
            Guest::V1(guest) => answer(guest.call_table(store, name, args.ipc()), Ok),
            Guest::V2(guest) => answer(guest.call_table(store, name, args.typed().1), Ok),
        }
    }

    /// The next batch of a table stream, or none at its end.
    pub(crate) fn table_next(&self, store: &mut Store<HostState>, handle: ResourceAny) -> Outcome<Option<RecordBatch>> {
        match self {
            Guest::V1(guest) => {
                answer(guest.table_stream_next(store, handle), |bytes| bytes.map(ipc_batch).transpose())
            }
            Guest::V2(guest) => answer(guest.table_stream_next(store, handle), |batch| {
                batch
                    .map(|batch| {
                        typed::batch_from_typed(v2::columns::batch_from_wit(batch))
                            .map_err(malformed("a malformed batch"))
                    })
                    .transpose()
            }),
        }
    }

    pub(crate) fn on_event(&self, store: &mut Store<HostState>, handler: &str, event: &EventInput) -> Outcome<()> {
        match (self, event) {
            (Guest::V1(guest), EventInput::Ipc(bytes)) => answer(guest.on_event(store, handler, bytes), Ok),
            (Guest::V2(guest), EventInput::Typed(event)) => answer(guest.on_event(store, handler, event), Ok),
            _ => Ok(Err(GuestError::Failed("an event encoded for another world version".into()))),
        }
    }
}
