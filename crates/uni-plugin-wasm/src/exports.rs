//! The `uni:plugin/guest` exports of one plugin generation: found once,
//! type-checked on the first instance, then fetched by index.
//!
//! The generated bindings look up every export and type-check it against
//! its Rust signature in each new instance; for the guest interface that
//! was about a tenth of creating an instance. The types cannot differ
//! between instances of one [`InstancePre`] (they all come from the same
//! component), so [`ExportIndices`] checks them once, on the first instance,
//! and later instances only fetch each function by its index.
//!
//! Each export is declared once, in a `guest_exports!` table per world
//! version ([`v1`], [`v2`]): the same entry gives the check and the call,
//! so the two signatures cannot drift apart.

use std::sync::OnceLock;

use wasmtime::Store;
use wasmtime::component::{ComponentExportIndex, Func, Instance, InstancePre, ResourceAny, TypedFunc};

use crate::state::HostState;
use crate::world::GUEST_INTERFACE;

/// Declares the guest's exports: for each, the struct field, the export's
/// name in the interface, and its parameter and result types. Generates
/// [`ExportIndices`] (lookup and one-time check) and [`Guest`] (one
/// instance's functions, with a `call_*` method per export).
macro_rules! guest_exports {
    (version: $version:literal; $($field:ident: $name:literal, ($($param:ident: $param_ty:ty),*) -> $result:ty;)*) => {
        /// Where each export lives in the component, and whether their types
        /// were checked.
        pub(crate) struct ExportIndices {
            $($field: ComponentExportIndex,)*
            /// Set once the first instance's exports matched the signatures.
            checked: OnceLock<()>,
        }

        impl ExportIndices {
            /// Finds every export of the guest interface; a missing one is an
            /// error naming it.
            pub(crate) fn new(pre: &InstancePre<HostState>) -> wasmtime::Result<ExportIndices> {
                let component = pre.component();
                let interface_name = format!("{GUEST_INTERFACE}@{}", $version);
                let interface = component
                    .get_export_index(None, &interface_name)
                    .ok_or_else(|| wasmtime::format_err!("the component does not export `{interface_name}`"))?;
                let lookup = |name: &str| {
                    component
                        .get_export_index(Some(&interface), name)
                        .ok_or_else(|| wasmtime::format_err!("`{interface_name}` does not export `{name}`"))
                };
                Ok(ExportIndices { $($field: lookup($name)?,)* checked: OnceLock::new() })
            }

            /// Type-checks every export against its signature in `instance`.
            fn check(&self, store: &mut Store<HostState>, instance: &Instance) -> wasmtime::Result<()> {
                $(
                    instance
                        .get_typed_func::<($($param_ty,)*), ($result,)>(&mut *store, &self.$field)
                        .map_err(|error| error.context(concat!("type-checking export `", $name, "`")))?;
                )*
                Ok(())
            }
        }

        /// One instance's guest functions.
        #[derive(Clone, Copy)]
        pub(crate) struct Guest {
            $($field: Func,)*
        }

        impl Guest {
            /// The exports of `instance`, an instance of the component
            /// `indices` was made from. The first instance of a generation
            /// type-checks them; later ones fetch them by index.
            pub(crate) fn load(
                indices: &ExportIndices,
                store: &mut Store<HostState>,
                instance: &Instance,
            ) -> wasmtime::Result<Guest> {
                if indices.checked.get().is_none() {
                    indices.check(store, instance)?;
                    let _ = indices.checked.set(());
                }
                let fetch = |store: &mut Store<HostState>, index: &ComponentExportIndex, name: &str| {
                    instance
                        .get_func(store, index)
                        .ok_or_else(|| wasmtime::format_err!("`{GUEST_INTERFACE}` does not export `{name}`"))
                };
                Ok(Guest { $($field: fetch(store, &indices.$field, $name)?,)* })
            }

            $(
                #[doc = concat!("Calls the guest's `", $name, "`.")]
                pub(crate) fn $field(
                    &self,
                    store: &mut Store<HostState>,
                    $($param: $param_ty),*
                ) -> wasmtime::Result<$result> {
                    // SAFETY: `Guest::load` only hands out functions whose
                    // types `ExportIndices::check` verified against exactly
                    // this signature (the same macro entry spells both), on
                    // an instance of the same component; every instance of
                    // one `InstancePre` has the same export types.
                    let typed = unsafe { TypedFunc::<($($param_ty,)*), ($result,)>::new_unchecked(self.$field) };
                    let (result,) = typed.call(store, ($($param,)*))?;
                    Ok(result)
                }
            )*
        }
    };
}

