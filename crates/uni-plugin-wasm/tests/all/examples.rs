//! Every example function, wasm vs native, row for row on the same generated
//! inputs, NULLs and edge cases included.

use std::sync::Arc;

use arrow_array::{Array, ArrayRef, Float64Array, Int64Array, StringArray};
use uni_plugin::PluginSurface;
use uni_plugin::surface::FunctionImpl;
use uni_plugin_guests as guests;

use crate::support::{load, native_surface};

fn function<'s>(surface: &'s PluginSurface, name: &str) -> &'s FunctionImpl {
    &surface.functions.iter().find(|(decl, _)| decl.name == name).unwrap_or_else(|| panic!("{name}")).1
}

fn scalar(
    surface: &PluginSurface,
    name: &str,
    args: &[ArrayRef],
    rows: usize,
) -> Result<ArrayRef, uni_plugin::CallError> {
    match function(surface, name) {
        FunctionImpl::Scalar(function) => function.invoke(args, rows),
        _ => panic!("{name} is not scalar"),
    }
}

/// Deterministic pseudo-random numbers (xorshift), so runs are repeatable.
fn numbers(seed: u64, count: usize) -> Vec<f64> {
    let mut state = seed | 1;
    (0..count)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 2_000_000) as f64 / 10_000.0 - 100.0
        })
        .collect()
}

fn floats(seed: u64, count: usize) -> ArrayRef {
    let values = numbers(seed, count);
    Arc::new(Float64Array::from(
        values
            .into_iter()
            .enumerate()
            .map(|(i, v)| if i % 17 == 3 { None } else { Some(v % 90.0) })
            .collect::<Vec<_>>(),
    ))
}

/// Same NULLs, and values equal to within 1e-12 relative: wasm and the host
/// use different (correctly rounded to within an ulp or so) math libraries.
fn assert_close(left: &ArrayRef, right: &ArrayRef, name: &str) {
    let (left, right) =
        (left.as_any().downcast_ref::<Float64Array>().unwrap(), right.as_any().downcast_ref::<Float64Array>().unwrap());
    assert_eq!(left.len(), right.len(), "{name}");
    for row in 0..left.len() {
        assert_eq!(left.is_null(row), right.is_null(row), "{name} row {row}");
        if left.is_valid(row) {
            let (a, b) = (left.value(row), right.value(row));
            if a.is_nan() || b.is_nan() {
                assert!(a.is_nan() && b.is_nan(), "{name} row {row}: {a} vs {b}");
                continue;
            }
            assert!((a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0), "{name} row {row}: {a} vs {b}");
        }
    }
}

#[test]
fn geo_matches_native_row_for_row() {
    let _shared = crate::support::shared();
    let (_plugin, wasm) = load(guests::GEO_DIR, &["log"]);
    let native = native_surface(&uniplug_native_geo::GeoPlugin::new());
    let rows = 5_000;
    let args: Vec<ArrayRef> = (1..=4).map(|seed| floats(seed, rows)).collect();
    for name in ["haversine", "bearing"] {
        let from_wasm = scalar(&wasm, name, &args, rows).unwrap();
        let from_native = scalar(&native, name, &args, rows).unwrap();
        assert_close(&from_wasm, &from_native, name);
        assert!(from_wasm.null_count() > 0);
    }
}

