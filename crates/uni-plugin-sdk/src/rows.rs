//! Row-wise helpers: write a closure over plain values, get a whole-batch
//! function with NULLs handled (a NULL in any argument gives a NULL result).
//!
//! ```
//! use std::sync::Arc;
//! use arrow_array::{Array, ArrayRef, Float64Array, cast::AsArray, types::Float64Type};
//! use uni_plugin::ScalarFunction;
//! use uni_plugin_sdk::rows::scalar_fn2;
//!
//! let hypot = scalar_fn2(|a: f64, b: f64| -> f64 { (a * a + b * b).sqrt() });
//! let a: ArrayRef = Arc::new(Float64Array::from(vec![Some(3.0), None]));
//! let b: ArrayRef = Arc::new(Float64Array::from(vec![Some(4.0), Some(1.0)]));
//! let out = hypot.invoke(&[a, b], 2).unwrap();
//! assert_eq!(out.as_primitive::<Float64Type>().value(0), 5.0);
//! assert!(out.is_null(1));
//! ```

use std::marker::PhantomData;
use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Float64Builder, Int64Builder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type};
use arrow_array::{Array, ArrayRef};
use uni_plugin::{CallError, ScalarFunction};

/// A column whose rows can be read as `Self`.
pub trait Arg: Sized {
    /// Reads row `row` of `column` (which must be of the right type).
    fn read(column: &ArrayRef, row: usize) -> Self;
    /// Checks the column's type, naming what was expected.
    fn check(column: &ArrayRef) -> Result<(), CallError>;
}

macro_rules! primitive_arg {
    ($ty:ty, $arrow:ty, $name:literal) => {
        impl Arg for $ty {
            fn read(column: &ArrayRef, row: usize) -> Self {
                column.as_primitive::<$arrow>().value(row)
            }
            fn check(column: &ArrayRef) -> Result<(), CallError> {
                column
                    .as_primitive_opt::<$arrow>()
                    .map(|_| ())
                    .ok_or_else(|| CallError::invalid_input(format!("expected {}, got {}", $name, column.data_type())))
            }
        }
    };
}
primitive_arg!(f64, Float64Type, "float64");
primitive_arg!(i64, Int64Type, "int64");

impl Arg for String {
    fn read(column: &ArrayRef, row: usize) -> Self {
        column.as_string::<i32>().value(row).to_owned()
    }
    fn check(column: &ArrayRef) -> Result<(), CallError> {
        column
            .as_string_opt::<i32>()
            .map(|_| ())
            .ok_or_else(|| CallError::invalid_input(format!("expected utf8, got {}", column.data_type())))
    }
}

/// A result type a closure may return.
pub trait Output: Sized {
    /// Builds a column from per-row results.
    fn build(values: Vec<Option<Self>>) -> ArrayRef;
}

impl Output for f64 {
    fn build(values: Vec<Option<Self>>) -> ArrayRef {
        let mut builder = Float64Builder::with_capacity(values.len());
        builder.extend(values);
        Arc::new(builder.finish())
    }
}

impl Output for i64 {
    fn build(values: Vec<Option<Self>>) -> ArrayRef {
        let mut builder = Int64Builder::with_capacity(values.len());
        builder.extend(values);
        Arc::new(builder.finish())
    }
}

impl Output for bool {
    fn build(values: Vec<Option<Self>>) -> ArrayRef {
        let mut builder = BooleanBuilder::with_capacity(values.len());
        builder.extend(values);
        Arc::new(builder.finish())
    }
}

impl Output for String {
    fn build(values: Vec<Option<Self>>) -> ArrayRef {
        let mut builder = StringBuilder::with_capacity(values.len(), values.len() * 8);
        for value in values {
            builder.append_option(value);
        }
        Arc::new(builder.finish())
    }
}

/// Checks one argument column's type.
type TypeCheck = fn(&ArrayRef) -> Result<(), CallError>;

fn run_rows<R: Output>(
    args: &[ArrayRef],
    arity: usize,
    rows: usize,
    checks: &[TypeCheck],
    row_value: impl Fn(usize) -> R,
) -> Result<ArrayRef, CallError> {
    if args.len() != arity {
        return Err(CallError::invalid_input(format!("expected {arity} arguments, got {}", args.len())));
    }
    for (column, check) in args.iter().zip(checks) {
        check(column)?;
    }
    let values = (0..rows).map(|row| args.iter().all(|column| column.is_valid(row)).then(|| row_value(row))).collect();
    Ok(R::build(values))
}

macro_rules! scalar_fn_n {
    ($fn_name:ident, $struct_name:ident, $arity:literal, $($arg:ident : $idx:tt),+) => {
        /// A scalar function from a closure over plain values, applied row
        /// by row over the whole batch.
        pub struct $struct_name<F, $($arg,)+ R>(F, PhantomData<fn($($arg),+) -> R>);

        /// Wraps a closure as a whole-batch scalar function (NULL in, NULL out).
        pub fn $fn_name<$($arg: Arg,)+ R: Output, F: Fn($($arg),+) -> R + Send + Sync + 'static>(function: F) -> $struct_name<F, $($arg,)+ R> {
            $struct_name(function, PhantomData)
        }

        impl<$($arg: Arg + 'static,)+ R: Output + 'static, F: Fn($($arg),+) -> R + Send + Sync + 'static> ScalarFunction for $struct_name<F, $($arg,)+ R> {
            fn invoke(&self, args: &[ArrayRef], rows: usize) -> Result<ArrayRef, CallError> {
                run_rows(args, $arity, rows, &[$(<$arg as Arg>::check),+], |row| (self.0)($(<$arg as Arg>::read(&args[$idx], row)),+))
            }
        }
    };
}

scalar_fn_n!(scalar_fn1, ScalarFn1, 1, A: 0);
scalar_fn_n!(scalar_fn2, ScalarFn2, 2, A: 0, B: 1);
scalar_fn_n!(scalar_fn3, ScalarFn3, 3, A: 0, B: 1, C: 2);
scalar_fn_n!(scalar_fn4, ScalarFn4, 4, A: 0, B: 1, C: 2, D: 3);
