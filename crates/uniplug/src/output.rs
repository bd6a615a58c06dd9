//! Printing query results in the chosen format.

use std::io::Write;

use datafusion::arrow::csv::WriterBuilder as CsvWriterBuilder;
use datafusion::arrow::json::WriterBuilder as JsonWriterBuilder;
use datafusion::arrow::json::writer::{JsonArray, LineDelimited};
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::arrow::util::pretty::pretty_format_batches;

use crate::args::Format;
use crate::error::{CliError, CliResult};

/// How many rows a result may print, and whether the table footer is
/// always shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// At most this many rows are printed (the rest are counted).
    pub max_rows: Option<usize>,
    /// Print the "N rows" footer under every table, not only a cut one.
    pub footer: bool,
}

/// Prints one result as its batches arrive: CSV, JSON and NDJSON rows are
/// written at once; a table needs every shown row for its column widths, so
/// it keeps at most `max_rows` of them and counts the rest.
pub struct ResultPrinter<'a> {
    out: &'a mut dyn Write,
    format: Format,
    limits: Limits,
    shown: usize,
    total: usize,
    kept: Vec<RecordBatch>,
    /// Whether the CSV header or the JSON array's `[` is written.
    started: bool,
}

fn failed(error: &dyn std::fmt::Display) -> CliError {
    CliError::failed(format!("cannot print the result: {error}"))
}

impl<'a> ResultPrinter<'a> {
    /// A printer writing to `out`.
    pub fn new(out: &'a mut dyn Write, format: Format, limits: Limits) -> ResultPrinter<'a> {
        ResultPrinter { out, format, limits, shown: 0, total: 0, kept: Vec::new(), started: false }
    }

    /// Prints (or keeps) the rows of `batch` that are still within the
    /// limit, and counts all of them.
    pub fn push(&mut self, batch: &RecordBatch) -> CliResult {
        // DDL answers with batches without columns: nothing to print.
        if batch.num_columns() == 0 {
            return Ok(());
        }
        self.total += batch.num_rows();
        let room = self.limits.max_rows.map_or(usize::MAX, |max| max.saturating_sub(self.shown));
        let take = batch.num_rows().min(room);
        // A table with columns but no rows still prints its header.
        if take == 0 && !(self.format == Format::Table && self.kept.is_empty() && batch.num_rows() == 0) {
            return Ok(());
        }
        let batch = if take < batch.num_rows() { batch.slice(0, take) } else { batch.clone() };
        self.shown += take;
        match self.format {
            Format::Table => self.kept.push(batch),
            Format::Csv => {
                let mut text = Vec::new();
                let mut writer = CsvWriterBuilder::new().with_header(!self.started).build(&mut text);
                writer.write(&batch).map_err(|e| failed(&e))?;
                drop(writer);
                self.started = true;
                self.out.write_all(&text).map_err(|e| failed(&e))?;
            }
            Format::Json => {
                if batch.num_rows() == 0 {
                    return Ok(());
                }
                // Each batch as an array of its own, joined into one.
                let mut array = Vec::new();
                let mut writer = JsonWriterBuilder::new().with_explicit_nulls(true).build::<_, JsonArray>(&mut array);
                writer.write(&batch).map_err(|e| failed(&e))?;
                writer.finish().map_err(|e| failed(&e))?;
                drop(writer);
                let objects = array.strip_prefix(b"[").and_then(|rest| rest.strip_suffix(b"]")).unwrap_or(&array);
                self.out.write_all(if self.started { b"," } else { b"[" }).map_err(|e| failed(&e))?;
                self.started = true;
                self.out.write_all(objects).map_err(|e| failed(&e))?;
            }
            Format::Ndjson => {
                let mut lines = Vec::new();
                let mut writer =
                    JsonWriterBuilder::new().with_explicit_nulls(true).build::<_, LineDelimited>(&mut lines);
                writer.write(&batch).map_err(|e| failed(&e))?;
                writer.finish().map_err(|e| failed(&e))?;
                drop(writer);
                self.out.write_all(&lines).map_err(|e| failed(&e))?;
            }
        }
        self.out.flush().map_err(|e| failed(&e))
    }

    /// The rows counted so far.
    pub fn total(&self) -> usize {
        self.total
    }

    /// Ends the result: the table with its footer, the JSON array's end.
    /// Returns a note for stderr when rows were left out of a format that
    /// has no footer.
    pub fn finish(self) -> CliResult<Option<String>> {
        let cut = self.shown < self.total;
        let mut note = None;
        match self.format {
            Format::Table => {
                if !self.kept.is_empty() {
                    let table = pretty_format_batches(&self.kept).map_err(|e| failed(&e))?;
                    writeln!(self.out, "{table}").map_err(|e| failed(&e))?;
                }
                if cut || (self.limits.footer && !self.kept.is_empty()) {
                    writeln!(self.out, "{}", row_count(self.total, self.shown)).map_err(|e| failed(&e))?;
                }
            }
            Format::Csv => note = cut.then(|| row_count(self.total, self.shown)),
            Format::Json => {
                // An empty result is still a JSON document.
                self.out.write_all(if self.started { b"]\n" } else { b"[]\n" }).map_err(|e| failed(&e))?;
                note = cut.then(|| row_count(self.total, self.shown));
            }
            Format::Ndjson => note = cut.then(|| row_count(self.total, self.shown)),
        }
        self.out.flush().map_err(|e| failed(&e))?;
        Ok(note)
    }
}

/// "1 row", "12 rows", "1,000 rows (40 shown)".
pub fn row_count(total: usize, shown: usize) -> String {
    let noun = if total == 1 { "row" } else { "rows" };
    if shown < total {
        format!("{} {noun} ({} shown)", thousands(total), thousands(shown))
    } else {
        format!("{} {noun}", thousands(total))
    }
}

/// `1234567` as "1,234,567".
pub fn thousands(number: usize) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
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

