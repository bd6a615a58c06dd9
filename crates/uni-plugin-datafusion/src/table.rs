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
        PluginTable { schema: table_schema(&handle), handle }
    }
}

/// The columns a table function returns, as a schema (every column nullable).
pub(crate) fn table_schema(handle: &CallHandle) -> SchemaRef {
    let fields: Vec<Field> = match &handle.decl().returns {
        Returns::Columns(columns) => {
            columns.iter().map(|column| Field::new(&column.name, column.ty.to_arrow(), true)).collect()
        }
        Returns::Type(ty) => vec![Field::new("value", ty.to_arrow(), true)],
    };
    Arc::new(Schema::new(fields))
}

/// A table function's arguments as one-row arrays of the declared types.
///
/// Arguments must be constants (literals, negated literals); the count must
/// match the manifest. Errors name the function, plugin and signature.
pub(crate) fn table_constants(handle: &CallHandle, exprs: &[Expr]) -> Result<Vec<ArrayRef>> {
    check_arity(handle, exprs.len())?;
    exprs.iter().enumerate().map(|(position, expr)| constant(handle, position, expr)).collect()
}

/// `handle` is a table function taking `count` arguments.
fn check_arity(handle: &CallHandle, count: usize) -> Result<()> {
    let decl = handle.decl();
    if handle.table().is_none() {
        return plan_err!("`{}` (plugin `{}`) is not a table function", decl.name, handle.plugin_id());
    }
    if count != decl.args.len() {
        return plan_err!(
            "table function `{}` (plugin `{}`) takes {} arguments, got {}; expected {}",
            decl.name,
            handle.plugin_id(),
            decl.args.len(),
            count,
            decl.signature_text()
        );
    }
    Ok(())
}

fn constant(handle: &CallHandle, position: usize, expr: &Expr) -> Result<ArrayRef> {
    let decl = handle.decl();
    let not_constant = || {
        plan_err!(
            "argument {} of table function `{}` (plugin `{}`) must be a constant; expected {}",
            position + 1,
            handle.name(),
            handle.plugin_id(),
            decl.signature_text()
        )
    };
    let value = match expr {
        Expr::Literal(value, _) => value.clone(),
        Expr::Negative(inner) => match inner.as_ref() {
            Expr::Literal(value, _) => value.arithmetic_negate()?,
            _ => return not_constant(),
        },
        _ => return not_constant(),
    };
    let wanted = decl.args[position].to_arrow();
    let value = if value.data_type() == wanted { value } else { value.cast_to(&wanted)? };
    value.to_array_of_size(1)
}

impl TableFunctionImpl for PluginTable {
    fn call_with_args(&self, args: TableFunctionArgs) -> Result<Arc<dyn TableProvider>> {
        let constants = table_constants(&self.handle, args.exprs())?;
        Ok(Arc::new(PluginTableProvider { handle: self.handle.clone(), schema: self.schema.clone(), constants }))
    }
}

/// One call of a table function, as a table: rows are produced when the
/// query runs, batch by batch, never gathered up front.
///
/// Public so that a distributed engine can recognise it in a plan (and ship
/// the call by reference) and rebuild it on another node.
#[derive(Debug)]
pub struct PluginTableProvider {
    handle: CallHandle,
    schema: SchemaRef,
    constants: Vec<ArrayRef>,
}

impl PluginTableProvider {
    /// The call of table function `handle` with `constants`, one one-row
    /// array per declared argument (what the SQL planner fixes).
    pub fn new(handle: CallHandle, constants: Vec<ArrayRef>) -> Result<PluginTableProvider> {
        check_table_call(&handle, &constants)?;
        Ok(PluginTableProvider { schema: table_schema(&handle), handle, constants })
    }

    /// The table function, bound to its generation.
    pub fn handle(&self) -> &CallHandle {
        &self.handle
    }

    /// The arguments, one one-row array each.
    pub fn constants(&self) -> &[ArrayRef] {
        &self.constants
    }
}

