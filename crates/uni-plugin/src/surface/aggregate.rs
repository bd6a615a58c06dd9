//! Aggregate functions: many rows in, one value per group out.

use std::sync::Arc;

use arrow_array::ArrayRef;
use arrow_schema::Field;

use crate::CallError;
use crate::surface::Signature;

/// An aggregate function: a factory of [`Accumulator`]s, one per group and
/// partition. Partial states are exchanged between partitions as Arrow arrays
/// shaped by [`AggregateFunction::state_fields`], so a multi-partition plan
/// can merge them.
pub trait AggregateFunction: Send + Sync + 'static {
    /// The columns of the partial state `Accumulator::state` returns. An
    /// error (e.g. a wasm guest that cannot answer) fails the query that
    /// plans the aggregate, naming plugin and function.
    fn state_fields(&self) -> Result<Vec<Field>, CallError>;

    /// A fresh accumulator with no rows seen.
    fn accumulator(&self) -> Result<Box<dyn Accumulator>, CallError>;

    /// A scope for the accumulators of one part of one query (the
    /// DataFusion adapter asks for one per partition and stage of a
    /// `GROUP BY`, and makes every group's accumulator there through it).
    /// Accumulators of one scope may share resources no other query sees:
    /// a wasm plugin gives each scope an instance of its own, so queries do
    /// not wait for each other and a trap loses only its own query's state.
    /// `None` (the default) means the function itself serves as its scope.
    fn scope(&self) -> Result<Option<Arc<dyn AggregateFunction>>, CallError> {
        Ok(None)
    }

    /// An accumulator of many groups at once, when the function has one
    /// (see [`GroupsAccumulator`]); `None` (the default) makes the host keep
    /// one [`Accumulator`] per group. Asked once per scope (see
    /// [`AggregateFunction::scope`]).
    fn groups_accumulator(&self) -> Result<Option<Box<dyn GroupsAccumulator>>, CallError> {
        Ok(None)
    }

    /// The types this implementation handles (see [`Signature`]).
    fn signature(&self) -> Option<Signature> {
        None
    }
}

/// Which groups [`GroupsAccumulator::state`] and
/// [`GroupsAccumulator::finish`] hand back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmitTo {
    /// Every group; the accumulator is empty afterwards.
    All,
    /// Groups `0..n`; the others are renumbered from 0 (group `n` becomes 0).
    First(usize),
}

impl EmitTo {
    /// Takes the emitted groups' entries out of `states` (one entry per
    /// group), leaving the rest renumbered from 0.
    pub fn take<T>(self, states: &mut Vec<T>) -> Vec<T> {
        match self {
            EmitTo::All => std::mem::take(states),
            EmitTo::First(n) => {
                let rest = states.split_off(n.min(states.len()));
                std::mem::replace(states, rest)
            }
        }
    }
}

/// Accumulates many groups' rows, one call per batch: the fast form of an
/// aggregate under `GROUP BY` (a batch crosses into the plugin once, not
/// once per group present in it). Groups are numbered from 0 by the host.
pub trait GroupsAccumulator: Send + 'static {
    /// Adds a batch: row `i` of `args` belongs to group `group_ids[i]`.
    /// `total_groups` is the number of groups so far (every id is below it).
    fn update(&mut self, args: &[ArrayRef], group_ids: &[usize], total_groups: usize) -> Result<(), CallError>;

    /// Merges partial states (one array per state field): row `i` into
    /// group `group_ids[i]`.
    fn merge(&mut self, states: &[ArrayRef], group_ids: &[usize], total_groups: usize) -> Result<(), CallError>;

    /// The partial states of the emitted groups: one array per state field,
    /// one row per group.
    fn state(&mut self, emit: EmitTo) -> Result<Vec<ArrayRef>, CallError>;

    /// The final values of the emitted groups, one row per group.
    fn finish(&mut self, emit: EmitTo) -> Result<ArrayRef, CallError>;

    /// Bytes held, for memory accounting.
    fn size(&self) -> usize;
}

/// Accumulates one group's rows.
pub trait Accumulator: Send + 'static {
    /// Adds a batch of input rows (one array per argument).
    fn update(&mut self, args: &[ArrayRef]) -> Result<(), CallError>;

    /// Merges partial states from other accumulators: one array per state
    /// field, one row per partial state.
    fn merge(&mut self, states: &[ArrayRef]) -> Result<(), CallError>;

    /// The partial state: one array per state field, each one row long.
    fn state(&mut self) -> Result<Vec<ArrayRef>, CallError>;

    /// The final value: an array one row long of the declared return type
    /// (NULL for an empty group, where the function says so).
    fn finish(&mut self) -> Result<ArrayRef, CallError>;

    /// Bytes held, for memory accounting. Override when the state grows.
    fn size(&self) -> usize {
        std::mem::size_of_val(self)
    }
}

impl<T: AggregateFunction + ?Sized> AggregateFunction for Arc<T> {
    fn state_fields(&self) -> Result<Vec<Field>, CallError> {
        (**self).state_fields()
    }
    fn accumulator(&self) -> Result<Box<dyn Accumulator>, CallError> {
        (**self).accumulator()
    }
    fn scope(&self) -> Result<Option<Arc<dyn AggregateFunction>>, CallError> {
        (**self).scope()
    }
    fn groups_accumulator(&self) -> Result<Option<Box<dyn GroupsAccumulator>>, CallError> {
        (**self).groups_accumulator()
    }
    fn signature(&self) -> Option<Signature> {
        (**self).signature()
    }
}

#[cfg(test)]
mod tests {
    use super::EmitTo;

    #[test]
    fn emitting_the_first_groups_renumbers_the_rest() {
        let mut states = vec![10, 11, 12, 13];
        assert_eq!(EmitTo::First(3).take(&mut states), vec![10, 11, 12]);
        assert_eq!(states, vec![13]);
        assert_eq!(EmitTo::First(5).take(&mut states), vec![13]);
        assert!(states.is_empty());
        let mut states = vec![1, 2];
        assert_eq!(EmitTo::All.take(&mut states), vec![1, 2]);
        assert!(states.is_empty());
    }
}
