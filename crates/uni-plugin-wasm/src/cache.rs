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
//! - an entry is read into memory once, verified, and deserialized from
//!   exactly those bytes, so what was checked is what runs.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Name of the MAC key file inside the cache directory.
pub const KEY_FILE: &str = ".mac-key";

/// Largest cache entry read (a compiled component is a few MB).
const MAX_ENTRY: u64 = 1 << 30;

const MAC_LEN: usize = 32;

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
        blake3::keyed_hash(&self.key, payload)
    }

    /// The payload stored at `path`, if it is there, private and signed by
    /// this cache's key. Anything else is removed (and logged) and `None`.
    pub(crate) fn read(&self, path: &Path) -> Option<Vec<u8>> {
        let bytes = match read_private_file(path) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return None,
            Err(reason) => {
                tracing::warn!("discarding compile cache entry `{}`: {reason}", path.display());
                let _ = std::fs::remove_file(path);
                return None;
            }
        };
        let authentic = bytes.len() >= MAC_LEN && {
            let (mac, payload) = bytes.split_at(MAC_LEN);
            // `blake3::Hash` compares in constant time.
            blake3::Hash::from_bytes(mac.try_into().unwrap_or([0; MAC_LEN])) == self.mac(payload)
        };
        if !authentic {
            tracing::warn!(
                "discarding compile cache entry `{}`: it was not written by this cache (tampered, truncated or copied)",
                path.display()
            );
            let _ = std::fs::remove_file(path);
            return None;
        }
        let mut bytes = bytes;
        bytes.drain(..MAC_LEN);
        Some(bytes)
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
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_ENTRY).read_to_end(&mut bytes).map_err(|e| format!("cannot read it: {e}"))?;
    Ok(Some(bytes))
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
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
