//! Plugin metrics from every node of a cluster, for the client's
//! `uniplug_cluster_metrics()`.
//!
//! Each node counts its own plugin calls (its hosts' metrics). Executors
//! answer the Arrow Flight action [`METRICS_ACTION`] on the port they serve
//! partitions from; the scheduler answers it too, and [`EXECUTORS_ACTION`]
//! with the executors it knows (id, host, port). A client asks the
//! scheduler, then each executor, and gets one row per node, plugin and
//! function. Everything else on those Flight services is Ballista's own.
//!
//! What a node answers is decoded as untrusted JSON with a size cap: a
//! node that answers nonsense is named in an error, it does not take the
//! client down. An executor that cannot be reached (one that stopped is
//! listed until its heartbeat times out) is left out and logged.

use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use arrow_flight::flight_service_server::FlightService;
use arrow_flight::{
    Action, ActionType, Criteria, Empty, FlightData, FlightDescriptor, FlightInfo, HandshakeRequest, HandshakeResponse,
    PollInfo, PutResult, SchemaResult, Ticket,
};
use datafusion::arrow::array::{ArrayRef, Float64Array, StringArray, UInt64Array};
use datafusion::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::arrow::record_batch::RecordBatch;
use serde::{Deserialize, Serialize};
use tokio_stream::Stream;
use tonic::{Request, Response, Status, Streaming};
use uni_plugin_host::PluginHost;

use crate::{ClusterError, PluginResolver};

/// The Flight action a node answers with its plugin metrics (JSON).
pub const METRICS_ACTION: &str = "uniplug.metrics";
/// The Flight action the scheduler answers with its executors (JSON).
pub const EXECUTORS_ACTION: &str = "uniplug.executors";

/// The largest answer a node may give.
const MAX_ANSWER: usize = 16 << 20;
/// How long a node may take to answer.
const PATIENCE: Duration = Duration::from_secs(10);

/// One function's calls on one node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeMetrics {
    /// The node: `client`, `scheduler`, or the executor's id.
    pub node: String,
    /// Where the node serves (`host:port`; empty for the client).
    pub address: String,
    /// The plugin id.
    pub plugin: String,
    /// The function (or handler).
    pub function: String,
    /// Calls made.
    pub calls: u64,
    /// Calls that failed.
    pub errors: u64,
    /// Rows processed.
    pub rows: u64,
    /// Median latency in microseconds, if any call was made.
    pub p50_us: Option<f64>,
    /// 99th percentile latency in microseconds, if any call was made.
    pub p99_us: Option<f64>,
}

/// An executor the scheduler knows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExecutorAddress {
    /// Its id.
    pub id: String,
    /// The host it advertised.
    pub host: String,
    /// Its Flight port.
    pub port: u16,
}

/// The metrics of `host`'s functions, as rows for `node`.
pub fn host_metrics(node: &str, address: &str, host: &PluginHost) -> Vec<NodeMetrics> {
    let micros = |d: Option<Duration>| d.map(|d| d.as_secs_f64() * 1e6);
    host.metrics()
        .into_iter()
        .map(|m| NodeMetrics {
            node: node.to_owned(),
            address: address.to_owned(),
            plugin: m.plugin.to_string(),
            function: m.function,
            calls: m.calls,
            errors: m.errors,
            rows: m.rows,
            p50_us: micros(m.p50),
            p99_us: micros(m.p99),
        })
        .collect()
}

impl PluginResolver {
    /// This node's plugin metrics, over every digest it loaded, as rows for
    /// `node` at `address`.
    pub fn metrics(&self, node: &str, address: &str) -> Vec<NodeMetrics> {
        self.hosts().iter().flat_map(|host| host_metrics(node, address, host)).collect()
    }
}

