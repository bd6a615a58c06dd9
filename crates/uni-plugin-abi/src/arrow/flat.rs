//! The short path for flat arrays: primitives, booleans, strings and
//! binaries, the arguments and results of almost every call.
//!
//! arrow-rs's general FFI export and import allocate a dozen times per array
//! (private data, pointer vectors, an owner per buffer, a schema with owned
//! strings), which made a one-row call through the ABI cost microseconds
//! more than the same call linked in. A flat array needs none of it: the
//! export hands the buffers' own pointers over with the array's data as the
//! only private data, the import wraps the producer's buffers in place under
//! one owner that releases the array when the last buffer goes, and the types
//! of flat arrays are static format strings. Everything else (nested,
//! dictionary, view types) takes the general path in the parent module.

use std::ffi::{CStr, c_void};
use std::ptr::{NonNull, null, null_mut};
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{BinaryType, ByteArrayType, LargeBinaryType, LargeUtf8Type, Utf8Type};
use arrow_array::{
    Array, ArrayRef, ArrowPrimitiveType, BooleanArray, GenericByteArray, PrimitiveArray, downcast_primitive,
    downcast_primitive_array,
};
use arrow_buffer::alloc::Allocation;
use arrow_buffer::{ArrowNativeType, BooleanBuffer, Buffer, NullBuffer, OffsetBuffer, ScalarBuffer};
use arrow_schema::{ArrowError, DataType};

use crate::{ArrowArray, ArrowSchema};

/// How a flat type lays out its buffers after the validity bitmap.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Flat {
    /// One bit per row (booleans).
    Bits,
    /// One value of this many bytes per row.
    Fixed(usize),
    /// 32-bit offsets into a data buffer (`Utf8`, `Binary`).
    Offsets32,
    /// 64-bit offsets into a data buffer (`LargeUtf8`, `LargeBinary`).
    Offsets64,
}

impl Flat {
    /// The layout of `data_type`, when it is flat.
    pub(super) fn of(data_type: &DataType) -> Option<Flat> {
        match data_type {
            DataType::Boolean => Some(Flat::Bits),
            DataType::Utf8 | DataType::Binary => Some(Flat::Offsets32),
            DataType::LargeUtf8 | DataType::LargeBinary => Some(Flat::Offsets64),
            other => other.primitive_width().map(Flat::Fixed),
        }
    }

    /// Buffers in the interface, the validity bitmap included.
    fn buffer_count(self) -> usize {
        match self {
            Flat::Bits | Flat::Fixed(_) => 2,
            Flat::Offsets32 | Flat::Offsets64 => 3,
        }
    }
}

/// The format string of a type without parameters, which can be handed
/// over as a static.
fn static_format(data_type: &DataType) -> Option<&'static CStr> {
    Some(match data_type {
        DataType::Null => c"n",
        DataType::Boolean => c"b",
        DataType::Int8 => c"c",
        DataType::UInt8 => c"C",
        DataType::Int16 => c"s",
        DataType::UInt16 => c"S",
        DataType::Int32 => c"i",
        DataType::UInt32 => c"I",
        DataType::Int64 => c"l",
        DataType::UInt64 => c"L",
        DataType::Float16 => c"e",
        DataType::Float32 => c"f",
        DataType::Float64 => c"g",
        DataType::Utf8 => c"u",
        DataType::LargeUtf8 => c"U",
        DataType::Binary => c"z",
        DataType::LargeBinary => c"Z",
        DataType::Date32 => c"tdD",
        DataType::Date64 => c"tdm",
        _ => return None,
    })
}

/// The type a static format string names (the inverse of
/// [`static_format`]).
fn static_type(format: &[u8]) -> Option<DataType> {
    Some(match format {
        b"n" => DataType::Null,
        b"b" => DataType::Boolean,
        b"c" => DataType::Int8,
        b"C" => DataType::UInt8,
        b"s" => DataType::Int16,
        b"S" => DataType::UInt16,
        b"i" => DataType::Int32,
        b"I" => DataType::UInt32,
        b"l" => DataType::Int64,
        b"L" => DataType::UInt64,
        b"e" => DataType::Float16,
        b"f" => DataType::Float32,
        b"g" => DataType::Float64,
        b"u" => DataType::Utf8,
        b"U" => DataType::LargeUtf8,
        b"z" => DataType::Binary,
        b"Z" => DataType::LargeBinary,
        b"tdD" => DataType::Date32,
        b"tdm" => DataType::Date64,
        _ => return None,
    })
}

