//! The object-store side of [`super::PluginStore`]: an `s3://` bucket or an
//! `http(s)://` server holding `<prefix>/<digest>/<file>` objects.
//!
//! An object store has no rename, so an entry is published file by file
//! and the **manifest last**: a reader treats a digest as present only once
//! its manifest exists, and by then every other object of the entry is
//! complete (each object's upload is atomic). Two publishers of one digest
//! write the same bytes, so publishing is idempotent and needs no lock.
//!
//! Reads are size-capped while they stream (a hostile server cannot make a
//! node buffer more than the policy's plugin size), and nothing is trusted
//! until [`super::PluginStore::fetch`] has hashed what arrived.

use std::future::Future;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use object_store::path::{Path as ObjectPath, PathPart};
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};
use tokio_stream::StreamExt;
use uni_plugin::manifest::PluginManifest;
use uni_plugin_host::signing::SIGNATURE_FILE;
use uni_plugin_host::{MANIFEST_FILES, MAX_TEXT_FILE, PluginDigest, PluginFiles};

use crate::ClusterError;

/// A bucket or server holding plugins by digest.
#[derive(Debug, Clone)]
pub(crate) struct Objects {
    store: Arc<dyn ObjectStore>,
    prefix: ObjectPath,
    /// The URL it was opened with, for messages.
    url: String,
}

/// What a plugin store location may be, for errors.
const SCHEMES: &str = "a directory, file://PATH, s3://BUCKET/PREFIX or http(s)://HOST/PREFIX";

impl Objects {
    /// Opens `url` (`s3://` or `http(s)://`), with object_store
    /// configuration `options` (e.g. `aws_endpoint`) applied over what the
    /// environment sets (`AWS_*` variables for S3).
    pub(crate) fn open(url: &url::Url, options: &[(String, String)]) -> Result<Objects, ClusterError> {
        let text = url.to_string();
        let invalid = |message: String| ClusterError::StoreUrl { url: text.clone(), message };
        let (store, prefix): (Arc<dyn ObjectStore>, &str) = match url.scheme() {
            "s3" | "s3a" => {
                let mut builder = object_store::aws::AmazonS3Builder::from_env().with_url(text.clone());
                for (key, value) in options {
                    let key = key.parse().map_err(|error| invalid(format!("option `{key}`: {error}")))?;
                    builder = builder.with_config(key, value.clone());
                }
                (Arc::new(builder.build().map_err(|error| invalid(error.to_string()))?), url.path())
            }
            "http" | "https" => {
                let base = &url[..url::Position::BeforePath];
                let mut builder = object_store::http::HttpBuilder::new().with_url(base);
                for (key, value) in options {
                    let key = key.parse().map_err(|error| invalid(format!("option `{key}`: {error}")))?;
                    builder = builder.with_config(key, value.clone());
                }
                (Arc::new(builder.build().map_err(|error| invalid(error.to_string()))?), url.path())
            }
            other => return Err(invalid(format!("unsupported scheme `{other}`; a plugin store is {SCHEMES}"))),
        };
        let prefix = ObjectPath::parse(prefix.trim_matches('/'))
            .map_err(|error| invalid(format!("the path is not a valid object prefix: {error}")))?;
        Ok(Objects { store, prefix, url: text })
    }

    /// The URL, for messages.
    pub(crate) fn url(&self) -> &str {
        &self.url
    }

    /// The object holding `file` (a relative `/`-separated path) of the
    /// entry for `digest`.
    fn key(&self, digest: &PluginDigest, file: &str) -> ObjectPath {
        let parts = self.prefix.parts().chain(std::iter::once(PathPart::from(digest.to_string())));
        let file_parts = file.split('/').filter(|part| !part.is_empty() && *part != ".").map(PathPart::from);
        parts.chain(file_parts).collect()
    }

    fn error(&self, action: &'static str, key: &ObjectPath, error: object_store::Error) -> ClusterError {
        ClusterError::Store { store: self.url.clone(), action, key: key.to_string(), message: error.to_string() }
    }

