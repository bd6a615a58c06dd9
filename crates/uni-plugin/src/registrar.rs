//! [`Registrar`]: collects one plugin's registrations and checks them against
//! its manifest, all or nothing.

use std::fmt;
use std::sync::Arc;

use crate::id::PluginId;
use crate::manifest::{ConfigMap, FunctionDecl, FunctionKind, HookDecl, JobDecl, PluginManifest, Returns, TriggerDecl};
use crate::surface::{AggregateFunction, FunctionImpl, Hook, Job, ScalarFunction, Signature, TableFunction, Trigger};

/// Everything one plugin generation registered, matched to its declarations.
#[derive(Clone, Default)]
pub struct PluginSurface {
    /// Functions with their declarations, in manifest order.
    pub functions: Vec<(FunctionDecl, FunctionImpl)>,
    /// Hooks, one per `[[hooks]]` entry.
    pub hooks: Vec<(HookDecl, Arc<dyn Hook>)>,
    /// Triggers, one per `[[triggers]]` entry.
    pub triggers: Vec<(TriggerDecl, Arc<dyn Trigger>)>,
    /// Jobs, one per `[[jobs]]` entry.
    pub jobs: Vec<(JobDecl, Arc<dyn Job>)>,
}

impl fmt::Debug for PluginSurface {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PluginSurface")
            .field("functions", &self.functions.iter().map(|(decl, _)| &decl.name).collect::<Vec<_>>())
            .field("hooks", &self.hooks.len())
            .field("triggers", &self.triggers.len())
            .field("jobs", &self.jobs.len())
            .finish()
    }
}

/// One way a registration disagrees with the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Mismatch {
    /// Registered a name the manifest does not declare.
    Undeclared {
        /// `function`, `hook handler`, ...
        what: &'static str,
        /// The name.
        name: String,
    },
    /// Registered the same name twice.
    Duplicate {
        /// `function`, `hook handler`, ...
        what: &'static str,
        /// The name.
        name: String,
    },
    /// Registered as a different kind than declared.
    WrongKind {
        /// The function.
        name: String,
        /// As declared.
        declared: FunctionKind,
        /// As registered.
        registered: FunctionKind,
    },
    /// The implementation's signature differs from the declaration.
    WrongSignature {
        /// The function.
        name: String,
        /// As declared.
        declared: String,
        /// As implemented.
        implemented: String,
    },
    /// Declared but never registered.
    Missing {
        /// `function`, `hook handler`, ...
        what: &'static str,
        /// The name.
        name: String,
    },
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mismatch::Undeclared { what, name } => {
                write!(
                    f,
                    "{what} `{name}` is registered but not declared in the manifest; declare it or stop registering it"
                )
            }
            Mismatch::Duplicate { what, name } => write!(f, "{what} `{name}` is registered twice"),
            Mismatch::WrongKind { name, declared, registered } => {
                write!(f, "function `{name}` is declared {declared} but registered {registered}")
            }
            Mismatch::WrongSignature { name, declared, implemented } => {
                write!(
                    f,
                    "function `{name}`: the manifest declares `{declared}` but the code implements `{implemented}`"
                )
            }
            Mismatch::Missing { what, name } => {
                write!(f, "{what} `{name}` is declared in the manifest but was not registered")
            }
        }
    }
}

/// `register()` disagreed with the manifest; nothing was registered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("plugin `{plugin}` registration does not match its manifest ({} mismatch{}):{}", mismatches.len(), if mismatches.len() == 1 { "" } else { "es" }, mismatches.iter().map(|m| format!("\n  {m}")).collect::<String>())]
pub struct RegistrarError {
    /// The plugin.
    pub plugin: PluginId,
    /// Every mismatch found.
    pub mismatches: Vec<Mismatch>,
}

/// Collects a plugin's registrations during `register()`.
///
/// Registration methods never fail on the spot: they record mismatches, and
/// [`Registrar::finish`] returns either the complete [`PluginSurface`] or a
/// [`RegistrarError`] listing every mismatch, so a plugin is registered
/// entirely or not at all.
pub struct Registrar {
    manifest: Arc<PluginManifest>,
    functions: Vec<(String, FunctionImpl)>,
    hooks: Vec<(String, Arc<dyn Hook>)>,
    triggers: Vec<(String, Arc<dyn Trigger>)>,
    jobs: Vec<(String, Arc<dyn Job>)>,
    mismatches: Vec<Mismatch>,
}

fn describe(signature: &Signature) -> String {
    let args: Vec<String> = signature.args.iter().map(ToString::to_string).collect();
    format!("({}) -> {}", args.join(", "), signature.returns)
}

fn declared_signature(decl: &FunctionDecl) -> Signature {
    Signature {
        args: decl.args.iter().map(|ty| ty.to_arrow()).collect(),
        returns: match &decl.returns {
            Returns::Type(ty) => ty.to_arrow(),
            Returns::Columns(columns) => {
                columns.first().map(|c| c.ty.to_arrow()).unwrap_or(arrow_schema::DataType::Null)
            }
        },
    }
}

impl Registrar {
    /// A registrar for one generation of the plugin `manifest` describes.
    pub fn new(manifest: Arc<PluginManifest>) -> Registrar {
        Registrar {
            manifest,
            functions: Vec::new(),
            hooks: Vec::new(),
            triggers: Vec::new(),
            jobs: Vec::new(),
            mismatches: Vec::new(),
        }
    }

