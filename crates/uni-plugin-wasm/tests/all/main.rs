//! Integration tests of the wasm loader.

mod examples;
mod support;
