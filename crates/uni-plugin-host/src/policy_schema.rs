//! A JSON Schema (draft 2020-12) of the policy file, for editors: built
//! from the policy decoder's own key lists (a test checks them), like the
//! manifest's (`uni_plugin::manifest::json_schema`).

use serde_json::{Value, json};
use uni_plugin::DURATION_EXPECTED;
use uni_plugin::capability::CAPABILITY_EXPECTED;
use uni_plugin::json_schema::{byte_size, closed_table, document, text};

use crate::policy::{DEFAULT_KEYS, PLUGIN_KEYS, TOP_KEYS};
use crate::secrets::SOURCE_KEYS;

fn table(keys: &[&str], describe: impl Fn(&str) -> Value) -> Value {
    closed_table(keys, &[], describe)
}

/// What a `[defaults]` or `[plugins."ID"]` key means.
fn section_key(key: &str) -> Value {
    match key {
        "grant" => {
            json!({ "type": "array", "items": text(CAPABILITY_EXPECTED), "description": "capabilities allowed" })
        }
        "memory" => byte_size("memory cap"),
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
    let mut secret = table(SOURCE_KEYS, |key| match key {
        "env" => text("an environment variable holding the secret"),
        _ => text("a file holding the secret (relative to the policy file; owner-only, at most 64 KiB)"),
    });
    secret["oneOf"] = json!([{ "required": ["env"] }, { "required": ["file"] }]);
    let schema = table(TOP_KEYS, |key| match key {
        "require_signed" => {
            json!({ "type": "boolean", "description": "refuse plugins without a valid signature by a trusted key" })
        }
        "trusted_keys" => {
            json!({ "type": "array", "items": text("a public key file (relative to the policy file) or ed25519:<base64>") })
        }
        "max_plugin_size" => byte_size("largest plugin file the host reads (default 256MiB)"),
        "defaults" => table(DEFAULT_KEYS, section_key),
        "plugins" => {
            json!({ "type": "object", "additionalProperties": table(PLUGIN_KEYS, section_key), "description": "per plugin id: adds to [defaults], or denies" })
        }
        _ => json!({ "type": "object", "additionalProperties": secret, "description": "where each secret lives" }),
    });
    document(schema, "uni-plugin policy (uniplug.policy.toml)")
}

#[cfg(test)]
mod tests {
    use uni_plugin::json_schema::{property_names as keys, sorted};

    use super::*;

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
