//! # uni-plugin-host: turning plugin packages and an operator's policy into
//! active registry entries
//!
//! - [`Policy`]: the operator's `uniplug.policy.toml` — grants, resource caps,
//!   denials — parsed with located errors like manifests.
//! - [`deps`]: dependency resolution in load order, with errors that name
//!   missing plugins, both versions of a mismatch and the whole of a cycle.
//! - [`PluginHost`]: loads plugins in dependency order, isolates failures to
//!   the failing plugin and its dependents, and reloads one plugin while its
//!   functions keep answering.
//! - [`digest_of_dir`]: a plugin's content address ([`PluginDigest`], blake3
//!   of manifest and artifact), the name a cluster ships instead of the code.
//! - [`signing`]: ed25519 signatures over blake3 digests of a plugin's
//!   manifest and artifact; with `require_signed`, every load path checks them.
//! - [`isolate`] and [`call`]: every call into plugin code runs under
//!   `catch_unwind` with a circuit breaker, output checks, metrics and a
//!   `tracing` span; a panic becomes an error naming plugin and function.
//! - Hooks and triggers: [`PluginHost::fire_hooks`] around queries (and
//!   `on_load`/`on_unload` by the host itself), [`PluginHost::fire_triggers`]
//!   on writes, where a `before` trigger can reject the rows.
//! - Watch mode: [`PluginHost::watch`] reloads a plugin whose files change
//!   (debounced), through the same checks as an explicit reload.
//! - Jobs: each active plugin's `[[jobs]]` run on their cron or `every`
//!   schedule, never two instances of one job at once, cancelled on unload
//!   and reload.
//! - [`metrics`]: per-function calls, errors, rows, p50/p99 latency and
//!   breaker state, from [`PluginHost::metrics`].
//!
//! ```
//! use uni_plugin_host::Policy;
//! let policy = Policy::from_toml_str(r#"
//!     [defaults]
//!     grant = ["log"]
//!     memory = "128MiB"
//!
//!     [plugins."com.evil.miner"]
//!     deny = true
//! "#).unwrap();
//! assert!(policy.for_plugin(&"com.evil.miner".parse().unwrap()).deny);
//! ```
#![deny(missing_docs)]
#![doc(test(attr(deny(warnings))))]

pub mod call;
pub mod deps;
mod digest;
mod error;
mod events;
mod host;
pub mod isolate;
mod jobs;
pub mod metrics;
pub mod native;
pub mod policy;
mod policy_schema;
pub mod secrets;
mod services;
pub mod signing;
mod source;
mod watch;

pub use digest::{digest_of_dir, digest_of_parts};
pub use error::{HostError, LoadStep};
pub use events::{ReactionFailure, TriggerRejection};
pub use host::{
    LoadOutcome, LoadReport, NativeLoad, PluginHost, PluginHostBuilder, PluginStatus, default_compile_cache,
    new_wasm_engine, plugin_dirs_in,
};
pub use metrics::{BreakerState, MetricsSnapshot};
pub use policy::{EffectiveLimits, PluginPolicy, Policy, PolicyError};
pub use secrets::{SecretError, SecretStore};
pub use services::{PolicyServices, QueryService};
pub use source::{MANIFEST_FILES, MAX_TEXT_FILE, PluginFiles, SourceError, artifact_file, manifest_in, read_file};
pub use uni_plugin::{DigestParseError, PluginDigest};
pub use watch::{WatchEvent, WatchHandle};
