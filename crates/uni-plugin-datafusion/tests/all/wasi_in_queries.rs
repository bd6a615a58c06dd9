//! Wasm plugins that use WASI (stdout and stderr, files, sleeps, panics)
//! inside a running query, on both kinds of tokio runtime: the guest's
//! waits in the host must not need the query's runtime thread, and what it
//! prints reaches the log only with the `log` grant.

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

use datafusion::arrow::array::{AsArray, RecordBatch};
use datafusion::arrow::datatypes::Int64Type;
use uni_plugin_datafusion::PluginSession;
use uni_plugin_host::{PluginHost, Policy};

/// Everything logged in this test process, from any thread.
fn captured() -> &'static Mutex<Vec<u8>> {
    static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOG.get_or_init(|| {
        let buffer: Arc<Mutex<Vec<u8>>> = Arc::default();
        #[derive(Clone)]
        struct Writer(Arc<Mutex<Vec<u8>>>);
        impl Write for Writer {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                self.0.lock().unwrap().extend_from_slice(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let writer = Writer(buffer.clone());
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("no other subscriber in this test binary");
        buffer
    })
}

fn logged() -> String {
    String::from_utf8_lossy(&captured().lock().unwrap()).into_owned()
}

/// The hostile guest copied to a directory with a `granted/` data folder.
fn hostile_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(uni_plugin_guests::GUEST_HOSTILE_DIR);
    for file in ["uniplugin.toml", "hostile.wasm"] {
        std::fs::copy(from.join(file), dir.path().join(file)).unwrap();
    }
    std::fs::create_dir(dir.path().join("granted")).unwrap();
    std::fs::write(dir.path().join("granted/allowed.txt"), "inside").unwrap();
    dir
}

fn session(plugin: &Path, grants: &str, cache: &Path) -> PluginSession {
    let policy = Policy::from_toml_str(&format!(
        "[defaults]\ngrant = []\n\n[plugins.\"test.hostile\"]\ngrant = [{grants}]\ntimeout = \"5s\"\n"
    ))
    .unwrap();
    let (session, report) = PluginSession::load_replacing_builtins(
        PluginHost::builder().policy(policy).compile_cache(cache).plugin_dir(plugin),
    )
    .unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    session
}

fn first_text(batches: &[RecordBatch]) -> String {
    batches[0].column(0).as_string::<i32>().value(0).to_owned()
}

fn first_int(batches: &[RecordBatch]) -> i64 {
    batches[0].column(0).as_primitive::<Int64Type>().value(0)
}

/// Runs every WASI-touching function through SQL on `runtime`.
fn exercise(runtime: tokio::runtime::Runtime, flavor: &str) {
    let _ = captured();
    let plugin = hostile_copy();
    let cache = tempfile::tempdir().unwrap();
    let marker = format!("marker-{flavor}-{}", std::process::id());
    runtime.block_on(async {
        let session = session(plugin.path(), "\"fs-read:granted\", \"clock\", \"log\"", cache.path());
        let shouted = session.sql(&format!("SELECT shout('{marker}')")).await.unwrap();
        assert_eq!(first_int(&shouted), marker.len() as i64, "{flavor}");
        let read = session.sql("SELECT read_file('granted/allowed.txt')").await.unwrap();
        assert_eq!(first_text(&read), "ok: inside", "{flavor}");
        let slept = session.sql("SELECT sleep(1)").await.unwrap();
        assert_eq!(first_int(&slept), 1, "{flavor}");
        let error = session.sql("SELECT boom(7)").await.unwrap_err().to_string();
        assert!(error.contains("boom at 7"), "{flavor}: {error}");
        // Many rows, many prints, on every partition at once.
        let many =
            session.sql(&format!("SELECT sum(shout('{marker}-' || value)) FROM generate_series(1, 50)")).await.unwrap();
        assert!(first_int(&many) > 0, "{flavor}");
    });
    let log = logged();
    for stream in ["out", "err"] {
        assert!(log.contains(&format!("{stream}: {marker}")), "{flavor}: {stream} missing from the log:\n{log}");
    }

    // Without `log`, nothing the guest prints reaches the log.
    let silent = format!("silent-{flavor}-{}", std::process::id());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let session = session(plugin.path(), "", cache.path());
        let shouted = session.sql(&format!("SELECT shout('{silent}')")).await.unwrap();
        assert_eq!(first_int(&shouted), silent.len() as i64);
    });
    let log = logged();
    for stream in ["out", "err"] {
        let needle = format!("{stream}: {silent}");
        let lines: Vec<&str> = log.lines().filter(|line| line.contains(&needle)).collect();
        assert!(lines.is_empty(), "{flavor}: {stream} printed without the `log` grant: {lines:#?}");
    }
}

#[test]
fn wasi_works_inside_queries_on_a_multi_thread_runtime() {
    exercise(tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap(), "multi");
}

#[test]
fn wasi_works_inside_queries_on_a_current_thread_runtime() {
    exercise(tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap(), "current");
}
