//! `check`, `inspect`, `new` → `build` → `check`, and signing.

use std::path::Path;

use crate::{copy_dir, root, run, uniplug};

#[test]
fn check_runs_every_example_of_native_and_wasm_plugins() {
    for dir in [
        "plugins/native/geo",
        "plugins/native/text",
        "plugins/native/stats",
        "plugins/native/series",
        "plugins/wasm/geo",
        "plugins/wasm/text",
        "plugins/wasm/stats",
        "plugins/wasm/series",
    ] {
        let (code, out, err) = run(&["check", dir]);
        assert_eq!(code, 0, "{dir}: {out}{err}");
        assert!(out.contains("example   ok") && out.contains(", 0 failed"), "{dir}: {out}");
    }
}

#[test]
fn check_fails_on_a_wrong_example() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = dir.path().join("geo");
    copy_dir(&root().join("plugins/wasm/geo"), &plugin);
    let manifest = std::fs::read_to_string(plugin.join("uniplugin.toml"))
        .unwrap()
        .replace("expect = \"111.19\"", "expect = \"222\"");
    std::fs::write(plugin.join("uniplugin.toml"), manifest).unwrap();
    let (code, out, _) = run(&["check", plugin.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("FAIL  haversine") && out.contains("expected \"222\"") && out.contains("got      \"111.19\""),
        "{out}"
    );
}

