//! Raw columns: the fast path beside Arrow IPC for the common column types.
//!
//! Arrow IPC stays the documented interchange format; for batches whose
//! columns are all booleans, integers, floats, `date32`, `utf8` or `binary`
//! (unsliced), the host and guest may instead exchange the Arrow buffers as
//! they are, behind a small header — no flatbuffer schema to build or
//! parse, so a one-row call costs a few hundred bytes of copying. Decoding
//! validates everything (lengths, offsets, UTF-8), exactly as for IPC.
//!
//! ```text
//! "UPR1" | rows: u32 | columns: u32 | per column:
//!   type tag: u8 | has_nulls: u8 | [validity bitmap: len u32, bytes]
//!   | [offsets (utf8, binary): len u32, bytes] | values: len u32, bytes
//! ```
//! All integers little-endian. IPC streams begin with `0xFFFFFFFF`, so the
//! two formats cannot be confused.

use std::sync::Arc;

use arrow_array::{ArrayRef, RecordBatch, RecordBatchOptions, make_array};
use arrow_buffer::Buffer;
use arrow_data::ArrayData;
use arrow_schema::{ArrowError, DataType, Field, Schema};

/// The first bytes of a raw-columns message.
pub const MAGIC: &[u8; 4] = b"UPR1";

const TYPES: [DataType; 14] = [
    DataType::Boolean,
    DataType::Int8,
    DataType::Int16,
    DataType::Int32,
    DataType::Int64,
    DataType::UInt8,
    DataType::UInt16,
    DataType::UInt32,
    DataType::UInt64,
    DataType::Float32,
    DataType::Float64,
    DataType::Date32,
    DataType::Utf8,
    DataType::Binary,
];

fn tag_of(data_type: &DataType) -> Option<u8> {
    TYPES.iter().position(|known| known == data_type).map(|position| position as u8)
}

/// Whether `bytes` is a raw-columns message.
pub fn is_raw(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

fn put_u32(out: &mut Vec<u8>, value: usize) -> Option<()> {
    out.extend_from_slice(&u32::try_from(value).ok()?.to_le_bytes());
    Some(())
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) -> Option<()> {
    put_u32(out, bytes.len())?;
    out.extend_from_slice(bytes);
    Some(())
}

/// Encodes `columns` (each `rows` long) as raw columns, or `None` when a
/// column's type is not covered or it is a slice (then use IPC).
pub fn encode(columns: &[ArrayRef], rows: usize) -> Option<Vec<u8>> {
    let size: usize = columns.iter().map(|c| c.get_buffer_memory_size()).sum();
    let mut out = Vec::with_capacity(size + 16 + 16 * columns.len());
    out.extend_from_slice(MAGIC);
    put_u32(&mut out, rows)?;
    put_u32(&mut out, columns.len())?;
    let bitmap_len = rows.div_ceil(8);
    for column in columns {
        let data = column.to_data();
        if data.offset() != 0 || data.len() != rows {
            return None;
        }
        let tag = tag_of(data.data_type())?;
        out.push(tag);
        match data.nulls().filter(|nulls| nulls.null_count() > 0) {
            Some(nulls) => {
                if nulls.offset() != 0 {
                    return None;
                }
                out.push(1);
                put_bytes(&mut out, nulls.validity().get(..bitmap_len)?)?;
            }
            None => out.push(0),
        }
        let buffers = data.buffers();
        match data.data_type() {
            DataType::Boolean => put_bytes(&mut out, buffers.first()?.as_slice().get(..bitmap_len)?)?,
            DataType::Utf8 | DataType::Binary => {
                let offsets = buffers.first()?.as_slice().get(..(rows + 1) * 4)?;
                let offset_at = |row: usize| -> Option<usize> {
                    usize::try_from(i32::from_le_bytes(offsets.get(row * 4..row * 4 + 4)?.try_into().ok()?)).ok()
                };
                let (start, end) = (offset_at(0)?, offset_at(rows)?);
                if start == 0 {
                    put_bytes(&mut out, offsets)?;
                } else {
                    // A slice: send only its values, offsets rebased to 0.
                    put_u32(&mut out, offsets.len())?;
                    for row in 0..=rows {
                        out.extend_from_slice(&u32::try_from(offset_at(row)? - start).ok()?.to_le_bytes());
                    }
                }
                put_bytes(&mut out, buffers.get(1)?.as_slice().get(start..end)?)?;
            }
            fixed => {
                let width = fixed.primitive_width()?;
                put_bytes(&mut out, buffers.first()?.as_slice().get(..rows * width)?)?;
            }
        }
    }
    Some(out)
}

/// Reads a raw-columns message, checking every length.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, len: usize) -> Result<&'a [u8], ArrowError> {
        if self.bytes.len() < len {
            return Err(ArrowError::IpcError("raw columns message is truncated".into()));
        }
        let (head, rest) = self.bytes.split_at(len);
        self.bytes = rest;
        Ok(head)
    }

    fn u8(&mut self) -> Result<u8, ArrowError> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<usize, ArrowError> {
        let bytes: [u8; 4] = self.take(4)?.try_into().map_err(|_| ArrowError::IpcError("bad length".into()))?;
        Ok(u32::from_le_bytes(bytes) as usize)
    }

    fn bytes(&mut self) -> Result<&'a [u8], ArrowError> {
        let len = self.u32()?;
        self.take(len)
    }
}

