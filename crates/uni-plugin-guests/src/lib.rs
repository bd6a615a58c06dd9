//! Paths of the wasm guests built by this crate's build script: the example
//! plugins (placed in their plugin directories) and the test guests.
#![deny(missing_docs)]

include!(concat!(env!("OUT_DIR"), "/guests.rs"));
