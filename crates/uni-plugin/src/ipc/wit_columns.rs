//! Conversions between [`super::typed`]'s types and the Rust types a WIT
//! binding generator makes for `uni:plugin@0.2.0`'s `types` interface.
//!
//! wasmtime's host bindings and wit-bindgen's guest bindings generate the
//! same names and shapes from the same WIT (`Column`, `Values`,
//! `VarValues`, `Timestamps`, `TimeUnit`, `Batch`), in different crates: one
//! macro, expanded on each side, keeps the two mappings from drifting apart.

/// Generates `column_to_wit`, `column_from_wit`, `batch_to_wit` and
/// `batch_from_wit` for the generated `types` module at the given path
/// (e.g. `crate::bindings::uni::plugin::types`). Every case moves its
/// vectors; nothing is copied.
#[macro_export]
#[doc(hidden)]
macro_rules! wit_column_conversions {
    ($($types:ident)::+) => {
        use $crate::ipc::typed::{TypedBatch, TypedColumn, TypedValues};
        use $($types)::+::{Batch, Column, TimeUnit, Timestamps, Values, VarValues};

        /// A typed column as the generated `column` record.
        pub(crate) fn column_to_wit(column: TypedColumn) -> Column {
            let values = match column.values {
                TypedValues::Boolean(values) => Values::Boolean(values),
                TypedValues::Int8(values) => Values::Int8(values),
                TypedValues::Int16(values) => Values::Int16(values),
                TypedValues::Int32(values) => Values::Int32(values),
                TypedValues::Int64(values) => Values::Int64(values),
                TypedValues::UInt8(values) => Values::Uint8(values),
                TypedValues::UInt16(values) => Values::Uint16(values),
                TypedValues::UInt32(values) => Values::Uint32(values),
                TypedValues::UInt64(values) => Values::Uint64(values),
                TypedValues::Float32(values) => Values::Float32(values),
                TypedValues::Float64(values) => Values::Float64(values),
                TypedValues::Utf8 { offsets, data } => Values::Utf8(VarValues { offsets, data }),
                TypedValues::Binary { offsets, data } => Values::Binary(VarValues { offsets, data }),
                TypedValues::Date32(values) => Values::Date32(values),
                TypedValues::Timestamp { unit, timezone, values } => Values::Timestamp(Timestamps {
                    unit: match unit {
                        $crate::ipc::typed::ArrowTimeUnit::Second => TimeUnit::Second,
                        $crate::ipc::typed::ArrowTimeUnit::Millisecond => TimeUnit::Millisecond,
                        $crate::ipc::typed::ArrowTimeUnit::Microsecond => TimeUnit::Microsecond,
                        $crate::ipc::typed::ArrowTimeUnit::Nanosecond => TimeUnit::Nanosecond,
                    },
                    timezone,
                    values,
                }),
                TypedValues::ArrowIpc(bytes) => Values::ArrowIpc(bytes),
            };
            Column { validity: column.validity, values }
        }

        /// The generated `column` record as a typed column.
        pub(crate) fn column_from_wit(column: Column) -> TypedColumn {
            let values = match column.values {
                Values::Boolean(values) => TypedValues::Boolean(values),
                Values::Int8(values) => TypedValues::Int8(values),
                Values::Int16(values) => TypedValues::Int16(values),
                Values::Int32(values) => TypedValues::Int32(values),
                Values::Int64(values) => TypedValues::Int64(values),
                Values::Uint8(values) => TypedValues::UInt8(values),
                Values::Uint16(values) => TypedValues::UInt16(values),
                Values::Uint32(values) => TypedValues::UInt32(values),
                Values::Uint64(values) => TypedValues::UInt64(values),
                Values::Float32(values) => TypedValues::Float32(values),
                Values::Float64(values) => TypedValues::Float64(values),
                Values::Utf8(VarValues { offsets, data }) => TypedValues::Utf8 { offsets, data },
                Values::Binary(VarValues { offsets, data }) => TypedValues::Binary { offsets, data },
                Values::Date32(values) => TypedValues::Date32(values),
                Values::Timestamp(Timestamps { unit, timezone, values }) => TypedValues::Timestamp {
                    unit: match unit {
                        TimeUnit::Second => $crate::ipc::typed::ArrowTimeUnit::Second,
                        TimeUnit::Millisecond => $crate::ipc::typed::ArrowTimeUnit::Millisecond,
                        TimeUnit::Microsecond => $crate::ipc::typed::ArrowTimeUnit::Microsecond,
                        TimeUnit::Nanosecond => $crate::ipc::typed::ArrowTimeUnit::Nanosecond,
                    },
                    timezone,
                    values,
                },
                Values::ArrowIpc(bytes) => TypedValues::ArrowIpc(bytes),
            };
            TypedColumn { validity: column.validity, values }
        }

        /// A typed batch as the generated `batch` record.
        #[allow(dead_code)]
        pub(crate) fn batch_to_wit(batch: TypedBatch) -> Batch {
            Batch { names: batch.names, columns: batch.columns.into_iter().map(column_to_wit).collect(), rows: batch.rows }
        }

        /// The generated `batch` record as a typed batch.
        #[allow(dead_code)]
        pub(crate) fn batch_from_wit(batch: Batch) -> TypedBatch {
            TypedBatch {
                names: batch.names,
                columns: batch.columns.into_iter().map(column_from_wit).collect(),
                rows: batch.rows,
            }
        }
    };
}
