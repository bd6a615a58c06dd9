//! Typed columns: Arrow arrays as the plain lists of the `uni:plugin@0.2.0`
//! world's `column` type, so a guest in any language reads its arguments as
//! that language's lists, without an Arrow library.
//!
//! This is the language-neutral half shared by the host and the Rust SDK;
//! each side maps these types to its generated bindings field by field
//! (moves, no copies). A `float64` column becomes one `Vec<f64>` (one
//! memory copy) and back without a copy; strings are offsets into one byte
//! buffer. Types without a case of their own travel as a one-column Arrow
//! IPC stream ([`TypedValues::ArrowIpc`]): which form a column takes
//! depends on its type alone.
//!
//! Decoding ([`column_from_typed`]) treats its input as hostile: every
//! length, offset, bitmap and UTF-8 byte is checked before an array exists,
//! under a panic guard.
//!
//! ```
//! use std::sync::Arc;
//! use arrow_array::{ArrayRef, Float64Array};
//! use uni_plugin::ipc::typed::{TypedValues, column_from_typed, column_to_typed};
//! let column: ArrayRef = Arc::new(Float64Array::from(vec![Some(1.5), None]));
//! let typed = column_to_typed(&column).unwrap();
//! assert!(matches!(typed.values, TypedValues::Float64(ref values) if values.len() == 2));
//! assert_eq!(&column_from_typed(typed, Some(2)).unwrap(), &column);
//! ```

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{
    Date32Type, Float32Type, Float64Type, Int8Type, Int16Type, Int32Type, Int64Type, UInt8Type, UInt16Type, UInt32Type,
    UInt64Type,
};
use arrow_array::{Array, ArrayRef, ArrowPrimitiveType, RecordBatch, RecordBatchOptions, make_array};
use arrow_buffer::{BooleanBuffer, Buffer, NullBuffer};
use arrow_data::ArrayData;
use arrow_schema::{ArrowError, DataType, Field, Schema, TimeUnit};

/// Arrow's time unit, for the WIT conversions (`wit_column_conversions!`).
pub use arrow_schema::TimeUnit as ArrowTimeUnit;

/// The values of one column, one case per Arrow type family (the WIT
/// `values` variant).
#[derive(Debug, Clone, PartialEq)]
pub enum TypedValues {
    /// `boolean`
    Boolean(Vec<bool>),
    /// `int8`
    Int8(Vec<i8>),
    /// `int16`
    Int16(Vec<i16>),
    /// `int32`
    Int32(Vec<i32>),
    /// `int64`
    Int64(Vec<i64>),
    /// `uint8`
    UInt8(Vec<u8>),
    /// `uint16`
    UInt16(Vec<u16>),
    /// `uint32`
    UInt32(Vec<u32>),
    /// `uint64`
    UInt64(Vec<u64>),
    /// `float32`
    Float32(Vec<f32>),
    /// `float64`
    Float64(Vec<f64>),
    /// `utf8`: value `i` is `data[offsets[i]..offsets[i + 1]]`.
    Utf8 {
        /// One more than the rows, from 0, never decreasing.
        offsets: Vec<i32>,
        /// The values' bytes, back to back.
        data: Vec<u8>,
    },
    /// `binary`, laid out like [`TypedValues::Utf8`].
    Binary {
        /// One more than the rows, from 0, never decreasing.
        offsets: Vec<i32>,
        /// The values' bytes, back to back.
        data: Vec<u8>,
    },
    /// `date32`: days since 1970-01-01.
    Date32(Vec<i32>),
    /// Timestamps in `unit`s since the Unix epoch.
    Timestamp {
        /// The unit.
        unit: TimeUnit,
        /// The column's zone, none without one.
        timezone: Option<String>,
        /// The values.
        values: Vec<i64>,
    },
    /// Any other type: an Arrow IPC stream holding exactly this column.
    ArrowIpc(Vec<u8>),
}

/// One column: its values and, when some are NULL, Arrow's validity
/// bitmap (bit `i % 8` of byte `i / 8` set: row `i` holds a value).
#[derive(Debug, Clone, PartialEq)]
pub struct TypedColumn {
    /// None when no row is NULL.
    pub validity: Option<Vec<u8>>,
    /// The values (NULL rows hold any value).
    pub values: TypedValues,
}

