//! Aggregate plugin functions as DataFusion `AggregateUDF`s, with an
//! accumulator bridge (update, merge, state, evaluate) so GROUP BY and
//! multi-partition plans work.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use datafusion::arrow::array::ArrayRef;
use datafusion::arrow::datatypes::{DataType, Field, FieldRef};
use datafusion::common::{Result, ScalarValue};
use datafusion::logical_expr::function::{AccumulatorArgs, StateFieldsArgs};
use datafusion::logical_expr::{Accumulator, AggregateUDFImpl, Signature};
use uni_plugin::CallHandle;
use uni_plugin::manifest::Returns;

use crate::error::call_failed;
use crate::scalar::signature;

#[derive(Debug)]
pub(crate) struct PluginAggregate {
    handle: CallHandle,
    signature: Signature,
    returns: DataType,
}

impl PluginAggregate {
    pub(crate) fn new(handle: CallHandle) -> PluginAggregate {
        let returns = match &handle.decl().returns {
            Returns::Type(ty) => ty.to_arrow(),
            Returns::Columns(_) => DataType::Null,
        };
        PluginAggregate { signature: signature(&handle), returns, handle }
    }
}

impl PartialEq for PluginAggregate {
    fn eq(&self, other: &Self) -> bool {
        self.handle.name() == other.handle.name()
            && self.handle.plugin_id() == other.handle.plugin_id()
            && self.handle.generation().number() == other.handle.generation().number()
    }
}

impl Eq for PluginAggregate {}

impl Hash for PluginAggregate {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.handle.name().hash(state);
        self.handle.plugin_id().hash(state);
        self.handle.generation().number().hash(state);
    }
}

impl AggregateUDFImpl for PluginAggregate {
    fn name(&self) -> &str {
        self.handle.name()
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(self.returns.clone())
    }

    fn accumulator(&self, _args: AccumulatorArgs) -> Result<Box<dyn Accumulator>> {
        let function = self.handle.aggregate().ok_or_else(|| {
            datafusion::error::DataFusionError::Internal(format!("`{}` is not an aggregate", self.name()))
        })?;
        let inner = function.accumulator().map_err(|e| call_failed(self.handle.plugin_id(), self.name(), e))?;
        Ok(Box::new(AccumulatorBridge { handle: self.handle.clone(), inner: std::sync::Mutex::new(inner) }))
    }

    fn state_fields(&self, args: StateFieldsArgs) -> Result<Vec<FieldRef>> {
        let function = self.handle.aggregate().ok_or_else(|| {
            datafusion::error::DataFusionError::Internal(format!("`{}` is not an aggregate", self.name()))
        })?;
        // State field names must be unique in the plan: prefix them.
        Ok(function
            .state_fields()
            .into_iter()
            .map(|field| {
                Arc::new(Field::new(format!("{}[{}]", args.name, field.name()), field.data_type().clone(), true))
            })
            .collect())
    }
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