/// `rows` as the table `uniplug_cluster_metrics()` returns.
pub fn metrics_batch(mut rows: Vec<NodeMetrics>) -> Result<RecordBatch, ClusterError> {
    rows.sort_by(|a, b| (&a.node, &a.plugin, &a.function).cmp(&(&b.node, &b.plugin, &b.function)));
    let text = |values: Vec<&str>| -> ArrayRef { Arc::new(StringArray::from(values)) };
    let count = |values: Vec<u64>| -> ArrayRef { Arc::new(UInt64Array::from(values)) };
    let columns = vec![
        text(rows.iter().map(|r| r.node.as_str()).collect()),
        text(rows.iter().map(|r| r.address.as_str()).collect()),
        text(rows.iter().map(|r| r.plugin.as_str()).collect()),
        text(rows.iter().map(|r| r.function.as_str()).collect()),
        count(rows.iter().map(|r| r.calls).collect()),
        count(rows.iter().map(|r| r.errors).collect()),
        count(rows.iter().map(|r| r.rows).collect()),
        Arc::new(rows.iter().map(|r| r.p50_us).collect::<Float64Array>()),
        Arc::new(rows.iter().map(|r| r.p99_us).collect::<Float64Array>()),
    ];
    RecordBatch::try_new(metrics_schema(), columns).map_err(|error| ClusterError::Cluster(error.to_string()))
}

/// The schema of `uniplug_cluster_metrics()`.
pub fn metrics_schema() -> SchemaRef {
    let text = |name: &str| Field::new(name, DataType::Utf8, false);
    let count = |name: &str| Field::new(name, DataType::UInt64, false);
    Arc::new(Schema::new(vec![
        text("node"),
        text("address"),
        text("plugin"),
        text("function"),
        count("calls"),
        count("errors"),
        count("rows"),
        Field::new("p50_us", DataType::Float64, true),
        Field::new("p99_us", DataType::Float64, true),
    ]))
}

/// Why a node's answer is missing.
pub(crate) enum Asked {
    /// It could not be reached or did not answer in time.
    Unreachable(ClusterError),
    /// It answered something refused (malformed, oversized, an error).
    Refused(ClusterError),
}

impl Asked {
    fn into_error(self) -> ClusterError {
        match self {
            Asked::Unreachable(error) | Asked::Refused(error) => error,
        }
    }
}

/// Asks the node at `url` (`http://host:port`) to answer `action`, and
/// decodes its JSON answer.
pub(crate) async fn ask<T: for<'de> Deserialize<'de>>(url: &str, action: &str) -> Result<T, Asked> {
    let failed = |what: String| ClusterError::Cluster(format!("node {url} did not answer `{action}`: {what}"));
    let call = async {
        let unreachable = |error: tonic::transport::Error| Asked::Unreachable(failed(error.to_string()));
        let channel = tonic::transport::Endpoint::from_shared(url.to_owned())
            .map_err(|error| Asked::Refused(failed(error.to_string())))?
            .connect_timeout(PATIENCE)
            .connect()
            .await
            .map_err(unreachable)?;
        let mut client = arrow_flight::flight_service_client::FlightServiceClient::new(channel);
        let request = Action { r#type: action.to_owned(), body: Default::default() };
        let refused = |error: Status| Asked::Refused(failed(error.to_string()));
        let mut stream = client.do_action(request).await.map_err(refused)?.into_inner();
        let mut body = Vec::new();
        while let Some(part) = stream.message().await.map_err(refused)? {
            if body.len() + part.body.len() > MAX_ANSWER {
                return Err(Asked::Refused(failed(format!("the answer is larger than {MAX_ANSWER} bytes"))));
            }
            body.extend_from_slice(&part.body);
        }
        serde_json::from_slice(&body).map_err(|error| Asked::Refused(failed(format!("malformed answer: {error}"))))
    };
    tokio::time::timeout(PATIENCE, call)
        .await
        .map_err(|_| Asked::Unreachable(failed(format!("no answer within {PATIENCE:?}"))))?
}

type Answer = Pin<Box<dyn Stream<Item = Result<arrow_flight::Result, Status>> + Send + 'static>>;

/// A one-message answer to an action.
fn answer(json: Vec<u8>) -> Response<Answer> {
    let message = arrow_flight::Result { body: json.into() };
    Response::new(Box::pin(tokio_stream::once(Ok(message))))
}

fn to_json<T: Serialize>(value: &T) -> Result<Vec<u8>, Status> {
    serde_json::to_vec(value).map_err(|error| Status::internal(error.to_string()))
}

/// What answers the uni-plugin actions on a node; everything else goes to
/// the Flight service it wraps.
#[tonic::async_trait]
pub(crate) trait NodeActions: Send + Sync + 'static {
    /// The answer to `action`, or `None` when it is not one of ours.
    async fn answer(&self, action: &str) -> Option<Result<Vec<u8>, Status>>;
}

