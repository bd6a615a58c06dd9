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
//! - schemas with types outside what plugins exchange (the manifest's types
//!   and the fixed-width types tables hold: decimals, times, durations;
//!   nested in lists and structs; no dictionaries, unions, maps or views),
//!   and malformed parameters of those types
//!   (an `Int` of width 0, a list without its child): arrow's schema reader
//!   panics on them;
//! - buffers that do not hold whole values of their type (offsets of 5
//!   bytes): arrow asserts on them. The schema says which buffer holds what.
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
    // Per field of the stream's schema (depth first, as batches lay out
    // their nodes), the element width of each of its buffers.
    let mut layout: Option<Vec<&'static [usize]>> = None;
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
        let body_length = check_message(metadata, index, &mut layout)?;
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

/// Checks one message's metadata against the stream's buffer `layout`
/// (set by its schema message); returns its body length.
fn check_message(
    metadata: &[u8],
    index: usize,
    layout: &mut Option<Vec<&'static [usize]>>,
) -> Result<usize, ArrowError> {
    let message = arrow_ipc::root_as_message(metadata)
        .map_err(|error| refuse(format!("message {index} is not a valid flatbuffer: {error}")))?;
    let body_length = non_negative(message.bodyLength(), "body length", index)?;
    match message.header_type() {
        MessageHeader::Schema if layout.is_none() => {
            let schema = message.header_as_schema().ok_or_else(|| refuse(format!("message {index} has no header")))?;
            let mut fields = Vec::new();
            // arrow unwraps the field list (and a struct's children).
            let declared =
                schema.fields().ok_or_else(|| refuse(format!("message {index} is a schema without fields")))?;
            for field in declared {
                check_field(&field, 0, index, &mut fields)?;
            }
            *layout = Some(fields);
        }
        MessageHeader::RecordBatch => {
            let batch =
                message.header_as_record_batch().ok_or_else(|| refuse(format!("message {index} has no header")))?;
            let layout = layout.as_deref().ok_or_else(|| refuse(format!("message {index} comes before the schema")))?;
            check_batch(&batch, body_length, layout, index)?;
        }
        other => {
            return Err(refuse(format!(
                "message {index} is a {other:?}; plugins and cluster peers send one schema, then record batches"
            )));
        }
    }
    Ok(body_length)
}

