//! A plugin with `[dependencies]` runs on nodes that have never seen it or
//! its dependencies: the plan names the dependency digests the client
//! loaded, and each node fetches and verifies them too.

use uni_plugin::PluginId;

use crate::support::{Workspace, assert_same_rows, bounded, runtime};

const QUERY: &str =
    "SELECT g, round(sum(haversine(lat1, lon1, lat2, lon2)), 6) AS km FROM points GROUP BY g ORDER BY g";

#[test]
fn a_plugin_with_dependencies_runs_on_fresh_nodes() {
    let workspace = Workspace::new();
    // geo now requires stats (any 1.x).
    let manifest = workspace.plugins().join("geo/uniplugin.toml");
    let mut text_of = std::fs::read_to_string(&manifest).unwrap();
    text_of.push_str("\n[dependencies]\n\"ai.uniplug.stats\" = \"^1\"\n");
    std::fs::write(&manifest, text_of).unwrap();

    let runtime = runtime();
    runtime.block_on(bounded("the dependency queries", async {
        let store = workspace.store();
        let cluster = workspace.cluster(&store).await;
        let client = workspace.client(&cluster, store.clone()).await;
        let local = workspace.single_machine().await;
        assert_same_rows(&client, &local, &[QUERY]).await;

        let digest = |id: &str| client.digest(&id.parse::<PluginId>().unwrap()).unwrap();
        let (geo, stats) = (digest("ai.uniplug.geo"), digest("ai.uniplug.stats"));
        // Every node that ran geo loaded the stats the client had beside it.
        let ran: Vec<_> = cluster.executors().iter().filter(|node| node.loaded().contains(&geo)).collect();
        assert!(!ran.is_empty(), "no executor ran geo");
        for node in ran {
            assert!(node.loaded().contains(&stats), "{:?} ran geo without its dependency", node.config().name);
        }
        assert!(cluster.scheduler().loaded().contains(&stats));
    }));
}
