//! Native plugins loaded at run time through the C ABI: the Rust examples
//! built as libraries answer exactly like the same code linked in; a plugin
//! written in C against `uni_plugin.h` loads and answers; every kind of
//! broken library is a clear error naming the file, and the host lives on.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type};
use arrow_array::{Array, ArrayRef, Float64Array, Int64Array, StringArray};
use uni_plugin::{EmitTo, Registry};
use uni_plugin_guests::{
    NATIVE_GEO_LIBRARY_DIR, NATIVE_SERIES_LIBRARY_DIR, NATIVE_STATS_LIBRARY_DIR, NATIVE_TEXT_LIBRARY_DIR,
};
use uni_plugin_host::{LoadOutcome, LoadReport, PluginHost};

use crate::support::TempDir;

fn f64s(values: &[Option<f64>]) -> ArrayRef {
    Arc::new(Float64Array::from(values.to_vec()))
}

fn strings(values: &[Option<&str>]) -> ArrayRef {
    Arc::new(StringArray::from(values.to_vec()))
}

fn active(report: &LoadReport) -> usize {
    report.plugins.iter().filter(|status| matches!(status.outcome, LoadOutcome::Active { .. })).count()
}

fn failure(report: &LoadReport, plugin: &str) -> String {
    match &report.plugins.iter().find(|status| status.plugin == plugin).unwrap_or_else(|| panic!("{report}")).outcome {
        LoadOutcome::Failed(error) => error.to_string(),
        other => panic!("{plugin} should have failed: {other:?}"),
    }
}

/// Every example function's answers on inputs with NULLs, Unicode, empty
/// strings and several groups, as text to compare.
fn answers(registry: &Registry) -> Vec<String> {
    let mut out = Vec::new();
    let scalar = |name: &str, args: &[ArrayRef], rows: usize| {
        let result = registry.lookup(name).unwrap().scalar().unwrap().invoke(args, rows).unwrap();
        format!("{name}: {result:?}")
    };
    let coordinates = [
        f64s(&[Some(0.0), None, Some(51.5), Some(-33.9)]),
        f64s(&[Some(0.0), Some(1.0), Some(-0.1), Some(151.2)]),
        f64s(&[Some(0.0), Some(2.0), Some(48.9), Some(40.7)]),
        f64s(&[Some(1.0), Some(3.0), Some(2.35), Some(-74.0)]),
    ];
    out.push(scalar("haversine", &coordinates, 4));
    out.push(scalar("bearing", &coordinates, 4));
    let texts = strings(&[Some("Über Straße!"), None, Some(""), Some("  Hello,   World  "), Some("日本語 text")]);
    out.push(scalar("slugify", std::slice::from_ref(&texts), 5));
    let others = strings(&[Some("Uber Strasse"), Some("x"), None, Some("hello world"), Some("")]);
    out.push(scalar("levenshtein", &[texts.clone(), others], 5));

    let values = f64s(&[Some(1.0), Some(4.0), None, Some(16.0), Some(2.0), Some(8.0)]);
    for name in ["geomean", "mad"] {
        let aggregate = registry.lookup(name).unwrap();
        let aggregate = aggregate.aggregate().unwrap();
        // Row by row, split and merged through the state.
        let mut left = aggregate.accumulator().unwrap();
        let mut right = aggregate.accumulator().unwrap();
        left.update(&[values.slice(0, 3)]).unwrap();
        right.update(&[values.slice(3, 3)]).unwrap();
        let state = right.state().unwrap();
        left.merge(&state).unwrap();
        out.push(format!("{name} merged: {:?}", left.finish().unwrap()));
        // Grouped, when offered.
        if let Some(mut groups) = aggregate.groups_accumulator().unwrap() {
            groups.update(std::slice::from_ref(&values), &[0, 1, 0, 1, 2, 2], 3).unwrap();
            let state = groups.state(EmitTo::First(1)).unwrap();
            out.push(format!("{name} first group's state: {state:?}"));
            out.push(format!("{name} the rest: {:?}", groups.finish(EmitTo::All).unwrap()));
        } else {
            out.push(format!("{name}: no grouped form"));
        }
    }

    let series = registry.lookup("series").unwrap();
    let one = |value: i64| Arc::new(Int64Array::from(vec![value])) as ArrayRef;
    let batches: Vec<_> =
        series.table().unwrap().call(&[one(1), one(20_000), one(3)]).unwrap().map(|batch| batch.unwrap()).collect();
    let total: i64 =
        batches.iter().map(|batch| batch.column(0).as_primitive::<Int64Type>().values().iter().sum::<i64>()).sum();
    out.push(format!("series: {} batches, sum {total}", batches.len()));
    out
}

