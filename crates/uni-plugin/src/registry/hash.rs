//! A small multiply-rotate hasher for the registry's name map.
//!
//! Function names are short strings chosen by manifests the host already
//! parsed, not attacker-controlled request data, so the DoS resistance of
//! SipHash buys nothing here while its cost is most of a lookup.

use std::hash::{BuildHasherDefault, Hasher};

const MULTIPLIER: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Hashes word by word: rotate, xor, multiply.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct NameHasher {
    hash: u64,
}

impl NameHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(MULTIPLIER);
    }
}

impl Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    #[inline]
    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // Fold the high bits down: hashbrown takes its control byte from the top.
        self.hash ^ (self.hash >> 29)
    }
}

pub(crate) type BuildNameHasher = BuildHasherDefault<NameHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::hash::BuildHasher;

    #[test]
    fn distinct_names_hash_apart() {
        let build = BuildNameHasher::default();
        let hashes: HashSet<u64> = (0..10_000).map(|n| build.hash_one(format!("function_{n}"))).collect();
        assert_eq!(hashes.len(), 10_000);
        assert_ne!(build.hash_one("ab"), build.hash_one("ba"));
    }
}
