//! Watch mode: reload a plugin when the files of its directory change.
//!
//! File events are debounced per plugin (editors write a file in several
//! steps); after a quiet period the plugin is reloaded through the same path
//! as [`PluginHost::reload`], so signatures, policy, dependency and
//! registration checks all apply, and a failed reload leaves the old
//! generation serving.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};
use uni_plugin::PluginId;

use crate::{HostError, LoadStep, PluginHost};

/// What a watch-triggered reload did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchEvent {
    /// The plugin.
    pub plugin: PluginId,
    /// The new generation, or why the old one stays.
    pub outcome: Result<u64, HostError>,
}

/// Stops watching when dropped.
pub struct WatchHandle {
    watcher: Option<notify::RecommendedWatcher>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for WatchHandle {
    fn drop(&mut self) {
        // Dropping the watcher closes the event channel, which ends the
        // thread (after a reload in progress, if any).
        drop(self.watcher.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

enum Message {
    Changed(PathBuf),
}

impl PluginHost {
    /// Watches every loaded plugin that came from a directory and reloads it
    /// `debounce` after its files stop changing. Each reload's outcome is
    /// sent to `events` (and logged).
    pub fn watch(
        self: &Arc<Self>,
        debounce: Duration,
        events: mpsc::Sender<WatchEvent>,
    ) -> Result<WatchHandle, HostError> {
        let dirs: BTreeMap<PathBuf, PluginId> =
            self.plugin_dirs().into_iter().map(|(plugin, dir)| (canonical(&dir), plugin)).collect();
        let (sender, receiver) = mpsc::channel::<Message>();
        let watch_error = |error: notify::Error| {
            HostError::load("watch", LoadStep::Discover, format!("cannot watch plugin directories: {error}"))
        };
        let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if let Ok(event) = event
                && !matches!(event.kind, notify::EventKind::Access(_))
            {
                for path in event.paths {
                    let _ = sender.send(Message::Changed(path));
                }
            }
        })
        .map_err(watch_error)?;
        for dir in dirs.keys() {
            watcher.watch(dir, RecursiveMode::Recursive).map_err(watch_error)?;
        }
        let host = Arc::downgrade(self);
        let thread = std::thread::Builder::new()
            .name("uni-plugin-watch".into())
            .spawn(move || {
                let mut pending: BTreeMap<PluginId, Instant> = BTreeMap::new();
                loop {
                    let timeout = pending.values().min().map_or(Duration::from_secs(3600), |first| {
                        (*first + debounce).saturating_duration_since(Instant::now())
                    });
                    match receiver.recv_timeout(timeout) {
                        Ok(Message::Changed(path)) => {
                            if let Some(plugin) = owner(&dirs, &path) {
                                pending.insert(plugin.clone(), Instant::now());
                            }
                        }
                        Err(RecvTimeoutError::Timeout) => {}
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                    let due: Vec<PluginId> = pending
                        .iter()
                        .filter(|(_, changed)| changed.elapsed() >= debounce)
                        .map(|(plugin, _)| plugin.clone())
                        .collect();
                    for plugin in due {
                        pending.remove(&plugin);
                        let Some(host) = host.upgrade() else { return };
                        let outcome = host.reload(&plugin);
                        match &outcome {
                            Ok(generation) => {
                                tracing::info!(plugin = %plugin, generation, "reloaded after a file change")
                            }
                            Err(error) => {
                                tracing::warn!(plugin = %plugin, "reload after a file change failed: {error}")
                            }
                        }
                        let _ = events.send(WatchEvent { plugin, outcome });
                    }
                }
            })
            .map_err(|error| {
                HostError::load("watch", LoadStep::Discover, format!("cannot start the watch thread: {error}"))
            })?;
        Ok(WatchHandle { watcher: Some(watcher), thread: Some(thread) })
    }
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

fn owner<'d>(dirs: &'d BTreeMap<PathBuf, PluginId>, path: &Path) -> Option<&'d PluginId> {
    // Judged by the name the event carries (a removed file has no
    // canonical path; its directory stands in below).
    if is_source_or_scratch(path) {
        return None;
    }
    let path = canonical(path);
    let path = if path.exists() { path } else { path.parent().map(canonical).unwrap_or(path) };
    let (dir, plugin) = dirs.iter().find(|(dir, _)| path.starts_with(dir))?;
    // A Rust plugin's own `target/` changes all through a build; only the
    // artifact `uniplug build` places beside the manifest counts.
    let in_build_output = path.strip_prefix(dir).ok().and_then(|inner| inner.components().next())
        == Some(std::path::Component::Normal("target".as_ref()));
    (!in_build_output).then_some(plugin)
}

/// Files a load never reads: sources (a rebuild places a new artifact,
/// which is what counts) and hidden files (editors' swap files, artifacts
/// being staged before their rename).
fn is_source_or_scratch(path: &Path) -> bool {
    let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
    let extension = path.extension().and_then(|extension| extension.to_str()).unwrap_or_default();
    name.starts_with('.')
        || matches!(name, "Cargo.toml" | "Cargo.lock" | "package.json" | "package-lock.json")
        || matches!(extension, "rs" | "py" | "js" | "mjs" | "ts" | "c" | "h")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_under_a_plugins_build_output_are_not_its_changes() {
        let root = std::env::temp_dir().join(format!("uni-plugin-watch-owner-{}", std::process::id()));
        std::fs::create_dir_all(root.join("p/target/release")).unwrap();
        let dirs: BTreeMap<PathBuf, PluginId> = [(canonical(&root.join("p")), "com.x.p".parse().unwrap())].into();
        assert_eq!(owner(&dirs, &root.join("p/libp.so")).map(|id| id.to_string()), Some("com.x.p".to_owned()));
        assert_eq!(owner(&dirs, &root.join("p/target/release/libp.so")), None);
        assert_eq!(owner(&dirs, &root.join("p/app.py")), None);
        assert_eq!(owner(&dirs, &root.join("p/.libp.so.123.tmp")), None);
        assert_eq!(owner(&dirs, &root.join("p/uniplugin.toml")).map(|id| id.to_string()), Some("com.x.p".to_owned()));
        assert_eq!(owner(&dirs, &root.join("elsewhere")), None);
        std::fs::remove_dir_all(&root).unwrap();
    }
}