#[test]
fn inspect_shows_functions_capabilities_and_signature() {
    let (code, out, err) = run(&["inspect", "plugins/wasm/geo"]);
    assert_eq!(code, 0, "{err}");
    for needle in [
        "ai.uniplug.geo 1.0.0",
        "kind         wasm, entry geo.wasm",
        "haversine(float64, float64, float64, float64) -> float64",
        "signature    not signed",
        "digest       blake3:",
    ] {
        assert!(out.contains(needle), "{needle}: {out}");
    }
    let (code, out, _) = run(&["inspect", "--json", "plugins/native/stats"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["manifest"]["plugin"]["id"], "ai.uniplug.stats");
    let (code, _, err) = run(&["inspect", "plugins"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no uniplugin.toml"), "{err}");
}

#[test]
fn keygen_sign_verify_tamper_and_require_signed() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("ops.key");
    let plugin = dir.path().join("geo");
    copy_dir(&root().join("plugins/wasm/geo"), &plugin);
    let (key, plugin) = (key.to_str().unwrap(), plugin.to_str().unwrap());

    let (code, out, err) = run(&["keygen", "--out", key]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("ed25519:"), "{out}");
    let public = format!("{key}.pub");
    assert_eq!(run(&["keygen", "--out", key]).0, 2, "an existing key is not overwritten");

    // Unsigned: verify fails; a require_signed policy refuses it.
    assert_eq!(run(&["verify", plugin]).0, 1);
    let policy = dir.path().join("policy.toml");
    std::fs::write(&policy, format!("require_signed = true\ntrusted_keys = [{:?}]\n", public)).unwrap();
    let policy = policy.to_str().unwrap();
    let query = "SELECT round(haversine(0.0, 0.0, 0.0, 1.0), 2) AS d";
    let (code, _, err) = run(&["sql", "--policy", policy, "--plugins", plugin, "-c", query]);
    assert_eq!(code, 1);
    assert!(err.contains("not signed"), "{err}");

    // Signed: verifies, trusted, loads.
    let (code, out, err) = run(&["sign", plugin, "--key", key]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("signed ai.uniplug.geo 1.0.0"), "{out}");
    let (code, out, _) = run(&["verify", plugin, "--trusted", &public]);
    assert_eq!(code, 0);
    assert!(out.contains("by trusted key"), "{out}");
    let (code, out, err) = run(&["sql", "--policy", policy, "--plugins", plugin, "--format", "csv", "-c", query]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "d\n111.19\n");

    // Another key is not trusted.
    let other = dir.path().join("other.key");
    run(&["keygen", "--out", other.to_str().unwrap()]);
    let (code, _, err) = run(&["verify", plugin, "--trusted", &format!("{}.pub", other.display())]);
    assert_eq!(code, 1);
    assert!(err.contains("not in the policy's `trusted_keys`"), "{err}");

    // Tampered component: verify fails, and the policy refuses it.
    let wasm = Path::new(plugin).join("geo.wasm");
    let mut bytes = std::fs::read(&wasm).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x55;
    std::fs::write(&wasm, bytes).unwrap();
    let (code, _, err) = run(&["verify", plugin, "--trusted", &public]);
    assert_eq!(code, 1);
    assert!(err.contains("modified after signing"), "{err}");
    let (code, _, err) = run(&["sql", "--policy", policy, "--plugins", plugin, "-c", query]);
    assert_eq!(code, 1);
    assert!(err.contains("modified after signing"), "{err}");
}

#[test]
fn new_wasm_plugin_builds_and_passes_check() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(&["new", "greeter", "--kind", "wasm", "--path", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("com.example.greeter"), "{out}");
    let plugin = dir.path().join("greeter");
    // Same dependency versions as the examples, so the build reuses their artifacts.
    std::fs::copy(root().join("plugins/wasm/Cargo.lock"), plugin.join("Cargo.lock")).unwrap();
    let target = target_dir().join("wasm-guests");
    let build = uniplug().env("CARGO_TARGET_DIR", &target).args(["build", plugin.to_str().unwrap()]).output().unwrap();
    assert_eq!(build.status.code(), Some(0), "{}", String::from_utf8_lossy(&build.stderr));
    assert!(plugin.join("greeter.wasm").is_file());
    let (code, out, err) = run(&["check", plugin.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("greeter_hello: SELECT greeter_hello('world') = hello, world"), "{out}");
    assert_eq!(
        run(&["new", "greeter", "--path", dir.path().to_str().unwrap()]).0,
        2,
        "existing dirs are not overwritten"
    );
}

#[test]
fn new_native_plugin_is_a_library_the_stock_uniplug_builds_and_loads() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) =
        run(&["new", "units", "--kind", "native", "--path", dir.path().to_str().unwrap(), "--id", "org.acme.units"]);
    assert_eq!(code, 0, "{err}");
    let plugin = dir.path().join("units");
    assert!(out.contains(&format!("uniplug build {}", plugin.display())), "{out}");
    let cargo_toml = std::fs::read_to_string(plugin.join("Cargo.toml")).unwrap();
    assert!(cargo_toml.contains("crate-type = [\"cdylib\"]") && !cargo_toml.contains("uniplug ="), "{cargo_toml}");
    let (code, out, _) = run(&["inspect", plugin.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.contains("org.acme.units 0.1.0") && out.contains("units_hello(utf8) -> utf8"), "{out}");
    let (code, _, err) = run(&["new", "Bad Name"]);
    assert_eq!(code, 2, "{err}");

    // `uniplug build` makes the library; the stock binary loads it and the
    // manifest's examples pass. (Same lock file and the target dir the
    // example libraries are built in, so the build reuses their artifacts.)
    std::fs::copy(root().join("Cargo.lock"), plugin.join("Cargo.lock")).unwrap();
    let target = target_dir().join("native-guests");
    let started = std::time::Instant::now();
    let build = uniplug().env("CARGO_TARGET_DIR", &target).args(["build", plugin.to_str().unwrap()]).output().unwrap();
    assert_eq!(build.status.code(), Some(0), "{}", String::from_utf8_lossy(&build.stderr));
    eprintln!("built the scaffolded native plugin in {:.1?}", started.elapsed());
    let library = format!("{}units{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX);
    assert!(plugin.join(&library).is_file(), "{library}");
    let (code, out, err) = run(&["check", plugin.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("units_hello: SELECT units_hello('world') = hello, world"), "{out}");
}

/// The target directory this test run builds into.
fn target_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(std::path::PathBuf::from).unwrap_or_else(|| root().join("target"))
}
