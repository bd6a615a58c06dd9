//! `uniplug cluster` and `uniplug sql --cluster`: a scheduler and two
//! executors in one background process on loopback, queried by a second.

use crate::{Background, run};

#[test]
fn sql_runs_wasm_and_native_plugin_functions_on_a_local_cluster() {
    let scratch = tempfile::tempdir().unwrap();
    let store = scratch.path().join("store");
    let cache = scratch.path().join("nodes");
    let (store_arg, cache_arg) = (store.to_str().unwrap(), cache.to_str().unwrap());
    let cluster = Background::start([
        "cluster",
        "--port",
        "0",
        "--executors",
        "2",
        "--slots",
        "1",
        "--store",
        store_arg,
        "--cache",
        cache_arg,
    ]);
    let url = cluster.until_ready(60).expect("the cluster printed its URL");
    assert!(url.starts_with("df://127.0.0.1:"), "{url}");

    let points = scratch.path().join("points.csv");
    std::fs::write(&points, "lat1,lon1,lat2,lon2\n0.0,0.0,0.0,1.0\n52.52,13.405,48.8566,2.3522\n").unwrap();
    let table = format!("points={}", points.display());
    let store = store.to_str().unwrap();
    let on_cluster = |plugins: &[&str], tail: &[&str]| {
        let mut args = vec!["sql", "--cluster", &url, "--store", store, "--format", "csv"];
        for plugin in plugins {
            args.extend(["--plugins", plugin]);
        }
        args.extend(tail);
        run(&args)
    };
    let query =
        "SELECT round(sum(haversine(lat1, lon1, lat2, lon2)), 2) AS km, slugify('Hello, Wörld!') AS slug FROM points";
    let (code, out, err) = on_cluster(&["plugins/wasm/geo", "plugins/native/text"], &["--table", &table, "-c", query]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "km,slug\n988.66,hello-world\n", "{err}");

    // System tables describe the client's session and answer locally.
    let (code, out, err) =
        on_cluster(&["plugins/wasm/geo"], &["-c", "SELECT name FROM uniplug_functions() ORDER BY name"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "name\nbearing\nhaversine\n");

    // So does the catalog: information_schema and SHOW see the tables
    // registered for the cluster.
    let (code, out, err) = on_cluster(
        &["plugins/wasm/geo"],
        &["--table", &table, "-c", "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "table_name\npoints\n", "{err}");
    let (code, out, err) = on_cluster(&["plugins/wasm/geo"], &["--table", &table, "-c", "SHOW COLUMNS FROM points"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("lat1") && out.contains("lon2"), "{out}");

    // A cluster that is not there is a clear failure, not a hang.
    let (code, _, err) = run(&["sql", "--cluster", "df://127.0.0.1:1", "--store", store, "-c", "SELECT 1"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("127.0.0.1:1"), "{err}");
}
