//! Host hot paths, with ratios against baselines measured in the same run:
//!
//! - call-path overhead (breaker + catch_unwind + output check + metrics +
//!   span) on `haversine` over 8,192-row batches vs calling the plugin's own
//!   function object directly (target ≤ 1.03×);
//! - reload latency of a native plugin: prepare + swap + drain with no calls
//!   in flight, p50 and p99 (target p50 < 1 ms);
//! - the native C ABI: `haversine` from the example built as a shared
//!   library vs the same code linked, with 1-row calls (target ≤ 0.3 µs
//!   added) and 8,192-row batches;
//! - reload of a native library whose bytes changed (copy + load + swap,
//!   nothing in flight), p50 (target < 5 ms).

#[path = "../../../benches/ratios.rs"]
mod ratios;

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use arrow_array::{ArrayRef, Float64Array};
use criterion::Criterion;
use ratios::{mean_of, record};
use uni_plugin::{Plugin, Registrar};
use uni_plugin_host::PluginHost;
use uniplug_native_geo::GeoPlugin;

const ROWS: usize = 8192;

fn batch() -> Vec<ArrayRef> {
    let column = |offset: f64| -> ArrayRef {
        Arc::new(Float64Array::from((0..ROWS).map(|row| (row as f64 * 0.01 + offset) % 80.0).collect::<Vec<_>>()))
    };
    vec![column(0.0), column(1.0), column(2.0), column(3.0)]
}

fn bench_call_path(criterion: &mut Criterion) {
    let args = batch();
    // Baseline: the plugin's own function object, no host around it.
    let plugin = GeoPlugin::new();
    let mut registrar = Registrar::new(Arc::new(plugin.manifest().clone()));
    plugin.register(&mut registrar).unwrap();
    let surface = registrar.finish().unwrap();
    let direct = surface.functions.iter().find(|(decl, _)| decl.name == "haversine").unwrap().1.clone();
    let direct = match direct {
        uni_plugin::FunctionImpl::Scalar(function) => function,
        _ => unreachable!("haversine is scalar"),
    };

    let (host, _) = PluginHost::builder().native(GeoPlugin::new()).load_all().unwrap();
    let mut group = criterion.benchmark_group("haversine_8192_rows");
    group.bench_function("direct (baseline)", |bencher| {
        bencher.iter_custom(|iterations| {
            let started = Instant::now();
            for _ in 0..iterations {
                black_box(direct.invoke(&args, ROWS).unwrap());
            }
            let elapsed = started.elapsed();
            record("direct", elapsed, iterations);
            elapsed
        })
    });
    group.bench_function("host_call_path", |bencher| {
        bencher.iter_custom(|iterations| {
            let started = Instant::now();
            for _ in 0..iterations {
                let handle = host.registry().lookup("haversine").unwrap();
                black_box(handle.scalar().unwrap().invoke(&args, ROWS).unwrap());
            }
            let elapsed = started.elapsed();
            record("host", elapsed, iterations);
            elapsed
        })
    });
    group.finish();
}

fn reload_latencies() -> (Duration, Duration, Duration) {
    let (host, _) = PluginHost::builder().native(GeoPlugin::new()).load_all().unwrap();
    let id = "ai.uniplug.geo".parse().unwrap();
    let mut samples: Vec<Duration> = (0..2_000)
        .map(|_| {
            let started = Instant::now();
            host.reload(&id).unwrap();
            started.elapsed()
        })
        .collect();
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize];
    (at(0.5), at(0.99), samples[samples.len() - 1])
}

fn bench_reload(criterion: &mut Criterion) {
    let (host, _) = PluginHost::builder().native(GeoPlugin::new()).load_all().unwrap();
    let id = "ai.uniplug.geo".parse().unwrap();
    criterion.bench_function("reload_native_no_calls_in_flight", |bencher| bencher.iter(|| host.reload(&id).unwrap()));
}

fn one_row() -> Vec<ArrayRef> {
    (0..4).map(|column| Arc::new(Float64Array::from(vec![column as f64 * 10.0])) as ArrayRef).collect()
}

