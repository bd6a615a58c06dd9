//! [`ClusterError`]: what can go wrong shipping a plugin to a cluster node.

use std::path::PathBuf;

use uni_plugin_host::PluginDigest;

/// Publishing, fetching, verifying or loading a plugin by digest failed.
///
/// Every message names the digest, so an operator can find the artifact in
/// the store and on the node that refused it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ClusterError {
    /// The store holds no plugin with this digest.
    #[error(
        "plugin {digest} is not in the plugin store `{store}`; publish it there (a client does when it loads the plugin) or point this node at the store that has it"
    )]
    NotInStore {
        /// The digest asked for.
        digest: PluginDigest,
        /// The store that was searched (its directory or URL).
        store: String,
    },
    /// A plugin store location could not be opened.
    #[error(
        "plugin store `{url}`: {message}; a store is a directory, file:///PATH, s3://BUCKET/PREFIX or http(s)://HOST/PREFIX"
    )]
    StoreUrl {
        /// The location as given.
        url: String,
        /// What is wrong with it.
        message: String,
    },
    /// An object store request failed or returned something refused.
    #[error("plugin store `{store}`: cannot {action} `{key}`: {message}")]
    Store {
        /// The store's URL.
        store: String,
        /// What was being done.
        action: &'static str,
        /// The object.
        key: String,
        /// What went wrong.
        message: String,
    },
    /// The files kept under a digest hash to something else: the artifact was
    /// changed after it was published, or damaged.
    #[error(
        "plugin {digest} in `{}` does not match its digest (its files hash to {found}); the artifact was modified or damaged, refusing to load it; publish it again",
        dir.display()
    )]
    DigestMismatch {
        /// The digest asked for.
        digest: PluginDigest,
        /// What the files hash to.
        found: PluginDigest,
        /// The directory holding them.
        dir: PathBuf,
    },
    /// The plugin under a digest is not the plugin the plan names.
    #[error("plugin {digest} is `{found}`, but the plan names `{expected}`; the plan and the store disagree")]
    WrongPlugin {
        /// The digest.
        digest: PluginDigest,
        /// What the plan names (`id version`).
        expected: String,
        /// What the digest holds (`id version`).
        found: String,
    },
    /// The plugin loaded but has no such function.
    #[error("plugin `{plugin}` ({digest}) has no function `{function}`")]
    NoSuchFunction {
        /// The plugin id.
        plugin: String,
        /// The digest.
        digest: PluginDigest,
        /// The function asked for.
        function: String,
    },
    /// The host refused or failed to load the plugin (signature, policy,
    /// manifest, compile, init).
    #[error("plugin {digest} failed to load on this node: {message}")]
    Load {
        /// The digest.
        digest: PluginDigest,
        /// What the host said.
        message: String,
    },
    /// A directory does not hold a readable plugin.
    #[error("`{}` does not hold a readable plugin: {message}", dir.display())]
    Unreadable {
        /// The directory.
        dir: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A plugin reference could not be made or read (no content address,
    /// or malformed bytes on the wire).
    #[error(transparent)]
    Wire(#[from] uni_plugin::wire::WireError),
    /// Reading or writing the store or the node's cache failed.
    #[error("plugin store: cannot {action} `{}`: {source}", path.display())]
    Io {
        /// What was being done.
        action: &'static str,
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Starting or reaching a scheduler or executor failed.
    #[error("cluster: {0}")]
    Cluster(String),
}

impl ClusterError {
    pub(crate) fn io(action: &'static str, path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> ClusterError {
        let path = path.into();
        move |source| ClusterError::Io { action, path, source }
    }
}

impl From<ClusterError> for datafusion::error::DataFusionError {
    fn from(error: ClusterError) -> Self {
        datafusion::error::DataFusionError::Execution(error.to_string())
    }
}