/// The exports of `uni:plugin@0.1.0` (Arrow IPC bytes).
pub(crate) mod v1 {
    use super::*;
    use crate::bindings::v1::uni::plugin::types::CallError;

    guest_exports! {
        version: "0.1.0";
        init: "init", (config_json: &str) -> Result<(), CallError>;
        call_scalar: "call-scalar", (name: &str, args: &[u8]) -> Result<Vec<u8>, CallError>;
        accumulator_new: "[constructor]accumulator", (name: &str) -> ResourceAny;
        accumulator_update: "[method]accumulator.update", (accumulator: ResourceAny, args: &[u8]) -> Result<(), CallError>;
        accumulator_merge: "[method]accumulator.merge", (accumulator: ResourceAny, states: &[u8]) -> Result<(), CallError>;
        accumulator_state: "[method]accumulator.state", (accumulator: ResourceAny) -> Result<Vec<u8>, CallError>;
        accumulator_finish: "[method]accumulator.finish", (accumulator: ResourceAny) -> Result<Vec<u8>, CallError>;
        aggregate_state_schema: "aggregate-state-schema", (name: &str) -> Result<Vec<u8>, CallError>;
        table_stream_next: "[method]table-stream.next", (stream: ResourceAny) -> Result<Option<Vec<u8>>, CallError>;
        call_table: "call-table", (name: &str, args: &[u8]) -> Result<ResourceAny, CallError>;
        on_event: "on-event", (handler: &str, payload: &[u8]) -> Result<(), CallError>;
    }
}

/// The exports of `uni:plugin@0.2.0` (typed columns).
pub(crate) mod v2 {
    use super::*;
    use crate::bindings::v2::exports::uni::plugin::guest::{AggregateInfo, Emit, Event};
    use crate::bindings::v2::uni::plugin::types::{Batch, CallError, Column};

    guest_exports! {
        version: "0.2.0";
        init: "init", (config_json: &str) -> Result<(), CallError>;
        call_scalar: "call-scalar", (name: &str, rows: u32, args: &[Column]) -> Result<Column, CallError>;
        describe_aggregate: "describe-aggregate", (name: &str) -> Result<AggregateInfo, CallError>;
        accumulator_new: "[constructor]accumulator", (name: &str) -> ResourceAny;
        accumulator_update: "[method]accumulator.update", (accumulator: ResourceAny, rows: u32, args: &[Column]) -> Result<(), CallError>;
        accumulator_merge: "[method]accumulator.merge", (accumulator: ResourceAny, rows: u32, states: &[Column]) -> Result<(), CallError>;
        accumulator_state: "[method]accumulator.state", (accumulator: ResourceAny) -> Result<Vec<Column>, CallError>;
        accumulator_finish: "[method]accumulator.finish", (accumulator: ResourceAny) -> Result<Column, CallError>;
        grouped_new: "[constructor]grouped-accumulator", (name: &str) -> ResourceAny;
        grouped_update: "[method]grouped-accumulator.update", (accumulator: ResourceAny, group_ids: &[u32], total_groups: u32, args: &[Column]) -> Result<(), CallError>;
        grouped_merge: "[method]grouped-accumulator.merge", (accumulator: ResourceAny, group_ids: &[u32], total_groups: u32, states: &[Column]) -> Result<(), CallError>;
        grouped_state: "[method]grouped-accumulator.state", (accumulator: ResourceAny, emit: Emit) -> Result<Vec<Column>, CallError>;
        grouped_finish: "[method]grouped-accumulator.finish", (accumulator: ResourceAny, emit: Emit) -> Result<Column, CallError>;
        table_stream_next: "[method]table-stream.next", (stream: ResourceAny) -> Result<Option<Batch>, CallError>;
        call_table: "call-table", (name: &str, args: &[Column]) -> Result<ResourceAny, CallError>;
        on_event: "on-event", (handler: &str, event: &Event) -> Result<(), CallError>;
    }
}
