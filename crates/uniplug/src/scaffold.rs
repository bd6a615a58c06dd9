//! `uniplug new`: a plugin that builds and passes `uniplug check` as is.

use std::path::{Path, PathBuf};

use uni_plugin::PluginId;

use crate::args::{Kind, Lang, NewArgs};
use crate::error::{CliError, CliResult};

/// Where this binary's uni-plugin crates are (its source tree's `crates/`).
fn default_crates_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).parent()?.to_path_buf();
    dir.join("uni-plugin-sdk").join("Cargo.toml").is_file().then_some(dir)
}

fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && name.len() <= 64
}

/// The manifest of a new plugin: one scalar `function(utf8) -> utf8` with
/// an example. `language` names a plugin written in something other than
/// Rust, whose `app` file registers what the manifest declares.
fn manifest(id: &PluginId, kind: &str, entry: &str, language: Option<(&str, &str)>, function: &str) -> String {
    let (written_in, declared) = match language {
        Some((language, app)) => {
            (format!(" in {language}"), format!("# Every function {app} registers is declared here, with its types.\n"))
        }
        None => (String::new(), String::new()),
    };
    format!(
        r#"[plugin]
id = "{id}"
version = "0.1.0"
abi = "^0.1"
kind = "{kind}"
entry = "{entry}"
determinism = "deterministic"
description = "Says hello (a new uni-plugin plugin{written_in}: edit me)."

{declared}[[functions]]
name = "{function}"
kind = "scalar"
args = ["utf8"]
returns = "utf8"
doc = "Greets its argument; NULL in, NULL out."
examples = [{{ sql = "SELECT {function}('world')", expect = "hello, world" }}]
"#
    )
}

/// The files of a new plugin, as (relative path, contents).
pub fn files(name: &str, id: &PluginId, kind: Kind, crates: &Path) -> Vec<(String, String)> {
    let snake = name.replace('-', "_");
    let function = format!("{snake}_hello");
    let crate_path = |krate: &str| crates.join(krate).display().to_string().replace('\\', "/");
    let (kind_name, entry) = match kind {
        Kind::Wasm => ("wasm", format!("{snake}.wasm")),
        // The library's name: cargo builds `lib{snake}.so` (per platform).
        Kind::Native => ("native", snake.clone()),
    };
    let manifest = manifest(id, kind_name, &entry, None, &function);
    let plugin_code = format!(
        r#"use uni_plugin::{{Plugin, PluginError, PluginManifest, Registrar}};
use uni_plugin_sdk::rows::scalar_fn1;

/// The plugin: its manifest and its functions.
pub struct HelloPlugin(PluginManifest);

impl HelloPlugin {{
    /// The plugin with the manifest beside Cargo.toml, embedded at build time.
    pub fn new() -> HelloPlugin {{
        HelloPlugin(PluginManifest::from_toml_str(include_str!("../uniplugin.toml")).expect("the manifest is valid"))
    }}
}}

impl Default for HelloPlugin {{
    fn default() -> Self {{
        HelloPlugin::new()
    }}
}}

impl Plugin for HelloPlugin {{
    fn manifest(&self) -> &PluginManifest {{
        &self.0
    }}

    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {{
        // A closure over plain values, run over whole batches; NULL in, NULL out.
        registrar.scalar("{function}", scalar_fn1(|name: String| format!("hello, {{name}}")));
        Ok(())
    }}
}}
"#
    );
    // Native builds keep cargo's release profile (no LTO): a scaffolded
    // library builds in about a minute, and shares compiled dependencies
    // with other plugins built into the same target dir.
    let native_profile = r#"
# A workspace of its own, wherever it is created.
[workspace]
"#;
    let profile = r#"
[profile.release]
opt-level = 3
lto = true
codegen-units = 1
panic = "unwind"
strip = "debuginfo"

# A workspace of its own, wherever it is created.
[workspace]
"#;
    match kind {
        Kind::Wasm => vec![
            (
                "Cargo.toml".into(),
                format!(
                    "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[lib]\ncrate-type = [\"cdylib\"]\n\n[dependencies]\nuni-plugin = {{ path = \"{}\" }}\nuni-plugin-sdk = {{ path = \"{}\" }}\n{profile}",
                    crate_path("uni-plugin"),
                    crate_path("uni-plugin-sdk")
                ),
            ),
            ("uniplugin.toml".into(), manifest),
            (
                "src/lib.rs".into(),
                format!(
                    "//! `{id}`: a uni-plugin WebAssembly plugin.\n\n{plugin_code}\nuni_plugin_sdk::export_plugin!(HelloPlugin::new());\n"
                ),
            ),
            (".gitignore".into(), "/target\n*.wasm\n".into()),
            (
                "README.md".into(),
                format!(
                    "# {name}\n\nA uni-plugin WebAssembly plugin.\n\n```sh\nuniplug build .     # builds {snake}.wasm for wasm32-wasip2\nuniplug check .     # loads it and runs the manifest's examples\nuniplug sql --plugins . -c \"SELECT {function}('world')\"\n```\n"
                ),
            ),
        ],
        Kind::Native => vec![
            (
                "Cargo.toml".into(),
                format!(
                    "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n# A shared library the host loads at run time (the same source builds\n# a wasm component with `--target wasm32-wasip2`).\n[lib]\ncrate-type = [\"cdylib\"]\n\n[dependencies]\nuni-plugin = {{ path = \"{}\" }}\nuni-plugin-sdk = {{ path = \"{}\" }}\n{native_profile}",
                    crate_path("uni-plugin"),
                    crate_path("uni-plugin-sdk")
                ),
            ),
            ("uniplugin.toml".into(), manifest),
            (
                "src/lib.rs".into(),
                format!(
                    "//! `{id}`: a native uni-plugin plugin (a shared library behind the C ABI).\n\n{plugin_code}\nuni_plugin_sdk::export_plugin!(HelloPlugin::new());\n"
                ),
            ),
            (".gitignore".into(), "/target\n*.so\n*.dylib\n*.dll\n".into()),
            (
                "README.md".into(),
                format!(
                    "# {name}\n\nA native uni-plugin plugin: a shared library any `uniplug` loads at run time.\nNative code is trusted (no sandbox); build it as a wasm component for a sandbox.\n\n```sh\nuniplug build .     # builds lib{snake} for this machine\nuniplug check .     # loads it and runs the manifest's examples\nuniplug sql --plugins . -c \"SELECT {function}('world')\"\n```\n"
                ),
            ),
        ],
    }
}

