//! Sealed in-memory files (Linux `memfd`): bytes that nobody can change
//! once they are sealed, and that a loader can map by path.
//!
//! Why: a loader that maps a file (wasmtime's `deserialize_file`, the
//! system's `dlopen`) maps it without copying it, but a file on disk can be
//! rewritten between the moment its bytes are checked and the moment they
//! are mapped. Bytes written into a sealed in-memory file are the bytes that
//! were checked, for as long as anything maps them; nothing touches a file
//! system. The compile cache maps verified compiled components this way,
//! and the host its native libraries.
//!
//! Elsewhere (not Linux, no `memfd_create`, `/proc` not mounted)
//! [`SealedFile::new`] answers `Ok(None)` and callers fall back to what they
//! did without it.

use std::fs::File;
use std::path::PathBuf;

/// An anonymous in-memory file, written once and then sealed against every
/// change (write, grow, shrink, further seals).
#[derive(Debug)]
pub struct SealedFile {
    file: File,
}

impl SealedFile {
    /// Creates an in-memory file called `name` (shown in `/proc/PID/maps`),
    /// lets `fill` write it, and seals it. `Ok(None)` when this system has
    /// no sealed in-memory files; an error from `fill` or from sealing is
    /// returned as is.
    ///
    /// ```
    /// use std::io::{Read, Write};
    /// use uni_plugin_wasm::sealed::SealedFile;
    ///
    /// if let Some(sealed) = SealedFile::new("example", |file| file.write_all(b"checked bytes")).unwrap() {
    ///     let mut text = String::new();
    ///     std::fs::File::open(sealed.path()).unwrap().read_to_string(&mut text).unwrap();
    ///     assert_eq!(text, "checked bytes");
    ///     // Sealed: writing is refused.
    ///     let written = std::fs::OpenOptions::new().write(true).open(sealed.path()).and_then(|mut file| file.write_all(b"x"));
    ///     assert!(written.is_err());
    /// }
    /// ```
    #[cfg(target_os = "linux")]
    pub fn new(name: &str, fill: impl FnOnce(&mut File) -> std::io::Result<()>) -> std::io::Result<Option<SealedFile>> {
        use std::os::fd::{AsRawFd, FromRawFd};

        if !std::path::Path::new("/proc/self/fd").is_dir() {
            return Ok(None);
        }
        let Ok(name) = std::ffi::CString::new(name) else {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "a sealed file's name has a NUL byte"));
        };
        // SAFETY: a NUL-terminated name and valid flags; the result is
        // checked before use.
        let fd = unsafe { libc::memfd_create(name.as_ptr(), libc::MFD_CLOEXEC | libc::MFD_ALLOW_SEALING) };
        if fd < 0 {
            return Ok(None);
        }
        // SAFETY: a descriptor just created, owned by nothing else.
        let mut file = unsafe { File::from_raw_fd(fd) };
        fill(&mut file)?;
        let seals = libc::F_SEAL_WRITE | libc::F_SEAL_GROW | libc::F_SEAL_SHRINK | libc::F_SEAL_SEAL;
        // SAFETY: the descriptor is open (owned by `file`); adding seals has
        // no other effect.
        if unsafe { libc::fcntl(file.as_raw_fd(), libc::F_ADD_SEALS, seals) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(Some(SealedFile { file }))
    }

    /// Without `memfd` there are no sealed files: always `Ok(None)`.
    #[cfg(not(target_os = "linux"))]
    pub fn new(
        _name: &str,
        _fill: impl FnOnce(&mut File) -> std::io::Result<()>,
    ) -> std::io::Result<Option<SealedFile>> {
        Ok(None)
    }

    /// A path that opens this file (`/proc/self/fd/N`), valid while it is
    /// open in this process.
    pub fn path(&self) -> PathBuf {
        #[cfg(unix)]
        {
            use std::os::fd::AsRawFd;
            PathBuf::from(format!("/proc/self/fd/{}", self.file.as_raw_fd()))
        }
        #[cfg(not(unix))]
        unreachable!("sealed files exist only on Linux")
    }

    /// Keeps the file open for the rest of the process. A loader that knows
    /// a file by its path (`dlopen`) would otherwise hand back an old
    /// mapping when a later file gets the same descriptor number, and so
    /// the same path.
    pub fn keep_open(self) {
        #[cfg(unix)]
        let _ = std::os::fd::IntoRawFd::into_raw_fd(self.file);
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use std::io::{Read, Write};

    use super::*;

    #[test]
    fn a_sealed_file_reads_back_and_refuses_every_change() {
        let sealed =
            SealedFile::new("uni-plugin-test", |file| file.write_all(b"abc")).unwrap().expect("memfd on Linux");
        let mut text = String::new();
        File::open(sealed.path()).unwrap().read_to_string(&mut text).unwrap();
        assert_eq!(text, "abc");
        let write = |options: &mut std::fs::OpenOptions, bytes: &[u8]| {
            options.open(sealed.path()).and_then(|mut file| file.write_all(bytes))
        };
        assert!(write(std::fs::OpenOptions::new().write(true), b"x").is_err(), "sealed against writes");
        assert!(write(std::fs::OpenOptions::new().append(true), b"more").is_err(), "and against growing");
        let truncated = std::fs::OpenOptions::new().write(true).open(sealed.path()).and_then(|file| file.set_len(0));
        assert!(truncated.is_err(), "and against shrinking");
        assert_eq!(std::fs::read(sealed.path()).unwrap(), b"abc", "unchanged");
    }

    #[test]
    fn a_failing_fill_is_reported() {
        let failed = SealedFile::new("uni-plugin-test", |_| Err(std::io::Error::other("disk full")));
        assert_eq!(failed.unwrap_err().to_string(), "disk full");
    }
}
