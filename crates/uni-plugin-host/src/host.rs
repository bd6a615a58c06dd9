//! [`PluginHost`]: loading, reloading and unloading plugins.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use uni_plugin::capability::Observed;
use uni_plugin::context::{DefaultHostServices, HostServices};
use uni_plugin::manifest::{HookEvent, PluginKind, PluginManifest};
use uni_plugin::{
    Capability, Generation, Grants, HookPayload, LifecycleState, Plugin, PluginContext, PluginId, PluginLifecycle,
    Registrar, Registry,
};

use crate::call::{CallSite, guard_surface};
use crate::deps::{self, DependencyError};
use crate::events::fire_generation_hooks;
use crate::isolate::guarded;
use crate::jobs::JobScheduler;
use crate::metrics::{Breaker, FunctionMetrics, MetricsSnapshot};
use crate::native::NativeLibraryPlugin;
use crate::policy::{EffectiveLimits, Policy, grant_key_for};
use crate::services::PolicyServices;
use crate::signing::{PublicKey, SignatureError, verify_files};
use crate::source::{PluginFiles, SourceError, manifest_in};
use crate::{HostError, LoadStep, PluginDigest};
use uni_plugin_wasm::{EngineOptions, WasmEngine, WasmLimits, WasmPlugin};

/// Default time an old generation may take to drain after a reload.
pub const DEFAULT_DRAIN_TIMEOUT: Duration = Duration::from_secs(30);

/// Where a plugin came from, kept so it can be reloaded and rolled back.
#[derive(Clone)]
struct Source {
    manifest: Arc<PluginManifest>,
    code: Code,
    dir: Option<PathBuf>,
    /// The content address of what was read from `dir` (none for a linked
    /// native that no directory names).
    digest: Option<PluginDigest>,
    /// The key id that signed exactly these bytes, if any.
    signed_by: Option<String>,
}

/// A plugin's code: linked native code, a component's bytes or a native
/// library's bytes (kept, so a rollback restores exactly what ran, whatever
/// happened on disk since).
#[derive(Clone)]
enum Code {
    Native(Arc<dyn Plugin>),
    Wasm(Arc<Vec<u8>>),
    Library(Arc<Vec<u8>>),
}

struct Loaded {
    source: Source,
    generation: Arc<Generation>,
    previous: Option<Source>,
}

/// When a linked native plugin loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NativeLoad {
    /// Always: with its embedded manifest, unless a plugin directory names
    /// it (then with that directory's manifest).
    Always,
    /// Only when a plugin directory names it.
    OnRequest,
}

/// Configures a [`PluginHost`].
pub struct PluginHostBuilder {
    dirs: Vec<PathBuf>,
    natives: Vec<Arc<dyn Plugin>>,
    on_request: Vec<Arc<dyn Plugin>>,
    policy: Option<Policy>,
    policy_file: Option<PathBuf>,
    strict: bool,
    drain_timeout: Duration,
    services: Arc<dyn HostServices>,
    registry: Option<Arc<Registry>>,
    wasm_engine: Option<WasmEngine>,
    compile_cache: Option<PathBuf>,
}

impl PluginHostBuilder {
    /// Shares an existing wasm engine (default: one created on first use).
    pub fn wasm_engine(mut self, engine: WasmEngine) -> Self {
        self.wasm_engine = Some(engine);
        self
    }

    /// Where compiled wasm components are cached (default:
    /// `$XDG_CACHE_HOME/uni-plugin/components`, else
    /// `~/.cache/uni-plugin/components`). The directory must not be writable
    /// by untrusted users: cached machine code is loaded as is.
    pub fn compile_cache(mut self, dir: impl Into<PathBuf>) -> Self {
        self.compile_cache = Some(dir.into());
        self
    }