/// The files of a new Python or JavaScript plugin, as (relative path,
/// contents).
pub fn script_files(name: &str, id: &PluginId, lang: Lang) -> Vec<(String, String)> {
    let snake = name.replace('-', "_");
    let function = format!("{snake}_hello");
    let (language, app, tool, guide, ignore) = match lang {
        Lang::Python => ("Python", "app.py", "componentize-py", "python.md", "__pycache__/\n"),
        _ => ("JavaScript", "app.js", "componentize-js", "js.md", "node_modules/\n"),
    };
    let code = match lang {
        Lang::Python => format!(
            r#""""`{id}`: a uni-plugin plugin in Python, run sandboxed in a
WebAssembly component (`uniplug build .` makes it with componentize-py)."""

from uni_plugin import scalar


@scalar
def {function}(name):
    # Called once per row; a NULL argument gives NULL without a call.
    return f"hello, {{name}}"
"#
        ),
        _ => format!(
            r#"// `{id}`: a uni-plugin plugin in JavaScript, run sandboxed in a
// WebAssembly component (`uniplug build .` makes it with componentize-js).

import {{ scalar }} from "uni-plugin";

// Called once per row; a NULL argument gives NULL without a call.
scalar("{function}", (name) => `hello, ${{name}}`);
"#
        ),
    };
    vec![
        ("uniplugin.toml".into(), manifest(id, "wasm", &format!("{snake}.wasm"), Some((language, app)), &function)),
        (app.into(), code),
        (".gitignore".into(), format!("/target\n*.wasm\n{ignore}")),
        (
            "README.md".into(),
            format!(
                "# {name}\n\nA uni-plugin plugin in {language}, sandboxed in a WebAssembly component.\n\n```sh\nuniplug build .     # builds {snake}.wasm with {tool}\nuniplug check .     # loads it and runs the manifest's examples\nuniplug sql --plugins . -c \"SELECT {function}('world')\"\n```\n\nSee docs/{guide} in uni-plugin for every kind of function.\n"
            ),
        ),
    ]
}

/// Runs `uniplug new`.
pub fn run(args: NewArgs) -> CliResult {
    if !valid_name(&args.name) {
        return Err(CliError::usage(format!(
            "`{}` is not a plugin name: use lowercase letters, digits, `-` or `_`, starting with a letter",
            args.name
        )));
    }
    let id_text = args.id.clone().unwrap_or_else(|| format!("com.example.{}", args.name.replace('_', "-")));
    let id: PluginId = id_text.parse().map_err(|error| CliError::usage(format!("--id `{id_text}`: {error}")))?;
    if args.lang != Lang::Rust && args.kind == Kind::Native {
        return Err(CliError::usage(
            "Python and JavaScript plugins run sandboxed as wasm components; drop `--kind native` (native libraries \
             are Rust or C)",
        ));
    }
    let dir = args.path.join(&args.name);
    if dir.exists() {
        return Err(CliError::usage(format!("`{}` already exists; pick another name or --path", dir.display())));
    }
    let files = match args.lang {
        Lang::Rust => files(&args.name, &id, args.kind, &sdk_crates(&args)?),
        lang => script_files(&args.name, &id, lang),
    };
    for (relative, contents) in files {
        let path = dir.join(&relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|error| CliError::failed(format!("cannot create `{}`: {error}", parent.display())))?;
        }
        std::fs::write(&path, contents)
            .map_err(|error| CliError::failed(format!("cannot write `{}`: {error}", path.display())))?;
    }
    println!(
        "created {} plugin `{id}` in {}",
        match (args.lang, args.kind) {
            (Lang::Python, _) => "Python (wasm)",
            (Lang::Js, _) => "JavaScript (wasm)",
            (Lang::Rust, Kind::Wasm) => "wasm",
            (Lang::Rust, Kind::Native) => "native",
        },
        dir.display()
    );
    println!("next: uniplug build {0} && uniplug check {0}", dir.display());
    Ok(())
}

/// The uni-plugin crates a Rust plugin depends on: `--sdk`, or this
/// binary's source tree.
fn sdk_crates(args: &NewArgs) -> CliResult<PathBuf> {
    let crates = match &args.sdk {
        Some(dir) => dir.clone(),
        None => default_crates_dir().ok_or_else(|| {
            CliError::usage("cannot find the uni-plugin crates this uniplug was built from; pass --sdk DIR (the crates/ directory of a uni-plugin checkout)")
        })?,
    };
    crates.canonicalize().map_err(|error| CliError::usage(format!("--sdk `{}`: {error}", crates.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaffold_manifests_are_valid_for_both_kinds() {
        let id: PluginId = "com.example.my-plugin".parse().unwrap();
        for kind in [Kind::Wasm, Kind::Native] {
            let files = files("my-plugin", &id, kind, Path::new("/opt/uni-plugin/crates"));
            let (_, manifest) = files.iter().find(|(path, _)| path == "uniplugin.toml").unwrap();
            let manifest = uni_plugin::PluginManifest::from_toml_str(manifest).unwrap();
            assert_eq!(manifest.plugin.id, id);
            assert_eq!(manifest.functions[0].name, "my_plugin_hello");
        }
    }

    #[test]
    fn script_scaffolds_declare_what_their_app_registers() {
        let id: PluginId = "com.example.my-plugin".parse().unwrap();
        for (lang, app) in [(Lang::Python, "app.py"), (Lang::Js, "app.js")] {
            let files = script_files("my-plugin", &id, lang);
            let (_, manifest) = files.iter().find(|(path, _)| path == "uniplugin.toml").unwrap();
            let manifest = uni_plugin::PluginManifest::from_toml_str(manifest).unwrap();
            let (_, code) = files.iter().find(|(path, _)| path == app).unwrap();
            assert!(code.contains(&manifest.functions[0].name), "{code}");
        }
    }

    #[test]
    fn names_are_checked() {
        assert!(valid_name("units") && valid_name("my-plugin_2"));
        assert!(!valid_name("") && !valid_name("2x") && !valid_name("Big") && !valid_name("a b"));
    }
}