/// An executor's actions: its metrics.
pub(crate) struct ExecutorActions {
    pub(crate) resolver: Arc<PluginResolver>,
    pub(crate) id: String,
    pub(crate) address: String,
}

#[tonic::async_trait]
impl NodeActions for ExecutorActions {
    async fn answer(&self, action: &str) -> Option<Result<Vec<u8>, Status>> {
        (action == METRICS_ACTION).then(|| to_json(&self.resolver.metrics(&self.id, &self.address)))
    }
}

/// A Flight service answering the uni-plugin actions, delegating the rest.
pub(crate) struct WithActions<S, A> {
    pub(crate) inner: S,
    pub(crate) actions: A,
}

type Boxed<T> = Pin<Box<dyn Stream<Item = Result<T, Status>> + Send + 'static>>;

#[tonic::async_trait]
impl<S, A> FlightService for WithActions<S, A>
where
    S: FlightService<
            HandshakeStream = Boxed<HandshakeResponse>,
            ListFlightsStream = Boxed<FlightInfo>,
            DoGetStream = Boxed<FlightData>,
            DoPutStream = Boxed<PutResult>,
            DoActionStream = Answer,
            ListActionsStream = Boxed<ActionType>,
            DoExchangeStream = Boxed<FlightData>,
        >,
    A: NodeActions,
{
    type HandshakeStream = Boxed<HandshakeResponse>;
    type ListFlightsStream = Boxed<FlightInfo>;
    type DoGetStream = Boxed<FlightData>;
    type DoPutStream = Boxed<PutResult>;
    type DoActionStream = Answer;
    type ListActionsStream = Boxed<ActionType>;
    type DoExchangeStream = Boxed<FlightData>;

    async fn handshake(
        &self,
        request: Request<Streaming<HandshakeRequest>>,
    ) -> Result<Response<Self::HandshakeStream>, Status> {
        self.inner.handshake(request).await
    }

    async fn list_flights(&self, request: Request<Criteria>) -> Result<Response<Self::ListFlightsStream>, Status> {
        self.inner.list_flights(request).await
    }

    async fn get_flight_info(&self, request: Request<FlightDescriptor>) -> Result<Response<FlightInfo>, Status> {
        self.inner.get_flight_info(request).await
    }

    async fn poll_flight_info(&self, request: Request<FlightDescriptor>) -> Result<Response<PollInfo>, Status> {
        self.inner.poll_flight_info(request).await
    }

    async fn get_schema(&self, request: Request<FlightDescriptor>) -> Result<Response<SchemaResult>, Status> {
        self.inner.get_schema(request).await
    }

    async fn do_get(&self, request: Request<Ticket>) -> Result<Response<Self::DoGetStream>, Status> {
        self.inner.do_get(request).await
    }

    async fn do_put(&self, request: Request<Streaming<FlightData>>) -> Result<Response<Self::DoPutStream>, Status> {
        self.inner.do_put(request).await
    }

    async fn do_action(&self, request: Request<Action>) -> Result<Response<Self::DoActionStream>, Status> {
        match self.actions.answer(&request.get_ref().r#type).await {
            Some(json) => Ok(answer(json?)),
            None => self.inner.do_action(request).await,
        }
    }

    async fn list_actions(&self, request: Request<Empty>) -> Result<Response<Self::ListActionsStream>, Status> {
        self.inner.list_actions(request).await
    }

    async fn do_exchange(
        &self,
        request: Request<Streaming<FlightData>>,
    ) -> Result<Response<Self::DoExchangeStream>, Status> {
        self.inner.do_exchange(request).await
    }
}

/// The scheduler's Flight service: no Flight data of its own, only the
/// uni-plugin actions.
pub(crate) struct SchedulerActions<F> {
    pub(crate) resolver: Arc<PluginResolver>,
    pub(crate) address: String,
    /// The executors the scheduler knows now.
    pub(crate) executors: F,
}

