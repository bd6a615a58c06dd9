//! Host errors: which plugin, which step, what went wrong.

use std::fmt;

use uni_plugin::PluginId;

/// The step of loading or reloading at which a plugin failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LoadStep {
    /// Finding and reading the plugin directory.
    Discover,
    /// Parsing the manifest.
    Manifest,
    /// Checking the signature.
    Signature,
    /// Checking the ABI range.
    Abi,
    /// Applying the operator's policy.
    Policy,
    /// Resolving dependencies.
    Dependencies,
    /// Binding the plugin's code (native entry lookup, wasm link).
    Link,
    /// `register()`.
    Register,
    /// `init()`.
    Init,
    /// Publishing in the registry.
    Publish,
}

impl fmt::Display for LoadStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LoadStep::Discover => "discover",
            LoadStep::Manifest => "manifest",
            LoadStep::Signature => "signature check",
            LoadStep::Abi => "abi check",
            LoadStep::Policy => "policy",
            LoadStep::Dependencies => "dependencies",
            LoadStep::Link => "link",
            LoadStep::Register => "register",
            LoadStep::Init => "init",
            LoadStep::Publish => "publish",
        })
    }
}

/// An error of the host runtime.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HostError {
    /// A plugin failed to load or reload at `step`.
    #[error("plugin `{plugin}` failed at {step}: {message}")]
    Load {
        /// The plugin (or the directory, before its id is known).
        plugin: String,
        /// The step.
        step: LoadStep,
        /// What went wrong.
        message: String,
    },
    /// Plugin code panicked.
    #[error("plugin `{plugin}` panicked in `{function}`: {message}")]
    Panicked {
        /// The plugin.
        plugin: PluginId,
        /// The function or lifecycle method.
        function: String,
        /// The panic message.
        message: String,
    },
    /// No such plugin is active.
    #[error("plugin `{0}` is not loaded")]
    NotLoaded(PluginId),
    /// `strict(true)` and at least one plugin failed.
    #[error("strict loading failed: {}", failures.join("; "))]
    Strict {
        /// Every failure.
        failures: Vec<String>,
    },
}

impl HostError {
    pub(crate) fn load(plugin: impl fmt::Display, step: LoadStep, message: impl fmt::Display) -> HostError {
        HostError::Load { plugin: plugin.to_string(), step, message: message.to_string() }
    }

    /// The same error, naming `plugin` (when it was reported by path).
    pub(crate) fn for_plugin(self, plugin: impl fmt::Display) -> HostError {
        match self {
            HostError::Load { step, message, .. } => HostError::Load { plugin: plugin.to_string(), step, message },
            other => other,
        }
    }
}
