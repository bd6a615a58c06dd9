//! Text across the boundary: [`UniplugStr`] is lent for a call,
//! [`UniplugString`] is handed over with a release callback.

use std::ffi::c_void;
use std::os::raw::c_char;

/// Borrowed UTF-8 text (`len` bytes, not NUL-terminated). A null `ptr`
/// means "none" where a field says so.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct UniplugStr {
    /// First byte, or null.
    pub ptr: *const c_char,
    /// Length in bytes.
    pub len: usize,
}

impl UniplugStr {
    /// "None": a null pointer.
    pub const NONE: UniplugStr = UniplugStr { ptr: std::ptr::null(), len: 0 };

    /// Lends `text` for the duration of a call.
    pub fn new(text: &str) -> UniplugStr {
        UniplugStr { ptr: text.as_ptr().cast(), len: text.len() }
    }

    /// Lends `text`, or "none".
    pub fn optional(text: Option<&str>) -> UniplugStr {
        text.map_or(UniplugStr::NONE, UniplugStr::new)
    }

    /// The bytes, `None` for a null pointer.
    ///
    /// # Safety
    /// `ptr` must be null or point at `len` readable bytes that stay valid
    /// and unchanged for `'a`.
    pub unsafe fn bytes<'a>(self) -> Option<&'a [u8]> {
        if self.ptr.is_null() {
            return None;
        }
        // SAFETY: the caller promises `len` readable bytes at `ptr`.
        Some(unsafe { std::slice::from_raw_parts(self.ptr.cast::<u8>(), self.len) })
    }

    /// The text, `None` for a null pointer; invalid UTF-8 is an error that
    /// says so.
    ///
    /// # Safety
    /// As for [`UniplugStr::bytes`].
    pub unsafe fn to_str<'a>(self) -> Result<Option<&'a str>, std::str::Utf8Error> {
        // SAFETY: forwarded to the caller.
        match unsafe { self.bytes() } {
            None => Ok(None),
            Some(bytes) => std::str::from_utf8(bytes).map(Some),
        }
    }
}

/// Owned UTF-8 text, released by its receiver through `release` (null for
/// static text). Receivers zero it (see [`UniplugString::EMPTY`]) before a
/// call that may fill it.
#[repr(C)]
#[derive(Debug)]
pub struct UniplugString {
    /// First byte, or null when nothing was written.
    pub ptr: *const c_char,
    /// Length in bytes.
    pub len: usize,
    /// Frees the text; null when it is static.
    pub release: Option<unsafe extern "C" fn(*mut UniplugString)>,
    /// The producer's own data.
    pub private_data: *mut c_void,
}

impl UniplugString {
    /// Nothing written yet.
    pub const EMPTY: UniplugString =
        UniplugString { ptr: std::ptr::null(), len: 0, release: None, private_data: std::ptr::null_mut() };

    /// Hands `text` over: the receiver frees it through `release`.
    pub fn from_string(text: String) -> UniplugString {
        let boxed: Box<[u8]> = text.into_bytes().into_boxed_slice();
        let len = boxed.len();
        let ptr = Box::into_raw(boxed);
        UniplugString {
            ptr: ptr.cast::<c_char>().cast_const(),
            len,
            release: Some(release_boxed),
            private_data: ptr.cast::<c_void>(),
        }
    }

    /// Takes the text out (lossily for invalid UTF-8) and releases it.
    /// `None` when nothing was written.
    ///
    /// # Safety
    /// The string must have been filled by a producer following the ABI:
    /// `ptr` null or pointing at `len` readable bytes, `release` null or
    /// safe to call once.
    pub unsafe fn take(&mut self) -> Option<String> {
        let text = if self.ptr.is_null() {
            None
        } else {
            // SAFETY: the producer promises `len` readable bytes at `ptr`.
            let bytes = unsafe { std::slice::from_raw_parts(self.ptr.cast::<u8>(), self.len) };
            Some(String::from_utf8_lossy(bytes).into_owned())
        };
        if let Some(release) = self.release.take() {
            // SAFETY: called once (taken above), as the ABI requires.
            unsafe { release(self) };
        }
        *self = UniplugString::EMPTY;
        text
    }
}

/// The release callback of [`UniplugString::from_string`].
unsafe extern "C" fn release_boxed(string: *mut UniplugString) {
    if string.is_null() {
        return;
    }
    // SAFETY: `string` is one made by `from_string`: `private_data` is the
    // boxed slice of `len` bytes it leaked, freed exactly once here.
    unsafe {
        let string = &mut *string;
        if !string.private_data.is_null() {
            let slice = std::ptr::slice_from_raw_parts_mut(string.private_data.cast::<u8>(), string.len);
            drop(Box::from_raw(slice));
        }
        string.private_data = std::ptr::null_mut();
        string.ptr = std::ptr::null();
        string.release = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handed_over_string_comes_back_once_and_is_freed() {
        let mut string = UniplugString::from_string("ünïcode".to_owned());
        // SAFETY: made by `from_string`.
        assert_eq!(unsafe { string.take() }.as_deref(), Some("ünïcode"));
        assert!(string.release.is_none() && string.ptr.is_null());
        // SAFETY: emptied by `take`.
        assert_eq!(unsafe { string.take() }, None);
    }

    #[test]
    fn borrowed_text_is_none_for_null_and_checked_for_utf8() {
        // SAFETY: null, or pointing into live data.
        unsafe {
            assert_eq!(UniplugStr::NONE.to_str().unwrap(), None);
            assert_eq!(UniplugStr::new("abc").to_str().unwrap(), Some("abc"));
            let bad = [0xffu8, 0xfe];
            let text = UniplugStr { ptr: bad.as_ptr().cast(), len: 2 };
            assert!(text.to_str().is_err());
        }
    }
}
