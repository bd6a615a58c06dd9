//! Table plugin functions usable in `FROM`: `SELECT * FROM series(1, 10, 1)`.
//!
//! Arguments are constants fixed at planning; the rows stream out of the
//! plugin while the query runs, so `series(1, 1000000000, 1)` under a
//! `LIMIT` produces only what is read.

use std::fmt;
use std::sync::Arc;

use async_trait::async_trait;
use datafusion::arrow::array::ArrayRef;
use datafusion::arrow::datatypes::{Field, Schema, SchemaRef};
use datafusion::arrow::record_batch::{RecordBatch, RecordBatchOptions};
use datafusion::catalog::{Session, TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::{DataFusionError, Result, plan_err};
use datafusion::datasource::TableType;
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::logical_expr::Expr;
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{DisplayAs, DisplayFormatType, ExecutionPlan, Partitioning, PlanProperties};
use uni_plugin::CallHandle;
use uni_plugin::manifest::Returns;

use crate::error::call_failed;

#[derive(Debug)]
pub(crate) struct PluginTable {
    handle: CallHandle,
    schema: SchemaRef,
}

impl PluginTable {
    pub(crate) fn new(handle: CallHandle) -> PluginTable {
        let fields: Vec<Field> = match &handle.decl().returns {
            Returns::Columns(columns) => {
                columns.iter().map(|column| Field::new(&column.name, column.ty.to_arrow(), true)).collect()
            }
            Returns::Type(ty) => vec![Field::new("value", ty.to_arrow(), true)],
        };
        PluginTable { handle, schema: Arc::new(Schema::new(fields)) }
    }

    fn constant(&self, position: usize, expr: &Expr) -> Result<ArrayRef> {
        let decl = self.handle.decl();
        let value = match expr {
            Expr::Literal(value, _) => value.clone(),
            Expr::Negative(inner) => match inner.as_ref() {
                Expr::Literal(value, _) => value.arithmetic_negate()?,
                _ => return self.not_constant(position),
            },
            _ => return self.not_constant(position),
        };
        let wanted = decl.args[position].to_arrow();
        let value = if value.data_type() == wanted { value } else { value.cast_to(&wanted)? };
        value.to_array_of_size(1)
    }

    fn not_constant<T>(&self, position: usize) -> Result<T> {
        plan_err!(
            "argument {} of table function `{}` (plugin `{}`) must be a constant; expected {}",
            position + 1,
            self.handle.name(),
            self.handle.plugin_id(),
            self.handle.decl().signature_text()
        )
    }
}

impl TableFunctionImpl for PluginTable {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let decl = self.handle.decl();
        if args.exprs().len() != decl.args.len() {
            return plan_err!(
                "table function `{}` (plugin `{}`) takes {} arguments, got {}; expected {}",
                decl.name,
                self.handle.plugin_id(),
                decl.args.len(),
                args.exprs().len(),
                decl.signature_text()
            );
        }
        let constants: Vec<ArrayRef> = args
            .exprs()
            .iter()
            .enumerate()
            .map(|(position, expr)| self.constant(position, expr))
            .collect::<Result<_>>()?;
        if self.handle.table().is_none() {
            return Err(DataFusionError::Internal(format!("`{}` is not a table function", decl.name)));
        }
        Ok(Arc::new(PluginTableProvider { handle: self.handle.clone(), schema: self.schema.clone(), constants }))
    }
}

/// One call of a table function, as a table: rows are produced when the
/// query runs, batch by batch, never gathered up front.
#[derive(Debug)]
struct PluginTableProvider {
    handle: CallHandle,
    schema: SchemaRef,
    constants: Vec<ArrayRef>,
}