    /// Adds a directory holding one plugin (a `uniplugin.toml`) or plugin
    /// directories one level down.
    pub fn plugin_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.dirs.push(dir.into());
        self
    }

    /// Links a native plugin. It loads with its embedded manifest unless a
    /// plugin directory holds a `kind = "native"` manifest with the same id,
    /// which then takes precedence (so operators can edit its config).
    pub fn native(self, plugin: impl Plugin) -> Self {
        self.link(Arc::new(plugin), NativeLoad::Always)
    }

    /// Links a shared native plugin, loading it as `load` says (what
    /// [`PluginHostBuilder::native`] and
    /// [`PluginHostBuilder::native_on_request`] do, for callers holding an
    /// `Arc<dyn Plugin>`).
    pub fn link(mut self, plugin: Arc<dyn Plugin>, load: NativeLoad) -> Self {
        match load {
            NativeLoad::Always => self.natives.push(plugin),
            NativeLoad::OnRequest => self.on_request.push(plugin),
        }
        self
    }

    /// Links a native plugin that loads only when a plugin directory names
    /// it (a `kind = "native"` manifest with its id). A binary that ships
    /// many plugins, such as `uniplug` with the examples, uses this so that
    /// only what the operator points at gets loaded.
    pub fn native_on_request(self, plugin: impl Plugin) -> Self {
        self.link(Arc::new(plugin), NativeLoad::OnRequest)
    }

    /// Uses `policy` (default: [`Policy::default`]).
    pub fn policy(mut self, policy: Policy) -> Self {
        self.policy = Some(policy);
        self
    }

    /// Reads the policy from a file at `build()`.
    pub fn policy_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.policy_file = Some(path.into());
        self
    }

    /// Fails the whole load if any plugin fails (default: false — a failing
    /// plugin takes down only itself and its dependents).
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }

    /// How long a replaced generation may drain (default 30 s).
    pub fn drain_timeout(mut self, timeout: Duration) -> Self {
        self.drain_timeout = timeout;
        self
    }

    /// The services behind every plugin's [`PluginContext`].
    pub fn services(mut self, services: Arc<dyn HostServices>) -> Self {
        self.services = services;
        self
    }

    /// Publishes into `registry` instead of a fresh one (e.g. one that
    /// already reserves an engine's built-in names).
    pub fn registry(mut self, registry: Arc<Registry>) -> Self {
        self.registry = Some(registry);
        self
    }

    /// Builds the host without loading anything.
    pub fn build(self) -> Result<PluginHost, HostError> {
        let policy = match (&self.policy_file, self.policy) {
            (Some(path), _) => {
                Policy::from_path(path).map_err(|e| HostError::load(path.display(), LoadStep::Policy, e))?
            }
            (None, Some(policy)) => policy,
            (None, None) => Policy::default(),
        };
        let trusted_keys = policy.trusted_public_keys().map_err(|e| HostError::load("policy", LoadStep::Policy, e))?;
        let services = Arc::new(PolicyServices::new(policy.secrets().clone(), self.services));
        Ok(PluginHost {
            registry: self.registry.unwrap_or_default(),
            policy,
            trusted_keys,
            dirs: self.dirs,
            natives: self.natives,
            on_request: self.on_request,
            strict: self.strict,
            drain_timeout: self.drain_timeout,
            services,
            loaded: Mutex::new(BTreeMap::new()),
            changing: Mutex::new(()),
            metrics: Mutex::new(BTreeMap::new()),
            jobs: JobScheduler::new(),
            wasm: Mutex::new(self.wasm_engine),
            compile_cache: self.compile_cache.or_else(default_compile_cache),
        })
    }

    /// Builds the host and loads every plugin.
    pub fn load_all(self) -> Result<(PluginHost, LoadReport), HostError> {
        let host = self.build()?;
        let report = host.load_all()?;
        Ok((host, report))
    }
}

/// What became of one plugin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Active at this generation.
    Active {
        /// The generation number.
        generation: u64,
    },
    /// Not loaded, and why.
    Failed(HostError),
}

/// One plugin's line in a [`LoadReport`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginStatus {
    /// The plugin id (or directory, when the manifest could not be read).
    pub plugin: String,
    /// Its version, when known.
    pub version: Option<String>,
    /// The outcome.
    pub outcome: LoadOutcome,
}

/// Every plugin the host considered, with its final state, and every
/// directory it skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// Per plugin, in load order (failures last).
    pub plugins: Vec<PluginStatus>,
    /// Directories that hold no plugin, with the reason.
    pub skipped: Vec<(PathBuf, String)>,
}

impl LoadReport {
    /// The failures.
    pub fn failures(&self) -> impl Iterator<Item = &PluginStatus> {
        self.plugins.iter().filter(|status| matches!(status.outcome, LoadOutcome::Failed(_)))
    }
}

impl fmt::Display for LoadReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for status in &self.plugins {
            let version = status.version.as_deref().unwrap_or("?");
            match &status.outcome {
                LoadOutcome::Active { generation } => {
                    writeln!(f, "active  {} {version} (generation {generation})", status.plugin)?
                }
                LoadOutcome::Failed(error) => writeln!(f, "failed  {} {version}: {error}", status.plugin)?,
            }
        }
        for (dir, reason) in &self.skipped {
            writeln!(f, "skipped {}: {reason}", dir.display())?;
        }
        Ok(())
    }
}

/// The host runtime an embedding database holds.
///
/// ```
/// use uni_plugin_host::PluginHost;
/// let host = PluginHost::builder().build().unwrap();
/// let report = host.load_all().unwrap();
/// assert!(report.plugins.is_empty());
/// ```
pub struct PluginHost {
    pub(crate) registry: Arc<Registry>,
    policy: Policy,
    trusted_keys: Vec<PublicKey>,
    dirs: Vec<PathBuf>,
    natives: Vec<Arc<dyn Plugin>>,
    on_request: Vec<Arc<dyn Plugin>>,
    strict: bool,
    drain_timeout: Duration,
    services: Arc<PolicyServices>,
    loaded: Mutex<BTreeMap<PluginId, Loaded>>,
    /// Held by every change of the loaded set (reload, rollback, load from a
    /// directory, unload), so two changes never interleave their prepare,
    /// swap and bookkeeping: a second reload waits and then builds on the
    /// first instead of losing to it as a stale generation.
    changing: Mutex<()>,
    metrics: Mutex<BTreeMap<(PluginId, String), Arc<FunctionMetrics>>>,
    jobs: JobScheduler,
    wasm: Mutex<Option<WasmEngine>>,
    compile_cache: Option<PathBuf>,
}

