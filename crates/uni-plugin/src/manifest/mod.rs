//! The plugin manifest: `uniplugin.toml` or `uniplugin.json` (`docs/manifest.md`).
//!
//! A manifest says who a plugin is, what host ABI it was built for, what it
//! depends on, which capabilities it asks for, and every function, hook, trigger
//! and job it provides. Hosts read it *before* running any plugin code, so a
//! plugin can never register something its manifest did not declare.
//!
//! ```
//! use uni_plugin::manifest::{FunctionKind, PluginManifest};
//!
//! let manifest = PluginManifest::from_toml_str(r#"
//!     [plugin]
//!     id = "com.example.geo"
//!     version = "1.2.0"
//!     abi = "^0.1"
//!     kind = "native"
//!     entry = "geo"
//!
//!     [[functions]]
//!     name = "haversine"
//!     kind = "scalar"
//!     args = ["float64", "float64", "float64", "float64"]
//!     returns = "float64"
//! "#).unwrap();
//! assert_eq!(manifest.plugin.id.as_str(), "com.example.geo");
//! assert_eq!(manifest.functions[0].kind, FunctionKind::Scalar);
//!
//! // Every problem is reported, each with its key path and position.
//! let error = PluginManifest::from_toml_str("[plugin]\nid = \"Geo\"\nkind = \"wsam\"\n").unwrap_err();
//! let text = error.to_string();
//! assert!(text.contains("2:6: `plugin.id`"));
//! assert!(text.contains("did you mean `wasm`?"));
//! assert!(text.contains("missing required key `plugin.version`") || text.contains("`plugin.version`"));
//! ```

mod decode;
mod error;
mod schema;
mod serialize;

pub use schema::json_schema;

use std::path::Path;

use semver::{Version, VersionReq};

use crate::capability::Capability;
use crate::cron::CronSchedule;
use crate::document::Node;
use crate::id::PluginId;
use crate::types::TypeName;
use crate::units::{ByteSize, HumanDuration};

pub use error::ManifestError;

/// Free-form `[config]` table handed to the plugin's `init()`.
pub type ConfigMap = serde_json::Map<String, serde_json::Value>;

/// A parsed and checked plugin manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct PluginManifest {
    /// `[plugin]`: identity, version, ABI and kind.
    pub plugin: PluginInfo,
    /// `[dependencies]`: other plugins this one needs, sorted by id (their
    /// order in the file carries no meaning).
    pub dependencies: Vec<Dependency>,
    /// `[capabilities]`: what the plugin asks to be allowed.
    pub capabilities: CapabilityRequest,
    /// `[limits]`: resource requests, capped by the host's policy.
    pub limits: LimitsRequest,
    /// `[config]`: free-form settings passed to `init()`.
    pub config: ConfigMap,
    /// `[[functions]]`: SQL functions.
    pub functions: Vec<FunctionDecl>,
    /// `[[hooks]]`: reactions to host events.
    pub hooks: Vec<HookDecl>,
    /// `[[triggers]]`: reactions to writes to a table.
    pub triggers: Vec<TriggerDecl>,
    /// `[[jobs]]`: scheduled background work.
    pub jobs: Vec<JobDecl>,
}

/// The `[plugin]` section.
#[derive(Debug, Clone, PartialEq)]
pub struct PluginInfo {
    /// Reverse-DNS identity.
    pub id: PluginId,
    /// Human-readable name (optional; defaults to the id in displays).
    pub name: Option<String>,
    /// The plugin's own semver version.
    pub version: Version,
    /// The range of host ABI versions the plugin was built for; it must
    /// include [`crate::ABI_VERSION`].
    pub abi: VersionReq,
    /// Native (linked Rust) or wasm (sandboxed component).
    pub kind: PluginKind,
    /// wasm: the component file, relative to the manifest; native: the name
    /// the plugin is linked under.
    pub entry: String,
    /// Default determinism of the plugin's functions.
    pub determinism: Determinism,
    /// One-paragraph description.
    pub description: Option<String>,
    /// SPDX license expression.
    pub license: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Home page URL.
    pub homepage: Option<String>,
    /// Source repository URL.
    pub repository: Option<String>,
}

/// How a plugin's code is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PluginKind {
    /// A WebAssembly component, sandboxed.
    Wasm,
    /// A Rust crate linked into the host binary, trusted.
    Native,
}

impl PluginKind {
    /// The manifest spelling: `wasm` or `native`.
    pub fn name(self) -> &'static str {
        match self {
            PluginKind::Wasm => "wasm",
            PluginKind::Native => "native",
        }
    }
}

