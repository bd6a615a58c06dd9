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

pub mod raw;

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

/// Decodes exactly one batch.
pub fn decode_batch(bytes: &[u8]) -> Result<RecordBatch, ArrowError> {
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
}
