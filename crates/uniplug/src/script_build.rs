//! `uniplug build` for plugins in Python (`app.py`, built with
//! componentize-py) and JavaScript (`app.js`, built with componentize-js).
//!
//! The plugin's sources, the language's SDK (bundled into `uniplug`), the
//! WIT, the manifest's declarations and a small entry module are staged in
//! `target/uniplug-<language>/`, and the tool turns them into a component.
//! Nothing is installed: a missing tool is an error saying how to get it.

use std::path::{Path, PathBuf};
use std::process::Command;

use uni_plugin::PluginManifest;
use uni_plugin::manifest::Returns;

use crate::error::{CliError, CliResult};
use crate::progress::Progress;

/// The WIT every component implements.
const WIT: &str = include_str!("../../uni-plugin-wasm/wit/plugin.wit");

/// A language whose plugins `uniplug build` makes with a tool of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// `app.py`, componentize-py.
    Python,
    /// `app.js`, componentize-js.
    JavaScript,
}

/// The componentize-py release the Python SDK is tested with.
pub const COMPONENTIZE_PY_VERSION: &str = "0.25.1";
/// The componentize-js release the JavaScript SDK is tested with.
pub const COMPONENTIZE_JS_VERSION: &str = "0.23.0";

const PYTHON_SDK: [(&str, &str); 6] = [
    ("uni_plugin/__init__.py", include_str!("../../../sdks/python/uni_plugin/__init__.py")),
    ("uni_plugin/_columns.py", include_str!("../../../sdks/python/uni_plugin/_columns.py")),
    ("uni_plugin/_errors.py", include_str!("../../../sdks/python/uni_plugin/_errors.py")),
    ("uni_plugin/_exports.py", include_str!("../../../sdks/python/uni_plugin/_exports.py")),
    ("uni_plugin/_host.py", include_str!("../../../sdks/python/uni_plugin/_host.py")),
    ("uni_plugin/_registry.py", include_str!("../../../sdks/python/uni_plugin/_registry.py")),
];

const JS_SDK: [(&str, &str); 1] = [("uni_plugin.js", include_str!("../../../sdks/js/uni_plugin.js"))];

impl Language {
    /// The language of the plugin in `dir`: an `app.py` or `app.js` and no
    /// Cargo.toml.
    pub fn of(dir: &Path) -> Option<Language> {
        if dir.join("Cargo.toml").is_file() {
            return None;
        }
        [Language::Python, Language::JavaScript].into_iter().find(|language| dir.join(language.app_file()).is_file())
    }

