//! System tables, triggers on INSERT, built-in replacement, and wasm vs
//! native through SQL.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use datafusion::arrow::array::{Array, AsArray, Int64Array, RecordBatch};
use datafusion::arrow::datatypes::{DataType, Field, Int64Type, Schema};
use datafusion::arrow::util::pretty::pretty_format_batches;
use datafusion::datasource::MemTable;
use uni_plugin::manifest::TriggerTiming;
use uni_plugin::{
    CallError, Hook, HookPayload, Plugin, PluginError, PluginManifest, Registrar, Trigger, TriggerPayload,
    TriggerVerdict,
};
use uni_plugin_datafusion::PluginSession;
use uni_plugin_host::PluginHost;

use super::runtime;

fn text(batches: &[RecordBatch]) -> String {
    pretty_format_batches(batches).unwrap().to_string()
}

#[test]
fn system_tables_describe_plugins_functions_and_metrics() {
    let runtime = runtime();
    let (session, report) =
        PluginSession::load_replacing_builtins(PluginHost::builder().native(uniplug_native_geo::GeoPlugin::new()))
            .unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    runtime.block_on(async {
        let plugins =
            text(&session.sql("SELECT id, version, kind, state, generation FROM uniplug_plugins()").await.unwrap());
        assert!(plugins.contains("ai.uniplug.geo") && plugins.contains("1.0.0"), "{plugins}");
        assert!(plugins.contains("native") && plugins.contains("active"), "{plugins}");

        let functions = text(
            &session.sql("SELECT name, plugin, kind, signature, determinism FROM uniplug_functions()").await.unwrap(),
        );
        assert!(functions.contains("haversine(float64, float64, float64, float64) -> float64"), "{functions}");
        assert!(functions.contains("bearing") && functions.contains("deterministic"), "{functions}");

        session.sql("SELECT haversine(0.0, 0.0, 0.0, x) FROM (VALUES (1.0), (2.0)) AS t(x)").await.unwrap();
        let metrics = session
            .sql("SELECT calls, rows, errors, breaker FROM uniplug_metrics() WHERE function = 'haversine'")
            .await
            .unwrap();
        let calls = metrics[0].column(0).as_primitive::<datafusion::arrow::datatypes::UInt64Type>().value(0);
        let rows = metrics[0].column(1).as_primitive::<datafusion::arrow::datatypes::UInt64Type>().value(0);
        assert!(calls >= 1 && rows >= 2, "calls {calls} rows {rows}");

        let error = session.sql("SELECT * FROM uniplug_plugins(1)").await.unwrap_err().to_string();
        assert!(error.contains("takes no arguments"), "{error}");
    });
}

#[test]
fn a_plugin_replaces_a_builtin_while_loaded_and_gives_it_back() {
    let runtime = runtime();
    let (session, report) =
        PluginSession::load_replacing_builtins(PluginHost::builder().native(uniplug_native_text::TextPlugin::new()))
            .unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    assert_eq!(session.replaced_builtins(), vec!["levenshtein".to_owned()]);
    runtime.block_on(async {
        let rows = session.sql("SELECT plugin FROM uniplug_functions() WHERE name = 'levenshtein'").await.unwrap();
        assert!(text(&rows).contains("ai.uniplug.text"));
        // Unicode scalar values: one edit, where a byte count would say two.
        let rows = session.sql("SELECT levenshtein('straße', 'strasse')").await.unwrap();
        assert_eq!(rows[0].column(0).as_primitive::<Int64Type>().value(0), 2);
        session.host().unload(&"ai.uniplug.text".parse().unwrap()).unwrap();
        // The built-in is back (it returns int32 for utf8 arguments).
        let rows = session.sql("SELECT levenshtein('kitten', 'sitting')").await.unwrap();
        assert_eq!(rows[0].column(0).data_type(), &DataType::Int32);
        assert!(session.replaced_builtins().is_empty());
    });
}

/// Rejects negative amounts before the insert; records row counts after it.
struct Guard(Arc<Mutex<Vec<String>>>);

