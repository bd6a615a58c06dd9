//! Capabilities: what a plugin may do outside its own computation.
//!
//! A manifest *requests* capabilities; the operator's policy *grants* them; a
//! plugin gets the intersection. Every capability has one canonical string form
//! (`docs/manifest.md`, `docs/policy.md`):
//!
//! | string | meaning |
//! |---|---|
//! | `log` | write to the host log |
//! | `clock` | read wall and monotonic clocks |
//! | `random` | secure random bytes |
//! | `env:NAME`, `env:PREFIX*` | read one environment variable, or all with a prefix |
//! | `fs-read:PATH` | read files under a directory |
//! | `fs-write:PATH` | read and write files under a directory |
//! | `net:HOST[:PORT]` | outbound connections to a host (`*.example.com`, `*` for any) |
//! | `secret:NAME`, `secret:PREFIX*` | one secret (or a prefix) from the host's secret store |
//! | `query` | read-only SQL through the host |
//!
//! ```
//! use uni_plugin::{Capability, CapabilitySet};
//! let granted: CapabilitySet = ["env:GEO_*", "fs-write:data", "net:*.example.com"].iter()
//!     .map(|s| s.parse::<Capability>().unwrap())
//!     .collect();
//! assert!(granted.covers(&"env:GEO_RADIUS".parse().unwrap()));
//! assert!(granted.covers(&"fs-read:data/cache".parse().unwrap()));
//! assert!(granted.covers(&"net:api.example.com:443".parse().unwrap()));
//! assert!(!granted.covers(&"env:HOME".parse().unwrap()));
//! ```

mod grants;
mod path;
mod pattern;

use std::fmt;
use std::str::FromStr;

pub use grants::{CapabilitySet, Grants};
pub use path::CapabilityPath;
pub use pattern::{HostPattern, NamePattern, NetTarget};

use crate::suggest;

/// One capability, parsed from its canonical string (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Capability {
    /// `log`
    Log,
    /// `clock`
    Clock,
    /// `random`
    Random,
    /// `env:NAME` or `env:PREFIX*`
    Env(NamePattern),
    /// `fs-read:PATH`
    FsRead(CapabilityPath),
    /// `fs-write:PATH` (implies reading the same directory)
    FsWrite(CapabilityPath),
    /// `net:HOST[:PORT]`
    Net(NetTarget),
    /// `secret:NAME` or `secret:PREFIX*`
    Secret(NamePattern),
    /// `query`
    Query,
    /// `observe:queries` (hooks see SQL text and query errors) or
    /// `observe:inserts` (triggers see inserted rows)
    Observe(Observed),
}

/// What an `observe:` capability lets a plugin's hooks or triggers see.
///
/// Hooks and triggers fire on other users' activity, so seeing it is a
/// grant of its own: without `observe:queries`, `before_query` and
/// `after_query` hooks still fire but get neither the SQL text nor the
/// error; without `observe:inserts`, a plugin that declares triggers is
/// refused at load (a trigger without the rows could only guess).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Observed {
    /// `observe:queries`
    Queries,
    /// `observe:inserts`
    Inserts,
}

impl Observed {
    /// The argument after `observe:`.
    pub fn as_str(self) -> &'static str {
        match self {
            Observed::Queries => "queries",
            Observed::Inserts => "inserts",
        }
    }
}

/// Why a capability string was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid capability `{text}`: {reason}")]
pub struct CapabilityError {
    /// The rejected string.
    pub text: String,
    /// What is wrong.
    pub reason: String,
    /// The closest capability kind, for a misspelt one.
    pub suggestion: Option<String>,
}

/// The capability kinds, as written before the `:`.
pub const CAPABILITY_KINDS: &[&str] =
    &["log", "clock", "random", "env", "fs-read", "fs-write", "net", "secret", "query", "observe"];

/// What a capability string should look like, for error messages.
pub const CAPABILITY_EXPECTED: &str = "one of `log`, `clock`, `random`, `query`, `env:NAME`, `fs-read:PATH`, `fs-write:PATH`, `net:HOST[:PORT]`, `secret:NAME`, `observe:queries`, `observe:inserts`";