/// Marks a schema of static strings released: it owns nothing.
unsafe extern "C" fn release_static_schema(schema: *mut ArrowSchema) {
    if !schema.is_null() {
        // SAFETY: the interface passes the schema being released.
        unsafe { (*schema).release = None };
    }
}

/// `data_type` as a schema of static strings, when it has no parameters.
pub(super) fn export_type(data_type: &DataType) -> Option<ArrowSchema> {
    let format = static_format(data_type)?;
    Some(ArrowSchema {
        format: format.as_ptr(),
        name: null(),
        metadata: null(),
        flags: 0,
        n_children: 0,
        children: null_mut(),
        dictionary: null_mut(),
        release: Some(release_static_schema),
        private_data: null_mut(),
    })
}

/// The type of a schema without children whose format string names a type
/// without parameters; `None` sends the caller down the general path.
///
/// # Safety
/// `schema.format` and `schema.name`, when non-null, are NUL-terminated
/// strings.
pub(super) unsafe fn import_type(schema: &ArrowSchema) -> Option<DataType> {
    if schema.release.is_none() || schema.format.is_null() || schema.n_children != 0 || !schema.dictionary.is_null() {
        return None;
    }
    // A name that is not UTF-8 is refused by the general path, named.
    // SAFETY: non-null strings are NUL-terminated, per the caller.
    if !schema.name.is_null() && unsafe { CStr::from_ptr(schema.name) }.to_str().is_err() {
        return None;
    }
    // SAFETY: as above.
    static_type(unsafe { CStr::from_ptr(schema.format) }.to_bytes())
}

/// What an exported flat array keeps alive: its buffers (shared, not
/// copied), and the pointer array the interface's `buffers` points at.
struct Exported {
    _keep: [Option<Buffer>; 3],
    buffers: [*const c_void; 3],
}

unsafe extern "C" fn release_exported(array: *mut ArrowArray) {
    if array.is_null() {
        return;
    }
    // SAFETY: the interface passes the array being released, whose
    // `private_data` is the `Exported` leaked by `export_array` (or null
    // once released).
    unsafe {
        let array = &mut *array;
        if !array.private_data.is_null() {
            drop(Box::from_raw(array.private_data.cast::<Exported>()));
            array.private_data = null_mut();
        }
        array.release = None;
    }
}

/// The offset and the buffers after the validity bitmap of a flat array,
/// read from the typed array (no `ArrayData` is built).
fn parts(array: &dyn Array) -> Option<(usize, [Option<Buffer>; 2])> {
    Some(match array.data_type() {
        DataType::Boolean => {
            let values = array.as_boolean().values();
            (values.offset(), [Some(values.inner().clone()), None])
        }
        DataType::Utf8 => byte_parts::<Utf8Type>(array),
        DataType::LargeUtf8 => byte_parts::<LargeUtf8Type>(array),
        DataType::Binary => byte_parts::<BinaryType>(array),
        DataType::LargeBinary => byte_parts::<LargeBinaryType>(array),
        _ => downcast_primitive_array!(
            array => (0, [Some(array.values().inner().clone()), None]),
            _ => return None
        ),
    })
}

/// A string or binary array's offsets and values.
fn byte_parts<T: ByteArrayType>(array: &dyn Array) -> (usize, [Option<Buffer>; 2]) {
    let array = array.as_bytes::<T>();
    (0, [Some(array.offsets().inner().inner().clone()), Some(array.values().clone())])
}

