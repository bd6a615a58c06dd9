//! The `Plugin` trait: the entry point of every plugin.

use crate::context::PluginContext;
use crate::error::PluginError;
use crate::manifest::PluginManifest;
use crate::registrar::Registrar;

/// A plugin: a manifest plus the code behind it.
///
/// The host calls, in order and on one generation: [`Plugin::register`] once
/// (fill the registrar with everything the manifest declares),
/// [`Plugin::init`] once (acquire resources through the context), then serves
/// calls, and finally [`Plugin::shutdown`] once after the generation drained.
/// A reload creates a new plugin instance for the new generation.
///
/// ```
/// use std::sync::Arc;
/// use arrow_array::ArrayRef;
/// use uni_plugin::{CallError, Plugin, PluginError, PluginManifest, Registrar, ScalarFunction};
///
/// struct Echo;
/// impl ScalarFunction for Echo {
///     fn invoke(&self, args: &[ArrayRef], _rows: usize) -> Result<ArrayRef, CallError> {
///         Ok(args[0].clone())
///     }
/// }
///
/// struct EchoPlugin(PluginManifest);
/// impl Plugin for EchoPlugin {
///     fn manifest(&self) -> &PluginManifest { &self.0 }
///     fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
///         registrar.scalar("echo", Echo);
///         Ok(())
///     }
/// }
///
/// let manifest = PluginManifest::from_toml_str(r#"
///     [plugin]
///     id = "com.example.echo"
///     version = "0.1.0"
///     abi = "^0.1"
///     kind = "native"
///     entry = "echo"
///     [[functions]]
///     name = "echo"
///     kind = "scalar"
///     args = ["utf8"]
///     returns = "utf8"
/// "#).unwrap();
/// let plugin = EchoPlugin(manifest.clone());
/// let mut registrar = Registrar::new(Arc::new(manifest));
/// plugin.register(&mut registrar).unwrap();
/// let surface = registrar.finish().unwrap();
/// assert_eq!(surface.functions.len(), 1);
/// ```
pub trait Plugin: Send + Sync + 'static {
    /// The plugin's manifest (native plugins usually embed their
    /// `uniplugin.toml` with `include_str!`).
    fn manifest(&self) -> &PluginManifest;

    /// Registers every function, hook, trigger and job the manifest declares.
    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError>;

    /// Called once after a successful `register`. The default does nothing.
    fn init(&self, context: &PluginContext) -> Result<(), PluginError> {
        let _ = context;
        Ok(())
    }

    /// Called once when the generation is retired. The default does nothing.
    fn shutdown(&self) {}
}
