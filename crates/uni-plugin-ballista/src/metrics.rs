//! Plugin metrics from every node of a cluster, for the client's
//! `uniplug_cluster_metrics()`.
//!
//! Each node counts its own plugin calls (its hosts' metrics). Executors
//! answer the Arrow Flight action [`crate::METRICS_ACTION`] on the port they serve
//! partitions from; the scheduler answers it too, and [`crate::EXECUTORS_ACTION`]
//! with the executors it knows (id, host, port). A client asks the
//! scheduler, then each executor, and gets one row per node, plugin and
//! function. Everything else on those Flight services is Ballista's own.
//!
//! What a node answers is decoded as untrusted JSON with a size cap: a
//! node that answers nonsense is named in an error, it does not take the
//! client down. An executor that cannot be reached (one that stopped is
//! listed until its heartbeat times out) is left out and logged.

use std::sync::Arc;
use std::time::Duration;

use datafusion::arrow::array::{ArrayRef, Float64Array, StringArray, UInt64Array};
use datafusion::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::arrow::record_batch::RecordBatch;
use uni_plugin::wire::control::{ExecutorList, MetricsAnswer, NodeMetrics};
use uni_plugin_host::PluginHost;

use crate::actions::{Asked, EXECUTORS_ACTION, METRICS_ACTION, ask};
use crate::{ClusterError, PluginResolver};

/// How long a node may take to answer.
const PATIENCE: Duration = Duration::from_secs(10);

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

/// Every node's metrics: the scheduler at `scheduler` (`http://host:port`)
/// and each executor it knows; a node that does not answer is an error
/// naming it.
pub async fn cluster_metrics(scheduler: &str) -> Result<Vec<NodeMetrics>, ClusterError> {
    let MetricsAnswer(mut rows) =
        ask(scheduler, METRICS_ACTION, Vec::new(), PATIENCE).await.map_err(Asked::into_error)?;
    let ExecutorList(executors) =
        ask(scheduler, EXECUTORS_ACTION, Vec::new(), PATIENCE).await.map_err(Asked::into_error)?;
    for executor in executors {
        match ask::<MetricsAnswer>(&executor.url(), METRICS_ACTION, Vec::new(), PATIENCE).await {
            Ok(MetricsAnswer(answer)) => rows.extend(answer),
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
