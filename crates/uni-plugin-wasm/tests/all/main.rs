//! Integration tests of the wasm loader.

mod examples;
mod hostile;
mod preinit;
mod reactions;
mod support;
mod worlds;
