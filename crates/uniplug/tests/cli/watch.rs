//! `sql --watch -c`: edit a plugin, the SQL runs again on the new generation.

use std::time::Duration;

use crate::{copy_dir, root};

#[test]
fn watch_reruns_the_query_after_an_edit() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = dir.path().join("geo");
    copy_dir(&root().join("plugins/wasm/geo"), &plugin);
    let (child, header) = crate::Background::watch(&plugin, "SELECT round(haversine(0.0, 0.0, 0.0, 1.0), 2) AS d", "d");
    let next_value = || child.next_value(&header, 60);
    assert_eq!(next_value(), "111.19");
    // Kilometres to miles, through the plugin's config.
    std::thread::sleep(Duration::from_millis(500));
    let manifest = plugin.join("uniplugin.toml");
    let text =
        std::fs::read_to_string(&manifest).unwrap().replace("earth_radius_km = 6371.0", "earth_radius_km = 3958.8");
    std::fs::write(&manifest, text).unwrap();
    assert_eq!(next_value(), "69.09");
}
