//! Host hot paths, with ratios against baselines measured in the same run:
//!
//! - call-path overhead (breaker + catch_unwind + output check + metrics +
//!   span) on `haversine` over 8,192-row batches vs calling the plugin's own
//!   function object directly (target ≤ 1.03×);
//! - reload latency of a native plugin: prepare + swap + drain with no calls
//!   in flight, p50 and p99 (target p50 < 1 ms).

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

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    bench_call_path(&mut criterion);
    bench_reload(&mut criterion);
    criterion.final_summary();
    let (p50, p99, max) = reload_latencies();
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
}
