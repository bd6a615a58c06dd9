//! [`PluginDigest`]: the content address of a plugin's bytes.
//!
//! A digest is a 32-byte hash of a plugin's manifest and artifact (the host
//! computes it with blake3 over the bytes it read once, and a signature
//! covers it). Two directories with the same digest hold the same plugin,
//! byte for byte, so a digest names a plugin across machines: a distributed
//! engine ships the digest, and each worker loads the plugin with that digest
//! from a store. The core only carries it (on [`crate::Generation`]); it
//! never hashes anything, so it needs no hash library.
//!
//! ```
//! use uni_plugin::PluginDigest;
//! let text = "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262";
//! let digest: PluginDigest = text.parse().unwrap();
//! assert_eq!(digest.to_string(), text);
//! assert_eq!(digest.short(), "af1349b9f5f9");
//! assert!("not-a-digest".parse::<PluginDigest>().is_err());
//! ```

use std::fmt;
use std::str::FromStr;

/// The content address of a plugin (manifest + artifact), 32 bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PluginDigest([u8; 32]);

impl PluginDigest {
    /// The digest with these 32 bytes.
    pub const fn from_bytes(bytes: [u8; 32]) -> PluginDigest {
        PluginDigest(bytes)
    }

    /// The digest as 32 bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The first 12 hex digits, for messages and directory listings.
    pub fn short(&self) -> String {
        self.to_string()[..12].to_owned()
    }
}

impl fmt::Display for PluginDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
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
        let refuse = || DigestParseError(text.chars().take(80).collect());
        let digits = text.as_bytes();
        // `from_str_radix` alone would take a sign (`+1`).
        if digits.len() != 64 || !digits.iter().all(u8::is_ascii_hexdigit) {
            return Err(refuse());
        }
        let mut bytes = [0u8; 32];
        for (byte, pair) in bytes.iter_mut().zip(digits.chunks_exact(2)) {
            let pair = std::str::from_utf8(pair).map_err(|_| refuse())?;
            *byte = u8::from_str_radix(pair, 16).map_err(|_| refuse())?;
        }
        Ok(PluginDigest(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn refuses_what_is_not_64_hex_digits() {
        for bad in ["", "abc", &"g".repeat(64), &"a".repeat(63), &"a".repeat(65), &"+1".repeat(32), &"é".repeat(32)] {
            let error = bad.parse::<PluginDigest>().unwrap_err();
            assert!(error.to_string().contains("64 hex digits"), "{error}");
        }
        assert_eq!("AB".repeat(32).parse::<PluginDigest>().unwrap(), PluginDigest::from_bytes([0xab; 32]));
    }

    proptest! {
        #[test]
        fn parses_what_it_prints(bytes in any::<[u8; 32]>()) {
            let digest = PluginDigest::from_bytes(bytes);
            prop_assert_eq!(digest.to_string().parse::<PluginDigest>().unwrap(), digest);
            prop_assert_eq!(digest.short().len(), 12);
        }
    }
}