    /// The plugin's own module.
    pub fn app_file(self) -> &'static str {
        match self {
            Language::Python => "app.py",
            Language::JavaScript => "app.js",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Language::Python => "Python",
            Language::JavaScript => "JavaScript",
        }
    }

    fn source_extension(self) -> &'static str {
        match self {
            Language::Python => "py",
            Language::JavaScript => "js",
        }
    }

    fn tool(self) -> &'static str {
        match self {
            Language::Python => "componentize-py",
            Language::JavaScript => "componentize-js",
        }
    }

    fn tool_variable(self) -> &'static str {
        match self {
            Language::Python => "UNIPLUG_COMPONENTIZE_PY",
            Language::JavaScript => "UNIPLUG_COMPONENTIZE_JS",
        }
    }

    /// Where the project's install script puts the tool, under the tools
    /// directory.
    fn tool_in_tools_dir(self) -> String {
        match self {
            Language::Python => format!("componentize-py-{COMPONENTIZE_PY_VERSION}/bin/componentize-py"),
            Language::JavaScript => {
                format!("componentize-js-{COMPONENTIZE_JS_VERSION}/node_modules/.bin/componentize-js")
            }
        }
    }

    fn install_hint(self) -> String {
        match self {
            Language::Python => format!(
                "Install it into a virtual environment:\n  python3 -m venv ~/.venvs/componentize-py && \
                 ~/.venvs/componentize-py/bin/pip install componentize-py=={COMPONENTIZE_PY_VERSION}\nthen put its \
                 bin directory on PATH or set UNIPLUG_COMPONENTIZE_PY to the executable (from a uni-plugin checkout, \
                 scripts/install-componentize-py.sh does this for you)"
            ),
            Language::JavaScript => format!(
                "Install it with npm (Node.js 18 or later):\n  npm install --prefix ~/.local/componentize-js \
                 @bytecodealliance/componentize-js@{COMPONENTIZE_JS_VERSION}\nthen put \
                 ~/.local/componentize-js/node_modules/.bin on PATH or set UNIPLUG_COMPONENTIZE_JS to the executable \
                 (from a uni-plugin checkout, scripts/install-componentize-js.sh does this for you)"
            ),
        }
    }

    /// The SDK's files and the entry module, as (path in staging, text).
    fn staged_files(self, manifest: &PluginManifest) -> Vec<(String, String)> {
        // A JSON string literal is both a Python and a JavaScript string
        // literal.
        let declarations = serde_json::Value::from(declarations(manifest).to_string()).to_string();
        let sdk: &[(&str, &str)] = match self {
            Language::Python => &PYTHON_SDK,
            Language::JavaScript => &JS_SDK,
        };
        let mut files: Vec<(String, String)> =
            sdk.iter().map(|(path, text)| (path.to_string(), text.to_string())).collect();
        match self {
            Language::Python => {
                files.push((
                    "uniplug_manifest.py".into(),
                    format!("# Generated by `uniplug build` from the manifest.\nimport json\n\nFUNCTIONS = json.loads({declarations})\n"),
                ));
                files.push((
                    "uniplug_entry.py".into(),
                    "import app  # noqa: F401  (registers the plugin's functions)\nfrom uni_plugin._exports import Guest  # noqa: F401\n".into(),
                ));
                // componentize-py looks for an exported interface's resources
                // in a module named after the interface.
                files.push((
                    "guest.py".into(),
                    "from uni_plugin._exports import Accumulator, GroupedAccumulator, TableStream  # noqa: F401\n"
                        .into(),
                ));
            }
            Language::JavaScript => {
                files.push((
                    "uniplug_manifest.js".into(),
                    format!("// Generated by `uniplug build` from the manifest.\nexport const FUNCTIONS = JSON.parse({declarations});\n"),
                ));
                files.push((
                    "uniplug_entry.js".into(),
                    "import \"./app.js\";\nexport { guest } from \"./uni_plugin.js\";\n".into(),
                ));
            }
        }
        files
    }

    /// The tool's arguments, run in the staging directory.
    fn arguments(self) -> Vec<&'static str> {
        match self {
            // The SDK's files and the plugin's sources are in separate
            // search paths, so a plugin module never shadows the SDK's.
            Language::Python => {
                vec![
                    "-d",
                    "wit",
                    "-w",
                    "plugin",
                    "componentize",
                    "uniplug_entry",
                    "-p",
                    "sdk",
                    "-p",
                    "src",
                    "-o",
                    "component.wasm",
                ]
            }
            // wasi:http is disabled: the host links no HTTP.
            Language::JavaScript => vec![
                "src/uniplug_entry.js",
                "--wit",
                "wit/plugin.wit",
                "--world-name",
                "plugin",
                "-d",
                "http",
                "fetch-event",
                "-o",
                "component.wasm",
            ],
        }
    }
}

/// The manifest's functions as the SDKs read them:
/// `{name: {"kind", "args", "returns"}}`, table columns as `[[name, type]]`.
fn declarations(manifest: &PluginManifest) -> serde_json::Value {
    let functions: serde_json::Map<String, serde_json::Value> = manifest
        .functions
        .iter()
        .map(|function| {
            let returns = match &function.returns {
                Returns::Type(ty) => serde_json::Value::from(ty.to_string()),
                Returns::Columns(columns) => columns
                    .iter()
                    .map(|column| serde_json::json!([column.name, column.ty.to_string()]))
                    .collect::<Vec<_>>()
                    .into(),
            };
            let args: Vec<String> = function.args.iter().map(|arg| arg.to_string()).collect();
            (function.name.clone(), serde_json::json!({"kind": function.kind.name(), "args": args, "returns": returns}))
        })
        .collect();
    serde_json::Value::Object(functions)
}

