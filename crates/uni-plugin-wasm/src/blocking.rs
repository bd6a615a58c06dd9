//! Waiting in the host without the caller's tokio runtime.
//!
//! A guest call is synchronous, but some of what WASI does for the guest is
//! asynchronous (a sleep, a socket read, a file read on a blocking pool, a
//! write to stdout). wasmtime-wasi's synchronous bindings block on those
//! with the ambient tokio runtime's `block_on`, which panics when the call
//! runs on a runtime thread, and a query engine calls plugin functions
//! from exactly there (DataFusion's tasks). So:
//!
//! - every guest call runs with this module's own runtime entered: what
//!   WASI creates during the call (timers, sockets, blocking tasks)
//!   belongs to a runtime whose thread no caller ever blocks, so it keeps
//!   being driven while the guest waits;
//! - the waits the sandbox answers itself (`wasi:io/poll`, the blocking
//!   stream operations: see `sandbox`) block the calling thread with a
//!   plain executor instead of a runtime's `block_on`;
//! - a plugin granted files or sockets reaches wasmtime-wasi's own waits
//!   (there are dozens): its calls move off a runtime thread to a thread
//!   of their own ([`off_runtime`]).

use std::future::Future;
use std::sync::LazyLock;

use tokio::runtime::{Handle, Runtime};

/// The runtime behind every guest's asynchronous WASI work: one worker,
/// which drives timers and sockets while guests wait.
static SANDBOX_RUNTIME: LazyLock<Result<Runtime, String>> = LazyLock::new(|| {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("uni-plugin-wasi")
        .enable_all()
        .build()
        .map_err(|error| format!("cannot start the wasm sandbox's runtime: {error}"))
});

/// The sandbox runtime's handle, to enter around a guest call. `None` if it
/// could not start (the ambient runtime is used then, as before).
pub(crate) fn sandbox_handle() -> Option<&'static Handle> {
    match &*SANDBOX_RUNTIME {
        Ok(runtime) => Some(runtime.handle()),
        Err(error) => {
            tracing::error!("{error}");
            None
        }
    }
}

/// Whether this thread is inside a tokio runtime's context (where a
/// runtime's `block_on` would panic).
pub(crate) fn on_runtime_thread() -> bool {
    Handle::try_current().is_ok()
}

/// Blocks the calling thread until `future` ends, whatever runtime the
/// thread belongs to: the future is polled here, and the sandbox runtime
/// (entered around the call) drives the timers and sockets it waits on.
pub(crate) fn wait<F: Future>(future: F) -> F::Output {
    futures::executor::block_on(future)
}

/// Runs `work` on a thread outside any runtime and waits for it: for calls
/// that may reach wasmtime-wasi's own blocking (files, sockets) from a
/// runtime thread. A panic in `work` is resumed here; `Err` when no thread
/// could be started.
pub(crate) fn off_runtime<T: Send>(work: impl FnOnce() -> T + Send) -> Result<T, String> {
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("uni-plugin-wasm-call".into())
            .spawn_scoped(scope, work)
            .map_err(|error| format!("cannot start a thread for the call: {error}"))?;
        Ok(worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    })
}
