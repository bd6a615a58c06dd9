//! The same queries on the cluster and on one machine give the same rows.

use crate::support::{Workspace, assert_same_rows, bounded, runtime};
use crate::workload::QUERIES;

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
