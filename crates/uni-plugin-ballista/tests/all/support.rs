//! Shared setup: plugin copies, a split CSV table, clusters, sessions.

use std::path::{Path, PathBuf};
use std::time::Duration;

use datafusion::arrow::record_batch::RecordBatch;
use datafusion::arrow::util::pretty::pretty_format_batches;
use datafusion::prelude::CsvReadOptions;
use uni_plugin_ballista::{ClusterSession, LocalCluster, NodeConfig, PluginStore};
use uni_plugin_datafusion::PluginSession;
use uni_plugin_host::PluginHost;

/// The wasm examples used here.
pub const PLUGINS: &[&str] = &["geo", "stats", "series"];

/// A bound on each test's cluster work, so a hang fails instead of stalling CI.
pub const PATIENCE: Duration = Duration::from_secs(120);

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(4).enable_all().build().unwrap()
}

/// A scratch directory with copies of the wasm examples (tests edit them)
/// and a `points` table split over four CSV files.
pub struct Workspace {
    pub root: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        let root = tempfile::tempdir().unwrap();
        let examples = PathBuf::from(uni_plugin_guests::GEO_DIR).parent().unwrap().to_path_buf();
        for name in PLUGINS {
            let to = root.path().join("plugins").join(name);
            std::fs::create_dir_all(&to).unwrap();
            for file in ["uniplugin.toml".to_owned(), format!("{name}.wasm")] {
                std::fs::copy(examples.join(name).join(&file), to.join(&file)).unwrap();
            }
        }
        crate::workload::write_points(&root.path().join("points"));
        Workspace { root }
    }

    pub fn plugins(&self) -> PathBuf {
        self.root.path().join("plugins")
    }

    pub fn points(&self) -> PathBuf {
        self.root.path().join("points")
    }

    pub fn store(&self) -> PluginStore {
        PluginStore::open(self.root.path().join("store")).unwrap()
    }

    /// A node over `store` with its own cache of fetched plugins; compiled
    /// components are shared through the suite's compile cache.
    pub fn node(&self, name: &str, store: &PluginStore) -> NodeConfig {
        let mut node = NodeConfig::new(name, store.clone(), self.root.path().join("nodes").join(name));
        node.compile_cache = Some(compile_cache());
        node
    }

    /// A scheduler and two executors (two task slots each) over `store`.
    pub async fn cluster(&self, store: &PluginStore) -> LocalCluster {
        let executors = vec![self.node("executor-1", store), self.node("executor-2", store)];
        LocalCluster::start(0, self.node("scheduler", store), executors, 2).await.unwrap()
    }

    /// The client's plugins. A reload waits for the old generation to
    /// drain only briefly: the reload test holds a plan on it on purpose.
    pub fn builder(&self) -> uni_plugin_host::PluginHostBuilder {
        PluginHost::builder()
            .plugin_dir(self.plugins())
            .compile_cache(compile_cache())
            .drain_timeout(Duration::from_millis(200))
    }

    /// A client session on `cluster` with the workspace's plugins and table.
    pub async fn client(&self, cluster: &LocalCluster, store: PluginStore) -> ClusterSession {
        let (session, report) = ClusterSession::connect(&cluster.url(), self.builder(), store).await.unwrap();
        assert_eq!(report.failures().count(), 0, "{report}");
        register_points(session.context(), &self.points()).await;
        session
    }

    /// The same plugins and table in one process, no cluster.
    pub async fn single_machine(&self) -> PluginSession {
        let (session, report) = PluginSession::load(self.builder()).unwrap();
        assert_eq!(report.failures().count(), 0, "{report}");
        register_points(session.context(), &self.points()).await;
        session
    }
}

/// One compile cache for every test of the suite, kept between runs in
/// cargo's scratch directory for tests. With a cache per test, each test's
/// three nodes compiled the examples again (about 10 s a test on 2 cores);
/// entries are keyed by the component's hash and checked by their MAC, so
/// a test that changes a plugin gets its own entry, never a stale one.
fn compile_cache() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("ballista-tests-compiled")
}

async fn register_points(ctx: &datafusion::prelude::SessionContext, dir: &Path) {
    let options = CsvReadOptions::new().has_header(true);
    ctx.register_csv("points", dir.to_str().unwrap(), options).await.unwrap();
}

/// Batches as a table, for comparing results as text.
pub fn text(batches: &[RecordBatch]) -> String {
    pretty_format_batches(batches).unwrap().to_string()
}

/// Runs `future` with the suite's time bound.
pub async fn bounded<T>(what: &str, future: impl std::future::Future<Output = T>) -> T {
    match tokio::time::timeout(PATIENCE, future).await {
        Ok(value) => value,
        Err(_) => panic!("{what} did not finish within {PATIENCE:?}"),
    }
}

/// Each of `queries` gives the same rows on the cluster as in one process.
pub async fn assert_same_rows(client: &ClusterSession, local: &PluginSession, queries: &[&str]) {
    for query in queries {
        let expected = text(&local.sql(query).await.unwrap());
        let got = match client.sql(query).await {
            Ok(batches) => text(&batches),
            Err(error) => panic!("{query}\nfailed on the cluster: {error}"),
        };
        assert_eq!(got, expected, "{query}");
    }
}