/// Coordinates where math libraries part ways: poles, the antimeridian,
/// antipodes, signed zeros, NaN, infinities, and angles so large that
/// `sin` and `cos` need their slow argument reduction.
#[test]
fn geo_matches_native_on_edge_cases() {
    let _shared = crate::support::shared();
    let (_plugin, wasm) = load(guests::GEO_DIR, &["log"]);
    let native = native_surface(&uniplug_native_geo::GeoPlugin::new());
    let edges = [
        0.0,
        -0.0,
        90.0,
        -90.0,
        180.0,
        -180.0,
        360.0,
        45.0,
        1e-300,
        5e-324,
        1e6,
        1e22,
        1e300,
        f64::MAX,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    // Every (lat1, lon2) pair of edge values, against fixed lon1 and lat2 that
    // make antipodes and poles appear.
    let pairs: Vec<(f64, f64)> = edges.iter().flat_map(|&a| edges.iter().map(move |&b| (a, b))).collect();
    let rows = pairs.len() * 3;
    let column = |pick: &dyn Fn(usize, (f64, f64)) -> f64| -> ArrayRef {
        Arc::new(Float64Array::from((0..rows).map(|row| pick(row, pairs[row / 3])).collect::<Vec<_>>()))
    };
    let args = [
        column(&|_, (a, _)| a),
        column(&|row, _| [0.0, 90.0, -180.0][row % 3]),
        column(&|row, _| [0.0, -90.0, 45.0][row % 3]),
        column(&|_, (_, b)| b),
    ];
    for name in ["haversine", "bearing"] {
        let from_wasm = scalar(&wasm, name, &args, rows).unwrap();
        let from_native = scalar(&native, name, &args, rows).unwrap();
        assert_close(&from_wasm, &from_native, name);
    }
}

#[test]
fn text_matches_native_row_for_row() {
    let _shared = crate::support::shared();
    let (_plugin, wasm) = load(guests::TEXT_DIR, &[]);
    let native = native_surface(&uniplug_native_text::TextPlugin::new());
    let words =
        ["Über Straße", "", "  --Hello,  World--", "日本語", "Ça va? Œuvre", "kitten", "sitting", "a日b", "ÀÉÎÕÜ ñ ł"];
    let left: ArrayRef = Arc::new(StringArray::from(
        (0..200).map(|i| if i % 11 == 0 { None } else { Some(words[i % words.len()]) }).collect::<Vec<_>>(),
    ));
    let right: ArrayRef =
        Arc::new(StringArray::from((0..200).map(|i| Some(words[(i * 7 + 3) % words.len()])).collect::<Vec<_>>()));
    let (from_wasm, from_native) = (
        scalar(&wasm, "slugify", std::slice::from_ref(&left), 200).unwrap(),
        scalar(&native, "slugify", std::slice::from_ref(&left), 200).unwrap(),
    );
    assert_eq!(&from_wasm, &from_native);
    let (from_wasm, from_native) = (
        scalar(&wasm, "levenshtein", &[left.clone(), right.clone()], 200).unwrap(),
        scalar(&native, "levenshtein", &[left, right], 200).unwrap(),
    );
    assert_eq!(&from_wasm, &from_native);
}

fn aggregate(surface: &PluginSurface, name: &str, partitions: &[ArrayRef]) -> Result<ArrayRef, uni_plugin::CallError> {
    let FunctionImpl::Aggregate(function) = function(surface, name) else { panic!("{name} is not an aggregate") };
    let mut states = Vec::new();
    for partition in partitions {
        let mut accumulator = function.accumulator()?;
        accumulator.update(std::slice::from_ref(partition))?;
        states.push(accumulator.state()?);
    }
    let mut last = function.accumulator()?;
    for state in states {
        last.merge(&state)?;
    }
    last.finish()
}

#[test]
fn stats_match_native_across_partitions() {
    let _shared = crate::support::shared();
    let (_plugin, wasm) = load(guests::STATS_DIR, &[]);
    let native = native_surface(&uniplug_native_stats::StatsPlugin::new());
    let positive = |seed: u64| -> ArrayRef {
        Arc::new(Float64Array::from(
            numbers(seed, 300)
                .into_iter()
                .enumerate()
                .map(|(i, v)| (i % 13 != 0).then_some(v.abs() + 0.5))
                .collect::<Vec<_>>(),
        ))
    };
    let partitions = [positive(1), positive(2), positive(3)];
    for name in ["geomean", "mad"] {
        let (from_wasm, from_native) =
            (aggregate(&wasm, name, &partitions).unwrap(), aggregate(&native, name, &partitions).unwrap());
        assert_eq!(&from_wasm, &from_native, "{name}");
    }
    let empty: ArrayRef = Arc::new(Float64Array::from(Vec::<Option<f64>>::new()));
    assert!(aggregate(&wasm, "mad", std::slice::from_ref(&empty)).unwrap().is_null(0));
    assert!(aggregate(&wasm, "geomean", &[empty]).unwrap().is_null(0));
    let negative: ArrayRef = Arc::new(Float64Array::from(vec![2.0, -3.5]));
    let error = aggregate(&wasm, "geomean", &[negative]).unwrap_err().to_string();
    assert!(error.contains("-3.5"), "{error}");
}

#[test]
fn series_matches_native() {
    let _shared = crate::support::shared();
    let (_plugin, wasm) = load(guests::SERIES_DIR, &[]);
    let native = native_surface(&uniplug_native_series::SeriesPlugin::new());
    let one = |v: i64| Arc::new(Int64Array::from(vec![v])) as ArrayRef;
    for (start, stop, step) in [(1, 10, 1), (5, 1, -2), (0, 20_000, 3), (3, 1, 1)] {
        let collect = |surface: &PluginSurface| -> Vec<i64> {
            let FunctionImpl::Table(function) = function(surface, "series") else { panic!() };
            function
                .call(&[one(start), one(stop), one(step)])
                .unwrap()
                .flat_map(|batch| {
                    let batch = batch.unwrap();
                    batch.column(0).as_any().downcast_ref::<Int64Array>().unwrap().values().to_vec()
                })
                .collect()
        };
        assert_eq!(collect(&wasm), collect(&native), "series({start}, {stop}, {step})");
    }
    let FunctionImpl::Table(function) = function(&wasm, "series") else { panic!() };
    let error = function.call(&[one(1), one(2), one(0)]).err().unwrap().to_string();
    assert!(error.contains("step must not be 0"), "{error}");
}

/// Only a generation's first instance type-checks the guest's exports; the
/// instances after it call them unchecked, by index. Those later instances
/// must answer every kind of export (scalar, aggregate resource, table
/// stream) exactly as the first did.
#[test]
fn later_instances_answer_every_kind_of_export() {
    let _shared = crate::support::shared();
    let one = |v: i64| Arc::new(Int64Array::from(vec![v])) as ArrayRef;
    let positive: ArrayRef = Arc::new(Float64Array::from(vec![1.0, 2.0, 4.0, 8.0]));
    let (geo, geo_surface) = load(guests::GEO_DIR, &["log"]);
    let (stats, stats_surface) = load(guests::STATS_DIR, &[]);
    let (series, series_surface) = load(guests::SERIES_DIR, &[]);
    let mut answers = Vec::new();
    for round in 0..3 {
        // Each round starts from instances created after the checked one.
        for plugin in [&geo, &stats, &series] {
            plugin.instantiate_fresh().unwrap();
        }
        let distance =
            scalar(&geo_surface, "haversine", &[one_float(0.0), one_float(0.0), one_float(0.0), one_float(1.0)], 1)
                .unwrap();
        let geomean = aggregate(&stats_surface, "geomean", std::slice::from_ref(&positive)).unwrap();
        let FunctionImpl::Table(series_function) = function(&series_surface, "series") else { panic!() };
        let values: Vec<i64> = series_function
            .call(&[one(1), one(5), one(2)])
            .unwrap()
            .flat_map(|batch| batch.unwrap().column(0).as_any().downcast_ref::<Int64Array>().unwrap().values().to_vec())
            .collect();
        let distance = distance.as_any().downcast_ref::<Float64Array>().unwrap().value(0);
        let geomean = geomean.as_any().downcast_ref::<Float64Array>().unwrap().value(0);
        assert!((distance - 111.19).abs() < 0.01, "round {round}: {distance}");
        assert!((geomean - 2.0f64.powf(1.5)).abs() < 1e-12, "round {round}: {geomean}");
        assert_eq!(values, [1, 3, 5], "round {round}");
        answers.push((distance.to_bits(), geomean.to_bits(), values));
    }
    assert!(answers.windows(2).all(|pair| pair[0] == pair[1]), "{answers:?}");
}

fn one_float(value: f64) -> ArrayRef {
    Arc::new(Float64Array::from(vec![value]))
}

/// Each aggregate scope (one partition of one query) and each table call
/// has an instance of its own: a trap in one loses nothing of another, and
/// after a trap the function keeps working.
#[test]
fn a_trap_loses_only_its_own_scopes_state() {
    let _shared = crate::support::shared();
    let data = tempfile::tempdir().unwrap();
    let limits = uni_plugin_wasm::WasmLimits { memory: 48 << 20, timeout: std::time::Duration::from_secs(10) };
    let stats = crate::support::load_with(guests::STATS_DIR, data.path(), &[], limits).unwrap();
    let FunctionImpl::Aggregate(mad) = function(&stats, "mad") else { panic!("mad is an aggregate") };
    let small: ArrayRef = Arc::new(Float64Array::from(vec![1.0, 2.0, 4.0, 8.0]));
    // 8M values (64 MiB) do not fit in 48 MiB: `mad` keeps every value.
    let huge: ArrayRef = Arc::new(Float64Array::from(vec![1.0; 8 << 20]));

    let (calm, doomed) = (mad.scope().unwrap().expect("wasm scopes"), mad.scope().unwrap().unwrap());
    let mut survivor = calm.accumulator().unwrap();
    survivor.update(std::slice::from_ref(&small)).unwrap();
    let mut victim = doomed.accumulator().unwrap();
    let mut neighbour = doomed.accumulator().unwrap();
    neighbour.update(std::slice::from_ref(&small)).unwrap();
    let error = victim.update(std::slice::from_ref(&huge)).unwrap_err();
    assert!(matches!(error, uni_plugin::CallError::ResourceExhausted(_)), "{error}");
    // Its own scope's state is gone, and says so.
    let lost = neighbour.finish().unwrap_err().to_string();
    assert!(lost.contains("state was lost"), "{lost}");
    // The other scope's is whole.
    survivor.update(std::slice::from_ref(&small)).unwrap();
    let value = survivor.finish().unwrap();
    let value = value.as_any().downcast_ref::<Float64Array>().unwrap().value(0);
    // Values 1 1 2 2 4 4 8 8: median 3, deviations 2 2 1 1 1 1 5 5, MAD 1.5.
    assert_eq!(value, 1.5);
    // A new accumulator in the trapped scope, and an unscoped one, work.
    for function in [&doomed, mad] {
        let mut fresh = function.accumulator().unwrap();
        fresh.update(std::slice::from_ref(&small)).unwrap();
        let value = fresh.finish().unwrap();
        assert_eq!(value.as_any().downcast_ref::<Float64Array>().unwrap().value(0), 1.5, "MAD of 1 2 4 8");
    }
}

/// Two table streams of one function are independent: draining them in
/// turn gives each its own rows.
#[test]
fn table_streams_have_instances_of_their_own() {
    let _shared = crate::support::shared();
    let (_plugin, series) = load(guests::SERIES_DIR, &[]);
    let FunctionImpl::Table(function) = function(&series, "series") else { panic!("series is a table function") };
    let args = |start: i64, stop: i64| -> Vec<ArrayRef> {
        vec![
            Arc::new(Int64Array::from(vec![start])),
            Arc::new(Int64Array::from(vec![stop])),
            Arc::new(Int64Array::from(vec![1])),
        ]
    };
    let mut first = function.call(&args(1, 3)).unwrap();
    let mut second = function.call(&args(10, 12)).unwrap();
    let values = |batch: arrow_array::RecordBatch| -> Vec<i64> {
        batch.column(0).as_any().downcast_ref::<Int64Array>().unwrap().values().to_vec()
    };
    let a = values(first.next().unwrap().unwrap());
    let b = values(second.next().unwrap().unwrap());
    assert_eq!((a, b), (vec![1, 2, 3], vec![10, 11, 12]));
    assert!(first.next().is_none() && second.next().is_none());
}
