//! # uni-plugin: the core of an extension layer for embedded Arrow databases
//!
//! A **plugin** is a manifest plus code that adds SQL functions, hooks,
//! triggers and jobs to a database without rebuilding it. This crate holds
//! everything hosts and plugins share, and nothing engine- or
//! runtime-specific (no DataFusion, no wasmtime, no async runtime):
//!
//! - [`PluginManifest`]: `uniplugin.toml` / `.json`, parsed with every problem
//!   reported by key path, line and column ([`manifest`]).
//! - [`Capability`], [`CapabilitySet`], [`Grants`]: what a plugin may do
//!   outside its own computation, and the policy ∩ request it ends up with.
//! - [`PluginLifecycle`]: `Loaded → Linked → Initialized → Active → Draining →
//!   Removed`, moved only by compare-and-swap.
//! - Surfaces: [`Plugin`], [`ScalarFunction`], [`AggregateFunction`] +
//!   [`Accumulator`], [`TableFunction`], [`Hook`], [`Trigger`], [`Job`], on
//!   Arrow arrays, and [`PluginContext`], the capability-checked door to the host.
//! - [`Registrar`]: checks a plugin's registrations against its manifest,
//!   all or nothing.
//! - [`Registry`]: wait-free lookups of SQL names to [`CallHandle`]s that hold
//!   an in-flight guard on their [`Generation`]; atomic replacement of a
//!   plugin's generation and a drain woken by the last call's end.
//!
//! ```
//! use std::sync::Arc;
//! use arrow_array::{ArrayRef, Int64Array, cast::AsArray, types::Int64Type};
//! use uni_plugin::*;
//!
//! struct Inc;
//! impl ScalarFunction for Inc {
//!     fn invoke(&self, args: &[ArrayRef], _rows: usize) -> Result<ArrayRef, CallError> {
//!         Ok(Arc::new(args[0].as_primitive::<Int64Type>().unary::<_, Int64Type>(|v| v + 1)))
//!     }
//! }
//! struct IncPlugin(PluginManifest);
//! impl Plugin for IncPlugin {
//!     fn manifest(&self) -> &PluginManifest { &self.0 }
//!     fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
//!         registrar.scalar("inc", Inc);
//!         Ok(())
//!     }
//! }
//!
//! let manifest = PluginManifest::from_toml_str(r#"
//!     [plugin]
//!     id = "com.example.inc"
//!     version = "1.0.0"
//!     abi = "^0.1"
//!     kind = "native"
//!     entry = "inc"
//!
//!     [[functions]]
//!     name = "inc"
//!     kind = "scalar"
//!     args = ["int64"]
//!     returns = "int64"
//!     determinism = "deterministic"
//! "#).unwrap();
//! let plugin: Arc<dyn Plugin> = Arc::new(IncPlugin(manifest.clone()));
//! let mut registrar = Registrar::new(Arc::new(manifest));
//! plugin.register(&mut registrar).unwrap();
//! let surface = registrar.finish().unwrap();
//!
//! let registry = Registry::new();
//! let number = registry.next_generation_number("com.example.inc");
//! registry.commit(Generation::prepared(number, plugin, surface)).unwrap();
//!
//! let handle = registry.lookup("inc").unwrap();
//! let input: ArrayRef = Arc::new(Int64Array::from(vec![1, 2, 3]));
//! let output = handle.scalar().unwrap().invoke(&[input], 3).unwrap();
//! assert_eq!(output.as_primitive::<Int64Type>().values(), &[2, 3, 4]);
//! ```
//!
//! ## Crate features
//!
//! - `ipc`: [`ipc`], Arrow IPC stream encoding of batches, the interchange
//!   format across the WebAssembly boundary (used by host and guest SDK),
//!   and [`wire`], how plans name plugin functions on a cluster's wire.
#![deny(missing_docs)]
#![doc(test(attr(deny(warnings))))]

pub mod capability;
pub mod context;
mod cron;
mod digest;
pub mod document;
mod error;
mod generation;
mod id;
#[cfg(feature = "ipc")]
pub mod ipc;
pub mod json_schema;
pub mod lifecycle;
pub mod manifest;
pub mod registrar;
pub mod registry;
mod suggest;
pub mod surface;
mod types;
mod units;
#[cfg(feature = "ipc")]
pub mod wire;

pub use capability::{Capability, CapabilityError, CapabilitySet, Grants};
pub use context::{ContextError, HostServices, LogLevel, PluginContext};
pub use cron::CronSchedule;
pub use digest::{DigestParseError, PluginDigest};
pub use error::{CallError, PluginError};
pub use generation::{DrainFuture, DrainTimeout, Generation};
pub use id::{PluginId, PluginIdError};
pub use lifecycle::{LifecycleError, LifecycleState, PluginLifecycle};
pub use manifest::{ManifestError, PluginManifest};
pub use registrar::{PluginSurface, Registrar, RegistrarError};
pub use registry::{CallHandle, Registry, RegistryError, Snapshot};
pub use surface::{
    Accumulator, AggregateFunction, EmitTo, FunctionImpl, GroupsAccumulator, Hook, HookPayload, Job, JobContext,
    Plugin, RecordBatchStream, ScalarFunction, Signature, TableFunction, Trigger, TriggerPayload, TriggerVerdict,
};
pub use types::{TYPE_NAME_EXPECTED, TypeName};
pub use units::{BYTE_SIZE_EXPECTED, ByteSize, DURATION_EXPECTED, HumanDuration};

/// The version of the plugin ABI this crate implements. A manifest's `abi`
/// range must include it; breaking changes to the surface traits bump it.
pub const ABI_VERSION: semver::Version = semver::Version::new(0, 1, 0);

pub use arrow_array;
pub use arrow_schema;
pub use semver;
