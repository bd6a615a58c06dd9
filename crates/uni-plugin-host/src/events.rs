//! Hooks and triggers: the host tells plugins what happens.

use std::fmt;

use arrow_array::RecordBatch;
use uni_plugin::manifest::{HookEvent, TriggerTiming};
use uni_plugin::{Generation, HookPayload, PluginId, TriggerPayload, TriggerVerdict};

use crate::PluginHost;

/// A hook or `after` trigger that failed; reported, never fatal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReactionFailure {
    /// The plugin.
    pub plugin: PluginId,
    /// The handler.
    pub handler: String,
    /// What went wrong (an `after` trigger's rejection is reported here too).
    pub message: String,
}

impl fmt::Display for ReactionFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "plugin `{}` handler `{}`: {}", self.plugin, self.handler, self.message)
    }
}

/// A `before` trigger refused a write; nothing may be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("insert into `{table}` rejected by plugin `{plugin}` (trigger `{handler}`): {message}")]
pub struct TriggerRejection {
    /// The table.
    pub table: String,
    /// The plugin.
    pub plugin: PluginId,
    /// The trigger handler.
    pub handler: String,
    /// The plugin's reason (or the trigger's error: a failing `before`
    /// trigger blocks the write rather than letting unchecked rows through).
    pub message: String,
}

impl PluginHost {
    /// Runs every active plugin's hooks for `event` with `payload` (whose own
    /// `event` field is set to `event`). Hook failures are returned (and
    /// logged), never raised: a hook cannot fail a query.
    pub fn fire_hooks(&self, event: HookEvent, payload: &HookPayload) -> Vec<ReactionFailure> {
        let mut payload = payload.clone();
        payload.event = event;
        let snapshot = self.registry.snapshot();
        snapshot.generations().flat_map(|generation| fire_generation_hooks(generation, &payload)).collect()
    }

    /// Runs the triggers on `table` for `when`. A `before` trigger's
    /// rejection or error stops at once with [`TriggerRejection`]; `after`
    /// triggers all run and their failures are returned.
    ///
    /// `table` is best fully qualified (`catalog.schema.table`, as the
    /// DataFusion adapter passes it): a trigger's `table` matches when its
    /// dot-separated parts end `table`'s, ignoring ASCII case, so `orders`,
    /// `sales.orders` and `datafusion.sales.orders` all match
    /// `datafusion.sales.orders`, and `archive.orders` does not.
    pub fn fire_triggers(
        &self,
        table: &str,
        when: TriggerTiming,
        batch: &RecordBatch,
    ) -> Result<Vec<ReactionFailure>, TriggerRejection> {
        let snapshot = self.registry.snapshot();
        let payload = TriggerPayload::new(table, when, batch.clone());
        let mut failures = Vec::new();
        for generation in snapshot.generations() {
            for (decl, trigger) in &generation.surface().triggers {
                if decl.when != when || !trigger_applies(&decl.table, table) {
                    continue;
                }
                let message = match trigger.fire(&payload) {
                    Ok(TriggerVerdict::Accept) => continue,
                    Ok(TriggerVerdict::Reject(message)) => message,
                    Err(error) => error.to_string(),
                };
                if when == TriggerTiming::Before {
                    return Err(TriggerRejection {
                        table: table.to_owned(),
                        plugin: generation.plugin_id().clone(),
                        handler: decl.handler.clone(),
                        message,
                    });
                }
                let failure =
                    ReactionFailure { plugin: generation.plugin_id().clone(), handler: decl.handler.clone(), message };
                tracing::warn!("after-insert trigger failed: {failure}");
                failures.push(failure);
            }
        }
        Ok(failures)
    }
}

/// Whether a trigger declared on `declared` applies to `table`: the
/// declared name's parts are the last parts of the table's.
fn trigger_applies(declared: &str, table: &str) -> bool {
    let declared: Vec<&str> = declared.split('.').collect();
    let table: Vec<&str> = table.split('.').collect();
    declared.len() <= table.len()
        && declared.iter().rev().zip(table.iter().rev()).all(|(left, right)| left.eq_ignore_ascii_case(right))
}

/// Runs one generation's hooks for `payload.event`.
pub(crate) fn fire_generation_hooks(generation: &Generation, payload: &HookPayload) -> Vec<ReactionFailure> {
    let mut failures = Vec::new();
    for (decl, hook) in &generation.surface().hooks {
        if decl.event != payload.event {
            continue;
        }
        if let Err(error) = hook.on_event(payload) {
            let failure = ReactionFailure {
                plugin: generation.plugin_id().clone(),
                handler: decl.handler.clone(),
                message: error.to_string(),
            };
            tracing::warn!("hook failed: {failure}");
            failures.push(failure);
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::trigger_applies;

    #[test]
    fn a_trigger_names_its_table_with_as_many_parts_as_it_likes() {
        let table = "datafusion.sales.orders";
        for declared in ["orders", "ORDERS", "sales.orders", "Sales.Orders", "datafusion.sales.orders"] {
            assert!(trigger_applies(declared, table), "{declared}");
        }
        for declared in ["archive.orders", "order", "rders", "x.datafusion.sales.orders", "other.sales.orders"] {
            assert!(!trigger_applies(declared, table), "{declared}");
        }
        assert!(trigger_applies("orders", "orders"));
        assert!(!trigger_applies("sales.orders", "orders"));
    }
}
