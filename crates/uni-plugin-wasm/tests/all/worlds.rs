//! Both world versions side by side: a component built for
//! `uni:plugin@0.1.0` (the `legacy` guest, built from source with the SDK's
//! `world-0-1` feature) answers exactly as the `0.2.0` examples and the
//! native code do; `0.2.0` aggregates run grouped, one call per batch.

use std::sync::Arc;

use arrow_array::{Array, ArrayRef, Float64Array, Int64Array};
use uni_plugin::surface::FunctionImpl;
use uni_plugin::{EmitTo, PluginSurface};
use uni_plugin_guests as guests;

use crate::support::{load, native_surface};

fn function<'s>(surface: &'s PluginSurface, name: &str) -> &'s FunctionImpl {
    &surface.functions.iter().find(|(decl, _)| decl.name == name).unwrap_or_else(|| panic!("{name}")).1
}

/// Equal up to the last bits (math functions may round differently in
/// wasm and natively, and sums in another order), NULLs exactly.
fn assert_close(left: &[Option<f64>], right: &[Option<f64>], what: &str) {
    assert_eq!(left.len(), right.len(), "{what}");
    for (row, (a, b)) in left.iter().zip(right).enumerate() {
        match (a, b) {
            (Some(a), Some(b)) => {
                assert!((a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0), "{what} row {row}: {a} vs {b}")
            }
            _ => assert_eq!(a, b, "{what} row {row}"),
        }
    }
}

fn values(array: &ArrayRef) -> Vec<Option<f64>> {
    let array = array.as_any().downcast_ref::<Float64Array>().unwrap();
    (0..array.len()).map(|row| array.is_valid(row).then(|| array.value(row))).collect()
}

fn floats(values: &[Option<f64>]) -> ArrayRef {
    Arc::new(Float64Array::from(values.to_vec()))
}

/// `rows` values with NULLs and a spread of magnitudes.
fn sample(rows: usize) -> Vec<Option<f64>> {
    (0..rows).map(|i| (i % 7 != 3).then(|| 0.5 + (i as f64 * 0.37).sin().abs() * 40.0)).collect()
}

fn haversine(surface: &PluginSurface) -> ArrayRef {
    let FunctionImpl::Scalar(function) = function(surface, "haversine") else { panic!() };
    let column = floats(&sample(200));
    function.invoke(&[column.clone(), floats(&[Some(13.4); 200]), column, floats(&[Some(2.35); 200])], 200).unwrap()
}

fn aggregate(surface: &PluginSurface, name: &str) -> ArrayRef {
    let FunctionImpl::Aggregate(function) = function(surface, name) else { panic!() };
    let mut partial = function.accumulator().unwrap();
    partial.update(&[floats(&sample(300))]).unwrap();
    let mut last = function.accumulator().unwrap();
    last.merge(&partial.state().unwrap()).unwrap();
    last.finish().unwrap()
}

fn series(surface: &PluginSurface) -> Vec<i64> {
    let FunctionImpl::Table(function) = function(surface, "series") else { panic!() };
    let one = |v: i64| Arc::new(Int64Array::from(vec![v])) as ArrayRef;
    function
        .call(&[one(7), one(-20), one(-3)])
        .unwrap()
        .flat_map(|batch| batch.unwrap().column(0).as_any().downcast_ref::<Int64Array>().unwrap().values().to_vec())
        .collect()
}

