//! Dependency resolution: which plugins can load, and in what order.
//!
//! A plugin loads only after every plugin it depends on, and only if each
//! dependency is present, satisfies the declared semver range, is not part of
//! a cycle, and loaded itself. Failures spread to dependents and no further.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use uni_plugin::PluginId;
use uni_plugin::manifest::PluginManifest;
use uni_plugin::semver::{Version, VersionReq};

/// Why a plugin's dependencies cannot be satisfied.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DependencyError {
    /// A dependency is not among the plugins being loaded.
    Missing {
        /// The dependency.
        dependency: PluginId,
        /// The range asked for.
        range: VersionReq,
    },
    /// A dependency's version is outside the declared range.
    VersionMismatch {
        /// The dependency.
        dependency: PluginId,
        /// The range asked for.
        range: VersionReq,
        /// The version found.
        found: Version,
    },
    /// The plugin is part of a dependency cycle, given in order.
    Cycle {
        /// The cycle, first plugin repeated at the end.
        cycle: Vec<PluginId>,
    },
    /// A dependency failed to load, so this plugin cannot either.
    DependencyFailed {
        /// The failed dependency.
        dependency: PluginId,
    },
    /// A function this plugin `uses` is no longer provided by the dependency.
    UsedFunctionMissing {
        /// The dependency.
        dependency: PluginId,
        /// The function.
        function: String,
    },
}

impl fmt::Display for DependencyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DependencyError::Missing { dependency, range } => {
                write!(
                    f,
                    "depends on `{dependency}` {range}, which is not available; add its directory to the plugin dirs"
                )
            }
            DependencyError::VersionMismatch { dependency, range, found } => {
                write!(f, "depends on `{dependency}` {range}, but version {found} is available")
            }
            DependencyError::Cycle { cycle } => {
                let names: Vec<&str> = cycle.iter().map(PluginId::as_str).collect();
                write!(f, "dependency cycle: {}", names.join(" -> "))
            }
            DependencyError::DependencyFailed { dependency } => {
                write!(f, "dependency `{dependency}` failed to load")
            }
            DependencyError::UsedFunctionMissing { dependency, function } => {
                write!(f, "uses function `{function}` of `{dependency}`, which no longer provides it")
            }
        }
    }
}

/// The outcome of [`resolve`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolution {
    /// Plugins that can load, dependencies first.
    pub order: Vec<PluginId>,
    /// Plugins that cannot, with the first reason found.
    pub failed: BTreeMap<PluginId, DependencyError>,
}

/// Orders `manifests` for loading. `already_failed` holds plugins that failed
/// for other reasons (bad signature, policy); their dependents fail too.
pub fn resolve(manifests: &[&PluginManifest], already_failed: &BTreeSet<PluginId>) -> Resolution {
    let by_id: BTreeMap<&PluginId, &PluginManifest> = manifests.iter().map(|m| (&m.plugin.id, *m)).collect();
    let mut failed: BTreeMap<PluginId, DependencyError> = BTreeMap::new();

    // 1. Direct checks: presence, version range, used functions.
    for manifest in manifests {
        if let Some(error) = check_direct(manifest, &by_id) {
            failed.insert(manifest.plugin.id.clone(), error);
        }
    }

    // 2. Cycles: every member of a cycle fails, naming the whole cycle.
    for cycle in find_cycles(&by_id) {
        for member in &cycle[..cycle.len() - 1] {
            failed.entry(member.clone()).or_insert_with(|| DependencyError::Cycle { cycle: cycle.clone() });
        }
    }

    // 3. Topological order; anything depending on a failure fails.
    let mut order = Vec::new();
    let mut placed: BTreeSet<PluginId> = BTreeSet::new();
    let mut remaining: BTreeSet<&PluginId> = by_id.keys().copied().filter(|id| !failed.contains_key(*id)).collect();
    loop {
        let mut progressed = false;
        for id in remaining.clone() {
            let manifest = by_id[id];
            let blocked_by = manifest
                .dependencies
                .iter()
                .find(|dep| failed.contains_key(&dep.id) || already_failed.contains(&dep.id))
                .map(|dep| dep.id.clone());
            if let Some(dependency) = blocked_by {
                failed.insert(id.clone(), DependencyError::DependencyFailed { dependency });
                remaining.remove(id);
                progressed = true;
            } else if manifest.dependencies.iter().all(|dep| placed.contains(&dep.id)) {
                if !already_failed.contains(id) {
                    order.push(id.clone());
                    placed.insert(id.clone());
                }
                remaining.remove(id);
                progressed = true;
            }
        }
        if !progressed || remaining.is_empty() {
            break;
        }
    }
    Resolution { order, failed }
}

fn check_direct(manifest: &PluginManifest, by_id: &BTreeMap<&PluginId, &PluginManifest>) -> Option<DependencyError> {
    for dependency in &manifest.dependencies {
        let Some(found) = by_id.get(&dependency.id) else {
            return Some(DependencyError::Missing {
                dependency: dependency.id.clone(),
                range: dependency.version.clone(),
            });
        };
        if let Some(error) = check_dependency(dependency, found) {
            return Some(error);
        }
    }
    None
}

