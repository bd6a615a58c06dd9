//! The `query` capability answered by a `PluginSession`: read-only SQL over
//! the session's tables and every plugin's functions, for native and wasm
//! plugins; writes refused; recursion, size and time bounded.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use datafusion::arrow::array::{Array, AsArray, Int64Array, RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Float64Type, Int64Type, Schema};
use datafusion::datasource::MemTable;
use uni_plugin::{CallError, Plugin, PluginContext, PluginError, PluginManifest, Registrar, ScalarFunction};
use uni_plugin_datafusion::PluginSession;
use uni_plugin_datafusion::query::MAX_QUERY_DEPTH;
use uni_plugin_host::{PluginHost, Policy};

use super::runtime;

/// `ask(sql)`: runs `sql` through its context and answers
/// `<rows> rows: <first value>` or `error: <why>`, as the wasm test guest
/// `inquiring` does.
struct Asker {
    manifest: PluginManifest,
    context: Arc<Mutex<Option<PluginContext>>>,
}

fn first_value(batches: &[RecordBatch]) -> String {
    let Some(column) = batches.iter().find(|b| b.num_rows() > 0).map(|b| b.column(0).clone()) else {
        return "<empty>".into();
    };
    if column.is_null(0) {
        "NULL".into()
    } else if let Some(values) = column.as_primitive_opt::<Int64Type>() {
        values.value(0).to_string()
    } else if let Some(values) = column.as_primitive_opt::<Float64Type>() {
        values.value(0).to_string()
    } else if let Some(values) = column.as_string_opt::<i32>() {
        values.value(0).to_owned()
    } else {
        format!("<{}>", column.data_type())
    }
}

struct Ask(Arc<Mutex<Option<PluginContext>>>);

impl ScalarFunction for Ask {
    fn invoke(&self, args: &[Arc<dyn Array>], _rows: usize) -> Result<Arc<dyn Array>, CallError> {
        let context = self.0.lock().unwrap().clone().expect("initialized");
        let answers: StringArray = args[0]
            .as_string::<i32>()
            .iter()
            .map(|sql| {
                sql.map(|sql| match context.query(sql) {
                    Ok(batches) => {
                        let rows: usize = batches.iter().map(RecordBatch::num_rows).sum();
                        format!("{rows} rows: {}", first_value(&batches))
                    }
                    Err(error) => format!("error: {error}"),
                })
            })
            .collect();
        Ok(Arc::new(answers))
    }
}

impl Plugin for Asker {
    fn manifest(&self) -> &PluginManifest {
        &self.manifest
    }
    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar.scalar("ask", Ask(self.context.clone()));
        Ok(())
    }
    fn init(&self, context: &PluginContext) -> Result<(), PluginError> {
        *self.context.lock().unwrap() = Some(context.clone());
        Ok(())
    }
}

fn asker() -> Asker {
    let manifest = PluginManifest::from_toml_str(
        "[plugin]\nid = \"com.x.asker\"\nversion = \"1.0.0\"\nabi = \"^0.1\"\nkind = \"native\"\nentry = \"asker\"\ndeterminism = \"volatile\"\n[capabilities]\noptional = [\"query\"]\n[[functions]]\nname = \"ask\"\nkind = \"scalar\"\nargs = [\"utf8\"]\nreturns = \"utf8\"\n",
    )
    .unwrap();
    Asker { manifest, context: Arc::default() }
}

fn policy(grant: &str, timeout: &str) -> Policy {
    Policy::from_toml_str(&format!(
        "[plugins.\"com.x.asker\"]\ngrant = [{grant}]\ntimeout = \"{timeout}\"\n\n[plugins.\"test.inquiring\"]\ngrant = [{grant}]\ntimeout = \"{timeout}\"\n"
    ))
    .unwrap()
}

/// Which `ask` answers: the native one or the wasm test guest.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Native,
    Wasm,
}

/// A session with `ask` (of `kind`), the geo example and a table `t` of 3 rows.
fn session(kind: Kind, grant: &str, timeout: &str) -> (PluginSession, tempfile::TempDir) {
    let cache = tempfile::tempdir().unwrap();
    let builder = PluginHost::builder()
        .policy(policy(grant, timeout))
        .compile_cache(cache.path())
        .native(uniplug_native_geo::GeoPlugin::new());
    let builder = match kind {
        Kind::Native => builder.native(asker()),
        Kind::Wasm => builder.plugin_dir(uni_plugin_guests::GUEST_INQUIRING_DIR),
    };
    let (session, report) = PluginSession::load(builder).unwrap();
    assert_eq!(report.failures().count(), 0, "{report}");
    let schema = Arc::new(Schema::new(vec![Field::new("x", DataType::Int64, false)]));
    let batch = RecordBatch::try_new(schema.clone(), vec![Arc::new(Int64Array::from(vec![1, 2, 3]))]).unwrap();
    session.context().register_table("t", Arc::new(MemTable::try_new(schema, vec![vec![batch]]).unwrap())).unwrap();
    (session, cache)
}

