//! Content addresses for plugins.
//!
//! A [`PluginDigest`] is the blake3 hash a signature covers (manifest bytes
//! and artifact bytes, framed; see [`crate::signing::digest_of_parts`]). Two
//! directories with the same digest hold the same plugin, byte for byte, so a
//! digest can name a plugin across machines: a distributed engine ships the
//! digest, and each worker loads the plugin with that digest from a store.
//!
//! ```
//! use uni_plugin_host::PluginDigest;
//! let text = "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262";
//! let digest: PluginDigest = text.parse().unwrap();
//! assert_eq!(digest.to_string(), text);
//! assert!("not-a-digest".parse::<PluginDigest>().is_err());
//! ```

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use crate::signing::SignatureError;
use crate::source::PluginFiles;

/// The blake3 content address of a plugin (manifest + artifact).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PluginDigest(blake3::Hash);

impl PluginDigest {
    /// The digest of the plugin in `dir`, read from its files now.
    pub fn of_dir(dir: &Path) -> Result<PluginDigest, SignatureError> {
        PluginFiles::read(dir, u64::MAX)
            .map(|files| files.digest)
            .map_err(|error| SignatureError::Invalid(error.to_string()))
    }

    /// The digest with these 32 bytes (what [`PluginDigest::as_bytes`]
    /// returns, e.g. a generation's content address).
    pub fn from_bytes(bytes: [u8; 32]) -> PluginDigest {
        PluginDigest(blake3::Hash::from_bytes(bytes))
    }

    /// The digest as 32 bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        self.0.as_bytes()
    }

    /// The first 12 hex digits, for messages and directory listings.
    pub fn short(&self) -> String {
        self.to_string()[..12].to_owned()
    }
}

impl From<blake3::Hash> for PluginDigest {
    fn from(hash: blake3::Hash) -> PluginDigest {
        PluginDigest(hash)
    }
}

impl fmt::Display for PluginDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.to_hex().as_str())
    }
}

impl fmt::Debug for PluginDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PluginDigest({self})")
    }
}

/// A text that is not 64 hex digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a plugin digest: expected 64 hex digits (a blake3 hash)")]
pub struct DigestParseError(String);

impl FromStr for PluginDigest {
    type Err = DigestParseError;

    fn from_str(text: &str) -> Result<PluginDigest, DigestParseError> {
        let text = text.trim();
        if text.len() != 64 {
            return Err(DigestParseError(text.to_owned()));
        }
        blake3::Hash::from_hex(text).map(PluginDigest).map_err(|_| DigestParseError(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_it_prints_and_refuses_the_rest() {
        let digest = PluginDigest::from(blake3::hash(b"plugin"));
        assert_eq!(digest.to_string().parse::<PluginDigest>().unwrap(), digest);
        assert_eq!(digest.short().len(), 12);
        assert_eq!(PluginDigest::from_bytes(*digest.as_bytes()), digest);
        for bad in ["", "abc", &"g".repeat(64), &"a".repeat(63), &"a".repeat(65)] {
            let error = bad.parse::<PluginDigest>().unwrap_err();
            assert!(error.to_string().contains("64 hex digits"), "{error}");
        }
    }

    #[test]
    fn a_changed_byte_changes_the_digest() {
        let dir = std::env::temp_dir().join(format!("uni-plugin-digest-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let manifest =
            "[plugin]\nid = \"com.example.x\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"x\"\n";
        std::fs::write(dir.join("uniplugin.toml"), manifest).unwrap();
        let first = PluginDigest::of_dir(&dir).unwrap();
        assert_eq!(PluginDigest::of_dir(&dir).unwrap(), first);
        std::fs::write(dir.join("uniplugin.toml"), manifest.replace("1.0.0", "1.0.1")).unwrap();
        assert_ne!(PluginDigest::of_dir(&dir).unwrap(), first);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