impl Trigger for Guard {
    fn fire(&self, payload: &TriggerPayload) -> Result<TriggerVerdict, CallError> {
        let amounts = payload.batch.column(0).as_primitive::<Int64Type>();
        match payload.when {
            TriggerTiming::Before => match amounts.iter().flatten().find(|amount| *amount < 0) {
                Some(bad) => Ok(TriggerVerdict::Reject(format!("amount {bad} is negative"))),
                None => Ok(TriggerVerdict::Accept),
            },
            TriggerTiming::After => {
                self.0.lock().unwrap().push(format!("{} rows written", payload.batch.num_rows()));
                Ok(TriggerVerdict::Accept)
            }
        }
    }
}

struct Orders {
    manifest: PluginManifest,
    log: Arc<Mutex<Vec<String>>>,
}

impl Plugin for Orders {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }
    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar.trigger("check", Guard(self.log.clone()));
        registrar.trigger("audit", Guard(self.log.clone()));
        registrar.hook("trace", Tracer(self.log.clone()));
        Ok(())
    }
}

/// Records every query the session runs, with its outcome.
struct Tracer(Arc<Mutex<Vec<String>>>);

impl Hook for Tracer {
    fn on_event(&self, payload: &HookPayload) -> Result<(), CallError> {
        let outcome = match (&payload.rows, &payload.error) {
            (_, Some(_)) => "failed".to_owned(),
            (Some(rows), None) => format!("{rows} rows"),
            (None, None) => "started".to_owned(),
        };
        self.0.lock().unwrap().push(format!("{:?} {} {outcome}", payload.event, payload.sql.as_deref().unwrap_or("")));
        Ok(())
    }
}

/// A policy that lets hooks see statements and triggers see rows.
fn observing() -> uni_plugin_host::Policy {
    uni_plugin_host::Policy::from_toml_str("[defaults]\ngrant = [\"observe:queries\", \"observe:inserts\"]").unwrap()
}

#[test]
fn a_rejecting_before_trigger_leaves_the_table_unchanged() {
    let runtime = runtime();
    let manifest = PluginManifest::from_toml_str(
        r#"
        [plugin]
        id = "com.example.orders"
        version = "1.0.0"
        abi = "^0.1"
        kind = "native"
        entry = "orders"
        [capabilities]
        required = ["observe:queries", "observe:inserts"]
        [[triggers]]
        table = "orders"
        event = "insert"
        when = "before"
        handler = "check"
        [[triggers]]
        table = "orders"
        event = "insert"
        when = "after"
        handler = "audit"
        [[hooks]]
        event = "before_query"
        handler = "trace"
        [[hooks]]
        event = "after_query"
        handler = "trace"
        "#,
    )
    .unwrap();
    let log = Arc::new(Mutex::new(Vec::new()));
    let (session, report) =
        PluginSession::load(PluginHost::builder().policy(observing()).native(Orders { manifest, log: log.clone() }))
            .unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    let schema = Arc::new(Schema::new(vec![Field::new("amount", DataType::Int64, true)]));
    let initial = RecordBatch::try_new(schema.clone(), vec![Arc::new(Int64Array::from(vec![5]))]).unwrap();
    session.register_table("orders", Arc::new(MemTable::try_new(schema, vec![vec![initial]]).unwrap())).unwrap();
    runtime.block_on(async {
        let count = |session: &PluginSession| {
            let session = session.context().clone();
            async move {
                let rows =
                    session.sql("SELECT count(*), sum(amount) FROM orders").await.unwrap().collect().await.unwrap();
                (
                    rows[0].column(0).as_primitive::<Int64Type>().value(0),
                    rows[0].column(1).as_primitive::<Int64Type>().value(0),
                )
            }
        };
        let error = session.sql("INSERT INTO orders VALUES (10), (-3), (7)").await.unwrap_err().to_string();
        assert!(error.contains("amount -3 is negative") && error.contains("com.example.orders"), "{error}");
        assert!(error.contains("check"), "{error}");
        assert_eq!(count(&session).await, (1, 5), "a rejected insert wrote nothing");
        // The hooks saw the statement start and fail; no after trigger ran.
        assert_eq!(
            std::mem::take(&mut *log.lock().unwrap()),
            vec![
                "BeforeQuery INSERT INTO orders VALUES (10), (-3), (7) started".to_owned(),
                "AfterQuery INSERT INTO orders VALUES (10), (-3), (7) failed".to_owned(),
            ]
        );

        session.sql("INSERT INTO orders VALUES (10), (7)").await.unwrap();
        assert_eq!(count(&session).await, (3, 22));
        assert_eq!(
            *log.lock().unwrap(),
            vec![
                "BeforeQuery INSERT INTO orders VALUES (10), (7) started".to_owned(),
                "2 rows written".to_owned(),
                "AfterQuery INSERT INTO orders VALUES (10), (7) 1 rows".to_owned(),
            ]
        );

        // Multi-partition input is seen whole.
        session.sql("INSERT INTO orders SELECT value FROM (VALUES (1), (2), (-1)) AS t(value)").await.unwrap_err();
        assert_eq!(count(&session).await, (3, 22));
    });
}

