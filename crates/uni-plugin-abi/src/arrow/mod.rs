//! Conversions between the ABI's [`ArrowArray`]/[`ArrowSchema`] and
//! arrow-rs (feature `arrow`), shared by the host and the Rust SDK.
//!
//! Exporting hands an array over with its release callback. Importing
//! *checks* before it trusts: arrow-rs's importer assumes a well-formed
//! struct (it asserts on child counts and subtracts from buffer counts), so
//! [`import_array`] first walks the raw struct against the expected type —
//! release set, counts and lengths non-negative, buffer and child counts
//! matching the type's layout, no null pointer where one is read, bounded
//! depth — then imports, then runs arrow's full validation (offsets, UTF-8,
//! dictionary keys). What the C Data Interface cannot say (how long a
//! buffer really is) stays the producer's promise.

use std::panic::{AssertUnwindSafe, catch_unwind};

use arrow_array::{Array, ArrayRef, StructArray, make_array};
use arrow_data::ArrayData;
use arrow_data::ffi::FFI_ArrowArray;
use arrow_schema::ffi::FFI_ArrowSchema;
use arrow_schema::{ArrowError, DataType};

use crate::{ArrowArray, ArrowSchema};

mod flat;

/// Deepest type nesting accepted from the other side.
pub const MAX_DEPTH: usize = 64;

// The ABI's mirrors and arrow-rs's FFI types are the same C structs.
const _: () = assert!(std::mem::size_of::<ArrowArray>() == std::mem::size_of::<FFI_ArrowArray>());
const _: () = assert!(std::mem::size_of::<ArrowSchema>() == std::mem::size_of::<FFI_ArrowSchema>());
const _: () = assert!(std::mem::align_of::<ArrowArray>() == std::mem::align_of::<FFI_ArrowArray>());
const _: () = assert!(std::mem::align_of::<ArrowSchema>() == std::mem::align_of::<FFI_ArrowSchema>());

fn into_raw_array(array: FFI_ArrowArray) -> ArrowArray {
    // SAFETY: both are `#[repr(C)]` renderings of `struct ArrowArray` (size
    // and alignment asserted above); ownership of the release callback
    // moves with the bits.
    unsafe { std::mem::transmute::<FFI_ArrowArray, ArrowArray>(array) }
}

fn into_raw_schema(schema: FFI_ArrowSchema) -> ArrowSchema {
    // SAFETY: as for `into_raw_array`.
    unsafe { std::mem::transmute::<FFI_ArrowSchema, ArrowSchema>(schema) }
}

fn from_raw_array(array: ArrowArray) -> FFI_ArrowArray {
    // SAFETY: as for `into_raw_array`, in the other direction.
    unsafe { std::mem::transmute::<ArrowArray, FFI_ArrowArray>(array) }
}

fn schema_ref(schema: &ArrowSchema) -> &FFI_ArrowSchema {
    // SAFETY: same layout (asserted above); a shared borrow of the same
    // bits, no ownership moves.
    unsafe { &*(schema as *const ArrowSchema).cast::<FFI_ArrowSchema>() }
}

/// Hands `array` over: the receiver releases it.
pub fn export_array(array: &dyn Array) -> ArrowArray {
    flat::export_array(array).unwrap_or_else(|| into_raw_array(FFI_ArrowArray::new(&array.to_data())))
}

/// `data_type` as a schema the receiver releases.
pub fn export_type(data_type: &DataType) -> Result<ArrowSchema, ArrowError> {
    match flat::export_type(data_type) {
        Some(schema) => Ok(schema),
        None => FFI_ArrowSchema::try_from(data_type).map(into_raw_schema),
    }
}

/// Hands `array` and its type over.
pub fn export(array: &dyn Array) -> Result<(ArrowArray, ArrowSchema), ArrowError> {
    Ok((export_array(array), export_type(array.data_type())?))
}

/// Columns as one struct array (a record batch's form in the interface).
pub fn export_struct(columns: StructArray) -> Result<(ArrowArray, ArrowSchema), ArrowError> {
    export(&columns)
}

/// Takes the array out of `slot`, leaving it released (the interface's
/// "move").
pub fn take(slot: &mut ArrowArray) -> ArrowArray {
    std::mem::replace(slot, ArrowArray::EMPTY)
}