impl fmt::Debug for PluginHost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PluginHost").field("plugins", &self.plugins()).field("dirs", &self.dirs).finish_non_exhaustive()
    }
}

impl PluginHost {
    /// A builder with defaults: no dirs, no natives, default policy, lenient.
    pub fn builder() -> PluginHostBuilder {
        PluginHostBuilder {
            dirs: Vec::new(),
            natives: Vec::new(),
            on_request: Vec::new(),
            policy: None,
            policy_file: None,
            strict: false,
            drain_timeout: DEFAULT_DRAIN_TIMEOUT,
            services: Arc::new(DefaultHostServices),
            registry: None,
            wasm_engine: None,
            compile_cache: None,
        }
    }

    /// Answers every plugin's `query` calls (those granted `query`) with
    /// `service` from now on, for as long as it lives; the host keeps only a
    /// weak reference, so the session that owns the host can own the
    /// service too. Until a service is installed (or after it is dropped),
    /// queries go to the embedder's [`HostServices`] (by default: refused).
    pub fn serve_queries(&self, service: std::sync::Weak<dyn crate::QueryService>) {
        self.services.serve_queries(service);
    }

    /// The registry the host publishes into.
    pub fn registry(&self) -> &Arc<Registry> {
        &self.registry
    }

    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    fn loaded(&self) -> MutexGuard<'_, BTreeMap<PluginId, Loaded>> {
        self.loaded.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Ids of the active plugins.
    pub fn plugins(&self) -> Vec<PluginId> {
        self.loaded().keys().cloned().collect()
    }

    fn native_for(&self, id: &PluginId) -> Option<Arc<dyn Plugin>> {
        self.natives.iter().chain(&self.on_request).find(|native| native.manifest().plugin.id == *id).cloned()
    }

    /// Reads the plugin in `dir` once (see [`PluginFiles`]): everything
    /// after this works on those bytes only.
    fn read_files(&self, dir: &Path) -> Result<PluginFiles, HostError> {
        PluginFiles::read(dir, self.policy.max_plugin_size().bytes()).map_err(|error| match &error {
            SourceError::NoManifest(_) => HostError::load(dir.display(), LoadStep::Discover, error),
            SourceError::Artifact { plugin, .. } => HostError::load(plugin.clone(), LoadStep::Link, &error),
            _ => HostError::load(dir.display(), LoadStep::Manifest, error),
        })
    }

    /// The source a plugin's files describe, with its signer: the signature
    /// is checked over the digest of exactly the bytes that will be loaded,
    /// and that digest is the one the generation carries.
    fn source_from(&self, files: PluginFiles) -> Result<Source, HostError> {
        let id = files.manifest.plugin.id.clone();
        let signed_by = self.check_signature(&id, &files)?;
        // `PluginFiles` holds bytes for wasm plugins and for native plugins
        // built as libraries; none for natives linked into the binary.
        let code = match (files.artifact, files.manifest.plugin.kind) {
            (Some(bytes), PluginKind::Wasm) => Code::Wasm(Arc::new(bytes)),
            (Some(bytes), PluginKind::Native) => Code::Library(Arc::new(bytes)),
            (None, _) => self.native_for(&id).map(Code::Native).ok_or_else(|| {
                HostError::load(
                    &id,
                    LoadStep::Link,
                    format!(
                        "no native plugin `{id}` is linked into this binary, and its library `{}` is not in `{}`; build it with `uniplug build {}` (or, in a program that embeds the host, link the plugin crate into it)",
                        crate::source::artifact_file(&files.manifest),
                        files.dir.display(),
                        files.dir.display()
                    ),
                )
            })?,
        };
        Ok(Source {
            manifest: Arc::new(files.manifest),
            code,
            dir: Some(files.dir),
            digest: Some(files.digest),
            signed_by,
        })
    }

    /// The host's one wasm engine, created on first use.
    fn wasm_engine(&self) -> Result<WasmEngine, HostError> {
        let mut engine = self.wasm.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(engine) = engine.as_ref() {
            return Ok(engine.clone());
        }
        let created = new_wasm_engine(self.compile_cache.clone())?;
        *engine = Some(created.clone());
        Ok(created)
    }

    /// Finds plugin directories: `dir` itself if it holds a manifest, else its
    /// subdirectories that do.
    fn discover(&self, report: &mut LoadReport) -> Vec<PathBuf> {
        let mut found = Vec::new();
        for dir in &self.dirs {
            let (plugins, skipped) = discover(dir);
            found.extend(plugins);
            report.skipped.extend(skipped);
        }
        found
    }

