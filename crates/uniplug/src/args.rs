//! The command line, as clap sees it. `docs/cli.md` mirrors these texts.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// SQL with uni-plugin plugins loaded, and the plugin developer's tools.
#[derive(Debug, Parser)]
#[command(name = "uniplug", version, about, long_about = None, propagate_version = true)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run SQL with plugins loaded: `-c`, `-f`, a REPL on a terminal, or statements from stdin.
    Sql(SqlArgs),
    /// Validate a plugin: manifest, policy, load, then run its manifest's examples.
    Check(CheckArgs),
    /// Show a plugin's manifest, capabilities, functions and signature status.
    Inspect(InspectArgs),
    /// Build a plugin (Rust: a wasm component or a native library; Python: a component) and place it where its manifest says.
    Build(BuildArgs),
    /// Create a new plugin that builds and passes `check` as is.
    New(NewArgs),
    /// Create an ed25519 key pair for signing plugins.
    Keygen(KeygenArgs),
    /// Sign a plugin directory (writes uniplugin.sig).
    Sign(SignArgs),
    /// Verify a plugin directory's signature.
    Verify(VerifyArgs),
    /// Print the JSON Schema of the manifest or the policy file, for editors that complete and validate them.
    Schema(SchemaArgs),
    /// Print a shell completion script (e.g. `uniplug completions bash > ~/.local/share/bash-completion/completions/uniplug`).
    Completions(CompletionsArgs),
    /// Run a Ballista scheduler and executors on this machine that load plugins from a store by digest.
    Cluster(ClusterArgs),
}

/// Output formats of `sql`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned text table.
    Table,
    /// CSV with a header row.
    Csv,
    /// One JSON array of objects.
    Json,
    /// One JSON object per line.
    Ndjson,
}

/// `uniplug sql`.
#[derive(Debug, clap::Args)]
pub struct SqlArgs {
    /// A plugin directory, or a directory of plugin directories (repeatable).
    #[arg(long = "plugins", value_name = "DIR")]
    pub plugins: Vec<PathBuf>,
    /// The policy file (capabilities, limits, signing); default: built-in defaults.
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Register a CSV or Parquet file (or a directory of them) as a table (repeatable).
    #[arg(long = "table", value_name = "NAME=FILE")]
    pub tables: Vec<String>,
    /// Run this SQL (one or more statements separated by `;`) and exit.
    #[arg(short = 'c', long = "command", value_name = "SQL", conflicts_with = "file")]
    pub command: Option<String>,
    /// Run the SQL statements in this file and exit.
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// How results are printed.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Reload a plugin when its directory changes; with -c/-f, run the SQL again after each reload.
    #[arg(long)]
    pub watch: bool,
    /// Do not build plugins whose component or library is missing.
    #[arg(long)]
    pub no_build: bool,
    /// Refuse plugins whose functions have the name of a DataFusion built-in
    /// (default: the plugin's function replaces it while loaded).
    #[arg(long)]
    pub keep_builtins: bool,
    /// Stop at the first failing statement of a script or stdin (default: go on, exit 1 at the end).
    #[arg(long)]
    pub bail: bool,
    /// Print each statement's elapsed time (on stderr; `.timer on|off` in the REPL).
    #[arg(long)]
    pub timer: bool,
    /// Print at most N rows of a result, then "N rows (M shown)" (0: every row; default: 40 in table format on a terminal, every row otherwise).
    #[arg(long = "maxrows", value_name = "N")]
    pub max_rows: Option<usize>,
    /// Run this file of dot-commands and SQL first (default: ~/.uniplugrc when the REPL starts).
    #[arg(long, value_name = "FILE")]
    pub init: Option<PathBuf>,
    /// Run the SQL on the Ballista cluster at this scheduler URL (df://HOST:PORT, see `uniplug cluster`).
    #[arg(long, value_name = "URL")]
    pub cluster: Option<String>,
    /// With --cluster: the plugin store the cluster reads: a directory, file://, s3:// or http(s):// URL (default: the user cache's uni-plugin/store).
    #[arg(long, value_name = "DIR|URL", requires = "cluster")]
    pub store: Option<String>,
}

