//! Invalid manifests, TOML and JSON: each must name the key path of the
//! problem (and line:column for TOML where the format gives one).

use uni_plugin::PluginManifest;

const HEADER: &str =
    "[plugin]\nid = \"com.example.t\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"t\"\n";

/// Parses `text` as TOML and asserts the error mentions every fragment.
fn check_toml(text: &str, fragments: &[&str]) {
    let error = PluginManifest::from_toml_str(text).expect_err("manifest should be invalid");
    let message = error.to_string();
    for fragment in fragments {
        assert!(message.contains(fragment), "expected `{fragment}` in:\n{message}\n--- manifest ---\n{text}");
    }
}

fn check_json(text: &str, fragments: &[&str]) {
    let error = PluginManifest::from_json_str(text).expect_err("manifest should be invalid");
    let message = error.to_string();
    for fragment in fragments {
        assert!(message.contains(fragment), "expected `{fragment}` in:\n{message}\n--- manifest ---\n{text}");
    }
}

fn with(extra: &str) -> String {
    format!("{HEADER}{extra}")
}

macro_rules! toml_cases {
    ($($name:ident: $text:expr => [$($fragment:expr),+ $(,)?];)+) => {$(
        #[test]
        fn $name() {
            check_toml(&$text, &[$($fragment),+]);
        }
    )+};
}

macro_rules! json_cases {
    ($($name:ident: $text:expr => [$($fragment:expr),+ $(,)?];)+) => {$(
        #[test]
        fn $name() {
            check_json($text, &[$($fragment),+]);
        }
    )+};
}

