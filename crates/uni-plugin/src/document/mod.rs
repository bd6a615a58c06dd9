//! A format-neutral, position-carrying document tree for configuration files.
//!
//! Manifests (`uniplugin.toml` / `uniplugin.json`) and operator policies
//! (`uniplug.policy.toml`) are decoded in two steps: the text is parsed into a
//! [`Node`] tree that remembers where every key and value came from, then a
//! decoder walks the tree with [`Reader`] and records *every* problem it finds as
//! a [`Problem`] instead of stopping at the first. Serde's derive cannot do that
//! (it stops at the first error and drops positions for JSON), and one decoder
//! over a neutral tree keeps TOML and JSON behaviour identical.
//!
//! ```
//! use uni_plugin::document::{KeyPath, Node, Reader};
//!
//! let root = Node::parse_toml("[limits]\nmemroy = \"64MiB\"\n").unwrap();
//! let mut reader = Reader::new();
//! let top = reader.table(&root, &KeyPath::root(), &["limits"]);
//! let limits = reader.table(top.get("limits").unwrap(), &top.path_of("limits"), &["memory", "timeout"]);
//! assert!(limits.get("memory").is_none());
//! let problems = reader.into_problems();
//! assert_eq!(problems.len(), 1);
//! assert!(problems[0].to_string().contains("did you mean `memory`"));
//! ```

mod json;
mod path;
mod problem;
mod reader;
mod toml;

pub use path::{KeyPath, Segment};
pub use problem::{Position, Problem};
pub use reader::{Reader, TableView};

/// One value of a parsed configuration document, with its source position.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value itself.
    pub value: NodeValue,
    /// Where the value starts in the source text, when the format tells us.
    pub position: Option<Position>,
}

/// The shape of a [`Node`]: the union of what TOML and JSON can express.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeValue {
    /// JSON `null` (TOML has none).
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer that fits in `i64`.
    Integer(i64),
    /// A floating point number.
    Float(f64),
    /// A string.
    String(String),
    /// A TOML date/time, kept as its text.
    Datetime(String),
    /// An array.
    Array(Vec<Node>),
    /// A table (TOML) or object (JSON), in source order.
    Table(Vec<Entry>),
}

/// One `key = value` pair of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key.
    pub key: String,
    /// Where the key is written, when known; errors about the key point here.
    pub key_position: Option<Position>,
    /// The value.
    pub value: Node,
}

impl NodeValue {
    /// The name used for this kind of value in error messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            NodeValue::Null => "null",
            NodeValue::Bool(_) => "a boolean",
            NodeValue::Integer(_) => "an integer",
            NodeValue::Float(_) => "a float",
            NodeValue::String(_) => "a string",
            NodeValue::Datetime(_) => "a date-time",
            NodeValue::Array(_) => "an array",
            NodeValue::Table(_) => "a table",
        }
    }
}

impl Node {
    /// Parses TOML text. A syntax error comes back as one located [`Problem`].
    pub fn parse_toml(text: &str) -> Result<Node, Problem> {
        toml::parse(text)
    }

    /// Parses JSON text. A syntax error comes back as one located [`Problem`].
    pub fn parse_json(text: &str) -> Result<Node, Problem> {
        json::parse(text)
    }

    /// The entries of a table node, or `None` for other kinds.
    pub fn entries(&self) -> Option<&[Entry]> {
        match &self.value {
            NodeValue::Table(entries) => Some(entries),
            _ => None,
        }
    }
}
