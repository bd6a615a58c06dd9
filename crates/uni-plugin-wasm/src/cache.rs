//! The on-disk compile cache, authenticated.
//!
//! A cached entry is machine code the host maps and runs, so the cache is
//! treated like the host's own binary: anyone who can write it can run
//! code as the host. Hence:
//!
//! - the directory is created `0700`; a directory (or entry) that is not
//!   owned by the user running the host, or that group or others may write,
//!   is not used (the host compiles instead, with a warning);
//! - every entry carries a keyed blake3 MAC under a per-user key kept in
//!   the directory (`.mac-key`, `0600`, made on first use): an entry the
//!   key did not sign (swapped, truncated, copied from elsewhere) is
//!   removed and recompiled, never loaded;
//! - an entry is read once, verified, and deserialized from exactly the
//!   bytes that were checked, so what was checked is what runs. Compiled
//!   components ([`CompileCache::read_code`]) are copied, on Linux, into a
//!   sealed in-memory file while their MAC is computed, and mapped from it
//!   (no second copy; data images map straight from it too); elsewhere
//!   they are read into memory.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::sealed::SealedFile;

/// Name of the MAC key file inside the cache directory.
pub const KEY_FILE: &str = ".mac-key";

/// Largest cache entry read (a compiled component is a few MB).
const MAX_ENTRY: u64 = 1 << 30;

const MAC_LEN: usize = 32;

/// Hashing a chunk this large on every core beats hashing it on one.
const PARALLEL_HASH: usize = 1 << 20;

/// A verified compiled component, as the engine deserializes it.
pub(crate) enum Code {
    /// In a sealed in-memory file: the engine maps it by path.
    Sealed(SealedFile),
    /// In memory (where there are no sealed files).
    Bytes(Vec<u8>),
}

/// What copying an entry into a sealed file came to.
enum Sealing {
    /// No sealed files here, or the copy failed: read the entry instead.
    Unavailable,
    /// The verified entry, or `None` when there is none (absent, or
    /// discarded as not authentic).
    Entry(Option<SealedFile>),
}

/// `bytes` into `hasher`, on every core when there are enough of them.
pub(crate) fn hash_into(hasher: &mut blake3::Hasher, bytes: &[u8]) {
    if bytes.len() >= PARALLEL_HASH {
        hasher.update_rayon(bytes);
    } else {
        hasher.update(bytes);
    }
}

/// An opened, checked compile cache.
#[derive(Clone)]
pub(crate) struct CompileCache {
    dir: PathBuf,
    key: [u8; 32],
}

impl std::fmt::Debug for CompileCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CompileCache").field("dir", &self.dir).finish_non_exhaustive()
    }
}

impl CompileCache {
    /// Opens (creating it `0700` if needed) the cache in `dir`; `None`, with
    /// a warning saying why, when it must not be trusted.
    pub(crate) fn open(dir: &Path) -> Option<CompileCache> {
        match Self::try_open(dir) {
            Ok(cache) => Some(cache),
            Err(reason) => {
                tracing::warn!(
                    "not using the compile cache `{}`: {reason}; components are compiled on every load",
                    dir.display()
                );
                None
            }
        }
    }

    fn try_open(dir: &Path) -> Result<CompileCache, String> {
        create_private_dir(dir).map_err(|e| format!("cannot create it: {e}"))?;
        let meta = std::fs::symlink_metadata(dir).map_err(|e| format!("cannot read it: {e}"))?;
        if !meta.is_dir() {
            return Err("it is not a directory".into());
        }
        check_private(&meta, "the directory")?;
        let key = load_or_make_key(&dir.join(KEY_FILE))?;
        Ok(CompileCache { dir: dir.to_path_buf(), key })
    }

