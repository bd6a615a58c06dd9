//! `PluginManifest::from_json_str` must never panic, whatever the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use uni_plugin::PluginManifest;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(manifest) = PluginManifest::from_json_str(text) {
        let written = manifest.to_json_string().expect("an accepted manifest serializes");
        let again = PluginManifest::from_json_str(&written).expect("a written manifest parses");
        assert_eq!(again, manifest);
    }
});
