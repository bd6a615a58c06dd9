//! Aggregate plugin functions as DataFusion `AggregateUDF`s, with an
//! accumulator bridge (update, merge, state, evaluate) so GROUP BY and
//! multi-partition plans work.

use std::sync::Arc;

use datafusion::arrow::array::ArrayRef;
use datafusion::arrow::datatypes::{DataType, Field, FieldRef};
use datafusion::common::{Result, ScalarValue};
use datafusion::logical_expr::function::{AccumulatorArgs, StateFieldsArgs};
use datafusion::logical_expr::{Accumulator, AggregateUDFImpl, GroupsAccumulator, Signature};
use datafusion::physical_expr::GroupsAccumulatorAdapter;
use uni_plugin::{AggregateFunction, CallHandle};

use crate::error::call_failed;
use crate::scalar::BoundFunction;

/// A plugin aggregate as an `AggregateUDF` implementation.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct PluginAggregate(pub(crate) BoundFunction);

impl AggregateUDFImpl for PluginAggregate {
    fn name(&self) -> &str {
        self.0.handle.name()
    }

    fn signature(&self) -> &Signature {
        &self.0.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(self.0.returns.clone())
    }

    fn accumulator(&self, _args: AccumulatorArgs) -> Result<Box<dyn Accumulator>> {
        bridge(&self.0.handle, self.function()?.as_ref())
    }

    /// `GROUP BY` asks once per partition and stage: every group's
    /// accumulator there comes from one scope of the plugin's (for a wasm
    /// plugin, an instance of its own), which lives as long as the stage.
    fn groups_accumulator_supported(&self, _args: AccumulatorArgs) -> bool {
        true
    }

    /// A plugin that accumulates many groups at once gets each batch in
    /// one call ([`uni_plugin::GroupsAccumulator`]); otherwise DataFusion's
    /// adapter keeps one plugin accumulator per group.
    fn create_groups_accumulator(&self, _args: AccumulatorArgs) -> Result<Box<dyn GroupsAccumulator>> {
        let handle = self.0.handle.clone();
        let function = self.function()?;
        let fail = |e| call_failed(handle.plugin_id(), self.name(), e);
        let scope = function.scope().map_err(fail)?.unwrap_or(function);
        if let Some(grouped) = scope.groups_accumulator().map_err(fail)? {
            return Ok(Box::new(crate::grouped::GroupsBridge::new(handle, grouped)));
        }
        Ok(Box::new(GroupsAccumulatorAdapter::new(move || bridge(&handle, scope.as_ref()))))
    }

    fn state_fields(&self, args: StateFieldsArgs) -> Result<Vec<FieldRef>> {
        let function = self.0.handle.aggregate().ok_or_else(|| {
            datafusion::error::DataFusionError::Internal(format!("`{}` is not an aggregate", self.name()))
        })?;
        // State field names must be unique in the plan: prefix them.
        let fields = function.state_fields().map_err(|error| {
            datafusion::error::DataFusionError::Execution(format!(
                "plugin `{}` function `{}`: cannot tell its state columns: {error}",
                self.0.handle.plugin_id(),
                self.name()
            ))
        })?;
        Ok(fields
            .into_iter()
            .map(|field| {
                Arc::new(Field::new(format!("{}[{}]", args.name, field.name()), field.data_type().clone(), true))
            })
            .collect())
    }
}

impl PluginAggregate {
    fn function(&self) -> Result<Arc<dyn AggregateFunction>> {
        self.0.handle.aggregate().cloned().ok_or_else(|| {
            datafusion::error::DataFusionError::Internal(format!("`{}` is not an aggregate", self.name()))
        })
    }
}

/// A new accumulator of `function`, bridged to DataFusion's interface.
fn bridge(handle: &CallHandle, function: &dyn AggregateFunction) -> Result<Box<dyn Accumulator>> {
    let inner = function.accumulator().map_err(|e| call_failed(handle.plugin_id(), handle.name(), e))?;
    Ok(Box::new(AccumulatorBridge { handle: handle.clone(), inner: std::sync::Mutex::new(inner) }))
}

/// DataFusion's accumulator interface over a plugin accumulator.
struct AccumulatorBridge {
    handle: CallHandle,
    /// Plugin accumulators need only be `Send`; DataFusion wants `Sync`.
    /// Every method but `size` has `&mut self`, so the lock is uncontended.
    inner: std::sync::Mutex<Box<dyn uni_plugin::Accumulator>>,
}

impl std::fmt::Debug for AccumulatorBridge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccumulatorBridge").field("function", &self.handle.name()).finish()
    }
}

impl AccumulatorBridge {
    fn fail(&self, error: uni_plugin::CallError) -> datafusion::error::DataFusionError {
        call_failed(self.handle.plugin_id(), self.handle.name(), error)
    }

    fn inner(&mut self) -> &mut Box<dyn uni_plugin::Accumulator> {
        self.inner.get_mut().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Accumulator for AccumulatorBridge {
    fn update_batch(&mut self, values: &[ArrayRef]) -> Result<()> {
        self.inner().update(values).map_err(|e| self.fail(e))
    }

    fn merge_batch(&mut self, states: &[ArrayRef]) -> Result<()> {
        self.inner().merge(states).map_err(|e| self.fail(e))
    }

    fn state(&mut self) -> Result<Vec<ScalarValue>> {
        let states = self.inner().state().map_err(|e| self.fail(e))?;
        states.iter().map(|array| ScalarValue::try_from_array(array, 0)).collect()
    }

    fn evaluate(&mut self) -> Result<ScalarValue> {
        let value = self.inner().finish().map_err(|e| self.fail(e))?;
        ScalarValue::try_from_array(&value, 0)
    }

    fn size(&self) -> usize {
        let inner = self.inner.lock().map(|inner| inner.size()).unwrap_or(0);
        std::mem::size_of_val(self) + inner
    }
}

/// A plugin aggregate as a DataFusion `AggregateUDF`, bound to the handle's
/// generation (what [`crate::PluginSession`] registers).
pub fn aggregate_udf(handle: CallHandle) -> datafusion::logical_expr::AggregateUDF {
    datafusion::logical_expr::AggregateUDF::new_from_impl(PluginAggregate(BoundFunction::new(handle)))
}

/// The plugin aggregate behind `udaf`, if it is one this crate made.
pub fn plugin_aggregate_handle(udaf: &datafusion::logical_expr::AggregateUDF) -> Option<&CallHandle> {
    udaf.inner().downcast_ref::<PluginAggregate>().map(|aggregate| &aggregate.0.handle)
}
