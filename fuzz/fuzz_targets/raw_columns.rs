//! Raw columns (`uni_plugin::ipc::raw::decode`), structure-aware: a valid
//! message of covered types, then byte edits and a possible cut. Decoding
//! must give a batch or an error, never a panic.
#![no_main]

use std::sync::Arc;

use arbitrary::{Arbitrary, Unstructured};
use arrow_array::{ArrayRef, BinaryArray, Int64Array, StringArray};
use libfuzzer_sys::fuzz_target;
use uni_plugin::ipc::raw;

#[derive(Debug, Arbitrary)]
struct Case {
    ints: Vec<Option<i64>>,
    words: Vec<Option<String>>,
    blobs: Vec<Option<Vec<u8>>>,
    edits: Vec<(u16, u8)>,
    cut: Option<u16>,
}

fuzz_target!(|data: &[u8]| {
    let Ok(case) = Case::arbitrary(&mut Unstructured::new(data)) else { return };
    let rows = case.ints.len().min(case.words.len()).min(case.blobs.len()).min(64);
    let columns: Vec<ArrayRef> = vec![
        Arc::new(Int64Array::from(case.ints[..rows].to_vec())),
        Arc::new(StringArray::from(case.words[..rows].to_vec())),
        Arc::new(BinaryArray::from(case.blobs[..rows].iter().map(|b| b.as_deref()).collect::<Vec<_>>())),
    ];
    let Some(mut message) = raw::encode(&columns, rows) else { return };
    if let Ok(batch) = raw::decode(&message) {
        assert_eq!(batch.num_rows(), rows, "an unedited message round-trips");
    }
    for (position, value) in case.edits.iter().take(8) {
        let at = *position as usize % message.len();
        message[at] = *value;
    }
    if let Some(cut) = case.cut {
        message.truncate(cut as usize % (message.len() + 1));
    }
    let _ = raw::decode(&message);
});
