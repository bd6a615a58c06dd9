//! [`Generation`]: one loaded instance of a plugin, and the drain that waits
//! until nothing can call into it any more.
//!
//! When the registry publishes a generation it creates one *binding* for it,
//! shared by every snapshot and every function entry of that generation. A
//! [`crate::CallHandle`] keeps its function entry, and so the binding, alive;
//! so does a snapshot a query has pinned. The binding's reference count is
//! therefore the in-flight count, maintained by the same single atomic
//! increment and decrement that keep the function alive: the hot path pays
//! nothing extra for drain tracking.
//!
//! After a swap the old generation is no longer in the current snapshot; once
//! the last handle and the last snapshot that could reach it are dropped, the
//! binding drops and wakes [`Generation::drain`] (blocking) or
//! [`Generation::drain_async`] — no polling. Nothing can reach the generation
//! after that, so the host may shut it down.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use crate::digest::PluginDigest;
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
    /// The content address of the bytes this generation was loaded from,
    /// set once by the host before publishing.
    content_address: OnceLock<PluginDigest>,
    /// Whether the registry's binding of this generation is alive.
    bound: AtomicBool,
    waiters: Mutex<DrainWaiters>,
    drained: Condvar,
}

#[derive(Default)]
struct DrainWaiters {
    callbacks: Vec<DrainCallback>,
    wakers: Vec<Waker>,
}

/// The published presence of a generation: shared by the snapshots and
/// function entries that can reach it. Dropping the last one drains it.
#[derive(Debug)]
pub(crate) struct Binding {
    pub(crate) generation: Arc<Generation>,
}

impl Binding {
    /// Binds `generation`; the registry does this once, when publishing it.
    pub(crate) fn new(generation: Arc<Generation>) -> Arc<Binding> {
        generation.bound.store(true, Ordering::SeqCst);
        Arc::new(Binding { generation })
    }
}

impl Drop for Binding {
    fn drop(&mut self) {
        self.generation.bound.store(false, Ordering::SeqCst);
        self.generation.notify_drained();
    }
}

impl std::fmt::Debug for Generation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Generation")
            .field("plugin", &self.plugin_id)
            .field("number", &self.number)
            .field("state", &self.lifecycle.state())
            .field("drained", &self.is_drained())
            .finish_non_exhaustive()
    }
}

/// The drain did not finish in time; the generation stays `Draining` and
/// [`Generation::on_drained`] can finish the job later.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("generation {generation} of `{plugin}` is still in use (calls or pinned queries) after {waited:?}")]
pub struct DrainTimeout {
    /// The plugin.
    pub plugin: PluginId,
    /// The generation number.
    pub generation: u64,
    /// How long the drain waited.
    pub waited: Duration,
}

impl Generation {
    /// A prepared generation: `plugin` registered `surface` and its `init()`
    /// succeeded, and the host walked `lifecycle` to `Initialized` while doing
    /// so. Fails if `lifecycle` is in any other state.
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
            content_address: OnceLock::new(),
            bound: AtomicBool::new(false),
            waiters: Mutex::new(DrainWaiters::default()),
            drained: Condvar::new(),
        })
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

    /// Records the content address (a [`PluginDigest`] of the manifest and
    /// artifact) of the bytes this generation was loaded from. The core does
    /// not compute it; the host does, and a distributed engine ships it so
    /// every worker runs the same bytes. Set once: returns `false`, changing
    /// nothing, when it was already set.
    pub fn set_content_address(&self, address: PluginDigest) -> bool {
        self.content_address.set(address).is_ok()
    }

    /// The content address set by [`Generation::set_content_address`]; `None`
    /// for code that no file names (a native plugin linked into the binary
    /// without a plugin directory).
    pub fn content_address(&self) -> Option<PluginDigest> {
        self.content_address.get().copied()
    }

    /// The current lifecycle state.
    pub fn state(&self) -> LifecycleState {
        self.lifecycle.state()
    }

    /// Whether nothing can reach this generation any more: it is not in the
    /// registry's current snapshot, and no call handle or pinned snapshot
    /// refers to it. (True for a generation that was never published.)
    pub fn is_drained(&self) -> bool {
        !self.bound.load(Ordering::SeqCst)
    }

    fn waiters(&self) -> MutexGuard<'_, DrainWaiters> {
        // A poisoned lock only means a drain callback panicked; the data is
        // still a list of callbacks and wakers.
        self.waiters.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn notify_drained(&self) {
        let (callbacks, wakers) = {
            let mut waiters = self.waiters();
            self.drained.notify_all();
            (std::mem::take(&mut waiters.callbacks), std::mem::take(&mut waiters.wakers))
        };
        wakers.into_iter().for_each(Waker::wake);
        callbacks.into_iter().for_each(|callback| callback());
    }

    /// Blocks until the generation is drained or `timeout` passes. Call it
    /// after the registry replaced or removed the generation; on an active
    /// generation it waits out the timeout.
    pub fn drain(&self, timeout: Duration) -> Result<(), DrainTimeout> {
        let started = Instant::now();
        let mut waiters = self.waiters();
        while !self.is_drained() {
            let Some(remaining) = timeout.checked_sub(started.elapsed()) else {
                return Err(self.timeout_error(started.elapsed()));
            };
            waiters = self.drained.wait_timeout(waiters, remaining).unwrap_or_else(|poisoned| poisoned.into_inner()).0;
        }
        Ok(())
    }

    fn timeout_error(&self, waited: Duration) -> DrainTimeout {
        DrainTimeout { plugin: self.plugin_id.clone(), generation: self.number, waited }
    }

    /// A future that completes like [`Generation::drain`]. It needs no
    /// particular async runtime: the last reference's drop wakes it; the
    /// deadline is kept by a helper thread started only if the future is still
    /// pending when first polled, and stopped when the future is dropped.
    pub fn drain_async(self: &Arc<Self>, timeout: Duration) -> DrainFuture {
        DrainFuture { generation: self.clone(), started: Instant::now(), timeout, timer: None }
    }

    /// Runs `callback` once the generation is drained — immediately if it
    /// already is. Hosts use it to finish retiring a generation whose drain
    /// timed out.
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
