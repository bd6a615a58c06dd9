//! Reload: prepare then swap, failures leave the old generation untouched,
//! rollback, unload, and the stress test.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use uni_plugin::PluginId;
use uni_plugin_host::{HostError, LoadStep, PluginHost};

use crate::support::{Fault, TempDir, call, manifest_text, plugin};

fn host_with_dir(delta: i64) -> (TempDir, PluginHost, PluginId) {
    let root = TempDir::new("reload");
    root.write(
        "calc/uniplugin.toml",
        &manifest_text("com.x.calc", "1.0.0", &["calc"], &format!("[config]\ndelta = {delta}")),
    );
    let code = plugin(&manifest_text("com.x.calc", "1.0.0", &["calc"], ""), Fault::None);
    let (host, report) = PluginHost::builder()
        .plugin_dir(root.0.join("calc"))
        .native(code)
        .drain_timeout(Duration::from_secs(5))
        .load_all()
        .unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    (root, host, "com.x.calc".parse().unwrap())
}

#[test]
fn reload_swaps_in_the_edited_manifest_and_rollback_restores_it() {
    let (root, host, id) = host_with_dir(1);
    assert_eq!(call(host.registry(), "calc", 10).unwrap().unwrap(), 11);
    root.write("calc/uniplugin.toml", &manifest_text("com.x.calc", "1.1.0", &["calc"], "[config]\ndelta = 2"));
    assert_eq!(host.reload(&id).unwrap(), 2);
    assert_eq!(call(host.registry(), "calc", 10).unwrap().unwrap(), 12);
    assert_eq!(host.rollback(&id).unwrap(), 3);
    assert_eq!(call(host.registry(), "calc", 10).unwrap().unwrap(), 11);
}

#[test]
fn a_failed_prepare_leaves_the_old_generation_active_and_names_the_step() {
    let (root, host, id) = host_with_dir(1);
    let before = host.generation(&id).unwrap();

    root.write("calc/uniplugin.toml", "[plugin]\nid = \"com.x.calc\"\nversion = \"oops\"\n");
    let error = host.reload(&id).unwrap_err();
    assert!(matches!(error, HostError::Load { step: LoadStep::Manifest, .. }), "{error}");

    // A manifest the code does not match (it registers scalars only) fails at register.
    let aggregate = "[[functions]]\nname = \"extra\"\nkind = \"aggregate\"\nargs = [\"int64\"]\nreturns = \"int64\"\n";
    root.write("calc/uniplugin.toml", &(manifest_text("com.x.calc", "1.0.0", &["calc"], "") + aggregate));
    let error = host.reload(&id).unwrap_err();
    assert!(matches!(error, HostError::Load { step: LoadStep::Register, .. }), "{error}");
    assert!(error.to_string().contains("function `extra` is declared aggregate but registered scalar"), "{error}");

    assert!(Arc::ptr_eq(&host.generation(&id).unwrap(), &before));
    assert_eq!(before.state(), uni_plugin::LifecycleState::Active);
    assert_eq!(call(host.registry(), "calc", 10).unwrap().unwrap(), 11);
}

#[test]
fn reload_refuses_to_break_a_dependent() {
    let root = TempDir::new("dependent");
    root.write("lib/uniplugin.toml", &manifest_text("com.x.lib", "1.0.0", &["lib_fn"], ""));
    let lib = plugin(&manifest_text("com.x.lib", "1.0.0", &["lib_fn"], ""), Fault::None);
    let user = plugin(
        &manifest_text(
            "com.x.user",
            "1.0.0",
            &["user_fn"],
            "[dependencies]\n\"com.x.lib\" = { version = \"^1\", uses = [\"lib_fn\"] }",
        ),
        Fault::None,
    );
    let (host, _) = PluginHost::builder().plugin_dir(root.0.join("lib")).native(lib).native(user).load_all().unwrap();
    let id: PluginId = "com.x.lib".parse().unwrap();

    root.write("lib/uniplugin.toml", &manifest_text("com.x.lib", "2.0.0", &["lib_fn"], ""));
    let error = host.reload(&id).unwrap_err().to_string();
    assert!(
        error.contains("active plugin `com.x.user` depends on `com.x.lib` ^1, but version 2.0.0 is available"),
        "{error}"
    );

    root.write("lib/uniplugin.toml", &manifest_text("com.x.lib", "1.1.0", &["other_fn"], ""));
    let error = host.reload(&id).unwrap_err().to_string();
    assert!(error.contains("uses function `lib_fn` of `com.x.lib`"), "{error}");

    let error = host.unload(&id).unwrap_err().to_string();
    assert!(error.contains("`com.x.user` depend on it"), "{error}");
    host.unload(&"com.x.user".parse().unwrap()).unwrap();
    host.unload(&id).unwrap();
    assert!(call(host.registry(), "lib_fn", 1).is_none());
}

