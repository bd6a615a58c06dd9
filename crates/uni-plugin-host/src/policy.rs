//! The operator's policy file, `uniplug.policy.toml` (`docs/policy.md`).
//!
//! The operator, never the plugin, decides what a plugin may do: a plugin
//! gets the capabilities it asks for *and* the policy grants, and resource
//! limits of at most what the policy allows.
//!
//! ```toml
//! require_signed = true
//! trusted_keys = ["keys/acme.pub"]
//! max_plugin_size = "256MiB"  # larger plugin files are refused unread
//!
//! [defaults]
//! grant = ["log"]
//! memory = "128MiB"        # cap: effective = min(plugin request, cap)
//! timeout = "2s"
//!
//! [plugins."ai.uniplug.geo"]
//! grant = ["clock"]        # added to the defaults' grants
//! memory = "32MiB"
//!
//! [plugins."com.evil.miner"]
//! deny = true
//!
//! [secrets]                # values a `secret:NAME` grant can read
//! api-key = { env = "ACME_KEY" }
//! ```

pub use crate::policy_schema::json_schema;
use std::collections::BTreeMap;
use std::fmt;

use std::path::Path;
use std::time::Duration;

use uni_plugin::capability::{CAPABILITY_EXPECTED, Observed};
use uni_plugin::document::{KeyPath, Node, NodeValue, Problem, Reader, TableView};
use uni_plugin::manifest::PluginManifest;
use uni_plugin::{
    BYTE_SIZE_EXPECTED, ByteSize, Capability, CapabilitySet, DURATION_EXPECTED, Grants, HumanDuration, PluginId,
};

use crate::secrets::SecretStore;

pub(crate) const TOP_KEYS: &[&str] =
    &["require_signed", "trusted_keys", "max_plugin_size", "defaults", "plugins", "secrets"];
pub(crate) const DEFAULT_KEYS: &[&str] = &["grant", "memory", "timeout", "failure_threshold", "cooldown"];
pub(crate) const PLUGIN_KEYS: &[&str] = &["grant", "memory", "timeout", "failure_threshold", "cooldown", "deny"];

/// Largest plugin file (manifest or component) read when the policy names
/// no `max_plugin_size`.
pub const DEFAULT_MAX_PLUGIN_SIZE: ByteSize = ByteSize::from_bytes(256 << 20);
/// Memory cap when the policy names none.
pub const DEFAULT_MEMORY: ByteSize = ByteSize::from_bytes(256 << 20);
/// Per-call time cap when the policy names none.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);
/// Consecutive failures that open a function's circuit breaker.
pub const DEFAULT_FAILURE_THRESHOLD: u32 = 5;
/// How long an open breaker fails fast before one probe call.
pub const DEFAULT_COOLDOWN: Duration = Duration::from_secs(30);

/// What the policy says about one plugin (defaults merged with its section).
#[derive(Debug, Clone, PartialEq)]
pub struct PluginPolicy {
    /// Capabilities the operator allows.
    pub grant: CapabilitySet,
    /// Memory cap.
    pub memory: ByteSize,
    /// Per-call time cap.
    pub timeout: Duration,
    /// Consecutive failures before the breaker opens.
    pub failure_threshold: u32,
    /// Breaker cool-down.
    pub cooldown: Duration,
    /// Refuse the plugin outright.
    pub deny: bool,
}

