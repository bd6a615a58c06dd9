//! A JSON Schema (draft 2020-12) of the manifest, for editors: built from
//! the decoder's own key lists and choices, so the two cannot drift (a
//! test checks every table's keys against the decoder's).
//!
//! The schema says what an editor can check as you type — keys, value
//! shapes, choices, patterns; the decoder's rules that span keys (a
//! `deterministic` function asking for `clock`, unique names) stay the
//! decoder's, and `uniplug check` reports them.

use serde_json::{Value, json};

use super::decode::{
    CAPABILITY_KEYS, DEPENDENCY_KEYS, DETERMINISMS, EXAMPLE_KEYS, FUNCTION_KEYS, FUNCTION_KINDS, HOOK_EVENTS,
    HOOK_KEYS, JOB_KEYS, KINDS, LIMIT_KEYS, PLUGIN_KEYS, TOP_KEYS, TRIGGER_EVENTS, TRIGGER_KEYS, TRIGGER_TIMINGS,
};
use crate::capability::CAPABILITY_EXPECTED;
use crate::cron::CRON_EXPECTED;
use crate::json_schema::{byte_size, choice, closed_table as table, document, list, text};
use crate::types::TYPE_NAME_EXPECTED;
use crate::units::DURATION_EXPECTED;

fn type_name() -> Value {
    text(TYPE_NAME_EXPECTED)
}

const SQL_NAME: &str = "^[a-z_][a-z0-9_]{0,62}$";
const HANDLER_NAME: &str = "^[A-Za-z_][A-Za-z0-9_]*$";

fn plugin_key(key: &str) -> Value {
    match key {
        "id" => json!({
            "type": "string",
            "pattern": "^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)+$",
            "description": "reverse-DNS id, lowercase, at least two dot-separated labels (ai.uniplug.geo)",
        }),
        "version" => text("the plugin's semver version (1.2.0)"),
        "abi" => text("semver range of host ABIs the plugin was built for (^0.1)"),
        "kind" => choice(KINDS, "native (a shared library behind the C ABI, trusted) or wasm (a sandboxed component)"),
        "entry" => text("the component (wasm) or library (native) file, inside the plugin directory"),
        "determinism" => choice(DETERMINISMS, "the default determinism of every function (default volatile)"),
        "authors" => list(json!({ "type": "string" }), "the plugin's authors"),
        other => text(&format!("the plugin's {other}, shown by tools")),
    }
}

fn capabilities() -> Value {
    table(CAPABILITY_KEYS, &[], |key| {
        let what = if key == "required" { "needed to load" } else { "used when granted" };
        list(text(CAPABILITY_EXPECTED), &format!("capabilities {what}"))
    })
}

fn dependency() -> Value {
    let range = text("a semver range of the dependency's versions (^1.0)");
    json!({ "oneOf": [range.clone(), table(DEPENDENCY_KEYS, &["version"], |key| match key {
        "version" => range.clone(),
        _ => list(json!({ "type": "string", "pattern": SQL_NAME }), "the dependency's functions this plugin uses"),
    })] })
}

fn limits() -> Value {
    table(LIMIT_KEYS, &[], |key| match key {
        "memory" => byte_size("the most linear memory the plugin asks for"),
        _ => text(DURATION_EXPECTED),
    })
}

fn function() -> Value {
    table(FUNCTION_KEYS, &["name", "kind", "returns"], |key| match key {
        "name" => json!({ "type": "string", "pattern": SQL_NAME, "description": "the function's SQL name" }),
        "kind" => choice(FUNCTION_KINDS, "scalar, aggregate or table"),
        "args" => list(type_name(), "argument types, in order"),
        "returns" => json!({
            "oneOf": [type_name(), {
                "type": "object",
                "propertyNames": { "pattern": SQL_NAME },
                "additionalProperties": type_name(),
                "description": "a table function's columns: name = type",
            }],
        }),
        "determinism" => choice(DETERMINISMS, "overrides the plugin's"),
        "doc" => text("one line of documentation"),
        _ => list(
            table(EXAMPLE_KEYS, &["sql", "expect"], |key| match key {
                "sql" => text("a statement `uniplug check` runs"),
                _ => text("its result as text: columns joined by `, `, rows by newlines, NULL as NULL"),
            }),
            "examples `uniplug check` runs",
        ),
    })
}

fn handler() -> Value {
    json!({ "type": "string", "pattern": HANDLER_NAME, "description": "the handler the plugin registers" })
}

