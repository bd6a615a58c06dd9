//! Builds the wasm guests with `cargo build --target wasm32-wasip2` into a
//! target directory of their own (as wasmtime's test-programs do), places
//! each example's component in its plugin directory (`plugins/wasm/NAME/NAME.wasm`),
//! builds the native examples as shared libraries (their `entry` feature)
//! and places each in its directory (`plugins/native/NAME/libuniplug_native_NAME.so`),
//! and generates path constants for the tests.

use std::path::{Path, PathBuf};
use std::process::Command;

const EXAMPLES: &[&str] = &["geo", "text", "stats", "series"];
/// Test guests, by directory under `crates/uni-plugin-wasm/tests/guests`.
const TEST_GUESTS: &[&str] = &["hostile", "raw", "secretive", "reactive", "inquiring", "legacy"];

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = manifest_dir.join("../..").canonicalize().expect("the workspace root exists");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let target_dir = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root.join(dir).join("wasm-guests"),
        None => root.join("target").join("wasm-guests"),
    };

    // Cargo shares this script's output between checkouts at different
    // paths (workspace members hash without their path), and the paths
    // watched below are the first checkout's: a second checkout would keep
    // constants pointing into the first. CI names its checkout here, so a
    // new one reruns the script.
    println!("cargo:rerun-if-env-changed=UNI_PLUGIN_CHECKOUT");
    for watched in [
        "plugins/wasm",
        "plugins/native",
        "crates/uni-plugin/src",
        "crates/uni-plugin-sdk/src",
        "crates/uni-plugin-abi/src",
        "crates/uni-plugin-wasm/wit",
        "crates/uni-plugin-wasm/wit-0.1.0",
        "crates/uni-plugin-wasm/tests/guests",
    ] {
        watch(&root.join(watched));
    }

    ensure_wasm_target(&root);
    build(&root.join("plugins/wasm/Cargo.toml"), &target_dir, None);
    let release = target_dir.join("wasm32-wasip2/release");
    let mut constants = String::new();
    for name in EXAMPLES {
        let built = release.join(format!("uniplug_wasm_{name}.wasm"));
        let plugin_dir = root.join("plugins/wasm").join(name);
        let placed = plugin_dir.join(format!("{name}.wasm"));
        copy_if_changed(&built, &placed);
        constants.push_str(&format!(
            "/// Directory of the `{name}` example wasm plugin (component built).\npub const {}_DIR: &str = {:?};\n",
            name.to_uppercase(),
            plugin_dir.display().to_string()
        ));
    }
    let guests_root = root.join("crates/uni-plugin-wasm/tests/guests");
    for name in TEST_GUESTS {
        // One build per guest: cargo unifies features within one build, and
        // only `secretive` may link the `host-secret` import.
        build(&guests_root.join("Cargo.toml"), &target_dir, Some(&format!("guest-{name}")));
        let built = release.join(format!("guest_{name}.wasm"));
        let guest_dir = guests_root.join(name);
        copy_if_changed(&built, &guest_dir.join(format!("{name}.wasm")));
        constants.push_str(&format!(
            "/// Directory of the `{name}` test guest (component built).\npub const GUEST_{}_DIR: &str = {:?};\n",
            name.to_uppercase(),
            guest_dir.display().to_string()
        ));
    }
    let native_target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root.join(dir).join("native-guests"),
        None => root.join("target").join("native-guests"),
    };
    build_native_libraries(&root, &native_target);
    for name in EXAMPLES {
        let file = format!("{}uniplug_native_{name}{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX);
        let plugin_dir = out_dir.join("native-libraries").join(name);
        std::fs::create_dir_all(&plugin_dir).expect("OUT_DIR is writable");
        let built = native_target.join("release").join(&file);
        // In the example's own directory, as the wasm components are in
        // theirs: `--plugins plugins/native/NAME` loads the library.
        copy_if_changed(&built, &root.join("plugins/native").join(name).join(&file));
        copy_if_changed(&built, &plugin_dir.join(&file));
        copy_if_changed(
            &root.join("plugins/native").join(name).join("uniplugin.toml"),
            &plugin_dir.join("uniplugin.toml"),
        );
        constants.push_str(&format!(
            "/// A plugin directory holding the `{name}` example built as a native library (and its manifest).\npub const NATIVE_{}_LIBRARY_DIR: &str = {:?};\n",
            name.to_uppercase(),
            plugin_dir.display().to_string()
        ));
    }
    constants.push_str(&format!(
        "/// Directory of the native examples.\npub const NATIVE_EXAMPLES_DIR: &str = {:?};\n",
        root.join("plugins/native").display().to_string()
    ));
    std::fs::write(out_dir.join("guests.rs"), constants).expect("OUT_DIR is writable");
}

