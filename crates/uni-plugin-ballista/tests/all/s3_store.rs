//! The plugin store in an S3 bucket: an S3-compatible server (s3s-fs, from
//! the registry) on loopback, started by the test. The cluster answers like
//! one machine; what a node fetches is verified before it loads; broken
//! and oversized objects are refused naming the object.

use std::path::{Path, PathBuf};

use uni_plugin::PluginId;
use uni_plugin_ballista::{ClusterError, PluginStore};

use crate::support::{Workspace, assert_same_rows, bounded, runtime};
use crate::workload::QUERIES;

use crate::s3_server::{BUCKET, s3_store, start_s3};

/// Where the server keeps the object `key` of the bucket.
fn object_file(s3_root: &Path, key: &str) -> PathBuf {
    s3_root.join(BUCKET).join(key)
}

#[test]
fn a_cluster_on_an_s3_store_answers_like_one_machine() {
    let workspace = Workspace::new();
    let s3_root = workspace.root.path().join("s3");
    let runtime = runtime();
    runtime.block_on(bounded("the S3 store queries", async {
        let address = start_s3(&s3_root).await;
        let store = s3_store(address, "team/store");
        assert!(store.location().starts_with("s3://plugins/team/store"), "{}", store.location());
        let cluster = workspace.cluster(&store).await;
        let client = workspace.client(&cluster, store.clone()).await;
        let local = workspace.single_machine().await;
        assert_same_rows(&client, &local, QUERIES).await;

        // Published once per digest, under the prefix, manifest included.
        let digests = client.publish().unwrap();
        let mut sorted = digests.clone();
        sorted.sort_by_key(|digest| digest.to_string());
        assert_eq!(store.digests().unwrap(), sorted);
        let geo = client.digest(&"ai.uniplug.geo".parse::<PluginId>().unwrap()).unwrap();
        assert!(object_file(&s3_root, &format!("team/store/{geo}/uniplugin.toml")).is_file());
        assert!(object_file(&s3_root, &format!("team/store/{geo}/geo.wasm")).is_file());
        // Publishing again changes nothing.
        assert_eq!(store.put(&workspace.plugins().join("geo")).unwrap(), geo);
        for node in cluster.executors() {
            assert_eq!(node.load_count() as usize, node.loaded().len(), "a digest was loaded twice");
        }
    }));
}

#[test]
fn what_a_node_fetches_from_s3_is_verified_and_capped() {
    let workspace = Workspace::new();
    let s3_root = workspace.root.path().join("s3");
    let runtime = runtime();
    runtime.block_on(bounded("the S3 store checks", async {
        let address = start_s3(&s3_root).await;
        let store = s3_store(address, "checks");
        let geo = workspace.plugins().join("geo");
        let digest = store.put(&geo).unwrap();
        assert!(store.contains(&digest).unwrap());

        // Fetched into a node's cache: the same digest as the directory.
        let cache = workspace.root.path().join("cache-1");
        let copy = store.fetch(&digest, &cache).unwrap();
        assert_eq!(uni_plugin_host::digest_of_dir(&copy).unwrap(), digest);

        // The component swapped in the bucket: refused, nothing kept.
        std::fs::copy(
            workspace.plugins().join("stats/stats.wasm"),
            object_file(&s3_root, &format!("checks/{digest}/geo.wasm")),
        )
        .unwrap();
        let cache = workspace.root.path().join("cache-2");
        let error = store.fetch(&digest, &cache).unwrap_err();
        assert!(matches!(error, ClusterError::DigestMismatch { .. }), "{error}");
        assert!(error.to_string().contains(&digest.to_string()), "{error}");
        assert!(!cache.join(digest.to_string()).exists(), "nothing unverified is kept");

        // A manifest bigger than any manifest may be: refused while it
        // streams, naming the object.
        let other = store.put(&workspace.plugins().join("stats")).unwrap();
        std::fs::write(object_file(&s3_root, &format!("checks/{other}/uniplugin.toml")), vec![b'#'; 2 << 20]).unwrap();
        let error = store.fetch(&other, &workspace.root.path().join("cache-3")).unwrap_err().to_string();
        assert!(error.contains("uniplugin.toml") && error.contains("larger than"), "{error}");

        // An entry whose manifest never arrived (a publisher stopped
        // half-way) does not count.
        let series = store.put(&workspace.plugins().join("series")).unwrap();
        std::fs::remove_file(object_file(&s3_root, &format!("checks/{series}/uniplugin.toml"))).unwrap();
        assert!(!store.contains(&series).unwrap());
        let error = store.fetch(&series, &workspace.root.path().join("cache-4")).unwrap_err();
        assert!(matches!(error, ClusterError::NotInStore { .. }), "{error}");
        assert!(error.to_string().contains("s3://plugins/checks"), "{error}");
        // Publishing it again completes the entry.
        assert_eq!(store.put(&workspace.plugins().join("series")).unwrap(), series);
        assert!(store.fetch(&series, &workspace.root.path().join("cache-4")).is_ok());
    }));
}

#[test]
fn an_unreachable_s3_store_is_a_clear_error_not_a_hang() {
    // A port nothing listens on: the error names the store and the object.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let store = s3_store(port, "nowhere");
    let digest = "ab".repeat(32).parse().unwrap();
    let started = std::time::Instant::now();
    let error = store.contains(&digest).unwrap_err().to_string();
    assert!(started.elapsed() < std::time::Duration::from_secs(60), "{:?}", started.elapsed());
    assert!(error.contains("s3://plugins/nowhere") && error.contains(&digest.to_string()), "{error}");
}

#[test]
fn store_locations_are_checked() {
    for (location, expected) in [
        ("gs://bucket/x", "unsupported scheme `gs`"),
        ("file://relative/path", "absolute local path"),
        ("", "empty"),
        ("s3://", "s3://"),
    ] {
        let error = PluginStore::from_location(location).unwrap_err().to_string();
        assert!(error.contains(expected), "{location}: {error}");
    }
    let dir = tempfile::tempdir().unwrap();
    let url = format!("file://{}", dir.path().join("store").display());
    let store = PluginStore::from_location(&url).unwrap();
    assert!(dir.path().join("store").is_dir(), "a file:// store is a directory");
    assert!(store.local_path(&"cd".repeat(32).parse().unwrap()).is_some());
}
