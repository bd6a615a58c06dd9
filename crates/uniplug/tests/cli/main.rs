//! `uniplug` end to end, with the real binary.

#[cfg(feature = "cluster")]
mod cluster;
mod developer;
mod docs;
#[cfg(feature = "cluster")]
mod hosts;
mod js;
mod native;
// Its stdout reader serves every test; the namespaces only cluster ones.
#[cfg_attr(not(feature = "cluster"), allow(dead_code))]
mod netns;
mod python;
mod repl;
mod shell;
mod sql;
mod watch;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// `uniplug` run from the repository root, with its default log level
/// (warnings) whatever the caller's `RUST_LOG`.
pub fn uniplug() -> Command {
    // The wasm examples' components are built (and placed) by this crate.
    let _ = uni_plugin_guests::GEO_DIR;
    let mut command = Command::cargo_bin("uniplug").unwrap();
    command.current_dir(root()).env_remove("RUST_LOG").env_remove("CARGO_TARGET_DIR");
    command
}

/// Runs `uniplug args…` and returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let output = uniplug().args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// What `uniplug sql --plugins plugin ... --format csv -c sql` prints, with
/// `extra` flags (tables) before the query; a failure names the plugin.
/// The language tests compare it between a plugin and its Rust twin.
pub fn csv_answer(plugin: &str, extra: &[&str], sql: &str) -> String {
    let mut args = vec!["sql", "--plugins", plugin];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["--format", "csv", "-c", sql]);
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{plugin}: {err}");
    out
}

/// Copies a plugin directory (files only, one level of subdirectories).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A `uniplug` running in the background, killed when dropped (pass or
/// fail), with its stdout lines arriving on a channel.
pub struct Background {
    child: std::process::Child,
    /// The process's stdout, a line at a time.
    pub lines: std::sync::mpsc::Receiver<String>,
}

impl Background {
    /// Starts `uniplug args…` from the repository root.
    pub fn start<I, S>(args: I) -> Background
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("uniplug"));
        command.args(args);
        Background::spawn(command)
    }

    /// Starts `command` (a `uniplug`, possibly behind a wrapper such as
    /// `ip netns exec`) from the repository root.
    pub fn spawn(mut command: std::process::Command) -> Background {
        let mut child = command
            .current_dir(root())
            .env_remove("RUST_LOG")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .unwrap();
        let lines = netns::stdout_lines(&mut child);
        Background { child, lines }
    }

    /// `uniplug sql --watch --format csv --plugins PLUGIN -c SQL` whose
    /// result is one column named `header`.
    pub fn watch(plugin: &Path, sql: &str, header: &str) -> (Background, String) {
        let child =
            Background::start(["sql", "--watch", "--format", "csv", "--plugins", plugin.to_str().unwrap(), "-c", sql]);
        (child, header.to_owned())
    }

    /// The next line that is not `header`, waiting at most `seconds` for
    /// each.
    pub fn next_value(&self, header: &str, seconds: u64) -> String {
        loop {
            let line = self.next_line(seconds, "a result");
            if line != header {
                return line;
            }
        }
    }

    /// Waits for a `uniplug cluster` to print `ready;` (at most `seconds`
    /// per line) and returns the scheduler URL it printed, if it started
    /// one.
    pub fn until_ready(&self, seconds: u64) -> Option<String> {
        let mut url = None;
        loop {
            let line = self.next_line(seconds, "the cluster node's start");
            if let Some(rest) = line.strip_prefix("scheduler listening on ") {
                url = rest.split_whitespace().next().map(str::to_owned);
            }
            if line.starts_with("ready;") {
                return url;
            }
        }
    }

    /// The next stdout line, waiting at most `seconds`.
    pub fn next_line(&self, seconds: u64, what: &str) -> String {
        self.lines
            .recv_timeout(std::time::Duration::from_secs(seconds))
            .unwrap_or_else(|_| panic!("{what} within {seconds} s"))
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `scripts/NAME` (a pinned tool's installer into the project's tools
/// directory, where `uniplug build` finds it) and returns the tool's path.
pub fn install_tool(script: &str, needs: &str) -> PathBuf {
    let installed = std::process::Command::new("bash").arg(root().join("scripts").join(script)).output().unwrap();
    assert!(
        installed.status.success(),
        "scripts/{script} failed (it needs {needs}):\n{}",
        String::from_utf8_lossy(&installed.stderr)
    );
    PathBuf::from(String::from_utf8(installed.stdout).unwrap().trim())
}

/// `uniplug build` on a copy of the plugin directory `source` in `into`;
/// returns the copy.
pub fn built_copy(source: &Path, into: &Path) -> PathBuf {
    let plugin = into.join(source.file_name().unwrap());
    copy_dir(source, &plugin);
    let (code, out, err) = run(&["build", plugin.to_str().unwrap()]);
    assert_eq!(code, 0, "uniplug build {}: {out}{err}", source.display());
    plugin
}

/// Texts every `slugify` in every language must answer alike: scripts,
/// accents, ligatures, emoji, combining marks, a zero-width space, control
/// characters, whitespace only and nothing at all.
pub const SLUG_TEXTS: [&str; 16] = [
    "Über Straße, 2024!",
    "",
    "   ",
    "--Hello--World--",
    "Ελληνικά κείμενα",
    "Москва — столица",
    "北京欢迎你",
    "naïve café façade",
    "emoji 👍🏽 and ✓ marks",
    "ǅungla Æsir Œuvre ĳssel",
    "tab\tand\nnewline",
    "日本語のテキスト",
    "한국어 텍스트",
    "x\u{0301}y\u{200b}z",
    "bell\u{7}ring\u{1}x\u{7f}y",
    "plain ascii, all printable: ~!@#$%^&*()",
];

/// `SLUG_TEXTS` as SQL `VALUES` rows `('text', second)`.
pub fn slug_rows(second: &str) -> Vec<String> {
    SLUG_TEXTS.iter().map(|text| format!("('{}', {second})", text.replace('\'', "''"))).collect()
}

/// The hostile guests (`tests/guests/*-hostile`, one per language) loop
/// forever in `spin`, allocate without end in `hoard` and read an ungranted
/// secret in `peek`: each call fails with a clear error, and the next
/// call in the same session (`calm`) is served.
pub fn assert_hostile_plugin_is_contained(plugin: &str) {
    for (sql, expected) in
        [("SELECT spin(1)", "time limit"), ("SELECT hoard(1)", "memory"), ("SELECT peek('token')", "secret")]
    {
        let (code, _, err) = run(&["sql", "--plugins", plugin, "-c", sql]);
        assert_ne!(code, 0, "{sql} must fail");
        assert!(err.to_lowercase().contains(expected), "{sql}: {err}");
    }
    let (code, out, err) = run(&[
        "sql",
        "--plugins",
        plugin,
        "--format",
        "csv",
        "-c",
        "SELECT spin(1); SELECT hoard(1); SELECT calm(41) AS answer",
    ]);
    assert_ne!(code, 0);
    assert!(out.contains("answer\n42"), "{out}{err}");
}

/// The cluster tests need the CLI's `cluster` feature: without it they are
/// not compiled, so this fails rather than let them be skipped silently.
#[cfg(not(feature = "cluster"))]
#[test]
fn the_cluster_tests_need_the_cluster_feature() {
    let (code, _, err) = run(&["cluster"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--features cluster"), "{err}");
    panic!(
        "the CLI's cluster tests were not built: run the README's test command, \
         `cargo test --workspace --features uniplug/cluster`"
    );
}
