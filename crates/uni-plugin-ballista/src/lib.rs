//! uni-plugin functions on a DataFusion Ballista cluster, with no executor
//! rebuild: plugins travel by content address.
//!
//! A Ballista UDF is normally compiled into every executor and shipped by
//! name. Here a plan names a plugin function by (plugin id, version,
//! digest, function name); every node loads the plugin with that digest
//! from a shared [`PluginStore`] the first time it sees it, checks the bytes
//! against the digest (and, under `require_signed`, the signature and the
//! node's policy), keeps it, and runs it. A new plugin version is a new
//! digest, so a reload on the client never changes what a running query
//! executes.
//!
//! - [`PluginStore`]: plugins named by digest, in a directory or an object
//!   store (`s3://`, `http(s)://`).
//! - [`PluginResolver`] / [`NodeConfig`]: one node's way from a digest to a
//!   callable function (fetch, verify, load once, cache within a
//!   [`CacheBound`]).
//! - [`PluginLogicalCodec`] / [`PluginPhysicalCodec`]: Ballista's codecs
//!   plus plugin scalar functions, aggregates and table function calls.
//! - [`start_scheduler`], [`start_executor`], [`LocalCluster`]: nodes that
//!   use them.
//! - [`ClusterSession`]: the client side: load plugins, publish them, run
//!   SQL on the cluster.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use uni_plugin_ballista::{ClusterSession, LocalCluster, NodeConfig, PluginStore};
//! use uni_plugin_host::PluginHost;
//!
//! let store = PluginStore::open("/shared/plugin-store")?;
//! let node = |name: &str| NodeConfig::new(name, store.clone(), format!("/var/cache/uniplug/{name}"));
//! let cluster = LocalCluster::start(0, node("scheduler"), vec![node("executor-1"), node("executor-2")], 2).await?;
//!
//! let plugins = PluginHost::builder().plugin_dir("plugins/wasm/geo");
//! let (session, _report) = ClusterSession::connect(&cluster.url(), plugins, store).await?;
//! let rows = session.sql("SELECT haversine(0.0, 0.0, 0.0, 1.0)").await?;
//! # let _ = rows; Ok(()) }
//! ```
//!
//! A native plugin built as a library travels like a wasm one (its
//! library's bytes are in the digest); one linked into a binary cannot: a
//! node runs its functions when the stored manifest names a native linked
//! into it ([`NodeConfig::with_native`]). A node loads a library only for
//! its own platform; one built elsewhere is refused naming both
//! architectures.
#![deny(missing_docs)]

mod actions;
mod client;
mod cluster;
mod codec;
mod error;
mod eviction;
mod metrics;
mod prepare;
mod resolver;
mod store;

pub use actions::{EXECUTORS_ACTION, METRICS_ACTION, PREPARE_ACTION};
pub use client::{ClusterSession, ClusterSessionError};
pub use cluster::{
    ExecutorEndpoint, LocalCluster, SchedulerOptions, plugin_codec, plugin_session_config, start_executor,
    start_scheduler,
};
pub use codec::{PluginLogicalCodec, PluginPhysicalCodec};
pub use error::ClusterError;
pub use eviction::CacheBound;
pub use metrics::{cluster_metrics, host_metrics, metrics_batch, metrics_schema};
pub use resolver::{NodeConfig, PluginResolver};
pub use store::PluginStore;
pub use uni_plugin::wire::control::{ExecutorAddress, NodeMetrics, PluginSet, Prepared};
pub use uni_plugin::wire::{FunctionRef, TableCallRef, WireError};
