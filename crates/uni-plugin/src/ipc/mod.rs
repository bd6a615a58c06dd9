//! Arrow IPC stream bytes ↔ Arrow arrays: the interchange format of the
//! `uni:plugin` WebAssembly world (a schema message and one record batch),
//! shared by the host loader and the guest SDK so both sides agree.
//!
//! ```
//! use std::sync::Arc;
//! use arrow_array::{ArrayRef, Int64Array};
//! use uni_plugin::ipc::{decode_batch, encode_columns};
//! let column: ArrayRef = Arc::new(Int64Array::from(vec![1, 2, 3]));
//! let batch = decode_batch(&encode_columns(&[column.clone()], 3).unwrap()).unwrap();
//! assert_eq!(batch.column(0), &column);
//! ```

mod check;
pub mod raw;
pub mod typed;
mod wit_columns;

use std::sync::Arc;

use arrow_array::{ArrayRef, RecordBatch, RecordBatchOptions};
use arrow_ipc::reader::StreamReader;
use arrow_ipc::writer::StreamWriter;
use arrow_schema::{ArrowError, Field, Schema};

/// Encodes `columns` as one batch (columns named `c0`, `c1`, ...).
pub fn encode_columns(columns: &[ArrayRef], rows: usize) -> Result<Vec<u8>, ArrowError> {
    let fields: Vec<Field> = columns
        .iter()
        .enumerate()
        .map(|(idx, column)| Field::new(format!("c{idx}"), column.data_type().clone(), true))
        .collect();
    let batch = RecordBatch::try_new_with_options(
        Arc::new(Schema::new(fields)),
        columns.to_vec(),
        &RecordBatchOptions::new().with_row_count(Some(rows)),
    )?;
    encode_batch(&batch)
}

/// Encodes one batch.
pub fn encode_batch(batch: &RecordBatch) -> Result<Vec<u8>, ArrowError> {
    let size: usize = batch.columns().iter().map(|c| c.to_data().get_slice_memory_size().unwrap_or(0)).sum();
    let mut buffer = Vec::with_capacity(size + 512);
    let mut writer = StreamWriter::try_new(&mut buffer, batch.schema_ref())?;
    writer.write(batch)?;
    writer.finish()?;
    drop(writer);
    Ok(buffer)
}

/// Encodes `columns` as raw columns when their types allow (see [`raw`]),
/// else as Arrow IPC. The receiver tells them apart with [`decode_any`].
pub fn encode_columns_fast(columns: &[ArrayRef], rows: usize) -> Result<Vec<u8>, ArrowError> {
    match raw::encode(columns, rows) {
        Some(bytes) => Ok(bytes),
        None => encode_columns(columns, rows),
    }
}

/// Decodes raw columns or an Arrow IPC stream holding one batch.
pub fn decode_any(bytes: &[u8]) -> Result<RecordBatch, ArrowError> {
    if raw::is_raw(bytes) { raw::decode(bytes) } else { decode_batch(bytes) }
}

/// Decodes exactly one batch from untrusted bytes.
///
/// The stream's frames are checked first (no compression, no buffer past
/// the bytes present: see `check`), so nothing arrow allocates can exceed
/// the input's size; the decode itself runs under [`guarded`], so an assert
/// deep inside arrow becomes an error instead of a panic.
pub fn decode_batch(bytes: &[u8]) -> Result<RecordBatch, ArrowError> {
    check::check_stream(bytes)?;
    guarded(|| read_one_batch(bytes))
}

/// Runs a decoder over untrusted bytes, turning a panic inside it (an
/// arrow assert the checks before it did not foresee) into an error.
pub(crate) fn guarded<T>(decode: impl FnOnce() -> Result<T, ArrowError>) -> Result<T, ArrowError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(decode)).unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|text| (*text).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_owned());
        Err(ArrowError::IpcError(format!("malformed message rejected by the decoder: {message}")))
    })
}

