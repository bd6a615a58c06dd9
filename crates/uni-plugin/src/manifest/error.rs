//! [`ManifestError`]: everything that can be wrong with a manifest.

use std::fmt;
use std::path::PathBuf;

use crate::document::Problem;

/// A manifest could not be read or is invalid. For invalid manifests every
/// problem found is listed, each with its key path (`functions[1].args[0]`),
/// position where the format gives one, what was expected and a suggestion.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ManifestError {
    /// The file could not be read.
    #[error("cannot read manifest `{}`: {source}", path.display())]
    Io {
        /// The manifest path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file name has neither a `.toml` nor a `.json` extension.
    #[error("cannot tell the format of `{}`: expected a `.toml` or `.json` extension", path.display())]
    UnknownFormat {
        /// The manifest path.
        path: PathBuf,
    },
    /// The text is not a valid manifest.
    #[error("{}", InvalidDisplay { file: file.as_deref(), problems })]
    Invalid {
        /// The file, when read from one.
        file: Option<String>,
        /// Every problem found, in document order.
        problems: Vec<Problem>,
    },
    /// The manifest could not be written out (a value the format cannot hold).
    #[error("cannot serialize manifest: {message}")]
    Serialize {
        /// What the serializer reported.
        message: String,
    },
}

impl ManifestError {
    pub(crate) fn invalid(file: Option<String>, mut problems: Vec<Problem>) -> ManifestError {
        problems.sort_by_key(|problem| problem.position.map(|p| (p.line, p.column)).unwrap_or((usize::MAX, 0)));
        ManifestError::Invalid { file, problems }
    }

    /// The problems of an invalid manifest (empty for I/O errors).
    pub fn problems(&self) -> &[Problem] {
        match self {
            ManifestError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }
}

struct InvalidDisplay<'a> {
    file: Option<&'a str>,
    problems: &'a [Problem],
}

impl fmt::Display for InvalidDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.problems.len();
        let noun = if count == 1 { "problem" } else { "problems" };
        match self.file {
            Some(file) => write!(f, "invalid manifest `{file}` ({count} {noun}):")?,
            None => write!(f, "invalid manifest ({count} {noun}):")?,
        }
        for problem in self.problems {
            f.write_str("\n  ")?;
            if let Some(file) = self.file {
                write!(f, "{file}:")?;
                if problem.position.is_none() {
                    f.write_str(" ")?;
                }
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}