    /// Every row, no footer unless cut: what pipes and files get.
    const ALL: Limits = Limits { max_rows: None, footer: false };

    fn render(format: Format, batches: &[RecordBatch]) -> String {
        render_limited(format, ALL, batches).0
    }

    #[test]
    fn every_format_prints_rows_and_nulls() {
        let batches = [batch()];
        let table = render(Format::Table, &batches);
        assert!(table.contains("| name | x   |") && table.contains("| a,b  | 1.5 |"), "{table}");
        assert_eq!(render(Format::Csv, &batches), "name,x\n\"a,b\",1.5\n,2.0\n");
        assert_eq!(render(Format::Json, &batches), "[{\"name\":\"a,b\",\"x\":1.5},{\"name\":null,\"x\":2.0}]\n");
        assert_eq!(render(Format::Ndjson, &batches), "{\"name\":\"a,b\",\"x\":1.5}\n{\"name\":null,\"x\":2.0}\n");
    }

    fn render_limited(format: Format, limits: Limits, batches: &[RecordBatch]) -> (String, Option<String>) {
        let mut out = Vec::new();
        let mut printer = ResultPrinter::new(&mut out, format, limits);
        for batch in batches {
            printer.push(batch).unwrap();
        }
        let note = printer.finish().unwrap();
        (String::from_utf8(out).unwrap(), note)
    }

    #[test]
    fn results_over_several_batches_join_into_one_document() {
        let batches = [batch(), batch()];
        let (json, _) = render_limited(Format::Json, ALL, &batches);
        let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(rows.as_array().unwrap().len(), 4, "{json}");
        let (csv, _) = render_limited(Format::Csv, ALL, &batches);
        assert_eq!(csv.matches("name,x").count(), 1, "one header: {csv}");
        assert_eq!(csv.lines().count(), 5, "{csv}");
    }

    #[test]
    fn max_rows_cuts_the_table_and_says_how_many_there_were() {
        let batches = [batch(), batch()];
        let limits = Limits { max_rows: Some(3), footer: false };
        let (table, note) = render_limited(Format::Table, limits, &batches);
        assert_eq!(table.matches("a,b").count(), 2, "{table}");
        assert!(table.ends_with("4 rows (3 shown)\n"), "{table}");
        assert_eq!(note, None);
        let (csv, note) = render_limited(Format::Csv, limits, &batches);
        assert_eq!(csv.lines().count(), 4, "{csv}");
        assert_eq!(note.as_deref(), Some("4 rows (3 shown)"));
        let (table, _) = render_limited(Format::Table, Limits { max_rows: None, footer: true }, &batches);
        assert!(table.ends_with("4 rows\n"), "{table}");
        let (table, _) = render_limited(Format::Table, Limits { max_rows: Some(0), footer: false }, &batches);
        assert_eq!(table, "4 rows (0 shown)\n");
    }

    #[test]
    fn counts_read_with_thousands_separators() {
        assert_eq!(row_count(1, 1), "1 row");
        assert_eq!(row_count(1_234_567, 40), "1,234,567 rows (40 shown)");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
    }

    #[test]
    fn empty_results_stay_valid_documents() {
        let empty = batch().slice(0, 0);
        assert_eq!(render(Format::Json, &[]), "[]\n");
        assert_eq!(render(Format::Json, std::slice::from_ref(&empty)), "[]\n");
        assert_eq!(render(Format::Ndjson, &[empty]), "");
    }
}