/// Named columns of equal length (the WIT `batch` record).
#[derive(Debug, Clone, PartialEq)]
pub struct TypedBatch {
    /// Column names.
    pub names: Vec<String>,
    /// The columns.
    pub columns: Vec<TypedColumn>,
    /// Rows (meaningful when there are no columns).
    pub rows: u32,
}

/// Whether columns of `data_type` have a case of their own (else they
/// cross as Arrow IPC).
pub fn has_typed_case(data_type: &DataType) -> bool {
    matches!(
        data_type,
        DataType::Boolean
            | DataType::Int8
            | DataType::Int16
            | DataType::Int32
            | DataType::Int64
            | DataType::UInt8
            | DataType::UInt16
            | DataType::UInt32
            | DataType::UInt64
            | DataType::Float32
            | DataType::Float64
            | DataType::Utf8
            | DataType::Binary
            | DataType::Date32
            | DataType::Timestamp(_, _)
    )
}

fn primitive_values<T: ArrowPrimitiveType>(column: &ArrayRef) -> Vec<T::Native> {
    column.as_primitive::<T>().values().to_vec()
}

/// Offsets rebased to start at 0 and the bytes they cover (a sliced
/// column sends only its own values).
fn var_values(offsets: &[i32], data: &[u8]) -> Result<(Vec<i32>, Vec<u8>), ArrowError> {
    let first = offsets.first().copied().unwrap_or(0);
    let last = offsets.last().copied().unwrap_or(0);
    let bytes = usize::try_from(first)
        .ok()
        .zip(usize::try_from(last).ok())
        .and_then(|(start, end)| data.get(start..end))
        .ok_or_else(|| ArrowError::InvalidArgumentError("string offsets outside the data".into()))?;
    let offsets = if first == 0 { offsets.to_vec() } else { offsets.iter().map(|offset| offset - first).collect() };
    Ok((offsets, bytes.to_vec()))
}

/// A column as typed values; types without a case of their own become a
/// one-column Arrow IPC stream.
pub fn column_to_typed(column: &ArrayRef) -> Result<TypedColumn, ArrowError> {
    let validity = |column: &ArrayRef| {
        column.logical_nulls().filter(|nulls| nulls.null_count() > 0).map(|nulls| nulls.inner().sliced().to_vec())
    };
    let values = match column.data_type() {
        DataType::Boolean => TypedValues::Boolean(column.as_boolean().values().iter().collect()),
        DataType::Int8 => TypedValues::Int8(primitive_values::<Int8Type>(column)),
        DataType::Int16 => TypedValues::Int16(primitive_values::<Int16Type>(column)),
        DataType::Int32 => TypedValues::Int32(primitive_values::<Int32Type>(column)),
        DataType::Int64 => TypedValues::Int64(primitive_values::<Int64Type>(column)),
        DataType::UInt8 => TypedValues::UInt8(primitive_values::<UInt8Type>(column)),
        DataType::UInt16 => TypedValues::UInt16(primitive_values::<UInt16Type>(column)),
        DataType::UInt32 => TypedValues::UInt32(primitive_values::<UInt32Type>(column)),
        DataType::UInt64 => TypedValues::UInt64(primitive_values::<UInt64Type>(column)),
        DataType::Float32 => TypedValues::Float32(primitive_values::<Float32Type>(column)),
        DataType::Float64 => TypedValues::Float64(primitive_values::<Float64Type>(column)),
        DataType::Date32 => TypedValues::Date32(primitive_values::<Date32Type>(column)),
        DataType::Utf8 => {
            let strings = column.as_string::<i32>();
            let (offsets, data) = var_values(strings.value_offsets(), strings.value_data())?;
            TypedValues::Utf8 { offsets, data }
        }
        DataType::Binary => {
            let bytes = column.as_binary::<i32>();
            let (offsets, data) = var_values(bytes.value_offsets(), bytes.value_data())?;
            TypedValues::Binary { offsets, data }
        }
        DataType::Timestamp(unit, timezone) => {
            let data = column.to_data();
            let values = data.buffer::<i64>(0).get(data.offset()..data.offset() + data.len()).unwrap_or(&[]).to_vec();
            TypedValues::Timestamp { unit: *unit, timezone: timezone.as_ref().map(|zone| zone.to_string()), values }
        }
        _ => {
            return Ok(TypedColumn {
                validity: None,
                values: TypedValues::ArrowIpc(super::encode_columns(std::slice::from_ref(column), column.len())?),
            });
        }
    };
    Ok(TypedColumn { validity: validity(column), values })
}

