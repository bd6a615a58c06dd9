//! `ai.uniplug.stats`, native: the `geomean` and `mad` aggregates.
#![deny(missing_docs)]

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type};
use arrow_array::{ArrayRef, Float64Array, Int64Array, ListArray};
use arrow_schema::{DataType, Field};
use uni_plugin::{Accumulator, AggregateFunction, CallError, Plugin, PluginError, PluginManifest, Registrar};

/// The manifest, embedded so the plugin can load without its directory.
pub const MANIFEST: &str = include_str!("../uniplugin.toml");

fn float64_arg(args: &[ArrayRef]) -> Result<&arrow_array::Float64Array, CallError> {
    args.first()
        .and_then(|column| column.as_primitive_opt::<Float64Type>())
        .ok_or_else(|| CallError::invalid_input("the argument must be float64"))
}

/// Geometric mean state: the sum of logarithms and the count.
#[derive(Debug, Default)]
struct GeomeanAccumulator {
    sum_ln: f64,
    count: i64,
}

impl Accumulator for GeomeanAccumulator {
    fn update(&mut self, args: &[ArrayRef]) -> Result<(), CallError> {
        for value in float64_arg(args)?.iter().flatten() {
            if value <= 0.0 {
                return Err(CallError::invalid_input(format!(
                    "geomean is defined for positive values only, got {value}"
                )));
            }
            self.sum_ln += value.ln();
            self.count += 1;
        }
        Ok(())
    }

    fn merge(&mut self, states: &[ArrayRef]) -> Result<(), CallError> {
        let (Some(sums), Some(counts)) = (
            states.first().and_then(|s| s.as_primitive_opt::<Float64Type>()),
            states.get(1).and_then(|s| s.as_primitive_opt::<Int64Type>()),
        ) else {
            return Err(CallError::invalid_input("geomean state must be (float64 sum_ln, int64 count)"));
        };
        for (sum, count) in sums.iter().zip(counts.iter()) {
            self.sum_ln += sum.unwrap_or(0.0);
            self.count += count.unwrap_or(0);
        }
        Ok(())
    }

    fn state(&mut self) -> Result<Vec<ArrayRef>, CallError> {
        Ok(vec![Arc::new(Float64Array::from(vec![self.sum_ln])), Arc::new(Int64Array::from(vec![self.count]))])
    }

    fn finish(&mut self) -> Result<ArrayRef, CallError> {
        let value = (self.count > 0).then(|| (self.sum_ln / self.count as f64).exp());
        Ok(Arc::new(Float64Array::from(vec![value])))
    }
}

struct Geomean;

impl AggregateFunction for Geomean {
    fn state_fields(&self) -> Result<Vec<Field>, CallError> {
        Ok(vec![Field::new("sum_ln", DataType::Float64, false), Field::new("count", DataType::Int64, false)])
    }

    fn accumulator(&self) -> Result<Box<dyn Accumulator>, CallError> {
        Ok(Box::new(GeomeanAccumulator::default()))
    }
}

/// The median of `values` (reordered in place); `None` when empty. An even
/// count gives the mean of the two middle values.
pub fn median(values: &mut [f64]) -> Option<f64> {
    let len = values.len();
    if len == 0 {
        return None;
    }
    let (lower, upper, _) = values.select_nth_unstable_by(len / 2, f64::total_cmp);
    let upper = *upper;
    if len % 2 == 1 {
        return Some(upper);
    }
    // `lower` holds the len/2 smallest values; its maximum is the other middle.
    let below = lower.iter().copied().max_by(f64::total_cmp)?;
    Some((below + upper) / 2.0)
}

/// Median absolute deviation: `median(|x - median(x)|)`; `None` when empty.
pub fn median_absolute_deviation(values: &mut [f64]) -> Option<f64> {
    let center = median(values)?;
    let mut deviations: Vec<f64> = values.iter().map(|value| (value - center).abs()).collect();
    median(&mut deviations)
}

/// `mad` keeps every value, like an exact median must.
#[derive(Debug, Default)]
struct MadAccumulator {
    values: Vec<f64>,
}

fn list_type() -> DataType {
    DataType::List(Arc::new(Field::new("item", DataType::Float64, true)))
}

impl Accumulator for MadAccumulator {
    fn update(&mut self, args: &[ArrayRef]) -> Result<(), CallError> {
        self.values.extend(float64_arg(args)?.iter().flatten());
        Ok(())
    }

