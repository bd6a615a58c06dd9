//! Reading a [`Node`] tree into a [`PluginManifest`], checking every rule of
//! `docs/manifest.md` and collecting all problems.

use semver::{Version, VersionReq};

use super::*;
use crate::capability::CAPABILITY_EXPECTED;
use crate::cron::CRON_EXPECTED;
use crate::document::{KeyPath, NodeValue, Problem, Reader, TableView};
use crate::types::TYPE_NAME_EXPECTED;
use crate::units::{BYTE_SIZE_EXPECTED, DURATION_EXPECTED};

pub(super) const TOP_KEYS: &[&str] =
    &["plugin", "dependencies", "capabilities", "limits", "config", "functions", "hooks", "triggers", "jobs"];
pub(super) const PLUGIN_KEYS: &[&str] = &[
    "id",
    "name",
    "version",
    "abi",
    "kind",
    "entry",
    "determinism",
    "description",
    "license",
    "authors",
    "homepage",
    "repository",
];
pub(super) const DEPENDENCY_KEYS: &[&str] = &["version", "uses"];
pub(super) const CAPABILITY_KEYS: &[&str] = &["required", "optional"];
pub(super) const LIMIT_KEYS: &[&str] = &["memory", "timeout"];
pub(super) const FUNCTION_KEYS: &[&str] = &["name", "kind", "args", "returns", "determinism", "doc", "examples"];
pub(super) const EXAMPLE_KEYS: &[&str] = &["sql", "expect"];
pub(super) const HOOK_KEYS: &[&str] = &["event", "handler"];
pub(super) const TRIGGER_KEYS: &[&str] = &["table", "event", "when", "handler"];
pub(super) const JOB_KEYS: &[&str] = &["name", "schedule", "every", "handler"];

pub(super) const KINDS: &[&str] = &["wasm", "native"];
pub(super) const DETERMINISMS: &[&str] = &["deterministic", "stable", "volatile"];
pub(super) const FUNCTION_KINDS: &[&str] = &["scalar", "aggregate", "table"];
pub(super) const HOOK_EVENTS: &[&str] = &["before_query", "after_query", "on_load", "on_unload"];
pub(super) const TRIGGER_EVENTS: &[&str] = &["insert"];
pub(super) const TRIGGER_TIMINGS: &[&str] = &["before", "after"];

const SQL_NAME_EXPECTED: &str = "a SQL name: lowercase letters, digits and `_`, not starting with a digit, at most 63 characters (SQL folds unquoted names to lowercase)";
const HANDLER_EXPECTED: &str = "a handler name: letters, digits and `_`, not starting with a digit";

/// Decodes a manifest document; on failure returns every problem found.
pub(super) fn decode(root: &Node) -> Result<PluginManifest, Vec<Problem>> {
    let mut reader = Reader::new();
    let top = reader.table(root, &KeyPath::root(), TOP_KEYS);
    let mut decoder = Decoder { reader: &mut reader };

    let plugin = match reader_required(&mut decoder, &top, "plugin", "a `[plugin]` table") {
        Some(node) => decoder.plugin(node, &top.path_of("plugin")),
        None => None,
    };
    let dependencies = top
        .get("dependencies")
        .map(|node| decoder.dependencies(node, &top.path_of("dependencies"), plugin.as_ref().map(|p| &p.id)))
        .unwrap_or_default();
    let capabilities = top
        .get("capabilities")
        .map(|node| decoder.capabilities(node, &top.path_of("capabilities")))
        .unwrap_or_default();
    let limits = top.get("limits").map(|node| decoder.limits(node, &top.path_of("limits"))).unwrap_or_default();
    let config = top.get("config").map(|node| decoder.config(node, &top.path_of("config"))).unwrap_or_default();
    let functions = decoder.array_of_tables(&top, "functions", Decoder::function);
    let hooks = decoder.array_of_tables(&top, "hooks", Decoder::hook);
    let triggers = decoder.array_of_tables(&top, "triggers", Decoder::trigger);
    let jobs = decoder.array_of_tables(&top, "jobs", Decoder::job);

    decoder.check_unique_names(&top, &functions, "functions", |f: &FunctionDecl| f.name.as_str());
    decoder.check_unique_names(&top, &jobs, "jobs", |j: &JobDecl| j.name.as_str());
    if let Some(plugin) = &plugin {
        decoder.check_determinism(&top, plugin, &capabilities, &functions);
    }

    let problems = reader.into_problems();
    match plugin {
        Some(plugin) if problems.is_empty() => Ok(PluginManifest {
            plugin,
            dependencies,
            capabilities,
            limits,
            config,
            functions: functions.into_iter().map(|(_, f)| f).collect(),
            hooks: hooks.into_iter().map(|(_, h)| h).collect(),
            triggers: triggers.into_iter().map(|(_, t)| t).collect(),
            jobs: jobs.into_iter().map(|(_, j)| j).collect(),
        }),
        _ => Err(problems),
    }
}

