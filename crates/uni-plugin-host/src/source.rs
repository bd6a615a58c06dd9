//! [`PluginFiles`]: a plugin directory read **once**.
//!
//! The signature check, the digest a generation carries and the code that
//! is compiled must all be about the same bytes. Reading a file twice (once
//! to verify, once to load) lets a FIFO, or a rename timed by inotify, serve
//! the signed bytes to the first read and other bytes to the second; the
//! loaded code would then report the trusted signer. So every load path
//! reads the manifest, the artifact and the signature here, once, and works
//! only with those bytes from then on.
//!
//! Each file must be a regular file (a FIFO or `/dev/zero` is refused at
//! once, never read), inside the plugin directory after symlinks are
//! resolved, and no larger than the policy's `max_plugin_size`.

use std::io::Read;
use std::path::{Path, PathBuf};

use uni_plugin::manifest::{PluginKind, PluginManifest};

use crate::PluginDigest;
use crate::digest::digest_of_parts;
use crate::signing::SIGNATURE_FILE;

/// Manifest file names looked for in a plugin directory, in order.
pub const MANIFEST_FILES: &[&str] = &["uniplugin.toml", "uniplugin.json"];

/// Largest manifest or signature file read.
pub const MAX_TEXT_FILE: u64 = 1 << 20;

/// A plugin directory's files, read once: what is verified, hashed and
/// loaded.
#[derive(Debug, Clone)]
pub struct PluginFiles {
    /// The plugin directory.
    pub dir: PathBuf,
    /// The parsed manifest.
    pub manifest: PluginManifest,
    /// The manifest file's exact bytes.
    pub manifest_bytes: Vec<u8>,
    /// The code's bytes: a wasm plugin's component, a native plugin's
    /// shared library; `None` for a native plugin linked into the binary
    /// (no library file in the directory).
    pub artifact: Option<Vec<u8>>,
    /// The signature file's bytes, if there is one.
    pub signature: Option<Vec<u8>>,
    /// blake3 of manifest and artifact: what a signature covers and what a
    /// generation's content address is.
    pub digest: PluginDigest,
}

/// A plugin directory could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SourceError {
    /// The directory holds no manifest.
    #[error("no uniplugin.toml or uniplugin.json in `{}`", .0.display())]
    NoManifest(PathBuf),
    /// A file could not be read safely.
    #[error("cannot read `{}`: {reason}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why, and what to do.
        reason: String,
    },
    /// The manifest is invalid.
    #[error("{0}")]
    Manifest(String),
    /// The plugin's component or library could not be read.
    #[error("cannot read {what} `{}`: {reason}", path.display())]
    Artifact {
        /// `component` or `library`.
        what: &'static str,
        /// The plugin the manifest names.
        plugin: uni_plugin::PluginId,
        /// The component file.
        path: PathBuf,
        /// Why, and what to do.
        reason: String,
    },
}

impl PluginFiles {
    /// Reads the plugin in `dir`, each file once, none larger than
    /// `max_size` bytes.
    pub fn read(dir: &Path, max_size: u64) -> Result<PluginFiles, SourceError> {
        let manifest_path = manifest_in(dir).ok_or_else(|| SourceError::NoManifest(dir.to_path_buf()))?;
        let manifest_bytes = read_file(dir, &manifest_path, MAX_TEXT_FILE.min(max_size))?
            .ok_or_else(|| SourceError::NoManifest(dir.to_path_buf()))?;
        let manifest = PluginManifest::parse_bytes(&manifest_path, &manifest_bytes)
            .map_err(|error| SourceError::Manifest(error.to_string()))?;
        let artifact = match Some(artifact_file(&manifest)) {
            Some(file) => {
                let path = dir.join(&file);
                let what = match manifest.plugin.kind {
                    PluginKind::Wasm => "component",
                    PluginKind::Native => "library",
                };
                let artifact_error = |reason: String| SourceError::Artifact {
                    what,
                    plugin: manifest.plugin.id.clone(),
                    path: path.clone(),
                    reason,
                };
                let read = read_file(dir, &path, max_size).map_err(|error| match error {
                    SourceError::Unreadable { reason, .. } => artifact_error(reason),
                    other => other,
                })?;
                match (read, manifest.plugin.kind) {
                    (Some(bytes), _) => Some(bytes),
                    // A native entry without a library file names a plugin
                    // linked into the binary, unless it spells a file.
                    (None, PluginKind::Native) if file != manifest.plugin.entry => None,
                    (None, _) => {
                        return Err(artifact_error(format!(
                            "it does not exist; build it with `uniplug build {}`",
                            dir.display()
                        )));
                    }
                }
            }
            None => None,
        };
        let signature = read_file(dir, &dir.join(SIGNATURE_FILE), MAX_TEXT_FILE)?;
        let entry = artifact.as_deref().unwrap_or(manifest.plugin.entry.as_bytes());
        let digest = digest_of_parts(&manifest_bytes, entry);
        Ok(PluginFiles { dir: dir.to_path_buf(), manifest, manifest_bytes, artifact, signature, digest })
    }
}

