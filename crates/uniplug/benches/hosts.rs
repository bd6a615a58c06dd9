//! `SELECT sum(haversine(a, b, c, d))` over 10M rows in 8 Parquet files
//! with the wasm geo plugin, on a cluster of real `uniplug` processes on
//! three hosts (a scheduler and two executors of one task slot each, in
//! network namespaces joined by a bridge, as the multi-host test makes
//! them) with the client on a fourth, vs `uniplug sql` in one process.
//! Every figure comes from `uniplug sql --timer` (each statement's time)
//! and the client process's wall time, in the same run:
//! - the first query on a fresh cluster (empty caches and compile caches
//!   on every node) vs warm queries: connecting prepares the plugin on
//!   every node (fetch, verify, compile), so the first query should cost
//!   what a warm one does, and the compile shows in the client's start;
//! - warm: cluster vs one process, for `sum(haversine)` and `count(*)`
//!   (what shipping a job costs with almost no work).
//!
//! On a machine of 2 cores the three nodes share them: this measures the
//! cluster's overhead, not a speed-up. Needs root and iproute2's `ip`.

// Shared with the multi-host test, which uses more of it.
#[allow(dead_code)]
#[path = "../tests/cli/netns.rs"]
mod netns;
#[path = "../../../benches/parquet_points.rs"]
mod points;

use std::path::Path;
use std::time::{Duration, Instant};

use netns::Hosts;
use points::{FILES, ROWS, write_parquet};

const QUERY: &str = "SELECT sum(haversine(a, b, c, d)) FROM t";
const COUNT: &str = "SELECT count(*) FROM t";
/// Statements per client run: the first, then warm ones.
const REPEAT: usize = 6;

/// What one `uniplug sql` run measured.
struct Run {
    /// The process, start to end (start, plugin load, connect, prepare,
    /// every statement).
    wall: Duration,
    /// Each statement's time as `--timer` printed it, in seconds.
    statements: Vec<f64>,
}

impl Run {
    fn first(&self) -> f64 {
        self.statements[0]
    }

    /// The median of every statement after the first.
    fn warm(&self) -> f64 {
        let mut warm = self.statements[1..].to_vec();
        warm.sort_by(f64::total_cmp);
        warm[warm.len() / 2]
    }
}

fn sql(hosts: &Hosts, host: usize, cache: &Path, args: &[&str], statement: &str) -> Run {
    let script = [statement; REPEAT].join("; ");
    let mut all = vec!["sql", "--timer", "--format", "csv", "-c", &script];
    all.extend(args);
    let started = Instant::now();
    let child = hosts
        .uniplug(host, &all)
        .env("XDG_CACHE_HOME", cache)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (code, _out, err) = netns::finish(child, "uniplug sql", Duration::from_secs(600));
    let wall = started.elapsed();
    assert_eq!(code, 0, "uniplug sql {all:?}: {err}");
    let statements: Vec<f64> =
        err.lines().filter_map(|line| line.strip_prefix("Run time: ")?.strip_suffix(" s")?.parse().ok()).collect();
    assert_eq!(statements.len(), REPEAT, "one time per statement: {err}");
    Run { wall, statements }
}

fn main() {
    let scratch = tempfile::tempdir().unwrap();
    let data = scratch.path().join("t");
    write_parquet(&data);
    let table = format!("t={}", data.display());
    let store = scratch.path().join("store").display().to_string();
    let cache = |host: &str| scratch.path().join("xdg").join(host);
    let hosts = Hosts::create(4);
    let (client, started) = (4, Instant::now());

    let node = |host: usize, args: &[&str]| {
        let address = hosts.address(host);
        let mut all = vec!["cluster", "--bind", &address, "--store", &store];
        all.extend(args);
        let mut command = hosts.uniplug(host, &all);
        command.env("XDG_CACHE_HOME", cache(&format!("host{host}")));
        hosts.start_node(command, Duration::from_secs(120))
    };
    let scheduler = node(1, &["--executors", "0"]);
    let url = scheduler.url.clone().expect("the scheduler printed its URL");
    let _executors: Vec<_> =
        (2..=3).map(|host| node(host, &["--join", &url, "--executors", "1", "--slots", "1"])).collect();
    println!("cluster of three hosts up in {:.1} s", started.elapsed().as_secs_f64());

    let on_cluster = ["--cluster", &url, "--store", &store, "--table", &table, "--plugins", "plugins/wasm/geo"];
    let alone = ["--table", &table, "--plugins", "plugins/wasm/geo"];
    let client_cache = cache("client");
    // One process first: it compiles the component into the client's
    // cache, so the client's own compile is out of the cluster figures.
    let single = sql(&hosts, client, &client_cache, &alone, QUERY);
    let fresh = sql(&hosts, client, &client_cache, &on_cluster, QUERY);
    let warm = sql(&hosts, client, &client_cache, &on_cluster, QUERY);
    let single_count = sql(&hosts, client, &client_cache, &alone, COUNT);
    let cluster_count = sql(&hosts, client, &client_cache, &on_cluster, COUNT);

    let ms = |seconds: f64| seconds * 1e3;
    println!();
    println!("== uniplug: a cluster on three hosts (network namespaces), {ROWS} rows in {FILES} Parquet files ==");
    println!(
        "sum(haversine), warm: cluster of 2 executors vs one process: {:.2}x ({:.1} ms vs {:.1} ms)",
        warm.warm() / single.warm(),
        ms(warm.warm()),
        ms(single.warm())
    );
    println!(
        "count(*), warm: cluster vs one process: {:.2}x ({:.1} ms vs {:.1} ms; the cost of shipping a job)",
        cluster_count.warm() / single_count.warm(),
        ms(cluster_count.warm()),
        ms(single_count.warm())
    );
    println!(
        "first query on a fresh cluster vs warm: {:.2}x ({:.1} ms vs {:.1} ms)",
        fresh.first() / fresh.warm(),
        ms(fresh.first()),
        ms(fresh.warm())
    );
    println!(
        "client start to exit, fresh cluster vs warm ({REPEAT} statements; the difference is the nodes' fetch, verify and compile at connect): {:.1} s vs {:.1} s",
        fresh.wall.as_secs_f64(),
        warm.wall.as_secs_f64()
    );
    println!(
        "second client on the warm cluster, first query vs warm: {:.2}x ({:.1} ms vs {:.1} ms)",
        warm.first() / warm.warm(),
        ms(warm.first()),
        ms(warm.warm())
    );
}
