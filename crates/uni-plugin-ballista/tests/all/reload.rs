//! A reload on the client is a new digest on the cluster: a query planned
//! before it runs the old bytes, the next query the new ones.

use datafusion::arrow::array::Float64Array;
use datafusion::arrow::record_batch::RecordBatch;
use uni_plugin::PluginId;

use crate::support::{Workspace, bounded, runtime};

/// Over a table, so the executors run it (a call on constants would be
/// folded into a literal while planning).
const QUERY: &str = "SELECT sum(haversine(lat1, lon1, lat2, lon2)) AS d FROM points";

fn value(batches: &[RecordBatch]) -> f64 {
    batches[0].column(0).as_any().downcast_ref::<Float64Array>().unwrap().value(0)
}

#[test]
fn a_reload_reaches_the_cluster_as_a_new_digest() {
    let workspace = Workspace::new();
    let runtime = runtime();
    runtime.block_on(bounded("the reload", async {
        let store = workspace.store();
        let cluster = workspace.cluster(&store).await;
        let client = workspace.client(&cluster, store.clone()).await;
        let geo: PluginId = "ai.uniplug.geo".parse().unwrap();

        let kilometres = value(&client.sql(QUERY).await.unwrap());
        let before = client.digest(&geo).unwrap();
        // Planned now, run after the reload.
        let planned = client.context().sql(QUERY).await.unwrap();

        let manifest = workspace.plugins().join("geo/uniplugin.toml");
        let edited = std::fs::read_to_string(&manifest).unwrap().replace("6371.0", "3958.8");
        std::fs::write(&manifest, edited).unwrap();
        assert_eq!(client.reload(&geo).unwrap(), 2);
        let after = client.digest(&geo).unwrap();
        assert_ne!(after, before);
        assert!(store.contains(&after).unwrap() && store.contains(&before).unwrap());

        let miles = value(&client.sql(QUERY).await.unwrap());
        let expected = kilometres * 3958.8 / 6371.0;
        assert!(
            (miles - expected).abs() < expected * 1e-9,
            "the next query uses the new digest: {miles} vs {expected}"
        );
        let old = value(&planned.collect().await.unwrap());
        assert!(
            (old - kilometres).abs() < kilometres * 1e-12,
            "a query planned before the reload keeps its generation"
        );

        // Both versions were shipped; each node loaded each at most once.
        assert!(cluster.scheduler().loaded().contains(&before) && cluster.scheduler().loaded().contains(&after));
        let ran_new = cluster.executors().iter().any(|node| node.loaded().contains(&after));
        assert!(ran_new, "an executor ran the new digest");
    }));
}
