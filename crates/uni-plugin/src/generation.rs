//! [`Generation`]: one loaded instance of a plugin, with its in-flight count
//! and the drain that waits for it to reach zero.
//!
//! Every call holds an in-flight guard on the generation it runs on. After a
//! registry swap the old generation is *closed* (no new guards) and drained:
//! [`Generation::drain`] returns when the last guard drops, woken by that drop
//! rather than by polling. Closing and acquiring use the Dekker pattern on two
//! sequentially consistent atomics, so an acquire racing a close either
//! completes before the drain counts it or backs off and retries on the new
//! generation: no call is ever lost or run on a shut-down plugin.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use crate::id::PluginId;
use crate::lifecycle::{LifecycleError, LifecycleState, PluginLifecycle};
use crate::manifest::PluginManifest;
use crate::registrar::PluginSurface;
use crate::surface::Plugin;

type DrainCallback = Box<dyn FnOnce() + Send>;

/// One generation of one plugin: its code, its surface and its lifecycle.
pub struct Generation {
    plugin_id: PluginId,
    number: u64,
    manifest: Arc<PluginManifest>,
    plugin: Arc<dyn Plugin>,
    surface: PluginSurface,
    lifecycle: PluginLifecycle,
    in_flight: AtomicUsize,
    closed: AtomicBool,
    drain: Mutex<DrainWaiters>,
    drained: Condvar,
}

#[derive(Default)]
struct DrainWaiters {
    callbacks: Vec<DrainCallback>,
    wakers: Vec<Waker>,
}

impl std::fmt::Debug for Generation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Generation")
            .field("plugin", &self.plugin_id)
            .field("number", &self.number)
            .field("state", &self.lifecycle.state())
            .field("in_flight", &self.in_flight())
            .finish_non_exhaustive()
    }
}

/// The drain did not finish in time; the generation stays `Draining` and
/// [`Generation::on_drained`] can finish the job later.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("generation {generation} of `{plugin}` still has {in_flight} call(s) in flight after {waited:?}")]
pub struct DrainTimeout {
    /// The plugin.
    pub plugin: PluginId,
    /// The generation number.
    pub generation: u64,
    /// Calls still running.
    pub in_flight: usize,
    /// How long the drain waited.
    pub waited: Duration,
}

impl Generation {
    /// A prepared generation: `plugin` registered `surface` and its `init()`
    /// succeeded, and the host walked `lifecycle` to `Initialized` while doing
    /// so. Fails (returning nothing) if `lifecycle` is in any other state.
    pub fn new(
        number: u64,
        plugin: Arc<dyn Plugin>,
        manifest: Arc<PluginManifest>,
        surface: PluginSurface,
        lifecycle: PluginLifecycle,
    ) -> Result<Arc<Generation>, LifecycleError> {
        let state = lifecycle.state();
        if state != LifecycleState::Initialized {
            return Err(LifecycleError::Conflict {
                expected: LifecycleState::Initialized,
                actual: state,
                to: LifecycleState::Active,
            });
        }
        Ok(Generation::build(number, plugin, manifest, surface, lifecycle))
    }

    fn build(
        number: u64,
        plugin: Arc<dyn Plugin>,
        manifest: Arc<PluginManifest>,
        surface: PluginSurface,
        lifecycle: PluginLifecycle,
    ) -> Arc<Generation> {
        Arc::new(Generation {
            plugin_id: manifest.plugin.id.clone(),
            number,
            manifest,
            plugin,
            surface,
            lifecycle,
            in_flight: AtomicUsize::new(0),
            closed: AtomicBool::new(false),
            drain: Mutex::new(DrainWaiters::default()),
            drained: Condvar::new(),
        })
    }

    /// A generation walked straight to `Initialized`, for hosts whose prepare
    /// step has no separate link phase (and for tests).
    pub fn prepared(number: u64, plugin: Arc<dyn Plugin>, surface: PluginSurface) -> Arc<Generation> {
        let lifecycle = PluginLifecycle::new();
        // Both moves are legal on a fresh lifecycle, so they cannot fail.
        let _ = lifecycle.transition(LifecycleState::Loaded, LifecycleState::Linked);
        let _ = lifecycle.transition(LifecycleState::Linked, LifecycleState::Initialized);
        let manifest = Arc::new(plugin.manifest().clone());
        Generation::build(number, plugin, manifest, surface, lifecycle)
    }

    /// The plugin.
    pub fn plugin_id(&self) -> &PluginId {
        &self.plugin_id
    }

    /// The generation number (per plugin, increasing).
    pub fn number(&self) -> u64 {
        self.number
    }

    /// The manifest this generation was loaded from.
    pub fn manifest(&self) -> &Arc<PluginManifest> {
        &self.manifest
    }

    /// The plugin code.
    pub fn plugin(&self) -> &Arc<dyn Plugin> {
        &self.plugin
    }

    /// What the generation registered.
    pub fn surface(&self) -> &PluginSurface {
        &self.surface
    }

    /// The lifecycle.
    pub fn lifecycle(&self) -> &PluginLifecycle {
        &self.lifecycle
    }

    /// The current lifecycle state.
    pub fn state(&self) -> LifecycleState {
        self.lifecycle.state()
    }

    /// Calls currently running on this generation.
    pub fn in_flight(&self) -> usize {
        self.in_flight.load(Ordering::SeqCst)
    }

