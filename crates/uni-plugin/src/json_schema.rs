//! Building blocks of the JSON Schemas (draft 2020-12) the manifest and the
//! policy file publish for editors (`uniplug schema`): one spelling of a
//! closed table, a described string, a size, so both schemas read alike.

use serde_json::{Map, Value, json};

use crate::units::BYTE_SIZE_EXPECTED;

/// A string described as `description`.
pub fn text(description: &str) -> Value {
    json!({ "type": "string", "description": description })
}

/// One of `choices`.
pub fn choice(choices: &[&str], description: &str) -> Value {
    json!({ "enum": choices, "description": description })
}

/// A list of `items`.
pub fn list(items: Value, description: &str) -> Value {
    json!({ "type": "array", "items": items, "description": description })
}

/// A byte size: text with a unit (`"64MiB"`) or a positive integer of bytes.
pub fn byte_size(description: &str) -> Value {
    json!({ "oneOf": [text(BYTE_SIZE_EXPECTED), { "type": "integer", "minimum": 1 }], "description": description })
}

/// A closed table: exactly `keys` (each described by `describe`), of which
/// `required` must be present. Unknown keys are errors, as in the decoders.
pub fn closed_table(keys: &[&str], required: &[&str], describe: impl Fn(&str) -> Value) -> Value {
    let properties: Map<String, Value> = keys.iter().map(|key| (key.to_string(), describe(key))).collect();
    let mut table = json!({ "type": "object", "properties": properties, "additionalProperties": false });
    if !required.is_empty() {
        table["required"] = json!(required);
    }
    table
}

/// `schema` as a document: the draft it follows and its `title`.
pub fn document(mut schema: Value, title: &str) -> Value {
    schema["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    schema["title"] = json!(title);
    schema
}

/// The property names of a table, sorted (for tests comparing them with a
/// decoder's key list).
pub fn property_names(table: &Value) -> Vec<String> {
    let mut names: Vec<String> =
        table["properties"].as_object().map(|properties| properties.keys().cloned().collect()).unwrap_or_default();
    names.sort();
    names
}

/// `keys` sorted, as [`property_names`] returns them.
pub fn sorted(keys: &[&str]) -> Vec<String> {
    let mut keys: Vec<String> = keys.iter().map(|key| key.to_string()).collect();
    keys.sort();
    keys
}
