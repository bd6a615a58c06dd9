//! Starting Ballista schedulers and executors that understand plugin
//! functions, and [`LocalCluster`]: a scheduler and N executors on
//! loopback in this process, each node with its own resolver (own cache,
//! own wasm engine, own loaded plugins), as separate machines would have.
//!
//! Every node needs only the plugin store, never the plugin: executors are
//! stock Ballista executors whose codec is [`crate::PluginPhysicalCodec`].

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ballista_core::extension::SessionConfigExt;
use ballista_core::serde::BallistaCodec;
use ballista_core::serde::protobuf::scheduler_grpc_client::SchedulerGrpcClient;
use ballista_core::serde::protobuf::scheduler_grpc_server::SchedulerGrpcServer;
use ballista_core::utils::{GrpcServerConfig, create_grpc_server, default_session_builder};
use ballista_core::{ConfigProducer, RuntimeProducer};
use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_scheduler::scheduler_server::SchedulerServer;
use datafusion::execution::SessionStateBuilder;
use datafusion::execution::runtime_env::RuntimeEnvBuilder;
use datafusion::prelude::SessionConfig;
use datafusion_proto::protobuf::{LogicalPlanNode, PhysicalPlanNode};

use crate::{ClusterError, NodeConfig, PluginLogicalCodec, PluginPhysicalCodec, PluginResolver};

/// Ballista's codec with plugin support, over `resolver`.
pub fn plugin_codec(resolver: &Arc<PluginResolver>) -> BallistaCodec {
    BallistaCodec::new(
        Arc::new(PluginLogicalCodec::new(resolver.clone())),
        Arc::new(PluginPhysicalCodec::new(resolver.clone())),
    )
}

/// A session config for Ballista whose codecs know plugin functions (what
/// clients use; schedulers and executors get the codec directly).
pub fn plugin_session_config(resolver: &Arc<PluginResolver>) -> SessionConfig {
    SessionConfig::new_with_ballista()
        .with_ballista_logical_extension_codec(Arc::new(PluginLogicalCodec::new(resolver.clone())))
        .with_ballista_physical_extension_codec(Arc::new(PluginPhysicalCodec::new(resolver.clone())))
}

fn cluster_error(what: &str) -> impl FnOnce(ballista_core::error::BallistaError) -> ClusterError + '_ {
    move |error| ClusterError::Cluster(format!("{what}: {error}"))
}

/// Starts a scheduler listening on `bind` (port 0: any free port) on the
/// current tokio runtime, loading plugins through `resolver`; returns the
/// address it listens on. It runs until the runtime shuts down.
pub async fn start_scheduler(bind: SocketAddr, resolver: Arc<PluginResolver>) -> Result<SocketAddr, ClusterError> {
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|error| ClusterError::Cluster(format!("scheduler cannot listen on {bind}: {error}")))?;
    let address = listener.local_addr().map_err(|error| ClusterError::Cluster(error.to_string()))?;
    let endpoint = address.to_string();
    let config_producer: ConfigProducer = Arc::new(SessionConfig::new_with_ballista);
    let max_message = config_producer().ballista_grpc_client_max_message_size();
    let cluster = BallistaCluster::new_memory(endpoint.clone(), Arc::new(default_session_builder), config_producer);
    let metrics =
        ballista_scheduler::metrics::default_metrics_collector().map_err(cluster_error("scheduler metrics"))?;
    let policy =
        SchedulerConfig::default().with_scheduler_policy(ballista_core::config::TaskSchedulingPolicy::PullStaged);
    let mut server: SchedulerServer<LogicalPlanNode, PhysicalPlanNode> =
        SchedulerServer::new(endpoint, cluster, plugin_codec(&resolver), Arc::new(policy), metrics);
    server.init().await.map_err(cluster_error("scheduler start"))?;
    let service =
        SchedulerGrpcServer::new(server).max_decoding_message_size(max_message).max_encoding_message_size(max_message);
    tokio::spawn(
        create_grpc_server(&GrpcServerConfig::default())
            .add_service(service)
            .serve_with_incoming(tokio_stream::wrappers::TcpListenerStream::new(listener)),
    );
    tracing::info!(%address, "uni-plugin Ballista scheduler listening");
    Ok(address)
}