#[async_trait]
impl TableProvider for PluginTableProvider {
    fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }

    fn table_type(&self) -> TableType {
        TableType::Temporary
    }

    async fn scan(
        &self,
        _state: &dyn Session,
        projection: Option<&Vec<usize>>,
        _filters: &[Expr],
        limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let projection = projection.cloned();
        let schema = match &projection {
            Some(indices) => Arc::new(self.schema.project(indices)?),
            None => self.schema.clone(),
        };
        let properties = PlanProperties::new(
            EquivalenceProperties::new(schema.clone()),
            Partitioning::UnknownPartitioning(1),
            EmissionType::Incremental,
            Boundedness::Bounded,
        );
        Ok(Arc::new(PluginTableExec {
            handle: self.handle.clone(),
            constants: self.constants.clone(),
            projection,
            limit,
            schema,
            properties: Arc::new(properties),
        }))
    }
}

/// The plans this crate adds have one output partition.
pub(crate) fn only_partition_zero(plan: &str, partition: usize) -> Result<()> {
    if partition == 0 {
        Ok(())
    } else {
        Err(DataFusionError::Internal(format!("{plan} has one partition, asked for {partition}")))
    }
}

/// Runs a table function and streams its batches.
struct PluginTableExec {
    handle: CallHandle,
    constants: Vec<ArrayRef>,
    projection: Option<Vec<usize>>,
    limit: Option<usize>,
    schema: SchemaRef,
    properties: Arc<PlanProperties>,
}

impl fmt::Debug for PluginTableExec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PluginTableExec").field("function", &self.handle.name()).finish_non_exhaustive()
    }
}

impl DisplayAs for PluginTableExec {
    fn fmt_as(&self, _format: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "PluginTableFunction: {} (plugin {})", self.handle.name(), self.handle.plugin_id())
    }
}

impl ExecutionPlan for PluginTableExec {
    fn name(&self) -> &str {
        "PluginTableFunction"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.properties
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![]
    }

    fn apply_expressions(
        &self,
        _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> Result<TreeNodeRecursion>,
    ) -> Result<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    #[allow(deprecated)]
    fn with_new_children(self: Arc<Self>, children: Vec<Arc<dyn ExecutionPlan>>) -> Result<Arc<dyn ExecutionPlan>> {
        if children.is_empty() {
            Ok(self)
        } else {
            Err(DataFusionError::Internal("PluginTableFunction has no children".into()))
        }
    }

    fn execute(&self, partition: usize, _context: Arc<TaskContext>) -> Result<SendableRecordBatchStream> {
        only_partition_zero(self.name(), partition)?;
        let decl = self.handle.decl();
        let function = self
            .handle
            .table()
            .ok_or_else(|| DataFusionError::Internal(format!("`{}` is not a table function", decl.name)))?;
        let plugin = self.handle.plugin_id().clone();
        let name = decl.name.clone();
        let batches = function.call(&self.constants).map_err(|error| call_failed(&plugin, &name, error))?;
        let schema = self.schema.clone();
        let projection = self.projection.clone();
        let mut remaining = self.limit.unwrap_or(usize::MAX);
        // The handle travels with the stream: the generation stays alive
        // (undrained) until the query has read its last row.
        let handle = self.handle.clone();
        let rows = batches.map_while(move |batch| {
            let _keep = &handle;
            if remaining == 0 {
                return None;
            }
            let batch = match batch {
                Ok(batch) => batch,
                Err(error) => return Some(Err(call_failed(&plugin, &name, error))),
            };
            let batch = match &projection {
                Some(indices) => match batch.project(indices) {
                    Ok(batch) => batch,
                    Err(error) => return Some(Err(error.into())),
                },
                None => batch,
            };
            let batch = if batch.num_rows() > remaining { batch.slice(0, remaining) } else { batch };
            remaining -= batch.num_rows();
            // Plugin schemas may differ in nullability only.
            let options = RecordBatchOptions::new().with_row_count(Some(batch.num_rows()));
            Some(
                RecordBatch::try_new_with_options(schema.clone(), batch.columns().to_vec(), &options)
                    .map_err(Into::into),
            )
        });
        Ok(Box::pin(RecordBatchStreamAdapter::new(self.schema.clone(), futures::stream::iter(rows))))
    }
}