fn check_batch(
    batch: &RecordBatchMessage<'_>,
    body_length: usize,
    layout: &[&'static [usize]],
    index: usize,
) -> Result<(), ArrowError> {
    if batch.compression().is_some() {
        return Err(refuse(format!(
            "message {index} is compressed; plugins and cluster peers must send uncompressed batches"
        )));
    }
    non_negative(batch.length(), "row count", index)?;
    if batch.variadicBufferCounts().is_some_and(|counts| !counts.is_empty()) {
        return Err(refuse(format!("message {index} has variadic buffers, which plugins do not exchange")));
    }
    let nodes: Vec<_> = batch.nodes().iter().flatten().collect();
    let buffers: Vec<_> = batch.buffers().iter().flatten().collect();
    let buffer_count: usize = layout.iter().map(|widths| widths.len()).sum();
    if nodes.len() != layout.len() || buffers.len() != buffer_count {
        return Err(refuse(format!(
            "message {index} has {} columns and {} buffers where its schema has {} and {buffer_count}",
            nodes.len(),
            buffers.len(),
            layout.len()
        )));
    }
    let mut buffers = buffers.iter().enumerate();
    for (node, widths) in nodes.iter().zip(layout) {
        let length = non_negative(node.length(), "column length", index)?;
        let null_count = non_negative(node.null_count(), "null count", index)?;
        for (slot, width) in widths.iter().enumerate() {
            let Some((position, buffer)) = buffers.next() else { break };
            let offset = non_negative(buffer.offset(), "buffer offset", index)?;
            let size = non_negative(buffer.length(), "buffer length", index)?;
            if offset.checked_add(size).is_none_or(|end| end > body_length) {
                return Err(refuse(format!(
                    "message {index} buffer {position} spans {offset}+{size}, past its body of {body_length} bytes"
                )));
            }
            // arrow asserts on a buffer that does not hold whole values,
            // and on a validity bitmap shorter than its column.
            if size % width != 0 {
                return Err(refuse(format!(
                    "message {index} buffer {position} is {size} bytes, not whole values of {width} bytes"
                )));
            }
            if slot == 0 && null_count > 0 && size.saturating_mul(8) < length {
                return Err(refuse(format!(
                    "message {index} buffer {position} is a validity bitmap of {size} bytes for {length} rows"
                )));
            }
        }
    }
    Ok(())
}

/// How deep lists and structs may nest.
const MAX_NESTING: usize = 32;

/// Accepts the types plugins exchange, with parameters arrow can read, and
/// appends to `layout` the element width of each of the field's buffers
/// (validity bitmap first; 1 where any length goes), then its children's.
fn check_field(
    field: &Field<'_>,
    depth: usize,
    index: usize,
    layout: &mut Vec<&'static [usize]>,
) -> Result<(), ArrowError> {
    let refused = |what: String| refuse(format!("message {index}: field `{}` {what}", field.name().unwrap_or("")));
    if depth > MAX_NESTING {
        return Err(refused(format!("nests deeper than {MAX_NESTING} levels")));
    }
    if field.dictionary().is_some() {
        return Err(refused("is dictionary-encoded, which plugins do not exchange".into()));
    }
    let children: Vec<Field<'_>> = field.children().iter().flatten().collect();
    let malformed = || refused(format!("has a malformed {:?} type", field.type_type()));
    // Validity bitmap first, then the type's own buffers.
    let buffers: &'static [usize] = match field.type_type() {
        Type::Null => &[],
        Type::Bool => &[1, 1],
        Type::Utf8 | Type::Binary => &[1, 4, 1],
        Type::LargeUtf8 | Type::LargeBinary => &[1, 8, 1],
        Type::Int => match field.type_as_int().map(|int| int.bitWidth()) {
            Some(8) => &[1, 1],
            Some(16) => &[1, 2],
            Some(32) => &[1, 4],
            Some(64) => &[1, 8],
            _ => return Err(malformed()),
        },
        Type::FloatingPoint => match field.type_as_floating_point().map(|float| float.precision()) {
            Some(Precision::HALF) => &[1, 2],
            Some(Precision::SINGLE) => &[1, 4],
            Some(Precision::DOUBLE) => &[1, 8],
            _ => return Err(malformed()),
        },
        Type::Date => match field.type_as_date().map(|date| date.unit()) {
            Some(DateUnit::DAY) => &[1, 4],
            Some(DateUnit::MILLISECOND) => &[1, 8],
            _ => return Err(malformed()),
        },
        Type::Timestamp => match field.type_as_timestamp().map(|timestamp| timestamp.unit()) {
            Some(TimeUnit::SECOND | TimeUnit::MILLISECOND | TimeUnit::MICROSECOND | TimeUnit::NANOSECOND) => &[1, 8],
            _ => return Err(malformed()),
        },
        Type::Time => match field.type_as_time().map(|time| (time.bitWidth(), time.unit())) {
            Some((32, TimeUnit::SECOND | TimeUnit::MILLISECOND)) => &[1, 4],
            Some((64, TimeUnit::MICROSECOND | TimeUnit::NANOSECOND)) => &[1, 8],
            _ => return Err(malformed()),
        },
        Type::Duration => match field.type_as_duration().map(|duration| duration.unit()) {
            Some(TimeUnit::SECOND | TimeUnit::MILLISECOND | TimeUnit::MICROSECOND | TimeUnit::NANOSECOND) => &[1, 8],
            _ => return Err(malformed()),
        },
        // Precision and scale must fit arrow's u8 and i8 (it unwraps).
        Type::Decimal => match field
            .type_as_decimal()
            .filter(|decimal| u8::try_from(decimal.precision()).is_ok() && i8::try_from(decimal.scale()).is_ok())
        {
            Some(decimal) => match decimal.bitWidth() {
                32 => &[1, 4],
                64 => &[1, 8],
                128 => &[1, 16],
                256 => &[1, 32],
                _ => return Err(malformed()),
            },
            None => return Err(malformed()),
        },
        Type::List if children.len() == 1 => &[1, 4],
        Type::LargeList if children.len() == 1 => &[1, 8],
        Type::List | Type::LargeList => return Err(malformed()),
        Type::Struct_ if field.children().is_some() => &[1],
        Type::Struct_ => return Err(malformed()),
        other => return Err(refused(format!("has type {other:?}, which plugins do not exchange"))),
    };
    layout.push(buffers);
    children.iter().try_for_each(|child| check_field(child, depth + 1, index, layout))
}

fn non_negative(value: i64, what: &str, index: usize) -> Result<usize, ArrowError> {
    usize::try_from(value).map_err(|_| refuse(format!("message {index} has a {what} of {value}")))
}
