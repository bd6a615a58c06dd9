//! Executors' plugin calls reach the client: `cluster_metrics()` and the
//! `uniplug_cluster_metrics()` table, one row per node and function.

use datafusion::arrow::array::{Array, StringArray, UInt64Array};
use datafusion::prelude::SessionContext;

use crate::support::{Workspace, bounded, runtime};

#[test]
fn every_executors_calls_reach_the_client() {
    let workspace = Workspace::new();
    let runtime = runtime();
    runtime.block_on(bounded("the metrics queries", async {
        let store = workspace.store();
        let cluster = workspace.cluster(&store).await;
        let client = workspace.client(&cluster, store.clone()).await;
        client.sql("SELECT sum(haversine(lat1, lon1, lat2, lon2)) FROM points").await.unwrap();

        // The executors computed all 1000 rows; the client and the
        // scheduler called nothing.
        let rows = client.cluster_metrics().await.unwrap();
        let haversine: Vec<_> = rows.iter().filter(|row| row.function == "haversine").collect();
        let executor_rows: u64 = haversine
            .iter()
            .filter(|row| row.node != "client" && row.node != "scheduler")
            .map(|row| row.rows)
            .sum();
        assert_eq!(executor_rows, 1000, "{haversine:#?}");
        assert!(haversine.iter().filter(|row| row.node == "client" || row.node == "scheduler").all(|row| row.calls == 0));
        assert!(haversine.iter().any(|row| row.node == "scheduler"), "the scheduler reports too: {haversine:#?}");
        for row in haversine.iter().filter(|row| row.calls > 0) {
            assert!(row.address.contains(':'), "an executor names where it serves: {row:?}");
            assert!(row.p50_us.is_some());
        }

        // The same as a table, in a context that runs statements here.
        let local = SessionContext::new();
        local.register_udtf("uniplug_cluster_metrics", client.metrics_function());
        let batches = local
            .sql("SELECT node, sum(rows) AS n FROM uniplug_cluster_metrics() WHERE function = 'haversine' AND calls > 0 GROUP BY node")
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        let mut total = 0;
        for batch in &batches {
            let nodes = batch.column(0).as_any().downcast_ref::<StringArray>().unwrap();
            let counts = batch.column(1).as_any().downcast_ref::<UInt64Array>().unwrap();
            for i in 0..batch.num_rows() {
                assert!(!nodes.is_null(i) && nodes.value(i) != "client");
                total += counts.value(i);
            }
        }
        assert_eq!(total, 1000);
        let error = local.sql("SELECT * FROM uniplug_cluster_metrics(1)").await.unwrap_err().to_string();
        assert!(error.contains("takes no arguments"), "{error}");
    }));
}
