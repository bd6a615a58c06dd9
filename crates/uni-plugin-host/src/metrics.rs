//! Per-function metrics and circuit breakers.
//!
//! Every call into plugin code is counted (calls, errors, rows, time) and its
//! latency recorded in an HDR histogram, so `p50`/`p99` are exact to three
//! significant digits. Each function of each generation has a circuit
//! breaker: after `failure_threshold` consecutive failures its calls fail
//! fast for `cooldown`, then one probe call decides whether it closes again.

use std::fmt;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use uni_plugin::{CallError, PluginId};

/// Counters of one function, kept across reloads of its plugin.
#[derive(Debug)]
pub struct FunctionMetrics {
    plugin: PluginId,
    function: String,
    calls: AtomicU64,
    errors: AtomicU64,
    rows: AtomicU64,
    total_nanos: AtomicU64,
    latency: Mutex<Histogram<u64>>,
    /// The breaker's last reported state, and when an open one lets a
    /// probe through (from then on it is half-open to whoever looks).
    breaker_state: Mutex<(BreakerState, Option<Instant>)>,
}

impl FunctionMetrics {
    pub(crate) fn new(plugin: PluginId, function: &str) -> FunctionMetrics {
        FunctionMetrics {
            plugin,
            function: function.to_owned(),
            calls: AtomicU64::new(0),
            errors: AtomicU64::new(0),
            rows: AtomicU64::new(0),
            total_nanos: AtomicU64::new(0),
            // 1 ns to 1 hour at 3 significant digits; fixed valid bounds.
            latency: Mutex::new(
                Histogram::new_with_bounds(1, 3_600_000_000_000, 3).expect("1 ns..1 h at 3 digits are valid bounds"),
            ),
            breaker_state: Mutex::new((BreakerState::Closed, None)),
        }
    }

    /// Records one finished call.
    pub(crate) fn record(&self, elapsed: Duration, rows: usize, failed: bool) {
        let nanos = u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX).max(1);
        self.calls.fetch_add(1, Ordering::Relaxed);
        self.rows.fetch_add(rows as u64, Ordering::Relaxed);
        self.total_nanos.fetch_add(nanos, Ordering::Relaxed);
        if failed {
            self.errors.fetch_add(1, Ordering::Relaxed);
        }
        let mut histogram = self.latency.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        histogram.saturating_record(nanos);
    }

    /// Records the breaker's state; `probe_from` is when an open breaker
    /// admits its next probe.
    pub(crate) fn set_breaker_state(&self, state: BreakerState, probe_from: Option<Instant>) {
        *self.breaker_state.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = (state, probe_from);
    }

    fn breaker_state(&self, now: Instant) -> BreakerState {
        match *self.breaker_state.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) {
            (BreakerState::Open, Some(from)) if now >= from => BreakerState::HalfOpen,
            (state, _) => state,
        }
    }

    /// A consistent copy of the counters.
    pub fn snapshot(&self) -> MetricsSnapshot {
        let histogram = self.latency.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let quantile = |q: f64| (!histogram.is_empty()).then(|| Duration::from_nanos(histogram.value_at_quantile(q)));
        MetricsSnapshot {
            plugin: self.plugin.clone(),
            function: self.function.clone(),
            calls: self.calls.load(Ordering::Relaxed),
            errors: self.errors.load(Ordering::Relaxed),
            rows: self.rows.load(Ordering::Relaxed),
            total_time: Duration::from_nanos(self.total_nanos.load(Ordering::Relaxed)),
            p50: quantile(0.5),
            p99: quantile(0.99),
            breaker: self.breaker_state(Instant::now()),
        }
    }
}

/// A copy of one function's metrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricsSnapshot {
    /// The plugin.
    pub plugin: PluginId,
    /// The function (or handler) name.
    pub function: String,
    /// Calls made.
    pub calls: u64,
    /// Calls that failed (errors, panics, bad output, breaker refusals).
    pub errors: u64,
    /// Rows processed.
    pub rows: u64,
    /// Time spent in the plugin.
    pub total_time: Duration,
    /// Median latency, if any call was made.
    pub p50: Option<Duration>,
    /// 99th percentile latency, if any call was made.
    pub p99: Option<Duration>,
    /// The breaker of the active generation.
    pub breaker: BreakerState,
}

/// A circuit breaker's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakerState {
    /// Calls go through.
    Closed,
    /// Calls fail fast.
    Open,
    /// One probe call is allowed through.
    HalfOpen,
}

impl fmt::Display for BreakerState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BreakerState::Closed => "closed",
            BreakerState::Open => "open",
            BreakerState::HalfOpen => "half-open",
        })
    }
}

/// What one call says about the plugin's health.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The call succeeded.
    Succeeded,
    /// The plugin was at fault: it failed, panicked, trapped, ran out of
    /// time or memory. Counts toward opening the breaker.
    Faulted,
    /// The call failed for reasons that say nothing about the plugin: the
    /// caller's invalid input, a missing grant, the host out of instances,
    /// the breaker itself.
    Neutral,
}

