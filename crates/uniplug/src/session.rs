//! Opening a plugin session the way every command does: build what is
//! missing, load under the policy, report what happened.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use datafusion::prelude::{CsvReadOptions, ParquetReadOptions};
use uni_plugin::Plugin;
use uni_plugin_datafusion::PluginSession;
use uni_plugin_host::{LoadReport, NativeLoad, PluginHost, PluginHostBuilder};

use crate::build;
use crate::error::{CliError, CliResult};
use crate::progress::Progress;

/// The native plugins a [`crate::Cli`] links.
#[derive(Clone, Default)]
pub struct Linked(pub(crate) Vec<(Arc<dyn Plugin>, NativeLoad)>);

/// How to open a session.
pub struct Open<'a> {
    /// Plugin directories (or directories of them).
    pub dirs: &'a [PathBuf],
    /// The policy file.
    pub policy: Option<&'a Path>,
    /// Build plugins whose component or library is missing.
    pub build: bool,
    /// Refuse plugin functions that take a built-in's name.
    pub keep_builtins: bool,
}

/// Opens a session; every plugin that fails to load is an error (the
/// operator asked for it), every skipped directory a warning.
pub fn open(linked: &Linked, options: Open<'_>) -> CliResult<(PluginSession, LoadReport)> {
    let builder = builder(linked, &options)?;
    let progress = Progress::start("loading plugins (wasm components compile once, then load from cache)");
    let opened = if options.keep_builtins {
        PluginSession::load(builder)
    } else {
        PluginSession::load_replacing_builtins(builder)
    };
    progress.finish();
    let (session, report) = opened.map_err(CliError::failed)?;
    check_report(&report)?;
    warn_unsigned(session.host());
    Ok((session, report))
}

/// One line naming the plugins from directories that loaded unsigned (the
/// host logs each under the target `uni_plugin_host::unsigned`, which the
/// CLI leaves to this line).
fn warn_unsigned(host: &uni_plugin_host::PluginHost) {
    let mut unsigned: Vec<String> = host
        .plugin_dirs()
        .into_iter()
        .filter(|(id, _)| host.signed_by(id).is_none())
        .map(|(id, _)| id.to_string())
        .collect();
    if unsigned.is_empty() {
        return;
    }
    unsigned.sort();
    eprintln!(
        "warning: {} unsigned: {} (loaded because the policy does not set require_signed; see `uniplug sign`)",
        if unsigned.len() == 1 { "1 plugin is".to_owned() } else { format!("{} plugins are", unsigned.len()) },
        unsigned.join(", ")
    );
}

/// Reads `--policy FILE`: a file that is wrong is a usage error (exit 2)
/// in every subcommand, like any other file the command line names.
pub fn read_policy(path: &Path) -> CliResult<uni_plugin_host::Policy> {
    let policy =
        uni_plugin_host::Policy::from_path(path).map_err(|error| CliError::usage(format!("--policy: {error}")))?;
    policy.trusted_public_keys().map_err(|error| CliError::usage(format!("--policy `{}`: {error}", path.display())))?;
    Ok(policy)
}

/// Checks the options, builds what is missing, and configures the host.
pub fn builder(linked: &Linked, options: &Open<'_>) -> CliResult<PluginHostBuilder> {
    for dir in options.dirs {
        if !dir.is_dir() {
            return Err(CliError::usage(format!("--plugins `{}`: no such directory", dir.display())));
        }
    }
    if let Some(policy) = options.policy
        && !policy.is_file()
    {
        return Err(CliError::usage(format!("--policy `{}`: no such file", policy.display())));
    }
    if options.build {
        for dir in options.dirs.iter().flat_map(|dir| uni_plugin_host::plugin_dirs_in(dir)) {
            if let Some(missing) = build::needs_build(&dir) {
                eprintln!("building {} (its {missing} is missing; pass --no-build to skip)", dir.display());
                build::build_plugin(&dir, true)?;
            }
        }
    }
    let mut builder = PluginHost::builder();
    for dir in options.dirs {
        builder = builder.plugin_dir(dir);
    }
    if let Some(path) = options.policy {
        builder = builder.policy(read_policy(path)?);
    }
    for (plugin, load) in &linked.0 {
        builder = builder.link(plugin.clone(), *load);
    }
    Ok(builder)
}