#[test]
fn a_0_1_0_component_answers_exactly_as_0_2_0_and_native() {
    let _shared = crate::support::shared();
    let (legacy_plugin, legacy) = load(guests::GUEST_LEGACY_DIR, &[]);
    let (_geo, geo) = load(guests::GEO_DIR, &[]);
    let (_stats, stats) = load(guests::STATS_DIR, &[]);
    let (_series, series_wasm) = load(guests::SERIES_DIR, &[]);
    let native_geo = native_surface(&uniplug_native_geo::GeoPlugin::new());
    let native_stats = native_surface(&uniplug_native_stats::StatsPlugin::new());
    let native_series = native_surface(&uniplug_native_series::SeriesPlugin::new());

    let legacy_km = values(&haversine(&legacy));
    assert_close(&legacy_km, &values(&haversine(&geo)), "haversine vs 0.2.0");
    assert_close(&legacy_km, &values(&haversine(&native_geo)), "haversine vs native");
    for name in ["geomean", "mad"] {
        let from_legacy = values(&aggregate(&legacy, name));
        assert_close(&from_legacy, &values(&aggregate(&stats, name)), name);
        assert_close(&from_legacy, &values(&aggregate(&native_stats, name)), name);
    }
    assert_eq!(series(&legacy), series(&series_wasm));
    assert_eq!(series(&legacy), series(&native_series));
    // A 0.1.0 guest has no grouped form: the host keeps one accumulator per group.
    let FunctionImpl::Aggregate(geomean) = function(&legacy, "geomean") else { panic!() };
    assert!(geomean.groups_accumulator().unwrap().is_none());
    drop(legacy_plugin);
}

/// Runs the grouped form of `name` over `rows` (group, value) pairs in two
/// partial accumulators merged into a final one, emitting the first group
/// alone and then the rest, as DataFusion does.
fn grouped(surface: &PluginSurface, name: &str, rows: &[(usize, Option<f64>)]) -> Vec<Option<f64>> {
    let FunctionImpl::Aggregate(function) = function(surface, name) else { panic!() };
    let scope = function.scope().unwrap().unwrap_or_else(|| function.clone());
    let groups = rows.iter().map(|(group, _)| group + 1).max().unwrap();
    let mut last = scope.groups_accumulator().unwrap().expect("a grouped form");
    for part in rows.chunks(rows.len().div_ceil(2)) {
        let mut partial = scope.groups_accumulator().unwrap().unwrap();
        let ids: Vec<usize> = part.iter().map(|(group, _)| *group).collect();
        let values: Vec<Option<f64>> = part.iter().map(|(_, value)| *value).collect();
        partial.update(&[floats(&values)], &ids, groups).unwrap();
        let states = partial.state(EmitTo::All).unwrap();
        assert_eq!(states[0].len(), groups, "one state row per group");
        last.merge(&states, &(0..groups).collect::<Vec<_>>(), groups).unwrap();
    }
    let mut out = Vec::new();
    for emit in [EmitTo::First(1), EmitTo::All] {
        out.extend(values(&last.finish(emit).unwrap()));
    }
    out
}

#[test]
fn grouped_aggregates_match_native_and_one_accumulator_per_group() {
    let _shared = crate::support::shared();
    let (_stats, wasm) = load(guests::STATS_DIR, &[]);
    let native = native_surface(&uniplug_native_stats::StatsPlugin::new());
    let rows: Vec<(usize, Option<f64>)> = sample(500).into_iter().enumerate().map(|(i, v)| ((i * 7) % 23, v)).collect();
    for name in ["geomean", "mad"] {
        let from_wasm = grouped(&wasm, name, &rows);
        assert_eq!(from_wasm.len(), 23);
        assert_close(&from_wasm, &grouped(&native, name, &rows), name);
        let FunctionImpl::Aggregate(function) = function(&wasm, name) else { panic!() };
        for (group, expected) in from_wasm.iter().enumerate() {
            let in_group: Vec<Option<f64>> = rows.iter().filter(|(g, _)| *g == group).map(|(_, v)| *v).collect();
            let mut one = function.accumulator().unwrap();
            one.update(&[floats(&in_group)]).unwrap();
            assert_close(&values(&one.finish().unwrap()), &[*expected], &format!("{name} group {group}"));
        }
    }
    // The guest's errors reach the host as the guest's words.
    let FunctionImpl::Aggregate(geomean) = function(&wasm, "geomean") else { panic!() };
    let mut accumulator = geomean.groups_accumulator().unwrap().unwrap();
    let error = accumulator.update(&[floats(&[Some(-2.5)])], &[0], 1).unwrap_err().to_string();
    assert!(error.contains("-2.5"), "{error}");
}
