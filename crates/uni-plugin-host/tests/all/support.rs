//! Test plugins: configurable native plugins with scalar functions.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use arrow_array::{ArrayRef, Int64Array, cast::AsArray, types::Int64Type};
use uni_plugin::{CallError, Plugin, PluginContext, PluginError, PluginManifest, Registrar, ScalarFunction};

/// Adds `config.delta` (default 0) to its argument.
struct AddDelta(i64);

impl ScalarFunction for AddDelta {
    fn invoke(&self, args: &[ArrayRef], _rows: usize) -> Result<ArrayRef, CallError> {
        let delta = self.0;
        Ok(Arc::new(args[0].as_primitive::<Int64Type>().unary::<_, Int64Type>(|v| v + delta)))
    }
}

/// How a test plugin misbehaves.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    None,
    PanicInRegister,
    FailInit,
    PanicInInit,
}

pub struct TestPlugin {
    manifest: PluginManifest,
    fault: Fault,
    pub shutdowns: Arc<AtomicUsize>,
}

impl Plugin for TestPlugin {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }
    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        if self.fault == Fault::PanicInRegister {
            panic!("register exploded");
        }
        let delta = registrar.config().get("delta").and_then(|v| v.as_i64()).unwrap_or(0);
        let names: Vec<String> = registrar.manifest().functions.iter().map(|f| f.name.clone()).collect();
        for name in names {
            registrar.scalar(&name, AddDelta(delta));
        }
        Ok(())
    }
    fn init(&self, context: &PluginContext) -> Result<(), PluginError> {
        match self.fault {
            Fault::FailInit => Err(PluginError::new("database unreachable")),
            Fault::PanicInInit => panic!("init exploded"),
            _ => {
                // Native code asking for what it was not granted gets an error.
                if context.config().get("probe_env").is_some() {
                    context.env("HOME")?;
                }
                Ok(())
            }
        }
    }
    fn shutdown(&self) {
        self.shutdowns.fetch_add(1, Ordering::SeqCst);
    }
}

pub fn manifest_text(id: &str, version: &str, functions: &[&str], extra: &str) -> String {
    let mut text = format!(
        "[plugin]\nid = \"{id}\"\nversion = \"{version}\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"{id}\"\n{extra}\n"
    );
    for name in functions {
        text.push_str(&format!(
            "[[functions]]\nname = \"{name}\"\nkind = \"scalar\"\nargs = [\"int64\"]\nreturns = \"int64\"\n"
        ));
    }
    text
}

pub fn plugin(text: &str, fault: Fault) -> TestPlugin {
    TestPlugin {
        manifest: PluginManifest::from_toml_str(text).unwrap_or_else(|e| panic!("{e}")),
        fault,
        shutdowns: Arc::new(AtomicUsize::new(0)),
    }
}

pub fn call(registry: &uni_plugin::Registry, name: &str, x: i64) -> Option<Result<i64, CallError>> {
    let handle = registry.lookup(name)?;
    let input: ArrayRef = Arc::new(Int64Array::from(vec![x]));
    Some(handle.scalar().unwrap().invoke(&[input], 1).map(|out| out.as_primitive::<Int64Type>().value(0)))
}

/// A fresh temporary directory, removed on drop.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "uni-plugin-host-{tag}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    pub fn write(&self, relative: &str, contents: &str) -> std::path::PathBuf {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
