//! `ai.uniplug.series`, native: the `series(start, stop, step)` table function.
#![deny(missing_docs)]

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use arrow_array::{Array, ArrayRef, Int64Array, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use uni_plugin::{CallError, Plugin, PluginError, PluginManifest, RecordBatchStream, Registrar, TableFunction};

/// The manifest, embedded so the plugin can load without its directory.
pub const MANIFEST: &str = include_str!("../uniplugin.toml");

/// Rows per produced batch.
pub const BATCH_ROWS: usize = 8192;

/// The output schema: one non-null `value int64` column.
pub fn schema() -> SchemaRef {
    Arc::new(Schema::new(vec![Field::new("value", DataType::Int64, false)]))
}

/// Produces `start, start+step, ...` up to `stop` inclusive, lazily in
/// batches, stopping before any overflow.
pub struct SeriesBatches {
    next: Option<i64>,
    stop: i64,
    step: i64,
    schema: SchemaRef,
}

impl SeriesBatches {
    /// The series; `step` must not be 0.
    pub fn new(start: i64, stop: i64, step: i64) -> Result<SeriesBatches, CallError> {
        if step == 0 {
            return Err(CallError::invalid_input("series step must not be 0"));
        }
        let empty = (step > 0 && start > stop) || (step < 0 && start < stop);
        Ok(SeriesBatches { next: (!empty).then_some(start), stop, step, schema: schema() })
    }
}

impl Iterator for SeriesBatches {
    type Item = Result<RecordBatch, CallError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut value = self.next?;
        let mut values = Vec::with_capacity(BATCH_ROWS);
        loop {
            values.push(value);
            let within = |v: i64| if self.step > 0 { v <= self.stop } else { v >= self.stop };
            match value.checked_add(self.step).filter(|v| within(*v)) {
                Some(following) if values.len() < BATCH_ROWS => value = following,
                Some(following) => {
                    self.next = Some(following);
                    break;
                }
                None => {
                    self.next = None;
                    break;
                }
            }
        }
        let column: ArrayRef = Arc::new(Int64Array::from(values));
        Some(RecordBatch::try_new(self.schema.clone(), vec![column]).map_err(CallError::from))
    }
}

struct Series;

fn scalar_arg(args: &[ArrayRef], idx: usize, name: &str) -> Result<Option<i64>, CallError> {
    let column = args
        .get(idx)
        .and_then(|column| column.as_primitive_opt::<Int64Type>())
        .ok_or_else(|| CallError::invalid_input(format!("`{name}` must be an int64")))?;
    if column.len() != 1 {
        return Err(CallError::invalid_input(format!("`{name}` must be a single constant")));
    }
    Ok(column.is_valid(0).then(|| column.value(0)))
}

impl TableFunction for Series {
    fn call(&self, args: &[ArrayRef]) -> Result<RecordBatchStream, CallError> {
        if args.len() != 3 {
            return Err(CallError::invalid_input(format!(
                "series takes (start, stop, step), got {} arguments",
                args.len()
            )));
        }
        let (start, stop, step) =
            (scalar_arg(args, 0, "start")?, scalar_arg(args, 1, "stop")?, scalar_arg(args, 2, "step")?);
        match (start, stop, step) {
            (Some(start), Some(stop), Some(step)) => Ok(Box::new(SeriesBatches::new(start, stop, step)?)),
            // Like generate_series: a NULL bound gives no rows.
            _ => Ok(Box::new(std::iter::empty())),
        }
    }
}

/// The plugin.
pub struct SeriesPlugin {
    manifest: PluginManifest,
}

impl SeriesPlugin {
    /// The plugin with its embedded manifest.
    pub fn new() -> SeriesPlugin {
        SeriesPlugin::with_manifest(MANIFEST).expect("the embedded manifest is valid")
    }

    /// The plugin with another manifest for the same functions (the wasm
    /// build uses its own `kind = "wasm"` manifest).
    pub fn with_manifest(text: &str) -> Result<SeriesPlugin, uni_plugin::ManifestError> {
        Ok(SeriesPlugin { manifest: PluginManifest::from_toml_str(text)? })
    }
}

impl Default for SeriesPlugin {
    fn default() -> Self {
        SeriesPlugin::new()
    }
}

impl Plugin for SeriesPlugin {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }

    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar.table("series", Series);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(start: i64, stop: i64, step: i64) -> Vec<i64> {
        SeriesBatches::new(start, stop, step)
            .unwrap()
            .flat_map(|batch| batch.unwrap().column(0).as_primitive::<Int64Type>().values().to_vec())
            .collect()
    }

    #[test]
    fn inclusive_in_both_directions() {
        assert_eq!(collect(1, 5, 1), [1, 2, 3, 4, 5]);
        assert_eq!(collect(1, 10, 4), [1, 5, 9]);
        assert_eq!(collect(5, 1, -2), [5, 3, 1]);
        assert!(collect(5, 1, 1).is_empty());
        assert_eq!(collect(i64::MAX - 1, i64::MAX, 5), [i64::MAX - 1]);
        assert_eq!(collect(0, 20_000, 1).len(), 20_001);
        assert!(SeriesBatches::new(1, 2, 0).is_err());
    }

    #[test]
    fn batches_are_bounded() {
        let sizes: Vec<usize> = SeriesBatches::new(1, 20_000, 1).unwrap().map(|b| b.unwrap().num_rows()).collect();
        assert_eq!(sizes, [8192, 8192, 3616]);
    }

    #[test]
    fn null_bounds_give_no_rows_and_step_zero_errors() {
        let one = |v: Option<i64>| Arc::new(Int64Array::from(vec![v])) as ArrayRef;
        assert_eq!(Series.call(&[one(None), one(Some(3)), one(Some(1))]).unwrap().count(), 0);
        let error = Series.call(&[one(Some(1)), one(Some(3)), one(Some(0))]).err().unwrap();
        assert!(error.to_string().contains("step must not be 0"));
    }
}

// The entry point of the native plugin ABI (on wasm32, the component's
// exports), emitted only when `uniplug build` turns on the `entry` feature.
#[cfg(feature = "entry")]
uni_plugin_sdk::export_plugin!(SeriesPlugin::default());
