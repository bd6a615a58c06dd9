//! The registry: every active plugin generation and the SQL names they serve,
//! read wait-free (`docs/design.md`, "Registry and calls").
//!
//! Readers load the current [`Snapshot`] from an `ArcSwap` and never lock.
//! Writers serialize on a mutex, build a new snapshot and publish it with one
//! store, so a plugin's whole surface appears, changes or disappears at once.
//!
//! ```
//! # use std::sync::Arc;
//! # use arrow_array::ArrayRef;
//! # use uni_plugin::*;
//! # struct Echo;
//! # impl ScalarFunction for Echo {
//! #     fn invoke(&self, args: &[ArrayRef], _: usize) -> Result<ArrayRef, CallError> { Ok(args[0].clone()) }
//! # }
//! # struct EchoPlugin(PluginManifest);
//! # impl Plugin for EchoPlugin {
//! #     fn manifest(&self) -> &PluginManifest { &self.0 }
//! #     fn register(&self, r: &mut Registrar) -> Result<(), PluginError> { r.scalar("echo", Echo); Ok(()) }
//! # }
//! # let manifest = PluginManifest::from_toml_str(r#"
//! #     [plugin]
//! #     id = "com.example.echo"
//! #     version = "0.1.0"
//! #     abi = "^0.1"
//! #     kind = "native"
//! #     entry = "echo"
//! #     [[functions]]
//! #     name = "echo"
//! #     kind = "scalar"
//! #     args = ["utf8"]
//! #     returns = "utf8"
//! # "#).unwrap();
//! # let plugin: Arc<dyn Plugin> = Arc::new(EchoPlugin(manifest.clone()));
//! # let mut registrar = Registrar::new(Arc::new(manifest));
//! # plugin.register(&mut registrar).unwrap();
//! # let surface = registrar.finish().unwrap();
//! let registry = Registry::new();
//! registry.reserve(["median", "sum"], "DataFusion built-in");
//! let generation = Generation::prepared(registry.next_generation_number(plugin.manifest().plugin.id.as_str()), plugin, surface);
//! registry.commit(generation.clone()).unwrap();
//!
//! let handle = registry.lookup("echo").expect("published");
//! assert_eq!(handle.plugin_id().as_str(), "com.example.echo");
//! registry.remove(generation.plugin_id()).unwrap();
//! assert!(!generation.is_drained(), "the handle still reaches it");
//! drop(handle);
//! assert!(generation.is_drained());
//! ```

mod error;
mod handle;
mod hash;
mod snapshot;

use std::collections::HashMap;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, MutexGuard};

use arc_swap::ArcSwap;

pub use error::{NameConflict, RegistryError};
use handle::NamePrefix;
pub use handle::{BoundFunction, CallHandle};
pub use snapshot::{LookupError, Snapshot};
use snapshot::{name_hash, shard_index};

use crate::generation::{Binding, Generation};
use crate::id::PluginId;
use crate::lifecycle::LifecycleState;

/// A change published by the registry, delivered to [`Registry::subscribe`]rs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryEvent {
    /// The snapshot version that carries the change.
    pub version: u64,
    /// The plugin concerned.
    pub plugin: PluginId,
    /// What happened.
    pub change: RegistryChange,
}

/// What a [`RegistryEvent`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistryChange {
    /// A plugin's first (or re-loaded) generation became active.
    Committed {
        /// Its generation number.
        generation: u64,
    },
    /// A new generation replaced the active one.
    Replaced {
        /// The replaced generation, now draining.
        old: u64,
        /// The new active generation.
        new: u64,
    },
    /// The plugin was removed; its generation is draining.
    Removed {
        /// The removed generation.
        generation: u64,
    },
}

#[derive(Default)]
struct WriterState {
    reserved: HashMap<String, String>,
    subscribers: Vec<Sender<RegistryEvent>>,
    last_generation: HashMap<String, u64>,
}

/// The wait-free registry of active plugin generations.
pub struct Registry {
    current: ArcSwap<Snapshot>,
    writer: Mutex<WriterState>,
}