/// Hands a flat array over with one allocation; `None` when `array` is not
/// flat or its validity bitmap starts elsewhere than its values (a slice's
/// bitmap), which the general path realigns.
pub(super) fn export_array(array: &dyn Array) -> Option<ArrowArray> {
    let shape = Flat::of(array.data_type())?;
    let (offset, [first, second]) = parts(array)?;
    let nulls = array.nulls();
    if nulls.is_some_and(|nulls| nulls.offset() != offset) {
        return None;
    }
    let keep = [nulls.map(|nulls| nulls.buffer().clone()), first, second];
    let mut buffers = [null(); 3];
    for (pointer, buffer) in buffers.iter_mut().zip(&keep) {
        *pointer = buffer.as_ref().map_or(null(), |buffer| buffer.as_ptr().cast());
    }
    let null_count = array.null_count() as i64;
    let private = Box::into_raw(Box::new(Exported { _keep: keep, buffers }));
    Some(ArrowArray {
        length: array.len() as i64,
        null_count,
        offset: offset as i64,
        n_buffers: shape.buffer_count() as i64,
        n_children: 0,
        // SAFETY: `private` is a live allocation (just leaked); the field
        // stays put until `release_exported` frees it.
        buffers: unsafe { (*private).buffers.as_mut_ptr() },
        children: null_mut(),
        dictionary: null_mut(),
        release: Some(release_exported),
        private_data: private.cast(),
    })
}

/// Builds the primitive array of the type `downcast_primitive!` matched.
macro_rules! primitive_helper {
    ($t:ty, $data_type:expr, $values:expr, $offset:expr, $length:expr, $nulls:expr) => {
        primitive::<$t>($data_type, $values, $offset, $length, $nulls)?
    };
}

/// An imported array's owner: releases it when the last buffer wrapping
/// its memory is dropped.
struct Imported {
    _array: ArrowArray,
}

// SAFETY: the interface lets any thread release an array, and the buffers
// are only read.
unsafe impl Send for Imported {}
// SAFETY: as above.
unsafe impl Sync for Imported {}

/// The layout of `array` when it can take the short path as `data_type`:
/// a flat type, the struct shaped as that type requires, every buffer but
/// the validity bitmap present.
///
/// # Safety
/// `array.buffers`, when non-null, holds `n_buffers` pointers.
pub(super) unsafe fn importable(array: &ArrowArray, data_type: &DataType) -> Option<Flat> {
    let shape = Flat::of(data_type)?;
    let well_formed = array.release.is_some()
        && array.length >= 0
        && array.offset >= 0
        && array.n_children == 0
        && array.dictionary.is_null()
        && array.n_buffers == shape.buffer_count() as i64
        && !array.buffers.is_null();
    // SAFETY: `buffers` holds `n_buffers` pointers (the caller), checked
    // non-null above.
    (well_formed && (1..shape.buffer_count()).all(|index| unsafe { !(*array.buffers.add(index)).is_null() }))
        .then_some(shape)
}

