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
use arrow_array::{Array, ArrayRef, ArrowPrimitiveType};
use arrow_schema::DataType;
use uni_plugin::{CallError, ScalarFunction, Signature};

/// A column whose rows can be read as `Self`.
pub trait Arg: Sized {
    /// The Arrow type of such a column (reported to the registrar, which
    /// compares it with the manifest: an `int32` argument read as `i64` is a
    /// load error, not a failure on every call).
    fn data_type() -> DataType;
    /// Reads row `row` of `column` (which must be of the right type).
    fn read(column: &ArrayRef, row: usize) -> Self;
    /// Checks the column's type, naming what was expected.
    fn check(column: &ArrayRef) -> Result<(), CallError>;
}

macro_rules! primitive_arg {
    ($ty:ty, $arrow:ty, $name:literal) => {
        impl Arg for $ty {
            fn data_type() -> DataType {
                <$arrow as ArrowPrimitiveType>::DATA_TYPE
            }
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
    fn data_type() -> DataType {
        DataType::Utf8
    }
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
    /// The Arrow type of the column built.
    fn data_type() -> DataType;
    /// Builds a column from per-row results.
    fn build(values: Vec<Option<Self>>) -> ArrayRef;
}

impl Output for f64 {
    fn data_type() -> DataType {
        DataType::Float64
    }
    fn build(values: Vec<Option<Self>>) -> ArrayRef {
        let mut builder = Float64Builder::with_capacity(values.len());
        builder.extend(values);
        Arc::new(builder.finish())
    }
}

impl Output for i64 {
    fn data_type() -> DataType {
        DataType::Int64
    }
    fn build(values: Vec<Option<Self>>) -> ArrayRef {
        let mut builder = Int64Builder::with_capacity(values.len());
        builder.extend(values);
        Arc::new(builder.finish())
    }
}

impl Output for bool {
    fn data_type() -> DataType {
        DataType::Boolean
    }
    fn build(values: Vec<Option<Self>>) -> ArrayRef {
        let mut builder = BooleanBuilder::with_capacity(values.len());
        builder.extend(values);
        Arc::new(builder.finish())
    }
}

impl Output for String {
    fn data_type() -> DataType {
        DataType::Utf8
    }
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

            fn signature(&self) -> Option<Signature> {
                Some(Signature { args: vec![$(<$arg as Arg>::data_type()),+], returns: R::data_type() })
            }
        }
    };
}

scalar_fn_n!(scalar_fn1, ScalarFn1, 1, A: 0);
scalar_fn_n!(scalar_fn2, ScalarFn2, 2, A: 0, B: 1);
scalar_fn_n!(scalar_fn3, ScalarFn3, 3, A: 0, B: 1, C: 2);
scalar_fn_n!(scalar_fn4, ScalarFn4, 4, A: 0, B: 1, C: 2, D: 3);

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use arrow_array::cast::AsArray;
    use arrow_array::types::Int64Type;
    use arrow_array::{Float64Array, Int64Array, StringArray};
    use uni_plugin::{PluginManifest, Registrar};

    use super::*;

    #[test]
    fn nulls_in_any_argument_give_null_and_types_are_checked() {
        let add = scalar_fn2(|a: i64, b: i64| a + b);
        let a: ArrayRef = Arc::new(Int64Array::from(vec![Some(1), None, Some(3)]));
        let b: ArrayRef = Arc::new(Int64Array::from(vec![Some(10), Some(20), None]));
        let out = add.invoke(&[a.clone(), b], 3).unwrap();
        let out = out.as_primitive::<Int64Type>();
        assert_eq!(out.value(0), 11);
        assert!(out.is_null(1) && out.is_null(2));
        let wrong: ArrayRef = Arc::new(Float64Array::from(vec![1.0, 2.0, 3.0]));
        let error = add.invoke(&[a.clone(), wrong], 3).unwrap_err();
        assert!(error.to_string().contains("expected int64, got Float64"), "{error}");
        assert!(add.invoke(&[a], 3).unwrap_err().to_string().contains("expected 2 arguments"));
    }

    #[test]
    fn helpers_report_their_types_and_the_registrar_compares_them() {
        let length = scalar_fn1(|s: String| s.len() as i64);
        assert_eq!(length.signature(), Some(Signature { args: vec![DataType::Utf8], returns: DataType::Int64 }));
        let input: ArrayRef = Arc::new(StringArray::from(vec!["abc"]));
        assert_eq!(length.invoke(&[input], 1).unwrap().as_primitive::<Int64Type>().value(0), 3);

        let manifest = |arg: &str| {
            Arc::new(
                PluginManifest::from_toml_str(&format!(
                    "[plugin]\nid = \"com.example.x\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"x\"\n\n[[functions]]\nname = \"f\"\nkind = \"scalar\"\nargs = [\"{arg}\"]\nreturns = \"int64\"\n"
                ))
                .unwrap(),
            )
        };
        let mut registrar = Registrar::new(manifest("int64"));
        registrar.scalar("f", scalar_fn1(|x: i64| x));
        registrar.finish().unwrap();

        // The manifest says int32, the closure reads i64: refused at load.
        let mut registrar = Registrar::new(manifest("int32"));
        registrar.scalar("f", scalar_fn1(|x: i64| x));
        let error = registrar.finish().unwrap_err().to_string();
        assert!(error.contains("Int32") && error.contains("Int64"), "{error}");
    }
}
