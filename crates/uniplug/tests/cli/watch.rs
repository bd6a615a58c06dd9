//! `sql --watch -c`: edit a plugin, the SQL runs again on the new generation.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::{copy_dir, root};

struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn watch_reruns_the_query_after_an_edit() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = dir.path().join("geo");
    copy_dir(&root().join("plugins/wasm/geo"), &plugin);
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("uniplug"))
        .current_dir(root())
        .env("RUST_LOG", "warn")
        .args(["sql", "--watch", "--format", "csv", "--plugins", plugin.to_str().unwrap()])
        .args(["-c", "SELECT round(haversine(0.0, 0.0, 0.0, 1.0), 2) AS d"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut child = KillOnDrop(child);
    let (lines, received) = mpsc::channel();
    let stdout = child.0.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let next_value = || loop {
        let line = received.recv_timeout(Duration::from_secs(60)).expect("a result within 60 s");
        if line != "d" {
            return line;
        }
    };
    assert_eq!(next_value(), "111.19");
    // Kilometres to miles, through the plugin's config.
    std::thread::sleep(Duration::from_millis(500));
    let manifest = plugin.join("uniplugin.toml");
    let text =
        std::fs::read_to_string(&manifest).unwrap().replace("earth_radius_km = 6371.0", "earth_radius_km = 3958.8");
    std::fs::write(&manifest, text).unwrap();
    assert_eq!(next_value(), "69.09");
}
