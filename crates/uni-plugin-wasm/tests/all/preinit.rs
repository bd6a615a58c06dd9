//! Pre-initialized components: with a compile cache, a plugin whose `init`
//! needs nothing from the host runs it once at load, and every instance
//! starts from the snapshot; the results are the same as without.

use std::path::Path;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::Float64Type;
use arrow_array::{ArrayRef, Float64Array, StringArray};
use uni_plugin::context::DefaultHostServices;
use uni_plugin::surface::FunctionImpl;
use uni_plugin::{CapabilitySet, Grants, Plugin, PluginManifest, PluginSurface, Registrar};
use uni_plugin_guests as guests;
use uni_plugin_wasm::{EngineOptions, WasmEngine, WasmPlugin};

use crate::support::{LIMITS, engine};

fn load_on(engine: &WasmEngine, dir: &str, manifest: PluginManifest, grants: &[&str]) -> Result<WasmPlugin, String> {
    let granted: CapabilitySet = grants.iter().map(|g| g.parse().unwrap()).collect();
    WasmPlugin::load(engine, manifest, Path::new(dir), Grants::from_set(granted), LIMITS, Arc::new(DefaultHostServices))
        .map_err(|e| e.to_string())
}

fn manifest(dir: &str) -> PluginManifest {
    PluginManifest::from_path(&Path::new(dir).join("uniplugin.toml")).unwrap()
}

fn surface(plugin: &WasmPlugin) -> PluginSurface {
    let mut registrar = Registrar::new(Arc::new(plugin.manifest().clone()));
    plugin.register(&mut registrar).unwrap();
    registrar.finish().unwrap()
}

fn scalar(plugin: &WasmPlugin, name: &str, args: &[ArrayRef]) -> Result<ArrayRef, uni_plugin::CallError> {
    let surface = surface(plugin);
    let (_, FunctionImpl::Scalar(function)) = surface.functions.iter().find(|(decl, _)| decl.name == name).unwrap()
    else {
        panic!("{name} is not scalar")
    };
    function.invoke(args, args[0].len())
}

fn coordinates() -> Vec<ArrayRef> {
    (0..4)
        .map(|column| {
            Arc::new(Float64Array::from(
                (0..500).map(|row| ((row * 7 + column * 13) % 170) as f64 - 85.0).collect::<Vec<_>>(),
            )) as ArrayRef
        })
        .collect()
}

#[test]
fn a_self_contained_init_is_snapshotted_and_gives_the_same_results() {
    let _shared = crate::support::shared();
    let snapshotted = load_on(engine(), guests::GEO_DIR, manifest(guests::GEO_DIR), &[]).unwrap();
    assert!(snapshotted.is_preinitialized());
    // Without a compile cache there is no snapshot: `init` runs per instance.
    let uncached = WasmEngine::new(EngineOptions::default()).unwrap();
    let plain = load_on(&uncached, guests::GEO_DIR, manifest(guests::GEO_DIR), &[]).unwrap();
    assert!(!plain.is_preinitialized());
    for name in ["haversine", "bearing"] {
        let (a, b) =
            (scalar(&snapshotted, name, &coordinates()).unwrap(), scalar(&plain, name, &coordinates()).unwrap());
        let (a, b) = (a.as_primitive::<Float64Type>(), b.as_primitive::<Float64Type>());
        assert!(a.values().iter().zip(b.values()).all(|(x, y)| x.to_bits() == y.to_bits()), "{name}");
    }
    // A fresh instance after a trap also starts from the snapshot.
    snapshotted.instantiate_fresh().unwrap();
    let text = load_on(engine(), guests::TEXT_DIR, manifest(guests::TEXT_DIR), &[]).unwrap();
    assert!(text.is_preinitialized());
    let slugs = scalar(&text, "slugify", &[Arc::new(StringArray::from(vec!["Über Straße"])) as ArrayRef]).unwrap();
    assert_eq!(slugs.as_string::<i32>().value(0), "uber-strasse");
}

#[test]
fn the_config_is_part_of_the_snapshot() {
    let _shared = crate::support::shared();
    let mut miles = manifest(guests::GEO_DIR);
    miles.config.insert("earth_radius_km".into(), serde_json::json!(3958.8));
    let plugin = load_on(engine(), guests::GEO_DIR, miles, &[]).unwrap();
    assert!(plugin.is_preinitialized());
    let one_degree = [0.0, 0.0, 0.0, 1.0].map(|v| Arc::new(Float64Array::from(vec![v])) as ArrayRef);
    let distance = scalar(&plugin, "haversine", &one_degree).unwrap().as_primitive::<Float64Type>().value(0);
    assert!((distance - 69.09).abs() < 0.01, "{distance}");
    // The default config's snapshot is another one.
    let default = load_on(engine(), guests::GEO_DIR, manifest(guests::GEO_DIR), &[]).unwrap();
    let distance = scalar(&default, "haversine", &one_degree).unwrap().as_primitive::<Float64Type>().value(0);
    assert!((distance - 111.19).abs() < 0.01, "{distance}");
}