#[test]
fn unload_shuts_the_plugin_down_after_its_last_call() {
    let code = plugin(&manifest_text("com.x.once", "1.0.0", &["once"], ""), Fault::None);
    let shutdowns = code.shutdowns.clone();
    let (host, _) = PluginHost::builder().native(code).drain_timeout(Duration::from_millis(10)).load_all().unwrap();
    let held = host.registry().lookup("once").unwrap();
    host.unload(&"com.x.once".parse().unwrap()).unwrap();
    assert_eq!(shutdowns.load(Ordering::SeqCst), 0, "a call is still in flight");
    drop(held);
    assert_eq!(shutdowns.load(Ordering::SeqCst), 1, "finalized when the last call ended");
}

/// 8 threads call continuously while the main thread reloads 1,000 times,
/// alternating two versions that return different values.
#[test]
fn stress_zero_failed_calls_across_a_thousand_reloads() {
    let (root, host, id) = host_with_dir(1);
    let host = Arc::new(host);
    let stop = Arc::new(AtomicBool::new(false));
    let calls = Arc::new(AtomicU64::new(0));
    let callers: Vec<_> = (0..8)
        .map(|_| {
            let (host, stop, calls) = (host.clone(), stop.clone(), calls.clone());
            std::thread::spawn(move || -> Result<(), String> {
                while !stop.load(Ordering::Relaxed) {
                    let value =
                        call(host.registry(), "calc", 100).ok_or("`calc` not found")?.map_err(|e| e.to_string())?;
                    if value != 101 && value != 102 {
                        return Err(format!("unexpected result {value}"));
                    }
                    calls.fetch_add(1, Ordering::Relaxed);
                }
                Ok(())
            })
        })
        .collect();
    let versions = [
        manifest_text("com.x.calc", "1.0.0", &["calc"], "[config]\ndelta = 1"),
        manifest_text("com.x.calc", "1.0.1", &["calc"], "[config]\ndelta = 2"),
    ];
    let mut weak = Vec::new();
    for reload_idx in 0..1_000 {
        root.write("calc/uniplugin.toml", &versions[(reload_idx + 1) % 2]);
        let old = host.generation(&id).unwrap();
        weak.push(Arc::downgrade(&old));
        drop(old);
        host.reload(&id).unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    for caller in callers {
        caller.join().unwrap().unwrap();
    }
    assert!(calls.load(Ordering::Relaxed) > 0);
    let leaked = weak.iter().filter(|w| w.upgrade().is_some()).count();
    assert_eq!(leaked, 0, "old generations must be freed");
}

#[test]
fn watch_mode_reloads_a_plugin_whose_files_change() {
    let (root, host, id) = host_with_dir(1);
    let host = Arc::new(host);
    let (sender, events) = std::sync::mpsc::channel();
    let watch = host.watch(Duration::from_millis(50), sender).unwrap();

    root.write("calc/uniplugin.toml", &manifest_text("com.x.calc", "1.0.1", &["calc"], "[config]\ndelta = 5"));
    let event = events.recv_timeout(Duration::from_secs(10)).expect("a reload after the change");
    assert_eq!(event.plugin, id);
    assert!(event.outcome.is_ok(), "{:?}", event.outcome);
    assert_eq!(call(host.registry(), "calc", 10).unwrap().unwrap(), 15);

    // A broken edit is reported and the running generation keeps serving.
    root.write("calc/uniplugin.toml", "[plugin]\nid = \"com.x.calc\"\n");
    let event = events.recv_timeout(Duration::from_secs(10)).expect("a reload attempt");
    assert!(matches!(event.outcome, Err(HostError::Load { step: LoadStep::Manifest, .. })), "{:?}", event.outcome);
    assert_eq!(call(host.registry(), "calc", 10).unwrap().unwrap(), 15);
    drop(watch);
}

#[test]
fn reload_dir_reloads_a_known_dir_and_loads_a_new_one() {
    let (root, host, id) = host_with_dir(1);
    root.write("calc/uniplugin.toml", &manifest_text("com.x.calc", "1.0.1", &["calc"], "[config]\ndelta = 3"));
    assert_eq!(host.reload_dir(&root.0.join("calc")).unwrap(), id);
    assert_eq!(call(host.registry(), "calc", 10).unwrap().unwrap(), 13);

    // A directory no loaded plugin came from: loaded as a new plugin, if its
    // code is linked in (here it is not, so the error names the link step).
    root.write("extra/uniplugin.toml", &manifest_text("com.x.extra", "1.0.0", &["extra_fn"], ""));
    let error = host.reload_dir(&root.0.join("extra")).unwrap_err();
    assert!(matches!(&error, HostError::Load { step: LoadStep::Link, .. }), "{error}");
    let error = host.reload_dir(&root.0.join("nowhere")).unwrap_err();
    assert!(matches!(&error, HostError::Load { step: LoadStep::Discover, .. }), "{error}");
}

#[test]
fn reload_dir_loads_a_linked_plugin_that_was_not_loaded_yet() {
    let root = TempDir::new("late");
    let code = plugin(&manifest_text("com.x.late", "1.0.0", &["late_fn"], ""), Fault::None);
    let (host, _) = PluginHost::builder().native(code).load_all().unwrap();
    host.unload(&"com.x.late".parse().unwrap()).unwrap();
    assert!(call(host.registry(), "late_fn", 1).is_none());
    root.write("late/uniplugin.toml", &manifest_text("com.x.late", "1.0.0", &["late_fn"], "[config]\ndelta = 4"));
    assert_eq!(host.reload_dir(&root.0.join("late")).unwrap().as_str(), "com.x.late");
    assert_eq!(call(host.registry(), "late_fn", 1).unwrap().unwrap(), 5);
}

#[test]
fn every_generation_carries_the_digest_of_the_files_it_came_from() {
    let (root, host, id) = host_with_dir(1);
    let first = host.digest(&id).expect("loaded from a directory");
    assert_eq!(first, uni_plugin_host::digest_of_dir(&root.0.join("calc")).unwrap());
    let generation = host.generation(&id).unwrap();
    assert_eq!(generation.content_address(), Some(first));

    root.write("calc/uniplugin.toml", &manifest_text("com.x.calc", "1.0.0", &["calc"], "[config]\ndelta = 2"));
    host.reload(&id).unwrap();
    let second = host.digest(&id).unwrap();
    assert_ne!(second, first, "a changed manifest is different content");
    assert_eq!(host.generation(&id).unwrap().content_address(), Some(second));
    // The old generation keeps the address of what it ran.
    assert_eq!(generation.content_address(), Some(first));
}

#[test]
fn concurrent_reloads_of_one_plugin_all_succeed_in_turn() {
    // Unserialized, two reloads prepare generations n and n+1 side by side;
    // whichever swaps second is refused as stale (or, worse, interleaves its
    // bookkeeping with the other's).
    let (_root, host, id) = host_with_dir(1);
    let host = Arc::new(host);
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let (host, id) = (host.clone(), id.clone());
            std::thread::spawn(move || (0..25).map(|_| host.reload(&id).map_err(|e| e.to_string())).collect::<Vec<_>>())
        })
        .collect();
    let mut numbers: Vec<u64> = Vec::new();
    for thread in threads {
        for result in thread.join().unwrap() {
            numbers.push(result.unwrap_or_else(|error| panic!("a concurrent reload failed: {error}")));
        }
    }
    numbers.sort_unstable();
    numbers.dedup();
    assert_eq!(numbers.len(), 100, "every reload made its own generation");
    assert_eq!(host.generation(&id).unwrap().number(), *numbers.last().unwrap(), "the last one is active");
}
