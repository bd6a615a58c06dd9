//! `uniplug check`: is this plugin ready to ship? Manifest, policy, load,
//! then every `examples` entry of its manifest, run and compared.

use datafusion::arrow::record_batch::RecordBatch;
use datafusion::arrow::util::display::{ArrayFormatter, FormatOptions};

use crate::args::CheckArgs;
use crate::build;
use crate::error::{CliError, CliResult};
use crate::session::{self, Linked, Open};
use crate::sql::Shell;

/// Renders a result the way `expect` is written: cells in row order,
/// columns separated by `, `, rows by newlines, NULL as `NULL`.
pub fn render(batches: &[RecordBatch]) -> Result<String, String> {
    let options = FormatOptions::default().with_null("NULL");
    let mut rows = Vec::new();
    for batch in batches {
        let formatters: Vec<ArrayFormatter> = batch
            .columns()
            .iter()
            .map(|column| ArrayFormatter::try_new(column.as_ref(), &options))
            .collect::<Result<_, _>>()
            .map_err(|error| error.to_string())?;
        for row in 0..batch.num_rows() {
            let cells: Vec<String> = formatters.iter().map(|f| f.value(row).to_string()).collect();
            rows.push(cells.join(", "));
        }
    }
    Ok(rows.join("\n"))
}

/// Whether `got` matches `expected`: equal text, or both numbers equal to
/// 1e-9 relative (so `4.0` matches `3.9999999999999996`).
pub fn matches(expected: &str, got: &str) -> bool {
    let (expected, got) = (expected.trim(), got.trim());
    if expected == got {
        return true;
    }
    match (expected.parse::<f64>(), got.parse::<f64>()) {
        (Ok(a), Ok(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0),
        _ => false,
    }
}

/// Runs `uniplug check`.
pub fn run(linked: &Linked, args: CheckArgs) -> CliResult {
    let (path, manifest) = build::read_manifest(&args.dir)?;
    println!("manifest  ok    {} {} ({})", manifest.plugin.id, manifest.plugin.version, path.display());
    let dirs = [args.dir.clone()];
    let (session, report) = session::open(
        linked,
        Open { dirs: &dirs, policy: args.policy.as_deref(), build: !args.no_build, keep_builtins: false },
    )?;
    for status in &report.plugins {
        println!("load      ok    {}", status.plugin);
    }
    let shell = Shell::local(crate::sql::runtime()?, session, crate::args::Format::Table);
    let (mut passed, mut failed, mut without) = (0usize, 0usize, Vec::new());
    for function in &manifest.functions {
        if function.examples.is_empty() {
            without.push(function.name.clone());
        }
        for example in &function.examples {
            let outcome =
                shell.query(&example.sql).map_err(|error| error.to_string()).and_then(|batches| render(&batches));
            match outcome {
                Ok(got) if matches(&example.expect, &got) => {
                    passed += 1;
                    println!("example   ok    {}: {} = {}", function.name, example.sql, got);
                }
                Ok(got) => {
                    failed += 1;
                    println!(
                        "example   FAIL  {}: {}\n                expected {:?}\n                got      {:?}",
                        function.name, example.sql, example.expect, got
                    );
                }
                Err(error) => {
                    failed += 1;
                    println!("example   FAIL  {}: {}\n                error: {error}", function.name, example.sql);
                }
            }
        }
    }
    if !without.is_empty() {
        println!("warning   functions without examples: {}", without.join(", "));
    }
    println!("{} example(s) passed, {failed} failed", passed);
    if failed > 0 {
        return Err(CliError::Reported(format!("{failed} example(s) of {}", manifest.plugin.id)));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn numbers_match_to_a_relative_tolerance_text_exactly() {
        assert!(matches("4.0", "3.9999999999999996"));
        assert!(matches("111.19", "111.19"));
        assert!(!matches("111.19", "111.2"));
        assert!(matches("uber-strasse-2024", " uber-strasse-2024 "));
        assert!(!matches("true", "false"));
    }
}
