//! How plans name plugin code on the wire: [`FunctionRef`] and
//! [`TableCallRef`].
//!
//! A plan never carries plugin code, only a reference: plugin id, version,
//! digest and function name. The digest decides which bytes run; id and
//! version are checked against what the digest holds, so a corrupted or
//! mismatched store entry is caught with a message a person can act on.
//!
//! Each encoding starts with a magic prefix, so the codecs tell their own
//! payloads from Ballista's and DataFusion's without guessing. The bytes
//! come from the network: decoding checks everything (the Arrow part goes
//! through the checked [`crate::ipc`] decoder) and never panics. A cluster
//! adapter (uni-plugin-ballista) ships these; they live in the core so every
//! decoder of untrusted bytes is in one place, under one fuzz harness.
//!
//! ```
//! use uni_plugin::wire::FunctionRef;
//! let reference = FunctionRef {
//!     plugin: "ai.uniplug.geo".into(),
//!     version: "1.0.0".into(),
//!     digest: "ab".repeat(32).parse().unwrap(),
//!     function: "haversine".into(),
//!     requires: Vec::new(),
//! };
//! let bytes = reference.encode();
//! assert_eq!(FunctionRef::decode(&bytes).unwrap(), Some(reference));
//! assert_eq!(FunctionRef::decode(b"something else").unwrap(), None);
//! ```

use std::sync::Arc;

use arrow_array::ArrayRef;
use serde::{Deserialize, Serialize};

use crate::{CallHandle, PluginDigest};

pub mod control;

/// A reference could not be made or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WireError {
    /// The function's plugin has no content address to name it by.
    #[error(
        "function `{function}` of plugin `{plugin}` cannot run on a cluster: the plugin has no content address (a native plugin linked into the binary without a plugin directory); load it from a plugin directory"
    )]
    NoDigest {
        /// The plugin id.
        plugin: String,
        /// The function.
        function: String,
    },
    /// The bytes are not a well-formed reference.
    #[error("malformed plugin reference in a plan: {0}")]
    Malformed(String),
}

/// `requires` sorted, without duplicates and without `digest` itself: the
/// one spelling of a dependency set, so every node keys it alike.
fn normalize_requires(digest: &PluginDigest, requires: impl IntoIterator<Item = PluginDigest>) -> Vec<PluginDigest> {
    let mut requires: Vec<PluginDigest> = requires.into_iter().filter(|required| required != digest).collect();
    requires.sort();
    requires.dedup();
    requires
}

const FUNCTION_MAGIC: &[u8] = b"uniplug:function:v1\n";
const TABLE_MAGIC: &[u8] = b"uniplug:table-call:v1\n";

/// One function of one plugin generation, by content address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FunctionRef {
    /// The plugin id.
    pub plugin: String,
    /// The plugin version.
    pub version: String,
    /// The digest of the plugin's manifest and artifact.
    pub digest: PluginDigest,
    /// The SQL name of the function.
    pub function: String,
    /// The digests of the plugins this one depends on (its `[dependencies]`,
    /// transitively), as loaded where the plan was made: a node loads them
    /// beside it. Sorted, without duplicates; empty for most plugins.
    pub requires: Vec<PluginDigest>,
}

/// The most dependencies a reference may name: a plan from the network
/// cannot make a node fetch without bound.
pub const MAX_REQUIRES: usize = 64;

#[derive(Serialize, Deserialize)]
struct FunctionWire {
    plugin: String,
    version: String,
    digest: String,
    function: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    requires: Vec<String>,
}

impl FunctionRef {
    /// The reference to the function `handle` calls; fails for a plugin
    /// without a content address (a linked native no directory names).
    pub fn of(handle: &CallHandle) -> Result<FunctionRef, WireError> {
        let generation = handle.generation();
        let digest = generation.content_address().ok_or_else(|| WireError::NoDigest {
            plugin: handle.plugin_id().to_string(),
            function: handle.name().to_owned(),
        })?;
        Ok(FunctionRef {
            plugin: handle.plugin_id().to_string(),
            version: generation.manifest().plugin.version.to_string(),
            digest,
            function: handle.name().to_owned(),
            requires: Vec::new(),
        })
    }

    /// This reference with `requires` as its dependencies (sorted, without
    /// duplicates, never the plugin itself).
    pub fn with_requires(mut self, requires: impl IntoIterator<Item = PluginDigest>) -> FunctionRef {
        self.requires = normalize_requires(&self.digest, requires);
        self
    }

    /// `id version`, for messages.
    pub fn plugin_text(&self) -> String {
        format!("{} {}", self.plugin, self.version)
    }

