//! Plugin identifiers: reverse-DNS names such as `ai.uniplug.geo`.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

/// The identity of a plugin: a reverse-DNS name, lowercase, with at least two
/// dot-separated labels (`ai.uniplug.geo`). Each label starts with a letter,
/// holds letters, digits, `-` or `_`, and does not end with `-` or `_`.
///
/// Cloning is cheap (the text is shared).
///
/// ```
/// use uni_plugin::PluginId;
/// let id = PluginId::parse("ai.uniplug.geo").unwrap();
/// assert_eq!(id.as_str(), "ai.uniplug.geo");
/// assert!(PluginId::parse("Geo").is_err());
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PluginId(Arc<str>);

/// Why a string is not a valid [`PluginId`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid plugin id `{id}`: {reason}")]
pub struct PluginIdError {
    /// The rejected text.
    pub id: String,
    /// What is wrong with it.
    pub reason: String,
}

/// The longest accepted id, in bytes (the DNS limit).
pub const MAX_PLUGIN_ID_LEN: usize = 253;

impl PluginId {
    /// Checks and wraps an id.
    pub fn parse(text: &str) -> Result<PluginId, PluginIdError> {
        let fail = |reason: String| PluginIdError { id: text.to_owned(), reason };
        if text.is_empty() {
            return Err(fail("it is empty; use a reverse-DNS name such as `com.example.geo`".into()));
        }
        if text.len() > MAX_PLUGIN_ID_LEN {
            return Err(fail(format!("it is longer than {MAX_PLUGIN_ID_LEN} bytes")));
        }
        if text.chars().any(|c| c.is_ascii_uppercase()) {
            return Err(fail(format!("ids are lowercase; use `{}`", text.to_ascii_lowercase())));
        }
        let labels: Vec<&str> = text.split('.').collect();
        if labels.len() < 2 {
            return Err(fail(
                "it needs at least two dot-separated labels, reverse-DNS style (`com.example.geo`)".into(),
            ));
        }
        for (label_idx, label) in labels.iter().enumerate() {
            let Some(first) = label.chars().next() else {
                return Err(fail(format!("label {} is empty (two dots in a row, or a dot at an end)", label_idx + 1)));
            };
            if !first.is_ascii_lowercase() {
                return Err(fail(format!("label `{label}` must start with a lowercase letter")));
            }
            if let Some(bad) =
                label.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-' || *c == '_'))
            {
                return Err(fail(format!(
                    "label `{label}` contains `{bad}`; use lowercase letters, digits, `-` and `_`"
                )));
            }
            if label.ends_with(['-', '_']) {
                return Err(fail(format!("label `{label}` must not end with `-` or `_`")));
            }
        }
        Ok(PluginId(Arc::from(text)))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for PluginId {
    type Err = PluginIdError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        PluginId::parse(text)
    }
}

impl fmt::Display for PluginId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for PluginId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PluginId({:?})", &*self.0)
    }
}

impl AsRef<str> for PluginId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl serde::Serialize for PluginId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_reverse_dns() {
        for ok in ["ai.uniplug.geo", "com.example", "io.x-y.z_1", "a1.b2"] {
            assert!(PluginId::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn rejects_with_reasons() {
        for (bad, reason) in [
            ("", "empty"),
            ("geo", "two dot-separated"),
            ("Ai.geo", "lowercase"),
            ("ai..geo", "empty"),
            ("ai.geo.", "empty"),
            ("ai.1geo", "start with a lowercase letter"),
            ("ai.ge o", "contains ` `"),
            ("ai.geo-", "must not end"),
        ] {
            let error = PluginId::parse(bad).unwrap_err();
            assert!(error.to_string().contains(reason), "{bad}: {error}");
        }
    }
}
