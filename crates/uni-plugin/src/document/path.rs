//! Key paths such as `functions[1].args[0]` that locate a value in a document.

use std::fmt;

/// One step of a [`KeyPath`]: a table key or an array index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A key of a table.
    Key(String),
    /// An index into an array (0-based, as written in messages).
    Index(usize),
}

impl From<&str> for Segment {
    fn from(key: &str) -> Self {
        Segment::Key(key.to_owned())
    }
}

impl From<String> for Segment {
    fn from(key: String) -> Self {
        Segment::Key(key)
    }
}

impl From<usize> for Segment {
    fn from(index: usize) -> Self {
        Segment::Index(index)
    }
}

/// The path from the document root to a value, displayed the way a user would
/// write it: `functions[1].args[0]`, `dependencies."ai.uniplug.text"`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct KeyPath(Vec<Segment>);

impl KeyPath {
    /// The root of the document.
    pub fn root() -> Self {
        KeyPath(Vec::new())
    }

    /// A path made of the given segments.
    pub fn from_segments(segments: &[Segment]) -> Self {
        KeyPath(segments.to_vec())
    }

    /// This path extended by one segment.
    pub fn join(&self, segment: impl Into<Segment>) -> KeyPath {
        let mut segments = self.0.clone();
        segments.push(segment.into());
        KeyPath(segments)
    }

    /// The segments of the path.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// Whether this is the document root.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

fn is_bare_key(key: &str) -> bool {
    !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(top level)");
        }
        for (segment_idx, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Index(index) => write!(f, "[{index}]")?,
                Segment::Key(key) => {
                    if segment_idx > 0 {
                        f.write_str(".")?;
                    }
                    if is_bare_key(key) {
                        f.write_str(key)?;
                    } else {
                        write!(f, "{key:?}")?;
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_like_a_user_writes_it() {
        let path = KeyPath::root().join("functions").join(1).join("args").join(0);
        assert_eq!(path.to_string(), "functions[1].args[0]");
        let path = KeyPath::root().join("dependencies").join("ai.uniplug.text");
        assert_eq!(path.to_string(), "dependencies.\"ai.uniplug.text\"");
        assert_eq!(KeyPath::root().to_string(), "(top level)");
    }
}
