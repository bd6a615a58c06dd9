//! [`SessionQueries`]: the `query` capability answered by a session.
//!
//! A plugin granted `query` runs read-only SQL against the session that
//! called it: the session's tables, DataFusion's functions and every
//! plugin's functions. The SQL runs while the plugin's own call waits, on a
//! thread of its own with a runtime of its own, because the call sits inside
//! a running query whose runtime thread cannot block on another future.
//!
//! Four bounds keep a plugin from turning this into a hang or a bomb:
//! - **read only**: DDL, DML (`INSERT`, `COPY`) and statements (`SET`,
//!   transactions) are refused at planning, before anything runs;
//! - **nesting**: a query whose plugin function queries again (directly or
//!   through other plugins) may nest [`MAX_QUERY_DEPTH`] deep;
//! - **time**: the caller has its answer (or an error) by its deadline (a
//!   wasm call's time limit) or after [`MAX_QUERY_TIME`], whichever is
//!   first; the engine drops the work at its next yield point;
//! - **size**: results above [`MAX_QUERY_RESULT_BYTES`] are refused, and at
//!   most [`MAX_CONCURRENT_QUERIES`] plugin queries run at once.
//!
//! Plugin queries do not fire `before_query`/`after_query` hooks: a hook
//! that queried would otherwise call itself.

use std::cell::Cell;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use datafusion::arrow::record_batch::RecordBatch;
use datafusion::execution::context::SQLOptions;
use datafusion::prelude::SessionContext;
use futures::StreamExt;
use uni_plugin_host::QueryService;

/// How deep plugin queries may nest (a query whose plugin function queries).
pub const MAX_QUERY_DEPTH: usize = 4;
/// The longest a plugin query may run when its caller has no deadline.
pub const MAX_QUERY_TIME: Duration = Duration::from_secs(30);
/// The largest result (in Arrow memory) a plugin query may return.
pub const MAX_QUERY_RESULT_BYTES: usize = 64 << 20;
/// How many plugin queries may run at the same time in one session.
pub const MAX_CONCURRENT_QUERIES: usize = 16;

thread_local! {
    /// How many plugin queries enclose the code running on this thread.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// Answers plugins' `query` calls against one session's context.
pub(crate) struct SessionQueries {
    ctx: SessionContext,
    running: Arc<AtomicUsize>,
}

impl SessionQueries {
    pub(crate) fn new(ctx: SessionContext) -> SessionQueries {
        SessionQueries { ctx, running: Arc::default() }
    }

    /// Takes one of the concurrent-query slots, or says why not.
    fn admit(&self) -> Result<Slot, String> {
        let before = self.running.fetch_add(1, Ordering::AcqRel);
        let slot = Slot(self.running.clone());
        if before >= MAX_CONCURRENT_QUERIES {
            return Err(format!(
                "{MAX_CONCURRENT_QUERIES} plugin queries are already running in this session; try again when one has finished"
            ));
        }
        Ok(slot)
    }
}

/// A concurrent-query slot, given back on drop: by the thread that runs the
/// query, so a query its caller gave up on still counts until it stops.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl QueryService for SessionQueries {
    fn query(&self, sql: &str, deadline: Option<Instant>) -> Result<Vec<RecordBatch>, String> {
        let depth = DEPTH.with(Cell::get);
        if depth >= MAX_QUERY_DEPTH {
            return Err(format!(
                "plugin queries nest more than {MAX_QUERY_DEPTH} deep (a plugin function in a plugin's query queries again); the innermost was refused to end the recursion"
            ));
        }
        let slot = self.admit()?;
        let limit = deadline.map_or(MAX_QUERY_TIME, |deadline| deadline.saturating_duration_since(Instant::now()));
        let limit = limit.min(MAX_QUERY_TIME);
        let too_slow = move || {
            format!(
                "the query did not finish within {} ms (the calling plugin's time limit, at most {} s)",
                limit.as_millis(),
                MAX_QUERY_TIME.as_secs()
            )
        };
        // The caller stops waiting at the limit. The engine stops the work at
        // its next yield point (an operator can compute for a while between
        // two), on a thread of its own that keeps its slot until then.
        let (sender, receiver) = std::sync::mpsc::sync_channel(1);
        let ctx = self.ctx.clone();
        let sql = sql.to_owned();
        std::thread::Builder::new()
            .name("uni-plugin-query".into())
            .spawn(move || {
                let _slot = slot;
                DEPTH.with(|cell| cell.set(depth + 1));
                let result = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map_err(|error| format!("cannot start the query's runtime: {error}"))
                    .and_then(|runtime| {
                        runtime.block_on(async {
                            tokio::time::timeout(limit, read_only(&ctx, &sql)).await.unwrap_or_else(|_| Err(too_slow()))
                        })
                    });
                let _ = sender.send(result);
            })
            .map_err(|error| format!("cannot start a thread for the query: {error}"))?;
        match receiver.recv_timeout(limit) {
            Ok(result) => result,
            Err(RecvTimeoutError::Timeout) => Err(too_slow()),
            Err(RecvTimeoutError::Disconnected) => Err("the query panicked inside the engine".into()),
        }
    }
}

/// Plans `sql`, refuses anything but reading, runs it and collects at most
/// [`MAX_QUERY_RESULT_BYTES`].
async fn read_only(ctx: &SessionContext, sql: &str) -> Result<Vec<RecordBatch>, String> {
    let state = ctx.state();
    let plan = state.create_logical_plan(sql).await.map_err(|error| format!("cannot plan the query: {error}"))?;
    let options = SQLOptions::new().with_allow_ddl(false).with_allow_dml(false).with_allow_statements(false);
    options.verify_plan(&plan).map_err(|error| {
        format!("a plugin's query may only read (SELECT, WITH, VALUES, EXPLAIN, SHOW, DESCRIBE): {error}")
    })?;
    let frame = ctx.execute_logical_plan(plan).await.map_err(|error| format!("cannot run the query: {error}"))?;
    let mut stream = frame.execute_stream().await.map_err(|error| format!("cannot run the query: {error}"))?;
    let mut batches = Vec::new();
    let mut bytes = 0usize;
    while let Some(batch) = stream.next().await {
        let batch = batch.map_err(|error| format!("the query failed: {error}"))?;
        bytes = bytes.saturating_add(batch.get_array_memory_size());
        if bytes > MAX_QUERY_RESULT_BYTES {
            return Err(format!(
                "the query's result is larger than {} MiB; aggregate it or add a LIMIT",
                MAX_QUERY_RESULT_BYTES >> 20
            ));
        }
        batches.push(batch);
    }
    Ok(batches)
}
