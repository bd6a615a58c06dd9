//! Errors of calls into plugin code.

/// Why one call into a plugin failed. Sorted by who is at fault: the caller
/// (`InvalidInput`), the operator's policy (`NotGranted`), the plugin
/// (`Failed`, `Panicked`, `Trapped`) or the host's limits (`Timeout`,
/// `ResourceExhausted`, `Unavailable`). Hosts wrap it with the plugin, function
/// and generation that failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CallError {
    /// The arguments are wrong (type, count, a value out of the domain).
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// The plugin reported a failure.
    #[error("{0}")]
    Failed(String),
    /// The plugin tried something its grants do not allow.
    #[error("not granted: {0}")]
    NotGranted(String),
    /// The plugin panicked (native) or the guest panicked (wasm).
    #[error("plugin panicked: {0}")]
    Panicked(String),
    /// The wasm guest trapped.
    #[error("plugin trapped: {0}")]
    Trapped(String),
    /// The call ran past its time limit.
    #[error("call exceeded its time limit of {0}")]
    Timeout(crate::HumanDuration),
    /// The call ran out of memory, stack or another bounded resource.
    #[error("resource limit exceeded: {0}")]
    ResourceExhausted(String),
    /// The function cannot be called now (circuit open, plugin unloading).
    #[error("unavailable: {0}")]
    Unavailable(String),
}

impl CallError {
    /// A plugin failure with a message.
    pub fn failed(message: impl Into<String>) -> CallError {
        CallError::Failed(message.into())
    }

    /// An invalid-input error with a message.
    pub fn invalid_input(message: impl Into<String>) -> CallError {
        CallError::InvalidInput(message.into())
    }
}

impl From<arrow_schema::ArrowError> for CallError {
    fn from(error: arrow_schema::ArrowError) -> Self {
        CallError::Failed(format!("arrow: {error}"))
    }
}

/// An error a plugin's `register()`, `init()` returns.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct PluginError {
    /// What went wrong, for the operator.
    pub message: String,
}

impl PluginError {
    /// An error with a message.
    pub fn new(message: impl Into<String>) -> PluginError {
        PluginError { message: message.into() }
    }
}

impl From<crate::context::ContextError> for PluginError {
    fn from(error: crate::context::ContextError) -> Self {
        PluginError::new(error.to_string())
    }
}

impl From<CallError> for PluginError {
    fn from(error: CallError) -> Self {
        PluginError::new(error.to_string())
    }
}
