//! `ai.uniplug.stats`, native: the `geomean` and `mad` aggregates.
#![deny(missing_docs)]

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type};
use arrow_array::{Array, ArrayRef, Float64Array, Int64Array, ListArray};
use arrow_schema::{DataType, Field};
use uni_plugin::{
    Accumulator, AggregateFunction, CallError, EmitTo, GroupsAccumulator, Plugin, PluginError, PluginManifest,
    Registrar,
};

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
                return Err(not_positive(value));
            }
            self.sum_ln += value.ln();
            self.count += 1;
        }
        Ok(())
    }

    fn merge(&mut self, states: &[ArrayRef]) -> Result<(), CallError> {
        let (sums, counts) = geomean_state(states)?;
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

fn not_positive(value: f64) -> CallError {
    CallError::invalid_input(format!("geomean is defined for positive values only, got {value}"))
}

fn geomean_state(states: &[ArrayRef]) -> Result<(&Float64Array, &Int64Array), CallError> {
    match (
        states.first().and_then(|s| s.as_primitive_opt::<Float64Type>()),
        states.get(1).and_then(|s| s.as_primitive_opt::<Int64Type>()),
    ) {
        (Some(sums), Some(counts)) => Ok((sums, counts)),
        _ => Err(CallError::invalid_input("geomean state must be (float64 sum_ln, int64 count)")),
    }
}

/// Geometric means of many groups: per group, the sum of logarithms and
/// the count, updated in one pass over each batch.
#[derive(Debug, Default)]
struct GeomeanGroups {
    sum_ln: Vec<f64>,
    count: Vec<i64>,
}

impl GeomeanGroups {
    fn grow(&mut self, total_groups: usize) {
        if self.sum_ln.len() < total_groups {
            self.sum_ln.resize(total_groups, 0.0);
            self.count.resize(total_groups, 0);
        }
    }
}

/// Checks that every group id is below `total_groups`.
fn check_groups(group_ids: &[usize], rows: usize, total_groups: usize) -> Result<(), CallError> {
    if group_ids.len() != rows {
        return Err(CallError::invalid_input(format!("{} group ids for {rows} rows", group_ids.len())));
    }
    match group_ids.iter().find(|group| **group >= total_groups) {
        Some(group) => Err(CallError::invalid_input(format!("group {group} of {total_groups}"))),
        None => Ok(()),
    }
}

impl GroupsAccumulator for GeomeanGroups {
    fn update(&mut self, args: &[ArrayRef], group_ids: &[usize], total_groups: usize) -> Result<(), CallError> {
        let values = float64_arg(args)?;
        check_groups(group_ids, values.len(), total_groups)?;
        self.grow(total_groups);
        let mut update = |group: usize, value: f64| {
            if value <= 0.0 {
                return Err(not_positive(value));
            }
            self.sum_ln[group] += value.ln();
            self.count[group] += 1;
            Ok(())
        };
        match values.nulls().filter(|nulls| nulls.null_count() > 0) {
            None => group_ids.iter().zip(values.values()).try_for_each(|(group, value)| update(*group, *value)),
            Some(nulls) => group_ids
                .iter()
                .zip(values.values())
                .zip(nulls.iter())
                .filter(|(_, valid)| *valid)
                .try_for_each(|((group, value), _)| update(*group, *value)),
        }
    }

    fn merge(&mut self, states: &[ArrayRef], group_ids: &[usize], total_groups: usize) -> Result<(), CallError> {
        let (sums, counts) = geomean_state(states)?;
        check_groups(group_ids, sums.len(), total_groups)?;
        self.grow(total_groups);
        for ((group, sum), count) in group_ids.iter().zip(sums.iter()).zip(counts.iter()) {
            self.sum_ln[*group] += sum.unwrap_or(0.0);
            self.count[*group] += count.unwrap_or(0);
        }
        Ok(())
    }

    fn state(&mut self, emit: EmitTo) -> Result<Vec<ArrayRef>, CallError> {
        let sums = emit.take(&mut self.sum_ln);
        let counts = emit.take(&mut self.count);
        Ok(vec![Arc::new(Float64Array::from(sums)), Arc::new(Int64Array::from(counts))])
    }

    fn finish(&mut self, emit: EmitTo) -> Result<ArrayRef, CallError> {
        let sums = emit.take(&mut self.sum_ln);
        let counts = emit.take(&mut self.count);
        let values: Float64Array =
            sums.iter().zip(&counts).map(|(sum, count)| (*count > 0).then(|| (sum / *count as f64).exp())).collect();
        Ok(Arc::new(values))
    }

    fn size(&self) -> usize {
        std::mem::size_of_val(self) + self.sum_ln.capacity() * 8 + self.count.capacity() * 8
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

    fn groups_accumulator(&self) -> Result<Option<Box<dyn GroupsAccumulator>>, CallError> {
        Ok(Some(Box::new(GeomeanGroups::default())))
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
        for list in mad_lists(states)?.iter().flatten() {
            self.values.extend(mad_values(&list)?.iter().flatten());
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

fn mad_lists(states: &[ArrayRef]) -> Result<&ListArray, CallError> {
    states
        .first()
        .and_then(|state| state.as_list_opt::<i32>())
        .ok_or_else(|| CallError::invalid_input("mad state must be list<float64>"))
}

fn mad_values(list: &ArrayRef) -> Result<&Float64Array, CallError> {
    list.as_primitive_opt::<Float64Type>().ok_or_else(|| CallError::invalid_input("mad state must be list<float64>"))
}

/// `mad` over many groups: every group's values.
#[derive(Debug, Default)]
struct MadGroups {
    values: Vec<Vec<f64>>,
    /// Values held in all groups, for `size`.
    held: usize,
}

impl MadGroups {
    fn grow(&mut self, total_groups: usize) {
        if self.values.len() < total_groups {
            self.values.resize_with(total_groups, Vec::new);
        }
    }
}

impl GroupsAccumulator for MadGroups {
    fn update(&mut self, args: &[ArrayRef], group_ids: &[usize], total_groups: usize) -> Result<(), CallError> {
        let values = float64_arg(args)?;
        check_groups(group_ids, values.len(), total_groups)?;
        self.grow(total_groups);
        for (group, value) in group_ids.iter().zip(values.iter()) {
            if let Some(value) = value {
                self.values[*group].push(value);
                self.held += 1;
            }
        }
        Ok(())
    }

    fn merge(&mut self, states: &[ArrayRef], group_ids: &[usize], total_groups: usize) -> Result<(), CallError> {
        let lists = mad_lists(states)?;
        check_groups(group_ids, lists.len(), total_groups)?;
        self.grow(total_groups);
        for (group, list) in group_ids.iter().zip(lists.iter()) {
            if let Some(list) = list {
                let values = mad_values(&list)?;
                self.values[*group].extend(values.iter().flatten());
                self.held += values.len();
            }
        }
        Ok(())
    }

    fn state(&mut self, emit: EmitTo) -> Result<Vec<ArrayRef>, CallError> {
        let groups = emit.take(&mut self.values);
        self.held -= groups.iter().map(Vec::len).sum::<usize>().min(self.held);
        let list = ListArray::from_iter_primitive::<Float64Type, _, _>(
            groups.into_iter().map(|values| Some(values.into_iter().map(Some))),
        );
        Ok(vec![Arc::new(list)])
    }

    fn finish(&mut self, emit: EmitTo) -> Result<ArrayRef, CallError> {
        let groups = emit.take(&mut self.values);
        self.held -= groups.iter().map(Vec::len).sum::<usize>().min(self.held);
        let values: Float64Array =
            groups.into_iter().map(|mut values| median_absolute_deviation(&mut values)).collect();
        Ok(Arc::new(values))
    }

    fn size(&self) -> usize {
        std::mem::size_of_val(self) + self.values.capacity() * 24 + self.held * 8
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

    fn groups_accumulator(&self) -> Result<Option<Box<dyn GroupsAccumulator>>, CallError> {
        Ok(Some(Box::new(MadGroups::default())))
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

    /// Runs `function`'s grouped form over `rows` of (group, value) in two
    /// partitions, merged into a final accumulator as a plan does, emitting
    /// the first group on its own.
    fn run_grouped(function: &dyn AggregateFunction, rows: &[(usize, Option<f64>)]) -> Vec<Option<f64>> {
        let groups = rows.iter().map(|(group, _)| group + 1).max().unwrap_or(0);
        let mut last = function.groups_accumulator().unwrap().unwrap();
        for part in rows.chunks(rows.len().div_ceil(2).max(1)) {
            let mut partial = function.groups_accumulator().unwrap().unwrap();
            let ids: Vec<usize> = part.iter().map(|(group, _)| *group).collect();
            let values: ArrayRef = Arc::new(part.iter().map(|(_, value)| *value).collect::<Float64Array>());
            partial.update(&[values], &ids, groups).unwrap();
            let states = partial.state(EmitTo::All).unwrap();
            let all: Vec<usize> = (0..states[0].len()).collect();
            last.merge(&states, &all, groups).unwrap();
        }
        let mut results = Vec::new();
        for emit in [EmitTo::First(1), EmitTo::All] {
            let finished = last.finish(emit).unwrap();
            let finished = finished.as_primitive::<Float64Type>();
            results.extend((0..finished.len()).map(|row| finished.is_valid(row).then(|| finished.value(row))));
        }
        results
    }

    #[test]
    fn grouped_forms_agree_with_one_accumulator_per_group() {
        let rows = [(0, Some(1.0)), (1, Some(2.0)), (0, Some(4.0)), (2, None), (1, Some(8.0)), (0, Some(16.0))];
        for function in [&Geomean as &dyn AggregateFunction, &Mad] {
            let per_group: Vec<Option<f64>> = (0..3)
                .map(|group| {
                    let values: Vec<Option<f64>> =
                        rows.iter().filter(|(g, _)| *g == group).map(|(_, value)| *value).collect();
                    run(function, &[&values]).unwrap()
                })
                .collect();
            assert_eq!(run_grouped(function, &rows), per_group);
        }
        let mut geomean = Geomean.groups_accumulator().unwrap().unwrap();
        let error = geomean.update(&[Arc::new(Float64Array::from(vec![-1.0]))], &[0], 1).unwrap_err();
        assert!(error.to_string().contains("got -1"), "{error}");
        assert!(geomean.update(&[Arc::new(Float64Array::from(vec![1.0]))], &[3], 1).is_err(), "group out of range");
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

// The entry point of the native plugin ABI (on wasm32, the component's
// exports), emitted only when `uniplug build` turns on the `entry` feature.
#[cfg(feature = "entry")]
uni_plugin_sdk::export_plugin!(StatsPlugin::default());
