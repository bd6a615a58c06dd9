//! A plugin built for `uni:plugin@0.1.0`, as components were before
//! `0.2.0`: the geo, stats and series examples' code behind the SDK's
//! `world-0-1` feature (Arrow IPC across the boundary). Hosts that load
//! `0.2.0` must keep loading it and answering exactly as before.

use uni_plugin::{Plugin, PluginError, PluginManifest, Registrar};

struct Legacy {
    manifest: PluginManifest,
    geo: uniplug_native_geo::GeoPlugin,
    stats: uniplug_native_stats::StatsPlugin,
    series: uniplug_native_series::SeriesPlugin,
}

impl Plugin for Legacy {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }

    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        self.geo.register(registrar)?;
        self.stats.register(registrar)?;
        self.series.register(registrar)
    }
}

const MANIFEST: &str = include_str!("../uniplugin.toml");

uni_plugin_sdk::export_plugin!(Legacy {
    manifest: PluginManifest::from_toml_str(MANIFEST).expect("the manifest is valid"),
    geo: uniplug_native_geo::GeoPlugin::with_manifest(MANIFEST).expect("the manifest is valid"),
    stats: uniplug_native_stats::StatsPlugin::with_manifest(MANIFEST).expect("the manifest is valid"),
    series: uniplug_native_series::SeriesPlugin::with_manifest(MANIFEST).expect("the manifest is valid"),
});
