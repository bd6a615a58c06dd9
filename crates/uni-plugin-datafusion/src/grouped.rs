//! DataFusion's `GroupsAccumulator` over a plugin's
//! [`uni_plugin::GroupsAccumulator`]: each batch of a `GROUP BY` reaches
//! the plugin in one call with its group indices, instead of once per
//! group present in it.

use datafusion::arrow::array::{Array, ArrayRef, BooleanArray};
use datafusion::arrow::compute::filter;
use datafusion::common::Result;
use datafusion::logical_expr::{EmitTo, GroupsAccumulator};
use uni_plugin::CallHandle;

use crate::error::call_failed;

/// A plugin's grouped accumulator seen by DataFusion.
pub(crate) struct GroupsBridge {
    handle: CallHandle,
    /// Plugin accumulators need only be `Send`; DataFusion wants `Sync`.
    /// Every method but `size` has `&mut self`, so the lock is uncontended.
    inner: std::sync::Mutex<Box<dyn uni_plugin::GroupsAccumulator>>,
}

impl std::fmt::Debug for GroupsBridge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupsBridge").field("function", &self.handle.name()).finish()
    }
}

impl GroupsBridge {
    pub(crate) fn new(handle: CallHandle, inner: Box<dyn uni_plugin::GroupsAccumulator>) -> GroupsBridge {
        GroupsBridge { handle, inner: std::sync::Mutex::new(inner) }
    }

    fn fail(&self, error: uni_plugin::CallError) -> datafusion::error::DataFusionError {
        call_failed(self.handle.plugin_id(), self.handle.name(), error)
    }

    fn inner(&mut self) -> &mut Box<dyn uni_plugin::GroupsAccumulator> {
        self.inner.get_mut().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The rows a filter keeps, with their group indices; the plugin never
/// sees a filter.
fn filtered(
    values: &[ArrayRef],
    group_indices: &[usize],
    opt_filter: Option<&BooleanArray>,
) -> Result<Option<(Vec<ArrayRef>, Vec<usize>)>> {
    let Some(keep) = opt_filter else { return Ok(None) };
    let values = values.iter().map(|column| filter(column, keep)).collect::<Result<Vec<_>, _>>()?;
    let groups = group_indices
        .iter()
        .enumerate()
        .filter(|(row, _)| keep.is_valid(*row) && keep.value(*row))
        .map(|(_, group)| *group)
        .collect();
    Ok(Some((values, groups)))
}

fn emit(emit_to: EmitTo) -> uni_plugin::EmitTo {
    match emit_to {
        EmitTo::All => uni_plugin::EmitTo::All,
        EmitTo::First(n) => uni_plugin::EmitTo::First(n),
    }
}

impl GroupsAccumulator for GroupsBridge {
    fn update_batch(
        &mut self,
        values: &[ArrayRef],
        group_indices: &[usize],
        opt_filter: Option<&BooleanArray>,
        total_num_groups: usize,
    ) -> Result<()> {
        let outcome = match filtered(values, group_indices, opt_filter)? {
            Some((values, groups)) => self.inner().update(&values, &groups, total_num_groups),
            None => self.inner().update(values, group_indices, total_num_groups),
        };
        outcome.map_err(|e| self.fail(e))
    }

    fn merge_batch(&mut self, values: &[ArrayRef], group_indices: &[usize], total_num_groups: usize) -> Result<()> {
        self.inner().merge(values, group_indices, total_num_groups).map_err(|e| self.fail(e))
    }

    /// Not offered (`supports_convert_to_state` stays false), so DataFusion
    /// never skips partial aggregation for a plugin and never calls this.
    fn convert_to_state(&self, _values: &[ArrayRef], _opt_filter: Option<&BooleanArray>) -> Result<Vec<ArrayRef>> {
        datafusion::common::not_impl_err!(
            "plugin aggregate `{}` cannot turn input rows into states directly",
            self.handle.name()
        )
    }

    fn evaluate(&mut self, emit_to: EmitTo) -> Result<ArrayRef> {
        self.inner().finish(emit(emit_to)).map_err(|e| self.fail(e))
    }

    fn state(&mut self, emit_to: EmitTo) -> Result<Vec<ArrayRef>> {
        self.inner().state(emit(emit_to)).map_err(|e| self.fail(e))
    }

    fn size(&self) -> usize {
        let inner = self.inner.lock().map(|inner| inner.size()).unwrap_or(0);
        std::mem::size_of_val(self) + inner
    }
}
