//! `INSERT INTO` with plugin triggers.
//!
//! A table registered through [`crate::PluginSession::register_table`] is
//! wrapped so an insert plans as
//! `after-triggers(sink(before-triggers(input)))`: the `before` step gathers
//! every row first (a trigger must see the whole write before any of it
//! lands), runs the `before` triggers and fails the query on a rejection —
//! so nothing reaches the sink — and the `after` step reports the written
//! rows to the `after` triggers once the sink has finished.
//!
//! Because the `before` step holds the whole insert in memory, an insert into
//! a triggered table may carry at most [`MAX_TRIGGERED_INSERT`] bytes of
//! Arrow data; a larger one fails before anything is written, saying so.

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

/// The most Arrow data (in bytes, as held in memory) one insert into a
/// table with plugin triggers may carry: 256 MiB.
pub const MAX_TRIGGERED_INSERT: usize = 256 * 1024 * 1024;

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
    /// Every row of the insert, refused once it exceeds `limit` bytes.
    async fn gather(
        input: Arc<dyn ExecutionPlan>,
        context: Arc<TaskContext>,
        table: &str,
        limit: usize,
    ) -> Result<Vec<RecordBatch>> {
        let mut batches = Vec::new();
        let mut bytes = 0usize;
        for partition in 0..input.output_partitioning().partition_count() {
            let mut stream = input.execute(partition, context.clone())?;
            while let Some(batch) = stream.try_next().await? {
                bytes = bytes.saturating_add(batch.get_array_memory_size());
                if bytes > limit {
                    return Err(DataFusionError::Execution(format!(
                        "INSERT INTO {table}: more than {} MiB of rows, and the table's plugin triggers see an insert \
                         whole; nothing was written: insert the rows in smaller statements",
                        limit / (1024 * 1024)
                    )));
                }
                batches.push(batch);
            }
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
            let batches = TriggerExec::gather(input, context, &table, MAX_TRIGGERED_INSERT).await?;
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

#[cfg(test)]
mod tests {
    use datafusion::arrow::array::Int64Array;
    use datafusion::arrow::datatypes::{DataType, Field, Schema};
    use datafusion::datasource::memory::MemorySourceConfig;

    use super::*;

    #[test]
    fn an_insert_larger_than_the_bound_is_refused_naming_the_table() {
        let schema = Arc::new(Schema::new(vec![Field::new("amount", DataType::Int64, false)]));
        let batch = RecordBatch::try_new(schema.clone(), vec![Arc::new(Int64Array::from(vec![1i64; 1000]))]).unwrap();
        let input = MemorySourceConfig::try_new_exec(&[vec![batch.clone(), batch]], schema, None).unwrap();
        let context = Arc::new(TaskContext::default());
        let one = RecordBatch::get_array_memory_size(
            &RecordBatch::try_new(
                Arc::new(Schema::new(vec![Field::new("amount", DataType::Int64, false)])),
                vec![Arc::new(Int64Array::from(vec![1i64; 1000]))],
            )
            .unwrap(),
        );
        let all = futures::executor::block_on(TriggerExec::gather(input.clone(), context.clone(), "orders", 2 * one));
        assert_eq!(all.unwrap().len(), 2, "at the bound: gathered");
        let error = futures::executor::block_on(TriggerExec::gather(input, context, "orders", one)).unwrap_err();
        let message = error.to_string();
        assert!(message.contains("INSERT INTO orders") && message.contains("smaller statements"), "{message}");
    }
}
