//! `uniplug sql`: -c, -f, stdin, formats, tables, exit codes.

use crate::{run, uniplug};

const MAIN_QUERY: &str =
    "SELECT round(haversine(52.52, 13.405, 48.8566, 2.3522), 1) AS km, slugify('Hello, Wörld!') AS slug";

#[test]
fn native_and_wasm_plugins_answer_one_query() {
    let (code, out, err) =
        run(&["sql", "--plugins", "plugins/wasm/geo", "--plugins", "plugins/native/text", "-c", MAIN_QUERY]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("| 877.5 | hello-world |"), "{out}");
}

#[test]
fn a_directory_of_plugin_directories_loads_all_four() {
    for dir in ["plugins/native", "plugins/wasm"] {
        let (code, out, err) = run(&[
            "sql",
            "--plugins",
            dir,
            "--format",
            "csv",
            "-c",
            "SELECT count(*) AS n, min(kind) AS kind FROM uniplug_plugins()",
        ]);
        assert_eq!(code, 0, "{dir}: {err}");
        let kind = dir.rsplit('/').next().unwrap();
        assert_eq!(out, format!("n,kind\n4,{kind}\n"), "{dir}");
    }
}

#[test]
fn every_output_format() {
    let sql = "SELECT slugify(s) AS slug, levenshtein(s, 'abc') AS d FROM (VALUES ('A b'), (NULL)) AS t(s) ORDER BY s";
    let formats = [
        ("csv", "slug,d\na-b,3\n,\n"),
        ("json", "[{\"slug\":\"a-b\",\"d\":3},{\"slug\":null,\"d\":null}]\n"),
        ("ndjson", "{\"slug\":\"a-b\",\"d\":3}\n{\"slug\":null,\"d\":null}\n"),
    ];
    for (format, expected) in formats {
        let (code, out, err) = run(&["sql", "--plugins", "plugins/native/text", "--format", format, "-c", sql]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out, expected, "{format}");
    }
    let (code, out, _) = run(&["sql", "--plugins", "plugins/native/text", "-c", sql]);
    assert_eq!(code, 0);
    assert!(out.contains("| slug | d |") && out.contains("| a-b  | 3 |"), "{out}");
}

#[test]
fn script_files_and_stdin_run_every_statement() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("q.sql");
    std::fs::write(
        &script,
        "-- a comment; not a statement\nSELECT 1 AS a;\nSELECT sum(value) AS s\n  FROM series(1, 10, 1);\n",
    )
    .unwrap();
    let (code, out, err) =
        run(&["sql", "--plugins", "plugins/native/series", "--format", "csv", "-f", script.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "a\n1\ns\n55\n");

    let output = uniplug()
        .args(["sql", "--plugins", "plugins/native/series", "--format", "csv"])
        .write_stdin("SELECT 2 AS b; SELECT count(*) AS n FROM series(1, 3, 1)")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "b\n2\nn\n3\n");
}

#[test]
fn exit_codes_say_what_kind_of_failure() {
    // 1: a query error, with one clear message and no backtrace.
    let (code, _, err) =
        run(&["sql", "--plugins", "plugins/native/series", "-c", "SELECT count(*) FROM series(1, 2, 0)"]);
    assert_eq!(code, 1);
    assert!(err.contains("step must not be 0") && !err.contains("panicked") && !err.contains("backtrace"), "{err}");
    // 1: a failing statement in a script; the others still run.
    let output =
        uniplug().args(["sql", "--format", "csv"]).write_stdin("SELECT nope(); SELECT 7 AS x;").output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "x\n7\n");
    assert!(String::from_utf8_lossy(&output.stderr).contains("1 of 2 statements from stdin failed"));
    // 2: usage.
    for args in [
        vec!["sql", "--no-such-flag"],
        vec!["sql", "-f", "does/not/exist.sql"],
        vec!["sql", "--table", "t=missing.csv", "-c", "SELECT 1"],
        vec!["sql", "--table", "no-equals-sign", "-c", "SELECT 1"],
        vec!["sql", "--plugins", "no/such/dir", "-c", "SELECT 1"],
        vec!["sql", "-c", "SELECT 1", "-f", "x.sql"],
        vec!["frobnicate"],
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(!err.trim().is_empty(), "{args:?}");
    }
    // 0: help.
    let (code, out, _) = run(&["sql", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("--plugins <DIR>") && out.contains("--format <FORMAT>"), "{out}");
}

