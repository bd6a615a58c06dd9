//! Shared by the crates' criterion benchmarks: remembers the mean time per
//! iteration of each measurement so a run can print ratios against baselines
//! measured in the same run. Included with `#[path]` (benches cannot depend
//! on each other).

use std::sync::Mutex;
use std::time::Duration;

static MEANS: Mutex<Vec<(String, f64)>> = Mutex::new(Vec::new());

/// Records `total` over `iterations` as the latest mean of `name` (criterion
/// grows the batch size, so the last sample is the largest).
pub fn record(name: &str, total: Duration, iterations: u64) {
    let mean = total.as_nanos() as f64 / iterations.max(1) as f64;
    let mut means = MEANS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    match means.iter_mut().find(|(seen, _)| seen == name) {
        Some(entry) => entry.1 = mean,
        None => means.push((name.to_owned(), mean)),
    }
}

/// The recorded mean of `name` in nanoseconds (NaN if never recorded).
pub fn mean_of(name: &str) -> f64 {
    let means = MEANS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    means.iter().find(|(seen, _)| seen == name).map_or(f64::NAN, |(_, mean)| *mean)
}