    /// The wire form: magic prefix, then JSON.
    pub fn encode(&self) -> Vec<u8> {
        let mut bytes = FUNCTION_MAGIC.to_vec();
        bytes.extend(self.json());
        bytes
    }

    fn json(&self) -> Vec<u8> {
        let wire = FunctionWire {
            plugin: self.plugin.clone(),
            version: self.version.clone(),
            digest: self.digest.to_string(),
            function: self.function.clone(),
            requires: self.requires.iter().map(ToString::to_string).collect(),
        };
        // A struct of strings always serializes.
        serde_json::to_vec(&wire).unwrap_or_default()
    }

    /// The reference in `bytes`; `Ok(None)` when `bytes` is not one of ours.
    pub fn decode(bytes: &[u8]) -> Result<Option<FunctionRef>, WireError> {
        match bytes.strip_prefix(FUNCTION_MAGIC) {
            Some(json) => FunctionRef::from_json(json).map(Some),
            None => Ok(None),
        }
    }

    fn from_json(json: &[u8]) -> Result<FunctionRef, WireError> {
        let wire: FunctionWire = serde_json::from_slice(json)
            .map_err(|error| WireError::Malformed(format!("function reference: {error}")))?;
        let digest = wire.digest.parse().map_err(|error| WireError::Malformed(format!("{error}")))?;
        if wire.requires.len() > MAX_REQUIRES {
            return Err(WireError::Malformed(format!(
                "function reference names {} dependencies, more than the {MAX_REQUIRES} allowed",
                wire.requires.len()
            )));
        }
        let requires = wire
            .requires
            .iter()
            .map(|digest| digest.parse().map_err(|error| WireError::Malformed(format!("dependency: {error}"))))
            .collect::<Result<Vec<PluginDigest>, WireError>>()?;
        let reference = FunctionRef {
            plugin: wire.plugin,
            version: wire.version,
            digest,
            function: wire.function,
            requires: Vec::new(),
        };
        Ok(reference.with_requires(requires))
    }
}

/// One call of a table function: the function, its constant arguments, and
/// what the plan reads of it.
#[derive(Debug, Clone)]
pub struct TableCallRef {
    /// The table function.
    pub function: FunctionRef,
    /// The arguments, one one-row array each.
    pub constants: Vec<ArrayRef>,
    /// The columns read (`None`: all).
    pub projection: Option<Vec<usize>>,
    /// The most rows read.
    pub limit: Option<usize>,
}

#[derive(Serialize, Deserialize)]
struct TableWire {
    function: FunctionWire,
    projection: Option<Vec<usize>>,
    limit: Option<usize>,
}

impl TableCallRef {
    /// The wire form: magic prefix, JSON length (u32 LE), JSON, then the
    /// constants as one Arrow IPC stream.
    pub fn encode(&self) -> Result<Vec<u8>, WireError> {
        let wire = TableWire {
            function: serde_json::from_slice(&self.function.json())
                .map_err(|error| WireError::Malformed(error.to_string()))?,
            projection: self.projection.clone(),
            limit: self.limit,
        };
        let json = serde_json::to_vec(&wire).map_err(|error| WireError::Malformed(error.to_string()))?;
        let ipc = crate::ipc::encode_columns(&self.constants, 1)
            .map_err(|error| WireError::Malformed(format!("table function arguments: {error}")))?;
        let mut bytes = TABLE_MAGIC.to_vec();
        bytes.extend((json.len() as u32).to_le_bytes());
        bytes.extend(json);
        bytes.extend(ipc);
        Ok(bytes)
    }

