//! Table functions: constant arguments in, a stream of record batches out.

use arrow_array::{ArrayRef, RecordBatch};

use crate::CallError;
use crate::surface::Signature;

/// Batches produced on demand by a table function.
pub type RecordBatchStream = Box<dyn Iterator<Item = Result<RecordBatch, CallError>> + Send>;

/// A function used in `FROM`, e.g. `SELECT * FROM series(1, 10, 1)`.
///
/// Each argument arrives as an array of length one (a constant); the
/// returned batches must have the columns the manifest's `returns` declares.
/// Produce batches lazily: a consumer may stop early (`LIMIT`).
pub trait TableFunction: Send + Sync + 'static {
    /// Starts producing rows for these arguments.
    fn call(&self, args: &[ArrayRef]) -> Result<RecordBatchStream, CallError>;

    /// The types this implementation handles (see [`Signature`]).
    fn signature(&self) -> Option<Signature> {
        None
    }
}

impl<T: TableFunction + ?Sized> TableFunction for std::sync::Arc<T> {
    fn call(&self, args: &[ArrayRef]) -> Result<RecordBatchStream, CallError> {
        (**self).call(args)
    }
    fn signature(&self) -> Option<Signature> {
        (**self).signature()
    }
}
