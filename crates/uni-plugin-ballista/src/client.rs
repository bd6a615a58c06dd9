//! [`ClusterSession`]: SQL with plugins against a Ballista cluster.
//!
//! The client loads plugins as a single-machine session does (policy,
//! signatures, dependencies, reload), plans queries with them, and before
//! each query publishes every loaded plugin into the store by digest. Plans
//! leave the client naming functions by digest; the scheduler and the
//! executors load what the digest names from the store.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use ballista::prelude::SessionContextExt;
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::datasource::MemTable;
use datafusion::execution::SessionStateBuilder;
use datafusion::prelude::SessionContext;
use uni_plugin::PluginId;
use uni_plugin_datafusion::{PluginSession, SessionError};
use uni_plugin_host::{HostError, LoadReport, PluginDigest, PluginHostBuilder};

use uni_plugin::wire::control::{self, NodeMetrics, PluginSet, PrepareAnswer, PrepareRequest, Prepared};

use crate::actions::{Asked, PREPARE_ACTION, ask};
use crate::metrics::{cluster_metrics, host_metrics, metrics_batch};
use crate::resolver::plugin_set;
use crate::{ClusterError, NodeConfig, PluginResolver, PluginStore, WireError, plugin_session_config};

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A query against the cluster failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ClusterSessionError {
    /// Connecting, publishing or a plugin's shipping failed.
    #[error(transparent)]
    Cluster(#[from] ClusterError),
    /// Loading, planning or running failed (the message names the plugin
    /// function and, for a node that could not load it, the digest).
    #[error(transparent)]
    Session(#[from] SessionError),
    /// Reloading a plugin failed.
    #[error(transparent)]
    Host(#[from] HostError),
}

/// A session whose queries run on a Ballista cluster.
pub struct ClusterSession {
    session: PluginSession,
    store: PluginStore,
    /// What this session published, with the signature file it carried,
    /// so a query does not ask a remote store again.
    published: Mutex<HashMap<PluginDigest, Option<Vec<u8>>>>,
    /// The scheduler's gRPC address (`http://host:port`).
    scheduler: String,
    /// Published, but the nodes have not been asked to prepare them yet.
    unprepared: Mutex<Vec<PluginSet>>,
}

impl std::fmt::Debug for ClusterSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClusterSession").field("store", &self.store.location()).finish_non_exhaustive()
    }
}

impl ClusterSession {
    /// Connects to the scheduler at `url` (`df://host:port`), loads the
    /// plugins `builder` describes, and publishes them into `store`.
    pub async fn connect(
        url: &str,
        builder: PluginHostBuilder,
        store: PluginStore,
    ) -> Result<(ClusterSession, LoadReport), ClusterSessionError> {
        ClusterSession::connect_with(url, builder, store, false).await
    }

    /// Like [`ClusterSession::connect`], but a plugin function may replace
    /// a DataFusion built-in of the same name (see
    /// `PluginSession::load_replacing_builtins`); the cluster's nodes run the
    /// plugin's function, since plans name it by digest.
    pub async fn connect_replacing_builtins(
        url: &str,
        builder: PluginHostBuilder,
        store: PluginStore,
    ) -> Result<(ClusterSession, LoadReport), ClusterSessionError> {
        ClusterSession::connect_with(url, builder, store, true).await
    }

    async fn connect_with(
        url: &str,
        builder: PluginHostBuilder,
        store: PluginStore,
        replace_builtins: bool,
    ) -> Result<(ClusterSession, LoadReport), ClusterSessionError> {
        // The client mostly encodes plans; its resolver is for plans that
        // come back (never, today) and costs nothing until used.
        let cache = std::env::temp_dir().join(format!("uni-plugin-client-{}", std::process::id()));
        let resolver = PluginResolver::new(NodeConfig::new("client", store.clone(), cache));
        let state =
            SessionStateBuilder::new().with_default_features().with_config(plugin_session_config(&resolver)).build();
        let ctx = SessionContext::remote_with_state(url, state)
            .await
            .map_err(|error| ClusterError::Cluster(format!("cannot connect to the scheduler at {url}: {error}")))?;
        let (session, report) = if replace_builtins {
            PluginSession::load_into_replacing_builtins(ctx, builder)?
        } else {
            PluginSession::load_into(ctx, builder)?
        };
        // Plans name each plugin's dependencies as this session loaded them.
        resolver.plan_with(session.host());
        let scheduler = format!("http://{}", url.split_once("://").map_or(url, |(_, rest)| rest));
        let session = ClusterSession {
            session,
            store,
            published: Mutex::new(HashMap::new()),
            scheduler,
            unprepared: Mutex::new(Vec::new()),
        };
        session.publish_new()?;
        session.prepare_pending().await;
        Ok((session, report))
    }

    /// The local session (its context plans for the cluster).
    pub fn session(&self) -> &PluginSession {
        &self.session
    }

    /// The store plugins are published to.
    pub fn store(&self) -> &PluginStore {
        &self.store
    }

    /// Publishes every loaded plugin that is not in the store yet; returns
    /// the digests of all loaded plugins. A plugin without a directory (a
    /// linked native) cannot be shipped and is skipped with a warning; a
    /// query using it fails naming it.
    pub fn publish(&self) -> Result<Vec<PluginDigest>, ClusterError> {
        self.publish_new()?;
        let host = self.session.host();
        Ok(host.plugins().iter().filter_map(|id| host.digest(id)).collect())
    }

    /// Publishes what this session has not published yet, noting each
    /// plugin (with the dependency digests plans name for it) for
    /// [`ClusterSession::prepare_pending`].
    fn publish_new(&self) -> Result<(), ClusterError> {
        let host = self.session.host();
        let mut published = lock(&self.published);
        for id in host.plugins() {
            let Some(expected) = host.digest(&id) else {
                tracing::warn!(plugin = %id, "plugin has no directory, so it cannot run on a cluster");
                continue;
            };
            let dir =
                host.plugin_dirs().into_iter().find_map(|(plugin, dir)| (plugin == id).then_some(dir)).ok_or_else(
                    || ClusterError::from(WireError::NoDigest { plugin: id.to_string(), function: "*".into() }),
                )?;
            // Signed since it was published? The signature must follow.
            let signature = PluginStore::signature_in(&dir)?;
            if published.get(&expected) == Some(&signature) {
                continue;
            }
            let stored = self.store.put(&dir)?;
            if stored != expected {
                return Err(ClusterError::DigestMismatch { digest: expected, found: stored, dir });
            }
            published.insert(expected, signature);
            lock(&self.unprepared).push(plugin_set(host, &id, expected)?);
        }
        Ok(())
    }

    /// Asks every node of the cluster to fetch, verify and compile every
    /// plugin this session has loaded now, rather than on the first query
    /// that needs it (see the crate docs); returns, per node and plugin,
    /// how long it took or why it failed. Connecting does this for every
    /// plugin, and each query for plugins published since (a reload).
    pub async fn prepare(&self) -> Result<Vec<Prepared>, ClusterError> {
        let host = self.session.host();
        let mut plugins = Vec::new();
        for id in host.plugins() {
            if let Some(digest) = host.digest(&id) {
                plugins.push(plugin_set(host, &id, digest)?);
            }
        }
        self.prepare_sets(plugins).await
    }

    async fn prepare_sets(&self, plugins: Vec<PluginSet>) -> Result<Vec<Prepared>, ClusterError> {
        let mut answer = Vec::new();
        // A request names at most `MAX_PREPARE` plugins.
        for chunk in plugins.chunks(control::MAX_PREPARE) {
            let request = control::encode(&PrepareRequest { plugins: chunk.to_vec() });
            let PrepareAnswer(entries) = ask(&self.scheduler, PREPARE_ACTION, request, crate::prepare::PATIENCE)
                .await
                .map_err(Asked::into_error)?;
            answer.extend(entries);
        }
        Ok(answer)
    }

    /// Prepares on every node what was published since the last time,
    /// logging what failed: a query that needs one of them reports its own
    /// error.
    async fn prepare_pending(&self) {
        let plugins = std::mem::take(&mut *lock(&self.unprepared));
        if plugins.is_empty() {
            return;
        }
        match self.prepare_sets(plugins).await {
            Ok(entries) => {
                for entry in entries {
                    match &entry.error {
                        Some(error) => {
                            tracing::warn!(node = %entry.node, digest = %entry.digest, %error, "a node could not prepare a plugin")
                        }
                        None => {
                            tracing::debug!(node = %entry.node, digest = %entry.digest, elapsed_ms = entry.elapsed_ms, "plugin prepared")
                        }
                    }
                }
            }
            Err(error) => tracing::warn!(%error, "the cluster could not prepare plugins; the first query loads them"),
        }
    }

    /// Runs `sql` on the cluster (publishing and preparing first what was
    /// not published yet) and returns its rows.
    pub async fn sql(&self, sql: &str) -> Result<Vec<RecordBatch>, ClusterSessionError> {
        self.publish_new()?;
        self.prepare_pending().await;
        Ok(self.session.sql(sql).await?)
    }

    /// Runs `sql` on the cluster (publishing first), handing the rows over
    /// as they arrive (see [`PluginSession::sql_stream`]).
    pub async fn sql_stream(&self, sql: &str) -> Result<uni_plugin_datafusion::QueryStream, ClusterSessionError> {
        self.publish_new()?;
        self.prepare_pending().await;
        Ok(self.session.sql_stream(sql).await?)
    }

    /// Reloads `plugin` from its directory and publishes the new generation:
    /// queries that are running finish on the old digest, the next query
    /// uses the new one.
    pub fn reload(&self, plugin: &PluginId) -> Result<u64, ClusterSessionError> {
        let generation = self.session.host().reload(plugin)?;
        self.session.sync();
        self.publish()?;
        Ok(generation)
    }

    /// The context, for registering tables (`register_csv`,
    /// `register_parquet`: the files must be readable at the same path on
    /// every executor).
    pub fn context(&self) -> &SessionContext {
        self.session.context()
    }

    /// The plugin metrics of every node: this client's, the scheduler's and
    /// each executor's, one row per node and function (what
    /// `uniplug_cluster_metrics()` returns).
    pub async fn cluster_metrics(&self) -> Result<Vec<NodeMetrics>, ClusterError> {
        let mut rows = host_metrics("client", "", self.session.host());
        rows.extend(cluster_metrics(&self.scheduler).await?);
        Ok(rows)
    }

    /// `uniplug_cluster_metrics()`, for registering in a context that runs
    /// statements here (a MemTable cannot travel to an executor): every
    /// node's metrics, read when the statement is planned.
    pub fn metrics_function(&self) -> Arc<dyn TableFunctionImpl> {
        Arc::new(ClusterMetricsFunction { scheduler: self.scheduler.clone(), client: self.session.host().clone() })
    }

    /// The digest the next query uses for `plugin`.
    pub fn digest(&self, plugin: &PluginId) -> Option<PluginDigest> {
        self.session.host().digest(plugin)
    }
}

/// The table function behind [`ClusterSession::metrics_function`].
#[derive(Debug)]
struct ClusterMetricsFunction {
    scheduler: String,
    client: Arc<uni_plugin_host::PluginHost>,
}

impl TableFunctionImpl for ClusterMetricsFunction {
    fn call_with_args(&self, args: TableFunctionArgs) -> datafusion::common::Result<Arc<dyn TableProvider>> {
        if !args.exprs().is_empty() {
            return datafusion::common::plan_err!(
                "`uniplug_cluster_metrics()` takes no arguments, got {}",
                args.exprs().len()
            );
        }
        // Planning is synchronous and may run inside a runtime: ask the
        // nodes from a thread of its own.
        let scheduler = self.scheduler.clone();
        let asked = std::thread::scope(|scope| {
            scope
                .spawn(|| {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .map_err(|error| ClusterError::Cluster(error.to_string()))?;
                    runtime.block_on(cluster_metrics(&scheduler))
                })
                .join()
                .unwrap_or_else(|_| Err(ClusterError::Cluster("asking the nodes for metrics panicked".into())))
        });
        let mut rows = host_metrics("client", "", &self.client);
        rows.extend(asked?);
        let batch = metrics_batch(rows)?;
        Ok(Arc::new(MemTable::try_new(batch.schema(), vec![vec![batch]])?))
    }
}
