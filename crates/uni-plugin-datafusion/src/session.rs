//! [`PluginSession`]: a DataFusion session whose functions follow a plugin host.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, Weak};

use datafusion::arrow::record_batch::RecordBatch;
use datafusion::catalog::TableProvider;
use datafusion::common::TableReference;
use datafusion::logical_expr::{DdlStatement, LogicalPlan};
use datafusion::prelude::{DataFrame, SessionContext};
use uni_plugin::manifest::{FunctionKind, HookEvent};
use uni_plugin::{HookPayload, Registry};
use uni_plugin_host::{LoadReport, PluginHost, PluginHostBuilder};

use crate::SessionError;
use crate::builtins::{Builtins, SYSTEM_TABLES};
use crate::insert::TriggeredTable;
use crate::query::SessionQueries;
use crate::stream::QueryStream;
use crate::system::{SystemTable, SystemTableFunction};
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
    /// Answers the `query` capability; the host holds it weakly.
    queries: Arc<SessionQueries>,
}

/// What is registered in the context: function name → kind, and the
/// snapshot version it came from.
#[derive(Default)]
struct Synced {
    version: u64,
    functions: BTreeMap<String, FunctionKind>,
    /// The context's own functions, captured before any plugin's.
    builtins: Builtins,
}

/// The context `load` creates: DataFusion's defaults plus the
/// `information_schema` (so `SHOW TABLES` and `SHOW COLUMNS` work).
fn default_context() -> SessionContext {
    SessionContext::new_with_config(datafusion::prelude::SessionConfig::new().with_information_schema(true))
}

/// Whether plugins may take the names of the engine's functions.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BuiltinNames {
    Reserved,
    Replaceable,
}

impl PluginSession {
    /// Creates a session, reserves DataFusion's built-in names in a fresh
    /// registry (a plugin providing one is refused, naming both owners), then
    /// loads the host `builder` describes into it.
    pub fn load(builder: PluginHostBuilder) -> Result<(PluginSession, LoadReport), SessionError> {
        PluginSession::load_into(default_context(), builder)
    }

    /// Like [`PluginSession::load`], but a plugin function may take the name
    /// of a DataFusion scalar, aggregate or table function: the plugin's
    /// function replaces it while the plugin is loaded, and the built-in
    /// comes back when the plugin is unloaded. (Window functions stay
    /// reserved.) [`PluginSession::replaced_builtins`] lists what was
    /// replaced, so a front end can tell its user.
    pub fn load_replacing_builtins(builder: PluginHostBuilder) -> Result<(PluginSession, LoadReport), SessionError> {
        PluginSession::load_with(default_context(), builder, BuiltinNames::Replaceable)
    }

    /// Like [`PluginSession::load`] over a prepared context: only the
    /// functions registered in `ctx` are reserved, so deregistering a
    /// built-in first (`ctx.deregister_udf("levenshtein")`) lets a plugin
    /// provide that name instead.
    pub fn load_into(
        ctx: SessionContext,
        builder: PluginHostBuilder,
    ) -> Result<(PluginSession, LoadReport), SessionError> {
        PluginSession::load_with(ctx, builder, BuiltinNames::Reserved)
    }

    /// [`PluginSession::load_into`] with built-in names replaceable, as in
    /// [`PluginSession::load_replacing_builtins`].
    pub fn load_into_replacing_builtins(
        ctx: SessionContext,
        builder: PluginHostBuilder,
    ) -> Result<(PluginSession, LoadReport), SessionError> {
        PluginSession::load_with(ctx, builder, BuiltinNames::Replaceable)
    }

    fn load_with(
        ctx: SessionContext,
        builder: PluginHostBuilder,
        names: BuiltinNames,
    ) -> Result<(PluginSession, LoadReport), SessionError> {
        let builtins = Builtins::capture(&ctx);
        let registry = Arc::new(Registry::new());
        registry.reserve(SYSTEM_TABLES, "a uni-plugin system table");
        match names {
            BuiltinNames::Reserved => registry.reserve(builtins.names(), "a DataFusion built-in function"),
            BuiltinNames::Replaceable => registry.reserve(builtins.window_names(), "a DataFusion window function"),
        }
        let host = builder.registry(registry).build()?;
        // The session exists before the plugins load, so their `init` can
        // already query it.
        let session = PluginSession::with_context(ctx, Arc::new(host));
        let report = session.host.load_all()?;
        Ok((session, report))
    }

    /// A session over an existing context and host. The context's functions
    /// at this point count as built-ins: a plugin function with the same name
    /// (possible when the host's registry did not reserve it) replaces one
    /// while loaded.
    ///
    /// The session answers the host's plugin queries (the `query`
    /// capability: read-only SQL against this context, bounded as
    /// [`crate::query`] describes) while it lives; of several sessions over
    /// one host, the last one created answers.
    pub fn with_context(ctx: SessionContext, host: Arc<PluginHost>) -> PluginSession {
        let synced = Synced { builtins: Builtins::capture(&ctx), ..Synced::default() };
        for table in SystemTable::ALL {
            ctx.register_udtf(table.name(), Arc::new(SystemTableFunction::new(table, host.clone())));
        }
        let queries = Arc::new(SessionQueries::new(ctx.clone()));
        let session = PluginSession { ctx, host, synced: Arc::new(Mutex::new(synced)), queries };
        session.serve_queries();
        session.sync();
        session.follow_registry();
        session
    }