impl Outcome {
    /// The outcome of a call that returned `result`.
    pub fn of<T>(result: &Result<T, CallError>) -> Outcome {
        match result {
            Ok(_) => Outcome::Succeeded,
            Err(CallError::InvalidInput(_) | CallError::NotGranted(_) | CallError::Unavailable(_)) => Outcome::Neutral,
            Err(_) => Outcome::Faulted,
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Phase {
    Closed { consecutive_failures: u32 },
    Open { until: Instant },
    Probing,
}

/// One function's circuit breaker.
#[derive(Debug)]
pub struct Breaker {
    threshold: u32,
    cooldown: Duration,
    phase: Mutex<Phase>,
}

/// Whether a call may proceed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    /// Go ahead.
    Allowed,
    /// Go ahead: this call is the probe of a half-open breaker.
    Probe,
    /// Refused; retry after this long.
    Refused(Duration),
}

impl Breaker {
    /// A closed breaker.
    pub fn new(threshold: u32, cooldown: Duration) -> Breaker {
        Breaker { threshold: threshold.max(1), cooldown, phase: Mutex::new(Phase::Closed { consecutive_failures: 0 }) }
    }

    fn phase(&self) -> std::sync::MutexGuard<'_, Phase> {
        self.phase.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Asks to make a call now.
    pub fn admit(&self, now: Instant) -> Admission {
        let mut phase = self.phase();
        match *phase {
            Phase::Closed { .. } => Admission::Allowed,
            Phase::Open { until } if now >= until => {
                *phase = Phase::Probing;
                Admission::Probe
            }
            Phase::Open { until } => Admission::Refused(until - now),
            // One probe at a time; the others fail fast until it reports.
            Phase::Probing => Admission::Refused(Duration::ZERO),
        }
    }

    /// When an open breaker lets its next probe through; `None` unless open.
    pub fn probe_from(&self) -> Option<Instant> {
        match *self.phase() {
            Phase::Open { until } => Some(until),
            _ => None,
        }
    }

    /// Reports the outcome of an admitted call; returns the new state. A
    /// [`Outcome::Neutral`] call leaves the breaker as it was, and a probe
    /// that ends so lets the next call probe again.
    pub fn report(&self, outcome: Outcome, now: Instant) -> BreakerState {
        let mut phase = self.phase();
        *phase = match (&*phase, outcome) {
            (_, Outcome::Succeeded) => Phase::Closed { consecutive_failures: 0 },
            (Phase::Probing, Outcome::Neutral) => Phase::Open { until: now },
            (current, Outcome::Neutral) => *current,
            (Phase::Closed { consecutive_failures }, Outcome::Faulted) if consecutive_failures + 1 < self.threshold => {
                Phase::Closed { consecutive_failures: consecutive_failures + 1 }
            }
            (_, Outcome::Faulted) => Phase::Open { until: now + self.cooldown },
        };
        match *phase {
            Phase::Closed { .. } => BreakerState::Closed,
            Phase::Open { .. } => BreakerState::Open,
            Phase::Probing => BreakerState::HalfOpen,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutral_outcomes_neither_open_nor_close() {
        let breaker = Breaker::new(2, Duration::from_secs(10));
        let start = Instant::now();
        for _ in 0..10 {
            assert_eq!(breaker.admit(start), Admission::Allowed);
            assert_eq!(breaker.report(Outcome::Neutral, start), BreakerState::Closed);
        }
        breaker.report(Outcome::Faulted, start);
        breaker.report(Outcome::Neutral, start);
        assert_eq!(breaker.report(Outcome::Faulted, start), BreakerState::Open, "neutral calls do not reset the count");
        let later = start + Duration::from_secs(11);
        assert_eq!(breaker.admit(later), Admission::Probe);
        assert_eq!(breaker.report(Outcome::Neutral, later), BreakerState::Open);
        assert_eq!(breaker.admit(later), Admission::Probe, "a neutral probe lets the next call probe");
    }

    #[test]
    fn opens_after_threshold_then_probes_once() {
        let breaker = Breaker::new(3, Duration::from_secs(10));
        let start = Instant::now();
        for _ in 0..2 {
            assert_eq!(breaker.admit(start), Admission::Allowed);
            assert_eq!(breaker.report(Outcome::Faulted, start), BreakerState::Closed);
        }
        assert_eq!(breaker.report(Outcome::Faulted, start), BreakerState::Open);
        assert!(
            matches!(breaker.admit(start + Duration::from_secs(1)), Admission::Refused(d) if d == Duration::from_secs(9))
        );
        let later = start + Duration::from_secs(11);
        assert_eq!(breaker.admit(later), Admission::Probe);
        assert!(matches!(breaker.admit(later), Admission::Refused(_)), "one probe at a time");
        assert_eq!(breaker.report(Outcome::Faulted, later), BreakerState::Open, "a failed probe reopens");
        let much_later = later + Duration::from_secs(11);
        assert_eq!(breaker.admit(much_later), Admission::Probe);
        assert_eq!(breaker.report(Outcome::Succeeded, much_later), BreakerState::Closed);
        assert_eq!(breaker.admit(much_later), Admission::Allowed);
    }

    #[test]
    fn success_resets_the_count() {
        let breaker = Breaker::new(2, Duration::from_secs(1));
        let now = Instant::now();
        breaker.report(Outcome::Faulted, now);
        breaker.report(Outcome::Succeeded, now);
        assert_eq!(breaker.report(Outcome::Faulted, now), BreakerState::Closed);
    }

    #[test]
    fn metrics_record_quantiles() {
        let metrics = FunctionMetrics::new("com.x.m".parse().unwrap(), "f");
        assert_eq!(metrics.snapshot().p50, None);
        for micros in 1..=100 {
            metrics.record(Duration::from_micros(micros), 10, micros == 100);
        }
        let snapshot = metrics.snapshot();
        assert_eq!((snapshot.calls, snapshot.errors, snapshot.rows), (100, 1, 1000));
        let p50 = snapshot.p50.unwrap().as_micros();
        assert!((49..=51).contains(&p50), "{p50}");
        assert!(snapshot.p99.unwrap() >= Duration::from_micros(98));
    }
}