fn read_one_batch(bytes: &[u8]) -> Result<RecordBatch, ArrowError> {
    let mut reader = StreamReader::try_new(bytes, None)?;
    let batch = reader.next().ok_or_else(|| ArrowError::IpcError("the IPC stream holds no record batch".into()))??;
    if reader.next().is_some() {
        return Err(ArrowError::IpcError("the IPC stream holds more than one record batch".into()));
    }
    Ok(batch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::{Float64Array, StringArray};

    #[test]
    fn round_trip() {
        let columns: Vec<ArrayRef> =
            vec![Arc::new(Float64Array::from(vec![Some(1.5), None])), Arc::new(StringArray::from(vec!["a", "b"]))];
        let batch = decode_batch(&encode_columns(&columns, 2).unwrap()).unwrap();
        assert_eq!(batch.num_rows(), 2);
        assert_eq!(batch.column(0), &columns[0]);
        assert_eq!(batch.column(1), &columns[1]);
        let empty = decode_batch(&encode_columns(&[], 3).unwrap()).unwrap();
        assert_eq!(empty.num_rows(), 3);
        assert!(decode_batch(b"garbage").is_err());
    }

    fn int64_column(rows: i64) -> ArrayRef {
        Arc::new(arrow_array::Int64Array::from((0..rows).collect::<Vec<_>>()))
    }

    /// The metadata and body of the record batch message in `stream`
    /// (the second message, after the schema).
    fn batch_message_range(stream: &[u8]) -> (std::ops::Range<usize>, usize) {
        let schema_len = u32::from_le_bytes(stream[4..8].try_into().unwrap()) as usize;
        let start = 8 + schema_len;
        let len = u32::from_le_bytes(stream[start + 4..start + 8].try_into().unwrap()) as usize;
        (start + 8..start + 8 + len, start + 8 + len)
    }

    /// Where the bomb lives for the other crates' tests and the raw test
    /// guest (`include_bytes!`), so only this module builds one.
    const BOMB_FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ipc_bomb.arrows");

    /// A real lz4-compressed stream, and the bomb made of it: the values
    /// buffer declares 2^62 uncompressed bytes (the 8-byte prefix of each
    /// compressed buffer). Without the check, arrow reserves that much and
    /// the process aborts.
    fn compressed_and_bomb() -> (Vec<u8>, Vec<u8>) {
        use arrow_ipc::CompressionType;
        use arrow_ipc::writer::IpcWriteOptions;
        let batch = RecordBatch::try_from_iter([("c0", int64_column(1024))]).unwrap();
        let options = IpcWriteOptions::default().try_with_compression(Some(CompressionType::LZ4_FRAME)).unwrap();
        let mut stream = Vec::new();
        let mut writer = StreamWriter::try_new_with_options(&mut stream, batch.schema_ref(), options).unwrap();
        writer.write(&batch).unwrap();
        writer.finish().unwrap();
        drop(writer);
        let (_, body) = batch_message_range(&stream);
        let mut bomb = stream.clone();
        for prefix in bomb[body..].chunks_exact_mut(8).take(2) {
            prefix.copy_from_slice(&(1i64 << 62).to_le_bytes());
        }
        (stream, bomb)
    }

    #[test]
    fn compressed_batches_are_refused_before_anything_is_allocated() {
        let (stream, bomb) = compressed_and_bomb();
        let error = decode_batch(&stream).unwrap_err();
        assert!(error.to_string().contains("compressed"), "{error}");
        let error = decode_batch(&bomb).unwrap_err();
        assert!(error.to_string().contains("compressed"), "{error}");
        // The fixture the other tests use is this bomb (rewrite it with
        // UNI_PLUGIN_WRITE_FIXTURES=1 after changing the generator).
        if std::env::var_os("UNI_PLUGIN_WRITE_FIXTURES").is_some() {
            std::fs::write(BOMB_FIXTURE, &bomb).unwrap();
        }
        assert_eq!(std::fs::read(BOMB_FIXTURE).unwrap(), bomb, "{BOMB_FIXTURE} is stale");
    }

    #[test]
    fn buffers_past_the_body_are_refused() {
        let stream = encode_columns(&[int64_column(3), int64_column(3)], 3).unwrap();
        let (metadata, _) = batch_message_range(&stream);
        // The values buffers are 24 bytes long; make one claim 2^40 bytes.
        let needle = 24i64.to_le_bytes();
        let at = stream[metadata.clone()].windows(8).position(|window| window == needle).expect("a buffer length");
        let mut bad = stream.clone();
        bad[metadata.start + at..metadata.start + at + 8].copy_from_slice(&(1i64 << 40).to_le_bytes());
        let error = decode_batch(&bad).unwrap_err();
        assert!(error.to_string().contains("past its body"), "{error}");
        // A body cut short is refused too.
        assert!(decode_batch(&stream[..stream.len() - 16]).is_err());
    }

    #[test]
    fn every_type_plugins_exchange_passes_the_check() {
        use arrow_array::builder::{ListBuilder, StringBuilder};
        use arrow_array::{
            BooleanArray, Date32Array, LargeStringArray, NullArray, StructArray, TimestampMicrosecondArray, UInt8Array,
        };
        let mut list = ListBuilder::new(StringBuilder::new());
        list.append_value([Some("a"), None]);
        list.append_null();
        let columns: Vec<ArrayRef> = vec![
            Arc::new(NullArray::new(2)),
            Arc::new(BooleanArray::from(vec![Some(true), None])),
            Arc::new(UInt8Array::from(vec![1, 2])),
            Arc::new(Date32Array::from(vec![1, 2])),
            Arc::new(TimestampMicrosecondArray::from(vec![1, 2])),
            Arc::new(LargeStringArray::from(vec!["x", "yz"])),
            Arc::new(arrow_array::Decimal128Array::from(vec![1, 2]).with_precision_and_scale(10, 2).unwrap()),
            Arc::new(arrow_array::Time32SecondArray::from(vec![1, 2])),
            Arc::new(arrow_array::DurationNanosecondArray::from(vec![1, 2])),
            Arc::new(list.finish()),
            Arc::new(StructArray::from(vec![(
                Arc::new(Field::new("f", arrow_schema::DataType::Float64, true)),
                Arc::new(Float64Array::from(vec![1.0, 2.0])) as ArrayRef,
            )])),
        ];
        let batch = decode_batch(&encode_columns(&columns, 2).unwrap()).unwrap();
        for (got, want) in batch.columns().iter().zip(&columns) {
            assert_eq!(got.as_ref(), want.as_ref());
        }
    }

    #[test]
    fn a_schema_arrow_would_panic_on_is_refused() {
        // Found by the `ipc_decode` fuzz target: an `Int` of width 0 made
        // arrow's schema reader panic.
        let stream = encode_columns(&[Arc::new(arrow_array::Int32Array::from(vec![1])) as ArrayRef], 1).unwrap();
        let schema_len = u32::from_le_bytes(stream[4..8].try_into().unwrap()) as usize;
        // The width is one of the 32s in the schema's flatbuffer.
        let errors: Vec<String> = (8..8 + schema_len - 3)
            .filter(|at| stream[*at..at + 4] == 32i32.to_le_bytes())
            .filter_map(|at| {
                let mut bad = stream.clone();
                bad[at..at + 4].copy_from_slice(&0i32.to_le_bytes());
                decode_batch(&bad).err().map(|error| error.to_string())
            })
            .collect();
        assert!(errors.iter().any(|error| error.contains("malformed Int type")), "{errors:?}");
    }

    #[test]
    fn offsets_that_are_not_whole_values_are_refused() {
        // Found by the `ipc_decode` fuzz target: an offsets buffer whose
        // length is not a multiple of 4 tripped an assert in arrow.
        let stream = encode_columns(&[Arc::new(StringArray::from(vec!["ab", "c"])) as ArrayRef], 2).unwrap();
        let (metadata, _) = batch_message_range(&stream);
        let at = stream[metadata.clone()].windows(8).position(|w| w == 12i64.to_le_bytes()).expect("the offsets");
        let mut bad = stream.clone();
        bad[metadata.start + at..metadata.start + at + 8].copy_from_slice(&10i64.to_le_bytes());
        let error = decode_batch(&bad).unwrap_err();
        assert!(error.to_string().contains("not whole values of 4 bytes"), "{error}");
    }

    #[test]
    fn a_validity_bitmap_shorter_than_its_column_is_refused() {
        // Found by the `ipc_decode` fuzz target: arrow asserts on it.
        let column: ArrayRef = Arc::new(Float64Array::from(vec![None; 16]));
        let stream = encode_columns(&[column], 16).unwrap();
        let (metadata, _) = batch_message_range(&stream);
        // The first buffer is the bitmap: make it claim 1 byte for 16 rows
        // (its length is one of the equal values in the metadata).
        let message = arrow_ipc::root_as_message(&stream[metadata.clone()]).unwrap();
        let length = message.header_as_record_batch().unwrap().buffers().unwrap().get(0).length().to_le_bytes();
        let errors: Vec<String> = metadata
            .clone()
            .filter(|at| at + 8 <= metadata.end && stream[*at..at + 8] == length)
            .filter_map(|at| {
                let mut bad = stream.clone();
                bad[at..at + 8].copy_from_slice(&1i64.to_le_bytes());
                decode_batch(&bad).err().map(|error| error.to_string())
            })
            .collect();
        assert!(errors.iter().any(|error| error.contains("validity bitmap of 1 bytes for 16 rows")), "{errors:?}");
    }

    #[test]
    fn a_schema_without_fields_is_refused() {
        // Found by the `ipc_decode` fuzz target: arrow unwraps the list.
        let mut builder = flatbuffers::FlatBufferBuilder::new();
        let schema = arrow_ipc::SchemaBuilder::new(&mut builder).finish();
        let mut message = arrow_ipc::MessageBuilder::new(&mut builder);
        message.add_version(arrow_ipc::MetadataVersion::V5);
        message.add_header_type(arrow_ipc::MessageHeader::Schema);
        message.add_header(schema.as_union_value());
        let message = message.finish();
        builder.finish(message, None);
        let metadata = builder.finished_data();
        let mut stream = vec![0xff; 4];
        stream.extend((metadata.len() as u32).to_le_bytes());
        stream.extend(metadata);
        stream.extend([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
        let error = decode_batch(&stream).unwrap_err();
        assert!(error.to_string().contains("schema without fields"), "{error}");
    }

    proptest::proptest! {
        /// Any byte of a valid stream changed: an error or a batch, never a
        /// panic or an abort.
        #[test]
        fn a_mutated_stream_never_panics(position in 0usize..10_000, value in proptest::prelude::any::<u8>()) {
            let columns: Vec<ArrayRef> = vec![
                Arc::new(Float64Array::from(vec![Some(1.5), None, Some(3.0)])),
                Arc::new(StringArray::from(vec![Some("a"), None, Some("ccc")])),
            ];
            let mut stream = encode_columns(&columns, 3).unwrap();
            let position = position % stream.len();
            stream[position] = value;
            let _ = decode_batch(&stream);
        }
    }
}
