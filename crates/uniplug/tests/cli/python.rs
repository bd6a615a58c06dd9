//! A plugin from a non-Rust toolchain: `tests/guests/python-double`, written
//! in Python against `uni:plugin@0.2.0` alone (no SDK) and built with
//! componentize-py from PyPI (pinned, installed by
//! `scripts/install-componentize-py.sh` into the project's tools directory).
//! Such toolchains import every interface of the world (sockets, secrets,
//! query): under the default policy it must still load and answer SQL.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{copy_dir, root, run};

/// The guest's sources, the WIT it is built against and the tool's pin: a
/// change to any rebuilds it.
fn sources_key(guest: &Path) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for file in [
        guest.join("app.py"),
        guest.join("guest.py"),
        root().join("crates/uni-plugin-wasm/wit/plugin.wit"),
        root().join("scripts/install-componentize-py.sh"),
    ] {
        std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display())).hash(&mut hasher);
    }
    hasher.finish()
}

/// Builds the Python guest into a plugin directory (or reuses the
/// component built from the same sources), returning the directory.
fn built_python_guest(into: &Path) -> PathBuf {
    let guest = root().join("crates/uniplug/tests/guests/python-double");
    let plugin = into.join("python-double");
    copy_dir(&guest, &plugin);
    let installed = Command::new("bash").arg(root().join("scripts/install-componentize-py.sh")).output().unwrap();
    assert!(
        installed.status.success(),
        "scripts/install-componentize-py.sh failed (it needs python3 with venv and access to PyPI):\n{}",
        String::from_utf8_lossy(&installed.stderr)
    );
    let componentize_py = String::from_utf8(installed.stdout).unwrap().trim().to_owned();
    let cache = PathBuf::from(&componentize_py)
        .ancestors()
        .nth(3)
        .unwrap()
        .join(format!("python-double-{:016x}.wasm", sources_key(&guest)));
    if !cache.exists() {
        let partial = cache.with_extension("partial");
        let status = Command::new(&componentize_py)
            .args(["-d", root().join("crates/uni-plugin-wasm/wit").to_str().unwrap(), "-w", "plugin", "componentize"])
            .args(["app", "-p", guest.to_str().unwrap(), "-o", partial.to_str().unwrap()])
            .current_dir(into)
            .status()
            .unwrap();
        assert!(status.success(), "componentize-py could not build {}", guest.display());
        std::fs::rename(&partial, &cache).unwrap();
    }
    std::fs::copy(&cache, plugin.join("double.wasm")).unwrap();
    plugin
}

#[test]
fn a_python_component_loads_under_the_default_policy_and_answers_sql() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = built_python_guest(dir.path());
    let sql = "SELECT double_it(x) AS d, shout(s) AS s FROM (VALUES (1.5, 'héllo wörld'), (NULL, NULL), (-2.0, '')) AS t(x, s)";
    let (code, out, err) = run(&["sql", "--plugins", plugin.to_str().unwrap(), "--format", "csv", "-c", sql]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "d,s\n3.0,HÉLLO WÖRLD\n,\n-4.0,\n", "{err}");
}
