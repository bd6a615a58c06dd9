//! Typed columns (`uni:plugin@0.2.0`) as the host decodes what a guest
//! returns (`uni_plugin::ipc::typed::column_from_typed`): any case, any
//! offsets, any bitmap, any expected length. Decoding must return an array
//! or an error: never panic, never abort.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use uni_plugin::ipc::typed::{ArrowTimeUnit, TypedColumn, TypedValues, column_from_typed};

#[derive(Debug, Arbitrary)]
enum Values {
    Boolean(Vec<bool>),
    Int32(Vec<i32>),
    Int64(Vec<i64>),
    UInt8(Vec<u8>),
    Float64(Vec<f64>),
    Utf8 { offsets: Vec<i32>, data: Vec<u8> },
    Binary { offsets: Vec<i32>, data: Vec<u8> },
    Date32(Vec<i32>),
    Timestamp { zone: Option<String>, values: Vec<i64> },
    ArrowIpc(Vec<u8>),
}

#[derive(Debug, Arbitrary)]
struct Case {
    validity: Option<Vec<u8>>,
    values: Values,
    rows: Option<u8>,
}

fuzz_target!(|data: &[u8]| {
    let Ok(case) = Case::arbitrary(&mut Unstructured::new(data)) else { return };
    let values = match case.values {
        Values::Boolean(values) => TypedValues::Boolean(values),
        Values::Int32(values) => TypedValues::Int32(values),
        Values::Int64(values) => TypedValues::Int64(values),
        Values::UInt8(values) => TypedValues::UInt8(values),
        Values::Float64(values) => TypedValues::Float64(values),
        Values::Utf8 { offsets, data } => TypedValues::Utf8 { offsets, data },
        Values::Binary { offsets, data } => TypedValues::Binary { offsets, data },
        Values::Date32(values) => TypedValues::Date32(values),
        Values::Timestamp { zone, values } => {
            TypedValues::Timestamp { unit: ArrowTimeUnit::Microsecond, timezone: zone, values }
        }
        Values::ArrowIpc(bytes) => TypedValues::ArrowIpc(bytes),
    };
    let _ = column_from_typed(TypedColumn { validity: case.validity, values }, case.rows.map(usize::from));
});