impl Default for PluginPolicy {
    fn default() -> Self {
        PluginPolicy {
            grant: std::iter::once(Capability::Log).collect(),
            memory: DEFAULT_MEMORY,
            timeout: DEFAULT_TIMEOUT,
            failure_threshold: DEFAULT_FAILURE_THRESHOLD,
            cooldown: DEFAULT_COOLDOWN,
            deny: false,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
struct PolicySection {
    grant: Option<Vec<Capability>>,
    memory: Option<ByteSize>,
    timeout: Option<Duration>,
    failure_threshold: Option<u32>,
    cooldown: Option<Duration>,
    deny: bool,
}

/// A parsed operator policy. `Policy::default()` is what applies with no
/// policy file: grant `log`, 256 MiB, 5 s per call, unsigned plugins allowed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Policy {
    /// Refuse plugins without a valid signature by a trusted key.
    pub require_signed: bool,
    /// Trusted ed25519 public keys: file paths or inline `ed25519:<base64>`.
    pub trusted_keys: Vec<String>,
    /// The largest plugin file read (`None`: [`DEFAULT_MAX_PLUGIN_SIZE`]).
    pub max_plugin_size: Option<ByteSize>,
    defaults: PolicySection,
    plugins: BTreeMap<PluginId, PolicySection>,
    /// `[secrets]`: where each secret's value lives.
    secrets: SecretStore,
    /// Where relative `trusted_keys` paths are resolved: the policy file's
    /// directory, or the working directory.
    base_dir: Option<std::path::PathBuf>,
}

/// The policy file could not be read or is invalid; every problem is listed
/// with its key path, line and column.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PolicyError {
    /// The file could not be read.
    #[error("cannot read policy `{}`: {source}", path.display())]
    Io {
        /// The policy path.
        path: std::path::PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The text is not a valid policy.
    #[error("invalid policy{} ({} problem{}):{}", file.as_ref().map(|f| format!(" `{f}`")).unwrap_or_default(), problems.len(), if problems.len() == 1 { "" } else { "s" }, problems.iter().map(|p| format!("\n  {}{p}", file.as_ref().map(|f| format!("{f}:{}", if p.position.is_some() { "" } else { " " })).unwrap_or_default())).collect::<String>())]
    Invalid {
        /// The file, when read from one.
        file: Option<String>,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

/// Resource limits in force for one plugin: the manifest's request, capped
/// by the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EffectiveLimits {
    /// Memory.
    pub memory: ByteSize,
    /// Time per call.
    pub timeout: Duration,
}

/// Why the policy refuses a plugin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// `deny = true`.
    Denied,
    /// Required capabilities the policy does not grant.
    MissingCapabilities(Vec<Capability>),
    /// The plugin declares triggers (named `handler on table`) but does not
    /// hold `observe:inserts`, without which they cannot see the rows.
    TriggersNotObservable(Vec<String>),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Denied => f.write_str("the policy denies this plugin (`deny = true`)"),
            Refusal::MissingCapabilities(missing) => {
                let listed: Vec<String> = missing.iter().map(|c| format!("`{c}`")).collect();
                write!(f, "required capabilities not granted: {}", listed.join(", "))
            }
            Refusal::TriggersNotObservable(triggers) => {
                let listed: Vec<String> = triggers.iter().map(|t| format!("`{t}`")).collect();
                write!(
                    f,
                    "its triggers ({}) see every inserted row, so it needs the `observe:inserts` capability, which it does not hold",
                    listed.join(", ")
                )
            }
        }
    }
}

impl Policy {
    /// Parses a policy from TOML text.
    pub fn from_toml_str(text: &str) -> Result<Policy, PolicyError> {
        Self::from_node(Node::parse_toml(text), None)
    }

    /// Reads a policy file (TOML).
    pub fn from_path(path: &Path) -> Result<Policy, PolicyError> {
        let text =
            std::fs::read_to_string(path).map_err(|source| PolicyError::Io { path: path.to_path_buf(), source })?;
        let mut policy = Self::from_node(Node::parse_toml(&text), Some(path.display().to_string()))?;
        policy.base_dir = path.parent().map(Path::to_path_buf);
        policy.secrets.set_base_dir(policy.base_dir.clone());
        Ok(policy)
    }

    /// The operator's secret store (`[secrets]`).
    pub fn secrets(&self) -> &SecretStore {
        &self.secrets
    }

    /// The largest plugin file the host reads: a larger manifest or
    /// component is refused before it is read.
    pub fn max_plugin_size(&self) -> ByteSize {
        self.max_plugin_size.unwrap_or(DEFAULT_MAX_PLUGIN_SIZE)
    }

    /// Loads every `trusted_keys` entry (inline keys, or key files relative to
    /// the policy file).
    pub fn trusted_public_keys(&self) -> Result<Vec<crate::signing::PublicKey>, crate::signing::SignatureError> {
        let base = self.base_dir.clone().unwrap_or_else(|| std::path::PathBuf::from("."));
        self.trusted_keys.iter().map(|spec| crate::signing::PublicKey::load(spec, &base)).collect()
    }