/// Starts an executor with `vcores` task slots that pulls work from the
/// scheduler at `scheduler_url` (`http://host:port`), loading plugins
/// through `resolver`; returns the resolver (what it has loaded, how often).
/// It runs until the runtime shuts down.
pub async fn start_executor(
    scheduler_url: &str,
    resolver: Arc<PluginResolver>,
    vcores: usize,
) -> Result<Arc<PluginResolver>, ClusterError> {
    // A scheduler started a moment ago may not accept connections yet.
    let patience = Duration::from_secs(30);
    let started = Instant::now();
    let scheduler = loop {
        match SchedulerGrpcClient::connect(scheduler_url.to_owned()).await {
            Ok(client) => break client,
            Err(error) if started.elapsed() >= patience => {
                return Err(ClusterError::Cluster(format!(
                    "cannot reach the scheduler at {scheduler_url} after {patience:?}: {error}; is it running?"
                )));
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    };
    let config_producer: ConfigProducer = Arc::new(SessionConfig::new_with_ballista);
    let runtime = RuntimeEnvBuilder::new()
        .build_arc()
        .map_err(|error| ClusterError::Cluster(format!("executor runtime: {error}")))?;
    let runtime_producer: RuntimeProducer = Arc::new(move |_| Ok(runtime.clone()));
    let functions = SessionStateBuilder::new().with_default_features().build();
    ballista_executor::new_standalone_executor_from_builder(
        scheduler,
        vcores.max(1),
        config_producer,
        runtime_producer,
        plugin_codec(&resolver),
        (&functions).into(),
    )
    .await
    .map_err(cluster_error("executor start"))?;
    tracing::info!(node = %resolver.config().name, scheduler = scheduler_url, "uni-plugin Ballista executor started");
    Ok(resolver)
}

/// A scheduler and executors on loopback, in this process.
pub struct LocalCluster {
    scheduler: SocketAddr,
    scheduler_resolver: Arc<PluginResolver>,
    executors: Vec<Arc<PluginResolver>>,
}

impl std::fmt::Debug for LocalCluster {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalCluster")
            .field("scheduler", &self.scheduler)
            .field("executors", &self.executors.len())
            .finish()
    }
}

impl LocalCluster {
    /// Starts a scheduler on `127.0.0.1:port` (0: any free port) with
    /// `scheduler`'s node config, then one executor per entry of
    /// `executors`, each with `vcores` task slots. Returns once every
    /// executor is connected.
    pub async fn start(
        port: u16,
        scheduler: NodeConfig,
        executors: Vec<NodeConfig>,
        vcores: usize,
    ) -> Result<LocalCluster, ClusterError> {
        let scheduler_resolver = PluginResolver::new(scheduler);
        let address = start_scheduler(SocketAddr::from(([127, 0, 0, 1], port)), scheduler_resolver.clone()).await?;
        let url = format!("http://{address}");
        let mut started = Vec::with_capacity(executors.len());
        for node in executors {
            started.push(start_executor(&url, PluginResolver::new(node), vcores).await?);
        }
        Ok(LocalCluster { scheduler: address, scheduler_resolver, executors: started })
    }

    /// The scheduler's address.
    pub fn scheduler_address(&self) -> SocketAddr {
        self.scheduler
    }

    /// The URL clients connect to: `df://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("df://{}", self.scheduler)
    }

    /// The executors' resolvers, in start order.
    pub fn executors(&self) -> &[Arc<PluginResolver>] {
        &self.executors
    }

    /// The scheduler's resolver (it loads plugins to plan queries).
    pub fn scheduler(&self) -> &Arc<PluginResolver> {
        &self.scheduler_resolver
    }
}