#[test]
fn csv_and_parquet_files_are_tables() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("cities.csv");
    std::fs::write(&csv, "name,lat,lon\nBerlin,52.52,13.405\nParis,48.8566,2.3522\nMadrid,40.4168,-3.7038\n").unwrap();
    let parquet = dir.path().join("cities.parquet");
    let copy = format!("COPY (SELECT * FROM cities) TO '{}' STORED AS PARQUET", parquet.display());
    let table = format!("cities={}", csv.display());
    let (code, _, err) = run(&["sql", "--table", &table, "-c", &copy]);
    assert_eq!(code, 0, "{err}");

    let query = "SELECT a.name AS from_city, b.name AS to_city, round(haversine(a.lat, a.lon, b.lat, b.lon)) AS km \
                 FROM cities a JOIN cities b ON a.name < b.name ORDER BY km";
    let (code, out, err) = run(&["sql", "--table", &table, "--format", "csv", "-c", "SHOW COLUMNS FROM cities"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("cities,name,Utf8") && out.contains("cities,lat,Float64"), "{out}");
    for spec in [table.clone(), format!("cities={}", parquet.display())] {
        let (code, out, err) =
            run(&["sql", "--plugins", "plugins/wasm/geo", "--table", &spec, "--format", "csv", "-c", query]);
        assert_eq!(code, 0, "{spec}: {err}");
        assert_eq!(
            out, "from_city,to_city,km\nBerlin,Paris,877.0\nMadrid,Paris,1053.0\nBerlin,Madrid,1869.0\n",
            "{spec}"
        );
    }
}

#[test]
fn a_plugin_that_fails_to_load_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = dir.path().join("broken");
    std::fs::create_dir_all(&plugin).unwrap();
    std::fs::write(plugin.join("uniplugin.toml"), "[plugin]\nid = \"com.example.broken\"\nversion = \"1.0\"\n")
        .unwrap();
    let (code, _, err) = run(&["sql", "--plugins", plugin.to_str().unwrap(), "-c", "SELECT 1"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("uniplugin.toml") && err.contains("plugin.version"), "{err}");
}

/// A policy file in `dir` granting `grants` to the `query` and `secret`
/// test guests, with `api-key` read from a 0600 file.
fn capability_policy(dir: &std::path::Path, grants: &str) -> std::path::PathBuf {
    let key = dir.join("api-key.txt");
    std::fs::write(&key, "value-from-the-policy\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let policy = dir.join("policy.toml");
    std::fs::write(
        &policy,
        format!(
            "[plugins.\"test.inquiring\"]\ngrant = [{grants}]\n\n[plugins.\"test.secretive\"]\ngrant = [{grants}]\n\n[secrets]\napi-key = {{ file = \"api-key.txt\" }}\n"
        ),
    )
    .unwrap();
    policy
}

#[test]
fn query_secret_and_random_work_for_a_wasm_plugin_when_granted() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("cities.csv");
    std::fs::write(&csv, "name,pop\nBerlin,3.8\nParis,2.1\n").unwrap();
    let table = format!("cities={}", csv.display());
    let policy = capability_policy(dir.path(), "\"query\", \"secret:api-key\", \"random\"");
    let sql = "SELECT ask('SELECT name FROM cities ORDER BY pop') AS q, \
               ask('INSERT INTO cities VALUES (''Rome'', 2.8)') AS w, \
               peek('api-key') AS s, length(dice(1)) AS r, dice(1) <> dice(2) AS differ";
    let (code, out, err) = run(&[
        "sql",
        "--plugins",
        uni_plugin_guests::GUEST_INQUIRING_DIR,
        "--plugins",
        uni_plugin_guests::GUEST_SECRETIVE_DIR,
        "--policy",
        policy.to_str().unwrap(),
        "--table",
        &table,
        "--format",
        "json",
        "-c",
        sql,
    ]);
    assert_eq!(code, 0, "{err}");
    let row: serde_json::Value = serde_json::from_str::<Vec<serde_json::Value>>(&out).unwrap().remove(0);
    assert_eq!(row["q"], "2 rows: Paris", "{out}");
    assert!(row["w"].as_str().unwrap().contains("may only read"), "{out}");
    assert_eq!(row["s"], "value-from-the-policy", "{out}");
    assert_eq!(row["r"], 32, "{out}");
    assert_eq!(row["differ"], true, "{out}");
    assert!(!err.contains("value-from-the-policy"), "a secret in the output: {err}");
}

#[test]
fn without_grants_the_capability_guests_load_and_are_refused_per_call() {
    let dir = tempfile::tempdir().unwrap();
    let policy = capability_policy(dir.path(), "");
    let (code, out, err) = run(&[
        "sql",
        "--plugins",
        uni_plugin_guests::GUEST_INQUIRING_DIR,
        "--plugins",
        uni_plugin_guests::GUEST_SECRETIVE_DIR,
        "--policy",
        policy.to_str().unwrap(),
        "--format",
        "json",
        "-c",
        "SELECT ask('SELECT 1') AS q, peek('api-key') AS s",
    ]);
    assert_eq!(code, 0, "{err}");
    let row: serde_json::Value = serde_json::from_str::<Vec<serde_json::Value>>(&out).unwrap().remove(0);
    for column in ["q", "s"] {
        let answer = row[column].as_str().unwrap();
        assert!(answer.starts_with("error:") && answer.contains("not granted"), "{column}: {out}");
    }
    assert!(!out.contains("value-from-the-policy") && !err.contains("value-from-the-policy"), "{out}{err}");
}