fn library_dirs() -> [&'static str; 4] {
    [NATIVE_GEO_LIBRARY_DIR, NATIVE_TEXT_LIBRARY_DIR, NATIVE_STATS_LIBRARY_DIR, NATIVE_SERIES_LIBRARY_DIR]
}

#[test]
fn the_examples_built_as_libraries_answer_exactly_like_the_linked_code() {
    let mut builder = PluginHost::builder();
    for dir in library_dirs() {
        builder = builder.plugin_dir(dir);
    }
    let (loaded, report) = builder.load_all().unwrap();
    assert_eq!(active(&report), 4, "{report}");
    let (linked, report) = PluginHost::builder()
        .native(uniplug_native_geo::GeoPlugin::new())
        .native(uniplug_native_text::TextPlugin::new())
        .native(uniplug_native_stats::StatsPlugin::new())
        .native(uniplug_native_series::SeriesPlugin::new())
        .load_all()
        .unwrap();
    assert_eq!(active(&report), 4, "{report}");
    let from_libraries = answers(loaded.registry());
    assert!(from_libraries.iter().any(|line| line.contains("first group's state")), "{from_libraries:#?}");
    assert_eq!(from_libraries, answers(linked.registry()));
}

#[test]
fn a_plugin_that_panics_in_a_call_returns_an_error_and_the_library_keeps_serving() {
    let (host, report) = PluginHost::builder().plugin_dir(NATIVE_GEO_LIBRARY_DIR).load_all().unwrap();
    assert_eq!(active(&report), 1, "{report}");
    let haversine = host.registry().lookup("haversine").unwrap();
    // Three arguments where four are declared: the plugin's own check
    // answers invalid input (the arrays cross, the Rust code refuses).
    let error = haversine.scalar().unwrap().invoke(&[f64s(&[Some(1.0)]), f64s(&[Some(1.0)]), f64s(&[Some(1.0)])], 1);
    assert!(error.is_err());
    let fine = haversine
        .scalar()
        .unwrap()
        .invoke(&[f64s(&[Some(0.0)]), f64s(&[Some(0.0)]), f64s(&[Some(0.0)]), f64s(&[Some(1.0)])], 1)
        .unwrap();
    assert!((fine.as_primitive::<Float64Type>().value(0) - 111.19).abs() < 0.01);
}

