//! `uniplug build`: cargo build, then place the artifact where the manifest
//! says: a wasm plugin's component (built for wasm32-wasip2) at its
//! `entry`, a native plugin's shared library (built for this machine) under
//! its library file name (`entry` with the platform's `lib…so` spelling).
//! A Python (`app.py`) or JavaScript (`app.js`) plugin is built with
//! componentize-py or componentize-js instead (see `script_build`).

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use uni_plugin::PluginManifest;
use uni_plugin::manifest::PluginKind;

use crate::error::{CliError, CliResult};
use crate::progress::Progress;
use crate::script_build::{self, Language};

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

/// What is missing from `dir` ("component" or "library") when it is a
/// plugin that can be built (it has a Cargo.toml) but was not.
pub fn needs_build(dir: &Path) -> Option<&'static str> {
    let (_, manifest) = read_manifest(dir).ok()?;
    let buildable = dir.join("Cargo.toml").is_file() || Language::of(dir).is_some();
    let missing = !dir.join(uni_plugin_host::artifact_file(&manifest)).is_file() && buildable;
    missing.then_some(if manifest.plugin.kind == PluginKind::Native { "library" } else { "component" })
}

/// Whether the crate at `cargo_toml` declares a feature named `entry` (the
/// examples emit their entry point only with it, since binaries link
/// several of them).
fn declares_entry_feature(cargo_toml: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(cargo_toml) else { return false };
    let Ok(parsed) = text.parse::<toml::Table>() else { return false };
    parsed.get("features").and_then(|features| features.get("entry")).is_some()
}

/// Builds the plugin in `dir` and copies its component or library where
/// the host looks for it. Returns that path.
pub fn build_plugin(dir: &Path, release: bool) -> CliResult<PathBuf> {
    let (_, manifest) = read_manifest(dir)?;
    let native = manifest.plugin.kind == PluginKind::Native;
    let target_name = if native { "this machine" } else { WASM_TARGET };
    let cargo_toml = dir.join("Cargo.toml");
    if let Some(language) = Language::of(dir).filter(|_| !native) {
        let component = script_build::build(language, dir, &manifest)?;
        let entry = dir.join(uni_plugin_host::artifact_file(&manifest));
        place(&component, &entry)?;
        return Ok(entry);
    }
    if !cargo_toml.is_file() {
        return Err(CliError::usage(format!(
            "`{}` has no Cargo.toml (a Rust plugin), app.py (Python) or app.js (JavaScript), which is what \
             `uniplug build` builds; place a {} built another way at `{}`",
            dir.display(),
            if native { "library" } else { "component" },
            dir.join(uni_plugin_host::artifact_file(&manifest)).display()
        )));
    }
    if !native {
        let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
        ensure_wasm_target(dir, &rustc, "rustup".as_ref())?;
    }
    let progress = Progress::start(format!("building {} for {target_name}", manifest.plugin.id));
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    if native {
        // A shared library whatever the crate declares: crates that binaries
        // also link stay rlibs in their Cargo.toml.
        command.args(["rustc", "--crate-type", "cdylib"]);
    } else {
        command.arg("build").arg("--target").arg(WASM_TARGET);
    }
    if declares_entry_feature(&cargo_toml) {
        command.arg("--features").arg("entry");
    }
    command
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
                "building {} for {target_name} ({compiled} crates, last {name})",
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
                    .find(|f| f.ends_with(if native { std::env::consts::DLL_SUFFIX } else { ".wasm" }))
                    .map(PathBuf::from);
            }
        }
    }
    let status = child.wait().map_err(|error| CliError::failed(format!("cargo did not finish: {error}")))?;
    let diagnostics = stderr.and_then(|thread| thread.join().ok()).unwrap_or_default();
    progress.finish();
    if !status.success() {
        let hint = if !native
            && (diagnostics.contains("may not be installed") || diagnostics.contains("can't find crate for `core`"))
        {
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
            "cargo built `{}` but produced no {} library; is `crate-type = [\"cdylib\"]` set under [lib]?",
            dir.display(),
            if native { std::env::consts::DLL_SUFFIX } else { ".wasm" }
        ))
    })?;
    let entry = dir.join(uni_plugin_host::artifact_file(&manifest));
    place(&artifact, &entry)?;
    Ok(entry)
}

