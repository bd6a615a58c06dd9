//! [`PluginContext`]: the only door from a plugin to the host, each method
//! checked against the plugin's [`Grants`].

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use arrow_array::RecordBatch;

use crate::capability::{Capability, CapabilityPath, Grants, NamePattern};
use crate::id::PluginId;
use crate::manifest::ConfigMap;

/// Log levels, mirroring `tracing`'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LogLevel {
    /// Very detailed.
    Trace,
    /// Debugging.
    Debug,
    /// Normal operation.
    Info,
    /// Something odd.
    Warn,
    /// Something failed.
    Error,
}

/// The services a host provides behind a [`PluginContext`]. The context checks
/// grants *before* calling these, so implementations need not.
///
/// Every method has a default: logs go to stderr, env, clock and randomness
/// come from the process and the operating system (inside a wasm guest,
/// from WASI, which the host's sandbox answers), and secrets and queries are
/// unavailable. Hosts override what they offer.
pub trait HostServices: Send + Sync + 'static {
    /// Writes one log line for `plugin`.
    fn log(&self, plugin: &PluginId, level: LogLevel, message: &str) {
        eprintln!("[{level:?}] {plugin}: {message}");
    }

    /// Reads an environment variable.
    fn env(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }

    /// The wall clock.
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }

    /// Fills `buffer` with secure random bytes.
    fn random(&self, buffer: &mut [u8]) -> Result<(), String> {
        getrandom::fill(buffer).map_err(|error| format!("the operating system's random source failed: {error}"))
    }

    /// Looks up a secret.
    fn secret(&self, name: &str) -> Result<Option<String>, String> {
        let _ = name;
        Err("this host has no secret store".into())
    }

    /// Runs read-only SQL, giving up at `deadline` when there is one (a
    /// sandboxed call's time limit: the host must not outlive it).
    fn query(&self, sql: &str, deadline: Option<Instant>) -> Result<Vec<RecordBatch>, String> {
        let _ = (sql, deadline);
        Err("this host does not offer queries to plugins".into())
    }
}

/// The defaults of [`HostServices`], for hosts and tests that need no more.
#[derive(Debug, Default, Clone, Copy)]
pub struct DefaultHostServices;

impl HostServices for DefaultHostServices {}

/// A context method was refused or failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ContextError {
    /// The plugin does not hold the capability.
    #[error(
        "plugin `{plugin}` is not granted `{capability}`; an operator can grant it in the policy under `[plugins.\"{plugin}\"] grant`"
    )]
    NotGranted {
        /// The plugin.
        plugin: PluginId,
        /// The capability it would need.
        capability: String,
    },
    /// The host does not provide the service.
    #[error("{service} is unavailable: {reason}")]
    Unavailable {
        /// The service (`secret store`, `query`, ...).
        service: &'static str,
        /// Why.
        reason: String,
    },
    /// A file operation failed.
    #[error("cannot access `{}`: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A path argument is malformed or escapes its directory.
    #[error("invalid path `{path}`: {reason}")]
    InvalidPath {
        /// The path as given.
        path: String,
        /// Why it was refused.
        reason: String,
    },
}

/// A plugin's handle on the host, given to `init()`. Cheap to clone.
///
/// ```
/// use std::sync::Arc;
/// use uni_plugin::{CapabilitySet, Grants, PluginContext, PluginId};
/// use uni_plugin::context::DefaultHostServices;
///
/// let granted: CapabilitySet = ["env:PATH"].iter().map(|s| s.parse().unwrap()).collect();
/// let context = PluginContext::new(
///     PluginId::parse("com.example.geo").unwrap(), 1, Grants::from_set(granted),
///     Default::default(), None, Arc::new(DefaultHostServices),
/// );
/// assert!(context.env("PATH").is_ok());
/// assert!(context.env("HOME").unwrap_err().to_string().contains("not granted `env:HOME`"));
/// ```
#[derive(Clone)]
pub struct PluginContext {
    plugin: PluginId,
    generation: u64,
    grants: Arc<Grants>,
    config: Arc<ConfigMap>,
    data_dir: Option<PathBuf>,
    services: Arc<dyn HostServices>,
}

impl std::fmt::Debug for PluginContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PluginContext")
            .field("plugin", &self.plugin)
            .field("generation", &self.generation)
            .field("grants", &self.grants.to_string())
            .finish_non_exhaustive()
    }
}

impl PluginContext {
    /// A context for one plugin generation.
    pub fn new(
        plugin: PluginId,
        generation: u64,
        grants: Grants,
        config: ConfigMap,
        data_dir: Option<PathBuf>,
        services: Arc<dyn HostServices>,
    ) -> PluginContext {
        PluginContext { plugin, generation, grants: Arc::new(grants), config: Arc::new(config), data_dir, services }
    }

