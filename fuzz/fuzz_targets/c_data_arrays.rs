//! Arrow C Data Interface arrays a native library returns
//! (`uni_plugin_abi::arrow::import_array`): arrays of every flat type with
//! arbitrary lengths, offsets, null counts, bitmaps, offsets buffers and
//! contents, some misaligned. The interface carries no buffer lengths, so
//! the target allocates each buffer as long as the type, length and offset
//! require (what a producer promises); within that, every byte is the
//! fuzzer's. Import must give an array or an error, never a crash, and an
//! imported array must survive a full walk.
#![no_main]

use std::ffi::c_void;

use arbitrary::Arbitrary;
use arrow_array::Array;
use arrow_schema::DataType;
use libfuzzer_sys::fuzz_target;
use uni_plugin_abi::ArrowArray;

#[derive(Arbitrary, Debug)]
enum Kind {
    Boolean,
    Int8,
    Int32,
    Int64,
    Float64,
    Date32,
    Decimal128,
    Utf8,
    LargeUtf8,
    Binary,
}

#[derive(Arbitrary, Debug)]
struct Input {
    kind: Kind,
    length: u8,
    offset: u8,
    null_count: i8,
    validity: bool,
    misalign: bool,
    n_buffers: Option<u8>,
    bytes: Vec<u8>,
}

/// A buffer of `len` bytes filled from the fuzzer's bytes, 16-byte aligned
/// unless asked otherwise.
fn buffer(
    store: &mut Vec<Vec<u128>>,
    bytes: &mut impl Iterator<Item = u8>,
    len: usize,
    misalign: bool,
) -> *const c_void {
    let mut words = vec![0u128; len.div_ceil(16) + 1];
    // SAFETY: `words` holds `16 * words.len()` bytes, more than `len + 1`.
    let raw = unsafe { std::slice::from_raw_parts_mut(words.as_mut_ptr().cast::<u8>(), words.len() * 16) };
    let start = usize::from(misalign);
    for byte in &mut raw[start..start + len] {
        *byte = bytes.next().unwrap_or(0);
    }
    let pointer = raw[start..].as_ptr().cast();
    store.push(words);
    pointer
}

unsafe extern "C" fn release(array: *mut ArrowArray) {
    // SAFETY: the array being released; the harness owns its memory.
    unsafe { (*array).release = None };
}

fuzz_target!(|input: Input| {
    let (data_type, width, offsets) = match input.kind {
        Kind::Boolean => (DataType::Boolean, 0, 0),
        Kind::Int8 => (DataType::Int8, 1, 0),
        Kind::Int32 => (DataType::Int32, 4, 0),
        Kind::Int64 => (DataType::Int64, 8, 0),
        Kind::Float64 => (DataType::Float64, 8, 0),
        Kind::Date32 => (DataType::Date32, 4, 0),
        Kind::Decimal128 => (DataType::Decimal128(20, 3), 16, 0),
        Kind::Utf8 => (DataType::Utf8, 0, 4),
        Kind::LargeUtf8 => (DataType::LargeUtf8, 0, 8),
        Kind::Binary => (DataType::Binary, 0, 4),
    };
    let (length, offset) = (usize::from(input.length), usize::from(input.offset));
    let end = length + offset;
    let mut bytes = input.bytes.iter().copied().cycle().take(1 << 16);
    let mut store = Vec::new();
    let mut pointers: Vec<*const c_void> = Vec::new();
    pointers.push(if input.validity {
        buffer(&mut store, &mut bytes, end.div_ceil(8), false)
    } else {
        std::ptr::null()
    });
    if offsets > 0 {
        let offsets_pointer = buffer(&mut store, &mut bytes, (end + 1) * offsets, input.misalign);
        // The data buffer is as long as the last offset says, when that is
        // sane (a producer promising more than it holds is out of scope).
        // SAFETY: the offsets buffer holds `end + 1` offsets.
        let last = unsafe {
            if offsets == 4 {
                i64::from(offsets_pointer.cast::<i32>().add(end).read_unaligned())
            } else {
                offsets_pointer.cast::<i64>().add(end).read_unaligned()
            }
        };
        let data_len = usize::try_from(last).unwrap_or(0).min(1 << 12);
        if usize::try_from(last).is_ok_and(|last| last > data_len) {
            return;
        }
        pointers.push(offsets_pointer);
        pointers.push(buffer(&mut store, &mut bytes, data_len, false));
    } else {
        let len = if width == 0 { end.div_ceil(8) } else { end * width };
        pointers.push(buffer(&mut store, &mut bytes, len, input.misalign));
    }
    let n_buffers = input.n_buffers.map_or(pointers.len(), |n| usize::from(n % 4).min(pointers.len()));
    let array = ArrowArray {
        length: length as i64,
        null_count: i64::from(input.null_count),
        offset: offset as i64,
        n_buffers: n_buffers as i64,
        n_children: 0,
        buffers: pointers.as_mut_ptr(),
        children: std::ptr::null_mut(),
        dictionary: std::ptr::null_mut(),
        release: Some(release),
        private_data: std::ptr::null_mut(),
    };
    // SAFETY: every buffer is as long as the type and length require and
    // lives in `store` until the end of this call.
    if let Ok(imported) = unsafe { uni_plugin_abi::arrow::import_array(array, &data_type, Some(length)) } {
        imported.to_data().validate_full().expect("an imported array is valid");
        let _ = format!("{imported:?}");
    }
    drop(store);
});
