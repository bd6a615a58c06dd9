//! A guest's stdout and stderr: to `tracing` when the plugin holds `log`,
//! nowhere otherwise; stderr's tail is also kept so a guest panic's message
//! can be named in the call's error. Never full, never a trap: a guest that
//! prints a lot costs log lines, not its call.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use tokio::io::AsyncWrite;
use uni_plugin::PluginId;

use crate::state::LogBudget;
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};
use wasmtime_wasi::p2::{OutputStream, Pollable, StreamResult};

/// Longest line logged as one event; longer ones are cut into pieces.
const MAX_LINE: usize = 8 * 1024;
/// Bytes of stderr kept for panic messages.
const TAIL: usize = 16 * 1024;

/// Which stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    fn name(self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        }
    }
}

struct State {
    plugin: PluginId,
    stream: Stream,
    /// The plugin's log budget when it holds `log`; `None`: not logged.
    to_log: Option<Arc<LogBudget>>,
    line: Vec<u8>,
    tail: VecDeque<u8>,
}

impl State {
    fn push(&mut self, bytes: &[u8]) {
        if self.stream == Stream::Stderr {
            self.tail.extend(bytes);
            let excess = self.tail.len().saturating_sub(TAIL);
            self.tail.drain(..excess);
        }
        if self.to_log.is_none() {
            return;
        }
        for &byte in bytes {
            if byte == b'\n' {
                self.emit();
            } else {
                self.line.push(byte);
                if self.line.len() >= MAX_LINE {
                    self.emit();
                }
            }
        }
    }

    fn emit(&mut self) {
        if self.to_log.as_ref().is_some_and(|budget| budget.admit(&self.plugin)) {
            let text = String::from_utf8_lossy(&self.line);
            let text = text.trim_end_matches('\r');
            tracing::info!(target: "uni_plugin::guest", plugin = %self.plugin, stream = self.stream.name(), "{text}");
        }
        self.line.clear();
    }
}

/// One guest output stream; clones write to the same place.
#[derive(Clone)]
pub(crate) struct GuestOutput(Arc<Mutex<State>>);

impl GuestOutput {
    /// A `stream` of `plugin`, logged when `to_log`.
    pub(crate) fn new(plugin: PluginId, stream: Stream, to_log: Option<Arc<LogBudget>>) -> GuestOutput {
        GuestOutput(Arc::new(Mutex::new(State { plugin, stream, to_log, line: Vec::new(), tail: VecDeque::new() })))
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn push(&self, bytes: &[u8]) {
        self.state().push(bytes);
    }

    /// The last bytes written to stderr.
    pub(crate) fn tail(&self) -> Vec<u8> {
        self.state().tail.iter().copied().collect()
    }
}

impl Drop for State {
    fn drop(&mut self) {
        if self.to_log.is_some() && !self.line.is_empty() {
            self.emit();
        }
    }
}

impl IsTerminal for GuestOutput {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for GuestOutput {
    fn async_stream(&self) -> Box<dyn AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }

    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for GuestOutput {
    async fn ready(&mut self) {}
}

impl OutputStream for GuestOutput {
    fn write(&mut self, bytes: Bytes) -> StreamResult<()> {
        self.push(&bytes);
        Ok(())
    }

    fn flush(&mut self) -> StreamResult<()> {
        Ok(())
    }

    fn check_write(&mut self) -> StreamResult<usize> {
        Ok(64 * 1024)
    }
}

impl AsyncWrite for GuestOutput {
    fn poll_write(self: Pin<&mut Self>, _cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        self.push(buf);
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stderr_keeps_a_bounded_tail_and_never_fails() {
        let output = GuestOutput::new("com.example.x".parse().unwrap(), Stream::Stderr, None);
        let mut stream = output.clone();
        for _ in 0..1000 {
            stream.write(Bytes::from(vec![b'x'; 1000])).unwrap();
        }
        stream.write(Bytes::from_static(b"panicked at src/lib.rs:1:1:\nboom\n")).unwrap();
        let tail = output.tail();
        assert_eq!(tail.len(), TAIL);
        assert!(String::from_utf8_lossy(&tail).ends_with("panicked at src/lib.rs:1:1:\nboom\n"));
    }

    #[test]
    fn lines_are_split_and_long_lines_cut() {
        let mut state = State {
            plugin: "com.example.x".parse().unwrap(),
            stream: Stream::Stdout,
            to_log: Some(Arc::new(LogBudget::default())),
            line: Vec::new(),
            tail: VecDeque::new(),
        };
        state.push(b"one\ntw");
        assert_eq!(state.line, b"tw");
        state.push(&vec![b'y'; MAX_LINE]);
        assert!(state.line.len() < MAX_LINE);
        assert!(state.tail.is_empty(), "stdout keeps no tail");
    }
}