toml_cases! {
    toml_syntax_error: "[plugin\nid = 1" => ["1:8", "invalid TOML"];
    missing_plugin_section: "[[functions]]\nname = \"f\"\n" => ["`plugin`", "missing required key"];
    unknown_top_level_key: with("[capabilites]\nrequired = [\"log\"]\n") => ["7:2", "`capabilites`", "did you mean `capabilities`?"];
    unknown_plugin_key: HEADER.replace("kind", "knid") => ["5:1", "`plugin.knid`", "did you mean `kind`?", "`plugin.kind`"];
    bad_id: HEADER.replace("com.example.t", "Example") => ["2:6", "`plugin.id`", "lowercase"];
    one_label_id: HEADER.replace("com.example.t", "example") => ["`plugin.id`", "two dot-separated labels"];
    bad_version: HEADER.replace("1.0.0", "1.0") => ["3:11", "`plugin.version`", "semver"];
    bad_abi_syntax: HEADER.replace("^0.1", "^^0") => ["4:7", "`plugin.abi`", "invalid ABI range"];
    abi_excludes_host: HEADER.replace("^0.1", "^2.0") => ["`plugin.abi`", "does not include this host's ABI 0.1.0"];
    unknown_kind: HEADER.replace("\"native\"", "\"wsam\"") => ["5:8", "`plugin.kind`", "did you mean `wasm`?"];
    entry_escapes_dir: HEADER.replace("entry = \"t\"", "entry = \"../evil.wasm\"") => ["`plugin.entry`", "leaves the plugin directory"];
    absolute_entry: HEADER.replace("entry = \"t\"", "entry = \"/tmp/x.wasm\"") => ["`plugin.entry`", "absolute"];
    id_wrong_type: HEADER.replace("\"com.example.t\"", "42") => ["2:6", "`plugin.id`", "found an integer", "expected a reverse-DNS"];
    unknown_determinism: with("determinism = \"determinstic\"\n") => ["`plugin.determinism`", "did you mean `deterministic`?"];
    bad_dependency_id: with("[dependencies]\n\"Bad Id\" = \"^1\"\n") => ["`dependencies.\"Bad Id\"`", "invalid plugin id"];
    bad_dependency_range: with("[dependencies]\n\"com.example.u\" = \"one\"\n") => ["8:19", "`dependencies.\"com.example.u\"`", "invalid version range"];
    dependency_unknown_key: with("[dependencies]\n\"com.example.u\" = { version = \"^1\", usses = [\"f\"] }\n") => ["`dependencies.\"com.example.u\".usses`", "did you mean `uses`?"];
    self_dependency: with("[dependencies]\n\"com.example.t\" = \"^1\"\n") => ["`dependencies.\"com.example.t\"`", "cannot depend on itself"];
    unknown_capability: with("[capabilities]\nrequired = [\"log\", \"clok\"]\n") => ["8:20", "`capabilities.required[1]`", "did you mean `clock`?"];
    capability_path_escape: with("[capabilities]\noptional = [\"fs-read:../etc\"]\n") => ["`capabilities.optional[0]`", "`..`"];
    capability_required_and_optional: with("[capabilities]\nrequired = [\"log\"]\noptional = [\"log\"]\n") => ["`capabilities.optional[0]`", "both required and optional"];
    bad_memory_limit: with("[limits]\nmemory = \"64 mb\"\ntimeout = \"soon\"\n") => ["`limits.timeout`", "`limits.memory`", "8:10", "9:11"];
    zero_timeout: with("[limits]\ntimeout = \"0ms\"\n") => ["`limits.timeout`", "zero"];
    config_datetime: with("[config]\nstarted = 1979-05-27T07:32:00Z\n") => ["`config.started`", "date-times"];
    function_bad_name: with("[[functions]]\nname = \"Haversine\"\nkind = \"scalar\"\nreturns = \"float64\"\n") => ["8:8", "`functions[0].name`", "lowercase"];
    function_bad_arg_type: with("[[functions]]\nname = \"f\"\nkind = \"scalar\"\nargs = [\"float64\", \"flaot64\"]\nreturns = \"float64\"\n") => ["10:20", "`functions[0].args[1]`", "did you mean `float64`?"];
    function_missing_returns: with("[[functions]]\nname = \"f\"\nkind = \"scalar\"\n") => ["`functions[0].returns`", "missing required key"];
    function_duplicate_name: with("[[functions]]\nname = \"f\"\nkind = \"scalar\"\nreturns = \"int64\"\n[[functions]]\nname = \"f\"\nkind = \"scalar\"\nreturns = \"int64\"\n") => ["`functions[1].name`", "already declared at `functions[0]`"];
    table_function_returns_type: with("[[functions]]\nname = \"t\"\nkind = \"table\"\nreturns = \"int64\"\n") => ["`functions[0].returns`", "returns columns"];
    scalar_returns_columns: with("[[functions]]\nname = \"s\"\nkind = \"scalar\"\nreturns = { a = \"int64\" }\n") => ["`functions[0].returns`", "only table functions"];
    table_column_bad_type: with("[[functions]]\nname = \"t\"\nkind = \"table\"\nreturns = { value = \"int65\" }\n") => ["`functions[0].returns.value`", "unknown type `int65`"];
    example_missing_expect: with("[[functions]]\nname = \"f\"\nkind = \"scalar\"\nreturns = \"int64\"\nexamples = [{ sql = \"SELECT f()\" }]\n") => ["`functions[0].examples[0].expect`", "missing"];
    deterministic_plugin_with_clock: with("determinism = \"deterministic\"\n[capabilities]\nrequired = [\"clock\"]\n") => ["`plugin.determinism`", "`clock`"];
    deterministic_function_with_net: with("[capabilities]\noptional = [\"net:example.com\"]\n[[functions]]\nname = \"f\"\nkind = \"scalar\"\nreturns = \"int64\"\ndeterminism = \"deterministic\"\n") => ["`functions[0].determinism`", "`net:example.com`"];
    hook_unknown_event: with("[[hooks]]\nevent = \"after_qurey\"\nhandler = \"audit\"\n") => ["`hooks[0].event`", "did you mean `after_query`?"];
    trigger_bad_when: with("[[triggers]]\ntable = \"orders\"\nevent = \"insert\"\nwhen = \"during\"\nhandler = \"check\"\n") => ["`triggers[0].when`", "`before`"];
    trigger_missing_table: with("[[triggers]]\nevent = \"insert\"\nhandler = \"check\"\n") => ["`triggers[0].table`", "missing"];
    job_bad_cron: with("[[jobs]]\nname = \"refresh\"\nschedule = \"*/30 * * * *\"\nhandler = \"refresh\"\n") => ["`jobs[0].schedule`", "5 fields"];
    job_both_schedules: with("[[jobs]]\nname = \"r\"\nschedule = \"* * * * * *\"\nevery = \"1s\"\nhandler = \"r\"\n") => ["`jobs[0].every`", "not both"];
    job_no_schedule: with("[[jobs]]\nname = \"r\"\nhandler = \"r\"\n") => ["`jobs[0].schedule`", "missing"];
    functions_not_array: format!("functions = \"haversine\"\n{HEADER}") => ["`functions`", "found a string", "expected an array"];
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let text = "[plugin]\nid = \"X\"\nversion = \"one\"\nabi = \"^9\"\nkind = \"wsam\"\nentry = \"../x\"\n";
    let error = PluginManifest::from_toml_str(text).unwrap_err();
    let paths: Vec<String> = error.problems().iter().map(|p| p.path.to_string()).collect();
    assert_eq!(paths, ["plugin.id", "plugin.version", "plugin.abi", "plugin.kind", "plugin.entry"]);
    assert!(error.to_string().starts_with("invalid manifest (5 problems):"));
}