/// Columns as typed values (see [`column_to_typed`]).
pub fn columns_to_typed(columns: &[ArrayRef]) -> Result<Vec<TypedColumn>, ArrowError> {
    columns.iter().map(column_to_typed).collect()
}

/// A batch as typed values, with its column names.
pub fn batch_to_typed(batch: &RecordBatch) -> Result<TypedBatch, ArrowError> {
    Ok(TypedBatch {
        names: batch.schema_ref().fields().iter().map(|field| field.name().clone()).collect(),
        columns: columns_to_typed(batch.columns())?,
        rows: u32::try_from(batch.num_rows())
            .map_err(|_| ArrowError::InvalidArgumentError("a batch of more than 2^32 rows".into()))?,
    })
}

fn invalid(message: String) -> ArrowError {
    ArrowError::InvalidArgumentError(message)
}

fn time_unit_data_type(unit: TimeUnit, timezone: Option<String>) -> DataType {
    DataType::Timestamp(unit, timezone.map(Arc::from))
}

/// A fixed-width column's type, its values as a buffer (the vector's own
/// allocation, not a copy) and its length.
fn fixed<T: arrow_buffer::ArrowNativeType>(data_type: DataType, values: Vec<T>) -> (DataType, Vec<Buffer>, usize) {
    let len = values.len();
    (data_type, vec![Buffer::from_vec(values)], len)
}

/// Decodes one typed column from untrusted input. `rows`, when given, is
/// the length the column must have. Everything is validated before an
/// array exists (lengths, bitmap size, offsets, UTF-8), under a panic
/// guard.
pub fn column_from_typed(column: TypedColumn, rows: Option<usize>) -> Result<ArrayRef, ArrowError> {
    super::guarded(|| column_from_typed_unguarded(column, rows))
}

fn column_from_typed_unguarded(column: TypedColumn, rows: Option<usize>) -> Result<ArrayRef, ArrowError> {
    let TypedColumn { validity, values } = column;
    let (data_type, buffers, len) = match values {
        TypedValues::ArrowIpc(bytes) => {
            if validity.is_some() {
                return Err(invalid(
                    "an `arrow-ipc` column carries its validity inside the stream, not beside it".into(),
                ));
            }
            let batch = super::decode_batch(&bytes)?;
            if batch.num_columns() != 1 {
                return Err(invalid(format!(
                    "an `arrow-ipc` column must hold exactly one column, it holds {}",
                    batch.num_columns()
                )));
            }
            let array = batch.column(0).clone();
            if let Some(rows) = rows.filter(|rows| *rows != array.len()) {
                return Err(invalid(format!("a column of {} rows where {rows} were expected", array.len())));
            }
            return Ok(array);
        }
        TypedValues::Boolean(values) => {
            let len = values.len();
            (DataType::Boolean, vec![BooleanBuffer::from(values).into_inner()], len)
        }
        TypedValues::Int8(values) => fixed(DataType::Int8, values),
        TypedValues::Int16(values) => fixed(DataType::Int16, values),
        TypedValues::Int32(values) => fixed(DataType::Int32, values),
        TypedValues::Int64(values) => fixed(DataType::Int64, values),
        TypedValues::UInt8(values) => fixed(DataType::UInt8, values),
        TypedValues::UInt16(values) => fixed(DataType::UInt16, values),
        TypedValues::UInt32(values) => fixed(DataType::UInt32, values),
        TypedValues::UInt64(values) => fixed(DataType::UInt64, values),
        TypedValues::Float32(values) => fixed(DataType::Float32, values),
        TypedValues::Float64(values) => fixed(DataType::Float64, values),
        TypedValues::Date32(values) => fixed(DataType::Date32, values),
        TypedValues::Timestamp { unit, timezone, values } => fixed(time_unit_data_type(unit, timezone), values),
        TypedValues::Utf8 { offsets, data } => var(DataType::Utf8, offsets, data)?,
        TypedValues::Binary { offsets, data } => var(DataType::Binary, offsets, data)?,
    };
    if let Some(rows) = rows.filter(|rows| *rows != len) {
        return Err(invalid(format!("a column of {len} rows where {rows} were expected")));
    }
    let nulls = match validity {
        None => None,
        Some(bitmap) => {
            if bitmap.len() < len.div_ceil(8) {
                return Err(invalid(format!("a validity bitmap of {} bytes for {len} rows", bitmap.len())));
            }
            Some(NullBuffer::new(BooleanBuffer::new(Buffer::from_vec(bitmap), 0, len)))
        }
    };
    let data =
        ArrayData::try_new(data_type, len, nulls.map(|nulls| nulls.into_inner().into_inner()), 0, buffers, vec![])?;
    // `try_new` checks sizes and offsets; UTF-8 and offset order need the
    // full check.
    data.validate_full()?;
    Ok(make_array(data))
}

