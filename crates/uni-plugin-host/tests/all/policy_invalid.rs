//! Invalid policies: each error names the key path and, for TOML, the line.

use uni_plugin_host::Policy;

fn check(text: &str, fragments: &[&str]) {
    let message = Policy::from_toml_str(text).expect_err("policy should be invalid").to_string();
    for fragment in fragments {
        assert!(message.contains(fragment), "expected `{fragment}` in:\n{message}\n--- policy ---\n{text}");
    }
}

macro_rules! cases {
    ($($name:ident: $text:expr => [$($fragment:expr),+ $(,)?];)+) => {$(
        #[test]
        fn $name() {
            check($text, &[$($fragment),+]);
        }
    )+};
}

cases! {
    syntax_error: "require_signed = \n" => ["1:", "invalid TOML"];
    unknown_top_key: "require_sigend = true\n" => ["1:1", "`require_sigend`", "did you mean `require_signed`?"];
    require_signed_not_bool: "require_signed = \"yes\"\n" => ["1:18", "`require_signed`", "expected a boolean"];
    trusted_keys_not_list: "trusted_keys = \"k.pub\"\n" => ["`trusted_keys`", "expected an array"];
    trusted_key_empty: "trusted_keys = [\"\"]\n" => ["`trusted_keys[0]`", "empty key"];
    signed_without_keys: "require_signed = true\n" => ["`trusted_keys`", "would refuse every plugin"];
    defaults_unknown_key: "[defaults]\ngrants = [\"log\"]\n" => ["2:1", "`defaults.grants`", "did you mean `grant`?"];
    defaults_bad_capability: "[defaults]\ngrant = [\"lgo\"]\n" => ["2:10", "`defaults.grant[0]`", "did you mean `log`?"];
    defaults_bad_memory: "[defaults]\nmemory = \"lots\"\n" => ["`defaults.memory`", "size"];
    defaults_zero_memory: "[defaults]\nmemory = \"0MiB\"\n" => ["`defaults.memory`", "zero"];
    defaults_bad_timeout: "[defaults]\ntimeout = \"2 parsecs\"\n" => ["`defaults.timeout`", "duration"];
    defaults_deny_not_allowed: "[defaults]\ndeny = true\n" => ["`defaults.deny`", "unknown key"];
    bad_threshold: "[defaults]\nfailure_threshold = 0\n" => ["`defaults.failure_threshold`", "at least 1"];
    plugins_bad_id: "[plugins.\"Not An Id\"]\ndeny = true\n" => ["`plugins.\"Not An Id\"`", "invalid plugin id"];
    plugin_unknown_key: "[plugins.\"com.x.geo\"]\nmemroy = \"1MiB\"\n" => ["`plugins.\"com.x.geo\".memroy`", "did you mean `memory`?"];
    plugin_deny_not_bool: "[plugins.\"com.x.geo\"]\ndeny = 1\n" => ["`plugins.\"com.x.geo\".deny`", "expected a boolean"];
    plugin_grant_path_escape: "[plugins.\"com.x.geo\"]\ngrant = [\"fs-read:../../etc\"]\n" => ["`plugins.\"com.x.geo\".grant[0]`", "`..`"];
    plugins_not_table: "plugins = 3\n" => ["`plugins`", "expected a table"];
}

#[test]
fn every_problem_is_listed_with_the_file_name() {
    let dir = std::env::temp_dir().join(format!("uni-plugin-policy-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("uniplug.policy.toml");
    std::fs::write(&path, "require_signed = 1\n[defaults]\nmemory = \"x\"\n").unwrap();
    let message = Policy::from_path(&path).unwrap_err().to_string();
    assert!(message.contains("(2 problems)"), "{message}");
    assert!(message.contains(&format!("{}:1:18: `require_signed`", path.display())), "{message}");
    assert!(message.contains(&format!("{}:3:10: `defaults.memory`", path.display())), "{message}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn effective_grants_and_limits() {
    let policy = Policy::from_toml_str(
        "[defaults]\ngrant = [\"log\"]\nmemory = \"128MiB\"\ntimeout = \"2s\"\n[plugins.\"com.x.geo\"]\ngrant = [\"env:GEO_*\"]\nmemory = \"32MiB\"\n",
    )
    .unwrap();
    let manifest = uni_plugin::PluginManifest::from_toml_str(
        "[plugin]\nid = \"com.x.geo\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"g\"\n[capabilities]\nrequired = [\"env:GEO_RADIUS\"]\noptional = [\"clock\"]\n[limits]\nmemory = \"64MiB\"\ntimeout = \"500ms\"\n",
    )
    .unwrap();
    let (grants, limits) = policy.admit(&manifest).unwrap();
    assert!(grants.allows_env("GEO_RADIUS"));
    assert!(!grants.covers(&uni_plugin::Capability::Clock), "optional, not granted");
    assert!(!grants.covers(&uni_plugin::Capability::Log), "granted but never asked for");
    assert_eq!(limits.memory.bytes(), 32 << 20);
    assert_eq!(limits.timeout, std::time::Duration::from_millis(500));
    assert_eq!(Policy::default().for_plugin(&"com.x.any".parse().unwrap()).memory.bytes(), 256 << 20);
}