    /// Loads every plugin from the plugin dirs and the linked natives, in
    /// dependency order. A failure takes down only that plugin and its
    /// dependents (unless `strict`); the report lists every outcome.
    pub fn load_all(&self) -> Result<LoadReport, HostError> {
        let mut report = LoadReport::default();
        let mut failures: BTreeMap<String, (Option<String>, HostError)> = BTreeMap::new();
        let mut sources: BTreeMap<PluginId, Source> = BTreeMap::new();
        let mut from_dirs: BTreeSet<PluginId> = BTreeSet::new();

        for dir in self.discover(&mut report) {
            let files = match self.read_files(&dir) {
                Ok(files) => files,
                Err(error) => {
                    let key = match &error {
                        HostError::Load { plugin, .. } => plugin.clone(),
                        _ => dir.display().to_string(),
                    };
                    failures.insert(key, (None, error));
                    continue;
                }
            };
            let id = files.manifest.plugin.id.clone();
            let version = Some(files.manifest.plugin.version.to_string());
            // A directory names this plugin: whatever happens to it, the
            // linked native must not stand in with its embedded manifest.
            from_dirs.insert(id.clone());
            if sources.contains_key(&id) {
                let message =
                    format!("plugin `{id}` is provided twice (second copy in `{}`); load one of them", dir.display());
                failures.insert(
                    format!("{id} ({})", dir.display()),
                    (version, HostError::load(&id, LoadStep::Discover, message)),
                );
                continue;
            }
            match self.source_from(files) {
                Ok(source) => {
                    sources.insert(id.clone(), source);
                }
                Err(error) => {
                    failures.insert(id.to_string(), (version, error));
                }
            }
        }
        // Linked natives no directory names load with their embedded manifest
        // (they are part of the binary the operator runs, so no signature).
        for native in &self.natives {
            let id = native.manifest().plugin.id.clone();
            if from_dirs.contains(&id) {
                continue;
            }
            sources.entry(id).or_insert_with(|| Source {
                manifest: Arc::new(native.manifest().clone()),
                code: Code::Native(native.clone()),
                dir: None,
                digest: None,
                signed_by: None,
            });
        }

        // Policy first: a refused plugin is a failure its dependents inherit.
        let mut admitted: BTreeMap<PluginId, (Grants, EffectiveLimits)> = BTreeMap::new();
        let mut refused: BTreeSet<PluginId> = BTreeSet::new();
        for (id, source) in &sources {
            match self.admit(&source.manifest) {
                Ok(admission) => {
                    admitted.insert(id.clone(), admission);
                }
                Err(error) => {
                    refused.insert(id.clone());
                    failures.insert(id.to_string(), (Some(source.manifest.plugin.version.to_string()), error));
                }
            }
        }

        let manifests: Vec<&PluginManifest> = sources.values().map(|source| source.manifest.as_ref()).collect();
        let resolution = deps::resolve(&manifests, &refused);
        for (id, error) in &resolution.failed {
            let version = sources.get(id).map(|s| s.manifest.plugin.version.to_string());
            failures.insert(id.to_string(), (version, HostError::load(id, LoadStep::Dependencies, error)));
        }

        let mut failed_now: BTreeSet<PluginId> = BTreeSet::new();
        for id in &resolution.order {
            let source = &sources[id];
            let version = Some(source.manifest.plugin.version.to_string());
            if let Some(dependency) = source.manifest.dependencies.iter().find(|dep| failed_now.contains(&dep.id)) {
                let error = DependencyError::DependencyFailed { dependency: dependency.id.clone() };
                failures.insert(id.to_string(), (version, HostError::load(id, LoadStep::Dependencies, error)));
                failed_now.insert(id.clone());
                continue;
            }
            let Some(admission) = admitted.get(id).cloned() else { continue };
            match self.activate(source.clone(), admission, None) {
                Ok(generation) => report.plugins.push(PluginStatus {
                    plugin: id.to_string(),
                    version,
                    outcome: LoadOutcome::Active { generation: generation.number() },
                }),
                Err(error) => {
                    failed_now.insert(id.clone());
                    failures.insert(id.to_string(), (version, error));
                }
            }
        }

        for (plugin, (version, error)) in failures {
            report.plugins.push(PluginStatus { plugin, version, outcome: LoadOutcome::Failed(error) });
        }
        if self.strict && report.failures().next().is_some() {
            let failures = report
                .failures()
                .map(|status| format!("{}: {}", status.plugin, outcome_text(&status.outcome)))
                .collect();
            self.shutdown_all();
            return Err(HostError::Strict { failures });
        }
        Ok(report)
    }

