//! The shell's conventions outside a terminal: dot-commands in scripts,
//! `.read`, `--init`, `--maxrows`, `--timer`, `.load`/`.unload`, errors
//! with a caret, EXPLAIN, CREATE EXTERNAL TABLE, shell completions.

use crate::{run, uniplug};

/// `uniplug sql ARGS` with `stdin`; (exit code, stdout, stderr).
fn piped(args: &[&str], stdin: &str) -> (i32, String, String) {
    let output = uniplug().arg("sql").args(args).write_stdin(stdin.to_owned()).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn dot_commands_work_in_scripts_between_statements() {
    let script = ".mode csv\nSELECT 1 AS a;\n.mode json\nSELECT NULL AS b, 2 AS c;\n.format ndjson\n.timer on\nSELECT 3 AS d;\n.timer off\nSELECT 4 AS e;\n";
    let (code, out, err) = piped(&[], script);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "a\n1\n[{\"b\":null,\"c\":2}]\n{\"d\":3}\n{\"e\":4}\n");
    assert_eq!(err.matches("Run time: ").count(), 1, "{err}");
    // An unknown command fails like a statement; the rest still runs.
    let (code, out, err) = piped(&["--format", "csv"], ".nope\nSELECT 5 AS f;\n.quit\nSELECT 6 AS g;\n");
    assert_eq!(code, 1);
    assert_eq!(out, "f\n5\n", ".quit stops the script");
    assert!(err.contains("unknown command `.nope`"), "{err}");
}

#[test]
fn init_files_and_read_run_commands_and_sql() {
    let dir = tempfile::tempdir().unwrap();
    let init = dir.path().join("init.sql");
    let more = dir.path().join("more.sql");
    std::fs::write(&init, ".mode csv\nCREATE VIEW v AS SELECT 7 AS x;\n").unwrap();
    std::fs::write(&more, "SELECT x + 1 AS y FROM v;\n").unwrap();
    let (code, out, err) = run(&["sql", "--init", init.to_str().unwrap(), "-c", "SELECT x FROM v"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "x\n7\n");
    let (code, out, err) = piped(&["--init", init.to_str().unwrap()], &format!(".read {}\n", more.display()));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "y\n8\n");
    // A file that reads itself stops, saying why.
    let looping = dir.path().join("loop.sql");
    std::fs::write(&looping, format!(".read {}\n", looping.display())).unwrap();
    let (code, _, err) = piped(&[], &format!(".read {}\n", looping.display()));
    assert_eq!(code, 1);
    assert!(err.contains("nests deeper than 16 files"), "{err}");
    // A missing init file is a usage error.
    let (code, _, err) = run(&["sql", "--init", "no/such/init.sql", "-c", "SELECT 1"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--init") && err.contains("no/such/init.sql"), "{err}");
}

#[test]
fn maxrows_cuts_results_and_counts_the_rest() {
    let sql = "SELECT * FROM (VALUES (1), (2), (3), (4)) AS t(x) ORDER BY x";
    let (code, out, err) = run(&["sql", "--maxrows", "2", "-c", sql]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("| 1 |") && out.contains("| 2 |") && !out.contains("| 3 |"), "{out}");
    assert!(out.ends_with("4 rows (2 shown)\n"), "{out}");
    let (code, out, err) = run(&["sql", "--maxrows", "2", "--format", "csv", "-c", sql]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "x\n1\n2\n");
    assert!(err.contains("4 rows (2 shown)"), "{err}");
    // Not on a terminal: every row, and no footer.
    let (_, out, _) = run(&["sql", "-c", sql]);
    assert!(out.contains("| 4 |") && !out.contains("rows"), "{out}");
    let (_, out, _) = piped(&["--format", "csv"], &format!(".maxrows 1\n{sql};\n.maxrows off\n{sql};\n"));
    assert_eq!(out, "x\n1\nx\n1\n2\n3\n4\n");
}

#[test]
fn plugins_load_and_unload_in_a_running_session() {
    let script = ".load plugins/native/text\nSELECT slugify('Load Me') AS s;\n.unload ai.uniplug.text\nSELECT slugify('gone') AS s;\n";
    let (code, out, err) = piped(&["--format", "csv"], script);
    assert_eq!(code, 1, "{err}");
    assert!(out.contains("loaded ai.uniplug.text (generation 1)"), "{out}");
    assert!(out.contains("s\nload-me\n") && out.contains("unloaded ai.uniplug.text"), "{out}");
    assert!(err.contains("slugify"), "the function is gone after .unload: {err}");
    let (code, _, err) = piped(&[], ".load no/such/dir\n.unload com.example.nothing\n");
    assert_eq!(code, 1);
    assert!(err.contains("no/such/dir") && err.contains("com.example.nothing"), "{err}");
}

#[test]
fn a_sql_error_with_a_position_shows_the_line_and_a_caret() {
    // `FRM` reads as an alias of 2, so the parser stops at `t`.
    let (code, _, err) = run(&["sql", "-c", "SELECT 1 AS a,\n  2 FRM t"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = err.lines().collect();
    let at = lines.iter().position(|line| line.starts_with("LINE 2: ")).unwrap_or_else(|| panic!("{err}"));
    assert_eq!(lines[at], "LINE 2:   2 FRM t");
    assert_eq!(lines[at + 1], format!("{}^", " ".repeat("LINE 2:   2 FRM ".len())), "{err}");
}

#[test]
fn explain_and_create_external_table_work_with_plugin_functions() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("names.csv");
    std::fs::write(&csv, "name\nÜber Straße\nHello World\n").unwrap();
    let script = format!(
        "CREATE EXTERNAL TABLE names STORED AS CSV LOCATION '{}' OPTIONS ('format.has_header' 'true');\nSELECT slugify(name) AS s FROM names ORDER BY s;\nEXPLAIN SELECT slugify(name) FROM names;\n",
        csv.display()
    );
    let (code, out, err) = piped(&["--plugins", "plugins/native/text", "--format", "csv"], &script);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("s\nhello-world\nuber-strasse\n"), "{out}");
    assert!(out.contains("plan_type,plan") && out.contains("slugify(names.name)"), "{out}");
}

#[test]
fn shell_completion_scripts_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish"] {
        let (code, out, err) = run(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        assert!(out.contains("uniplug") && out.contains("completions") && out.contains("plugins"), "{shell}");
    }
    let (code, _, err) = run(&["completions", "tcsh"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn schemas_describe_the_manifest_and_the_policy() {
    let (code, out, err) = run(&["schema", "manifest"]);
    assert_eq!(code, 0, "{err}");
    let schema: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(schema["properties"]["plugin"]["properties"]["kind"]["enum"], serde_json::json!(["wasm", "native"]));
    let (code, out, err) = run(&["schema", "policy"]);
    assert_eq!(code, 0, "{err}");
    let schema: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(schema["properties"]["require_signed"]["type"], "boolean");
}

#[test]
fn an_invalid_policy_file_is_a_usage_error_in_every_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("bad.policy.toml");
    std::fs::write(&policy, "require_signed = \"yes\"\n").unwrap();
    let policy = policy.to_str().unwrap();
    for args in [
        vec!["sql", "--policy", policy, "-c", "SELECT 1"],
        vec!["check", "plugins/native/text", "--policy", policy],
        vec!["verify", "plugins/native/text", "--policy", policy],
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("bad.policy.toml") && err.contains("require_signed"), "{args:?}: {err}");
        assert!(!err.contains("plugin `"), "the policy is not a plugin: {err}");
    }
}
