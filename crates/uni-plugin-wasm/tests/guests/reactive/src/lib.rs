//! A guest with a hook, a trigger and a job, reached through `on-event`.

use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use uni_plugin::{
    CallError, Hook, HookPayload, Job, JobContext, LogLevel, Plugin, PluginContext, PluginError, PluginManifest,
    Registrar, Trigger, TriggerPayload, TriggerVerdict,
};

struct Reactive(PluginManifest);
struct Audit;
struct CheckOrder;
struct Tick;

impl Hook for Audit {
    fn on_event(&self, payload: &HookPayload) -> Result<(), CallError> {
        match payload.sql.as_deref() {
            Some("FAIL") => Err(CallError::failed("audit log full")),
            _ => Ok(()),
        }
    }
}

impl Trigger for CheckOrder {
    fn fire(&self, payload: &TriggerPayload) -> Result<TriggerVerdict, CallError> {
        let amounts = payload.batch.column(0).as_primitive::<Int64Type>();
        Ok(match amounts.iter().flatten().find(|amount| *amount < 0) {
            Some(bad) => TriggerVerdict::Reject(format!("amount {bad} in `{}` is negative", payload.table)),
            None => TriggerVerdict::Accept,
        })
    }
}

impl Job for Tick {
    fn run(&self, context: &JobContext) -> Result<(), CallError> {
        if context.job() == "tick" { Ok(()) } else { Err(CallError::failed("wrong job")) }
    }
}

impl Plugin for Reactive {
    fn manifest(&self) -> &PluginManifest {
        &self.0
    }
    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar.hook("audit", Audit).trigger("check_order", CheckOrder).job("tick", Tick);
        Ok(())
    }
    /// Calls the host from `init`, so this plugin cannot be pre-initialized
    /// (the host's `preinit` tests rely on that).
    fn init(&self, context: &PluginContext) -> Result<(), PluginError> {
        context.log(LogLevel::Info, "reactive guest ready").map_err(|e| PluginError::new(e.to_string()))
    }
}

uni_plugin_sdk::export_plugin!(Reactive(
    PluginManifest::from_toml_str(include_str!("../uniplugin.toml")).expect("the manifest is valid")
));