    /// Whether new calls are refused (after a swap or unload).
    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst)
    }

    /// Counts a call in, unless the generation is closed.
    #[inline]
    pub(crate) fn try_enter(&self) -> bool {
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        if self.closed.load(Ordering::SeqCst) {
            self.exit();
            return false;
        }
        true
    }

    /// Counts one more call in on behalf of a call already counted.
    pub(crate) fn enter_unchecked(&self) {
        self.in_flight.fetch_add(1, Ordering::SeqCst);
    }

    /// Counts a call out; the last one out of a closed generation wakes drains.
    #[inline]
    pub(crate) fn exit(&self) {
        if self.in_flight.fetch_sub(1, Ordering::SeqCst) == 1 && self.closed.load(Ordering::SeqCst) {
            self.notify_drained();
        }
    }

    /// Refuses new calls from now on. Idempotent.
    pub fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
        if self.in_flight.load(Ordering::SeqCst) == 0 {
            self.notify_drained();
        }
    }

    fn waiters(&self) -> MutexGuard<'_, DrainWaiters> {
        // A poisoned lock only means a drain callback panicked; the data is
        // still a list of callbacks and wakers.
        self.drain.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn is_drained(&self) -> bool {
        self.is_closed() && self.in_flight.load(Ordering::SeqCst) == 0
    }

    fn notify_drained(&self) {
        let (callbacks, wakers) = {
            let mut waiters = self.waiters();
            self.drained.notify_all();
            if !self.is_drained() {
                return;
            }
            (std::mem::take(&mut waiters.callbacks), std::mem::take(&mut waiters.wakers))
        };
        wakers.into_iter().for_each(Waker::wake);
        callbacks.into_iter().for_each(|callback| callback());
    }

    /// Closes the generation and blocks until its in-flight count is zero or
    /// `timeout` passes.
    pub fn drain(&self, timeout: Duration) -> Result<(), DrainTimeout> {
        self.close();
        let started = Instant::now();
        let mut waiters = self.waiters();
        while !self.is_drained() {
            let Some(remaining) = timeout.checked_sub(started.elapsed()) else {
                return Err(self.timeout_error(started.elapsed()));
            };
            waiters = self
                .drained
                .wait_timeout(waiters, remaining)
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .0;
        }
        Ok(())
    }

    fn timeout_error(&self, waited: Duration) -> DrainTimeout {
        DrainTimeout {
            plugin: self.plugin_id.clone(),
            generation: self.number,
            in_flight: self.in_flight(),
            waited,
        }
    }

    /// Closes the generation and returns a future that completes like
    /// [`Generation::drain`]. It needs no particular async runtime: the last
    /// guard's drop wakes it; the deadline is kept by a helper thread that is
    /// started only if the future is still pending when first polled.
    pub fn drain_async(self: &Arc<Self>, timeout: Duration) -> DrainFuture {
        self.close();
        DrainFuture {
            generation: self.clone(),
            started: Instant::now(),
            timeout,
            timer: None,
        }
    }

    /// Runs `callback` once the generation is closed and has no calls in
    /// flight — immediately if that is already so. Hosts use it to finish
    /// retiring a generation whose drain timed out.
    pub fn on_drained(&self, callback: impl FnOnce() + Send + 'static) {
        {
            let mut waiters = self.waiters();
            if !self.is_drained() {
                waiters.callbacks.push(Box::new(callback));
                return;
            }
        }
        callback();
    }
}

/// Future returned by [`Generation::drain_async`].
pub struct DrainFuture {
    generation: Arc<Generation>,
    started: Instant,
    timeout: Duration,
    timer: Option<(Arc<AtomicBool>, std::thread::Thread)>,
}

impl Future for DrainFuture {
    type Output = Result<(), DrainTimeout>;

    fn poll(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Self::Output> {
        let generation = self.generation.clone();
        {
            let mut waiters = generation.waiters();
            if generation.is_drained() {
                return Poll::Ready(Ok(()));
            }
            if self.started.elapsed() >= self.timeout {
                return Poll::Ready(Err(generation.timeout_error(self.started.elapsed())));
            }
            if !waiters.wakers.iter().any(|waker| waker.will_wake(context.waker())) {
                waiters.wakers.push(context.waker().clone());
            }
        }
        if self.timer.is_none() {
            let cancelled = Arc::new(AtomicBool::new(false));
            let deadline = self.started + self.timeout;
            let waker = context.waker().clone();
            let timer_cancelled = cancelled.clone();
            let spawned = std::thread::Builder::new().name("uni-plugin-drain-timer".into()).spawn(move || {
                loop {
                    if timer_cancelled.load(Ordering::Acquire) {
                        return;
                    }
                    let now = Instant::now();
                    if now >= deadline {
                        break;
                    }
                    std::thread::park_timeout(deadline - now);
                }
                waker.wake();
            });
            match spawned {
                Ok(handle) => self.timer = Some((cancelled, handle.thread().clone())),
                // No thread for the deadline: poll again soon instead.
                Err(_) => context.waker().wake_by_ref(),
            }
        }
        Poll::Pending
    }
}

impl Drop for DrainFuture {
    fn drop(&mut self) {
        if let Some((cancelled, thread)) = &self.timer {
            cancelled.store(true, Ordering::Release);
            thread.unpark();
        }
    }
}