/// The type a schema describes, checked before arrow-rs reads it.
///
/// # Safety
/// `schema` must follow the C Data Interface as far as pointers go: every
/// non-null pointer it holds points at what the interface says it does.
pub unsafe fn import_type(schema: &ArrowSchema) -> Result<DataType, ArrowError> {
    // SAFETY: forwarded to the caller.
    if let Some(data_type) = unsafe { flat::import_type(schema) } {
        return Ok(data_type);
    }
    // SAFETY: forwarded to the caller.
    unsafe { check_schema(schema, 0)? };
    guarded("the type", || DataType::try_from(schema_ref(schema)))
}

/// Imports `array` as `data_type` after checking its shape (see the module
/// docs), then validates its contents. `rows`, when given, is the length it
/// must have.
///
/// # Safety
/// As for [`import_type`]: non-null pointers point at what the interface
/// says, and buffers are as long as the type and length require.
pub unsafe fn import_array(
    array: ArrowArray,
    data_type: &DataType,
    rows: Option<usize>,
) -> Result<ArrayRef, ArrowError> {
    // SAFETY: forwarded to the caller.
    unsafe { import(array, data_type, rows, true) }
}

/// [`import_array`] without arrow's full validation of the contents (the
/// shape is still checked): for arrays from a producer the receiver trusts,
/// as a plugin trusts its host, where validating every string argument
/// again would cost a pass over the data per call.
///
/// # Safety
/// As for [`import_array`], and the contents must be valid Arrow data.
pub unsafe fn import_array_trusted(
    array: ArrowArray,
    data_type: &DataType,
    rows: Option<usize>,
) -> Result<ArrayRef, ArrowError> {
    // SAFETY: forwarded to the caller.
    unsafe { import(array, data_type, rows, false) }
}

unsafe fn import(
    array: ArrowArray,
    data_type: &DataType,
    rows: Option<usize>,
    validate: bool,
) -> Result<ArrayRef, ArrowError> {
    if array.release.is_none() {
        return Err(ArrowError::CDataInterface("the array was released (its `release` is null)".into()));
    }
    if let Some(rows) = rows
        && array.length != rows as i64
    {
        return Err(ArrowError::CDataInterface(format!(
            "the array has {} rows where {rows} were expected",
            array.length
        )));
    }
    // SAFETY: forwarded to the caller.
    if let Some(shape) = unsafe { flat::importable(&array, data_type) } {
        // SAFETY: shape checked by `importable`; buffer lengths are the
        // caller's promise.
        return guarded("the array", move || unsafe { flat::import_array(array, data_type, shape, validate) });
    }
    // SAFETY: forwarded to the caller.
    unsafe { check_array(&array, data_type, 0)? };
    let array = from_raw_array(array);
    let data_type = data_type.clone();
    let data = guarded("the array", move || {
        // SAFETY: shape checked above; contents validated below.
        let data: ArrayData = unsafe { arrow_array::ffi::from_ffi_and_data_type(array, data_type) }?;
        if validate {
            data.validate_full()?;
        }
        Ok(data)
    })?;
    Ok(make_array(data))
}

/// Imports a struct array's columns (a batch, an aggregate state).
///
/// # Safety
/// As for [`import_array`].
pub unsafe fn import_struct(
    array: ArrowArray,
    data_type: &DataType,
    rows: Option<usize>,
) -> Result<StructArray, ArrowError> {
    // SAFETY: forwarded to the caller.
    let array = unsafe { import_array(array, data_type, rows)? };
    array
        .as_any()
        .downcast_ref::<StructArray>()
        .cloned()
        .ok_or_else(|| ArrowError::CDataInterface(format!("expected a struct array, found {}", array.data_type())))
}

/// Runs arrow-rs's importer, turning a panic on malformed input into an
/// error.
fn guarded<T>(what: &str, run: impl FnOnce() -> Result<T, ArrowError>) -> Result<T, ArrowError> {
    match catch_unwind(AssertUnwindSafe(run)) {
        Ok(result) => result,
        Err(_) => Err(ArrowError::CDataInterface(format!("{what} is malformed (the importer refused it)"))),
    }
}

fn malformed(message: String) -> ArrowError {
    ArrowError::CDataInterface(message)
}

