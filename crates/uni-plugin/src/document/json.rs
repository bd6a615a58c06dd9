//! JSON text to [`Node`]. `serde_json` reports positions for syntax errors only,
//! so semantic problems in JSON documents carry key paths without line numbers.

use serde_json::Value;

use super::{Entry, KeyPath, Node, NodeValue, Position, Problem};

pub(super) fn parse(text: &str) -> Result<Node, Problem> {
    let value: Value = serde_json::from_str(text).map_err(|error| {
        let position = (error.line() > 0).then(|| Position { line: error.line(), column: error.column() });
        Problem::new(KeyPath::root(), format!("invalid JSON: {}", strip_location(&error))).at(position)
    })?;
    convert(&value, &KeyPath::root())
}

/// serde_json appends " at line L column C"; we print the position ourselves.
fn strip_location(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(idx) => text[..idx].to_owned(),
        None => text,
    }
}

fn convert(value: &Value, path: &KeyPath) -> Result<Node, Problem> {
    let node_value = match value {
        Value::Null => NodeValue::Null,
        Value::Bool(flag) => NodeValue::Bool(*flag),
        Value::Number(number) => {
            if let Some(integer) = number.as_i64() {
                NodeValue::Integer(integer)
            } else if number.is_u64() {
                return Err(Problem::new(path.clone(), format!("integer `{number}` does not fit in 64 bits")));
            } else {
                NodeValue::Float(number.as_f64().unwrap_or(f64::NAN))
            }
        }
        Value::String(text) => NodeValue::String(text.clone()),
        Value::Array(items) => NodeValue::Array(
            items.iter().enumerate().map(|(idx, item)| convert(item, &path.join(idx))).collect::<Result<_, _>>()?,
        ),
        Value::Object(map) => NodeValue::Table(
            map.iter()
                .map(|(key, value)| {
                    Ok(Entry { key: key.clone(), key_position: None, value: convert(value, &path.join(key.as_str()))? })
                })
                .collect::<Result<_, Problem>>()?,
        ),
    };
    Ok(Node { value: node_value, position: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_objects_in_order() {
        let node = parse(r#"{"b": 1, "a": [true, 1.5, null]}"#).unwrap();
        let entries = node.entries().unwrap();
        assert_eq!(entries[0].key, "b");
        assert_eq!(
            entries[1].value.value,
            NodeValue::Array(vec![
                Node { value: NodeValue::Bool(true), position: None },
                Node { value: NodeValue::Float(1.5), position: None },
                Node { value: NodeValue::Null, position: None },
            ])
        );
    }

    #[test]
    fn syntax_errors_are_located() {
        let problem = parse("{\n  \"a\": ,\n}").unwrap_err();
        assert_eq!(problem.position.map(|p| p.line), Some(2));
        assert!(!problem.message.contains(" at line "));
    }
}
