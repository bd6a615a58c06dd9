//! The adapter through SQL with the native and wasm example plugins.

mod queries;
mod sql_features;
mod wasi_in_queries;

use std::sync::Arc;

use datafusion::arrow::array::{Array, Float64Array, Int64Array, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::datasource::MemTable;
use uni_plugin_datafusion::PluginSession;
use uni_plugin_host::PluginHost;

fn session() -> PluginSession {
    // DataFusion has a `levenshtein` of its own; the text example replaces it.
    let ctx = datafusion::prelude::SessionContext::new();
    ctx.deregister_udf("levenshtein");
    let (session, report) = PluginSession::load_into(
        ctx,
        PluginHost::builder()
            .native(uniplug_native_geo::GeoPlugin::new())
            .native(uniplug_native_text::TextPlugin::new())
            .native(uniplug_native_stats::StatsPlugin::new())
            .native(uniplug_native_series::SeriesPlugin::new()),
    )
    .unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    session
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

fn one_f64(batches: &[RecordBatch]) -> Option<f64> {
    let column = batches[0].column(0).as_any().downcast_ref::<Float64Array>().unwrap();
    column.is_valid(0).then(|| column.value(0))
}

#[test]
fn scalar_table_and_aggregate_functions_through_sql() {
    let runtime = runtime();
    let session = session();
    runtime.block_on(async {
        let rows = session.sql("SELECT round(haversine(0.0, 0.0, 0.0, 1.0), 2)").await.unwrap();
        assert_eq!(one_f64(&rows), Some(111.19));
        let rows = session.sql("SELECT haversine(NULL, 0.0, 0.0, 1.0)").await.unwrap();
        assert_eq!(one_f64(&rows), None);

        let rows = session.sql("SELECT slugify('Über Straße, 2024!'), levenshtein('kitten', 'sitting')").await.unwrap();
        assert_eq!(rows[0].column(0).as_any().downcast_ref::<StringArray>().unwrap().value(0), "uber-strasse-2024");
        assert_eq!(rows[0].column(1).as_any().downcast_ref::<Int64Array>().unwrap().value(0), 3);

        let rows = session.sql("SELECT sum(value) FROM series(1, 10, 1)").await.unwrap();
        assert_eq!(rows[0].column(0).as_any().downcast_ref::<Int64Array>().unwrap().value(0), 55);
        let rows = session.sql("SELECT count(*) FROM series(5, 1, -2)").await.unwrap();
        assert_eq!(rows[0].column(0).as_any().downcast_ref::<Int64Array>().unwrap().value(0), 3);
        // Rows stream while the query runs: a limit reads only what it needs
        // (materializing this series would take exabytes).
        let rows = session.sql("SELECT value FROM series(1, 9000000000000000000, 1) LIMIT 3").await.unwrap();
        let values: Vec<i64> = rows
            .iter()
            .flat_map(|batch| batch.column(0).as_any().downcast_ref::<Int64Array>().unwrap().values().to_vec())
            .collect();
        assert_eq!(values, vec![1, 2, 3]);
        let rows =
            session.sql("SELECT value * 2 AS twice FROM series(1, 100000, 1) WHERE value % 25000 = 0").await.unwrap();
        let total: usize = rows.iter().map(|batch| batch.num_rows()).sum();
        assert_eq!(total, 4);
    });
}

#[test]
fn aggregates_group_by_across_partitions() {
    let runtime = runtime();
    let session = session();
    let schema =
        Arc::new(Schema::new(vec![Field::new("g", DataType::Int64, false), Field::new("x", DataType::Float64, true)]));
    // Three partitions, so partial states are merged.
    let partitions: Vec<Vec<RecordBatch>> = (0..3)
        .map(|part| {
            let groups: Vec<i64> = (0..30).map(|i| i % 2).collect();
            let values: Vec<Option<f64>> =
                (0..30).map(|i| if i % 7 == 0 { None } else { Some(((i + part * 30) % 13 + 1) as f64) }).collect();
            vec![
                RecordBatch::try_new(
                    schema.clone(),
                    vec![Arc::new(Int64Array::from(groups)), Arc::new(Float64Array::from(values))],
                )
                .unwrap(),
            ]
        })
        .collect();
    session.context().register_table("t", Arc::new(MemTable::try_new(schema, partitions).unwrap())).unwrap();
    runtime.block_on(async {
        let rows =
            session.sql("SELECT g, geomean(x), exp(avg(ln(x))), mad(x) FROM t GROUP BY g ORDER BY g").await.unwrap();
        let batch = &rows[0];
        let geomean = batch.column(1).as_any().downcast_ref::<Float64Array>().unwrap();
        let expected = batch.column(2).as_any().downcast_ref::<Float64Array>().unwrap();
        for group in 0..2 {
            assert!((geomean.value(group) - expected.value(group)).abs() < 1e-9);
        }
        // mad, worked out here from the same rows: median(|x - median(x)|)
        // over the non-null values of each group, across all partitions.
        let median = |values: &mut Vec<f64>| {
            values.sort_by(f64::total_cmp);
            let middle = values.len() / 2;
            if values.len().is_multiple_of(2) { (values[middle - 1] + values[middle]) / 2.0 } else { values[middle] }
        };
        let mad = batch.column(3).as_any().downcast_ref::<Float64Array>().unwrap();
        for group in 0..2i64 {
            let mut values: Vec<f64> = (0..3i64)
                .flat_map(|part| (0..30i64).map(move |i| (part, i)))
                .filter(|&(_, i)| i % 2 == group && i % 7 != 0)
                .map(|(part, i)| ((i + part * 30) % 13 + 1) as f64)
                .collect();
            let center = median(&mut values);
            let mut deviations: Vec<f64> = values.iter().map(|v| (v - center).abs()).collect();
            let expected = median(&mut deviations);
            assert_eq!(mad.value(group as usize), expected, "group {group}");
        }
    });
}

#[test]
fn errors_name_the_function_and_the_session_survives() {
    let runtime = runtime();
    let session = session();
    runtime.block_on(async {
        let error = session.sql("SELECT haversine(1.0)").await.unwrap_err().to_string();
        assert!(error.contains("haversine"), "{error}");
        let error = session.sql("SELECT geomean(x) FROM (VALUES (2.0), (-3.5)) AS t(x)").await.unwrap_err().to_string();
        assert!(error.contains("geomean") && error.contains("-3.5"), "{error}");
        let error = session.sql("SELECT count(*) FROM series(1, 2, 0)").await.unwrap_err().to_string();
        assert!(error.contains("step must not be 0"), "{error}");
        // Still usable.
        session.sql("SELECT slugify('ok')").await.unwrap();
    });
}

#[test]
fn unload_and_reload_are_seen_by_the_next_query() {
    let runtime = runtime();
    let session = session();
    runtime.block_on(async {
        session.host().reload(&"ai.uniplug.text".parse().unwrap()).unwrap();
        session.sql("SELECT slugify('after reload')").await.unwrap();
        session.host().unload(&"ai.uniplug.text".parse().unwrap()).unwrap();
        let error = session.sql("SELECT slugify('gone')").await.unwrap_err().to_string();
        assert!(error.to_lowercase().contains("slugify"), "{error}");
    });
}

#[test]
fn built_in_names_cannot_be_taken() {
    let manifest = uni_plugin::PluginManifest::from_toml_str(
        "[plugin]\nid = \"com.x.median\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"m\"\n[[functions]]\nname = \"median\"\nkind = \"aggregate\"\nargs = [\"float64\"]\nreturns = \"float64\"\n",
    )
    .unwrap();
    struct Shadow(uni_plugin::PluginManifest);
    impl uni_plugin::Plugin for Shadow {
        fn manifest(&self) -> &uni_plugin::PluginManifest {
            &self.0
        }
        fn register(&self, registrar: &mut uni_plugin::Registrar) -> Result<(), uni_plugin::PluginError> {
            let stats = uniplug_native_stats::StatsPlugin::new();
            let mut inner = uni_plugin::Registrar::new(Arc::new(uni_plugin::Plugin::manifest(&stats).clone()));
            uni_plugin::Plugin::register(&stats, &mut inner)?;
            let surface = inner.finish().map_err(|e| uni_plugin::PluginError::new(e.to_string()))?;
            let (_, mad) = surface.functions.into_iter().find(|(d, _)| d.name == "mad").unwrap();
            registrar.function_impl("median", mad);
            Ok(())
        }
    }
    let (_session, report) = PluginSession::load(PluginHost::builder().native(Shadow(manifest))).unwrap();
    let failure = report.failures().next().expect("refused").outcome.clone();
    let text = format!("{failure:?}");
    assert!(text.contains("`median` is already provided by a DataFusion built-in function"), "{text}");
}

/// Adds the manifest's `config.delta` to its argument: which generation
/// answered shows in every value.
struct Delta(uni_plugin::PluginManifest);

impl uni_plugin::Plugin for Delta {
    fn manifest(&self) -> &uni_plugin::PluginManifest {
        &self.0
    }
    fn register(&self, registrar: &mut uni_plugin::Registrar) -> Result<(), uni_plugin::PluginError> {
        let delta = registrar.config().get("delta").and_then(|v| v.as_i64()).unwrap_or(0);
        struct AddDelta(i64);
        impl uni_plugin::ScalarFunction for AddDelta {
            fn invoke(&self, args: &[Arc<dyn Array>], _rows: usize) -> Result<Arc<dyn Array>, uni_plugin::CallError> {
                let input = args[0].as_any().downcast_ref::<Int64Array>().unwrap();
                Ok(Arc::new(input.iter().map(|v| v.map(|v| v + self.0)).collect::<Int64Array>()))
            }
        }
        registrar.scalar("add_delta", AddDelta(delta));
        Ok(())
    }
}

#[test]
fn a_running_query_keeps_its_generation_across_a_reload() {
    use futures::StreamExt;
    let manifest = |delta: i64| {
        format!(
            "[plugin]\nid = \"com.x.delta\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"delta\"\n[config]\ndelta = {delta}\n[[functions]]\nname = \"add_delta\"\nkind = \"scalar\"\nargs = [\"int64\"]\nreturns = \"int64\"\n"
        )
    };
    let dir = std::env::temp_dir().join(format!("uni-plugin-df-delta-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("uniplugin.toml"), manifest(1000)).unwrap();
    let linked = Delta(uni_plugin::PluginManifest::from_toml_str(&manifest(0)).unwrap());
    let (session, report) =
        PluginSession::load(PluginHost::builder().plugin_dir(&dir).native_on_request(linked)).unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    // 200 batches of 1,000 rows, far more than DataFusion buffers ahead: most
    // are computed after the reload below.
    let schema = Arc::new(Schema::new(vec![Field::new("x", DataType::Int64, false)]));
    let batches: Vec<RecordBatch> = (0..200)
        .map(|b| {
            let values: Int64Array = (b * 1000..(b + 1) * 1000).collect();
            RecordBatch::try_new(schema.clone(), vec![Arc::new(values)]).unwrap()
        })
        .collect();
    session.context().register_table("numbers", Arc::new(MemTable::try_new(schema, vec![batches]).unwrap())).unwrap();

    let runtime = runtime();
    runtime.block_on(async {
        let frame = session.context().sql("SELECT x, add_delta(x) AS y FROM numbers").await.unwrap();
        let mut stream = frame.execute_stream().await.unwrap();
        let mut deltas = std::collections::BTreeSet::new();
        let mut record = |batch: &RecordBatch| {
            let x = batch.column(0).as_any().downcast_ref::<Int64Array>().unwrap();
            let y = batch.column(1).as_any().downcast_ref::<Int64Array>().unwrap();
            deltas.extend((0..batch.num_rows()).map(|row| y.value(row) - x.value(row)));
        };
        let first = stream.next().await.unwrap().unwrap();
        record(&first);
        // Mid-query: the plugin's directory changes and it is reloaded.
        std::fs::write(dir.join("uniplugin.toml"), manifest(2000)).unwrap();
        session.host().reload(&"com.x.delta".parse().unwrap()).unwrap();
        let mut rows = first.num_rows();
        while let Some(batch) = stream.next().await {
            let batch = batch.unwrap();
            rows += batch.num_rows();
            record(&batch);
        }
        assert_eq!(rows, 200_000);
        assert_eq!(deltas.into_iter().collect::<Vec<_>>(), [1000], "one generation answered the whole query");
        // The next query sees the new generation.
        let after = session.sql("SELECT add_delta(1) - 1").await.unwrap();
        let after = after[0].column(0).as_any().downcast_ref::<Int64Array>().unwrap().value(0);
        assert_eq!(after, 2000);
    });
    std::fs::remove_dir_all(&dir).unwrap();
}
