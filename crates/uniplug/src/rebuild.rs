//! `sql --watch` for plugins with sources: when a plugin's sources change,
//! rebuild it (as `uniplug build` would); placing the new component or
//! library is what the host's watcher reloads. A failed build is reported
//! and the running generation keeps serving.
//!
//! Sources are polled (twice a second) rather than watched: a plugin has a
//! handful of files, and polling sees an editor's write-and-rename the same
//! way on every platform.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

use crate::build;
use crate::script_build::Language;

/// How often sources are looked at.
const POLL: Duration = Duration::from_millis(500);

/// Stops the rebuild thread when dropped.
pub struct RebuildHandle {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for RebuildHandle {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The file extensions that are sources of the plugin in `dir`, or `None`
/// when it is not built from sources here.
fn source_extensions(dir: &Path) -> Option<&'static [&'static str]> {
    if dir.join("Cargo.toml").is_file() {
        return Some(&["rs", "toml"]);
    }
    match Language::of(dir)? {
        Language::Python => Some(&["py", "toml"]),
        Language::JavaScript => Some(&["js", "mjs", "toml"]),
    }
}

/// What the sources look like now: each file's path, length and
/// modification time (build output, dependencies and hidden files left
/// out).
fn fingerprint(dir: &Path, extensions: &[&str], out: &mut Vec<(PathBuf, u64, Option<SystemTime>)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name == "target" || name == "node_modules" || name == "__pycache__" {
            continue;
        }
        if path.is_dir() {
            fingerprint(&path, extensions, out);
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.contains(&e))
            && let Ok(metadata) = entry.metadata()
        {
            out.push((path, metadata.len(), metadata.modified().ok()));
        }
    }
}

fn snapshot(dir: &Path, extensions: &[&str]) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
    let mut files = Vec::new();
    fingerprint(dir, extensions, &mut files);
    files.sort();
    files
}

/// Starts polling the plugins in `dirs` (or directories of them) that are
/// built from sources; `None` when there are none.
pub fn start(dirs: &[PathBuf]) -> Option<RebuildHandle> {
    let plugins: Vec<(PathBuf, &'static [&'static str])> = dirs
        .iter()
        .flat_map(|dir| uni_plugin_host::plugin_dirs_in(dir))
        .filter_map(|dir| source_extensions(&dir).map(|extensions| (dir, extensions)))
        .collect();
    if plugins.is_empty() {
        return None;
    }
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    let thread = std::thread::Builder::new()
        .name("uniplug-rebuild".into())
        .spawn(move || {
            let mut seen: Vec<_> = plugins.iter().map(|(dir, extensions)| snapshot(dir, extensions)).collect();
            while !stopped.load(Ordering::Relaxed) {
                std::thread::sleep(POLL);
                for ((dir, extensions), before) in plugins.iter().zip(seen.iter_mut()) {
                    let now = snapshot(dir, extensions);
                    if now == *before {
                        continue;
                    }
                    // Let an editor finish writing before building.
                    std::thread::sleep(POLL);
                    *before = snapshot(dir, extensions);
                    eprintln!("rebuilding {} after a source change", dir.display());
                    match build::build_plugin(dir, true) {
                        Ok(placed) => eprintln!("rebuilt {}", placed.display()),
                        Err(error) => {
                            eprintln!(
                                "rebuild of {} failed, the running generation keeps serving: {error}",
                                dir.display()
                            )
                        }
                    }
                }
            }
        })
        .ok()?;
    Some(RebuildHandle { stop, thread: Some(thread) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_the_languages_files_outside_build_output() {
        let root = std::env::temp_dir().join(format!("uniplug-rebuild-{}", std::process::id()));
        std::fs::create_dir_all(root.join("target/uniplug-py/src")).unwrap();
        std::fs::create_dir_all(root.join("lib")).unwrap();
        for file in
            ["app.py", "uniplugin.toml", "lib/helpers.py", "target/uniplug-py/src/app.py", ".app.py.swp", "x.wasm"]
        {
            std::fs::write(root.join(file), "x").unwrap();
        }
        let extensions = source_extensions(&root).unwrap();
        let files: Vec<String> = snapshot(&root, extensions)
            .into_iter()
            .map(|(path, _, _)| path.strip_prefix(&root).unwrap().display().to_string())
            .collect();
        assert_eq!(files, ["app.py", "lib/helpers.py", "uniplugin.toml"]);
        std::fs::remove_dir_all(&root).unwrap();
    }
}