unsafe fn check_schema(schema: &ArrowSchema, depth: usize) -> Result<(), ArrowError> {
    if depth > MAX_DEPTH {
        return Err(malformed(format!("the type nests deeper than {MAX_DEPTH} levels")));
    }
    if schema.release.is_none() {
        return Err(malformed("a schema was released (its `release` is null)".into()));
    }
    if schema.format.is_null() {
        return Err(malformed("a schema has no format string".into()));
    }
    // arrow-rs panics on text that is not UTF-8.
    for (what, text) in [("format string", schema.format), ("name", schema.name)] {
        // SAFETY: non-null pointers are NUL-terminated strings, per the
        // caller's promise.
        if !text.is_null() && unsafe { std::ffi::CStr::from_ptr(text) }.to_str().is_err() {
            return Err(malformed(format!("a schema's {what} is not UTF-8")));
        }
    }
    if schema.n_children < 0 || (schema.n_children > 0 && schema.children.is_null()) {
        return Err(malformed(format!("a schema claims {} children it does not hold", schema.n_children)));
    }
    for index in 0..schema.n_children as usize {
        // SAFETY: `children` holds `n_children` pointers (checked non-null
        // above), per the caller's promise.
        let child = unsafe { *schema.children.add(index) };
        if child.is_null() {
            return Err(malformed(format!("child {index} of a schema is null")));
        }
        // SAFETY: non-null, per the caller's promise a schema.
        unsafe { check_schema(&*child, depth + 1)? };
    }
    if !schema.dictionary.is_null() {
        // SAFETY: non-null, per the caller's promise a schema.
        unsafe { check_schema(&*schema.dictionary, depth + 1)? };
    }
    Ok(())
}

/// Children a type's arrays hold.
fn child_types(data_type: &DataType) -> Vec<&DataType> {
    match data_type {
        DataType::List(field)
        | DataType::LargeList(field)
        | DataType::ListView(field)
        | DataType::LargeListView(field)
        | DataType::FixedSizeList(field, _)
        | DataType::Map(field, _) => vec![field.data_type()],
        DataType::Struct(fields) => fields.iter().map(|field| field.data_type()).collect(),
        DataType::Union(fields, _) => fields.iter().map(|(_, field)| field.data_type()).collect(),
        DataType::RunEndEncoded(ends, values) => vec![ends.data_type(), values.data_type()],
        _ => Vec::new(),
    }
}

