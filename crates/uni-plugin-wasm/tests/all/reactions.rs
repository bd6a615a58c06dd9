//! Hooks, triggers and jobs of a wasm plugin, through `on-event`.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use arrow_array::{ArrayRef, Int64Array, RecordBatch};
use uni_plugin::manifest::{HookEvent, TriggerTiming};
use uni_plugin::{HookPayload, JobContext, TriggerPayload, TriggerVerdict};
use uni_plugin_guests as guests;

use crate::support::{LIMITS, load_with};

#[test]
fn hooks_triggers_and_jobs_reach_the_guest() {
    let _shared = crate::support::shared();
    let surface = load_with(guests::GUEST_REACTIVE_DIR, &std::env::temp_dir(), &[], LIMITS).unwrap();
    let (_, hook) = &surface.hooks[0];
    hook.on_event(&HookPayload::new(HookEvent::BeforeQuery).with_sql("SELECT 1")).unwrap();
    let error = hook.on_event(&HookPayload::new(HookEvent::BeforeQuery).with_sql("FAIL")).unwrap_err();
    assert!(error.to_string().contains("audit log full"), "{error}");

    let (_, trigger) = &surface.triggers[0];
    let batch = |amounts: Vec<i64>| {
        let column: ArrayRef = Arc::new(Int64Array::from(amounts));
        RecordBatch::try_from_iter([("amount", column)]).unwrap()
    };
    let verdict = trigger.fire(&TriggerPayload::new("orders", TriggerTiming::Before, batch(vec![3, -4]))).unwrap();
    assert!(
        matches!(&verdict, TriggerVerdict::Reject(reason) if reason.contains("amount -4 in `orders` is negative")),
        "{verdict:?}"
    );
    let verdict = trigger.fire(&TriggerPayload::new("orders", TriggerTiming::Before, batch(vec![3]))).unwrap();
    assert_eq!(verdict, TriggerVerdict::Accept);

    let (_, job) = &surface.jobs[0];
    let context = JobContext::new("test.reactive".parse().unwrap(), "tick", 0, Arc::new(AtomicBool::new(false)));
    job.run(&context).unwrap();
}