impl Default for Registry {
    fn default() -> Self {
        Registry::new()
    }
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let snapshot = self.current.load();
        f.debug_struct("Registry")
            .field("version", &snapshot.version)
            .field("plugins", &snapshot.plugins.keys().collect::<Vec<_>>())
            .field("functions", &snapshot.shards.iter().map(|shard| shard.len()).sum::<usize>())
            .finish()
    }
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Registry {
        Registry { current: ArcSwap::from_pointee(Snapshot::default()), writer: Mutex::new(WriterState::default()) }
    }

    fn writer(&self) -> MutexGuard<'_, WriterState> {
        // Writers never leave the state half-updated across a panic point, so
        // a poisoned lock still guards consistent data.
        self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Reserves names no plugin may take (the host engine's built-ins).
    /// `owner` is how conflicts name the holder, e.g. `DataFusion built-in`.
    pub fn reserve<I, S>(&self, names: I, owner: &str)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut writer = self.writer();
        for name in names {
            writer.reserved.insert(name.into(), owner.to_owned());
        }
    }

    /// The owner of a reserved name.
    pub fn reserved_by(&self, name: &str) -> Option<String> {
        self.writer().reserved.get(name).cloned()
    }

    /// The next generation number for `plugin` (1 for the first load);
    /// numbers keep increasing across unloads.
    pub fn next_generation_number(&self, plugin: &str) -> u64 {
        let mut writer = self.writer();
        let last = writer.last_generation.entry(plugin.to_owned()).or_insert(0);
        *last += 1;
        *last
    }

    /// The current snapshot. Pin it for the duration of a query.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.current.load_full()
    }

    /// Looks `name` up in the current snapshot. Never blocks; costs one
    /// snapshot load, one hash lookup and one reference-count increment.
    #[inline]
    pub fn lookup(&self, name: &str) -> Option<CallHandle> {
        self.current.load().function(name).map(CallHandle::new)
    }

    /// The active generation of `plugin`.
    pub fn generation(&self, plugin: &PluginId) -> Option<Arc<Generation>> {
        self.current.load().plugins.get(plugin).map(|binding| binding.generation.clone())
    }

    /// Receives every later change. Dropping the receiver unsubscribes.
    pub fn subscribe(&self) -> Receiver<RegistryEvent> {
        let (sender, receiver) = channel();
        self.writer().subscribers.push(sender);
        receiver
    }

    fn conflicts(
        &self,
        writer: &WriterState,
        snapshot: &Snapshot,
        generation: &Generation,
        replacing: Option<&PluginId>,
    ) -> Result<(), RegistryError> {
        let mut conflicts = Vec::new();
        for (decl, _) in &generation.surface().functions {
            if let Some(owner) = writer.reserved.get(&decl.name) {
                conflicts.push(NameConflict { name: decl.name.clone(), owner: owner.clone() });
            } else if let Some(existing) = snapshot.function(&decl.name) {
                let owner = existing.binding.generation.plugin_id();
                if Some(owner) != replacing {
                    conflicts.push(NameConflict { name: decl.name.clone(), owner: format!("plugin `{owner}`") });
                }
            }
        }
        if conflicts.is_empty() {
            Ok(())
        } else {
            Err(RegistryError::NameConflicts { plugin: generation.plugin_id().clone(), conflicts })
        }
    }

    fn publish(
        &self,
        writer: &mut WriterState,
        snapshot: &Snapshot,
        remove: Option<&PluginId>,
        add: Option<&Arc<Generation>>,
        change: RegistryChange,
        plugin: &PluginId,
    ) {
        // Copy-on-write: `make_mut` copies a shard the first time it changes.
        let mut shards = snapshot.shards.clone();
        let mut plugins = snapshot.plugins.clone();
        if let Some(removed) = remove.and_then(|id| plugins.remove(id)) {
            for (decl, _) in &removed.generation.surface().functions {
                let hash = name_hash(&decl.name);
                let shard = Arc::make_mut(&mut shards[shard_index(hash)]);
                if let Ok(entry) = shard.find_entry(hash, |(_, function)| function.is_named(&decl.name)) {
                    entry.remove();
                }
            }
        }
        if let Some(generation) = add {
            let binding = Binding::new(generation.clone());
            for (decl, implementation) in &generation.surface().functions {
                let name: Arc<str> = Arc::from(decl.name.as_str());
                let bound = BoundFunction {
                    name_prefix: NamePrefix::new(&name),
                    name: name.clone(),
                    binding: binding.clone(),
                    decl: decl.clone(),
                    implementation: implementation.clone(),
                };
                let hash = name_hash(&name);
                Arc::make_mut(&mut shards[shard_index(hash)])
                    .insert_unique(hash, (hash, Arc::new(bound)), |slot| slot.0);
            }
            plugins.insert(generation.plugin_id().clone(), binding);
        }
        let version = snapshot.version + 1;
        self.current.store(Arc::new(Snapshot { version, shards, plugins }));
        let event = RegistryEvent { version, plugin: plugin.clone(), change };
        writer.subscribers.retain(|subscriber| subscriber.send(event.clone()).is_ok());
    }

    /// Publishes a plugin's first generation. The generation must be
    /// `Initialized`; it becomes `Active` as it is published. Fails, publishing
    /// nothing, if the plugin is already active or any of its names is taken.
    pub fn commit(&self, generation: Arc<Generation>) -> Result<(), RegistryError> {
        let mut writer = self.writer();
        let snapshot = self.current.load_full();
        let plugin = generation.plugin_id().clone();
        if let Some(active) = snapshot.generation(&plugin) {
            return Err(RegistryError::AlreadyActive { plugin, generation: active.number() });
        }
        self.conflicts(&writer, &snapshot, &generation, None)?;
        generation.lifecycle().transition(LifecycleState::Initialized, LifecycleState::Active)?;
        let change = RegistryChange::Committed { generation: generation.number() };
        self.publish(&mut writer, &snapshot, None, Some(&generation), change, &plugin);
        Ok(())
    }

    /// Atomically replaces the active generation of the same plugin with
    /// `generation` (which must be `Initialized` and numbered higher). The old
    /// one becomes `Draining` and is returned for the caller to
    /// [`Generation::drain`] and shut down. Fails, changing nothing, on a
    /// name conflict with another plugin.
    pub fn replace(&self, generation: Arc<Generation>) -> Result<Arc<Generation>, RegistryError> {
        let mut writer = self.writer();
        let snapshot = self.current.load_full();
        let plugin = generation.plugin_id().clone();
        let Some(old) = snapshot.generation(&plugin).cloned() else {
            return Err(RegistryError::NotActive { plugin });
        };
        if generation.number() <= old.number() {
            return Err(RegistryError::StaleGeneration { plugin, active: old.number(), offered: generation.number() });
        }
        self.conflicts(&writer, &snapshot, &generation, Some(&plugin))?;
        generation.lifecycle().transition(LifecycleState::Initialized, LifecycleState::Active)?;
        let change = RegistryChange::Replaced { old: old.number(), new: generation.number() };
        self.publish(&mut writer, &snapshot, Some(&plugin), Some(&generation), change, &plugin);
        Self::retire(&old);
        Ok(old)
    }

    /// Unpublishes `plugin`. Its generation becomes `Draining` and is returned for the caller to drain and shut down.
    pub fn remove(&self, plugin: &PluginId) -> Result<Arc<Generation>, RegistryError> {
        let mut writer = self.writer();
        let snapshot = self.current.load_full();
        let Some(old) = snapshot.generation(plugin).cloned() else {
            return Err(RegistryError::NotActive { plugin: plugin.clone() });
        };
        let change = RegistryChange::Removed { generation: old.number() };
        self.publish(&mut writer, &snapshot, Some(plugin), None, change, plugin);
        Self::retire(&old);
        Ok(old)
    }

    fn retire(old: &Generation) {
        // Only the registry moves a published generation out of Active, under
        // the writer lock, so this cannot race another mover.
        let _ = old.lifecycle().transition(LifecycleState::Active, LifecycleState::Draining);
    }
}
