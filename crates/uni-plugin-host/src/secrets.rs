//! The operator's secret store: the `[secrets]` table of the policy file.
//!
//! A plugin granted `secret:NAME` asks for NAME at run time; the operator
//! says where its value lives, never the value itself:
//!
//! ```toml
//! [secrets]
//! api-key = { env = "ACME_KEY" }                        # an environment variable
//! "db/password" = { file = "/etc/uniplug/db-password" }  # a file only the operator can read
//! ```
//!
//! Values are read when a plugin asks (a rotated secret needs no restart),
//! are never kept in the policy, and appear in no log line, error or `Debug`
//! output: errors name the secret and its source, not its value. A secret
//! file must be a regular file owned by the user the host runs as and
//! readable by no one else (mode `0600` or `0400`), at most 64 KiB; one
//! trailing newline is dropped. A relative path is relative to the policy
//! file's directory.
//!
//! ```
//! use uni_plugin_host::Policy;
//! let policy = Policy::from_toml_str("[secrets]\napi-key = { env = \"ACME_KEY\" }\n").unwrap();
//! assert_eq!(policy.secrets().names().collect::<Vec<_>>(), ["api-key"]);
//! assert!(!format!("{policy:?}").contains("ACME_VALUE"));
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use uni_plugin::capability::NamePattern;
use uni_plugin::document::{KeyPath, Node, NodeValue, Problem, Reader};

/// The largest secret file read.
pub const MAX_SECRET_FILE: u64 = 64 * 1024;

/// The keys of a secret's source: exactly one of them.
pub(crate) const SOURCE_KEYS: &[&str] = &["env", "file"];
const SOURCE_EXPECTED: &str = "`{ env = \"VARIABLE\" }` or `{ file = \"PATH\" }`";

/// Where one secret's value lives.
#[derive(Clone, PartialEq, Eq)]
pub enum SecretSource {
    /// An environment variable of the host process.
    Env(String),
    /// A file only the operator can read.
    File(PathBuf),
}

impl fmt::Debug for SecretSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SecretSource::Env(name) => write!(f, "env {name}"),
            SecretSource::File(path) => write!(f, "file {}", path.display()),
        }
    }
}

/// A secret could not be read; the message names the secret and its
/// source, never a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("secret `{name}` ({from:?}): {reason}")]
pub struct SecretError {
    /// The secret's name.
    pub name: String,
    /// Where it was looked for.
    pub from: SecretSource,
    /// What went wrong, and what to do.
    pub reason: String,
}

/// The `[secrets]` table: secret names to their sources.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SecretStore {
    sources: BTreeMap<String, SecretSource>,
    /// Where relative file paths are resolved (the policy file's directory).
    base_dir: Option<PathBuf>,
}

impl fmt::Debug for SecretStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(&self.sources).finish()
    }
}

impl SecretStore {
    /// The configured secret names.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.sources.keys().map(String::as_str)
    }

    /// Whether `name` is configured.
    pub fn contains(&self, name: &str) -> bool {
        self.sources.contains_key(name)
    }

    pub(crate) fn set_base_dir(&mut self, dir: Option<PathBuf>) {
        self.base_dir = dir;
    }

    /// The value of secret `name`, read now; `Ok(None)` when no such secret
    /// is configured.
    pub fn get(&self, name: &str) -> Result<Option<String>, SecretError> {
        let Some(source) = self.sources.get(name) else { return Ok(None) };
        let fail = |reason: String| SecretError { name: name.to_owned(), from: source.clone(), reason };
        match source {
            SecretSource::Env(variable) => match std::env::var(variable) {
                Ok(value) => Ok(Some(value)),
                Err(std::env::VarError::NotPresent) => {
                    Err(fail(format!("`{variable}` is not set in the host's environment; set it before starting")))
                }
                Err(std::env::VarError::NotUnicode(_)) => Err(fail(format!("`{variable}` is not valid UTF-8"))),
            },
            SecretSource::File(path) => {
                let path = match &self.base_dir {
                    Some(base) if path.is_relative() => base.join(path),
                    _ => path.clone(),
                };
                read_secret_file(&path).map(Some).map_err(fail)
            }
        }
    }
}

