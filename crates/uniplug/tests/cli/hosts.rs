//! A cluster across hosts, on one machine: each node runs in its own Linux
//! network namespace with its own private address, the namespaces joined
//! by veth pairs on a bridge the test creates (and removes, pass or fail).
//! Nothing listens on loopback that another node needs, so whatever
//! assumes one machine fails here. The client runs the queries the
//! loopback cluster tests run (`uni-plugin-ballista/tests/all/workload.rs`)
//! and compares with one process; then an executor is killed in the middle
//! of a query, another restarted with an empty cache, and the executors'
//! metrics read from the client.
//!
//! Needs root and iproute2's `ip` (CI runs as root): without them the test
//! fails saying so.

use std::time::{Duration, Instant};

use crate::netns::{Hosts, Node, finish};
use crate::run;

#[path = "../../../uni-plugin-ballista/tests/all/workload.rs"]
mod workload;

/// Starts `uniplug args…` on `host` as a cluster node, ready to serve.
fn start_node(hosts: &Hosts, host: usize, args: &[&str]) -> Node {
    hosts.start_node(hosts.uniplug(host, args), Duration::from_secs(120))
}

#[test]
fn a_cluster_on_three_hosts_serves_a_client_on_a_fourth_through_executor_loss_and_restart_and_reports_its_metrics() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = |name: &str| scratch.path().join(name).to_str().unwrap().to_owned();
    let (store, trips) = (dir("store"), scratch.path().join("trips.csv"));
    std::fs::write(
        &trips,
        "lat1,lon1,lat2,lon2\n0.0,0.0,0.0,1.0\n52.52,13.405,48.8566,2.3522\n-33.87,151.21,51.51,-0.13\n",
    )
    .unwrap();
    let table = format!("trips={}", trips.display());
    let points = scratch.path().join("points");
    workload::write_points(&points);
    let points = format!("points={}", points.display());
    let hosts = Hosts::create(4);
    let (scheduler, client) = (1, 4);

    // The scheduler on host 1, bound to its own address only; it takes an
    // executor silent for 10 s for dead.
    let scheduler_address = hosts.address(scheduler);
    let scheduler_node = start_node(
        &hosts,
        scheduler,
        &[
            "cluster",
            "--executors",
            "0",
            "--bind",
            &scheduler_address,
            "--store",
            &store,
            "--cache",
            &dir("n1"),
            "--executor-timeout",
            "10s",
        ],
    );
    let url = scheduler_node.url.clone().expect("the scheduler printed its URL");
    assert_eq!(url, format!("df://{scheduler_address}:50050"));

    // An executor on each of hosts 2 and 3, joining from there.
    let executor = |host: usize, cache: &str| {
        let address = hosts.address(host);
        let args =
            ["cluster", "--join", &url, "--executors", "1", "--slots", "1", "--bind", &address, "--store", &store];
        let mut args = args.to_vec();
        args.extend(["--cache", cache]);
        start_node(&hosts, host, &args)
    };
    let first = executor(2, &dir("n2"));
    let second = executor(3, &dir("n3"));

    // The client on host 4: the same answers as one process gives, for
    // the queries the loopback cluster tests run (scalars, aggregates
    // merged across executors, table functions) and for a native plugin.
    let plugins = [
        "--plugins",
        "plugins/wasm/geo",
        "--plugins",
        "plugins/wasm/stats",
        "--plugins",
        "plugins/wasm/series",
        "--plugins",
        "plugins/native/text",
    ];
    let workload = workload::QUERIES.join("; ");
    let mut args = vec!["sql", "--format", "csv", "--table", &points, "-c", &workload];
    args.extend(plugins);
    let (code, expected, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    let mut args =
        vec!["sql", "--cluster", &url, "--store", &store, "--format", "csv", "--table", &points, "-c", &workload];
    args.extend(plugins);
    let (code, out, err) = hosts.run(client, &args, Duration::from_secs(180));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, expected, "{err}");

    let query = "SELECT round(haversine(lat1, lon1, lat2, lon2), 3) AS km, slugify(concat('Ünï ', lat1)) AS slug \
                 FROM trips ORDER BY km";
    let local = {
        let mut args = vec!["sql", "--format", "csv", "--table", &table, "-c", query];
        args.extend(plugins);
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{err}");
        out
    };
    let on_cluster = || {
        let mut args =
            vec!["sql", "--cluster", &url, "--store", &store, "--format", "csv", "--table", &table, "-c", query];
        args.extend(plugins);
        hosts.run(client, &args, Duration::from_secs(180))
    };
    let (code, out, err) = on_cluster();
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, local, "{err}");
    assert_eq!(out.lines().count(), 4, "{out}");

    // Host 2's executor is killed in the middle of a query that keeps both
    // executors busy: the scheduler notices it is gone, runs its tasks on
    // host 3, and the query answers what one process answers.
    let words = scratch.path().join("words");
    write_words(&words);
    let words_table = format!("words={}", words.display());
    let slow = "SELECT count(*) AS n, sum(length(slugify(repeat(w, 40)))) AS total FROM words";
    let (code, expected, err) =
        run(&["sql", "--format", "csv", "--table", &words_table, "-c", slow, "--plugins", "plugins/native/text"]);
    assert_eq!(code, 0, "{err}");
    let mut args =
        vec!["sql", "--cluster", &url, "--store", &store, "--format", "csv", "--table", &words_table, "-c", slow];
    args.extend(plugins);
    let query = hosts.spawn(client, &args);
    wait_for_calls(&hosts, &url, 2, "slugify", Duration::from_secs(120));
    let mut query = query;
    assert!(
        query.try_wait().unwrap().is_none(),
        "the query finished before host 2's executor could be killed in its middle: make the words table larger"
    );
    drop(first);
    let (code, out, err) = finish(query, "the query that lost an executor", Duration::from_secs(180));
    assert_eq!(code, 0, "after an executor was killed mid-query: {err}");
    assert_eq!(out, expected, "{err}");

    // The cluster keeps serving with host 3.
    let (code, out, err) = on_cluster();
    assert_eq!(code, 0, "after an executor stopped: {err}");
    assert_eq!(out, local);

    // It comes back with an empty cache, and host 3's executor stops: the
    // restarted node alone serves, after fetching the plugins by digest
    // from the store.
    let fresh = scratch.path().join("n2-again");
    let _first = executor(2, fresh.to_str().unwrap());
    drop(second);
    let (code, out, err) = on_cluster();
    assert_eq!(code, 0, "after a restart: {err}");
    assert_eq!(out, local);
    let fetched: Vec<String> = std::fs::read_dir(fresh.join("executor-1"))
        .map(|entries| entries.flatten().map(|entry| entry.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    assert!(
        fetched.iter().any(|name| name != "shuffle"),
        "the restarted executor fetched no plugin into {}: {fetched:?}",
        fresh.display()
    );

    // The restarted executor alone ran that query: its calls reach a
    // client on another host (the stopped executors are left out).
    let metrics = "SELECT sum(rows) AS n FROM uniplug_cluster_metrics() \
                   WHERE function = 'haversine' AND node NOT IN ('client', 'scheduler')";
    let mut args = vec!["sql", "--cluster", &url, "--store", &store, "--format", "csv", "-c", metrics];
    args.extend(plugins);
    let (code, out, err) = hosts.run(client, &args, Duration::from_secs(120));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "n\n3\n", "{err}");
}