    /// The call in `bytes`; `Ok(None)` when `bytes` is not one of ours.
    pub fn decode(bytes: &[u8]) -> Result<Option<TableCallRef>, WireError> {
        let Some(rest) = bytes.strip_prefix(TABLE_MAGIC) else { return Ok(None) };
        let malformed = |what: String| WireError::Malformed(format!("table function call: {what}"));
        let (length, rest) = rest.split_first_chunk::<4>().ok_or_else(|| malformed("truncated".into()))?;
        let length = u32::from_le_bytes(*length) as usize;
        if rest.len() < length {
            return Err(malformed("truncated".into()));
        }
        let (json, ipc) = rest.split_at(length);
        let wire: TableWire = serde_json::from_slice(json).map_err(|error| malformed(error.to_string()))?;
        let function = FunctionRef::from_json(&serde_json::to_vec(&wire.function).unwrap_or_default())?;
        let batch = crate::ipc::decode_batch(ipc).map_err(|error| malformed(error.to_string()))?;
        let constants: Vec<ArrayRef> = batch.columns().iter().map(Arc::clone).collect();
        Ok(Some(TableCallRef { function, constants, projection: wire.projection, limit: wire.limit }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::{Array, Int64Array};

    fn reference() -> FunctionRef {
        FunctionRef {
            plugin: "ai.uniplug.series".into(),
            version: "1.0.0".into(),
            digest: "cd".repeat(32).parse().unwrap(),
            function: "series".into(),
            requires: Vec::new(),
        }
    }

    #[test]
    fn table_calls_round_trip_and_truncation_is_an_error() {
        let call = TableCallRef {
            function: reference(),
            constants: vec![
                Arc::new(Int64Array::from(vec![1])),
                Arc::new(Int64Array::from(vec![9])),
                Arc::new(Int64Array::from(vec![2])),
            ],
            projection: Some(vec![0]),
            limit: Some(3),
        };
        let bytes = call.encode().unwrap();
        let back = TableCallRef::decode(&bytes).unwrap().unwrap();
        assert_eq!(back.function, call.function);
        assert_eq!(back.projection, Some(vec![0]));
        assert_eq!(back.limit, Some(3));
        assert_eq!(back.constants.len(), 3);
        assert_eq!(back.constants[1].len(), 1);
        assert_eq!(back.constants[1].as_any().downcast_ref::<Int64Array>().unwrap().value(0), 9);

        for cut in [TABLE_MAGIC.len() + 2, TABLE_MAGIC.len() + 10, bytes.len() * 3 / 4, bytes.len() - 20] {
            let error = TableCallRef::decode(&bytes[..cut]).unwrap_err();
            assert!(error.to_string().contains("malformed"), "{error}");
        }
        assert!(TableCallRef::decode(b"other").unwrap().is_none());
    }

    #[test]
    fn a_compressed_ipc_bomb_in_a_table_call_is_an_error_not_an_abort() {
        let good = TableCallRef {
            function: reference(),
            constants: vec![Arc::new(Int64Array::from(vec![1]))],
            projection: None,
            limit: None,
        }
        .encode()
        .unwrap();
        let json_len = u32::from_le_bytes(good[TABLE_MAGIC.len()..TABLE_MAGIC.len() + 4].try_into().unwrap()) as usize;
        // The same call, its constants replaced by a compressed stream whose
        // buffers declare 2^62 uncompressed bytes (built by uni-plugin's ipc
        // tests).
        let mut bomb = good[..TABLE_MAGIC.len() + 4 + json_len].to_vec();
        bomb.extend(include_bytes!("../../tests/fixtures/ipc_bomb.arrows"));
        let error = TableCallRef::decode(&bomb).unwrap_err();
        assert!(error.to_string().contains("compressed"), "{error}");
    }

    #[test]
    fn a_malformed_function_reference_is_an_error_not_a_panic() {
        let mut bytes = FUNCTION_MAGIC.to_vec();
        bytes.extend(b"{\"plugin\": 3}");
        assert!(FunctionRef::decode(&bytes).is_err());
        let mut bytes = FUNCTION_MAGIC.to_vec();
        bytes.extend(br#"{"plugin":"a.b","version":"1","digest":"zz","function":"f"}"#);
        let error = FunctionRef::decode(&bytes).unwrap_err();
        assert!(error.to_string().contains("64 hex digits"), "{error}");
    }

    #[test]
    fn dependencies_travel_sorted_and_bounded() {
        let base: PluginDigest = "ef".repeat(32).parse().unwrap();
        let lib: PluginDigest = "01".repeat(32).parse().unwrap();
        let reference = reference().with_requires([base, lib, base, reference().digest]);
        assert_eq!(reference.requires, vec![lib, base], "sorted, unique, never itself");
        let back = FunctionRef::decode(&reference.encode()).unwrap().unwrap();
        assert_eq!(back, reference);
        // A reference from before dependencies travelled still decodes.
        let mut old = FUNCTION_MAGIC.to_vec();
        old.extend(format!(r#"{{"plugin":"a.b","version":"1","digest":"{}","function":"f"}}"#, base).bytes());
        assert!(FunctionRef::decode(&old).unwrap().unwrap().requires.is_empty());
        // A plan cannot make a node fetch without bound.
        let many: Vec<String> = (0..=MAX_REQUIRES).map(|n| format!("\"{:064x}\"", n)).collect();
        let mut bytes = FUNCTION_MAGIC.to_vec();
        bytes.extend(
            format!(
                r#"{{"plugin":"a.b","version":"1","digest":"{base}","function":"f","requires":[{}]}}"#,
                many.join(",")
            )
            .bytes(),
        );
        let error = FunctionRef::decode(&bytes).unwrap_err().to_string();
        assert!(error.contains("more than the 64"), "{error}");
    }
}