#[tonic::async_trait]
impl<F, Fut> NodeActions for SchedulerActions<F>
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Vec<ExecutorAddress>> + Send,
{
    async fn answer(&self, action: &str) -> Option<Result<Vec<u8>, Status>> {
        match action {
            METRICS_ACTION => Some(to_json(&self.resolver.metrics("scheduler", &self.address))),
            EXECUTORS_ACTION => Some(to_json(&(self.executors)().await)),
            _ => None,
        }
    }
}

/// A Flight service that implements nothing (what the scheduler's actions
/// wrap).
pub(crate) struct NoFlight;

#[tonic::async_trait]
impl FlightService for NoFlight {
    type HandshakeStream = Boxed<HandshakeResponse>;
    type ListFlightsStream = Boxed<FlightInfo>;
    type DoGetStream = Boxed<FlightData>;
    type DoPutStream = Boxed<PutResult>;
    type DoActionStream = Answer;
    type ListActionsStream = Boxed<ActionType>;
    type DoExchangeStream = Boxed<FlightData>;

    async fn handshake(
        &self,
        _: Request<Streaming<HandshakeRequest>>,
    ) -> Result<Response<Self::HandshakeStream>, Status> {
        Err(Status::unimplemented("handshake"))
    }
    async fn list_flights(&self, _: Request<Criteria>) -> Result<Response<Self::ListFlightsStream>, Status> {
        Err(Status::unimplemented("list_flights"))
    }
    async fn get_flight_info(&self, _: Request<FlightDescriptor>) -> Result<Response<FlightInfo>, Status> {
        Err(Status::unimplemented("get_flight_info"))
    }
    async fn poll_flight_info(&self, _: Request<FlightDescriptor>) -> Result<Response<PollInfo>, Status> {
        Err(Status::unimplemented("poll_flight_info"))
    }
    async fn get_schema(&self, _: Request<FlightDescriptor>) -> Result<Response<SchemaResult>, Status> {
        Err(Status::unimplemented("get_schema"))
    }
    async fn do_get(&self, _: Request<Ticket>) -> Result<Response<Self::DoGetStream>, Status> {
        Err(Status::unimplemented("do_get"))
    }
    async fn do_put(&self, _: Request<Streaming<FlightData>>) -> Result<Response<Self::DoPutStream>, Status> {
        Err(Status::unimplemented("do_put"))
    }
    async fn do_action(&self, request: Request<Action>) -> Result<Response<Self::DoActionStream>, Status> {
        Err(Status::unimplemented(format!("action `{}`", request.get_ref().r#type)))
    }
    async fn list_actions(&self, _: Request<Empty>) -> Result<Response<Self::ListActionsStream>, Status> {
        Err(Status::unimplemented("list_actions"))
    }
    async fn do_exchange(&self, _: Request<Streaming<FlightData>>) -> Result<Response<Self::DoExchangeStream>, Status> {
        Err(Status::unimplemented("do_exchange"))
    }
}

/// Every node's metrics: the scheduler at `scheduler` (`http://host:port`)
/// and each executor it knows; a node that does not answer is an error
/// naming it.
pub async fn cluster_metrics(scheduler: &str) -> Result<Vec<NodeMetrics>, ClusterError> {
    let mut rows: Vec<NodeMetrics> = ask(scheduler, METRICS_ACTION).await.map_err(Asked::into_error)?;
    let executors: Vec<ExecutorAddress> = ask(scheduler, EXECUTORS_ACTION).await.map_err(Asked::into_error)?;
    for executor in executors {
        let host = match executor.host.parse::<std::net::Ipv6Addr>() {
            Ok(_) => format!("[{}]", executor.host),
            Err(_) => executor.host.clone(),
        };
        match ask::<Vec<NodeMetrics>>(&format!("http://{host}:{}", executor.port), METRICS_ACTION).await {
            Ok(answer) => rows.extend(answer),
            // The scheduler lists an executor until its heartbeat times
            // out: one that stopped a moment ago has nothing to report.
            Err(Asked::Unreachable(error)) => {
                tracing::warn!(executor = %executor.id, %error, "executor did not answer for metrics; left out");
            }
            Err(Asked::Refused(error)) => return Err(error),
        }
    }
    Ok(rows)
}