    /// Whether the entry for `digest` is complete (its manifest exists).
    pub(crate) fn contains(&self, digest: &PluginDigest) -> Result<bool, ClusterError> {
        Ok(self.manifest_name(digest)?.is_some())
    }

    /// The name of the entry's manifest object, if it has one.
    fn manifest_name(&self, digest: &PluginDigest) -> Result<Option<&'static str>, ClusterError> {
        for name in MANIFEST_FILES {
            let key = self.key(digest, name);
            let store = self.store.clone();
            let found = block_on({
                let key = key.clone();
                async move { store.head(&key).await }
            })?;
            match found {
                Ok(_) => return Ok(Some(name)),
                Err(object_store::Error::NotFound { .. }) => {}
                Err(error) => return Err(self.error("look up", &key, error)),
            }
        }
        Ok(None)
    }

    /// The object at `key`, at most `max` bytes (`None`: there is none).
    fn get(&self, key: &ObjectPath, max: u64) -> Result<Option<Vec<u8>>, ClusterError> {
        let store = self.store.clone();
        let owned = key.clone();
        let read = block_on(async move {
            let result = match store.get(&owned).await {
                Ok(result) => result,
                Err(object_store::Error::NotFound { .. }) => return Ok(None),
                Err(error) => return Err(Fault::Store(error)),
            };
            if result.meta.size > max {
                return Err(Fault::TooLarge(result.meta.size));
            }
            let mut bytes = Vec::with_capacity(result.meta.size as usize);
            let mut stream = result.into_stream();
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.map_err(Fault::Store)?;
                // The server's stated size is not trusted either.
                if (bytes.len() + chunk.len()) as u64 > max {
                    return Err(Fault::TooLarge((bytes.len() + chunk.len()) as u64));
                }
                bytes.extend_from_slice(&chunk);
            }
            Ok(Some(bytes))
        })?;
        read.map_err(|fault| match fault {
            Fault::Store(error) => self.error("read", key, error),
            Fault::TooLarge(size) => ClusterError::Store {
                store: self.url.clone(),
                action: "read",
                key: key.to_string(),
                message: format!(
                    "the object is larger than the {max} bytes a plugin file may have here (at least {size} bytes); refusing it"
                ),
            },
        })
    }

    fn put(&self, key: ObjectPath, bytes: &[u8]) -> Result<(), ClusterError> {
        let store = self.store.clone();
        let payload = PutPayload::from(bytes.to_vec());
        let owned = key.clone();
        block_on(async move { store.put(&owned, payload).await })?.map_err(|error| self.error("write", &key, error))?;
        Ok(())
    }

    /// Publishes `files` under their digest: the artifact and signature
    /// first, the manifest last. An entry already complete gets only a new
    /// signature, if `files` brings one.
    pub(crate) fn publish(
        &self,
        files: &PluginFiles,
        manifest_name: &str,
        artifact: Option<&str>,
    ) -> Result<(), ClusterError> {
        let digest = &files.digest;
        if self.contains(digest)? {
            return self.sync_signature(digest, files.signature.as_deref());
        }
        if let (Some(file), Some(bytes)) = (artifact, &files.artifact) {
            self.put(self.key(digest, file), bytes)?;
        }
        if let Some(signature) = &files.signature {
            self.put(self.key(digest, SIGNATURE_FILE), signature)?;
        }
        self.put(self.key(digest, manifest_name), &files.manifest_bytes)
    }

    /// The entry's signature file, if it has one.
    pub(crate) fn signature(&self, digest: &PluginDigest) -> Result<Option<Vec<u8>>, ClusterError> {
        self.get(&self.key(digest, SIGNATURE_FILE), MAX_TEXT_FILE)
    }

    /// Gives the entry `signature` when there is one and it differs.
    pub(crate) fn sync_signature(&self, digest: &PluginDigest, signature: Option<&[u8]>) -> Result<(), ClusterError> {
        let Some(signature) = signature else { return Ok(()) };
        if self.signature(digest)?.as_deref() == Some(signature) {
            return Ok(());
        }
        self.put(self.key(digest, SIGNATURE_FILE), signature)
    }

    /// Downloads the entry for `digest` into the empty directory `to`, as
    /// files laid out like a plugin directory. Nothing is verified here:
    /// the caller hashes what `to` holds.
    pub(crate) fn download(&self, digest: &PluginDigest, to: &Path, max_size: u64) -> Result<(), ClusterError> {
        // One GET per object: the manifest's, under each name it may have.
        let mut manifest = None;
        for name in MANIFEST_FILES {
            let key = self.key(digest, name);
            if let Some(bytes) = self.get(&key, MAX_TEXT_FILE.min(max_size))? {
                manifest = Some((*name, key, bytes));
                break;
            }
        }
        let Some((manifest_name, manifest_key, manifest_bytes)) = manifest else {
            return Err(ClusterError::NotInStore { digest: *digest, store: self.url.clone() });
        };
        let manifest = PluginManifest::parse_bytes(Path::new(manifest_name), &manifest_bytes).map_err(|error| {
            ClusterError::Store {
                store: self.url.clone(),
                action: "read",
                key: manifest_key.to_string(),
                message: format!("not a valid manifest: {error}"),
            }
        })?;
        let mut files: Vec<(String, Vec<u8>)> = vec![(manifest_name.to_owned(), manifest_bytes)];
        let artifact = super::relative_entry(&uni_plugin_host::artifact_file(&manifest), to)?;
        let artifact = artifact.to_string_lossy().replace('\\', "/");
        if let Some(bytes) = self.get(&self.key(digest, &artifact), max_size)? {
            files.push((artifact, bytes));
        }
        if let Some(signature) = self.signature(digest)? {
            files.push((SIGNATURE_FILE.to_owned(), signature));
        }
        for (file, bytes) in files {
            let target = to.join(&file);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(ClusterError::io("create", parent))?;
            }
            std::fs::write(&target, bytes).map_err(ClusterError::io("write", &target))?;
        }
        Ok(())
    }

    /// The digests with a complete entry, in no particular order.
    pub(crate) fn digests(&self) -> Result<Vec<PluginDigest>, ClusterError> {
        let store = self.store.clone();
        let prefix = self.prefix.clone();
        let listed = block_on(async move {
            let prefix = (!prefix.as_ref().is_empty()).then_some(prefix);
            store.list_with_delimiter(prefix.as_ref()).await
        })?
        .map_err(|error| self.error("list", &self.prefix, error))?;
        let mut digests = Vec::new();
        for common in listed.common_prefixes {
            let Some(digest) = common.filename().and_then(|name| name.parse::<PluginDigest>().ok()) else { continue };
            if self.contains(&digest)? {
                digests.push(digest);
            }
        }
        Ok(digests)
    }
}

/// Why a read stopped.
enum Fault {
    Store(object_store::Error),
    TooLarge(u64),
}

/// The runtime store requests run on: callers are synchronous (the codec
/// decoding a plan, the client publishing), some inside another runtime's
/// worker, so requests run on this one and the caller waits for the answer.
fn runtime() -> Result<&'static tokio::runtime::Runtime, ClusterError> {
    static RUNTIME: OnceLock<Result<tokio::runtime::Runtime, String>> = OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .thread_name("uniplug-store")
                .enable_all()
                .build()
                .map_err(|error| error.to_string())
        })
        .as_ref()
        .map_err(|error| ClusterError::Cluster(format!("cannot start the plugin store's I/O thread: {error}")))
}

/// Runs `future` on the store's runtime and waits for it.
fn block_on<T: Send + 'static>(future: impl Future<Output = T> + Send + 'static) -> Result<T, ClusterError> {
    let (sender, receiver) = std::sync::mpsc::sync_channel(1);
    runtime()?.spawn(async move {
        let _ = sender.send(future.await);
    });
    receiver.recv().map_err(|_| ClusterError::Cluster("a plugin store request was cancelled".into()))
}
