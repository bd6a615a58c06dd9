//! [`QueryStream`]: a query's result batch by batch, so a shell prints rows
//! while the query still runs, and dropping the stream cancels it.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use datafusion::arrow::datatypes::SchemaRef;
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::error::DataFusionError;
use datafusion::execution::SendableRecordBatchStream;
use futures::Stream;
use uni_plugin::HookPayload;
use uni_plugin::manifest::HookEvent;
use uni_plugin_host::PluginHost;

/// The batches of one query as they are computed (see
/// [`crate::PluginSession::sql_stream`]). The `after_query` hooks fire once,
/// when the stream ends, fails, or is dropped before its end (with the
/// error "cancelled before it finished").
pub struct QueryStream {
    inner: SendableRecordBatchStream,
    host: Arc<PluginHost>,
    sql: String,
    rows: u64,
    ended: bool,
}

impl QueryStream {
    pub(crate) fn new(inner: SendableRecordBatchStream, host: Arc<PluginHost>, sql: &str) -> QueryStream {
        QueryStream { inner, host, sql: sql.to_owned(), rows: 0, ended: false }
    }

    /// The result's columns (known before the first batch).
    pub fn schema(&self) -> SchemaRef {
        self.inner.schema()
    }

    /// The rows handed out so far.
    pub fn rows(&self) -> u64 {
        self.rows
    }

    fn end(&mut self, error: Option<String>) {
        if std::mem::replace(&mut self.ended, true) {
            return;
        }
        let after = HookPayload::new(HookEvent::AfterQuery).with_sql(&self.sql);
        let after = match error {
            None => after.with_rows(self.rows),
            Some(error) => after.with_error(error),
        };
        self.host.fire_hooks(HookEvent::AfterQuery, &after);
    }
}

impl Stream for QueryStream {
    type Item = Result<RecordBatch, DataFusionError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.ended {
            return Poll::Ready(None);
        }
        let polled = self.inner.as_mut().poll_next(cx);
        match &polled {
            Poll::Ready(Some(Ok(batch))) => self.rows += batch.num_rows() as u64,
            Poll::Ready(Some(Err(error))) => self.end(Some(error.to_string())),
            Poll::Ready(None) => self.end(None),
            Poll::Pending => {}
        }
        polled
    }
}

impl Drop for QueryStream {
    fn drop(&mut self) {
        self.end(Some("cancelled before it finished".to_owned()));
    }
}
