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

use arrow_flight::flight_service_server::FlightServiceServer;
use ballista_core::BALLISTA_PROTOCOL_VERSION;
use ballista_core::extension::SessionConfigExt;
use ballista_core::ids::new_instance_id;
use ballista_core::serde::BallistaCodec;
use ballista_core::serde::protobuf::ExecutorRegistration;
use ballista_core::serde::protobuf::scheduler_grpc_client::SchedulerGrpcClient;
use ballista_core::serde::protobuf::scheduler_grpc_server::SchedulerGrpcServer;
use ballista_core::serde::scheduler::{ExecutorOperatingSystemSpecification, ExecutorSpecification};
use ballista_core::utils::{GrpcServerConfig, create_grpc_server, default_session_builder};
use ballista_core::{ConfigProducer, RuntimeProducer};
use ballista_executor::execution_loop::poll_loop;
use ballista_executor::executor::Executor;
use ballista_executor::flight_service::BallistaFlightService;
use ballista_executor::health::ExecutorHealth;
use ballista_executor::metrics::LoggingMetricsCollector;
use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_scheduler::scheduler_server::SchedulerServer;
use datafusion::execution::SessionStateBuilder;
use datafusion::execution::runtime_env::RuntimeEnvBuilder;
use datafusion::prelude::SessionConfig;
use datafusion_proto::protobuf::{LogicalPlanNode, PhysicalPlanNode};

use uni_plugin::wire::control::ExecutorAddress;

use crate::actions::{ExecutorActions, NoFlight, SchedulerActions, WithActions};
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

/// How a scheduler runs.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SchedulerOptions {
    /// An executor silent for longer is taken for dead: its running tasks
    /// and the shuffle output it held are scheduled again elsewhere, so a
    /// query it was working on finishes on the others. Executors report at
    /// least every 5 seconds, even when busy; Ballista's own default is
    /// 180 s, ours 60 s.
    pub executor_timeout: Duration,
}

impl Default for SchedulerOptions {
    fn default() -> SchedulerOptions {
        SchedulerOptions { executor_timeout: Duration::from_secs(60) }
    }
}

impl SchedulerOptions {
    /// These options with `timeout` as the executor timeout (at least 2 s).
    pub fn with_executor_timeout(mut self, timeout: Duration) -> SchedulerOptions {
        self.executor_timeout = timeout;
        self
    }

    fn config(&self) -> Result<SchedulerConfig, ClusterError> {
        let timeout = self.executor_timeout.as_secs();
        if timeout < 2 {
            return Err(ClusterError::Cluster(format!(
                "the executor timeout must be at least 2 s (executors report every few seconds), not {:?}",
                self.executor_timeout
            )));
        }
        let mut config =
            SchedulerConfig::default().with_scheduler_policy(ballista_core::config::TaskSchedulingPolicy::PullStaged);
        config.executor_timeout_seconds = timeout;
        // Checked a few times per timeout; Ballista wants it shorter.
        config.expire_dead_executor_interval_seconds = (timeout / 4).clamp(1, 15);
        // With no executor left, running jobs fail after this long instead
        // of waiting for one to come back.
        config.no_executors_grace_period_seconds = timeout;
        Ok(config)
    }
}

/// Starts a scheduler listening on `bind` (port 0: any free port) on the
/// current tokio runtime, loading plugins through `resolver`; returns the
/// address it listens on. It runs until the runtime shuts down.
pub async fn start_scheduler(
    bind: SocketAddr,
    resolver: Arc<PluginResolver>,
    options: &SchedulerOptions,
) -> Result<SocketAddr, ClusterError> {
    let policy = options.config()?;
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
    let mut server: SchedulerServer<LogicalPlanNode, PhysicalPlanNode> =
        SchedulerServer::new(endpoint.clone(), cluster, plugin_codec(&resolver), Arc::new(policy), metrics);
    server.init().await.map_err(cluster_error("scheduler start"))?;
    // Beside Ballista's service, a Flight service answering what the
    // client's `uniplug_cluster_metrics()` asks: the executors, and the
    // scheduler's own plugin metrics.
    let state = server.state.clone();
    let executors = move || {
        let state = state.clone();
        async move {
            let known = state.executor_manager.get_executors_state().await.unwrap_or_default();
            known
                .into_iter()
                .map(|(metadata, _, _)| ExecutorAddress { id: metadata.id, host: metadata.host, port: metadata.port })
                .collect::<Vec<_>>()
        }
    };
    let actions = SchedulerActions { resolver: resolver.clone(), address: endpoint, executors };
    let flight = FlightServiceServer::new(WithActions { inner: NoFlight, actions });
    let service =
        SchedulerGrpcServer::new(server).max_decoding_message_size(max_message).max_encoding_message_size(max_message);
    tokio::spawn(
        create_grpc_server(&GrpcServerConfig::default())
            .add_service(service)
            .add_service(flight)
            .serve_with_incoming(tokio_stream::wrappers::TcpListenerStream::new(listener)),
    );
    tracing::info!(%address, "uni-plugin Ballista scheduler listening");
    Ok(address)
}

/// Where an executor serves the partitions it computed (Arrow Flight) and
/// the host it tells the scheduler to send fetches to: other executors
/// read shuffle data from it there, and clients read results.
///
/// The default is loopback only. On a real network, bind an interface's
/// address (or `0.0.0.0`) and advertise the address other hosts reach this
/// one at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExecutorEndpoint {
    /// The address the Flight server listens on; port 0 picks a free one.
    pub bind: SocketAddr,
    /// The host (name or address) other nodes and clients connect to.
    pub advertise: String,
}