/// `uniplug cluster`.
#[derive(Debug, clap::Args)]
pub struct ClusterArgs {
    /// How many executors to run (0: only the scheduler).
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub executors: usize,
    /// Task slots per executor (default: the machine's cores divided among the executors).
    #[arg(long, value_name = "N")]
    pub slots: Option<usize>,
    /// The scheduler's port (0: any free port).
    #[arg(long, value_name = "PORT", default_value_t = 50050, conflicts_with = "join")]
    pub port: u16,
    /// Run no scheduler; start the executors for the scheduler at this URL (df://HOST:PORT), on this host or another.
    #[arg(long, value_name = "URL")]
    pub join: Option<String>,
    /// The address the scheduler and executors listen on (0.0.0.0: every interface).
    #[arg(long, value_name = "IP", default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// The host other machines reach this one at (default: the --bind address).
    #[arg(long, value_name = "HOST")]
    pub advertise: Option<String>,
    /// The plugin store every node reads: a directory, file://, s3:// or http(s):// URL (default: the user cache's uni-plugin/store).
    #[arg(long, value_name = "DIR|URL")]
    pub store: Option<String>,
    /// The policy every node loads plugins under (signing, capabilities, limits).
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Where nodes keep their verified copies of plugins (default: the user cache's uni-plugin/nodes).
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
    /// The most each node's cache keeps; unused copies beyond it are removed, least recently used first.
    #[arg(long = "cache-size", value_name = "SIZE", default_value = "2GiB")]
    pub cache_size: uni_plugin::ByteSize,
    /// Cached copies unused for longer are removed (e.g. 720h; 0s: no age bound).
    #[arg(long = "cache-age", value_name = "DURATION", default_value = "720h")]
    pub cache_age: uni_plugin::HumanDuration,
    /// The scheduler takes an executor silent this long for dead and runs its tasks elsewhere (at least 2s).
    #[arg(long = "executor-timeout", value_name = "DURATION", default_value = "60s", conflicts_with = "join")]
    pub executor_timeout: uni_plugin::HumanDuration,
}

/// `uniplug check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The plugin directory.
    pub dir: PathBuf,
    /// The policy file to load it under.
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Fail instead of building a plugin whose component or library is missing.
    #[arg(long)]
    pub no_build: bool,
}

/// `uniplug inspect`.
#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// The plugin directory.
    pub dir: PathBuf,
    /// Trusted public keys to check the signature against (`ed25519:...` or a file).
    #[arg(long = "trusted", value_name = "KEY")]
    pub trusted: Vec<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `uniplug build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The plugin directory (holding uniplugin.toml, and Cargo.toml or app.py).
    pub dir: PathBuf,
    /// Build with the dev profile instead of release.
    #[arg(long)]
    pub debug: bool,
}

/// Plugin kinds `new` can scaffold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// A WebAssembly component built with uni-plugin-sdk (sandboxed).
    Wasm,
    /// A shared library loaded at run time through the C ABI (trusted: no
    /// sandbox).
    Native,
}

/// Languages `new` can scaffold a plugin in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// Rust with uni-plugin-sdk: a wasm component or a native library.
    Rust,
    /// Python with the uni_plugin package: a wasm component built with componentize-py.
    Python,
    /// JavaScript with the uni-plugin module: a wasm component built with componentize-js.
    Js,
}

/// `uniplug new`.
#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The plugin's name: lowercase letters, digits, `-` or `_` (also the directory name).
    pub name: String,
    /// What kind of plugin.
    #[arg(long, value_enum, default_value_t = Kind::Wasm)]
    pub kind: Kind,
    /// The language to write it in.
    #[arg(long, value_enum, default_value_t = Lang::Rust)]
    pub lang: Lang,
    /// The parent directory to create it in.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub path: PathBuf,
    /// The plugin id (default: com.example.NAME).
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// Where the uni-plugin crates live (default: this uniplug's source tree).
    #[arg(long, value_name = "DIR")]
    pub sdk: Option<PathBuf>,
}

/// `uniplug keygen`.
#[derive(Debug, clap::Args)]
pub struct KeygenArgs {
    /// Where to write the secret key; the public key goes to FILE.pub.
    #[arg(long, value_name = "FILE", default_value = "uniplug.key")]
    pub out: PathBuf,
    /// Overwrite existing key files.
    #[arg(long)]
    pub force: bool,
}

/// `uniplug sign`.
#[derive(Debug, clap::Args)]
pub struct SignArgs {
    /// The plugin directory.
    pub dir: PathBuf,
    /// The secret key file (from `uniplug keygen`).
    #[arg(long, value_name = "FILE")]
    pub key: PathBuf,
}

/// Files `uniplug schema` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaFile {
    /// `uniplugin.toml` / `uniplugin.json`.
    Manifest,
    /// The policy file (`--policy`).
    Policy,
}

/// `uniplug schema`.
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// Which file's schema.
    #[arg(value_enum)]
    pub file: SchemaFile,
}

/// `uniplug completions`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `uniplug verify`.
#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// The plugin directory.
    pub dir: PathBuf,
    /// A trusted public key (`ed25519:...` or a .pub file; repeatable). Without
    /// one, only the signature's integrity is checked.
    #[arg(long = "trusted", value_name = "KEY")]
    pub trusted: Vec<String>,
    /// Also trust the policy file's `trusted_keys`.
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
}
