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
    let componentize_py = install_componentize_py();
    let cache =
        componentize_py.ancestors().nth(3).unwrap().join(format!("python-double-{:016x}.wasm", sources_key(&guest)));
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

/// Installs the pinned componentize-py where `uniplug build` finds it (the
/// project's tools directory); returns its path.
fn install_componentize_py() -> PathBuf {
    crate::install_tool("install-componentize-py.sh", "python3 with venv and access to PyPI")
}

#[test]
fn the_python_sdk_unit_tests_pass() {
    let tool = install_componentize_py();
    let bindings = tempfile::tempdir().unwrap();
    let status = Command::new(&tool)
        .arg("-d")
        .arg(root().join("crates/uni-plugin-wasm/wit"))
        .args(["-w", "plugin", "bindings"])
        .arg(bindings.path())
        .status()
        .unwrap();
    assert!(status.success(), "componentize-py bindings failed");
    let sdk = root().join("sdks/python");
    let python_path = std::env::join_paths([bindings.path(), sdk.as_path()]).unwrap();
    let output = Command::new("python3")
        .args(["-m", "unittest", "discover", "-s", "tests", "-v"])
        .current_dir(&sdk)
        .env("PYTHONPATH", python_path)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("the SDK's unit tests need python3");
    let report = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{report}");
    assert!(report.contains("Ran ") && report.contains("OK"), "{report}");
}

/// `uniplug build` on a copy of `source` in `into`; returns the copy.
fn built_with_uniplug(source: &Path, into: &Path) -> PathBuf {
    install_componentize_py();
    crate::built_copy(source, into)
}

#[test]
fn new_python_plugin_builds_checks_and_answers_sql() {
    install_componentize_py();
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(&["new", "hello-py", "--lang", "python", "--path", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    let plugin = dir.path().join("hello-py");
    assert!(plugin.join("app.py").is_file() && !plugin.join("Cargo.toml").exists());
    let (code, out, err) = run(&["build", plugin.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(plugin.join("hello_py.wasm").is_file());
    let (code, out, err) = run(&["check", plugin.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    let sql = "SELECT hello_py_hello(name) AS greeting FROM (VALUES ('world'), (NULL), ('Wörld')) AS t(name)";
    let (code, out, err) = run(&["sql", "--plugins", plugin.to_str().unwrap(), "--format", "csv", "-c", sql]);
    assert_eq!(code, 0, "{err}");
    // A lone NULL is written `""` so the line is not blank.
    assert_eq!(out, "greeting\n\"hello, world\"\n\"\"\n\"hello, Wörld\"\n", "{err}");
    // A Python plugin cannot be native.
    let (code, _, err) =
        run(&["new", "nope", "--lang", "python", "--kind", "native", "--path", dir.path().to_str().unwrap()]);
    assert_ne!(code, 0);
    assert!(err.contains("drop `--kind native`"), "{err}");
}

#[test]
fn the_python_text_example_answers_row_for_row_like_the_rust_one() {
    let dir = tempfile::tempdir().unwrap();
    let python = built_with_uniplug(&root().join("plugins/python/text"), dir.path());
    let (code, out, err) = run(&["check", python.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    let mut rows = crate::slug_rows("'kitten'");
    rows.push("(NULL, 'sitting')".into());
    rows.push("('sitting', NULL)".into());
    let sql = format!("SELECT slugify(a) AS slug, levenshtein(a, b) AS d FROM (VALUES {}) AS t(a, b)", rows.join(", "));
    let answer = |plugin: &str| crate::csv_answer(plugin, &[], &sql);
    let native = answer("plugins/native/text");
    assert_eq!(answer(python.to_str().unwrap()), native);
    assert!(native.contains("uber-strasse-2024"), "{native}");
    let (code, out, err) = run(&[
        "sql",
        "--plugins",
        python.to_str().unwrap(),
        "--format",
        "csv",
        "-c",
        "SELECT position, token FROM tokens('  héllo   wörld ') ORDER BY position",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "position,token\n1,héllo\n2,wörld\n");
}

#[test]
fn a_hostile_python_plugin_is_contained() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = built_with_uniplug(&root().join("crates/uniplug/tests/guests/python-hostile"), dir.path());
    crate::assert_hostile_plugin_is_contained(plugin.to_str().unwrap());
}

#[test]
fn watch_rebuilds_a_python_plugin_after_a_source_edit() {
    install_componentize_py();
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(&["new", "watched", "--lang", "python", "--path", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    let plugin = dir.path().join("watched");
    let (child, header) = crate::Background::watch(&plugin, "SELECT watched_hello('x') AS g", "g");
    let next_value = || child.next_value(&header, 180);
    assert_eq!(next_value(), "\"hello, x\"");
    std::thread::sleep(std::time::Duration::from_millis(600));
    let app = plugin.join("app.py");
    let text = std::fs::read_to_string(&app).unwrap().replace("f\"hello, {name}\"", "f\"bye {name}\"");
    std::fs::write(&app, text).unwrap();
    assert_eq!(next_value(), "bye x", "the edit is rebuilt and reloaded");
}
