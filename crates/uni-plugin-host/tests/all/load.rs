//! Loading: dependency order, failure isolation, policy, strict mode, dirs.

use uni_plugin_host::{HostError, LoadOutcome, LoadStep, PluginHost, Policy};

use crate::support::{Fault, TempDir, call, manifest_text, plugin};

fn outcome<'r>(report: &'r uni_plugin_host::LoadReport, plugin: &str) -> &'r LoadOutcome {
    &report
        .plugins
        .iter()
        .find(|status| status.plugin == plugin)
        .unwrap_or_else(|| panic!("{plugin} in {report}"))
        .outcome
}

fn failure(report: &uni_plugin_host::LoadReport, plugin: &str) -> String {
    match outcome(report, plugin) {
        LoadOutcome::Failed(error) => error.to_string(),
        other => panic!("{plugin} should have failed: {other:?}"),
    }
}

#[test]
fn a_failing_plugin_takes_down_only_itself_and_its_dependents() {
    let base = plugin(&manifest_text("com.x.base", "1.0.0", &["base_fn"], ""), Fault::None);
    let user = plugin(
        &manifest_text("com.x.user", "1.0.0", &["user_fn"], "[dependencies]\n\"com.x.base\" = \"^1\""),
        Fault::None,
    );
    let broken = plugin(&manifest_text("com.x.broken", "1.0.0", &["broken_fn"], ""), Fault::PanicInRegister);
    let victim = plugin(
        &manifest_text("com.x.victim", "1.0.0", &["victim_fn"], "[dependencies]\n\"com.x.broken\" = \"*\""),
        Fault::None,
    );
    let failing_init = plugin(&manifest_text("com.x.initfail", "1.0.0", &["init_fn"], ""), Fault::FailInit);
    let panicking_init = plugin(&manifest_text("com.x.initpanic", "1.0.0", &["panic_fn"], ""), Fault::PanicInInit);
    let (host, report) = PluginHost::builder()
        .native(user)
        .native(base)
        .native(broken)
        .native(victim)
        .native(failing_init)
        .native(panicking_init)
        .load_all()
        .unwrap();
    assert_eq!(outcome(&report, "com.x.base"), &LoadOutcome::Active { generation: 1 });
    assert_eq!(outcome(&report, "com.x.user"), &LoadOutcome::Active { generation: 1 });
    // Dependencies load first.
    let active: Vec<&str> = report.plugins.iter().map(|s| s.plugin.as_str()).take(2).collect();
    assert_eq!(active, ["com.x.base", "com.x.user"]);
    assert_eq!(failure(&report, "com.x.broken"), "plugin `com.x.broken` panicked in `register`: register exploded");
    assert_eq!(
        failure(&report, "com.x.victim"),
        "plugin `com.x.victim` failed at dependencies: dependency `com.x.broken` failed to load"
    );
    assert_eq!(failure(&report, "com.x.initfail"), "plugin `com.x.initfail` failed at init: database unreachable");
    assert!(failure(&report, "com.x.initpanic").contains("panicked in `init`: init exploded"));
    assert_eq!(call(host.registry(), "user_fn", 1).unwrap().unwrap(), 1);
    assert!(call(host.registry(), "broken_fn", 1).is_none());
    assert!(call(host.registry(), "init_fn", 1).is_none());
}

#[test]
fn strict_mode_fails_the_whole_load() {
    let good = plugin(&manifest_text("com.x.good", "1.0.0", &["good_fn"], ""), Fault::None);
    let bad = plugin(&manifest_text("com.x.bad", "1.0.0", &["bad_fn"], ""), Fault::FailInit);
    let host = PluginHost::builder().native(good).native(bad).strict(true).build().unwrap();
    let error = host.load_all().unwrap_err();
    assert!(matches!(&error, HostError::Strict { failures } if failures.len() == 1), "{error}");
    assert!(call(host.registry(), "good_fn", 1).is_none(), "nothing stays loaded");
}

#[test]
fn policy_refusals_name_the_capability_and_the_key_that_would_grant_it() {
    let wants_clock = plugin(
        &manifest_text(
            "com.x.clocky",
            "1.0.0",
            &["clock_fn"],
            "[capabilities]\nrequired = [\"clock\", \"log\"]\noptional = [\"random\"]",
        ),
        Fault::None,
    );
    let denied = plugin(&manifest_text("com.evil.miner", "1.0.0", &["mine"], ""), Fault::None);
    let optional_only = plugin(
        &manifest_text("com.x.opt", "1.0.0", &["opt_fn"], "[capabilities]\noptional = [\"random\"]"),
        Fault::None,
    );
    let policy = Policy::from_toml_str("[plugins.\"com.evil.miner\"]\ndeny = true\n").unwrap();
    let (_host, report) = PluginHost::builder()
        .native(wants_clock)
        .native(denied)
        .native(optional_only)
        .policy(policy)
        .load_all()
        .unwrap();
    let message = failure(&report, "com.x.clocky");
    assert!(message.contains("failed at policy: required capabilities not granted: `clock`"), "{message}");
    assert!(message.contains("[plugins.\"com.x.clocky\"] grant"), "{message}");
    assert!(failure(&report, "com.evil.miner").contains("deny = true"));
    assert_eq!(outcome(&report, "com.x.opt"), &LoadOutcome::Active { generation: 1 });
}

