//! `SELECT sum(haversine(...))` over 10M rows (8 Parquet files) with the
//! wasm geo plugin: a Ballista cluster of two executors on this machine (one
//! task slot each) vs single-process DataFusion (two partitions), measured
//! in the same run, and where the cluster's time goes:
//! - planning: the client's `ctx.sql()` (parse, plan, optimize);
//! - shipping: a query with no plugin call and almost no work
//!   (`count(*)`), cluster minus single process: job submission, stage
//!   scheduling, shuffle and result fetch;
//! - compile once per node: connecting prepares the plugin on every node
//!   (fetch from the store, verify, compile, init; the nodes' own load
//!   times are printed), so the first query on a fresh cluster with empty
//!   compile caches should cost what a warm one does;
//! - execution: the warm cluster query minus planning and shipping.

#[path = "../../../benches/parquet_points.rs"]
mod points;
#[path = "../../../benches/ratios.rs"]
mod ratios;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::Criterion;
use datafusion::arrow::array::Float64Array;
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::prelude::{ParquetReadOptions, SessionContext};
use points::{FILES, ROWS, write_parquet};
use ratios::{mean_of, record};
use uni_plugin_ballista::{ClusterSession, LocalCluster, NodeConfig, PluginStore};
use uni_plugin_datafusion::PluginSession;
use uni_plugin_host::PluginHost;

const QUERY: &str = "SELECT sum(haversine(a, b, c, d)) FROM t";
const COUNT: &str = "SELECT count(*) FROM t";

fn time<T>(runtime: &tokio::runtime::Runtime, future: impl std::future::Future<Output = T>) -> (T, Duration) {
    let started = Instant::now();
    let value = runtime.block_on(future);
    (value, started.elapsed())
}

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(8))
        .sample_size(10)
        .configure_from_args();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(4).enable_all().build().unwrap();

    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("t");
    write_parquet(&data);
    let geo = PathBuf::from(uni_plugin_guests::GEO_DIR);
    let compiled = root.path().join("compiled");
    let builder = || PluginHost::builder().plugin_dir(&geo).compile_cache(&compiled);
    let register = |ctx: &SessionContext| {
        runtime.block_on(ctx.register_parquet("t", data.to_str().unwrap(), ParquetReadOptions::default())).unwrap();
    };

    // Single process: two partitions (target_partitions = cores = 2).
    let (local, report) = PluginSession::load(builder()).unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    register(local.context());

    // The cluster: every node with its own cache and an empty compile cache.
    let store = PluginStore::open(root.path().join("store")).unwrap();
    let node = |name: &str| {
        let mut node = NodeConfig::new(name, store.clone(), root.path().join("nodes").join(name));
        node.compile_cache = Some(root.path().join("node-compiled").join(name));
        node
    };
    let cluster = runtime
        .block_on(LocalCluster::start(0, node("scheduler"), vec![node("executor-1"), node("executor-2")], 1))
        .unwrap();
    // Connecting publishes geo and prepares it on every node (fetch,
    // verify, compile), so the compile is paid here, not in the first query.
    let ((client, report), connect_time) =
        time(&runtime, async { ClusterSession::connect(&cluster.url(), builder(), store.clone()).await.unwrap() });
    assert_eq!(report.failures().count(), 0, "{report}");
    register(client.context());

    // The first query on the fresh cluster.
    let (first, first_time) = time(&runtime, client.sql(QUERY));
    let first = first.unwrap();
    let (expected, _) = time(&runtime, local.sql(QUERY));
    let (sum_cluster, sum_local) = (one_f64(&first), one_f64(&expected.unwrap()));
    assert!((sum_cluster - sum_local).abs() <= sum_local.abs() * 1e-9, "cluster {sum_cluster} vs local {sum_local}");
    let (_, warm_time) = time(&runtime, client.sql(QUERY));
    let node_loads: Vec<(String, u64, Duration)> = std::iter::once(cluster.scheduler())
        .chain(cluster.executors())
        .map(|node| (node.config().name.clone(), node.load_count(), node.load_time()))
        .collect();

    let mut group = criterion.benchmark_group("cluster_10M_rows");
    let measure = |label: &str, sql: &'static str, on_cluster: bool, group: &mut criterion::BenchmarkGroup<_>| {
        group.bench_function(label, |bencher| {
            bencher.iter_custom(|iterations| {
                let started = Instant::now();
                for _ in 0..iterations {
                    if on_cluster {
                        runtime.block_on(client.sql(sql)).unwrap();
                    } else {
                        runtime.block_on(local.sql(sql)).unwrap();
                    }
                }
                let elapsed = started.elapsed();
                record(label, elapsed, iterations);
                elapsed
            })
        });
    };
    measure("single process: sum(haversine) (baseline)", QUERY, false, &mut group);
    measure("cluster of 2 executors: sum(haversine)", QUERY, true, &mut group);
    measure("single process: count(*) (baseline)", COUNT, false, &mut group);
    measure("cluster of 2 executors: count(*)", COUNT, true, &mut group);
    group.bench_function("client planning: ctx.sql()", |bencher| {
        bencher.iter_custom(|iterations| {
            let started = Instant::now();
            for _ in 0..iterations {
                runtime.block_on(client.context().sql(QUERY)).unwrap();
            }
            let elapsed = started.elapsed();
            record("planning", elapsed, iterations);
            elapsed
        })
    });
    group.finish();
    criterion.final_summary();

    let ms = |nanos: f64| nanos / 1e6;
    let (single, clustered) =
        (mean_of("single process: sum(haversine) (baseline)"), mean_of("cluster of 2 executors: sum(haversine)"));
    let shipping = mean_of("cluster of 2 executors: count(*)") - mean_of("single process: count(*) (baseline)");
    let planning = mean_of("planning");
    println!();
    println!("== uni-plugin-ballista: ratios (same run, {ROWS} rows in {FILES} Parquet files) ==");
    println!(
        "sum(haversine), wasm plugin: cluster of 2 executors vs single process: {:.2}x ({:.1} ms vs {:.1} ms)",
        clustered / single,
        ms(clustered),
        ms(single)
    );
    println!("where the cluster's time goes (warm):");
    println!("  planning on the client (ctx.sql):            {:8.2} ms", ms(planning));
    println!("  shipping (count(*) cluster - single):        {:8.2} ms", ms(shipping));
    println!("  execution (rest):                            {:8.2} ms", ms(clustered - planning - shipping));
    println!(
        "first query on a fresh cluster vs warm: {:.2}x ({:.1} ms vs {:.1} ms)",
        first_time.as_secs_f64() / warm_time.as_secs_f64(),
        first_time.as_secs_f64() * 1e3,
        warm_time.as_secs_f64() * 1e3,
    );
    println!(
        "connecting to the fresh cluster (publish, then every node fetches, verifies and compiles geo): {:.1} ms",
        connect_time.as_secs_f64() * 1e3
    );
    for (name, loads, spent) in node_loads {
        println!("  {name}: {loads} plugin load(s), {:.1} ms", spent.as_secs_f64() * 1e3);
    }
}

fn one_f64(batches: &[RecordBatch]) -> f64 {
    batches[0].column(0).as_any().downcast_ref::<Float64Array>().unwrap().value(0)
}