/// Warns about skipped directories; fails if any plugin failed to load.
pub fn check_report(report: &LoadReport) -> CliResult {
    for (dir, reason) in &report.skipped {
        eprintln!("warning: skipped {}: {reason}", dir.display());
    }
    let failures: Vec<String> = report.failures().map(|status| format!("  {}", failure_line(status))).collect();
    if !failures.is_empty() {
        return Err(CliError::failed(format!("some plugins failed to load:\n{}", failures.join("\n"))));
    }
    Ok(())
}

fn failure_line(status: &uni_plugin_host::PluginStatus) -> String {
    match &status.outcome {
        uni_plugin_host::LoadOutcome::Failed(error) => error.to_string(),
        uni_plugin_host::LoadOutcome::Active { .. } => status.plugin.clone(),
    }
}

/// Registers `NAME=FILE` as a table: CSV (`.csv`, `.tsv`) or Parquet
/// (`.parquet`), a file or a directory of such files. The table goes through
/// the session so plugin triggers see inserts into it, unless `plain` (a
/// cluster ships tables by their files, so it gets the file table itself).
pub async fn register_table(session: &PluginSession, spec: &str, plain: bool) -> CliResult {
    let (name, file) = spec
        .split_once('=')
        .filter(|(name, file)| !name.trim().is_empty() && !file.trim().is_empty())
        .ok_or_else(|| CliError::usage(format!("--table `{spec}`: expected NAME=FILE")))?;
    let (name, path) = (name.trim(), Path::new(file.trim()));
    if !path.exists() {
        return Err(CliError::usage(format!("--table {name}: `{}`: no such file or directory", path.display())));
    }
    let format = table_format(path).ok_or_else(|| {
        CliError::usage(format!(
            "--table {name}: `{}` is neither CSV (.csv, .tsv) nor Parquet (.parquet)",
            path.display()
        ))
    })?;
    // Cluster nodes read the files themselves, from their own working
    // directories: give them an absolute path.
    let absolute =
        if plain { std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()) } else { path.to_path_buf() };
    let location = absolute.to_string_lossy();
    let ctx = session.context();
    let registered = match format {
        "csv" => ctx.register_csv(name, location.as_ref(), CsvReadOptions::new()).await,
        "tsv" => {
            ctx.register_csv(name, location.as_ref(), CsvReadOptions::new().delimiter(b'\t').file_extension(".tsv"))
                .await
        }
        _ => ctx.register_parquet(name, location.as_ref(), ParquetReadOptions::default()).await,
    };
    registered
        .map_err(|error| CliError::failed(format!("--table {name}: cannot read `{}`: {error}", path.display())))?;
    if plain {
        return Ok(());
    }
    let provider = ctx
        .deregister_table(name)
        .map_err(CliError::failed)?
        .ok_or_else(|| CliError::failed(format!("--table {name}: registration vanished")))?;
    session.register_table(name, provider).map_err(CliError::failed)
}

/// `csv`, `tsv` or `parquet` from the file's (or a directory's first file's) extension.
fn table_format(path: &Path) -> Option<&'static str> {
    let of = |path: &Path| match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "csv" => Some("csv"),
        "tsv" => Some("tsv"),
        "parquet" => Some("parquet"),
        _ => None,
    };
    if path.is_dir() {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(path).ok()?.filter_map(Result::ok).map(|e| e.path()).collect();
        entries.sort();
        entries.iter().find_map(|entry| of(entry))
    } else {
        of(path)
    }
}