#[test]
fn from_path_names_the_file_and_chooses_by_extension() {
    let dir = std::env::temp_dir().join(format!("uni-plugin-manifest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let toml_path = dir.join("uniplugin.toml");
    std::fs::write(&toml_path, HEADER.replace("native", "nativ")).unwrap();
    let message = PluginManifest::from_path(&toml_path).unwrap_err().to_string();
    assert!(message.contains(&format!("{}:5:8: `plugin.kind`", toml_path.display())), "{message}");

    let json_path = dir.join("uniplugin.json");
    std::fs::write(&json_path, "{\"plugin\": {\"id\": 1}}").unwrap();
    let message = PluginManifest::from_path(&json_path).unwrap_err().to_string();
    assert!(message.contains(&format!("{}:1:19: `plugin.id`", json_path.display())), "{message}");
    std::fs::write(&json_path, "{\"plugin\": {\"id\": \"a.b\", \"id\": \"c.d\"}}").unwrap();
    let message = PluginManifest::from_path(&json_path).unwrap_err().to_string();
    assert!(message.contains("duplicate key `id` (first at 1:13)"), "{message}");

    let yaml_path = dir.join("uniplugin.yaml");
    std::fs::write(&yaml_path, "").unwrap();
    assert!(PluginManifest::from_path(&yaml_path).unwrap_err().to_string().contains("`.toml` or `.json`"));
    assert!(
        PluginManifest::from_path(&dir.join("missing.toml")).unwrap_err().to_string().contains("cannot read manifest")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

const JSON_PLUGIN: &str =
    r#""plugin": {"id": "com.example.t", "version": "1.0.0", "abi": "^0.1", "kind": "native", "entry": "t"}"#;

fn json_with(rest: &str) -> String {
    format!("{{{JSON_PLUGIN}, {rest}}}")
}

json_cases! {
    json_syntax_error: "{\n  \"plugin\": {,\n}" => ["2:", "invalid JSON"];
    json_unknown_top_key: &json_with(r#""functoins": []"#) => ["`functoins`", "did you mean `functions`?"];
    json_bad_kind: r#"{"plugin": {"id": "com.example.t", "version": "1.0.0", "abi": "^0.1", "kind": "dll", "entry": "t"}}"# => ["`plugin.kind`", "`wasm`, `native`"];
    json_bad_arg_type: &json_with(r#""functions": [{"name": "f", "kind": "scalar", "args": ["int64", "text"], "returns": "int64"}]"#) => ["`functions[0].args[1]`", "unknown type `text`"];
    json_null_in_config: &json_with(r#""config": {"radius": null}"#) => ["`config.radius`", "null"];
    json_capability_not_string: &json_with(r#""capabilities": {"required": [7]}"#) => ["`capabilities.required[0]`", "expected a string"];
    json_bad_job_every: &json_with(r#""jobs": [{"name": "j", "every": "3 weeks", "handler": "j"}]"#) => ["`jobs[0].every`", "duration"];
    json_huge_integer: &json_with(r#""config": {"n": 18446744073709551615}"#) => ["`config.n`", "does not fit in 64 bits"];
}