/// The file, relative to the plugin directory, holding a plugin's code: a
/// wasm plugin's component (its `entry`), a native plugin's library (its
/// `entry` with this platform's library prefix and suffix unless it spells
/// a file, see [`crate::native::library_file_name`]).
pub fn artifact_file(manifest: &PluginManifest) -> String {
    match manifest.plugin.kind {
        PluginKind::Wasm => manifest.plugin.entry.clone(),
        PluginKind::Native => crate::native::library_file_name(&manifest.plugin.entry),
    }
}

/// The manifest file of the plugin in `dir` (`uniplugin.toml`, else
/// `uniplugin.json`), if there is one.
pub fn manifest_in(dir: &Path) -> Option<PathBuf> {
    MANIFEST_FILES.iter().map(|name| dir.join(name)).find(|path| std::fs::symlink_metadata(path).is_ok())
}

/// Reads `path` (inside `dir`) if it exists: a regular file, inside `dir`
/// once symlinks are resolved, at most `max` bytes. Never blocks on a FIFO
/// or reads a device.
pub fn read_file(dir: &Path, path: &Path, max: u64) -> Result<Option<Vec<u8>>, SourceError> {
    let unreadable = |reason: String| SourceError::Unreadable { path: path.to_path_buf(), reason };
    let resolved = match std::fs::canonicalize(path) {
        Ok(resolved) => resolved,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            // A dangling symlink is an error, a missing file is not.
            return match std::fs::symlink_metadata(path) {
                Ok(_) => Err(unreadable("it is a symlink to nothing".into())),
                Err(_) => Ok(None),
            };
        }
        Err(error) => return Err(unreadable(error.to_string())),
    };
    let root = std::fs::canonicalize(dir).map_err(|error| unreadable(format!("its directory: {error}")))?;
    if !resolved.starts_with(&root) {
        return Err(unreadable(format!(
            "it leads outside the plugin directory (to `{}`); copy the file into the directory",
            resolved.display()
        )));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    // No symlink swapped in after the check above, and no blocking open of
    // a FIFO.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW | libc::O_NONBLOCK);
    let file = options.open(&resolved).map_err(|error| unreadable(error.to_string()))?;
    let meta = file.metadata().map_err(|error| unreadable(error.to_string()))?;
    if !meta.is_file() {
        return Err(unreadable("it is not a regular file (a FIFO, device or directory); plugin files must be".into()));
    }
    if meta.len() > max {
        return Err(unreadable(format!(
            "it is {} bytes, more than the limit of {max} (the policy's `max_plugin_size`)",
            meta.len()
        )));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max.saturating_add(1)).read_to_end(&mut bytes).map_err(|error| unreadable(error.to_string()))?;
    if bytes.len() as u64 > max {
        return Err(unreadable(format!("it grew past the limit of {max} bytes while being read")));
    }
    Ok(Some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &str =
        "[plugin]\nid = \"com.example.x\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"wasm\"\nentry = \"x.wasm\"\n";

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("uni-plugin-source-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("uniplugin.toml"), MANIFEST).unwrap();
        dir
    }

    #[test]
    fn reads_each_file_once_and_hashes_what_it_read() {
        let dir = scratch("ok");
        std::fs::write(dir.join("x.wasm"), b"component").unwrap();
        let files = PluginFiles::read(&dir, 1 << 20).unwrap();
        assert_eq!(files.artifact.as_deref(), Some(&b"component"[..]));
        assert_eq!(files.digest, digest_of_parts(MANIFEST.as_bytes(), b"component"));
        assert!(files.signature.is_none());
        let error = PluginFiles::read(&dir, 4).unwrap_err();
        assert!(error.to_string().contains("max_plugin_size"), "{error}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn special_files_and_links_outside_are_refused_at_once() {
        let dir = scratch("special");
        let artifact = dir.join("x.wasm");
        for (what, make) in [
            (
                "dev-zero",
                Box::new(|path: &Path| std::os::unix::fs::symlink("/dev/zero", path).unwrap()) as Box<dyn Fn(&Path)>,
            ),
            (
                "fifo",
                Box::new(|path: &Path| {
                    let status = std::process::Command::new("mkfifo").arg(path).status().unwrap();
                    assert!(status.success());
                }),
            ),
            ("outside", Box::new(|path: &Path| std::os::unix::fs::symlink("/etc/hostname", path).unwrap())),
        ] {
            let _ = std::fs::remove_file(&artifact);
            make(&artifact);
            let started = std::time::Instant::now();
            let error = PluginFiles::read(&dir, 1 << 30).unwrap_err();
            assert!(started.elapsed() < std::time::Duration::from_secs(1), "{what} took {:?}", started.elapsed());
            assert!(matches!(error, SourceError::Artifact { .. }), "{what}: {error}");
        }
        // A link that stays inside the directory is fine.
        std::fs::remove_file(&artifact).unwrap();
        std::fs::write(dir.join("real.wasm"), b"component").unwrap();
        std::os::unix::fs::symlink(dir.join("real.wasm"), &artifact).unwrap();
        assert_eq!(PluginFiles::read(&dir, 1 << 20).unwrap().artifact.as_deref(), Some(&b"component"[..]));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
