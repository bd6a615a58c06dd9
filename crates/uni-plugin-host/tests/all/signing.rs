//! Signatures: library API, and `require_signed` on every load path
//! (startup and reload).

use std::time::Duration;

use uni_plugin::PluginId;
use uni_plugin_host::signing::{KeyPair, PublicKey, SignatureError, sign_plugin_dir, verify_plugin_dir};
use uni_plugin_host::{HostError, LoadOutcome, LoadStep, PluginHost};

use crate::support::{Fault, TempDir, call, manifest_text, plugin};

#[test]
fn keys_print_and_parse() {
    let keys = KeyPair::generate().unwrap();
    let public = keys.public();
    assert_eq!(PublicKey::parse(&public.to_string()).unwrap(), public);
    assert_eq!(KeyPair::parse(&keys.secret_text()).unwrap().public(), public);
    assert_eq!(public.key_id().len(), 16);
    assert!(PublicKey::parse("ed25519:not-base64!").unwrap_err().to_string().contains("base64"));
    assert!(PublicKey::parse("rsa:AAAA").unwrap_err().to_string().contains("ed25519:<base64>"));
}

#[test]
fn any_changed_byte_of_manifest_or_artifact_breaks_the_signature() {
    let root = TempDir::new("sign");
    let manifest =
        "[plugin]\nid = \"com.x.w\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"wasm\"\nentry = \"w.wasm\"\n";
    root.write("uniplugin.toml", manifest);
    root.write("w.wasm", "\0asm fake component bytes");
    let keys = KeyPair::generate().unwrap();
    let other = KeyPair::generate().unwrap();
    let dir = root.0.clone();

    assert!(matches!(verify_plugin_dir(&dir, &[keys.public()]), Err(SignatureError::Unsigned { .. })));
    sign_plugin_dir(&dir, &keys).unwrap();
    assert_eq!(verify_plugin_dir(&dir, &[other.public(), keys.public()]).unwrap().key_id, keys.public().key_id());
    let untrusted = verify_plugin_dir(&dir, &[other.public()]).unwrap_err();
    assert!(untrusted.to_string().contains("not in the policy's `trusted_keys`"), "{untrusted}");

    root.write("w.wasm", "\0asm fake component bytez");
    assert!(matches!(verify_plugin_dir(&dir, &[keys.public()]), Err(SignatureError::Tampered { .. })));
    root.write("w.wasm", "\0asm fake component bytes");
    verify_plugin_dir(&dir, &[keys.public()]).unwrap();

    root.write("uniplugin.toml", &manifest.replace("1.0.0", "1.0.1"));
    let tampered = verify_plugin_dir(&dir, &[keys.public()]).unwrap_err();
    assert!(tampered.to_string().contains("modified after signing"), "{tampered}");

    root.write("uniplugin.sig", "version = 1\nkey_id = 3\n");
    assert!(matches!(verify_plugin_dir(&dir, &[keys.public()]), Err(SignatureError::Invalid(_))));
}

struct Setup {
    root: TempDir,
    keys: KeyPair,
    stranger: KeyPair,
}

fn setup() -> Setup {
    let root = TempDir::new("signed-host");
    let keys = KeyPair::generate().unwrap();
    root.write("keys/trusted.pub", &keys.public().to_string());
    root.write("uniplug.policy.toml", "require_signed = true\ntrusted_keys = [\"keys/trusted.pub\"]\n");
    for name in ["good", "unsigned", "stranger", "tampered"] {
        root.write(
            &format!("plugins/{name}/uniplugin.toml"),
            &manifest_text(&format!("com.x.{name}"), "1.0.0", &[&format!("{name}_fn")], ""),
        );
    }
    let stranger = KeyPair::generate().unwrap();
    sign_plugin_dir(&root.0.join("plugins/good"), &keys).unwrap();
    sign_plugin_dir(&root.0.join("plugins/stranger"), &stranger).unwrap();
    sign_plugin_dir(&root.0.join("plugins/tampered"), &keys).unwrap();
    root.write(
        "plugins/tampered/uniplugin.toml",
        &manifest_text("com.x.tampered", "1.0.0", &["tampered_fn"], "# one more line"),
    );
    Setup { root, keys, stranger }
}

