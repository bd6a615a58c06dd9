//! What a plan carries on the cluster wire: `FunctionRef::decode` and
//! `TableCallRef::decode` (JSON plus an Arrow IPC stream of constants),
//! from `uni_plugin::wire`, the code the cluster adapter runs. The
//! input is either raw bytes or, structure-aware, a valid table call with
//! byte edits, so the IPC part is reached. Never a panic or an abort.
#![no_main]

use std::sync::Arc;

use arbitrary::{Arbitrary, Unstructured};
use arrow_array::{ArrayRef, Int64Array, StringArray};
use libfuzzer_sys::fuzz_target;
use uni_plugin::wire::{FunctionRef, TableCallRef};

#[derive(Debug, Arbitrary)]
enum Case {
    Raw(Vec<u8>),
    Edited { number: i64, word: String, edits: Vec<(u16, u8)> },
}

fuzz_target!(|data: &[u8]| {
    let Ok(case) = Case::arbitrary(&mut Unstructured::new(data)) else { return };
    let bytes = match case {
        Case::Raw(bytes) => bytes,
        Case::Edited { number, word, edits } => {
            let call = TableCallRef {
                function: FunctionRef {
                    plugin: "com.example.x".into(),
                    version: "1.0.0".into(),
                    digest: "ab".repeat(32).parse().expect("a digest"),
                    function: "f".into(),
                    requires: vec!["cd".repeat(32).parse().expect("a digest")],
                },
                constants: vec![
                    Arc::new(Int64Array::from(vec![number])) as ArrayRef,
                    Arc::new(StringArray::from(vec![word])),
                ],
                projection: Some(vec![0]),
                limit: Some(3),
            };
            let Ok(mut bytes) = call.encode() else { return };
            for (position, value) in edits.iter().take(8) {
                let at = *position as usize % bytes.len();
                bytes[at] = *value;
            }
            bytes
        }
    };
    let _ = FunctionRef::decode(&bytes);
    let _ = TableCallRef::decode(&bytes);
});
