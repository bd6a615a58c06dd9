//! Jobs run on schedule, never overlap, and stop on unload and reload.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use uni_plugin::{CallError, Job, JobContext, Plugin, PluginError, PluginManifest, Registrar};
use uni_plugin_host::PluginHost;

#[derive(Default)]
struct Counters {
    runs: AtomicUsize,
    running: AtomicUsize,
    max_running: AtomicUsize,
    cron_runs: AtomicUsize,
}

/// Takes longer than its interval, to provoke overlaps.
struct Slow(Arc<Counters>);

impl Job for Slow {
    fn run(&self, context: &JobContext) -> Result<(), CallError> {
        let now_running = self.0.running.fetch_add(1, Ordering::SeqCst) + 1;
        self.0.max_running.fetch_max(now_running, Ordering::SeqCst);
        let started = Instant::now();
        while started.elapsed() < Duration::from_millis(30) && !context.is_cancelled() {
            std::thread::sleep(Duration::from_millis(2));
        }
        self.0.running.fetch_sub(1, Ordering::SeqCst);
        self.0.runs.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }
}

struct EverySecond(Arc<Counters>);

impl Job for EverySecond {
    fn run(&self, _context: &JobContext) -> Result<(), CallError> {
        self.0.cron_runs.fetch_add(1, Ordering::SeqCst);
        Err(CallError::failed("failures are logged, the schedule goes on"))
    }
}

struct Scheduled {
    manifest: PluginManifest,
    counters: Arc<Counters>,
}

impl Plugin for Scheduled {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }
    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar.job("slow", Slow(self.counters.clone()));
        registrar.job("tick", EverySecond(self.counters.clone()));
        Ok(())
    }
}

#[test]
fn jobs_run_without_overlap_and_stop_on_unload() {
    let manifest = PluginManifest::from_toml_str(
        r#"
        [plugin]
        id = "com.x.jobs"
        version = "1.0.0"
        abi = "^0.1"
        kind = "native"
        entry = "jobs"

        [[jobs]]
        name = "slow"
        every = "10ms"
        handler = "slow"

        [[jobs]]
        name = "tick"
        schedule = "* * * * * *"
        handler = "tick"
        "#,
    )
    .unwrap();
    let counters = Arc::new(Counters::default());
    let (host, _) =
        PluginHost::builder().native(Scheduled { manifest, counters: counters.clone() }).load_all().unwrap();
    let id = "com.x.jobs".parse().unwrap();

    let deadline = Instant::now() + Duration::from_secs(5);
    while (counters.runs.load(Ordering::SeqCst) < 4 || counters.cron_runs.load(Ordering::SeqCst) < 1)
        && Instant::now() < deadline
    {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(counters.runs.load(Ordering::SeqCst) >= 4, "the every-10ms job ran");
    assert!(counters.cron_runs.load(Ordering::SeqCst) >= 1, "the cron job ran");
    assert_eq!(counters.max_running.load(Ordering::SeqCst), 1, "never two instances at once");

    // A reload restarts the schedule on the new generation.
    host.reload(&id).unwrap();
    let after_reload = counters.runs.load(Ordering::SeqCst);
    let deadline = Instant::now() + Duration::from_secs(5);
    while counters.runs.load(Ordering::SeqCst) <= after_reload + 1 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(counters.runs.load(Ordering::SeqCst) > after_reload + 1);
    assert_eq!(counters.max_running.load(Ordering::SeqCst), 1, "old and new generation never overlap");

    host.unload(&id).unwrap();
    std::thread::sleep(Duration::from_millis(60));
    let stopped_at = counters.runs.load(Ordering::SeqCst);
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(counters.runs.load(Ordering::SeqCst), stopped_at, "no runs after unload");
}