    fn admit(&self, manifest: &PluginManifest) -> Result<(Grants, EffectiveLimits), HostError> {
        let id = &manifest.plugin.id;
        self.policy.admit(manifest).map_err(|refusal| {
            let hint = match &refusal {
                crate::policy::Refusal::Denied => "remove `deny = true` from its policy section to allow it".to_owned(),
                crate::policy::Refusal::MissingCapabilities(_) => {
                    format!("grant them in the policy under `{}`", grant_key_for(id))
                }
                crate::policy::Refusal::TriggersNotObservable(_) => format!(
                    "request `observe:inserts` under `[capabilities]` in its manifest and grant it in the policy under `{}`",
                    grant_key_for(id)
                ),
            };
            HostError::load(id, LoadStep::Policy, format!("{refusal}; {hint}"))
        })
    }

    /// Prepares a new generation: register, init, → `Initialized`.
    fn prepare(&self, source: &Source, grants: Grants, limits: EffectiveLimits) -> Result<Arc<Generation>, HostError> {
        let id = &source.manifest.plugin.id;
        let lifecycle = PluginLifecycle::new();
        let walk = |from, to| lifecycle.transition(from, to).map_err(|e| HostError::load(id, LoadStep::Link, e));
        let code: Arc<dyn Plugin> = match &source.code {
            Code::Native(code) => code.clone(),
            Code::Wasm(bytes) => {
                let engine = self.wasm_engine()?;
                let limits = WasmLimits { memory: limits.memory.bytes(), timeout: limits.timeout };
                let plugin = WasmPlugin::from_bytes(
                    &engine,
                    (*source.manifest).clone(),
                    bytes,
                    source.dir.clone(),
                    grants.clone(),
                    limits,
                    self.services.clone(),
                )
                .map_err(|e| HostError::load(id, LoadStep::Link, e))?;
                Arc::new(plugin)
            }
            Code::Library(bytes) => {
                let file = crate::native::library_file_name(&source.manifest.plugin.entry);
                let digest = source.digest.unwrap_or_else(|| crate::digest_of_parts(&[], bytes));
                let copies = crate::native::copies_dir(self.compile_cache.as_deref());
                let plugin = NativeLibraryPlugin::load((*source.manifest).clone(), bytes, &file, &digest, &copies)
                    .map_err(|e| HostError::load(id, LoadStep::Link, e))?;
                tracing::debug!(plugin = %id, producer = plugin.producer(), "loaded native library `{file}`");
                Arc::new(plugin)
            }
        };
        walk(LifecycleState::Loaded, LifecycleState::Linked)?;

        let mut registrar = Registrar::new(source.manifest.clone());
        guarded(id, "register", || code.register(&mut registrar))?
            .map_err(|e| HostError::load(id, LoadStep::Register, e))?;
        let surface = registrar.finish().map_err(|e| HostError::load(id, LoadStep::Register, e))?;

        let number = self.registry.next_generation_number(id.as_str());
        let policy = self.policy.for_plugin(id);
        let sees_queries = grants.covers(&Capability::Observe(Observed::Queries));
        let surface = guard_surface(surface, sees_queries, |name| {
            let breaker = Breaker::new(policy.failure_threshold, policy.cooldown);
            Arc::new(CallSite::new(id.clone(), number, name, self.metrics_for(id, name), breaker))
        });
        let context = PluginContext::new(
            id.clone(),
            number,
            grants,
            source.manifest.config.clone(),
            source.dir.clone(),
            self.services.clone(),
        );
        if let Err(error) = guarded(id, "init", || code.init(&context))
            .and_then(|result| result.map_err(|e| HostError::load(id, LoadStep::Init, e)))
        {
            let _ = lifecycle.transition(LifecycleState::Linked, LifecycleState::Removed);
            return Err(error);
        }
        walk(LifecycleState::Linked, LifecycleState::Initialized)?;
        let generation = Generation::new(number, code, source.manifest.clone(), surface, lifecycle)
            .map_err(|e| HostError::load(id, LoadStep::Init, e))?;
        if let Some(digest) = source.digest {
            generation.set_content_address(digest);
        }
        Ok(generation)
    }

    /// Reloads `plugin`: its directory's manifest is read again, a new
    /// generation is prepared while the old one keeps serving, then swapped in
    /// atomically; the old one drains and is shut down. Any failure before the
    /// swap leaves the old generation active and untouched.
    pub fn reload(&self, plugin: &PluginId) -> Result<u64, HostError> {
        let _changing = self.changing();
        self.reload_unlocked(plugin)
    }

    fn changing(&self) -> MutexGuard<'_, ()> {
        self.changing.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn reload_unlocked(&self, plugin: &PluginId) -> Result<u64, HostError> {
        let current = {
            let loaded = self.loaded();
            let entry = loaded.get(plugin).ok_or_else(|| HostError::NotLoaded(plugin.clone()))?;
            entry.source.clone()
        };
        let source = match &current.dir {
            Some(dir) => self.source_from(self.read_files(dir).map_err(|error| error.for_plugin(plugin))?)?,
            // A linked native no directory names: its embedded manifest again.
            None => current.clone(),
        };
        if source.manifest.plugin.id != *plugin {
            return Err(HostError::load(
                plugin,
                LoadStep::Manifest,
                format!(
                    "the manifest now declares id `{}`; a reload cannot rename a plugin",
                    source.manifest.plugin.id
                ),
            ));
        }
        self.install(source, Some(current))
    }