/// Builds `tests/c/add_one.c` into a plugin directory with `defines`.
fn c_plugin(dir: &TempDir, name: &str, defines: &[&str], manifest: &str) -> PathBuf {
    let plugin_dir = dir.0.join(name);
    std::fs::create_dir_all(&plugin_dir).unwrap();
    std::fs::write(plugin_dir.join("uniplugin.toml"), manifest).unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/c/add_one.c");
    let include = Path::new(env!("CARGO_MANIFEST_DIR")).join("../uni-plugin-abi/include");
    let compiler = std::env::var("CC").unwrap_or_else(|_| "cc".to_owned());
    let library = plugin_dir.join(format!("{}add_one{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX));
    let mut command = Command::new(&compiler);
    command.args(["-std=c11", "-fPIC", "-shared", "-O2"]);
    if defines.is_empty() {
        command.args(["-Wall", "-Wextra", "-Werror"]);
    } else {
        command.arg("-w");
    }
    for define in defines {
        command.arg(format!("-D{define}"));
    }
    let built = command
        .arg("-I")
        .arg(include)
        .arg("-o")
        .arg(&library)
        .arg(source)
        .output()
        .unwrap_or_else(|e| panic!("this test needs a C compiler (`{compiler}`, or set CC): {e}"));
    assert!(built.status.success(), "{}", String::from_utf8_lossy(&built.stderr));
    plugin_dir
}

fn c_manifest(id: &str) -> String {
    format!(
        r#"[plugin]
id = "{id}"
version = "1.0.0"
abi = "^0.1"
kind = "native"
entry = "add_one"

[[functions]]
name = "add_one"
kind = "scalar"
args = ["int64"]
returns = "int64"

[[functions]]
name = "sum_c"
kind = "aggregate"
args = ["int64"]
returns = "int64"
"#
    )
}

#[test]
fn a_plugin_written_in_c_against_the_header_loads_and_answers() {
    let dir = TempDir::new("c-plugin");
    let plugin_dir = c_plugin(&dir, "good", &[], &c_manifest("com.example.c"));
    let (host, report) = PluginHost::builder().plugin_dir(&plugin_dir).load_all().unwrap();
    assert_eq!(active(&report), 1, "{report}");
    let add_one = host.registry().lookup("add_one").unwrap();
    let input: ArrayRef = Arc::new(Int64Array::from(vec![Some(1), None, Some(-5), Some(i64::MAX - 1)]));
    let out = add_one.scalar().unwrap().invoke(std::slice::from_ref(&input), 4).unwrap();
    assert_eq!(out.as_primitive::<Int64Type>(), &Int64Array::from(vec![Some(2), None, Some(-4), Some(i64::MAX)]));
    // A sliced argument (non-zero offset) reads the right rows.
    let out = add_one.scalar().unwrap().invoke(&[input.slice(1, 2)], 2).unwrap();
    assert_eq!(out.as_primitive::<Int64Type>(), &Int64Array::from(vec![None, Some(-4)]));

    let sum = host.registry().lookup("sum_c").unwrap();
    let sum = sum.aggregate().unwrap();
    let mut left = sum.accumulator().unwrap();
    let mut right = sum.accumulator().unwrap();
    left.update(&[input.slice(0, 2)]).unwrap();
    right.update(&[Arc::new(Int64Array::from(vec![10, 20])) as ArrayRef]).unwrap();
    left.merge(&right.state().unwrap()).unwrap();
    assert_eq!(left.finish().unwrap().as_primitive::<Int64Type>().value(0), 31);
    assert!(sum.groups_accumulator().unwrap().is_none());
    let mut empty = sum.accumulator().unwrap();
    assert!(empty.finish().unwrap().is_null(0));
}

#[test]
fn broken_libraries_are_clear_errors_naming_the_file_and_the_host_lives_on() {
    let dir = TempDir::new("broken-native");
    let cases: Vec<(&str, PathBuf, &str)> = vec![
        (
            "com.example.wronglen",
            c_plugin(
                &dir,
                "wronglen",
                &["WRONG_LENGTH", "PLUGIN_ID=\"com.example.wronglen\""],
                &c_manifest("com.example.wronglen"),
            ),
            "",
        ),
        (
            "com.example.noentry",
            c_plugin(&dir, "noentry", &["NO_ENTRY"], &c_manifest("com.example.noentry")),
            "exports no `uniplug_entry` symbol",
        ),
        (
            "com.example.nulltable",
            c_plugin(&dir, "nulltable", &["NULL_TABLE"], &c_manifest("com.example.nulltable")),
            "returned null",
        ),
        (
            "com.example.abi7",
            c_plugin(&dir, "abi7", &["ABI=7", "PLUGIN_ID=\"com.example.abi7\""], &c_manifest("com.example.abi7")),
            "ABI version 7, but this host implements version 1",
        ),
        (
            "com.example.otherid",
            c_plugin(&dir, "otherid", &["PLUGIN_ID=\"com.example.someone\""], &c_manifest("com.example.otherid")),
            "is plugin `com.example.someone`, but its manifest says `com.example.otherid`",
        ),
        (
            "com.example.smalltable",
            c_plugin(
                &dir,
                "smalltable",
                &["TABLE_SIZE=16", "PLUGIN_ID=\"com.example.smalltable\""],
                &c_manifest("com.example.smalltable"),
            ),
            "its table declares 16 bytes",
        ),
        (
            "com.example.initfails",
            c_plugin(
                &dir,
                "initfails",
                &["FAIL_INIT", "PLUGIN_ID=\"com.example.initfails\""],
                &c_manifest("com.example.initfails"),
            ),
            "init refuses on purpose",
        ),
    ];
    // A text file and a truncated header under the library's name.
    let not_library = dir.0.join("notlib");
    std::fs::create_dir_all(&not_library).unwrap();
    std::fs::write(not_library.join("uniplugin.toml"), c_manifest("com.example.notlib")).unwrap();
    let file = format!("{}add_one{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX);
    std::fs::write(not_library.join(&file), "#!/bin/sh\necho this is not a library\n").unwrap();

    let mut builder = PluginHost::builder().plugin_dir(&not_library);
    for (_, plugin_dir, _) in &cases {
        builder = builder.plugin_dir(plugin_dir);
    }
    let (host, report) = builder.load_all().unwrap();
    let refused = failure(&report, "com.example.notlib");
    assert!(refused.contains(&file) && refused.contains("not a shared library"), "{refused}");
    for (id, _, expected) in &cases {
        if expected.is_empty() {
            continue;
        }
        let message = failure(&report, id);
        assert!(message.contains(expected), "{id}: {message}");
        if !id.ends_with("initfails") {
            assert!(message.contains(&file), "{id} names the file: {message}");
        }
    }
    // Wrong output length: the call fails, naming what was wrong.
    let add_one = host.registry().lookup("add_one").unwrap();
    let error = add_one.scalar().unwrap().invoke(&[Arc::new(Int64Array::from(vec![1, 2])) as ArrayRef], 2).unwrap_err();
    assert!(error.to_string().contains("3 rows where 2 were expected"), "{error}");
}

#[test]
fn bad_answers_from_a_library_are_call_errors_and_the_next_call_is_served() {
    let dir = TempDir::new("faulty-native");
    let input = || Arc::new(Int64Array::from(vec![Some(1), None, Some(3)])) as ArrayRef;
    for (define, expected) in [
        ("WRONG_TYPE", "the library returned Int32 where Int64 was expected"),
        ("MISSING_BUFFER", "has 1 buffers where 2 were expected"),
        ("PANICS", "plugin panicked: the C code gave up"),
    ] {
        let id = format!("com.example.{}", define.to_lowercase().replace('_', ""));
        let plugin_dir = c_plugin(&dir, define, &[define, &format!("PLUGIN_ID=\"{id}\"")], &c_manifest(&id));
        let (host, report) = PluginHost::builder().plugin_dir(&plugin_dir).load_all().unwrap();
        assert_eq!(active(&report), 1, "{report}");
        let add_one = host.registry().lookup("add_one").unwrap();
        for _ in 0..2 {
            let error = add_one.scalar().unwrap().invoke(&[input()], 3).unwrap_err();
            assert!(error.to_string().contains(expected), "{define}: {error}");
        }
        // The aggregate of the same library still answers.
        let sum = host.registry().lookup("sum_c").unwrap();
        let mut accumulator = sum.aggregate().unwrap().accumulator().unwrap();
        accumulator.update(&[input()]).unwrap();
        assert_eq!(accumulator.finish().unwrap().as_primitive::<Int64Type>().value(0), 4, "{define}");
    }
}

/// Resident memory of this process, from `/proc/self/statm`.
fn resident_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    let pages: usize = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

/// Every array crossing the boundary is released by whoever received it:
/// 2,000 calls over 64 Ki rows move 1 GiB through the plugin, and resident
/// memory grows by less than 64 MiB (a leak of either the argument or the
/// result would grow it by the full amount).
#[test]
fn repeated_calls_stay_within_a_stated_memory_bound() {
    const BOUND: usize = 64 << 20;
    let dir = TempDir::new("native-leak");
    let plugin_dir = c_plugin(&dir, "leak", &["PLUGIN_ID=\"com.example.leak\""], &c_manifest("com.example.leak"));
    let (host, report) = PluginHost::builder().plugin_dir(&plugin_dir).load_all().unwrap();
    assert_eq!(active(&report), 1, "{report}");
    let add_one = host.registry().lookup("add_one").unwrap();
    let scalar = add_one.scalar().unwrap();
    let sum = host.registry().lookup("sum_c").unwrap();
    let rows = 64 * 1024;
    let input: ArrayRef = Arc::new(Int64Array::from_iter((0..rows as i64).map(|v| (v % 7 != 0).then_some(v))));
    // Warm up allocator pools before the baseline.
    for _ in 0..20 {
        scalar.invoke(std::slice::from_ref(&input), rows).unwrap();
    }
    let before = resident_bytes();
    for _ in 0..1_000 {
        let out = scalar.invoke(std::slice::from_ref(&input), rows).unwrap();
        assert_eq!(out.len(), rows);
        let mut accumulator = sum.aggregate().unwrap().accumulator().unwrap();
        accumulator.update(&[out]).unwrap();
        let state = accumulator.state().unwrap();
        accumulator.merge(&state).unwrap();
        accumulator.finish().unwrap();
    }
    let grown = resident_bytes().saturating_sub(before);
    assert!(grown < BOUND, "resident memory grew by {grown} bytes over 1,000 calls (bound {BOUND})");
}

#[test]
fn an_unsigned_or_changed_library_is_refused_under_require_signed() {
    use uni_plugin_host::signing::{KeyPair, sign_plugin_dir};
    let dir = TempDir::new("signed-native");
    let keys = KeyPair::generate().unwrap();
    dir.write("trusted.pub", &keys.public().to_string());
    dir.write("policy.toml", "require_signed = true\ntrusted_keys = [\"trusted.pub\"]\n");
    let unsigned =
        c_plugin(&dir, "unsigned", &["PLUGIN_ID=\"com.example.unsigned\""], &c_manifest("com.example.unsigned"));
    let signed = c_plugin(&dir, "signed", &["PLUGIN_ID=\"com.example.signed\""], &c_manifest("com.example.signed"));
    sign_plugin_dir(&signed, &keys).unwrap();
    let load = |plugin_dir: &Path| {
        PluginHost::builder().plugin_dir(plugin_dir).policy_file(dir.0.join("policy.toml")).load_all().unwrap()
    };
    let (_, report) = load(&unsigned);
    assert!(failure(&report, "com.example.unsigned").contains("is not signed"), "{report}");
    let (host, report) = load(&signed);
    assert_eq!(active(&report), 1, "{report}");
    drop(host);
    // The signature covers the library's bytes: other code under the same
    // name is refused.
    c_plugin(&dir, "signed", &["WRONG_LENGTH", "PLUGIN_ID=\"com.example.signed\""], &c_manifest("com.example.signed"));
    let (_, report) = load(&signed);
    let refused = failure(&report, "com.example.signed");
    assert!(refused.contains("modified after signing"), "{refused}");
}

#[test]
fn a_reloaded_library_answers_the_next_call_with_its_new_code() {
    let dir = TempDir::new("native-reload");
    let plugin_dir = c_plugin(&dir, "reload", &["PLUGIN_ID=\"com.example.reload\""], &c_manifest("com.example.reload"));
    let (host, report) = PluginHost::builder().plugin_dir(&plugin_dir).load_all().unwrap();
    assert_eq!(active(&report), 1, "{report}");
    let input = || Arc::new(Int64Array::from(vec![1, 2])) as ArrayRef;
    let first = host.registry().lookup("add_one").unwrap().scalar().unwrap().invoke(&[input()], 2).unwrap();
    assert_eq!(first.len(), 2);
    // New code under the same file name: the wrong-length build.
    c_plugin(&dir, "reload", &["WRONG_LENGTH", "PLUGIN_ID=\"com.example.reload\""], &c_manifest("com.example.reload"));
    host.reload(&uni_plugin::PluginId::parse("com.example.reload").unwrap()).unwrap();
    let error = host.registry().lookup("add_one").unwrap().scalar().unwrap().invoke(&[input()], 2).unwrap_err();
    assert!(error.to_string().contains("3 rows where 2 were expected"), "the new code answers: {error}");
}

/// The target directory of this test run, for the builds tests make.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"))
}

#[test]
fn a_plugin_built_against_an_older_arrow_major_answers_like_the_current_build() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/old-arrow");
    let target = target_dir().join("old-arrow");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let built = Command::new(cargo)
        .args(["build", "--release", "--locked", "--manifest-path"])
        .arg(fixture.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .unwrap();
    assert!(built.status.success(), "building the arrow-rs 54 fixture: {}", String::from_utf8_lossy(&built.stderr));
    let file = format!("{}old_arrow_plugin{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX);
    let dir = TempDir::new("old-arrow");
    std::fs::copy(fixture.join("uniplugin.toml"), dir.0.join("uniplugin.toml")).unwrap();
    std::fs::copy(target.join("release").join(&file), dir.0.join(&file)).unwrap();
    let current = c_plugin(&dir, "current", &[], &c_manifest("com.example.c"));

    let (old, report) = PluginHost::builder().plugin_dir(&dir.0).load_all().unwrap();
    assert_eq!(active(&report), 1, "{report}");
    let (new, report) = PluginHost::builder().plugin_dir(&current).load_all().unwrap();
    assert_eq!(active(&report), 1, "{report}");
    let numbers: ArrayRef = Arc::new(Int64Array::from(vec![Some(1), None, Some(-7), Some(41)]));
    let call = |host: &PluginHost, name: &str, argument: &ArrayRef| {
        host.registry().lookup(name).unwrap().scalar().unwrap().invoke(std::slice::from_ref(argument), argument.len())
    };
    // Row for row the same as the current build's add_one, sliced input too.
    for input in [numbers.clone(), numbers.slice(1, 3)] {
        assert_eq!(call(&old, "add_one", &input).unwrap().as_ref(), call(&new, "add_one", &input).unwrap().as_ref());
    }
    let texts = strings(&[Some("hi"), None, Some(""), Some("straße")]);
    let shouted = call(&old, "shout", &texts).unwrap();
    assert_eq!(shouted.as_string::<i32>(), &StringArray::from(vec![Some("HI!"), None, Some("!"), Some("STRASSE!")]));
}
