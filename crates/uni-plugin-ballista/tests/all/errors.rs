//! Nodes refuse what they cannot verify, and say which digest.

use uni_plugin::PluginId;
use uni_plugin_ballista::{ExecutorEndpoint, LocalCluster, PluginResolver, PluginStore, start_executor};

use crate::support::{Workspace, bounded, runtime};

const QUERY: &str = "SELECT sum(haversine(lat1, lon1, lat2, lon2)) FROM points";

#[test]
fn an_executor_whose_store_lacks_the_plugin_fails_the_query_naming_the_digest() {
    let workspace = Workspace::new();
    let runtime = runtime();
    runtime.block_on(bounded("the missing-plugin query", async {
        let store = workspace.store();
        let empty = PluginStore::open(workspace.root.path().join("empty-store")).unwrap();
        let executors = vec![workspace.node("lonely-1", &empty), workspace.node("lonely-2", &empty)];
        let cluster = LocalCluster::start(0, workspace.node("scheduler", &store), executors, 2).await.unwrap();
        let client = workspace.client(&cluster, store.clone()).await;
        let digest = client.digest(&"ai.uniplug.geo".parse::<PluginId>().unwrap()).unwrap();

        let error = client.sql(QUERY).await.unwrap_err().to_string();
        assert!(error.contains(&digest.to_string()), "{error}");
        assert!(error.contains("not in the plugin store"), "{error}");
        assert!(cluster.executors().iter().all(|node| node.loaded().is_empty()));
    }));
}

#[test]
fn a_tampered_artifact_is_refused_by_a_node_that_joins_later() {
    let workspace = Workspace::new();
    let runtime = runtime();
    runtime.block_on(bounded("the tampered-plugin query", async {
        let store = workspace.store();
        // No executor yet: connecting prepares the plugins on the scheduler.
        let cluster = LocalCluster::start(0, workspace.node("scheduler", &store), Vec::new(), 2).await.unwrap();
        let client = workspace.client(&cluster, store.clone()).await;
        let digest = client.digest(&"ai.uniplug.geo".parse::<PluginId>().unwrap()).unwrap();
        assert!(cluster.scheduler().loaded().contains(&digest));

        // Someone with write access to the store swaps the component after
        // it was published (here: for another example's component), and
        // then an executor joins: it fetches the swapped bytes.
        let artifact = store.local_path(&digest).unwrap().join("geo.wasm");
        std::fs::copy(workspace.plugins().join("stats/stats.wasm"), &artifact).unwrap();
        let url = format!("http://{}", cluster.scheduler_address());
        let late = PluginResolver::new(workspace.node("executor-late", &store));
        start_executor(&url, late.clone(), 2, &ExecutorEndpoint::loopback()).await.unwrap();

        let error = client.sql(QUERY).await.unwrap_err().to_string();
        assert!(error.contains(&digest.to_string()), "{error}");
        assert!(error.contains("does not match its digest"), "{error}");
        assert!(!late.loaded().contains(&digest));
    }));
}

#[test]
fn nodes_apply_their_own_signing_policy() {
    use uni_plugin_host::Policy;
    use uni_plugin_host::signing::{keygen, sign_plugin_dir};

    let workspace = Workspace::new();
    let keys = keygen().unwrap();
    let policy =
        Policy::from_toml_str(&format!("require_signed = true\ntrusted_keys = [\"{}\"]\n", keys.public())).unwrap();
    let runtime = runtime();
    runtime.block_on(bounded("the signed-plugin queries", async {
        let store = workspace.store();
        let strict = |name: &str| workspace.node(name, &store).with_policy(policy.clone());
        let cluster = LocalCluster::start(0, strict("scheduler"), vec![strict("executor-1"), strict("executor-2")], 2)
            .await
            .unwrap();

        // The client itself does not require signatures; the nodes do.
        let client = workspace.client(&cluster, store.clone()).await;
        let error = client.sql(QUERY).await.unwrap_err().to_string();
        assert!(error.contains("is not signed"), "{error}");

        // Signed by the trusted key: the same digest (a signature is not
        // part of it), and the signature travels to the store and the nodes.
        sign_plugin_dir(&workspace.plugins().join("geo"), &keys).unwrap();
        client.sql(QUERY).await.unwrap();
        let digest = client.digest(&"ai.uniplug.geo".parse::<PluginId>().unwrap()).unwrap();
        assert!(cluster.scheduler().loaded().contains(&digest));
    }));
}