    /// Reloads the plugin that lives in `dir`, or, if no loaded plugin came
    /// from there, loads it as a new plugin (checked like any other: manifest,
    /// signature, policy, dependencies on the loaded plugins, register, init).
    pub fn reload_dir(&self, dir: &Path) -> Result<PluginId, HostError> {
        let _changing = self.changing();
        let wanted = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        let existing = self
            .plugin_dirs()
            .into_iter()
            .find(|(_, plugin_dir)| std::fs::canonicalize(plugin_dir).unwrap_or_else(|_| plugin_dir.clone()) == wanted);
        if let Some((plugin, _)) = existing {
            self.reload_unlocked(&plugin)?;
            return Ok(plugin);
        }
        let files = self.read_files(dir)?;
        let id = files.manifest.plugin.id.clone();
        if self.loaded().contains_key(&id) {
            return Err(HostError::load(
                &id,
                LoadStep::Discover,
                format!("plugin `{id}` is already loaded from elsewhere; unload it first"),
            ));
        }
        let source = self.source_from(files)?;
        self.install(source, None)?;
        Ok(id)
    }

    /// Restores the generation that was active before the last reload.
    pub fn rollback(&self, plugin: &PluginId) -> Result<u64, HostError> {
        let _changing = self.changing();
        let previous = {
            let loaded = self.loaded();
            let entry = loaded.get(plugin).ok_or_else(|| HostError::NotLoaded(plugin.clone()))?;
            entry.previous.clone().ok_or_else(|| {
                HostError::load(plugin, LoadStep::Manifest, "there is no previous generation to roll back to")
            })?
        };
        // The kept source was verified when it was loaded, and its signer
        // comes with it; its bytes are held in memory, so nothing on disk
        // can have changed them since.
        self.install(previous, None)
    }

    /// Checks `dir`'s signature. With `require_signed`, anything but a valid
    /// signature by a trusted key refuses the plugin. Without it, a signature
    /// that does not match the files still refuses it (they were changed
    /// after signing); unsigned or untrusted plugins load with a warning.
    fn check_signature(&self, plugin: &PluginId, files: &PluginFiles) -> Result<Option<String>, HostError> {
        match verify_files(files, &self.trusted_keys) {
            Ok(signed) => Ok(Some(signed.key_id)),
            Err(error) if self.policy.require_signed => Err(HostError::load(plugin, LoadStep::Signature, error)),
            Err(error @ (SignatureError::Tampered { .. } | SignatureError::Invalid(_))) => {
                Err(HostError::load(plugin, LoadStep::Signature, error))
            }
            Err(error) => {
                // Its own target, so a front end that reports unsigned
                // plugins itself can silence just this.
                tracing::warn!(target: "uni_plugin_host::unsigned", plugin = %plugin, "{error}; loading anyway because the policy does not require signatures");
                Ok(None)
            }
        }
    }

    /// The metrics of `plugin`'s function or handler `name`, kept across
    /// reloads.
    fn metrics_for(&self, plugin: &PluginId, name: &str) -> Arc<FunctionMetrics> {
        let mut metrics = self.metrics.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        metrics
            .entry((plugin.clone(), name.to_owned()))
            .or_insert_with(|| Arc::new(FunctionMetrics::new(plugin.clone(), name)))
            .clone()
    }

    /// Metrics of every function and handler of the active plugins.
    pub fn metrics(&self) -> Vec<MetricsSnapshot> {
        let active: BTreeSet<PluginId> = self.loaded().keys().cloned().collect();
        let metrics = self.metrics.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        metrics.iter().filter(|((plugin, _), _)| active.contains(plugin)).map(|(_, m)| m.snapshot()).collect()
    }

    /// The capabilities `plugin`'s active generation holds (its request
    /// narrowed by the policy), or `None` when it is not loaded.
    pub fn grants(&self, plugin: &PluginId) -> Option<Grants> {
        let manifest = self.loaded().get(plugin).map(|entry| entry.source.manifest.clone())?;
        self.admit(&manifest).ok().map(|(grants, _)| grants)
    }

    /// The content address of `plugin`'s active generation: blake3 of the
    /// manifest and artifact read from its directory when it was (re)loaded.
    /// `None` when it is not loaded or is a linked native no directory names.
    pub fn digest(&self, plugin: &PluginId) -> Option<PluginDigest> {
        self.loaded().get(plugin).and_then(|entry| entry.source.digest)
    }

    /// The key id that signed `plugin`'s active generation, if any.
    pub fn signed_by(&self, plugin: &PluginId) -> Option<String> {
        self.loaded().get(plugin).and_then(|entry| entry.source.signed_by.clone())
    }