fn host(setup: &Setup) -> (PluginHost, uni_plugin_host::LoadReport) {
    let mut builder = PluginHost::builder()
        .plugin_dir(setup.root.0.join("plugins"))
        .policy_file(setup.root.0.join("uniplug.policy.toml"))
        .drain_timeout(Duration::from_secs(5));
    for name in ["good", "unsigned", "stranger", "tampered"] {
        builder = builder.native(plugin(
            &manifest_text(&format!("com.x.{name}"), "1.0.0", &[&format!("{name}_fn")], ""),
            Fault::None,
        ));
    }
    builder.load_all().unwrap()
}

fn signature_failure(report: &uni_plugin_host::LoadReport, plugin: &str) -> String {
    let status = report.plugins.iter().find(|s| s.plugin == plugin).unwrap();
    match &status.outcome {
        LoadOutcome::Failed(error @ HostError::Load { step: LoadStep::Signature, .. }) => error.to_string(),
        other => panic!("{plugin}: expected a signature failure, got {other:?}"),
    }
}

#[test]
fn startup_refuses_unsigned_untrusted_and_tampered_plugins() {
    let setup = setup();
    let (host, report) = host(&setup);
    assert!(matches!(
        report.plugins.iter().find(|s| s.plugin == "com.x.good").unwrap().outcome,
        LoadOutcome::Active { .. }
    ));
    assert_eq!(host.signed_by(&"com.x.good".parse().unwrap()), Some(setup.keys.public().key_id()));
    assert!(signature_failure(&report, "com.x.unsigned").contains("is not signed"));
    assert!(signature_failure(&report, "com.x.stranger").contains(&setup.stranger.public().key_id()));
    assert!(signature_failure(&report, "com.x.tampered").contains("modified after signing"));
    assert!(call(host.registry(), "good_fn", 1).is_some());
    assert!(call(host.registry(), "unsigned_fn", 1).is_none());
}

#[test]
fn reload_refuses_unsigned_untrusted_and_tampered_updates() {
    let setup = setup();
    let (host, _) = host(&setup);
    let id: PluginId = "com.x.good".parse().unwrap();
    let dir = setup.root.0.join("plugins/good");
    let update = manifest_text("com.x.good", "1.1.0", &["good_fn"], "[config]\ndelta = 7");

    // Changed without re-signing.
    setup.root.write("plugins/good/uniplugin.toml", &update);
    let error = host.reload(&id).unwrap_err();
    assert!(matches!(&error, HostError::Load { step: LoadStep::Signature, .. }), "{error}");
    // Re-signed by a key the policy does not trust.
    sign_plugin_dir(&dir, &setup.stranger).unwrap();
    assert!(host.reload(&id).unwrap_err().to_string().contains("not in the policy's `trusted_keys`"));
    // Signature removed.
    std::fs::remove_file(dir.join("uniplugin.sig")).unwrap();
    assert!(host.reload(&id).unwrap_err().to_string().contains("is not signed"));
    assert_eq!(call(host.registry(), "good_fn", 1).unwrap().unwrap(), 1, "old generation untouched");

    // Signed properly: accepted.
    sign_plugin_dir(&dir, &setup.keys).unwrap();
    host.reload(&id).unwrap();
    assert_eq!(call(host.registry(), "good_fn", 1).unwrap().unwrap(), 8);
}

#[test]
fn watch_mode_refuses_an_unsigned_change() {
    let setup = setup();
    let (host, _) = host(&setup);
    let host = std::sync::Arc::new(host);
    let (sender, events) = std::sync::mpsc::channel();
    let _watch = host.watch(Duration::from_millis(50), sender).unwrap();
    setup.root.write(
        "plugins/good/uniplugin.toml",
        &manifest_text("com.x.good", "1.2.0", &["good_fn"], "[config]\ndelta = 9"),
    );
    let event = events.recv_timeout(Duration::from_secs(10)).expect("a reload attempt");
    assert!(matches!(&event.outcome, Err(HostError::Load { step: LoadStep::Signature, .. })), "{:?}", event.outcome);
    assert_eq!(call(host.registry(), "good_fn", 1).unwrap().unwrap(), 1);
}