#[test]
fn a_rejected_config_is_still_reported_by_init() {
    let _shared = crate::support::shared();
    let mut bad = manifest(guests::GEO_DIR);
    bad.config.insert("earth_radius_km".into(), serde_json::json!(-1.0));
    let plugin = load_on(engine(), guests::GEO_DIR, bad.clone(), &[]).unwrap();
    assert!(!plugin.is_preinitialized());
    let context = uni_plugin::PluginContext::new(
        bad.plugin.id.clone(),
        1,
        Grants::none(),
        bad.config.clone(),
        None,
        Arc::new(DefaultHostServices),
    );
    let error = plugin.init(&context).unwrap_err().to_string();
    assert!(error.contains("earth_radius_km") && error.contains("positive number"), "{error}");
}

#[test]
fn an_init_that_calls_the_host_runs_in_every_instance() {
    let _shared = crate::support::shared();
    let plugin = load_on(engine(), guests::GUEST_REACTIVE_DIR, manifest(guests::GUEST_REACTIVE_DIR), &[]).unwrap();
    assert!(!plugin.is_preinitialized());
    plugin.instantiate_fresh().unwrap();
}

#[test]
fn a_plugin_granted_random_is_not_snapshotted() {
    let _shared = crate::support::shared();
    let plugin = load_on(engine(), guests::GEO_DIR, manifest(guests::GEO_DIR), &["random"]).unwrap();
    assert!(!plugin.is_preinitialized());
}

#[test]
fn a_corrupt_cached_snapshot_is_made_again() {
    let _shared = crate::support::shared();
    let cache = std::env::temp_dir().join(format!("uni-plugin-preinit-corrupt-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&cache);
    let engine = WasmEngine::new(EngineOptions { cache_dir: Some(cache.clone()), ..EngineOptions::default() }).unwrap();
    assert!(load_on(&engine, guests::GEO_DIR, manifest(guests::GEO_DIR), &[]).unwrap().is_preinitialized());
    // The snapshot and its compiled form, cached under one key.
    let entries = |suffix: &str| -> Vec<std::path::PathBuf> {
        std::fs::read_dir(&cache)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                name.contains(".snapshot") && name.ends_with(suffix)
            })
            .collect()
    };
    let (snapshot, compiled) = (entries(".wasm"), entries(".cwasm"));
    assert_eq!((snapshot.len(), compiled.len()), (1, 1), "{snapshot:?} {compiled:?}");
    // A cached load uses the compiled snapshot, as it is: an entry that
    // failed to load would be removed and written anew (another inode).
    #[cfg(unix)]
    let inode = |path: &std::path::Path| std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(path).unwrap());
    #[cfg(unix)]
    let written = inode(&compiled[0]);
    assert!(load_on(&engine, guests::GEO_DIR, manifest(guests::GEO_DIR), &[]).unwrap().is_preinitialized());
    #[cfg(unix)]
    assert_eq!(inode(&compiled[0]), written, "the cached compiled snapshot loaded, not compiled again");
    // Both truncated: the compiled one is discarded, the snapshot fails to
    // compile and is made again.
    std::fs::write(&snapshot[0], b"\0asm truncated").unwrap();
    std::fs::write(&compiled[0], b"truncated").unwrap();
    let reloaded = load_on(&engine, guests::GEO_DIR, manifest(guests::GEO_DIR), &[]).unwrap();
    assert!(reloaded.is_preinitialized());
    assert!(std::fs::read(&snapshot[0]).unwrap().len() > 1000);
    assert!(std::fs::read(&compiled[0]).unwrap().len() > 1000);
    let one_degree = [0.0, 0.0, 0.0, 1.0].map(|v| Arc::new(Float64Array::from(vec![v])) as ArrayRef);
    let distance = scalar(&reloaded, "haversine", &one_degree).unwrap().as_primitive::<Float64Type>().value(0);
    assert!((distance - 111.19).abs() < 0.01, "{distance}");
    let _ = std::fs::remove_dir_all(&cache);
}

/// A component that cannot be snapshotted is remembered as such in the
/// cache: the next load (a new engine, as in a new process) does not try
/// again, so it does not pay the attempt's compile and memory.
#[test]
fn a_failed_snapshot_is_remembered_and_not_tried_again() {
    let _shared = crate::support::shared();
    let cache = tempfile::tempdir().unwrap();
    let load = || {
        let engine =
            WasmEngine::new(EngineOptions { cache_dir: Some(cache.path().to_path_buf()), ..EngineOptions::default() })
                .unwrap();
        let plugin = load_on(&engine, guests::GUEST_REACTIVE_DIR, manifest(guests::GUEST_REACTIVE_DIR), &[]).unwrap();
        assert!(!plugin.is_preinitialized());
        plugin.instantiate_fresh().unwrap();
    };
    load();
    let markers: Vec<std::path::PathBuf> = std::fs::read_dir(cache.path())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(".snapshot.failed"))
        .collect();
    assert_eq!(markers.len(), 1, "one failure recorded: {markers:?}");
    // Age the record: a second attempt would write it anew.
    let old = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
    std::fs::File::options().write(true).open(&markers[0]).unwrap().set_modified(old).unwrap();
    load();
    assert_eq!(std::fs::metadata(&markers[0]).unwrap().modified().unwrap(), old, "the snapshot was tried again");
}
