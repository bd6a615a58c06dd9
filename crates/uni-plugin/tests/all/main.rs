//! Integration tests of the core crate: one binary, one module per concern.

mod drain;
mod lifecycle_race;
mod manifest_invalid;
mod manifest_round_trip;
mod registrar;
mod registry;
mod registry_concurrency;
mod support;
