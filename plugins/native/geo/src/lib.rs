//! `ai.uniplug.geo`, native: great-circle distance and initial bearing.
//!
//! Both functions take `(lat1, lon1, lat2, lon2)` in degrees as `float64`
//! columns and loop over the whole batch at once; a NULL in any argument gives
//! NULL for that row. The earth radius comes from `config.earth_radius_km`
//! (default 6371.0).
#![deny(missing_docs)]

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::Float64Type;
use arrow_array::{Array, ArrayRef, Float64Array};
use uni_plugin::{CallError, Plugin, PluginError, PluginManifest, Registrar, ScalarFunction};

/// The manifest, embedded so the plugin can load without its directory.
pub const MANIFEST: &str = include_str!("../uniplugin.toml");

/// Default earth radius in km.
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// Great-circle distance in km (haversine formula), degrees in. A NaN
/// coordinate gives NaN.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64, radius_km: f64) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let delta_phi = (lat2 - lat1).to_radians();
    let delta_lambda = (lon2 - lon1).to_radians();
    let a =
        math::sin(delta_phi / 2.0).powi(2) + math::cos(phi1) * math::cos(phi2) * math::sin(delta_lambda / 2.0).powi(2);
    // Rounding can push `sqrt(a)` just past 1. Not `f64::min`: it turns NaN
    // into 1 (a NaN coordinate would give half the circumference), and on
    // wasm it is a libm call rather than an instruction.
    let root = a.sqrt();
    2.0 * radius_km * (if root > 1.0 { 1.0 } else { root }).asin()
}

/// The math functions the kernels use. On wasm, `sin` and `cos` come from
/// the pure-Rust `libm` crate, compiled (and inlined) with the plugin,
/// instead of the C library's: every function a wasm sandbox enters pays a
/// time-limit check, and the C library's `sin` enters three. Same algorithms
/// (both are musl's), so results agree with the native build to within an
/// ulp. `asin` stays the C library's: it enters one function, and `libm`'s
/// own square root is emulated in software on stable Rust.
mod math {
    #[cfg(target_arch = "wasm32")]
    pub(crate) use libm::{cos, sin};

    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn sin(x: f64) -> f64 {
        x.sin()
    }
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn cos(x: f64) -> f64 {
        x.cos()
    }
}

/// Initial bearing in degrees in `[0, 360)`, degrees in.
pub fn bearing_degrees(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let delta_lambda = (lon2 - lon1).to_radians();
    let y = math::sin(delta_lambda) * math::cos(phi2);
    let x = math::cos(phi1) * math::sin(phi2) - math::sin(phi1) * math::cos(phi2) * math::cos(delta_lambda);
    let degrees = y.atan2(x).to_degrees().rem_euclid(360.0);
    // rem_euclid can round up to exactly 360.0 for tiny negative angles.
    if degrees >= 360.0 { 0.0 } else { degrees }
}

/// Applies `kernel` row by row over four float64 columns, NULL if any input is.
pub fn map4(args: &[ArrayRef], kernel: impl Fn(f64, f64, f64, f64) -> f64) -> Result<ArrayRef, CallError> {
    let [a, b, c, d] = args else {
        return Err(CallError::invalid_input(format!("expected 4 arguments, got {}", args.len())));
    };
    let columns = [a, b, c, d].map(|column| column.as_primitive_opt::<Float64Type>());
    let [Some(a), Some(b), Some(c), Some(d)] = columns else {
        return Err(CallError::invalid_input("all four arguments must be float64"));
    };
    let rows = a.len();
    let (a_values, b_values, c_values, d_values) = (a.values(), b.values(), c.values(), d.values());
    let any_nulls = [a, b, c, d].iter().any(|column| column.null_count() > 0);
    let output: Float64Array = if any_nulls {
        (0..rows)
            .map(|row| {
                let valid = a.is_valid(row) && b.is_valid(row) && c.is_valid(row) && d.is_valid(row);
                valid.then(|| kernel(a_values[row], b_values[row], c_values[row], d_values[row]))
            })
            .collect()
    } else {
        (0..rows)
            .map(|row| kernel(a_values[row], b_values[row], c_values[row], d_values[row]))
            .collect::<Vec<f64>>()
            .into()
    };
    Ok(Arc::new(output))
}

struct Haversine {
    radius_km: f64,
}

