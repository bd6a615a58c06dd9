//! JSON text to [`Node`], every key and value with its line and column, and
//! a key given twice in one object refused (as TOML refuses it), so JSON
//! and TOML documents get the same located errors.
//!
//! `serde_json` checks the syntax first (its errors carry positions); the
//! text is then walked once more to find where each value starts, and each
//! string and number token is decoded by `serde_json` itself, so escapes
//! and number forms mean exactly what they mean to `serde_json`.

use super::problem::LineIndex;
use super::{Entry, KeyPath, Node, NodeValue, Position, Problem};

pub(super) fn parse(text: &str) -> Result<Node, Problem> {
    // Syntax (and nesting depth: serde_json stops at 128 levels, which also
    // bounds the walk below).
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|error| {
        let position = (error.line() > 0).then(|| Position { line: error.line(), column: error.column() });
        Problem::new(KeyPath::root(), format!("invalid JSON: {}", strip_location(&error))).at(position)
    })?;
    let mut walk = Walk { text, bytes: text.as_bytes(), at: 0, lines: LineIndex::new(text) };
    walk.value(&KeyPath::root())
}

/// serde_json appends " at line L column C"; we print the position ourselves.
fn strip_location(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(idx) => text[..idx].to_owned(),
        None => text,
    }
}

/// A walk over text serde_json has accepted as one JSON value.
struct Walk<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    lines: LineIndex<'t>,
}

impl Walk<'_> {
    fn skip_whitespace(&mut self) {
        while self.bytes.get(self.at).is_some_and(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn peek(&self) -> u8 {
        self.bytes.get(self.at).copied().unwrap_or(0)
    }

    /// A problem at `path` for the token at `offset`, for text that should
    /// not be there (serde_json accepted it, so this is a bug guard).
    fn unexpected(&self, path: &KeyPath, offset: usize) -> Problem {
        Problem::new(path.clone(), "unexpected JSON token").at(Some(self.lines.position(offset)))
    }

    fn value(&mut self, path: &KeyPath) -> Result<Node, Problem> {
        self.skip_whitespace();
        let start = self.at;
        let value = match self.peek() {
            b'{' => self.object(path)?,
            b'[' => self.array(path)?,
            b'"' => NodeValue::String(self.string(path)?),
            b't' => self.literal("true", NodeValue::Bool(true), path)?,
            b'f' => self.literal("false", NodeValue::Bool(false), path)?,
            b'n' => self.literal("null", NodeValue::Null, path)?,
            _ => self.number(path)?,
        };
        Ok(Node { value, position: Some(self.lines.position(start)) })
    }

    fn literal(&mut self, word: &str, value: NodeValue, path: &KeyPath) -> Result<NodeValue, Problem> {
        if !self.text[self.at..].starts_with(word) {
            return Err(self.unexpected(path, self.at));
        }
        self.at += word.len();
        Ok(value)
    }

    /// A string token, decoded by serde_json (escapes, surrogates).
    fn string(&mut self, path: &KeyPath) -> Result<String, Problem> {
        let start = self.at;
        self.at += 1;
        loop {
            match self.bytes.get(self.at) {
                Some(b'\\') => self.at += 2,
                Some(b'"') => {
                    self.at += 1;
                    break;
                }
                Some(_) => self.at += 1,
                None => return Err(self.unexpected(path, start)),
            }
        }
        serde_json::from_str(&self.text[start..self.at]).map_err(|_| self.unexpected(path, start))
    }

    fn number(&mut self, path: &KeyPath) -> Result<NodeValue, Problem> {
        let start = self.at;
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'))
        {
            self.at += 1;
        }
        let number: serde_json::Number =
            serde_json::from_str(&self.text[start..self.at]).map_err(|_| self.unexpected(path, start))?;
        if let Some(integer) = number.as_i64() {
            Ok(NodeValue::Integer(integer))
        } else if number.is_u64() {
            Err(Problem::new(path.clone(), format!("integer `{number}` does not fit in 64 bits"))
                .at(Some(self.lines.position(start))))
        } else {
            Ok(NodeValue::Float(number.as_f64().unwrap_or(f64::NAN)))
        }
    }

    fn array(&mut self, path: &KeyPath) -> Result<NodeValue, Problem> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == b']' {
            self.at += 1;
            return Ok(NodeValue::Array(items));
        }
        loop {
            items.push(self.value(&path.join(items.len()))?);
            self.skip_whitespace();
            match self.peek() {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Ok(NodeValue::Array(items));
                }
                _ => return Err(self.unexpected(path, self.at)),
            }
        }
    }

    fn object(&mut self, path: &KeyPath) -> Result<NodeValue, Problem> {
        self.at += 1;
        let mut entries: Vec<Entry> = Vec::new();
        self.skip_whitespace();
        if self.peek() == b'}' {
            self.at += 1;
            return Ok(NodeValue::Table(entries));
        }
        loop {
            self.skip_whitespace();
            let key_start = self.at;
            if self.peek() != b'"' {
                return Err(self.unexpected(path, key_start));
            }
            let key = self.string(path)?;
            let key_position = Some(self.lines.position(key_start));
            if let Some(first) = entries.iter().find(|entry| entry.key == key) {
                let first = first.key_position.map(|p| format!(" (first at {p})")).unwrap_or_default();
                return Err(Problem::new(path.join(key.as_str()), format!("duplicate key `{key}`{first}"))
                    .at(key_position)
                    .expected("each key once in an object"));
            }
            self.skip_whitespace();
            if self.peek() != b':' {
                return Err(self.unexpected(path, self.at));
            }
            self.at += 1;
            let value = self.value(&path.join(key.as_str()))?;
            entries.push(Entry { key, key_position, value });
            self.skip_whitespace();
            match self.peek() {
                b',' => self.at += 1,
                b'}' => {
                    self.at += 1;
                    return Ok(NodeValue::Table(entries));
                }
                _ => return Err(self.unexpected(path, self.at)),
            }
        }
    }
}