    /// The cache directory.
    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }

    fn mac(&self, payload: &[u8]) -> blake3::Hash {
        let mut hasher = blake3::Hasher::new_keyed(&self.key);
        hash_into(&mut hasher, payload);
        hasher.finalize()
    }

    /// The payload stored at `path`, if it is there, private and signed by
    /// this cache's key. Anything else is removed (and logged) and `None`.
    pub(crate) fn read(&self, path: &Path) -> Option<Vec<u8>> {
        let bytes = match read_private_file(path) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return None,
            Err(reason) => return discard(path, &reason),
        };
        let authentic = bytes.len() >= MAC_LEN && {
            let (mac, payload) = bytes.split_at(MAC_LEN);
            // `blake3::Hash` compares in constant time.
            blake3::Hash::from_bytes(mac.try_into().unwrap_or([0; MAC_LEN])) == self.mac(payload)
        };
        if !authentic {
            return discard(path, NOT_AUTHENTIC);
        }
        let mut bytes = bytes;
        bytes.drain(..MAC_LEN);
        Some(bytes)
    }

    /// Like [`CompileCache::read`], for a compiled component: where it can,
    /// copies the payload into a sealed in-memory file while computing its
    /// MAC, so the engine maps the checked bytes instead of copying them
    /// once more.
    pub(crate) fn read_code(&self, path: &Path) -> Option<Code> {
        match self.read_sealed(path) {
            Sealing::Entry(entry) => entry.map(Code::Sealed),
            Sealing::Unavailable => self.read(path).map(Code::Bytes),
        }
    }

    fn read_sealed(&self, path: &Path) -> Sealing {
        let mut file = match open_private_file(path) {
            Ok(Some((file, _))) => file.take(MAX_ENTRY),
            Ok(None) => return Sealing::Entry(None),
            Err(reason) => return Sealing::Entry(discard(path, &reason)),
        };
        let mut mac = [0u8; MAC_LEN];
        if file.read_exact(&mut mac).is_err() {
            return Sealing::Entry(discard(path, NOT_AUTHENTIC));
        }
        let mut hasher = blake3::Hasher::new_keyed(&self.key);
        // Each chunk is hashed and written as it was read: the sealed file
        // holds exactly the bytes the MAC covers.
        let copied = SealedFile::new("uni-plugin compiled component", |sealed| {
            let mut chunk = vec![0u8; 4 * PARALLEL_HASH];
            loop {
                let read = file.read(&mut chunk)?;
                if read == 0 {
                    return Ok(());
                }
                hash_into(&mut hasher, &chunk[..read]);
                sealed.write_all(&chunk[..read])?;
            }
        });
        match copied {
            // `blake3::Hash` compares in constant time.
            Ok(Some(sealed)) if hasher.finalize() == blake3::Hash::from_bytes(mac) => Sealing::Entry(Some(sealed)),
            Ok(Some(_)) => Sealing::Entry(discard(path, NOT_AUTHENTIC)),
            Ok(None) => Sealing::Unavailable,
            Err(error) => {
                tracing::debug!(
                    "reading `{}` into a sealed file failed ({error}); reading it into memory",
                    path.display()
                );
                Sealing::Unavailable
            }
        }
    }

    /// Stores `payload` at `path` with its MAC, atomically and `0600`.
    pub(crate) fn write(&self, path: &Path, payload: &[u8]) {
        let mut bytes = Vec::with_capacity(MAC_LEN + payload.len());
        bytes.extend_from_slice(self.mac(payload).as_bytes());
        bytes.extend_from_slice(payload);
        if let Err(error) = write_atomically(path, &bytes) {
            tracing::warn!("cannot write compile cache entry `{}`: {error}", path.display());
        }
    }
}

const NOT_AUTHENTIC: &str = "it was not written by this cache (tampered, truncated or copied)";

/// Removes the entry at `path`, saying why; there is no entry (`None`).
fn discard<T>(path: &Path, reason: &str) -> Option<T> {
    tracing::warn!("discarding compile cache entry `{}`: {reason}", path.display());
    let _ = std::fs::remove_file(path);
    None
}

/// Writes `bytes` to a fresh temporary file beside `path` (`tempfile`
/// creates it `0600` with a unique name), then renames it into place, so a
/// reader never sees a half-written entry and writers of the same entry at
/// once cannot interleave their bytes.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let mut temporary = tempfile::NamedTempFile::new_in(dir)?;
    temporary.write_all(bytes)?;
    temporary.persist(path).map(drop).map_err(|error| error.error)
}

/// Options that create a new file only the user can read and write.
fn private_options() -> std::fs::OpenOptions {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Refuses a file or directory someone else owns or may write.
#[cfg(unix)]
fn check_private(meta: &std::fs::Metadata, what: &str) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let user = unsafe { libc::geteuid() };
    if meta.uid() != user {
        return Err(format!("{what} is owned by uid {}, not by this user (uid {user})", meta.uid()));
    }
    if meta.mode() & 0o022 != 0 {
        return Err(format!(
            "{what} is writable by group or others (mode {:o}); run `chmod go-w` on it",
            meta.mode() & 0o777
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_meta: &std::fs::Metadata, _what: &str) -> Result<(), String> {
    Ok(())
}

/// Reads a private regular file (no symlink, no FIFO, at most
/// [`MAX_ENTRY`] bytes); `Ok(None)` when it does not exist.
fn read_private_file(path: &Path) -> Result<Option<Vec<u8>>, String> {
    let Some((file, len)) = open_private_file(path)? else { return Ok(None) };
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(MAX_ENTRY).read_to_end(&mut bytes).map_err(|e| format!("cannot read it: {e}"))?;
    Ok(Some(bytes))
}

/// Opens a private regular file (no symlink, no FIFO, at most
/// [`MAX_ENTRY`] bytes) and says how long it is; `Ok(None)` when it does
/// not exist.
fn open_private_file(path: &Path) -> Result<Option<(std::fs::File, u64)>, String> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW | libc::O_NONBLOCK);
    let file = match options.open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(format!("cannot open it: {error}")),
    };
    let meta = file.metadata().map_err(|e| format!("cannot read it: {e}"))?;
    if !meta.is_file() {
        return Err("it is not a regular file".into());
    }
    check_private(&meta, "the entry")?;
    if meta.len() > MAX_ENTRY {
        return Err(format!("it is {} bytes, more than an entry can be", meta.len()));
    }
    Ok(Some((file, meta.len())))
}

