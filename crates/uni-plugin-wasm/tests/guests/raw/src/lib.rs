//! A guest written against the raw world (no SDK runtime) that answers
//! with bytes that are not Arrow IPC, or Arrow that would hurt a host that
//! trusted it.

use std::sync::Arc;

use arrow_array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
use uni_plugin::ipc::{encode_batch, encode_columns};

use uni_plugin_sdk::bindings::exports::uni::plugin::guest::{Guest, GuestAccumulator, GuestTableStream, TableStream};
use uni_plugin_sdk::bindings::uni::plugin::types::CallError;

struct Raw;
/// An accumulator whose `state` or `finish` has the wrong shape, by name.
struct BadAccumulator(String);
/// A stream whose one batch does not match the declared columns.
struct BadStream(std::cell::Cell<bool>);

fn ints(values: Vec<i64>) -> ArrayRef {
    Arc::new(Int64Array::from(values))
}

fn encoded(columns: &[ArrayRef], rows: usize) -> Result<Vec<u8>, CallError> {
    encode_columns(columns, rows).map_err(|e| CallError::Failed(e.to_string()))
}

/// A compressed IPC stream whose values buffer declares 2^62 uncompressed
/// bytes: a few KB that make a trusting reader reserve exabytes (built by
/// uni-plugin's ipc tests).
const IPC_BOMB: &[u8] = include_bytes!("../../../../../uni-plugin/tests/fixtures/ipc_bomb.arrows");

/// Raw columns whose null bitmap is one byte for 65 rows.
fn raw_short_bitmap() -> Vec<u8> {
    let mut bytes = b"UPR1".to_vec();
    bytes.extend(65u32.to_le_bytes());
    bytes.extend(1u32.to_le_bytes());
    bytes.extend([4u8, 1]); // int64, has nulls
    bytes.extend(1u32.to_le_bytes());
    bytes.push(0xff);
    bytes.extend((65u32 * 8).to_le_bytes());
    bytes.extend(vec![0u8; 65 * 8]);
    bytes
}

impl GuestAccumulator for BadAccumulator {
    fn new(name: String) -> Self {
        BadAccumulator(name)
    }
    fn update(&self, _args: Vec<u8>) -> Result<(), CallError> {
        Ok(())
    }
    fn merge(&self, _states: Vec<u8>) -> Result<(), CallError> {
        Ok(())
    }
    fn state(&self) -> Result<Vec<u8>, CallError> {
        match self.0.as_str() {
            "agg_bad_state" => encoded(&[ints(vec![1]), ints(vec![2])], 1),
            _ => encoded(&[ints(vec![1])], 1),
        }
    }
    fn finish(&self) -> Result<Vec<u8>, CallError> {
        match self.0.as_str() {
            "agg_no_rows" => encoded(&[ints(vec![])], 0),
            "agg_wrong_type" => encoded(&[Arc::new(Float64Array::from(vec![1.5]))], 1),
            _ => encoded(&[ints(vec![1])], 1),
        }
    }
}

impl GuestTableStream for BadStream {
    fn next(&self) -> Result<Option<Vec<u8>>, CallError> {
        if self.0.replace(true) {
            return Ok(None);
        }
        let column: ArrayRef = Arc::new(StringArray::from(vec!["not", "an", "int64"]));
        let batch = RecordBatch::try_from_iter([("a", column)]).map_err(|e| CallError::Failed(e.to_string()))?;
        encode_batch(&batch).map(Some).map_err(|e| CallError::Failed(e.to_string()))
    }
}

impl Guest for Raw {
    type Accumulator = BadAccumulator;
    type TableStream = BadStream;

    fn init(_config_json: String) -> Result<(), CallError> {
        Ok(())
    }
    fn call_scalar(name: String, args: Vec<u8>) -> Result<Vec<u8>, CallError> {
        match name.as_str() {
            // Behaves like a guest built before raw columns existed: it
            // reads only Arrow IPC streams (which start with 0xFFFFFFFF) and
            // echoes them back.
            "echo_ipc" if args.starts_with(&[0xff; 4]) => Ok(args),
            "echo_ipc" => Err(CallError::InvalidInput("this guest reads Arrow IPC only".into())),
            // Refuses everything with the words the Rust SDK uses for bad
            // IPC: words must not switch the host off raw columns.
            "mimic" => Err(CallError::InvalidInput("malformed Arrow IPC from the host: mimicked".into())),
            // One int64 per row: 1 when the arguments came as raw columns.
            "protocol" => {
                let raw = i64::from(args.starts_with(b"UPR1"));
                let rows = if raw == 1 {
                    u32::from_le_bytes(args[4..8].try_into().map_err(|_| CallError::Failed("short".into()))?) as usize
                } else {
                    uni_plugin::ipc::decode_batch(&args).map_err(|e| CallError::Failed(e.to_string()))?.num_rows()
                };
                encoded(&[ints(vec![raw; rows])], rows)
            }
            "ipc_bomb" => Ok(IPC_BOMB.to_vec()),
            "raw_short_bitmap" => Ok(raw_short_bitmap()),
            _ => Ok(b"this is not arrow ipc".to_vec()),
        }
    }
    fn aggregate_state_schema(name: String) -> Result<Vec<u8>, CallError> {
        match name.as_str() {
            "agg_no_schema" => Err(CallError::Failed("no state schema today".into())),
            // One int64 state column.
            _ => encoded(&[ints(vec![])], 0),
        }
    }
    fn call_table(_name: String, _args: Vec<u8>) -> Result<TableStream, CallError> {
        Ok(TableStream::new(BadStream(std::cell::Cell::new(false))))
    }
    fn on_event(_handler: String, _payload: Vec<u8>) -> Result<(), CallError> {
        Ok(())
    }
}

uni_plugin_sdk::bindings::export_guest!(Raw with_types_in uni_plugin_sdk::bindings);
