//! What both world versions' runtimes share: the plugin's state, host
//! services forwarded through the imports, `init`, and function lookup.
//! The imports' generated names are the same in both versions' bindings,
//! so this compiles against whichever the SDK was built for.

use std::sync::{Arc, Mutex, MutexGuard};

use arrow_array::RecordBatch;
use uni_plugin::context::{HostServices, LogLevel};
use uni_plugin::surface::FunctionImpl;
use uni_plugin::{CallError, Grants, Plugin, PluginContext, PluginId, PluginSurface, Registrar};

use crate::bindings::uni::plugin::host_log;
use crate::bindings::uni::plugin::types::CallError as GuestError;

/// The plugin and what it registered, made by `init`.
pub(crate) struct State {
    pub(crate) plugin: Box<dyn Plugin>,
    pub(crate) surface: PluginSurface,
}

static STATE: Mutex<Option<State>> = Mutex::new(None);

pub(crate) fn state() -> MutexGuard<'static, Option<State>> {
    STATE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A surface's error as the world's: invalid input and missing grants keep
/// their kind, the rest is the plugin's failure.
pub(crate) fn to_guest(error: CallError) -> GuestError {
    match error {
        CallError::InvalidInput(message) => GuestError::InvalidInput(message),
        CallError::NotGranted(message) => GuestError::NotGranted(message),
        other => GuestError::Failed(other.to_string()),
    }
}

pub(crate) fn failed(message: impl Into<String>) -> GuestError {
    GuestError::Failed(message.into())
}

/// Host services seen from inside the sandbox: the host has already checked
/// grants on its side of every import; the guest just forwards.
struct GuestServices;

impl HostServices for GuestServices {
    fn log(&self, _plugin: &PluginId, level: LogLevel, message: &str) {
        let level = match level {
            LogLevel::Trace => host_log::Level::Trace,
            LogLevel::Debug => host_log::Level::Debug,
            LogLevel::Info => host_log::Level::Info,
            LogLevel::Warn => host_log::Level::Warn,
            LogLevel::Error => host_log::Level::Error,
        };
        host_log::log(level, message);
    }

    // The host links every import and answers `not-granted` for what the
    // policy did not grant, so these are always forwarded.
    fn secret(&self, name: &str) -> Result<Option<String>, String> {
        crate::bindings::uni::plugin::host_secret::get(name).map(Some)
    }

    fn query(&self, sql: &str, _deadline: Option<std::time::Instant>) -> Result<Vec<RecordBatch>, String> {
        crate::runtime::query_host(sql)
    }
}

/// Builds the plugin, registers its surfaces with the host's `[config]`, and
/// runs its `init`.
pub fn init(config_json: &str, make: impl FnOnce() -> Box<dyn Plugin>) -> Result<(), GuestError> {
    let config = match serde_json::from_str::<serde_json::Value>(config_json) {
        Ok(serde_json::Value::Object(config)) => config,
        Ok(_) | Err(_) => return Err(GuestError::InvalidInput("the host's config is not a JSON object".into())),
    };
    let plugin = make();
    let mut manifest = plugin.manifest().clone();
    manifest.config = config.clone();
    let requested: Vec<_> = manifest.capabilities.all().cloned().collect();
    let id = manifest.plugin.id.clone();
    let mut registrar = Registrar::new(Arc::new(manifest));
    plugin.register(&mut registrar).map_err(|e| failed(e.message))?;
    let surface = registrar.finish().map_err(|e| failed(e.to_string()))?;
    // The sandbox enforces grants on the host side; inside, the plugin may
    // try everything it asked for.
    let grants = Grants::from_set(requested.into_iter().collect());
    let context = PluginContext::new(id, 0, grants, config, None, Arc::new(GuestServices));
    plugin.init(&context).map_err(|e| failed(e.message))?;
    *state() = Some(State { plugin, surface });
    Ok(())
}

/// Runs `use_it` on the implementation of function `name`.
pub(crate) fn with_function<T>(
    name: &str,
    use_it: impl FnOnce(&FunctionImpl) -> Result<T, GuestError>,
) -> Result<T, GuestError> {
    let state = state();
    let state = state.as_ref().ok_or_else(|| failed("the plugin is not initialized"))?;
    let (_, implementation) = state
        .surface
        .functions
        .iter()
        .find(|(decl, _)| decl.name == name)
        .ok_or_else(|| GuestError::InvalidInput(format!("this plugin has no function `{name}`")))?;
    use_it(implementation)
}
