//! # uni-plugin-wasm: sandboxed plugins as WebAssembly components
//!
//! Untrusted code adds SQL functions without being able to read a file, open
//! a socket, spin forever or eat the machine unless the operator allowed it.
//!
//! - `wit/plugin.wit`: the `uni:plugin@0.2.0` world, the contract between
//!   hosts and guests in any language: typed columns across the boundary
//!   (a `float64` column is a `list<f64>`), Arrow IPC only for types without
//!   a case of their own, grouped aggregates in one call per batch.
//!   Components built for `0.1.0` (`wit-0.1.0/plugin.wit`, Arrow IPC bytes)
//!   keep loading beside them; `guest` hides which one a plugin speaks.
//! - [`WasmEngine`]: one wasmtime engine per host; epoch ticker for per-call
//!   time limits; compiled components cached on disk.
//! - [`WasmPlugin`]: a component behind the core `Plugin` / surface traits.
//!   Imports needing an ungranted capability fail the load; WASI sees only
//!   granted env vars, directories and hosts, a frozen clock without `clock`
//!   and a fixed seed without `random`; memory, time and stack are capped; a
//!   trap fails one call and the instance is replaced. Waits in the host
//!   (sleeps, polls) end at the call's deadline too. `sandbox` holds what
//!   every grant becomes, in one file.
//! - Before anything is compiled, the component's bytes are read for its
//!   imports and the `uni:plugin` world version it exports
//!   ([`SUPPORTED_WIT_VERSIONS`]): an unsupported version or something that
//!   is not a plugin at all fails the load with a message saying so.
//! - Pre-initialization: with a compile cache, a plugin whose `init` needs
//!   nothing from the host has it run once at load; instances start from a
//!   snapshot of the state it left ([`WasmPlugin::is_preinitialized`]), so a
//!   fresh instance costs the store and the instantiation only. The guest's
//!   exports are type-checked once per plugin generation, on its first
//!   instance; later instances fetch them by index.
//! - [`sealed`]: sealed in-memory files. A cached compiled component is
//!   copied into one while its MAC is checked and mapped from there, so
//!   what was checked is what runs without a second copy.
#![deny(missing_docs)]

#[allow(missing_docs)]
mod bindings;
mod blocking;
mod cache;
mod engine;
mod exports;
mod guest;
mod instance;
mod output;
mod plugin;
mod preinit;
mod sandbox;
pub mod sealed;
mod state;
mod world;

use std::path::PathBuf;

pub use engine::{EngineOptions, MAX_WASM_STACK, POOLED_INSTANCES, WASMTIME_VERSION, WasmEngine};
pub use instance::{MAX_IDLE_MEMORY_PER_PLUGIN, MAX_INSTANCES_PER_PLUGIN};
pub use plugin::{WasmLimits, WasmPlugin};
pub use state::{MAX_LOG_LINES_PER_SECOND, MAX_LOG_MESSAGE};
pub use world::SUPPORTED_WIT_VERSIONS;

/// Loading a wasm plugin failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WasmError {
    /// The artifact could not be read.
    #[error("cannot read component `{}`: {source}", path.display())]
    Read {
        /// The artifact path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The engine could not be created.
    #[error("cannot create the wasm engine: {0}")]
    Engine(String),
    /// The bytes are not a valid component.
    #[error("invalid component: {0}")]
    Compile(String),
    /// The component exports no `uni:plugin/guest` interface.
    #[error(
        "not a uni-plugin component: it exports no `uni:plugin/guest` interface (its exports: {exports}); build it with uni-plugin-sdk or against `wit/plugin.wit`"
    )]
    NotAPlugin {
        /// What the component does export, comma-separated.
        exports: String,
    },
    /// The component targets a `uni:plugin` world version this host does not load.
    #[error(
        "the component was built against `uni:plugin@{found}`, which this host does not load (it loads {supported}); rebuild it with the uni-plugin-sdk that matches this host, or upgrade the host"
    )]
    UnsupportedWorld {
        /// The version the component exports.
        found: String,
        /// The versions this host loads.
        supported: String,
    },
    /// A snapshot of the plugin's `init` could not be made (the plugin then
    /// runs `init` in each instance; this error is not returned by loads).
    #[error("cannot pre-initialize the component: {0}")]
    Preinit(String),
    /// Linking failed.
    #[error("cannot link the component: {0}")]
    Link(String),
}

impl From<WasmError> for uni_plugin::PluginError {
    fn from(error: WasmError) -> Self {
        uni_plugin::PluginError::new(error.to_string())
    }
}
