//! Normalised directory paths of `fs-read:` / `fs-write:` capabilities.

use std::fmt;
use std::path::{Path, PathBuf};

/// A directory path, normalised: `.` components and repeated or trailing `/`
/// removed. A `..` component is rejected (a grant must not reach outside what
/// it names). A relative path is relative to the plugin's data directory.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CapabilityPath {
    absolute: bool,
    components: Vec<String>,
}

impl CapabilityPath {
    /// Parses and normalises a path.
    pub fn parse(text: &str) -> Result<CapabilityPath, String> {
        if text.is_empty() {
            return Err("the path is empty".into());
        }
        if text.contains('\0') {
            return Err("the path contains a NUL byte".into());
        }
        if text.contains('\\') {
            return Err("use `/` as the path separator".into());
        }
        let absolute = text.starts_with('/');
        let mut components = Vec::new();
        for component in text.split('/') {
            match component {
                "" | "." => {}
                ".." => return Err(format!("path `{text}` contains `..`; name the directory itself")),
                other => components.push(other.to_owned()),
            }
        }
        Ok(CapabilityPath { absolute, components })
    }

    /// Whether the path starts at the file-system root.
    pub fn is_absolute(&self) -> bool {
        self.absolute
    }

    /// Whether `other` is this directory or inside it (component-wise, so
    /// `data` does not contain `database`).
    pub fn contains(&self, other: &CapabilityPath) -> bool {
        self.absolute == other.absolute && other.components.starts_with(&self.components)
    }

    /// The path on disk: absolute as written, relative ones under `data_dir`.
    pub fn resolve(&self, data_dir: &Path) -> PathBuf {
        let mut path = if self.absolute { PathBuf::from("/") } else { data_dir.to_path_buf() };
        path.extend(&self.components);
        path
    }
}

impl fmt::Display for CapabilityPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.absolute {
            f.write_str("/")?;
        } else if self.components.is_empty() {
            return f.write_str(".");
        }
        f.write_str(&self.components.join("/"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises() {
        assert_eq!(CapabilityPath::parse("./a//b/./").unwrap().to_string(), "a/b");
        assert_eq!(CapabilityPath::parse("/").unwrap().to_string(), "/");
        assert_eq!(CapabilityPath::parse(".").unwrap().to_string(), ".");
        let root = CapabilityPath::parse("/").unwrap();
        assert!(root.contains(&CapabilityPath::parse("/etc").unwrap()));
        assert!(!root.contains(&CapabilityPath::parse("etc").unwrap()));
        assert_eq!(CapabilityPath::parse("cache").unwrap().resolve(Path::new("/srv/p")), PathBuf::from("/srv/p/cache"));
    }
}