fn hook() -> Value {
    table(HOOK_KEYS, &["event", "handler"], |key| match key {
        "event" => choice(HOOK_EVENTS, "when the hook fires"),
        _ => handler(),
    })
}

fn trigger() -> Value {
    table(TRIGGER_KEYS, &["table", "event", "handler"], |key| match key {
        "table" => text("the table, alone (orders), with its schema (sales.orders) or fully"),
        "event" => choice(TRIGGER_EVENTS, "the statement that fires it"),
        "when" => choice(TRIGGER_TIMINGS, "before (may reject the rows) or after (default)"),
        _ => handler(),
    })
}

fn job() -> Value {
    let mut job = table(JOB_KEYS, &["name", "handler"], |key| match key {
        "name" => text("the job's unique name"),
        "schedule" => text(CRON_EXPECTED),
        "every" => text(DURATION_EXPECTED),
        _ => handler(),
    });
    job["oneOf"] = json!([{ "required": ["schedule"] }, { "required": ["every"] }]);
    job
}

/// The manifest's JSON Schema.
///
/// ```
/// let schema = uni_plugin::manifest::json_schema();
/// assert_eq!(schema["properties"]["plugin"]["required"][0], "id");
/// ```
pub fn json_schema() -> Value {
    let schema = table(TOP_KEYS, &["plugin"], |key| match key {
        "plugin" => table(PLUGIN_KEYS, &["id", "version", "abi", "kind", "entry"], plugin_key),
        "dependencies" => json!({
            "type": "object",
            "additionalProperties": dependency(),
            "description": "other plugins by id: a version range, or { version, uses }",
        }),
        "capabilities" => capabilities(),
        "limits" => limits(),
        "config" => json!({ "type": "object", "description": "free-form settings handed to the plugin's init" }),
        "functions" => list(function(), "the SQL functions the plugin provides"),
        "hooks" => list(hook(), "query and lifecycle hooks"),
        "triggers" => list(trigger(), "INSERT triggers"),
        _ => list(job(), "scheduled jobs"),
    });
    document(schema, "uni-plugin manifest (uniplugin.toml / uniplugin.json)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json_schema::{property_names as keys, sorted};

    #[test]
    fn every_table_has_exactly_the_decoders_keys() {
        let schema = json_schema();
        let properties = &schema["properties"];
        for (table, expected) in [
            (&schema, TOP_KEYS),
            (&properties["plugin"], PLUGIN_KEYS),
            (&properties["capabilities"], CAPABILITY_KEYS),
            (&properties["limits"], LIMIT_KEYS),
            (&properties["functions"]["items"], FUNCTION_KEYS),
            (&properties["functions"]["items"]["properties"]["examples"]["items"], EXAMPLE_KEYS),
            (&properties["hooks"]["items"], HOOK_KEYS),
            (&properties["triggers"]["items"], TRIGGER_KEYS),
            (&properties["jobs"]["items"], JOB_KEYS),
            (&properties["dependencies"]["additionalProperties"]["oneOf"][1], DEPENDENCY_KEYS),
        ] {
            assert_eq!(keys(table), sorted(expected));
            assert_eq!(table["additionalProperties"], false, "unknown keys are errors");
        }
    }

    #[test]
    fn the_examples_manifests_keys_are_all_in_the_schema() {
        fn walk(value: &toml::Value, schema: &Value, path: &str) {
            let (toml::Value::Table(entries), Some(properties)) = (value, schema["properties"].as_object()) else {
                return;
            };
            for (key, child) in entries {
                let child_schema = properties.get(key).unwrap_or_else(|| panic!("{path}.{key} is not in the schema"));
                match child {
                    toml::Value::Array(items) => {
                        for item in items {
                            walk(item, &child_schema["items"], &format!("{path}.{key}[]"));
                        }
                    }
                    _ => walk(child, child_schema, &format!("{path}.{key}")),
                }
            }
        }
        let schema = json_schema();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../plugins");
        let mut seen = 0;
        for kind in std::fs::read_dir(&root).unwrap().flatten() {
            for plugin in std::fs::read_dir(kind.path()).into_iter().flatten().flatten() {
                let Ok(text) = std::fs::read_to_string(plugin.path().join("uniplugin.toml")) else { continue };
                walk(
                    &toml::Value::Table(toml::from_str(&text).unwrap()),
                    &schema,
                    &plugin.path().display().to_string(),
                );
                seen += 1;
            }
        }
        assert!(seen >= 8, "the examples were found ({seen})");
    }
}