impl Capability {
    /// The kind, as written before the `:` (`env`, `fs-read`, ...).
    pub fn kind(&self) -> &'static str {
        match self {
            Capability::Log => "log",
            Capability::Clock => "clock",
            Capability::Random => "random",
            Capability::Env(_) => "env",
            Capability::FsRead(_) => "fs-read",
            Capability::FsWrite(_) => "fs-write",
            Capability::Net(_) => "net",
            Capability::Secret(_) => "secret",
            Capability::Query => "query",
            Capability::Observe(_) => "observe",
        }
    }

    /// Whether a deterministic function may not hold this capability: its
    /// results could then depend on time, chance, the network or the data.
    pub fn breaks_determinism(&self) -> bool {
        matches!(self, Capability::Clock | Capability::Random | Capability::Net(_) | Capability::Query)
    }

    /// Whether holding `self` allows everything `requested` allows.
    pub fn covers(&self, requested: &Capability) -> bool {
        match (self, requested) {
            (Capability::Log, Capability::Log)
            | (Capability::Clock, Capability::Clock)
            | (Capability::Random, Capability::Random)
            | (Capability::Query, Capability::Query) => true,
            (Capability::Observe(granted), Capability::Observe(wanted)) => granted == wanted,
            (Capability::Env(granted), Capability::Env(wanted))
            | (Capability::Secret(granted), Capability::Secret(wanted)) => granted.covers(wanted),
            (Capability::FsRead(granted) | Capability::FsWrite(granted), Capability::FsRead(wanted))
            | (Capability::FsWrite(granted), Capability::FsWrite(wanted)) => granted.contains(wanted),
            (Capability::Net(granted), Capability::Net(wanted)) => granted.covers(wanted),
            _ => false,
        }
    }
}

impl FromStr for Capability {
    type Err = CapabilityError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let fail = |reason: String| CapabilityError { text: text.to_owned(), reason, suggestion: None };
        let (kind, argument) = match text.split_once(':') {
            Some((kind, argument)) => (kind, Some(argument)),
            None => (text, None),
        };
        let needs_argument = |what: &str| fail(format!("`{kind}` needs an argument: `{kind}:{what}`"));
        let takes_none = || fail(format!("`{kind}` takes no argument"));
        match (kind, argument) {
            ("log", None) => Ok(Capability::Log),
            ("clock", None) => Ok(Capability::Clock),
            ("random", None) => Ok(Capability::Random),
            ("query", None) => Ok(Capability::Query),
            ("log" | "clock" | "random" | "query", Some(_)) => Err(takes_none()),
            ("env", Some(name)) => NamePattern::parse_env(name).map(Capability::Env).map_err(fail),
            ("secret", Some(name)) => NamePattern::parse_secret(name).map(Capability::Secret).map_err(fail),
            ("fs-read", Some(path)) => CapabilityPath::parse(path).map(Capability::FsRead).map_err(fail),
            ("fs-write", Some(path)) => CapabilityPath::parse(path).map(Capability::FsWrite).map_err(fail),
            ("net", Some(target)) => NetTarget::parse(target).map(Capability::Net).map_err(fail),
            ("env" | "secret", None) => Err(needs_argument("NAME")),
            ("fs-read" | "fs-write", None) => Err(needs_argument("PATH")),
            ("net", None) => Err(needs_argument("HOST[:PORT]")),
            ("observe", Some("queries")) => Ok(Capability::Observe(Observed::Queries)),
            ("observe", Some("inserts")) => Ok(Capability::Observe(Observed::Inserts)),
            ("observe", None) => Err(needs_argument("queries` or `observe:inserts")),
            ("observe", Some(other)) => Err(fail(format!(
                "`observe:{other}` is not something a plugin can observe: use `queries` or `inserts`"
            ))),
            _ => Err(CapabilityError {
                suggestion: suggest::closest(kind, CAPABILITY_KINDS.iter().copied()).map(str::to_owned),
                ..fail(format!("unknown capability kind `{kind}`"))
            }),
        }
    }
}

