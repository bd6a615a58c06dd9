//! What the stock host offers behind `secret:NAME` and `random`: the
//! policy's `[secrets]` store and the OS's randomness, for native and wasm
//! plugins alike; refused without the grant; no secret value in any log line.

use std::io::Write;
use std::sync::{Arc, Mutex};

use arrow_array::cast::AsArray;
use arrow_array::{ArrayRef, StringArray};
use uni_plugin::{Plugin, PluginContext, PluginError, PluginManifest, Registrar};
use uni_plugin_host::{PluginHost, Policy};

use crate::support::{TempDir, manifest_text};

const VALUE: &str = "s3cr3t-value-never-logged";

/// What a native plugin saw in its `init`.
#[derive(Default, Debug)]
struct Seen {
    secret: Option<Result<Option<String>, String>>,
    random: Option<Result<[u8; 32], String>>,
}

struct Curious {
    manifest: PluginManifest,
    seen: Arc<Mutex<Seen>>,
}

impl Plugin for Curious {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }
    fn register(&self, _registrar: &mut Registrar) -> Result<(), PluginError> {
        Ok(())
    }
    fn init(&self, context: &PluginContext) -> Result<(), PluginError> {
        let mut seen = self.seen.lock().unwrap();
        seen.secret = Some(context.secret("api-key").map_err(|e| e.to_string()));
        let mut bytes = [0u8; 32];
        seen.random = Some(context.random_bytes(&mut bytes).map(|()| bytes).map_err(|e| e.to_string()));
        Ok(())
    }
}

/// A policy file whose `[secrets]` reads `api-key` from a 0600 file.
fn policy_dir(grants: &str) -> TempDir {
    let root = TempDir::new("secrets");
    let key = root.write("api-key.txt", &format!("{VALUE}\n"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    root.write(
        "uniplug.policy.toml",
        &format!(
            "[defaults]\ngrant = [\"log\"]\n\n[plugins.\"com.x.curious\"]\ngrant = [{grants}]\n\n[plugins.\"test.secretive\"]\ngrant = [{grants}]\n\n[secrets]\napi-key = {{ file = \"api-key.txt\" }}\n"
        ),
    );
    root
}

fn curious(root: &TempDir) -> (PluginHost, Arc<Mutex<Seen>>) {
    let text =
        manifest_text("com.x.curious", "1.0.0", &[], "[capabilities]\noptional = [\"secret:api-key\", \"random\"]");
    let seen = Arc::new(Mutex::new(Seen::default()));
    let manifest = PluginManifest::from_toml_str(&text).unwrap();
    let (host, report) = PluginHost::builder()
        .policy_file(root.0.join("uniplug.policy.toml"))
        .native(Curious { manifest, seen: seen.clone() })
        .load_all()
        .unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    (host, seen)
}

/// The secretive test guest under `root`'s policy, with its own compile
/// cache (kept alive with the host).
fn secretive(root: &TempDir) -> (PluginHost, TempDir) {
    let cache = TempDir::new("secretive-cache");
    let (host, report) = PluginHost::builder()
        .plugin_dir(uni_plugin_guests::GUEST_SECRETIVE_DIR)
        .policy_file(root.0.join("uniplug.policy.toml"))
        .compile_cache(&cache.0)
        .load_all()
        .unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    (host, cache)
}

/// Every log line at every level while `run` runs on this thread.
fn captured_logs(run: impl FnOnce()) -> String {
    #[derive(Clone)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);
    impl Write for Buffer {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let buffer = Buffer(Arc::default());
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::with_default(subscriber, run);
    let bytes = buffer.0.lock().unwrap().clone();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn a_native_plugin_reads_granted_secrets_and_real_randomness() {
    let root = policy_dir("\"secret:api-key\", \"random\"");
    let mut seen = None;
    let logs = captured_logs(|| {
        tracing::trace!("capturing");
        seen = Some(curious(&root));
    });
    let (_host, seen) = seen.unwrap();
    let seen = seen.lock().unwrap();
    assert_eq!(seen.secret, Some(Ok(Some(VALUE.to_owned()))));
    let random = seen.random.clone().unwrap().expect("random bytes");
    assert_ne!(random, [0u8; 32], "the OS's randomness, not zeros");
    assert!(logs.contains("capturing"), "the capture works: {logs}");
    assert!(!logs.contains(VALUE), "a secret value reached the log:\n{logs}");
}

#[test]
fn without_the_grants_a_native_plugin_is_refused_both() {
    let root = policy_dir("");
    let (_host, seen) = curious(&root);
    let seen = seen.lock().unwrap();
    let secret = seen.secret.clone().unwrap().unwrap_err();
    assert!(secret.contains("not granted `secret:api-key`"), "{secret}");
    let random = seen.random.clone().unwrap().unwrap_err();
    assert!(random.contains("not granted `random`"), "{random}");
}

#[test]
fn a_wasm_plugin_reads_granted_secrets_from_the_policy_store() {
    let root = policy_dir("\"secret:api-key\"");
    let mut answer = String::new();
    let logs = captured_logs(|| {
        let (host, _cache) = secretive(&root);
        let peek = host.registry().lookup("peek").unwrap();
        let name: ArrayRef = Arc::new(StringArray::from(vec!["api-key", "other"]));
        let out = peek.scalar().unwrap().invoke(&[name], 2).unwrap();
        answer = format!("{} | {}", out.as_string::<i32>().value(0), out.as_string::<i32>().value(1));
    });
    assert!(answer.starts_with(&format!("{VALUE} | ")), "{answer}");
    assert!(answer.contains("not granted"), "{answer}");
    assert!(!logs.contains(VALUE), "a secret value reached the log:\n{logs}");
}

#[test]
fn a_policy_secret_source_that_fails_names_the_secret_not_a_value() {
    let root = policy_dir("\"secret:api-key\"");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let key = root.0.join("api-key.txt");
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let policy = Policy::from_path(&root.0.join("uniplug.policy.toml")).unwrap();
    let error = policy.secrets().get("api-key").unwrap_err().to_string();
    assert!(error.contains("secret `api-key`") && !error.contains(VALUE), "{error}");
}

/// `dice` from the secretive guest, twice, under a policy granting `grants`.
fn wasm_dice(grants: &str) -> (String, String) {
    let root = policy_dir(grants);
    let (host, _cache) = secretive(&root);
    let dice = host.registry().lookup("dice").unwrap();
    let roll = || {
        let one: ArrayRef = Arc::new(arrow_array::Int64Array::from(vec![1]));
        dice.scalar().unwrap().invoke(&[one], 1).unwrap().as_string::<i32>().value(0).to_owned()
    };
    (roll(), roll())
}

#[test]
fn a_wasm_plugin_granted_random_gets_real_randomness_and_without_it_a_fixed_seed() {
    let (first, second) = wasm_dice("\"secret:api-key\", \"random\"");
    assert_eq!(first.len(), 32, "{first}");
    assert_ne!(first, second, "two draws of real randomness");
    // Not granted: the sandbox answers WASI's random with a fixed seed, so
    // a fresh host draws the same bytes again (documented in docs/policy.md).
    let (fixed, _) = wasm_dice("\"secret:api-key\"");
    let (again, _) = wasm_dice("\"secret:api-key\"");
    assert_eq!(fixed, again);
    assert_ne!(fixed, first);
}
