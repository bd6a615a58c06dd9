//! [`PolicyServices`]: what the policy adds to a host's [`HostServices`].

use std::sync::Arc;
use std::time::SystemTime;

use arrow_array::RecordBatch;
use uni_plugin::{HostServices, LogLevel, PluginId};

use crate::secrets::SecretStore;

/// The services every [`crate::PluginHost`] hands its plugins: the embedder's
/// services (logging, env, clock, randomness, queries), with secrets the
/// policy's `[secrets]` names answered from that store first. A name the
/// store does not hold goes to the embedder's own secret lookup.
///
/// Grants are checked before any of this runs (by the plugin's context or
/// the wasm sandbox), and nothing here logs a value.
pub struct PolicyServices {
    secrets: SecretStore,
    inner: Arc<dyn HostServices>,
}

impl PolicyServices {
    /// `inner`, with `secrets` in front of its secret lookup.
    pub fn new(secrets: SecretStore, inner: Arc<dyn HostServices>) -> PolicyServices {
        PolicyServices { secrets, inner }
    }
}

impl std::fmt::Debug for PolicyServices {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PolicyServices").field("secrets", &self.secrets).finish_non_exhaustive()
    }
}

impl HostServices for PolicyServices {
    fn log(&self, plugin: &PluginId, level: LogLevel, message: &str) {
        self.inner.log(plugin, level, message);
    }

    fn env(&self, name: &str) -> Option<String> {
        self.inner.env(name)
    }

    fn now(&self) -> SystemTime {
        self.inner.now()
    }

    fn random(&self, buffer: &mut [u8]) -> Result<(), String> {
        self.inner.random(buffer)
    }

    fn secret(&self, name: &str) -> Result<Option<String>, String> {
        if self.secrets.contains(name) {
            return self.secrets.get(name).map_err(|error| error.to_string());
        }
        self.inner.secret(name)
    }

    fn query(&self, sql: &str) -> Result<Vec<RecordBatch>, String> {
        self.inner.query(sql)
    }
}