    /// Registers a table whose `INSERT INTO` runs the plugins' triggers on
    /// it: `before` triggers see the rows first and can reject the whole
    /// insert (nothing is written, the query fails naming plugin, trigger and
    /// reason); `after` triggers see the rows once written. `name` may be
    /// qualified (`sales.orders`, in a schema that exists); triggers get the
    /// full name (`datafusion.sales.orders`), and a trigger's `table`
    /// matches it by its last parts (`orders`, `sales.orders` or the full
    /// name).
    pub fn register_table(&self, name: &str, table: Arc<dyn TableProvider>) -> Result<(), SessionError> {
        self.register_reference(TableReference::from(name), table)
    }

    fn register_reference(&self, name: TableReference, table: Arc<dyn TableProvider>) -> Result<(), SessionError> {
        // Triggers see (and match against) the table's full name, resolved
        // the way DataFusion resolves `name` itself.
        let options = self.ctx.copied_config();
        let defaults = &options.options().catalog;
        let resolved = name.clone().resolve(&defaults.default_catalog, &defaults.default_schema).to_string();
        let wrapped = TriggeredTable::new(&resolved, table, self.host.clone());
        self.ctx.register_table(name, Arc::new(wrapped))?;
        Ok(())
    }

    /// Plans `sql` and runs it if it is DDL. A table `CREATE TABLE` or
    /// `CREATE EXTERNAL TABLE` made is then wrapped like one passed to
    /// [`PluginSession::register_table`]: `INSERT` triggers fire on tables
    /// created in SQL too.
    async fn dataframe(&self, sql: &str) -> Result<DataFrame, SessionError> {
        let plan = self.ctx.state().create_logical_plan(sql).await?;
        let created = match &plan {
            LogicalPlan::Ddl(DdlStatement::CreateMemoryTable(create)) => Some(create.name.clone()),
            LogicalPlan::Ddl(DdlStatement::CreateExternalTable(create)) => Some(create.name.clone()),
            _ => None,
        };
        let frame = self.ctx.execute_logical_plan(plan).await?;
        if let Some(name) = created {
            let table = self.ctx.table_provider(name.clone()).await?;
            if !table.is::<TriggeredTable>() {
                self.ctx.deregister_table(name.clone())?;
                self.register_reference(name, table)?;
            }
        }
        Ok(frame)
    }

    /// Makes this session the one that answers its host's plugin queries
    /// again (after another session over the same host took over).
    pub fn serve_queries(&self) {
        let weak: Weak<SessionQueries> = Arc::downgrade(&self.queries);
        self.host.serve_queries(weak);
    }

    /// Built-in function names a plugin function currently replaces.
    pub fn replaced_builtins(&self) -> Vec<String> {
        self.sync();
        let synced = self.synced.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        synced.functions.keys().filter(|name| synced.builtins.contains(name)).cloned().collect()
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
        let result = match self.dataframe(sql).await {
            Ok(frame) => frame.collect().await.map_err(SessionError::from),
            Err(error) => Err(error),
        };
        let after = HookPayload::new(HookEvent::AfterQuery).with_sql(sql);
        let after = match &result {
            Ok(batches) => after.with_rows(batches.iter().map(|b| b.num_rows() as u64).sum()),
            Err(error) => after.with_error(error.to_string()),
        };
        self.host.fire_hooks(HookEvent::AfterQuery, &after);
        result
    }

    /// Runs SQL like [`PluginSession::sql`], handing the result over batch
    /// by batch as it is computed: a shell prints the first rows before the
    /// query ends, and dropping the stream cancels the query. The
    /// `after_query` hooks fire when the stream ends (see [`QueryStream`]).
    pub async fn sql_stream(&self, sql: &str) -> Result<QueryStream, SessionError> {
        self.sync();
        self.host.fire_hooks(HookEvent::BeforeQuery, &HookPayload::new(HookEvent::BeforeQuery).with_sql(sql));
        let started = match self.dataframe(sql).await {
            Ok(frame) => frame.execute_stream().await.map_err(SessionError::from),
            Err(error) => Err(error),
        };
        match started {
            Ok(stream) => Ok(QueryStream::new(stream, self.host.clone(), sql)),
            Err(error) => {
                let after = HookPayload::new(HookEvent::AfterQuery).with_sql(sql).with_error(error.to_string());
                self.host.fire_hooks(HookEvent::AfterQuery, &after);
                Err(error)
            }
        }
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
        if !synced.functions.contains_key(name) {
            synced.builtins.hide(ctx, name);
        }
        match kind {
            FunctionKind::Scalar => ctx.register_udf(crate::scalar_udf(handle)),
            FunctionKind::Aggregate => ctx.register_udaf(crate::aggregate_udf(handle)),
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
            synced.builtins.restore(ctx, name);
        }
    }
    synced.functions = current;
    synced.version = snapshot.version();
}
