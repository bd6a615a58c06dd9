//! Isolation of native plugin code: every call runs under `catch_unwind`, so a
//! panicking plugin fails one call and the host keeps running.

use std::panic::{AssertUnwindSafe, catch_unwind};

use uni_plugin::PluginId;

use crate::HostError;

/// The message of a panic payload (`&str` or `String`; anything else is named
/// as such).
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "(non-string panic payload)".to_owned()
    }
}

/// Runs `call` (plugin code) and turns a panic into [`HostError::Panicked`]
/// naming `plugin` and `function`.
///
/// The plugin's state after a panic may be inconsistent; the host treats the
/// call as failed and relies on the breaker and reload to recover. Nothing of
/// the host's own state is touched inside `call`.
pub fn guarded<T>(plugin: &PluginId, function: &str, call: impl FnOnce() -> T) -> Result<T, HostError> {
    catch_unwind(AssertUnwindSafe(call)).map_err(|payload| HostError::Panicked {
        plugin: plugin.clone(),
        function: function.to_owned(),
        message: panic_message(payload.as_ref()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_become_errors_naming_plugin_and_function() {
        let plugin: PluginId = "com.example.boom".parse().unwrap();
        let error = guarded(&plugin, "explode", || -> i32 { panic!("kaboom {}", 42) }).unwrap_err();
        assert_eq!(error.to_string(), "plugin `com.example.boom` panicked in `explode`: kaboom 42");
        assert_eq!(guarded(&plugin, "fine", || 7).unwrap(), 7);
    }
}
