//! Native plugins as shared libraries, through the stock `uniplug`: the
//! examples load from the libraries beside their manifests, and a plugin
//! written in C against `uni_plugin.h` answers SQL.

use std::process::Command;

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

#[test]
fn a_plugin_written_in_c_answers_sql() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = dir.path().join("c-plugin");
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
    let library = plugin.join(format!("{}add_one{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX));
    let compiler = std::env::var("CC").unwrap_or_else(|_| "cc".to_owned());
    let built = Command::new(&compiler)
        .args(["-std=c11", "-O2", "-fPIC", "-shared", "-Wall", "-Werror", "-I"])
        .arg(root().join("crates/uni-plugin-abi/include"))
        .arg("-o")
        .arg(&library)
        .arg(root().join("crates/uni-plugin-host/tests/c/add_one.c"))
        .output()
        .unwrap_or_else(|e| panic!("this test needs a C compiler (`{compiler}`, or set CC): {e}"));
    assert!(built.status.success(), "{}", String::from_utf8_lossy(&built.stderr));
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