    fn merge(&mut self, states: &[ArrayRef]) -> Result<(), CallError> {
        let lists = states
            .first()
            .and_then(|state| state.as_list_opt::<i32>())
            .ok_or_else(|| CallError::invalid_input("mad state must be list<float64>"))?;
        for list in lists.iter().flatten() {
            let values = list
                .as_primitive_opt::<Float64Type>()
                .ok_or_else(|| CallError::invalid_input("mad state must be list<float64>"))?;
            self.values.extend(values.iter().flatten());
        }
        Ok(())
    }

    fn state(&mut self) -> Result<Vec<ArrayRef>, CallError> {
        let list = ListArray::from_iter_primitive::<Float64Type, _, _>([Some(self.values.iter().copied().map(Some))]);
        Ok(vec![Arc::new(list)])
    }

    fn finish(&mut self) -> Result<ArrayRef, CallError> {
        Ok(Arc::new(Float64Array::from(vec![median_absolute_deviation(&mut self.values)])))
    }

    fn size(&self) -> usize {
        std::mem::size_of_val(self) + self.values.capacity() * std::mem::size_of::<f64>()
    }
}

struct Mad;

impl AggregateFunction for Mad {
    fn state_fields(&self) -> Result<Vec<Field>, CallError> {
        Ok(vec![Field::new("values", list_type(), true)])
    }

    fn accumulator(&self) -> Result<Box<dyn Accumulator>, CallError> {
        Ok(Box::new(MadAccumulator::default()))
    }
}

/// The plugin.
pub struct StatsPlugin {
    manifest: PluginManifest,
}

impl StatsPlugin {
    /// The plugin with its embedded manifest.
    pub fn new() -> StatsPlugin {
        StatsPlugin::with_manifest(MANIFEST).expect("the embedded manifest is valid")
    }

    /// The plugin with another manifest for the same functions (the wasm
    /// build uses its own `kind = "wasm"` manifest).
    pub fn with_manifest(text: &str) -> Result<StatsPlugin, uni_plugin::ManifestError> {
        Ok(StatsPlugin { manifest: PluginManifest::from_toml_str(text)? })
    }
}

impl Default for StatsPlugin {
    fn default() -> Self {
        StatsPlugin::new()
    }
}

impl Plugin for StatsPlugin {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }

    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar.aggregate("geomean", Geomean).aggregate("mad", Mad);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::Array;

    fn run(function: &dyn AggregateFunction, partitions: &[&[Option<f64>]]) -> Result<Option<f64>, CallError> {
        // One accumulator per partition, then a final one merging their states,
        // as a multi-partition plan does.
        let mut states: Vec<Vec<ArrayRef>> = Vec::new();
        for partition in partitions {
            let mut accumulator = function.accumulator()?;
            accumulator.update(&[Arc::new(Float64Array::from(partition.to_vec())) as ArrayRef])?;
            states.push(accumulator.state()?);
        }
        let mut last = function.accumulator()?;
        for state in states {
            last.merge(&state)?;
        }
        let result = last.finish()?;
        let result = result.as_primitive::<Float64Type>();
        Ok(result.is_valid(0).then(|| result.value(0)))
    }

    #[test]
    fn geomean_semantics() {
        let value = run(&Geomean, &[&[Some(1.0), None], &[Some(4.0), Some(16.0)]]).unwrap().unwrap();
        assert!((value - 4.0).abs() < 1e-12);
        assert_eq!(run(&Geomean, &[&[None], &[]]).unwrap(), None);
        let error = run(&Geomean, &[&[Some(2.0), Some(-3.5)]]).unwrap_err();
        assert!(error.to_string().contains("got -3.5"), "{error}");
        assert!(run(&Geomean, &[&[Some(0.0)]]).is_err());
    }

    #[test]
    fn mad_semantics() {
        let data = [Some(1.0), Some(1.0), Some(2.0), None, Some(2.0), Some(4.0), Some(6.0), Some(9.0)];
        assert_eq!(run(&Mad, &[&data[..3], &data[3..]]).unwrap(), Some(1.0));
        // Even count: mean of the two middle values, at both levels.
        assert_eq!(run(&Mad, &[&[Some(1.0), Some(2.0), Some(3.0), Some(4.0)]]).unwrap(), Some(1.0));
        assert_eq!(run(&Mad, &[&[None]]).unwrap(), None);
        assert_eq!(median(&mut [3.0, 1.0]), Some(2.0));
        assert_eq!(median(&mut []), None);
    }
}