    fn from_node(node: Result<Node, Problem>, file: Option<String>) -> Result<Policy, PolicyError> {
        let node = node.map_err(|problem| PolicyError::Invalid { file: file.clone(), problems: vec![problem] })?;
        let mut reader = Reader::new();
        let policy = decode(&node, &mut reader);
        let mut problems = reader.into_problems();
        if problems.is_empty() {
            return Ok(policy);
        }
        problems.sort_by_key(|p| p.position.map(|p| (p.line, p.column)).unwrap_or((usize::MAX, 0)));
        Err(PolicyError::Invalid { file, problems })
    }

    /// The policy for `plugin`: defaults, then its own section on top (its
    /// `grant` adds to the defaults' grants).
    pub fn for_plugin(&self, plugin: &PluginId) -> PluginPolicy {
        let mut merged = PluginPolicy::default();
        for section in std::iter::once(&self.defaults).chain(self.plugins.get(plugin)) {
            if let Some(grant) = &section.grant {
                if std::ptr::eq(section, &self.defaults) {
                    merged.grant = grant.iter().cloned().collect();
                } else {
                    grant.iter().cloned().for_each(|c| merged.grant.insert(c));
                }
            }
            merged.memory = section.memory.unwrap_or(merged.memory);
            merged.timeout = section.timeout.unwrap_or(merged.timeout);
            merged.failure_threshold = section.failure_threshold.unwrap_or(merged.failure_threshold);
            merged.cooldown = section.cooldown.unwrap_or(merged.cooldown);
            merged.deny |= section.deny;
        }
        merged
    }

    /// Applies the policy to a manifest: the grants and limits the plugin
    /// gets, or why it is refused.
    pub fn admit(&self, manifest: &PluginManifest) -> Result<(Grants, EffectiveLimits), Refusal> {
        let policy = self.for_plugin(&manifest.plugin.id);
        if policy.deny {
            return Err(Refusal::Denied);
        }
        let requested: Vec<Capability> = manifest.capabilities.all().cloned().collect();
        let (grants, refused) = Grants::effective(&policy.grant, &requested);
        let missing: Vec<Capability> =
            refused.into_iter().filter(|c| manifest.capabilities.required.contains(c)).collect();
        if !missing.is_empty() {
            return Err(Refusal::MissingCapabilities(missing));
        }
        if !manifest.triggers.is_empty() && !grants.covers(&Capability::Observe(Observed::Inserts)) {
            let triggers = manifest.triggers.iter().map(|t| format!("{} on {}", t.handler, t.table)).collect();
            return Err(Refusal::TriggersNotObservable(triggers));
        }
        let limits = EffectiveLimits {
            memory: manifest.limits.memory.map_or(policy.memory, |asked| asked.min(policy.memory)),
            timeout: manifest.limits.timeout.map_or(policy.timeout, |asked| asked.get().min(policy.timeout)),
        };
        Ok((grants, limits))
    }
}

