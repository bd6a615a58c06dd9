//! Registry hot paths, each printed as a ratio against a baseline measured in
//! the same run:
//!
//! - lookup + guard acquire/release with 1,000 plugins × 10 functions, vs
//!   `HashMap<String, Arc<_>>::get` (target ≤ 1.5× and < 50 ns);
//! - the same lookup while a writer replaces a generation every millisecond
//!   (target ≤ 1.2× of the idle figure);
//! - drain wake-up: from the last guard's drop to `drain` returning (target
//!   < 50 µs).

#[path = "../../../benches/ratios.rs"]
mod ratios;

#[path = "../tests/all/support.rs"]
#[allow(dead_code)]
mod support;

use std::collections::HashMap;
use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use criterion::Criterion;
use ratios::{mean_of, record};
use uni_plugin::Registry;

const PLUGINS: usize = 1_000;
const FUNCTIONS_PER_PLUGIN: usize = 10;

fn names() -> Vec<String> {
    // A fixed pseudo-random order so both sides miss the cache alike.
    let mut names: Vec<String> = (0..PLUGINS)
        .flat_map(|plugin_idx| (0..FUNCTIONS_PER_PLUGIN).map(move |fn_idx| format!("p{plugin_idx}_{fn_idx}")))
        .collect();
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    for idx in (1..names.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        names.swap(idx, (state % (idx as u64 + 1)) as usize);
    }
    names
}

fn populated_registry() -> Arc<Registry> {
    let registry = Arc::new(Registry::new());
    for plugin_idx in 0..PLUGINS {
        let plugin = support::test_plugin(
            &format!("com.bench.p{plugin_idx}"),
            &format!("p{plugin_idx}"),
            FUNCTIONS_PER_PLUGIN,
            1,
        );
        registry.commit(support::prepare(&registry, plugin)).unwrap();
    }
    registry
}

fn bench_lookup(criterion: &mut Criterion, registry: &Arc<Registry>, names: &[String]) {
    let baseline: HashMap<String, Arc<u64>> = names.iter().map(|name| (name.clone(), Arc::new(1))).collect();
    let mut group = criterion.benchmark_group("lookup_10k_functions");
    group.bench_function("hashmap_get (baseline)", |bencher| {
        bencher.iter_custom(|iterations| {
            let started = Instant::now();
            for iteration in 0..iterations as usize {
                black_box(baseline.get(names[iteration % names.len()].as_str()));
            }
            let elapsed = started.elapsed();
            record("hashmap_get", elapsed, iterations);
            elapsed
        })
    });
    group.bench_function("hashmap_get_and_clone_arc", |bencher| {
        bencher.iter_custom(|iterations| {
            let started = Instant::now();
            for iteration in 0..iterations as usize {
                black_box(baseline.get(names[iteration % names.len()].as_str()).cloned());
            }
            let elapsed = started.elapsed();
            record("hashmap_get_clone", elapsed, iterations);
            elapsed
        })
    });
    group.bench_function("registry_lookup_guard", |bencher| {
        bencher.iter_custom(|iterations| {
            let started = Instant::now();
            for iteration in 0..iterations as usize {
                black_box(registry.lookup(names[iteration % names.len()].as_str()));
            }
            let elapsed = started.elapsed();
            record("registry_idle", elapsed, iterations);
            elapsed
        })
    });
    let pinned = registry.snapshot();
    group.bench_function("pinned_snapshot_acquire", |bencher| {
        bencher.iter_custom(|iterations| {
            let started = Instant::now();
            for iteration in 0..iterations as usize {
                black_box(pinned.acquire(names[iteration % names.len()].as_str()).ok());
            }
            let elapsed = started.elapsed();
            record("snapshot_acquire", elapsed, iterations);
            elapsed
        })
    });
    group.finish();
}

