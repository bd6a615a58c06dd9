//! The benchmarks' table: `ROWS` rows of four Float64 coordinates (`a`,
//! `b`, `c`, `d`) in `FILES` Parquet files, the same numbers every run.
//! Shared by this crate's cluster benchmark and uniplug's multi-host one.

use std::path::Path;
use std::sync::Arc;

use datafusion::arrow::array::{ArrayRef, Float64Array};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::parquet::arrow::ArrowWriter;

/// Rows in all.
pub const ROWS: usize = 10_000_000;
/// Files they are split over.
pub const FILES: usize = 8;
const BATCH: usize = 8192;

/// Writes the table into `dir` (`part-N.parquet`).
pub fn write_parquet(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let schema = Arc::new(Schema::new(
        ["a", "b", "c", "d"].iter().map(|name| Field::new(*name, DataType::Float64, false)).collect::<Vec<_>>(),
    ));
    let per_file = ROWS / FILES;
    for file in 0..FILES {
        let out = std::fs::File::create(dir.join(format!("part-{file}.parquet"))).unwrap();
        let mut writer = ArrowWriter::try_new(out, schema.clone(), None).unwrap();
        let mut start = file * per_file;
        let end = start + per_file;
        while start < end {
            let rows = BATCH.min(end - start);
            let column = |scale: f64, offset: f64| -> ArrayRef {
                Arc::new(Float64Array::from_iter_values(
                    (start..start + rows).map(|i| ((i as f64 * scale) % 170.0) - 85.0 + offset),
                ))
            };
            let columns = vec![column(0.37, 0.0), column(0.53, 0.5), column(0.11, 0.25), column(0.29, 0.75)];
            writer.write(&RecordBatch::try_new(schema.clone(), columns).unwrap()).unwrap();
            start += rows;
        }
        writer.close().unwrap();
    }
}