impl fmt::Display for Capability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Capability::Log | Capability::Clock | Capability::Random | Capability::Query => f.write_str(self.kind()),
            Capability::Env(name) | Capability::Secret(name) => write!(f, "{}:{name}", self.kind()),
            Capability::FsRead(path) | Capability::FsWrite(path) => write!(f, "{}:{path}", self.kind()),
            Capability::Net(target) => write!(f, "net:{target}"),
            Capability::Observe(observed) => write!(f, "observe:{}", observed.as_str()),
        }
    }
}

crate::units::serialize_as_display!(Capability);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cap(text: &str) -> Capability {
        text.parse().unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn canonical_strings_round_trip() {
        for text in [
            "log",
            "clock",
            "random",
            "query",
            "env:HOME",
            "env:GEO_*",
            "env:*",
            "fs-read:data",
            "fs-write:/var/lib/x",
            "net:example.com",
            "net:*.example.com:443",
            "net:*",
            "net:10.0.0.1:5432",
            "net:[::1]:8080",
            "secret:db/password",
            "secret:api-*",
            "observe:queries",
            "observe:inserts",
        ] {
            assert_eq!(cap(text).to_string(), text);
        }
        assert_eq!(cap("fs-read:./data//cache/").to_string(), "fs-read:data/cache");
        assert_eq!(cap("net:Example.COM").to_string(), "net:example.com");
    }

    #[test]
    fn rejects_with_reasons() {
        for (bad, reason) in [
            ("", "unknown capability kind"),
            ("lgo", "unknown capability kind"),
            ("log:x", "takes no argument"),
            ("env", "needs an argument"),
            ("env:", "empty"),
            ("env:A-B", "letters, digits"),
            ("env:A*B", "only at the end"),
            ("fs-read:../etc", "`..`"),
            ("fs-read:data/../../etc", "`..`"),
            ("fs-write:", "empty"),
            ("net:", "empty"),
            ("net:host:0", "port"),
            ("net:host:99999", "port"),
            ("net:ex*ample.com", "wildcard"),
            ("net:bad host", "host"),
            ("secret:", "empty"),
            ("observe", "needs an argument"),
            ("observe:updates", "use `queries` or `inserts`"),
        ] {
            let error = bad.parse::<Capability>().unwrap_err();
            assert!(error.to_string().contains(reason), "{bad}: {error}");
        }
        assert_eq!("lgo".parse::<Capability>().unwrap_err().suggestion.as_deref(), Some("log"));
    }

    #[test]
    fn wildcard_rules() {
        let covers = |granted: &str, wanted: &str| cap(granted).covers(&cap(wanted));
        assert!(covers("env:*", "env:HOME"));
        assert!(covers("env:GEO_*", "env:GEO_*"));
        assert!(covers("env:GEO_*", "env:GEO_R*"));
        assert!(!covers("env:GEO_R*", "env:GEO_*"));
        assert!(!covers("env:GEO", "env:GEO_X"));
        assert!(covers("fs-write:data", "fs-read:data/x"));
        assert!(!covers("fs-read:data", "fs-write:data"));
        assert!(!covers("fs-read:data", "fs-read:database"));
        assert!(covers("net:*.example.com", "net:a.b.example.com:80"));
        assert!(!covers("net:*.example.com", "net:example.com"));
        assert!(!covers("net:example.com:443", "net:example.com"));
        assert!(covers("net:example.com", "net:example.com:443"));
        assert!(covers("net:*", "net:[::1]:1"));
        assert!(!covers("secret:a", "env:a"));
        assert!(covers("observe:queries", "observe:queries"));
        assert!(!covers("observe:queries", "observe:inserts"));
    }

    proptest! {
        #[test]
        fn parse_never_panics_and_display_reparses(text in "[a-z:\\-*./_A-Z0-9\\[\\]]{0,24}") {
            if let Ok(capability) = text.parse::<Capability>() {
                let again: Capability = capability.to_string().parse().unwrap();
                prop_assert_eq!(&again, &capability);
                prop_assert!(capability.covers(&again));
            }
        }
    }
}
