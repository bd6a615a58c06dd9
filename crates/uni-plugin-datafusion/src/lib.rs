//! # uni-plugin-datafusion: plugin functions as real SQL functions
//!
//! [`PluginSession`] wraps a DataFusion `SessionContext` and a
//! [`uni_plugin_host::PluginHost`]: every active plugin function becomes a SQL
//! function — scalar → `ScalarUDF`, aggregate → `AggregateUDF` (partial states
//! merge across partitions), table → a table function usable in `FROM`. The
//! signature comes from the manifest, the volatility from its determinism.
//!
//! The session follows the registry: after a reload or unload returns, the
//! next query sees the new generation (or "function not found"), while a
//! running query keeps the generation it was planned with.
#![deny(missing_docs)]

mod aggregate;
mod builtins;
mod error;
mod insert;
mod scalar;
mod session;
mod system;
mod table;

pub use error::SessionError;
pub use session::PluginSession;
