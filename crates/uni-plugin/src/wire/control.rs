//! What cluster nodes tell each other beside plans: plugin metrics, the
//! executors a scheduler knows, and requests to prepare plugins ahead of
//! the first query.
//!
//! Every message is JSON under a size cap and a count cap, decoded by
//! [`decode`] and checked before anything acts on it: a node answering
//! nonsense (or a client asking a node to fetch without bound) gets a
//! [`WireError::Malformed`] naming the message, never a panic. They live
//! in the core, beside [`FunctionRef`](super::FunctionRef), so the fuzz
//! harness reaches every decoder of the cluster's wire.
//!
//! ```
//! use uni_plugin::wire::control::{self, PluginSet, PrepareRequest};
//! let request = PrepareRequest { plugins: vec![PluginSet::new("ab".repeat(32).parse().unwrap(), [])] };
//! let bytes = control::encode(&request);
//! assert_eq!(control::decode::<PrepareRequest>(&bytes).unwrap(), request);
//! assert!(control::decode::<PrepareRequest>(b"{\"plugins\": 3}").is_err());
//! ```

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::{MAX_REQUIRES, WireError, normalize_requires};
use crate::PluginDigest;

/// The largest control message a node reads.
pub const MAX_MESSAGE: usize = 16 << 20;
/// The most plugins one prepare request may name.
pub const MAX_PREPARE: usize = 256;
/// The most rows a metrics answer may hold.
pub const MAX_METRICS_ROWS: usize = 100_000;
/// The most executors a scheduler may list.
pub const MAX_EXECUTORS: usize = 10_000;

/// A message of the cluster's control wire.
pub trait ControlMessage: Serialize + DeserializeOwned {
    /// What the message is, for errors (`metrics answer`, …).
    const WHAT: &'static str;

    /// Checks what JSON cannot say (counts, bounds) after decoding.
    fn check(&self) -> Result<(), String> {
        Ok(())
    }
}

/// `message` as JSON.
pub fn encode<T: ControlMessage>(message: &T) -> Vec<u8> {
    // Serializing these types cannot fail: no maps with non-string keys,
    // no non-finite floats reach JSON (they become null).
    serde_json::to_vec(message).unwrap_or_default()
}

/// The message in `bytes`, refused when larger than [`MAX_MESSAGE`],
/// malformed or outside its bounds.
pub fn decode<T: ControlMessage>(bytes: &[u8]) -> Result<T, WireError> {
    let malformed = |what: String| WireError::Malformed(format!("{}: {what}", T::WHAT));
    if bytes.len() > MAX_MESSAGE {
        return Err(malformed(format!("{} bytes, more than the {MAX_MESSAGE} allowed", bytes.len())));
    }
    let message: T = serde_json::from_slice(bytes).map_err(|error| malformed(error.to_string()))?;
    message.check().map_err(malformed)?;
    Ok(message)
}

fn at_most<T>(items: &[T], limit: usize, what: &str) -> Result<(), String> {
    if items.len() > limit {
        return Err(format!("{} {what}, more than the {limit} allowed", items.len()));
    }
    Ok(())
}

/// One function's calls on one node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeMetrics {
    /// The node: `client`, `scheduler`, or the executor's id.
    pub node: String,
    /// Where the node serves (`host:port`; empty for the client).
    pub address: String,
    /// The plugin id.
    pub plugin: String,
    /// The function (or handler).
    pub function: String,
    /// Calls made.
    pub calls: u64,
    /// Calls that failed.
    pub errors: u64,
    /// Rows processed.
    pub rows: u64,
    /// Median latency in microseconds, if any call was made.
    pub p50_us: Option<f64>,
    /// 99th percentile latency in microseconds, if any call was made.
    pub p99_us: Option<f64>,
}

/// A node's answer to a metrics request: one row per plugin function.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MetricsAnswer(pub Vec<NodeMetrics>);

impl ControlMessage for MetricsAnswer {
    const WHAT: &'static str = "metrics answer";

    fn check(&self) -> Result<(), String> {
        at_most(&self.0, MAX_METRICS_ROWS, "rows")
    }
}

/// An executor a scheduler knows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExecutorAddress {
    /// Its id.
    pub id: String,
    /// The host it advertised.
    pub host: String,
    /// Its Flight port.
    pub port: u16,
}

impl ExecutorAddress {
    /// `http://host:port`, with an IPv6 address in brackets.
    pub fn url(&self) -> String {
        match self.host.parse::<std::net::Ipv6Addr>() {
            Ok(_) => format!("http://[{}]:{}", self.host, self.port),
            Err(_) => format!("http://{}:{}", self.host, self.port),
        }
    }
}

/// The scheduler's answer listing its executors.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ExecutorList(pub Vec<ExecutorAddress>);

impl ControlMessage for ExecutorList {
    const WHAT: &'static str = "executor list";

    fn check(&self) -> Result<(), String> {
        at_most(&self.0, MAX_EXECUTORS, "executors")?;
        match self.0.iter().find(|executor| executor.host.trim().is_empty()) {
            Some(executor) => Err(format!("executor `{}` has no host", executor.id)),
            None => Ok(()),
        }
    }
}

/// A plugin and the dependency digests it loads beside (what a plan's
/// [`FunctionRef`](super::FunctionRef) names).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "PluginSetWire", into = "PluginSetWire")]
pub struct PluginSet {
    /// The plugin's digest.
    pub digest: PluginDigest,
    /// Its dependencies' digests (at most [`MAX_REQUIRES`]).
    pub requires: Vec<PluginDigest>,
}