#[cfg(test)]
use serde_json::Value;

/// What serde_json alone makes of `text` (no positions), for comparison.
#[cfg(test)]
fn plain(value: &Value) -> NodeValue {
    match value {
        Value::Null => NodeValue::Null,
        Value::Bool(flag) => NodeValue::Bool(*flag),
        Value::Number(number) => {
            number.as_i64().map(NodeValue::Integer).unwrap_or(NodeValue::Float(number.as_f64().unwrap_or(f64::NAN)))
        }
        Value::String(text) => NodeValue::String(text.clone()),
        Value::Array(items) => {
            NodeValue::Array(items.iter().map(|item| Node { value: plain(item), position: None }).collect())
        }
        Value::Object(map) => NodeValue::Table(
            map.iter()
                .map(|(key, value)| Entry {
                    key: key.clone(),
                    key_position: None,
                    value: Node { value: plain(value), position: None },
                })
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `node` without positions.
    fn unplaced(node: &Node) -> NodeValue {
        match &node.value {
            NodeValue::Array(items) => {
                NodeValue::Array(items.iter().map(|item| Node { value: unplaced(item), position: None }).collect())
            }
            NodeValue::Table(entries) => NodeValue::Table(
                entries
                    .iter()
                    .map(|entry| Entry {
                        key: entry.key.clone(),
                        key_position: None,
                        value: Node { value: unplaced(&entry.value), position: None },
                    })
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    #[test]
    fn converts_objects_in_order_with_positions() {
        let node = parse("{\"b\": 1,\n \"a\": [true, 1.5, null, \"x\\n\\u00e9\"]}").unwrap();
        let entries = node.entries().unwrap();
        assert_eq!(entries[0].key, "b");
        assert_eq!(entries[1].key_position, Some(Position { line: 2, column: 2 }));
        let NodeValue::Array(items) = &entries[1].value.value else { panic!("an array") };
        assert_eq!(items[1].value, NodeValue::Float(1.5));
        assert_eq!(items[1].position, Some(Position { line: 2, column: 14 }));
        assert_eq!(items[3].value, NodeValue::String("x\né".into()));
    }

    #[test]
    fn duplicate_keys_are_refused_where_they_repeat() {
        let problem = parse("{\"plugin\": {\"id\": \"a\",\n  \"id\": \"b\"}}").unwrap_err();
        assert_eq!(problem.path.to_string(), "plugin.id");
        assert_eq!(problem.position, Some(Position { line: 2, column: 3 }));
        assert!(problem.message.contains("duplicate key `id` (first at 1:13)"), "{}", problem.message);
    }

    #[test]
    fn syntax_errors_are_located() {
        let problem = parse("{\n  \"a\": ,\n}").unwrap_err();
        assert_eq!(problem.position.map(|p| p.line), Some(2));
        assert!(!problem.message.contains(" at line "));
        assert!(parse("18446744073709551615").unwrap_err().message.contains("does not fit in 64 bits"));
    }

    proptest! {
        /// Whatever serde_json accepts (without duplicate keys), the walk
        /// reads to the same values.
        #[test]
        fn the_walk_agrees_with_serde_json(text in r#"[\[\]{}":,0-9a-z \n\\.eE+-]{0,40}"#) {
            if let Ok(value) = serde_json::from_str::<Value>(&text) {
                match parse(&text) {
                    Ok(node) => {
                        let fits = !matches!(&value, Value::Number(n) if n.is_u64() && n.as_i64().is_none());
                        if fits {
                            prop_assert_eq!(unplaced(&node), plain(&value));
                        }
                    }
                    Err(problem) => prop_assert!(
                        problem.message.contains("duplicate key") || problem.message.contains("64 bits"),
                        "{}", problem.message
                    ),
                }
            }
        }
    }
}
