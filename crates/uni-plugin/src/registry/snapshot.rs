//! [`Snapshot`]: one immutable version of the registry.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use super::handle::{BoundFunction, CallHandle};
use super::hash::BuildNameHasher;
use crate::generation::{Binding, Generation};
use crate::id::PluginId;

/// Every published function and plugin generation at one instant. Immutable:
/// a query that pins a snapshot sees one generation of each function from
/// start to end, whatever reloads happen meanwhile.
#[derive(Debug, Default)]
pub struct Snapshot {
    pub(crate) version: u64,
    pub(crate) functions: HashMap<Arc<str>, Arc<BoundFunction>, BuildNameHasher>,
    pub(crate) plugins: BTreeMap<PluginId, Arc<Binding>>,
}

/// Why [`Snapshot::acquire`] returned no handle.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LookupError {
    /// No plugin provides the name in this snapshot.
    #[error("function `{name}` not found")]
    NotFound {
        /// The name looked up.
        name: String,
    },
}

impl Snapshot {
    /// The version: increases by one with every publish.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Looks `name` up in this snapshot. The handle runs on the generation
    /// this snapshot holds, even if the registry has moved on since.
    #[inline]
    pub fn acquire(&self, name: &str) -> Result<CallHandle, LookupError> {
        self.functions.get(name).map(CallHandle::new).ok_or_else(|| LookupError::NotFound { name: name.to_owned() })
    }

    /// Whether `name` is published in this snapshot.
    pub fn contains(&self, name: &str) -> bool {
        self.functions.contains_key(name)
    }

    /// The published function names with their generations, sorted by name.
    pub fn function_names(&self) -> Vec<(&str, &Arc<Generation>)> {
        let mut names: Vec<_> = self.functions.values().map(|f| (&*f.name, &f.binding.generation)).collect();
        names.sort_by_key(|(name, _)| *name);
        names
    }

    /// The active generation of `plugin`.
    pub fn generation(&self, plugin: &PluginId) -> Option<&Arc<Generation>> {
        self.plugins.get(plugin).map(|binding| &binding.generation)
    }

    /// Every active generation, by plugin id.
    pub fn generations(&self) -> impl Iterator<Item = &Arc<Generation>> {
        self.plugins.values().map(|binding| &binding.generation)
    }
}