fn bench_lookup_under_writes(criterion: &mut Criterion, registry: &Arc<Registry>, names: &[String]) {
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (registry, stop) = (registry.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut replacements = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let plugin = support::test_plugin("com.bench.p0", "p0", FUNCTIONS_PER_PLUGIN, 2);
                let old = registry.replace(support::prepare(&registry, plugin)).unwrap();
                old.drain(Duration::from_secs(5)).unwrap();
                replacements += 1;
                std::thread::sleep(Duration::from_millis(1));
            }
            replacements
        })
    };
    let mut group = criterion.benchmark_group("lookup_10k_functions");
    group.bench_function("registry_lookup_guard_while_replacing_every_ms", |bencher| {
        bencher.iter_custom(|iterations| {
            let started = Instant::now();
            for iteration in 0..iterations as usize {
                black_box(registry.lookup(names[iteration % names.len()].as_str()));
            }
            let elapsed = started.elapsed();
            record("registry_busy", elapsed, iterations);
            elapsed
        })
    });
    group.finish();
    stop.store(true, Ordering::Relaxed);
    let replacements = writer.join().unwrap();
    println!("writer replaced a generation {replacements} times during the measurement");
}

fn bench_drain_wakeup(criterion: &mut Criterion) {
    let registry = Registry::new();
    let (handle_sender, handle_receiver) = mpsc::channel::<uni_plugin::CallHandle>();
    let (dropped_sender, dropped_receiver) = mpsc::channel::<Instant>();
    let dropper = std::thread::spawn(move || {
        for handle in handle_receiver {
            // Give the drainer time to block, then drop the last guard.
            std::thread::sleep(Duration::from_micros(200));
            let dropped_at = Instant::now();
            drop(handle);
            dropped_sender.send(dropped_at).unwrap();
        }
    });
    let mut group = criterion.benchmark_group("drain");
    group.sample_size(20);
    group.bench_function("wakeup_after_last_guard_drop", |bencher| {
        bencher.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                let generation = support::prepare(&registry, support::test_plugin("com.bench.drain", "d", 1, 1));
                registry.commit(generation.clone()).unwrap();
                let handle = registry.lookup("d_0").unwrap();
                registry.remove(generation.plugin_id()).unwrap();
                handle_sender.send(handle).unwrap();
                generation.drain(Duration::from_secs(5)).unwrap();
                let returned_at = Instant::now();
                total += returned_at.duration_since(dropped_receiver.recv().unwrap());
            }
            record("drain_wakeup", total, iterations);
            total
        })
    });
    group.finish();
    drop(handle_sender);
    dropper.join().unwrap();
}

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let registry = populated_registry();
    let names = names();
    bench_lookup(&mut criterion, &registry, &names);
    bench_lookup_under_writes(&mut criterion, &registry, &names);
    bench_drain_wakeup(&mut criterion);
    criterion.final_summary();

    let (get, get_clone, idle, pinned, busy, drain) = (
        mean_of("hashmap_get"),
        mean_of("hashmap_get_clone"),
        mean_of("registry_idle"),
        mean_of("snapshot_acquire"),
        mean_of("registry_busy"),
        mean_of("drain_wakeup"),
    );
    println!();
    println!("== uni-plugin registry: ratios (same run) ==");
    println!(
        "lookup+guard, idle:        {idle:7.1} ns  = {:.2}x HashMap::get ({get:.1} ns), {:.2}x get+Arc clone ({get_clone:.1} ns)   [target <= 1.5x, < 50 ns]",
        idle / get,
        idle / get_clone
    );
    println!(
        "acquire on a pinned snapshot (per-query path): {pinned:5.1} ns  = {:.2}x HashMap::get, {:.2}x get+Arc clone",
        pinned / get,
        pinned / get_clone
    );
    println!("lookup+guard, busy writer: {busy:7.1} ns  = {:.2}x idle   [target <= 1.2x]", busy / idle);
    println!("drain wake-up:             {:7.1} us   [target < 50 us]", drain / 1000.0);
}
