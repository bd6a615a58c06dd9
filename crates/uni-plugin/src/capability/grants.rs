//! Sets of capabilities and the grants a plugin ends up holding.

use std::collections::BTreeSet;
use std::fmt;

use super::{Capability, NamePattern};

/// An ordered set of capabilities, e.g. what a policy grants a plugin.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CapabilitySet(BTreeSet<Capability>);

impl CapabilitySet {
    /// An empty set.
    pub fn new() -> CapabilitySet {
        CapabilitySet::default()
    }

    /// Adds a capability.
    pub fn insert(&mut self, capability: Capability) {
        self.0.insert(capability);
    }

    /// Whether some member of the set allows everything `requested` allows.
    pub fn covers(&self, requested: &Capability) -> bool {
        self.0.iter().any(|held| held.covers(requested))
    }

    /// Iterates over the members in canonical order.
    pub fn iter(&self) -> impl Iterator<Item = &Capability> {
        self.0.iter()
    }

    /// The number of members.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<Capability> for CapabilitySet {
    fn from_iter<I: IntoIterator<Item = Capability>>(iter: I) -> Self {
        CapabilitySet(iter.into_iter().collect())
    }
}

impl fmt::Display for CapabilitySet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let texts: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&texts.join(", "))
    }
}

/// The capabilities one plugin generation actually holds: what it asked for,
/// narrowed to what the operator's policy allows. Everything the plugin does
/// through its context is checked against this.
///
/// ```
/// use uni_plugin::{Capability, CapabilitySet, Grants};
/// let policy: CapabilitySet = ["log", "env:GEO_*"].iter().map(|s| s.parse().unwrap()).collect();
/// let requested: Vec<Capability> = ["env:GEO_RADIUS", "clock"].iter().map(|s| s.parse().unwrap()).collect();
/// let (grants, refused) = Grants::effective(&policy, &requested);
/// assert!(grants.allows_env("GEO_RADIUS"));
/// assert!(!grants.covers(&Capability::Log)); // granted by policy, never asked for
/// assert_eq!(refused, vec![Capability::Clock]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grants(CapabilitySet);

impl Grants {
    /// No capabilities at all.
    pub fn none() -> Grants {
        Grants::default()
    }

    /// Grants exactly `set` (used by hosts that decided grants themselves).
    pub fn from_set(set: CapabilitySet) -> Grants {
        Grants(set)
    }

    /// Policy ∩ request: each requested capability the policy covers is
    /// granted as requested (the narrower of the two); the others are returned
    /// as refused, in request order.
    pub fn effective(policy: &CapabilitySet, requested: &[Capability]) -> (Grants, Vec<Capability>) {
        let mut granted = CapabilitySet::new();
        let mut refused = Vec::new();
        for capability in requested {
            if policy.covers(capability) {
                granted.insert(capability.clone());
            } else if !refused.contains(capability) {
                refused.push(capability.clone());
            }
        }
        (Grants(granted), refused)
    }

    /// Whether the grants allow everything `requested` allows.
    pub fn covers(&self, requested: &Capability) -> bool {
        self.0.covers(requested)
    }

    /// Whether the environment variable `name` may be read.
    pub fn allows_env(&self, name: &str) -> bool {
        self.covers(&Capability::Env(NamePattern::exact(name)))
    }

    /// Whether the secret `name` may be read.
    pub fn allows_secret(&self, name: &str) -> bool {
        // A malformed name (`api-../x`) is never allowed, whatever the grant.
        NamePattern::secret_name(name).is_ok_and(|name| self.covers(&Capability::Secret(name)))
    }

    /// The granted capabilities.
    pub fn set(&self) -> &CapabilitySet {
        &self.0
    }
}

impl fmt::Display for Grants {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