    /// The manifest being registered against.
    pub fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }

    /// The manifest's `[config]`, for functions that need settings.
    pub fn config(&self) -> &ConfigMap {
        &self.manifest.config
    }

    fn function(&mut self, name: &str, implementation: FunctionImpl) -> &mut Self {
        if self.functions.iter().any(|(seen, _)| seen == name) {
            self.mismatches.push(Mismatch::Duplicate { what: "function", name: name.to_owned() });
        } else {
            self.functions.push((name.to_owned(), implementation));
        }
        self
    }

    /// Registers a scalar function under its declared SQL name.
    pub fn scalar(&mut self, name: &str, function: impl ScalarFunction) -> &mut Self {
        self.function(name, FunctionImpl::Scalar(Arc::new(function)))
    }

    /// Registers an aggregate function.
    pub fn aggregate(&mut self, name: &str, function: impl AggregateFunction) -> &mut Self {
        self.function(name, FunctionImpl::Aggregate(Arc::new(function)))
    }

    /// Registers a table function.
    pub fn table(&mut self, name: &str, function: impl TableFunction) -> &mut Self {
        self.function(name, FunctionImpl::Table(Arc::new(function)))
    }

    /// Registers any function implementation (used by adapters such as the
    /// wasm loader that hold a [`FunctionImpl`] already).
    pub fn function_impl(&mut self, name: &str, implementation: FunctionImpl) -> &mut Self {
        self.function(name, implementation)
    }

    fn handler<T: ?Sized>(
        list: &mut Vec<(String, Arc<T>)>,
        mismatches: &mut Vec<Mismatch>,
        what: &'static str,
        name: &str,
        handler: Arc<T>,
    ) {
        if list.iter().any(|(seen, _)| seen == name) {
            mismatches.push(Mismatch::Duplicate { what, name: name.to_owned() });
        } else {
            list.push((name.to_owned(), handler));
        }
    }

    /// Registers the handler named by `[[hooks]] handler`.
    pub fn hook(&mut self, handler: &str, hook: impl Hook) -> &mut Self {
        Self::handler(&mut self.hooks, &mut self.mismatches, "hook handler", handler, Arc::new(hook));
        self
    }

    /// Registers the handler named by `[[triggers]] handler`.
    pub fn trigger(&mut self, handler: &str, trigger: impl Trigger) -> &mut Self {
        Self::handler(&mut self.triggers, &mut self.mismatches, "trigger handler", handler, Arc::new(trigger));
        self
    }

    /// Registers the handler named by `[[jobs]] handler`.
    pub fn job(&mut self, handler: &str, job: impl Job) -> &mut Self {
        Self::handler(&mut self.jobs, &mut self.mismatches, "job handler", handler, Arc::new(job));
        self
    }

    /// Checks everything against the manifest and returns the surface, or
    /// every mismatch.
    pub fn finish(self) -> Result<PluginSurface, RegistrarError> {
        let Registrar { manifest, functions, hooks, triggers, jobs, mut mismatches } = self;
        let mut surface = PluginSurface::default();

        for (name, _) in &functions {
            if manifest.function(name).is_none() {
                mismatches.push(Mismatch::Undeclared { what: "function", name: name.clone() });
            }
        }
        for decl in &manifest.functions {
            let Some((_, implementation)) = functions.iter().find(|(name, _)| *name == decl.name) else {
                mismatches.push(Mismatch::Missing { what: "function", name: decl.name.clone() });
                continue;
            };
            if implementation.kind() != decl.kind {
                mismatches.push(Mismatch::WrongKind {
                    name: decl.name.clone(),
                    declared: decl.kind,
                    registered: implementation.kind(),
                });
                continue;
            }
            if let Some(implemented) = implementation.signature() {
                let declared = declared_signature(decl);
                if implemented != declared {
                    mismatches.push(Mismatch::WrongSignature {
                        name: decl.name.clone(),
                        declared: describe(&declared),
                        implemented: describe(&implemented),
                    });
                    continue;
                }
            }
            surface.functions.push((decl.clone(), implementation.clone()));
        }

        surface.hooks = match_handlers(&manifest.hooks, |d| &d.handler, &hooks, "hook handler", &mut mismatches);
        surface.triggers =
            match_handlers(&manifest.triggers, |d| &d.handler, &triggers, "trigger handler", &mut mismatches);
        surface.jobs = match_handlers(&manifest.jobs, |d| &d.handler, &jobs, "job handler", &mut mismatches);

        if mismatches.is_empty() {
            Ok(surface)
        } else {
            Err(RegistrarError { plugin: manifest.plugin.id.clone(), mismatches })
        }
    }
}

fn match_handlers<D: Clone, T: ?Sized>(
    declarations: &[D],
    handler_of: fn(&D) -> &String,
    registered: &[(String, Arc<T>)],
    what: &'static str,
    mismatches: &mut Vec<Mismatch>,
) -> Vec<(D, Arc<T>)> {
    for (name, _) in registered {
        if !declarations.iter().any(|decl| handler_of(decl) == name) {
            mismatches.push(Mismatch::Undeclared { what, name: name.clone() });
        }
    }
    let mut matched = Vec::new();
    for decl in declarations {
        match registered.iter().find(|(name, _)| name == handler_of(decl)) {
            Some((_, handler)) => matched.push((decl.clone(), handler.clone())),
            None => {
                let name = handler_of(decl).clone();
                let missing = Mismatch::Missing { what, name };
                if !mismatches.contains(&missing) {
                    mismatches.push(missing);
                }
            }
        }
    }
    matched
}
