//! The signature file (`uniplugin.sig`) as the host verifies it: any bytes
//! give `Ok` (never, for random input) or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use uni_plugin::PluginManifest;
use uni_plugin_host::PluginFiles;
use uni_plugin_host::signing::verify_files;

const MANIFEST: &str =
    "[plugin]\nid = \"com.example.x\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"x\"\n";

fuzz_target!(|data: &[u8]| {
    let manifest = PluginManifest::from_toml_str(MANIFEST).expect("a valid manifest");
    let files = PluginFiles {
        dir: "fuzz".into(),
        manifest,
        manifest_bytes: MANIFEST.as_bytes().to_vec(),
        artifact: None,
        signature: Some(data.to_vec()),
        digest: uni_plugin_host::PluginDigest::from_bytes([7; 32]),
    };
    let _ = verify_files(&files, &[]);
});