impl ScalarFunction for Haversine {
    fn invoke(&self, args: &[ArrayRef], _rows: usize) -> Result<ArrayRef, CallError> {
        let radius = self.radius_km;
        map4(args, |lat1, lon1, lat2, lon2| haversine_km(lat1, lon1, lat2, lon2, radius))
    }
}

struct Bearing;

impl ScalarFunction for Bearing {
    fn invoke(&self, args: &[ArrayRef], _rows: usize) -> Result<ArrayRef, CallError> {
        map4(args, bearing_degrees)
    }
}

/// The plugin.
pub struct GeoPlugin {
    manifest: PluginManifest,
}

impl GeoPlugin {
    /// The plugin with its embedded manifest.
    pub fn new() -> GeoPlugin {
        GeoPlugin::with_manifest(MANIFEST).expect("the embedded manifest is valid")
    }

    /// The plugin with another manifest for the same functions (the wasm
    /// build uses its own `kind = "wasm"` manifest).
    pub fn with_manifest(text: &str) -> Result<GeoPlugin, uni_plugin::ManifestError> {
        Ok(GeoPlugin { manifest: PluginManifest::from_toml_str(text)? })
    }
}

impl Default for GeoPlugin {
    fn default() -> Self {
        GeoPlugin::new()
    }
}

impl Plugin for GeoPlugin {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }

    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        let radius_km = match registrar.config().get("earth_radius_km") {
            None => EARTH_RADIUS_KM,
            Some(value) => value.as_f64().filter(|radius| radius.is_finite() && *radius > 0.0).ok_or_else(|| {
                PluginError::new(format!("config `earth_radius_km` must be a positive number, got {value}"))
            })?,
        };
        registrar.scalar("haversine", Haversine { radius_km }).scalar("bearing", Bearing);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(values: &[Option<f64>]) -> ArrayRef {
        Arc::new(Float64Array::from(values.to_vec()))
    }

    #[test]
    fn one_degree_of_longitude_at_the_equator() {
        assert!((haversine_km(0.0, 0.0, 0.0, 1.0, EARTH_RADIUS_KM) - 111.19).abs() < 0.01);
        assert_eq!(haversine_km(10.0, 20.0, 10.0, 20.0, EARTH_RADIUS_KM), 0.0);
        // Antipodes: half the circumference.
        let half = haversine_km(0.0, 0.0, 0.0, 180.0, EARTH_RADIUS_KM);
        assert!((half - std::f64::consts::PI * EARTH_RADIUS_KM).abs() < 1e-6);
        // A NaN coordinate is no distance at all, not half the circumference.
        assert!(haversine_km(f64::NAN, 0.0, 0.0, 1.0, EARTH_RADIUS_KM).is_nan());
        assert!(haversine_km(0.0, 0.0, 0.0, f64::NAN, EARTH_RADIUS_KM).is_nan());
    }

    #[test]
    fn bearings_cover_the_compass() {
        assert!((bearing_degrees(0.0, 0.0, 0.0, 1.0) - 90.0).abs() < 1e-9);
        assert!((bearing_degrees(0.0, 0.0, 1.0, 0.0) - 0.0).abs() < 1e-9);
        assert!((bearing_degrees(0.0, 0.0, 0.0, -1.0) - 270.0).abs() < 1e-9);
        assert!((bearing_degrees(1.0, 0.0, 0.0, 0.0) - 180.0).abs() < 1e-9);
        for lon in [-179.9, -1e-12, 0.0, 1e-12, 179.9] {
            let bearing = bearing_degrees(0.0, 0.0, -1e-9, lon);
            assert!((0.0..360.0).contains(&bearing), "{bearing}");
        }
    }

    #[test]
    fn nulls_propagate_per_row() {
        let out = map4(
            &[
                column(&[Some(0.0), None]),
                column(&[Some(0.0), Some(0.0)]),
                column(&[Some(0.0), Some(0.0)]),
                column(&[Some(1.0), Some(1.0)]),
            ],
            |a, b, c, d| haversine_km(a, b, c, d, EARTH_RADIUS_KM),
        )
        .unwrap();
        assert!(out.is_valid(0) && out.is_null(1));
        assert!(map4(&[column(&[Some(1.0)])], |a, _, _, _| a).is_err());
    }
}

// The entry point of the native plugin ABI (on wasm32, the component's
// exports), emitted only when `uniplug build` turns on the `entry` feature.
#[cfg(feature = "entry")]
uni_plugin_sdk::export_plugin!(GeoPlugin::default());