#[test]
fn native_code_asking_for_an_ungranted_env_var_gets_an_error() {
    let prober =
        plugin(&manifest_text("com.x.probe", "1.0.0", &["probe_fn"], "[config]\nprobe_env = true"), Fault::None);
    let (_host, report) = PluginHost::builder().native(prober).load_all().unwrap();
    let message = failure(&report, "com.x.probe");
    assert!(message.contains("not granted `env:HOME`"), "{message}");
}

#[test]
fn dependency_errors_name_versions_and_cycles() {
    let old = plugin(&manifest_text("com.x.lib", "1.4.0", &["lib_fn"], ""), Fault::None);
    let picky = plugin(
        &manifest_text("com.x.picky", "1.0.0", &["picky_fn"], "[dependencies]\n\"com.x.lib\" = \"^2\""),
        Fault::None,
    );
    let a = plugin(&manifest_text("com.x.a", "1.0.0", &[], "[dependencies]\n\"com.x.b\" = \"*\""), Fault::None);
    let b = plugin(&manifest_text("com.x.b", "1.0.0", &[], "[dependencies]\n\"com.x.a\" = \"*\""), Fault::None);
    let (_host, report) = PluginHost::builder().native(old).native(picky).native(a).native(b).load_all().unwrap();
    assert!(failure(&report, "com.x.picky").contains("depends on `com.x.lib` ^2, but version 1.4.0 is available"));
    assert!(failure(&report, "com.x.a").contains("dependency cycle: com.x.a -> com.x.b -> com.x.a"));
}

#[test]
fn plugin_dirs_are_discovered_and_skips_are_reported() {
    let root = TempDir::new("dirs");
    root.write("geo/uniplugin.toml", &manifest_text("com.x.geo", "1.0.0", &["geo_fn"], "[config]\ndelta = 5"));
    root.write("bad/uniplugin.toml", "[plugin]\nid = \"Bad\"\n");
    root.write(
        "wasmy/uniplugin.json",
        r#"{"plugin": {"id": "com.x.wasmy", "version": "1.0.0", "abi": "^0.1", "kind": "wasm", "entry": "w.wasm"}}"#,
    );
    root.write("unlinked/uniplugin.toml", &manifest_text("com.x.unlinked", "1.0.0", &[], ""));
    root.write("empty/README", "nothing here");
    let linked = plugin(&manifest_text("com.x.geo", "1.0.0", &["geo_fn"], ""), Fault::None);
    let (host, report) = PluginHost::builder().plugin_dir(&root.0).native(linked).load_all().unwrap();
    // The directory's manifest (with its config) wins over the embedded one.
    assert_eq!(call(host.registry(), "geo_fn", 1).unwrap().unwrap(), 6);
    assert!(
        report
            .failures()
            .any(|s| matches!(&s.outcome, LoadOutcome::Failed(HostError::Load { step: LoadStep::Manifest, .. })))
    );
    assert!(failure(&report, "com.x.wasmy").contains("cannot read component"));
    assert!(failure(&report, "com.x.wasmy").contains("uniplug build"));
    assert!(failure(&report, "com.x.unlinked").contains("no native plugin `com.x.unlinked` is linked"));
    assert!(report.skipped.iter().any(|(dir, reason)| dir.ends_with("empty") && reason.contains("no uniplugin.toml")));
    let text = report.to_string();
    assert!(text.contains("active  com.x.geo 1.0.0 (generation 1)"), "{text}");
}

#[test]
fn a_plugin_refused_at_publish_after_init_is_shut_down() {
    // Both export `same`: the second is initialized, then its publication
    // fails on the name; it must get its `shutdown` like any retired code.
    let first = plugin(&manifest_text("com.x.first", "1.0.0", &["same"], ""), Fault::None);
    let second = plugin(&manifest_text("com.x.second", "1.0.0", &["same"], ""), Fault::None);
    let shutdowns = second.shutdowns.clone();
    let (host, report) = PluginHost::builder().native(first).native(second).load_all().unwrap();
    let failure = report.plugins.iter().find(|status| status.plugin == "com.x.second").unwrap();
    match &failure.outcome {
        LoadOutcome::Failed(error @ HostError::Load { step: LoadStep::Publish, .. }) => {
            assert!(error.to_string().contains("same"), "{error}");
        }
        other => panic!("expected a publish failure, got {other:?}"),
    }
    assert_eq!(shutdowns.load(std::sync::atomic::Ordering::SeqCst), 1, "shutdown after a failed publish");
    assert_eq!(host.plugins(), vec!["com.x.first".parse().unwrap()]);
}