impl ExecutorEndpoint {
    /// `127.0.0.1`, any free port, advertised as `127.0.0.1`.
    pub fn loopback() -> ExecutorEndpoint {
        ExecutorEndpoint { bind: SocketAddr::from(([127, 0, 0, 1], 0)), advertise: "127.0.0.1".into() }
    }

    /// Listens on `bind`; advertises `advertise`, or else the bind address
    /// itself, which must then be a specific one (not `0.0.0.0` or `::`).
    pub fn new(bind: SocketAddr, advertise: Option<String>) -> Result<ExecutorEndpoint, ClusterError> {
        let advertise = match advertise {
            Some(host) if host.trim().is_empty() => {
                return Err(ClusterError::Cluster("the advertised host is empty".into()));
            }
            Some(host) => host.trim().to_owned(),
            None if bind.ip().is_unspecified() => {
                return Err(ClusterError::Cluster(format!(
                    "a node bound to {} must advertise the address other hosts reach it at (--advertise HOST)",
                    bind.ip()
                )));
            }
            None => bind.ip().to_string(),
        };
        Ok(ExecutorEndpoint { bind, advertise })
    }
}

/// Starts an executor with `vcores` task slots that pulls work from the
/// scheduler at `scheduler_url` (`http://host:port`), serving its
/// partitions at `endpoint` and loading plugins through `resolver`; returns
/// the resolver (what it has loaded, how often). It runs until the runtime
/// shuts down.
pub async fn start_executor(
    scheduler_url: &str,
    resolver: Arc<PluginResolver>,
    vcores: usize,
    endpoint: &ExecutorEndpoint,
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
    let listener = tokio::net::TcpListener::bind(endpoint.bind)
        .await
        .map_err(|error| ClusterError::Cluster(format!("executor cannot listen on {}: {error}", endpoint.bind)))?;
    let address = listener.local_addr().map_err(|error| ClusterError::Cluster(error.to_string()))?;
    let vcores = vcores.max(1);
    let id = new_instance_id();
    let registration = ExecutorRegistration {
        id: id.clone(),
        host: Some(endpoint.advertise.clone()),
        port: u32::from(address.port()),
        // Executors here pull work; nothing connects to a push port.
        grpc_port: 0,
        specification: Some(ExecutorSpecification::default().with_vcores(vcores as u32).into()),
        os_info: Some(ExecutorOperatingSystemSpecification::default().into()),
        ballista_protocol_version: BALLISTA_PROTOCOL_VERSION,
    };
    // Shuffle files live under the node's cache, one directory per start.
    let work_dir = resolver.config().cache_dir.join("shuffle").join(&registration.id);
    std::fs::create_dir_all(&work_dir)
        .map_err(|error| ClusterError::Cluster(format!("executor work directory `{}`: {error}", work_dir.display())))?;
    let work_dir = work_dir.to_string_lossy().into_owned();
    let config_producer: ConfigProducer = Arc::new(SessionConfig::new_with_ballista);
    let max_message = config_producer().ballista_grpc_client_max_message_size();
    let runtime = RuntimeEnvBuilder::new()
        .build_arc()
        .map_err(|error| ClusterError::Cluster(format!("executor runtime: {error}")))?;
    let runtime_producer: RuntimeProducer = Arc::new(move |_| Ok(runtime.clone()));
    let functions = SessionStateBuilder::new().with_default_features().build();
    let executor = Arc::new(Executor::with_default_execution_engine(
        registration,
        &work_dir,
        runtime_producer,
        config_producer,
        Arc::new((&functions).into()),
        Arc::new(LoggingMetricsCollector::default()),
        vcores,
    ));
    let actions = ExecutorActions {
        resolver: resolver.clone(),
        id,
        address: format!("{}:{}", endpoint.advertise, address.port()),
    };
    let flight = FlightServiceServer::new(WithActions { inner: BallistaFlightService::new(work_dir), actions })
        .max_decoding_message_size(max_message)
        .max_encoding_message_size(max_message);
    tokio::spawn(
        create_grpc_server(&GrpcServerConfig::default())
            .add_service(flight)
            .serve_with_incoming(tokio_stream::wrappers::TcpListenerStream::new(listener)),
    );
    tokio::spawn(poll_loop(scheduler, executor, plugin_codec(&resolver), None, None, ExecutorHealth::new()));
    tracing::info!(
        node = %resolver.config().name,
        scheduler = scheduler_url,
        %address,
        advertise = %endpoint.advertise,
        "uni-plugin Ballista executor started"
    );
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
        let bind = SocketAddr::from(([127, 0, 0, 1], port));
        let address = start_scheduler(bind, scheduler_resolver.clone(), &SchedulerOptions::default()).await?;
        let url = format!("http://{address}");
        let mut started = Vec::with_capacity(executors.len());
        for node in executors {
            started.push(start_executor(&url, PluginResolver::new(node), vcores, &ExecutorEndpoint::loopback()).await?);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_executor_advertises_its_bind_address_unless_that_is_every_interface() {
        let specific = SocketAddr::from(([10, 0, 0, 2], 0));
        assert_eq!(ExecutorEndpoint::new(specific, None).unwrap().advertise, "10.0.0.2");
        let everywhere = SocketAddr::from(([0, 0, 0, 0], 0));
        let error = ExecutorEndpoint::new(everywhere, None).unwrap_err().to_string();
        assert!(error.contains("--advertise"), "{error}");
        let named = ExecutorEndpoint::new(everywhere, Some(" worker3.internal ".into())).unwrap();
        assert_eq!(named.advertise, "worker3.internal");
        assert!(ExecutorEndpoint::new(everywhere, Some("  ".into())).is_err());
        assert_eq!(ExecutorEndpoint::loopback().bind.ip(), std::net::IpAddr::from([127, 0, 0, 1]));
    }
}
