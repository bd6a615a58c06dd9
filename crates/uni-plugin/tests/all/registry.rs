//! Registry writes: commit, replace, remove, conflicts, events.

use std::sync::Arc;

use uni_plugin::registry::{RegistryChange, RegistryEvent};
use uni_plugin::*;

use crate::support::{call, prepare, test_plugin};

#[test]
fn commit_publishes_the_whole_surface_at_once() {
    let registry = Registry::new();
    let events = registry.subscribe();
    let generation = prepare(&registry, test_plugin("com.example.a", "a", 3, 10));
    registry.commit(generation.clone()).unwrap();
    assert_eq!(generation.state(), LifecycleState::Active);
    for n in 0..3 {
        assert_eq!(call(&registry, &format!("a_{n}"), 1).unwrap().unwrap(), 11);
    }
    assert_eq!(
        events.try_recv().unwrap(),
        RegistryEvent {
            version: 1,
            plugin: PluginId::parse("com.example.a").unwrap(),
            change: RegistryChange::Committed { generation: 1 }
        }
    );
    assert!(call(&registry, "a_3", 1).is_none());
}

#[test]
fn conflicts_name_both_owners_and_publish_nothing() {
    let registry = Registry::new();
    registry.reserve(["median"], "DataFusion built-in");
    registry.commit(prepare(&registry, test_plugin("com.example.a", "a", 2, 0))).unwrap();
    let version = registry.snapshot().version();

    // `a_1` clashes with plugin a; `median` with the engine.
    let manifest = crate::support::manifest_text("com.example.b", "b", 1)
        + "\n[[functions]]\nname = \"a_1\"\nkind = \"scalar\"\nargs = [\"int64\"]\nreturns = \"int64\"\n"
        + "\n[[functions]]\nname = \"median\"\nkind = \"scalar\"\nargs = [\"int64\"]\nreturns = \"int64\"\n";
    let plugin: Arc<dyn Plugin> =
        Arc::new(crate::support::TestPlugin { manifest: PluginManifest::from_toml_str(&manifest).unwrap(), delta: 0 });
    let generation = prepare(&registry, plugin);
    let error = registry.commit(generation.clone()).unwrap_err();
    let message = error.to_string();
    assert!(message.contains("plugin `com.example.b` cannot be published"), "{message}");
    assert!(message.contains("`a_1` is already provided by plugin `com.example.a`"), "{message}");
    assert!(message.contains("`median` is already provided by DataFusion built-in"), "{message}");
    assert_eq!(registry.snapshot().version(), version);
    assert!(!registry.snapshot().contains("b_0"));
    assert_eq!(generation.state(), LifecycleState::Initialized);
}

#[test]
fn replace_swaps_generations_and_closes_the_old_one() {
    let registry = Registry::new();
    let first = prepare(&registry, test_plugin("com.example.a", "a", 2, 1));
    registry.commit(first.clone()).unwrap();
    let held = registry.lookup("a_0").unwrap();

    let second = prepare(&registry, test_plugin("com.example.a", "a", 2, 2));
    assert_eq!(second.number(), 2);
    let old = registry.replace(second.clone()).unwrap();
    assert!(Arc::ptr_eq(&old, &first));
    assert_eq!(first.state(), LifecycleState::Draining);
    assert_eq!(second.state(), LifecycleState::Active);
    assert_eq!(call(&registry, "a_0", 0).unwrap().unwrap(), 2);

    // The held handle still runs on the old generation and keeps it undrained.
    assert_eq!(held.generation().number(), 1);
    assert!(!first.is_drained());
    assert!(first.drain(std::time::Duration::from_millis(10)).is_err());
    drop(held);
    first.drain(std::time::Duration::from_millis(10)).unwrap();
    assert!(!second.is_drained());
}

#[test]
fn stale_and_wrong_writes_are_refused() {
    let registry = Registry::new();
    let first = prepare(&registry, test_plugin("com.example.a", "a", 1, 1));
    let id = first.plugin_id().clone();
    assert!(matches!(registry.replace(first.clone()), Err(RegistryError::NotActive { .. })));
    assert!(matches!(registry.remove(&id), Err(RegistryError::NotActive { .. })));
    registry.commit(first.clone()).unwrap();
    assert!(matches!(registry.commit(first.clone()), Err(RegistryError::AlreadyActive { .. })));

    // A generation that is already Active cannot be published again.
    let second = prepare(&registry, test_plugin("com.example.a", "a", 1, 2));
    registry.replace(second.clone()).unwrap();
    let error = registry.replace(first.clone()).unwrap_err();
    assert!(error.to_string().contains("generation 1 is not newer than the active generation 2"), "{error}");
}

#[test]
fn remove_unpublishes_and_later_lookups_are_not_found() {
    let registry = Registry::new();
    let events = registry.subscribe();
    let generation = prepare(&registry, test_plugin("com.example.a", "a", 1, 1));
    registry.commit(generation.clone()).unwrap();
    let removed = registry.remove(generation.plugin_id()).unwrap();
    assert_eq!(removed.state(), LifecycleState::Draining);
    assert!(registry.lookup("a_0").is_none());
    assert!(matches!(registry.snapshot().acquire("a_0"), Err(registry::LookupError::NotFound { .. })));
    let changes: Vec<RegistryChange> = events.try_iter().map(|event| event.change).collect();
    assert_eq!(changes, [RegistryChange::Committed { generation: 1 }, RegistryChange::Removed { generation: 1 }]);
    // Numbers keep increasing after an unload.
    assert_eq!(registry.next_generation_number("com.example.a"), 2);
}

#[test]
fn a_pinned_snapshot_keeps_its_generation_until_dropped() {
    let registry = Registry::new();
    let first = prepare(&registry, test_plugin("com.example.a", "a", 1, 1));
    registry.commit(first.clone()).unwrap();
    let pinned = registry.snapshot();
    registry.replace(prepare(&registry, test_plugin("com.example.a", "a", 1, 2))).unwrap();
    // The query that pinned the snapshot keeps seeing generation 1 ...
    assert_eq!(pinned.acquire("a_0").unwrap().generation().number(), 1);
    // ... while new lookups see generation 2.
    assert_eq!(call(&registry, "a_0", 0).unwrap().unwrap(), 2);
    assert!(!first.is_drained());
    drop(pinned);
    assert!(first.is_drained());
}

#[test]
fn draining_a_published_generation_times_out() {
    let registry = Registry::new();
    let generation = prepare(&registry, test_plugin("com.example.a", "a", 1, 1));
    assert!(generation.is_drained(), "never published");
    registry.commit(generation.clone()).unwrap();
    let error = generation.drain(std::time::Duration::from_millis(5)).unwrap_err();
    assert!(error.to_string().contains("generation 1 of `com.example.a` is still in use"), "{error}");
}
