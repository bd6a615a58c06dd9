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

    /// The types this implementation handles (see [`Signature`]).
    fn signature(&self) -> Option<Signature> {
        None
    }
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

impl<T: AggregateFunction + ?Sized> AggregateFunction for std::sync::Arc<T> {
    fn state_fields(&self) -> Result<Vec<Field>, CallError> {
        (**self).state_fields()
    }
    fn accumulator(&self) -> Result<Box<dyn Accumulator>, CallError> {
        (**self).accumulator()
    }
    fn signature(&self) -> Option<Signature> {
        (**self).signature()
    }
}