fn decode(root: &Node, reader: &mut Reader) -> Policy {
    let top = reader.table(root, &KeyPath::root(), TOP_KEYS);
    let require_signed = top.get("require_signed").and_then(|n| reader.boolean(n, &top.path_of("require_signed")));
    let trusted_keys: Vec<String> = top
        .get("trusted_keys")
        .map(|node| {
            reader
                .string_list(node, &top.path_of("trusted_keys"))
                .into_iter()
                .filter_map(|(path, item, text)| {
                    if text.trim().is_empty() {
                        reader.report(
                            Problem::new(path, "empty key")
                                .at(item.position)
                                .expected("a key file path or `ed25519:<base64>`"),
                        );
                        None
                    } else {
                        Some(text.to_owned())
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let defaults = top
        .get("defaults")
        .map(|node| section(node, &top.path_of("defaults"), DEFAULT_KEYS, reader))
        .unwrap_or_default();
    let mut plugins = BTreeMap::new();
    if let Some(node) = top.get("plugins") {
        let path = top.path_of("plugins");
        match &node.value {
            NodeValue::Table(entries) => {
                for entry in entries {
                    let entry_path = path.join(entry.key.as_str());
                    match PluginId::parse(&entry.key) {
                        Ok(id) => {
                            plugins.insert(id, section(&entry.value, &entry_path, PLUGIN_KEYS, reader));
                        }
                        Err(error) => reader.report(
                            Problem::new(entry_path, format!("invalid plugin id `{}`: {}", entry.key, error.reason))
                                .at(entry.key_position)
                                .expected("a reverse-DNS plugin id such as `[plugins.\"com.example.geo\"]`"),
                        ),
                    }
                }
            }
            _ => reader.report(
                Problem::new(path, format!("found {}", node.value.kind_name()))
                    .at(node.position)
                    .expected("a table of plugin ids, e.g. `[plugins.\"com.example.geo\"]`"),
            ),
        }
    }
    if require_signed == Some(true) && trusted_keys.is_empty() {
        reader.report(
            Problem::new(
                top.path_of("trusted_keys"),
                "`require_signed = true` with no trusted keys would refuse every plugin",
            )
            .expected("at least one key in `trusted_keys`"),
        );
    }
    let secrets = top
        .get("secrets")
        .map(|node| crate::secrets::decode(node, &top.path_of("secrets"), reader))
        .unwrap_or_default();
    let max_plugin_size = top.get("max_plugin_size").and_then(|node| {
        let path = top.path_of("max_plugin_size");
        let size = reader.parsed(node, &path, BYTE_SIZE_EXPECTED, |t| t.parse::<ByteSize>())?;
        positive(size.bytes() > 0, size, node, &path, reader)
    });
    Policy {
        require_signed: require_signed.unwrap_or(false),
        trusted_keys,
        max_plugin_size,
        defaults,
        plugins,
        secrets,
        base_dir: None,
    }
}

fn section(node: &Node, path: &KeyPath, known: &[&str], reader: &mut Reader) -> PolicySection {
    let table = reader.table(node, path, known);
    let grant = table.get("grant").map(|node| capability_list(&table, node, reader));
    let memory = table.get("memory").and_then(|node| {
        let size = reader.parsed(node, &table.path_of("memory"), BYTE_SIZE_EXPECTED, |t| t.parse::<ByteSize>())?;
        positive(size.bytes() > 0, size, node, &table.path_of("memory"), reader)
    });
    let timeout = duration(&table, "timeout", reader);
    let cooldown = duration(&table, "cooldown", reader);
    let failure_threshold = table.get("failure_threshold").and_then(|node| match node.value {
        NodeValue::Integer(n) if n >= 1 && n <= i64::from(u32::MAX) => Some(n as u32),
        _ => {
            reader.report(
                Problem::new(
                    table.path_of("failure_threshold"),
                    format!("invalid threshold ({})", node.value.kind_name()),
                )
                .at(node.position)
                .expected("a whole number of consecutive failures, at least 1"),
            );
            None
        }
    });
    let deny = table.get("deny").and_then(|node| reader.boolean(node, &table.path_of("deny"))).unwrap_or(false);
    PolicySection { grant, memory, timeout, failure_threshold, cooldown, deny }
}

fn duration(table: &TableView<'_>, key: &str, reader: &mut Reader) -> Option<Duration> {
    let node = table.get(key)?;
    let path = table.path_of(key);
    let value = reader.parsed(node, &path, DURATION_EXPECTED, |t| t.parse::<HumanDuration>())?;
    positive(!value.get().is_zero(), value.get(), node, &path, reader)
}

fn positive<T>(ok: bool, value: T, node: &Node, path: &KeyPath, reader: &mut Reader) -> Option<T> {
    if ok {
        return Some(value);
    }
    reader.report(
        Problem::new(path.clone(), "a cap of zero would refuse every call")
            .at(node.position)
            .expected("a value above zero"),
    );
    None
}

fn capability_list(table: &TableView<'_>, node: &Node, reader: &mut Reader) -> Vec<Capability> {
    let mut capabilities = Vec::new();
    for (path, item, text) in reader.string_list(node, &table.path_of("grant")) {
        match text.parse::<Capability>() {
            Ok(capability) => capabilities.push(capability),
            Err(error) => reader.report(
                Problem::new(path, format!("invalid capability `{text}`: {}", error.reason))
                    .at(item.position)
                    .expected(CAPABILITY_EXPECTED)
                    .suggest(error.suggestion),
            ),
        }
    }
    capabilities
}

/// The policy key an operator edits to grant `capability` to `plugin`, for
/// refusal messages.
pub fn grant_key_for(plugin: &PluginId) -> String {
    format!("[plugins.\"{plugin}\"] grant")
}