    /// Checks `source` against the policy and the other active plugins (its
    /// dependencies, and the dependents of the plugin it replaces), then
    /// activates it. `previous` is what a rollback returns to (`None`: the
    /// generation it replaces, if any).
    fn install(&self, source: Source, previous: Option<Source>) -> Result<u64, HostError> {
        let admission = self.admit(&source.manifest)?;
        self.check_dependents(&source.manifest)?;
        self.check_dependencies(&source.manifest)?;
        self.activate(source, admission, previous).map(|generation| generation.number())
    }

    /// The one way a plugin becomes active, on a first load and a reload
    /// alike: prepare a generation from `source` (while any old one keeps
    /// serving), publish it (commit a new plugin, replace an active one),
    /// record it, stop the old generation's jobs and fire its `on_unload`,
    /// fire the new one's `on_load`, start its jobs, and drain the old one.
    fn activate(
        &self,
        source: Source,
        (grants, limits): (Grants, EffectiveLimits),
        previous: Option<Source>,
    ) -> Result<Arc<Generation>, HostError> {
        let id = source.manifest.plugin.id.clone();
        let generation = self.prepare(&source, grants, limits)?;
        let published = if self.loaded().contains_key(&id) {
            self.registry.replace(generation.clone()).map(Some)
        } else {
            self.registry.commit(generation.clone()).map(|()| None)
        };
        let old = match published {
            Ok(old) => old,
            Err(error) => {
                // It was initialized: it may hold resources its `shutdown`
                // releases, so it gets one, and ends `Removed`.
                if let Err(error) = guarded(&id, "shutdown", || generation.plugin().shutdown()) {
                    tracing::error!(plugin = %id, generation = generation.number(), "{error}");
                }
                let _ = generation.lifecycle().transition(LifecycleState::Initialized, LifecycleState::Removed);
                return Err(HostError::load(&id, LoadStep::Publish, error));
            }
        };
        match self.loaded().entry(id.clone()) {
            Entry::Occupied(mut entry) => {
                let entry = entry.get_mut();
                let replaced = std::mem::replace(&mut entry.source, source);
                entry.previous = Some(previous.unwrap_or(replaced));
                entry.generation = generation.clone();
            }
            Entry::Vacant(entry) => {
                entry.insert(Loaded { source, generation: generation.clone(), previous: None });
            }
        }
        if let Some(old) = &old {
            self.jobs.stop(&id);
            fire_generation_hooks(old, &HookPayload::new(HookEvent::OnUnload));
        }
        fire_generation_hooks(&generation, &HookPayload::new(HookEvent::OnLoad));
        self.jobs.start(&self.registry, &generation);
        if let Some(old) = old {
            self.retire(old);
        }
        Ok(generation)
    }

    /// Refuses a manifest whose dependencies are not active in a version
    /// its ranges accept (or lack a function it uses).
    fn check_dependencies(&self, manifest: &PluginManifest) -> Result<(), HostError> {
        let id = &manifest.plugin.id;
        let loaded = self.loaded();
        for dependency in &manifest.dependencies {
            let Some(found) = loaded.get(&dependency.id) else {
                let error =
                    DependencyError::Missing { dependency: dependency.id.clone(), range: dependency.version.clone() };
                return Err(HostError::load(id, LoadStep::Dependencies, error));
            };
            if let Some(error) = deps::check_dependency(dependency, &found.source.manifest) {
                return Err(HostError::load(id, LoadStep::Dependencies, error));
            }
        }
        Ok(())
    }

