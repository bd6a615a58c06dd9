//! [`PolicyServices`]: what the policy adds to a host's [`HostServices`].

use std::sync::{Arc, RwLock, Weak};
use std::time::{Instant, SystemTime};

use arrow_array::RecordBatch;
use uni_plugin::{HostServices, LogLevel, PluginId};

use crate::secrets::SecretStore;

/// The services every [`crate::PluginHost`] hands its plugins: the embedder's
/// services (logging, env, clock, randomness, queries), with secrets the
/// policy's `[secrets]` names answered from that store first. A name the
/// store does not hold goes to the embedder's own secret lookup.
///
/// Queries go to the [`QueryService`] a session installed with
/// [`crate::PluginHost::serve_queries`], else to the embedder's services.
///
/// Grants are checked before any of this runs (by the plugin's context or
/// the wasm sandbox), and nothing here logs a value.
pub struct PolicyServices {
    secrets: SecretStore,
    inner: Arc<dyn HostServices>,
    /// Weak: the session that answers queries owns the host, not the
    /// other way round.
    queries: RwLock<Option<Weak<dyn QueryService>>>,
}

/// Answers a plugin's `query` calls: read-only SQL against the session the
/// host serves. A SQL engine implements it (the DataFusion adapter's
/// `PluginSession` does) and installs it with
/// [`crate::PluginHost::serve_queries`] once the session exists, which is
/// after the host was built.
pub trait QueryService: Send + Sync + 'static {
    /// Runs `sql`, which the service must refuse unless it only reads,
    /// giving up at `deadline` when there is one.
    fn query(&self, sql: &str, deadline: Option<Instant>) -> Result<Vec<RecordBatch>, String>;
}

impl PolicyServices {
    /// `inner`, with `secrets` in front of its secret lookup.
    pub fn new(secrets: SecretStore, inner: Arc<dyn HostServices>) -> PolicyServices {
        PolicyServices { secrets, inner, queries: RwLock::new(None) }
    }

    /// Sends every later `query` to `service` while it lives.
    pub(crate) fn serve_queries(&self, service: Weak<dyn QueryService>) {
        *self.queries.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(service);
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

    fn query(&self, sql: &str, deadline: Option<Instant>) -> Result<Vec<RecordBatch>, String> {
        let installed = self.queries.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
        match installed {
            Some(service) => match service.upgrade() {
                Some(service) => service.query(sql, deadline),
                None => Err("the session that answered this host's queries has been dropped".into()),
            },
            None => self.inner.query(sql, deadline),
        }
    }
}