/// A table function call must pass one one-row constant of the declared type
/// per argument: the only shape the planner builds, checked again for calls
/// rebuilt from elsewhere.
fn check_table_call(handle: &CallHandle, constants: &[ArrayRef]) -> Result<()> {
    check_arity(handle, constants.len())?;
    let decl = handle.decl();
    for (position, (constant, ty)) in constants.iter().zip(&decl.args).enumerate() {
        if constant.len() != 1 || constant.data_type() != &ty.to_arrow() {
            return plan_err!(
                "argument {} of table function `{}` (plugin `{}`) must be one value of type {}, got {} values of type {}",
                position + 1,
                decl.name,
                handle.plugin_id(),
                ty,
                constant.len(),
                constant.data_type()
            );
        }
    }
    Ok(())
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
        let exec = PluginTableExec::new(self.handle.clone(), self.constants.clone(), projection.cloned(), limit)?;
        Ok(Arc::new(exec))
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

/// Runs a table function and streams its batches (one partition).
///
/// Public so that a distributed engine can ship it by reference and rebuild
/// it on the node that runs it.
pub struct PluginTableExec {
    handle: CallHandle,
    constants: Vec<ArrayRef>,
    projection: Option<Vec<usize>>,
    limit: Option<usize>,
    schema: SchemaRef,
    properties: Arc<PlanProperties>,
}

impl PluginTableExec {
    /// The call of `handle` with `constants`, reading the columns at
    /// `projection` (all when `None`) and at most `limit` rows.
    pub fn new(
        handle: CallHandle,
        constants: Vec<ArrayRef>,
        projection: Option<Vec<usize>>,
        limit: Option<usize>,
    ) -> Result<PluginTableExec> {
        check_table_call(&handle, &constants)?;
        let full = table_schema(&handle);
        let schema = match &projection {
            Some(indices) => Arc::new(full.project(indices)?),
            None => full,
        };
        let properties = PlanProperties::new(
            EquivalenceProperties::new(schema.clone()),
            Partitioning::UnknownPartitioning(1),
            EmissionType::Incremental,
            Boundedness::Bounded,
        );
        Ok(PluginTableExec { handle, constants, projection, limit, schema, properties: Arc::new(properties) })
    }

    /// The table function, bound to its generation.
    pub fn handle(&self) -> &CallHandle {
        &self.handle
    }

    /// The arguments, one one-row array each.
    pub fn constants(&self) -> &[ArrayRef] {
        &self.constants
    }

    /// The column indices read, or `None` for all.
    pub fn projection(&self) -> Option<&[usize]> {
        self.projection.as_deref()
    }

    /// The most rows read, if limited.
    pub fn limit(&self) -> Option<usize> {
        self.limit
    }
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
        table_stream(self.handle.clone(), &self.constants, self.projection.clone(), self.limit, self.schema.clone())
    }
}

/// Calls a table function with `constants` and streams its batches:
/// `projection` (column indices) and `limit` (rows) applied as they come,
/// each batch stamped with `schema` (the projected schema). The handle
/// travels with the stream, so the generation stays alive until the last row
/// is read.
pub(crate) fn table_stream(
    handle: CallHandle,
    constants: &[ArrayRef],
    projection: Option<Vec<usize>>,
    limit: Option<usize>,
    schema: SchemaRef,
) -> Result<SendableRecordBatchStream> {
    let decl = handle.decl();
    let function =
        handle.table().ok_or_else(|| DataFusionError::Internal(format!("`{}` is not a table function", decl.name)))?;
    let plugin = handle.plugin_id().clone();
    let name = decl.name.clone();
    let batches = function.call(constants).map_err(|error| call_failed(&plugin, &name, error))?;
    let mut remaining = limit.unwrap_or(usize::MAX);
    let stream_schema = schema.clone();
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
        Some(RecordBatch::try_new_with_options(schema.clone(), batch.columns().to_vec(), &options).map_err(Into::into))
    });
    Ok(Box::pin(RecordBatchStreamAdapter::new(stream_schema, futures::stream::iter(rows))))
}