fn wasm_examples_dir() -> PathBuf {
    PathBuf::from(uni_plugin_guests::GEO_DIR).parent().unwrap().to_path_buf()
}

fn native_examples_dir() -> PathBuf {
    PathBuf::from(uni_plugin_guests::NATIVE_EXAMPLES_DIR)
}

/// Every example function through SQL, NULLs and edge cases included.
/// Floats are rounded to 9 places: the guest's libm may differ from the
/// host's in the last bit.
const QUERIES: &[&str] = &[
    "SELECT x, round(haversine(x, 0.0, -x, 1.0), 9) AS h, round(bearing(x, 0.0, 1.0, x), 9) AS b FROM (VALUES (0.0), (45.5), (-89.9), (NULL), (90.0)) AS t(x) ORDER BY x NULLS FIRST",
    "SELECT s, slugify(s) AS slug, levenshtein(s, 'straße') AS d FROM (VALUES ('Über Straße, 2024!'), (''), ('---'), (NULL), ('日本語 text')) AS t(s) ORDER BY s NULLS FIRST",
    "SELECT g, round(geomean(x), 9) AS gm, round(mad(x), 9) AS m FROM (VALUES (1, 1.0), (1, 4.0), (1, 16.0), (2, 2.0), (2, NULL), (3, NULL)) AS t(g, x) GROUP BY g ORDER BY g",
    "SELECT value FROM series(10, -2, -3)",
    "SELECT sum(value), count(*) FROM series(1, 1000, 7)",
];

#[test]
fn wasm_and_native_examples_give_identical_sql_results() {
    let runtime = runtime();
    let load = |dir: PathBuf| {
        let builder = PluginHost::builder()
            .plugin_dir(dir)
            .native_on_request(uniplug_native_geo::GeoPlugin::new())
            .native_on_request(uniplug_native_text::TextPlugin::new())
            .native_on_request(uniplug_native_stats::StatsPlugin::new())
            .native_on_request(uniplug_native_series::SeriesPlugin::new());
        let (session, report) = PluginSession::load_replacing_builtins(builder).unwrap();
        assert_eq!(report.failures().count(), 0, "{report}");
        assert_eq!(report.plugins.len(), 4, "{report}");
        session
    };
    let native = load(native_examples_dir());
    let wasm = load(wasm_examples_dir());
    runtime.block_on(async {
        let kinds = text(&wasm.sql("SELECT DISTINCT kind FROM uniplug_plugins()").await.unwrap());
        assert!(kinds.contains("wasm") && !kinds.contains("native"), "{kinds}");
        for query in QUERIES {
            let native_rows = text(&native.sql(query).await.unwrap());
            let wasm_rows = text(&wasm.sql(query).await.unwrap());
            assert_eq!(native_rows, wasm_rows, "{query}");
        }
    });
}

#[test]
fn a_null_only_group_and_parallel_partitions_agree() {
    // Guard against `is_valid` on an empty aggregate state regressing.
    let runtime = runtime();
    let (session, _) =
        PluginSession::load(PluginHost::builder().native(uniplug_native_stats::StatsPlugin::new())).unwrap();
    runtime.block_on(async {
        let rows = session.sql("SELECT geomean(x) FROM (VALUES (CAST(NULL AS DOUBLE))) AS t(x)").await.unwrap();
        assert!(!rows[0].column(0).is_valid(0));
    });
}