impl std::fmt::Display for PluginKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Whether a function's result depends only on its arguments.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Determinism {
    /// Same arguments, same result, always (may be constant-folded).
    Deterministic,
    /// Same result within one query.
    Stable,
    /// May differ on every call.
    #[default]
    Volatile,
}

impl Determinism {
    /// The manifest spelling: `deterministic`, `stable` or `volatile`.
    pub fn name(self) -> &'static str {
        match self {
            Determinism::Deterministic => "deterministic",
            Determinism::Stable => "stable",
            Determinism::Volatile => "volatile",
        }
    }
}

impl std::fmt::Display for Determinism {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One entry of `[dependencies]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dependency {
    /// The plugin depended on.
    pub id: PluginId,
    /// The versions accepted.
    pub version: VersionReq,
    /// Functions of that plugin this one uses; a reload of the dependency that
    /// drops one of them is refused.
    pub uses: Vec<String>,
}

/// `[capabilities]`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CapabilityRequest {
    /// Refused to load unless all are granted.
    pub required: Vec<Capability>,
    /// Loads without them; the host then answers "not granted".
    pub optional: Vec<Capability>,
}

impl CapabilityRequest {
    /// Required then optional capabilities.
    pub fn all(&self) -> impl Iterator<Item = &Capability> {
        self.required.iter().chain(&self.optional)
    }
}

/// `[limits]`: what the plugin asks for; the host's policy caps it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LimitsRequest {
    /// Memory (wasm linear memory and tables).
    pub memory: Option<ByteSize>,
    /// Wall time per call.
    pub timeout: Option<HumanDuration>,
}

/// What a function is, as SQL sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FunctionKind {
    /// One value per row.
    Scalar,
    /// One value per group.
    Aggregate,
    /// A relation, used in `FROM`.
    Table,
}

impl FunctionKind {
    /// The manifest spelling: `scalar`, `aggregate` or `table`.
    pub fn name(self) -> &'static str {
        match self {
            FunctionKind::Scalar => "scalar",
            FunctionKind::Aggregate => "aggregate",
            FunctionKind::Table => "table",
        }
    }
}

impl std::fmt::Display for FunctionKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One `[[functions]]` entry.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDecl {
    /// SQL name, lowercase identifier, unique across loaded plugins.
    pub name: String,
    /// Scalar, aggregate or table.
    pub kind: FunctionKind,
    /// Argument types, in order.
    pub args: Vec<TypeName>,
    /// Result type (scalar, aggregate) or columns (table).
    pub returns: Returns,
    /// Overrides the plugin's determinism for this function.
    pub determinism: Option<Determinism>,
    /// One-line documentation shown by `uniplug inspect` and system tables.
    pub doc: Option<String>,
    /// Runnable examples, checked by `uniplug check`.
    pub examples: Vec<Example>,
}

impl FunctionDecl {
    /// The determinism in force: the function's own, else the plugin's.
    pub fn effective_determinism(&self, plugin: &PluginInfo) -> Determinism {
        self.determinism.unwrap_or(plugin.determinism)
    }

    /// `name(float64, float64) -> float64`, as shown to users.
    pub fn signature_text(&self) -> String {
        let args: Vec<String> = self.args.iter().map(ToString::to_string).collect();
        format!("{}({}) -> {}", self.name, args.join(", "), self.returns)
    }
}

/// What a function returns.
#[derive(Debug, Clone, PartialEq)]
pub enum Returns {
    /// A single type (scalar and aggregate functions).
    Type(TypeName),
    /// Named columns, in order (table functions).
    Columns(Vec<Column>),
}

/// One output column of a table function.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Column name.
    pub name: String,
    /// Column type.
    pub ty: TypeName,
}

impl std::fmt::Display for Returns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Returns::Type(ty) => ty.fmt(f),
            Returns::Columns(columns) => {
                let columns: Vec<String> = columns.iter().map(|c| format!("{} {}", c.name, c.ty)).collect();
                write!(f, "table({})", columns.join(", "))
            }
        }
    }
}

/// A runnable example of a function: SQL and the expected text of its single
/// result value.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Example {
    /// A query returning one value.
    pub sql: String,
    /// The expected value, as text.
    pub expect: String,
}

/// Events a hook can react to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HookEvent {
    /// Before a SQL statement runs.
    BeforeQuery,
    /// After a SQL statement ran (successfully or not).
    AfterQuery,
    /// When the plugin becomes active.
    OnLoad,
    /// When the plugin is about to be unloaded.
    OnUnload,
}

/// One `[[hooks]]` entry.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HookDecl {
    /// The event.
    pub event: HookEvent,
    /// The handler the plugin registers under this name.
    pub handler: String,
}

/// The write a trigger reacts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TriggerEvent {
    /// `INSERT INTO table`.
    Insert,
}

/// When a trigger runs relative to the write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TriggerTiming {
    /// Before the rows are written; the trigger may reject them.
    Before,
    /// After the rows were written (the default).
    #[default]
    After,
}

/// One `[[triggers]]` entry.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TriggerDecl {
    /// The table name (`orders` or `schema.orders`).
    pub table: String,
    /// The write.
    pub event: TriggerEvent,
    /// Before or after the write.
    pub when: TriggerTiming,
    /// The handler the plugin registers under this name.
    pub handler: String,
}

/// When a job runs.
#[derive(Debug, Clone, PartialEq)]
pub enum Schedule {
    /// `schedule = "<cron with seconds>"`.
    Cron(CronSchedule),
    /// `every = "30s"`.
    Every(HumanDuration),
}

/// One `[[jobs]]` entry.
#[derive(Debug, Clone, PartialEq)]
pub struct JobDecl {
    /// Unique job name.
    pub name: String,
    /// When it runs.
    pub schedule: Schedule,
    /// The handler the plugin registers under this name.
    pub handler: String,
}

impl PluginManifest {
    /// Parses and checks a TOML manifest.
    pub fn from_toml_str(text: &str) -> Result<PluginManifest, ManifestError> {
        Self::from_node(Node::parse_toml(text), None)
    }

    /// Parses and checks a JSON manifest (same schema as TOML).
    pub fn from_json_str(text: &str) -> Result<PluginManifest, ManifestError> {
        Self::from_node(Node::parse_json(text), None)
    }

    /// Reads a manifest file, choosing the format by extension (`.toml` or
    /// `.json`); errors name the file.
    pub fn from_path(path: &Path) -> Result<PluginManifest, ManifestError> {
        Self::read(path).map(|(manifest, _)| manifest)
    }

    /// Like [`PluginManifest::from_path`], also returning the exact bytes
    /// that were parsed, for callers that hash or sign what they loaded
    /// without reading the file a second time.
    pub fn read(path: &Path) -> Result<(PluginManifest, Vec<u8>), ManifestError> {
        let bytes = std::fs::read(path).map_err(|source| ManifestError::Io { path: path.to_path_buf(), source })?;
        let manifest = Self::parse_bytes(path, &bytes)?;
        Ok((manifest, bytes))
    }

    /// Parses the bytes of the manifest file at `path` (read by the caller,
    /// e.g. once, to verify and load the same bytes), choosing the format by
    /// the path's extension; errors name the file.
    pub fn parse_bytes(path: &Path, bytes: &[u8]) -> Result<PluginManifest, ManifestError> {
        let is_json = match path.extension().and_then(|ext| ext.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("toml") => false,
            Some(ext) if ext.eq_ignore_ascii_case("json") => true,
            _ => return Err(ManifestError::UnknownFormat { path: path.to_path_buf() }),
        };
        let text = std::str::from_utf8(bytes).map_err(|error| ManifestError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidData, error),
        })?;
        let node = if is_json { Node::parse_json(text) } else { Node::parse_toml(text) };
        Self::from_node(node, Some(path.display().to_string()))
    }

    fn from_node(
        node: Result<Node, crate::document::Problem>,
        file: Option<String>,
    ) -> Result<PluginManifest, ManifestError> {
        let node = node.map_err(|problem| ManifestError::invalid(file.clone(), vec![problem]))?;
        decode::decode(&node).map_err(|problems| ManifestError::invalid(file, problems))
    }

    /// The manifest as TOML; [`PluginManifest::from_toml_str`] reads it back
    /// to an equal manifest.
    pub fn to_toml_string(&self) -> Result<String, ManifestError> {
        toml::to_string(self).map_err(|error| ManifestError::Serialize { message: error.to_string() })
    }

    /// The manifest as pretty JSON; [`PluginManifest::from_json_str`] reads it
    /// back to an equal manifest.
    pub fn to_json_string(&self) -> Result<String, ManifestError> {
        serde_json::to_string_pretty(self).map_err(|error| ManifestError::Serialize { message: error.to_string() })
    }

    /// The declared function called `name`.
    pub fn function(&self, name: &str) -> Option<&FunctionDecl> {
        self.functions.iter().find(|function| function.name == name)
    }

    /// The display name: `name` if given, else the id.
    pub fn display_name(&self) -> &str {
        self.plugin.name.as_deref().unwrap_or(self.plugin.id.as_str())
    }
}
