//! [`PluginSession`]: a DataFusion session whose functions follow a plugin host.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, Weak};

use datafusion::arrow::record_batch::RecordBatch;
use datafusion::logical_expr::{AggregateUDF, ScalarUDF};
use datafusion::prelude::SessionContext;
use uni_plugin::manifest::{FunctionKind, HookEvent};
use uni_plugin::{HookPayload, Registry};
use uni_plugin_host::{LoadReport, PluginHost, PluginHostBuilder};

use crate::SessionError;
use crate::aggregate::PluginAggregate;
use crate::scalar::{BoundFunction, PluginScalar};
use crate::table::PluginTable;

/// A DataFusion session with every active plugin function registered.
///
/// ```no_run
/// # async fn demo() -> Result<(), uni_plugin_datafusion::SessionError> {
/// use uni_plugin_datafusion::PluginSession;
/// use uni_plugin_host::PluginHost;
///
/// let (session, report) = PluginSession::load(PluginHost::builder().plugin_dir("plugins/native"))?;
/// let batches = session.sql("SELECT round(haversine(0.0, 0.0, 0.0, 1.0), 2)").await?;
/// # Ok(()) }
/// ```
pub struct PluginSession {
    ctx: SessionContext,
    host: Arc<PluginHost>,
    synced: Arc<Mutex<Synced>>,
}

/// What is registered in the context: function name → kind, and the
/// snapshot version it came from.
#[derive(Default)]
struct Synced {
    version: u64,
    functions: BTreeMap<String, FunctionKind>,
}

/// Every function name the context already knows (built-ins), so plugins
/// cannot shadow them.
fn builtin_names(ctx: &SessionContext) -> Vec<String> {
    let state = ctx.state();
    let mut names: Vec<String> = state.scalar_functions().keys().cloned().collect();
    names.extend(state.aggregate_functions().keys().cloned());
    names.extend(state.window_functions().keys().cloned());
    names.extend(state.table_functions().keys().cloned());
    names
}

impl PluginSession {
    /// Creates a session, reserves DataFusion's built-in names in a fresh
    /// registry (a plugin providing one is refused, naming both owners), then
    /// loads the host `builder` describes into it.
    pub fn load(builder: PluginHostBuilder) -> Result<(PluginSession, LoadReport), SessionError> {
        PluginSession::load_into(SessionContext::new(), builder)
    }

    /// Like [`PluginSession::load`] over a prepared context: only the
    /// functions registered in `ctx` are reserved, so deregistering a
    /// built-in first (`ctx.deregister_udf("levenshtein")`) lets a plugin
    /// provide that name instead.
    pub fn load_into(
        ctx: SessionContext,
        builder: PluginHostBuilder,
    ) -> Result<(PluginSession, LoadReport), SessionError> {
        let registry = Arc::new(Registry::new());
        registry.reserve(builtin_names(&ctx), "a DataFusion built-in function");
        let host = builder.registry(registry).build()?;
        let report = host.load_all()?;
        Ok((PluginSession::with_context(ctx, Arc::new(host)), report))
    }

    /// A session over an existing context and host.
    pub fn with_context(ctx: SessionContext, host: Arc<PluginHost>) -> PluginSession {
        let session = PluginSession { ctx, host, synced: Arc::new(Mutex::new(Synced::default())) };
        session.sync();
        session.follow_registry();
        session
    }

    /// The DataFusion context (register tables here).
    pub fn context(&self) -> &SessionContext {
        &self.ctx
    }

    /// The plugin host.
    pub fn host(&self) -> &Arc<PluginHost> {
        &self.host
    }

    /// Re-registers functions on every registry change, so an old
    /// generation is released as soon as no running query holds it.
    fn follow_registry(&self) {
        let events = self.host.registry().subscribe();
        let ctx = Arc::new(self.ctx.clone());
        let synced: Weak<Mutex<Synced>> = Arc::downgrade(&self.synced);
        let registry = Arc::downgrade(self.host.registry());
        let _ = std::thread::Builder::new().name("uni-plugin-session-sync".into()).spawn(move || {
            while events.recv().is_ok() {
                let (Some(synced), Some(registry)) = (synced.upgrade(), registry.upgrade()) else { return };
                sync_into(&ctx, &registry, &synced);
            }
        });
    }

    /// Brings the context's functions in line with the registry now.
    pub fn sync(&self) {
        sync_into(&self.ctx, self.host.registry(), &self.synced);
    }

    /// Runs SQL: `before_query` hooks, planning and execution, `after_query`
    /// hooks; returns the result batches. A plugin error fails the query with
    /// plugin, function and cause; the session stays usable.
    pub async fn sql(&self, sql: &str) -> Result<Vec<RecordBatch>, SessionError> {
        self.sync();
        self.host.fire_hooks(HookEvent::BeforeQuery, &HookPayload::new(HookEvent::BeforeQuery).with_sql(sql));
        let result = match self.ctx.sql(sql).await {
            Ok(frame) => frame.collect().await,
            Err(error) => Err(error),
        };
        let after = HookPayload::new(HookEvent::AfterQuery).with_sql(sql);
        let after = match &result {
            Ok(batches) => after.with_rows(batches.iter().map(|b| b.num_rows() as u64).sum()),
            Err(error) => after.with_error(error.to_string()),
        };
        self.host.fire_hooks(HookEvent::AfterQuery, &after);
        Ok(result?)
    }
}

fn sync_into(ctx: &SessionContext, registry: &Registry, synced: &Mutex<Synced>) {
    let mut synced = synced.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let snapshot = registry.snapshot();
    if synced.version == snapshot.version() && snapshot.version() != 0 {
        return;
    }
    let mut current = BTreeMap::new();
    for (name, _) in snapshot.function_names() {
        let Ok(handle) = snapshot.acquire(name) else { continue };
        let kind = handle.decl().kind;
        match kind {
            FunctionKind::Scalar => {
                ctx.register_udf(ScalarUDF::new_from_impl(PluginScalar(BoundFunction::new(handle))))
            }
            FunctionKind::Aggregate => {
                ctx.register_udaf(AggregateUDF::new_from_impl(PluginAggregate(BoundFunction::new(handle))))
            }
            FunctionKind::Table => ctx.register_udtf(name, Arc::new(PluginTable::new(handle))),
        }
        current.insert(name.to_owned(), kind);
    }
    for (name, kind) in &synced.functions {
        if !current.contains_key(name) {
            match kind {
                FunctionKind::Scalar => ctx.deregister_udf(name),
                FunctionKind::Aggregate => ctx.deregister_udaf(name),
                FunctionKind::Table => ctx.deregister_udtf(name),
            }
        }
    }
    synced.functions = current;
    synced.version = snapshot.version();
}