#[test]
fn malformed_aggregate_and_table_output_is_a_query_error_not_a_crash() {
    // The raw test guest answers `finish` with 0 rows (DataFusion would
    // panic turning it into a scalar), with the wrong type, `state` with an
    // extra column, and a table batch whose column is not the declared type.
    let runtime = runtime();
    let (session, report) =
        PluginSession::load(PluginHost::builder().plugin_dir(uni_plugin_guests::GUEST_RAW_DIR)).unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    runtime.block_on(async {
        for (query, function, wanted) in [
            ("SELECT agg_no_rows(x) FROM (VALUES (1), (2)) AS t(x)", "agg_no_rows", "0 rows where 1 were expected"),
            (
                "SELECT agg_wrong_type(x) FROM (VALUES (1)) AS t(x)",
                "agg_wrong_type",
                "Float64 but the manifest declares Int64",
            ),
            (
                "SELECT g, agg_bad_state(x) FROM (VALUES (1, 1), (2, 2), (1, 3)) AS t(g, x) GROUP BY g",
                "agg_bad_state",
                "state returned 2 columns",
            ),
            ("SELECT * FROM table_bad_schema(1)", "table_bad_schema", "returned column `a` as Utf8"),
            // The guest cannot say what its state is: the query fails
            // saying so (it used to plan with no state columns).
            ("SELECT agg_no_schema(x) FROM (VALUES (1)) AS t(x)", "agg_no_schema", "no state schema today"),
        ] {
            let error = session.sql(query).await.expect_err(query).to_string();
            assert!(error.contains("test.raw") && error.contains(function), "{query}: {error}");
            assert!(error.contains(wanted), "{query}: {error}");
        }
        // The session still answers.
        session.sql("SELECT 1").await.unwrap();
    });
}

/// A wasm aggregate that runs out of memory in one query fails that query
/// only: `GROUP BY` queries running beside it keep their state (each
/// partition's accumulators live in an instance of their own).
#[test]
fn a_trapping_aggregate_fails_only_its_own_query() {
    let policy = uni_plugin_host::Policy::from_toml_str("[defaults]\nmemory = \"48MiB\"\n").unwrap();
    let cache = tempfile::tempdir().unwrap();
    let (session, report) = PluginSession::load(
        PluginHost::builder().policy(policy).compile_cache(cache.path()).plugin_dir(uni_plugin_guests::STATS_DIR),
    )
    .unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    let session = Arc::new(session);
    let runtime = runtime();
    runtime.block_on(async {
        let calm = {
            let session = session.clone();
            tokio::spawn(async move {
                let sql = "SELECT k, mad(CAST(v AS DOUBLE)) AS m FROM \
                           (SELECT value % 3 AS k, value AS v FROM generate_series(1, 3000)) GROUP BY k ORDER BY k";
                let mut answers = Vec::new();
                for _ in 0..20 {
                    answers.push(text(&session.sql(sql).await.unwrap()));
                }
                answers
            })
        };
        // 8M values (64 MiB) in one group do not fit in 48 MiB.
        let doomed = session.sql("SELECT mad(CAST(value AS DOUBLE)) FROM generate_series(1, 8000000)").await;
        let error = doomed.unwrap_err().to_string();
        assert!(error.contains("memory limit"), "{error}");
        let answers = calm.await.unwrap();
        assert!(answers.iter().all(|answer| answer == &answers[0]), "{answers:?}");
        assert!(answers[0].contains("| 0 | 750.0 |"), "{}", answers[0]);
    });
}

/// Counts the rows each insert hands it.
struct Counter(Arc<Mutex<Vec<String>>>);

impl Trigger for Counter {
    fn fire(&self, payload: &TriggerPayload) -> Result<TriggerVerdict, CallError> {
        self.0.lock().unwrap().push(format!("{} saw {} rows", payload.table, payload.batch.num_rows()));
        Ok(TriggerVerdict::Accept)
    }
}

