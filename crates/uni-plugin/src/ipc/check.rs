//! Checks an untrusted Arrow IPC stream *before* arrow reads it.
//!
//! arrow-ipc trusts the lengths a message declares: it reserves the
//! uncompressed size a compressed buffer claims (a 200-byte message can ask
//! for 2^62 bytes, and a failed allocation aborts the process, which no
//! `catch_unwind` can stop), and it slices buffers at the offsets the
//! metadata names (an offset past the body trips an assert). Bytes from a
//! guest or from the cluster wire are hostile, so this walks every message
//! frame first and refuses what could hurt the reader:
//!
//! - compressed bodies (the host never sends them and never needs them);
//! - buffers or bodies that reach past the bytes actually present;
//! - negative lengths and counts, tensors and unknown message kinds;
//! - schemas with types outside what plugins exchange (the manifest's types,
//!   nested in lists and structs), and malformed parameters of those types
//!   (an `Int` of width 0, a list without its child): arrow's schema reader
//!   panics on them.
//!
//! After this check, everything arrow allocates is bounded by the input's
//! size, and the remaining asserts inside arrow are caught by the caller's
//! guard (see [`super::decode_batch`]).

use arrow_ipc::{DateUnit, Field, MessageHeader, Precision, RecordBatch as RecordBatchMessage, TimeUnit, Type};
use arrow_schema::ArrowError;

const CONTINUATION: [u8; 4] = [0xff; 4];

fn refuse(what: impl std::fmt::Display) -> ArrowError {
    ArrowError::IpcError(format!("refused Arrow IPC stream: {what}"))
}

/// Walks the frames of the IPC stream in `bytes`, refusing anything the
/// reader must not be handed.
pub(crate) fn check_stream(bytes: &[u8]) -> Result<(), ArrowError> {
    let mut rest = bytes;
    let mut index = 0usize;
    loop {
        let Some((prefix, after)) = rest.split_first_chunk::<4>() else {
            // A stream may end without the end-of-stream marker.
            return if rest.is_empty() { Ok(()) } else { Err(refuse("truncated message length")) };
        };
        // Current format: 0xFFFFFFFF then the length; legacy: the length alone.
        let (length, after) = if *prefix == CONTINUATION {
            let (length, after) = after.split_first_chunk::<4>().ok_or_else(|| refuse("truncated message length"))?;
            (u32::from_le_bytes(*length), after)
        } else {
            (u32::from_le_bytes(*prefix), after)
        };
        if length == 0 {
            return Ok(());
        }
        let length = length as usize;
        if length > after.len() {
            return Err(refuse(format!("message {index} declares {length} bytes of metadata, {} remain", after.len())));
        }
        let (metadata, after) = after.split_at(length);
        let body_length = check_message(metadata, index)?;
        if body_length > after.len() {
            return Err(refuse(format!(
                "message {index} declares a body of {body_length} bytes, {} remain",
                after.len()
            )));
        }
        rest = &after[body_length..];
        index += 1;
    }
}

/// Checks one message's metadata; returns its body length.
fn check_message(metadata: &[u8], index: usize) -> Result<usize, ArrowError> {
    let message = arrow_ipc::root_as_message(metadata)
        .map_err(|error| refuse(format!("message {index} is not a valid flatbuffer: {error}")))?;
    let body_length = non_negative(message.bodyLength(), "body length", index)?;
    match message.header_type() {
        MessageHeader::Schema => {
            let schema = message.header_as_schema().ok_or_else(|| refuse(format!("message {index} has no header")))?;
            for field in schema.fields().iter().flatten() {
                check_field(&field, 0, index)?;
            }
        }
        MessageHeader::RecordBatch => {
            let batch =
                message.header_as_record_batch().ok_or_else(|| refuse(format!("message {index} has no header")))?;
            check_batch(&batch, body_length, index)?;
        }
        MessageHeader::DictionaryBatch => {
            let dictionary =
                message.header_as_dictionary_batch().ok_or_else(|| refuse(format!("message {index} has no header")))?;
            let batch = dictionary.data().ok_or_else(|| refuse(format!("dictionary message {index} has no data")))?;
            check_batch(&batch, body_length, index)?;
        }
        other => return Err(refuse(format!("message {index} is a {other:?}, not a schema or record batch"))),
    }
    Ok(body_length)
}

fn check_batch(batch: &RecordBatchMessage<'_>, body_length: usize, index: usize) -> Result<(), ArrowError> {
    if batch.compression().is_some() {
        return Err(refuse(format!(
            "message {index} is compressed; plugins and cluster peers must send uncompressed batches"
        )));
    }
    non_negative(batch.length(), "row count", index)?;
    for node in batch.nodes().iter().flatten() {
        non_negative(node.length(), "column length", index)?;
        non_negative(node.null_count(), "null count", index)?;
    }
    for counts in batch.variadicBufferCounts().iter().flatten() {
        non_negative(counts, "variadic buffer count", index)?;
    }
    for (position, buffer) in batch.buffers().iter().flatten().enumerate() {
        let offset = non_negative(buffer.offset(), "buffer offset", index)?;
        let length = non_negative(buffer.length(), "buffer length", index)?;
        if offset.checked_add(length).is_none_or(|end| end > body_length) {
            return Err(refuse(format!(
                "message {index} buffer {position} spans {offset}+{length}, past its body of {body_length} bytes"
            )));
        }
    }
    Ok(())
}

/// How deep lists and structs may nest.
const MAX_NESTING: usize = 32;

/// Accepts the types plugins exchange, with parameters arrow can read.
fn check_field(field: &Field<'_>, depth: usize, index: usize) -> Result<(), ArrowError> {
    let refused = |what: String| Err(refuse(format!("message {index}: field `{}` {what}", field.name().unwrap_or(""))));
    if depth > MAX_NESTING {
        return refused(format!("nests deeper than {MAX_NESTING} levels"));
    }
    if field.dictionary().is_some() {
        return refused("is dictionary-encoded, which plugins do not exchange".into());
    }
    let children: Vec<Field<'_>> = field.children().iter().flatten().collect();
    let valid = match field.type_type() {
        Type::Null | Type::Bool | Type::Utf8 | Type::LargeUtf8 | Type::Binary | Type::LargeBinary => true,
        Type::Int => field.type_as_int().is_some_and(|int| matches!(int.bitWidth(), 8 | 16 | 32 | 64)),
        Type::FloatingPoint => field
            .type_as_floating_point()
            .is_some_and(|float| matches!(float.precision(), Precision::HALF | Precision::SINGLE | Precision::DOUBLE)),
        Type::Date => {
            field.type_as_date().is_some_and(|date| matches!(date.unit(), DateUnit::DAY | DateUnit::MILLISECOND))
        }
        Type::Timestamp => field.type_as_timestamp().is_some_and(|timestamp| {
            matches!(
                timestamp.unit(),
                TimeUnit::SECOND | TimeUnit::MILLISECOND | TimeUnit::MICROSECOND | TimeUnit::NANOSECOND
            )
        }),
        Type::List | Type::LargeList => children.len() == 1,
        Type::Struct_ => true,
        other => return refused(format!("has type {other:?}, which plugins do not exchange")),
    };
    if !valid {
        return refused(format!("has a malformed {:?} type", field.type_type()));
    }
    children.iter().try_for_each(|child| check_field(child, depth + 1, index))
}

fn non_negative(value: i64, what: &str, index: usize) -> Result<usize, ArrowError> {
    usize::try_from(value).map_err(|_| refuse(format!("message {index} has a {what} of {value}")))
}
