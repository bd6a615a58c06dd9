//! The surfaces a plugin provides, as Arrow-in/Arrow-out traits (`docs/design.md`, "Surfaces").
//!
//! Everything is per *batch*: a scalar function gets whole columns and returns
//! a whole column, so the per-call overhead of a host (guards, metrics, a wasm
//! boundary) is paid once per thousands of rows, never per row.
//!
//! Plugin authors implement these traits; hosts only ever hold them as
//! `Arc<dyn ...>` inside a [`crate::registry::Registry`].

mod aggregate;
mod event;
mod plugin;
mod scalar;
mod table;

pub use aggregate::{Accumulator, AggregateFunction, EmitTo, GroupsAccumulator};
pub use event::{Hook, HookPayload, Job, JobContext, Trigger, TriggerPayload, TriggerVerdict};
pub use plugin::Plugin;
pub use scalar::{ScalarFunction, Signature};
pub use table::{RecordBatchStream, TableFunction};

use std::sync::Arc;

/// The implementation behind one declared function.
#[derive(Clone)]
pub enum FunctionImpl {
    /// A scalar function.
    Scalar(Arc<dyn ScalarFunction>),
    /// An aggregate function.
    Aggregate(Arc<dyn AggregateFunction>),
    /// A table function.
    Table(Arc<dyn TableFunction>),
}

impl FunctionImpl {
    /// The kind, for comparing against the manifest.
    pub fn kind(&self) -> crate::manifest::FunctionKind {
        use crate::manifest::FunctionKind;
        match self {
            FunctionImpl::Scalar(_) => FunctionKind::Scalar,
            FunctionImpl::Aggregate(_) => FunctionKind::Aggregate,
            FunctionImpl::Table(_) => FunctionKind::Table,
        }
    }

    /// The signature the implementation reports about itself, if any.
    pub fn signature(&self) -> Option<Signature> {
        match self {
            FunctionImpl::Scalar(function) => function.signature(),
            FunctionImpl::Aggregate(function) => function.signature(),
            FunctionImpl::Table(function) => function.signature(),
        }
    }
}

impl std::fmt::Debug for FunctionImpl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FunctionImpl::{:?}", self.kind())
    }
}