/// Imports an array [`importable`] accepted, wrapping its buffers in place.
/// `full` runs arrow's full validation of the contents; without it the
/// structure is still validated (lengths, offsets' ends, alignment).
///
/// # Safety
/// [`importable`] returned `Some(shape)` for this array and type; every
/// buffer is as long as the type, length and offset require.
pub(super) unsafe fn import_array(
    array: ArrowArray,
    data_type: &DataType,
    shape: Flat,
    full: bool,
) -> Result<ArrayRef, ArrowError> {
    let (length, offset) = (array.length as usize, array.offset as usize);
    let too_long = || {
        ArrowError::CDataInterface(format!(
            "an array of {data_type} with {length} rows at offset {offset} is too long to address"
        ))
    };
    let end = length.checked_add(offset).ok_or_else(too_long)?;
    let mut pointers = [null(); 3];
    for (index, slot) in pointers.iter_mut().enumerate().take(shape.buffer_count()) {
        // SAFETY: `importable` checked `buffers` holds this many pointers.
        *slot = unsafe { *array.buffers.add(index) };
    }
    let bitmap_bytes = end.div_ceil(8);
    let lengths: [usize; 3] = match shape {
        Flat::Bits => [bitmap_bytes, bitmap_bytes, 0],
        Flat::Fixed(width) => [bitmap_bytes, end.checked_mul(width).ok_or_else(too_long)?, 0],
        Flat::Offsets32 | Flat::Offsets64 => {
            let width = if shape == Flat::Offsets32 { 4 } else { 8 };
            // SAFETY: the offsets buffer holds `end + 1` offsets (the
            // caller); read unaligned, as nothing has checked its alignment
            // yet.
            let last = unsafe {
                if width == 4 {
                    i64::from(pointers[1].cast::<i32>().add(end).read_unaligned())
                } else {
                    pointers[1].cast::<i64>().add(end).read_unaligned()
                }
            };
            let data_bytes = usize::try_from(last).map_err(|_| {
                ArrowError::CDataInterface(format!("an array of {data_type} ends at a negative offset"))
            })?;
            let offsets_bytes = end.checked_add(1).and_then(|n| n.checked_mul(width)).ok_or_else(too_long)?;
            [bitmap_bytes, offsets_bytes, data_bytes]
        }
    };
    let owner: Arc<dyn Allocation> = Arc::new(Imported { _array: array });
    let wrap = |pointer: *const c_void, bytes: usize| {
        NonNull::new(pointer.cast_mut().cast::<u8>()).map(|pointer| {
            // SAFETY: the producer's buffer of at least `bytes` bytes (the
            // caller), kept alive by `owner` until the last wrapper drops.
            unsafe { Buffer::from_custom_allocation(pointer, bytes, owner.clone()) }
        })
    };
    let nulls = wrap(pointers[0], lengths[0])
        .map(|bitmap| NullBuffer::new(BooleanBuffer::new(bitmap, offset, length)))
        .filter(|nulls| nulls.null_count() > 0);
    // `importable` checked these are non-null.
    let first = wrap(pointers[1], lengths[1]).ok_or_else(too_long)?;
    let array: ArrayRef = match shape {
        Flat::Bits => Arc::new(BooleanArray::new(BooleanBuffer::new(first, offset, length), nulls)),
        Flat::Fixed(_) => downcast_primitive! {
            data_type => (primitive_helper, data_type, first, offset, length, nulls),
            _ => return Err(ArrowError::CDataInterface(format!("{data_type} is not a primitive type")))
        },
        Flat::Offsets32 | Flat::Offsets64 => {
            let values = wrap(pointers[2], lengths[2]).ok_or_else(too_long)?;
            match data_type {
                DataType::Utf8 => bytes::<Utf8Type>(first, values, offset, length, nulls, full)?,
                DataType::LargeUtf8 => bytes::<LargeUtf8Type>(first, values, offset, length, nulls, full)?,
                DataType::Binary => bytes::<BinaryType>(first, values, offset, length, nulls, full)?,
                _ => bytes::<LargeBinaryType>(first, values, offset, length, nulls, full)?,
            }
        }
    };
    Ok(array)
}

fn misaligned(data_type: &DataType, what: &str) -> ArrowError {
    ArrowError::CDataInterface(format!("the {what} buffer of an array of {data_type} is misaligned"))
}

fn primitive<T: ArrowPrimitiveType>(
    data_type: &DataType,
    values: Buffer,
    offset: usize,
    length: usize,
    nulls: Option<NullBuffer>,
) -> Result<ArrayRef, ArrowError> {
    if values.as_ptr().align_offset(std::mem::align_of::<T::Native>()) != 0 {
        return Err(misaligned(data_type, "values"));
    }
    let values = ScalarBuffer::<T::Native>::new(values, offset, length);
    let array = PrimitiveArray::<T>::try_new(values, nulls)?;
    // Types with parameters (a time zone, a precision) are named as given.
    Ok(Arc::new(if array.data_type() == data_type { array } else { array.with_data_type(data_type.clone()) }))
}