/// Re-runs the build script when sources change, but not for the `.wasm`
/// files this script itself places.
fn watch(path: &Path) {
    let Ok(entries) = std::fs::read_dir(path) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let placed_library = name.ends_with(std::env::consts::DLL_SUFFIX);
        if name == "target" || name.ends_with(".wasm") || placed_library {
            continue;
        }
        if path.is_dir() {
            watch(&path);
        } else {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
}

/// Settings of the outer (host) build that must not leak into the guest
/// builds. `cargo clippy` runs this script under clippy's wrapper: passed on,
/// it would build the guests with clippy too, under a different fingerprint,
/// so every switch between `clippy` and `test` would rebuild them.
const OUTER_BUILD_SETTINGS: [&str; 5] =
    ["CARGO_ENCODED_RUSTFLAGS", "RUSTFLAGS", "CARGO_BUILD_TARGET", "CARGO_TARGET_DIR", "RUSTC_WORKSPACE_WRAPPER"];

/// rustup adds the toolchain file's targets only when it installs the
/// toolchain itself: on a machine that already had it, the wasm target is
/// missing. Adds it with rustup when it is (as `uniplug build` does).
fn ensure_wasm_target(root: &Path) {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let Ok(output) = Command::new(rustc).args(["--print", "sysroot"]).current_dir(root).output() else { return };
    let sysroot = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    if !output.status.success() || sysroot.join("lib/rustlib/wasm32-wasip2").is_dir() {
        return;
    }
    println!(
        "cargo:warning=adding the Rust target wasm32-wasip2 with `rustup target add wasm32-wasip2` (the wasm guests need it)"
    );
    let added = Command::new("rustup").args(["target", "add", "wasm32-wasip2"]).current_dir(root).status();
    if !added.is_ok_and(|status| status.success()) {
        panic!(
            "the wasm guests need the Rust target wasm32-wasip2, and `rustup target add wasm32-wasip2` failed; run it yourself"
        );
    }
}

fn build(manifest: &Path, target_dir: &Path, package: Option<&str>) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(["build", "--release", "--target", "wasm32-wasip2", "--manifest-path"])
        .arg(manifest)
        .arg("--target-dir")
        .arg(target_dir);
    if let Some(package) = package {
        command.args(["--package", package]);
    }
    for variable in OUTER_BUILD_SETTINGS {
        command.env_remove(variable);
    }
    let status = command.status().expect("cargo can be run");
    if !status.success() {
        panic!(
            "building the wasm guests failed ({status}); is the wasm32-wasip2 target installed? (`rustup target add wasm32-wasip2`)"
        );
    }
}

/// Builds the native examples as shared libraries with their `entry`
/// feature (the C entry point), in a target directory of their own.
fn build_native_libraries(root: &Path, target_dir: &Path) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    for name in EXAMPLES {
        let mut command = Command::new(&cargo);
        command
            .args(["rustc", "--release", "--lib", "--crate-type", "cdylib", "--manifest-path"])
            .arg(root.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(target_dir)
            .args(["--package", &format!("uniplug-native-{name}"), "--features", "entry"]);
        for variable in OUTER_BUILD_SETTINGS {
            command.env_remove(variable);
        }
        let status = command.status().expect("cargo can be run");
        if !status.success() {
            panic!("building the native example library `{name}` failed ({status})");
        }
    }
}

fn copy_if_changed(from: &Path, to: &Path) {
    let bytes = std::fs::read(from).unwrap_or_else(|e| panic!("guest `{}` was not built: {e}", from.display()));
    if std::fs::read(to).ok().as_deref() != Some(bytes.as_slice()) {
        std::fs::write(to, bytes).unwrap_or_else(|e| panic!("cannot place `{}`: {e}", to.display()));
    }
}
