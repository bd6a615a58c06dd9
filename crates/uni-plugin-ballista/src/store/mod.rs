//! [`PluginStore`]: plugins kept by content address, in a shared directory
//! or an object store (`s3://`, `http(s)://`).
//!
//! Layout: `<store>/<digest>/` holds exactly what the digest covers (the
//! manifest and, for a wasm plugin or a native library, its artifact at the
//! path its `entry` names) plus the signature file when there is one. In a
//! directory, entries are written to a temporary directory and renamed into
//! place, so a reader never sees half a plugin; in an object store, the
//! manifest is written last and an entry without one does not count (see
//! `objects.rs`). An entry is never rewritten once present.
//!
//! A node never loads straight from the store: [`PluginStore::fetch`] reads
//! the entry once (regular files only, size-capped: a FIFO or `/dev/zero`
//! in an entry is an error at once, see [`PluginFiles`]; objects are capped
//! while they stream), checks the digest of those bytes, and writes exactly
//! them into the node's own cache, so what the node verified is what it
//! runs, whatever happens to the store afterwards.
//!
//! ```
//! # let root = tempfile::tempdir().unwrap();
//! # let plugin = root.path().join("p");
//! # std::fs::create_dir_all(&plugin).unwrap();
//! # std::fs::write(plugin.join("uniplugin.toml"), "[plugin]\nid = \"com.example.x\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"x\"\n").unwrap();
//! use uni_plugin_ballista::PluginStore;
//! let store = PluginStore::open(root.path().join("store")).unwrap();
//! let digest = store.put(&plugin).unwrap();
//! assert!(store.contains(&digest).unwrap());
//! let copy = store.fetch(&digest, &root.path().join("cache")).unwrap();
//! assert!(copy.join("uniplugin.toml").is_file());
//! ```

mod objects;

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use uni_plugin_host::policy::DEFAULT_MAX_PLUGIN_SIZE;
use uni_plugin_host::signing::SIGNATURE_FILE;
use uni_plugin_host::{MAX_TEXT_FILE, PluginDigest, PluginFiles, manifest_in};

use crate::ClusterError;
use objects::Objects;

/// Plugins named by digest, in a directory or an object store. Cheap to
/// clone.
#[derive(Debug, Clone)]
pub struct PluginStore {
    backend: Backend,
}

#[derive(Debug, Clone)]
enum Backend {
    Dir(PathBuf),
    Objects(Objects),
}

impl PluginStore {
    /// The store in the directory `root`, created if missing.
    pub fn open(root: impl Into<PathBuf>) -> Result<PluginStore, ClusterError> {
        let root = root.into();
        std::fs::create_dir_all(&root).map_err(ClusterError::io("create", &root))?;
        Ok(PluginStore { backend: Backend::Dir(root) })
    }

    /// The store at `location`: a directory path, `file:///PATH`,
    /// `s3://BUCKET/PREFIX` (credentials, region and endpoint from the
    /// usual `AWS_*` environment variables, e.g. `AWS_ENDPOINT` and
    /// `AWS_ALLOW_HTTP=true` for an S3-compatible server) or
    /// `http(s)://HOST/PREFIX` (read with GET; publishing needs a server
    /// that accepts PUT, e.g. WebDAV).
    pub fn from_location(location: &str) -> Result<PluginStore, ClusterError> {
        PluginStore::from_location_with(location, std::iter::empty::<(String, String)>())
    }

