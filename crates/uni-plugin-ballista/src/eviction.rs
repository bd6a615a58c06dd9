//! [`CacheBound`]: how much of the plugin store a node keeps in its own
//! cache, and the eviction that enforces it.
//!
//! A node's cache holds one verified copy per digest it fetched. Without a
//! bound it grows with every plugin version ever published, so after each
//! fetch the node removes copies of digests it has **not** loaded in this
//! process: first those unused for longer than the age bound, then the
//! least recently used until the cache fits the size bound. A digest a
//! node has loaded is never removed (its host is running, and a task may
//! be calling it); a removed digest is simply fetched and verified again
//! if a later plan names it.
//!
//! "Used" is the copy's modification time, renewed each time the node
//! loads the digest.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use uni_plugin_host::PluginDigest;

/// The size and age a node's plugin cache is kept within.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheBound {
    /// The most bytes the cached copies may take together (digests in use
    /// are kept even beyond it).
    pub max_bytes: u64,
    /// Copies unused for longer are removed (`None`: no age bound).
    pub max_age: Option<Duration>,
}

impl Default for CacheBound {
    /// 2 GiB, and 30 days without use.
    fn default() -> CacheBound {
        CacheBound { max_bytes: 2 << 30, max_age: Some(Duration::from_secs(30 * 24 * 3600)) }
    }
}

/// Unfinished downloads older than this are debris of a stopped process.
const STALE_STAGING: Duration = Duration::from_secs(3600);

/// One cached copy.
struct Copy {
    digest: PluginDigest,
    dir: PathBuf,
    bytes: u64,
    used: SystemTime,
}

/// Removes copies from `cache` as `bound` says, never one whose digest is
/// in `in_use`; returns the digests removed, oldest first.
pub(crate) fn evict(cache: &Path, bound: &CacheBound, in_use: &HashSet<PluginDigest>) -> Vec<PluginDigest> {
    let Ok(entries) = std::fs::read_dir(cache) else { return Vec::new() };
    let now = SystemTime::now();
    let mut copies = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Ok(metadata) = entry.path().symlink_metadata() else { continue };
        let modified = metadata.modified().unwrap_or(now);
        if name.starts_with(".incoming-") {
            if now.duration_since(modified).unwrap_or_default() > STALE_STAGING {
                let _ = std::fs::remove_dir_all(entry.path());
            }
            continue;
        }
        let Ok(digest) = name.parse::<PluginDigest>() else { continue };
        if !metadata.is_dir() {
            continue;
        }
        copies.push(Copy { digest, dir: entry.path(), bytes: size_of(&entry.path()), used: modified });
    }
    copies.sort_by_key(|copy| copy.used);
    let mut total: u64 = copies.iter().map(|copy| copy.bytes).sum();
    let mut evicted = Vec::new();
    for copy in copies {
        if in_use.contains(&copy.digest) {
            continue;
        }
        let unused_for = now.duration_since(copy.used).unwrap_or_default();
        let too_old = bound.max_age.is_some_and(|max| unused_for > max);
        if !too_old && total <= bound.max_bytes {
            continue;
        }
        if std::fs::remove_dir_all(&copy.dir).is_ok() {
            total = total.saturating_sub(copy.bytes);
            tracing::info!(digest = %copy.digest.short(), bytes = copy.bytes, "evicted an unused plugin copy");
            evicted.push(copy.digest);
        }
    }
    evicted
}

/// Marks the copy in `dir` as used now.
pub(crate) fn touch(dir: &Path) {
    if let Ok(file) = std::fs::File::open(dir) {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// The bytes of the regular files under `dir` (symlinks not followed).
fn size_of(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let metadata = entry.path().symlink_metadata().ok()?;
            Some(if metadata.is_dir() { size_of(&entry.path()) } else { metadata.len() })
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest(n: u8) -> PluginDigest {
        format!("{n:02x}").repeat(32).parse().unwrap()
    }

    /// A copy of `bytes` bytes last used `age` ago.
    fn copy(cache: &Path, n: u8, bytes: usize, age: Duration) {
        let dir = cache.join(digest(n).to_string());
        std::fs::create_dir_all(dir.join("out")).unwrap();
        std::fs::write(dir.join("out/artifact"), vec![0u8; bytes]).unwrap();
        let file = std::fs::File::open(&dir).unwrap();
        file.set_modified(SystemTime::now() - age).unwrap();
    }

    fn present(cache: &Path, n: u8) -> bool {
        cache.join(digest(n).to_string()).is_dir()
    }

    #[test]
    fn the_least_recently_used_unused_copies_go_until_the_cache_fits() {
        let cache = tempfile::tempdir().unwrap();
        let minute = Duration::from_secs(60);
        copy(cache.path(), 1, 400, minute * 30);
        copy(cache.path(), 2, 400, minute * 20);
        copy(cache.path(), 3, 400, minute * 10);
        copy(cache.path(), 4, 400, minute);
        std::fs::create_dir_all(cache.path().join("shuffle")).unwrap();
        let bound = CacheBound { max_bytes: 1000, max_age: None };
        // 1 is the oldest but in use: 2 and 3 go instead.
        let in_use = HashSet::from([digest(1)]);
        assert_eq!(evict(cache.path(), &bound, &in_use), vec![digest(2), digest(3)]);
        assert!(present(cache.path(), 1) && present(cache.path(), 4));
        assert!(cache.path().join("shuffle").is_dir(), "only digest copies are touched");
        // Within the bound now: nothing more goes.
        assert!(evict(cache.path(), &bound, &in_use).is_empty());
    }

    #[test]
    fn copies_unused_longer_than_the_age_bound_go_even_when_the_cache_fits() {
        let cache = tempfile::tempdir().unwrap();
        let hour = Duration::from_secs(3600);
        copy(cache.path(), 1, 10, hour * 50);
        copy(cache.path(), 2, 10, hour * 50);
        copy(cache.path(), 3, 10, hour);
        let bound = CacheBound { max_bytes: u64::MAX, max_age: Some(hour * 24) };
        let in_use = HashSet::from([digest(2)]);
        assert_eq!(evict(cache.path(), &bound, &in_use), vec![digest(1)]);
        assert!(present(cache.path(), 2) && present(cache.path(), 3));
        // A use renews a copy.
        touch(&cache.path().join(digest(2).to_string()));
        assert!(evict(cache.path(), &bound, &HashSet::new()).is_empty());
    }

    #[test]
    fn stale_unfinished_downloads_are_removed_and_fresh_ones_kept() {
        let cache = tempfile::tempdir().unwrap();
        for (name, age) in [(".incoming-1-0", Duration::from_secs(7200)), (".incoming-2-0", Duration::ZERO)] {
            let dir = cache.path().join(name);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::File::open(&dir).unwrap().set_modified(SystemTime::now() - age).unwrap();
        }
        evict(cache.path(), &CacheBound::default(), &HashSet::new());
        assert!(!cache.path().join(".incoming-1-0").exists());
        assert!(cache.path().join(".incoming-2-0").exists(), "another fetch may be writing it");
    }
}
