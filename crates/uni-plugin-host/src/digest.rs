//! How the host computes a plugin's content address.
//!
//! A [`PluginDigest`] (the core's type) is the blake3 hash of a plugin's
//! manifest bytes and artifact bytes, each framed by its length under a
//! domain tag, so no two different pairs of files share a digest and no
//! other blake3 use collides with it. A signature covers exactly this
//! digest, and a generation carries it.
//!
//! ```
//! use uni_plugin_host::digest_of_parts;
//! let one = digest_of_parts(b"[plugin]", b"code");
//! // Moving a byte from one file to the other changes the digest.
//! assert_ne!(one, digest_of_parts(b"[plugin", b"]code"));
//! ```

use std::path::Path;

use uni_plugin::PluginDigest;

use crate::source::{PluginFiles, SourceError};

/// Tags the hash so it cannot be confused with any other blake3 use.
const DOMAIN: &[u8] = b"uni-plugin signature v1\0";

/// From this size on, hashing on every core beats hashing on one.
const PARALLEL_HASH: usize = 1 << 20;

/// The digest of a plugin from the bytes already in hand: the manifest
/// file's bytes and the entry's (a wasm plugin's artifact; a native
/// plugin's entry name).
pub fn digest_of_parts(manifest_bytes: &[u8], entry_bytes: &[u8]) -> PluginDigest {
    let mut hasher = blake3::Hasher::new();
    hasher.update(DOMAIN);
    for part in [manifest_bytes, entry_bytes] {
        hasher.update(&(part.len() as u64).to_le_bytes());
        // Same hash either way; a component of many megabytes is hashed
        // on every core.
        if part.len() >= PARALLEL_HASH {
            hasher.update_rayon(part);
        } else {
            hasher.update(part);
        }
    }
    PluginDigest::from_bytes(*hasher.finalize().as_bytes())
}

/// The digest of the plugin in `dir`, read from its files now (once, with
/// the same checks as a load; no size cap).
pub fn digest_of_dir(dir: &Path) -> Result<PluginDigest, SourceError> {
    PluginFiles::read(dir, u64::MAX).map(|files| files.digest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_entry_hashed_on_every_core_has_the_one_core_digest() {
        let entry: Vec<u8> = (0..3 * PARALLEL_HASH + 5).map(|i| (i % 253) as u8).collect();
        let mut serial = blake3::Hasher::new();
        serial.update(DOMAIN);
        for part in [&b"manifest"[..], &entry] {
            serial.update(&(part.len() as u64).to_le_bytes());
            serial.update(part);
        }
        assert_eq!(digest_of_parts(b"manifest", &entry), PluginDigest::from_bytes(*serial.finalize().as_bytes()));
    }

    #[test]
    fn a_changed_byte_changes_the_digest() {
        let dir = tempfile::tempdir().unwrap();
        let manifest =
            "[plugin]\nid = \"com.example.x\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"x\"\n";
        std::fs::write(dir.path().join("uniplugin.toml"), manifest).unwrap();
        let first = digest_of_dir(dir.path()).unwrap();
        assert_eq!(digest_of_dir(dir.path()).unwrap(), first);
        assert_eq!(first, digest_of_parts(manifest.as_bytes(), b"x"));
        std::fs::write(dir.path().join("uniplugin.toml"), manifest.replace("1.0.0", "1.0.1")).unwrap();
        assert_ne!(digest_of_dir(dir.path()).unwrap(), first);
    }
}