/// `SELECT ask(sql)` in `session`: the one answer.
fn ask(session: &PluginSession, sql: &str) -> String {
    let quoted = sql.replace('\'', "''");
    let batches = runtime().block_on(session.sql(&format!("SELECT ask('{quoted}')"))).unwrap();
    batches[0].column(0).as_string::<i32>().value(0).to_owned()
}

/// `SELECT ask('SELECT ask(''…'')')`, `levels` asks deep around `SELECT 7`.
fn nested(levels: usize) -> String {
    let mut sql = "SELECT 7".to_owned();
    for _ in 0..levels {
        sql = format!("SELECT ask('{}')", sql.replace('\'', "''"));
    }
    sql
}

#[test]
fn a_granted_plugin_reads_tables_and_other_plugins_functions() {
    for kind in [Kind::Native, Kind::Wasm] {
        let (session, _cache) = session(kind, "\"query\"", "10s");
        assert_eq!(ask(&session, "SELECT sum(x) FROM t"), "1 rows: 6", "{kind:?}");
        assert_eq!(ask(&session, "SELECT x FROM t WHERE x > 1"), "2 rows: 2", "{kind:?}");
        assert_eq!(ask(&session, "SELECT round(haversine(0.0, 0.0, 0.0, 1.0), 2)"), "1 rows: 111.19", "{kind:?}");
        assert_eq!(ask(&session, "SELECT 'a' || 'b'"), "1 rows: ab", "{kind:?}");
        let error = ask(&session, "SELECT * FROM no_such_table");
        assert!(error.starts_with("error: ") && error.contains("no_such_table"), "{kind:?}: {error}");
    }
}

#[test]
fn writes_ddl_and_statements_are_refused_and_change_nothing() {
    for kind in [Kind::Native, Kind::Wasm] {
        let (session, _cache) = session(kind, "\"query\"", "10s");
        let out = tempfile::tempdir().unwrap();
        let copy = format!("COPY t TO '{}' STORED AS CSV", out.path().join("t.csv").display());
        for sql in [
            "INSERT INTO t VALUES (4)",
            "CREATE TABLE u AS SELECT 1",
            "CREATE VIEW v AS SELECT 1",
            "DROP TABLE t",
            "SET datafusion.execution.batch_size = 1",
            copy.as_str(),
        ] {
            let answer = ask(&session, sql);
            assert!(answer.contains("may only read"), "{kind:?} `{sql}`: {answer}");
        }
        assert_eq!(ask(&session, "SELECT count(*) FROM t"), "1 rows: 3", "{kind:?}");
        assert!(ask(&session, "SELECT * FROM u").starts_with("error: "), "{kind:?}");
        assert!(std::fs::read_dir(out.path()).unwrap().next().is_none(), "COPY wrote nothing");
    }
}

#[test]
fn queries_nest_but_recursion_is_bounded() {
    for kind in [Kind::Native, Kind::Wasm] {
        let (session, _cache) = session(kind, "\"query\"", "10s");
        // Each level's answer wraps the one inside it.
        let inner = ask(&session, &nested(MAX_QUERY_DEPTH - 1));
        assert!(inner.ends_with("1 rows: 7"), "{kind:?}: {inner}");
        let started = Instant::now();
        let deep = ask(&session, &nested(3 * MAX_QUERY_DEPTH));
        assert!(deep.contains(&format!("nest more than {MAX_QUERY_DEPTH} deep")), "{kind:?}: {deep}");
        assert!(started.elapsed() < Duration::from_secs(20), "{kind:?}: {:?}", started.elapsed());
        // The session still answers.
        assert_eq!(ask(&session, "SELECT 1"), "1 rows: 1", "{kind:?}");
    }
}

#[test]
fn results_are_bounded_in_size() {
    let (session, _cache) = session(Kind::Native, "\"query\"", "10s");
    let answer = ask(&session, "SELECT value FROM generate_series(1, 20000000)");
    assert!(answer.contains("larger than 64 MiB"), "{answer}");
}

#[test]
fn a_query_ends_at_the_callers_time_limit() {
    let (session, _cache) = session(Kind::Wasm, "\"query\"", "1s");
    let started = Instant::now();
    let sql = "SELECT ask('SELECT count(*) FROM generate_series(1, 10000) a, generate_series(1, 10000000) b')";
    let result = runtime().block_on(session.sql(sql));
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(10), "the query ran {elapsed:?}");
    // Either the guest saw the host's refusal or its call hit the deadline
    // when it resumed: both are the time limit, and the session survives.
    let text = match result {
        Ok(batches) => batches[0].column(0).as_string::<i32>().value(0).to_owned(),
        Err(error) => error.to_string(),
    };
    assert!(text.contains("did not finish") || text.contains("time limit"), "{text}");
    assert_eq!(ask(&session, "SELECT 2"), "1 rows: 2");
}

#[test]
fn without_the_grant_query_is_refused() {
    // A component linking `host-query` loads without the grant (imports
    // never block loading); the call is refused.
    for kind in [Kind::Native, Kind::Wasm] {
        let (session, _cache) = session(kind, "", "10s");
        let answer = ask(&session, "SELECT 1");
        assert!(answer.starts_with("error: ") && answer.contains("not granted"), "{kind:?}: {answer}");
    }
}