impl PluginSet {
    /// `digest` with `requires` sorted, without duplicates or `digest`
    /// itself (as [`FunctionRef::with_requires`](super::FunctionRef::with_requires) spells them).
    pub fn new(digest: PluginDigest, requires: impl IntoIterator<Item = PluginDigest>) -> PluginSet {
        PluginSet { digest, requires: normalize_requires(&digest, requires) }
    }
}

#[derive(Serialize, Deserialize)]
struct PluginSetWire {
    digest: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    requires: Vec<String>,
}

impl TryFrom<PluginSetWire> for PluginSet {
    type Error = String;

    fn try_from(wire: PluginSetWire) -> Result<PluginSet, String> {
        at_most(&wire.requires, MAX_REQUIRES, "dependencies")?;
        let parse = |text: &String| text.parse::<PluginDigest>().map_err(|error| error.to_string());
        let requires = wire.requires.iter().map(parse).collect::<Result<Vec<_>, _>>()?;
        Ok(PluginSet::new(parse(&wire.digest)?, requires))
    }
}

impl From<PluginSet> for PluginSetWire {
    fn from(set: PluginSet) -> PluginSetWire {
        PluginSetWire {
            digest: set.digest.to_string(),
            requires: set.requires.iter().map(ToString::to_string).collect(),
        }
    }
}

/// Asks a node to fetch, verify and compile plugins now, before a query
/// needs them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PrepareRequest {
    /// The plugins, each with its dependencies.
    pub plugins: Vec<PluginSet>,
}

impl ControlMessage for PrepareRequest {
    const WHAT: &'static str = "prepare request";

    fn check(&self) -> Result<(), String> {
        at_most(&self.plugins, MAX_PREPARE, "plugins")
    }
}

/// How preparing one plugin went on one node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prepared {
    /// The node (`scheduler` or an executor's id).
    pub node: String,
    /// The plugin's digest.
    pub digest: String,
    /// Milliseconds it took (0 when it was loaded already).
    pub elapsed_ms: f64,
    /// Why it could not be loaded, if it could not.
    pub error: Option<String>,
}

/// What nodes answer a prepare request: one entry per node and plugin.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PrepareAnswer(pub Vec<Prepared>);

impl ControlMessage for PrepareAnswer {
    const WHAT: &'static str = "prepare answer";

    fn check(&self) -> Result<(), String> {
        at_most(&self.0, MAX_PREPARE * (MAX_EXECUTORS + 1), "entries")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest(byte: &str) -> PluginDigest {
        byte.repeat(32).parse().unwrap()
    }

    #[test]
    fn every_message_survives_a_round_trip() {
        let metrics = MetricsAnswer(vec![NodeMetrics {
            node: "e1".into(),
            address: "10.0.0.2:5".into(),
            plugin: "p".into(),
            function: "f".into(),
            calls: 3,
            errors: 1,
            rows: 9,
            p50_us: Some(1.5),
            p99_us: None,
        }]);
        assert_eq!(decode::<MetricsAnswer>(&encode(&metrics)).unwrap(), metrics);
        let executors = ExecutorList(vec![ExecutorAddress { id: "e1".into(), host: "::1".into(), port: 7 }]);
        assert_eq!(decode::<ExecutorList>(&encode(&executors)).unwrap(), executors);
        assert_eq!(executors.0[0].url(), "http://[::1]:7");
        let request = PrepareRequest { plugins: vec![PluginSet::new(digest("ab"), [digest("cd"), digest("cd")])] };
        assert_eq!(request.plugins[0].requires, vec![digest("cd")]);
        assert_eq!(decode::<PrepareRequest>(&encode(&request)).unwrap(), request);
        let answer = PrepareAnswer(vec![Prepared {
            node: "scheduler".into(),
            digest: digest("ab").to_string(),
            elapsed_ms: 2.0,
            error: Some("no".into()),
        }]);
        assert_eq!(decode::<PrepareAnswer>(&encode(&answer)).unwrap(), answer);
    }

    #[test]
    fn oversized_malformed_and_unbounded_messages_are_refused_naming_the_message() {
        let error = decode::<MetricsAnswer>(&vec![b' '; MAX_MESSAGE + 1]).unwrap_err().to_string();
        assert!(error.contains("metrics answer") && error.contains("allowed"), "{error}");
        let error = decode::<ExecutorList>(b"[{\"id\": 1}]").unwrap_err().to_string();
        assert!(error.contains("executor list"), "{error}");
        let error = decode::<ExecutorList>(br#"[{"id": "e", "host": " ", "port": 1}]"#).unwrap_err().to_string();
        assert!(error.contains("no host"), "{error}");
        let one = format!(r#"{{"digest": "{}"}}"#, "ab".repeat(32));
        let many = format!(r#"{{"plugins": [{}]}}"#, vec![one.as_str(); MAX_PREPARE + 1].join(","));
        let error = decode::<PrepareRequest>(many.as_bytes()).unwrap_err().to_string();
        assert!(error.contains("257 plugins"), "{error}");
        let requires = vec![format!("\"{}\"", "cd".repeat(32)); MAX_REQUIRES + 1].join(",");
        let deep = format!(r#"{{"plugins": [{{"digest": "{}", "requires": [{requires}]}}]}}"#, "ab".repeat(32));
        let error = decode::<PrepareRequest>(deep.as_bytes()).unwrap_err().to_string();
        assert!(error.contains("65 dependencies"), "{error}");
        let error = decode::<PrepareRequest>(br#"{"plugins": [{"digest": "zz"}]}"#).unwrap_err().to_string();
        assert!(error.contains("prepare request"), "{error}");
    }
}
