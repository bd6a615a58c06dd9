//! A guest written against the raw world (no SDK runtime) that answers
//! with bytes that are not Arrow IPC.

use uni_plugin_sdk::bindings::exports::uni::plugin::guest::{Guest, GuestAccumulator, GuestTableStream, TableStream};
use uni_plugin_sdk::bindings::uni::plugin::types::CallError;

struct Raw;
struct NoAccumulator;
struct NoStream;

impl GuestAccumulator for NoAccumulator {
    fn new(_name: String) -> Self {
        NoAccumulator
    }
    fn update(&self, _args: Vec<u8>) -> Result<(), CallError> {
        Err(CallError::Failed("no aggregates".into()))
    }
    fn merge(&self, _states: Vec<u8>) -> Result<(), CallError> {
        Err(CallError::Failed("no aggregates".into()))
    }
    fn state(&self) -> Result<Vec<u8>, CallError> {
        Err(CallError::Failed("no aggregates".into()))
    }
    fn finish(&self) -> Result<Vec<u8>, CallError> {
        Err(CallError::Failed("no aggregates".into()))
    }
}

impl GuestTableStream for NoStream {
    fn next(&self) -> Result<Option<Vec<u8>>, CallError> {
        Ok(None)
    }
}

impl Guest for Raw {
    type Accumulator = NoAccumulator;
    type TableStream = NoStream;

    fn init(_config_json: String) -> Result<(), CallError> {
        Ok(())
    }
    fn call_scalar(name: String, args: Vec<u8>) -> Result<Vec<u8>, CallError> {
        match name.as_str() {
            // Behaves like a guest built before raw columns existed: it
            // reads only Arrow IPC streams (which start with 0xFFFFFFFF) and
            // echoes them back.
            "echo_ipc" if args.starts_with(&[0xff; 4]) => Ok(args),
            "echo_ipc" => Err(CallError::InvalidInput("malformed Arrow IPC from the host: not an IPC stream".into())),
            _ => Ok(b"this is not arrow ipc".to_vec()),
        }
    }
    fn aggregate_state_schema(_name: String) -> Result<Vec<u8>, CallError> {
        Err(CallError::Failed("no aggregates".into()))
    }
    fn call_table(_name: String, _args: Vec<u8>) -> Result<TableStream, CallError> {
        Err(CallError::Failed("no tables".into()))
    }
    fn on_event(_handler: String, _payload: Vec<u8>) -> Result<(), CallError> {
        Ok(())
    }
}

uni_plugin_sdk::bindings::export_guest!(Raw with_types_in uni_plugin_sdk::bindings);