    /// The plugin this context belongs to.
    pub fn plugin_id(&self) -> &PluginId {
        &self.plugin
    }

    /// The generation number.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The manifest's `[config]` table.
    pub fn config(&self) -> &ConfigMap {
        &self.config
    }

    /// The effective grants.
    pub fn grants(&self) -> &Grants {
        &self.grants
    }

    /// The plugin's data directory, where relative `fs-*` grants point.
    pub fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    /// Fails unless `capability` is granted.
    pub fn require(&self, capability: &Capability) -> Result<(), ContextError> {
        if self.grants.covers(capability) {
            Ok(())
        } else {
            Err(ContextError::NotGranted { plugin: self.plugin.clone(), capability: capability.to_string() })
        }
    }

    /// Writes to the host log (`log`).
    pub fn log(&self, level: LogLevel, message: &str) -> Result<(), ContextError> {
        self.require(&Capability::Log)?;
        self.services.log(&self.plugin, level, message);
        Ok(())
    }

    /// Reads an environment variable (`env:NAME`); `Ok(None)` when unset.
    pub fn env(&self, name: &str) -> Result<Option<String>, ContextError> {
        self.require(&Capability::Env(NamePattern::exact(name)))?;
        Ok(self.services.env(name))
    }

    /// Reads a secret (`secret:NAME`).
    pub fn secret(&self, name: &str) -> Result<Option<String>, ContextError> {
        let pattern = NamePattern::secret_name(name).map_err(|reason| ContextError::Unavailable {
            service: "secret store",
            reason: format!("`{name}` is not a valid secret name: {reason}"),
        })?;
        self.require(&Capability::Secret(pattern))?;
        self.services.secret(name).map_err(|reason| ContextError::Unavailable { service: "secret store", reason })
    }

    /// The wall clock (`clock`).
    pub fn now(&self) -> Result<SystemTime, ContextError> {
        self.require(&Capability::Clock)?;
        Ok(self.services.now())
    }

    /// Secure random bytes (`random`).
    pub fn random_bytes(&self, buffer: &mut [u8]) -> Result<(), ContextError> {
        self.require(&Capability::Random)?;
        self.services.random(buffer).map_err(|reason| ContextError::Unavailable { service: "random source", reason })
    }

    /// Read-only SQL through the host (`query`).
    pub fn query(&self, sql: &str) -> Result<Vec<RecordBatch>, ContextError> {
        self.require(&Capability::Query)?;
        self.services.query(sql, None).map_err(|reason| ContextError::Unavailable { service: "query", reason })
    }

    /// Reads a file (`fs-read:DIR` or `fs-write:DIR` covering it). Relative
    /// paths are under the data directory. Symlinks that lead outside the
    /// granted directory are refused.
    pub fn read_file(&self, path: &str) -> Result<Vec<u8>, ContextError> {
        let resolved = self.checked_path(path, false)?;
        std::fs::read(&resolved).map_err(|source| ContextError::Io { path: resolved, source })
    }

    /// Writes a file (`fs-write:DIR` covering it).
    pub fn write_file(&self, path: &str, contents: &[u8]) -> Result<(), ContextError> {
        let resolved = self.checked_path(path, true)?;
        std::fs::write(&resolved, contents).map_err(|source| ContextError::Io { path: resolved, source })
    }

    fn checked_path(&self, path: &str, write: bool) -> Result<PathBuf, ContextError> {
        let invalid = |reason: String| ContextError::InvalidPath { path: path.to_owned(), reason };
        let parsed = CapabilityPath::parse(path).map_err(invalid)?;
        let wanted = if write { Capability::FsWrite(parsed.clone()) } else { Capability::FsRead(parsed.clone()) };
        self.require(&wanted)?;
        let data_dir = self.data_dir.clone().unwrap_or_else(|| PathBuf::from("."));
        let resolved = parsed.resolve(&data_dir);
        // The lexical check passed; now make sure symlinks do not lead out of
        // every granted directory.
        let real = match std::fs::canonicalize(&resolved) {
            Ok(real) => real,
            Err(_) => match resolved.parent().map(std::fs::canonicalize) {
                Some(Ok(parent)) => parent.join(resolved.file_name().unwrap_or_default()),
                _ => return Ok(resolved),
            },
        };
        let inside_a_grant = self.grants.set().iter().any(|granted| match granted {
            Capability::FsWrite(root) => {
                std::fs::canonicalize(root.resolve(&data_dir)).is_ok_and(|r| real.starts_with(r))
            }
            Capability::FsRead(root) if !write => {
                std::fs::canonicalize(root.resolve(&data_dir)).is_ok_and(|r| real.starts_with(r))
            }
            _ => false,
        });
        if inside_a_grant {
            Ok(resolved)
        } else {
            Err(invalid(format!("it resolves to `{}`, outside every granted directory", real.display())))
        }
    }
}