fn load_or_make_key(path: &Path) -> Result<[u8; 32], String> {
    match read_private_file(path) {
        Ok(Some(bytes)) => {
            return bytes.try_into().map_err(|bytes: Vec<u8>| {
                format!("its key `{}` is {} bytes, not 32; delete it to make a new one", path.display(), bytes.len())
            });
        }
        Ok(None) => {}
        Err(reason) => return Err(format!("its key `{}`: {reason}", path.display())),
    }
    let mut key = [0u8; 32];
    getrandom::fill(&mut key).map_err(|e| format!("no secure random source for its key: {e}"))?;
    match private_options().open(path) {
        Ok(mut file) => file.write_all(&key).map_err(|e| format!("cannot write its key `{}`: {e}", path.display()))?,
        // Another host made the key first: use theirs.
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => return load_or_make_key(path),
        Err(error) => return Err(format!("cannot create its key `{}`: {error}", path.display())),
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("uni-plugin-cache-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn entries_round_trip_and_tampered_ones_are_discarded() {
        let dir = scratch("mac");
        let cache = CompileCache::open(&dir).expect("a fresh private cache");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
            assert_eq!(std::fs::metadata(dir.join(KEY_FILE)).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let entry = dir.join("x.cwasm");
        cache.write(&entry, b"machine code");
        assert_eq!(cache.read(&entry).as_deref(), Some(&b"machine code"[..]));
        // The same key is used by the next host.
        assert_eq!(CompileCache::open(&dir).unwrap().read(&entry).as_deref(), Some(&b"machine code"[..]));

        let mut bytes = std::fs::read(&entry).unwrap();
        *bytes.last_mut().unwrap() ^= 1;
        std::fs::write(&entry, &bytes).unwrap();
        assert_eq!(cache.read(&entry), None, "a changed byte is not loaded");
        assert!(!entry.exists(), "and it is removed");

        std::fs::write(&entry, b"short").unwrap();
        assert_eq!(cache.read(&entry), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn compiled_entries_are_verified_before_they_are_mapped() {
        let dir = scratch("code");
        let cache = CompileCache::open(&dir).unwrap();
        let entry = dir.join("x.cwasm");
        // Longer than one copy chunk, so the MAC spans several.
        let payload: Vec<u8> = (0..9 * PARALLEL_HASH + 17).map(|i| (i % 251) as u8).collect();
        let read = |cache: &CompileCache| match cache.read_code(&entry) {
            Some(Code::Sealed(file)) => Some(std::fs::read(file.path()).unwrap()),
            Some(Code::Bytes(bytes)) => Some(bytes),
            None => None,
        };
        cache.write(&entry, &payload);
        assert!(read(&cache) == Some(payload.clone()), "an authentic entry reads back whole");
        #[cfg(target_os = "linux")]
        assert!(matches!(cache.read_code(&entry), Some(Code::Sealed(_))), "from a sealed file on Linux");

        type Edit = fn(&mut Vec<u8>);
        let edits: [(&str, Edit); 5] = [
            ("its first byte changed", |bytes| bytes[MAC_LEN] ^= 1),
            ("its last byte changed", |bytes| *bytes.last_mut().unwrap() ^= 0x80),
            ("its MAC changed", |bytes| bytes[3] ^= 1),
            ("cut after a few bytes", |bytes| bytes.truncate(MAC_LEN + 10)),
            ("shorter than a MAC", |bytes| bytes.truncate(5)),
        ];
        for (what, edit) in edits {
            cache.write(&entry, &payload);
            let mut bytes = std::fs::read(&entry).unwrap();
            edit(&mut bytes);
            std::fs::write(&entry, &bytes).unwrap();
            assert!(read(&cache).is_none(), "an entry with {what} is not loaded");
            assert!(!entry.exists(), "an entry with {what} is removed");
        }
        assert!(read(&cache).is_none(), "no entry, nothing loaded");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_world_writable_cache_or_entry_is_not_used() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("perms");
        let cache = CompileCache::open(&dir).unwrap();
        let entry = dir.join("x.cwasm");
        cache.write(&entry, b"code");
        std::fs::set_permissions(&entry, std::fs::Permissions::from_mode(0o666)).unwrap();
        assert_eq!(cache.read(&entry), None, "a world-writable entry is not loaded");
        cache.write(&entry, b"code");
        std::fs::set_permissions(&entry, std::fs::Permissions::from_mode(0o666)).unwrap();
        assert!(cache.read_code(&entry).is_none(), "nor mapped");
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        assert!(CompileCache::open(&dir).is_none(), "a world-writable directory is not used");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn special_files_are_refused_quickly() {
        let dir = scratch("special");
        let cache = CompileCache::open(&dir).unwrap();
        let link = dir.join("zero.cwasm");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        let started = std::time::Instant::now();
        assert_eq!(cache.read(&link), None);
        assert!(cache.read_code(&link).is_none());
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
