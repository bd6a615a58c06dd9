//! Connecting prepares the plugins on every node (fetch, verify, compile)
//! before the first query; a prepare request is checked like any bytes
//! from the network.

use arrow_flight::Action;
use arrow_flight::flight_service_client::FlightServiceClient;
use uni_plugin::wire::control::{self, PluginSet, PrepareAnswer, PrepareRequest};
use uni_plugin_ballista::PREPARE_ACTION;

use crate::support::{Workspace, bounded, runtime};

const QUERY: &str = "SELECT sum(haversine(lat1, lon1, lat2, lon2)) FROM points";

#[test]
fn connecting_prepares_every_plugin_on_every_node_before_the_first_query() {
    let workspace = Workspace::new();
    let runtime = runtime();
    runtime.block_on(bounded("preparing and querying", async {
        let store = workspace.store();
        let cluster = workspace.cluster(&store).await;
        let client = workspace.client(&cluster, store.clone()).await;
        let digests = client.publish().unwrap();
        assert_eq!(digests.len(), 3);

        // Before any query, every node holds all three plugins, loaded once.
        let nodes: Vec<_> = std::iter::once(cluster.scheduler()).chain(cluster.executors()).collect();
        for node in &nodes {
            let mut loaded = node.loaded();
            loaded.sort();
            let mut expected = digests.clone();
            expected.sort();
            assert_eq!(loaded, expected, "{} before the first query", node.config().name);
            assert_eq!(node.load_count(), 3, "{}", node.config().name);
        }

        // The first query loads nothing more.
        client.sql(QUERY).await.unwrap();
        for node in &nodes {
            assert_eq!(node.load_count(), 3, "{} loaded during the query", node.config().name);
        }

        // Asking again answers for every node and plugin, at once.
        let answer = client.prepare().await.unwrap();
        assert_eq!(answer.len(), 3 * 3, "{answer:#?}");
        assert!(answer.iter().all(|entry| entry.error.is_none()), "{answer:#?}");
        let mut named: Vec<&str> = answer.iter().map(|entry| entry.node.as_str()).collect();
        named.sort();
        named.dedup();
        assert_eq!(named.len(), 3, "the scheduler and two executors: {named:?}");
    }));
}

#[test]
fn a_malformed_or_unknown_prepare_request_is_answered_with_an_error_and_the_cluster_keeps_serving() {
    let workspace = Workspace::new();
    let runtime = runtime();
    runtime.block_on(bounded("hostile prepare requests", async {
        let store = workspace.store();
        let cluster = workspace.cluster(&store).await;
        let client = workspace.client(&cluster, store.clone()).await;
        let url = format!("http://{}", cluster.scheduler_address());
        let channel = tonic::transport::Endpoint::from_shared(url).unwrap().connect().await.unwrap();
        let mut flight = FlightServiceClient::new(channel);
        let act = |body: Vec<u8>| Action { r#type: PREPARE_ACTION.into(), body: body.into() };

        // Not JSON, and a request naming too many plugins: refused before
        // anything is fetched.
        let status = flight.do_action(act(b"\xff not json".to_vec())).await.unwrap_err();
        assert_eq!(status.code(), tonic::Code::InvalidArgument);
        assert!(status.message().contains("prepare request"), "{status}");
        let plugin = format!(r#"{{"digest": "{}"}}"#, "ab".repeat(32));
        let many = format!(r#"{{"plugins": [{}]}}"#, vec![plugin.as_str(); control::MAX_PREPARE + 1].join(","));
        let status = flight.do_action(act(many.into_bytes())).await.unwrap_err();
        assert!(status.message().contains("more than the"), "{status}");

        // A digest no store holds: every node says so, nothing is loaded.
        let unknown = PluginSet::new("ab".repeat(32).parse().unwrap(), []);
        let request = control::encode(&PrepareRequest { plugins: vec![unknown.clone()] });
        let mut answer = flight.do_action(act(request)).await.unwrap().into_inner();
        let body = answer.message().await.unwrap().unwrap().body;
        let PrepareAnswer(entries) = control::decode(&body).unwrap();
        assert_eq!(entries.len(), 3, "{entries:#?}");
        for entry in &entries {
            let error = entry.error.as_deref().unwrap_or_default();
            assert!(
                error.contains("not in the plugin store") && error.contains(&unknown.digest.to_string()),
                "{entry:?}"
            );
        }
        assert!(cluster.executors().iter().all(|node| !node.loaded().contains(&unknown.digest)));

        // The cluster still answers.
        client.sql(QUERY).await.unwrap();
    }));
}
