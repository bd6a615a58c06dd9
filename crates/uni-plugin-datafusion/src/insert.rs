//! `INSERT INTO` with plugin triggers.
//!
//! A table registered through [`crate::PluginSession::register_table`] is
//! wrapped so an insert plans as
//! `after-triggers(sink(before-triggers(input)))`: the `before` step gathers
//! every row first (a trigger must see the whole write before any of it
//! lands), runs the `before` triggers and fails the query on a rejection —
//! so nothing reaches the sink — and the `after` step reports the written
//! rows to the `after` triggers once the sink has finished.

use std::fmt;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use datafusion::arrow::compute::concat_batches;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::catalog::{Session, TableProvider};
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{Constraints, DataFusionError, Result};
use datafusion::datasource::TableType;
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::logical_expr::dml::InsertOp;
use datafusion::logical_expr::{Expr, TableProviderFilterPushDown};
use datafusion::physical_expr::PhysicalExpr;
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, ExecutionPlan, ExecutionPlanProperties, Partitioning, PlanProperties,
};
use futures::{StreamExt, TryStreamExt};
use uni_plugin::manifest::TriggerTiming;
use uni_plugin_host::PluginHost;

/// A table whose inserts run the plugins' triggers.
pub(crate) struct TriggeredTable {
    name: String,
    inner: Arc<dyn TableProvider>,
    host: Arc<PluginHost>,
}

impl TriggeredTable {
    pub(crate) fn new(name: &str, inner: Arc<dyn TableProvider>, host: Arc<PluginHost>) -> TriggeredTable {
        TriggeredTable { name: name.to_owned(), inner, host }
    }
}

impl fmt::Debug for TriggeredTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TriggeredTable").field("name", &self.name).field("inner", &self.inner).finish()
    }
}

#[async_trait]
impl TableProvider for TriggeredTable {
    fn schema(&self) -> SchemaRef {
        self.inner.schema()
    }

    fn constraints(&self) -> Option<&Constraints> {
        self.inner.constraints()
    }

    fn table_type(&self) -> TableType {
        self.inner.table_type()
    }

    fn get_column_default(&self, column: &str) -> Option<&Expr> {
        self.inner.get_column_default(column)
    }

    async fn scan(
        &self,
        state: &dyn Session,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        self.inner.scan(state, projection, filters, limit).await
    }

    fn supports_filters_pushdown(&self, filters: &[&Expr]) -> Result<Vec<TableProviderFilterPushDown>> {
        self.inner.supports_filters_pushdown(filters)
    }

    async fn insert_into(
        &self,
        state: &dyn Session,
        input: Arc<dyn ExecutionPlan>,
        insert_op: InsertOp,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let written = Arc::new(Mutex::new(None));
        let before = TriggerExec::new(self, TriggerTiming::Before, input, written.clone());
        let sink = self.inner.insert_into(state, Arc::new(before), insert_op).await?;
        Ok(Arc::new(TriggerExec::new(self, TriggerTiming::After, sink, written)))
    }
}

/// The input's properties with one output partition: the before step merges
/// all input partitions so the triggers see the write as one batch.
fn merged_properties(input: &Arc<dyn ExecutionPlan>) -> Arc<PlanProperties> {
    Arc::new(input.properties().as_ref().clone().with_partitioning(Partitioning::UnknownPartitioning(1)))
}

/// Runs one side's triggers around its input (see the module docs).
struct TriggerExec {
    table: String,
    host: Arc<PluginHost>,
    timing: TriggerTiming,
    input: Arc<dyn ExecutionPlan>,
    /// The rows the `before` step let through, for the `after` step.
    written: Arc<Mutex<Option<RecordBatch>>>,
    properties: Arc<PlanProperties>,
}

impl TriggerExec {
    fn new(
        table: &TriggeredTable,
        timing: TriggerTiming,
        input: Arc<dyn ExecutionPlan>,
        written: Arc<Mutex<Option<RecordBatch>>>,
    ) -> TriggerExec {
        TriggerExec {
            table: table.name.clone(),
            host: table.host.clone(),
            timing,
            properties: merged_properties(&input),
            input,
            written,
        }
    }

    fn with_input(&self, input: Arc<dyn ExecutionPlan>) -> TriggerExec {
        TriggerExec {
            table: self.table.clone(),
            host: self.host.clone(),
            timing: self.timing,
            properties: merged_properties(&input),
            input,
            written: self.written.clone(),
        }
    }

    /// Gathers every partition of the input.
    async fn gather(input: Arc<dyn ExecutionPlan>, context: Arc<TaskContext>) -> Result<Vec<RecordBatch>> {
        let mut batches = Vec::new();
        for partition in 0..input.output_partitioning().partition_count() {
            let stream = input.execute(partition, context.clone())?;
            batches.extend(stream.try_collect::<Vec<_>>().await?);
        }
        Ok(batches)
    }
}

impl fmt::Debug for TriggerExec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TriggerExec").field("table", &self.table).field("timing", &self.timing).finish()
    }
}

impl DisplayAs for TriggerExec {
    fn fmt_as(&self, _format: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        let timing = match self.timing {
            TriggerTiming::Before => "before",
            TriggerTiming::After => "after",
        };
        write!(f, "PluginTriggers: table={}, when={timing}", self.table)
    }
}

impl ExecutionPlan for TriggerExec {
    fn name(&self) -> &str {
        "PluginTriggers"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.properties
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![&self.input]
    }

    fn apply_expressions(
        &self,
        _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> Result<TreeNodeRecursion>,
    ) -> Result<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    #[allow(deprecated)]
    fn with_new_children(self: Arc<Self>, mut children: Vec<Arc<dyn ExecutionPlan>>) -> Result<Arc<dyn ExecutionPlan>> {
        match children.len() {
            1 => Ok(Arc::new(self.with_input(children.swap_remove(0)))),
            n => Err(DataFusionError::Internal(format!("PluginTriggers takes one child, got {n}"))),
        }
    }

    fn execute(&self, partition: usize, context: Arc<TaskContext>) -> Result<SendableRecordBatchStream> {
        crate::table::only_partition_zero(self.name(), partition)?;
        let input = self.input.clone();
        let schema = self.input.schema();
        let host = self.host.clone();
        let table = self.table.clone();
        let written = self.written.clone();
        let timing = self.timing;
        let work = async move {
            let batches = TriggerExec::gather(input, context).await?;
            match timing {
                TriggerTiming::Before => {
                    let rows = concat_batches(&schema, &batches)?;
                    host.fire_triggers(&table, TriggerTiming::Before, &rows)
                        .map_err(|rejection| DataFusionError::Execution(rejection.to_string()))?;
                    *written.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(rows);
                }
                TriggerTiming::After => {
                    let rows = written.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
                    if let Some(rows) = rows {
                        // After-trigger failures are reported by the host (logged), never raised.
                        let _ = host.fire_triggers(&table, TriggerTiming::After, &rows);
                    }
                }
            }
            Ok::<_, DataFusionError>(futures::stream::iter(batches.into_iter().map(Ok)))
        };
        let stream = futures::stream::once(work).try_flatten();
        Ok(Box::pin(RecordBatchStreamAdapter::new(self.schema(), stream.boxed())))
    }
}
