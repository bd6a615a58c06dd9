//! The REPL in a real terminal (tmux): a query, `.functions`, Tab
//! completion, a progress line, Ctrl-C cancelling a query, `.quit`.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::root;

fn tmux(args: &[&str]) -> String {
    // CI may run without a terminal or a TERM; the detached server needs neither,
    // but the client wants TERM set.
    let output = Command::new("tmux")
        .args(args)
        .env("TERM", "xterm-256color")
        .output()
        .expect("tmux must be installed for the REPL test (.ci/run installs it)");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Types `line` literally (tmux would read a trailing `;` as its own
/// command separator) and presses Enter.
fn type_line(session: &str, line: &str) {
    let (text, semicolon) = line.strip_suffix(';').map_or((line, false), |text| (text, true));
    tmux(&["send-keys", "-t", session, "-l", text]);
    if semicolon {
        tmux(&["send-keys", "-t", session, "-H", "3b"]);
    }
    tmux(&["send-keys", "-t", session, "Enter"]);
}

fn wait_for(session: &str, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let screen = tmux(&["capture-pane", "-p", "-J", "-S", "-200", "-t", session]);
        if screen.contains(needle) {
            return screen;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {needle:?}; screen:\n{screen}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn repl_session_in_a_terminal() {
    let binary = assert_cmd::cargo::cargo_bin("uniplug");
    let session = format!("uniplug-repl-{}", std::process::id());
    let history = tempfile::tempdir().unwrap();
    let command = format!(
        "cd {} && XDG_STATE_HOME={} {} sql --plugins plugins/native; echo REPL-EXITED-$?; sleep 30",
        root().display(),
        history.path().display(),
        binary.display()
    );
    tmux(&["new-session", "-d", "-x", "220", "-y", "50", "-s", &session, &command]);
    struct Kill(String);
    impl Drop for Kill {
        fn drop(&mut self) {
            let _ = Command::new("tmux").args(["kill-session", "-t", &self.0]).output();
        }
    }
    let _kill = Kill(session.clone());

    wait_for(&session, "uniplug>");
    // A multi-line statement.
    type_line(&session, "SELECT slugify('Hello REPL') AS s,");
    wait_for(&session, "..>");
    type_line(&session, "levenshtein('a', 'b') AS d;");
    wait_for(&session, "| hello-repl | 1 |");
    type_line(&session, ".functions");
    let screen = wait_for(&session, "| series ");
    assert!(screen.contains("ai.uniplug.geo") && screen.contains("geomean"), "{screen}");
    // Tab completes plugin function names (and keywords, tables, commands).
    tmux(&["send-keys", "-t", &session, "-l", "SELECT slugi"]);
    tmux(&["send-keys", "-t", &session, "Tab"]);
    type_line(&session, "('Tab Done') AS t;");
    wait_for(&session, "| tab-done |");
    // A long query shows a progress line; Ctrl-C cancels it and the
    // session goes on.
    type_line(&session, "SELECT count(*) FROM series(1, 1000000000000, 1);");
    wait_for(&session, "running:");
    tmux(&["send-keys", "-t", &session, "C-c"]);
    wait_for(&session, "cancelled (Ctrl-C)");
    type_line(&session, "SELECT 40 + 2 AS answer;");
    wait_for(&session, "| 42 ");
    type_line(&session, ".quit");
    wait_for(&session, "REPL-EXITED-0");
    let saved = std::fs::read_to_string(history.path().join("uniplug/history")).unwrap();
    assert!(saved.contains(".functions"), "{saved}");
}