/// Where the tool is: its environment variable, then `PATH`, then the
/// project's tools directory.
fn find_tool(language: Language) -> CliResult<PathBuf> {
    if let Some(path) = std::env::var_os(language.tool_variable()) {
        return Ok(PathBuf::from(path));
    }
    let on_path = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).map(|dir| dir.join(language.tool())).collect::<Vec<_>>())
        .unwrap_or_default();
    let tools = std::env::var_os("UNI_PLUGIN_TOOLS")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache/uni-plugin/tools")));
    let in_tools = tools.map(|tools| tools.join(language.tool_in_tools_dir()));
    on_path.into_iter().chain(in_tools).find(|candidate| candidate.is_file()).ok_or_else(|| {
        CliError::usage(format!(
            "building a {} plugin needs {}, which was not found on PATH. {}",
            language.name(),
            language.tool(),
            language.install_hint()
        ))
    })
}

fn create_dir(dir: &Path) -> CliResult<()> {
    std::fs::create_dir_all(dir).map_err(|e| CliError::failed(format!("cannot create `{}`: {e}", dir.display())))
}

fn write(path: &Path, text: &str) -> CliResult<()> {
    if let Some(parent) = path.parent() {
        create_dir(parent)?;
    }
    std::fs::write(path, text).map_err(|e| CliError::failed(format!("cannot write `{}`: {e}", path.display())))
}

/// Copies the plugin's sources of `language` (never its `target/`), in
/// subdirectories too. JavaScript imports of `"uni-plugin"` are pointed at
/// the staged SDK (`depth` directories up).
fn copy_sources(language: Language, from: &Path, to: &Path, depth: usize) -> CliResult<()> {
    let entries =
        std::fs::read_dir(from).map_err(|e| CliError::failed(format!("cannot read `{}`: {e}", from.display())))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() && name != "target" && name != "node_modules" && !name.to_string_lossy().starts_with('.') {
            copy_sources(language, &path, &to.join(&name), depth + 1)?;
        } else if path.is_file() && path.extension().is_some_and(|extension| extension == language.source_extension()) {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| CliError::failed(format!("cannot read `{}`: {e}", path.display())))?;
            let text = match language {
                Language::Python => text,
                Language::JavaScript => {
                    let sdk =
                        format!("{}uni_plugin.js", if depth == 0 { "./".to_owned() } else { "../".repeat(depth) });
                    text.replace("from \"uni-plugin\"", &format!("from \"{sdk}\""))
                        .replace("from 'uni-plugin'", &format!("from \"{sdk}\""))
                }
            };
            write(&to.join(&name), &text)?;
        }
    }
    Ok(())
}

