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
//! Each export is declared once, in the `guest_exports!` table below: the
//! same entry gives the check and the call, so the two signatures cannot
//! drift apart.

use std::sync::OnceLock;

use wasmtime::Store;
use wasmtime::component::{ComponentExportIndex, Func, Instance, InstancePre, ResourceAny, TypedFunc};

use crate::instance::GuestError;
use crate::state::HostState;
use crate::world::{GUEST_INTERFACE, guest_export_name};

/// Declares the guest's exports: for each, the struct field, the export's
/// name in the interface, and its parameter and result types. Generates
/// [`ExportIndices`] (lookup and one-time check) and [`Guest`] (one
/// instance's functions, with a `call_*` method per export).
macro_rules! guest_exports {
    ($($field:ident: $name:literal, ($($param:ident: $param_ty:ty),*) -> $result:ty;)*) => {
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
                let interface_name = guest_export_name();
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

guest_exports! {
    init: "init", (config_json: &str) -> Result<(), GuestError>;
    call_scalar: "call-scalar", (name: &str, args: &[u8]) -> Result<Vec<u8>, GuestError>;
    accumulator_new: "[constructor]accumulator", (name: &str) -> ResourceAny;
    accumulator_update: "[method]accumulator.update", (accumulator: ResourceAny, args: &[u8]) -> Result<(), GuestError>;
    accumulator_merge: "[method]accumulator.merge", (accumulator: ResourceAny, states: &[u8]) -> Result<(), GuestError>;
    accumulator_state: "[method]accumulator.state", (accumulator: ResourceAny) -> Result<Vec<u8>, GuestError>;
    accumulator_finish: "[method]accumulator.finish", (accumulator: ResourceAny) -> Result<Vec<u8>, GuestError>;
    aggregate_state_schema: "aggregate-state-schema", (name: &str) -> Result<Vec<u8>, GuestError>;
    table_stream_next: "[method]table-stream.next", (stream: ResourceAny) -> Result<Option<Vec<u8>>, GuestError>;
    call_table: "call-table", (name: &str, args: &[u8]) -> Result<ResourceAny, GuestError>;
    on_event: "on-event", (handler: &str, payload: &[u8]) -> Result<(), GuestError>;
}
