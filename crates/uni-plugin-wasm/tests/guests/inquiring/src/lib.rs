//! A guest that imports `host-query`: `ask(sql)` runs `sql` through the host
//! and answers `<rows> rows: <first value>`, or `error: <why>`.

use std::sync::{Mutex, OnceLock};

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type};
use arrow_array::{Array, RecordBatch};
use uni_plugin::{Plugin, PluginContext, PluginError, PluginManifest, Registrar};
use uni_plugin_sdk::rows::scalar_fn1;

static CONTEXT: OnceLock<Mutex<PluginContext>> = OnceLock::new();

struct Inquiring(PluginManifest);

/// The first column's first value, as text.
fn first_value(batches: &[RecordBatch]) -> String {
    let Some(column) = batches.iter().find(|b| b.num_rows() > 0).map(|b| b.column(0).clone()) else {
        return "<empty>".into();
    };
    if column.is_null(0) {
        return "NULL".into();
    }
    if let Some(values) = column.as_primitive_opt::<Int64Type>() {
        return values.value(0).to_string();
    }
    if let Some(values) = column.as_primitive_opt::<Float64Type>() {
        return values.value(0).to_string();
    }
    if let Some(values) = column.as_string_opt::<i32>() {
        return values.value(0).to_owned();
    }
    if let Some(values) = column.as_string_view_opt() {
        return values.value(0).to_owned();
    }
    format!("<{}>", column.data_type())
}

impl Plugin for Inquiring {
    fn manifest(&self) -> &PluginManifest {
        &self.0
    }
    fn register(&self, registrar: &mut Registrar) -> Result<(), PluginError> {
        registrar.scalar(
            "ask",
            scalar_fn1(|sql: String| {
                let context = CONTEXT.get().map(|c| c.lock().unwrap().clone());
                match context.map(|c| c.query(&sql)) {
                    Some(Ok(batches)) => {
                        let rows: usize = batches.iter().map(RecordBatch::num_rows).sum();
                        format!("{rows} rows: {}", first_value(&batches))
                    }
                    Some(Err(error)) => format!("error: {error}"),
                    None => "<no context>".into(),
                }
            }),
        );
        Ok(())
    }
    fn init(&self, context: &PluginContext) -> Result<(), PluginError> {
        let _ = CONTEXT.set(Mutex::new(context.clone()));
        Ok(())
    }
}

uni_plugin_sdk::export_plugin!(Inquiring(
    PluginManifest::from_toml_str(include_str!("../uniplugin.toml")).expect("the manifest is valid")
));
