//! Scalar functions: columns in, one column out.

use arrow_array::ArrayRef;
use arrow_schema::DataType;

use crate::CallError;

/// The types a function implementation was written for. Reporting it lets the
/// registrar catch a manifest that disagrees with the code before any call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// Argument types, in order.
    pub args: Vec<DataType>,
    /// Result type (for table functions: the type of the first column).
    pub returns: DataType,
}

/// A function computing one value per row, called once per batch.
///
/// `args` holds one array per declared argument, each `rows` long (constant
/// arguments arrive expanded to full arrays). The result must be `rows` long
/// and of the declared return type; hosts check both.
///
/// ```
/// use std::sync::Arc;
/// use arrow_array::{Array, ArrayRef, Float64Array, cast::AsArray, types::Float64Type};
/// use uni_plugin::{CallError, ScalarFunction};
///
/// struct Double;
/// impl ScalarFunction for Double {
///     fn invoke(&self, args: &[ArrayRef], _rows: usize) -> Result<ArrayRef, CallError> {
///         let input = args[0].as_primitive::<Float64Type>();
///         // One loop over the whole batch; NULLs stay NULL.
///         let doubled: Float64Array = input.unary(|x| x * 2.0);
///         Ok(Arc::new(doubled))
///     }
/// }
///
/// let input: ArrayRef = Arc::new(Float64Array::from(vec![Some(1.5), None]));
/// let out = Double.invoke(&[input], 2).unwrap();
/// assert_eq!(out.as_primitive::<Float64Type>().value(0), 3.0);
/// assert!(out.is_null(1));
/// ```
pub trait ScalarFunction: Send + Sync + 'static {
    /// Computes the function over one batch.
    fn invoke(&self, args: &[ArrayRef], rows: usize) -> Result<ArrayRef, CallError>;

    /// The types this implementation handles. Defaults to `None` (trust the
    /// manifest); override it so the registrar checks the manifest for you.
    fn signature(&self) -> Option<Signature> {
        None
    }
}

impl<T: ScalarFunction + ?Sized> ScalarFunction for std::sync::Arc<T> {
    fn invoke(&self, args: &[ArrayRef], rows: usize) -> Result<ArrayRef, CallError> {
        (**self).invoke(args, rows)
    }
    fn signature(&self) -> Option<Signature> {
        (**self).signature()
    }
}