/// Reads a secret file after checking it is the operator's alone.
fn read_secret_file(path: &Path) -> Result<String, String> {
    let mut file = std::fs::File::open(path).map_err(|e| format!("cannot open `{}`: {e}", path.display()))?;
    let meta = file.metadata().map_err(|e| format!("cannot inspect `{}`: {e}", path.display()))?;
    if !meta.is_file() {
        return Err(format!("`{}` is not a regular file", path.display()));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let user = unsafe { libc::geteuid() };
        if meta.uid() != user {
            return Err(format!(
                "`{}` belongs to uid {}, not to the user the host runs as (uid {user}); `chown` it",
                path.display(),
                meta.uid()
            ));
        }
        if meta.mode() & 0o077 != 0 {
            return Err(format!(
                "`{}` is readable or writable by others (mode {:o}); `chmod 600` it",
                path.display(),
                meta.mode() & 0o777
            ));
        }
    }
    if meta.len() > MAX_SECRET_FILE {
        return Err(format!("`{}` is larger than {MAX_SECRET_FILE} bytes", path.display()));
    }
    let mut bytes = Vec::new();
    file.by_ref()
        .take(MAX_SECRET_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    if bytes.len() as u64 > MAX_SECRET_FILE {
        return Err(format!("`{}` is larger than {MAX_SECRET_FILE} bytes", path.display()));
    }
    let mut text = String::from_utf8(bytes).map_err(|_| format!("`{}` is not UTF-8 text", path.display()))?;
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    Ok(text)
}

/// Decodes `[secrets]`, reporting every problem with its key path.
pub(crate) fn decode(node: &Node, path: &KeyPath, reader: &mut Reader) -> SecretStore {
    let mut sources = BTreeMap::new();
    let NodeValue::Table(entries) = &node.value else {
        reader.report(
            Problem::new(path.clone(), format!("found {}", node.value.kind_name()))
                .at(node.position)
                .expected(format!("a table of secret names, each {SOURCE_EXPECTED}")),
        );
        return SecretStore::default();
    };
    for entry in entries {
        let entry_path = path.join(entry.key.as_str());
        if let Err(reason) = NamePattern::secret_name(&entry.key) {
            reader.report(
                Problem::new(entry_path.clone(), format!("invalid secret name `{}`: {reason}", entry.key))
                    .at(entry.key_position)
                    .expected("a name such as `api-key` or `team/db.password`"),
            );
            continue;
        }
        let table = reader.table(&entry.value, &entry_path, SOURCE_KEYS);
        let source = match (table.get("env"), table.get("file")) {
            (Some(env), None) => reader.string(env, &table.path_of("env")).and_then(|name| {
                let valid = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if !valid {
                    reader.report(
                        Problem::new(table.path_of("env"), format!("invalid environment variable name `{name}`"))
                            .at(env.position)
                            .expected("letters, digits and `_`"),
                    );
                }
                valid.then(|| SecretSource::Env(name.to_owned()))
            }),
            (None, Some(file)) => reader.string(file, &table.path_of("file")).and_then(|text| {
                if text.trim().is_empty() {
                    reader.report(
                        Problem::new(table.path_of("file"), "empty path").at(file.position).expected("a file path"),
                    );
                    return None;
                }
                Some(SecretSource::File(PathBuf::from(text)))
            }),
            (Some(_), Some(_)) => {
                reader.report(
                    Problem::new(entry_path.clone(), "both `env` and `file`")
                        .at(entry.value.position)
                        .expected(format!("one source: {SOURCE_EXPECTED}")),
                );
                None
            }
            (None, None) => {
                if matches!(entry.value.value, NodeValue::Table(_)) {
                    reader.report(
                        Problem::new(entry_path.clone(), "no source")
                            .at(entry.value.position)
                            .expected(SOURCE_EXPECTED),
                    );
                }
                None
            }
        };
        if let Some(source) = source {
            sources.insert(entry.key.clone(), source);
        }
    }
    SecretStore { sources, base_dir: None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Policy;

    fn store(text: &str) -> SecretStore {
        Policy::from_toml_str(text).unwrap_or_else(|e| panic!("{e}")).secrets().clone()
    }

    fn problems(text: &str) -> String {
        Policy::from_toml_str(text).unwrap_err().to_string()
    }

    #[test]
    fn decodes_env_and_file_sources() {
        let secrets = store("[secrets]\napi-key = { env = \"ACME_KEY\" }\n\"db/password\" = { file = \"db.pw\" }\n");
        assert_eq!(secrets.names().collect::<Vec<_>>(), ["api-key", "db/password"]);
        assert_eq!(secrets.get("missing").unwrap(), None);
    }

    #[test]
    fn bad_entries_are_located_problems() {
        let text = problems(
            "[secrets]\n\"../x\" = { env = \"A\" }\nb = { env = \"A\", file = \"f\" }\nc = { }\nd = { env = \"A-B\" }\ne = { path = \"x\" }\nf = \"literal\"\n",
        );
        for expected in [
            "secrets.\"../x\"",
            "both `env` and `file`",
            "secrets.c",
            "no source",
            "invalid environment variable name `A-B`",
            "secrets.e",
            "secrets.f",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn files_must_be_the_operators_alone_and_values_never_show() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pw");
        std::fs::write(&file, "hunter2-value\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        let mut secrets = store("[secrets]\npw = { file = \"pw\" }\n");
        secrets.set_base_dir(Some(dir.path().to_path_buf()));
        let error = secrets.get("pw").unwrap_err().to_string();
        assert!(error.contains("chmod 600") && !error.contains("hunter2"), "{error}");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(secrets.get("pw").unwrap().as_deref(), Some("hunter2-value"));
        assert!(!format!("{secrets:?}").contains("hunter2"));

        std::fs::write(&file, vec![b'x'; MAX_SECRET_FILE as usize + 1]).unwrap();
        assert!(secrets.get("pw").unwrap_err().to_string().contains("larger than"));
        let missing = store("[secrets]\npw = { file = \"/nonexistent/pw\" }\n").get("pw").unwrap_err();
        assert!(missing.to_string().contains("cannot open"), "{missing}");
    }

    #[test]
    fn an_unset_variable_says_so() {
        let error = store("[secrets]\nk = { env = \"UNI_PLUGIN_TEST_SURELY_UNSET_VARIABLE\" }\n").get("k").unwrap_err();
        assert!(error.to_string().contains("is not set"), "{error}");
    }
}
