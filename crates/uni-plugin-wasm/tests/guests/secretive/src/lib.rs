//! A guest that imports `host-secret`: it must not load without a grant.
//! It also reads randomness through its context (WASI's, in the sandbox).

use std::sync::{Mutex, OnceLock};

use uni_plugin::{Plugin, PluginContext, PluginError, PluginManifest, Registrar};
use uni_plugin_sdk::rows::scalar_fn1;

static CONTEXT: OnceLock<Mutex<PluginContext>> = OnceLock::new();

struct Secretive(PluginManifest);

impl Plugin for Secretive {
    fn manifest(&self) -> &PluginManifest {
        &self.0
    }
    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar.scalar(
            "peek",
            scalar_fn1(|name: String| {
                let context = CONTEXT.get().map(|c| c.lock().unwrap().clone());
                match context.map(|c| c.secret(&name)) {
                    Some(Ok(Some(value))) => value,
                    Some(Ok(None)) => "<none>".into(),
                    Some(Err(error)) => format!("error: {error}"),
                    None => "<no context>".into(),
                }
            }),
        );
        // 16 bytes from `PluginContext::random_bytes`, as hex, per row.
        registrar.scalar(
            "dice",
            scalar_fn1(|_: i64| {
                let context = CONTEXT.get().map(|c| c.lock().unwrap().clone());
                let mut bytes = [0u8; 16];
                match context.map(|c| c.random_bytes(&mut bytes)) {
                    Some(Ok(())) => bytes.iter().map(|b| format!("{b:02x}")).collect(),
                    Some(Err(error)) => format!("error: {error}"),
                    None => "<no context>".into(),
                }
            }),
        );
        Ok(())
    }
    fn init(&self, context: &PluginContext) -> Result<(), PluginError> {
        let _ = CONTEXT.set(Mutex::new(context.clone()));
        Ok(())
    }
}

uni_plugin_sdk::export_plugin!(Secretive(
    PluginManifest::from_toml_str(include_str!("../uniplugin.toml")).expect("the manifest is valid")
));
