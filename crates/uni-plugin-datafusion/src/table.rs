//! Table plugin functions usable in `FROM`: `SELECT * FROM series(1, 10, 1)`.

use std::sync::Arc;

use datafusion::arrow::array::ArrayRef;
use datafusion::arrow::datatypes::{Field, Schema, SchemaRef};
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{Result, plan_err};
use datafusion::datasource::MemTable;
use datafusion::logical_expr::Expr;
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
        let function = self.handle.table().ok_or_else(|| {
            datafusion::error::DataFusionError::Internal(format!("`{}` is not a table function", decl.name))
        })?;
        let fail = |error| call_failed(self.handle.plugin_id(), &decl.name, error);
        let batches = function.call(&constants).map_err(fail)?.collect::<Result<Vec<_>, _>>().map_err(fail)?;
        // Rows materialize here; plugin schemas may differ in nullability only.
        let batches = batches
            .into_iter()
            .map(|batch| {
                datafusion::arrow::record_batch::RecordBatch::try_new(self.schema.clone(), batch.columns().to_vec())
            })
            .collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(Arc::new(MemTable::try_new(self.schema.clone(), vec![batches])?))
    }
}
