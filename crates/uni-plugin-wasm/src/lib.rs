//! # uni-plugin-wasm: sandboxed plugins as WebAssembly components
//!
//! Work in progress: the `wit/` world (`uni:plugin@0.1.0`) is the contract
//! between hosts and guests; the wasmtime loader follows.
#![deny(missing_docs)]