/// A variable-length column's type, buffers and length, its offsets
/// checked against its data.
fn var(data_type: DataType, offsets: Vec<i32>, data: Vec<u8>) -> Result<(DataType, Vec<Buffer>, usize), ArrowError> {
    let Some(len) = offsets.len().checked_sub(1) else {
        return Err(invalid("variable-length values need at least one offset (0)".into()));
    };
    if offsets[0] != 0 {
        return Err(invalid(format!("offsets must start at 0, not {}", offsets[0])));
    }
    if offsets.windows(2).any(|pair| pair[1] < pair[0]) {
        return Err(invalid("offsets must never decrease".into()));
    }
    let end = offsets[len];
    if usize::try_from(end).ok() != Some(data.len()) {
        return Err(invalid(format!("the last offset is {end} but the data holds {} bytes", data.len())));
    }
    Ok((data_type, vec![Buffer::from_vec(offsets), Buffer::from_vec(data)], len))
}

/// Decodes typed columns, each `rows` long.
pub fn columns_from_typed(columns: Vec<TypedColumn>, rows: usize) -> Result<Vec<ArrayRef>, ArrowError> {
    columns.into_iter().map(|column| column_from_typed(column, Some(rows))).collect()
}

/// Decodes a typed batch (columns nullable, named as sent).
pub fn batch_from_typed(batch: TypedBatch) -> Result<RecordBatch, ArrowError> {
    let TypedBatch { names, columns, rows } = batch;
    if names.len() != columns.len() {
        return Err(invalid(format!("a batch of {} columns with {} names", columns.len(), names.len())));
    }
    let columns = columns_from_typed(columns, rows as usize)?;
    let fields: Vec<Field> = names
        .into_iter()
        .zip(&columns)
        .map(|(name, column)| Field::new(name, column.data_type().clone(), true))
        .collect();
    RecordBatch::try_new_with_options(
        Arc::new(Schema::new(fields)),
        columns,
        &RecordBatchOptions::new().with_row_count(Some(rows as usize)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::{
        BinaryArray, BooleanArray, Date32Array, Float64Array, Int8Array, Int64Array, ListArray, StringArray,
        TimestampMillisecondArray, UInt16Array,
    };
    use proptest::prelude::*;

    fn round_trip(column: ArrayRef) {
        let typed = column_to_typed(&column).unwrap();
        let back = column_from_typed(typed, Some(column.len())).unwrap();
        assert_eq!(&back, &column);
    }

    #[test]
    fn every_typed_case_round_trips_with_nulls() {
        round_trip(Arc::new(BooleanArray::from(vec![Some(true), None, Some(false)])));
        round_trip(Arc::new(Int8Array::from(vec![Some(-1), None])));
        round_trip(Arc::new(UInt16Array::from(vec![7, 8, 9])));
        round_trip(Arc::new(Int64Array::from(vec![None, Some(i64::MIN)])));
        round_trip(Arc::new(Float64Array::from(vec![Some(1.5), None, Some(f64::NAN)])));
        round_trip(Arc::new(StringArray::from(vec![Some("héllo"), None, Some(""), Some("🦀")])));
        round_trip(Arc::new(BinaryArray::from(vec![Some(&b"\x00\xff"[..]), None])));
        round_trip(Arc::new(Date32Array::from(vec![Some(19_000), None])));
        round_trip(Arc::new(TimestampMillisecondArray::from(vec![Some(1), None]).with_timezone("+02:00")));
    }

    #[test]
    fn other_types_cross_as_one_column_ipc() {
        let list: ArrayRef =
            Arc::new(ListArray::from_iter_primitive::<Int64Type, _, _>(vec![Some(vec![Some(1), None]), None]));
        let typed = column_to_typed(&list).unwrap();
        assert!(matches!(typed.values, TypedValues::ArrowIpc(_)) && typed.validity.is_none());
        round_trip(list);
    }

    #[test]
    fn slices_send_only_their_rows() {
        let strings: ArrayRef = Arc::new(StringArray::from(vec![Some("a"), None, Some("bc"), Some("def")]));
        let sliced = strings.slice(1, 2);
        let typed = column_to_typed(&sliced).unwrap();
        assert_eq!(typed.values, TypedValues::Utf8 { offsets: vec![0, 0, 2], data: b"bc".to_vec() });
        round_trip(sliced);
        let floats: ArrayRef = Arc::new(Float64Array::from(vec![Some(1.0), None, Some(3.0)]));
        round_trip(floats.slice(1, 2));
    }

    fn utf8(offsets: Vec<i32>, data: &[u8]) -> TypedColumn {
        TypedColumn { validity: None, values: TypedValues::Utf8 { offsets, data: data.to_vec() } }
    }

    #[test]
    fn hostile_columns_are_refused_with_a_reason() {
        let cases = [
            (utf8(vec![], b""), "at least one offset"),
            (utf8(vec![1, 2], b"ab"), "start at 0"),
            (utf8(vec![0, 2, 1], b"ab"), "never decrease"),
            (utf8(vec![0, 5], b"ab"), "last offset is 5"),
            (utf8(vec![0, 2], b"\xff\xfe"), "utf"),
            (TypedColumn { validity: Some(vec![]), values: TypedValues::Int64(vec![1; 9]) }, "bitmap of 0 bytes"),
            (TypedColumn { validity: Some(vec![0]), values: TypedValues::ArrowIpc(vec![]) }, "inside the stream"),
            (TypedColumn { validity: None, values: TypedValues::ArrowIpc(b"junk".to_vec()) }, ""),
        ];
        for (column, expected) in cases {
            let error = column_from_typed(column, None).unwrap_err().to_string();
            assert!(error.to_lowercase().contains(expected), "{error} lacks {expected}");
        }
        let error = column_from_typed(TypedColumn { validity: None, values: TypedValues::Float64(vec![1.0]) }, Some(2))
            .unwrap_err()
            .to_string();
        assert!(error.contains("1 rows where 2 were expected"), "{error}");
    }

    #[test]
    fn batches_keep_names_and_row_counts() {
        let batch = RecordBatch::try_new(
            Arc::new(Schema::new(vec![Field::new("value", DataType::Int64, true)])),
            vec![Arc::new(Int64Array::from(vec![1, 2]))],
        )
        .unwrap();
        let back = batch_from_typed(batch_to_typed(&batch).unwrap()).unwrap();
        assert_eq!(back, batch);
        let empty = batch_from_typed(TypedBatch { names: vec![], columns: vec![], rows: 3 }).unwrap();
        assert_eq!(empty.num_rows(), 3);
        let mismatched = TypedBatch { names: vec![], columns: vec![utf8(vec![0], b"")], rows: 0 };
        assert!(batch_from_typed(mismatched).is_err());
    }

    proptest! {
        /// Whatever a guest sends decodes or is refused; nothing panics.
        #[test]
        fn arbitrary_var_values_never_panic(
            offsets in proptest::collection::vec(-4i32..40, 0..8),
            data in proptest::collection::vec(any::<u8>(), 0..40),
            validity in proptest::option::of(proptest::collection::vec(any::<u8>(), 0..3)),
            binary in any::<bool>(),
        ) {
            let values = if binary { TypedValues::Binary { offsets, data } } else { TypedValues::Utf8 { offsets, data } };
            let _ = column_from_typed(TypedColumn { validity, values }, None);
        }

        #[test]
        fn nullable_floats_round_trip(values in proptest::collection::vec(proptest::option::of(any::<f64>()), 0..50)) {
            let column: ArrayRef = Arc::new(Float64Array::from(values));
            let back = column_from_typed(column_to_typed(&column).unwrap(), Some(column.len())).unwrap();
            prop_assert_eq!(back.logical_nulls(), column.logical_nulls());
        }
    }
}
