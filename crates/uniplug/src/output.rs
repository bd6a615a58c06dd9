//! Printing query results in the chosen format.

use std::io::Write;

use datafusion::arrow::csv::WriterBuilder as CsvWriterBuilder;
use datafusion::arrow::json::{ArrayWriter, LineDelimitedWriter};
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::arrow::util::pretty::pretty_format_batches;

use crate::args::Format;
use crate::error::{CliError, CliResult};

/// Writes `batches` to `out` as `format`. A statement without result rows
/// (DDL, an empty result) prints nothing in `table` format except an empty
/// table's header when the result has columns.
pub fn write_batches(out: &mut dyn Write, format: Format, batches: &[RecordBatch]) -> CliResult {
    let failed = |error: &dyn std::fmt::Display| CliError::failed(format!("cannot print the result: {error}"));
    let non_empty: Vec<&RecordBatch> = batches.iter().filter(|batch| batch.num_columns() > 0).collect();
    match format {
        Format::Table => {
            if non_empty.is_empty() {
                return Ok(());
            }
            let owned: Vec<RecordBatch> = non_empty.into_iter().cloned().collect();
            let table = pretty_format_batches(&owned).map_err(|e| failed(&e))?;
            writeln!(out, "{table}").map_err(|e| failed(&e))?;
        }
        Format::Csv => {
            let mut writer = CsvWriterBuilder::new().with_header(true).build(&mut *out);
            for batch in non_empty {
                writer.write(batch).map_err(|e| failed(&e))?;
            }
        }
        Format::Json => {
            let mut document = Vec::new();
            let mut writer = ArrayWriter::new(&mut document);
            for batch in non_empty.iter().filter(|batch| batch.num_rows() > 0) {
                writer.write(batch).map_err(|e| failed(&e))?;
            }
            writer.finish().map_err(|e| failed(&e))?;
            drop(writer);
            // An empty result is still a JSON document.
            if document.is_empty() {
                document.extend_from_slice(b"[]");
            }
            out.write_all(&document).map_err(|e| failed(&e))?;
            writeln!(out).map_err(|e| failed(&e))?;
        }
        Format::Ndjson => {
            let mut writer = LineDelimitedWriter::new(&mut *out);
            for batch in non_empty {
                writer.write(batch).map_err(|e| failed(&e))?;
            }
            writer.finish().map_err(|e| failed(&e))?;
        }
    }
    out.flush().map_err(|e| failed(&e))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use datafusion::arrow::array::{Float64Array, StringArray};
    use datafusion::arrow::datatypes::{DataType, Field, Schema};

    use super::*;

    fn batch() -> RecordBatch {
        let schema =
            Schema::new(vec![Field::new("name", DataType::Utf8, true), Field::new("x", DataType::Float64, true)]);
        RecordBatch::try_new(
            Arc::new(schema),
            vec![
                Arc::new(StringArray::from(vec![Some("a,b"), None])),
                Arc::new(Float64Array::from(vec![Some(1.5), Some(2.0)])),
            ],
        )
        .unwrap()
    }

    fn render(format: Format, batches: &[RecordBatch]) -> String {
        let mut out = Vec::new();
        write_batches(&mut out, format, batches).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_format_prints_rows_and_nulls() {
        let batches = [batch()];
        let table = render(Format::Table, &batches);
        assert!(table.contains("| name | x   |") && table.contains("| a,b  | 1.5 |"), "{table}");
        assert_eq!(render(Format::Csv, &batches), "name,x\n\"a,b\",1.5\n,2.0\n");
        assert_eq!(render(Format::Json, &batches), "[{\"name\":\"a,b\",\"x\":1.5},{\"x\":2.0}]\n");
        assert_eq!(render(Format::Ndjson, &batches), "{\"name\":\"a,b\",\"x\":1.5}\n{\"x\":2.0}\n");
    }

    #[test]
    fn empty_results_stay_valid_documents() {
        let empty = batch().slice(0, 0);
        assert_eq!(render(Format::Json, &[]), "[]\n");
        assert_eq!(render(Format::Json, std::slice::from_ref(&empty)), "[]\n");
        assert_eq!(render(Format::Ndjson, &[empty]), "");
    }
}
