//! A configurable test plugin: `n` scalar functions that add a constant.

use std::sync::Arc;

use arrow_array::{ArrayRef, Int64Array, cast::AsArray, types::Int64Type};
use uni_plugin::{CallError, Generation, Plugin, PluginError, PluginManifest, Registrar, Registry, ScalarFunction};

/// Adds `delta` to its int64 argument.
pub struct AddConstant(pub i64);

impl ScalarFunction for AddConstant {
    fn invoke(&self, args: &[ArrayRef], _rows: usize) -> Result<ArrayRef, CallError> {
        let delta = self.0;
        Ok(Arc::new(args[0].as_primitive::<Int64Type>().unary::<_, Int64Type>(|v| v + delta)))
    }
}

/// A plugin whose functions `prefix_0..prefix_n` add `delta`.
pub struct TestPlugin {
    pub manifest: PluginManifest,
    pub delta: i64,
}

impl Plugin for TestPlugin {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }
    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        let names: Vec<String> = registrar.manifest().functions.iter().map(|f| f.name.clone()).collect();
        for name in names {
            registrar.scalar(&name, AddConstant(self.delta));
        }
        Ok(())
    }
}

pub fn manifest_text(id: &str, prefix: &str, n_functions: usize) -> String {
    let mut text =
        format!("[plugin]\nid = \"{id}\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"test\"\n");
    for function_idx in 0..n_functions {
        text.push_str(&format!(
            "\n[[functions]]\nname = \"{prefix}_{function_idx}\"\nkind = \"scalar\"\nargs = [\"int64\"]\nreturns = \"int64\"\n"
        ));
    }
    text
}

pub fn test_plugin(id: &str, prefix: &str, n_functions: usize, delta: i64) -> Arc<dyn Plugin> {
    let manifest = PluginManifest::from_toml_str(&manifest_text(id, prefix, n_functions)).expect("valid manifest");
    Arc::new(TestPlugin { manifest, delta })
}

/// Registers `plugin` and builds its next generation for `registry`.
pub fn prepare(registry: &Registry, plugin: Arc<dyn Plugin>) -> Arc<Generation> {
    let manifest = Arc::new(plugin.manifest().clone());
    let mut registrar = Registrar::new(manifest.clone());
    plugin.register(&mut registrar).expect("register");
    let surface = registrar.finish().expect("surface matches manifest");
    let number = registry.next_generation_number(manifest.plugin.id.as_str());
    Generation::prepared(number, plugin, surface)
}

/// Calls `name(x)` through the registry; `None` if not found.
pub fn call(registry: &Registry, name: &str, x: i64) -> Option<Result<i64, CallError>> {
    let handle = registry.lookup(name)?;
    let input: ArrayRef = Arc::new(Int64Array::from(vec![x]));
    Some(handle.scalar().expect("scalar").invoke(&[input], 1).map(|out| out.as_primitive::<Int64Type>().value(0)))
}
