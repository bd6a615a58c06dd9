//! `ai.uniplug.stats` as a WebAssembly component: the native example's code,
//! exported through the SDK with this directory's `kind = "wasm"` manifest.

uni_plugin_sdk::export_plugin!(
    uniplug_native_stats::StatsPlugin::with_manifest(include_str!("../uniplugin.toml")).expect("the manifest is valid")
);
