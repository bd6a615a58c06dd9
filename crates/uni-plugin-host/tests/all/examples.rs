//! The native example plugins load from `plugins/native` through the host,
//! and every function answers with the semantics of `docs/design.md`, "Example plugins".

use std::path::PathBuf;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type};
use arrow_array::{Array, ArrayRef, Float64Array, Int64Array, StringArray};
use uni_plugin_host::{LoadOutcome, PluginHost};

fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../plugins/native")
}

fn host() -> PluginHost {
    let (host, report) = PluginHost::builder()
        .plugin_dir(examples_dir())
        .native(uniplug_native_geo::GeoPlugin::new())
        .native(uniplug_native_text::TextPlugin::new())
        .native(uniplug_native_stats::StatsPlugin::new())
        .native(uniplug_native_series::SeriesPlugin::new())
        .load_all()
        .unwrap();
    let active = report.plugins.iter().filter(|s| matches!(s.outcome, LoadOutcome::Active { .. })).count();
    assert_eq!(active, 4, "{report}");
    host
}

/// `SELECT sum(value) FROM series(start, stop, step)`, through the registry.
fn series_sum(registry: &uni_plugin::Registry, start: i64, stop: i64, step: i64) -> i64 {
    let series = registry.lookup("series").unwrap();
    let one = |v: i64| Arc::new(Int64Array::from(vec![v])) as ArrayRef;
    series
        .table()
        .unwrap()
        .call(&[one(start), one(stop), one(step)])
        .unwrap()
        .map(|batch| batch.unwrap().column(0).as_primitive::<Int64Type>().values().iter().sum::<i64>())
        .sum()
}

fn f64s(values: &[Option<f64>]) -> ArrayRef {
    Arc::new(Float64Array::from(values.to_vec()))
}

#[test]
fn every_example_function_answers() {
    let host = host();
    let registry = host.registry();

    let haversine = registry.lookup("haversine").unwrap();
    let out = haversine
        .scalar()
        .unwrap()
        .invoke(
            &[
                f64s(&[Some(0.0), None]),
                f64s(&[Some(0.0), Some(0.0)]),
                f64s(&[Some(0.0), Some(0.0)]),
                f64s(&[Some(1.0), Some(1.0)]),
            ],
            2,
        )
        .unwrap();
    let out = out.as_primitive::<Float64Type>();
    assert!((out.value(0) - 111.19).abs() < 0.01);
    assert!(out.is_null(1));

    let bearing = registry.lookup("bearing").unwrap();
    let out = bearing
        .scalar()
        .unwrap()
        .invoke(&[f64s(&[Some(0.0)]), f64s(&[Some(0.0)]), f64s(&[Some(0.0)]), f64s(&[Some(1.0)])], 1)
        .unwrap();
    assert!((out.as_primitive::<Float64Type>().value(0) - 90.0).abs() < 1e-9);

    let slugify = registry.lookup("slugify").unwrap();
    let input: ArrayRef = Arc::new(StringArray::from(vec![Some("Über Straße"), None]));
    let out = slugify.scalar().unwrap().invoke(&[input], 2).unwrap();
    assert_eq!(out.as_string::<i32>().value(0), "uber-strasse");
    assert!(out.is_null(1));

    let levenshtein = registry.lookup("levenshtein").unwrap();
    let (a, b): (ArrayRef, ArrayRef) =
        (Arc::new(StringArray::from(vec!["kitten"])), Arc::new(StringArray::from(vec!["sitting"])));
    let out = levenshtein.scalar().unwrap().invoke(&[a, b], 1).unwrap();
    assert_eq!(out.as_primitive::<Int64Type>().value(0), 3);

    let geomean = registry.lookup("geomean").unwrap();
    let mut accumulator = geomean.aggregate().unwrap().accumulator().unwrap();
    accumulator.update(&[f64s(&[Some(1.0), Some(4.0), Some(16.0), None])]).unwrap();
    assert!((accumulator.finish().unwrap().as_primitive::<Float64Type>().value(0) - 4.0).abs() < 1e-12);

    let mad = registry.lookup("mad").unwrap();
    let mut accumulator = mad.aggregate().unwrap().accumulator().unwrap();
    accumulator
        .update(&[f64s(&[Some(1.0), Some(1.0), Some(2.0), Some(2.0), Some(4.0), Some(6.0), Some(9.0)])])
        .unwrap();
    assert_eq!(accumulator.finish().unwrap().as_primitive::<Float64Type>().value(0), 1.0);

    assert_eq!(series_sum(registry, 1, 10, 1), 55);
}

#[test]
fn the_directory_config_reaches_the_plugin() {
    // `earth_radius_km` in plugins/native/geo/uniplugin.toml is 6371.0; a
    // policy-free host still passes it through register().
    let host = host();
    let generation = host.generation(&"ai.uniplug.geo".parse().unwrap()).unwrap();
    assert_eq!(generation.manifest().config["earth_radius_km"].as_f64(), Some(6371.0));
}

/// The wasm examples load from `plugins/wasm` through the same host, with
/// the same names, and answer the same.
#[test]
fn wasm_examples_load_from_their_directories() {
    let wasm_dir = PathBuf::from(uni_plugin_guests::GEO_DIR).parent().unwrap().to_path_buf();
    let cache = std::env::temp_dir().join(format!("uni-plugin-host-test-cache-{}", std::process::id()));
    let (host, report) = PluginHost::builder().plugin_dir(&wasm_dir).compile_cache(cache).load_all().unwrap();
    let active = report.plugins.iter().filter(|s| matches!(s.outcome, LoadOutcome::Active { .. })).count();
    assert_eq!(active, 4, "{report}");
    let registry = host.registry();
    let slugify = registry.lookup("slugify").unwrap();
    let input: ArrayRef = Arc::new(StringArray::from(vec![Some("Über Straße"), None]));
    let out = slugify.scalar().unwrap().invoke(&[input], 2).unwrap();
    assert_eq!(out.as_string::<i32>().value(0), "uber-strasse");
    assert!(out.is_null(1));
    assert_eq!(series_sum(registry, 1, 10, 1), 55);
    // A reload of a wasm plugin swaps in a freshly compiled generation.
    host.reload(&"ai.uniplug.text".parse().unwrap()).unwrap();
    assert!(registry.lookup("levenshtein").is_some());
}