unsafe fn check_array(array: &ArrowArray, data_type: &DataType, depth: usize) -> Result<(), ArrowError> {
    if depth > MAX_DEPTH {
        return Err(malformed(format!("the array nests deeper than {MAX_DEPTH} levels")));
    }
    if array.length < 0 || array.offset < 0 || array.null_count < -1 {
        return Err(malformed(format!(
            "an array of {data_type} has length {}, offset {} and null count {}",
            array.length, array.offset, array.null_count
        )));
    }
    let (storage, dictionary) = match data_type {
        DataType::Dictionary(keys, values) => (keys.as_ref(), Some(values.as_ref())),
        other => (other, None),
    };
    let layout = arrow_data::layout(storage);
    let expected = layout.buffers.len() + usize::from(layout.can_contain_null_mask);
    let buffers = array.n_buffers;
    let fits = if layout.variadic { buffers >= expected as i64 } else { buffers == expected as i64 };
    if !fits || (buffers > 0 && array.buffers.is_null()) {
        return Err(malformed(format!("an array of {data_type} has {buffers} buffers where {expected} were expected")));
    }
    // Every buffer but the validity bitmap is read whatever the length.
    let first_read = usize::from(layout.can_contain_null_mask);
    for index in first_read..buffers as usize {
        // SAFETY: `buffers` holds `n_buffers` pointers (non-null checked).
        let buffer = unsafe { *array.buffers.add(index) };
        if buffer.is_null() && array.length > 0 && !layout.variadic {
            return Err(malformed(format!("buffer {index} of an array of {data_type} is null")));
        }
    }
    let children = child_types(storage);
    if array.n_children != children.len() as i64 || (array.n_children > 0 && array.children.is_null()) {
        return Err(malformed(format!(
            "an array of {data_type} has {} children where {} were expected",
            array.n_children,
            children.len()
        )));
    }
    for (index, child_type) in children.into_iter().enumerate() {
        // SAFETY: `children` holds `n_children` pointers (checked above).
        let child = unsafe { *array.children.add(index) };
        if child.is_null() {
            return Err(malformed(format!("child {index} of an array of {data_type} is null")));
        }
        // SAFETY: non-null, per the caller's promise an array.
        unsafe { check_array(&*child, child_type, depth + 1)? };
    }
    match dictionary {
        Some(_) if array.dictionary.is_null() => Err(malformed(format!("an array of {data_type} has no dictionary"))),
        // SAFETY: non-null, per the caller's promise an array.
        Some(values) => unsafe { check_array(&*array.dictionary, values, depth + 1) },
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use arrow_array::{Float64Array, Int64Array, StringArray};
    use arrow_schema::{Field, Fields};

    use super::*;

    #[test]
    fn arrays_round_trip_through_the_raw_structs() {
        let strings: ArrayRef = Arc::new(StringArray::from(vec![Some("a"), None, Some("ünï")]));
        let (array, schema) = export(strings.as_ref()).unwrap();
        // SAFETY: exported just above by arrow-rs.
        let data_type = unsafe { import_type(&schema) }.unwrap();
        let back = unsafe { import_array(array, &data_type, Some(3)) }.unwrap();
        assert_eq!(back.as_ref(), strings.as_ref());
    }

    #[test]
    fn a_wrong_length_or_type_is_an_error_not_a_panic() {
        let numbers = Float64Array::from(vec![1.0, 2.0]);
        // SAFETY: exported by arrow-rs.
        let error = unsafe { import_array(export_array(&numbers), &DataType::Float64, Some(3)) }.unwrap_err();
        assert!(error.to_string().contains("2 rows where 3 were expected"), "{error}");
        let fields = Fields::from(vec![Field::new("a", DataType::Int64, true)]);
        let error = unsafe { import_array(export_array(&numbers), &DataType::Struct(fields), None) }.unwrap_err();
        assert!(error.to_string().contains("2 buffers where 1 were expected"), "{error}");
        let error = unsafe { import_array(export_array(&numbers), &DataType::Utf8, None) }.unwrap_err();
        assert!(error.to_string().contains("buffers where 3 were expected"), "{error}");
    }

    #[test]
    fn offsets_that_run_backwards_fail_validation() {
        let offsets = arrow_buffer::Buffer::from_slice_ref([0i32, 5, 1]);
        let values = arrow_buffer::Buffer::from_slice_ref(b"abcde");
        // SAFETY: deliberately invalid, to be caught by the importer; no
        // reader touches it before then.
        let data = unsafe {
            ArrayData::builder(DataType::Utf8).len(2).add_buffer(offsets).add_buffer(values).build_unchecked()
        };
        let array = into_raw_array(FFI_ArrowArray::new(&data));
        // SAFETY: the buffers are as long as the offsets claim (5 bytes).
        let error = unsafe { import_array(array, &DataType::Utf8, Some(2)) }.unwrap_err();
        assert!(error.to_string().to_lowercase().contains("offset"), "{error}");
    }

    /// A release callback for schemas whose memory the test owns.
    unsafe extern "C" fn forget(schema: *mut ArrowSchema) {
        // SAFETY: called on a schema built by the test.
        unsafe { (*schema).release = None };
    }

    #[test]
    fn a_non_utf8_format_or_name_is_named_before_arrow_reads_it() {
        // Found by the `c_data_types` fuzz target: arrow-rs panics on these.
        for (format, name) in [(c"\xff".as_ptr(), c"x".as_ptr()), (c"l".as_ptr(), c"\xc3".as_ptr())] {
            let mut schema = ArrowSchema::EMPTY;
            schema.format = format;
            schema.name = name;
            schema.release = Some(forget);
            // SAFETY: both strings are NUL-terminated statics.
            let error = unsafe { import_type(&schema) }.unwrap_err();
            assert!(error.to_string().contains("not UTF-8"), "{error}");
        }
    }

    #[test]
    fn a_released_array_is_refused() {
        let numbers = Int64Array::from(vec![1]);
        let mut array = export_array(&numbers);
        let moved = take(&mut array);
        // SAFETY: `array` is the released husk; nothing is read.
        let error = unsafe { import_array(array, &DataType::Int64, None) }.unwrap_err();
        assert!(error.to_string().contains("released"), "{error}");
        drop(moved);
    }
}
