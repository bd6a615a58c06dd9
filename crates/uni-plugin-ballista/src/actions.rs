//! The uni-plugin actions on a node's Arrow Flight port, and how a node
//! asks another one.
//!
//! Executors answer on the Flight port they serve partitions from (a
//! wrapper around Ballista's Flight service passes everything else
//! through); the scheduler serves a Flight service of its own beside
//! Ballista's gRPC service. The actions:
//! - [`METRICS_ACTION`]: the node's plugin metrics (see [`crate::metrics`]);
//! - [`EXECUTORS_ACTION`] (scheduler): the executors it knows;
//! - [`PREPARE_ACTION`]: fetch, verify and compile plugins now, before a
//!   query needs them (the scheduler passes the request on to every
//!   executor; see [`crate::prepare`]).
//!
//! Requests and answers are the control messages of
//! [`uni_plugin::wire::control`], decoded with their size and count caps:
//! a node answering nonsense is named in an error, it does not take the
//! asker down.

use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use arrow_flight::flight_service_server::FlightService;
use arrow_flight::{
    Action, ActionType, Criteria, Empty, FlightData, FlightDescriptor, FlightInfo, HandshakeRequest, HandshakeResponse,
    PollInfo, PutResult, SchemaResult, Ticket,
};
use tokio_stream::Stream;
use tonic::{Request, Response, Status, Streaming};
use uni_plugin::wire::control::{self, ControlMessage, ExecutorAddress, ExecutorList, MetricsAnswer, PrepareRequest};

use crate::{ClusterError, PluginResolver};

/// The Flight action a node answers with its plugin metrics.
pub const METRICS_ACTION: &str = "uniplug.metrics";
/// The Flight action the scheduler answers with its executors.
pub const EXECUTORS_ACTION: &str = "uniplug.executors";
/// The Flight action asking a node to prepare plugins (a
/// [`PrepareRequest`]); it answers a [`control::PrepareAnswer`].
pub const PREPARE_ACTION: &str = "uniplug.prepare";

/// Why a node's answer is missing.
pub(crate) enum Asked {
    /// It could not be reached or did not answer in time.
    Unreachable(ClusterError),
    /// It answered something refused (malformed, oversized, an error).
    Refused(ClusterError),
}

impl Asked {
    pub(crate) fn into_error(self) -> ClusterError {
        match self {
            Asked::Unreachable(error) | Asked::Refused(error) => error,
        }
    }
}

/// Asks the node at `url` (`http://host:port`) to answer `action` with
/// `body`, within `patience`, and decodes its answer.
pub(crate) async fn ask<T: ControlMessage>(
    url: &str,
    action: &str,
    body: Vec<u8>,
    patience: Duration,
) -> Result<T, Asked> {
    let failed = |what: String| ClusterError::Cluster(format!("node {url} did not answer `{action}`: {what}"));
    let call = async {
        let unreachable = |error: tonic::transport::Error| Asked::Unreachable(failed(error.to_string()));
        let channel = tonic::transport::Endpoint::from_shared(url.to_owned())
            .map_err(|error| Asked::Refused(failed(error.to_string())))?
            .connect_timeout(patience.min(CONNECT_PATIENCE))
            .connect()
            .await
            .map_err(unreachable)?;
        let mut client = arrow_flight::flight_service_client::FlightServiceClient::new(channel)
            .max_decoding_message_size(control::MAX_MESSAGE);
        let request = Action { r#type: action.to_owned(), body: body.into() };
        let refused = |error: Status| Asked::Refused(failed(error.to_string()));
        let mut stream = client.do_action(request).await.map_err(refused)?.into_inner();
        let mut answer = Vec::new();
        while let Some(part) = stream.message().await.map_err(refused)? {
            if answer.len() + part.body.len() > control::MAX_MESSAGE {
                let cap = control::MAX_MESSAGE;
                return Err(Asked::Refused(failed(format!("the answer is larger than {cap} bytes"))));
            }
            answer.extend_from_slice(&part.body);
        }
        control::decode(&answer).map_err(|error| Asked::Refused(failed(error.to_string())))
    };
    tokio::time::timeout(patience, call)
        .await
        .map_err(|_| Asked::Unreachable(failed(format!("no answer within {patience:?}"))))?
}

/// How long connecting to a node may take.
const CONNECT_PATIENCE: Duration = Duration::from_secs(10);

type Answer = Pin<Box<dyn Stream<Item = Result<arrow_flight::Result, Status>> + Send + 'static>>;

/// A one-message answer to an action.
fn answer(json: Vec<u8>) -> Response<Answer> {
    let message = arrow_flight::Result { body: json.into() };
    Response::new(Box::pin(tokio_stream::once(Ok(message))))
}

/// `body` as the request `T`, or the status a caller sent nonsense gets.
fn request<T: ControlMessage>(body: &[u8]) -> Result<T, Status> {
    control::decode(body).map_err(|error| Status::invalid_argument(error.to_string()))
}

/// What answers the uni-plugin actions on a node; everything else goes to
/// the Flight service it wraps.
#[tonic::async_trait]
pub(crate) trait NodeActions: Send + Sync + 'static {
    /// The answer to `action` with `body`, or `None` when it is not one of
    /// ours.
    async fn answer(&self, action: &str, body: &[u8]) -> Option<Result<Vec<u8>, Status>>;
}

/// An executor's actions: its metrics, and preparing plugins.
pub(crate) struct ExecutorActions {
    pub(crate) resolver: Arc<PluginResolver>,
    pub(crate) id: String,
    pub(crate) address: String,
}

#[tonic::async_trait]
impl NodeActions for ExecutorActions {
    async fn answer(&self, action: &str, body: &[u8]) -> Option<Result<Vec<u8>, Status>> {
        match action {
            METRICS_ACTION => Some(Ok(control::encode(&MetricsAnswer(self.resolver.metrics(&self.id, &self.address))))),
            PREPARE_ACTION => Some(match request::<PrepareRequest>(body) {
                Ok(request) => {
                    Ok(control::encode(&crate::prepare::prepare_here(&self.resolver, &self.id, request).await))
                }
                Err(status) => Err(status),
            }),
            _ => None,
        }
    }
}

/// The scheduler's actions: its metrics, its executors, and preparing
/// plugins here and on every executor.
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
    async fn answer(&self, action: &str, body: &[u8]) -> Option<Result<Vec<u8>, Status>> {
        match action {
            METRICS_ACTION => {
                Some(Ok(control::encode(&MetricsAnswer(self.resolver.metrics("scheduler", &self.address)))))
            }
            EXECUTORS_ACTION => Some(Ok(control::encode(&ExecutorList((self.executors)().await)))),
            PREPARE_ACTION => Some(match request::<PrepareRequest>(body) {
                Ok(request) => {
                    let executors = (self.executors)().await;
                    Ok(control::encode(&crate::prepare::prepare_everywhere(&self.resolver, executors, request).await))
                }
                Err(status) => Err(status),
            }),
            _ => None,
        }
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
        let action = request.get_ref();
        match self.actions.answer(&action.r#type, &action.body).await {
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

/// A Flight service that implements nothing (what the scheduler's actions
/// wrap).
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