#[test]
fn the_digest_a_generation_carries_is_the_one_the_signature_covers() {
    let setup = setup();
    let (host, _) = host(&setup);
    let id: PluginId = "com.x.good".parse().unwrap();
    let signed = uni_plugin_host::PluginFiles::read(&setup.root.0.join("plugins/good"), u64::MAX).unwrap();
    assert_eq!(host.digest(&id), Some(signed.digest));
    assert_eq!(host.signed_by(&id), Some(setup.keys.public().key_id()));
}

#[cfg(unix)]
#[test]
fn a_fifo_or_device_in_a_plugin_dir_is_refused_within_a_second() {
    // A FIFO could serve the signed bytes to one read and other bytes to the
    // next (or hang startup); `/dev/zero` would read forever.
    let setup = setup();
    let dir = setup.root.0.join("plugins/good");
    std::fs::remove_file(dir.join("uniplugin.toml")).unwrap();
    assert!(std::process::Command::new("mkfifo").arg(dir.join("uniplugin.toml")).status().unwrap().success());
    let wasm = setup.root.0.join("plugins/zero");
    std::fs::create_dir_all(&wasm).unwrap();
    setup.root.write(
        "plugins/zero/uniplugin.toml",
        "[plugin]\nid = \"com.x.zero\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"wasm\"\nentry = \"z.wasm\"\n",
    );
    std::os::unix::fs::symlink("/dev/zero", wasm.join("z.wasm")).unwrap();
    let started = std::time::Instant::now();
    let (_host, report) = host(&setup);
    assert!(started.elapsed() < Duration::from_secs(1), "took {:?}", started.elapsed());
    let text = report.to_string();
    assert!(text.contains("not a regular file") || text.contains("outside the plugin directory"), "{text}");
    assert!(text.contains("plugins/good/uniplugin.toml") && text.contains("com.x.zero"), "{text}");
}

#[test]
fn a_rollback_reports_the_signer_of_the_generation_it_restores() {
    let root = TempDir::new("signed-rollback");
    let (first, second) = (KeyPair::generate().unwrap(), KeyPair::generate().unwrap());
    root.write("keys/first.pub", &first.public().to_string());
    root.write("keys/second.pub", &second.public().to_string());
    root.write(
        "uniplug.policy.toml",
        "require_signed = true\ntrusted_keys = [\"keys/first.pub\", \"keys/second.pub\"]\n",
    );
    let dir = root.0.join("plugins/good");
    root.write("plugins/good/uniplugin.toml", &manifest_text("com.x.good", "1.0.0", &["good_fn"], ""));
    sign_plugin_dir(&dir, &first).unwrap();
    let (host, report) = PluginHost::builder()
        .plugin_dir(root.0.join("plugins"))
        .policy_file(root.0.join("uniplug.policy.toml"))
        .native(plugin(&manifest_text("com.x.good", "1.0.0", &["good_fn"], ""), Fault::None))
        .load_all()
        .unwrap();
    assert_eq!(report.failures().count(), 0);
    let id: PluginId = "com.x.good".parse().unwrap();
    assert_eq!(host.signed_by(&id), Some(first.public().key_id()));

    root.write("plugins/good/uniplugin.toml", &manifest_text("com.x.good", "1.1.0", &["good_fn"], ""));
    sign_plugin_dir(&dir, &second).unwrap();
    host.reload(&id).unwrap();
    assert_eq!(host.signed_by(&id), Some(second.public().key_id()));

    host.rollback(&id).unwrap();
    assert_eq!(host.generation(&id).unwrap().manifest().plugin.version.to_string(), "1.0.0");
    assert_eq!(host.signed_by(&id), Some(first.public().key_id()), "the restored generation's signer");
}
