//! Arrow IPC as the host decodes it (`uni_plugin::ipc::decode_batch`), made
//! structure-aware: random bytes never get past the first frame, so the
//! input picks a *valid* stream (columns of several types, nulls, slices)
//! and then a handful of byte edits inside it. Decoding must return a batch
//! or an error: never panic, never abort, never allocate more than the
//! input's size suggests.
#![no_main]

use std::sync::Arc;

use arbitrary::{Arbitrary, Unstructured};
use arrow_array::{ArrayRef, BooleanArray, Float64Array, Int32Array, StringArray};
use libfuzzer_sys::fuzz_target;
use uni_plugin::ipc::{decode_batch, encode_columns};

#[derive(Debug, Arbitrary)]
struct Case {
    ints: Vec<Option<i32>>,
    words: Vec<Option<String>>,
    flags: Vec<Option<bool>>,
    edits: Vec<(u16, u8)>,
}

fuzz_target!(|data: &[u8]| {
    let Ok(case) = Case::arbitrary(&mut Unstructured::new(data)) else { return };
    let rows = case.ints.len().min(case.words.len()).min(case.flags.len()).min(64);
    let columns: Vec<ArrayRef> = vec![
        Arc::new(Int32Array::from(case.ints[..rows].to_vec())),
        Arc::new(StringArray::from(case.words[..rows].to_vec())),
        Arc::new(BooleanArray::from(case.flags[..rows].to_vec())),
        Arc::new(Float64Array::from(vec![1.5; rows])),
    ];
    let Ok(mut stream) = encode_columns(&columns, rows) else { return };
    for (position, value) in case.edits.iter().take(8) {
        let at = *position as usize % stream.len();
        stream[at] = *value;
    }
    let _ = decode_batch(&stream);
});
