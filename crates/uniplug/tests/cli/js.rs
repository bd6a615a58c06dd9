//! Plugins in JavaScript: `uniplug new --lang js`, `uniplug build` with
//! componentize-js (pinned, installed by `scripts/install-componentize-js.sh`
//! into the project's tools directory), the stats example answering like
//! the Rust one, and a hostile plugin contained.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::{built_copy, install_tool, root, run};

fn built(source: &Path, into: &Path) -> PathBuf {
    install_tool("install-componentize-js.sh", "Node.js with npm and access to the npm registry");
    built_copy(source, into)
}

#[test]
fn new_js_plugin_builds_checks_and_answers_sql() {
    install_tool("install-componentize-js.sh", "Node.js with npm and access to the npm registry");
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(&["new", "hello-js", "--lang", "js", "--path", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    let plugin = dir.path().join("hello-js");
    assert!(plugin.join("app.js").is_file() && !plugin.join("Cargo.toml").exists());
    let (code, out, err) = run(&["build", plugin.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(&["check", plugin.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    // A batch with text outside ASCII, and one without (encoded whole).
    for (names, expected) in [
        (
            "('world'), (NULL), ('Wörld')",
            r#"[{"greeting":"hello, world"},{"greeting":null},{"greeting":"hello, Wörld"}]"#,
        ),
        (
            "('a'), (''), (NULL), ('b c')",
            r#"[{"greeting":"hello, a"},{"greeting":"hello, "},{"greeting":null},{"greeting":"hello, b c"}]"#,
        ),
    ] {
        let sql = format!("SELECT hello_js_hello(name) AS greeting FROM (VALUES {names}) AS t(name)");
        let (code, out, err) = run(&["sql", "--plugins", plugin.to_str().unwrap(), "--format", "json", "-c", &sql]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out.trim(), expected, "{err}");
    }
}

/// The benchmarks' `slugify` in JavaScript (`benches/guests/js-text`)
/// answers like the Rust text example, so the language benchmark compares
/// equal work.
#[test]
fn the_js_slugify_guest_answers_row_for_row_like_the_rust_one() {
    let dir = tempfile::tempdir().unwrap();
    let js = built(&root().join("crates/uniplug/benches/guests/js-text"), dir.path());
    let mut rows = crate::slug_rows("1");
    rows.push("(NULL, 2)".into());
    let sql = format!("SELECT slugify(a) AS slug FROM (VALUES {}) AS t(a, n) ORDER BY n, a", rows.join(", "));
    let answer = |plugin: &str| crate::csv_answer(plugin, &[], &sql);
    let native = answer("plugins/native/text");
    assert_eq!(answer(js.to_str().unwrap()), native);
    assert!(native.contains("uber-strasse-2024") && native.contains("bellringxy"), "{native}");
}

/// The SDK's unit tests (`sdks/js/tests`) under Node.js, with the SDK's
/// host imports pointed at the tests' stubs.
#[test]
fn the_js_sdk_unit_tests_pass() {
    let sdk = root().join("sdks/js");
    let staged = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(sdk.join("tests")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, staged.path().join(path.file_name().unwrap())).unwrap();
    }
    let mut stubbed = std::fs::read_to_string(sdk.join("uni_plugin.js")).unwrap();
    for import in ["host-log", "host-query", "host-secret"] {
        stubbed = stubbed.replace(&format!("\"uni:plugin/{import}@0.2.0\""), "\"./stub_host.js\"");
    }
    assert_eq!(stubbed.matches("./stub_host.js").count(), 3, "the SDK's host imports changed; update this test");
    std::fs::write(staged.path().join("uni_plugin.js"), stubbed).unwrap();
    let output = std::process::Command::new("node")
        .args(["--test", "sdk.test.mjs"])
        .current_dir(staged.path())
        .output()
        .expect("the JavaScript SDK's unit tests need Node.js (`node` on PATH)");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{report}{}", String::from_utf8_lossy(&output.stderr));
    let passed =
        report.lines().find_map(|line| line.strip_prefix("# pass ")).and_then(|n| n.trim().parse::<u32>().ok());
    assert!(passed.is_some_and(|n| n > 0) && report.contains("# fail 0"), "{report}");
}

/// 6,000 rows in 7 groups with NULLs, as a CSV table.
fn numbers(dir: &Path) -> PathBuf {
    let mut csv = String::from("g,x\n");
    for row in 0..6000u64 {
        let g = row % 7;
        if row % 11 == 0 {
            writeln!(csv, "{g},").unwrap();
        } else {
            let x = 1.0 + ((row * 7919) % 1000) as f64 / 7.0;
            writeln!(csv, "{g},{x}").unwrap();
        }
    }
    let path = dir.join("numbers.csv");
    std::fs::write(&path, csv).unwrap();
    path
}

#[test]
fn the_js_stats_example_answers_row_for_row_like_the_rust_one() {
    let dir = tempfile::tempdir().unwrap();
    let js = built(&root().join("plugins/js/stats"), dir.path());
    let (code, out, err) = run(&["check", js.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    let table = format!("t={}", numbers(dir.path()).display());
    let answer = |plugin: &str, sql: &str| crate::csv_answer(plugin, &["--table", &table], sql);
    // Logarithms may differ in the last bit between the two math libraries.
    for sql in [
        "SELECT g, round(geomean(x), 9) AS gm, mad(x) AS m, count(x) AS n FROM t GROUP BY g ORDER BY g",
        "SELECT round(geomean(x), 9) AS gm, mad(x) AS m FROM t",
        "SELECT geomean(x) AS gm, mad(x) AS m FROM t WHERE x IS NULL",
    ] {
        let native = answer("plugins/native/stats", sql);
        assert_eq!(answer(js.to_str().unwrap(), sql), native, "{sql}");
    }
    let refused = |plugin: &str| {
        let (code, _, err) =
            run(&["sql", "--plugins", plugin, "-c", "SELECT geomean(x) FROM (VALUES (2.0), (-1.0)) t(x)"]);
        assert_ne!(code, 0);
        err
    };
    assert!(refused(js.to_str().unwrap()).contains("positive values only, got -1"));
    assert!(refused("plugins/native/stats").contains("positive values only, got -1"));
    let bins = answer(js.to_str().unwrap(), "SELECT bin, lower, upper FROM bins(0.0, 1.0, 4) ORDER BY bin");
    assert_eq!(bins, "bin,lower,upper\n1,0.0,0.25\n2,0.25,0.5\n3,0.5,0.75\n4,0.75,1.0\n");
}

#[test]
fn a_hostile_js_plugin_is_contained() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = built(&root().join("crates/uniplug/tests/guests/js-hostile"), dir.path());
    crate::assert_hostile_plugin_is_contained(plugin.to_str().unwrap());
}
