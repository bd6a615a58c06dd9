//! The job scheduler: runs each active plugin's `[[jobs]]` on their schedule.
//!
//! Each job is one task on a small tokio runtime owned by the host. A run
//! happens on the blocking pool (plugin code may block) and the next one is
//! scheduled only after it returns, so two instances of one job never overlap;
//! ticks missed meanwhile are skipped, not queued. A run pins a registry
//! snapshot, so the generation it runs on cannot drain and shut down under
//! it. Unloading or reloading a plugin cancels its jobs: the sleeping task
//! wakes at once, and a running one sees `JobContext::is_cancelled`.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::sync::Notify;
use uni_plugin::manifest::Schedule;
use uni_plugin::{Generation, JobContext, PluginId, Registry};

struct RunningJobs {
    cancelled: Arc<AtomicBool>,
    wake: Arc<Notify>,
}

/// Runs jobs; one per host, started lazily.
pub(crate) struct JobScheduler {
    runtime: Mutex<Option<tokio::runtime::Runtime>>,
    running: Mutex<BTreeMap<PluginId, RunningJobs>>,
    /// One lock per (plugin, job), shared across generations, so a run of the
    /// new generation waits for a cancelled run of the old one to return.
    exclusive: Mutex<BTreeMap<(PluginId, String), RunLock>>,
}

/// Held while one run of a job executes.
type RunLock = Arc<tokio::sync::Mutex<()>>;

fn unix_now() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

/// How long to wait before the next run, given when the previous one was due.
fn next_wait(schedule: &Schedule, previous_due: Option<Duration>) -> Option<(Duration, Duration)> {
    let now = unix_now();
    let due = match schedule {
        Schedule::Every(every) => {
            let due = previous_due.map_or(now + every.get(), |previous| previous + every.get());
            // Overran: skip the missed ticks.
            if due < now { now + every.get() } else { due }
        }
        Schedule::Cron(cron) => {
            let next = cron.next_after(i64::try_from(now.as_secs()).ok()?)?;
            Duration::from_secs(u64::try_from(next).ok()?)
        }
    };
    Some((due.saturating_sub(now), due))
}

impl JobScheduler {
    pub(crate) fn new() -> JobScheduler {
        JobScheduler {
            runtime: Mutex::new(None),
            running: Mutex::new(BTreeMap::new()),
            exclusive: Mutex::new(BTreeMap::new()),
        }
    }

    fn handle(&self) -> Option<tokio::runtime::Handle> {
        let mut runtime = self.runtime.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if runtime.is_none() {
            match tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .max_blocking_threads(8)
                .thread_name("uni-plugin-jobs")
                .enable_time()
                .build()
            {
                Ok(built) => *runtime = Some(built),
                Err(error) => {
                    tracing::error!("cannot start the job scheduler: {error}");
                    return None;
                }
            }
        }
        runtime.as_ref().map(|runtime| runtime.handle().clone())
    }

    /// Starts `generation`'s jobs (after it became active).
    pub(crate) fn start(&self, registry: &Arc<Registry>, generation: &Arc<Generation>) {
        if generation.surface().jobs.is_empty() {
            return;
        }
        let Some(handle) = self.handle() else { return };
        let plugin = generation.plugin_id().clone();
        let cancelled = Arc::new(AtomicBool::new(false));
        let wake = Arc::new(Notify::new());
        for (decl, job) in &generation.surface().jobs {
            let (decl, job) = (decl.clone(), job.clone());
            let (registry, generation) = (registry.clone(), generation.clone());
            let (cancelled, wake, plugin) = (cancelled.clone(), wake.clone(), plugin.clone());
            let exclusive = self
                .exclusive
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .entry((plugin.clone(), decl.name.clone()))
                .or_default()
                .clone();
            handle.spawn(async move {
                let mut previous_due = None;
                loop {
                    let Some((wait, due)) = next_wait(&decl.schedule, previous_due) else {
                        tracing::warn!(plugin = %plugin, job = %decl.name, "schedule never fires again; job stopped");
                        return;
                    };
                    previous_due = Some(due);
                    tokio::select! {
                        () = tokio::time::sleep(wait) => {}
                        () = wake.notified() => {}
                    }
                    let one_at_a_time = exclusive.lock().await;
                    if cancelled.load(Ordering::Acquire) {
                        return;
                    }
                    // Pin the snapshot that holds this generation for the run.
                    let snapshot = registry.snapshot();
                    if !snapshot.generation(&plugin).is_some_and(|active| Arc::ptr_eq(active, &generation)) {
                        return;
                    }
                    let context = JobContext::new(
                        plugin.clone(),
                        decl.name.clone(),
                        i64::try_from(due.as_millis()).unwrap_or(i64::MAX),
                        cancelled.clone(),
                    );
                    let job = job.clone();
                    let outcome = tokio::task::spawn_blocking(move || {
                        let result = job.run(&context);
                        drop(snapshot);
                        result
                    })
                    .await;
                    drop(one_at_a_time);
                    match outcome {
                        Ok(Ok(())) => {}
                        Ok(Err(error)) => tracing::warn!(plugin = %plugin, job = %decl.name, "job failed: {error}"),
                        Err(error) => tracing::error!(plugin = %plugin, job = %decl.name, "job task failed: {error}"),
                    }
                }
            });
        }
        let previous = self
            .running
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(plugin, RunningJobs { cancelled, wake });
        if let Some(previous) = previous {
            cancel(&previous);
        }
    }

    /// Cancels `plugin`'s jobs.
    pub(crate) fn stop(&self, plugin: &PluginId) {
        if let Some(running) = self.running.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).remove(plugin) {
            cancel(&running);
        }
    }

    /// Cancels everything and stops the runtime without waiting for running
    /// jobs (they see the cancellation flag).
    pub(crate) fn shutdown(&self) {
        let running = std::mem::take(&mut *self.running.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
        running.values().for_each(cancel);
        if let Some(runtime) = self.runtime.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take() {
            runtime.shutdown_background();
        }
    }
}

fn cancel(running: &RunningJobs) {
    running.cancelled.store(true, Ordering::Release);
    running.wake.notify_waiters();
}
