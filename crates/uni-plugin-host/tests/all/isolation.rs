//! The call path: panics contained and named, outputs checked, breaker,
//! metrics.

use std::sync::Arc;
use std::time::Duration;

use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use arrow_array::{ArrayRef, Float64Array, Int64Array};
use uni_plugin::{CallError, Plugin, PluginError, PluginManifest, Registrar, ScalarFunction};
use uni_plugin_host::{BreakerState, PluginHost, Policy};

use crate::support::manifest_text;

/// 13 panics, negative numbers fail, 99 returns too few rows, 98 the wrong
/// type; everything else is echoed.
struct Moody;

impl ScalarFunction for Moody {
    fn invoke(&self, args: &[ArrayRef], _rows: usize) -> Result<ArrayRef, CallError> {
        let input = args[0].as_primitive::<Int64Type>();
        match input.value(0) {
            13 => panic!("unlucky number"),
            x if x < 0 => Err(CallError::invalid_input(format!("negative input {x}"))),
            99 => Ok(Arc::new(Int64Array::from(Vec::<i64>::new()))),
            98 => Ok(Arc::new(Float64Array::from(vec![1.0; input.len()]))),
            _ => Ok(args[0].clone()),
        }
    }
}

struct MoodyPlugin(PluginManifest);

impl Plugin for MoodyPlugin {
    fn manifest(&self) -> &PluginManifest {
        &self.0
    }
    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar.scalar("moody", Moody);
        Ok(())
    }
}

fn host(policy: &str) -> PluginHost {
    let manifest = PluginManifest::from_toml_str(&manifest_text("com.x.moody", "1.0.0", &["moody"], "")).unwrap();
    let (host, report) = PluginHost::builder()
        .native(MoodyPlugin(manifest))
        .policy(Policy::from_toml_str(policy).unwrap())
        .load_all()
        .unwrap();
    assert_eq!(report.failures().count(), 0);
    host
}

fn call(host: &PluginHost, x: i64) -> Result<i64, CallError> {
    let handle = host.registry().lookup("moody").unwrap();
    let input: ArrayRef = Arc::new(Int64Array::from(vec![x, x]));
    handle.scalar().unwrap().invoke(&[input], 2).map(|out| out.as_primitive::<Int64Type>().value(0))
}

#[test]
fn a_panic_fails_one_call_names_plugin_and_function_and_the_host_carries_on() {
    let host = host("");
    let error = call(&host, 13).unwrap_err();
    assert_eq!(error, CallError::Panicked("plugin `com.x.moody` function `moody`: unlucky number".into()));
    assert_eq!(call(&host, 7).unwrap(), 7);
}

#[test]
fn outputs_are_checked_against_the_batch_and_the_manifest() {
    let host = host("");
    let error = call(&host, 99).unwrap_err().to_string();
    assert!(error.contains("plugin `com.x.moody` function `moody`: returned 0 rows where 2 were expected"), "{error}");
    let error = call(&host, 98).unwrap_err().to_string();
    assert!(error.contains("returned Float64 but the manifest declares Int64"), "{error}");
}

#[test]
fn the_breaker_opens_after_consecutive_failures_and_metrics_show_it() {
    let host = host("[defaults]\nfailure_threshold = 3\ncooldown = \"1h\"\n");
    for _ in 0..3 {
        assert!(matches!(call(&host, 13), Err(CallError::Panicked(_))));
    }
    let refused = call(&host, 5).unwrap_err();
    assert!(
        matches!(&refused, CallError::Unavailable(message) if message.contains("circuit breaker is open")),
        "{refused}"
    );
    let metrics = host.metrics();
    let moody = metrics.iter().find(|m| m.function == "moody").unwrap();
    assert_eq!((moody.calls, moody.errors, moody.rows), (4, 4, 6));
    assert_eq!(moody.breaker, BreakerState::Open);
    assert!(moody.p50.is_some() && moody.p99 >= moody.p50);

    // A reload is new code: its breaker starts closed, the counts continue.
    host.reload(&"com.x.moody".parse().unwrap()).unwrap();
    assert_eq!(call(&host, 5).unwrap(), 5);
    let moody = host.metrics().into_iter().find(|m| m.function == "moody").unwrap();
    assert_eq!((moody.calls, moody.breaker), (5, BreakerState::Closed));
}

#[test]
fn the_breaker_probes_after_its_cool_down() {
    let host = host("[defaults]\nfailure_threshold = 1\ncooldown = \"50ms\"\n");
    assert!(call(&host, 13).is_err());
    assert!(matches!(call(&host, 5), Err(CallError::Unavailable(_))));
    let breaker = |host: &PluginHost| host.metrics().into_iter().find(|m| m.function == "moody").unwrap().breaker;
    assert_eq!(breaker(&host), BreakerState::Open);
    std::thread::sleep(Duration::from_millis(60));
    // Cooled down: the next call is a probe, and the metrics say so.
    assert_eq!(breaker(&host), BreakerState::HalfOpen);
    assert_eq!(call(&host, 5).unwrap(), 5, "the probe succeeds and closes the breaker");
    assert_eq!(breaker(&host), BreakerState::Closed);
    assert_eq!(call(&host, 6).unwrap(), 6);
}

#[test]
fn the_callers_invalid_input_never_opens_the_breaker() {
    // Any SQL user can send bad input; that must not disable the function
    // for everyone.
    let host = host("[defaults]\nfailure_threshold = 5\ncooldown = \"1h\"\n");
    for _ in 0..10 {
        assert!(matches!(call(&host, -1), Err(CallError::InvalidInput(_))));
    }
    assert_eq!(call(&host, 5).unwrap(), 5, "the breaker is still closed");
    let moody = host.metrics().into_iter().find(|m| m.function == "moody").unwrap();
    assert_eq!((moody.errors, moody.breaker), (10, BreakerState::Closed));
    // Plugin faults still open it.
    for _ in 0..5 {
        assert!(matches!(call(&host, 13), Err(CallError::Panicked(_))));
    }
    assert!(matches!(call(&host, 5), Err(CallError::Unavailable(_))));
}
