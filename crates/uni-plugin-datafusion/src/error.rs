//! Errors of a plugin session.

use datafusion::error::DataFusionError;
use uni_plugin::CallError;

/// A query through a [`crate::PluginSession`] failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SessionError {
    /// Planning or executing the SQL failed (including plugin errors, which
    /// name plugin, function and cause).
    #[error("{0}")]
    Query(#[from] DataFusionError),
    /// Loading plugins failed.
    #[error("{0}")]
    Host(#[from] uni_plugin_host::HostError),
}

/// A plugin call error as a DataFusion execution error naming the function.
pub(crate) fn call_failed(plugin: &uni_plugin::PluginId, function: &str, error: CallError) -> DataFusionError {
    let message = error.to_string();
    // The host call path already names plugin and function in most errors.
    if message.contains(&format!("`{plugin}`")) {
        DataFusionError::Execution(message)
    } else {
        DataFusionError::Execution(format!("plugin `{plugin}` function `{function}`: {message}"))
    }
}
