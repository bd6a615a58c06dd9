//! `uniplug build`: cargo build for wasm32-wasip2, then place the component
//! where the manifest's `entry` says.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use uni_plugin::PluginManifest;
use uni_plugin::manifest::PluginKind;

use crate::error::{CliError, CliResult};
use crate::progress::Progress;

/// The target wasm plugins are built for.
pub const WASM_TARGET: &str = "wasm32-wasip2";

/// Reads the manifest of the plugin in `dir`.
pub fn read_manifest(dir: &Path) -> CliResult<(PathBuf, PluginManifest)> {
    if !dir.is_dir() {
        return Err(CliError::usage(format!("`{}` is not a directory", dir.display())));
    }
    let path = uni_plugin_host::manifest_in(dir).ok_or_else(|| {
        CliError::usage(format!(
            "`{}` holds no uniplugin.toml or uniplugin.json; create one with `uniplug new NAME`",
            dir.display()
        ))
    })?;
    let manifest = PluginManifest::from_path(&path).map_err(CliError::failed)?;
    Ok((path, manifest))
}

/// Whether `dir` is a wasm plugin whose component is missing but which can
/// be built (it has a Cargo.toml).
pub fn needs_build(dir: &Path) -> bool {
    let Ok((_, manifest)) = read_manifest(dir) else { return false };
    manifest.plugin.kind == PluginKind::Wasm
        && !dir.join(&manifest.plugin.entry).is_file()
        && dir.join("Cargo.toml").is_file()
}

/// Builds the plugin in `dir` and copies the component to its entry path.
/// Returns that path.
pub fn build_plugin(dir: &Path, release: bool) -> CliResult<PathBuf> {
    let (_, manifest) = read_manifest(dir)?;
    if manifest.plugin.kind != PluginKind::Wasm {
        return Err(CliError::usage(format!(
            "`{}` is a native plugin (kind = \"native\"): build it into a host binary with cargo, not `uniplug build`",
            manifest.plugin.id
        )));
    }
    let cargo_toml = dir.join("Cargo.toml");
    if !cargo_toml.is_file() {
        return Err(CliError::usage(format!(
            "`{}` has no Cargo.toml: `uniplug build` builds Rust plugins; place a component built another way at `{}`",
            dir.display(),
            dir.join(&manifest.plugin.entry).display()
        )));
    }
    let progress = Progress::start(format!("building {} for {WASM_TARGET}", manifest.plugin.id));
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .arg("build")
        .arg("--target")
        .arg(WASM_TARGET)
        .arg("--lib")
        .arg("--manifest-path")
        .arg(&cargo_toml)
        .arg("--message-format=json-render-diagnostics")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if release {
        command.arg("--release");
    }
    let mut child = command
        .spawn()
        .map_err(|error| CliError::failed(format!("cannot run cargo: {error}; is the Rust toolchain installed?")))?;
    let stderr = child.stderr.take().map(|stderr| {
        std::thread::spawn(move || {
            let mut text = String::new();
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                text.push_str(&line);
                text.push('\n');
            }
            text
        })
    });
    let own_manifest = cargo_toml.canonicalize().unwrap_or_else(|_| cargo_toml.clone());
    let mut artifact = None;
    let mut compiled = 0usize;
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let Ok(message) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
            if message["reason"] != "compiler-artifact" {
                continue;
            }
            compiled += 1;
            let name = message["target"]["name"].as_str().unwrap_or("?");
            progress.set_message(format!(
                "building {} for {WASM_TARGET} ({compiled} crates, last {name})",
                manifest.plugin.id
            ));
            let is_cdylib =
                message["target"]["kind"].as_array().is_some_and(|kinds| kinds.iter().any(|k| k == "cdylib"));
            if is_cdylib && message["manifest_path"].as_str().map(Path::new) == Some(own_manifest.as_path()) {
                artifact = message["filenames"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|f| f.as_str())
                    .find(|f| f.ends_with(".wasm"))
                    .map(PathBuf::from);
            }
        }
    }
    let status = child.wait().map_err(|error| CliError::failed(format!("cargo did not finish: {error}")))?;
    let diagnostics = stderr.and_then(|thread| thread.join().ok()).unwrap_or_default();
    progress.finish();
    if !status.success() {
        let hint =
            if diagnostics.contains("may not be installed") || diagnostics.contains("can't find crate for `core`") {
                format!("\nhint: install the target with `rustup target add {WASM_TARGET}`")
            } else {
                String::new()
            };
        return Err(CliError::failed(format!(
            "building `{}` failed:\n{}{hint}",
            dir.display(),
            diagnostics.trim_end()
        )));
    }
    let artifact = artifact.ok_or_else(|| {
        CliError::failed(format!(
            "cargo built `{}` but produced no .wasm library; is `crate-type = [\"cdylib\"]` set under [lib]?",
            dir.display()
        ))
    })?;
    let entry = dir.join(&manifest.plugin.entry);
    std::fs::copy(&artifact, &entry).map_err(|error| {
        CliError::failed(format!("cannot copy `{}` to `{}`: {error}", artifact.display(), entry.display()))
    })?;
    Ok(entry)
}
