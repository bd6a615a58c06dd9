//! The hasher of the registry's name map.
//!
//! Function names are short strings from manifests the host already parsed,
//! not attacker-controlled request data, so SipHash's DoS resistance buys
//! nothing here while its cost is most of a lookup. foldhash (hashbrown's
//! default) hashes a short name in a few nanoseconds with good spread.

pub(crate) type BuildNameHasher = foldhash::fast::FixedState;

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
    }
}
