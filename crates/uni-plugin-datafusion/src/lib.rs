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
//!
//! Hosts that assemble their own DataFusion sessions (a distributed engine's
//! scheduler and executors) use the building blocks directly:
//! [`scalar_udf`] and [`aggregate_udf`] make UDFs of call handles,
//! [`plugin_scalar_handle`] and [`plugin_aggregate_handle`] find the handle
//! behind a UDF, and [`PluginTableProvider`] / [`PluginTableExec`] are the
//! logical and physical forms of a table function call.
#![deny(missing_docs)]

mod aggregate;
mod builtins;
mod error;
mod grouped;
mod insert;
pub mod query;
mod scalar;
mod session;
mod stream;
mod system;
mod table;

pub use aggregate::{aggregate_udf, plugin_aggregate_handle};
pub use builtins::SYSTEM_TABLES;
pub use error::SessionError;
pub use scalar::{plugin_scalar_handle, scalar_udf};
pub use session::PluginSession;
pub use stream::QueryStream;
pub use table::{PluginTableExec, PluginTableProvider};