struct Watchers {
    manifest: PluginManifest,
    log: Arc<Mutex<Vec<String>>>,
}

impl Plugin for Watchers {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }
    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        for handler in ["bare", "qualified", "full", "elsewhere"] {
            registrar.trigger(handler, Counter(self.log.clone()));
        }
        Ok(())
    }
}

/// A trigger names its table alone, with its schema, or with catalog and
/// schema: each form fires for a table in a schema; another schema's
/// table of the same name does not.
#[test]
fn triggers_on_schema_qualified_tables_fire() {
    let trigger = |table: &str, handler: &str| {
        format!("[[triggers]]\ntable = \"{table}\"\nevent = \"insert\"\nwhen = \"after\"\nhandler = \"{handler}\"\n")
    };
    let manifest = PluginManifest::from_toml_str(&format!(
        "[plugin]\nid = \"com.example.watchers\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"w\"\n[capabilities]\nrequired = [\"observe:inserts\"]\n{}{}{}{}",
        trigger("orders", "bare"),
        trigger("sales.orders", "qualified"),
        trigger("datafusion.sales.orders", "full"),
        trigger("archive.orders", "elsewhere"),
    ))
    .unwrap();
    let log = Arc::new(Mutex::new(Vec::new()));
    let (session, report) =
        PluginSession::load(PluginHost::builder().policy(observing()).native(Watchers { manifest, log: log.clone() }))
            .unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    let runtime = runtime();
    runtime.block_on(async {
        session.sql("CREATE SCHEMA sales").await.unwrap();
        let schema = Arc::new(Schema::new(vec![Field::new("amount", DataType::Int64, true)]));
        session.register_table("sales.orders", Arc::new(MemTable::try_new(schema, vec![vec![]]).unwrap())).unwrap();
        session.sql("INSERT INTO sales.orders VALUES (1), (2)").await.unwrap();
    });
    let mut seen = log.lock().unwrap().clone();
    seen.sort();
    assert_eq!(
        seen,
        vec!["datafusion.sales.orders saw 2 rows".to_owned(); 3],
        "bare, qualified and full fire; archive does not"
    );
}

/// Tables made by `CREATE TABLE` (and replaced by `CREATE OR REPLACE`) are
/// wrapped like registered ones: their inserts fire the triggers too.
#[test]
fn triggers_fire_on_tables_created_in_sql() {
    // Watchers registers four handlers: only `bare` watches `made`.
    let triggers: String = [("made", "bare"), ("x", "qualified"), ("y", "full"), ("z", "elsewhere")]
        .iter()
        .map(|(table, handler)| {
            format!(
                "[[triggers]]\ntable = \"{table}\"\nevent = \"insert\"\nwhen = \"after\"\nhandler = \"{handler}\"\n"
            )
        })
        .collect();
    let manifest = PluginManifest::from_toml_str(&format!(
        "[plugin]\nid = \"com.example.watchers\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"w\"\n[capabilities]\nrequired = [\"observe:inserts\"]\n{triggers}"
    ))
    .unwrap();
    let log = Arc::new(Mutex::new(Vec::new()));
    let (session, report) =
        PluginSession::load(PluginHost::builder().policy(observing()).native(Watchers { manifest, log: log.clone() }))
            .unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    runtime().block_on(async {
        session.sql("CREATE TABLE made (amount BIGINT)").await.unwrap();
        session.sql("INSERT INTO made VALUES (1), (2), (3)").await.unwrap();
        session.sql("CREATE OR REPLACE TABLE made AS SELECT CAST(9 AS BIGINT) AS amount").await.unwrap();
        let stream = session.sql_stream("INSERT INTO made VALUES (4)").await.unwrap();
        futures::StreamExt::collect::<Vec<_>>(stream).await;
        let rows = session.sql("SELECT sum(amount) FROM made").await.unwrap();
        assert_eq!(rows[0].column(0).as_primitive::<Int64Type>().value(0), 13);
    });
    assert_eq!(
        *log.lock().unwrap(),
        vec!["datafusion.public.made saw 3 rows".to_owned(), "datafusion.public.made saw 1 rows".to_owned()]
    );
}
