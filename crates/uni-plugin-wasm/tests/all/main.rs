//! Integration tests of the wasm loader.

mod examples;
mod hostile;
mod reactions;
mod support;
