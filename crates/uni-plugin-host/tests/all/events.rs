//! Hooks (host events, lifecycle) and triggers (before/after insert).

use std::sync::{Arc, Mutex};

use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use arrow_array::{ArrayRef, Int64Array, RecordBatch};
use uni_plugin::manifest::{HookEvent, TriggerTiming};
use uni_plugin::{
    CallError, Hook, HookPayload, Plugin, PluginError, PluginManifest, Registrar, Trigger, TriggerPayload,
    TriggerVerdict,
};
use uni_plugin_host::{LoadOutcome, LoadReport, PluginHost, Policy};

type Log = Arc<Mutex<Vec<String>>>;

struct Recorder(Log);

impl Hook for Recorder {
    fn on_event(&self, payload: &HookPayload) -> Result<(), CallError> {
        self.0.lock().unwrap().push(format!("{:?} {}", payload.event, payload.sql.as_deref().unwrap_or("")));
        if payload.sql.as_deref() == Some("FAIL") {
            return Err(CallError::failed("audit log full"));
        }
        Ok(())
    }
}

/// Rejects batches with a negative amount; the after trigger logs row counts.
struct CheckOrder(Log);

impl Trigger for CheckOrder {
    fn fire(&self, payload: &TriggerPayload) -> Result<TriggerVerdict, CallError> {
        let amounts = payload.batch.column(0).as_primitive::<Int64Type>();
        if payload.when == TriggerTiming::Before {
            if let Some(bad) = amounts.iter().flatten().find(|amount| *amount < 0) {
                return Ok(TriggerVerdict::Reject(format!("amount {bad} is negative")));
            }
            if amounts.iter().flatten().any(|amount| amount == 666) {
                panic!("cursed amount");
            }
        } else {
            self.0.lock().unwrap().push(format!("after insert {} rows", payload.batch.num_rows()));
        }
        Ok(TriggerVerdict::Accept)
    }
}

struct Reactive {
    manifest: PluginManifest,
    log: Log,
}

impl Plugin for Reactive {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }
    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar.hook("audit", Recorder(self.log.clone()));
        registrar.trigger("check_order", CheckOrder(self.log.clone()));
        registrar.trigger("count_rows", CheckOrder(self.log.clone()));
        Ok(())
    }
}

const OBSERVING: &str = r#"
    [defaults]
    grant = ["log", "observe:queries", "observe:inserts"]
"#;

fn host() -> (PluginHost, Log) {
    host_under(OBSERVING).unwrap()
}

/// The reactive plugin under `policy`, or the text of its load failure.
fn host_under(policy: &str) -> Result<(PluginHost, Log), String> {
    let manifest = PluginManifest::from_toml_str(
        r#"
        [plugin]
        id = "com.x.reactive"
        version = "1.0.0"
        abi = "^0.1"
        kind = "native"
        entry = "reactive"

        [capabilities]
        required = ["observe:inserts"]
        optional = ["observe:queries"]

        [[hooks]]
        event = "before_query"
        handler = "audit"
        [[hooks]]
        event = "on_load"
        handler = "audit"
        [[hooks]]
        event = "on_unload"
        handler = "audit"

        [[triggers]]
        table = "orders"
        event = "insert"
        when = "before"
        handler = "check_order"
        [[triggers]]
        table = "orders"
        event = "insert"
        when = "after"
        handler = "count_rows"
        "#,
    )
    .unwrap();
    let log: Log = Arc::default();
    let (host, report) = PluginHost::builder()
        .policy(Policy::from_toml_str(policy).unwrap())
        .native(Reactive { manifest, log: log.clone() })
        .load_all()
        .unwrap();
    match first_failure(&report) {
        Some(failure) => Err(failure),
        None => Ok((host, log)),
    }
}

fn first_failure(report: &LoadReport) -> Option<String> {
    report.failures().next().map(|status| match &status.outcome {
        LoadOutcome::Failed(error) => error.to_string(),
        other => format!("{other:?}"),
    })
}