/// Eight CSV files of 100,000 short Unicode words each (column `w`): enough
/// work for an executor to be caught in the middle of it.
fn write_words(dir: &std::path::Path) {
    std::fs::create_dir_all(dir).unwrap();
    for file in 0..8 {
        let mut text = String::from("w\n");
        for row in 0..100_000 {
            text.push_str(&format!("Ünï Wörd {file} {row} ÆØÅ\n"));
        }
        std::fs::write(dir.join(format!("part-{file}.csv")), text).unwrap();
    }
}

/// Waits until the executor on `host` has made calls to `function`, asking
/// the cluster at `url` for its metrics from outside every namespace.
fn wait_for_calls(hosts: &Hosts, url: &str, host: usize, function: &str, limit: Duration) {
    let scheduler = url.replacen("df://", "http://", 1);
    let prefix = format!("{}:", hosts.address(host));
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let started = Instant::now();
    loop {
        let rows = runtime.block_on(uni_plugin_ballista::cluster_metrics(&scheduler)).unwrap_or_default();
        let calls: u64 = rows
            .iter()
            .filter(|row| row.address.starts_with(&prefix) && row.function == function)
            .map(|row| row.calls)
            .sum();
        if calls > 0 {
            return;
        }
        assert!(
            started.elapsed() < limit,
            "host {host}'s executor made no `{function}` call within {limit:?}: {rows:#?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