/// Decodes a raw-columns message into a batch (columns `c0`, `c1`, ...),
/// validating buffers, offsets and UTF-8.
pub fn decode(bytes: &[u8]) -> Result<RecordBatch, ArrowError> {
    super::guarded(|| decode_unguarded(bytes))
}

fn decode_unguarded(bytes: &[u8]) -> Result<RecordBatch, ArrowError> {
    let mut reader = Reader {
        bytes: bytes
            .strip_prefix(MAGIC.as_slice())
            .ok_or_else(|| ArrowError::IpcError("not a raw columns message".into()))?,
    };
    let rows = reader.u32()?;
    let count = reader.u32()?;
    let mut fields = Vec::with_capacity(count.min(1024));
    let mut columns = Vec::with_capacity(count.min(1024));
    for index in 0..count {
        let tag = reader.u8()?;
        let data_type = TYPES
            .get(tag as usize)
            .cloned()
            .ok_or_else(|| ArrowError::IpcError(format!("raw columns: unknown type tag {tag} in column {index}")))?;
        let nulls = match reader.u8()? {
            0 => None,
            1 => {
                // arrow asserts (panics) on a bitmap shorter than the rows.
                let bitmap = reader.bytes()?;
                if bitmap.len() < rows.div_ceil(8) {
                    return Err(ArrowError::IpcError(format!(
                        "raw columns: column {index} has a null bitmap of {} bytes for {rows} rows",
                        bitmap.len()
                    )));
                }
                Some(Buffer::from_slice_ref(bitmap))
            }
            other => return Err(ArrowError::IpcError(format!("raw columns: bad null flag {other}"))),
        };
        // Buffer sizes are checked here, not left to arrow: it asserts on a
        // buffer that does not hold whole values.
        let wrong_size = |what: &str, len: usize| {
            ArrowError::IpcError(format!("raw columns: column {index} has {what} of {len} bytes for {rows} rows"))
        };
        let mut builder = ArrayData::builder(data_type.clone()).len(rows).null_bit_buffer(nulls);
        if matches!(data_type, DataType::Utf8 | DataType::Binary) {
            let offsets = reader.bytes()?;
            if Some(offsets.len()) != rows.checked_add(1).and_then(|count| count.checked_mul(4)) {
                return Err(wrong_size("offsets", offsets.len()));
            }
            builder = builder.add_buffer(Buffer::from_slice_ref(offsets));
        }
        let values = reader.bytes()?;
        let needed = match &data_type {
            DataType::Boolean => Some(rows.div_ceil(8)),
            DataType::Utf8 | DataType::Binary => None,
            fixed => fixed.primitive_width().and_then(|width| rows.checked_mul(width)),
        };
        if needed.is_some_and(|needed| values.len() != needed) {
            return Err(wrong_size("values", values.len()));
        }
        builder = builder.add_buffer(Buffer::from_slice_ref(values));
        columns.push(make_array(builder.build()?));
        fields.push(Field::new(format!("c{index}"), data_type, true));
    }
    if !reader.bytes.is_empty() {
        return Err(ArrowError::IpcError("raw columns message has trailing bytes".into()));
    }
    RecordBatch::try_new_with_options(
        Arc::new(Schema::new(fields)),
        columns,
        &RecordBatchOptions::new().with_row_count(Some(rows)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::{BinaryArray, BooleanArray, Date32Array, Float64Array, Int8Array, StringArray, UInt64Array};
    use proptest::prelude::*;

    fn round_trip(columns: Vec<ArrayRef>, rows: usize) {
        let bytes = encode(&columns, rows).expect("covered types");
        let batch = decode(&bytes).unwrap();
        assert_eq!(batch.num_rows(), rows);
        for (got, want) in batch.columns().iter().zip(&columns) {
            assert_eq!(got.as_ref(), want.as_ref());
        }
    }

    #[test]
    fn every_covered_type_round_trips_with_nulls() {
        round_trip(
            vec![
                Arc::new(BooleanArray::from(vec![Some(true), None, Some(false)])),
                Arc::new(Int8Array::from(vec![Some(-1), Some(2), None])),
                Arc::new(UInt64Array::from(vec![1, 2, u64::MAX])),
                Arc::new(Float64Array::from(vec![Some(1.5), None, Some(f64::NAN)])),
                Arc::new(Date32Array::from(vec![1, 2, 3])),
                Arc::new(StringArray::from(vec![Some("Über"), None, Some("")])),
                Arc::new(BinaryArray::from(vec![Some(&b"\x00\xff"[..]), Some(&b""[..]), None])),
            ],
            3,
        );
        round_trip(vec![], 5);
        round_trip(vec![Arc::new(Float64Array::from(Vec::<f64>::new()))], 0);
    }

    #[test]
    fn slices_round_trip_or_fall_back_and_other_types_fall_back() {
        // Sliced values and offsets are sent from where the slice starts.
        round_trip(vec![Arc::new(Int8Array::from(vec![1, 2, 3]).slice(1, 2))], 2);
        round_trip(vec![Arc::new(StringArray::from(vec!["ab", "cde", "f"]).slice(1, 2))], 2);
        // A sliced string column carries only its own bytes, not the prefix.
        let long = "x".repeat(10_000);
        let strings: ArrayRef = Arc::new(StringArray::from(vec![long.as_str(), "ab", "c"]).slice(1, 2));
        let bytes = encode(std::slice::from_ref(&strings), 2).unwrap();
        assert!(bytes.len() < 100, "a 2-row slice encoded as {} bytes", bytes.len());
        assert_eq!(decode(&bytes).unwrap().column(0).as_ref(), strings.as_ref());
        // A bit offset (sliced booleans, sliced validity) is not covered.
        let bits: ArrayRef = Arc::new(BooleanArray::from(vec![true, false, true]).slice(1, 2));
        assert!(encode(&[bits], 2).is_none());
        let nulls: ArrayRef = Arc::new(Int8Array::from(vec![Some(1), None, Some(3)]).slice(1, 2));
        assert!(encode(&[nulls], 2).is_none());
        let list: ArrayRef =
            Arc::new(arrow_array::ListArray::new_null(Arc::new(Field::new("item", DataType::Int64, true)), 2));
        assert!(encode(&[list], 2).is_none());
    }

    #[test]
    fn malformed_messages_are_errors() {
        let good = encode(&[Arc::new(StringArray::from(vec!["ab", "c"])) as ArrayRef], 2).unwrap();
        for cut in 0..good.len() {
            assert!(decode(&good[..cut]).is_err(), "truncated at {cut}");
        }
        // Invalid UTF-8 in the values.
        let mut bad = good.clone();
        let last = bad.len() - 1;
        bad[last] = 0xff;
        assert!(decode(&bad).is_err());
        let mut trailing = good;
        trailing.push(0);
        assert!(decode(&trailing).is_err());
    }

    #[test]
    fn buffers_that_do_not_hold_whole_values_are_errors_not_panics() {
        // Found by the `raw_columns` fuzz target: offsets of a length that
        // is not a multiple of 4 tripped an alignment assert in arrow.
        let message = |tag: u8, buffers: &[&[u8]]| {
            let mut bytes = MAGIC.to_vec();
            bytes.extend(2u32.to_le_bytes());
            bytes.extend(1u32.to_le_bytes());
            bytes.extend([tag, 0]);
            for buffer in buffers {
                bytes.extend((buffer.len() as u32).to_le_bytes());
                bytes.extend(*buffer);
            }
            bytes
        };
        let utf8 = tag_of(&DataType::Utf8).unwrap();
        let error = decode(&message(utf8, &[&[0, 0, 0, 0, 1], b"a"])).unwrap_err();
        assert!(error.to_string().contains("offsets of 5 bytes for 2 rows"), "{error}");
        let int64 = tag_of(&DataType::Int64).unwrap();
        let error = decode(&message(int64, &[&[0; 12]])).unwrap_err();
        assert!(error.to_string().contains("values of 12 bytes for 2 rows"), "{error}");
    }

    #[test]
    fn a_null_bitmap_shorter_than_the_rows_is_an_error_not_a_panic() {
        let column: ArrayRef =
            Arc::new(Int8Array::from(vec![Some(1); 64].into_iter().chain([None]).collect::<Vec<_>>()));
        let good = encode(&[column], 65).unwrap();
        // Header (12 bytes), tag, null flag, then the bitmap's length: 9.
        assert_eq!(&good[14..18], &9u32.to_le_bytes());
        let mut short = good[..14].to_vec();
        short.extend_from_slice(&1u32.to_le_bytes());
        short.push(0xff);
        short.extend_from_slice(&good[18 + 9..]);
        let error = decode(&short).unwrap_err();
        assert!(error.to_string().contains("null bitmap of 1 bytes for 65 rows"), "{error}");
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(mut bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let mut message = MAGIC.to_vec();
            message.append(&mut bytes);
            let _ = decode(&message);
        }

        #[test]
        fn arbitrary_columns_round_trip(
            floats in proptest::collection::vec(proptest::option::of(any::<f64>()), 0..40),
            words in proptest::collection::vec(proptest::option::of(".{0,6}"), 0..40),
        ) {
            let rows = floats.len().min(words.len());
            let columns: Vec<ArrayRef> = vec![
                Arc::new(Float64Array::from(floats[..rows].to_vec())),
                Arc::new(StringArray::from(words[..rows].iter().map(|w| w.as_deref()).collect::<Vec<_>>())),
            ];
            let batch = decode(&encode(&columns, rows).unwrap()).unwrap();
            let bits = |column: &ArrayRef| -> Vec<Option<u64>> {
                let floats = column.as_any().downcast_ref::<Float64Array>().unwrap();
                floats.iter().map(|value| value.map(f64::to_bits)).collect()
            };
            prop_assert_eq!(bits(batch.column(0)), bits(&columns[0]));
            prop_assert_eq!(batch.column(1).as_ref(), columns[1].as_ref());
        }
    }
}
