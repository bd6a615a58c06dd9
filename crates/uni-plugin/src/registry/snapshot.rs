//! [`Snapshot`]: one immutable version of the registry.

use std::collections::BTreeMap;
use std::hash::BuildHasher;

use hashbrown::HashTable;
use std::sync::Arc;

use super::handle::{BoundFunction, CallHandle};
use super::hash::BuildNameHasher;
use crate::generation::{Binding, Generation};
use crate::id::PluginId;

/// Every published function and plugin generation at one instant. Immutable:
/// a query that pins a snapshot sees one generation of each function from
/// start to end, whatever reloads happen meanwhile.
///
/// The name map is split into [`SHARDS`] shards that snapshots share
/// copy-on-write: publishing one plugin copies only the shards its names fall
/// in, so a reload does not rewrite (and evict from other cores' caches) the
/// entries of every other plugin.
#[derive(Debug)]
pub struct Snapshot {
    pub(crate) version: u64,
    pub(crate) shards: Vec<Arc<Shard>>,
    pub(crate) plugins: BTreeMap<PluginId, Arc<Binding>>,
}

/// One shard of the name map: each slot holds the name's full hash (so
/// mismatches are rejected without leaving the table) and the entry, whose
/// name prefix sits on the same cache line as the reference count a lookup
/// increments anyway.
pub(crate) type Shard = HashTable<(u64, Arc<BoundFunction>)>;

/// The number of name-map shards.
pub(crate) const SHARDS: usize = 64;

/// The hash of a name; its top 6 bits pick the shard, all of it the bucket.
#[inline]
pub(crate) fn name_hash(name: &str) -> u64 {
    BuildNameHasher::default().hash_one(name)
}

#[inline]
pub(crate) fn shard_index(hash: u64) -> usize {
    (hash >> 58) as usize
}

impl Default for Snapshot {
    fn default() -> Self {
        Snapshot {
            version: 0,
            shards: (0..SHARDS).map(|_| Arc::new(Shard::default())).collect(),
            plugins: BTreeMap::new(),
        }
    }
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
        self.function(name).map(CallHandle::new).ok_or_else(|| LookupError::NotFound { name: name.to_owned() })
    }

    #[inline]
    pub(crate) fn function(&self, name: &str) -> Option<&Arc<BoundFunction>> {
        let hash = name_hash(name);
        self.shards[shard_index(hash)]
            .find(hash, |(slot_hash, function)| *slot_hash == hash && function.is_named(name))
            .map(|(_, function)| function)
    }

    /// Whether `name` is published in this snapshot.
    pub fn contains(&self, name: &str) -> bool {
        self.function(name).is_some()
    }

    /// The published function names with their generations, sorted by name.
    pub fn function_names(&self) -> Vec<(&str, &Arc<Generation>)> {
        let mut names: Vec<_> =
            self.shards.iter().flat_map(|shard| shard.iter()).map(|(_, f)| (&*f.name, &f.binding.generation)).collect();
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
