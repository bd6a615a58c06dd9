//! System table functions: what is loaded, what it provides, how it behaves.
//!
//! `SELECT * FROM uniplug_plugins()`, `uniplug_functions()` and
//! `uniplug_metrics()` read the host when the query is planned, so each
//! query sees one consistent picture.

use std::sync::Arc;

use datafusion::arrow::array::{ArrayRef, Float64Array, RecordBatch, StringArray, UInt64Array};
use datafusion::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{Result, plan_err};
use datafusion::datasource::MemTable;
use uni_plugin_host::PluginHost;

/// Which system table.
#[derive(Debug, Clone, Copy)]
pub(crate) enum SystemTable {
    Plugins,
    Functions,
    Metrics,
}

impl SystemTable {
    pub(crate) const ALL: [SystemTable; 3] = [SystemTable::Plugins, SystemTable::Functions, SystemTable::Metrics];

    pub(crate) fn name(self) -> &'static str {
        match self {
            SystemTable::Plugins => "uniplug_plugins",
            SystemTable::Functions => "uniplug_functions",
            SystemTable::Metrics => "uniplug_metrics",
        }
    }

    fn schema(self) -> SchemaRef {
        let text = |name: &str, nullable: bool| Field::new(name, DataType::Utf8, nullable);
        let count = |name: &str| Field::new(name, DataType::UInt64, false);
        let fields = match self {
            SystemTable::Plugins => vec![
                text("id", false),
                text("version", false),
                text("kind", false),
                text("state", false),
                count("generation"),
                text("grants", false),
                text("signed_by", true),
                text("dir", true),
            ],
            SystemTable::Functions => vec![
                text("name", false),
                text("plugin", false),
                text("kind", false),
                text("signature", false),
                text("determinism", false),
                text("doc", true),
            ],
            SystemTable::Metrics => vec![
                text("plugin", false),
                text("function", false),
                count("calls"),
                count("errors"),
                count("rows"),
                Field::new("p50_us", DataType::Float64, true),
                Field::new("p99_us", DataType::Float64, true),
                text("breaker", false),
            ],
        };
        Arc::new(Schema::new(fields))
    }

    fn columns(self, host: &PluginHost) -> Vec<ArrayRef> {
        match self {
            SystemTable::Plugins => plugins(host),
            SystemTable::Functions => functions(host),
            SystemTable::Metrics => metrics(host),
        }
    }
}

/// A system table bound to the host it describes.
#[derive(Debug)]
pub(crate) struct SystemTableFunction {
    table: SystemTable,
    host: Arc<PluginHost>,
}

impl SystemTableFunction {
    pub(crate) fn new(table: SystemTable, host: Arc<PluginHost>) -> SystemTableFunction {
        SystemTableFunction { table, host }
    }
}

impl TableFunctionImpl for SystemTableFunction {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        if !args.exprs().is_empty() {
            return plan_err!("`{}()` takes no arguments, got {}", self.table.name(), args.exprs().len());
        }
        let schema = self.table.schema();
        let batch = RecordBatch::try_new(schema.clone(), self.table.columns(&self.host))?;
        Ok(Arc::new(MemTable::try_new(schema, vec![vec![batch]])?))
    }
}

fn strings<I, S>(values: I) -> ArrayRef
where
    I: IntoIterator<Item = Option<S>>,
    S: AsRef<str>,
{
    Arc::new(values.into_iter().collect::<StringArray>())
}

fn plugins(host: &PluginHost) -> Vec<ArrayRef> {
    let dirs: std::collections::BTreeMap<_, _> = host.plugin_dirs().into_iter().collect();
    let generations: Vec<_> = host.plugins().into_iter().filter_map(|id| host.generation(&id)).collect();
    let manifest = |g: &Arc<uni_plugin::Generation>| g.manifest().clone();
    vec![
        strings(generations.iter().map(|g| Some(g.plugin_id().to_string()))),
        strings(generations.iter().map(|g| Some(manifest(g).plugin.version.to_string()))),
        strings(generations.iter().map(|g| Some(manifest(g).plugin.kind.name()))),
        strings(generations.iter().map(|g| Some(g.state().to_string()))),
        Arc::new(generations.iter().map(|g| g.number()).collect::<UInt64Array>()),
        strings(
            generations
                .iter()
                .map(|g| Some(host.grants(g.plugin_id()).map(|s| s.set().to_string()).unwrap_or_default())),
        ),
        strings(generations.iter().map(|g| host.signed_by(g.plugin_id()))),
        strings(generations.iter().map(|g| dirs.get(g.plugin_id()).map(|dir| dir.display().to_string()))),
    ]
}

fn functions(host: &PluginHost) -> Vec<ArrayRef> {
    let snapshot = host.registry().snapshot();
    let mut rows: Vec<_> = snapshot
        .function_names()
        .into_iter()
        .filter_map(|(name, generation)| {
            let manifest = generation.manifest();
            let decl = manifest.functions.iter().find(|decl| decl.name == name)?;
            let determinism = decl.determinism.unwrap_or(manifest.plugin.determinism);
            Some((decl.clone(), generation.plugin_id().to_string(), determinism))
        })
        .collect();
    rows.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    vec![
        strings(rows.iter().map(|(decl, _, _)| Some(&decl.name))),
        strings(rows.iter().map(|(_, plugin, _)| Some(plugin))),
        strings(rows.iter().map(|(decl, _, _)| Some(decl.kind.name()))),
        strings(rows.iter().map(|(decl, _, _)| Some(decl.signature_text()))),
        strings(rows.iter().map(|(_, _, determinism)| Some(determinism.name()))),
        strings(rows.iter().map(|(decl, _, _)| decl.doc.as_deref())),
    ]
}

fn metrics(host: &PluginHost) -> Vec<ArrayRef> {
    let mut rows = host.metrics();
    rows.sort_by(|a, b| (&a.plugin, &a.function).cmp(&(&b.plugin, &b.function)));
    let micros = |d: Option<std::time::Duration>| d.map(|d| d.as_secs_f64() * 1e6);
    vec![
        strings(rows.iter().map(|m| Some(m.plugin.to_string()))),
        strings(rows.iter().map(|m| Some(&m.function))),
        Arc::new(rows.iter().map(|m| m.calls).collect::<UInt64Array>()),
        Arc::new(rows.iter().map(|m| m.errors).collect::<UInt64Array>()),
        Arc::new(rows.iter().map(|m| m.rows).collect::<UInt64Array>()),
        Arc::new(rows.iter().map(|m| micros(m.p50)).collect::<Float64Array>()),
        Arc::new(rows.iter().map(|m| micros(m.p99)).collect::<Float64Array>()),
        strings(rows.iter().map(|m| Some(m.breaker.to_string()))),
    ]
}
