//! What a command's failure means for the exit code.

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The command line or its inputs are wrong (exit code 2): a missing
    /// file, a malformed `--table`, conflicting options.
    #[error("{0}")]
    Usage(String),
    /// The work failed (exit code 1): a query, a plugin, a check, a build.
    #[error("{0}")]
    Failed(String),
    /// The work failed and every error was already printed (exit code 1),
    /// e.g. some statements of a script; the text says what failed, or is
    /// empty when the printed errors say it all.
    #[error("{0} failed")]
    Reported(String),
}

impl CliError {
    /// The process exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Failed(_) | CliError::Reported(_) => 1,
        }
    }

    /// A usage error.
    pub fn usage(message: impl std::fmt::Display) -> CliError {
        CliError::Usage(message.to_string())
    }

    /// A failure of the work itself.
    pub fn failed(message: impl std::fmt::Display) -> CliError {
        CliError::Failed(message.to_string())
    }
}

/// The result of a command.
pub type CliResult<T = ()> = Result<T, CliError>;
