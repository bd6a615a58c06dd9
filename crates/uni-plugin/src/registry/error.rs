//! Errors of registry writes.

use std::fmt;

use crate::id::PluginId;
use crate::lifecycle::LifecycleError;

/// A name a plugin wants that someone else holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameConflict {
    /// The SQL name.
    pub name: String,
    /// Who holds it: `plugin `ai.other`` or a reserved owner such as
    /// `DataFusion built-in`.
    pub owner: String,
}

impl fmt::Display for NameConflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is already provided by {}", self.name, self.owner)
    }
}

/// A registry write was refused; nothing was published.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RegistryError {
    /// Some function names are taken.
    #[error("plugin `{plugin}` cannot be published: {}; rename the function in the plugin or unload the other owner", conflicts.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    NameConflicts {
        /// The plugin being published.
        plugin: PluginId,
        /// Every conflicting name.
        conflicts: Vec<NameConflict>,
    },
    /// `commit` of a plugin that is already active.
    #[error("plugin `{plugin}` is already active (generation {generation}); use replace (reload) instead")]
    AlreadyActive {
        /// The plugin.
        plugin: PluginId,
        /// Its active generation.
        generation: u64,
    },
    /// `replace` or `remove` of a plugin that is not active.
    #[error("plugin `{plugin}` is not active")]
    NotActive {
        /// The plugin.
        plugin: PluginId,
    },
    /// `replace` with a generation not newer than the active one.
    #[error("plugin `{plugin}`: generation {offered} is not newer than the active generation {active}")]
    StaleGeneration {
        /// The plugin.
        plugin: PluginId,
        /// The active generation.
        active: u64,
        /// The generation offered.
        offered: u64,
    },
    /// The generation was not `Initialized`.
    #[error("generation cannot be published: {0}")]
    Lifecycle(#[from] LifecycleError),
}
