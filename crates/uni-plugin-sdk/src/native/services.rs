//! Host services seen from inside a native library: the context checks the
//! grants the host passed, then these forward to the host's callbacks
//! (which check again: the library cannot widen its grants by editing its
//! own context).

use arrow_array::RecordBatch;
use uni_plugin::PluginId;
use uni_plugin::context::{HostServices, LogLevel};
use uni_plugin_abi::arrow::{import_struct, import_type};
use uni_plugin_abi::*;

/// The host's table of callbacks.
pub(crate) struct NativeServices {
    host: UniplugHost,
}

// SAFETY: the ABI makes the host's callbacks callable from any thread, with
// the `context` it gave, for as long as the instance lives.
unsafe impl Send for NativeServices {}
// SAFETY: as above.
unsafe impl Sync for NativeServices {}

impl NativeServices {
    pub(crate) fn new(host: UniplugHost) -> NativeServices {
        NativeServices { host }
    }

    /// Runs a callback that may fill `error`, returning its message.
    fn call(&self, run: impl FnOnce(*mut UniplugString) -> Status) -> Result<(), String> {
        let mut error = UniplugString::EMPTY;
        let status = run(&mut error);
        // SAFETY: the host filled `error` (or left it empty) per the ABI.
        let message = unsafe { error.take() };
        match status {
            UNIPLUG_OK => Ok(()),
            UNIPLUG_NOT_GRANTED => Err(format!("not granted: {}", message.unwrap_or_default())),
            _ => Err(message.unwrap_or_else(|| format!("the host answered status {status}"))),
        }
    }
}

fn missing(service: &str) -> String {
    format!("the host offers no `{service}` service")
}

impl HostServices for NativeServices {
    fn log(&self, _plugin: &PluginId, level: LogLevel, message: &str) {
        let level = match level {
            LogLevel::Trace => UNIPLUG_LOG_TRACE,
            LogLevel::Debug => UNIPLUG_LOG_DEBUG,
            LogLevel::Info => UNIPLUG_LOG_INFO,
            LogLevel::Warn => UNIPLUG_LOG_WARN,
            LogLevel::Error => UNIPLUG_LOG_ERROR,
        };
        if let Some(log) = self.host.log {
            // SAFETY: the host's callback, with its context; the message
            // is lent for the call.
            unsafe { log(self.host.context, level, UniplugStr::new(message)) };
        }
    }

    fn secret(&self, name: &str) -> Result<Option<String>, String> {
        let secret = self.host.secret.ok_or_else(|| missing("secret"))?;
        let mut value = UniplugString::EMPTY;
        // SAFETY: the host's callback; `value` and `error` are writable.
        self.call(|error| unsafe { secret(self.host.context, UniplugStr::new(name), &mut value, error) })?;
        // SAFETY: filled by the host (or left empty: "not set").
        Ok(unsafe { value.take() })
    }

    fn query(&self, sql: &str, _deadline: Option<std::time::Instant>) -> Result<Vec<RecordBatch>, String> {
        let query = self.host.query.ok_or_else(|| missing("query"))?;
        let mut out = ArrowArray::EMPTY;
        let mut out_type = ArrowSchema::EMPTY;
        // SAFETY: the host's callback; the out-parameters are writable.
        self.call(|error| unsafe { query(self.host.context, UniplugStr::new(sql), &mut out, &mut out_type, error) })?;
        // SAFETY: the host wrote a struct array and its type per the ABI.
        let rows = unsafe {
            let data_type = import_type(&out_type).map_err(|e| e.to_string())?;
            import_struct(out, &data_type, None).map_err(|e| e.to_string())?
        };
        Ok(vec![RecordBatch::from(rows)])
    }

    fn random(&self, buffer: &mut [u8]) -> Result<(), String> {
        let random = self.host.random.ok_or_else(|| missing("random"))?;
        // SAFETY: the host's callback writes at most `len` bytes.
        self.call(|error| unsafe { random(self.host.context, buffer.as_mut_ptr(), buffer.len(), error) })
    }
}
