//! Loading wasm plugins from their directories for tests.

use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use uni_plugin::context::DefaultHostServices;
use uni_plugin::{CapabilitySet, Grants, Plugin, PluginContext, PluginManifest, PluginSurface, Registrar};
use uni_plugin_wasm::{EngineOptions, WasmEngine, WasmLimits, WasmPlugin};

pub fn engine() -> &'static WasmEngine {
    static ENGINE: OnceLock<WasmEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        // One private cache per test run (a fixed name under the shared temp
        // dir could be anyone's, and the host refuses a cache it does not own).
        let cache_dir = std::env::temp_dir().join(format!("uni-plugin-wasm-test-cache-{}", std::process::id()));
        WasmEngine::new(EngineOptions { cache_dir: Some(cache_dir), ..EngineOptions::default() }).expect("engine")
    })
}

pub const LIMITS: WasmLimits = WasmLimits { memory: 64 << 20, timeout: Duration::from_secs(2) };

/// Loads, registers and initializes the plugin in `dir`.
pub fn load(dir: &str, grants: &[&str]) -> (Arc<WasmPlugin>, PluginSurface) {
    let dir = Path::new(dir);
    let manifest = PluginManifest::from_path(&dir.join("uniplugin.toml")).expect("manifest");
    let granted: CapabilitySet = grants.iter().map(|g| g.parse().unwrap()).collect();
    let plugin = Arc::new(
        WasmPlugin::load(
            engine(),
            manifest.clone(),
            dir,
            Grants::from_set(granted.clone()),
            LIMITS,
            Arc::new(DefaultHostServices),
        )
        .unwrap_or_else(|e| panic!("{e}")),
    );
    let mut registrar = Registrar::new(Arc::new(manifest.clone()));
    plugin.register(&mut registrar).unwrap();
    let surface = registrar.finish().unwrap_or_else(|e| panic!("{e}"));
    let context = PluginContext::new(
        manifest.plugin.id.clone(),
        1,
        Grants::from_set(granted),
        manifest.config.clone(),
        Some(dir.to_path_buf()),
        Arc::new(DefaultHostServices),
    );
    plugin.init(&context).unwrap_or_else(|e| panic!("{e}"));
    (plugin, surface)
}

/// The native plugin's surface, for comparisons.
pub fn native_surface(plugin: &dyn Plugin) -> PluginSurface {
    let mut registrar = Registrar::new(Arc::new(plugin.manifest().clone()));
    plugin.register(&mut registrar).unwrap();
    registrar.finish().unwrap()
}

/// Loads, registers and initializes the plugin in `dir` with `data_dir` for
/// relative `fs-*` grants and explicit limits.
pub fn load_with(dir: &str, data_dir: &Path, grants: &[&str], limits: WasmLimits) -> Result<PluginSurface, String> {
    let dir = Path::new(dir);
    let manifest = PluginManifest::from_path(&dir.join("uniplugin.toml")).map_err(|e| e.to_string())?;
    let bytes = std::fs::read(dir.join(&manifest.plugin.entry)).map_err(|e| e.to_string())?;
    let granted: CapabilitySet = grants.iter().map(|g| g.parse().unwrap()).collect();
    let plugin = WasmPlugin::from_bytes(
        engine(),
        manifest.clone(),
        &bytes,
        Some(data_dir.to_path_buf()),
        Grants::from_set(granted.clone()),
        limits,
        Arc::new(DefaultHostServices),
    )
    .map_err(|e| e.to_string())?;
    let mut registrar = Registrar::new(Arc::new(manifest.clone()));
    plugin.register(&mut registrar).map_err(|e| e.to_string())?;
    let surface = registrar.finish().map_err(|e| e.to_string())?;
    let context = PluginContext::new(
        manifest.plugin.id.clone(),
        1,
        Grants::from_set(granted),
        manifest.config.clone(),
        Some(data_dir.to_path_buf()),
        Arc::new(DefaultHostServices),
    );
    plugin.init(&context).map_err(|e| e.to_string())?;
    Ok(surface)
}

/// Tests that measure the process's resident memory hold this exclusively;
/// every other test holds it shared, so nothing allocates while they measure.
static MEASURE: std::sync::RwLock<()> = std::sync::RwLock::new(());

/// Held by every test that does not measure memory.
pub fn shared() -> std::sync::RwLockReadGuard<'static, ()> {
    MEASURE.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Held by a test that measures memory: no other test runs meanwhile.
pub fn exclusive() -> std::sync::RwLockWriteGuard<'static, ()> {
    MEASURE.write().unwrap_or_else(|poisoned| poisoned.into_inner())
}
