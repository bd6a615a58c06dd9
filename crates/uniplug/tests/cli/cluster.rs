//! `uniplug cluster` and `uniplug sql --cluster`: a scheduler and two
//! executors in one background process on loopback, queried by a second.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::{root, run};

/// The cluster process, killed when the test ends (pass or fail).
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn sql_runs_wasm_and_native_plugin_functions_on_a_local_cluster() {
    let scratch = tempfile::tempdir().unwrap();
    let store = scratch.path().join("store");
    let cache = scratch.path().join("nodes");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("uniplug"))
        .current_dir(root())
        .env("RUST_LOG", "warn")
        .args(["cluster", "--port", "0", "--executors", "2", "--slots", "1"])
        .arg("--store")
        .arg(&store)
        .arg("--cache")
        .arg(&cache)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let _running = Running(child);

    let (lines, received) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                return;
            }
        }
    });
    let mut url = None;
    loop {
        let line = received.recv_timeout(Duration::from_secs(60)).expect("the cluster did not start in 60 s");
        if let Some(rest) = line.strip_prefix("scheduler listening on ") {
            url = rest.split_whitespace().next().map(str::to_owned);
        }
        if line.starts_with("ready;") {
            break;
        }
    }
    let url = url.expect("the cluster printed its URL");
    assert!(url.starts_with("df://127.0.0.1:"), "{url}");

    let points = scratch.path().join("points.csv");
    std::fs::write(&points, "lat1,lon1,lat2,lon2\n0.0,0.0,0.0,1.0\n52.52,13.405,48.8566,2.3522\n").unwrap();
    let table = format!("points={}", points.display());
    let store = store.to_str().unwrap();
    let query =
        "SELECT round(sum(haversine(lat1, lon1, lat2, lon2)), 2) AS km, slugify('Hello, Wörld!') AS slug FROM points";
    let args = [
        "sql",
        "--cluster",
        &url,
        "--store",
        store,
        "--plugins",
        "plugins/wasm/geo",
        "--plugins",
        "plugins/native/text",
        "--table",
        &table,
        "--format",
        "csv",
        "-c",
        query,
    ];
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "km,slug\n988.66,hello-world\n", "{err}");

    // System tables describe the client's session and answer locally.
    let args = [
        "sql",
        "--cluster",
        &url,
        "--store",
        store,
        "--plugins",
        "plugins/wasm/geo",
        "--format",
        "csv",
        "-c",
        "SELECT name FROM uniplug_functions() ORDER BY name",
    ];
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "name\nbearing\nhaversine\n");

    // A cluster that is not there is a clear failure, not a hang.
    let (code, _, err) = run(&["sql", "--cluster", "df://127.0.0.1:1", "--store", store, "-c", "SELECT 1"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("127.0.0.1:1"), "{err}");
}
