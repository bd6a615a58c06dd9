//! The same queries on the cluster and on one machine give the same rows.

use crate::support::{Workspace, assert_same_rows, bounded, runtime};

/// A wasm scalar over a table split into four files, aggregates whose
/// partial states are merged across executors, a table function on its own
/// and joined with the table. Floats are rounded: sums over partitions may
/// be added in another order.
pub const QUERIES: &[&str] = &[
    "SELECT g, round(sum(haversine(lat1, lon1, lat2, lon2)), 6) AS km, count(*) AS n FROM points GROUP BY g ORDER BY g",
    "SELECT id, round(haversine(lat1, lon1, lat2, lon2), 9) AS km, round(bearing(lat1, lon1, lat2, lon2), 9) AS deg FROM points WHERE id % 97 = 0 ORDER BY id",
    "SELECT g, round(geomean(x), 9) AS gm, round(mad(x), 9) AS m, count(x) AS n FROM points GROUP BY g ORDER BY g",
    "SELECT round(geomean(x), 9) AS gm, round(mad(x), 9) AS m FROM points",
    "SELECT sum(value) AS total, count(*) AS n FROM series(1, 1000, 3)",
    "SELECT value FROM series(10, -2, -3) ORDER BY value",
    "SELECT s.value AS g, count(*) AS n FROM points JOIN series(0, 2, 1) AS s ON points.g = s.value GROUP BY s.value ORDER BY g",
];

#[test]
fn cluster_results_equal_single_machine_results() {
    let workspace = Workspace::new();
    let runtime = runtime();
    runtime.block_on(bounded("the cluster queries", async {
        let store = workspace.store();
        let cluster = workspace.cluster(&store).await;
        let client = workspace.client(&cluster, store.clone()).await;
        let local = workspace.single_machine().await;

        assert_same_rows(&client, &local, QUERIES).await;

        // Every plugin is in the store once, by digest.
        let digests = client.publish().unwrap();
        assert_eq!(digests.len(), 3);
        for digest in &digests {
            assert!(store.contains(digest).unwrap(), "{digest} not published");
        }
        // The scheduler planned with all three; the executors ran them,
        // each node loading a digest at most once however many tasks used it.
        assert_eq!(cluster.scheduler().loaded().len(), 3);
        let executor_loads: u64 = cluster.executors().iter().map(|node| node.load_count()).sum();
        assert!(executor_loads >= 3, "executors loaded {executor_loads} plugins");
        for node in cluster.executors() {
            assert_eq!(node.load_count() as usize, node.loaded().len(), "a digest was loaded twice");
            assert!(node.loaded().iter().all(|digest| digests.contains(digest)));
        }
    }));
}
