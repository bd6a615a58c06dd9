//! # uniplug: the uni-plugin command line, as a library
//!
//! The `uniplug` binary is this crate's [`Cli`] with no plugin linked:
//! native plugins load from their shared libraries at run time. A database
//! that prefers to link its own native plugins builds its own `uniplug` in a
//! few lines, and gets every command (`sql`, `check`, `inspect`, `build`,
//! `new`, `keygen`, `sign`, `verify`, `cluster`) with them linked:
//!
//! ```no_run
//! # struct MyPlugin(uni_plugin::PluginManifest);
//! # impl uni_plugin::Plugin for MyPlugin {
//! #     fn manifest(&self) -> &uni_plugin::PluginManifest { &self.0 }
//! #     fn register(&self, _: &mut uni_plugin::Registrar) -> Result<(), uni_plugin::PluginError> { Ok(()) }
//! # }
//! # fn my_plugin() -> MyPlugin {
//! #     MyPlugin(uni_plugin::PluginManifest::from_toml_str(
//! #         "[plugin]\nid = \"com.example.my\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"my\"\n",
//! #     ).unwrap())
//! # }
//! fn main() -> std::process::ExitCode {
//!     uniplug::Cli::new().native(my_plugin()).run()
//! }
//! ```
//!
//! Exit codes: 0 success, 1 a query, plugin, check or build failed, 2 the
//! command line (or a file it names) is wrong.
#![deny(missing_docs)]

pub mod args;
mod build;
mod check;
#[cfg(feature = "cluster")]
mod cluster;
mod commands;
mod completion;
mod error;
mod inspect;
mod keys;
mod output;
mod progress;
mod rebuild;
mod repl;
mod scaffold;
mod script_build;
mod session;
mod sql;
pub mod statements;

use std::ffi::OsString;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use uni_plugin::Plugin;
use uni_plugin_host::NativeLoad;

pub use error::CliError;

use crate::args::{Args, Command};
use crate::session::Linked;

/// The `uniplug` command line with a set of linked native plugins.
#[derive(Clone, Default)]
pub struct Cli {
    linked: Linked,
}

impl Cli {
    /// A command line with no native plugins linked.
    pub fn new() -> Cli {
        Cli::default()
    }

    /// Links a native plugin that is always loaded (with its embedded
    /// manifest, or a plugin directory's manifest naming it).
    pub fn native(mut self, plugin: impl Plugin) -> Cli {
        self.linked.0.push((Arc::new(plugin), NativeLoad::Always));
        self
    }

    /// Links a native plugin that loads only when a `--plugins` directory
    /// names it (a `kind = "native"` manifest with its id and no library
    /// file beside it).
    pub fn native_on_request(mut self, plugin: impl Plugin) -> Cli {
        self.linked.0.push((Arc::new(plugin), NativeLoad::OnRequest));
        self
    }

    /// Runs the command line of this process and returns its exit code.
    pub fn run(self) -> ExitCode {
        ExitCode::from(self.run_from(std::env::args_os()))
    }

    /// Runs `args` (the first is the program name) and returns the exit
    /// code: 0 ok, 1 failure, 2 usage. Errors are printed to stderr as one
    /// message each.
    pub fn run_from<I, T>(self, args: I) -> u8
    where
        I: IntoIterator<Item = T>,
        T: Into<OsString> + Clone,
    {
        let args = match Args::try_parse_from(args) {
            Ok(args) => args,
            Err(error) => {
                let code = if error.use_stderr() { 2 } else { 0 };
                let _ = error.print();
                return code;
            }
        };
        init_tracing();
        match self.execute(args.command) {
            Ok(()) => 0,
            Err(CliError::Reported(what)) => {
                if !what.is_empty() {
                    eprintln!("error: {what} failed");
                }
                1
            }
            Err(error) => {
                eprintln!("error: {error}");
                error.exit_code()
            }
        }
    }

    fn execute(&self, command: Command) -> Result<(), CliError> {
        match command {
            Command::Sql(args) => sql::run(&self.linked, args),
            Command::Check(args) => check::run(&self.linked, args),
            Command::Inspect(args) => inspect::run(args),
            Command::Build(args) => {
                let entry = build::build_plugin(&args.dir, !args.debug)?;
                println!("built {}", entry.display());
                Ok(())
            }
            Command::New(args) => scaffold::run(args),
            Command::Keygen(args) => keys::keygen(args),
            Command::Sign(args) => keys::sign(args),
            Command::Verify(args) => keys::verify(args),
            Command::Schema(args) => {
                let schema = match args.file {
                    args::SchemaFile::Manifest => uni_plugin::manifest::json_schema(),
                    args::SchemaFile::Policy => uni_plugin_host::policy::json_schema(),
                };
                println!("{}", serde_json::to_string_pretty(&schema).unwrap_or_default());
                Ok(())
            }
            Command::Completions(args) => {
                let mut command = <Args as clap::CommandFactory>::command();
                clap_complete::generate(args.shell, &mut command, "uniplug", &mut std::io::stdout());
                Ok(())
            }
            #[cfg(feature = "cluster")]
            Command::Cluster(args) => cluster::run(&self.linked, args),
            #[cfg(not(feature = "cluster"))]
            Command::Cluster(_) => Err(without_cluster()),
        }
    }
}

/// What `uniplug cluster` and `sql --cluster` say in a build without them.
#[cfg(not(feature = "cluster"))]
pub(crate) fn without_cluster() -> CliError {
    CliError::usage(
        "this uniplug was built without cluster support; build it with `--features cluster` \
         (cargo install --path crates/uniplug --locked --features cluster)",
    )
}

/// Logs to stderr: warnings by default, `RUST_LOG` for more. The host's
/// per-plugin "unsigned" warnings are summed up in one line by the CLI
/// itself (see `session::open`).
fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,uni_plugin_host::unsigned=off"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}