/// Checks one declared dependency against the manifest that would satisfy it.
pub fn check_dependency(
    dependency: &uni_plugin::manifest::Dependency,
    found: &PluginManifest,
) -> Option<DependencyError> {
    if !dependency.version.matches(&found.plugin.version) {
        return Some(DependencyError::VersionMismatch {
            dependency: dependency.id.clone(),
            range: dependency.version.clone(),
            found: found.plugin.version.clone(),
        });
    }
    dependency.uses.iter().find(|function| found.function(function).is_none()).map(|function| {
        DependencyError::UsedFunctionMissing { dependency: dependency.id.clone(), function: function.clone() }
    })
}

fn find_cycles(by_id: &BTreeMap<&PluginId, &PluginManifest>) -> Vec<Vec<PluginId>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    fn visit(
        id: &PluginId,
        by_id: &BTreeMap<&PluginId, &PluginManifest>,
        marks: &mut BTreeMap<PluginId, Mark>,
        stack: &mut Vec<PluginId>,
        cycles: &mut Vec<Vec<PluginId>>,
    ) {
        match marks.get(id) {
            Some(Mark::Done) => return,
            Some(Mark::Visiting) => {
                if let Some(start) = stack.iter().position(|member| member == id) {
                    let mut cycle = stack[start..].to_vec();
                    cycle.push(id.clone());
                    cycles.push(cycle);
                }
                return;
            }
            None => {}
        }
        marks.insert(id.clone(), Mark::Visiting);
        stack.push(id.clone());
        if let Some(manifest) = by_id.get(id) {
            for dependency in &manifest.dependencies {
                if by_id.contains_key(&dependency.id) {
                    visit(&dependency.id, by_id, marks, stack, cycles);
                }
            }
        }
        stack.pop();
        marks.insert(id.clone(), Mark::Done);
    }
    let mut marks = BTreeMap::new();
    let mut cycles = Vec::new();
    for id in by_id.keys() {
        visit(id, by_id, &mut marks, &mut Vec::new(), &mut cycles);
    }
    cycles
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(id: &str, version: &str, deps: &[(&str, &str)]) -> PluginManifest {
        let mut text = format!(
            "[plugin]\nid = \"{id}\"\nversion = \"{version}\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"x\"\n[dependencies]\n"
        );
        for (dep, range) in deps {
            text.push_str(&format!("\"{dep}\" = \"{range}\"\n"));
        }
        PluginManifest::from_toml_str(&text).unwrap()
    }

    fn ids(names: &[&str]) -> Vec<PluginId> {
        names.iter().map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn orders_dependencies_first_and_spreads_failures_only_to_dependents() {
        let a = manifest("com.x.a", "1.0.0", &[("com.x.b", "^1")]);
        let b = manifest("com.x.b", "1.2.0", &[]);
        let c = manifest("com.x.c", "1.0.0", &[("com.x.b", "^2")]);
        let d = manifest("com.x.d", "1.0.0", &[("com.x.c", "*")]);
        let e = manifest("com.x.e", "1.0.0", &[("com.x.zzz", "^1")]);
        let resolution = resolve(&[&a, &b, &c, &d, &e], &BTreeSet::new());
        assert_eq!(resolution.order, ids(&["com.x.b", "com.x.a"]));
        assert_eq!(
            resolution.failed[&"com.x.c".parse::<PluginId>().unwrap()].to_string(),
            "depends on `com.x.b` ^2, but version 1.2.0 is available"
        );
        assert_eq!(
            resolution.failed[&"com.x.d".parse::<PluginId>().unwrap()].to_string(),
            "dependency `com.x.c` failed to load"
        );
        assert!(
            resolution.failed[&"com.x.e".parse::<PluginId>().unwrap()]
                .to_string()
                .contains("`com.x.zzz` ^1, which is not available")
        );
    }

    #[test]
    fn cycles_are_named_whole() {
        let a = manifest("com.x.a", "1.0.0", &[("com.x.b", "*")]);
        let b = manifest("com.x.b", "1.0.0", &[("com.x.c", "*")]);
        let c = manifest("com.x.c", "1.0.0", &[("com.x.a", "*")]);
        let free = manifest("com.x.free", "1.0.0", &[]);
        let resolution = resolve(&[&a, &b, &c, &free], &BTreeSet::new());
        assert_eq!(resolution.order, ids(&["com.x.free"]));
        assert_eq!(
            resolution.failed[&"com.x.b".parse::<PluginId>().unwrap()].to_string(),
            "dependency cycle: com.x.a -> com.x.b -> com.x.c -> com.x.a"
        );
        assert_eq!(resolution.failed.len(), 3);
    }

    #[test]
    fn failures_from_earlier_steps_take_dependents_down() {
        let a = manifest("com.x.a", "1.0.0", &[("com.x.b", "*")]);
        let b = manifest("com.x.b", "1.0.0", &[]);
        let failed: BTreeSet<PluginId> = ids(&["com.x.b"]).into_iter().collect();
        let resolution = resolve(&[&a, &b], &failed);
        assert!(resolution.order.is_empty());
        assert_eq!(resolution.failed.len(), 1);
    }
}
