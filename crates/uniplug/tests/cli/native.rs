//! Native plugins as shared libraries, through the stock `uniplug`: the
//! examples load from the libraries beside their manifests, and a plugin
//! written in C against `uni_plugin.h` answers SQL.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::{root, run};

#[test]
fn the_stock_binary_links_no_example_and_loads_their_libraries() {
    for name in ["geo", "text", "stats", "series"] {
        let library = format!("{}uniplug_native_{name}{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX);
        assert!(root().join("plugins/native").join(name).join(&library).is_file(), "{library} is placed by the build");
    }
    let (code, out, err) = run(&[
        "sql",
        "--plugins",
        "plugins/native",
        "--format",
        "csv",
        "-c",
        "SELECT slugify('Hello, Wörld!') AS s, round(haversine(0.0, 0.0, 0.0, 1.0), 2) AS km, \
         (SELECT sum(value) FROM series(1, 10, 1)) AS total, \
         (SELECT geomean(x) FROM (VALUES (1.0), (4.0), (16.0)) v(x)) AS g",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "s,km,total,g\nhello-world,111.19,55,4.0", "{err}");
    // Without the library, the stock binary has nothing to stand in.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("plugins/native/text/uniplugin.toml"), dir.path().join("uniplugin.toml")).unwrap();
    let (code, _, err) = run(&["sql", "--no-build", "--plugins", dir.path().to_str().unwrap(), "-c", "SELECT 1"]);
    assert_ne!(code, 0);
    assert!(err.contains("uniplug build"), "{err}");
}

/// Compiles the host tests' C plugin into `plugin` with `defines`, placing
/// the library with a rename as `uniplug build` does.
fn build_c_plugin(plugin: &Path, defines: &[&str]) -> PathBuf {
    let file = format!("{}add_one{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX);
    let staged = plugin.join(format!(".{file}.tmp"));
    let compiler = std::env::var("CC").unwrap_or_else(|_| "cc".to_owned());
    let built = Command::new(&compiler)
        .args(["-std=c11", "-O2", "-fPIC", "-shared", "-Wall", "-Werror"])
        .args(defines.iter().map(|define| format!("-D{define}")))
        .arg("-I")
        .arg(root().join("crates/uni-plugin-abi/include"))
        .arg("-o")
        .arg(&staged)
        .arg(root().join("crates/uni-plugin-host/tests/c/add_one.c"))
        .output()
        .unwrap_or_else(|e| panic!("this test needs a C compiler (`{compiler}`, or set CC): {e}"));
    assert!(built.status.success(), "{}", String::from_utf8_lossy(&built.stderr));
    let library = plugin.join(file);
    std::fs::rename(&staged, &library).unwrap();
    library
}

/// A plugin directory for the C plugin, with examples `check` runs.
fn c_plugin_dir(dir: &Path) -> PathBuf {
    let plugin = dir.join("c-plugin");
    std::fs::create_dir_all(&plugin).unwrap();
    std::fs::write(
        plugin.join("uniplugin.toml"),
        r#"[plugin]
id = "com.example.c"
version = "1.0.0"
abi = "^0.1"
kind = "native"
entry = "add_one"

[[functions]]
name = "add_one"
kind = "scalar"
args = ["int64"]
returns = "int64"
examples = [{ sql = "SELECT add_one(41)", expect = "42" }]

[[functions]]
name = "sum_c"
kind = "aggregate"
args = ["int64"]
returns = "int64"
examples = [{ sql = "SELECT sum_c(x) FROM (VALUES (1), (2), (NULL)) v(x)", expect = "3" }]
"#,
    )
    .unwrap();
    plugin
}

#[test]
fn a_plugin_written_in_c_answers_sql() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = c_plugin_dir(dir.path());
    build_c_plugin(&plugin, &[]);
    let (code, out, err) = run(&[
        "sql",
        "--plugins",
        plugin.to_str().unwrap(),
        "--format",
        "csv",
        "-c",
        "SELECT g, add_one(max(x)) AS next, sum_c(x) AS total FROM (VALUES (1, 10), (1, 20), (2, NULL), (2, 5)) v(g, x) GROUP BY g ORDER BY g",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "g,next,total\n1,21,30\n2,6,5", "{err}");
    let (code, out, err) = run(&["check", plugin.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn watch_picks_up_a_rebuilt_library() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = c_plugin_dir(dir.path());
    build_c_plugin(&plugin, &[]);
    let (child, header) = crate::Background::watch(&plugin, "SELECT add_one(40) AS n", "n");
    let next_value = || child.next_value(&header, 60);
    assert_eq!(next_value(), "41");
    std::thread::sleep(Duration::from_millis(500));
    // New code under the same file name: the reload maps the new library.
    build_c_plugin(&plugin, &["INCREMENT=2"]);
    assert_eq!(next_value(), "42");
}
