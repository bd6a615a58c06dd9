//! `uniplug` end to end, with the real binary.

mod cluster;
mod developer;
mod docs;
mod repl;
mod sql;
mod watch;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// `uniplug` run from the repository root, with warnings only on stderr.
pub fn uniplug() -> Command {
    // The wasm examples' components are built (and placed) by this crate.
    let _ = uni_plugin_guests::GEO_DIR;
    let mut command = Command::cargo_bin("uniplug").unwrap();
    command.current_dir(root()).env("RUST_LOG", "warn").env_remove("CARGO_TARGET_DIR");
    command
}

/// Runs `uniplug args…` and returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let output = uniplug().args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Copies a plugin directory (files only, one level of subdirectories).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