#[test]
fn hooks_without_observe_queries_fire_without_the_sql_text_or_the_error() {
    // `observe:queries` is optional: granted nothing but the triggers' need,
    // the plugin loads and its hooks still fire, blind to the statement.
    let (host, log) = host_under("[defaults]\ngrant = [\"observe:inserts\"]").unwrap();
    let payload = HookPayload::new(HookEvent::BeforeQuery).with_sql("SELECT secret FROM payroll");
    assert!(host.fire_hooks(HookEvent::BeforeQuery, &payload).is_empty());
    let seen = log.lock().unwrap().clone();
    assert_eq!(seen, ["OnLoad ", "BeforeQuery "]);
    assert!(!seen.iter().any(|line| line.contains("payroll")), "{seen:?}");
}

#[test]
fn triggers_without_observe_inserts_are_refused_at_load_saying_what_to_grant() {
    let error =
        host_under("[defaults]\ngrant = [\"observe:queries\"]").expect_err("a trigger plugin must not load blind");
    assert!(error.contains("observe:inserts"), "{error}");
    assert!(error.contains("required capabilities not granted"), "{error}");

    // Requested only as optional and not granted: refused too, naming the triggers.
    let manifest = PluginManifest::from_toml_str(
        r#"
        [plugin]
        id = "com.x.blind"
        version = "1.0.0"
        abi = "^0.1"
        kind = "native"
        entry = "blind"
        [capabilities]
        optional = ["observe:inserts"]
        [[triggers]]
        table = "orders"
        event = "insert"
        when = "before"
        handler = "check_order"
        "#,
    )
    .unwrap();
    let (_host, report) = PluginHost::builder().native(Reactive { manifest, log: Arc::default() }).load_all().unwrap();
    let failure = first_failure(&report).expect("refused");
    assert!(failure.contains("`check_order on orders`") && failure.contains("observe:inserts"), "{failure}");
    assert!(failure.contains("grant it in the policy"), "{failure}");
}

fn orders(amounts: &[i64]) -> RecordBatch {
    let column: ArrayRef = Arc::new(Int64Array::from(amounts.to_vec()));
    RecordBatch::try_from_iter([("amount", column)]).unwrap()
}

#[test]
fn hooks_see_host_events_and_their_failures_are_reported_not_raised() {
    let (host, log) = host();
    assert_eq!(log.lock().unwrap().as_slice(), ["OnLoad "]);
    assert!(
        host.fire_hooks(HookEvent::BeforeQuery, &HookPayload::new(HookEvent::BeforeQuery).with_sql("SELECT 1"))
            .is_empty()
    );
    let failures = host.fire_hooks(HookEvent::BeforeQuery, &HookPayload::new(HookEvent::BeforeQuery).with_sql("FAIL"));
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].to_string(), "plugin `com.x.reactive` handler `audit`: audit log full");
    // No after_query hook is declared: nothing runs.
    host.fire_hooks(HookEvent::AfterQuery, &HookPayload::new(HookEvent::AfterQuery));
    host.unload(&"com.x.reactive".parse().unwrap()).unwrap();
    assert_eq!(log.lock().unwrap().as_slice(), ["OnLoad ", "BeforeQuery SELECT 1", "BeforeQuery FAIL", "OnUnload "]);
}

#[test]
fn before_triggers_reject_and_after_triggers_run() {
    let (host, log) = host();
    let rejection = host.fire_triggers("orders", TriggerTiming::Before, &orders(&[5, -3])).unwrap_err();
    assert_eq!(
        rejection.to_string(),
        "insert into `orders` rejected by plugin `com.x.reactive` (trigger `check_order`): amount -3 is negative"
    );
    // A panicking before trigger blocks the write too, and names itself.
    let rejection = host.fire_triggers("ORDERS", TriggerTiming::Before, &orders(&[666])).unwrap_err();
    assert!(rejection.message.contains("cursed amount"), "{rejection}");
    assert!(host.fire_triggers("orders", TriggerTiming::Before, &orders(&[5])).unwrap().is_empty());
    assert!(host.fire_triggers("orders", TriggerTiming::After, &orders(&[5, 6])).unwrap().is_empty());
    assert!(host.fire_triggers("customers", TriggerTiming::Before, &orders(&[-1])).unwrap().is_empty());
    assert!(log.lock().unwrap().contains(&"after insert 2 rows".to_owned()));
}