    /// Like [`PluginStore::from_location`], with object_store configuration
    /// keys (`aws_endpoint`, `aws_access_key_id`, `aws_allow_http`,
    /// `timeout`, ...) set over what the environment says.
    pub fn from_location_with(
        location: &str,
        options: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Result<PluginStore, ClusterError> {
        let location = location.trim();
        if location.is_empty() {
            return Err(ClusterError::StoreUrl { url: String::new(), message: "the store location is empty".into() });
        }
        if !location.contains("://") {
            return PluginStore::open(location);
        }
        let url = url::Url::parse(location)
            .map_err(|error| ClusterError::StoreUrl { url: location.to_owned(), message: error.to_string() })?;
        if url.scheme() == "file" {
            let path = url.to_file_path().map_err(|()| ClusterError::StoreUrl {
                url: location.to_owned(),
                message: "a file:// store needs an absolute local path, e.g. file:///srv/plugins".into(),
            })?;
            return PluginStore::open(path);
        }
        let options: Vec<(String, String)> =
            options.into_iter().map(|(key, value)| (key.into(), value.into())).collect();
        Ok(PluginStore { backend: Backend::Objects(Objects::open(&url, &options)?) })
    }

    /// Where the store is: its directory or its URL.
    pub fn location(&self) -> String {
        match &self.backend {
            Backend::Dir(root) => root.display().to_string(),
            Backend::Objects(objects) => objects.url().to_owned(),
        }
    }

    /// The directory a directory store keeps the plugin with `digest` in
    /// (whether or not it is there); `None` for an object store.
    pub fn local_path(&self, digest: &PluginDigest) -> Option<PathBuf> {
        match &self.backend {
            Backend::Dir(root) => Some(root.join(digest.to_string())),
            Backend::Objects(_) => None,
        }
    }

    /// Whether the store holds a complete entry for `digest`.
    pub fn contains(&self, digest: &PluginDigest) -> Result<bool, ClusterError> {
        match &self.backend {
            Backend::Dir(root) => Ok(manifest_in(&root.join(digest.to_string())).is_some()),
            Backend::Objects(objects) => objects.contains(digest),
        }
    }

    /// The digests the store holds, sorted.
    pub fn digests(&self) -> Result<Vec<PluginDigest>, ClusterError> {
        let mut digests = match &self.backend {
            Backend::Dir(root) => {
                let entries = std::fs::read_dir(root).map_err(ClusterError::io("list", root))?;
                entries
                    .filter_map(Result::ok)
                    .filter_map(|entry| entry.file_name().to_str().and_then(|name| name.parse().ok()))
                    .collect()
            }
            Backend::Objects(objects) => objects.digests()?,
        };
        digests.sort_by_key(|digest: &PluginDigest| digest.to_string());
        Ok(digests)
    }

    /// Copies the plugin in `dir` into the store and returns its digest.
    /// Publishing the same bytes twice is a no-op.
    pub fn put(&self, dir: &Path) -> Result<PluginDigest, ClusterError> {
        let files = read_plugin(dir)?;
        match &self.backend {
            Backend::Dir(root) => {
                let staging = staging_dir(root);
                if let Err(error) = write_plugin(&files, &staging) {
                    let _ = std::fs::remove_dir_all(&staging);
                    return Err(error);
                }
                let target = root.join(files.digest.to_string());
                settle(&staging, &target, &files.digest)?;
                // The signature is not part of the digest: a plugin signed
                // after it was first published gets its signature added to
                // the entry.
                sync_signature(files.signature.as_deref(), &target)?;
            }
            Backend::Objects(objects) => {
                let artifact = match &files.artifact {
                    Some(_) => Some(artifact_path(&files)?),
                    None => None,
                };
                objects.publish(&files, &manifest_name(&files), artifact.as_deref())?;
            }
        }
        Ok(files.digest)
    }

    /// Whether the store's entry for `digest` holds the same signature file
    /// as `dir` (both none counts as the same).
    pub fn has_signature_of(&self, digest: &PluginDigest, dir: &Path) -> bool {
        matches!((read_signature(dir), self.signature(digest)), (Ok(here), Ok(there)) if here == there)
    }

    /// The signature file in the plugin directory `dir`, if it has one (read
    /// like any plugin file: a FIFO or device is an error, not a hang).
    pub fn signature_in(dir: &Path) -> Result<Option<Vec<u8>>, ClusterError> {
        read_signature(dir)
    }

    /// The signature file of the entry for `digest`, if it has one.
    fn signature(&self, digest: &PluginDigest) -> Result<Option<Vec<u8>>, ClusterError> {
        match &self.backend {
            Backend::Dir(root) => read_signature(&root.join(digest.to_string())),
            Backend::Objects(objects) => objects.signature(digest),
        }
    }

    /// Copies the plugin with `digest` into `cache` (a node's own directory)
    /// unless a verified copy is there, checks the copy against the digest,
    /// and returns the copy's directory.
    pub fn fetch(&self, digest: &PluginDigest, cache: &Path) -> Result<PathBuf, ClusterError> {
        std::fs::create_dir_all(cache).map_err(ClusterError::io("create", cache))?;
        let target = cache.join(digest.to_string());
        if manifest_in(&target).is_some() {
            // A copy from an earlier fetch: verified again, since the cache
            // outlives this process.
            if digest_of(&target).ok().as_ref() == Some(digest) {
                // A signature added in the store since reaches the copy
                // (an unreachable store leaves the copy as it is).
                if let Ok(signature) = self.signature(digest) {
                    sync_signature(signature.as_deref(), &target)?;
                }
                return Ok(target);
            }
            std::fs::remove_dir_all(&target).map_err(ClusterError::io("remove", &target))?;
        }
        let staging = staging_dir(cache);
        let fetched = self.read_into(digest, &staging);
        if let Err(error) = fetched {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(error);
        }
        settle(&staging, &target, digest)?;
        Ok(target)
    }

    /// Reads the entry for `digest` once, checks its digest, and writes
    /// exactly the bytes checked into `staging`.
    fn read_into(&self, digest: &PluginDigest, staging: &Path) -> Result<(), ClusterError> {
        match &self.backend {
            Backend::Dir(root) => {
                let source = root.join(digest.to_string());
                if manifest_in(&source).is_none() {
                    return Err(ClusterError::NotInStore { digest: *digest, store: root.display().to_string() });
                }
                // Read once; the bytes checked are the bytes written to the cache.
                let files = read_plugin(&source)?;
                if files.digest != *digest {
                    return Err(ClusterError::DigestMismatch { digest: *digest, found: files.digest, dir: source });
                }
                write_plugin(&files, staging)
            }
            Backend::Objects(objects) => {
                objects.download(digest, staging, DEFAULT_MAX_PLUGIN_SIZE.bytes())?;
                // What arrived is checked where it landed: nothing else
                // writes the staging directory, and this is what loads.
                let found = digest_of(staging)?;
                if found != *digest {
                    return Err(ClusterError::DigestMismatch {
                        digest: *digest,
                        found,
                        dir: PathBuf::from(format!("{}/{digest}", objects.url().trim_end_matches('/'))),
                    });
                }
                Ok(())
            }
        }
    }
}

/// The plugin in `dir`, read once (regular files, size-capped).
fn read_plugin(dir: &Path) -> Result<PluginFiles, ClusterError> {
    PluginFiles::read(dir, DEFAULT_MAX_PLUGIN_SIZE.bytes())
        .map_err(|error| ClusterError::Unreadable { dir: dir.to_path_buf(), message: error.to_string() })
}

/// The digest of the plugin in `dir`.
fn digest_of(dir: &Path) -> Result<PluginDigest, ClusterError> {
    read_plugin(dir).map(|files| files.digest)
}

/// A fresh directory beside the final place, on the same file system, so
/// the rename into place is atomic.
fn staging_dir(parent: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    parent.join(format!(".incoming-{}-{n}", std::process::id()))
}

/// Moves `staging` to `target`; when another writer got there first with
/// the same digest, keeps theirs.
fn settle(staging: &Path, target: &Path, digest: &PluginDigest) -> Result<(), ClusterError> {
    if manifest_in(target).is_some() {
        let _ = std::fs::remove_dir_all(staging);
        return match digest_of(target) {
            Ok(found) if found == *digest => Ok(()),
            Ok(found) => Err(ClusterError::DigestMismatch { digest: *digest, found, dir: target.to_path_buf() }),
            Err(error) => Err(error),
        };
    }
    match std::fs::rename(staging, target) {
        Ok(()) => Ok(()),
        // A concurrent writer renamed its copy first.
        Err(_) if manifest_in(target).is_some() => {
            let _ = std::fs::remove_dir_all(staging);
            Ok(())
        }
        Err(error) => {
            let _ = std::fs::remove_dir_all(staging);
            Err(ClusterError::Io { action: "move into place", path: target.to_path_buf(), source: error })
        }
    }
}

/// The signature file in `dir`, if any (read like any plugin file: a
/// FIFO or device is an error, not a hang).
fn read_signature(dir: &Path) -> Result<Option<Vec<u8>>, ClusterError> {
    uni_plugin_host::read_file(dir, &dir.join(SIGNATURE_FILE), MAX_TEXT_FILE)
        .map_err(|error| ClusterError::Unreadable { dir: dir.to_path_buf(), message: error.to_string() })
}

/// Gives `to` the `signature` when there is one and it differs from
/// `to`'s (written beside, then renamed over). A signature is never
/// removed: nodes verify whatever is there against their own trusted keys.
fn sync_signature(signature: Option<&[u8]>, to: &Path) -> Result<(), ClusterError> {
    let Some(signature) = signature else { return Ok(()) };
    if read_signature(to)?.as_deref() == Some(signature) {
        return Ok(());
    }
    let staged = staging_dir(to);
    std::fs::write(&staged, signature).map_err(ClusterError::io("write", &staged))?;
    let target = to.join(SIGNATURE_FILE);
    std::fs::rename(&staged, &target).map_err(|error| {
        let _ = std::fs::remove_file(&staged);
        ClusterError::Io { action: "move into place", path: target, source: error }
    })
}

/// The file name of the manifest `files` was read from.
fn manifest_name(files: &PluginFiles) -> String {
    manifest_in(&files.dir)
        .and_then(|path| path.file_name().map(|name| name.to_string_lossy().into_owned()))
        .unwrap_or_else(|| uni_plugin_host::MANIFEST_FILES[0].to_owned())
}

/// Where a plugin's artifact sits inside its entry, `/`-separated (a
/// native plugin's library under its platform file name).
fn artifact_path(files: &PluginFiles) -> Result<String, ClusterError> {
    let file = uni_plugin_host::artifact_file(&files.manifest);
    let relative = relative_entry(&file, &files.dir)?;
    let parts: Vec<String> = relative
        .components()
        .filter_map(|component| match component {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    Ok(parts.join("/"))
}

/// Writes the files a plugin consists of, as read, into `to` (created).
fn write_plugin(files: &PluginFiles, to: &Path) -> Result<(), ClusterError> {
    let mut contents = vec![(manifest_name(files), files.manifest_bytes.as_slice())];
    if let Some(artifact) = &files.artifact {
        contents.push((artifact_path(files)?, artifact.as_slice()));
    }
    if let Some(signature) = &files.signature {
        contents.push((SIGNATURE_FILE.to_owned(), signature.as_slice()));
    }
    for (file, bytes) in contents {
        let target = to.join(&file);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(ClusterError::io("create", parent))?;
        }
        std::fs::write(&target, bytes).map_err(ClusterError::io("write", &target))?;
    }
    Ok(())
}

/// The manifest checks this already; a store never writes outside an entry.
fn relative_entry(entry: &str, dir: &Path) -> Result<PathBuf, ClusterError> {
    let path = PathBuf::from(entry);
    if path.components().all(|component| matches!(component, Component::Normal(_) | Component::CurDir)) {
        Ok(path)
    } else {
        Err(ClusterError::Io {
            action: "copy the artifact of",
            path: dir.to_path_buf(),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("entry `{entry}` leaves the plugin directory"),
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &str = "[plugin]\nid = \"com.example.w\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"wasm\"\nentry = \"out/w.wasm\"\n";

    fn plugin_dir(root: &Path, artifact: &[u8]) -> PathBuf {
        let dir = root.join("plugin");
        std::fs::create_dir_all(dir.join("out")).unwrap();
        std::fs::write(dir.join("uniplugin.toml"), MANIFEST).unwrap();
        std::fs::write(dir.join("out/w.wasm"), artifact).unwrap();
        std::fs::write(dir.join("notes.txt"), "not part of the plugin").unwrap();
        dir
    }

    /// A wasm plugin published into a fresh store.
    fn published() -> (tempfile::TempDir, PathBuf, PluginStore, PluginDigest) {
        let root = tempfile::tempdir().unwrap();
        let dir = plugin_dir(root.path(), b"\0asm-bytes");
        let store = PluginStore::open(root.path().join("store")).unwrap();
        let digest = store.put(&dir).unwrap();
        (root, dir, store, digest)
    }

    #[test]
    fn put_keeps_exactly_the_plugin_under_its_digest_once() {
        let (_root, dir, store, digest) = published();
        assert_eq!(digest, uni_plugin_host::digest_of_dir(&dir).unwrap());
        assert_eq!(store.put(&dir).unwrap(), digest, "publishing twice is a no-op");
        let kept = store.local_path(&digest).unwrap();
        assert!(kept.join("out/w.wasm").is_file());
        assert!(!kept.join("notes.txt").exists(), "only what the digest covers is kept");
        assert_eq!(store.digests().unwrap(), vec![digest]);
    }

    #[test]
    fn fetch_verifies_the_copy_and_refuses_a_tampered_entry() {
        let (root, _dir, store, digest) = published();
        let cache = root.path().join("cache");
        let copy = store.fetch(&digest, &cache).unwrap();
        assert_eq!(uni_plugin_host::digest_of_dir(&copy).unwrap(), digest);

        // Tamper with the store entry: a node without a copy refuses it.
        std::fs::write(store.local_path(&digest).unwrap().join("out/w.wasm"), b"\0asm-evil").unwrap();
        let other_cache = root.path().join("cache-2");
        let error = store.fetch(&digest, &other_cache).unwrap_err();
        assert!(matches!(error, ClusterError::DigestMismatch { .. }), "{error}");
        assert!(error.to_string().contains(&digest.to_string()), "{error}");
        assert!(!other_cache.join(digest.to_string()).exists(), "nothing unverified is kept");

        // A tampered cache copy is fetched again (here: refused, since the
        // store is tampered too).
        std::fs::write(copy.join("out/w.wasm"), b"changed").unwrap();
        assert!(store.fetch(&digest, &cache).is_err());
    }

    #[test]
    fn a_signature_added_later_reaches_the_store_and_the_copies() {
        let (root, dir, store, digest) = published();
        let cache = root.path().join("cache");
        let copy = store.fetch(&digest, &cache).unwrap();
        assert!(!copy.join(SIGNATURE_FILE).exists());
        assert!(store.has_signature_of(&digest, &dir));

        std::fs::write(dir.join(SIGNATURE_FILE), "signed").unwrap();
        assert!(!store.has_signature_of(&digest, &dir));
        assert_eq!(store.put(&dir).unwrap(), digest, "a signature does not change the digest");
        assert!(store.has_signature_of(&digest, &dir));
        let copy = store.fetch(&digest, &cache).unwrap();
        assert_eq!(std::fs::read_to_string(copy.join(SIGNATURE_FILE)).unwrap(), "signed");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_or_fifo_in_a_store_entry_is_an_error_within_a_second() {
        for what in ["dev-zero", "fifo"] {
            let (root, _dir, store, digest) = published();
            let artifact = store.local_path(&digest).unwrap().join("out/w.wasm");
            std::fs::remove_file(&artifact).unwrap();
            match what {
                "dev-zero" => std::os::unix::fs::symlink("/dev/zero", &artifact).unwrap(),
                _ => assert!(std::process::Command::new("mkfifo").arg(&artifact).status().unwrap().success()),
            }
            let started = std::time::Instant::now();
            let error = store.fetch(&digest, &root.path().join("cache")).unwrap_err();
            assert!(started.elapsed() < std::time::Duration::from_secs(1), "{what} took {:?}", started.elapsed());
            assert!(matches!(error, ClusterError::Unreadable { .. }), "{what}: {error}");
        }
    }

    #[test]
    fn a_missing_digest_names_the_store() {
        let root = tempfile::tempdir().unwrap();
        let store = PluginStore::open(root.path().join("store")).unwrap();
        let digest: PluginDigest = "ab".repeat(32).parse().unwrap();
        let error = store.fetch(&digest, &root.path().join("cache")).unwrap_err();
        assert!(matches!(error, ClusterError::NotInStore { .. }), "{error}");
        let text = error.to_string();
        assert!(text.contains(&digest.to_string()) && text.contains("store"), "{text}");
    }
}
