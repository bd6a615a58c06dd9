//! A JSON Schema (draft 2020-12) of the policy file, for editors: built
//! from the policy decoder's own key lists (a test checks them), like the
//! manifest's (`uni_plugin::manifest::json_schema`).

use serde_json::{Map, Value, json};
use uni_plugin::capability::CAPABILITY_EXPECTED;
use uni_plugin::{BYTE_SIZE_EXPECTED, DURATION_EXPECTED};

use crate::policy::{DEFAULT_KEYS, PLUGIN_KEYS, TOP_KEYS};
use crate::secrets::SOURCE_KEYS;

fn text(description: &str) -> Value {
    json!({ "type": "string", "description": description })
}

fn table(keys: &[&str], describe: impl Fn(&str) -> Value) -> Value {
    let properties: Map<String, Value> = keys.iter().map(|key| (key.to_string(), describe(key))).collect();
    json!({ "type": "object", "properties": properties, "additionalProperties": false })
}

/// What a `[defaults]` or `[plugins."ID"]` key means.
fn section_key(key: &str) -> Value {
    match key {
        "grant" => {
            json!({ "type": "array", "items": text(CAPABILITY_EXPECTED), "description": "capabilities allowed" })
        }
        "memory" => {
            json!({ "oneOf": [text(BYTE_SIZE_EXPECTED), { "type": "integer", "minimum": 1 }], "description": "memory cap" })
        }
        "timeout" => text(&format!("per-call time cap: {DURATION_EXPECTED}")),
        "failure_threshold" => {
            json!({ "type": "integer", "minimum": 1, "description": "consecutive plugin faults that open a function's circuit breaker" })
        }
        "cooldown" => text(&format!("how long an open breaker fails fast: {DURATION_EXPECTED}")),
        _ => json!({ "type": "boolean", "description": "refuse the plugin" }),
    }
}

/// The policy file's JSON Schema.
///
/// ```
/// let schema = uni_plugin_host::policy::json_schema();
/// assert_eq!(schema["properties"]["require_signed"]["type"], "boolean");
/// ```
pub fn json_schema() -> Value {
    let secret = table(SOURCE_KEYS, |key| match key {
        "env" => text("an environment variable holding the secret"),
        _ => text("a file holding the secret (relative to the policy file; owner-only, at most 64 KiB)"),
    });
    let mut secret = secret;
    secret["oneOf"] = json!([{ "required": ["env"] }, { "required": ["file"] }]);
    let mut schema = table(TOP_KEYS, |key| match key {
        "require_signed" => {
            json!({ "type": "boolean", "description": "refuse plugins without a valid signature by a trusted key" })
        }
        "trusted_keys" => {
            json!({ "type": "array", "items": text("a public key file (relative to the policy file) or ed25519:<base64>") })
        }
        "max_plugin_size" => {
            json!({ "oneOf": [text(BYTE_SIZE_EXPECTED), { "type": "integer", "minimum": 1 }], "description": "largest plugin file the host reads (default 256MiB)" })
        }
        "defaults" => table(DEFAULT_KEYS, section_key),
        "plugins" => {
            json!({ "type": "object", "additionalProperties": table(PLUGIN_KEYS, section_key), "description": "per plugin id: adds to [defaults], or denies" })
        }
        _ => json!({ "type": "object", "additionalProperties": secret, "description": "where each secret lives" }),
    });
    let object = schema.as_object_mut().expect("a table is an object");
    object.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
    object.insert("title".into(), json!("uni-plugin policy (uniplug.policy.toml)"));
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(table: &Value) -> Vec<String> {
        let mut keys: Vec<String> = table["properties"].as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    }

    fn sorted(keys: &[&str]) -> Vec<String> {
        let mut keys: Vec<String> = keys.iter().map(|key| key.to_string()).collect();
        keys.sort();
        keys
    }

    #[test]
    fn every_table_has_exactly_the_decoders_keys() {
        let schema = json_schema();
        let properties = &schema["properties"];
        for (table, expected) in [
            (&schema, TOP_KEYS),
            (&properties["defaults"], DEFAULT_KEYS),
            (&properties["plugins"]["additionalProperties"], PLUGIN_KEYS),
            (&properties["secrets"]["additionalProperties"], SOURCE_KEYS),
        ] {
            assert_eq!(keys(table), sorted(expected));
            assert_eq!(table["additionalProperties"], false);
        }
    }
}