fn reader_required<'n>(
    decoder: &mut Decoder<'_>,
    table: &TableView<'n>,
    key: &str,
    expected: &str,
) -> Option<&'n Node> {
    decoder.reader.required(table, key, expected)
}

fn is_sql_name(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && text.len() <= 63
}

fn is_handler_name(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn check_entry(entry: &str) -> Result<String, String> {
    if entry.is_empty() {
        return Err("`entry` is empty".into());
    }
    if entry.starts_with('/') || entry.starts_with('\\') || entry.get(1..2) == Some(":") {
        return Err(format!("`{entry}` is an absolute path; entry must be relative to the plugin directory"));
    }
    if entry.split(['/', '\\']).any(|component| component == "..") {
        return Err(format!("`{entry}` leaves the plugin directory (`..`); keep the artifact inside it"));
    }
    Ok(entry.to_owned())
}

struct Decoder<'r> {
    reader: &'r mut Reader,
}

impl Decoder<'_> {
    fn optional_string(&mut self, table: &TableView<'_>, key: &str) -> Option<String> {
        let node = table.get(key)?;
        self.reader.string(node, &table.path_of(key)).map(str::to_owned)
    }

    fn required_string(&mut self, table: &TableView<'_>, key: &str, expected: &str) -> Option<String> {
        let node = self.reader.required(table, key, expected)?;
        self.reader.string(node, &table.path_of(key)).map(str::to_owned)
    }

    fn named(&mut self, table: &TableView<'_>, key: &str, expected: &str, valid: fn(&str) -> bool) -> Option<String> {
        let node = self.reader.required(table, key, expected)?;
        let path = table.path_of(key);
        self.reader.parsed(node, &path, expected, |text| {
            if valid(text) { Ok(text.to_owned()) } else { Err(format!("invalid name `{text}`")) }
        })
    }

    fn choice(&mut self, table: &TableView<'_>, key: &str, choices: &[&'static str]) -> Option<&'static str> {
        let node = table.get(key)?;
        self.reader.choice(node, &table.path_of(key), choices)
    }

    fn determinism(&mut self, table: &TableView<'_>) -> Option<Determinism> {
        self.choice(table, "determinism", DETERMINISMS).map(|text| match text {
            "deterministic" => Determinism::Deterministic,
            "stable" => Determinism::Stable,
            _ => Determinism::Volatile,
        })
    }

    fn plugin(&mut self, node: &Node, path: &KeyPath) -> Option<PluginInfo> {
        let table = self.reader.table(node, path, PLUGIN_KEYS);
        let id =
            self.reader.required(&table, "id", "a reverse-DNS plugin id such as `com.example.geo`").and_then(|node| {
                self.reader.parsed(
                    node,
                    &table.path_of("id"),
                    "a reverse-DNS plugin id such as `com.example.geo`",
                    |t| {
                        PluginId::parse(t)
                            .map_err(|e| e.reason.clone())
                            .map_err(|reason| format!("invalid plugin id `{t}`: {reason}"))
                    },
                )
            });
        let name = self.optional_string(&table, "name");
        let version = self.reader.required(&table, "version", "a semver version such as `1.2.0`").and_then(|node| {
            self.reader.parsed(node, &table.path_of("version"), "a semver version such as `1.2.0`", |t| {
                Version::parse(t).map_err(|e| format!("invalid version `{t}`: {e}"))
            })
        });
        let abi_expected = format!("a semver range that includes the host ABI {} (e.g. `^0.1`)", crate::ABI_VERSION);
        let abi = self.reader.required(&table, "abi", &abi_expected).and_then(|node| {
            self.reader.parsed(node, &table.path_of("abi"), &abi_expected, |t| {
                let range = VersionReq::parse(t).map_err(|e| format!("invalid ABI range `{t}`: {e}"))?;
                if range.matches(&crate::ABI_VERSION) {
                    Ok(range)
                } else {
                    Err(format!(
                        "ABI range `{t}` does not include this host's ABI {}; rebuild the plugin against uni-plugin {}",
                        crate::ABI_VERSION,
                        crate::ABI_VERSION
                    ))
                }
            })
        });
        let kind = match table.get("kind") {
            Some(_) => self
                .choice(&table, "kind", KINDS)
                .map(|k| if k == "wasm" { PluginKind::Wasm } else { PluginKind::Native }),
            None => {
                self.reader.missing(&table, "kind", "`wasm` or `native`");
                None
            }
        };
        let entry_expected = "a path relative to the plugin directory (wasm), or a library name or file (native)";
        let entry = self
            .reader
            .required(&table, "entry", entry_expected)
            .and_then(|node| self.reader.parsed(node, &table.path_of("entry"), entry_expected, check_entry));
        let determinism = self.determinism(&table).unwrap_or_default();
        let description = self.optional_string(&table, "description");
        let license = self.optional_string(&table, "license");
        let authors = table
            .get("authors")
            .map(|node| {
                self.reader
                    .string_list(node, &table.path_of("authors"))
                    .into_iter()
                    .map(|(_, _, text)| text.to_owned())
                    .collect()
            })
            .unwrap_or_default();
        let homepage = self.optional_string(&table, "homepage");
        let repository = self.optional_string(&table, "repository");
        Some(PluginInfo {
            id: id?,
            name,
            version: version?,
            abi: abi?,
            kind: kind?,
            entry: entry?,
            determinism,
            description,
            license,
            authors,
            homepage,
            repository,
        })
    }

    fn dependencies(&mut self, node: &Node, path: &KeyPath, own_id: Option<&PluginId>) -> Vec<Dependency> {
        // Every key is a plugin id, so there is no list of known keys here.
        let Some(entries) = node.entries() else {
            self.reader.report(
                Problem::new(path.clone(), format!("found {}", node.value.kind_name()))
                    .at(node.position)
                    .expected("a table of plugin ids to version ranges"),
            );
            return Vec::new();
        };
        let mut dependencies = Vec::new();
        for entry in entries {
            let entry_path = path.join(entry.key.as_str());
            let id = match PluginId::parse(&entry.key) {
                Ok(id) => Some(id),
                Err(error) => {
                    self.reader.report(
                        Problem::new(
                            entry_path.clone(),
                            format!("invalid plugin id `{}`: {}", entry.key, error.reason),
                        )
                        .at(entry.key_position)
                        .expected("a reverse-DNS plugin id"),
                    );
                    None
                }
            };
            if let (Some(id), Some(own)) = (&id, own_id)
                && id == own
            {
                self.reader.report(
                    Problem::new(entry_path.clone(), "a plugin cannot depend on itself").at(entry.key_position),
                );
            }
            let range_expected = "a semver range such as `^1.0` or `>=1.2, <2`";
            let parse_range = |t: &str| VersionReq::parse(t).map_err(|e| format!("invalid version range `{t}`: {e}"));
            let (version, uses) = match &entry.value.value {
                NodeValue::String(_) => {
                    (self.reader.parsed(&entry.value, &entry_path, range_expected, parse_range), Vec::new())
                }
                NodeValue::Table(_) => {
                    let spec = self.reader.table(&entry.value, &entry_path, DEPENDENCY_KEYS);
                    let version = self.reader.required(&spec, "version", range_expected).and_then(|node| {
                        self.reader.parsed(node, &spec.path_of("version"), range_expected, parse_range)
                    });
                    let uses =
                        spec.get("uses").map(|node| self.sql_names(node, &spec.path_of("uses"))).unwrap_or_default();
                    (version, uses)
                }
                _ => {
                    self.reader.report(
                        Problem::new(entry_path.clone(), format!("found {}", entry.value.value.kind_name()))
                            .at(entry.value.position)
                            .expected("a version range string, or a table `{ version = \"^1.0\", uses = [\"fn\"] }`"),
                    );
                    (None, Vec::new())
                }
            };
            if let (Some(id), Some(version)) = (id, version) {
                dependencies.push(Dependency { id, version, uses });
            }
        }
        dependencies.sort_by(|a, b| a.id.cmp(&b.id));
        dependencies
    }

    fn sql_names(&mut self, node: &Node, path: &KeyPath) -> Vec<String> {
        let mut names = Vec::new();
        for (item_path, item, text) in self.reader.string_list(node, path) {
            if is_sql_name(text) {
                names.push(text.to_owned());
            } else {
                self.reader.report(
                    Problem::new(item_path, format!("invalid name `{text}`"))
                        .at(item.position)
                        .expected(SQL_NAME_EXPECTED),
                );
            }
        }
        names
    }

    fn capability_list(&mut self, table: &TableView<'_>, key: &str) -> Vec<(KeyPath, Capability)> {
        let Some(node) = table.get(key) else { return Vec::new() };
        let mut capabilities: Vec<(KeyPath, Capability)> = Vec::new();
        for (item_path, item, text) in self.reader.string_list(node, &table.path_of(key)) {
            match text.parse::<Capability>() {
                Ok(capability) => {
                    if capabilities.iter().any(|(_, seen)| *seen == capability) {
                        self.reader.report(
                            Problem::new(item_path, format!("capability `{capability}` is listed twice"))
                                .at(item.position),
                        );
                    } else {
                        capabilities.push((item_path, capability));
                    }
                }
                Err(error) => self.reader.report(
                    Problem::new(item_path, format!("invalid capability `{text}`: {}", error.reason))
                        .at(item.position)
                        .expected(CAPABILITY_EXPECTED)
                        .suggest(error.suggestion),
                ),
            }
        }
        capabilities
    }

    fn capabilities(&mut self, node: &Node, path: &KeyPath) -> CapabilityRequest {
        let table = self.reader.table(node, path, CAPABILITY_KEYS);
        let required = self.capability_list(&table, "required");
        let optional = self.capability_list(&table, "optional");
        for (item_path, capability) in &optional {
            if required.iter().any(|(_, other)| other == capability) {
                self.reader.report(Problem::new(
                    item_path.clone(),
                    format!("capability `{capability}` is both required and optional; keep it in one list"),
                ));
            }
        }
        CapabilityRequest {
            required: required.into_iter().map(|(_, c)| c).collect(),
            optional: optional.into_iter().map(|(_, c)| c).collect(),
        }
    }

    fn limits(&mut self, node: &Node, path: &KeyPath) -> LimitsRequest {
        let table = self.reader.table(node, path, LIMIT_KEYS);
        let memory = table.get("memory").and_then(|node| {
            let path = table.path_of("memory");
            let size = match node.value {
                NodeValue::Integer(bytes) if bytes > 0 => Some(ByteSize::from_bytes(bytes as u64)),
                _ => self.reader.parsed(node, &path, BYTE_SIZE_EXPECTED, |t| t.parse::<ByteSize>()),
            };
            self.positive(size, node, &path, size.is_some_and(|s| s.bytes() == 0))
        });
        let timeout = table.get("timeout").and_then(|node| {
            let path = table.path_of("timeout");
            let duration = self.reader.parsed(node, &path, DURATION_EXPECTED, |t| t.parse::<HumanDuration>());
            self.positive(duration, node, &path, duration.is_some_and(|d| d.get().is_zero()))
        });
        LimitsRequest { memory, timeout }
    }

    fn positive<T>(&mut self, value: Option<T>, node: &Node, path: &KeyPath, is_zero: bool) -> Option<T> {
        if is_zero || matches!(node.value, NodeValue::Integer(n) if n <= 0) {
            self.reader.report(
                Problem::new(path.clone(), "a limit of zero would refuse every call")
                    .at(node.position)
                    .expected("a value above zero"),
            );
            return None;
        }
        value
    }

    fn config(&mut self, node: &Node, path: &KeyPath) -> ConfigMap {
        let Some(entries) = node.entries() else {
            self.reader.report(
                Problem::new(path.clone(), format!("found {}", node.value.kind_name()))
                    .at(node.position)
                    .expected("a table"),
            );
            return ConfigMap::new();
        };
        entries
            .iter()
            .filter_map(|entry| {
                let value = self.config_value(&entry.value, &path.join(entry.key.as_str()))?;
                Some((entry.key.clone(), value))
            })
            .collect()
    }

    fn config_value(&mut self, node: &Node, path: &KeyPath) -> Option<serde_json::Value> {
        use serde_json::Value;
        let unsupported = |reader: &mut Reader, message: &str| {
            reader.report(Problem::new(path.clone(), message.to_owned()).at(node.position));
            None
        };
        Some(match &node.value {
            NodeValue::Null => {
                return unsupported(
                    self.reader,
                    "null is not allowed in config (TOML cannot express it); leave the key out",
                );
            }
            NodeValue::Datetime(_) => {
                return unsupported(self.reader, "date-times are not supported in config; write the value as a string");
            }
            NodeValue::Float(number) if !number.is_finite() => {
                return unsupported(self.reader, "non-finite numbers (nan, inf) are not supported in config");
            }
            NodeValue::Bool(flag) => Value::Bool(*flag),
            NodeValue::Integer(number) => Value::from(*number),
            NodeValue::Float(number) => Value::from(*number),
            NodeValue::String(text) => Value::String(text.clone()),
            NodeValue::Array(items) => Value::Array(
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(item_idx, item)| self.config_value(item, &path.join(item_idx)))
                    .collect(),
            ),
            NodeValue::Table(_) => Value::Object(self.config(node, path)),
        })
    }

    fn array_of_tables<T>(
        &mut self,
        top: &TableView<'_>,
        key: &str,
        decode_one: fn(&mut Self, &Node, &KeyPath) -> Option<T>,
    ) -> Vec<(KeyPath, T)> {
        let Some(node) = top.get(key) else { return Vec::new() };
        let path = top.path_of(key);
        let Some(items) = self.reader.array(node, &path) else { return Vec::new() };
        items
            .iter()
            .enumerate()
            .filter_map(|(item_idx, item)| {
                let item_path = path.join(item_idx);
                decode_one(self, item, &item_path).map(|decoded| (item_path, decoded))
            })
            .collect()
    }

    fn type_name(&mut self, node: &Node, path: &KeyPath) -> Option<TypeName> {
        self.reader.parsed(node, path, TYPE_NAME_EXPECTED, |t| t.parse::<TypeName>())
    }

    fn function(&mut self, node: &Node, path: &KeyPath) -> Option<FunctionDecl> {
        let table = self.reader.table(node, path, FUNCTION_KEYS);
        let name = self.named(&table, "name", SQL_NAME_EXPECTED, is_sql_name);
        let kind = match table.get("kind") {
            Some(_) => self.choice(&table, "kind", FUNCTION_KINDS).map(|k| match k {
                "scalar" => FunctionKind::Scalar,
                "aggregate" => FunctionKind::Aggregate,
                _ => FunctionKind::Table,
            }),
            None => {
                self.reader.missing(&table, "kind", "`scalar`, `aggregate` or `table`");
                None
            }
        };
        let args = match table.get("args") {
            None => Some(Vec::new()),
            Some(node) => {
                let args_path = table.path_of("args");
                let items = self.reader.array(node, &args_path).unwrap_or_default();
                let parsed: Vec<Option<TypeName>> = items
                    .iter()
                    .enumerate()
                    .map(|(arg_idx, item)| self.type_name(item, &args_path.join(arg_idx)))
                    .collect();
                parsed.into_iter().collect::<Option<Vec<_>>>()
            }
        };
        let returns = self.returns(&table, kind);
        let determinism = self.determinism(&table);
        let doc = self.optional_string(&table, "doc");
        let examples = match table.get("examples") {
            None => Vec::new(),
            Some(node) => {
                let examples_path = table.path_of("examples");
                let items = self.reader.array(node, &examples_path).unwrap_or_default();
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(example_idx, item)| {
                        let example = self.reader.table(item, &examples_path.join(example_idx), EXAMPLE_KEYS);
                        let sql = self.required_string(&example, "sql", "a SQL query returning one value");
                        let expect = self.required_string(&example, "expect", "the expected result as text");
                        Some(Example { sql: sql?, expect: expect? })
                    })
                    .collect()
            }
        };
        Some(FunctionDecl { name: name?, kind: kind?, args: args?, returns: returns?, determinism, doc, examples })
    }

    fn returns(&mut self, table: &TableView<'_>, kind: Option<FunctionKind>) -> Option<Returns> {
        let expected_for = |kind: Option<FunctionKind>| match kind {
            Some(FunctionKind::Table) => "a table of column names to types, e.g. `{ value = \"int64\" }`",
            _ => "a type name such as `float64`",
        };
        let node = self.reader.required(table, "returns", expected_for(kind))?;
        let path = table.path_of("returns");
        match (&node.value, kind) {
            (NodeValue::String(_), Some(FunctionKind::Table)) => {
                self.reader.report(
                    Problem::new(path, "a table function returns columns, not a single type")
                        .at(node.position)
                        .expected(expected_for(kind)),
                );
                None
            }
            (NodeValue::String(_), _) => self.type_name(node, &path).map(Returns::Type),
            (NodeValue::Table(entries), Some(FunctionKind::Table)) => {
                if entries.is_empty() {
                    self.reader.report(
                        Problem::new(path.clone(), "a table function must return at least one column")
                            .at(node.position),
                    );
                    return None;
                }
                let columns: Vec<Option<Column>> = entries
                    .iter()
                    .map(|entry| {
                        let column_path = path.join(entry.key.as_str());
                        if !is_sql_name(&entry.key) {
                            self.reader.report(
                                Problem::new(column_path.clone(), format!("invalid column name `{}`", entry.key))
                                    .at(entry.key_position)
                                    .expected(SQL_NAME_EXPECTED),
                            );
                        }
                        let ty = self.type_name(&entry.value, &column_path)?;
                        is_sql_name(&entry.key).then(|| Column { name: entry.key.clone(), ty })
                    })
                    .collect();
                columns.into_iter().collect::<Option<Vec<_>>>().map(Returns::Columns)
            }
            (NodeValue::Table(_), Some(_)) => {
                self.reader.report(
                    Problem::new(path, "only table functions return columns")
                        .at(node.position)
                        .expected(expected_for(kind)),
                );
                None
            }
            (NodeValue::Table(_), None) => None,
            _ => {
                self.reader.report(
                    Problem::new(path, format!("found {}", node.value.kind_name()))
                        .at(node.position)
                        .expected(expected_for(kind)),
                );
                None
            }
        }
    }

    fn hook(&mut self, node: &Node, path: &KeyPath) -> Option<HookDecl> {
        let table = self.reader.table(node, path, HOOK_KEYS);
        let event = match table.get("event") {
            Some(_) => self.choice(&table, "event", HOOK_EVENTS).map(|e| match e {
                "before_query" => HookEvent::BeforeQuery,
                "after_query" => HookEvent::AfterQuery,
                "on_load" => HookEvent::OnLoad,
                _ => HookEvent::OnUnload,
            }),
            None => {
                self.reader.missing(&table, "event", "one of `before_query`, `after_query`, `on_load`, `on_unload`");
                None
            }
        };
        let handler = self.named(&table, "handler", HANDLER_EXPECTED, is_handler_name);
        Some(HookDecl { event: event?, handler: handler? })
    }

    fn trigger(&mut self, node: &Node, path: &KeyPath) -> Option<TriggerDecl> {
        let table = self.reader.table(node, path, TRIGGER_KEYS);
        let table_name = self.named(
            &table,
            "table",
            "a lowercase table name such as `orders`, `sales.orders` or `datafusion.sales.orders`",
            |t| t.split('.').all(is_sql_name) && t.split('.').count() <= 3,
        );
        let event = match table.get("event") {
            Some(_) => self.choice(&table, "event", TRIGGER_EVENTS).map(|_| TriggerEvent::Insert),
            None => {
                self.reader.missing(&table, "event", "`insert`");
                None
            }
        };
        let when = self
            .choice(&table, "when", TRIGGER_TIMINGS)
            .map(|w| if w == "before" { TriggerTiming::Before } else { TriggerTiming::After })
            .unwrap_or_default();
        let handler = self.named(&table, "handler", HANDLER_EXPECTED, is_handler_name);
        Some(TriggerDecl { table: table_name?, event: event?, when, handler: handler? })
    }

    fn job(&mut self, node: &Node, path: &KeyPath) -> Option<JobDecl> {
        let table = self.reader.table(node, path, JOB_KEYS);
        let name = self.named(&table, "name", HANDLER_EXPECTED, is_handler_name);
        let schedule = match (table.get("schedule"), table.get("every")) {
            (Some(node), None) => self
                .reader
                .parsed(node, &table.path_of("schedule"), CRON_EXPECTED, |t| t.parse::<CronSchedule>())
                .map(Schedule::Cron),
            (None, Some(node)) => {
                let every_path = table.path_of("every");
                let every = self.reader.parsed(node, &every_path, DURATION_EXPECTED, |t| t.parse::<HumanDuration>());
                match every {
                    Some(every) if every.get().is_zero() => {
                        self.reader
                            .report(Problem::new(every_path, "`every` must be longer than zero").at(node.position));
                        None
                    }
                    other => other.map(Schedule::Every),
                }
            }
            (Some(_), Some(every)) => {
                self.reader.report(
                    Problem::new(table.path_of("every"), "a job has either `schedule` or `every`, not both")
                        .at(every.position),
                );
                None
            }
            (None, None) => {
                self.reader.missing(&table, "schedule", "`schedule = \"<cron with seconds>\"` or `every = \"30s\"`");
                None
            }
        };
        let handler = self.named(&table, "handler", HANDLER_EXPECTED, is_handler_name);
        Some(JobDecl { name: name?, schedule: schedule?, handler: handler? })
    }

    fn check_unique_names<T>(
        &mut self,
        top: &TableView<'_>,
        items: &[(KeyPath, T)],
        key: &str,
        name_of: fn(&T) -> &str,
    ) {
        let position_of = |path: &KeyPath| -> Option<crate::document::Position> {
            let Some(crate::document::Segment::Index(item_idx)) = path.segments().get(1) else { return None };
            let NodeValue::Array(items) = &top.get(key)?.value else { return None };
            let entries = items.get(*item_idx)?.entries()?;
            entries.iter().find(|e| e.key == "name").and_then(|e| e.value.position)
        };
        for (item_idx, (path, item)) in items.iter().enumerate() {
            let name = name_of(item);
            if let Some((first_path, _)) = items[..item_idx].iter().find(|(_, other)| name_of(other) == name) {
                self.reader.report(
                    Problem::new(path.join("name"), format!("`{name}` is already declared at `{first_path}`"))
                        .at(position_of(path))
                        .expected(format!("names unique within `{key}`")),
                );
            }
        }
    }

    fn check_determinism(
        &mut self,
        top: &TableView<'_>,
        plugin: &PluginInfo,
        capabilities: &CapabilityRequest,
        functions: &[(KeyPath, FunctionDecl)],
    ) {
        let offending: Vec<String> =
            capabilities.all().filter(|c| c.breaks_determinism()).map(ToString::to_string).collect();
        if offending.is_empty() {
            return;
        }
        let listed = offending.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ");
        let plugin_path = top.path_of("plugin").join("determinism");
        if plugin.determinism == Determinism::Deterministic {
            self.reader.report(
                Problem::new(
                    plugin_path,
                    format!("a deterministic plugin may not ask for {listed}: its results could change between calls"),
                )
                .expected("`stable` or `volatile` determinism, or drop those capabilities"),
            );
            return;
        }
        for (path, function) in functions {
            if function.determinism == Some(Determinism::Deterministic) {
                self.reader.report(
                    Problem::new(
                        path.join("determinism"),
                        format!("function `{}` is deterministic but the plugin asks for {listed}", function.name),
                    )
                    .expected("`stable` or `volatile` determinism, or drop those capabilities"),
                );
            }
        }
    }
}