/// A string or binary array over the producer's offsets and values.
/// `full` checks the offsets run forwards from zero or above (and, for
/// strings, that the text is UTF-8); without it they are trusted.
fn bytes<T: ByteArrayType>(
    offsets: Buffer,
    values: Buffer,
    offset: usize,
    length: usize,
    nulls: Option<NullBuffer>,
    full: bool,
) -> Result<ArrayRef, ArrowError> {
    if offsets.as_ptr().align_offset(std::mem::align_of::<T::Offset>()) != 0 {
        return Err(misaligned(&T::DATA_TYPE, "offsets"));
    }
    let offsets = ScalarBuffer::<T::Offset>::new(offsets, offset, length + 1);
    if full {
        let backwards = offsets.windows(2).any(|pair| pair[0] > pair[1]);
        if backwards || offsets[0].to_usize().is_none() {
            return Err(ArrowError::CDataInterface(format!(
                "the offsets of an array of {} run backwards or below zero",
                T::DATA_TYPE
            )));
        }
        // SAFETY: checked just above: non-negative and non-decreasing.
        let offsets = unsafe { OffsetBuffer::new_unchecked(offsets) };
        Ok(Arc::new(GenericByteArray::<T>::try_new(offsets, values, nulls)?))
    } else {
        // SAFETY: the trusted producer's offsets and contents are valid;
        // the values buffer ends at the last offset by construction.
        Ok(Arc::new(unsafe {
            GenericByteArray::<T>::new_unchecked(OffsetBuffer::new_unchecked(offsets), values, nulls)
        }))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use arrow_array::{
        BooleanArray, Decimal128Array, FixedSizeBinaryArray, Float64Array, Int32Array, LargeBinaryArray, StringArray,
    };

    use super::*;
    use crate::arrow::{
        export_array as export_any, export_type as export_any_type, import_array, import_type as import_any_type,
    };

    fn round_trip(array: &dyn Array) -> ArrayRef {
        let schema = export_any_type(array.data_type()).unwrap();
        // SAFETY: exported just above.
        let data_type = unsafe { import_any_type(&schema) }.unwrap();
        assert_eq!(&data_type, array.data_type());
        // SAFETY: exported just above.
        unsafe { import_array(export_any(array), &data_type, Some(array.len())) }.unwrap()
    }

    #[test]
    fn flat_arrays_of_every_layout_round_trip_on_the_short_path() {
        let arrays: Vec<ArrayRef> = vec![
            Arc::new(Float64Array::from(vec![Some(1.5), None, Some(-0.0)])),
            Arc::new(Int32Array::from(vec![1, 2, 3])),
            Arc::new(BooleanArray::from(vec![Some(true), None, Some(false)])),
            Arc::new(StringArray::from(vec![Some("a"), None, Some("ünï"), Some("")])),
            Arc::new(LargeBinaryArray::from(vec![b"x".as_ref(), b"".as_ref()])),
            Arc::new(Decimal128Array::from(vec![Some(12_345), None]).with_precision_and_scale(10, 2).unwrap()),
        ];
        // Not flat here, but through the general path all the same.
        let fixed = FixedSizeBinaryArray::try_from_iter([[1u8, 2], [3, 4]].into_iter()).unwrap();
        assert_eq!(round_trip(&fixed).as_ref(), &fixed as &dyn Array);
        for array in &arrays {
            assert!(Flat::of(array.data_type()).is_some(), "{}", array.data_type());
            assert!(export_array(array.as_ref()).is_some(), "{}", array.data_type());
            assert_eq!(round_trip(array.as_ref()).as_ref(), array.as_ref());
        }
    }

    #[test]
    fn slices_keep_their_rows_on_either_path() {
        let numbers = Float64Array::from(vec![Some(1.0), None, Some(3.0), None, Some(5.0)]);
        let strings = StringArray::from(vec![Some("a"), None, Some("ccc"), Some("dd"), None]);
        let flags = BooleanArray::from(vec![Some(true), None, Some(false), Some(true), None, Some(false)]);
        for array in [&numbers as &dyn Array, &strings, &flags] {
            for (offset, length) in [(1, 3), (2, 2), (0, 5), (3, 0)] {
                let slice = array.slice(offset, length);
                assert_eq!(round_trip(slice.as_ref()).as_ref(), slice.as_ref());
            }
        }
    }

    static RELEASED: AtomicUsize = AtomicUsize::new(0);

    /// An `Int32` array over a leaked buffer, counting its release.
    fn foreign(values: &'static [i32], offset: i64, length: i64) -> ArrowArray {
        unsafe extern "C" fn release(array: *mut ArrowArray) {
            RELEASED.fetch_add(1, Ordering::SeqCst);
            // SAFETY: the array being released; its pointer array was leaked.
            unsafe {
                drop(Box::from_raw((*array).buffers.cast::<[*const c_void; 2]>()));
                (*array).release = None;
            }
        }
        let buffers = Box::into_raw(Box::new([null(), values.as_ptr().cast::<c_void>()]));
        ArrowArray {
            length,
            null_count: 0,
            offset,
            n_buffers: 2,
            n_children: 0,
            buffers: buffers.cast(),
            children: null_mut(),
            dictionary: null_mut(),
            release: Some(release),
            private_data: null_mut(),
        }
    }

    #[test]
    fn an_imported_array_releases_the_producers_once_its_last_buffer_goes() {
        static VALUES: [i32; 4] = [10, 20, 30, 40];
        let before = RELEASED.load(Ordering::SeqCst);
        // SAFETY: `VALUES` holds offset + length values.
        let array = unsafe { import_array(foreign(&VALUES, 1, 2), &DataType::Int32, Some(2)) }.unwrap();
        let slice = array.slice(1, 1);
        drop(array);
        assert_eq!(RELEASED.load(Ordering::SeqCst), before, "released while a slice still reads it");
        assert_eq!(slice.as_ref(), &Int32Array::from(vec![30]) as &dyn Array);
        drop(slice);
        assert_eq!(RELEASED.load(Ordering::SeqCst), before + 1);
    }

    #[test]
    fn hostile_flat_arrays_are_errors_not_panics() {
        static VALUES: [i32; 4] = [1, 2, 3, 4];
        // An end past what `usize` can address.
        let error = unsafe { import_array(foreign(&VALUES, i64::MAX, i64::MAX), &DataType::Int32, None) }.unwrap_err();
        assert!(error.to_string().contains("too long to address"), "{error}");
        // A misaligned values buffer.
        let array = foreign(&VALUES, 0, 1);
        // SAFETY: points one byte into `VALUES`, still inside it.
        unsafe { *array.buffers.add(1) = VALUES.as_ptr().cast::<u8>().add(1).cast() };
        let error = unsafe { import_array(array, &DataType::Int32, None) }.unwrap_err();
        assert!(error.to_string().contains("align"), "{error}");
        // String offsets that end below zero.
        static OFFSETS: [i32; 2] = [0, -4];
        let mut array = foreign(&OFFSETS, 0, 1);
        array.n_buffers = 3;
        // SAFETY: replaces the test's own pointer array with a longer one.
        unsafe {
            drop(Box::from_raw(array.buffers.cast::<[*const c_void; 2]>()));
            array.buffers =
                Box::into_raw(Box::new([null::<c_void>(), OFFSETS.as_ptr().cast(), OFFSETS.as_ptr().cast()])).cast();
        }
        array.release = Some(forget_three);
        let error = unsafe { import_array(array, &DataType::Utf8, None) }.unwrap_err();
        assert!(error.to_string().contains("negative offset"), "{error}");
    }

    #[test]
    fn text_that_is_not_utf8_fails_full_validation() {
        let bytes = arrow_array::BinaryArray::from(vec![b"ok".as_ref(), b"\xff".as_ref()]);
        // SAFETY: a binary array's buffers are laid out as a string's.
        let error = unsafe { import_array(export_any(&bytes), &DataType::Utf8, Some(2)) }.unwrap_err();
        assert!(error.to_string().to_lowercase().contains("utf-8") || error.to_string().contains("utf8"), "{error}");
    }

    unsafe extern "C" fn forget_three(array: *mut ArrowArray) {
        // SAFETY: the test's array with a leaked three-pointer array.
        unsafe {
            drop(Box::from_raw((*array).buffers.cast::<[*const c_void; 3]>()));
            (*array).release = None;
        }
    }

    #[test]
    fn types_with_parameters_take_the_general_path() {
        assert!(export_type(&DataType::Decimal128(10, 2)).is_none());
        let schema = export_any_type(&DataType::Decimal128(10, 2)).unwrap();
        // SAFETY: exported just above.
        assert_eq!(unsafe { import_any_type(&schema) }.unwrap(), DataType::Decimal128(10, 2));
        let schema = export_type(&DataType::Float64).unwrap();
        // SAFETY: exported just above.
        assert_eq!(unsafe { import_type(&schema) }, Some(DataType::Float64));
    }
}