fn bench_library(criterion: &mut Criterion) {
    let (linked, _) = PluginHost::builder().native(GeoPlugin::new()).load_all().unwrap();
    let (library, report) =
        PluginHost::builder().plugin_dir(uni_plugin_guests::NATIVE_GEO_LIBRARY_DIR).load_all().unwrap();
    assert!(report.plugins.iter().all(|status| matches!(status.outcome, uni_plugin_host::LoadOutcome::Active { .. })));
    let mut group = criterion.benchmark_group("native_abi");
    for (rows, args) in [(1usize, one_row()), (ROWS, batch())] {
        for (name, host) in [("linked", &linked), ("library", &library)] {
            let function = host.registry().lookup("haversine").unwrap();
            let function = function.scalar().unwrap().clone();
            let label = format!("{name} {rows} rows");
            group.bench_function(&label, |bencher| {
                bencher.iter_custom(|iterations| {
                    let started = Instant::now();
                    for _ in 0..iterations {
                        black_box(function.invoke(&args, rows).unwrap());
                    }
                    let elapsed = started.elapsed();
                    record(&label, elapsed, iterations);
                    elapsed
                })
            });
        }
    }
    group.finish();
}

/// Reloads of the geo library where every reload brings new bytes (the
/// library with a few bytes appended, which the loader ignores): each is a
/// new digest, so each pays the copy, the load and the swap.
fn library_reload_latencies() -> (Duration, Duration) {
    let dir = std::env::temp_dir().join(format!("uni-plugin-bench-reload-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let source = std::path::Path::new(uni_plugin_guests::NATIVE_GEO_LIBRARY_DIR);
    let file = format!("{}uniplug_native_geo{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX);
    std::fs::copy(source.join("uniplugin.toml"), dir.join("uniplugin.toml")).unwrap();
    let bytes = std::fs::read(source.join(&file)).unwrap();
    let cache = dir.join("cache");
    let variant = |round: usize| {
        let mut changed = bytes.clone();
        changed.extend_from_slice(format!("bench-variant-{}-{round}", std::process::id()).as_bytes());
        std::fs::write(dir.join(&file), changed).unwrap();
    };
    variant(0);
    let (host, _) = PluginHost::builder().plugin_dir(&dir).compile_cache(&cache).load_all().unwrap();
    let id = "ai.uniplug.geo".parse().unwrap();
    let mut samples: Vec<Duration> = (1..=40)
        .map(|round| {
            variant(round);
            let started = Instant::now();
            host.reload(&id).unwrap();
            started.elapsed()
        })
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    samples.sort();
    (samples[samples.len() / 2], samples[samples.len() - 1])
}

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    bench_call_path(&mut criterion);
    bench_reload(&mut criterion);
    bench_library(&mut criterion);
    criterion.final_summary();
    let (p50, p99, max) = reload_latencies();
    let (library_p50, library_max) = library_reload_latencies();
    let (direct, host) = (mean_of("direct"), mean_of("host"));
    println!();
    println!("== uni-plugin-host: ratios (same run) ==");
    println!(
        "haversine, 8192 rows: host call path {:.1} us vs direct {:.1} us = {:.3}x   [target <= 1.03x]",
        host / 1000.0,
        direct / 1000.0,
        host / direct
    );
    println!(
        "reload (prepare + swap + drain, no calls in flight), 2000 reloads: p50 {p50:?}, p99 {p99:?}, max {max:?}   [target p50 < 1 ms]"
    );
    let (linked_one, library_one) = (mean_of("linked 1 rows"), mean_of("library 1 rows"));
    println!(
        "native ABI, 1-row haversine: library {:.3} us vs linked {:.3} us = {:.3} us added   [target <= 0.3 us]",
        library_one / 1000.0,
        linked_one / 1000.0,
        (library_one - linked_one) / 1000.0
    );
    let (linked_batch, library_batch) =
        (mean_of(&format!("linked {ROWS} rows")), mean_of(&format!("library {ROWS} rows")));
    println!(
        "native ABI, {ROWS}-row haversine: library {:.1} us vs linked {:.1} us = {:.3}x",
        library_batch / 1000.0,
        linked_batch / 1000.0,
        library_batch / linked_batch
    );
    println!(
        "native library reload with new bytes (copy + load + swap), 40 reloads: p50 {library_p50:?}, max {library_max:?}   [target p50 < 5 ms]"
    );
}
