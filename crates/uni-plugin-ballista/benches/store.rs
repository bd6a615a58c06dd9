//! Fetch + verify of a 2 MB plugin by a node with an empty cache: from an
//! S3 bucket (an S3-compatible server on loopback, s3s-fs) vs from a
//! directory store (the baseline), measured in the same run. Loopback
//! measures the store's own cost (requests, signing, copying, hashing), not
//! a network.

#[path = "../../../benches/ratios.rs"]
mod ratios;
#[path = "../tests/all/s3_server.rs"]
mod s3_server;

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use criterion::Criterion;
use ratios::{mean_of, record};
use uni_plugin_ballista::PluginStore;

const SIZE: usize = 2 << 20;

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(4))
        .sample_size(20)
        .configure_from_args();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let root = tempfile::tempdir().unwrap();

    // A wasm plugin whose component is 2 MB of incompressible bytes.
    let plugin = root.path().join("big");
    std::fs::create_dir_all(&plugin).unwrap();
    std::fs::write(
        plugin.join("uniplugin.toml"),
        "[plugin]\nid = \"com.example.big\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"wasm\"\nentry = \"big.wasm\"\n",
    )
    .unwrap();
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let bytes: Vec<u8> = (0..SIZE)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    std::fs::write(plugin.join("big.wasm"), bytes).unwrap();

    let address = runtime.block_on(s3_server::start_s3(&root.path().join("s3")));
    let s3 = s3_server::s3_store(address, "bench");
    let dir = PluginStore::open(root.path().join("dir-store")).unwrap();
    let digest = s3.put(&plugin).unwrap();
    assert_eq!(dir.put(&plugin).unwrap(), digest);

    let fresh = AtomicU64::new(0);
    let mut group = criterion.benchmark_group("store_fetch_2MB");
    for (label, store) in [("directory store (baseline)", &dir), ("s3 store (loopback)", &s3)] {
        group.bench_function(label, |bencher| {
            bencher.iter_custom(|iterations| {
                let mut elapsed = Duration::ZERO;
                for _ in 0..iterations {
                    // An empty cache each time: every fetch reads, hashes
                    // and writes the whole plugin.
                    let cache = root.path().join(format!("cache-{}", fresh.fetch_add(1, Ordering::Relaxed)));
                    let started = Instant::now();
                    store.fetch(&digest, &cache).unwrap();
                    elapsed += started.elapsed();
                    std::fs::remove_dir_all(&cache).unwrap();
                }
                record(label, elapsed, iterations);
                elapsed
            })
        });
    }
    group.finish();
    criterion.final_summary();

    let (local, remote) = (mean_of("directory store (baseline)"), mean_of("s3 store (loopback)"));
    println!();
    println!("== uni-plugin-ballista: plugin store fetch + verify, 2 MB ==");
    println!(
        "s3 store (loopback) vs directory store: {:.2}x ({:.2} ms vs {:.2} ms)",
        remote / local,
        remote / 1e6,
        local / 1e6
    );
}