    /// Refuses a new manifest that breaks an active dependent's range or
    /// drops a function a dependent uses.
    fn check_dependents(&self, manifest: &PluginManifest) -> Result<(), HostError> {
        let loaded = self.loaded();
        for (dependent, entry) in loaded.iter() {
            for dependency in entry.source.manifest.dependencies.iter().filter(|d| d.id == manifest.plugin.id) {
                if let Some(error) = deps::check_dependency(dependency, manifest) {
                    return Err(HostError::load(
                        &manifest.plugin.id,
                        LoadStep::Dependencies,
                        format!("active plugin `{dependent}` {error}"),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Drains `old` and shuts it down; if the drain times out, shutdown runs
    /// when its last call ends.
    fn retire(&self, old: Arc<Generation>) {
        let finish = {
            let old = old.clone();
            move || {
                let id = old.plugin_id().clone();
                if let Err(error) = guarded(&id, "shutdown", || old.plugin().shutdown()) {
                    tracing::error!(plugin = %id, generation = old.number(), "{error}");
                }
                let _ = old.lifecycle().transition(LifecycleState::Draining, LifecycleState::Removed);
            }
        };
        match old.drain(self.drain_timeout) {
            Ok(()) => finish(),
            Err(timeout) => {
                tracing::warn!(plugin = %old.plugin_id(), generation = old.number(), "{timeout}; it will be shut down when its last call ends");
                old.on_drained(finish);
            }
        }
    }

    /// Unloads `plugin`: unpublishes it, drains and shuts it down. Refused
    /// while other active plugins depend on it (unload those first).
    pub fn unload(&self, plugin: &PluginId) -> Result<(), HostError> {
        let _changing = self.changing();
        {
            let loaded = self.loaded();
            if !loaded.contains_key(plugin) {
                return Err(HostError::NotLoaded(plugin.clone()));
            }
            let dependents: Vec<String> = loaded
                .iter()
                .filter(|(_, entry)| entry.source.manifest.dependencies.iter().any(|d| d.id == *plugin))
                .map(|(id, _)| format!("`{id}`"))
                .collect();
            if !dependents.is_empty() {
                return Err(HostError::load(
                    plugin,
                    LoadStep::Dependencies,
                    format!("{} depend on it; unload them first", dependents.join(", ")),
                ));
            }
        }
        self.jobs.stop(plugin);
        if let Some(generation) = self.generation(plugin) {
            fire_generation_hooks(&generation, &HookPayload::new(HookEvent::OnUnload));
        }
        let old = self.registry.remove(plugin).map_err(|e| HostError::load(plugin, LoadStep::Publish, e))?;
        self.loaded().remove(plugin);
        self.retire(old);
        Ok(())
    }

    /// The directory of every loaded plugin that came from one.
    pub fn plugin_dirs(&self) -> Vec<(PluginId, PathBuf)> {
        self.loaded().iter().filter_map(|(id, entry)| entry.source.dir.clone().map(|dir| (id.clone(), dir))).collect()
    }

    /// The active generation of `plugin`.
    pub fn generation(&self, plugin: &PluginId) -> Option<Arc<Generation>> {
        self.loaded().get(plugin).map(|entry| entry.generation.clone())
    }

    fn shutdown_all(&self) {
        // Dependents before their dependencies.
        loop {
            let next = {
                let loaded = self.loaded();
                loaded
                    .keys()
                    .find(|id| !loaded.values().any(|e| e.source.manifest.dependencies.iter().any(|d| d.id == **id)))
                    .cloned()
                    .or_else(|| loaded.keys().next().cloned())
            };
            let Some(id) = next else { break };
            self.jobs.stop(&id);
            if let Ok(old) = self.registry.remove(&id) {
                fire_generation_hooks(&old, &HookPayload::new(HookEvent::OnUnload));
                self.loaded().remove(&id);
                self.retire(old);
            } else {
                self.loaded().remove(&id);
            }
        }
    }
}

impl Drop for PluginHost {
    fn drop(&mut self) {
        self.shutdown_all();
        self.jobs.shutdown();
    }
}

fn outcome_text(outcome: &LoadOutcome) -> String {
    match outcome {
        LoadOutcome::Active { generation } => format!("active (generation {generation})"),
        LoadOutcome::Failed(error) => error.to_string(),
    }
}

/// A wasm engine set up as every host sets up its own: compiled components
/// cached in `compile_cache`, else in [`default_compile_cache`]. One engine
/// serves many hosts (see [`PluginHostBuilder::wasm_engine`]), e.g. a
/// cluster node's one host per digest.
pub fn new_wasm_engine(compile_cache: Option<PathBuf>) -> Result<WasmEngine, HostError> {
    let cache_dir = compile_cache.or_else(default_compile_cache);
    WasmEngine::new(EngineOptions { cache_dir, ..EngineOptions::default() })
        .map_err(|e| HostError::load("wasm", LoadStep::Link, e))
}

/// The compile cache a host uses when none is set:
/// `$XDG_CACHE_HOME/uni-plugin/components`, else `~/.cache/uni-plugin/components`.
pub fn default_compile_cache() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(base.join("uni-plugin").join("components"))
}

/// The plugin directories `dir` stands for, as a host's `plugin_dir` reads
/// it: `dir` itself when it holds a manifest, else its subdirectories that
/// do (sorted).
pub fn plugin_dirs_in(dir: &Path) -> Vec<PathBuf> {
    discover(dir).0
}

/// The one discovery rule: `dir` itself when it holds a manifest, else its
/// subdirectories that do (sorted); with every directory skipped and why.
fn discover(dir: &Path) -> (Vec<PathBuf>, Vec<(PathBuf, String)>) {
    if manifest_in(dir).is_some() {
        return (vec![dir.to_path_buf()], Vec::new());
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => return (Vec::new(), vec![(dir.to_path_buf(), format!("cannot read directory: {error}"))]),
    };
    let mut children: Vec<PathBuf> =
        entries.filter_map(Result::ok).map(|entry| entry.path()).filter(|path| path.is_dir()).collect();
    children.sort();
    if children.is_empty() {
        let reason = "no uniplugin.toml or uniplugin.json, and no plugin directories inside";
        return (Vec::new(), vec![(dir.to_path_buf(), reason.into())]);
    }
    let (found, skipped): (Vec<PathBuf>, Vec<PathBuf>) =
        children.into_iter().partition(|child| manifest_in(child).is_some());
    (found, skipped.into_iter().map(|child| (child, "no uniplugin.toml or uniplugin.json".to_owned())).collect())
}
