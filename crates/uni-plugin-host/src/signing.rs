//! Signing plugin directories (`docs/user-guide.md`, "Signing").
//!
//! A signature covers the manifest file's exact bytes and the entry
//! artifact's bytes (for wasm plugins; the entry *name* for native ones),
//! hashed with blake3 under a domain-separation prefix and length framing, then
//! signed with ed25519. `uniplugin.sig` beside the manifest holds the key id
//! and the signature. Changing one byte of either file breaks it.
//!
//! ```
//! use uni_plugin_host::signing::{keygen, sign_plugin_dir, verify_plugin_dir};
//! # let dir = std::env::temp_dir().join(format!("uni-plugin-sign-doc-{}", std::process::id()));
//! # std::fs::create_dir_all(&dir).unwrap();
//! # std::fs::write(dir.join("uniplugin.toml"), "[plugin]\nid = \"com.example.x\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"x\"\n").unwrap();
//! let keys = keygen().unwrap();
//! sign_plugin_dir(&dir, &keys).unwrap();
//! let signed = verify_plugin_dir(&dir, &[keys.public()]).unwrap();
//! assert_eq!(signed.key_id, keys.public().key_id());
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```

use std::fmt;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use uni_plugin::document::{KeyPath, Node, NodeValue, Reader};

use crate::PluginDigest;
use crate::digest::digest_of_dir;
use crate::source::PluginFiles;

/// The signature file's name, beside the manifest.
pub const SIGNATURE_FILE: &str = "uniplugin.sig";
const PUBLIC_PREFIX: &str = "ed25519:";
const SECRET_PREFIX: &str = "ed25519-secret:";

/// Signing or verification failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignatureError {
    /// No `uniplugin.sig` in the directory.
    #[error("plugin in `{}` is not signed (no {SIGNATURE_FILE}); sign it with `uniplug sign DIR --key K`", dir.display())]
    Unsigned {
        /// The plugin directory.
        dir: PathBuf,
    },
    /// Signed by a key that is not trusted.
    #[error("plugin in `{}` is signed by key `{key_id}`, which is not in the policy's `trusted_keys`", dir.display())]
    UntrustedKey {
        /// The plugin directory.
        dir: PathBuf,
        /// The signer's key id.
        key_id: String,
    },
    /// The signature does not match the files: something changed after signing.
    #[error("plugin in `{}` was modified after signing (signature by key `{key_id}` does not match its manifest and artifact)", dir.display())]
    Tampered {
        /// The plugin directory.
        dir: PathBuf,
        /// The signer's key id.
        key_id: String,
    },
    /// A key or signature file is malformed or unreadable.
    #[error("{0}")]
    Invalid(String),
}

/// An ed25519 public key that may be trusted.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.key_id())
    }
}

impl PublicKey {
    /// Parses `ed25519:<base64>`.
    pub fn parse(text: &str) -> Result<PublicKey, SignatureError> {
        let encoded = text.trim().strip_prefix(PUBLIC_PREFIX).ok_or_else(|| {
            SignatureError::Invalid(format!(
                "public key must look like `{PUBLIC_PREFIX}<base64>`, got `{}`",
                text.trim()
            ))
        })?;
        let bytes = decode_32(encoded, "public key")?;
        VerifyingKey::from_bytes(&bytes)
            .map(PublicKey)
            .map_err(|error| SignatureError::Invalid(format!("invalid ed25519 public key: {error}")))
    }

    /// Reads a key: inline `ed25519:<base64>`, or a file holding one (a
    /// relative path is resolved against `base_dir`).
    pub fn load(spec: &str, base_dir: &Path) -> Result<PublicKey, SignatureError> {
        if spec.trim().starts_with(PUBLIC_PREFIX) {
            return PublicKey::parse(spec);
        }
        let path = base_dir.join(spec);
        let text = std::fs::read_to_string(&path).map_err(|error| {
            SignatureError::Invalid(format!("cannot read trusted key `{}`: {error}", path.display()))
        })?;
        PublicKey::parse(&text).map_err(|error| SignatureError::Invalid(format!("`{}`: {error}", path.display())))
    }

    /// A short, stable identifier: the first 16 hex digits of blake3(key).
    pub fn key_id(&self) -> String {
        blake3::hash(self.0.as_bytes()).to_hex()[..16].to_owned()
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{PUBLIC_PREFIX}{}", BASE64.encode(self.0.as_bytes()))
    }
}

fn decode_32(encoded: &str, what: &str) -> Result<[u8; 32], SignatureError> {
    let bytes = BASE64
        .decode(encoded.trim())
        .map_err(|error| SignatureError::Invalid(format!("{what} is not valid base64: {error}")))?;
    bytes
        .try_into()
        .map_err(|bytes: Vec<u8>| SignatureError::Invalid(format!("{what} must be 32 bytes, got {}", bytes.len())))
}

/// An ed25519 signing key and its public half.
pub struct KeyPair(SigningKey);

impl KeyPair {
    /// A fresh key pair from the operating system's secure random source.
    pub fn generate() -> Result<KeyPair, SignatureError> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed)
            .map_err(|error| SignatureError::Invalid(format!("no secure random source: {error}")))?;
        Ok(KeyPair(SigningKey::from_bytes(&seed)))
    }

    /// Parses `ed25519-secret:<base64>` (what [`KeyPair::secret_text`] writes).
    pub fn parse(text: &str) -> Result<KeyPair, SignatureError> {
        let encoded = text
            .trim()
            .strip_prefix(SECRET_PREFIX)
            .ok_or_else(|| SignatureError::Invalid(format!("secret key must look like `{SECRET_PREFIX}<base64>`")))?;
        Ok(KeyPair(SigningKey::from_bytes(&decode_32(encoded, "secret key")?)))
    }

    /// Reads a secret key file.
    pub fn load(path: &Path) -> Result<KeyPair, SignatureError> {
        let text = std::fs::read_to_string(path)
            .map_err(|error| SignatureError::Invalid(format!("cannot read key `{}`: {error}", path.display())))?;
        KeyPair::parse(&text).map_err(|error| SignatureError::Invalid(format!("`{}`: {error}", path.display())))
    }

    /// The public half.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// The secret key as text, for a key file (keep it private).
    pub fn secret_text(&self) -> String {
        format!("{SECRET_PREFIX}{}", BASE64.encode(self.0.to_bytes()))
    }
}

/// A fresh ed25519 key pair (what `uniplug keygen` writes).
pub fn keygen() -> Result<KeyPair, SignatureError> {
    KeyPair::generate()
}

/// What a valid signature says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    /// The signer's key id.
    pub key_id: String,
}

/// The digest a signature covers: manifest bytes and entry bytes, framed
/// (read once, see [`PluginFiles`]).
pub fn plugin_digest(dir: &Path) -> Result<PluginDigest, SignatureError> {
    digest_of_dir(dir).map_err(|error| SignatureError::Invalid(error.to_string()))
}

/// Signs the plugin in `dir`, writing `uniplugin.sig`.
pub fn sign_plugin_dir(dir: &Path, keys: &KeyPair) -> Result<Signed, SignatureError> {
    let digest = plugin_digest(dir)?;
    let signature = keys.0.sign(digest.as_bytes());
    let key_id = keys.public().key_id();
    let text = format!(
        "# uni-plugin signature: ed25519 over blake3(manifest, entry)\nversion = 1\nkey_id = \"{key_id}\"\npublic_key = \"{}\"\nsignature = \"{}\"\n",
        keys.public(),
        BASE64.encode(signature.to_bytes())
    );
    let path = dir.join(SIGNATURE_FILE);
    std::fs::write(&path, text)
        .map_err(|error| SignatureError::Invalid(format!("cannot write `{}`: {error}", path.display())))?;
    Ok(Signed { key_id })
}

struct SignatureFile {
    key_id: String,
    public_key: PublicKey,
    signature: Signature,
}

fn parse_signature(path: &Path, bytes: &[u8]) -> Result<SignatureFile, SignatureError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| SignatureError::Invalid(format!("`{}` is malformed: not UTF-8", path.display())))?;
    let malformed = |what: String| SignatureError::Invalid(format!("`{}` is malformed: {what}", path.display()));
    let root = Node::parse_toml(text).map_err(|problem| malformed(problem.to_string()))?;
    let mut reader = Reader::new();
    let table = reader.table(&root, &KeyPath::root(), &["version", "key_id", "public_key", "signature"]);
    let mut field = |key: &str| -> Option<String> {
        let node = reader.required(&table, key, "a string")?;
        reader.string(node, &table.path_of(key)).map(str::to_owned)
    };
    let (key_id, public_key, signature) = (field("key_id"), field("public_key"), field("signature"));
    let version = table.get("version").map(|node| node.value.clone());
    let problems = reader.into_problems();
    if let Some(problem) = problems.first() {
        return Err(malformed(problem.to_string()));
    }
    if version != Some(NodeValue::Integer(1)) {
        return Err(malformed("`version` must be 1".into()));
    }
    let (Some(key_id), Some(public_key), Some(signature)) = (key_id, public_key, signature) else {
        return Err(malformed("missing fields".into()));
    };
    let public_key = PublicKey::parse(&public_key)?;
    let signature_bytes = BASE64.decode(signature.trim()).map_err(|_| malformed("`signature` is not base64".into()))?;
    let signature =
        Signature::from_slice(&signature_bytes).map_err(|_| malformed("`signature` is not 64 bytes".into()))?;
    Ok(SignatureFile { key_id, public_key, signature })
}

/// Verifies the plugin in `dir` against `trusted` keys (reading its files
/// once; see [`verify_files`]).
pub fn verify_plugin_dir(dir: &Path, trusted: &[PublicKey]) -> Result<Signed, SignatureError> {
    let files = PluginFiles::read(dir, u64::MAX).map_err(|error| SignatureError::Invalid(error.to_string()))?;
    verify_files(&files, trusted)
}

/// Verifies the signature in `files` over the digest of exactly the bytes
/// they hold: what passes here is what gets loaded.
pub fn verify_files(files: &PluginFiles, trusted: &[PublicKey]) -> Result<Signed, SignatureError> {
    let dir = &files.dir;
    let Some(bytes) = &files.signature else {
        return Err(SignatureError::Unsigned { dir: dir.to_path_buf() });
    };
    let file = parse_signature(&dir.join(SIGNATURE_FILE), bytes)?;
    let key_id = file.public_key.key_id();
    if key_id != file.key_id {
        return Err(SignatureError::Tampered { dir: dir.to_path_buf(), key_id: file.key_id });
    }
    if file.public_key.0.verify_strict(files.digest.as_bytes(), &file.signature).is_err() {
        return Err(SignatureError::Tampered { dir: dir.to_path_buf(), key_id });
    }
    if !trusted.contains(&file.public_key) {
        return Err(SignatureError::UntrustedKey { dir: dir.to_path_buf(), key_id });
    }
    Ok(Signed { key_id })
}
