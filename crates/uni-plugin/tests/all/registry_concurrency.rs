//! Readers never miss while a writer replaces a plugin's generation 1,000
//! times; every old generation drains and is freed.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use arrow_array::{ArrayRef, Int64Array, cast::AsArray, types::Int64Type};
use uni_plugin::*;

use crate::support::{prepare, test_plugin};

const READERS: usize = 8;
const REPLACEMENTS: u64 = 1_000;
const FUNCTIONS: usize = 3;

#[test]
fn readers_never_miss_and_old_generations_are_freed() {
    let registry = Arc::new(Registry::new());
    let plugin_id = PluginId::parse("com.example.hot").unwrap();
    // Generation n adds n, so every result tells which generation served it.
    let first = prepare(&registry, test_plugin("com.example.hot", "hot", FUNCTIONS, 1));
    let mut weak_generations: Vec<Weak<Generation>> = vec![Arc::downgrade(&first)];
    registry.commit(first).unwrap();

    let stop = Arc::new(AtomicBool::new(false));
    let calls = Arc::new(AtomicU64::new(0));
    let readers: Vec<_> = (0..READERS)
        .map(|reader_idx| {
            let (registry, stop, calls, plugin_id) = (registry.clone(), stop.clone(), calls.clone(), plugin_id.clone());
            std::thread::spawn(move || -> Result<(), String> {
                let input: ArrayRef = Arc::new(Int64Array::from(vec![1000]));
                let mut iteration = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    iteration += 1;
                    let name = format!("hot_{}", (reader_idx + iteration as usize) % FUNCTIONS);
                    let handle = registry.lookup(&name).ok_or_else(|| format!("`{name}` not found"))?;
                    let generation = handle.generation().number() as i64;
                    let output =
                        handle.scalar().unwrap().invoke(std::slice::from_ref(&input), 1).map_err(|e| e.to_string())?;
                    let value = output.as_primitive::<Int64Type>().value(0);
                    if value != 1000 + generation {
                        return Err(format!("generation {generation} returned {value}"));
                    }
                    calls.fetch_add(1, Ordering::Relaxed);

                    // One snapshot never mixes generations of one plugin.
                    if iteration.is_multiple_of(16) {
                        let snapshot = registry.snapshot();
                        let active = snapshot.generation(&plugin_id).ok_or("plugin missing from snapshot")?.number();
                        for function_idx in 0..FUNCTIONS {
                            let name = format!("hot_{function_idx}");
                            let handle = snapshot.acquire(&name).map_err(|e| e.to_string())?;
                            if handle.generation().number() != active {
                                return Err(format!(
                                    "snapshot mixes generations {active} and {}",
                                    handle.generation().number()
                                ));
                            }
                        }
                    }
                }
                Ok(())
            })
        })
        .collect();

    for replacement in 0..REPLACEMENTS {
        let delta = replacement as i64 + 2;
        let next = prepare(&registry, test_plugin("com.example.hot", "hot", FUNCTIONS, delta));
        assert_eq!(next.number() as i64, delta);
        weak_generations.push(Arc::downgrade(&next));
        let old = registry.replace(next).unwrap();
        old.drain(Duration::from_secs(10)).unwrap_or_else(|e| panic!("{e}"));
        assert!(old.is_drained());
        old.lifecycle().transition(LifecycleState::Draining, LifecycleState::Removed).unwrap();
        old.plugin().shutdown();
    }
    // Let the readers run against the final generation too.
    std::thread::sleep(Duration::from_millis(20));
    stop.store(true, Ordering::Relaxed);
    for reader in readers {
        reader.join().unwrap().unwrap();
    }
    assert!(calls.load(Ordering::Relaxed) > 0);

    let alive: Vec<u64> =
        weak_generations.iter().filter_map(Weak::upgrade).map(|generation| generation.number()).collect();
    assert_eq!(alive, vec![REPLACEMENTS + 1], "only the active generation may stay alive");
}