/// Builds the plugin in `dir`; returns the component's path (in the
/// staging directory).
pub fn build(language: Language, dir: &Path, manifest: &PluginManifest) -> CliResult<PathBuf> {
    let tool = find_tool(language)?;
    let dir = &dir.canonicalize().map_err(|e| CliError::failed(format!("`{}`: {e}", dir.display())))?;
    let staging = dir.join(format!("target/uniplug-{}", language.source_extension()));
    if staging.exists() {
        std::fs::remove_dir_all(&staging)
            .map_err(|e| CliError::failed(format!("cannot clear `{}`: {e}", staging.display())))?;
    }
    // Python keeps the SDK and the plugin in separate search paths;
    // JavaScript modules import each other by relative path, so the SDK sits
    // beside the plugin's modules.
    let (sdk, sources) = match language {
        Language::Python => (staging.join("sdk"), staging.join("src")),
        Language::JavaScript => (staging.join("src"), staging.join("src")),
    };
    create_dir(&sources)?;
    copy_sources(language, dir, &sources, 0)?;
    for (path, text) in language.staged_files(manifest) {
        write(&sdk.join(path), &text)?;
    }
    write(&staging.join("wit/plugin.wit"), WIT)?;
    let progress = Progress::start(format!("building {} with {}", manifest.plugin.id, language.tool()));
    let output =
        Command::new(&tool).args(language.arguments()).current_dir(&staging).env_remove("RUST_BACKTRACE").output();
    progress.finish();
    let output =
        output.map_err(|e| CliError::failed(format!("cannot run {} (`{}`): {e}", language.tool(), tool.display())))?;
    let component = staging.join("component.wasm");
    if !output.status.success() || !component.is_file() {
        let mut diagnostics = String::from_utf8_lossy(&output.stderr).into_owned();
        diagnostics.push_str(&String::from_utf8_lossy(&output.stdout));
        // The tool's own stack is noise to a plugin author.
        if let Some(at) = diagnostics.find("\nStack backtrace:") {
            diagnostics.truncate(at);
        }
        return Err(CliError::failed(format!(
            "{} could not build `{}`:\n{}",
            language.tool(),
            dir.display(),
            diagnostics.trim_end()
        )));
    }
    Ok(component)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> PluginManifest {
        PluginManifest::from_toml_str(
            r#"[plugin]
id = "com.example.py"
version = "1.0.0"
abi = "^0.1"
kind = "wasm"
entry = "py.wasm"

[[functions]]
name = "say_hi"
kind = "scalar"
args = ["utf8", "list<int64>"]
returns = "utf8"

[[functions]]
name = "rows"
kind = "table"
args = []
returns = { n = "int64", label = "utf8" }
"#,
        )
        .unwrap()
    }

    #[test]
    fn declarations_name_every_function_with_its_types_in_order() {
        let functions = declarations(&manifest());
        assert_eq!(functions["say_hi"]["args"], serde_json::json!(["utf8", "list<int64>"]));
        assert_eq!(functions["rows"]["returns"], serde_json::json!([["n", "int64"], ["label", "utf8"]]));
        assert_eq!(functions["rows"]["kind"], "table");
    }

    #[test]
    fn the_declarations_module_is_a_string_literal_of_that_json() {
        for language in [Language::Python, Language::JavaScript] {
            let files = language.staged_files(&manifest());
            let (_, module) = files.iter().find(|(path, _)| path.starts_with("uniplug_manifest")).unwrap();
            let marker = if language == Language::Python { "json.loads(" } else { "JSON.parse(" };
            let literal = module.split(marker).nth(1).unwrap();
            let literal = literal.trim_end().trim_end_matches(';').trim_end_matches(')');
            let json: String = serde_json::from_str(literal).unwrap();
            assert_eq!(serde_json::from_str::<serde_json::Value>(&json).unwrap(), declarations(&manifest()));
        }
    }

    #[test]
    fn javascript_imports_of_the_sdk_point_at_the_staged_copy() {
        let root = std::env::temp_dir().join(format!("uniplug-js-stage-{}", std::process::id()));
        let (source, staged) = (root.join("plugin"), root.join("staged"));
        std::fs::create_dir_all(source.join("lib")).unwrap();
        std::fs::create_dir_all(source.join("target")).unwrap();
        std::fs::write(source.join("app.js"), "import { scalar } from \"uni-plugin\";\nimport \"./lib/x.js\";\n")
            .unwrap();
        std::fs::write(source.join("lib/x.js"), "import { table } from 'uni-plugin';\n").unwrap();
        std::fs::write(source.join("target/old.js"), "stale").unwrap();
        copy_sources(Language::JavaScript, &source, &staged, 0).unwrap();
        assert_eq!(
            std::fs::read_to_string(staged.join("app.js")).unwrap(),
            "import { scalar } from \"./uni_plugin.js\";\nimport \"./lib/x.js\";\n"
        );
        assert_eq!(
            std::fs::read_to_string(staged.join("lib/x.js")).unwrap(),
            "import { table } from \"../uni_plugin.js\";\n"
        );
        assert!(!staged.join("target").exists());
        std::fs::remove_dir_all(&root).unwrap();
    }
}