/// Makes sure the toolchain that builds `dir` (`rustc`, as a rustup proxy it
/// honours the directory's toolchain file) has the wasm target's standard
/// library: rustup adds listed targets only when it installs a toolchain
/// itself, so a fresh clone on a machine that already had the toolchain
/// lacks it. With `rustup` the target is added, saying so; without, the
/// error says what to install.
fn ensure_wasm_target(dir: &Path, rustc: &OsStr, rustup: &OsStr) -> CliResult<()> {
    let sysroot = Command::new(rustc).args(["--print", "sysroot"]).current_dir(dir).output();
    // No answer: leave the error to cargo, which names what is missing.
    let Ok(sysroot) = sysroot.map_err(drop).and_then(|out| if out.status.success() { Ok(out) } else { Err(()) }) else {
        return Ok(());
    };
    let sysroot = PathBuf::from(String::from_utf8_lossy(&sysroot.stdout).trim());
    if sysroot.join("lib/rustlib").join(WASM_TARGET).is_dir() {
        return Ok(());
    }
    eprintln!("note: the Rust target {WASM_TARGET} is not installed; adding it with `rustup target add {WASM_TARGET}`");
    match Command::new(rustup).args(["target", "add", WASM_TARGET]).current_dir(dir).status() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(CliError::failed(format!(
            "`rustup target add {WASM_TARGET}` failed ({status}); run it yourself, then build again"
        ))),
        Err(error) => Err(CliError::failed(format!(
            "building a wasm plugin needs the Rust target {WASM_TARGET}, which the toolchain at `{}` lacks, and \
             rustup could not be run to add it ({error}); install {WASM_TARGET}'s standard library for that \
             toolchain (with rustup: `rustup target add {WASM_TARGET}`)",
            sysroot.display()
        ))),
    }
}

/// Copies `artifact` to `entry` through a temporary file and a rename, so a
/// host watching the directory never reads half a file.
fn place(artifact: &Path, entry: &Path) -> CliResult<()> {
    let failed = |error: std::io::Error| {
        CliError::failed(format!("cannot copy `{}` to `{}`: {error}", artifact.display(), entry.display()))
    };
    let file_name = entry.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let staged = entry.with_file_name(format!(".{file_name}.{}.tmp", std::process::id()));
    std::fs::copy(artifact, &staged).map_err(failed)?;
    std::fs::rename(&staged, entry).map_err(|error| {
        let _ = std::fs::remove_file(&staged);
        failed(error)
    })
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    /// An executable shell script at `path`.
    fn script(path: &Path, body: &str) {
        std::fs::write(path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }

    #[test]
    fn a_missing_wasm_target_is_added_with_rustup_and_a_present_one_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let sysroot = dir.path().join("sysroot");
        std::fs::create_dir_all(sysroot.join("lib/rustlib")).unwrap();
        let (rustc, rustup, log) = (dir.path().join("rustc"), dir.path().join("rustup"), dir.path().join("log"));
        script(&rustc, &format!("echo {}", sysroot.display()));
        // The fake rustup installs the target where rustc's sysroot has it.
        script(&rustup, &format!("echo \"$@\" >> {}; mkdir -p {}/lib/rustlib/$3", log.display(), sysroot.display()));
        ensure_wasm_target(dir.path(), rustc.as_os_str(), rustup.as_os_str()).unwrap();
        assert_eq!(std::fs::read_to_string(&log).unwrap(), format!("target add {WASM_TARGET}\n"));
        ensure_wasm_target(dir.path(), rustc.as_os_str(), rustup.as_os_str()).unwrap();
        assert_eq!(std::fs::read_to_string(&log).unwrap().lines().count(), 1, "added once");
    }

    #[test]
    fn without_rustup_the_error_names_the_target_and_the_command() {
        let dir = tempfile::tempdir().unwrap();
        let rustc = dir.path().join("rustc");
        script(&rustc, &format!("echo {}", dir.path().display()));
        let error =
            ensure_wasm_target(dir.path(), rustc.as_os_str(), dir.path().join("no-rustup").as_os_str()).unwrap_err();
        let text = error.to_string();
        assert!(text.contains(WASM_TARGET) && text.contains("rustup target add wasm32-wasip2"), "{text}");
    }

    #[test]
    fn a_failing_rustup_is_reported_with_what_to_run() {
        let dir = tempfile::tempdir().unwrap();
        let (rustc, rustup) = (dir.path().join("rustc"), dir.path().join("rustup"));
        script(&rustc, &format!("echo {}", dir.path().display()));
        script(&rustup, "exit 3");
        let text = ensure_wasm_target(dir.path(), rustc.as_os_str(), rustup.as_os_str()).unwrap_err().to_string();
        assert!(text.contains("failed") && text.contains("rustup target add wasm32-wasip2"), "{text}");
    }
}
